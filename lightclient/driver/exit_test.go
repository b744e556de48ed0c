package driver_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/l1/batchrecord"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/l1/simchain"
	"github.com/neuron-rollup/neuron/lightclient"
	"github.com/neuron-rollup/neuron/lightclient/driver"
	"github.com/neuron-rollup/neuron/lightclient/internal/testchain"
	"github.com/neuron-rollup/neuron/rollup"
)

// TestExitProofsFromL1AndDA: a real sequencer settles a chain on L1 and stops; after the
// exodus delay anyone enters exodus; each account's exit proof is rebuilt from L1 and DA
// alone (ReplayTo, BuildExitProof), equals what the sequencer's state holds, and the Bridge
// pays exactly that.
func TestExitProofsFromL1AndDA(t *testing.T) {
	ctx := context.Background()
	n := newNet(t)
	n.batches(2)
	l1 := driver.NewL1(n.l1, n.dep.Rollup.Address)
	batches, inExodus, err := l1.ExitBatches(ctx)
	require.NoError(t, err)
	require.False(t, inExodus)
	require.Equal(t, uint64(3), batches, "the funding batch and two more, all final (period 0)")

	require.NoError(t, n.l1.AdjustTime(deploy.DefaultExodusDelay+time.Second))
	admin := bind.NewKeyedTransactor(testchain.Key(100), big.NewInt(simchain.ChainID))
	send := func(c *bind.BoundContract, data []byte) *types.Receipt {
		tx, err := bind.Transact(c, admin, data)
		require.NoError(t, err)
		rc, err := bind.WaitMined(ctx, n.l1, tx.Hash())
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, rc.Status)
		return rc
	}
	rec, err := batchrecord.ForExodus(ctx, n.l1, n.dep.Rollup.Address, n.dep.Block)
	require.NoError(t, err)
	send(n.dep.Rollup.Instance, n.dep.Rollup.Binding.PackEnterExodus(rec))
	batches, inExodus, err = l1.ExitBatches(ctx)
	require.NoError(t, err)
	require.True(t, inExodus)
	require.Equal(t, uint64(3), batches)

	deps := driver.Deps{L1: l1, DA: n.da}
	cp, err := driver.ReplayTo(ctx, n.config(""), deps, batches)
	require.NoError(t, err)
	var want map[common.Address]rollup.Account
	require.NoError(t, n.c.Seq.View(func(st *rollup.State, _ *rollup.Header) error {
		want = map[common.Address]rollup.Account{}
		for i := range keys {
			want[testchain.Addr(i)] = st.Account(testchain.Addr(i))
		}
		require.Equal(t, st.Root(), cp.Head.StateRoot, "nothing happened after the last batch")
		return nil
	}))
	nrnOf := func(a common.Address) *big.Int {
		v, err := bind.Call(n.dep.NRN.Instance, nil, n.dep.NRN.Binding.PackBalanceOf(a), n.dep.NRN.Binding.UnpackBalanceOf)
		require.NoError(t, err)
		return v
	}
	for i := range keys {
		a := testchain.Addr(i)
		p, err := lightclient.BuildExitProof(cp, lightclient.ExitTarget{Account: a})
		require.NoError(t, err)
		require.NoError(t, lightclient.CheckExitProof(p))
		acc := want[a]
		require.Equal(t, new(uint256.Int).Add(acc.Balance, acc.Stake), p.Amount)
		before := nrnOf(a)
		send(n.dep.Bridge.Instance, n.dep.Bridge.Binding.PackExitAccount(a, p.ProofBytes()))
		require.Equal(t, p.Amount.ToBig(), new(big.Int).Sub(nrnOf(a), before), "account %d", i)

		forged := *p
		forged.Amount = new(uint256.Int).AddUint64(p.Amount, 1)
		require.Error(t, lightclient.CheckExitProof(&forged))
	}

	_, err = lightclient.BuildExitProof(cp, lightclient.ExitTarget{Account: common.Address{0xee}})
	require.ErrorIs(t, err, lightclient.ErrNoExit)
	_, err = driver.ReplayTo(ctx, n.config(""), deps, batches+1)
	require.ErrorIs(t, err, driver.ErrNotSettled)
}
