package delta_test

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/ipfs/go-cid"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/circuits/merkle"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/da/delta"
)

var update = flag.Bool("update", false, "rewrite golden files")

func examples(n, width, classes int, seed uint64) []mlp.Example {
	r := rand.New(rand.NewPCG(seed, 1))
	out := make([]mlp.Example, n)
	for i := range out {
		x := make([]int64, width)
		for j := range x {
			x[j] = r.Int64N(1<<17) - 1<<16
		}
		out[i] = mlp.Example{X: x, Label: r.IntN(classes)}
	}
	return out
}

// naive applies the renumbering rule on a list, one step at a time.
func naive(base []int, removed []int, added []int) []int {
	s := slices.Clone(base)
	fill := min(len(removed), len(added))
	for i := range fill {
		s[removed[i]] = added[i]
	}
	s = append(s, added[fill:]...)
	holes := removed[fill:]
	n := len(s) - len(holes)
	var keep []int // the end positions not removed, in order
	for p := n; p < len(s); p++ {
		if !slices.Contains(holes, p) {
			keep = append(keep, p)
		}
	}
	for _, h := range holes {
		if h < n {
			s[h] = s[keep[0]]
			keep = keep[1:]
		}
	}
	return s[:n]
}

func TestPlanMatchesNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for trial := range 3000 {
		n := 1 + r.IntN(40)
		var removed []int
		for i := range n {
			if r.IntN(4) == 0 {
				removed = append(removed, i)
			}
		}
		nAdd := r.IntN(12)
		if len(removed) == n && nAdd == 0 {
			nAdd = 1
		}
		base := make([]mlp.Example, n)
		ids := make([]int, n)
		for i := range base {
			base[i] = mlp.Example{Label: i}
			ids[i] = i
		}
		added := make([]mlp.Example, nAdd)
		addIDs := make([]int, nAdd)
		for i := range added {
			added[i] = mlp.Example{Label: 1000 + i}
			addIDs[i] = 1000 + i
		}
		rm := make([]uint64, len(removed))
		for i, v := range removed {
			rm[i] = uint64(v)
		}
		got, err := delta.Apply(base, rm, added)
		require.NoError(t, err, "trial %d", trial)
		want := naive(ids, removed, addIDs)
		labels := make([]int, len(got))
		for i, e := range got {
			labels[i] = e.Label
		}
		require.Equal(t, want, labels, "trial %d: n=%d removed=%v added=%d", trial, n, removed, nAdd)
	}
}

func TestPlanRefuses(t *testing.T) {
	for _, tc := range []struct {
		name    string
		base    uint64
		removed []uint64
	}{
		{"removed twice", 10, []uint64{3, 3}},
		{"out of range", 10, []uint64{10}},
		{"not increasing", 10, []uint64{5, 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := delta.Plan(tc.base, tc.removed, 1)
			require.ErrorIs(t, err, delta.ErrPatch)
		})
	}
}

// TestNewRoot checks, on random patches of every kind (growing and
// shrinking across tree depths included), that NewRoot from the base root
// and a proof equals the root of the patched set built from scratch.
func TestNewRoot(t *testing.T) {
	leaf := delta.LeafFunc(mlp.SquaredError)
	r := rand.New(rand.NewPCG(3, 9))
	for trial := range 60 {
		n := 1 + r.IntN(70)
		base := examples(n, 3, 4, uint64(trial))
		var removed []uint64
		for i := range n {
			if r.IntN(3) == 0 {
				removed = append(removed, uint64(i))
			}
		}
		nAdd := r.IntN(40)
		if len(removed) == n && nAdd == 0 {
			nAdd = 1
		}
		added := examples(nAdd, 3, 4, uint64(1000+trial))
		want, err := delta.Apply(base, removed, added)
		require.NoError(t, err)
		baseTree, err := merkle.NewDatasetTreeWith(dataset.Depth(n), base, leaf)
		require.NoError(t, err)
		wantTree, err := merkle.NewDatasetTreeWith(dataset.Depth(len(want)), want, leaf)
		require.NoError(t, err)

		writes, newSize, err := delta.Plan(uint64(n), removed, uint64(nAdd))
		require.NoError(t, err)
		require.Equal(t, uint64(len(want)), newSize)
		proof, err := delta.Prove(baseTree, uint64(n), newSize, writes)
		require.NoError(t, err)
		addedLeaves, err := delta.Leaves(added, leaf)
		require.NoError(t, err)
		got, err := delta.NewRoot(baseTree.Root(), uint64(n), newSize, writes, addedLeaves, proof)
		require.NoError(t, err, "trial %d n=%d removed=%d added=%d", trial, n, len(removed), nAdd)
		wr := wantTree.Root()
		require.True(t, got.Equal(&wr), "trial %d n=%d removed=%v added=%d", trial, n, removed, nAdd)

		// Lies: another base root, a forged leaf or sibling, a proof cut short.
		wrong := baseTree.Root()
		wrong.SetUint64(12345)
		_, err = delta.NewRoot(wrong, uint64(n), newSize, writes, addedLeaves, proof)
		require.ErrorIs(t, err, delta.ErrRoot)
		if len(proof.Leaves) > 0 {
			forged := *proof
			forged.Leaves = slices.Clone(proof.Leaves)
			forged.Leaves[0].SetUint64(1)
			_, err = delta.NewRoot(baseTree.Root(), uint64(n), newSize, writes, addedLeaves, &forged)
			require.ErrorIs(t, err, delta.ErrRoot)
		}
		if len(proof.Siblings) > 0 {
			short := *proof
			short.Siblings = proof.Siblings[1:]
			_, err = delta.NewRoot(baseTree.Root(), uint64(n), newSize, writes, addedLeaves, &short)
			require.Error(t, err)
		}
	}
}

func testManifest(t testing.TB, store da.Store) (*delta.Manifest, []mlp.Example, cid.Cid, []byte) {
	t.Helper()
	ctx := context.Background()
	base := examples(9, 3, 4, 1)
	parent, err := dataset.Write(ctx, store, base, dataset.Options{Classes: 4})
	require.NoError(t, err)
	tree, err := merkle.NewDatasetTree(dataset.Depth(9), base)
	require.NoError(t, err)
	root := tree.Root()
	m := &delta.Manifest{Parent: parent, BaseRoot: root.Bytes(), BaseSize: 9, Width: 3, Classes: 4, Removed: []uint64{2, 5}}
	added := examples(5, 3, 4, 2)
	c, raw, _, err := delta.Write(ctx, store, m, added, delta.Options{ChunkBytes: 40})
	require.NoError(t, err)
	return m, added, c, raw
}

func TestManifestGolden(t *testing.T) {
	store := da.NewMemory()
	m, _, c, raw := testManifest(t, store)
	require.Greater(t, m.ChunkCount, 1, "small chunks: several")
	path := filepath.Join("testdata", "patch-9-rm2-add5.bin")
	if *update {
		require.NoError(t, os.WriteFile(path, raw, 0o644))
	}
	golden, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, golden, raw, "manifest encoding changed (go test -update to accept)")
	require.Equal(t, da.Sum(golden), c)
	dec, err := delta.DecodeManifest(golden)
	require.NoError(t, err)
	require.Equal(t, uint64(12), dec.NewSize())
	require.Equal(t, uint64(5), dec.Added())
}

func TestReadSetAndLies(t *testing.T) {
	ctx := context.Background()
	store := da.NewMemory()
	m, added, c, _ := testManifest(t, store)
	base, _, err := dataset.Read(ctx, store, m.Parent)
	require.NoError(t, err)
	want, err := delta.Apply(base, m.Removed, added)
	require.NoError(t, err)
	got, err := delta.ReadSet(ctx, store, c)
	require.NoError(t, err)
	require.Equal(t, want, got)

	// A patch on a patch: the chain is followed back to the dataset.
	m2 := &delta.Manifest{Parent: c, BaseSize: 12, Width: 3, Classes: 4, Removed: []uint64{0, 11}}
	c2, _, _, err := delta.Write(ctx, store, m2, nil, delta.Options{})
	require.NoError(t, err)
	got2, err := delta.ReadSet(ctx, store, c2)
	require.NoError(t, err)
	want2, err := delta.Apply(want, m2.Removed, nil)
	require.NoError(t, err)
	require.Equal(t, want2, got2)

	// A chunk whose bytes do not match its CID.
	entries, err := m.ReadChunks(ctx, store)
	require.NoError(t, err)
	require.Len(t, entries, m.ChunkCount)
	raw, err := store.Get(ctx, entries[0].CID)
	require.NoError(t, err)
	bad := bytes.Clone(raw)
	bad[len(bad)-1] ^= 1
	_, err = m.DecodeChunk(entries[0], bad)
	require.ErrorIs(t, err, da.ErrCorrupt)
	// A chunk list that is not the manifest's (another root, an entry's count or first
	// changed) is refused by readers.
	for name, edit := range map[string]func([]delta.ChunkEntry){
		"count": func(e []delta.ChunkEntry) { e[0].Count++ },
		"first": func(e []delta.ChunkEntry) { e[1].First++ },
		"order": func(e []delta.ChunkEntry) { e[0], e[1] = e[1], e[0] },
	} {
		forged := slices.Clone(entries)
		edit(forged)
		lc, err := store.Put(ctx, delta.EncodeChunkList(forged))
		require.NoError(t, err)
		fm := *m
		fm.ChunkList = lc
		_, err = fm.ReadChunks(ctx, store)
		require.ErrorIs(t, err, delta.ErrPatch, name)
		// Even under a root that commits to it, an entry that does not follow the one
		// before is refused.
		fm.ChunkRoot = delta.ChunkRoot(forged)
		_, err = fm.ReadChunks(ctx, store)
		require.ErrorIs(t, err, delta.ErrEntry, name)
	}
	// Added examples of another shape are refused when written.
	wide := &delta.Manifest{Parent: m.Parent, BaseSize: 9, Width: 3, Classes: 4}
	_, _, _, err = delta.Write(ctx, store, wide, examples(1, 4, 4, 3), delta.Options{})
	require.ErrorIs(t, err, delta.ErrPatch)
	// A base set of the wrong size.
	_, err = delta.ApplyManifest(ctx, store, base[:8], m)
	require.ErrorIs(t, err, delta.ErrPatch)
}

func TestManifestCheck(t *testing.T) {
	store := da.NewMemory()
	good, _, _, _ := testManifest(t, store)
	for _, tc := range []struct {
		name string
		edit func(m *delta.Manifest)
		want error
	}{
		{"removed twice", func(m *delta.Manifest) { m.Removed = []uint64{2, 2} }, delta.ErrPatch},
		{"removed out of range", func(m *delta.Manifest) { m.Removed = []uint64{9} }, delta.ErrPatch},
		{"empty", func(m *delta.Manifest) {
			m.Removed, m.ChunkCount, m.AddedCount, m.ChunkRoot, m.ChunkList = nil, 0, 0, [32]byte{}, cid.Undef
		}, delta.ErrPatch},
		{"empties the set", func(m *delta.Manifest) {
			m.BaseSize, m.Removed, m.ChunkCount, m.AddedCount, m.ChunkRoot, m.ChunkList = 2, []uint64{0, 1}, 0, 0, [32]byte{}, cid.Undef
		}, delta.ErrPatch},
		{"fewer added than chunks", func(m *delta.Manifest) { m.AddedCount = uint64(m.ChunkCount) - 1 }, delta.ErrFormat},
		{"more added than chunks hold", func(m *delta.Manifest) { m.AddedCount = uint64(m.ChunkCount)*4096 + 1 }, delta.ErrFormat},
		{"too many chunks", func(m *delta.Manifest) { m.ChunkCount, m.AddedCount = delta.MaxChunks+1, delta.MaxChunks+1 }, delta.ErrFormat},
		{"no chunk list", func(m *delta.Manifest) { m.ChunkList = cid.Undef }, delta.ErrFormat},
		{"a root with no chunk", func(m *delta.Manifest) { m.ChunkCount, m.AddedCount, m.ChunkList = 0, 0, cid.Undef }, delta.ErrFormat},
		{"zero width", func(m *delta.Manifest) { m.Width = 0 }, delta.ErrFormat},
		{"no parent", func(m *delta.Manifest) { m.Parent = cid.Undef }, delta.ErrFormat},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := *good
			m.Removed = slices.Clone(good.Removed)
			tc.edit(&m)
			_, err := delta.EncodeManifest(&m)
			require.ErrorIs(t, err, tc.want)
		})
	}
}

func FuzzDecodeChunkList(f *testing.F) {
	store := da.NewMemory()
	m, _, _, _ := testManifest(f, store)
	entries, err := m.ReadChunks(context.Background(), store)
	if err != nil {
		f.Fatal(err)
	}
	raw := delta.EncodeChunkList(entries)
	f.Add(raw)
	f.Add(raw[:20])
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := delta.DecodeChunkList(b)
		if err != nil {
			if !errors.Is(err, delta.ErrFormat) {
				t.Fatalf("error %v does not wrap ErrFormat", err)
			}
			return
		}
		if again := delta.EncodeChunkList(e); !bytes.Equal(again, b) {
			t.Fatal("re-encode differs")
		}
	})
}

func FuzzDecodeManifest(f *testing.F) {
	store := da.NewMemory()
	_, _, _, raw := testManifest(f, store)
	f.Add(raw)
	f.Add(raw[:60])
	if golden, err := os.ReadFile(filepath.Join("testdata", "patch-9-rm2-add5.bin")); err == nil {
		f.Add(golden)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := delta.DecodeManifest(b)
		if err != nil {
			if !errors.Is(err, delta.ErrFormat) && !errors.Is(err, delta.ErrPatch) {
				t.Fatalf("error %v wraps neither ErrFormat nor ErrPatch", err)
			}
			return
		}
		again, err := delta.EncodeManifest(m)
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("re-encode differs (%v)", err)
		}
	})
}
