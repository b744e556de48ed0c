package sampledloss_test

import (
	"fmt"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/merkle"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/poseidon"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
)

// A trainer's path from a checkpoint and a dataset to a claim and a witness.
// Proving then takes keys: k.Prove(a) with k from sampledloss.LoadOrSetup.
func Example() {
	p := sampledloss.DevnetParams()
	weights := make([]int64, p.Shape.ParamCount()) // quantized: fixedpoint.Quantize
	for i := range weights {
		weights[i] = fixedpoint.Quantize(float32(i%7-3) / 8)
	}
	examples := make([]mlp.Example, 20)
	for i := range examples {
		x := make([]int64, p.Shape.Inputs())
		for j := range x {
			x[j] = fixedpoint.QuantizePixel(uint8(i * j))
		}
		examples[i] = mlp.Example{X: x, Label: i % p.Shape.Outputs()}
	}

	data, _ := merkle.NewDatasetTree(p.Depth, examples)
	losses, _ := p.Shape.Losses(weights, examples) // the loss trace
	trace, _ := p.TraceTree(losses)
	wc, _ := poseidon.CommitWeights(weights)

	claim := sampledloss.Claim{N: uint64(len(examples)), ClaimedLossSum: trace.Root().Sum, MLSC: 1, Round: 1}
	claim.WeightCommitment = wc.Bytes()
	dr, tr := data.Root(), trace.Root()
	claim.DatasetRoot, claim.TraceRoot = dr.Bytes(), tr.Hash.Bytes()
	claim.Seed[31] = 42 // from L1 after the reveal window

	fmt.Println("sampled:", sampledloss.SampleIndices(claim.Seed, p.K, claim.N))
	fmt.Printf("digest: %x\n", claim.Digest())
	_, err := sampledloss.NewAssignment(p, weights, examples, data, trace, claim)
	fmt.Println("witness error:", err)
	// Output:
	// sampled: [10 18 7 7 7 9 18 18]
	// digest: 189b3191d352c7fab3c244016cdf4ea9c62bed0877dd00c4ca58b6a39a9782ee
	// witness error: <nil>
}
