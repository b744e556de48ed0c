package rollup

import (
	"crypto/ecdsa"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// TestVoteRecords: each vote is a record of its own (DeltaVoteKey, PeriodVoteKey) and the
// epoch keeps counts, list heads and per-period-proposal stake sums. A re-vote moves the
// voter's record (the tally unchanged), the caps refuse a new voter with a clear error (and
// still take a re-vote), the records survive a reload through the store (same root), and the
// settlement releases every vote over several block starts, deleting every record.
func TestVoteRecords(t *testing.T) {
	h := newDeltaHarness(t)
	p0, _, _ := h.patch([]uint64{1}, nil)
	p1, _, _ := h.patch([]uint64{2}, nil)
	require.NoError(t, h.propose("alice", p0))
	require.NoError(t, h.propose("alice", p1))
	voters := []string{"bob", "carol"}
	for i := range 6 {
		n := fmt.Sprintf("v%d", i)
		h.keys[n] = newTestKey(t)
		h.fund(n, 1_000)
		voters = append(voters, n)
	}
	var votes, stakes []*Tx
	for i, n := range voters {
		votes = append(votes, h.sign(n, &VoteDelta{Nonce: h.nonce(n), MLSC: 0, Proposal: uint64(i % 2), Amount: uint256.NewInt(10)}))
		stakes = append(stakes, h.sign(n, &Stake{Nonce: h.nonce(n) + 1, Amount: uint256.NewInt(uint64(100 + i))}))
	}
	h.mustBlock(append(votes, stakes...)...)
	require.NoError(t, h.block(h.sign("bob", &ProposePeriod{Nonce: h.nonce("bob"), MLSC: 0, Blocks: 9}))[0])
	require.NoError(t, h.block(h.sign("carol", &ProposePeriod{Nonce: h.nonce("carol"), MLSC: 0, Blocks: 11}))[0])
	vp := func(n string, id uint64) error {
		return h.block(h.sign(n, &VotePeriod{Nonce: h.nonce(n), MLSC: 0, Proposal: id}))[0]
	}
	votes = nil
	for i, n := range voters {
		votes = append(votes, h.sign(n, &VotePeriod{Nonce: h.nonce(n), MLSC: 0, Proposal: uint64(i % 2)}))
	}
	h.mustBlock(votes...)
	e, _ := h.s.DeltaEpoch(0)
	require.Equal(t, uint64(len(voters)), e.Tally.Voters)
	require.Equal(t, uint64(len(voters)), e.Tally.PeriodVoters)
	require.Equal(t, h.addr(voters[len(voters)-1]), e.Tally.Head, "the last voter heads the list")

	// A re-vote moves the record; the tally is unchanged.
	require.NoError(t, h.vote("bob", 1, 5))
	v, ok := h.s.DeltaVote(0, e.Epoch, h.addr("bob"))
	require.True(t, ok)
	require.Equal(t, uint64(1), v.Proposal)
	require.Equal(t, uint64(15), v.Amount.Uint64())
	require.NoError(t, vp("bob", 1))
	pv, ok := h.s.PeriodVote(0, e.Epoch, h.addr("bob"))
	require.True(t, ok)
	require.Equal(t, uint64(1), pv.Proposal)
	e2, _ := h.s.DeltaEpoch(0)
	require.Equal(t, e.Tally, e2.Tally)
	sum := [2]uint64{}
	for i, n := range voters {
		p := uint64(i % 2)
		if n == "bob" {
			p = 1
		}
		sum[p] += h.s.Account(h.addr(n)).Stake.Uint64()
	}
	require.Equal(t, sum[0], e2.Periods[0].Stake.Uint64(), "period proposal 0's stake sum")
	require.Equal(t, sum[1], e2.Periods[1].Stake.Uint64(), "period proposal 1's stake sum (bob's moved there)")

	// The caps: a new voter is refused once the epoch has MaxDeltaVoters, a voter already in
	// it may still add to its vote.
	h.s.epochs[0].Tally.Voters = MaxDeltaVoters
	h.keys["late"] = newTestKey(t)
	h.fund("late", 1_000)
	err := h.vote("late", 0, 1)
	require.ErrorIs(t, err, ErrTooManyItems)
	require.ErrorContains(t, err, "1024 delta voters")
	require.NoError(t, h.vote("carol", 1, 1))
	h.s.epochs[0].Tally.Voters = uint64(len(voters))
	h.s.touch(DeltaEpochKey(0))

	// The records round-trip through the store.
	fresh := NewState()
	n := 0
	for _, k := range h.s.allKeys() {
		if k[0] == prefixDeltaVote || k[0] == prefixPeriodVote {
			n++
		}
		v, err := h.s.encode(k)
		require.NoError(t, err)
		require.NoError(t, fresh.LoadEntry([]byte(k), v))
	}
	require.Equal(t, 2*len(voters), n, "one record per vote")
	root, _, err := fresh.Commit()
	require.NoError(t, err)
	want, _, err := h.s.Commit()
	require.NoError(t, err)
	require.Equal(t, want, root)
	h.s = fresh

	// Settlement: every vote released over several block starts, every record deleted.
	before := h.balance("v0")
	starts := 0
	end := e.End
	for h.head.Number < end {
		h.mustBlock()
	}
	for ; ; starts++ {
		if _, settling := h.s.DeltaClosing(0); !settling {
			break
		}
		require.Less(t, starts, 1000)
		h.mustBlock()
	}
	require.Greater(t, starts, 4, "settled over several block starts")
	require.Equal(t, before+10, h.balance("v0"), "its delta vote released")
	for _, n := range voters {
		require.Zero(t, h.s.Account(h.addr(n)).OpenClaims, n)
		_, ok := h.s.DeltaVote(0, e.Epoch, h.addr(n))
		require.False(t, ok, n)
		_, ok = h.s.PeriodVote(0, e.Epoch, h.addr(n))
		require.False(t, ok, n)
	}
	require.Empty(t, h.s.votes)
	require.Empty(t, h.s.periodVotes)
}

// FuzzDecodeVotes: the vote record decoders never panic, and what they accept re-encodes to
// the same bytes (one encoding).
func FuzzDecodeVotes(f *testing.F) {
	f.Add([]byte{0xc3, 0x01, 0x02, 0x80})
	f.Fuzz(func(t *testing.T, b []byte) {
		if v, err := DecodeDeltaVote(b); err == nil {
			out, err := rlp.EncodeToBytes(v)
			require.NoError(t, err)
			require.Equal(t, b, out)
		}
		if v, err := DecodePeriodVote(b); err == nil {
			out, err := rlp.EncodeToBytes(v)
			require.NoError(t, err)
			require.Equal(t, b, out)
		}
	})
}

func newTestKey(t *testing.T) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	return k
}
