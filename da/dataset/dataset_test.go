package dataset_test

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/merkle"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/trainer/idx"
)

func examples(n, width, classes int, seed uint64) []mlp.Example {
	r := rand.New(rand.NewPCG(seed, 1))
	out := make([]mlp.Example, n)
	for i := range out {
		x := make([]int64, width)
		for j := range x {
			switch r.IntN(3) {
			case 0: // zero, like background pixels
			case 1:
				x[j] = fixedpoint.QuantizePixel(uint8(r.IntN(256)))
			default:
				x[j] = r.Int64N(fixedpoint.MaxValue-fixedpoint.MinValue+1) + fixedpoint.MinValue
			}
		}
		out[i] = mlp.Example{X: x, Label: r.IntN(classes)}
	}
	return out
}

func equal(a, b []mlp.Example) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Label != b[i].Label || len(a[i].X) != len(b[i].X) {
			return false
		}
		for j := range a[i].X {
			if a[i].X[j] != b[i].X[j] {
				return false
			}
		}
	}
	return true
}

func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name       string
		n, width   int
		opts       dataset.Options
		wantChunks int
	}{
		{"one", 1, 3, dataset.Options{}, 1},
		{"by count", 100, 4, dataset.Options{Classes: 10, ChunkExamples: 30}, 4},
		{"by bytes", 50, 100, dataset.Options{ChunkBytes: 2000}, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			store := da.NewMemory()
			exs := examples(tc.n, tc.width, 10, 1)
			c, err := dataset.Write(ctx, store, exs, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			got, m, err := dataset.Read(ctx, store, c)
			if err != nil {
				t.Fatal(err)
			}
			if !equal(got, exs) {
				t.Fatal("examples differ after the round trip")
			}
			if m.N != tc.n || m.Width != tc.width || m.FracBits != fixedpoint.FracBits {
				t.Fatalf("manifest %+v", m)
			}
			if tc.wantChunks > 0 && len(m.Chunks) != tc.wantChunks {
				t.Fatalf("%d chunks, want %d", len(m.Chunks), tc.wantChunks)
			}
			max := tc.opts.ChunkBytes
			if max == 0 {
				max = dataset.DefaultChunkBytes
			}
			for i, ch := range m.Chunks {
				raw, _ := store.Get(ctx, ch.CID)
				if len(raw) > max && ch.Count > 1 {
					t.Fatalf("chunk %d is %d bytes, over %d", i, len(raw), max)
				}
			}
			for _, i := range []int{0, tc.n / 2, tc.n - 1} {
				e, err := m.ReadExample(ctx, store, i)
				if err != nil || !equal([]mlp.Example{e}, exs[i:i+1]) {
					t.Fatalf("ReadExample(%d) = %v, %v", i, e, err)
				}
			}
			// Same examples, same CID.
			if c2, _ := dataset.Write(ctx, da.NewMemory(), exs, tc.opts); !c2.Equals(c) {
				t.Fatal("Write is not deterministic")
			}
		})
	}
}

func TestWriteErrors(t *testing.T) {
	ctx := context.Background()
	good := examples(3, 4, 3, 2)
	for name, tc := range map[string]struct {
		exs  []mlp.Example
		opts dataset.Options
	}{
		"empty":       {nil, dataset.Options{}},
		"ragged":      {append(good[:2:2], mlp.Example{X: []int64{1}}), dataset.Options{}},
		"label":       {good, dataset.Options{Classes: 1}},
		"neg label":   {[]mlp.Example{{X: []int64{1}, Label: -1}}, dataset.Options{}},
		"range":       {[]mlp.Example{{X: []int64{fixedpoint.MaxValue + 1}}}, dataset.Options{}},
		"bad options": {good, dataset.Options{ChunkExamples: 5000}},
	} {
		if _, err := dataset.Write(ctx, da.NewMemory(), tc.exs, tc.opts); err == nil {
			t.Errorf("%s: Write succeeded", name)
		}
	}
}

func TestCorruptChunk(t *testing.T) {
	ctx := context.Background()
	store := da.NewMemory()
	c, err := dataset.Write(ctx, store, examples(10, 5, 3, 3), dataset.Options{ChunkExamples: 4})
	if err != nil {
		t.Fatal(err)
	}
	m, err := dataset.ReadManifest(ctx, store, c)
	if err != nil {
		t.Fatal(err)
	}
	store.Tamper(m.Chunks[1].CID, []byte("junk"))
	if _, _, err := dataset.Read(ctx, store, c); !errors.Is(err, da.ErrCorrupt) {
		t.Fatalf("err = %v, want da.ErrCorrupt", err)
	}
	// A manifest pointing at a well-formed chunk with the wrong count.
	m.Chunks[0].Count, m.Chunks[2].Count = m.Chunks[0].Count-1, m.Chunks[2].Count+1
	raw, err := dataset.EncodeManifest(m)
	if err != nil {
		t.Fatal(err)
	}
	bad, _ := store.Put(ctx, raw)
	if _, _, err := dataset.Read(ctx, store, bad); !errors.Is(err, dataset.ErrFormat) {
		t.Fatalf("err = %v, want ErrFormat", err)
	}
}

func TestLocate(t *testing.T) {
	ctx := context.Background()
	store := da.NewMemory()
	c, _ := dataset.Write(ctx, store, examples(10, 2, 2, 4), dataset.Options{ChunkExamples: 4})
	m, _ := dataset.ReadManifest(ctx, store, c)
	for i, want := range [][2]int{{0, 0}, {0, 1}, {0, 2}, {0, 3}, {1, 0}, {1, 1}, {1, 2}, {1, 3}, {2, 0}, {2, 1}} {
		ch, off, err := m.Locate(i)
		if err != nil || ch != want[0] || off != want[1] {
			t.Fatalf("Locate(%d) = %d, %d, %v; want %v", i, ch, off, err, want)
		}
	}
	if _, _, err := m.Locate(10); err == nil {
		t.Fatal("Locate past the end succeeded")
	}
}

func TestRoot(t *testing.T) {
	exs := examples(5, 16, 4, 5)
	for i := range exs { // pixel-like inputs
		for j := range exs[i].X {
			exs[i].X[j] = fixedpoint.QuantizePixel(uint8(j * 16))
		}
	}
	got, err := dataset.Root(exs, 0)
	if err != nil {
		t.Fatal(err)
	}
	tree, err := merkle.NewDatasetTree(3, exs)
	if err != nil {
		t.Fatal(err)
	}
	if want := tree.Root(); !got.Equal(&want) {
		t.Fatal("Root differs from merkle.NewDatasetTree")
	}
	for n, want := range map[int]int{1: 1, 2: 1, 3: 2, 4: 2, 5: 3, 60000: 16, 65536: 16, 65537: 17} {
		if d := dataset.Depth(n); d != want {
			t.Errorf("Depth(%d) = %d, want %d", n, d, want)
		}
	}
}

// TestFashionMNIST stores the Fashion-MNIST test split (when present) and
// reports its size in DA.
func TestFashionMNIST(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short")
	}
	dir := filepath.Join("..", "..", "data", "fashion-mnist")
	set, err := idx.LoadSet(filepath.Join(dir, "t10k-images-idx3-ubyte.gz"), filepath.Join(dir, "t10k-labels-idx1-ubyte.gz"))
	if err != nil {
		t.Skipf("no Fashion-MNIST in %s (run scripts/fetch-fashion-mnist.sh): %v", dir, err)
	}
	exs := make([]mlp.Example, set.N)
	for i := range exs {
		x := make([]int64, set.Rows*set.Cols)
		for j, p := range set.Image(i) {
			x[j] = fixedpoint.QuantizePixel(p)
		}
		exs[i] = mlp.Example{X: x, Label: int(set.Labels[i])}
	}
	ctx := context.Background()
	store := da.NewMemory()
	c, err := dataset.Write(ctx, store, exs, dataset.Options{Classes: 10})
	if err != nil {
		t.Fatal(err)
	}
	m, err := dataset.ReadManifest(ctx, store, c)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, ch := range m.Chunks {
		raw, _ := store.Get(ctx, ch.CID)
		total += len(raw)
	}
	t.Logf("t10k: %d examples in %d chunks, %d bytes (%.0f per example), manifest %s", m.N, len(m.Chunks), total, float64(total)/float64(m.N), c)
	got, _, err := dataset.Read(ctx, store, c)
	if err != nil || !equal(got, exs) {
		t.Fatalf("round trip: %v", err)
	}
}

func FuzzDecodeManifest(f *testing.F) {
	ctx := context.Background()
	store := da.NewMemory()
	c, _ := dataset.Write(ctx, store, examples(9, 3, 3, 6), dataset.Options{ChunkExamples: 4})
	raw, _ := store.Get(ctx, c)
	f.Add(raw)
	f.Add(raw[:30])
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := dataset.DecodeManifest(b)
		if err != nil {
			if !errors.Is(err, dataset.ErrFormat) {
				t.Fatalf("error %v does not wrap ErrFormat", err)
			}
			return
		}
		again, err := dataset.EncodeManifest(m)
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("re-encode differs (%v)", err)
		}
	})
}

func FuzzDecodeChunk(f *testing.F) {
	f.Add(dataset.EncodeChunk(examples(3, 4, 3, 7), 4), 4, 3)
	f.Add(dataset.EncodeChunk(examples(1, 1, 2, 8), 1), 1, 2)
	f.Fuzz(func(t *testing.T, b []byte, width, classes int) {
		if width < 1 || width > 64 || classes < 1 || classes > 64 {
			return
		}
		exs, err := dataset.DecodeChunk(b, width, classes)
		if err != nil {
			if !errors.Is(err, dataset.ErrFormat) {
				t.Fatalf("error %v does not wrap ErrFormat", err)
			}
			return
		}
		if again := dataset.EncodeChunk(exs, width); !bytes.Equal(again, b) {
			t.Fatal("decode/encode is not the identity")
		}
	})
}
