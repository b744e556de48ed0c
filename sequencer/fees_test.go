package sequencer

import (
	"context"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcclient"
)

// testFees is a fee market at a base fee of 1 wei per unit (its floor) that
// the tests' blocks never push up.
func testFees() rollup.FeeRule {
	return rollup.FeeRule{MinBaseFee: uint256.NewInt(1), TargetUnits: 10_000_000, BurnBps: rollup.BasisPoints}
}

// TestAdmissionChargesFees: with L2 fees on, admission wants the amount and
// the fee (rollup.Config.Cost: at the cap if the transaction has one) on top
// of the sender's pending costs, and the block charges the fee.
func TestAdmissionChargesFees(t *testing.T) {
	ctx := context.Background()
	keys := testKeys(2)
	cfg := testConfig(t.TempDir())
	cfg.Chain.Fees = testFees()
	s, err := New(cfg, Deps{DA: da.NewMemory(), L1: funding(keys, 100_000)})
	require.NoError(t, err)
	t.Cleanup(func() { _ = s.Stop(ctx) })
	require.NoError(t, s.syncL1(ctx))
	_, err = s.ProduceBlock(ctx)
	require.NoError(t, err)
	from, to := keys[0], crypto.PubkeyToAddress(keys[1].PublicKey)
	base := uint256.NewInt(1)

	all := transfer(t, from, 0, to, 100_000) // the whole balance: no room for the fee
	_, err = s.SendTx(ctx, all.Encode())
	require.ErrorIs(t, err, ErrCannotPay)

	first := transfer(t, from, 0, to, 50_000)
	fee := cfg.Chain.Fee(first, base).Uint64()
	_, err = s.SendTx(ctx, first.Encode())
	require.NoError(t, err)
	// A second one fits the balance alone but not with the first one's cost.
	second := transfer(t, from, 1, to, 100_000-50_000-fee)
	_, err = s.SendTx(ctx, second.Encode())
	require.ErrorIs(t, err, ErrCannotPay)
	// A capped one is budgeted at its cap: 3 wei a unit does not fit where the base fee would.
	amt := uint64(100_000 - 50_000 - 2*fee - 1)
	capped, err := rollup.SignTxCap(&rollup.Transfer{Nonce: 1, To: to, Amount: uint256.NewInt(amt)}, testChainID, uint256.NewInt(3), from)
	require.NoError(t, err)
	_, err = s.SendTx(ctx, capped.Encode())
	require.ErrorIs(t, err, ErrCannotPay)
	third := transfer(t, from, 1, to, amt)
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
	require.Equal(t, 100_000-50_000-fee-amt-cfg.Chain.Fee(third, base).Uint64(), bal.Uint64())
}

// TestEstimateFee: nrn_estimateFee through rpcclient gives the next block's
// base fee, a cap of twice it and a transaction's units and fee; a wallet
// that signs with that cap (SignWithFeeCap) is admitted and pays the
// estimate; one whose cap is below the base fee is refused at admission with
// ErrFeeCap, through the RPC's error code, naming both numbers.
func TestEstimateFee(t *testing.T) {
	ctx := context.Background()
	keys := testKeys(2)
	cfg := testConfig(t.TempDir())
	cfg.Chain.Fees = rollup.FeeRule{MinBaseFee: uint256.NewInt(1_000), TargetUnits: 10_000_000, BurnBps: 5_000}
	s, err := New(cfg, Deps{DA: da.NewMemory(), L1: funding(keys, 1e15)})
	require.NoError(t, err)
	t.Cleanup(func() { _ = s.Stop(ctx) })
	require.NoError(t, s.syncL1(ctx))
	_, err = s.ProduceBlock(ctx)
	require.NoError(t, err)
	h, err := NewRPCHandler(s)
	require.NoError(t, err)
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	c, err := rpcclient.Dial(ctx, srv.URL)
	require.NoError(t, err)
	t.Cleanup(c.Close)

	est, err := c.EstimateFee(ctx, nil)
	require.NoError(t, err)
	require.Equal(t, int64(1_000), est.BaseFee.ToInt().Int64())
	require.Equal(t, int64(1_000), est.NextBaseFee.ToInt().Int64(), "an idle chain stays at the floor")
	require.Equal(t, int64(2_000), est.FeeCap.ToInt().Int64())
	require.Nil(t, est.Units)

	to := crypto.PubkeyToAddress(keys[1].PublicKey)
	tx, err := c.SignWithFeeCap(ctx, keys[0], testChainID, &rollup.Transfer{Nonce: 0, To: to, Amount: uint256.NewInt(7)})
	require.NoError(t, err)
	require.Equal(t, uint64(2_000), tx.FeeCap().Uint64())
	est, err = c.EstimateFee(ctx, tx)
	require.NoError(t, err)
	require.Equal(t, rollup.FeeUnits(tx), uint64(*est.Units))
	require.Equal(t, int64(rollup.FeeUnits(tx)*1_000), est.Fee.ToInt().Int64())
	require.Equal(t, int64(rollup.FeeUnits(tx)*2_000), est.MaxFee.ToInt().Int64())
	hash, err := c.SendTx(ctx, tx)
	require.NoError(t, err)
	_, err = s.ProduceBlock(ctx)
	require.NoError(t, err)
	rc, err := c.WaitTx(ctx, hash)
	require.NoError(t, err)
	require.Equal(t, est.Fee.ToInt(), rc.Fee.ToBig(), "it paid the estimate")

	low, err := rollup.SignTxCap(&rollup.Transfer{Nonce: 1, To: to, Amount: uint256.NewInt(7)}, testChainID, uint256.NewInt(999), keys[0])
	require.NoError(t, err)
	_, err = c.SendTx(ctx, low)
	require.ErrorIs(t, err, rollup.ErrFeeCap)
	require.ErrorContains(t, err, "cap is 999 wei per unit, the next block's base fee is 1000")
}
