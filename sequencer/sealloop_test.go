package sequencer

import (
	"context"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/da"
)

// stallingDA holds every Put until release is closed, like a DA node that
// has stopped answering.
type stallingDA struct {
	da.Store
	entered chan struct{}
	release chan struct{}
}

func (s *stallingDA) Put(ctx context.Context, data []byte) (cid.Cid, error) {
	select {
	case s.entered <- struct{}{}:
	default:
	}
	select {
	case <-s.release:
	case <-ctx.Done():
		return cid.Undef, ctx.Err()
	}
	return s.Store.Put(ctx, data)
}

// TestSlowDADoesNotStallBlocks: batches are sealed off the block loop, so
// a DA node that hangs on a put delays batches, not blocks; once it
// answers, every due batch is sealed.
func TestSlowDADoesNotStallBlocks(t *testing.T) {
	store := &stallingDA{Store: da.NewMemory(), entered: make(chan struct{}, 1), release: make(chan struct{})}
	cfg := testConfig(t.TempDir())
	cfg.BatchBlocks = 1
	s, err := New(cfg, Deps{DA: store, L1: funding(testKeys(2), 1000)})
	require.NoError(t, err)
	ctx := context.Background()
	require.NoError(t, s.Start(ctx))
	t.Cleanup(func() { require.NoError(t, s.Stop(ctx)) })

	select {
	case <-store.entered: // the first batch (the deposits' block) is being put
	case <-time.After(10 * time.Second):
		t.Fatal("no batch was sealed")
	}
	stuckAt := s.Head().Number
	require.Eventually(t, func() bool { return s.Head().Number >= stuckAt+10 }, 10*time.Second, 5*time.Millisecond,
		"blocks must go on while DA hangs (head stayed at %d)", stuckAt)
	sealed, _, err := s.Store().NextBatch()
	require.NoError(t, err)
	require.Zero(t, sealed, "nothing is sealed while DA hangs")

	close(store.release)
	require.Eventually(t, func() bool {
		n, _, err := s.Store().NextBatch()
		return err == nil && n >= 1
	}, 10*time.Second, 5*time.Millisecond, "the due batch is sealed once DA answers")
}
