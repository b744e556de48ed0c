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
	"math/bits"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/neuron-rollup/neuron/circuits/merkle"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/poseidon"
)

// ErrBadParams is wrapped by Params validation errors.
var ErrBadParams = errors.New("sampledloss: bad params")

// Params fix a circuit, hence a key pair: the model shape, the number of
// samples K, the depth of the dataset and trace trees (N <= 2^Depth) and the
// circuit version.
//
// Version 1 (the devnet keys) proves squared error with one forward pass per
// sample, binary-decomposition range checks and no commitment: 256-byte
// proofs. Version 2 proves squared error and cross-entropy at real scale:
// Freivalds-checked matrix products, limb-lookup range checks
// (circuits/limbcheck), log-derivative lookup tables, the wide-sponge weight
// commitment (poseidon.CommitWeightsV2) and dataset leaves
// (merkle.ExampleLeafV2), the SumV2 trace tree and tree caps (CapBits); its
// proofs carry one Pedersen
// commitment (ProofSizeCommitted bytes). Version 0 means 1 for squared error
// and 2 for cross-entropy.
type Params struct {
	Shape   mlp.Shape
	K       int
	Depth   int
	Version int
}

// CircuitVersion is the effective version (1 or 2) of p.
func (p Params) CircuitVersion() int {
	if p.Version != 0 {
		return p.Version
	}
	if p.Shape.Loss == mlp.CrossEntropy {
		return 2
	}
	return 1
}

// FMNISTDepth is the tree depth of Fashion-MNIST's 60,000 training examples.
const FMNISTDepth = 16

// FMNISTParams are the version-2 parameters of the Fashion-MNIST MLP
// 784-100-10 with softmax cross-entropy and k samples.
func FMNISTParams(k int) Params {
	return Params{Shape: mlp.Shape{Layers: []int{784, 100, 10}, Loss: mlp.CrossEntropy}, K: k, Depth: FMNISTDepth, Version: 2}
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
	switch v := p.CircuitVersion(); {
	case v == 1 && p.Shape.Loss != mlp.SquaredError:
		return fmt.Errorf("%w: %w in circuit version 1: %s", ErrBadParams, mlp.ErrUnsupportedLoss, p.Shape.Loss)
	case v != 1 && v != 2:
		return fmt.Errorf("%w: circuit version %d, want 1 or 2", ErrBadParams, v)
	}
	if p.K < 1 || p.K > 1024 {
		return fmt.Errorf("%w: k = %d, want 1..1024", ErrBadParams, p.K)
	}
	if p.Depth < 1 || p.Depth > merkle.MaxDepth {
		return fmt.Errorf("%w: depth %d, want 1..%d", ErrBadParams, p.Depth, merkle.MaxDepth)
	}
	return nil
}

// String renders the parameters, e.g. "16-8-4/mse k=8 depth=8" (version 1)
// or "784-100-10/xent k=32 depth=16 v2".
func (p Params) String() string {
	s := fmt.Sprintf("%s k=%d depth=%d", p.Shape, p.K, p.Depth)
	if v := p.CircuitVersion(); v != 1 {
		s += fmt.Sprintf(" v%d", v)
	}
	return s
}

// ParseParams parses String's rendering ("16-8-4/mse k=8 depth=8",
// "784-100-10/xent k=32 depth=16 v2") and validates the result. It accepts
// exactly the strings String returns: ParseParams(s).String() == s.
func ParseParams(s string) (Params, error) {
	fields := strings.Split(s, " ")
	if len(fields) != 3 && len(fields) != 4 {
		return Params{}, fmt.Errorf("%w: %q is not \"SHAPE/LOSS k=K depth=D[ vV]\"", ErrBadParams, s)
	}
	layers, lossName, ok := strings.Cut(fields[0], "/")
	if !ok {
		return Params{}, fmt.Errorf("%w: shape %q has no /loss", ErrBadParams, fields[0])
	}
	loss, err := mlp.ParseLoss(lossName)
	if err != nil {
		return Params{}, fmt.Errorf("%w: %w", ErrBadParams, err)
	}
	shape, err := mlp.ParseShape(layers, loss)
	if err != nil {
		return Params{}, fmt.Errorf("%w: %w", ErrBadParams, err)
	}
	p := Params{Shape: shape}
	if _, err := fmt.Sscanf(fields[1]+" "+fields[2], "k=%d depth=%d", &p.K, &p.Depth); err != nil {
		return Params{}, fmt.Errorf("%w: %q: %w", ErrBadParams, s, err)
	}
	if len(fields) == 4 {
		if _, err := fmt.Sscanf(fields[3], "v%d", &p.Version); err != nil {
			return Params{}, fmt.Errorf("%w: version %q: %w", ErrBadParams, fields[3], err)
		}
	}
	if err := p.Validate(); err != nil {
		return Params{}, err
	}
	if p.String() != s {
		return Params{}, fmt.Errorf("%w: %q is not in canonical form (%q)", ErrBadParams, s, p.String())
	}
	return p, nil
}

// CommitWeights is the weight commitment of quantized weights for p's
// circuit version (poseidon.CommitWeights or poseidon.CommitWeightsV2).
func (p Params) CommitWeights(weights []int64) (fr.Element, error) {
	if p.CircuitVersion() == 2 {
		return poseidon.CommitWeightsV2(weights)
	}
	return poseidon.CommitWeights(weights)
}

// ExampleLeaf is the dataset leaf function of p's circuit version.
func (p Params) ExampleLeaf(e mlp.Example) (fr.Element, error) {
	if p.CircuitVersion() == 2 {
		return merkle.ExampleLeafV2(e)
	}
	return merkle.ExampleLeaf(e)
}

// DatasetTree builds the dataset tree of p's circuit version and depth.
func (p Params) DatasetTree(examples []mlp.Example) (*merkle.Tree, error) {
	return merkle.NewDatasetTreeWith(p.Depth, examples, p.ExampleLeaf)
}

// SumScheme is the loss-trace sum tree hashing of p's circuit version.
func (p Params) SumScheme() merkle.SumScheme {
	if p.CircuitVersion() == 2 {
		return merkle.SumV2
	}
	return merkle.SumV1
}

// TraceTree builds the loss-trace sum tree of p's circuit version and depth.
func (p Params) TraceTree(losses []uint64) (*merkle.SumTree, error) {
	return merkle.NewSumTreeWith(p.SumScheme(), p.Depth, losses)
}

// CapBits is the height of the tree caps a version-2 proof opens: the top
// CapBits levels of the dataset and trace trees are hashed once from their
// 2^CapBits nodes (given in the witness), and each sample's paths stop below
// them, ending at the cap node its index selects (a lookup). With
// CapBits = floor(log2 K) this replaces K*CapBits path levels by
// 2^CapBits - 1 cap nodes. Version 1 opens full paths (0).
func (p Params) CapBits() int {
	if p.CircuitVersion() != 2 {
		return 0
	}
	return min(bits.Len(uint(p.K))-1, p.Depth)
}

// PathLen is the number of siblings in each sample's paths: Depth - CapBits.
func (p Params) PathLen() int { return p.Depth - p.CapBits() }
