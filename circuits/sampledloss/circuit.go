package sampledloss

import (
	"github.com/consensys/gnark/frontend"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/merkle"
	"github.com/neuron-rollup/neuron/circuits/poseidon"
)

// Circuit is the sampled-loss circuit. Only Digest is public; it must equal
// Hash(WeightCommitment, DatasetRoot, N, TraceRoot, ClaimedLossSum, Seed,
// Trainer, MLSC, Round) where WeightCommitment is computed in-circuit from
// Weights. Build one with Params.NewCircuit (for compiling) or NewAssignment
// (a witness).
type Circuit struct {
	Digest frontend.Variable `gnark:",public"`

	DatasetRoot    frontend.Variable
	N              frontend.Variable
	TraceRoot      frontend.Variable
	ClaimedLossSum frontend.Variable
	Seed           frontend.Variable
	Trainer        frontend.Variable
	MLSC           frontend.Variable
	Round          frontend.Variable

	Weights []frontend.Variable
	Samples []Sample

	// Version 2 only: the cap nodes (Params.CapBits) of the dataset tree
	// and of the trace sum tree, left to right.
	DataCap      []frontend.Variable
	TraceCapHash []frontend.Variable
	TraceCapSum  []frontend.Variable

	params Params
}

// Sample is the private witness of one sampled index: the example and the
// Merkle paths (siblings bottom-up, Params.PathLen of them) of its dataset
// leaf and its trace leaf.
type Sample struct {
	X         []frontend.Variable
	Label     frontend.Variable
	DataPath  []frontend.Variable
	TraceHash []frontend.Variable
	TraceSum  []frontend.Variable
}

// NewCircuit returns an empty circuit with every slice sized for p, ready
// for frontend.Compile. It does not validate p.
func (p Params) NewCircuit() *Circuit {
	c := &Circuit{params: p, Weights: make([]frontend.Variable, p.Shape.ParamCount()), Samples: make([]Sample, p.K)}
	n := p.PathLen()
	for j := range c.Samples {
		c.Samples[j] = Sample{
			X:         make([]frontend.Variable, p.Shape.Inputs()),
			DataPath:  make([]frontend.Variable, n),
			TraceHash: make([]frontend.Variable, n),
			TraceSum:  make([]frontend.Variable, n),
		}
	}
	if p.CircuitVersion() == 2 {
		caps := 1 << p.CapBits()
		c.DataCap = make([]frontend.Variable, caps)
		c.TraceCapHash = make([]frontend.Variable, caps)
		c.TraceCapSum = make([]frontend.Variable, caps)
	}
	return c
}

// Define implements frontend.Circuit.
func (c *Circuit) Define(api frontend.API) error {
	if c.params.CircuitVersion() == 2 {
		return c.defineV2(api)
	}
	p := c.params
	h, err := poseidon.NewHasher(api)
	if err != nil {
		return err
	}
	tree := merkle.NewVerifier(api, h)

	// (a) the weights hash to the commitment (and are fixed-point values).
	weightCommitment := h.CommitWeights(c.Weights)
	// 1 <= N <= 2^Depth; the claimed sum is a uint64.
	fixedpoint.AssertBits(api, api.Sub(c.N, 1), p.Depth)
	fixedpoint.AssertBits(api, c.ClaimedLossSum, 64)

	for j, s := range c.Samples {
		// index_j = low64(Hash(Seed, j)) mod N, as Depth bits.
		idx := fixedpoint.Mod(api, fixedpoint.Low64(api, h.Hash(c.Seed, j)), c.N, 64, p.Depth)
		// (b) the example is in the dataset at index_j.
		leaf := tree.ExampleLeaf(s.X, s.Label)
		api.AssertIsEqual(tree.Root(leaf, idx, s.DataPath), c.DatasetRoot)
		// (c) its loss is the trace leaf at index_j.
		loss := p.Shape.LossCircuit(api, p.Shape.ForwardCircuit(api, c.Weights, s.X), s.Label)
		// (d) the trace leaf is in the sum tree whose total is the claim.
		root, sum := tree.SumRoot(loss, idx, s.TraceHash, s.TraceSum)
		api.AssertIsEqual(root, c.TraceRoot)
		api.AssertIsEqual(sum, c.ClaimedLossSum)
	}

	digest := h.Hash(weightCommitment, c.DatasetRoot, c.N, c.TraceRoot, c.ClaimedLossSum, c.Seed, c.Trainer, c.MLSC, c.Round)
	api.AssertIsEqual(digest, c.Digest)
	return nil
}
