package rollup

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// TestWithdrawToZeroAddress: the Bridge never pays the zero address, so the
// L2 must not take the NRN for such a withdrawal.
func TestWithdrawToZeroAddress(t *testing.T) {
	h := newHarness(t)
	h.fund("alice", 500)
	zero := h.sign("alice", &Withdraw{Nonce: 0, To: common.Address{}, Amount: uint256.NewInt(100)})
	require.ErrorIs(t, h.block(zero)[0], ErrZeroRecipient)
	require.Equal(t, uint64(500), h.s.Account(h.addr("alice")).Balance.Uint64(), "a rejected withdrawal takes nothing")
	require.Equal(t, uint64(0), h.s.Globals().NextWithdrawal)
}

// TestRoundSeedBindsChain: the seed, and with it every loss proof's digest,
// changes with each of its inputs, so a proof made on one chain (or for one
// Rollup contract) proves nothing on another.
func TestRoundSeedBindsChain(t *testing.T) {
	l1 := common.Hash{1}
	rollupA, rollupB := common.Address{0xa}, common.Address{0xb}
	reveals := []RevealRecord{{Trainer: common.Address{7}, WeightCommitment: common.Hash{8}, TraceRoot: common.Hash{9}}}
	base := RoundSeed(1, rollupA, l1, 3, 4, reveals)
	require.Equal(t, base, RoundSeed(1, rollupA, l1, 3, 4, reveals), "deterministic")
	for name, other := range map[string]common.Hash{
		"chain id":  RoundSeed(2, rollupA, l1, 3, 4, reveals),
		"rollup":    RoundSeed(1, rollupB, l1, 3, 4, reveals),
		"L1 hash":   RoundSeed(1, rollupA, common.Hash{2}, 3, 4, reveals),
		"MLSC":      RoundSeed(1, rollupA, l1, 4, 4, reveals),
		"round":     RoundSeed(1, rollupA, l1, 3, 5, reveals),
		"reveals":   RoundSeed(1, rollupA, l1, 3, 4, nil),
		"id/round":  RoundSeed(1, rollupA, l1, 4, 3, reveals),
		"no rollup": RoundSeed(1, common.Address{}, l1, 3, 4, reveals),
	} {
		require.NotEqual(t, base, other, name)
	}
}
