package rollup

import (
	"context"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
)

// TestDeltaBeforePaidUse: a delta applied by the chain's own transactions (proposed with its
// data, voted, applied at its epoch's close) while round 1 of a one-round MLSC is in its commit
// window makes its proposer a contributor when the MLSC completes (Deltas 1, DeltaWeight 1,
// beside the trainer's round). A paid use then splits the fee by UseSplit (70 % to the
// trainers' pool, 10 % to the proposers' pool, 20 % to the creator), and claim-earnings pays
// the proposer its 10 %, once.
func TestDeltaBeforePaidUse(t *testing.T) {
	const fee = 1000
	h := &deltaHarness{harness: newHarness(t), store: da.NewMemory()}
	h.cfg.DeltaPeriod = testPeriod
	h.set = randExamples(10, 3)
	var err error
	h.cid, err = dataset.Write(context.Background(), h.store, h.set, dataset.Options{Classes: 4})
	require.NoError(t, err)
	h.addKey("dave")
	for _, n := range []string{"alice", "bob", "carol", "dave"} {
		h.fund(n, 10_000)
	}
	h.mustBlock(h.sign("dave", &Stake{Nonce: h.nonce("dave"), Amount: uint256.NewInt(100)}))
	spec := testSpec()
	spec.DatasetCID, spec.DatasetRoot, spec.DatasetSize = h.cid.Bytes(), rootOf(t, h.set), 10
	spec.CommitBlocks, spec.MaxRounds, spec.UseFee = 3*testPeriod, 1, uint256.NewInt(fee)
	id := h.s.Globals().NextMLSC
	h.mustBlock(h.sign("carol", &CreateMLSC{Nonce: h.nonce("carol"), Spec: spec, Bounty: uint256.NewInt(1000)}))
	require.Equal(t, uint64(0), id, "the delta harness's MLSC")

	p, chunks, _ := h.patch([]uint64{3}, randExamples(2, 9))
	require.NoError(t, h.propose("alice", p))
	h.data("alice", 0, chunks)
	require.NoError(t, h.vote("bob", 0, 40))
	h.toEpochEnd()
	require.Equal(t, DeltaApplied, h.proposal(0).Status)
	m, _ := h.s.MLSC(id)
	require.NotNil(t, m.Data)
	require.Len(t, m.Data.Applied, 1)
	require.Equal(t, uint64(1), m.Round)
	require.Equal(t, PhaseCommit, m.Phase, "the delta applied before round 1 was played")

	// Round 1, won by dave (winRound, with a commit window that outlasts its 20 blocks).
	c := claimVals{w: common.Hash{1}, trace: common.Hash{2}, salt: common.Hash{3}, loss: 500}
	h.mustBlock(h.commitTx("dave", id, 1, c))
	for i := 0; ; i++ {
		if m, _ := h.s.MLSC(id); m.Phase != PhaseCommit {
			break
		}
		require.Less(t, i, int(spec.CommitBlocks), "round 1's commit window never closed")
		h.mustBlock()
	}
	h.mustBlock(h.revealTx("dave", id, 1, c))
	h.untilPhase(id, PhaseProof)
	claim, err := h.s.ClaimOf(id, 1)
	require.NoError(t, err)
	h.mustBlock(h.sign("prover", &LossProof{Nonce: h.nonce("prover"), MLSC: id, Round: 1, Proof: claimProof(claim)}))
	h.settled(id, 1)
	md, ok := h.s.Model(id)
	require.True(t, ok)
	require.True(t, md.Done)
	require.Equal(t, uint64(1), md.DeltaWeight)
	require.Equal(t, uint64(1), md.TrainerWeight)
	want := []Contributor{{Addr: h.addr("alice"), Deltas: 1}, {Addr: h.addr("dave"), Rounds: 1}}
	slices.SortFunc(want, func(a, b Contributor) int { return a.Addr.Cmp(b.Addr) })
	require.Equal(t, want, md.Contributors)

	creator, user := h.balance("carol"), h.balance("bob")
	h.mustBlock(h.sign("bob", &UseModel{Nonce: h.nonce("bob"), MLSC: id, Fee: uint256.NewInt(fee)}))
	pool := h.s.ModelPool(id)
	require.Equal(t, uint64(1), pool.Uses)
	require.Equal(t, uint64(fee*UseDeltaBps/BasisPoints), pool.DeltaPaid.Uint64(), "the proposers' pool")
	require.Equal(t, uint64(100), pool.DeltaPaid.Uint64())
	require.Equal(t, uint64(700), pool.TrainerPaid.Uint64())
	require.Equal(t, uint64(200), pool.CreatorPaid.Uint64())
	require.Equal(t, creator+200, h.balance("carol"))
	require.Equal(t, user-fee, h.balance("bob"))
	require.Equal(t, uint64(100), h.s.Owed(id, h.addr("alice")).Uint64())
	require.Equal(t, uint64(700), h.s.Owed(id, h.addr("dave")).Uint64())

	proposer := h.balance("alice")
	h.mustBlock(h.sign("alice", &ClaimEarnings{Nonce: h.nonce("alice"), MLSC: id}))
	require.Equal(t, uint64(100), h.receipts[0].Reward.Uint64())
	require.Equal(t, proposer+100, h.balance("alice"))
	require.True(t, h.s.Owed(id, h.addr("alice")).IsZero())
	require.ErrorIs(t, h.block(h.sign("alice", &ClaimEarnings{Nonce: h.nonce("alice"), MLSC: id}))[0], ErrNothingOwed)
	requireReload(t, h.s)
}
