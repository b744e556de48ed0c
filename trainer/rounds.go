package trainer

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/da/delta"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcapi"
)

// trainJob is one round's training, run on its own goroutine. The loop
// reads its result only after done is closed.
type trainJob struct {
	mlsc, round uint64
	ctx         context.Context
	cancel      context.CancelCauseFunc
	done        chan struct{}
	claim       *Claim // nil: nothing worth committing (see reason)
	reason      string
	err         error
}

// startJob checks that this trainer has not committed to the round, then
// trains for it on a new goroutine.
func (d *Daemon) startJob(ctx context.Context, m *rpcapi.MLSCView) error {
	key := roundKey{m.ID, m.Round}
	r, err := d.seq.Round(ctx, m.ID, m.Round)
	if err != nil {
		return fmt.Errorf("get round %d: %w", m.Round, err)
	}
	if rec := d.ourCommit(r); rec != nil {
		d.skipped[key] = "already committed"
		d.log.Error("L2 holds a commit from this trainer that the journal does not know (journal lost or shared key?); sitting the round out",
			"mlsc", m.ID, "round", m.Round, "commitment", rec.Commitment)
		return nil
	}
	shape := m.Spec.Shape()
	if _, err := shape.OutputLoss(make([]int64, shape.Outputs()), 0); err != nil {
		d.skipped[key] = err.Error()
		d.log.Warn("Cannot train this MLSC", "mlsc", m.ID, "model", shape.String(), "err", err)
		return nil
	}
	j := &trainJob{mlsc: m.ID, round: m.Round, done: make(chan struct{})}
	j.ctx, j.cancel = context.WithCancelCause(ctx)
	d.job = j
	view := *m
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		defer close(j.done)
		defer j.cancel(nil)
		j.claim, j.reason, j.err = d.train(j.ctx, &view)
	}()
	return nil
}

// finishJob commits a finished job's claim if it still can.
func (d *Daemon) finishJob(ctx context.Context, j *trainJob) error {
	key := roundKey{j.mlsc, j.round}
	if j.err != nil {
		d.skipped[key] = j.err.Error()
		if errors.Is(context.Cause(j.ctx), errStaleRound) {
			d.log.Info("Dropped training for a round that is over", "mlsc", j.mlsc, "round", j.round)
			return nil
		}
		if errors.Is(j.err, errWindowClosed) {
			d.log.Warn("Training did not finish in the commit window", "mlsc", j.mlsc, "round", j.round)
			return nil
		}
		return fmt.Errorf("training: %w", j.err)
	}
	if j.claim == nil {
		d.skipped[key] = j.reason
		d.log.Info("Not committing", "mlsc", j.mlsc, "round", j.round, "reason", j.reason)
		return nil
	}
	c := j.claim
	m, err := d.seq.MLSC(ctx, j.mlsc)
	if err != nil {
		d.skipped[key] = "sequencer unreachable after training"
		return fmt.Errorf("get MLSC: %w", err)
	}
	switch {
	case m.Round != c.Round || m.Phase != rollup.PhaseCommit:
		d.skipped[key] = "commit window closed"
		d.log.Warn("Commit window closed before training finished", "mlsc", c.MLSC, "round", c.Round, "now_round", m.Round, "phase", m.PhaseName)
		return nil
	case c.LossSum >= m.BestLossSum:
		d.skipped[key] = "no improvement"
		d.log.Info("Not committing: best loss moved", "mlsc", c.MLSC, "round", c.Round, "loss_sum", c.LossSum, "best_loss_sum", m.BestLossSum)
		return nil
	}
	r, err := d.seq.Round(ctx, c.MLSC, c.Round)
	if err != nil {
		d.skipped[key] = "sequencer unreachable after training"
		return fmt.Errorf("get round %d: %w", c.Round, err)
	}
	if d.ourCommit(r) != nil {
		d.skipped[key] = "already committed"
		return fmt.Errorf("L2 already holds a commit from this trainer for round %d", c.Round)
	}
	d.log.Info("Committing", "mlsc", c.MLSC, "round", c.Round, "loss_sum", c.LossSum, "deadline_blocks", blocksLeft(m.CommitEnd, m.Height))
	return d.sendCommit(ctx, c)
}

// train runs one round's training and returns the claim to commit, or a
// reason not to. It trains only as many epochs as fit before the commit
// window closes (see planRound), stops early when the next epoch would not
// fit, and cuts an epoch short at the planned deadline; what it has by then
// is evaluated and committed if it beats the best loss.
func (d *Daemon) train(ctx context.Context, m *rpcapi.MLSCView) (*Claim, string, error) {
	log := d.log.New("mlsc", m.ID, "round", m.Round)
	batch := int(m.Spec.BatchSize)
	if d.cfg.BatchSize > 0 {
		batch = d.cfg.BatchSize
	}
	if err := d.checkMemory(&m.Spec, batch); err != nil {
		return nil, "", err
	}
	ds, err := d.dataset(ctx, &m.Spec)
	if err != nil {
		return nil, "", err
	}
	startCID := m.BestCheckpointCID
	if len(startCID) == 0 {
		startCID = m.Spec.InitCheckpointCID
	}
	start, err := LoadCheckpoint(ctx, d.store, startCID)
	if err != nil {
		return nil, "", fmt.Errorf("starting checkpoint: %w", err)
	}
	seed := Seed(d.addr, m.ID, m.Round)
	from := "random init"
	if start != nil {
		from = "checkpoint"
	}
	cfg, err := EngineConfig(&m.Spec, seed, d.cfg.Threads)
	if err != nil {
		return nil, "", err
	}
	cfg.BatchSize = batch

	// Plan against what is left of the commit window now, after the dataset
	// is in memory.
	height, err := d.seq.BlockNumber(ctx)
	if err != nil {
		return nil, "", fmt.Errorf("block number: %w", err)
	}
	bt, btSource, err := d.clock.blockTime(ctx, height)
	if err != nil {
		return nil, "", fmt.Errorf("block time: %w", err)
	}
	sps, evalTime, err := d.speeds.estimate(ctx, cfg, d.cfg.Device, ds)
	if err != nil {
		return nil, "", fmt.Errorf("measure speed: %w", err)
	}
	n := len(ds.Examples)
	plan := planRound(int(m.Spec.Epochs), n, sps, evalTime, blocksLeft(m.CommitEnd, height), bt)
	if plan.Epochs == 0 {
		reason := "skipping round: " + plan.Reason
		log.Warn("Skipping round: no time to train before the commit deadline", "why", plan.Reason,
			"block_time", bt, "block_time_from", btSource)
		return nil, reason, nil
	}
	log.Info("Training", "model", m.Spec.Shape().String(), "examples", n, "epochs", fmt.Sprintf("%d of %d", plan.Epochs, m.Spec.Epochs),
		"optimizer", rollup.Optimizer(m.Spec.Optimizer), "lr", float64(m.Spec.LearningRate)/1e6, "batch", batch,
		"from", from, "commit_deadline", deadline(blocksLeft(m.CommitEnd, height), bt),
		"block_time", bt, "block_time_from", btSource, "est_samples_per_s", int(sps), "est_epoch", round(plan.EpochTime),
		"reserve", round(plan.Reserve))
	d.setHealth(func(h *Health) {
		h.Training = &TrainingState{MLSC: m.ID, Round: m.Round, Epochs: plan.Epochs}
	})
	t0 := time.Now()
	key := speedKey(cfg, d.cfg.Device)
	job := Job{Spec: &m.Spec, Start: start, Seed: seed, Threads: d.cfg.Threads, Device: d.cfg.Device, Epochs: plan.Epochs, BatchSize: batch,
		Deadline: plan.Deadline(t0), Progress: func(r EpochReport) error {
			d.speeds.recordTrain(key, r.SamplesPerSec)
			d.at("epoch", common.Hash{})
			height, err := d.seq.BlockNumber(ctx)
			if err != nil {
				height = m.Height
			}
			left := blocksLeft(m.CommitEnd, height)
			eta := epochETA(time.Since(t0), r.Epoch, r.Epochs)
			log.Info(fmt.Sprintf("Round %d epoch %d/%d", m.Round, r.Epoch, r.Epochs), "loss", fmt.Sprintf("%.4f", r.Loss),
				"samples/s", int(r.SamplesPerSec), "eta", round(eta), "commit_deadline", deadline(left, bt))
			d.metrics.RecordEpoch(m.ID, r.Loss, r.SamplesPerSec)
			d.setHealth(func(h *Health) {
				h.Training = &TrainingState{MLSC: m.ID, Round: m.Round, Epoch: r.Epoch, Epochs: r.Epochs, Loss: r.Loss,
					SamplesPerSec: r.SamplesPerSec, ETASeconds: eta.Seconds()}
			})
			if left == 0 {
				return errWindowClosed
			}
			if r.Epoch == r.Epochs {
				return nil
			}
			epochTime := time.Duration(float64(n) / r.SamplesPerSec * float64(time.Second))
			if left <= commitBlocks || (bt > 0 && time.Duration(left)*bt-plan.Reserve < epochTime) {
				log.Info("Stopping training early: another epoch would not finish before the commit deadline",
					"epochs_done", r.Epoch, "epoch_time", round(epochTime), "commit_deadline", deadline(left, bt), "reserve", round(plan.Reserve))
				return ErrStopTraining
			}
			return nil
		}}
	cand, err := Train(ctx, job, ds)
	if err != nil {
		return nil, "", err
	}
	d.speeds.recordEval(ds, cfg.Shape, cand.EvalTime)
	mean := float64(cand.LossSum) / float64(n) / float64(fixedpoint.One)
	d.metrics.RecordLoss(m.ID, mean)
	if cand.Cut {
		log.Info("Training cut short at the planned deadline", "epochs_done", cand.Epochs, "deadline", plan.Deadline(t0).Format(time.TimeOnly))
	}
	log.Info("Trained", "epochs", cand.Epochs, "loss_sum", cand.LossSum, "mean_loss", mean, "took", round(time.Since(t0)), "eval", round(cand.EvalTime))
	if cand.LossSum >= m.BestLossSum {
		return nil, fmt.Sprintf("loss sum %d does not beat the best %d", cand.LossSum, m.BestLossSum), nil
	}
	ckpt, tr, err := Publish(ctx, d.store, cand)
	if err != nil {
		return nil, "", err
	}
	var salt common.Hash
	if _, err := rand.Read(salt[:]); err != nil {
		return nil, "", fmt.Errorf("salt: %w", err)
	}
	c := &Claim{
		MLSC: m.ID, Round: m.Round, Trainer: d.addr, Salt: salt,
		CheckpointCID: ckpt.String(), TraceCID: tr.String(),
		WeightCommitment: cand.WeightCommitment, TraceRoot: cand.TraceRoot, LossSum: cand.LossSum,
		Commitment: rollup.CommitmentHash(m.ID, m.Round, cand.WeightCommitment, cand.TraceRoot, cand.LossSum, d.addr, salt),
		State:      ClaimCommitting,
	}
	log.Info("Published", "checkpoint", c.CheckpointCID, "trace", c.TraceCID, "weights", c.WeightCommitment, "trace_root", c.TraceRoot)
	return c, "", nil
}

// checkMemory fails with ErrMemory if spec's round does not fit in
// MaxMemory, counting cached datasets of other MLSCs, which it drops if
// that makes room.
func (d *Daemon) checkMemory(spec *rollup.MLSCSpec, batch int) error {
	if d.cfg.MaxMemory == 0 {
		return nil
	}
	if err := checkMemory(spec, batch, d.cfg.MaxMemory); err != nil {
		return err
	}
	need, _ := memoryNeed(spec, batch)
	key := string(spec.DatasetCID)
	d.mu.Lock()
	defer d.mu.Unlock()
	var cached uint64
	for k, ds := range d.datasets {
		if k != key {
			cached += uint64(len(ds.Examples)) * uint64(ds.Train.Width) * 12
		}
	}
	if need+cached > d.cfg.MaxMemory {
		for k := range d.datasets {
			if k != key {
				delete(d.datasets, k)
			}
		}
		d.log.Info("Dropped cached datasets of other MLSCs to stay under --max-memory", "freed", formatBytes(cached))
	}
	return nil
}

// dataset returns spec's dataset, from the cache or DA.
func (d *Daemon) dataset(ctx context.Context, spec *rollup.MLSCSpec) (*Dataset, error) {
	key := string(spec.DatasetCID)
	d.mu.Lock()
	ds := d.datasets[key]
	d.mu.Unlock()
	if ds != nil && ds.Root == spec.DatasetRoot && uint64(len(ds.Examples)) == spec.DatasetSize {
		return ds, nil
	}
	t0 := time.Now()
	// After an epoch applied a delta to a set we hold, patch it; otherwise
	// (or if that fails) read the whole chain from DA. The cache lives in
	// memory only: the patch builds a new Dataset and the cache swaps it in
	// whole, and a restarted daemon starts with an empty cache and reads the
	// set through the patch chain (LoadDataset), so a kill -9 at any point
	// of the patch leaves nothing on disk to repair (TestKill9Delta).
	ds, parentKey := d.patchCached(ctx, spec)
	if ds == nil {
		var err error
		if ds, err = LoadDataset(ctx, d.store, spec); err != nil {
			return nil, err
		}
	}
	d.log.Info("Dataset loaded", "cid", ds.CID, "examples", len(ds.Examples), "root", ds.Root, "patched", parentKey != "", "took", time.Since(t0).Round(time.Millisecond))
	d.mu.Lock()
	d.datasets[key] = ds
	if parentKey != "" {
		delete(d.datasets, parentKey) // the MLSC trains on the new set now
	}
	d.mu.Unlock()
	d.at(pointDatasetReady, ds.Root)
	return ds, nil
}

// pointDatasetReady is the hook point at which a checked set is cached and
// about to be trained on; the hook gets its dataset root.
const pointDatasetReady = "dataset-ready"

// patchCached builds spec's set from a cached set it patches, if spec's
// dataset is a patch (da/delta) of one; it returns nil otherwise, and the
// cache key of the parent it used.
func (d *Daemon) patchCached(ctx context.Context, spec *rollup.MLSCSpec) (*Dataset, string) {
	c, err := cid.Cast(spec.DatasetCID)
	if err != nil {
		return nil, ""
	}
	m, err := delta.ReadManifest(ctx, d.store, c)
	if err != nil {
		return nil, "" // a dataset, or unreadable: LoadDataset says why
	}
	pk := string(m.Parent.Bytes())
	d.mu.Lock()
	parent := d.datasets[pk]
	d.mu.Unlock()
	if parent == nil {
		return nil, ""
	}
	root := spec.DatasetRoot
	ds, err := patchDataset(ctx, d.store, parent, spec, func(point string) { d.at(point, root) })
	if err != nil {
		d.log.Warn("Patching the cached dataset failed; reading the whole chain", "cid", c, "err", err)
		return nil, ""
	}
	return ds, pk
}
