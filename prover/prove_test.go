package prover

import (
	"context"
	"math/rand"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/merkle"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/poseidon"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/checkpoint"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/da/trace"
	"github.com/neuron-rollup/neuron/lossverify"
	"github.com/neuron-rollup/neuron/rollup"
)

// fixture is an MLSC of the devnet shape with a revealed claim whose
// checkpoint, trace and dataset are on DA.
type fixture struct {
	store  *da.Memory
	spec   rollup.MLSCSpec
	claim  rollup.Claim
	reveal rollup.RevealRecord
	losses []uint64
}

func newFixture(t *testing.T, lie func(losses []uint64, idx []uint64)) *fixture {
	t.Helper()
	ctx := context.Background()
	rng := rand.New(rand.NewSource(3))
	p := sampledloss.DevnetParams()
	const n = 200
	examples := make([]mlp.Example, n)
	for i := range examples {
		x := make([]int64, p.Shape.Inputs())
		for j := range x {
			x[j] = fixedpoint.Quantize(float32(rng.NormFloat64()))
		}
		examples[i] = mlp.Example{X: x, Label: rng.Intn(p.Shape.Outputs())}
	}
	store := da.NewMemory()
	dc, err := dataset.Write(ctx, store, examples, dataset.Options{Classes: p.Shape.Outputs()})
	require.NoError(t, err)
	root, err := dataset.Root(examples, 0)
	require.NoError(t, err)
	w := make([]float32, p.Shape.ParamCount())
	for i := range w {
		w[i] = float32(rng.NormFloat64() * 0.3)
	}
	ckCID, err := checkpoint.Put(ctx, store, &checkpoint.Checkpoint{Shape: p.Shape, Weights: w})
	require.NoError(t, err)
	params := fixedpoint.QuantizeAll(w)
	losses, err := p.Shape.Losses(params, examples)
	require.NoError(t, err)
	seed := common.Hash{7, 7}
	if lie != nil {
		lie(losses, sampledloss.SampleIndices(seed, p.K, n))
	}
	sum, err := merkle.NewSumTree(dataset.Depth(n), losses)
	require.NoError(t, err)
	trCID, err := trace.Put(ctx, store, losses)
	require.NoError(t, err)
	wc, err := poseidon.CommitWeights(params)
	require.NoError(t, err)
	layers := make([]uint32, len(p.Shape.Layers))
	for i, l := range p.Shape.Layers {
		layers[i] = uint32(l)
	}
	f := &fixture{store: store, losses: losses,
		spec: rollup.MLSCSpec{Layers: layers, Loss: uint8(p.Shape.Loss), DatasetCID: dc.Bytes(), DatasetRoot: root.Bytes(),
			DatasetSize: n, SampleCount: uint32(p.K)}}
	sroot := sum.Root()
	f.claim = rollup.Claim{MLSC: 1, Round: 2, Trainer: common.Address{9}, WeightCommitment: wc.Bytes(),
		DatasetRoot: root.Bytes(), DatasetSize: n, TraceRoot: sroot.Hash.Bytes(), LossSum: sroot.Sum, Seed: seed, SampleCount: uint32(p.K)}
	f.reveal = rollup.RevealRecord{Trainer: f.claim.Trainer, CheckpointCID: ckCID.Bytes(), WeightCommitment: f.claim.WeightCommitment,
		TraceCID: trCID.Bytes(), TraceRoot: f.claim.TraceRoot, ClaimedLossSum: f.claim.LossSum}
	return f
}

func devnetEngine(store da.Store) *Engine {
	return NewEngine(store, lossverify.Devnet(), func(p sampledloss.Params) (*sampledloss.Keys, error) {
		return sampledloss.LoadOrSetup(filepath.Join("..", sampledloss.DevnetKeyDir), p)
	})
}

func TestUnprovableClaims(t *testing.T) {
	for _, tc := range []struct {
		name string
		lie  func(losses []uint64, idx []uint64)
		edit func(f *fixture)
	}{
		{"trace leaf lowered at a sampled index", func(l, idx []uint64) { l[idx[0]] /= 2 }, nil},
		{"checkpoint is not the committed one", nil, func(f *fixture) { f.claim.WeightCommitment[31] ^= 1 }},
		{"trace on DA is not the revealed root", nil, func(f *fixture) { f.claim.TraceRoot[31] ^= 1 }},
		{"claimed sum is not the trace total", nil, func(f *fixture) { f.claim.LossSum-- }},
		{"checkpoint CID is garbage", nil, func(f *fixture) { f.reveal.CheckpointCID = []byte{1, 2} }},
		{"checkpoint CID names the trace", nil, func(f *fixture) { f.reveal.CheckpointCID = f.reveal.TraceCID }},
		{"trace stored whole, not chunked", nil, func(f *fixture) {
			b, err := trace.Encode(f.losses)
			if err != nil {
				panic(err)
			}
			id, err := f.store.Put(context.Background(), b)
			if err != nil {
				panic(err)
			}
			f.reveal.TraceCID = id.Bytes()
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t, tc.lie)
			if tc.edit != nil {
				tc.edit(f)
			}
			_, err := devnetEngine(f.store).Prove(context.Background(), &f.spec, &f.claim, &f.reveal)
			require.ErrorIs(t, err, ErrUnprovable)
		})
	}
}

// TestMissingCheckpoint: a checkpoint the DA node does not have (yet) is a
// fetch failure to retry, not an unprovable claim.
func TestMissingCheckpoint(t *testing.T) {
	f := newFixture(t, nil)
	f.reveal.CheckpointCID = da.Sum([]byte("not published")).Bytes()
	_, err := devnetEngine(f.store).Prove(context.Background(), &f.spec, &f.claim, &f.reveal)
	require.ErrorIs(t, err, da.ErrNotFound)
	require.NotErrorIs(t, err, ErrUnprovable)
}

func TestProveAndVerify(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the devnet proving key and proves (about 15 s)")
	}
	f := newFixture(t, nil)
	proof, err := devnetEngine(f.store).Prove(context.Background(), &f.spec, &f.claim, &f.reveal)
	require.NoError(t, err)
	v := lossverify.Devnet()
	require.NoError(t, v.Supports(&f.spec))
	require.NoError(t, v.Verify(&f.spec, &f.claim, proof))
	for _, tc := range []struct {
		name string
		edit func(c *rollup.Claim)
	}{
		{"other trainer", func(c *rollup.Claim) { c.Trainer[0] ^= 1 }},
		{"other round", func(c *rollup.Claim) { c.Round++ }},
		{"other seed", func(c *rollup.Claim) { c.Seed[5] ^= 1 }},
		{"lower loss", func(c *rollup.Claim) { c.LossSum-- }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := f.claim
			tc.edit(&c)
			require.Error(t, v.Verify(&f.spec, &c, proof), "a proof must not verify for %s", tc.name)
		})
	}
	other := f.spec
	other.SampleCount = 3
	require.ErrorIs(t, v.Supports(&other), lossverify.ErrNoKey)
}
