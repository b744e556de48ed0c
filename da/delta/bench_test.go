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
// 784 pixels, cross-entropy: version-2 leaves), a delta adding 1,000
// examples: "chain" is what the STF does (decode the chunks, hash the added
// examples, recompute the root from the proof), "rebuild" what a node
// does that keeps no leaves: patch the set and rebuild the whole tree (the trainer re-roots incrementally: trainer BenchmarkPatchDatasetFMNIST).
func BenchmarkFMNISTDelta(b *testing.B) {
	if testing.Short() {
		b.Skip("builds a 60,000-example tree")
	}
	ctx := context.Background()
	store := da.NewMemory()
	leaf := delta.LeafFunc(mlp.CrossEntropy)
	base := pixels(60_000, 1)
	added := pixels(1_000, 2)
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
	b.ReportMetric(float64(32*(len(built.Proof.Leaves)+len(built.Proof.Siblings))), "proof-bytes")
	b.Run("chain", func(b *testing.B) {
		for b.Loop() {
			var leaves []fr.Element
			for i, raw := range built.Chunks {
				exs, err := m.DecodeChunk(i, raw)
				if err != nil {
					b.Fatal(err)
				}
				l, err := delta.Leaves(exs, leaf)
				if err != nil {
					b.Fatal(err)
				}
				leaves = append(leaves, l...)
			}
			writes, n, _ := delta.Plan(m.BaseSize, m.Removed, m.Added())
			root, err := delta.NewRoot(built.BaseRoot, m.BaseSize, n, writes, leaves, built.Proof)
			if err != nil || !root.Equal(&built.NewRoot) {
				b.Fatal("root", err)
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
