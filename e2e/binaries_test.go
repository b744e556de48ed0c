package e2e

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/chainfile"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/l1"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/rollup"
)

// The model of TestBinaries: 4×4 images of four classes, a 16-8-4 cross-entropy MLP, so
// the version-2 circuit (the Fashion-MNIST one, smaller) with keys made in seconds.
const (
	binModel    = "16-8-4"
	binExamples = 64
	binK        = 4
)

// TestBinaries runs the network as separate processes, the way operators do: `nrn l1`,
// `genkeys -model` (version-2 keys of the MLSC's circuit into a key cache), `nrn deploy`
// (contracts, a BatchLossVerifier registered for that circuit, the chain file),
// nrn-sequencer, nrn-prover (--chain, --key-cache), nrn-trainer, `nrn deposit` and `nrn
// create-mlsc` from IDX files. It passes once two of the MLSC's loss proofs are verified
// on L1 by the registered verifier, `nrn verify` and `nrn prove-account` agree, the
// prover's share went to its --reward-address, and a second MLSC of one round, once
// complete, has its model minted once by `nrn model mint`.
func TestBinaries(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binaries and proves real Groth16 proofs; skipped in -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin+string(filepath.Separator), "../cmd/...", "../circuits/sampledloss/cmd/genkeys")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	r := &procs{t: t, dir: dir, bin: bin}
	defer r.stopAll()

	admin, seqKey, proverKey, trainerKey, rewardKey := newKey(t), newKey(t), newKey(t), newKey(t), newKey(t)
	images, labels := writeIDX(t, dir, binExamples)

	// Version-2 keys of the MLSC's circuit; genkeys prints the chain file's entry.
	keyCache := filepath.Join(dir, "keys")
	entry := r.output(ctx, "genkeys", "-model", binModel, "-loss", "xent", "-k", fmt.Sprint(binK),
		"-examples", fmt.Sprint(binExamples), "-cache", keyCache)
	var vks map[string]hexutil.Bytes
	require.NoError(t, json.Unmarshal([]byte(entry), &vks), "genkeys output %q", entry)
	require.Len(t, vks, 1)
	var circuit string
	for p := range vks {
		circuit = p
	}

	l1Port := freePort(t)
	l1URL := fmt.Sprintf("http://127.0.0.1:%d", l1Port)
	r.start(ctx, "l1", "nrn", "l1", "--http.addr", fmt.Sprintf("127.0.0.1:%d", l1Port), "--block-time", "500ms",
		"--fund", strings.Join([]string{admin.addr, seqKey.addr, trainerKey.addr}, ",")) // the trainer sends nrn model mint
	ec := dialL1(ctx, t, l1URL)
	defer ec.Close()

	one := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	template := chainfile.File{ChainID: 4242, GenesisTime: uint64(time.Now().Unix()),
		Issued: (*hexutil.Big)(new(big.Int).Mul(big.NewInt(1_000_000_000), one)), MinStake: (*hexutil.Big)(new(big.Int).Mul(big.NewInt(100), one)),
		RewardDivisor: 100_000, HalvingSeconds: rollup.HalvingSeconds4Years, Verifier: chainfile.KeySetKeys, VerifyingKeys: vks}
	tmplPath, chainPath := filepath.Join(dir, "template.json"), filepath.Join(dir, "chain.json")
	require.NoError(t, template.Write(tmplPath))
	r.output(ctx, "nrn", "deploy", "--l1", l1URL, "--template", tmplPath, "--out", chainPath,
		"--sequencer", seqKey.addr, "--finalization-period", "0s", "--confirmations", "1", "--private-key", admin.hex)
	chain, err := chainfile.Read(chainPath)
	require.NoError(t, err)
	// The sequencer refuses to start without its bond (nrn deploy's default, 1 ether).
	r.output(ctx, "nrn", "post-bond", "--l1", l1URL, "--chain", chainPath, "--amount", "1", "--private-key", seqKey.hex)

	daDir := filepath.Join(dir, "da")
	seqPort := freePort(t)
	seqURL := fmt.Sprintf("http://127.0.0.1:%d", seqPort)
	r.start(ctx, "sequencer", "nrn-sequencer", "--chain", chainPath, "--data-dir", filepath.Join(dir, "seq"), "--l1", l1URL,
		"--da-dir", daDir, "--private-key", seqKey.hex, "--rpc.addr", fmt.Sprintf("127.0.0.1:%d", seqPort),
		"--block-time", "250ms", "--batch-blocks", "8", "--batch.proof-wait", "240")
	waitFor(ctx, t, "the sequencer's JSON-RPC", func() bool {
		_, err := r.try(ctx, "nrn", "mlsc", "--rpc", seqURL)
		return err == nil
	})
	r.start(ctx, "prover", "nrn-prover", "--sequencer", seqURL, "--da-dir", daDir, "--private-key", proverKey.hex,
		"--chain", chainPath, "--key-cache", keyCache, "--keys", filepath.Join("..", sampledloss.DevnetKeyDir), "--poll-interval", "250ms",
		"--reward-address", rewardKey.addr)

	// The admin holds the L1 supply: it bridges NRN to its own L2 account (the bounty) and
	// to the trainer's (the stake).
	for _, to := range []string{admin.addr, trainerKey.addr} {
		r.output(ctx, "nrn", "deposit", "--l1", l1URL, "--chain", chainPath, "--amount", "1000", "--to", to, "--private-key", admin.hex)
	}
	waitFor(ctx, t, "the trainer's deposit on L2", func() bool {
		out, err := r.try(ctx, "nrn", "account", "--rpc", seqURL, trainerKey.addr)
		return err == nil && strings.Contains(out, "0x3635c9adc5dea00000") // 1000 NRN
	})
	r.output(ctx, "nrn", "create-mlsc", "--rpc", seqURL, "--da-dir", daDir, "--images", images, "--labels", labels,
		"--model", binModel, "--loss", "xent", "--k", fmt.Sprint(binK), "--lr", "0.01", "--batch-size", "16", "--epochs", "2",
		"--commit-blocks", "16", "--reveal-blocks", "12", "--proof-blocks", "160", "--bounty", "10", "--private-key", admin.hex)
	r.start(ctx, "trainer", "nrn-trainer", "run", "--sequencer", seqURL, "--da-dir", daDir, "--private-key", trainerKey.hex,
		"--data-dir", filepath.Join(dir, "trainer"), "--stake", new(big.Int).Mul(big.NewInt(100), one).String(), "--poll-interval", "250ms")

	// Two of the MLSC's proofs verified on L1, under the circuit's id. The sequencer holds
	// the first round's proof (--batch.proof-wait) until the second round's joins it, so
	// both settle in one batch and L1 verifies them in one BatchLossVerifier call.
	rollupABI := bindings.NewRollup()
	id, err := l1.CircuitIDOfKey(vks[circuit])
	require.NoError(t, err)
	var verified []*bindings.RollupProofVerified
	var emptyTx, proofTx common.Hash // a batch without proofs, the first with
	waitFor(ctx, t, "two loss proofs verified on L1", func() bool {
		logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(chain.L1.DeployBlock),
			Addresses: []common.Address{chain.L1.Contracts.Rollup}})
		if err != nil {
			return false
		}
		verified = verified[:0]
		for _, l := range logs {
			if ev, err := rollupABI.UnpackProofVerifiedEvent(&l); err == nil {
				verified = append(verified, ev)
				if proofTx == (common.Hash{}) {
					proofTx = l.TxHash
				}
			} else if ev, err := rollupABI.UnpackBatchSubmittedEvent(&l); err == nil && ev.ProofCount == 0 && ev.Index > 0 {
				emptyTx = l.TxHash
			}
		}
		return len(verified) >= 2
	})
	for _, ev := range verified {
		require.Equal(t, common.Hash(id), common.Hash(ev.Circuit), "proof %d of batch %d is for another circuit", ev.ProofIndex, ev.BatchIndex)
	}
	require.Equal(t, verified[0].BatchIndex, verified[1].BatchIndex, "the first two proofs settled in different batches: the lone proof was not held")
	gasOf := func(tx common.Hash) int64 {
		rc, err := ec.TransactionReceipt(ctx, tx)
		require.NoError(t, err)
		return int64(rc.GasUsed)
	}
	perProof := (gasOf(proofTx) - gasOf(emptyTx)) / 2
	t.Logf("%d loss proofs of circuit %q verified on L1 in batches %v; two in one batch: %d gas each (over a batch without proofs)",
		len(verified), circuit, batchesOf(verified), perProof)
	require.LessOrEqual(t, perProof, int64(230_000), "L1 gas per proof")

	// A light client that trusts only L1 and the DA bytes re-executes every settled batch,
	// the real version-2 proofs included, and agrees.
	out := r.output(ctx, "nrn", "verify", "--l1", l1URL, "--rollup", chain.L1.Contracts.Rollup.Hex(), "--da-dir", daDir,
		"--chain", chainPath, "--data-dir", filepath.Join(dir, "verify"))
	batches, proofs := checkVerifyLines(t, out, int(verified[1].BatchIndex)+1)
	require.GreaterOrEqual(t, proofs, 2, "nrn verify re-checked fewer proofs than L1 verified: %q", out)
	t.Logf("nrn verify: %d batches and %d loss proofs re-checked from L1 and DA", batches, proofs)

	// The trainer's account, proven against the state root L1 finalized (replayed from L1
	// and DA, not asked of the sequencer): it won rounds, so it holds its deposit and more.
	out = r.output(ctx, "nrn", "prove-account", "--l1", l1URL, "--rollup", chain.L1.Contracts.Rollup.Hex(),
		"--da-dir", daDir, "--chain", chainPath, trainerKey.addr)
	require.Contains(t, out, "finalized on L1", "nrn prove-account: %q", out)
	var balance, stake string
	_, err = fmt.Sscanf(out[strings.Index(out, "balance "):], "balance %s stake %s", &balance, &stake)
	require.NoError(t, err, "nrn prove-account: %q", out)
	bal, ok := new(big.Int).SetString(strings.TrimSuffix(balance, ","), 10)
	require.True(t, ok, "balance %q", balance)
	require.Positive(t, bal.Sign(), "nrn prove-account: %q", out)
	t.Logf("nrn prove-account: %s", strings.TrimSpace(out))

	// The prover's share of each round it settled went to its --reward-address, not to
	// its signing key, which holds nothing (a loss proof pays no L2 fee).
	l2Balance := func(addr string) *big.Int {
		var acc struct{ Balance *hexutil.Big }
		require.NoError(t, json.Unmarshal([]byte(r.output(ctx, "nrn", "account", "--rpc", seqURL, addr)), &acc))
		return acc.Balance.ToInt()
	}
	require.Positive(t, l2Balance(rewardKey.addr).Sign(), "the reward address earned nothing")
	require.Zero(t, l2Balance(proverKey.addr).Sign(), "the prover's signing key was paid")

	// A second MLSC of one round completes once that round is proven. `nrn model mint`
	// (sent by the trainer: anyone may) mints its ModelNFT token to its creator, the admin,
	// once the batch with the completion message is final on L1; until then it fails
	// naming why (no finished model yet, its message not sealed or not on L1 yet, L1's
	// BatchNotFinal: the message is made at a block start after the proof). A second
	// mint of the same model is refused with L1's MessageUsed.
	r.output(ctx, "nrn", "create-mlsc", "--rpc", seqURL, "--da-dir", daDir, "--images", images, "--labels", labels,
		"--model", binModel, "--loss", "xent", "--k", fmt.Sprint(binK), "--lr", "0.01", "--batch-size", "16", "--epochs", "2",
		"--commit-blocks", "16", "--reveal-blocks", "12", "--proof-blocks", "160", "--max-rounds", "1", "--bounty", "10", "--private-key", admin.hex)
	mintArgs := []string{"model", "mint", "--rpc", seqURL, "--l1", l1URL, "--chain", chainPath, "--private-key", trainerKey.hex, "1"}
	var mintOut string
	for {
		if mintOut, err = r.try(ctx, "nrn", mintArgs...); err == nil {
			break
		}
		require.Regexp(t, "no finished, proven model|not in a sealed batch yet|not on L1 yet|BatchNotFinal", err.Error(), "nrn model mint")
		select {
		case <-ctx.Done():
			t.Fatalf("nrn model mint: MLSC 1 never completed on L1: %v", err)
		case <-time.After(500 * time.Millisecond):
		}
	}
	require.Contains(t, mintOut, "mint: ", "nrn model mint: %q", mintOut)
	nft := bindings.NewModelNFT()
	nftAddr := chain.L1.Contracts.ModelNFT
	raw, err := ec.CallContract(ctx, ethereum.CallMsg{To: &nftAddr, Data: nft.PackOwnerOf(big.NewInt(1))}, nil)
	require.NoError(t, err)
	owner, err := nft.UnpackOwnerOf(raw)
	require.NoError(t, err)
	require.Equal(t, common.HexToAddress(admin.addr), owner, "the token goes to the MLSC's creator, not the sender")
	_, err = r.try(ctx, "nrn", mintArgs...)
	require.ErrorContains(t, err, "MessageUsed", "a second mint of model 1")
	t.Logf("nrn model mint: %s; the second mint: %v", strings.TrimSpace(mintOut), err)
}

// procs runs the binaries of one test and stops them at the end; each one's output goes
// to a log file that is printed when the test fails.
type procs struct {
	t        *testing.T
	dir, bin string
	running  []*exec.Cmd
	logs     []string
}

func (r *procs) command(ctx context.Context, name string, args ...string) *exec.Cmd {
	return exec.CommandContext(ctx, filepath.Join(r.bin, name), args...)
}

// output runs a command to its end and returns its standard output; a failure fails the test.
func (r *procs) output(ctx context.Context, name string, args ...string) string {
	r.t.Helper()
	out, err := r.try(ctx, name, args...)
	if err != nil {
		r.t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return out
}

// try runs a command to its end; the error holds its standard error.
func (r *procs) try(ctx context.Context, name string, args ...string) (string, error) {
	var stdout, stderr bytes.Buffer
	cmd := r.command(ctx, name, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return stdout.String(), fmt.Errorf("%w: %s", err, stderr.String())
	}
	return stdout.String(), nil
}

// start starts a long-running binary with its output in dir/<label>.log.
func (r *procs) start(ctx context.Context, label, name string, args ...string) {
	r.t.Helper()
	path := filepath.Join(r.dir, label+".log")
	f, err := os.Create(path)
	require.NoError(r.t, err)
	cmd := r.command(ctx, name, args...)
	cmd.Stdout, cmd.Stderr = f, f
	require.NoError(r.t, cmd.Start(), "start %s", name)
	r.running = append(r.running, cmd)
	r.logs = append(r.logs, path)
}

// stopAll interrupts every started binary, newest first, and prints their logs if the
// test failed.
func (r *procs) stopAll() {
	for i := len(r.running) - 1; i >= 0; i-- {
		cmd := r.running[i]
		_ = cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
	}
	if !r.t.Failed() {
		return
	}
	for _, p := range r.logs {
		b, _ := os.ReadFile(p)
		if len(b) > 6000 {
			b = b[len(b)-6000:]
		}
		r.t.Logf("---- %s (tail) ----\n%s", filepath.Base(p), b)
	}
}

func waitFor(ctx context.Context, t *testing.T, what string, ok func() bool) {
	t.Helper()
	for !ok() {
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %s: %v", what, ctx.Err())
		case <-time.After(500 * time.Millisecond):
		}
	}
}

func dialL1(ctx context.Context, t *testing.T, url string) *ethclient.Client {
	t.Helper()
	var ec *ethclient.Client
	waitFor(ctx, t, "the L1 JSON-RPC", func() bool {
		c, err := ethclient.DialContext(ctx, url)
		if err != nil {
			return false
		}
		if _, err := c.BlockNumber(ctx); err != nil {
			c.Close()
			return false
		}
		ec = c
		return true
	})
	return ec
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

type key struct{ hex, addr string }

func newKey(t *testing.T) key {
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	return key{hex: hexutil.Encode(crypto.FromECDSA(k)), addr: crypto.PubkeyToAddress(k.PublicKey).Hex()}
}

// writeIDX writes n 4×4 images of four classes (a bright quadrant per class, with noise)
// and their labels as IDX files, the layout of the MNIST and Fashion-MNIST files.
func writeIDX(t *testing.T, dir string, n int) (images, labels string) {
	t.Helper()
	rng := rand.New(rand.NewPCG(4, 4))
	img := binary.BigEndian.AppendUint32(nil, 0x803)
	img = binary.BigEndian.AppendUint32(img, uint32(n))
	img = binary.BigEndian.AppendUint32(img, 4)
	img = binary.BigEndian.AppendUint32(img, 4)
	lab := binary.BigEndian.AppendUint32(nil, 0x801)
	lab = binary.BigEndian.AppendUint32(lab, uint32(n))
	for i := range n {
		class := i % 4
		for r := range 4 {
			for c := range 4 {
				v := rng.IntN(60)
				if (r/2)*2+c/2 == class {
					v += 180
				}
				img = append(img, byte(v))
			}
		}
		lab = append(lab, byte(class))
	}
	images, labels = filepath.Join(dir, "images-idx3-ubyte"), filepath.Join(dir, "labels-idx1-ubyte")
	require.NoError(t, os.WriteFile(images, img, 0o644))
	require.NoError(t, os.WriteFile(labels, lab, 0o644))
	return images, labels
}

func batchesOf(evs []*bindings.RollupProofVerified) []uint64 {
	var out []uint64
	for _, ev := range evs {
		if len(out) == 0 || out[len(out)-1] != ev.BatchIndex {
			out = append(out, ev.BatchIndex)
		}
	}
	return out
}

// checkVerifyLines checks nrn verify's output: one "batch N ok: ..." line per batch from 0,
// at least minBatches of them. It returns the number of batches and of loss proofs re-checked.
func checkVerifyLines(t *testing.T, out string, minBatches int) (batches, proofs int) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.GreaterOrEqual(t, len(lines), minBatches, "nrn verify printed %q", out)
	for i, line := range lines {
		require.True(t, strings.HasPrefix(line, fmt.Sprintf("batch %d ok:", i)), "nrn verify line %d: %q", i, line)
		var b, first, last, txs, n int
		_, err := fmt.Sscanf(line, "batch %d ok: blocks %d-%d, %d txs, %d proofs", &b, &first, &last, &txs, &n)
		require.NoError(t, err, "line %q", line)
		proofs += n
	}
	return len(lines), proofs
}
