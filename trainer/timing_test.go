package trainer

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcapi"
)

func TestPlanRound(t *testing.T) {
	const s = time.Second
	for _, tc := range []struct {
		name       string
		epochs, n  int
		sps        float64
		eval       time.Duration
		blocksLeft uint64
		blockTime  time.Duration
		want       int
		reason     string
	}{
		{name: "all fit", epochs: 5, n: 60000, sps: 60000, eval: 10 * s, blocksLeft: 100, blockTime: 2 * s, want: 5},
		// 100 blocks × 1s = 100s; reserve 10s eval + 3s + 10s → 77s; 1s/epoch... capped at 20
		{name: "capped by the spec", epochs: 20, n: 60000, sps: 60000, eval: 10 * s, blocksLeft: 100, blockTime: s, want: 20},
		// 60s left, reserve 12+3+6 = 21s, 39s for 10s epochs → 3
		{name: "capped by time", epochs: 20, n: 60000, sps: 6000, eval: 12 * s, blocksLeft: 60, blockTime: s, want: 3},
		{name: "no epoch fits", epochs: 5, n: 60000, sps: 1000, eval: s, blocksLeft: 30, blockTime: s, want: 0,
			reason: "one epoch of 60000 examples takes ~1m0s at 1000 samples/s"},
		{name: "evaluation does not fit", epochs: 5, n: 60000, sps: 1e6, eval: 40 * s, blocksLeft: 30, blockTime: s, want: 0,
			reason: "less than the"},
		{name: "window closed", epochs: 5, n: 100, sps: 1e6, blocksLeft: 0, blockTime: s, want: 0, reason: "closes in 0 blocks"},
		{name: "block time unknown", epochs: 5, n: 100, sps: 1e6, blocksLeft: 3, want: 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := planRound(tc.epochs, tc.n, tc.sps, tc.eval, tc.blocksLeft, tc.blockTime)
			require.Equal(t, tc.want, p.Epochs, "%+v", p)
			if tc.reason != "" {
				require.Contains(t, p.Reason, tc.reason)
			} else {
				require.Empty(t, p.Reason)
			}
			if tc.blockTime > 0 && p.Epochs > 0 {
				spent := time.Duration(p.Epochs)*p.EpochTime + p.Reserve
				require.LessOrEqual(t, spent, p.Left, "the planned epochs and the reserve fit the window")
				start := time.Now()
				require.Equal(t, start.Add(p.Budget), p.Deadline(start))
			}
		})
	}
}

// fakeBlocks has blocks at a fixed period from time base.
type fakeBlocks struct {
	base   uint64
	period time.Duration
	calls  atomic.Int32
}

func (f *fakeBlocks) BlockTimestamp(_ context.Context, n uint64) (uint64, error) {
	f.calls.Add(1)
	return f.base + uint64(time.Duration(n)*f.period/time.Second), nil
}

func TestBlockClock(t *testing.T) {
	ctx := context.Background()
	t.Run("timestamps", func(t *testing.T) {
		c := &blockClock{blocks: &fakeBlocks{base: 1000, period: 2 * time.Second}}
		bt, from, err := c.blockTime(ctx, 5000)
		require.NoError(t, err)
		require.Equal(t, "timestamps", from)
		require.Equal(t, 2*time.Second, bt)
	})
	t.Run("sub-second blocks", func(t *testing.T) {
		c := &blockClock{blocks: &fakeBlocks{base: 1000, period: 250 * time.Millisecond}}
		bt, from, err := c.blockTime(ctx, 5000)
		require.NoError(t, err)
		require.Equal(t, "timestamps", from)
		require.InDelta(t, 250*time.Millisecond, bt, float64(5*time.Millisecond))
	})
	t.Run("young chain, observed", func(t *testing.T) {
		c := &blockClock{blocks: &fakeBlocks{base: 1000, period: 100 * time.Millisecond}}
		now := time.Now()
		c.observe(10, now)
		c.observe(30, now.Add(2*time.Second))
		bt, from, err := c.blockTime(ctx, 30) // timestamps span 3s: too coarse
		require.NoError(t, err)
		require.Equal(t, "observed", from)
		require.Equal(t, 100*time.Millisecond, bt)
	})
	t.Run("young chain, coarse", func(t *testing.T) {
		c := &blockClock{blocks: &fakeBlocks{base: 1000, period: 100 * time.Millisecond}}
		bt, from, err := c.blockTime(ctx, 11) // blocks 1..11 within 1s
		require.NoError(t, err)
		require.Equal(t, "timestamps (young chain)", from)
		require.Equal(t, 200*time.Millisecond, bt) // at most (1+1)s over 10 blocks
	})
	t.Run("no timestamps", func(t *testing.T) {
		c := &blockClock{}
		bt, from, err := c.blockTime(ctx, 11)
		require.NoError(t, err)
		require.Equal(t, "unknown", from)
		require.Zero(t, bt)
	})
}

func TestParseBytes(t *testing.T) {
	for in, want := range map[string]uint64{
		"0": 0, "1024": 1024, "512MiB": 512 << 20, "4GiB": 4 << 30, "4 GB": 4e9, "1.5G": 3 << 29, "2k": 2048,
		"100MB": 100e6, "7B": 7, "1tib": 1 << 40,
	} {
		got, err := ParseBytes(in)
		require.NoError(t, err, in)
		require.Equal(t, want, got, in)
	}
	for _, in := range []string{"", "GiB", "-1GiB", "lots", "1.5.2M", "1e30TiB"} {
		_, err := ParseBytes(in)
		require.Error(t, err, in)
	}
}

func TestCheckMemory(t *testing.T) {
	fmnist := &rollup.MLSCSpec{Layers: []uint32{784, 100, 10}, DatasetSize: 60000, BatchSize: 64}
	total, data := memoryNeed(fmnist, 64)
	require.Equal(t, uint64(60000*784*12+60000*128), data)
	require.Greater(t, total, data)
	require.NoError(t, checkMemory(fmnist, 64, 0), "no cap")
	require.NoError(t, checkMemory(fmnist, 64, 1<<30))
	err := checkMemory(fmnist, 64, 512<<20)
	require.ErrorIs(t, err, ErrMemory)
	for _, want := range []string{"needs about 548.1 MiB", "60000 examples × 784 inputs", "--max-memory is 512.0 MiB"} {
		require.ErrorContains(t, err, want)
	}

	cfg := testConfig(t.TempDir())
	require.ErrorContains(t, (&Config{DataDir: "x", PollInterval: 1, TxTimeout: 1, MaxMemory: 1 << 20}).Check(), "below the 64.0 MiB")
	d, err := New(cfg, Deps{Key: testKey(1), Sequencer: dummySeq{}, DA: newMemory()})
	require.NoError(t, err)
	defer d.Stop(context.Background())
	d.cfg.MaxMemory = 512 << 20 // train checks before it reads anything
	_, _, err = d.train(context.Background(), &rpcapi.MLSCView{MLSC: rollup.MLSC{ID: 1, Round: 1, Spec: *fmnist}})
	require.ErrorIs(t, err, ErrMemory)
}

// TestDaemonDropsStaleRound holds training of round 1 until the MLSC has
// moved on to round 2: the daemon drops round 1's work and claims round 2.
func TestDaemonDropsStaleRound(t *testing.T) {
	ctx := context.Background()
	c := newChain(t, 1, 1000)
	spec := testSpec(t, c.da, 64)
	spec.CommitBlocks, spec.RevealBlocks = 30, 10
	id := c.createMLSC(t, spec)
	d := newDaemon(t, c, c.keys[1], testConfig(t.TempDir()))
	var held atomic.Bool
	d.hook = func(point string, _ common.Hash) {
		if point != "epoch" || held.Swap(true) {
			return
		}
		require.Eventually(t, func() bool {
			m, err := c.client.MLSC(ctx, id)
			return err == nil && m.Round == 2
		}, 10*time.Second, 10*time.Millisecond)
		time.Sleep(5 * 30 * time.Millisecond) // a few polls: the loop notices
	}
	require.NoError(t, d.Start(ctx))
	defer d.Stop(ctx)
	waitClaim(t, d, id, 2, ClaimCommitted, 10*time.Second)
	for _, cl := range d.Health().Claims {
		require.NotEqual(t, uint64(1), cl.Round, "nothing claimed for the stale round")
	}
	r, err := c.client.Round(ctx, id, 1)
	require.NoError(t, err)
	require.Empty(t, r.Commits)
}

func TestEpochETA(t *testing.T) {
	for _, tc := range []struct {
		elapsed     time.Duration
		done, total int
		want        time.Duration
	}{
		{10 * time.Second, 1, 4, 30 * time.Second},
		{10 * time.Second, 2, 4, 10 * time.Second},
		{10 * time.Second, 4, 4, 0},
		{0, 0, 4, 0},
		{10 * time.Second, 5, 4, 0},
	} {
		if got := epochETA(tc.elapsed, tc.done, tc.total); got != tc.want {
			t.Errorf("epochETA(%s, %d, %d) = %s, want %s", tc.elapsed, tc.done, tc.total, got, tc.want)
		}
	}
}
