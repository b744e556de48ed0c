package sampledloss

import (
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/lookup/logderivlookup"
	"github.com/neuron-rollup/neuron/circuits/limbcheck"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/merkle"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/poseidon"
)

// defineV2 is the version-2 statement: the same claim and digest as
// version 1, with the weight commitment and dataset leaves hashed by the
// wide sponge, every range check through circuits/limbcheck, the k forward
// passes checked together by Freivalds (mlp.ForwardBatchCircuit),
// cross-entropy through lookup tables, the SumV2 trace tree and both trees
// opened below their caps (Params.CapBits). All of these share one Groth16
// commitment.
func (c *Circuit) defineV2(api frontend.API) error {
	p := c.params
	h, err := poseidon.NewHasher(api)
	if err != nil {
		return err
	}
	sp, err := poseidon.NewSponge(api)
	if err != nil {
		return err
	}
	c3, err := poseidon.NewCompressor3(api)
	if err != nil {
		return err
	}
	rc := limbcheck.New(api)
	tree := merkle.NewVerifier(api, h)

	// (a) the weights hash to the commitment (and are fixed-point values).
	weightCommitment := sp.CommitWeights(rc, c.Weights)
	rc.Check(api.Sub(c.N, 1), p.Depth)
	rc.Check(c.ClaimedLossSum, 64)

	// The tree caps: hashed once to the roots; each path below ends at the
	// cap node its index's top bits select.
	low := p.PathLen()
	api.AssertIsEqual(tree.CapRoot(c.DataCap), c.DatasetRoot)
	traceRoot, total := tree.SumCapRootV2(c3, rc, c.TraceCapHash, c.TraceCapSum)
	api.AssertIsEqual(traceRoot, c.TraceRoot)
	api.AssertIsEqual(total, c.ClaimedLossSum)
	dataCap, capHash, capSum := logderivlookup.New(api), logderivlookup.New(api), logderivlookup.New(api)
	for i := range c.DataCap {
		dataCap.Insert(c.DataCap[i])
		capHash.Insert(c.TraceCapHash[i])
		capSum.Insert(c.TraceCapSum[i])
	}
	capIndex := func(bits []frontend.Variable) frontend.Variable {
		var pos frontend.Variable = 0
		for i, b := range bits[low:] {
			pos = api.Add(pos, api.Mul(b, 1<<i))
		}
		return pos
	}

	idx := make([][]frontend.Variable, len(c.Samples))
	xs := make([][]frontend.Variable, len(c.Samples))
	for j, s := range c.Samples {
		idx[j] = fixedpoint.ModWith(api, rc, fixedpoint.Low64With(api, rc, h.Hash(c.Seed, j)), c.N, 64, p.Depth)
		// (b) the example is in the dataset at index_j (inputs range-checked).
		leaf := tree.ExampleLeafV2(sp, rc, s.X, s.Label)
		api.AssertIsEqual(tree.Root(leaf, idx[j][:low], s.DataPath), dataCap.Lookup(capIndex(idx[j]))[0])
		xs[j] = s.X
	}
	// (c) the losses of all samples, matrix products checked at once.
	ys := p.Shape.ForwardBatchCircuit(api, rc, c.Weights, xs)
	var tabs *mlp.LossTables
	if p.Shape.Loss == mlp.CrossEntropy {
		tabs = mlp.NewLossTables(api)
	}
	for j, s := range c.Samples {
		loss := p.Shape.LossCircuitWith(api, rc, tabs, ys[j], s.Label)
		// (d) the trace leaf is in the sum tree whose total is the claim.
		node, sum := tree.SumRootV2(c3, rc, loss, idx[j][:low], s.TraceHash, s.TraceSum)
		pos := capIndex(idx[j])
		api.AssertIsEqual(node, capHash.Lookup(pos)[0])
		api.AssertIsEqual(sum, capSum.Lookup(pos)[0])
	}
	digest := h.Hash(weightCommitment, c.DatasetRoot, c.N, c.TraceRoot, c.ClaimedLossSum, c.Seed, c.Trainer, c.MLSC, c.Round)
	api.AssertIsEqual(digest, c.Digest)
	return nil
}
