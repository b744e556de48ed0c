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
			w, zero = m.ChunkWrites(c, start)
			exs, err := m.DecodeChunk(c, st.Data)
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
			require.LessOrEqual(t, m.ChunkWork(c, first), uint64(delta.MaxStepWork))
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

// TestManifestWorkBound: a chunk whose step would hash and rewrite more than MaxStepWork units
// is refused by the encoder and the decoder; Write splits Fashion-MNIST-sized examples so that
// every chunk is within the bound; an example too wide for any step is refused.
func TestManifestWorkBound(t *testing.T) {
	ctx := context.Background()
	store := da.NewMemory()
	base := examples(1000, 784, 10, 1)
	parent, err := dataset.Write(ctx, store, base, dataset.Options{Classes: 10})
	require.NoError(t, err)
	m := &delta.Manifest{Parent: parent, BaseSize: 1000, Width: 784, Classes: 10, Removed: []uint64{3}}
	c, raw, err := delta.Write(ctx, store, m, examples(9, 784, 10, 2), delta.Options{})
	require.NoError(t, err)
	require.NotEqual(t, c.String(), "")
	dec, err := delta.DecodeManifest(raw)
	require.NoError(t, err)
	var start uint64
	for i, ch := range dec.Chunks {
		require.LessOrEqual(t, dec.ChunkWork(i, start), uint64(delta.MaxStepWork))
		start += uint64(ch.Count)
	}
	require.Greater(t, len(dec.Chunks), 1, "nine examples of 784 inputs do not fit one step")

	// One chunk of all nine: over the bound, refused both ways.
	over := *dec
	over.Chunks = []dataset.Chunk{{CID: dec.Chunks[0].CID, Count: 9}}
	_, err = delta.EncodeManifest(&over)
	require.ErrorIs(t, err, delta.ErrFormat)
	require.ErrorContains(t, err, "units of step work")
	forged := append([]byte(nil), raw[:len(raw)-4-41*len(dec.Chunks)]...)
	forged = append(forged, 1, 0, 0, 0, 9, 0, 0, 0, 36)
	forged = append(forged, dec.Chunks[0].CID.Bytes()...)
	_, err = delta.DecodeManifest(forged)
	require.ErrorIs(t, err, delta.ErrFormat)
	require.ErrorContains(t, err, "units of step work")

	wide := &delta.Manifest{Parent: parent, BaseSize: 1000, Width: 4096, Classes: 10}
	_, _, err = delta.Write(ctx, store, wide, examples(1, 4096, 10, 3), delta.Options{})
	require.ErrorIs(t, err, delta.ErrPatch)
	require.ErrorContains(t, err, "more than a step holds")
}
