package trainer

import (
	"context"
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/rpcapi"
	"github.com/neuron-rollup/neuron/trainer/engine"
)

// BlockTimestamps reads L2 block timestamps (Unix seconds); the daemon
// measures the block time from them to turn a commit window's remaining
// blocks into seconds.
type BlockTimestamps interface {
	BlockTimestamp(ctx context.Context, number uint64) (uint64, error)
}

// RPCBlocks reads block timestamps over the sequencer's JSON-RPC API
// (nrn_getBlockByNumber).
type RPCBlocks struct{ C *rpc.Client }

var _ BlockTimestamps = RPCBlocks{}

// BlockTimestamp returns block number's timestamp.
func (b RPCBlocks) BlockTimestamp(ctx context.Context, number uint64) (uint64, error) {
	var blk rpcapi.Block
	if err := b.C.CallContext(ctx, &blk, "nrn_getBlockByNumber", hexutil.Uint64(number), false); err != nil {
		return 0, fmt.Errorf("block %d: %w", number, err)
	}
	return uint64(blk.Time), nil
}

const (
	// blockTimeLookback is how many blocks back the block time is measured.
	blockTimeLookback = 1024
	// minTimestampSpan is the shortest timestamp span (whole seconds) taken
	// as a measurement on its own; below it the daemon's own observation of
	// the head is preferred.
	minTimestampSpan = 4
	minObserved      = 2 * time.Second
)

// blockClock estimates the L2 block time from block timestamps, and from the
// daemon's own observations of the head while the chain is too young for
// whole-second timestamps to say much. Safe for concurrent use.
type blockClock struct {
	blocks BlockTimestamps // nil: observations only

	mu           sync.Mutex
	firstH       uint64
	firstT       time.Time
	lastH        uint64
	lastT        time.Time
	observations int
}

// observe records that the head was at height at time now.
func (c *blockClock) observe(height uint64, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.observations == 0 || height < c.firstH {
		c.firstH, c.firstT = height, now
	}
	c.lastH, c.lastT = height, now
	c.observations++
}

// blockTime estimates the block time at head and says how; 0 means unknown.
func (c *blockClock) blockTime(ctx context.Context, head uint64) (time.Duration, string, error) {
	var span, k uint64
	if c.blocks != nil && head >= 2 {
		lo := head - min(head-1, blockTimeLookback) // block 0 is genesis, with its own time
		th, err := c.blocks.BlockTimestamp(ctx, head)
		if err != nil {
			return 0, "", err
		}
		tl, err := c.blocks.BlockTimestamp(ctx, lo)
		if err != nil {
			return 0, "", err
		}
		if th > tl {
			span = th - tl
		}
		k = head - lo
		if span >= minTimestampSpan {
			return time.Duration(span) * time.Second / time.Duration(k), "timestamps", nil
		}
	}
	c.mu.Lock()
	dh, dt := c.lastH-c.firstH, c.lastT.Sub(c.firstT)
	c.mu.Unlock()
	switch {
	case dh > 0 && dt >= minObserved:
		return dt / time.Duration(dh), "observed", nil
	case k > 0: // a young chain: at most (span+1)s over k blocks
		return time.Duration(span+1) * time.Second / time.Duration(k), "timestamps (young chain)", nil
	case dh > 0:
		return dt / time.Duration(dh), "observed (briefly)", nil
	}
	return 0, "unknown", nil
}

// roundPlan is how much training fits before a commit window closes.
type roundPlan struct {
	Epochs    int           // 0: skip the round (Reason says why)
	Reason    string        //
	Left      time.Duration // until the commit window closes; 0 if unknown
	Budget    time.Duration // for training: Left less Reserve
	Reserve   time.Duration // evaluation, publishing and the commit's inclusion
	EpochTime time.Duration
}

// Deadline is when training must stop, from start; zero if unknown.
func (p roundPlan) Deadline(start time.Time) time.Time {
	if p.Left == 0 {
		return time.Time{}
	}
	return start.Add(p.Budget)
}

// commitBlocks is how many blocks the plan keeps for sending the commit and
// its inclusion.
const commitBlocks = 3

// planRound fits whole epochs of n examples at samplesPerSec into what is
// left of the commit window (blocksLeft blocks of blockTime), keeping
// evalTime plus commitBlocks blocks and a tenth of the window for
// evaluation, publishing and the commit. It caps at epochs. An unknown
// block time (0) or rate plans every epoch; the per-epoch checks still stop
// training at the window's end.
func planRound(epochs, n int, samplesPerSec float64, evalTime time.Duration, blocksLeft uint64, blockTime time.Duration) roundPlan {
	p := roundPlan{Epochs: epochs}
	if samplesPerSec > 0 {
		p.EpochTime = time.Duration(float64(n) / samplesPerSec * float64(time.Second))
	}
	if blockTime <= 0 {
		return p
	}
	p.Left = time.Duration(blocksLeft) * blockTime
	p.Reserve = evalTime + commitBlocks*blockTime + p.Left/10
	p.Budget = p.Left - p.Reserve
	if p.Budget <= 0 {
		p.Budget, p.Epochs = 0, 0
		p.Reason = fmt.Sprintf("the commit window closes in %d blocks (~%s), less than the %s that evaluating, publishing and committing need",
			blocksLeft, round(p.Left), round(p.Reserve))
		return p
	}
	if p.EpochTime <= 0 {
		return p
	}
	fit := int(p.Budget / p.EpochTime)
	if fit < epochs {
		p.Epochs = fit
	}
	if p.Epochs == 0 {
		p.Reason = fmt.Sprintf("one epoch of %d examples takes ~%s at %.0f samples/s, but only %s of the %s left in the commit window (%d blocks) is free for training",
			n, round(p.EpochTime), samplesPerSec, round(p.Budget), round(p.Left), blocksLeft)
	}
	return p
}

func round(d time.Duration) time.Duration {
	switch {
	case d >= 10*time.Second:
		return d.Round(time.Second)
	case d >= 100*time.Millisecond:
		return d.Round(100 * time.Millisecond)
	}
	return d.Round(time.Millisecond)
}

// speeds remembers measured training throughput per engine setup and
// evaluation time per example per dataset, measuring them on a few
// minibatches and examples the first time. Safe for concurrent use.
type speeds struct {
	mu    sync.Mutex
	train map[string]float64       // samples/s by speedKey
	eval  map[string]time.Duration // per example, by dataset CID and shape
}

func newSpeeds() *speeds {
	return &speeds{train: make(map[string]float64), eval: make(map[string]time.Duration)}
}

func speedKey(cfg engine.Config, device string) string {
	return fmt.Sprintf("%s/%s/b%d/t%d/%s", cfg.Shape, cfg.Optimizer, cfg.BatchSize, cfg.Threads, device)
}

func (s *speeds) recordTrain(key string, sps float64) {
	if sps <= 0 || math.IsInf(sps, 0) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if old, ok := s.train[key]; ok {
		sps = 0.5*old + 0.5*sps
	}
	s.train[key] = sps
}

func (s *speeds) recordEval(ds *Dataset, shape mlp.Shape, took time.Duration) {
	if took <= 0 || len(ds.Examples) == 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.eval[ds.CID.String()+"/"+shape.String()] = took / time.Duration(len(ds.Examples))
}

// calibrationTime bounds each measurement of estimate.
const calibrationTime = 200 * time.Millisecond

// estimate returns cfg's training speed on device over ds in samples/s and the time
// Evaluate takes over ds: measured in earlier rounds, or on a throwaway
// engine over a few minibatches and a fixed-point pass over a few examples
// (doubled for the trace tree and the weight commitment).
func (s *speeds) estimate(ctx context.Context, cfg engine.Config, device string, ds *Dataset) (float64, time.Duration, error) {
	key, ekey := speedKey(cfg, device), ds.CID.String()+"/"+cfg.Shape.String()
	s.mu.Lock()
	sps, haveSps := s.train[key]
	per, havePer := s.eval[ekey]
	s.mu.Unlock()
	n := len(ds.Examples)
	if !haveSps {
		eng, closeEng, err := NewBackend(cfg, device)
		if err != nil {
			return 0, 0, err
		}
		defer closeEng()
		bs, w := min(cfg.BatchSize, n), ds.Train.Width
		var rows int
		t0 := time.Now()
		for b := 0; b < 64 && (b < 2 || time.Since(t0) < calibrationTime) && ctx.Err() == nil; b++ {
			lo := (b * bs) % (n - bs + 1)
			if _, err := eng.TrainBatch(ds.Train.X[lo*w:(lo+bs)*w], ds.Train.Labels[lo:lo+bs]); err != nil {
				return 0, 0, err
			}
			rows += bs
		}
		if err := ctx.Err(); err != nil {
			return 0, 0, err
		}
		sps = float64(rows) / time.Since(t0).Seconds()
		s.recordTrain(key, sps)
	}
	if !havePer {
		params := make([]int64, cfg.Shape.ParamCount())
		var done int
		t0 := time.Now()
		for done < n && (done < 8 || time.Since(t0) < calibrationTime) {
			k := min(8, n-done)
			if _, err := cfg.Shape.Losses(params, ds.Examples[done:done+k]); err != nil {
				return 0, 0, err
			}
			done += k
		}
		per = 2 * time.Since(t0) / time.Duration(done)
	}
	return sps, per * time.Duration(n), nil
}

// epochETA is how long the epochs after done of total should take, at the
// mean pace of the done epochs that took elapsed; 0 before the first epoch
// ends or after the last.
func epochETA(elapsed time.Duration, done, total int) time.Duration {
	if done <= 0 || done >= total {
		return 0
	}
	return elapsed / time.Duration(done) * time.Duration(total-done)
}
