package sequencer

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/rollup"
)

// TestAdmissionChargesFees: with L2 fees on, admission wants the amount and
// the fee (rollup.Config.Cost) on top of the sender's pending costs, and the
// block charges the fee.
func TestAdmissionChargesFees(t *testing.T) {
	ctx := context.Background()
	keys := testKeys(2)
	cfg := testConfig(t.TempDir())
	cfg.Chain.Fees = rollup.FeeRule{PerTx: uint256.NewInt(1000), PerByte: uint256.NewInt(1), BurnBps: rollup.BasisPoints}
	s, err := New(cfg, Deps{DA: da.NewMemory(), L1: funding(keys, 10_000)})
	require.NoError(t, err)
	t.Cleanup(func() { _ = s.Stop(ctx) })
	require.NoError(t, s.syncL1(ctx))
	_, err = s.ProduceBlock(ctx)
	require.NoError(t, err)
	from, to := keys[0], crypto.PubkeyToAddress(keys[1].PublicKey)

	all := transfer(t, from, 0, to, 10_000) // the whole balance: no room for the fee
	_, err = s.SendTx(ctx, all.Encode())
	require.ErrorIs(t, err, ErrCannotPay)

	first := transfer(t, from, 0, to, 5_000)
	fee := cfg.Chain.Fee(first).Uint64()
	_, err = s.SendTx(ctx, first.Encode())
	require.NoError(t, err)
	// A second one fits the balance alone but not with the first one's cost.
	second := transfer(t, from, 1, to, 10_000-5_000-fee)
	_, err = s.SendTx(ctx, second.Encode())
	require.ErrorIs(t, err, ErrCannotPay)
	third := transfer(t, from, 1, to, 10_000-5_000-2*fee-1)
	_, err = s.SendTx(ctx, third.Encode())
	require.NoError(t, err)
	blk, err := s.ProduceBlock(ctx)
	require.NoError(t, err)
	require.Len(t, blk.Txs, 2)
	var bal *uint256.Int
	require.NoError(t, s.View(func(st *rollup.State, _ *rollup.Header) error {
		bal = st.Account(crypto.PubkeyToAddress(from.PublicKey)).Balance
		return nil
	}))
	require.Equal(t, uint64(10_000-5_000-fee-(10_000-5_000-2*fee-1)-cfg.Chain.Fee(third).Uint64()), bal.Uint64())
}
