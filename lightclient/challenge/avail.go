package challenge

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/lightclient/driver"
	"github.com/neuron-rollup/neuron/rollup"
)

// DAOutcome is what the watcher did about a batch whose data was unavailable.
type DAOutcome struct {
	Batch uint64
	// Challenged are the chunks this watcher challenged.
	Challenged []uint64
	// Tx is the removal's L1 transaction and GasUsed its gas; Removed its BatchesRemoved
	// event (the batches removed and the sequencer's bond paid to the challenger). All zero
	// when another transaction removed the batch.
	Tx      common.Hash
	GasUsed uint64
	Removed *bindings.RollupBatchesRemoved
}

// availability is the watcher's DA store: the real one, and for a batch whose data it does
// not hold (or whose bytes there are not those L1 committed to) the data-availability game:
// it challenges the batch's chunks on L1, reads resolved chunks back from L1 calldata and
// serves the batch once all are there, and removes the batch once a challenge went
// unresolved past its deadline (then it ends the run).
type availability struct {
	da.Store
	game   *DAGame
	l1     *driver.L1
	opts   *bind.TransactOpts
	from   uint64 // the deployment block
	snap   string // the driver's snapshot: its scan point bounds the search for a batch
	say    func(string, ...any)
	cancel context.CancelFunc

	mu       sync.Mutex
	distrust map[cid.Cid]bool // DA bytes that L1's data hash refused
	outcome  *DAOutcome
	err      error
}

func (a *availability) Get(ctx context.Context, c cid.Cid) ([]byte, error) {
	a.mu.Lock()
	skip := a.distrust[c]
	a.mu.Unlock()
	if !skip {
		data, err := a.Store.Get(ctx, c)
		if err == nil || ctx.Err() != nil || errors.Is(err, da.ErrCorrupt) || errors.Is(err, da.ErrBadCID) {
			return data, err
		}
		a.say("batch data %s not on DA: %v", c, err)
	}
	rec, err := a.recordOf(ctx, c)
	if err != nil {
		return nil, err
	}
	data, ok, err := a.game.Assemble(ctx, rec)
	if err != nil {
		return nil, err
	}
	if ok {
		a.say("batch %d: all %d chunks read back from L1 resolutions", rec.Index, rollup.DataChunks(len(data)))
		return data, nil
	}
	if err := a.play(ctx, rec); err != nil {
		a.mu.Lock()
		a.err = err
		a.mu.Unlock()
		a.cancel()
		return nil, err
	}
	return nil, fmt.Errorf("%w: batch %d (data hash %s)", ErrUnavailable, rec.Index, common.Hash(rec.DataHash))
}

// recordOf is L1's standing record of the batch with CID c.
func (a *availability) recordOf(ctx context.Context, c cid.Cid) (bindings.RollupBatch, error) {
	head, err := a.l1.Head(ctx)
	if err != nil {
		return bindings.RollupBatch{}, err
	}
	from := a.from
	if s, err := driver.LoadSnapshot(a.snap); err == nil {
		from = max(from, s.Scan) // the batch is past every verified one
	}
	recs, err := a.l1.Batches(ctx, from, head, 0)
	if err != nil {
		return bindings.RollupBatch{}, err
	}
	for i := len(recs) - 1; i >= 0; i-- {
		if string(recs[i].CID) == string(c.Bytes()) {
			return recordOf(recs[i]), nil
		}
	}
	return bindings.RollupBatch{}, fmt.Errorf("challenge: no batch on L1 has CID %s", c)
}

// play challenges the chunks of rec not challenged yet (chunk 0 while the data's length is
// unknown, then every chunk), and removes the batch once a challenge is past its deadline
// unresolved. It returns an error only when it removed the batch or cannot go on.
func (a *availability) play(ctx context.Context, rec bindings.RollupBatch) error {
	n, known, _, err := a.game.Resolved(ctx, rec)
	if err != nil {
		return nil // L1 read failed: retried at the next poll
	}
	want := []uint64{0}
	if known {
		want = want[:0]
		for i := range rollup.DataChunks(int(n)) {
			want = append(want, uint64(i))
		}
	}
	head, err := a.game.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil
	}
	for _, k := range want {
		st, deadline, err := a.game.State(ctx, rec, k)
		if err != nil {
			return nil
		}
		switch {
		case st == ChunkRemoved: // someone else sent the removal (Removed stays nil)
			a.mu.Lock()
			if a.outcome == nil {
				a.outcome = &DAOutcome{Batch: rec.Index}
			}
			a.mu.Unlock()
			a.say("batch %d: removed for chunk %d by another transaction", rec.Index, k)
			return errRemoved
		case st == ChunkUnchallenged:
			rcpt, err := a.game.Challenge(ctx, a.opts, rec, k)
			if err != nil {
				a.say("batch %d: %v", rec.Index, err)
				continue
			}
			a.mu.Lock()
			if a.outcome == nil {
				a.outcome = &DAOutcome{Batch: rec.Index}
			}
			a.outcome.Challenged = append(a.outcome.Challenged, k)
			a.mu.Unlock()
			a.say("batch %d: challenged the availability of chunk %d in L1 tx %s (%d gas)", rec.Index, k, rcpt.TxHash, rcpt.GasUsed)
		case st == ChunkOpen && head.Time >= deadline:
			rcpt, ev, err := a.game.Remove(ctx, a.opts, rec, k)
			if err != nil {
				a.say("batch %d: %v", rec.Index, err)
				continue
			}
			a.mu.Lock()
			if a.outcome == nil {
				a.outcome = &DAOutcome{Batch: rec.Index}
			}
			a.outcome.Tx, a.outcome.GasUsed, a.outcome.Removed = rcpt.TxHash, rcpt.GasUsed, ev
			a.mu.Unlock()
			a.say("batch %d: chunk %d unresolved past its deadline: batches %d-%d removed in L1 tx %s (%d gas), %s wei of the bond paid to %s",
				rec.Index, k, ev.Index, ev.Index+ev.Count-1, rcpt.TxHash, rcpt.GasUsed, ev.Paid, ev.Challenger)
			return errRemoved
		}
	}
	return nil
}

// errRemoved ends the run once the watcher removed a batch.
var errRemoved = errors.New("challenge: batch removed for unavailable data")
