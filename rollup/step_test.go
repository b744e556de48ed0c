package rollup

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/l1"
)

// TestWithdrawalFrontier: appending leaves one by one gives l1.MerkleRoot of them (the
// Bridge's withdrawal tree) at every count, which is what lets L1 check a batch's
// withdrawal root step by step.
func TestWithdrawalFrontier(t *testing.T) {
	var f WithdrawalFrontier
	var leaves [][32]byte
	for n := 0; n <= 70; n++ {
		if got, want := f.Root(), common.Hash(l1.MerkleRoot(leaves)); got != want {
			t.Fatalf("%d leaves: frontier root %x, l1.MerkleRoot %x", n, got, want)
		}
		leaf := l1.WithdrawalLeaf(1, common.Address{1}, uint64(n), common.Address{2}, common.Address{3}, big.NewInt(int64(n+1)))
		leaves = append(leaves, leaf)
		f = f.Append(leaf)
	}
}

// TestStepTreeProof: every leaf's path leads to the root, and no other leaf's does.
func TestStepTreeProof(t *testing.T) {
	for n := 1; n <= 9; n++ {
		leaves := make([]common.Hash, n)
		for i := range leaves {
			leaves[i] = crypto.Keccak256Hash([]byte{byte(n), byte(i)})
		}
		root := StepTreeRoot(leaves)
		for i := range leaves {
			p := StepTreeProof(leaves, i)
			if got := foldPath(leaves[i], i, p); got != root {
				t.Fatalf("n=%d leaf %d: path gives %x, root %x", n, i, got, root)
			}
			if got := foldPath(leaves[(i+1)%n], i, p); n > 1 && got == root {
				t.Fatalf("n=%d: leaf %d's path proves another leaf", n, i)
			}
		}
	}
}

func foldPath(h common.Hash, i int, p []common.Hash) common.Hash {
	for _, s := range p {
		if i&1 == 0 {
			h = crypto.Keccak256Hash(h[:], s[:])
		} else {
			h = crypto.Keccak256Hash(s[:], h[:])
		}
		i >>= 1
	}
	return h
}

// TestTraceMessages: the step that makes an L2→L1 message (here a block start that completes
// an MLSC whose round 1 was won: the model's completion message) publishes its leaf
// (TraceStep.Messages), every leaf from there on carries the message tree grown by it, the
// last leaf's message root is the batch's (MessageRoot), the published trace rebuilds the
// same leaves after encoding, and BuildBatchHeader refuses a batch whose messages differ from
// its trace's.
func TestTraceMessages(t *testing.T) {
	c := newTracedChain(t)
	h := c.h
	h.addKey("bob")
	c.block(c.deposit("alice", 100_000))
	c.block(c.deposit("bob", 100_000))
	spec := testSpec()
	spec.MaxRounds = 2
	c.block(h.sign("bob", &Stake{Nonce: 0, Amount: uint256.NewInt(100)}),
		h.sign("alice", &CreateMLSC{Nonce: 0, Spec: spec, Bounty: uint256.NewInt(3000)}))
	until := func(p Phase) {
		for range 40 {
			if m, _ := h.s.MLSC(0); m.Phase == p {
				return
			}
			c.block()
		}
		t.Fatalf("MLSC 0 never reached %s", p)
	}
	cv := claimVals{w: common.Hash{1}, trace: common.Hash{2}, salt: common.Hash{3}, loss: 500}
	c.block(h.commitTx("bob", 0, 1, cv))
	until(PhaseReveal)
	c.block(h.revealTx("bob", 0, 1, cv))
	until(PhaseProof)
	claim, err := h.s.ClaimOf(0, 1)
	require.NoError(t, err)
	h.addKey("prover")
	c.block(c.deposit("prover", 100_000))
	c.block(h.sign("prover", &LossProof{Nonce: 0, MLSC: 0, Round: 1, Proof: claimProof(claim)}))
	require.Zero(t, h.s.Globals().NextMessage, "round 1 of 2 completes nothing")
	until(PhaseDone) // round 2 passes unclaimed: the block start that ends it completes the model
	c.block()
	require.Equal(t, uint64(1), c.traced.Globals().NextMessage)

	msg, ok := c.traced.Message(0)
	require.True(t, ok)
	leaf := common.Hash(MessageLeaf(h.cfg, &msg))
	steps, leaves := c.tr.Steps(), c.tr.Leaves()
	made := -1
	for i := range steps {
		if len(steps[i].Messages) > 0 {
			require.Equal(t, -1, made, "a second step made a message")
			require.Equal(t, []common.Hash{leaf}, steps[i].Messages)
			made = i
		}
		want := uint64(0)
		if made >= 0 {
			want = 1
		}
		require.Equal(t, want, leaves[i].Messages.Count, "step %d", i)
	}
	require.NotEqual(t, -1, made)
	require.Equal(t, byte(0), c.tr.Inputs()[made][0], "the message is made by a block start")
	mroot, err := MessageRoot(h.cfg, c.traced, 0, 1)
	require.NoError(t, err)
	require.Equal(t, mroot, leaves[len(leaves)-1].Messages.Root())

	batch := &Batch{Index: 1, Blocks: c.blocks, Trace: steps}
	data, err := batch.Encode()
	require.NoError(t, err)
	dec, err := DecodeBatch(data)
	require.NoError(t, err)
	again, err := BatchLeaves(dec)
	require.NoError(t, err)
	require.Equal(t, leaves, again)

	g := c.traced.Globals()
	cont := &BatchContents{Index: 1, Data: data, StateRoot: c.traced.Root(), NextWithdrawal: g.NextWithdrawal, NextMessage: 1, Steps: leaves}
	hdr, err := BuildBatchHeader(h.cfg, c.traced, cont)
	require.NoError(t, err)
	require.Equal(t, mroot, hdr.MessageRoot)
	cont.NextMessage = 0 // a header that leaves the trace's message out
	_, err = BuildBatchHeader(h.cfg, c.traced, cont)
	require.ErrorIs(t, err, ErrTrace)
}
