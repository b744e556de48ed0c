package trainer

import (
	"context"
	"testing"
	"time"

	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/rollup"
)

// TestDaemonPaysFeeCap: on a chain with the L2 fee market on, the daemon
// signs every transaction (stake, commit, reveal) with the fee cap the
// sequencer suggests (nrn_estimateFee: twice the next base fee) without
// being told anything, and each pays its fee.
func TestDaemonPaysFeeCap(t *testing.T) {
	ctx := context.Background()
	floor := uint256.NewInt(1_000)
	c := newChainWith(t, 1, 1e15, func(cfg *rollup.Config) {
		cfg.Fees = rollup.FeeRule{MinBaseFee: floor, TargetUnits: 10_000_000, BurnBps: 5_000}
	})
	spec := testSpec(t, c.da, 96)
	id := c.createMLSC(t, spec)
	d := newDaemon(t, c, c.keys[1], testConfig(t.TempDir()))
	require.NoError(t, d.Start(ctx))
	defer d.Stop(ctx)
	waitClaim(t, d, id, 1, ClaimRevealed, 15*time.Second)

	head, err := c.client.BlockNumber(ctx)
	require.NoError(t, err)
	kinds := map[rollup.TxType]int{}
	for n := uint64(1); n <= head; n++ {
		b, err := c.client.Block(ctx, n, true)
		require.NoError(t, err)
		blk, err := rollup.DecodeBlock(b.Raw)
		require.NoError(t, err)
		for _, tx := range blk.Txs {
			if from, err := tx.Sender(testChainID); err != nil || from != d.Address() || tx.Type() == rollup.TxDeposit {
				continue
			}
			require.Equal(t, uint64(2_000), tx.FeeCap().Uint64(), "%s: the suggested cap, twice the idle base fee", tx.Type())
			rc, err := c.client.WaitTx(ctx, tx.Hash())
			require.NoError(t, err)
			require.Equal(t, rollup.FeeUnits(tx)*1_000, rc.Fee.Uint64(), "%s pays units x the base fee", tx.Type())
			kinds[tx.Type()]++
		}
	}
	require.Equal(t, map[rollup.TxType]int{rollup.TxStake: 1, rollup.TxCommit: 1, rollup.TxReveal: 1}, kinds)
}
