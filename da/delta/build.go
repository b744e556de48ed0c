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

// Built is everything a delta proposal carries, and the chunk objects of
// its added examples (each sent in a delta-data transaction).
type Built struct {
	CID      cid.Cid
	Manifest []byte
	BaseRoot fr.Element
	NewRoot  fr.Element
	NewSize  uint64
	Proof    *Proof
	Chunks   [][]byte
	// Set is the patched training set.
	Set []mlp.Example
}

// Build writes a patch of the set base (named parent on DA, with dataset
// leaves leaf) to store: it removes the indices removed and adds added, with
// classes labels at most. It returns what a proposal needs: the manifest and
// its CID, the resulting root and size, the proof of the changed positions
// and the chunks.
func Build(ctx context.Context, store da.Store, parent cid.Cid, base []mlp.Example, classes int, leaf func(mlp.Example) (fr.Element, error), removed []uint64, added []mlp.Example) (*Built, error) {
	return BuildWith(ctx, store, parent, base, classes, leaf, removed, added, Options{})
}

// BuildWith is Build with the chunks of added examples shaped by opts (Write).
func BuildWith(ctx context.Context, store da.Store, parent cid.Cid, base []mlp.Example, classes int, leaf func(mlp.Example) (fr.Element, error), removed []uint64, added []mlp.Example, opts Options) (*Built, error) {
	if len(base) == 0 {
		return nil, fmt.Errorf("%w: empty base set", ErrPatch)
	}
	tree, err := merkle.NewDatasetTreeWith(dataset.Depth(len(base)), base, leaf)
	if err != nil {
		return nil, fmt.Errorf("delta: base root: %w", err)
	}
	b := &Built{BaseRoot: tree.Root()}
	m := &Manifest{Parent: parent, BaseRoot: b.BaseRoot.Bytes(), BaseSize: uint64(len(base)), Width: len(base[0].X), Classes: classes, Removed: removed}
	if b.CID, b.Manifest, err = Write(ctx, store, m, added, opts); err != nil {
		return nil, err
	}
	writes, n, err := Plan(m.BaseSize, removed, uint64(len(added)))
	if err != nil {
		return nil, err
	}
	if b.Proof, err = Prove(tree, m.BaseSize, n, writes); err != nil {
		return nil, err
	}
	if b.Set, err = Apply(base, removed, added); err != nil {
		return nil, err
	}
	next, err := merkle.NewDatasetTreeWith(dataset.Depth(len(b.Set)), b.Set, leaf)
	if err != nil {
		return nil, fmt.Errorf("delta: new root: %w", err)
	}
	b.NewRoot, b.NewSize = next.Root(), n
	for _, ch := range m.Chunks {
		raw, err := store.Get(ctx, ch.CID)
		if err != nil {
			return nil, fmt.Errorf("delta: chunk: %w", err)
		}
		b.Chunks = append(b.Chunks, raw)
	}
	return b, nil
}
