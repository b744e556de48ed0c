package trainer

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestUnstakeOnExit: a daemon with UnstakeOnExit stakes at start and
// releases its whole stake when it stops; Unstake with nothing staked sends
// nothing.
func TestUnstakeOnExit(t *testing.T) {
	ctx := context.Background()
	c := newChain(t, 1, 1000)
	c.createMLSC(t, testSpec(t, c.da, 16)) // waits for the deposits
	cfg := testConfig(t.TempDir())
	cfg.UnstakeOnExit = true
	cfg.MLSCs = []uint64{99} // follows nothing: no reveal locks the stake
	d := newDaemon(t, c, c.keys[1], cfg)
	require.NoError(t, d.Start(ctx))
	acc, err := c.client.Account(ctx, d.Address())
	require.NoError(t, err)
	require.Equal(t, int64(100), acc.Stake.ToInt().Int64())
	require.NoError(t, d.Stop(ctx))
	require.Eventually(t, func() bool {
		acc, err = c.client.Account(ctx, d.Address())
		return err == nil && acc.Stake.ToInt().Sign() == 0
	}, 10*time.Second, 20*time.Millisecond, "stake never released")
	require.Equal(t, int64(1000), acc.Balance.ToInt().Int64())
	rc, err := d.Unstake(ctx)
	require.NoError(t, err)
	require.Nil(t, rc)
}
