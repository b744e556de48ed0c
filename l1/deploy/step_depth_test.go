package deploy_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/rollup"
)

// depthTarget is one step to measure: step k (0: the block start, i+1: transaction i) of
// block n of a faultChain, under a name.
type depthTarget struct {
	name string
	n, k int
}

// depthResult is a target's stepFraud gas on a state of keys trie keys, and the depth of the
// trie at the keys the step touches: the most and the mean nodes of a witness proof.
type depthResult struct {
	gas            uint64
	keys           int
	proofs         int
	maxNodes       int
	meanNodes      float64
	witnessBytes   int
	fillDuration   time.Duration
	replayDuration time.Duration
}

// fillAccounts loads n accounts with random addresses (seeded: the same every run) into st, so
// that the trie is as deep as a chain of n accounts makes it, and commits them (recording the
// keys committed in keys).
func fillAccounts(t testing.TB, st *rollup.State, n int, seed uint64, keys map[string]bool) {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 14))
	var a common.Address
	for range n {
		for j := 0; j < len(a); j += 8 {
			v := rng.Uint64()
			for b := 0; b < 8 && j+b < len(a); b++ {
				a[j+b] = byte(v >> (8 * b))
			}
		}
		raw, err := rlp.EncodeToBytes(&rollup.Account{Nonce: 1, Balance: uint256.NewInt(rng.Uint64()), Stake: new(uint256.Int)})
		if err != nil {
			t.Fatal(err)
		}
		if err := st.LoadEntry(rollup.AccountKey(a), raw); err != nil {
			t.Fatal(err)
		}
	}
	commitKeys(t, st, keys)
}

// commitKeys commits st and records in keys the keys present after it.
func commitKeys(t testing.TB, st *rollup.State, keys map[string]bool) {
	t.Helper()
	_, entries, err := st.Commit()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Value == nil {
			delete(keys, string(e.Key))
		} else {
			keys[string(e.Key)] = true
		}
	}
}

// gasOnFilledState replays c's blocks from genesis on a state that also holds fill random
// accounts (the blocks' steps do the same, their roots differ) and measures each target's
// FaultProver.stepFraud gas (eth_estimateGas, as stepGas) against its block's trace on that
// state, after checking that stepFraud finds the honest step no fraud. Targets must be in
// distinct blocks.
func (c *faultChain) gasOnFilledState(fill int, targets []depthTarget) map[string]depthResult {
	t := c.t
	t.Helper()
	byBlock := map[int]depthTarget{}
	for _, tg := range targets {
		if _, dup := byBlock[tg.n]; dup {
			t.Fatalf("two targets in block %d", tg.n)
		}
		byBlock[tg.n] = tg
	}
	start := time.Now()
	st := c.stateAt(0)
	keys := map[string]bool{}
	fillAccounts(t, st, fill, 1, keys)
	filled := time.Since(start)
	_, _, ctx := c.stepVerifier()
	fp := c.e.d.FaultProver
	out := map[string]depthResult{}
	for n, b := range c.blocks {
		tg, traced := byBlock[n]
		if !traced {
			if err := st.BeginBlock(c.cfg, &b.Header); err != nil {
				t.Fatal(err)
			}
			for i, tx := range b.Txs {
				if _, err := st.ApplyTx(c.cfg, tx, uint64(i)); err != nil {
					t.Fatalf("block %d tx %d: %v", n, i, err)
				}
			}
			commitKeys(t, st, keys)
			continue
		}
		prev := st.Root()
		tr := rollup.NewTracer(c.cfg, tg.k)
		if err := tr.BeginBlock(st, &b.Header); err != nil {
			t.Fatal(err)
		}
		for i, tx := range b.Txs {
			if _, err := tr.ApplyTx(st, tx, uint64(i)); err != nil {
				t.Fatalf("block %d tx %d: %v", n, i, err)
			}
		}
		commitKeys(t, st, keys)
		w := tr.Witness()
		leaves, hashes := tr.Leaves(), tr.Hashes()
		stepRoot := rollup.StepTreeRoot(hashes)
		ch := bindings.FaultProverStepChallenge{Step: uint64(tg.k), Post: leafOf(leaves[tg.k]), PostPath: path(rollup.StepTreeProof(hashes, tg.k)),
			Input: tr.Inputs()[tg.k], Witness: w, Pre: bindings.FaultProverLeaf{Root: prev, Wnodes: [][32]byte{}}, PrePath: [][32]byte{}}
		if tg.k > 0 {
			ch.Pre, ch.PrePath = leafOf(leaves[tg.k-1]), path(rollup.StepTreeProof(hashes, tg.k-1))
		}
		if ch.Pre.Wnodes == nil {
			ch.Pre.Wnodes = [][32]byte{}
		}
		if ch.Post.Wnodes == nil {
			ch.Post.Wnodes = [][32]byte{}
		}
		claim := bindings.FaultProverBatchClaim{StepRoot: stepRoot, StepCount: uint64(len(leaves)), PrevRoot: prev}
		data := fp.Binding.PackStepFraud(ctx, claim, fp.Binding.PackEncodeStepChallenge(ch)[4:])
		if fraud := call(c.e, fp.Instance, data, fp.Binding.UnpackStepFraud); fraud {
			t.Fatalf("%s on %d filled accounts: stepFraud finds the honest step fraudulent", tg.name, fill)
		}
		g, err := c.e.chain.EstimateGas(c.e.ctx, callMsg(fp.Address, data))
		if err != nil {
			t.Fatalf("%s on %d filled accounts: estimate: %v", tg.name, fill, err)
		}
		r := depthResult{gas: g, proofs: len(w), fillDuration: filled}
		total := 0
		for _, p := range w {
			r.witnessBytes += len(p)
			var nodes [][]byte
			if err := rlp.DecodeBytes(p, &nodes); err != nil {
				continue // a removal's sibling node, not a proof
			}
			total += len(nodes)
			r.maxNodes = max(r.maxNodes, len(nodes))
		}
		if len(w) > 0 {
			r.meanNodes = float64(total) / float64(len(w))
		}
		out[tg.name] = r
	}
	for name, r := range out {
		r.keys = len(keys)
		r.replayDuration = time.Since(start) - r.fillDuration
		out[name] = r
	}
	return out
}

// depthFills is the state sizes (accounts added) TestStepGasVsState measures at:
// NRN_DEPTH_FILLS (comma-separated), else 10^3 to 10^5.
func depthFills(t *testing.T) []int {
	v := os.Getenv("NRN_DEPTH_FILLS")
	if v == "" {
		return []int{0, 1_000, 10_000, 100_000}
	}
	var out []int
	for _, f := range strings.Split(v, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			t.Fatalf("NRN_DEPTH_FILLS: %v", err)
		}
		out = append(out, n)
	}
	return out
}

// TestStepGasVsState measures how a dispute step's L1 gas (FaultProver.stepFraud) grows with
// the state: a chain with a full round (rollup.MaxRoundCommits trainers, 128-byte CIDs) and a
// real loss proof of its best claim is replayed on states that also hold 10^3 .. 10^5 (or
// NRN_DEPTH_FILLS) accounts with random addresses, and its representative steps are
// re-executed on L1 on each: a transfer, the last commit and the last reveal into the full
// round, the block start that opens the proof window (the seed over 64 reveals), the loss
// proof of the full round and the block start that releases claims after it. It logs the
// table (keys, trie depth at the touched keys, gas) and the gas per added trie level; every
// step must stay under the 16,777,216 transaction cap. Slow: skipped under -short.
func TestStepGasVsState(t *testing.T) {
	if testing.Short() {
		t.Skip("replays a full round on states of up to 10^5 accounts: slow")
	}
	minStake := uint256.MustFromBig(nrn(1))
	e, c := newRoundsChain(t, testFees(crypto.PubkeyToAddress(newKey(t).PublicKey)), minStake)
	c.cfg.Verifier = testVerifier()
	kit := newLossKit(t, 16)
	w, crowd := fullRoundCrowd(t, kit)
	best := crowd[0]
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addrOf(k)) }
	creator, prover, funder := newKey(t), newKey(t), newKey(t)
	c.add(c.deposit(e.alice, addrOf(funder), nrn(300)), c.deposit(e.alice, addrOf(creator), nrn(10)), c.deposit(e.alice, addrOf(prover), nrn(1)))
	var targets []depthTarget
	var txs []*rollup.Tx
	for i, tr := range crowd {
		txs = append(txs, c.sign(funder, &rollup.Transfer{Nonce: uint64(i), To: tr.addr(), Amount: uint256.MustFromBig(nrn(3))}))
	}
	c.add(txs...)
	targets = append(targets, depthTarget{"transfer (to a new account)", len(c.blocks) - 1, len(txs)})
	spec := testSpec()
	kit.spec(&spec)
	spec.CommitBlocks, spec.RevealBlocks, spec.ProofBlocks, spec.MaxRounds = 3, 3, 4, 2
	id := c.st.Globals().NextMLSC
	txs = []*rollup.Tx{c.sign(creator, &rollup.CreateMLSC{Nonce: nonce(creator), Spec: spec, Bounty: uint256.MustFromBig(nrn(2))})}
	for _, tr := range crowd {
		txs = append(txs, c.sign(tr.key, &rollup.Stake{Nonce: nonce(tr.key), Amount: minStake}))
	}
	c.add(txs...)
	txs = nil
	for _, tr := range crowd {
		txs = append(txs, c.sign(tr.key, &rollup.Commit{Nonce: nonce(tr.key), MLSC: id, Round: 1, Commitment: tr.commitment(id, 1)}))
	}
	c.add(txs...)
	targets = append(targets, depthTarget{"commit, the 64th into the round", len(c.blocks) - 1, len(txs)})
	c.untilPhase(id, rollup.PhaseReveal)
	txs = nil
	for _, tr := range crowd {
		txs = append(txs, c.sign(tr.key, tr.reveal(nonce(tr.key), id, 1)))
	}
	c.add(txs...)
	targets = append(targets, depthTarget{"reveal, the 64th (128-byte CIDs)", len(c.blocks) - 1, len(txs)})
	c.untilPhase(id, rollup.PhaseProof)
	targets = append(targets, depthTarget{"block start, reveal end → proof (seed over 64 reveals)", len(c.blocks) - 1, 0})
	claim, err := c.st.ClaimOf(id, 1)
	if err != nil || claim.Trainer != best.addr() {
		t.Fatalf("claim %+v: %v", claim, err)
	}
	c.add(c.sign(prover, &rollup.LossProof{Nonce: nonce(prover), MLSC: id, Round: 1, Proof: kit.prove(claim, w), RewardTo: common.Address{0xbe, 0xef}}))
	targets = append(targets, depthTarget{"loss proof of the full round (incl. 2M for the verifier)", len(c.blocks) - 1, 1})
	c.add()
	targets = append(targets, depthTarget{"block start, two claims released (full round)", len(c.blocks) - 1, 0})
	if r, _ := c.st.Round(id, 1); !r.Proven || len(r.Reveals) != rollup.MaxRoundCommits {
		t.Fatalf("round: proven %v, %d reveals", r.Proven, len(r.Reveals))
	}

	const capGas = 16_777_216
	type row struct {
		fill int
		res  map[string]depthResult
	}
	var rows []row
	for _, fill := range depthFills(t) {
		res := c.gasOnFilledState(fill, targets)
		rows = append(rows, row{fill, res})
		var any depthResult
		for _, r := range res {
			any = r
		}
		t.Logf("fill %d accounts: %d trie keys (filled in %v, replayed in %v)", fill, any.keys, any.fillDuration.Round(time.Millisecond), any.replayDuration.Round(time.Millisecond))
		for _, tg := range targets {
			r := res[tg.name]
			t.Logf("  %-58s %2d proofs, nodes max %d mean %.2f, witness %6d B: %10d gas (%4.1f %% of the cap)",
				tg.name, r.proofs, r.maxNodes, r.meanNodes, r.witnessBytes, r.gas, float64(r.gas)*100/capGas)
			if r.gas >= capGas {
				t.Errorf("%s on %d keys: %d gas, over the transaction cap", tg.name, r.keys, r.gas)
			}
		}
	}
	// Markdown table for docs/performance.md and the slope per trie level (per mean node).
	var b strings.Builder
	b.WriteString("| step |")
	for _, r := range rows {
		fmt.Fprintf(&b, " %d keys |", r.res[targets[0].name].keys)
	}
	b.WriteString("\n")
	for _, tg := range targets {
		fmt.Fprintf(&b, "| %s |", tg.name)
		for _, r := range rows {
			x := r.res[tg.name]
			fmt.Fprintf(&b, " %d (%d proofs, %.1f nodes) |", x.gas, x.proofs, x.meanNodes)
		}
		if len(rows) > 1 {
			first, last := rows[0].res[tg.name], rows[len(rows)-1].res[tg.name]
			if dn := (last.meanNodes - first.meanNodes) * float64(last.proofs); dn > 0 {
				fmt.Fprintf(&b, " %.0f gas per proof node added |", (float64(last.gas)-float64(first.gas))/dn)
			}
		}
		b.WriteString("\n")
	}
	t.Logf("table:\n%s", b.String())
	sort.Slice(rows, func(i, j int) bool { return rows[i].fill < rows[j].fill })
}

// TestStepTrieGasVsDepth: where a touched key's gas goes. StepTrie.get and StepTrie.update
// alone (eth_estimateGas of the call, less 21,000 and the calldata) of one key of tries of 16
// to 2^18 keccak256 keys shaped as the L2 state's (values of about 100 bytes, as an account's
// entry), by the depth of the key's proof; the roots update gives must be go-ethereum's.
func TestStepTrieGasVsDepth(t *testing.T) {
	if testing.Short() {
		t.Skip("builds tries of up to 2^18 keys: slow")
	}
	chain, addr, st, inst := deployStepTrie(t, "step trie depth")
	exec := func(data []byte) uint64 { // the call's gas less its intrinsic cost
		g, err := chain.EstimateGas(context.Background(), callMsg(addr, data))
		if err != nil {
			t.Fatal(err)
		}
		intrinsic := uint64(21_000)
		for _, b := range data {
			if b == 0 {
				intrinsic += 4
			} else {
				intrinsic += 16
			}
		}
		return g - intrinsic
	}
	type sample struct{ get, update, proofBytes, n uint64 }
	byNodes := map[int]*sample{}
	for _, n := range []int{16, 256, 4096, 65536, 1 << 18} {
		tr := trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil))
		keys := make([][]byte, n)
		for i := range keys {
			keys[i] = rollup.AccountKey(common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("depth %d", i)))))
			v, _ := rlp.EncodeToBytes([][]byte{keys[i], bytes.Repeat([]byte{0x42}, 70)})
			tr.MustUpdate(crypto.Keccak256(keys[i]), v)
		}
		root := tr.Hash()
		for _, i := range []int{0, n / 3, n / 2, n - 1} {
			proof, _, err := rollup.DeletionWitness(tr, keys[i])
			if err != nil {
				t.Fatal(err)
			}
			var nodes [][]byte
			if err := rlp.DecodeBytes(proof, &nodes); err != nil {
				t.Fatal(err)
			}
			val, _ := rlp.EncodeToBytes([][]byte{keys[i], bytes.Repeat([]byte{0x43}, 70)})
			got, err := bind.Call(inst, nil, st.PackUpdate(keys[i], val, proof, root), st.UnpackUpdate)
			if err != nil {
				t.Fatal(err)
			}
			cp := tr.Copy()
			cp.MustUpdate(crypto.Keccak256(keys[i]), val)
			if want := cp.Hash(); common.Hash(got) != want {
				t.Fatalf("%d keys: update root %x, go-ethereum's %x", n, got, want)
			}
			s := byNodes[len(nodes)]
			if s == nil {
				s = &sample{}
				byNodes[len(nodes)] = s
			}
			s.get += exec(st.PackGet(keys[i], proof, root))
			s.update += exec(st.PackUpdate(keys[i], val, proof, root))
			s.proofBytes += uint64(len(proof))
			s.n++
		}
	}
	var depths []int
	for d := range byNodes {
		depths = append(depths, d)
	}
	sort.Ints(depths)
	t.Logf("| proof nodes | proof bytes | get (execution gas) | update (execution gas) |")
	for _, d := range depths {
		s := byNodes[d]
		t.Logf("| %d | %d | %d | %d |", d, s.proofBytes/s.n, s.get/s.n, s.update/s.n)
	}
}
