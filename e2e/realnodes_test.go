//go:build e2ereal

package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/chainfile"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/l1"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/rollup"
)

// realNodes is a geth --dev L1 and an offline kubo daemon, both on loopback,
// started from the binaries scripts/build-real-nodes.sh built into
// $NRN_REAL_BIN (make e2e-real).
type realNodes struct {
	l1URL, daURL string
	ec           *ethclient.Client
	rc           *rpc.Client
	dev          common.Address // geth's unlocked, funded developer account
}

// startRealNodes starts geth and kubo under r (stopped with it).
//
// What the simulated L1 hid, and how this handles it:
//   - block times: geth --dev --dev.period 1 makes a block a second whether
//     or not transactions wait (the simulated chain mines one per
//     transaction); senders poll receipts (--l1.tx.receipt-interval);
//   - finality: geth --dev's simulated beacon reports block 32·k as
//     finalized once it is mined, so the finalized tag lags the head by up to
//     31 s here; the chain is deployed with the default (credit deposits at
//     finality), so this test waits for it like a real deployment does;
//   - gas: geth --dev's block gas limit is 11.5M unless --dev.gaslimit says
//     otherwise, and every transaction's gas is estimated by the node
//     (txsend estimates before sending); the tip it suggests is 1 wei, so the
//     sender's floor (--l1.tx.min-tip-gwei, 1 gwei) prices transactions;
//   - funding: no key is known in advance: the developer account (unlocked,
//     eth_accounts[0]) pays the test's accounts with eth_sendTransaction;
//   - kubo: an offline daemon (ipfs daemon --offline, profile test: no
//     bootstrap peers, no network) with its RPC on a free loopback port.
//     Objects over 1 MiB need allow-big-block and objects put are pinned
//     (httpstore does both); --profile test keeps repo gc off the path.
func startRealNodes(ctx context.Context, t *testing.T, r *procs) *realNodes {
	t.Helper()
	realBin := os.Getenv("NRN_REAL_BIN")
	if realBin == "" {
		t.Fatal("NRN_REAL_BIN is unset: run make e2e-real (it builds geth and kubo and sets it)")
	}
	for _, b := range []string{"geth", "ipfs"} {
		if _, err := os.Stat(filepath.Join(realBin, b)); err != nil {
			t.Fatalf("%s not built in %s: run scripts/build-real-nodes.sh %s", b, realBin, realBin)
		}
	}
	n := &realNodes{}

	httpPort, p2pPort, authPort := freePort(t), freePort(t), freePort(t)
	n.l1URL = fmt.Sprintf("http://127.0.0.1:%d", httpPort)
	// --miner.recommit 100ms: geth --dev seals a block by waiting for the
	// payload builder's signal that a full block is ready, and misses one
	// sent before it started waiting; the builder signals again only on its
	// next rebuild (every 2 s by default, within the payload's 12 s life).
	// On a loaded machine the chain stalled for good (seen here: 10 minutes
	// at block 43 with transactions pending); frequent rebuilds bound it.
	r.startAbs(ctx, "geth", filepath.Join(realBin, "geth"), "--dev", "--dev.period", "1", "--dev.gaslimit", "60000000", "--miner.recommit", "100ms",
		"--datadir", filepath.Join(r.dir, "geth"), "--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(httpPort),
		"--http.api", "eth,net,web3", "--ipcdisable", "--nodiscover", "--maxpeers", "0", "--port", fmt.Sprint(p2pPort),
		"--authrpc.port", fmt.Sprint(authPort), "--verbosity", "2")
	n.ec = dialL1(ctx, t, n.l1URL)
	var err error
	n.rc, err = rpc.DialContext(ctx, n.l1URL)
	require.NoError(t, err)
	var accts []common.Address
	require.NoError(t, n.rc.CallContext(ctx, &accts, "eth_accounts"))
	require.NotEmpty(t, accts, "geth --dev has no developer account")
	n.dev = accts[0]

	ipfsPath := filepath.Join(r.dir, "ipfs")
	apiPort := freePort(t)
	n.daURL = fmt.Sprintf("http://127.0.0.1:%d", apiPort)
	ipfs := filepath.Join(realBin, "ipfs")
	for _, args := range [][]string{
		{"init", "--profile", "test"},
		{"config", "Addresses.API", fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", apiPort)},
		{"config", "Addresses.Gateway", fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", freePort(t))},
	} {
		cmd := exec.CommandContext(ctx, ipfs, args...)
		cmd.Env = append(os.Environ(), "IPFS_PATH="+ipfsPath)
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "ipfs %v: %s", args, out)
	}
	r.startEnv(ctx, "kubo", []string{"IPFS_PATH=" + ipfsPath}, ipfs, "daemon", "--offline")
	waitFor(ctx, t, "kubo's RPC", func() bool {
		resp, err := http.Post(n.daURL+"/api/v0/id", "", nil)
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})
	return n
}

// fund pays eth ether to each address from geth's developer account and
// waits for the payments.
func (n *realNodes) fund(ctx context.Context, t *testing.T, eth int64, addrs ...string) {
	t.Helper()
	wei := new(big.Int).Mul(big.NewInt(eth), big.NewInt(1e18))
	var hashes []common.Hash
	for _, a := range addrs {
		var h common.Hash
		require.NoError(t, n.rc.CallContext(ctx, &h, "eth_sendTransaction", map[string]any{
			"from": n.dev, "to": common.HexToAddress(a), "value": (*hexutil.Big)(wei)}))
		hashes = append(hashes, h)
	}
	for _, h := range hashes {
		waitFor(ctx, t, "a funding transaction", func() bool {
			rc, err := n.ec.TransactionReceipt(ctx, h)
			return err == nil && rc.Status == 1
		})
	}
}

// startAbs starts a binary given by path, with its output in dir/<label>.log.
func (r *procs) startAbs(ctx context.Context, label, path string, args ...string) {
	r.startEnv(ctx, label, nil, path, args...)
}

func (r *procs) startEnv(ctx context.Context, label string, env []string, path string, args ...string) {
	r.t.Helper()
	logPath := filepath.Join(r.dir, label+".log")
	f, err := os.Create(logPath)
	require.NoError(r.t, err)
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = f, f
	require.NoError(r.t, cmd.Start(), "start %s", path)
	r.running = append(r.running, cmd)
	r.logs = append(r.logs, logPath)
}

// TestRealNodes is TestBinaries against a real L1 node and a real DA node:
// geth --dev and an offline kubo daemon. Deploy; nrn-sequencer, nrn-prover
// and nrn-trainer on kubo; a deposit (credited at L1 finality); two rounds
// settled with their loss proofs verified on L1; a withdrawal claimed on L1;
// nrn verify re-executing every settled batch from L1 and kubo. Every L1
// transaction of the sequencer and of nrn's commands goes through op-service
// txmgr (l1/txsend).
func TestRealNodes(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	start := time.Now()
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin+string(filepath.Separator), "../cmd/...", "../circuits/sampledloss/cmd/genkeys")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	r := &procs{t: t, dir: dir, bin: bin}
	defer r.stopAll()
	nodes := startRealNodes(ctx, t, r)
	defer nodes.ec.Close()
	ec := nodes.ec

	admin, seqKey, proverKey, trainerKey := newKey(t), newKey(t), newKey(t), newKey(t)
	nodes.fund(ctx, t, 1000, admin.addr, seqKey.addr)
	images, labels := writeIDX(t, dir, binExamples)
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

	one := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	template := chainfile.File{ChainID: 4243, GenesisTime: uint64(time.Now().Unix()),
		Issued: (*hexutil.Big)(new(big.Int).Mul(big.NewInt(1_000_000_000), one)), MinStake: (*hexutil.Big)(new(big.Int).Mul(big.NewInt(100), one)),
		RewardDivisor: 100_000, HalvingSeconds: rollup.HalvingSeconds4Years, Verifier: chainfile.KeySetKeys, VerifyingKeys: vks}
	tmplPath, chainPath := filepath.Join(dir, "template.json"), filepath.Join(dir, "chain.json")
	require.NoError(t, template.Write(tmplPath))
	// Deposits are credited at L1 finality (the default; geth --dev has the tag).
	r.output(ctx, "nrn", "deploy", "--l1", nodes.l1URL, "--template", tmplPath, "--out", chainPath,
		"--sequencer", seqKey.addr, "--finalization-period", "0s", "--private-key", admin.hex)
	chain, err := chainfile.Read(chainPath)
	require.NoError(t, err)
	r.output(ctx, "nrn", "post-bond", "--l1", nodes.l1URL, "--chain", chainPath, "--amount", "1", "--private-key", seqKey.hex)
	require.EqualValues(t, 1337, chain.L1.ChainID)
	t.Logf("deployed on geth --dev at L1 block %d (%v since start)", chain.L1.DeployBlock, time.Since(start).Round(time.Second))

	txFlags := []string{"--l1.tx.receipt-interval", "500ms", "--l1.tx.resubmission-timeout", "12s"}
	seqPort := freePort(t)
	seqURL := fmt.Sprintf("http://127.0.0.1:%d", seqPort)
	r.start(ctx, "sequencer", "nrn-sequencer", append([]string{"--chain", chainPath, "--data-dir", filepath.Join(dir, "seq"), "--l1", nodes.l1URL,
		"--da", nodes.daURL, "--private-key", seqKey.hex, "--rpc.addr", fmt.Sprintf("127.0.0.1:%d", seqPort),
		"--block-time", "250ms", "--batch-blocks", "8", "--batch.proof-wait", "240", "--metrics.enabled", "--metrics.port", fmt.Sprint(freePort(t))},
		txFlags...)...)
	waitFor(ctx, t, "the sequencer's JSON-RPC", func() bool {
		_, err := r.try(ctx, "nrn", "mlsc", "--rpc", seqURL)
		return err == nil
	})
	r.start(ctx, "prover", "nrn-prover", "--sequencer", seqURL, "--da", nodes.daURL, "--private-key", proverKey.hex,
		"--chain", chainPath, "--key-cache", keyCache, "--keys", filepath.Join("..", sampledloss.DevnetKeyDir), "--poll-interval", "250ms")

	for _, to := range []string{admin.addr, trainerKey.addr} {
		r.output(ctx, "nrn", append([]string{"deposit", "--l1", nodes.l1URL, "--chain", chainPath, "--amount", "1000", "--to", to, "--private-key", admin.hex}, txFlags...)...)
	}
	depositAt := time.Now()
	waitFor(ctx, t, "the trainer's deposit on L2 (at L1 finality)", func() bool {
		out, err := r.try(ctx, "nrn", "account", "--rpc", seqURL, trainerKey.addr)
		return err == nil && strings.Contains(out, "0x3635c9adc5dea00000") // 1000 NRN
	})
	t.Logf("deposits credited on L2 %v after they were mined (at finality: geth --dev finalizes every 32nd block as it is mined)", time.Since(depositAt).Round(time.Second))
	r.output(ctx, "nrn", "create-mlsc", "--rpc", seqURL, "--da", nodes.daURL, "--images", images, "--labels", labels,
		"--model", binModel, "--loss", "xent", "--k", fmt.Sprint(binK), "--lr", "0.01", "--batch-size", "16", "--epochs", "2",
		"--commit-blocks", "16", "--reveal-blocks", "12", "--proof-blocks", "160", "--bounty", "10", "--private-key", admin.hex)
	r.start(ctx, "trainer", "nrn-trainer", "run", "--sequencer", seqURL, "--da", nodes.daURL, "--private-key", trainerKey.hex,
		"--data-dir", filepath.Join(dir, "trainer"), "--stake", new(big.Int).Mul(big.NewInt(100), one).String(), "--poll-interval", "250ms")

	// A withdrawal from the admin's L2 account to its L1 address.
	r.output(ctx, "nrn", "withdraw", "--rpc", seqURL, "--to", admin.addr, "--amount", "1", "--private-key", admin.hex)

	rollupABI := bindings.NewRollup()
	id, err := l1.CircuitIDOfKey(vks[circuit])
	require.NoError(t, err)
	var verified []*bindings.RollupProofVerified
	var batchGas []uint64
	waitFor(ctx, t, "two loss proofs verified on L1", func() bool {
		logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(chain.L1.DeployBlock),
			Addresses: []common.Address{chain.L1.Contracts.Rollup}})
		if err != nil {
			return false
		}
		verified, batchGas = verified[:0], batchGas[:0]
		for _, l := range logs {
			if ev, err := rollupABI.UnpackProofVerifiedEvent(&l); err == nil {
				verified = append(verified, ev)
			} else if _, err := rollupABI.UnpackBatchSubmittedEvent(&l); err == nil {
				if rc, err := ec.TransactionReceipt(ctx, l.TxHash); err == nil {
					batchGas = append(batchGas, rc.GasUsed)
				}
			}
		}
		return len(verified) >= 2
	})
	for _, ev := range verified {
		require.Equal(t, common.Hash(id), common.Hash(ev.Circuit), "proof %d of batch %d is for another circuit", ev.ProofIndex, ev.BatchIndex)
	}
	t.Logf("%d loss proofs verified on geth in batches %v (%v since start); gas of the %d batches: %v",
		len(verified), batchesOf(verified), time.Since(start).Round(time.Second), len(batchGas), batchGas)

	// The withdrawal, claimed on L1 once its batch is there (finalization
	// period 0): the admin's L1 NRN grows by exactly 1.
	nrnBalance := func() *big.Int {
		out, err := ec.CallContract(ctx, ethereum.CallMsg{To: &chain.L1.Contracts.NRN,
			Data: bindings.NewNRN().PackBalanceOf(common.HexToAddress(admin.addr))}, nil)
		require.NoError(t, err)
		b, err := bindings.NewNRN().UnpackBalanceOf(out)
		require.NoError(t, err)
		return b
	}
	before := nrnBalance()
	var claimOut string
	waitFor(ctx, t, "the withdrawal claimed on L1", func() bool {
		out, err := r.try(ctx, "nrn", append([]string{"claim", "--rpc", seqURL, "--l1", nodes.l1URL, "--chain", chainPath, "--id", "0", "--private-key", admin.hex}, txFlags...)...)
		claimOut = out
		if err != nil {
			t.Logf("claim not yet: %v", strings.TrimSpace(err.Error()))
		}
		return err == nil
	})
	require.Equal(t, new(big.Int).Add(before, one), nrnBalance(), "claim printed %q", claimOut)
	t.Logf("withdrawal claimed on geth: %s", strings.TrimSpace(claimOut))

	out := r.output(ctx, "nrn", "verify", "--l1", nodes.l1URL, "--rollup", chain.L1.Contracts.Rollup.Hex(), "--da", nodes.daURL,
		"--chain", chainPath, "--data-dir", filepath.Join(dir, "verify"))
	batches, proofs := checkVerifyLines(t, out, int(verified[1].BatchIndex)+1)
	require.GreaterOrEqual(t, proofs, 2, "nrn verify re-checked fewer proofs than L1 verified: %q", out)
	t.Logf("nrn verify against geth and kubo: %d batches and %d loss proofs agree (%v since start)", batches, proofs, time.Since(start).Round(time.Second))

	// Every batch and claim on kubo is pinned: a repo gc keeps them.
	gc := exec.CommandContext(ctx, filepath.Join(os.Getenv("NRN_REAL_BIN"), "ipfs"), "--api", "/ip4/127.0.0.1/tcp/"+strings.TrimPrefix(nodes.daURL, "http://127.0.0.1:"), "repo", "gc")
	var gcOut bytes.Buffer
	gc.Stdout, gc.Stderr = &gcOut, &gcOut
	require.NoError(t, gc.Run(), "ipfs repo gc: %s", gcOut.String())
	out = r.output(ctx, "nrn", "verify", "--l1", nodes.l1URL, "--rollup", chain.L1.Contracts.Rollup.Hex(), "--da", nodes.daURL,
		"--chain", chainPath, "--data-dir", filepath.Join(dir, "verify2"))
	checkVerifyLines(t, out, batches)
	t.Logf("after ipfs repo gc every batch is still on kubo; total %v", time.Since(start).Round(time.Second))
}

// TestRealGasPerTx measures the L1 gas a batch costs per L2 transaction on
// real geth, at 100 and at 2,000 transfers per batch: an in-process
// sequencer on geth --dev and kubo, batches posted through txsend. A batch's
// L1 transaction carries its header (CID, roots, counts), not its data (on
// DA), so its gas hardly depends on the transaction count.
func TestRealGasPerTx(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	dir := t.TempDir()
	r := &procs{t: t, dir: dir}
	defer r.stopAll()
	nodes := startRealNodes(ctx, t, r)
	defer nodes.ec.Close()
	res := measureGasPerTx(ctx, t, nodes, []int{100, 2000})
	// A batch's L1 cost is its header: about 97k gas whatever its size (the
	// Rollup keeps one hash of the batch's record). The goal is at most 50
	// L1 gas per L2 tx at 2,000 per batch: 100k per batch.
	if last := res[len(res)-1]; float64(last.gas)/float64(last.txs) > 50 {
		t.Errorf("%.1f L1 gas per L2 tx at %d per batch, want at most 50", float64(last.gas)/float64(last.txs), last.txs)
	}
	for _, m := range res {
		t.Logf("%5d L2 txs per batch: batch tx %d gas on geth = %.1f L1 gas per L2 tx (L1 calldata %d bytes; %d bytes of L2 txs on DA, %.0f per tx)",
			m.txs, m.gas, float64(m.gas)/float64(m.txs), m.calldata, m.l2Bytes, float64(m.l2Bytes)/float64(m.txs))

	}
}
