package delta_test

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/neuron-rollup/neuron/circuits/merkle"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/da/delta"
)

func pixels(n int, seed uint64) []mlp.Example {
	r := rand.New(rand.NewPCG(seed, 2))
	back := make([]int64, n*784)
	out := make([]mlp.Example, n)
	for i := range out {
		x := back[i*784 : (i+1)*784 : (i+1)*784]
		for j := range x {
			x[j] = r.Int64N(1<<16 + 1) // fixedpoint.QuantizePixel's range
		}
		out[i] = mlp.Example{X: x, Label: r.IntN(10)}
	}
	return out
}

// BenchmarkFMNISTDelta measures, at Fashion-MNIST scale (60,000 examples of
// 784 pixels, cross-entropy: version-2 leaves), a delta adding 2,000 examples
// (one a chunk: delta.MaxStepWork; one proposal of 2,000 steps): "chain"
// is what the STF does (every step: decode the chunk, hash its examples,
// check its proof and update the running root), "rebuild" what a node
// does that keeps no leaves: patch the set and rebuild the whole tree (the trainer re-roots incrementally: trainer BenchmarkPatchDatasetFMNIST).
func BenchmarkFMNISTDelta(b *testing.B) {
	if testing.Short() {
		b.Skip("builds a 60,000-example tree")
	}
	ctx := context.Background()
	store := da.NewMemory()
	leaf := delta.LeafFunc(mlp.CrossEntropy)
	base := pixels(60_000, 1)
	added := pixels(2000, 2)
	parent := da.Sum([]byte("base"))
	built, err := delta.Build(ctx, store, parent, base, 10, leaf, nil, added)
	if err != nil {
		b.Fatal(err)
	}
	m, err := delta.DecodeManifest(built.Manifest)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(len(built.Chunks)), "chunks")
	size := 0
	for _, c := range built.Chunks {
		size += len(c)
	}
	b.ReportMetric(float64(size), "patch-bytes")
	proof := 0
	for _, st := range built.Steps {
		proof += 32 * (len(st.Proof.Leaves) + len(st.Proof.Siblings))
	}
	b.ReportMetric(float64(proof), "proof-bytes")
	b.Run("chain", func(b *testing.B) {
		for b.Loop() {
			root, err := m.StartRoot()
			if err != nil {
				b.Fatal(err)
			}
			var start uint64
			for s, st := range built.Steps {
				if err := delta.EntryPath(m.ChunkRoot, m.ChunkCount, uint64(s), delta.DataLeaf(st.Data, st.Count, st.First), st.Path); err != nil {
					b.Fatal(err)
				}
				if err := m.CheckEntry(s, st.Count, st.First, start); err != nil {
					b.Fatal(err)
				}
				exs, err := m.DecodeChunkData(st.Data, int(st.Count))
				if err != nil {
					b.Fatal(err)
				}
				l, err := delta.Leaves(exs, leaf)
				if err != nil {
					b.Fatal(err)
				}
				w, zero := m.ChunkWrites(len(l), start)
				first := start
				root, err = delta.StepRoot(root, m.Depth(), zero, w, func(i uint64) (fr.Element, bool) {
					if i < first || i-first >= uint64(len(l)) {
						return fr.Element{}, false
					}
					return l[i-first], true
				}, st.Proof)
				if err != nil {
					b.Fatal(err)
				}
				start += uint64(len(l))
			}
			if want := m.TargetRoot(built.NewRoot); !root.Equal(&want) {
				b.Fatal("root")
			}
		}
	})
	b.Run("rebuild", func(b *testing.B) {
		for b.Loop() {
			set, err := delta.Apply(base, m.Removed, added)
			if err != nil {
				b.Fatal(err)
			}
			t, err := merkle.NewDatasetTreeWith(dataset.Depth(len(set)), set, leaf)
			if err != nil {
				b.Fatal(err)
			}
			if r := t.Root(); !r.Equal(&built.NewRoot) {
				b.Fatal("root")
			}
		}
	})
}
