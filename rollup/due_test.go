package rollup

import (
	"testing"

	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// provenDue reads DueKey(at) through a state proof against the state's root, as L1 does: the
// record, or ok false if the proof shows the key absent.
func provenDue(t *testing.T, s *State, at uint64) (Due, bool) {
	t.Helper()
	nodes, err := s.Prove(DueKey(at))
	require.NoError(t, err)
	v, err := VerifyProof(s.Root(), DueKey(at), nodes)
	require.NoError(t, err)
	if v == nil {
		return Due{}, false
	}
	var d Due
	require.NoError(t, rlp.DecodeBytes(v, &d))
	return d, true
}

// TestDueIndexInState: the due index is part of the state root. A create files the MLSC at its
// commit end, a block start there leaves that record as it was and files the MLSC at its
// reveal end, a loss proof moves it from its proof end to the next round's commit end (the
// record it leaves keeps the others), completion unfiles it, and a delta proposal files its
// MLSC's epoch at the epoch's end, which the block start at that height closes.
func TestDueIndexInState(t *testing.T) {
	h := newHarness(t)
	h.fund("alice", 10_000)
	h.fund("bob", 10_000)
	h.mustBlock(h.sign("bob", &Stake{Nonce: 0, Amount: uint256.NewInt(100)}))
	sp := testSpec()
	sp.MaxRounds = 2
	h.mustBlock(h.sign("alice", &CreateMLSC{Nonce: 0, Spec: sp, Bounty: uint256.NewInt(100)}),
		h.sign("alice", &CreateMLSC{Nonce: 1, Spec: sp, Bounty: uint256.NewInt(100)}))
	m, _ := h.s.MLSC(0)
	d, ok := provenDue(t, h.s, m.CommitEnd())
	require.True(t, ok)
	require.Equal(t, []uint64{0, 1}, d.MLSCs)
	require.Empty(t, d.Epochs)
	_, ok = provenDue(t, h.s, m.CommitEnd()-1)
	require.False(t, ok, "nothing is due before the commit end")

	c := claimVals{w: [32]byte{1}, trace: [32]byte{2}, salt: [32]byte{3}, loss: 50}
	h.mustBlock(h.commitTx("bob", 0, 1, c))
	h.untilPhase(0, PhaseReveal)
	require.Equal(t, m.CommitEnd(), h.head.Number)
	again, ok := provenDue(t, h.s, m.CommitEnd())
	require.True(t, ok)
	require.Equal(t, d, again, "a block start leaves its height's record as it was")
	// One MLSC a block start (MaxBlockMLSCs): MLSC 1 is carried to the next height.
	d, ok = provenDue(t, h.s, m.RevealEnd())
	require.True(t, ok)
	require.Equal(t, []uint64{0}, d.MLSCs)
	d, ok = provenDue(t, h.s, m.CommitEnd()+1)
	require.True(t, ok)
	require.Equal(t, []uint64{1}, d.MLSCs, "carried")
	one, _ := h.s.MLSC(1)
	require.Equal(t, PhaseCommit, one.Phase, "a carried MLSC keeps its phase a block longer")

	// MLSC 0's round 1 is won: the loss proof moves it from its proof end to round 2's commit end.
	h.mustBlock(h.revealTx("bob", 0, 1, c))
	one, _ = h.s.MLSC(1)
	require.Equal(t, PhaseReveal, one.Phase)
	d, ok = provenDue(t, h.s, m.RevealEnd())
	require.True(t, ok)
	require.Equal(t, []uint64{0}, d.MLSCs)
	d, ok = provenDue(t, h.s, m.RevealEnd()+1)
	require.True(t, ok)
	require.Equal(t, []uint64{1}, d.MLSCs, "MLSC 1's reveal window began a block late and keeps its length")
	one, _ = h.s.MLSC(1)
	require.Equal(t, m.RoundStart+1, one.RoundStart)
	h.untilPhase(0, PhaseProof)
	d, ok = provenDue(t, h.s, m.ProofEnd())
	require.True(t, ok)
	require.Equal(t, []uint64{0}, d.MLSCs, "MLSC 1 had no reveal: it goes on to round 2")
	claim, err := h.s.ClaimOf(0, 1)
	require.NoError(t, err)
	h.mustBlock(h.sign("prover", &LossProof{Nonce: 0, MLSC: 0, Round: 1, Proof: claimProof(claim)}))
	d, ok = provenDue(t, h.s, m.ProofEnd())
	require.True(t, ok)
	require.Empty(t, d.MLSCs, "the loss proof moved MLSC 0 away from its proof end")
	d, ok = provenDue(t, h.s, h.s.Globals().Height+1)
	require.True(t, ok)
	require.Equal(t, []uint64{0}, d.MLSCs, "the loss proof filed MLSC 0 at the next height, which settles the round")
	h.settled(0, 1)
	m, _ = h.s.MLSC(0)
	require.Equal(t, uint64(2), m.Round)
	d, ok = provenDue(t, h.s, m.CommitEnd())
	require.True(t, ok)
	require.Contains(t, d.MLSCs, uint64(0))

	for i := 0; i < 40 && h.s.ActiveMLSCs() > 0; i++ {
		h.mustBlock()
	}
	require.Zero(t, h.s.ActiveMLSCs(), "done MLSCs are unfiled")
	for _, id := range []uint64{0, 1} {
		m, _ := h.s.MLSC(id)
		require.Equal(t, PhaseDone, m.Phase)
	}
}

// TestDueIndexEpochs: a delta proposal files its MLSC's epoch in the due index at the epoch's
// end, and the block start there closes it; an epoch whose record lacks it stays open (the
// index, not a scan of the open epochs, decides).
func TestDueIndexEpochs(t *testing.T) {
	for _, drop := range []bool{false, true} {
		h := newDeltaHarness(t)
		p, _, _ := h.patch(nil, randExamples(2, 7))
		require.NoError(t, h.propose("alice", p))
		e, ok := h.s.DeltaEpoch(0)
		require.True(t, ok)
		d, ok := provenDue(t, h.s, e.End)
		require.True(t, ok)
		require.Equal(t, []uint64{0}, d.Epochs)
		if drop { // the index without the epoch: BeginBlock never sees it
			h.s.due[e.End].Epochs = nil
		}
		for h.head.Number < e.End {
			h.mustBlock()
		}
		_, open := h.s.DeltaEpoch(0)
		require.Equal(t, drop, open)
	}
}

// TestReleaseAcrossBlocks: a round whose proof window passes with more reveals than
// MaxBlockReleases is settled over several block starts. The first slashes the best revealer,
// each next releases MaxBlockReleases claims; meanwhile the MLSC stays in its proof phase,
// slashed, filed at the next height, and no loss proof is taken for the round; the block start
// after the last release opens the next round.
func TestReleaseAcrossBlocks(t *testing.T) {
	trainers := []string{"t0", "t1", "t2", "t3", "t4", "t5"}
	h := newHarness(t)
	h.fund("alice", 10_000)
	for _, n := range trainers {
		h.addKey(n)
		h.fund(n, 10_000)
		h.mustBlock(h.sign(n, &Stake{Nonce: 0, Amount: uint256.NewInt(100)}))
	}
	require.Greater(t, len(trainers), MaxBlockReleases)
	h.mustBlock(h.sign("alice", &CreateMLSC{Nonce: 0, Spec: testSpec(), Bounty: uint256.NewInt(100)}))
	claims := make([]claimVals, len(trainers))
	var commits, reveals []*Tx
	for i, n := range trainers {
		claims[i] = claimVals{w: [32]byte{byte(i + 1)}, trace: [32]byte{2}, salt: [32]byte{3}, loss: uint64(900 - i)}
		commits = append(commits, h.commitTx(n, 0, 1, claims[i]))
	}
	h.mustBlock(commits...)
	h.untilPhase(0, PhaseReveal)
	for i, n := range trainers {
		reveals = append(reveals, h.revealTx(n, 0, 1, claims[i]))
	}
	h.mustBlock(reveals...)
	h.untilPhase(0, PhaseProof)
	m, _ := h.s.MLSC(0)
	for h.head.Number < m.ProofEnd() {
		h.mustBlock()
	}
	open := func() int {
		n := 0
		for _, tr := range trainers {
			n += int(h.s.Account(h.addr(tr)).OpenClaims)
		}
		return n
	}
	r, _ := h.s.Round(0, 1)
	require.True(t, r.Slashed)
	require.Zero(t, r.Released, "the block start that slashes releases nothing")
	require.Equal(t, len(trainers), open())
	require.Equal(t, uint64(0), h.s.Account(h.addr("t5")).Stake.Uint64(), "the best revealer is slashed")
	m, _ = h.s.MLSC(0)
	require.Equal(t, PhaseProof, m.Phase)
	require.Equal(t, uint64(200), m.Escrow.Uint64())
	_, err := h.s.ClaimOf(0, 1)
	require.ErrorIs(t, err, ErrWrongPhase, "no loss proof once the window passed")
	d, ok := provenDue(t, h.s, h.head.Number+1)
	require.True(t, ok)
	require.Equal(t, []uint64{0}, d.MLSCs, "filed at the next height until the round is settled")

	for left := len(trainers); left > 0; left -= MaxBlockReleases {
		require.Equal(t, left, open())
		h.mustBlock()
		m, _ = h.s.MLSC(0)
		require.Equal(t, PhaseProof, m.Phase, "a block start that releases claims settles nothing")
	}
	h.mustBlock() // settles: round 2
	require.Zero(t, open())
	m, _ = h.s.MLSC(0)
	require.Equal(t, uint64(2), m.Round)
	require.Equal(t, PhaseCommit, m.Phase)
	require.Equal(t, h.head.Number, m.RoundStart)
	r, _ = h.s.Round(0, 1)
	require.Equal(t, uint64(len(trainers)), r.Released)
	require.Equal(t, uint64(100), h.s.Account(h.addr("t0")).Stake.Uint64(), "only the best is slashed")
}

// TestEpochAndRoundWork: a chain whose MLSC has a training-set record and an epoch with two
// proposals has block starts that do epoch work (close, settle: StepEpochs on L1) and block
// starts that advance the MLSC while epochs wait, and the winner is applied.
func TestEpochAndRoundWork(t *testing.T) {
	h := newDeltaHarness(t) // MLSC 0, created at the last block
	m, _ := h.s.MLSC(0)
	p, _, _ := h.patch(nil, randExamples(2, 7))
	require.NoError(t, h.propose("alice", p)) // MLSC 0 gets a training-set record and an epoch
	removal, _, _ := h.patch([]uint64{0}, nil)
	require.NoError(t, h.propose("bob", removal))
	require.NoError(t, h.vote("bob", 1, 5))
	e, ok := h.s.DeltaEpoch(0)
	require.True(t, ok)
	var epochWork, roundWithEpochs int
	for h.head.Number < e.End+40 {
		at := h.head.Number + 1
		d, _ := h.s.DueAt(at)
		switch {
		case EpochWorkAt(at, len(d.MLSCs), len(d.Epochs)):
			epochWork++
		case len(d.Epochs) > 0:
			roundWithEpochs++
		}
		h.mustBlock()
	}
	require.NotZero(t, epochWork)
	m, _ = h.s.MLSC(0)
	require.Len(t, m.Data.Applied, 1)
}
