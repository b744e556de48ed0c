package rollup

import (
	"fmt"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// totalStakeOf sums every account's stake, as the period tally did before Globals.TotalStake.
func totalStakeOf(s *State) *uint256.Int {
	t := new(uint256.Int)
	for _, a := range s.accounts {
		t.Add(t, a.Stake)
	}
	return t
}

func globalsTotalStake(s *State) *uint256.Int {
	if g := s.Globals(); g.TotalStake != nil {
		return g.TotalStake
	}
	return new(uint256.Int)
}

// TestEpochSettlement: a closed epoch with two ready deltas, 20 delta voters and two period
// voters is settled over several block starts, at most MaxEpochWork items each, with the
// next epoch open meanwhile; period voters' stake stays locked until its item; the totals
// are those of one close at once.
func TestEpochSettlement(t *testing.T) {
	h := newDeltaHarness(t)
	var voters []string
	for i := range 20 {
		n := fmt.Sprintf("v%d", i)
		h.addKey(n)
		h.fund(n, 1000)
		voters = append(voters, n)
	}
	h.mustBlock(h.sign("bob", &Stake{Nonce: h.nonce("bob"), Amount: uint256.NewInt(300)}),
		h.sign("carol", &Stake{Nonce: h.nonce("carol"), Amount: uint256.NewInt(200)}))
	require.Equal(t, uint64(500), globalsTotalStake(h.s).Uint64())
	for h.head.Number%testPeriod > 10 { // room for the epoch below
		h.mustBlock()
	}
	p0, _, _ := h.patch([]uint64{1}, nil)
	p1, _, set1 := h.patch([]uint64{2}, nil)
	p0.Nonce, p1.Nonce = h.nonce("alice"), h.nonce("alice")+1
	bob, carol := h.nonce("bob"), h.nonce("carol")
	h.mustBlock(h.sign("alice", p0), h.sign("alice", p1),
		h.sign("bob", &ProposePeriod{Nonce: bob, MLSC: 0, Blocks: 40}),
		h.sign("bob", &VotePeriod{Nonce: bob + 1, MLSC: 0, Proposal: 0}),
		h.sign("carol", &VotePeriod{Nonce: carol, MLSC: 0, Proposal: 0}),
		// Staking more after the vote does not count: 300 + 200 recorded of 700.
		h.sign("carol", &Stake{Nonce: carol + 1, Amount: uint256.NewInt(200)}))
	require.Equal(t, uint64(1), h.s.Account(h.addr("bob")).OpenClaims, "a period vote locks the stake")
	var txs []*Tx
	for i, n := range voters {
		txs = append(txs, h.sign(n, &VoteDelta{Nonce: h.nonce(n), MLSC: 0, Proposal: uint64(i % 2), Amount: uint256.NewInt(uint64(10 + i))}))
	}
	for _, err := range h.block(txs...) {
		require.NoError(t, err)
	}
	// Votes for 1: 11+13+...+29 = 200; for 0: 10+12+...+28 = 190.
	errs := h.block(h.sign("bob", &Unstake{Nonce: h.nonce("bob"), Amount: uint256.NewInt(1)}))
	require.ErrorIs(t, errs[0], ErrStakeLocked)

	e, ok := h.s.DeltaEpoch(0)
	require.True(t, ok)
	require.Equal(t, uint64(2+1+20+2), epochItems(&e))
	for h.head.Number < e.End-1 {
		h.mustBlock()
	}
	// The block at the end closes the epoch; a proposal in it opens the next one.
	p2, _, _ := h.patch([]uint64{3}, nil)
	require.NoError(t, h.propose("bob", p2))
	c, settling := h.s.DeltaClosing(0)
	require.True(t, settling, "closed at its end, settled from the next block start")
	require.Zero(t, c.Cursor)
	m, _ := h.s.MLSC(0)
	require.Equal(t, uint64(40), m.Data.Period, "500 of 700 backs 40 blocks")
	require.Equal(t, e.End, m.Data.Anchor)
	next, ok := h.s.DeltaEpoch(0)
	require.True(t, ok)
	require.Equal(t, e.Epoch+1, next.Epoch)

	blocks := 0 // block starts that did epoch work (EpochWorkAt): the others advance the MLSC
	for {
		before, settling := h.s.DeltaClosing(0)
		if !settling {
			break
		}
		h.mustBlock()
		after, still := h.s.DeltaClosing(0)
		if !still || after.Cursor != before.Cursor {
			blocks++
		}
		if still {
			require.LessOrEqual(t, after.Cursor-before.Cursor, uint64(MaxEpochWork))
			if after.Cursor < 2+1+20 {
				require.Equal(t, uint64(1), h.s.Account(h.addr("carol")).OpenClaims, "locked until its item")
			}
		}
	}
	require.Equal(t, 13, blocks, "25 items: the 2 proposals (work 2 each), the winner (3) alone, then 22 votes and period voters (work 2 each: the record deleted, the account) 2 a block start")
	require.Equal(t, DeltaApplied, h.proposal(1).Status, "200 votes against 190")
	require.Equal(t, DeltaLost, h.proposal(0).Status)
	m, _ = h.s.MLSC(0)
	require.Equal(t, rootOf(t, set1), m.Data.Root)
	for i, n := range voters {
		require.Equal(t, uint64(1000), h.balance(n), "voter %d released", i)
	}
	require.Zero(t, h.s.Account(h.addr("bob")).OpenClaims)
	require.Zero(t, h.s.Account(h.addr("carol")).OpenClaims)
	h.mustBlock(h.sign("bob", &Unstake{Nonce: h.nonce("bob"), Amount: uint256.NewInt(300)}))
	require.Equal(t, totalStakeOf(h.s), globalsTotalStake(h.s))
	require.Equal(t, uint64(400), globalsTotalStake(h.s).Uint64())
}

// TestEpochWaitsForSettlement: an epoch that ends while the MLSC's previous one is still being
// settled stays open (and filed at each next height) until that settlement is done.
func TestEpochWaitsForSettlement(t *testing.T) {
	h := newDeltaHarness(t)
	var voters []string
	for i := range 30 {
		n := fmt.Sprintf("v%d", i)
		h.addKey(n)
		h.fund(n, 1000)
		voters = append(voters, n)
	}
	h.mustBlock(h.sign("bob", &Stake{Nonce: h.nonce("bob"), Amount: uint256.NewInt(300)}))
	for h.head.Number%testPeriod > 10 {
		h.mustBlock()
	}
	p0, _, set0 := h.patch([]uint64{1}, nil)
	p0.Nonce = h.nonce("alice")
	bob := h.nonce("bob")
	h.mustBlock(h.sign("alice", p0), h.sign("bob", &ProposePeriod{Nonce: bob, MLSC: 0, Blocks: 2}),
		h.sign("bob", &VotePeriod{Nonce: bob + 1, MLSC: 0, Proposal: 0}))
	var txs []*Tx
	for _, n := range voters {
		txs = append(txs, h.sign(n, &VoteDelta{Nonce: h.nonce(n), MLSC: 0, Proposal: 0, Amount: uint256.NewInt(5)}))
	}
	for _, err := range h.block(txs...) {
		require.NoError(t, err)
	}
	e, _ := h.s.DeltaEpoch(0)
	for h.head.Number < e.End-1 {
		h.mustBlock()
	}
	// A proposal in the block that closes the epoch opens the next one, of 2 blocks: it ends
	// while 33 items are settled. It patches the set before p0, which is applied meanwhile: it
	// cannot win.
	p1, _, _ := h.patch([]uint64{2}, nil)
	require.NoError(t, h.propose("alice", p1))
	m, _ := h.s.MLSC(0)
	require.Equal(t, uint64(2), m.Data.Period)
	require.NoError(t, h.vote("bob", 1, 5))
	next, _ := h.s.DeltaEpoch(0)
	require.Less(t, next.End, h.head.Number+3)
	for h.head.Number <= next.End {
		h.mustBlock()
	}
	_, settling := h.s.DeltaClosing(0)
	require.True(t, settling)
	still, open := h.s.DeltaEpoch(0)
	require.True(t, open, "ended, waits for the settlement before it")
	require.Equal(t, next.Epoch, still.Epoch)
	d, ok := h.s.DueAt(h.head.Number + 1)
	require.True(t, ok)
	require.Contains(t, d.Epochs, uint64(0), "filed at the next height")
	for range 40 {
		if _, open := h.s.DeltaEpoch(0); !open {
			break
		}
		h.mustBlock()
	}
	_, open = h.s.DeltaEpoch(0)
	require.False(t, open, "closed once the previous one was settled")
	require.Equal(t, DeltaApplied, h.proposal(0).Status)
	for range 20 {
		h.mustBlock()
	}
	_, settling = h.s.DeltaClosing(0)
	require.False(t, settling)
	require.Equal(t, DeltaLost, h.proposal(1).Status, "stale: refunded, not applied")
	m, _ = h.s.MLSC(0)
	require.Equal(t, rootOf(t, set0), m.Data.Root)
	require.Len(t, m.Data.Applied, 1)
}

// TestTotalStakeReloads: a chain without fees whose globals hold a TotalStake writes BaseFee as
// 0x80 before it; reloaded, the state has the same root and no base fee, and TotalStake back at
// zero leaves the globals as they were before any stake.
func TestTotalStakeReloads(t *testing.T) {
	h := newHarness(t)
	h.fund("alice", 1000)
	before, err := h.s.encode(string(GlobalsKey()))
	require.NoError(t, err)
	h.mustBlock(h.sign("alice", &Stake{Nonce: h.nonce("alice"), Amount: uint256.NewInt(400)}))
	require.Equal(t, uint64(400), globalsTotalStake(h.s).Uint64())
	fresh := NewState()
	for _, k := range h.s.allKeys() {
		v, err := h.s.encode(k)
		require.NoError(t, err)
		require.NoError(t, fresh.LoadEntry([]byte(k), v))
	}
	root, _, err := fresh.Commit()
	require.NoError(t, err)
	require.Equal(t, h.s.Root(), root)
	require.Nil(t, fresh.BaseFee(), "no fees")
	h.s = fresh
	h.mustBlock(h.sign("alice", &Unstake{Nonce: h.nonce("alice"), Amount: uint256.NewInt(400)}))
	require.Nil(t, h.s.Globals().TotalStake)
	after, err := h.s.encode(string(GlobalsKey()))
	require.NoError(t, err)
	items := func(b []byte) int {
		content, _, err := rlp.SplitList(b)
		require.NoError(t, err)
		n, err := rlp.CountValues(content)
		require.NoError(t, err)
		return n
	}
	require.Equal(t, items(before), items(after), "no trailing optional fields")
}

// stepBlock produces an empty block and checks the block-start rule (EpochWorkAt): a block
// start does epoch work or round work, never both; epoch work carries every MLSC listed to the
// front of the next height's list unchanged and rotates the epochs (the one worked on last, if
// its closed epoch is still being settled); round work carries every epoch listed to the front
// of the next height's list and changes no epoch record. It returns whether it did epoch work.
func stepBlock(t *testing.T, h *deltaHarness) bool {
	t.Helper()
	at := h.head.Number + 1
	d, _ := h.s.DueAt(at)
	mlscs := map[uint64]MLSC{}
	for id := range h.s.Globals().NextMLSC {
		mlscs[id], _ = h.s.MLSC(id)
	}
	type ep struct {
		open, closing     DeltaEpoch
		isOpen, isClosing bool
	}
	eps := map[uint64]ep{}
	for _, id := range d.Epochs {
		var e ep
		e.open, e.isOpen = h.s.DeltaEpoch(id)
		e.closing, e.isClosing = h.s.DeltaClosing(id)
		eps[id] = e
	}
	epochWork := EpochWorkAt(at, len(d.MLSCs), len(d.Epochs))
	h.mustBlock()
	next, _ := h.s.DueAt(at + 1)
	if epochWork {
		require.GreaterOrEqual(t, len(next.MLSCs), len(d.MLSCs))
		require.True(t, slices.Equal(d.MLSCs, next.MLSCs[:len(d.MLSCs)]), "height %d: every MLSC carried, in order", at)
		for id, before := range mlscs {
			after, _ := h.s.MLSC(id)
			before.Data, after.Data = nil, nil // the epoch's close may set the period
			require.Equal(t, before, after, "height %d: MLSC %d not advanced at an epoch block start", at, id)
		}
		require.True(t, slices.Equal(d.Epochs[1:], next.Epochs[:len(d.Epochs)-1]), "height %d: the others first", at)
		_, settling := h.s.DeltaClosing(d.Epochs[0])
		if settling {
			require.Equal(t, d.Epochs[0], next.Epochs[len(next.Epochs)-1], "height %d: the one worked on last", at)
		}
		return true
	}
	if len(d.Epochs) > 0 {
		require.Equal(t, d.Epochs, next.Epochs[:len(d.Epochs)], "height %d: every epoch carried, in order", at)
	}
	for id, before := range eps {
		var after ep
		after.open, after.isOpen = h.s.DeltaEpoch(id)
		after.closing, after.isClosing = h.s.DeltaClosing(id)
		require.Equal(t, before, after, "height %d: epoch of MLSC %d untouched at a round block start", at, id)
	}
	return false
}

// TestEpochWorkAt: the block-start rule.
func TestEpochWorkAt(t *testing.T) {
	for _, tc := range []struct {
		h             uint64
		mlscs, epochs int
		want          bool
	}{
		{10, 0, 0, false}, {11, 0, 0, false}, {10, 2, 0, false}, {11, 1, 0, false},
		{10, 0, 1, true}, {11, 0, 3, true}, {10, 1, 1, true}, {11, 1, 1, false}, {12, 5, 2, true}, {13, 5, 2, false},
	} {
		require.Equal(t, tc.want, EpochWorkAt(tc.h, tc.mlscs, tc.epochs), "%+v", tc)
	}
}

// TestEpochRoundRobin: two MLSCs whose epochs close at the same height, the first with 21
// items to settle (20 period voters), the second with one. The MLSC worked on goes to the back
// of the next height's list, so the second is closed and settled while the first's settlement
// is still under way (the old rule, which worked on the lowest id until it was done, fails
// this: one MLSC with constant epoch work starved the others). Every block start does one
// kind of work; with MLSCs due at the same height, even heights do the epoch work and carry
// the MLSCs, odd ones advance the MLSC and carry the epochs.
func TestEpochRoundRobin(t *testing.T) {
	h := newDeltaHarness(t)
	spec := testSpec()
	spec.DatasetCID, spec.DatasetRoot, spec.DatasetSize = h.cid.Bytes(), rootOf(t, h.set), 10
	spec.MaxRounds = 100
	h.mustBlock(h.sign("carol", &CreateMLSC{Nonce: h.nonce("carol"), Spec: spec, Bounty: uint256.NewInt(1000)}))
	var voters []string
	var txs []*Tx
	for i := range 20 {
		n := fmt.Sprintf("v%d", i)
		h.addKey(n)
		h.fund(n, 1000)
		voters = append(voters, n)
	}
	for _, n := range append(voters, "bob") {
		txs = append(txs, h.sign(n, &Stake{Nonce: h.nonce(n), Amount: uint256.NewInt(10)}))
	}
	h.mustBlock(txs...)
	for h.head.Number%testPeriod > 10 {
		h.mustBlock()
	}
	bob := h.nonce("bob")
	txs = []*Tx{h.sign("bob", &ProposePeriod{Nonce: bob, MLSC: 0, Blocks: 40}),
		h.sign("bob", &ProposePeriod{Nonce: bob + 1, MLSC: 1, Blocks: 50})}
	for _, n := range voters {
		txs = append(txs, h.sign(n, &VotePeriod{Nonce: h.nonce(n), MLSC: 0, Proposal: 0}))
	}
	h.mustBlock(txs...)
	e0, ok := h.s.DeltaEpoch(0)
	require.True(t, ok)
	e1, ok := h.s.DeltaEpoch(1)
	require.True(t, ok)
	require.Equal(t, e0.End, e1.End)
	d, _ := h.s.DueAt(e0.End)
	require.Equal(t, []uint64{0, 1}, d.Epochs, "filed in the order the epochs opened")
	for h.head.Number < e0.End-1 {
		h.mustBlock()
	}
	var done0, done1 uint64
	var evenBoth, oddBoth bool
	for i := 0; done0 == 0 || done1 == 0; i++ {
		require.Less(t, i, 100)
		at := h.head.Number + 1
		d, _ := h.s.DueAt(at)
		if len(d.MLSCs) > 0 && len(d.Epochs) > 0 {
			evenBoth = evenBoth || at%2 == 0
			oddBoth = oddBoth || at%2 == 1
		}
		stepBlock(t, h)
		_, open0 := h.s.DeltaEpoch(0)
		_, settling0 := h.s.DeltaClosing(0)
		_, open1 := h.s.DeltaEpoch(1)
		_, settling1 := h.s.DeltaClosing(1)
		if done0 == 0 && !open0 && !settling0 {
			done0 = at
		}
		if done1 == 0 && !open1 && !settling1 {
			done1 = at
		}
	}
	require.Less(t, done1, done0, "the second MLSC is settled before the first's settlement ends")
	require.True(t, evenBoth && oddBoth, "MLSCs and epochs due at the same height, both parities")
	m0, _ := h.s.MLSC(0)
	m1, _ := h.s.MLSC(1)
	require.Equal(t, uint64(40), m0.Data.Period, "200 of 210 stake backs 40 blocks")
	require.Equal(t, uint64(0), m1.Data.Period, "no vote")
	for _, n := range voters {
		require.Zero(t, h.s.Account(h.addr(n)).OpenClaims, "%s released", n)
	}
}
