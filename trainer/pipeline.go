package trainer

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/merkle"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/checkpoint"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/da/delta"
	"github.com/neuron-rollup/neuron/da/trace"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/trainer/engine"
)

var (
	// ErrDatasetRoot is wrapped when a dataset read from DA does not hash to
	// the root (or size) its MLSC records.
	ErrDatasetRoot = errors.New("trainer: dataset does not match the MLSC's root")
	// ErrCheckpoint is wrapped when a starting checkpoint does not fit the MLSC.
	ErrCheckpoint = errors.New("trainer: checkpoint does not fit the MLSC")
	// ErrReproduce is wrapped when a published claim does not reproduce from
	// its checkpoint and trace on DA.
	ErrReproduce = errors.New("trainer: claim does not reproduce")
	// ErrStopTraining, returned by Job.Progress, ends training after that
	// epoch; Train then evaluates the weights so far.
	ErrStopTraining = errors.New("trainer: stop training")
)

// Dataset is an MLSC's training set read from DA and checked against the
// root the MLSC records. It is immutable once loaded and safe for concurrent
// reads.
type Dataset struct {
	CID      cid.Cid
	Examples []mlp.Example
	// Train is the float32 view of Examples for the engine.
	Train *engine.Dataset
	// Depth is the Merkle depth of the dataset and trace trees.
	Depth int
	// Version is the sampled-loss circuit version whose trees and commitments
	// the dataset's MLSC uses (sampledloss.Params.CircuitVersion: 2 for
	// cross-entropy models); Root is that version's dataset root.
	Version int
	// Root is the Poseidon2 dataset root, big-endian.
	Root common.Hash
	// leaves are the dataset tree's leaves, kept so that a patch re-roots
	// by hashing only the examples it adds (PatchDataset).
	leaves []fr.Element
}

// LoadDataset reads spec's dataset from store and checks that its size and
// Poseidon2 root equal spec.DatasetSize and spec.DatasetRoot.
func LoadDataset(ctx context.Context, store da.Store, spec *rollup.MLSCSpec) (*Dataset, error) {
	c, err := cid.Cast(spec.DatasetCID)
	if err != nil {
		return nil, fmt.Errorf("dataset CID: %w", err)
	}
	// The MLSC's set is a dataset, or the last applied patch of a chain
	// that ends at one (da/delta): base set plus every delta, in order.
	examples, err := delta.ReadSet(ctx, store, c)
	if err != nil {
		return nil, fmt.Errorf("read dataset %s: %w", c, err)
	}
	return checkDataset(c, examples, spec)
}

// PatchDataset applies the patch spec's dataset CID names to parent, the
// set it was made on, and checks the result against spec's root and size:
// what a trainer does when an epoch applies a delta to a set it holds.
// parent is not changed; the result shares its examples' inputs, which
// nobody writes.
func PatchDataset(ctx context.Context, store da.Store, parent *Dataset, spec *rollup.MLSCSpec) (*Dataset, error) {
	return patchDataset(ctx, store, parent, spec, func(string) {})
}

// Points of the patch step at which patchDataset calls at (the daemon's
// test hook; TestKill9Delta kills the process there).
const (
	pointDeltaFetched  = "delta-fetched"  // manifest and added examples read from DA
	pointDeltaApplied  = "delta-applied"  // examples patched in memory, before re-rooting
	pointDeltaRerooted = "delta-rerooted" // new root built and checked, before the cache takes it
)

func patchDataset(ctx context.Context, store da.Store, parent *Dataset, spec *rollup.MLSCSpec, at func(point string)) (*Dataset, error) {
	c, err := cid.Cast(spec.DatasetCID)
	if err != nil {
		return nil, fmt.Errorf("dataset CID: %w", err)
	}
	m, err := delta.ReadManifest(ctx, store, c)
	if err != nil {
		return nil, err
	}
	if m.Parent != parent.CID || m.BaseRoot != parent.Root {
		return nil, fmt.Errorf("%w: patch %s applies to %s (root %x), not %s", ErrDatasetRoot, c, m.Parent, m.BaseRoot, parent.CID)
	}
	if uint64(len(parent.Examples)) != m.BaseSize || len(parent.leaves) != len(parent.Examples) {
		return nil, fmt.Errorf("%w: patch %s expects %d examples, the set holds %d", ErrDatasetRoot, c, m.BaseSize, len(parent.Examples))
	}
	added, err := m.ReadAdded(ctx, store)
	if err != nil {
		return nil, fmt.Errorf("patch %s: %w", c, err)
	}
	at(pointDeltaFetched)
	examples, err := delta.Apply(parent.Examples, m.Removed, added)
	if err != nil {
		return nil, fmt.Errorf("patch %s: %w", c, err)
	}
	at(pointDeltaApplied)
	// Re-root by hashing only the added examples: the other leaves move.
	addedLeaves, err := delta.Leaves(added, delta.LeafFunc(spec.Shape().Loss))
	if err != nil {
		return nil, fmt.Errorf("patch %s: %w", c, err)
	}
	writes, n, err := delta.Plan(m.BaseSize, m.Removed, uint64(len(added)))
	if err != nil {
		return nil, fmt.Errorf("patch %s: %w", c, err)
	}
	leaves := make([]fr.Element, n)
	copy(leaves, parent.leaves[:min(uint64(len(parent.leaves)), n)])
	for _, w := range writes {
		if w.Pos >= n {
			continue
		}
		switch w.From.Kind {
		case delta.KindAdded:
			leaves[w.Pos] = addedLeaves[w.From.Index]
		case delta.KindBase:
			leaves[w.Pos] = parent.leaves[w.From.Index]
		}
	}
	tree, err := merkle.NewTree(dataset.Depth(len(examples)), leaves)
	if err != nil {
		return nil, fmt.Errorf("patch %s: %w", c, err)
	}
	ds, err := newDataset(c, examples, spec.Shape().Loss, tree)
	if err != nil {
		return nil, err
	}
	if err := checkSpec(ds, spec); err != nil {
		return nil, err
	}
	at(pointDeltaRerooted)
	return ds, nil
}

func checkDataset(c cid.Cid, examples []mlp.Example, spec *rollup.MLSCSpec) (*Dataset, error) {
	ds, err := NewDataset(c, examples, spec.Shape().Loss)
	if err != nil {
		return nil, err
	}
	return ds, checkSpec(ds, spec)
}

// checkSpec checks a set's size and root against spec's.
func checkSpec(ds *Dataset, spec *rollup.MLSCSpec) error {
	examples, c := ds.Examples, ds.CID
	if uint64(len(examples)) != spec.DatasetSize {
		return fmt.Errorf("%w: dataset %s holds %d examples, MLSC says %d", ErrDatasetRoot, c, len(examples), spec.DatasetSize)
	}
	if ds.Root != spec.DatasetRoot {
		return fmt.Errorf("%w: dataset %s has root %s, MLSC says %s", ErrDatasetRoot, c, ds.Root, spec.DatasetRoot)
	}
	return nil
}

// NewDataset computes the root and float view of examples for a model with
// the given loss (which fixes the circuit version, hence the dataset leaf
// hash). The examples are kept, not copied.
func NewDataset(c cid.Cid, examples []mlp.Example, loss mlp.Loss) (*Dataset, error) {
	if len(examples) == 0 {
		return nil, fmt.Errorf("%w: empty dataset %s", ErrDatasetRoot, c)
	}
	p := sampledloss.Params{Shape: mlp.Shape{Loss: loss}, Depth: dataset.Depth(len(examples))}
	tree, err := p.DatasetTree(examples)
	if err != nil {
		return nil, fmt.Errorf("dataset root: %w", err)
	}
	return newDataset(c, examples, loss, tree)
}

// newDataset is NewDataset with the dataset tree already built.
func newDataset(c cid.Cid, examples []mlp.Example, loss mlp.Loss, tree *merkle.Tree) (*Dataset, error) {
	p := sampledloss.Params{Shape: mlp.Shape{Loss: loss}, Depth: tree.Depth()}
	root := tree.Root()
	level, err := tree.Level(0)
	if err != nil {
		return nil, err
	}
	width := len(examples[0].X)
	x := make([]int64, 0, width*len(examples))
	labels := make([]int, len(examples))
	for i, e := range examples {
		if len(e.X) != width {
			return nil, fmt.Errorf("%w: example %d has %d inputs, example 0 has %d", ErrDatasetRoot, i, len(e.X), width)
		}
		x = append(x, e.X...)
		labels[i] = e.Label
	}
	train, err := engine.FromFixed(x, labels, width, fixedpoint.FracBits)
	if err != nil {
		return nil, err
	}
	return &Dataset{CID: c, Examples: examples, Train: train, Depth: tree.Depth(), Version: p.CircuitVersion(), Root: root.Bytes(),
		leaves: level[:len(examples):len(examples)]}, nil
}

// Candidate is a trained checkpoint evaluated the way the protocol proves it:
// fixed-point weights, their Poseidon2 commitment, the per-example loss trace
// and its sum-tree root.
type Candidate struct {
	Checkpoint *checkpoint.Checkpoint
	// Epochs is the number of epochs trained; Cut says the last one was cut
	// short by Job.Deadline.
	Epochs int
	Cut    bool
	// EvalTime is how long Evaluate took.
	EvalTime         time.Duration
	Params           []int64  // quantized weights, ParamCount order
	Losses           []uint64 // fixed-point loss of every example, dataset order
	WeightCommitment common.Hash
	TraceRoot        common.Hash
	LossSum          uint64
}

// Evaluate quantizes ck's weights and computes the claim values over ds.
func Evaluate(ck *checkpoint.Checkpoint, ds *Dataset) (*Candidate, error) {
	shape := ck.Shape
	if len(ck.Weights) != shape.ParamCount() {
		return nil, fmt.Errorf("%w: %d weights for shape %s", ErrCheckpoint, len(ck.Weights), shape)
	}
	p := sampledloss.Params{Shape: shape, Depth: ds.Depth}
	if v := p.CircuitVersion(); v != ds.Version {
		return nil, fmt.Errorf("%w: a %s model is proved by circuit version %d, the dataset was loaded for version %d",
			ErrCheckpoint, shape, v, ds.Version)
	}
	params := fixedpoint.QuantizeAll(ck.Weights)
	losses, err := shape.Losses(params, ds.Examples)
	if err != nil {
		return nil, fmt.Errorf("fixed-point losses: %w", err)
	}
	tree, err := p.TraceTree(losses)
	if err != nil {
		return nil, fmt.Errorf("trace tree: %w", err)
	}
	wc, err := p.CommitWeights(params)
	if err != nil {
		return nil, fmt.Errorf("weight commitment: %w", err)
	}
	root := tree.Root()
	return &Candidate{
		Checkpoint: ck, Params: params, Losses: losses,
		WeightCommitment: wc.Bytes(), TraceRoot: root.Hash.Bytes(), LossSum: root.Sum,
	}, nil
}

// EpochReport is what a training run reports after each epoch.
type EpochReport struct {
	Epoch, Epochs int
	Loss          float64 // mean float training loss of the epoch
	SamplesPerSec float64
}

// Job is one round's training for an MLSC.
type Job struct {
	Spec *rollup.MLSCSpec
	// Start holds the starting weights; nil means a fresh init from Seed.
	Start *checkpoint.Checkpoint
	// Seed fixes a fresh init and the example order.
	Seed    uint64
	Threads int
	// Device is the backend: "cpu" (or empty), "cuda" or "cuda:N".
	Device string
	// Epochs caps the number of epochs; 0 trains the spec's Epochs.
	Epochs int
	// BatchSize overrides the spec's minibatch size if positive.
	BatchSize int
	// Deadline, if set, cuts training short between minibatches; the
	// weights reached by then are evaluated.
	Deadline time.Time
	// Progress, if set, is called after every full epoch. ErrStopTraining
	// ends training there (the weights are evaluated); any other error stops
	// training and is returned.
	Progress func(EpochReport) error
}

// EngineConfig is the engine setup an MLSC spec asks for. LearningRate is
// in millionths on L2.
func EngineConfig(spec *rollup.MLSCSpec, seed uint64, threads int) (engine.Config, error) {
	var opt engine.Optimizer
	switch rollup.Optimizer(spec.Optimizer) {
	case rollup.OptSGD:
		opt = engine.SGD
	case rollup.OptAdam:
		opt = engine.Adam
	default:
		return engine.Config{}, fmt.Errorf("trainer: unknown optimizer %d", spec.Optimizer)
	}
	cfg := engine.Config{
		Shape: spec.Shape(), Optimizer: opt, LearningRate: float32(float64(spec.LearningRate) / 1e6),
		BatchSize: int(spec.BatchSize), Seed: seed, Threads: threads,
	}
	return cfg, cfg.Validate()
}

// Train runs job over ds and evaluates the result.
func Train(ctx context.Context, job Job, ds *Dataset) (*Candidate, error) {
	cfg, err := EngineConfig(job.Spec, job.Seed, job.Threads)
	if err != nil {
		return nil, err
	}
	if job.BatchSize > 0 {
		cfg.BatchSize = job.BatchSize
	}
	if cfg.Shape.Inputs() != ds.Train.Width {
		return nil, fmt.Errorf("%w: model takes %d inputs, dataset has %d", ErrDatasetRoot, cfg.Shape.Inputs(), ds.Train.Width)
	}
	eng, closeEng, err := NewBackend(cfg, job.Device)
	if err != nil {
		return nil, err
	}
	defer closeEng()
	var step uint64
	if job.Start != nil {
		if !job.Start.Shape.Equal(cfg.Shape) {
			return nil, fmt.Errorf("%w: checkpoint shape %s, MLSC shape %s", ErrCheckpoint, job.Start.Shape, cfg.Shape)
		}
		if err := eng.SetWeights(job.Start.Weights); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrCheckpoint, err)
		}
		step = job.Start.Step
	}
	epochs := int(job.Spec.Epochs)
	if job.Epochs > 0 && job.Epochs < epochs {
		epochs = job.Epochs
	}
	epochCtx := ctx
	if !job.Deadline.IsZero() {
		var cancel context.CancelFunc
		epochCtx, cancel = context.WithDeadline(ctx, job.Deadline)
		defer cancel()
	}
	trainLoss := math.NaN()
	done, cut := 0, false
train:
	for ep := 0; ep < epochs; ep++ {
		t0 := time.Now()
		st, err := eng.TrainEpoch(epochCtx, ds.Train, ep)
		if err := ctx.Err(); err != nil { // TrainEpoch stops between minibatches
			return nil, err
		}
		if errors.Is(err, context.DeadlineExceeded) {
			cut = st.Steps > 0
			break
		}
		if err != nil {
			return nil, fmt.Errorf("epoch %d: %w", ep+1, err)
		}
		trainLoss, done = st.Loss, ep+1
		if job.Progress != nil {
			sps := float64(ds.Train.Len()) / time.Since(t0).Seconds()
			switch err := job.Progress(EpochReport{Epoch: ep + 1, Epochs: epochs, Loss: st.Loss, SamplesPerSec: sps}); {
			case errors.Is(err, ErrStopTraining):
				break train
			case err != nil:
				return nil, err
			}
		}
	}
	ck := &checkpoint.Checkpoint{Shape: cfg.Shape, Step: step + eng.Steps(), TrainLoss: trainLoss, Weights: eng.Weights()}
	t0 := time.Now()
	c, err := Evaluate(ck, ds)
	if err != nil {
		return nil, err
	}
	c.Epochs, c.Cut, c.EvalTime = done, cut, time.Since(t0)
	return c, nil
}

// Seed derives a trainer's seed for an MLSC round: distinct per trainer
// address, MLSC and round, reproducible by the trainer.
func Seed(trainer common.Address, mlscID, round uint64) uint64 {
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], mlscID)
	binary.BigEndian.PutUint64(b[8:], round)
	h := crypto.Keccak256([]byte("neuron/trainer/seed/v1"), trainer.Bytes(), b[:])
	return binary.BigEndian.Uint64(h[:8])
}

// LoadCheckpoint fetches and decodes a checkpoint from DA (checkpoint.Get).
// An empty CID returns nil, nil.
func LoadCheckpoint(ctx context.Context, store da.Store, cidBytes []byte) (*checkpoint.Checkpoint, error) {
	if len(cidBytes) == 0 {
		return nil, nil
	}
	c, err := cid.Cast(cidBytes)
	if err != nil {
		return nil, fmt.Errorf("%w: CID: %w", ErrCheckpoint, err)
	}
	return checkpoint.Get(ctx, store, c)
}

// Publish puts the candidate's checkpoint and loss trace on DA
// (checkpoint.Put, trace.Put).
func Publish(ctx context.Context, store da.Store, c *Candidate) (ckpt, tr cid.Cid, err error) {
	if ckpt, err = checkpoint.Put(ctx, store, c.Checkpoint); err != nil {
		return cid.Undef, cid.Undef, fmt.Errorf("publish checkpoint: %w", err)
	}
	if tr, err = trace.Put(ctx, store, c.Losses); err != nil {
		return cid.Undef, cid.Undef, fmt.Errorf("publish trace: %w", err)
	}
	return ckpt, tr, nil
}

// Reproduce recomputes a claim from what was published: the checkpoint and
// trace on DA and the dataset. It checks that the trace equals the
// fixed-point losses of the checkpoint's weights on every example and
// returns the weight commitment, trace root and loss sum a reveal of them
// must carry.
func Reproduce(ctx context.Context, store da.Store, ds *Dataset, ckptCID, traceCID cid.Cid) (*Candidate, error) {
	ck, err := LoadCheckpoint(ctx, store, ckptCID.Bytes())
	if err != nil {
		return nil, err
	}
	published, err := trace.Get(ctx, store, traceCID)
	if err != nil {
		return nil, err
	}
	c, err := Evaluate(ck, ds)
	if err != nil {
		return nil, err
	}
	if len(published) != len(c.Losses) {
		return nil, fmt.Errorf("%w: trace has %d losses, dataset %d examples", ErrReproduce, len(published), len(c.Losses))
	}
	for i := range published {
		if published[i] != c.Losses[i] {
			return nil, fmt.Errorf("%w: trace loss %d is %d, checkpoint gives %d", ErrReproduce, i, published[i], c.Losses[i])
		}
	}
	return c, nil
}
