package sampledloss

import (
	"math/rand/v2"
	"testing"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/merkle"
	"github.com/neuron-rollup/neuron/circuits/mlp"
)

// fixture is a consistent (weights, dataset, trace, claim) for some params.
type fixture struct {
	p        Params
	weights  []int64
	examples []mlp.Example
	data     *merkle.Tree
	losses   []uint64
	trace    *merkle.SumTree
	claim    Claim
}

// newFixture makes random weights in [-1, 1), n random pixel examples and
// their true loss trace.
func newFixture(t testing.TB, p Params, n int, seed uint64) *fixture {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 1))
	f := &fixture{p: p}
	f.weights = make([]int64, p.Shape.ParamCount())
	for i := range f.weights {
		f.weights[i] = fixedpoint.Quantize(rng.Float32()*2 - 1)
	}
	f.examples = make([]mlp.Example, n)
	for i := range f.examples {
		x := make([]int64, p.Shape.Inputs())
		for j := range x {
			x[j] = fixedpoint.QuantizePixel(uint8(rng.IntN(256)))
		}
		f.examples[i] = mlp.Example{X: x, Label: rng.IntN(p.Shape.Outputs())}
	}
	var err error
	if f.data, err = p.DatasetTree(f.examples); err != nil {
		t.Fatal(err)
	}
	if f.losses, err = p.Shape.Losses(f.weights, f.examples); err != nil {
		t.Fatal(err)
	}
	f.setTrace(t, f.losses)
	wc, err := p.CommitWeights(f.weights)
	if err != nil {
		t.Fatal(err)
	}
	f.claim.WeightCommitment = wc.Bytes()
	dr := f.data.Root()
	f.claim.DatasetRoot = dr.Bytes()
	f.claim.N = uint64(n)
	for i := range f.claim.Seed {
		f.claim.Seed[i] = byte(rng.Uint32())
	}
	for i := range f.claim.Trainer {
		f.claim.Trainer[i] = byte(rng.Uint32())
	}
	f.claim.MLSC, f.claim.Round = 7, 3
	return f
}

// setTrace replaces the loss trace and the claim's trace root and sum.
func (f *fixture) setTrace(t testing.TB, losses []uint64) {
	t.Helper()
	var err error
	if f.trace, err = f.p.TraceTree(losses); err != nil {
		t.Fatal(err)
	}
	r := f.trace.Root()
	f.claim.TraceRoot = r.Hash.Bytes()
	f.claim.ClaimedLossSum = r.Sum
}

func (f *fixture) assignment(t testing.TB) *Circuit {
	t.Helper()
	a, err := NewAssignment(f.p, f.weights, f.examples, f.data, f.trace, f.claim)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
