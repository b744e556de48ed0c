package challenge_test

import (
	"context"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/l1/batchrecord"
	"github.com/neuron-rollup/neuron/lightclient/challenge"
	"github.com/neuron-rollup/neuron/lightclient/internal/testchain"
	"github.com/neuron-rollup/neuron/rollup"
)

// longBatches seals the funding deposits' blocks into batch 0, then batch 1 of `blocks`
// blocks of three transfers each (4 steps a block) and batch 2 of one transfer, and settles
// them.
func (n *net) longBatches(blocks int) {
	c := n.c
	c.Seal()
	for range blocks {
		c.Step(c.Transfer(0, 1, 10), c.Transfer(1, 2, 5), c.Transfer(2, 0, 1))
	}
	c.Seal()
	c.Step(c.Transfer(0, 2, 1))
	c.Seal()
	c.Post()
}

// TestWatchBisectsHiddenTrace: the sequencer publishes batch 1's data with its honest trace
// but commits on L1 to a stepRoot over other leaves, wrong from the middle on, and to the
// state root they end in. The watcher cannot open the published trace against stepRoot; it
// requests the committed leaves in rounds (two for a trace longer than 16 steps), and either
// the liar reveals them, and the first wrong step is challenged with the revealed leaves
// before it and at it (challengeStep) and batches 1-2 are removed, or the liar never reveals
// and the watcher removes them after the deadline. The sequencer's bond goes to the watcher
// either way. When the hidden trace is wrong only in the middle and its last leaf is right but
// the header's withdrawal root is not, one round reveals the last leaf and challengeEnd with it
// removes the batches. When the first wrong leaf commits to another input than the data's step
// there, or to another place in the data, or the trace stops a step short of the data's (its
// last leaf right), the watcher removes the batches with a leaf-data proof
// (DataChallenge.proveLeafInput, proveLeafOrder, proveLeafEnd) instead of challengeStep.
func TestWatchBisectsHiddenTrace(t *testing.T) {
	for _, tc := range []struct {
		name   string
		how    lie
		blocks int
		reveal bool
		rounds int
		step   int // the step challenged; -1: the end; -2: a leaf-data proof removes the batch
	}{
		{"short trace, revealed", hiddenTrace, 3, true, 1, 7},
		{"long trace, revealed", hiddenTrace, 16, true, 2, 33},
		{"long trace, never revealed", hiddenTrace, 16, false, 1, 0},
		{"wrong end, revealed", hiddenEnd, 16, true, 1, -1},
		{"wrong leaf over another input", hiddenInput, 16, true, 2, -2},
		{"wrong leaf at another offset", hiddenPlace, 16, true, 2, -2},
		{"a step short", hiddenShort, 16, true, 1, -2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := newNet(t, 1, tc.how)
			n.longBatches(tc.blocks)
			require.Equal(t, uint64(3), n.batchCount())
			committed := n.poster.committed[1]
			steps := len(committed)
			want := 4 * tc.blocks
			if tc.how == hiddenShort {
				want--
			}
			require.Equal(t, want, steps)
			game, err := challenge.NewDAGame(context.Background(), n.l1, n.dep.Rollup.Address, n.dep.Block)
			require.NoError(t, err)
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			var wg sync.WaitGroup
			defer func() { cancel(); wg.Wait() }()
			l := &lines{t: t}
			wg.Add(1)
			go func() { // the liar answers every request with its committed leaves, or lets the clock run
				defer wg.Done()
				for ctx.Err() == nil {
					time.Sleep(20 * time.Millisecond)
					rec, err := batchrecord.Read(ctx, n.l1, n.dep.Rollup.Address, n.dep.Block, 1)
					if err != nil || rec.StepRoot != rollup.StepTreeRoot(rollup.LeafHashes(committed)) {
						continue // removed
					}
					var open []uint64
					for s := range uint64(steps) {
						if st, _, err := game.LeafState(ctx, rec, s); err == nil && st == challenge.LeafOpen {
							open = append(open, s)
						}
					}
					switch {
					case len(open) == 0:
					case !tc.reveal:
						_ = n.l1.AdjustTime(16 * time.Minute) // the resolve window is 15 minutes (F = 1 h)
						return
					default:
						for part := range chunks(open, challenge.MaxLeavesPerRequest) {
							rcpt, err := game.RevealLeaves(ctx, opts(testchain.Key(101)), rec, committed, part)
							if err != nil && ctx.Err() == nil {
								t.Errorf("reveal %v: %v", part, err)
								return
							}
							l.out("liar revealed " + big.NewInt(int64(len(part))).String() + " leaves: " + big.NewInt(int64(rcpt.GasUsed)).String() + " gas")
						}
					}
				}
			}()
			who := crypto.PubkeyToAddress(n.challenger.PublicKey)
			out, err := challenge.Watch(ctx, challenge.WatchConfig{Driver: n.driverConfig(filepath.Join(t.TempDir(), "snap")), Rollup: n.dep.Rollup.Address},
				challenge.WatchDeps{L1: n.l1, DA: n.da, Opts: opts(n.challenger), Out: l.out})
			require.NoError(t, err)
			require.Equal(t, uint64(1), out.Report.Batch)
			t.Logf("divergence: %v", out.Report)
			b := out.Bisection
			require.NotNil(t, b)
			require.Equal(t, tc.rounds, b.Rounds)
			t.Logf("%d steps: %d rounds, %d leaves requested", steps, b.Rounds, len(b.Requested))
			switch {
			case tc.step == -2:
				require.Nil(t, out.Challenge)
				require.NotNil(t, b.Removed)
				require.NotEmpty(t, b.LeafData)
				t.Logf("leaf-data proof: %s, %d gas", b.LeafData, b.GasUsed)
			case tc.reveal:
				require.NotNil(t, out.Challenge)
				require.Equal(t, tc.step, out.Challenge.Step, out.Challenge.Reason)
			default:
				require.Nil(t, out.Challenge)
				require.NotNil(t, b.Removed)
			}
			require.Equal(t, uint64(1), out.Removed.Index)
			require.Equal(t, uint64(2), out.Removed.Count)
			require.Equal(t, who, out.Removed.Challenger)
			require.Zero(t, out.Removed.Paid.Cmp(bond))
			require.Equal(t, uint64(1), n.batchCount())
		})
	}
}

func chunks(s []uint64, k int) func(func([]uint64) bool) {
	return func(yield func([]uint64) bool) {
		for len(s) > 0 {
			m := min(k, len(s))
			if !yield(s[:m]) {
				return
			}
			s = s[m:]
		}
	}
}

// TestSequencerRevealsLeaves: a challenger requests every leaf of an honest batch (two
// requests); the sequencer's RevealOpen reveals them all from its DA store in one pass, and
// nothing more on the next; the leaves read back from L1 are the batch's published trace; the
// requester gets its bonds back less the revealer's pay, which covers the reveals' cost.
func TestSequencerRevealsLeaves(t *testing.T) {
	n := newNet(t, ^uint64(0), honest)
	n.longBatches(5)
	ctx := context.Background()
	game, err := challenge.NewDAGame(ctx, n.l1, n.dep.Rollup.Address, n.dep.Block)
	require.NoError(t, err)
	rec := recordOfTest(n, 1)
	all := make([]uint64, rec.StepCount)
	for i := range all {
		all[i] = uint64(i)
	}
	rcpts, err := game.RequestLeaves(ctx, opts(n.challenger), rec, all)
	require.NoError(t, err)
	require.Len(t, rcpts, 2)
	seq := crypto.PubkeyToAddress(testchain.Key(101).PublicKey)
	sb, err := n.l1.BalanceAt(ctx, seq, nil)
	require.NoError(t, err)
	l := &lines{t: t}
	got, err := game.RevealOpen(ctx, n.da, opts(testchain.Key(101)), l.out)
	require.NoError(t, err)
	require.Equal(t, len(all), got)
	got, err = game.RevealOpen(ctx, n.da, opts(testchain.Key(101)), l.out)
	require.NoError(t, err)
	require.Zero(t, got)
	sa, err := n.l1.BalanceAt(ctx, seq, nil)
	require.NoError(t, err)
	require.True(t, sa.Cmp(sb) >= 0, "the revealer's pay (%v -> %v) covers its transactions", sb, sa)

	_, data, _ := n.batch(1)
	b, err := rollup.DecodeBatch(data)
	require.NoError(t, err)
	leaves, err := rollup.BatchLeaves(b)
	require.NoError(t, err)
	revealed, err := game.Revealed(ctx, rec)
	require.NoError(t, err)
	require.Len(t, revealed, len(leaves))
	for i := range leaves {
		r := revealed[uint64(i)]
		require.Equal(t, leaves[i].Hash(), r.Leaf.Hash(), "leaf %d", i)
	}
	for _, s := range all {
		st, _, err := game.LeafState(ctx, rec, s)
		require.NoError(t, err)
		require.Equal(t, challenge.LeafRevealed, st)
	}
	require.Equal(t, uint64(3), n.batchCount())
}

// TestBisectWidth: two rounds of BisectWidth leaves narrow any trace to one step.
func TestBisectWidth(t *testing.T) {
	for _, n := range []uint64{1, 16, 17, 100, 1000, 40_000, 1 << 20} {
		w := uint64(challenge.BisectWidth(n))
		require.GreaterOrEqual(t, w, uint64(16))
		require.GreaterOrEqual(t, w*w+w, n, "n %d: width %d", n, w) // round 1 leaves gaps < n/w, round 2 reveals a gap
		t.Logf("%8d steps: %4d leaves a round (%d requests), at most 2 rounds", n, w, (w+15)/16)
	}
}
