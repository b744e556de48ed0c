package node

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/neuron-rollup/neuron/l1/l1client"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/sequencer"
)

// l1Watch is the sequencer's L1 view and batch poster (an l1client.Client)
// with the health of L1 recorded: since when every call has failed, and the
// batch count L1 last reported. While L1 is unreachable the sequencer keeps
// producing blocks and sealing batches on DA; the batches queue in its store
// and are posted in order when L1 answers again (the batcher starts from the
// Rollup's batchCount). Reads are bounded by timeout, so an L1 that hangs
// instead of refusing does not stall block production. Safe for concurrent
// use.
type l1Watch struct {
	c       *l1client.Client
	timeout time.Duration
	sealed  func() (uint64, error) // batches sealed so far (the store's next batch index)
	now     func() time.Time

	mu           sync.Mutex
	failingSince time.Time // zero while L1 answers
	posted       uint64    // batchCount last read from L1
	postedKnown  bool
}

var (
	_ sequencer.L1View      = (*l1Watch)(nil)
	_ sequencer.ForcedView  = (*l1Watch)(nil)
	_ sequencer.BatchPoster = (*l1Watch)(nil)
)

func newL1Watch(c *l1client.Client, timeout time.Duration, sealed func() (uint64, error)) *l1Watch {
	return &l1Watch{c: c, timeout: timeout, sealed: sealed, now: time.Now}
}

// observe records the outcome of one call to L1. A call ended by the
// caller's context says nothing about L1.
func (w *l1Watch) observe(ctx context.Context, err error) {
	if err != nil && ctx.Err() != nil {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	switch {
	case err == nil:
		w.failingSince = time.Time{}
	case w.failingSince.IsZero():
		w.failingSince = w.now()
	}
}

// UnreachableSeconds is how long every call to L1 has failed; 0 while it
// answers.
func (w *l1Watch) UnreachableSeconds() float64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.failingSince.IsZero() {
		return 0
	}
	return w.now().Sub(w.failingSince).Seconds()
}

// Unposted is the number of sealed batches L1 did not have when last asked.
func (w *l1Watch) Unposted() float64 {
	sealed, err := w.sealed()
	w.mu.Lock()
	posted, known := w.posted, w.postedKnown
	w.mu.Unlock()
	if err != nil || !known || sealed < posted {
		return 0
	}
	return float64(sealed - posted)
}

// register adds nrn_sequencer_l1_unreachable_seconds and
// nrn_sequencer_batches_unposted to r (the sequencer's /metrics).
func (w *l1Watch) register(r prometheus.Registerer) error {
	return errors.Join(
		r.Register(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "nrn_sequencer", Name: "l1_unreachable_seconds",
			Help: "How long every call to the L1 node has failed; 0 while it answers."}, w.UnreachableSeconds)),
		r.Register(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "nrn_sequencer", Name: "batches_unposted",
			Help: "Batches sealed on DA that the Rollup did not hold when last asked."}, w.Unposted)),
	)
}

func (w *l1Watch) ConfirmedHead(ctx context.Context) (uint64, common.Hash, error) {
	cctx, cancel := context.WithTimeout(ctx, w.timeout)
	defer cancel()
	n, h, err := w.c.ConfirmedHead(cctx)
	w.observe(ctx, err)
	return n, h, err
}

func (w *l1Watch) Deposits(ctx context.Context, fromNonce, upTo uint64) ([]*rollup.Deposit, error) {
	cctx, cancel := context.WithTimeout(ctx, w.timeout)
	defer cancel()
	d, err := w.c.Deposits(cctx, fromNonce, upTo)
	w.observe(ctx, err)
	return d, err
}

func (w *l1Watch) ForcedTxs(ctx context.Context, fromIndex, upTo uint64) ([]*rollup.Forced, error) {
	cctx, cancel := context.WithTimeout(ctx, w.timeout)
	defer cancel()
	f, err := w.c.ForcedTxs(cctx, fromIndex, upTo)
	w.observe(ctx, err)
	return f, err
}

func (w *l1Watch) NextBatchIndex(ctx context.Context) (uint64, error) {
	cctx, cancel := context.WithTimeout(ctx, w.timeout)
	defer cancel()
	n, err := w.c.NextBatchIndex(cctx)
	w.observe(ctx, err)
	if err == nil {
		w.mu.Lock()
		w.posted, w.postedKnown = n, true
		w.mu.Unlock()
	}
	return n, err
}

// PostBatch is not bounded by the read timeout: the sender retries and bumps
// until the batch lands or ctx ends.
func (w *l1Watch) PostBatch(ctx context.Context, h *rollup.BatchHeader, proofs []rollup.ProofRecord) (common.Hash, uint64, error) {
	tx, blk, err := w.c.PostBatch(ctx, h, proofs)
	if err == nil {
		w.mu.Lock()
		if !w.postedKnown || h.Index+1 > w.posted {
			w.posted, w.postedKnown = h.Index+1, true
		}
		w.failingSince = time.Time{}
		w.mu.Unlock()
	}
	return tx, blk, err
}
