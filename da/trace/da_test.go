package trace

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/chunked"
)

var update = flag.Bool("update", false, "rewrite testdata/ golden files")

// TestPutGet stores a trace of 200 000 losses (1.6 MB, over kubo's 1 MiB
// block limit) as two chunks and reads it back.
func TestPutGet(t *testing.T) {
	ctx := context.Background()
	losses := make([]uint64, 200_000)
	for i := range losses {
		losses[i] = uint64(i) * 977
	}
	store := da.NewMemory()
	id, err := Put(ctx, store, losses)
	require.NoError(t, err)
	raw, err := store.Get(ctx, id)
	require.NoError(t, err)
	m, err := chunked.DecodeManifest(raw)
	require.NoError(t, err)
	require.Len(t, m.Chunks, 2)
	got, err := Get(ctx, store, id)
	require.NoError(t, err)
	require.Equal(t, losses, got)

	notTrace, err := chunked.Put(ctx, store, []byte("NRNC a checkpoint"))
	require.NoError(t, err)
	_, err = Get(ctx, store, notTrace)
	require.ErrorIs(t, err, ErrFormat)
	whole, err := Encode([]uint64{1, 2})
	require.NoError(t, err)
	wholeID, err := store.Put(ctx, whole) // stored whole, not through Put
	require.NoError(t, err)
	_, err = Get(ctx, store, wholeID)
	require.ErrorIs(t, err, ErrFormat)
	_, err = Get(ctx, store, da.Sum([]byte("missing")))
	require.ErrorIs(t, err, da.ErrNotFound)
	require.False(t, errors.Is(err, ErrFormat), "a missing trace is not a bad one")
}

func TestGolden(t *testing.T) {
	path := filepath.Join("testdata", "golden-4.trace")
	b, err := Encode([]uint64{0, 1, 1 << 40, 7})
	require.NoError(t, err)
	if *update {
		require.NoError(t, os.WriteFile(path, b, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create it")
	require.True(t, bytes.Equal(b, want), "Encode differs from %s: the format changed; bump Version and document it", path)
}
