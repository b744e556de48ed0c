package rollup

import (
	"fmt"
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
// voters is settled over several block starts, at most MaxEpochSettles items each, with the
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

	blocks := 0
	for {
		before, settling := h.s.DeltaClosing(0)
		if !settling {
			break
		}
		h.mustBlock()
		blocks++
		after, still := h.s.DeltaClosing(0)
		if still {
			require.LessOrEqual(t, after.Cursor-before.Cursor, uint64(MaxEpochSettles))
			if after.Cursor < 2+1+20 {
				require.Equal(t, uint64(1), h.s.Account(h.addr("carol")).OpenClaims, "locked until its item")
			}
		}
	}
	require.Equal(t, 4, blocks, "25 items, 8 a block start")
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
	for range 10 {
		if _, open := h.s.DeltaEpoch(0); !open {
			break
		}
		h.mustBlock()
	}
	_, open = h.s.DeltaEpoch(0)
	require.False(t, open, "closed once the previous one was settled")
	require.Equal(t, DeltaApplied, h.proposal(0).Status)
	for range 10 {
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
