package node

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/lightclient/challenge"
)

// daResolver answers the data-availability challenges of the sequencer's
// own batches (DataChallenge, docs/contracts.md): every poll it resolves
// each open challenge whose batch its DA store holds, and reveals each
// requested leaf of such a batch's step trace (the leaf-reveal game: the
// batch data holds the trace, rollup.BatchLeaves), sending through the
// batcher's txmgr so that both share one nonce sequence. An unanswered
// challenge removes the batch and every later one and pays the sequencer's
// bond to the challenger, so answering is the sequencer's own job, not a
// second process an operator may forget (`nrn resolve-da` stays for anyone
// else holding the data).
type daResolver struct {
	game   *challenge.DAGame
	store  da.Store
	sender challenge.Sender
	poll   time.Duration
	log    log.Logger
}

// newDAResolver returns the resolver of the Rollup at rollupAddr's
// DataChallenge deployed at L1 block fromBlock; each poll reads its events
// from a cursor (challenge.DAGame), not from fromBlock.
func newDAResolver(ctx context.Context, backend challenge.Backend, rollupAddr common.Address, fromBlock uint64,
	store da.Store, sender challenge.Sender, poll time.Duration, logger log.Logger) (*daResolver, error) {
	if poll <= 0 {
		return nil, fmt.Errorf("data-availability resolver: poll interval %v must be positive", poll)
	}
	game, err := challenge.NewDAGame(ctx, backend, rollupAddr, fromBlock)
	if err != nil {
		return nil, fmt.Errorf("data-availability resolver: %w", err)
	}
	return &daResolver{game: game, store: store, sender: sender, poll: poll, log: logger}, nil
}

// once resolves the chunk challenges and reveals the requested leaves that
// are open now, and returns how many chunks and leaves it answered.
func (r *daResolver) once(ctx context.Context) (int, error) {
	n, err := r.game.ResolveOpenVia(ctx, r.store, r.sender, func(s string) {
		r.log.Warn("Data-availability challenge of our batch", "detail", s)
	})
	if err != nil {
		return n, err
	}
	m, err := r.game.RevealOpenVia(ctx, r.store, r.sender, func(s string) {
		r.log.Warn("Leaf request of our batch's step trace", "detail", s)
	})
	return n + m, err
}

// run resolves every poll until ctx ends.
func (r *daResolver) run(ctx context.Context) {
	t := time.NewTicker(r.poll)
	defer t.Stop()
	for {
		n, err := r.once(ctx)
		if err != nil && ctx.Err() == nil {
			r.log.Error("Resolving data-availability challenges failed; will retry", "err", err)
		}
		if n > 0 {
			r.log.Info("Answered data-availability challenges and leaf requests of our batches", "count", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
