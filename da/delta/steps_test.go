package delta_test

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/da/delta"
)

// runSteps replays a built patch as the STF does: the proposal's removal group (a patch with
// no chunk), then every delta-data step in order, each against the running root; it returns
// the running root at the end and every write applied.
func runSteps(t *testing.T, m *delta.Manifest, b *delta.Built, leaf func(mlp.Example) (fr.Element, error)) (fr.Element, []delta.Change) {
	t.Helper()
	root, err := m.StartRoot()
	require.NoError(t, err)
	var all []delta.Change
	none := func(uint64) (fr.Element, bool) { return fr.Element{}, false }
	if m.ProposalApplies() {
		w := m.ProposalWrites()
		root, err = delta.StepRoot(root, m.Depth(), m.BaseSize, w, none, b.Proof)
		require.NoError(t, err)
		all = append(all, w...)
	} else {
		require.Empty(t, b.Proof.Leaves)
		require.Empty(t, b.Proof.Siblings)
	}
	require.Len(t, b.Steps, int(m.Steps()))
	var start uint64
	for s, st := range b.Steps {
		c, g := m.StepAt(uint64(s))
		var w []delta.Change
		zero := m.BaseSize
		added := none
		if c >= 0 {
			// The entry and its path open the chunk root at the step's index, and fit.
			leafOf := delta.DataLeaf(st.Data, st.Count, st.First)
			require.NoError(t, delta.EntryPath(m.ChunkRoot, m.ChunkCount, uint64(c), leafOf, st.Path))
			require.NoError(t, m.CheckEntry(c, st.Count, st.First, start))
			checkEntryForgeries(t, m, b, s, c)
			w, zero = m.ChunkWrites(int(st.Count), start)
			exs, err := m.DecodeChunkData(st.Data, int(st.Count))
			require.NoError(t, err)
			leaves, err := delta.Leaves(exs, leaf)
			require.NoError(t, err)
			first := start
			added = func(i uint64) (fr.Element, bool) {
				if i < first || i >= first+uint64(len(leaves)) {
					return fr.Element{}, false
				}
				return leaves[i-first], true
			}
			start += uint64(len(leaves))
			require.LessOrEqual(t, m.ChunkWork(len(leaves), first), uint64(delta.MaxStepWork))
		} else {
			require.Empty(t, st.Data)
			w = m.TailWrites(g)
			require.LessOrEqual(t, uint64(len(w)*m.Depth()*delta.NodeWork), uint64(max(delta.MaxTailWork, 2*m.Depth()*delta.NodeWork)))
		}
		// A forged leaf or another running root is refused.
		if len(st.Proof.Leaves) > 0 {
			forged := *st.Proof
			forged.Leaves = slices.Clone(st.Proof.Leaves)
			forged.Leaves[0].SetUint64(7)
			_, err := delta.StepRoot(root, m.Depth(), zero, w, added, &forged)
			require.ErrorIs(t, err, delta.ErrRoot)
		}
		var other fr.Element
		other.SetUint64(99)
		_, err := delta.StepRoot(other, m.Depth(), zero, w, added, st.Proof)
		require.ErrorIs(t, err, delta.ErrRoot)
		root, err = delta.StepRoot(root, m.Depth(), zero, w, added, st.Proof)
		require.NoError(t, err, "step %d", s)
		all = append(all, w...)
	}
	return root, all
}

// checkEntryForgeries: step s (chunk c) with a forged entry or path, another step's entry
// (replayed, out of order) or bytes is refused by EntryPath.
func checkEntryForgeries(t *testing.T, m *delta.Manifest, b *delta.Built, s, c int) {
	t.Helper()
	st := b.Steps[s]
	bad := func(name string, data []byte, count uint32, first uint64, path [][32]byte) {
		t.Helper()
		err := delta.EntryPath(m.ChunkRoot, m.ChunkCount, uint64(c), delta.DataLeaf(data, count, first), path)
		require.ErrorIs(t, err, delta.ErrEntry, "step %d: %s", s, name)
	}
	bad("count", st.Data, st.Count+1, st.First, st.Path)
	bad("first", st.Data, st.Count, st.First+1, st.Path)
	bad("bytes", append(slices.Clone(st.Data), 0), st.Count, st.First, st.Path)
	if len(st.Path) > 0 {
		bad("short path", st.Data, st.Count, st.First, st.Path[1:])
	}
	bad("long path", st.Data, st.Count, st.First, append(slices.Clone(st.Path), [32]byte{}))
	if len(st.Path) > 0 {
		p := slices.Clone(st.Path)
		p[len(p)-1][0] ^= 1
		bad("path", st.Data, st.Count, st.First, p)
	}
	for o := range b.Steps {
		if o == s || b.Steps[o].Data == nil {
			continue
		}
		ot := b.Steps[o] // another chunk's entry and path at this step: replayed or out of order
		bad("another step's entry", ot.Data, ot.Count, ot.First, ot.Path)
		bad("another step's entry, this path", ot.Data, ot.Count, ot.First, st.Path)
	}
	err := delta.EntryPath(m.ChunkRoot, m.ChunkCount, uint64(m.ChunkCount), delta.DataLeaf(st.Data, st.Count, st.First), st.Path)
	require.ErrorIs(t, err, delta.ErrEntry, "an index past the chunks")
}

// TestStepsMatchPlan: for random patches, the writes of the proposal and of every delta-data
// step are exactly Plan's, each once, and applying them in order, each against the running
// root with its proof, leads to the new set's root (lifted to the running tree's depth).
func TestStepsMatchPlan(t *testing.T) {
	ctx := context.Background()
	leaf := delta.LeafFunc(mlp.SquaredError)
	r := rand.New(rand.NewPCG(5, 11))
	store := da.NewMemory()
	for trial := range 80 {
		n := 1 + r.IntN(90)
		if trial%10 == 0 {
			n = 70 + r.IntN(40) // removal-heavy below
		}
		base := examples(n, 3, 4, uint64(trial))
		var removed []uint64
		p := 3
		if trial%10 == 0 {
			p = 1 // almost everything removed
		}
		for i := range n {
			if r.IntN(p+1) == 0 {
				removed = append(removed, uint64(i))
			}
		}
		removed = removed[:min(len(removed), delta.MaxRemoved)]
		nAdd := r.IntN(40)
		if trial%10 == 0 {
			nAdd = r.IntN(3)
		}
		if len(removed) == n && nAdd == 0 {
			nAdd = 1
		}
		parent, err := dataset.Write(ctx, store, base, dataset.Options{Classes: 4})
		require.NoError(t, err)
		b, err := delta.BuildWith(ctx, store, parent, base, 4, leaf, removed, examples(nAdd, 3, 4, uint64(500+trial)), delta.Options{ChunkExamples: 1 + r.IntN(6)})
		require.NoError(t, err)
		m, err := delta.DecodeManifest(b.Manifest)
		require.NoError(t, err)
		root, all := runSteps(t, m, b, leaf)
		plan, _, err := delta.Plan(m.BaseSize, m.Removed, m.Added())
		require.NoError(t, err)
		slices.SortFunc(all, func(a, b delta.Change) int { return int(a.Pos) - int(b.Pos) })
		require.Equal(t, plan, all, "trial %d: the steps write Plan's changes", trial)
		want := m.TargetRoot(b.NewRoot)
		require.True(t, root.Equal(&want), "trial %d: n=%d removed=%d added=%d", trial, n, len(removed), nAdd)
	}
}

// TestManifestWorkBound: Write splits Fashion-MNIST-sized examples so that every chunk is
// within MaxStepWork; a committed entry over the bound (one chunk of all nine), one that does
// not start where the steps before ended, or whose counts do not sum to the declared added
// count at the last chunk, is refused by CheckEntry (its step rejects the delta); an example
// too wide for any step is refused by Write.
func TestManifestWorkBound(t *testing.T) {
	ctx := context.Background()
	store := da.NewMemory()
	base := examples(1000, 784, 10, 1)
	parent, err := dataset.Write(ctx, store, base, dataset.Options{Classes: 10})
	require.NoError(t, err)
	m := &delta.Manifest{Parent: parent, BaseSize: 1000, Width: 784, Classes: 10, Removed: []uint64{3}}
	c, raw, entries, err := delta.Write(ctx, store, m, examples(9, 784, 10, 2), delta.Options{})
	require.NoError(t, err)
	require.NotEqual(t, c.String(), "")
	dec, err := delta.DecodeManifest(raw)
	require.NoError(t, err)
	require.Len(t, entries, dec.ChunkCount)
	var start uint64
	for i, e := range entries {
		require.NoError(t, dec.CheckEntry(i, uint32(e.Count), e.First, start))
		require.LessOrEqual(t, dec.ChunkWork(e.Count, start), uint64(delta.MaxStepWork))
		start += uint64(e.Count)
	}
	require.Equal(t, 9, dec.ChunkCount, "a 784-input example takes a step of its own")
	require.Less(t, len(raw), 200, "the manifest does not list the chunks")

	for _, tc := range []struct {
		name         string
		i            int
		count        uint32
		first, added uint64
		want         string
	}{
		{"over the work bound", 0, 9, 0, 0, "units of step work"},
		{"two examples", 3, 2, 3, 3, "units of step work"},
		{"not at the running count", 1, 1, 0, 1, "starts at added example 0"},
		{"past the added count", 7, 3, 7, 7, "ends at added example 10"},
		{"no example", 2, 0, 2, 2, "count 0"},
	} {
		err := dec.CheckEntry(tc.i, tc.count, tc.first, tc.added)
		require.ErrorIs(t, err, delta.ErrEntry, tc.name)
		require.ErrorContains(t, err, tc.want, tc.name)
	}
	// A last chunk that ends short of the declared added count.
	short := *dec
	short.AddedCount = 10
	require.ErrorContains(t, short.CheckEntry(8, 1, 8, 8), "the last chunk ends at added example 9")

	wide := &delta.Manifest{Parent: parent, BaseSize: 1000, Width: 4096, Classes: 10}
	_, _, _, err = delta.Write(ctx, store, wide, examples(1, 4096, 10, 3), delta.Options{})
	require.ErrorIs(t, err, delta.ErrPatch)
	require.ErrorContains(t, err, "more than a step holds")
}
