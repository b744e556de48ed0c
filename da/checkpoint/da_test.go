package checkpoint_test

import (
	"context"
	"errors"
	"testing"

	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/checkpoint"
	"github.com/neuron-rollup/neuron/da/chunked"
)

// TestPutGet stores a checkpoint of 318 010 parameters (1.27 MB, over kubo's
// 1 MiB block limit) and reads it back; no DA object it writes is over 1 MiB.
func TestPutGet(t *testing.T) {
	ctx := context.Background()
	s := mlp.Shape{Layers: []int{784, 400, 10}, Loss: mlp.CrossEntropy}
	w := make([]float32, s.ParamCount())
	for i := range w {
		w[i] = float32(i%1000) / 1000
	}
	c := &checkpoint.Checkpoint{Shape: s, Step: 7, TrainLoss: 0.25, Weights: w}
	store := da.NewMemory()
	id, err := checkpoint.Put(ctx, store, c)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := store.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	m, err := chunked.DecodeManifest(raw)
	if err != nil {
		t.Fatal(err)
	}
	if want := checkpoint.EncodedSize(s); m.Size != int64(want) || len(m.Chunks) != 2 {
		t.Fatalf("manifest: %d bytes in %d chunks, want %d bytes in 2", m.Size, len(m.Chunks), want)
	}
	got, err := checkpoint.Get(ctx, store, id)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Shape.Equal(s) || got.Step != 7 || got.TrainLoss != 0.25 || len(got.Weights) != len(w) || got.Weights[999] != w[999] {
		t.Fatalf("Get returned %s step %d", got.Shape, got.Step)
	}
}

// TestGetErrors separates content that is no checkpoint (ErrFormat) from a
// store that lacks it (da.ErrNotFound, not ErrFormat).
func TestGetErrors(t *testing.T) {
	ctx := context.Background()
	store := da.NewMemory()
	whole, err := checkpoint.Encode(golden())
	if err != nil {
		t.Fatal(err)
	}
	notChunked, err := store.Put(ctx, whole) // a checkpoint stored whole, not through Put
	if err != nil {
		t.Fatal(err)
	}
	trace, err := chunked.Put(ctx, store, []byte("NRNT not a checkpoint"))
	if err != nil {
		t.Fatal(err)
	}
	huge := &chunked.Manifest{Size: checkpoint.MaxEncodedSize + 1}
	huge.Chunks = make([]chunked.Chunk, (huge.Size+chunked.ChunkSize-1)/chunked.ChunkSize)
	for i := range huge.Chunks {
		huge.Chunks[i].Size = chunked.ChunkSize
	}
	huge.Chunks[len(huge.Chunks)-1].Size = int(huge.Size % chunked.ChunkSize)
	hraw, err := chunked.EncodeManifest(huge)
	if err != nil {
		t.Fatal(err)
	}
	tooLarge, err := store.Put(ctx, hraw)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name      string
		id        cid.Cid
		format    bool
		wantOther error
	}{
		{"stored whole", notChunked, true, chunked.ErrFormat},
		{"not a checkpoint", trace, true, nil},
		{"over the largest shape", tooLarge, true, da.ErrTooLarge},
		{"missing", da.Sum([]byte("nothing")), false, da.ErrNotFound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := checkpoint.Get(ctx, store, tc.id)
			if errors.Is(err, checkpoint.ErrFormat) != tc.format {
				t.Fatalf("err = %v; want ErrFormat wrapped: %v", err, tc.format)
			}
			if tc.wantOther != nil && !errors.Is(err, tc.wantOther) {
				t.Fatalf("err = %v, want it to wrap %v", err, tc.wantOther)
			}
		})
	}
}
