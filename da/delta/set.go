package delta

import (
	"context"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
)

// MaxChain bounds the patches ReadSet follows back to a dataset.
const MaxChain = 1 << 12

// LeafFunc is the dataset leaf hash of an MLSC whose model has the given
// loss: sampledloss.Params.ExampleLeaf of the circuit version the chain
// picks for it (lossverify.ParamsFor leaves the version to the loss).
func LeafFunc(loss mlp.Loss) func(mlp.Example) (fr.Element, error) {
	return sampledloss.Params{Shape: mlp.Shape{Loss: loss}}.ExampleLeaf
}

// Leaves hashes examples with leaf.
func Leaves(examples []mlp.Example, leaf func(mlp.Example) (fr.Element, error)) ([]fr.Element, error) {
	out := make([]fr.Element, len(examples))
	for i, e := range examples {
		var err error
		if out[i], err = leaf(e); err != nil {
			return nil, fmt.Errorf("%w: example %d: %w", ErrPatch, i, err)
		}
	}
	return out, nil
}

// ApplyManifest fetches the patch's added examples and applies it to base,
// which must hold BaseSize examples of the patch's width.
func ApplyManifest(ctx context.Context, store da.Store, base []mlp.Example, m *Manifest) ([]mlp.Example, error) {
	if uint64(len(base)) != m.BaseSize {
		return nil, fmt.Errorf("%w: base set has %d examples, patch expects %d", ErrPatch, len(base), m.BaseSize)
	}
	if len(base) > 0 && len(base[0].X) != m.Width {
		return nil, fmt.Errorf("%w: base examples have %d inputs, patch %d", ErrPatch, len(base[0].X), m.Width)
	}
	added, err := m.ReadAdded(ctx, store)
	if err != nil {
		return nil, err
	}
	return Apply(base, m.Removed, added)
}

// ReadSet reads the training set a manifest CID names: a dataset, or a
// patch applied to the set its parent names, recursively (at most MaxChain
// patches). It checks sizes and shapes along the way, not roots: the caller
// compares the root of the result with the one its MLSC records.
func ReadSet(ctx context.Context, store da.Store, c cid.Cid) ([]mlp.Example, error) {
	var chain []*Manifest
	for {
		raw, err := store.Get(ctx, c)
		if err != nil {
			return nil, fmt.Errorf("delta: set %s: %w", c, err)
		}
		if len(raw) >= 4 && string(raw[:4]) == dataset.ManifestMagic {
			examples, _, err := dataset.Read(ctx, store, c)
			if err != nil {
				return nil, err
			}
			for i := len(chain) - 1; i >= 0; i-- {
				if examples, err = ApplyManifest(ctx, store, examples, chain[i]); err != nil {
					return nil, fmt.Errorf("delta: patch %d of %d: %w", len(chain)-i, len(chain), err)
				}
			}
			return examples, nil
		}
		m, err := DecodeManifest(raw)
		if err != nil {
			return nil, fmt.Errorf("delta: set %s: %w", c, err)
		}
		if len(chain) == MaxChain {
			return nil, fmt.Errorf("%w: more than %d patches above the dataset", ErrPatch, MaxChain)
		}
		chain = append(chain, m)
		c = m.Parent
	}
}
