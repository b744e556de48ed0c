package challenge

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/lightclient"
	"github.com/neuron-rollup/neuron/rollup"
)

// ErrUnprovable: the sequencer's revealed trace differs from re-execution where no L1
// challenge can show it (a leaf whose input is not the data's step there, or a trace with
// more steps than the data): see docs/contracts.md, the leaf-reveal game's limits.
var ErrUnprovable = errors.New("challenge: the revealed trace differs where L1 cannot check it")

// Bisection is how Bisect played the leaf-reveal game on one batch.
type Bisection struct {
	Batch uint64
	// Rounds is the number of rounds of requests; Requested the leaves this challenger
	// requested (others' requests are waited on, not repeated).
	Rounds    int
	Requested []uint64
	// Challenge is the challenge the revealed leaves allow (challengeStep of the step after
	// the last good leaf, or challengeEnd), not sent yet; nil when the batch was removed.
	Challenge *Challenge
	// Removed is set when a requested leaf went unrevealed past its deadline and this
	// challenger removed the batch (Tx, GasUsed: the removal's).
	Removed *bindings.RollupBatchesRemoved
	Tx      common.Hash
	GasUsed uint64
}

// BisectWidth is the leaves a round requests in a trace of n steps: at least
// MaxLeavesPerRequest, and ceil(sqrt(n)) for longer traces, so that two rounds always
// suffice (the first narrows the trace to an interval of at most sqrt(n) steps, the second
// reveals all of it): the game must fit in DataChallenge's challenge window even when the
// sequencer answers each round at its deadline.
func BisectWidth(n uint64) int {
	return max(MaxLeavesPerRequest, int(math.Ceil(math.Sqrt(float64(n)))))
}

// spread is up to w distinct steps evenly spaced in the open interval (lo, hi), or all of
// them when there are no more than w; with hi = n it ends at n-1.
func spread(lo, hi int, w int) []uint64 {
	gap := hi - lo - 1
	var out []uint64
	if gap <= w {
		for s := lo + 1; s < hi; s++ {
			out = append(out, uint64(s))
		}
		return out
	}
	for i := 1; i <= w; i++ {
		s := lo + (i*(hi-lo-1)+w-1)/w
		if len(out) == 0 || out[len(out)-1] != uint64(s) {
			out = append(out, uint64(s))
		}
	}
	return out
}

// Bisect plays the leaf-reveal game against batch rec, whose DA bytes data match its data
// hash but whose published trace does not open its stepRoot: it re-executes the data from
// pre for the true leaves, requests the sequencer's committed leaves in rounds of
// BisectWidth evenly spaced steps (the last step first), and narrows to a step whose revealed
// leaf differs from re-execution while the leaf before it (or the previous state root) does
// not; it returns the challenge of that step (or of the trace's end, when the revealed last
// leaf is right but the record's end is not), not yet sent. When a requested leaf is still
// unrevealed at its deadline it removes the batch (Bisection.Removed). Between polls (every
// poll) it waits for the reveals. ErrNoFraud when the revealed end and the record agree with
// re-execution; ErrUnprovable when the boundary is a leaf L1 cannot re-execute from the data.
func (g *DAGame) Bisect(ctx context.Context, cfg *rollup.Config, pre *lightclient.Checkpoint, rec *lightclient.BatchRecord, data []byte,
	opts *bind.TransactOpts, poll time.Duration, out func(string)) (*Bisection, error) {
	say := func(format string, args ...any) {
		if out != nil {
			out(fmt.Sprintf(format, args...))
		}
	}
	o, err := start(cfg, pre, rec, data)
	if err != nil {
		return nil, err
	}
	n := int(rec.StepCount)
	if n == 0 {
		return nil, fmt.Errorf("challenge: batch %d has no trace on L1: challenge its end", rec.Index)
	}
	tr, _, err := o.replay(rollup.StepCount(o.batch.Blocks), -1)
	if err != nil {
		return nil, err
	}
	truth := tr.Leaves()
	bis := &Bisection{Batch: rec.Index}
	w := BisectWidth(rec.StepCount)
	record := o.record
	var revealed map[uint64]RevealedLeaf
	good := func(j int) bool {
		if j < 0 {
			return true
		}
		r, ok := revealed[uint64(j)]
		return ok && j < len(truth) && r.Leaf.Hash() == truth[j].Hash()
	}
	lo, hi := -1, n // lo: a good leaf (-1: the previous state root); hi: a bad one (n: not known yet)
	want := spread(lo, n, w)
	if want[len(want)-1] != uint64(n-1) {
		want = append(want, uint64(n-1))
	}
	for {
		bis.Rounds++
		var ask []uint64
		for _, s := range want {
			st, _, err := g.LeafState(ctx, record, s)
			if err != nil {
				return bis, err
			}
			if st == LeafUnrequested {
				ask = append(ask, s)
			}
		}
		if len(ask) > 0 {
			rcpts, err := g.RequestLeaves(ctx, opts, record, ask)
			if err != nil {
				return bis, err
			}
			gas := uint64(0)
			for _, r := range rcpts {
				gas += r.GasUsed
			}
			bis.Requested = append(bis.Requested, ask...)
			say("batch %d: round %d: requested leaves %v (%d txs, %d gas)", rec.Index, bis.Rounds, ask, len(rcpts), gas)
		}
		if revealed, err = g.awaitReveals(ctx, record, want, opts, poll, bis, say); err != nil || bis.Removed != nil {
			return bis, err
		}
		if hi == n && good(n-1) {
			return bis, g.endFromReveal(o, revealed[uint64(n-1)], n, bis)
		}
		for _, s := range want { // sorted: the first bad one is the new hi
			if !good(int(s)) {
				hi = int(s)
				break
			}
		}
		for _, s := range want {
			if int(s) < hi && int(s) > lo {
				lo = int(s) // all before hi are good
			}
		}
		if hi-lo == 1 {
			break
		}
		want = spread(lo, hi, w)
	}
	say("batch %d: after %d rounds leaf %d is the first wrong one after a right one", rec.Index, bis.Rounds, hi)
	post := revealed[uint64(hi)]
	if hi >= len(o.stepInputs()) {
		return bis, fmt.Errorf("%w: batch %d: leaf %d is past the data's %d steps", ErrUnprovable, rec.Index, hi, len(o.stepInputs()))
	}
	if input := o.stepInputs()[hi]; crypto.Keccak256Hash(input) != post.Leaf.Input {
		return bis, fmt.Errorf("%w: batch %d: leaf %d commits to input %s, the data's step there hashes to %s", ErrUnprovable, rec.Index,
			hi, post.Leaf.Input, crypto.Keccak256Hash(input))
	}
	preLeaf, prePath := bindings.FaultProverLeaf{Root: rec.PrevStateRoot, Wnodes: [][32]byte{}, Mnodes: [][32]byte{}}, [][32]byte{}
	if hi > 0 {
		p := revealed[uint64(hi-1)]
		preLeaf, prePath = leafOf(&p.Leaf), path(p.Path)
	}
	why := "the sequencer's revealed leaf differs from re-execution"
	if hi < len(truth) {
		why = fmt.Sprintf("the revealed leaf has root %s, re-execution %s", post.Leaf.Root, truth[hi].Root)
	}
	bis.Challenge, err = o.stepWith(hi, why, preLeaf, prePath, leafOf(&post.Leaf), path(post.Path))
	return bis, err
}

// stepInputs are the input bytes of every step of the data's blocks, in order.
func (o *opened) stepInputs() [][]byte {
	var out [][]byte
	for _, blk := range o.batch.Blocks {
		out = append(out, rollup.BeginStepInput(&blk.Header))
		for _, tx := range blk.Txs {
			out = append(out, tx.Encode())
		}
	}
	return out
}

// endFromReveal builds the end challenge from the revealed last leaf (right by re-execution):
// the record's state root, withdrawal or message root or counters must be what is wrong.
func (g *DAGame) endFromReveal(o *opened, last RevealedLeaf, n int, bis *Bisection) error {
	ch, err := o.endWith(&last.Leaf, path(last.Path), n, true)
	bis.Challenge = ch
	return err
}

// awaitReveals polls until every leaf in want of record is revealed and returns the revealed
// leaves; once one is open past its deadline it removes the batch (bis.Removed).
func (g *DAGame) awaitReveals(ctx context.Context, record bindings.RollupBatch, want []uint64, opts *bind.TransactOpts, poll time.Duration,
	bis *Bisection, say func(string, ...any)) (map[uint64]RevealedLeaf, error) {
	if poll <= 0 {
		poll = 2 * time.Second
	}
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		revealed, err := g.Revealed(ctx, record)
		if err != nil {
			return nil, err
		}
		missing := slices.DeleteFunc(slices.Clone(want), func(s uint64) bool { _, ok := revealed[s]; return ok })
		if len(missing) == 0 {
			return revealed, nil
		}
		head, err := g.backend.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, err
		}
		for _, s := range missing {
			st, deadline, err := g.LeafState(ctx, record, s)
			if err != nil {
				return nil, err
			}
			switch {
			case st == LeafRemoved:
				return nil, fmt.Errorf("challenge: batch %d was removed for leaf %d by another transaction", record.Index, s)
			case st == LeafOpen && head.Time >= deadline:
				rcpt, ev, err := g.RemoveUnrevealed(ctx, opts, record, s)
				if err != nil {
					return nil, err
				}
				bis.Removed, bis.Tx, bis.GasUsed = ev, rcpt.TxHash, rcpt.GasUsed
				say("batch %d: leaf %d unrevealed past its deadline: batches %d-%d removed in L1 tx %s (%d gas), %s wei of the bond paid to %s",
					record.Index, s, ev.Index, ev.Index+ev.Count-1, rcpt.TxHash, rcpt.GasUsed, ev.Paid, ev.Challenger)
				return revealed, nil
			}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}
