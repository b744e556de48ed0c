package trainer

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/da/delta"
	"github.com/neuron-rollup/neuron/rollup"
)

func deltaExamples(n int, seed uint64) []mlp.Example {
	r := rand.New(rand.NewPCG(seed, 3))
	out := make([]mlp.Example, n)
	for i := range out {
		x := make([]int64, 16)
		for j := range x {
			x[j] = r.Int64N(1 << 16)
		}
		out[i] = mlp.Example{X: x, Label: r.IntN(4)}
	}
	return out
}

// TestFollowDeltas: the trainer reads an MLSC whose set is base + two
// applied patches, both from DA alone (LoadDataset follows the chain) and
// by patching the set it holds (PatchDataset); a patch whose result is not
// the MLSC's root is refused, and so is a patch of another set.
func TestFollowDeltas(t *testing.T) {
	ctx := context.Background()
	store := da.NewMemory()
	base := deltaExamples(20, 1)
	c0, err := dataset.Write(ctx, store, base, dataset.Options{Classes: 4})
	require.NoError(t, err)
	spec := &rollup.MLSCSpec{Layers: []uint32{16, 8, 4}, Loss: uint8(mlp.SquaredError), DatasetCID: c0.Bytes(), DatasetSize: 20}
	ds0, err := NewDataset(c0, base, mlp.SquaredError)
	require.NoError(t, err)
	spec.DatasetRoot = ds0.Root
	got, err := LoadDataset(ctx, store, spec)
	require.NoError(t, err)
	require.Equal(t, ds0.Root, got.Root)

	patch := func(parent *Dataset, removed []uint64, added []mlp.Example) (*rollup.MLSCSpec, []mlp.Example) {
		m := &delta.Manifest{Parent: parent.CID, BaseRoot: parent.Root, BaseSize: uint64(len(parent.Examples)), Width: 16, Classes: 4, Removed: removed}
		c, _, _, err := delta.Write(ctx, store, m, added, delta.Options{})
		require.NoError(t, err)
		next, err := delta.Apply(parent.Examples, removed, added)
		require.NoError(t, err)
		want, err := NewDataset(c, next, mlp.SquaredError)
		require.NoError(t, err)
		s := *spec
		s.DatasetCID, s.DatasetRoot, s.DatasetSize = c.Bytes(), want.Root, uint64(len(next))
		return &s, next
	}
	spec1, _ := patch(ds0, []uint64{3, 19}, deltaExamples(5, 2))
	ds1, err := PatchDataset(ctx, store, ds0, spec1)
	require.NoError(t, err)
	require.Len(t, ds1.Examples, 23)
	spec2, _ := patch(ds1, []uint64{0}, nil)
	ds2, err := PatchDataset(ctx, store, ds1, spec2)
	require.NoError(t, err)
	fromDA, err := LoadDataset(ctx, store, spec2)
	require.NoError(t, err)
	require.Equal(t, ds2.Root, fromDA.Root)
	require.Equal(t, spec2.DatasetRoot, fromDA.Root)

	lie := *spec2
	lie.DatasetRoot[5] ^= 1
	_, err = PatchDataset(ctx, store, ds1, &lie)
	require.ErrorIs(t, err, ErrDatasetRoot)
	_, err = LoadDataset(ctx, store, &lie)
	require.ErrorIs(t, err, ErrDatasetRoot)
	_, err = PatchDataset(ctx, store, ds0, spec2) // spec2 patches ds1, not ds0
	require.ErrorIs(t, err, ErrDatasetRoot)
}

// BenchmarkPatchDatasetFMNIST is the trainer's re-root after an epoch
// applies a delta adding 2,000 examples (one a chunk, one proposal) to a 60,000-example Fashion-MNIST
// sized set (784 inputs, cross-entropy): fetch and decode the patch, hash
// the added examples, rebuild the tree from the kept leaves, build the
// float view. The goal is under 5 s on 2 cores.
func BenchmarkPatchDatasetFMNIST(b *testing.B) {
	if testing.Short() {
		b.Skip("builds a 60,000-example tree")
	}
	ctx := context.Background()
	store := da.NewMemory()
	px := func(n int, seed uint64) []mlp.Example {
		r := rand.New(rand.NewPCG(seed, 2))
		out := make([]mlp.Example, n)
		for i := range out {
			x := make([]int64, 784)
			for j := range x {
				x[j] = r.Int64N(1<<16 + 1)
			}
			out[i] = mlp.Example{X: x, Label: r.IntN(10)}
		}
		return out
	}
	base := px(60_000, 1)
	c0 := da.Sum([]byte("base"))
	parent, err := NewDataset(c0, base, mlp.CrossEntropy)
	if err != nil {
		b.Fatal(err)
	}
	built, err := delta.Build(ctx, store, c0, base, 10, delta.LeafFunc(mlp.CrossEntropy), nil, px(2000, 2)) // one proposal: a chunk an example
	if err != nil {
		b.Fatal(err)
	}
	spec := &rollup.MLSCSpec{Layers: []uint32{784, 100, 10}, Loss: uint8(mlp.CrossEntropy), DatasetCID: built.CID.Bytes(),
		DatasetRoot: built.NewRoot.Bytes(), DatasetSize: built.NewSize}
	for b.Loop() {
		if _, err := PatchDataset(ctx, store, parent, spec); err != nil {
			b.Fatal(err)
		}
	}
}
