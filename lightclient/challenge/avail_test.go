package challenge_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/l1/batchrecord"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/lightclient"
	"github.com/neuron-rollup/neuron/lightclient/challenge"
	"github.com/neuron-rollup/neuron/lightclient/internal/testchain"
)

// withholding is the watcher's view of DA when the sequencer withholds some batches: a
// store that answers ErrNotFound for them.
type withholding struct {
	da.Store
	hidden map[cid.Cid]bool
}

func (w *withholding) Get(ctx context.Context, c cid.Cid) ([]byte, error) {
	if w.hidden[c] {
		return nil, fmt.Errorf("%w: %s (withheld)", da.ErrNotFound, c)
	}
	return w.Store.Get(ctx, c)
}

// withhold hides batch i's data from the watcher.
func (n *net) withhold(i uint64) *withholding {
	rec, _, _ := n.batch(i)
	c, err := cid.Cast(rec.CID)
	require.NoError(n.t, err)
	return &withholding{Store: n.da, hidden: map[cid.Cid]bool{c: true}}
}

// lines collects the watcher's output and says when one contains a string.
type lines struct {
	mu  sync.Mutex
	all []string
	t   *testing.T
}

func (l *lines) out(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.all = append(l.all, s)
	l.t.Log(s)
}

func (l *lines) has(sub string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, s := range l.all {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// TestWatchRemovesWithheldBatch: the sequencer withholds batch 1 (of 3) from DA, or commits on
// L1 to other bytes than it put there, and never resolves: the watcher challenges its chunk 0,
// and once the resolve window has passed removes it and batch 2; the sequencer's bond goes to
// the watcher.
func TestWatchRemovesWithheldBatch(t *testing.T) {
	for _, tc := range []struct {
		name     string
		how      lie
		withhold bool
	}{{"withheld", honest, true}, {"data hash of other bytes", dataHash, false}} {
		t.Run(tc.name, func(t *testing.T) {
			n := newNet(t, 1, tc.how)
			n.batches(2)
			var store da.Store = n.da
			if tc.withhold {
				store = n.withhold(1)
			}
			game, err := challenge.NewDAGame(context.Background(), n.l1, n.dep.Rollup.Address, n.dep.Block)
			require.NoError(t, err)
			record := recordOfTest(n, 1)
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			var wg sync.WaitGroup
			defer func() { cancel(); wg.Wait() }()
			l := &lines{t: t}
			wg.Add(1)
			go func() { // the sequencer (unless it withholds) tries to resolve; once chunk 0 is challenged, the clock passes the window
				defer wg.Done()
				for ctx.Err() == nil {
					if !tc.withhold {
						if _, err := game.ResolveOpen(ctx, n.da, opts(testchain.Key(101)), l.out); err != nil && ctx.Err() == nil {
							t.Errorf("resolve: %v", err)
							return
						}
					}
					st, _, err := game.State(ctx, record, 0)
					if err == nil && st == challenge.ChunkOpen {
						_ = n.l1.AdjustTime(16 * time.Minute) // the resolve window is 15 minutes (F = 1 h)
						return
					}
					time.Sleep(20 * time.Millisecond)
				}
			}()
			who := crypto.PubkeyToAddress(n.challenger.PublicKey)
			out, err := challenge.Watch(ctx, challenge.WatchConfig{Driver: n.driverConfig(filepath.Join(t.TempDir(), "snap")), Rollup: n.dep.Rollup.Address},
				challenge.WatchDeps{L1: n.l1, DA: store, Opts: opts(n.challenger), Out: l.out})
			require.NoError(t, err)
			require.NotNil(t, out.Unavailable)
			require.Nil(t, out.Challenge)
			u := out.Unavailable
			require.Equal(t, uint64(1), u.Batch)
			require.Equal(t, []uint64{0}, u.Challenged)
			require.Equal(t, uint64(1), u.Removed.Index)
			require.Equal(t, uint64(2), u.Removed.Count)
			require.Equal(t, who, u.Removed.Challenger)
			require.Zero(t, u.Removed.Paid.Cmp(bond))
			require.Equal(t, uint64(1), n.batchCount())
			t.Logf("removal: %d gas", u.GasUsed)
		})
	}
}

// recordOfTest is batch i's standing record, read as a claimant would.
func recordOfTest(n *net, i uint64) bindings.RollupBatch {
	b, err := batchrecord.Read(context.Background(), n.l1, n.dep.Rollup.Address, n.dep.Block, i)
	require.NoError(n.t, err)
	return b
}

// TestWatchReadsResolvedData: batch 1's data is withheld from DA but the sequencer resolves
// every challenge from its own store (DAGame.ResolveOpen, as nrn resolve-da does): the
// watcher reads the chunks back from L1 calldata and verifies batch 1 and 2, and nothing is
// removed. When the resolved data shows a wrong state root, the watcher goes on to the fault
// proof and removes the batch with it.
func TestWatchReadsResolvedData(t *testing.T) {
	for _, tc := range []struct {
		name string
		how  lie
	}{{"honest", honest}, {"wrong state root", stateRoot}} {
		t.Run(tc.name, func(t *testing.T) {
			n := newNet(t, 1, tc.how)
			n.batches(2)
			store := n.withhold(1)
			game, err := challenge.NewDAGame(context.Background(), n.l1, n.dep.Rollup.Address, n.dep.Block)
			require.NoError(t, err)
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			var wg sync.WaitGroup
			defer func() { cancel(); wg.Wait() }()
			l := &lines{t: t}
			wg.Add(1)
			go func() { // the sequencer's resolver
				defer wg.Done()
				for ctx.Err() == nil {
					if _, err := game.ResolveOpen(ctx, n.da, opts(testchain.Key(101)), l.out); err != nil && ctx.Err() == nil {
						t.Errorf("resolve: %v", err)
						return
					}
					if tc.how == honest && l.has("batch 2 ok") {
						cancel()
						return
					}
					time.Sleep(20 * time.Millisecond)
				}
			}()
			out, err := challenge.Watch(ctx, challenge.WatchConfig{Driver: n.driverConfig(filepath.Join(t.TempDir(), "snap")), Rollup: n.dep.Rollup.Address},
				challenge.WatchDeps{L1: n.l1, DA: store, Opts: opts(n.challenger), Out: l.out})
			require.NoError(t, err)
			require.True(t, l.has("chunks read back from L1 resolutions"))
			if tc.how == honest {
				require.Nil(t, out) // ran until stopped
				require.True(t, l.has("batch 2 ok"))
				require.Equal(t, uint64(3), n.batchCount())
				return
			}
			require.ErrorIs(t, out.Report, lightclient.ErrStateRoot)
			require.Equal(t, []uint64{0}, out.Unavailable.Challenged)
			require.Equal(t, uint64(1), out.Removed.Index)
			require.Equal(t, uint64(1), n.batchCount())
		})
	}
}
