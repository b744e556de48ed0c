package trainer

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/circuits/merkle"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/trace"
)

// TestPipelineReproduces trains, publishes, and checks that the claim
// reproduces from the checkpoint and trace on DA alone.
func TestPipelineReproduces(t *testing.T) {
	ctx := context.Background()
	store := da.NewMemory()
	spec := testSpec(t, store, 120)
	ds, err := LoadDataset(ctx, store, &spec)
	require.NoError(t, err)
	require.Equal(t, 7, ds.Depth)

	addrA, addrB := common.Address{0xa}, common.Address{0xb}
	var epochs []EpochReport
	job := Job{Spec: &spec, Seed: Seed(addrA, 1, 1), Threads: 1, Progress: func(r EpochReport) error {
		epochs = append(epochs, r)
		return nil
	}}
	cand, err := Train(ctx, job, ds)
	require.NoError(t, err)
	require.Len(t, epochs, int(spec.Epochs))
	require.Less(t, epochs[len(epochs)-1].Loss, epochs[0].Loss, "training did not lower the loss")

	var sum uint64
	for _, l := range cand.Losses {
		sum += l
	}
	require.Equal(t, sum, cand.LossSum)

	ckpt, tr, err := Publish(ctx, store, cand)
	require.NoError(t, err)
	got, err := Reproduce(ctx, store, ds, ckpt, tr)
	require.NoError(t, err)
	require.Equal(t, cand.WeightCommitment, got.WeightCommitment)
	require.Equal(t, cand.TraceRoot, got.TraceRoot)
	require.Equal(t, cand.LossSum, got.LossSum)
	tree, err := merkle.NewSumTree(ds.Depth, got.Losses)
	require.NoError(t, err)
	root := tree.Root()
	require.Equal(t, common.Hash(root.Hash.Bytes()), cand.TraceRoot)

	// Same seed, same claim; another trainer's seed, another checkpoint.
	again, err := Train(ctx, Job{Spec: &spec, Seed: Seed(addrA, 1, 1), Threads: 1}, ds)
	require.NoError(t, err)
	require.Equal(t, cand.WeightCommitment, again.WeightCommitment)
	other, err := Train(ctx, Job{Spec: &spec, Seed: Seed(addrB, 1, 1), Threads: 1}, ds)
	require.NoError(t, err)
	require.NotEqual(t, cand.WeightCommitment, other.WeightCommitment)

	// Continuing from the published checkpoint keeps its step count.
	start, err := LoadCheckpoint(ctx, store, ckpt.Bytes())
	require.NoError(t, err)
	next, err := Train(ctx, Job{Spec: &spec, Start: start, Seed: 1, Threads: 1}, ds)
	require.NoError(t, err)
	require.Greater(t, next.Checkpoint.Step, start.Step)

	// A trace that does not match the checkpoint is caught.
	bad := append([]uint64(nil), cand.Losses...)
	bad[3]++
	badCID, err := trace.Put(ctx, store, bad)
	require.NoError(t, err)
	_, err = Reproduce(ctx, store, ds, ckpt, badCID)
	require.ErrorIs(t, err, ErrReproduce)
}

func TestLoadDatasetChecksRoot(t *testing.T) {
	ctx := context.Background()
	store := da.NewMemory()
	spec := testSpec(t, store, 40)

	wrongRoot := spec
	wrongRoot.DatasetRoot[31] ^= 1
	_, err := LoadDataset(ctx, store, &wrongRoot)
	require.ErrorIs(t, err, ErrDatasetRoot)
	require.ErrorContains(t, err, "root")

	wrongSize := spec
	wrongSize.DatasetSize++
	_, err = LoadDataset(ctx, store, &wrongSize)
	require.ErrorIs(t, err, ErrDatasetRoot)

	missing := spec
	missing.DatasetCID = da.Sum([]byte("nothing")).Bytes()
	_, err = LoadDataset(ctx, store, &missing)
	require.ErrorIs(t, err, da.ErrNotFound)

	wrongShape := spec
	wrongShape.Layers = []uint32{5, 8, 3}
	ds, err := LoadDataset(ctx, store, &spec)
	require.NoError(t, err)
	_, err = Train(ctx, Job{Spec: &wrongShape, Seed: 1}, ds)
	require.ErrorIs(t, err, ErrDatasetRoot)
}

// TestTrainStops checks the ways a round's training ends before the spec's
// epochs: a cap, ErrStopTraining from Progress, a deadline, and any other
// Progress error. The first three still evaluate what they have.
func TestTrainStops(t *testing.T) {
	ctx := context.Background()
	store := da.NewMemory()
	spec := testSpec(t, store, 64)
	spec.Epochs = 5
	ds, err := LoadDataset(ctx, store, &spec)
	require.NoError(t, err)
	base := Job{Spec: &spec, Seed: 9, Threads: 1}

	capped := base
	capped.Epochs = 2
	c, err := Train(ctx, capped, ds)
	require.NoError(t, err)
	require.Equal(t, 2, c.Epochs)
	require.Equal(t, uint64(2*64/8), c.Checkpoint.Step)

	stop := base
	var seen int
	stop.Progress = func(r EpochReport) error {
		seen = r.Epoch
		if r.Epoch == 3 {
			return ErrStopTraining
		}
		return nil
	}
	c, err = Train(ctx, stop, ds)
	require.NoError(t, err)
	require.Equal(t, 3, seen)
	require.Equal(t, 3, c.Epochs)
	require.False(t, c.Cut)
	require.Positive(t, c.EvalTime)

	late := base
	late.Deadline = time.Now().Add(-time.Second)
	c, err = Train(ctx, late, ds)
	require.NoError(t, err)
	require.Zero(t, c.Epochs)
	require.Zero(t, c.Checkpoint.Step, "a passed deadline trains nothing")
	require.NotZero(t, c.LossSum, "but still evaluates the starting weights")

	fail := base
	fail.Progress = func(EpochReport) error { return errWindowClosed }
	_, err = Train(ctx, fail, ds)
	require.ErrorIs(t, err, errWindowClosed)
}

// TestPipelineCrossEntropy: a cross-entropy MLSC is proved by circuit
// version 2, so its dataset root, weight commitment and trace root are the
// version-2 ones (sampledloss.Params), which the prover recomputes.
func TestPipelineCrossEntropy(t *testing.T) {
	ctx := context.Background()
	store := da.NewMemory()
	spec := testSpec(t, store, 40)
	spec.Loss = uint8(mlp.CrossEntropy)
	p := sampledloss.Params{Shape: spec.Shape(), K: int(spec.SampleCount), Depth: 6}
	require.Equal(t, 2, p.CircuitVersion())
	_, err := LoadDataset(ctx, store, &spec)
	require.ErrorIs(t, err, ErrDatasetRoot, "a cross-entropy MLSC must not accept the version-1 root")

	exs := testExamples(40, 6, 7)
	tree, err := p.DatasetTree(exs)
	require.NoError(t, err)
	root := tree.Root()
	spec.DatasetRoot = root.Bytes()
	ds, err := LoadDataset(ctx, store, &spec)
	require.NoError(t, err)
	require.Equal(t, 2, ds.Version)

	cand, err := Train(ctx, Job{Spec: &spec, Seed: Seed(common.Address{0xc}, 1, 1), Threads: 1}, ds)
	require.NoError(t, err)
	wc, err := p.CommitWeights(cand.Params)
	require.NoError(t, err)
	require.Equal(t, common.Hash(wc.Bytes()), cand.WeightCommitment)
	trace, err := p.TraceTree(cand.Losses)
	require.NoError(t, err)
	tr := trace.Root()
	require.Equal(t, common.Hash(tr.Hash.Bytes()), cand.TraceRoot)
	require.Equal(t, tr.Sum, cand.LossSum)
}
