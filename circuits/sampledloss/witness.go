package sampledloss

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/neuron-rollup/neuron/circuits/merkle"
	"github.com/neuron-rollup/neuron/circuits/mlp"
)

// ErrMismatch is wrapped when the witness data does not match the claim; a
// proof for it would not exist.
var ErrMismatch = errors.New("sampledloss: witness does not match claim")

// NewAssignment builds the full witness for claim c from the quantized
// weights (ParamCount order), the dataset examples with their tree (from
// p.DatasetTree(examples), which for version 1 is
// merkle.NewDatasetTree(p.Depth, examples)) and the loss-trace sum tree (from
// p.TraceTree(losses), which for version 1 is merkle.NewSumTree(p.Depth,
// losses)). It checks everything the circuit
// checks and returns an error wrapping ErrMismatch (or a validation error)
// instead of an unsatisfiable witness. Only the k sampled examples are read.
func NewAssignment(p Params, weights []int64, examples []mlp.Example, data *merkle.Tree, trace *merkle.SumTree, c Claim) (*Circuit, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if err := c.Validate(p); err != nil {
		return nil, err
	}
	if err := p.Shape.CheckParams(weights); err != nil {
		return nil, err
	}
	if data.Depth() != p.Depth || trace.Depth() != p.Depth {
		return nil, fmt.Errorf("%w: tree depths %d and %d, params want %d", ErrBadParams, data.Depth(), trace.Depth(), p.Depth)
	}
	if trace.Scheme() != p.SumScheme() {
		return nil, fmt.Errorf("%w: trace tree hashed with sum scheme %d, params want %d (use Params.TraceTree)", ErrBadParams, trace.Scheme(), p.SumScheme())
	}
	if uint64(len(examples)) != c.N {
		return nil, fmt.Errorf("%w: %d examples, claim says N = %d", ErrMismatch, len(examples), c.N)
	}
	wc, err := p.CommitWeights(weights)
	if err != nil {
		return nil, err
	}
	if wc.Bytes() != c.WeightCommitment {
		return nil, fmt.Errorf("%w: weight commitment", ErrMismatch)
	}
	if dr := data.Root(); dr.Bytes() != c.DatasetRoot {
		return nil, fmt.Errorf("%w: dataset root", ErrMismatch)
	}
	root := trace.Root()
	if root.Hash.Bytes() != c.TraceRoot || root.Sum != c.ClaimedLossSum {
		return nil, fmt.Errorf("%w: trace root or claimed loss sum", ErrMismatch)
	}

	a := p.NewCircuit()
	el := c.Elements()
	digest := c.Digest()
	a.Digest = new(big.Int).SetBytes(digest[:])
	a.DatasetRoot, a.N, a.TraceRoot, a.ClaimedLossSum = bigOf(el[1]), c.N, bigOf(el[3]), c.ClaimedLossSum
	a.Seed, a.Trainer, a.MLSC, a.Round = bigOf(el[5]), bigOf(el[6]), c.MLSC, c.Round
	for i, w := range weights {
		a.Weights[i] = w
	}
	if p.CircuitVersion() == 2 {
		if err := a.setCaps(p, data, trace); err != nil {
			return nil, err
		}
	}
	for j, idx := range SampleIndices(c.Seed, p.K, c.N) {
		e := examples[idx]
		if err := p.Shape.CheckExample(e); err != nil {
			return nil, fmt.Errorf("example %d: %w", idx, err)
		}
		leaf, err := p.ExampleLeaf(e)
		if err != nil {
			return nil, err
		}
		if leaf != data.Leaf(idx) {
			return nil, fmt.Errorf("%w: example %d is not the dataset tree's leaf", ErrMismatch, idx)
		}
		loss, err := p.Shape.ExampleLoss(weights, e)
		if err != nil {
			return nil, err
		}
		if got := trace.Leaf(idx).Sum; got != loss {
			return nil, fmt.Errorf("%w: trace has loss %d at index %d, the model gives %d", ErrMismatch, got, idx, loss)
		}
		if err := a.setSample(j, idx, e, data, trace); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// bigOf converts a field element to a witness value.
func bigOf(e fr.Element) *big.Int { return e.BigInt(new(big.Int)) }

// setCaps fills the version-2 tree caps.
func (a *Circuit) setCaps(p Params, data *merkle.Tree, trace *merkle.SumTree) error {
	dc, err := data.Level(p.PathLen())
	if err != nil {
		return err
	}
	tc, err := trace.Level(p.PathLen())
	if err != nil {
		return err
	}
	for i := range dc {
		a.DataCap[i] = bigOf(dc[i])
		a.TraceCapHash[i] = bigOf(tc[i].Hash)
		a.TraceCapSum[i] = tc[i].Sum
	}
	return nil
}

// setSample fills sample j with example e at index idx and its two paths
// (the levels below the cap).
func (a *Circuit) setSample(j int, idx uint64, e mlp.Example, data *merkle.Tree, trace *merkle.SumTree) error {
	dp, err := data.Path(idx)
	if err != nil {
		return err
	}
	tp, err := trace.Path(idx)
	if err != nil {
		return err
	}
	s := &a.Samples[j]
	for i, x := range e.X {
		s.X[i] = x
	}
	s.Label = e.Label
	for l := range s.DataPath { // the levels below the cap
		s.DataPath[l] = bigOf(dp[l])
		s.TraceHash[l] = bigOf(tp[l].Hash)
		s.TraceSum[l] = tp[l].Sum
	}
	return nil
}
