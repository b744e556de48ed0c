package deploy_test

import (
	"crypto/ecdsa"
	"os"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/rollup"
)

// manyKeys is n keys, the same every run (the trie's shape, and so the gas, does not vary).
func manyKeys(t *testing.T, n int) []*ecdsa.PrivateKey {
	t.Helper()
	out := make([]*ecdsa.PrivateKey, n)
	for i := range out {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte("votes"), []byte(strconv.Itoa(i))))
		if err != nil {
			t.Fatal(err)
		}
		out[i] = k
	}
	return out
}

// envInt is the integer in environment variable name, or def.
func envInt(t *testing.T, name string, def int) int {
	if v := os.Getenv(name); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return n
	}
	return def
}

// TestStepVotesGas measures the training-set steps whose work could grow with the number of
// voters of an epoch: the last of deltaVoters first delta votes (the others already in the
// epoch), a re-vote moving a vote, the last of periodVoters first period votes, the close
// of that epoch and every block start that settles it. Each is re-executed on L1 (stepFraud)
// and must stay under half the transaction cap. NRN_VOTES_DELTA and NRN_VOTES_PERIOD set the
// counts; -short runs a small epoch.
func TestStepVotesGas(t *testing.T) {
	nd, np := envInt(t, "NRN_VOTES_DELTA", rollup.MaxDeltaVoters), envInt(t, "NRN_VOTES_PERIOD", 2000)
	if testing.Short() {
		nd, np = 16, 16
	}
	c := newEpochChainWith(t, 1, 1, 0)
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addrOf(k)) }
	one := func() *uint256.Int { return uint256.NewInt(1) }
	keys := manyKeys(t, max(nd, np))
	cn := nonce(c.creator)
	var txs []*rollup.Tx
	for i, k := range keys {
		txs = append(txs, c.sign(c.creator, &rollup.Transfer{Nonce: cn + uint64(i), To: addrOf(k), Amount: uint256.NewInt(10)}))
	}
	c.add(txs...)
	staker := c.stakers[0]
	txs = []*rollup.Tx{c.sign(c.proposer, rollup.ProposalTx(nonce(c.proposer), c.a, c.build([]uint64{1, 4}, nil), uint256.NewInt(100))),
		c.sign(c.proposer, rollup.ProposalTx(nonce(c.proposer)+1, c.a, c.build([]uint64{3}, nil), uint256.NewInt(100))),
		c.sign(staker, &rollup.ProposePeriod{Nonce: nonce(staker), MLSC: c.a, Blocks: 7}),
		c.sign(staker, &rollup.ProposePeriod{Nonce: nonce(staker) + 1, MLSC: c.a, Blocks: 9})}
	for _, k := range keys[:np] {
		txs = append(txs, c.sign(k, &rollup.Stake{Nonce: 0, Amount: one()}))
	}
	c.add(txs...)
	txs = nil
	for i, k := range keys[:nd-1] {
		txs = append(txs, c.sign(k, &rollup.VoteDelta{Nonce: nonce(k), MLSC: c.a, Proposal: uint64(i % 2), Amount: one()}))
	}
	c.add(txs...)
	last := keys[nd-1]
	c.add(c.sign(last, &rollup.VoteDelta{Nonce: nonce(last), MLSC: c.a, Proposal: 0, Amount: one()}),
		c.sign(keys[1], &rollup.VoteDelta{Nonce: nonce(keys[1]), MLSC: c.a, Proposal: 0, Amount: one()}))
	voteBlock := len(c.blocks) - 1
	txs = nil
	for i, k := range keys[:np-1] {
		txs = append(txs, c.sign(k, &rollup.VotePeriod{Nonce: nonce(k), MLSC: c.a, Proposal: uint64(i % 2)}))
	}
	c.add(txs...)
	last = keys[np-1]
	c.add(c.sign(last, &rollup.VotePeriod{Nonce: nonce(last), MLSC: c.a, Proposal: 0}),
		c.sign(keys[1], &rollup.VotePeriod{Nonce: nonce(keys[1]), MLSC: c.a, Proposal: 0}))
	periodBlock := len(c.blocks) - 1
	if _, open := c.st.DeltaEpoch(c.a); !open {
		t.Fatal("the epoch closed before the votes were in")
	}
	var epochBlocks []int
	for range 4 * (nd + np) {
		_, open := c.st.DeltaEpoch(c.a)
		_, closing := c.st.DeltaClosing(c.a)
		if !open && !closing {
			break
		}
		h := c.head.Number + 1
		if d, _ := c.st.DueAt(h); rollup.EpochWorkAt(h, len(d.MLSCs), len(d.Epochs)) {
			epochBlocks = append(epochBlocks, len(c.blocks))
		}
		c.add()
	}
	for _, k := range keys[:max(nd, np)] {
		if a := c.st.Account(addrOf(k)); a.OpenClaims != 0 {
			t.Fatalf("%x: %d open claims after the settlement", addrOf(k), a.OpenClaims)
		}
	}
	c.settleWithMessages(nil)
	b := c.batches[len(c.batches)-1]
	stepOf := func(n, tx int) int { // step index in b of tx (-1: the block start) of block n
		k := 0
		for m := b.first; m < n; m++ {
			k += 1 + len(c.blocks[m].Txs)
		}
		return k + 1 + tx
	}
	half := uint64(16_777_216 / 2)
	sv, svInst, sctx := c.stepVerifier()
	sameRoot := func(k int) { // L1 re-executes step k of b to the Go STF's root
		pre := b.header.PrevStateRoot
		if k > 0 {
			pre = b.leaves[k-1].Root
		}
		out := call(c.e, svInst, sv.PackExecute(sctx, pre, b.inputs[k], c.trace(b.first, b.last, k).Witness()), sv.UnpackExecute)
		if !out.Valid || common.Hash(out.PostRoot) != b.leaves[k].Root {
			t.Fatalf("step %d: L1 says valid=%v root %x, the Go STF %x", k, out.Valid, out.PostRoot, b.leaves[k].Root)
		}
	}
	if testing.Short() {
		c.differential() // every step, each challenge refused
	}
	check := func(name string, g uint64) {
		t.Logf("%s: %d gas", name, g)
		if g >= half {
			t.Errorf("%s costs %d gas, at least half the cap", name, g)
		}
	}
	for _, k := range []int{stepOf(voteBlock, 0), stepOf(voteBlock, 1), stepOf(periodBlock, 0), stepOf(periodBlock, 1)} {
		sameRoot(k)
	}
	check("vote-delta, a first vote with "+strconv.Itoa(nd-1)+" voters in the epoch", c.stepGas(b, stepOf(voteBlock, 0)))
	check("vote-delta, a re-vote", c.stepGas(b, stepOf(voteBlock, 1)))
	check("vote-period, a first vote with "+strconv.Itoa(np-1)+" period voters", c.stepGas(b, stepOf(periodBlock, 0)))
	check("vote-period, a moved vote", c.stepGas(b, stepOf(periodBlock, 1)))
	// The close, the first settlements (proposals, winner, the first votes) and the last: the
	// others settle votes and period voters as the first vote items do.
	for i, n := range epochBlocks {
		if i < 4 || i == len(epochBlocks)-1 {
			sameRoot(stepOf(n, -1))
			check("epoch block start at "+strconv.FormatUint(c.blocks[n].Header.Number, 10)+" ("+epochCase(c.stateAt(n), c.blocks[n].Header.Number)+")", c.blockGas(n))
		}
	}
	t.Logf("%d epoch block starts", len(epochBlocks))
}

// TestStepVotesLies: a sequencer lying in a vote step is removed by one challengeStep of it:
// a period proposal's stake sum one wei high after a vote-period, a delta vote's record not
// written after a vote-delta (the epoch's tally counting it).
func TestStepVotesLies(t *testing.T) {
	for _, tc := range []struct {
		name string
		lie  func(t *testing.T, c *epochChain, post *rollup.State, voter common.Address)
		tx   func(c *epochChain, k *ecdsa.PrivateKey) *rollup.Tx
	}{
		{"stake sum one wei high", func(t *testing.T, c *epochChain, post *rollup.State, _ common.Address) {
			e, _ := post.DeltaEpoch(c.a)
			e.Periods[0].Stake.AddUint64(e.Periods[0].Stake, 1)
			loadEntry(t, post, rollup.DeltaEpochKey(c.a), &e)
		}, func(c *epochChain, k *ecdsa.PrivateKey) *rollup.Tx {
			return c.sign(k, &rollup.VotePeriod{Nonce: c.st.Nonce(addrOf(k)), MLSC: c.a, Proposal: 0})
		}},
		{"vote record with another amount", func(t *testing.T, c *epochChain, post *rollup.State, voter common.Address) {
			e, _ := post.DeltaEpoch(c.a)
			v, _ := post.DeltaVote(c.a, e.Epoch, voter)
			v.Amount.AddUint64(v.Amount, 1)
			loadEntry(t, post, rollup.DeltaVoteKey(c.a, e.Epoch, voter), &v)
		}, func(c *epochChain, k *ecdsa.PrivateKey) *rollup.Tx {
			return c.sign(k, &rollup.VoteDelta{Nonce: c.st.Nonce(addrOf(k)), MLSC: c.a, Proposal: 0, Amount: uint256.NewInt(1)})
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newEpochChainWith(t, 2, 1, 1)
			s := c.stakers[0]
			c.add(c.sign(c.proposer, rollup.ProposalTx(c.st.Nonce(addrOf(c.proposer)), c.a, c.build([]uint64{1}, nil), uint256.NewInt(100))),
				c.sign(s, &rollup.ProposePeriod{Nonce: c.st.Nonce(addrOf(s)), MLSC: c.a, Blocks: 7}))
			c.settleWithMessages(nil)
			start := len(c.blocks)
			c.add(tc.tx(c, c.stakers[0]))
			c.add(tc.tx(c, c.stakers[1]))
			k := 1 + 2 // the second block's vote: after a block start, a vote, a block start
			b := c.settleWithMessages(func(leaves []rollup.StepLeaf) {
				post := c.stateAt(start + 2)
				tc.lie(t, c, post, addrOf(c.stakers[1]))
				root, _, err := post.Commit()
				if err != nil || root == leaves[k].Root {
					t.Fatalf("root %x: %v", root, err)
				}
				leaves[k].Root = root
			})
			e, r := c.e, c.e.d.Rollup
			_, err := e.send(e.bob, r.Instance, r.Binding.PackChallengeStep(b.record, c.stepChallenge(b, k-2, c.trace(b.first, b.last, k-2).Witness())))
			wantRevert(t, err, bindings.RollupNoFraudErrorID())
			rcpt := e.mustSend(e.bob, r.Instance, r.Binding.PackChallengeStep(b.record, c.stepChallenge(b, k, c.trace(b.first, b.last, k).Witness())))
			if got := call(e, r.Instance, r.Binding.PackBatchCount(), r.Binding.UnpackBatchCount); got != b.header.Index {
				t.Fatalf("batch count %d after the challenge, want %d", got, b.header.Index)
			}
			t.Logf("%s: removed by one challengeStep, %d gas", tc.name, rcpt.GasUsed)
		})
	}
}

func loadEntry(t *testing.T, post *rollup.State, key []byte, v any) {
	t.Helper()
	b, err := rlp.EncodeToBytes(v)
	if err != nil {
		t.Fatal(err)
	}
	if err := post.LoadEntry(key, b); err != nil {
		t.Fatal(err)
	}
}
