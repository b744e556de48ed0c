// Package sampledloss is the sampled-loss circuit of a Neuron round (DESIGN.md
// step 5) with its native twin, witness builder, Groth16 keys and verifier.
//
// The proof has one public input, the claim digest (Claim.Digest). It shows,
// for k indices derived from the claim's seed, that the example at each index
// is in the committed dataset, that the fixed-point forward pass of the
// committed weights gives the loss stored at that index of the committed loss
// trace, and that the trace's sum tree totals the claimed loss sum.
package sampledloss

import (
	"errors"
	"fmt"

	"github.com/neuron-rollup/neuron/circuits/merkle"
	"github.com/neuron-rollup/neuron/circuits/mlp"
)

// ErrBadParams is wrapped by Params validation errors.
var ErrBadParams = errors.New("sampledloss: bad params")

// Params fix a circuit, hence a key pair: the model shape, the number of
// samples K and the depth of the dataset and trace trees (N <= 2^Depth).
type Params struct {
	Shape mlp.Shape
	K     int
	Depth int
}

// DevnetParams are the parameters of the committed devnet keys:
// shape 16-8-4 with squared error, 8 samples, trees of depth 8 (256 examples).
func DevnetParams() Params {
	return Params{Shape: mlp.Shape{Layers: []int{16, 8, 4}, Loss: mlp.SquaredError}, K: 8, Depth: 8}
}

// Validate reports the first problem with the parameters.
func (p Params) Validate() error {
	if err := p.Shape.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrBadParams, err)
	}
	if p.Shape.Loss != mlp.SquaredError {
		return fmt.Errorf("%w: %w: %s", ErrBadParams, mlp.ErrUnsupportedLoss, p.Shape.Loss)
	}
	if p.K < 1 || p.K > 1024 {
		return fmt.Errorf("%w: k = %d, want 1..1024", ErrBadParams, p.K)
	}
	if p.Depth < 1 || p.Depth > merkle.MaxDepth {
		return fmt.Errorf("%w: depth %d, want 1..%d", ErrBadParams, p.Depth, merkle.MaxDepth)
	}
	return nil
}

// String renders the parameters, e.g. "16-8-4/mse k=8 depth=8".
func (p Params) String() string {
	return fmt.Sprintf("%s k=%d depth=%d", p.Shape, p.K, p.Depth)
}
