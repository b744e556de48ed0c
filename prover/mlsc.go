package prover

import (
	"context"
	"fmt"

	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/rollup"
)

// PostDataset writes examples to DA as the dataset of an MLSC whose claims p's circuit
// proves, and fills spec's model (layers, loss), dataset (CID, root, size) and sample count
// from p and the examples; the optimiser, window and round fields stay the caller's. The
// dataset root is that of p's circuit version, so the prover and the trainers, which build
// the same tree from DA, will agree with it. p.Depth must fit the examples.
func PostDataset(ctx context.Context, store da.Store, p sampledloss.Params, examples []mlp.Example, classes int, spec *rollup.MLSCSpec) (cid.Cid, error) {
	if err := p.Validate(); err != nil {
		return cid.Undef, err
	}
	if d := dataset.Depth(len(examples)); d != p.Depth {
		return cid.Undef, fmt.Errorf("prover: %d examples need a dataset tree of depth %d, circuit %s has %d", len(examples), d, p, p.Depth)
	}
	c, err := dataset.Write(ctx, store, examples, dataset.Options{Classes: classes})
	if err != nil {
		return cid.Undef, err
	}
	tree, err := p.DatasetTree(examples)
	if err != nil {
		return cid.Undef, err
	}
	spec.Layers = make([]uint32, len(p.Shape.Layers))
	for i, l := range p.Shape.Layers {
		spec.Layers[i] = uint32(l)
	}
	spec.Loss = uint8(p.Shape.Loss)
	root := tree.Root()
	spec.DatasetCID, spec.DatasetRoot, spec.DatasetSize = c.Bytes(), root.Bytes(), uint64(len(examples))
	spec.SampleCount = uint32(p.K)
	return c, nil
}
