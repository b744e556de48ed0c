package delta

import (
	"context"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/circuits/merkle"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
)

// Built is everything a delta proposal carries, and the delta-data steps
// that follow it (each sent in a delta-data transaction, in order).
type Built struct {
	CID      cid.Cid
	Manifest []byte
	BaseRoot fr.Element
	NewRoot  fr.Element
	NewSize  uint64
	// Proof is the proposal's: every write of a removal it applies itself
	// (Manifest.ProposalApplies), else empty.
	Proof *Proof
	// Chunks are the chunk objects of the added examples, Entries their
	// entries and List the chunk list object (EncodeChunkList; nil with no
	// chunk).
	Chunks  [][]byte
	Entries []ChunkEntry
	List    []byte
	// Steps are the delta-data steps, in order: Manifest.Steps of them.
	Steps []Step
	// Set is the patched training set.
	Set []mlp.Example
}

// Step is one delta-data step: a chunk's bytes, its entry's count and first
// added index and the entry's path in the chunk tree (none for a removal
// group), and the proof of its writes against the running root before it.
type Step struct {
	Data  []byte
	Count uint32
	First uint64
	Path  [][32]byte
	Proof *Proof
}

// Build writes a patch of the set base (named parent on DA, with dataset
// leaves leaf) to store: it removes the indices removed and adds added, with
// classes labels at most. It returns what a proposal needs: the manifest and
// its CID, the resulting root and size, the proposal's proof, the chunks and
// the delta-data steps with their proofs.
func Build(ctx context.Context, store da.Store, parent cid.Cid, base []mlp.Example, classes int, leaf func(mlp.Example) (fr.Element, error), removed []uint64, added []mlp.Example) (*Built, error) {
	return BuildWith(ctx, store, parent, base, classes, leaf, removed, added, Options{})
}

// BuildWith is Build with the chunks of added examples shaped by opts (Write).
func BuildWith(ctx context.Context, store da.Store, parent cid.Cid, base []mlp.Example, classes int, leaf func(mlp.Example) (fr.Element, error), removed []uint64, added []mlp.Example, opts Options) (*Built, error) {
	if len(base) == 0 {
		return nil, fmt.Errorf("%w: empty base set", ErrPatch)
	}
	baseLeaves, err := Leaves(base, leaf)
	if err != nil {
		return nil, fmt.Errorf("delta: base root: %w", err)
	}
	b := &Built{BaseRoot: NewTree(dataset.Depth(len(base)), baseLeaves).Root()}
	m := &Manifest{Parent: parent, BaseRoot: b.BaseRoot.Bytes(), BaseSize: uint64(len(base)), Width: len(base[0].X), Classes: classes, Removed: removed}
	if b.CID, b.Manifest, b.Entries, err = Write(ctx, store, m, added, opts); err != nil {
		return nil, err
	}
	if b.Set, err = Apply(base, removed, added); err != nil {
		return nil, err
	}
	b.NewSize = uint64(len(b.Set))
	addedLeaves, err := Leaves(added, leaf)
	if err != nil {
		return nil, err
	}
	next, err := merkle.NewDatasetTreeWith(dataset.Depth(len(b.Set)), b.Set, leaf)
	if err != nil {
		return nil, fmt.Errorf("delta: new root: %w", err)
	}
	b.NewRoot = next.Root()
	if m.ChunkCount > 0 {
		if b.List, err = store.Get(ctx, m.ChunkList); err != nil {
			return nil, fmt.Errorf("delta: chunk list: %w", err)
		}
	}
	for _, ch := range b.Entries {
		raw, err := store.Get(ctx, ch.CID)
		if err != nil {
			return nil, fmt.Errorf("delta: chunk: %w", err)
		}
		b.Chunks = append(b.Chunks, raw)
	}
	if b.Proof, b.Steps, err = m.Prove(baseLeaves, addedLeaves, b.Entries, b.Chunks); err != nil {
		return nil, err
	}
	return b, nil
}

// Prove runs the patch's steps over the base set's leaves and returns the
// proposal's proof and every delta-data step (entries are the chunk
// entries, chunks the chunk objects, added the added examples' leaves).
func (m *Manifest) Prove(baseLeaves, added []fr.Element, entries []ChunkEntry, chunks [][]byte) (*Proof, []Step, error) {
	if uint64(len(baseLeaves)) != m.BaseSize {
		return nil, nil, fmt.Errorf("%w: %d base leaves for this manifest", ErrPatch, len(baseLeaves))
	}
	return m.ProveOn(NewTree(m.Depth(), baseLeaves), added, entries, chunks)
}

// ProveOn is Prove over t, the base set's tree lifted to m.Depth(), which it
// leaves patched.
func (m *Manifest) ProveOn(t *Tree, added []fr.Element, entries []ChunkEntry, chunks [][]byte) (*Proof, []Step, error) {
	if uint64(len(added)) != m.Added() || len(chunks) != m.ChunkCount || len(entries) != m.ChunkCount || t.depth != m.Depth() {
		return nil, nil, fmt.Errorf("%w: %d added, %d chunks, %d entries, a tree of depth %d for this manifest", ErrPatch, len(added), len(chunks), len(entries), t.depth)
	}
	var paths [][][32]byte
	if len(entries) > 0 {
		if ChunkRoot(entries) != m.ChunkRoot {
			return nil, nil, fmt.Errorf("%w: the entries do not have the manifest's chunk root", ErrPatch)
		}
		paths = ChunkPaths(entries)
	}
	leafOf := func(i uint64) (fr.Element, bool) {
		if i >= uint64(len(added)) {
			return fr.Element{}, false
		}
		return added[i], true
	}
	step := func(zero uint64, writes []Change) (*Proof, error) {
		p, err := t.ProveStep(zero, writes)
		if err != nil {
			return nil, err
		}
		return p, t.Apply(writes, leafOf)
	}
	proposal := &Proof{}
	if m.ProposalApplies() {
		var err error
		if proposal, err = step(m.BaseSize, m.ProposalWrites()); err != nil {
			return nil, nil, err
		}
	}
	var steps []Step
	for s := range m.Steps() {
		c, g := m.StepAt(s)
		var st Step
		var err error
		if c >= 0 {
			e := entries[c]
			w, zero := m.ChunkWrites(e.Count, e.First)
			st.Data, st.Count, st.First, st.Path = chunks[c], uint32(e.Count), e.First, paths[c]
			st.Proof, err = step(zero, w)
		} else {
			st.Proof, err = step(m.BaseSize, m.TailWrites(g))
		}
		if err != nil {
			return nil, nil, err
		}
		steps = append(steps, st)
	}
	return proposal, steps, nil
}
