package challenge_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/l1/batchrecord"
	"github.com/neuron-rollup/neuron/lightclient/challenge"
	"github.com/neuron-rollup/neuron/lightclient/internal/testchain"
)

// countingL1 is the simulated L1 with the block ranges of every FilterLogs query of
// DataChallenge's events recorded.
type countingL1 struct {
	challenge.Backend
	mu     sync.Mutex
	dc     common.Address
	ranges [][2]uint64
}

func (c *countingL1) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.mu.Lock()
	if len(q.Addresses) == 1 && q.Addresses[0] == c.dc {
		r := [2]uint64{q.FromBlock.Uint64(), ^uint64(0)}
		if q.ToBlock != nil {
			r[1] = q.ToBlock.Uint64()
		}
		c.ranges = append(c.ranges, r)
	}
	c.mu.Unlock()
	return c.Backend.FilterLogs(ctx, q)
}

// take returns the ranges queried since the last take.
func (c *countingL1) take() [][2]uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	r := c.ranges
	c.ranges = nil
	return r
}

// TestResolverCursor: the resolver's scans of DataChallenge (DAGame.ResolveOpen and
// RevealOpen, what nrn resolve-da and the sequencer's --da-challenge.poll run) read events
// from a cursor, not from the deployment block, LogRange blocks a query. A resolver started
// after a chunk challenge and a leaf request were opened (its first scan starts at the first
// block of the last challengeWindow + resolveWindow, after the deployment) still answers them;
// while its store cannot answer, the challenge holds the cursor (more than reorgDepth blocks
// later it is still read); once both are answered the next poll reads only the latest blocks.
func TestResolverCursor(t *testing.T) {
	ctx := context.Background()
	n := newNet(t, ^uint64(0), honest)
	// Past the DA windows of the one-hour finalization period (F/2 + F/4) after deployment.
	require.NoError(t, n.l1.AdjustTime(time.Hour))
	n.batches(1)
	rec, err := batchrecord.Read(ctx, n.l1, n.dep.Rollup.Address, n.dep.Block, 1)
	require.NoError(t, err)
	griefer, err := challenge.NewDAGame(ctx, n.l1, n.dep.Rollup.Address, n.dep.Block)
	require.NoError(t, err)
	rcpt, err := griefer.Challenge(ctx, opts(n.challenger), rec, 0)
	require.NoError(t, err)
	at := rcpt.BlockNumber.Uint64()
	steps := []uint64{0, rec.StepCount - 1}
	_, err = griefer.RequestLeaves(ctx, opts(n.challenger), rec, steps)
	require.NoError(t, err)
	mine := func(k int) {
		for range k {
			n.l1.Commit()
		}
	}
	mine(10)

	l1 := &countingL1{Backend: n.l1}
	game, err := challenge.NewDAGame(ctx, l1, n.dep.Rollup.Address, n.dep.Block)
	require.NoError(t, err)
	l1.dc, game.LogRange = game.Address, 16
	sequencer := opts(testchain.Key(101))
	head := func() uint64 {
		h, err := n.l1.HeaderByNumber(ctx, nil)
		require.NoError(t, err)
		return h.Number.Uint64()
	}
	// check: the ranges are contiguous runs of at most LogRange blocks, one per scan, each
	// from its first block to a head no earlier than upTo; it returns each run's first block.
	check := func(ranges [][2]uint64, upTo uint64) []uint64 {
		t.Helper()
		var firsts []uint64
		for i, r := range ranges {
			require.LessOrEqual(t, r[0], r[1], "range %v", r)
			require.LessOrEqual(t, r[1]-r[0]+1, uint64(16), "range %v wider than LogRange", r)
			if i == 0 || ranges[i-1][1]+1 != r[0] {
				firsts = append(firsts, r[0])
				if i > 0 {
					require.GreaterOrEqual(t, ranges[i-1][1], upTo, "a scan ended before the head")
				}
			}
		}
		require.GreaterOrEqual(t, ranges[len(ranges)-1][1], upTo)
		return firsts
	}

	// A store without the batch: nothing answered, the challenge holds the cursor.
	got, err := game.ResolveOpen(ctx, da.NewMemory(), sequencer, nil)
	require.NoError(t, err)
	require.Zero(t, got)
	firsts := check(l1.take(), head())
	require.Len(t, firsts, 1)
	require.Greater(t, firsts[0], n.dep.Block, "the first scan starts after the deployment block")
	require.LessOrEqual(t, firsts[0], at, "the first scan holds the challenge")
	mine(80) // more than reorgDepth

	// The store that holds it: the chunk and both leaves are answered.
	h0 := head() // the resolution mines a block: the reveal scan sees h0 + 1
	got, err = game.ResolveOpen(ctx, n.da, sequencer, nil)
	require.NoError(t, err)
	require.Equal(t, 1, got)
	revealed, err := game.RevealOpen(ctx, n.da, sequencer, nil)
	require.NoError(t, err)
	require.Equal(t, len(steps), revealed)
	firsts = check(l1.take(), at)
	require.Len(t, firsts, 2)
	require.LessOrEqual(t, firsts[0], at, "the unanswered challenge held the cursor")
	require.Greater(t, firsts[0], n.dep.Block)
	st, _, err := griefer.State(ctx, rec, 0)
	require.NoError(t, err)
	require.Equal(t, challenge.ChunkResolved, st)

	// Answered: each scan's cursor moved to its head less reorgDepth (64) blocks, and the next
	// poll reads from there.
	mine(80)
	got, err = game.ResolveOpen(ctx, n.da, sequencer, nil)
	require.NoError(t, err)
	revealed, err = game.RevealOpen(ctx, n.da, sequencer, nil)
	require.NoError(t, err)
	require.Zero(t, got+revealed)
	now := head()
	firsts = check(l1.take(), now)
	require.Equal(t, []uint64{h0 + 1 - 64, h0 + 2 - 64}, firsts, "the polls read from the cursors")
	require.Greater(t, firsts[0], at, "a resolved challenge no longer holds the cursor")
	t.Logf("deployment in L1 block %d, challenge in %d; the last poll (head %d) read from blocks %v", n.dep.Block, at, now, firsts)
}
