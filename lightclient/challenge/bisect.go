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

	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/lightclient"
	"github.com/neuron-rollup/neuron/rollup"
)

// ErrUnprovable: the sequencer's revealed trace differs from re-execution where no L1
// challenge can show it. Since leaves commit to their input's place in the data (batch
// version 3) and DataChallenge's leaf-data proofs check it, Bisect no longer finds such a
// place; the error stays for callers that match it.
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
	// Removed is set when this challenger removed the batch through DataChallenge: a
	// requested leaf went unrevealed past its deadline, or a revealed leaf was not over the
	// data's step input at its index (a leaf-data proof: LeafData says which). Tx, GasUsed:
	// the removal's.
	Removed  *bindings.RollupBatchesRemoved
	LeafData string
	Tx       common.Hash
	GasUsed  uint64
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
			if n < len(truth) { // the trace stops before the data's steps do
				last := revealed[uint64(n-1)]
				return bis, g.proveLeafData(ctx, opts, o, data, bis, fmt.Sprintf("the last leaf %d ends before the data's %d steps do", n-1, len(truth)),
					g.dc.PackProveLeafEnd(record, uint64(n-1), leafOf(&last.Leaf), path(last.Path), dataOpening(data, 0, rollup.StepInputsStart)), say)
			}
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
	if why, call := g.leafDataCall(record, data, truth, revealed, hi); call != nil {
		return bis, g.proveLeafData(ctx, opts, o, data, bis, why, call, say)
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

// leafDataCall is the DataChallenge leaf-data proof that revealed leaf hi of batch record
// (DA bytes data, whose true leaves are truth) is not over the data's step input at hi, and
// why; nil when it is (then challengeStep decides the step). Leaf hi-1 is right (or hi is 0).
func (g *DAGame) leafDataCall(record bindings.RollupBatch, data []byte, truth []rollup.StepLeaf, revealed map[uint64]RevealedLeaf,
	hi int) (string, []byte) {
	post := revealed[uint64(hi)]
	pl, pp := leafOf(&post.Leaf), path(post.Path)
	want, pre, prePath := uint32(rollup.FirstStepOffset), bindings.FaultProverLeaf{Wnodes: [][32]byte{}, Mnodes: [][32]byte{}}, [][32]byte{}
	if hi > 0 {
		p := revealed[uint64(hi-1)]
		want, pre, prePath = p.Leaf.Offset+p.Leaf.Length+rollup.StepPrefixSize, leafOf(&p.Leaf), path(p.Path)
	}
	switch {
	case post.Leaf.Offset != want:
		return fmt.Sprintf("leaf %d's input is at byte %d, the data's step %d at %d", hi, post.Leaf.Offset, hi, want),
			g.dc.PackProveLeafOrder(record, uint64(hi), pre, prePath, pl, pp)
	case hi >= len(truth):
		return fmt.Sprintf("leaf %d is past the data's %d steps", hi, len(truth)),
			g.dc.PackProveLeafEnd(record, uint64(hi), pl, pp, dataOpening(data, 0, rollup.StepInputsStart))
	case post.Leaf.Length != truth[hi].Length || post.Leaf.Input != truth[hi].Input:
		from := int(post.Leaf.Offset) - rollup.StepPrefixSize
		to := min(int(post.Leaf.Offset)+int(post.Leaf.Length), len(data))
		if post.Leaf.Length > rollup.MaxTxSize {
			from, to = 0, 0 // longer than any step input: L1 needs no bytes
		}
		return fmt.Sprintf("leaf %d commits to %d bytes hashing to %s, the data's step there is %d bytes hashing to %s", hi,
				post.Leaf.Length, post.Leaf.Input, truth[hi].Length, truth[hi].Input),
			g.dc.PackProveLeafInput(record, uint64(hi), pl, pp, dataOpening(data, from, to))
	}
	return "", nil
}

// proveLeafData sends a leaf-data proof (call, showing why) and records the removal in bis.
func (g *DAGame) proveLeafData(ctx context.Context, opts *bind.TransactOpts, o *opened, data []byte, bis *Bisection, why string, call []byte,
	say func(string, ...any)) error {
	rcpt, ev, err := g.remove(ctx, opts, o.record, fmt.Sprintf("leaf-data proof against batch %d (%s)", o.rec.Index, why), call)
	if err != nil {
		return err
	}
	bis.Removed, bis.Tx, bis.GasUsed, bis.LeafData = ev, rcpt.TxHash, rcpt.GasUsed, why
	say("batch %d: %s: batches %d-%d removed in L1 tx %s (%d gas, %d bytes of calldata), %s wei of the bond paid to %s",
		o.rec.Index, why, ev.Index, ev.Index+ev.Count-1, rcpt.TxHash, rcpt.GasUsed, len(call), ev.Paid, ev.Challenger)
	return nil
}

// dataOpening opens the chunks of data that hold bytes [from, to) (DataChallenge.DataOpening).
func dataOpening(data []byte, from, to int) bindings.DataChallengeDataOpening {
	d := bindings.DataChallengeDataOpening{Root: rollup.DataRoot(data), Length: uint64(len(data)), First: uint64(from / rollup.DataChunkSize),
		Chunks: [][]byte{}, Paths: [][][32]byte{}}
	for i := from / rollup.DataChunkSize; i*rollup.DataChunkSize < to; i++ {
		d.Chunks = append(d.Chunks, rollup.DataChunk(data, i))
		d.Paths = append(d.Paths, path(rollup.DataChunkProof(data, i)))
	}
	return d
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
