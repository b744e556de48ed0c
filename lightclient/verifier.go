// Package lightclient re-derives the Neuron L2 chain from what L1 and DA
// say alone: for each batch L1 settled it checks the DA bytes against L1's
// CID and data hash, re-executes every block with the rollup STF (which
// verifies each loss proof natively through the chain's LossVerifier),
// checks each block's L1 view against L1's real block hashes, and compares
// the state root, the withdrawal root, the deposits consumed, the loss
// proofs L1 verified and the step trace (the batch's published one and
// L1's stepRoot/stepCount) with what the blocks did. The first divergence is a
// *Report naming the batch, block and transaction.
//
// This package is the verifier's core: it reads no network and no disk (the
// L1 block hashes come through L1Headers), so it builds for
// GOOS=js GOARCH=wasm. Package lightclient/driver feeds it from an L1 node
// and a DA store and keeps its progress.
package lightclient

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/rollup"
)

// ErrNoL1Block is wrapped by L1Headers.HashAt for a block number L1 does
// not have; the verifier reports a block that refers to one as ErrL1Hash.
var ErrNoL1Block = errors.New("lightclient: L1 has no block at this number")

// L1Headers is the verifier's view of L1's block hashes.
type L1Headers interface {
	// HashAt returns the hash of L1 block n: an error wrapping ErrNoL1Block
	// if L1 has none; any other error is a failure to ask, and the batch
	// can be verified again later.
	HashAt(ctx context.Context, n uint64) (common.Hash, error)
}

// ErrNoL1Entry: L1 has queued no deposit or forced entry at that position.
var ErrNoL1Entry = errors.New("lightclient: L1 has queued no such entry")

// L1Queues is the verifier's view of what L1 queued for the L2: the hash
// chains over deposits and forced entries (rollup.DepositAccumulator,
// rollup.ForcedAccumulator). Each returns an error wrapping ErrNoL1Entry if
// L1 has none at that position; any other error is a failure to ask.
type L1Queues interface {
	// DepositAccumulator is the Bridge's accumulator after deposit nonce.
	DepositAccumulator(ctx context.Context, nonce uint64) (common.Hash, error)
	// ForcedAccumulator is the Rollup's accumulator after forced entry index.
	ForcedAccumulator(ctx context.Context, index uint64) (common.Hash, error)
}

// L1 is everything the verifier reads of L1 besides the batch records.
type L1 interface {
	L1Headers
	L1Queues
}

// BatchRecord is what L1 recorded for one batch: the header of the
// submitBatch call its BatchSubmitted event names, and the ProofVerified
// events of its loss proofs.
type BatchRecord struct {
	// BatchHeader is the header L1 recorded. Its ProofsHash is zero if the
	// L1 record has none; then only Proofs is compared.
	rollup.BatchHeader
	// Proofs are the (circuit, digest) pairs L1 verified, in proof order.
	Proofs []rollup.AppliedProof
	// L1Block is the L1 block that settled the batch; no L2 block of the
	// batch may refer to a later one. Zero skips that check.
	L1Block uint64
	// SubmittedAt is L1Block's timestamp: with the header and the number of
	// proofs it makes the record whose hash the Rollup keeps
	// (batchrecord.Of), which a challenge passes. The verifier does not read it.
	SubmittedAt uint64
}

// Checkpoint is a verifier's progress: the state after the last verified
// block, which batch comes next, and that block's header.
type Checkpoint struct {
	NextBatch uint64
	Head      rollup.Header
	// Entries is the whole state (rollup.State.LoadEntry input).
	Entries []rollup.Entry
}

// GenesisCheckpoint is the checkpoint before batch 0: the genesis state.
func GenesisCheckpoint(g *rollup.Genesis) (*Checkpoint, error) {
	_, h, entries, err := g.State()
	if err != nil {
		return nil, err
	}
	return &Checkpoint{Head: *h, Entries: entries}, nil
}

// Result is what a verified batch did.
type Result struct {
	Index                 uint64
	FirstBlock, LastBlock uint64
	Txs                   int
	Proofs                []rollup.AppliedProof // the loss proofs the blocks applied, in order
	Withdrawals           uint64                // withdrawals the batch made
	StateRoot             common.Hash
	// Entries are the state entries the batch changed, in key order, with
	// the value after the batch (nil: deleted). The caller owns them.
	Entries []rollup.Entry
}

// Verifier re-executes batches in order from a checkpoint. It is not safe
// for concurrent use. After a *Report it refuses further batches: its state
// is that of a chain that diverged.
type Verifier struct {
	cfg    *rollup.Config
	l1     L1
	state  *rollup.State
	head   rollup.Header
	next   uint64
	failed *Report
}

// New returns a verifier at cp (GenesisCheckpoint for a fresh start). The
// state cp holds must have cp.Head's state root.
func New(cfg *rollup.Config, l1 L1, cp *Checkpoint) (*Verifier, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if l1 == nil {
		return nil, errors.New("lightclient: no L1 view")
	}
	st := rollup.NewState()
	for _, e := range cp.Entries {
		if err := st.LoadEntry(e.Key, e.Value); err != nil {
			return nil, fmt.Errorf("lightclient: load checkpoint: %w", err)
		}
	}
	root, _, err := st.Commit()
	if err != nil {
		return nil, fmt.Errorf("lightclient: load checkpoint: %w", err)
	}
	if root != cp.Head.StateRoot {
		return nil, fmt.Errorf("lightclient: checkpoint state root %s, its head %d says %s", root, cp.Head.Number, cp.Head.StateRoot)
	}
	return &Verifier{cfg: cfg, l1: l1, state: st, head: cp.Head, next: cp.NextBatch}, nil
}

// NextBatch is the index of the batch VerifyBatch expects.
func (v *Verifier) NextBatch() uint64 { return v.next }

// Head is the header of the last verified block.
func (v *Verifier) Head() rollup.Header { return v.head }

// appliedProof is a loss proof a block applied, and where.
type appliedProof struct {
	ref   rollup.AppliedProof
	block uint64
	tx    TxRef
}

// VerifyBatch checks batch rec.Index against L1's record rec and the DA
// bytes data, and on success moves the verifier past it. It returns a
// *Report for the first divergence. Any other error (L1 could not be asked)
// leaves the verifier unchanged, so the batch can be retried.
func (v *Verifier) VerifyBatch(ctx context.Context, rec *BatchRecord, data []byte) (*Result, error) {
	if v.failed != nil {
		return nil, v.failed
	}
	report := func(check error, expected, found string) *Report {
		return &Report{Batch: rec.Index, Check: check, Expected: expected, Found: found}
	}
	if rec.Index != v.next {
		return nil, report(ErrIndex, fmt.Sprintf("batch %d", v.next), fmt.Sprintf("batch %d", rec.Index))
	}
	c, err := cid.Cast(rec.CID)
	if err != nil {
		return nil, &Report{Batch: rec.Index, Check: ErrCID, Expected: fmt.Sprintf("a CID (L1 has %x)", rec.CID), Found: "none", Err: err}
	}
	if err := da.Verify(c, data); err != nil {
		return nil, &Report{Batch: rec.Index, Check: ErrCID, Expected: c.String() + " (L1)", Found: da.Sum(data).String() + " (DA bytes)", Err: err}
	}
	if h := rollup.DataHash(data); h != rec.DataHash {
		return nil, report(ErrDataHash, rec.DataHash.Hex()+" (L1)", h.Hex()+" (DA bytes)")
	}
	if rec.PrevStateRoot != v.head.StateRoot {
		return nil, report(ErrPrevStateRoot, rec.PrevStateRoot.Hex()+" (L1)", fmt.Sprintf("%s (block %d)", v.head.StateRoot, v.head.Number))
	}
	batch, err := rollup.DecodeBatch(data)
	if err != nil {
		return nil, &Report{Batch: rec.Index, Check: ErrBatchData, Err: err}
	}
	first, last := batch.Blocks[0], batch.Blocks[len(batch.Blocks)-1]
	switch {
	case batch.Index != rec.Index:
		return nil, report(ErrBatchData, fmt.Sprintf("batch index %d (L1)", rec.Index), fmt.Sprintf("%d (DA bytes)", batch.Index))
	case first.Header.Number != v.head.Number+1 || first.Header.ParentHash != v.head.Hash():
		return nil, report(ErrBatchData, fmt.Sprintf("block %d with parent %s", v.head.Number+1, v.head.Hash()),
			fmt.Sprintf("block %d with parent %s", first.Header.Number, first.Header.ParentHash))
	case last.Header.Number != rec.L2Height:
		return nil, report(ErrL2Height, fmt.Sprintf("%d (L1)", rec.L2Height), fmt.Sprintf("%d (last block)", last.Header.Number))
	}
	// Everything L1 must be asked is asked before the state changes, so
	// that a failure to ask leaves the verifier as it was.
	if r, err := v.checkL1Views(ctx, rec, batch); r != nil || err != nil {
		if r != nil {
			return nil, r
		}
		return nil, err
	}
	if r, err := v.checkQueues(ctx, rec, batch); r != nil || err != nil {
		if r != nil {
			return nil, r
		}
		return nil, err
	}
	senders := recoverSenders(v.cfg.ChainID, batch)
	res, r := v.execute(rec, batch, data, senders)
	if r != nil {
		v.failed = r
		return nil, r
	}
	v.head, v.next = last.Header, v.next+1
	return res, nil
}

// senderChunk is how many transactions a recovery worker takes at a time.
const senderChunk = 64

// senders tracks the background recovery of a batch's transaction senders:
// chunk c of the batch's transactions (in block order) is recovered once
// done[c] is closed.
type senders struct {
	done []chan struct{}
	seen int
}

// wait blocks until the sender of the batch's k-th transaction (counting
// across blocks) is recovered; k must not decrease between calls.
func (s *senders) wait(k int) {
	if c := k / senderChunk; c >= s.seen {
		<-s.done[c]
		s.seen = c + 1
	}
}

// recoverSenders starts recovering every transaction's sender on all cores
// (rollup.Tx caches it), in chunks taken in order, so that re-execution
// can start on the first chunk while later ones are still recovered:
// secp256k1 recovery is most of a light client's work, and this way the
// sequential re-execution overlaps it instead of waiting for all of it.
// Errors are left for ApplyTx to report in order.
func recoverSenders(chainID uint64, b *rollup.Batch) *senders {
	var txs []*rollup.Tx
	for _, blk := range b.Blocks {
		txs = append(txs, blk.Txs...)
	}
	s := &senders{done: make([]chan struct{}, (len(txs)+senderChunk-1)/senderChunk)}
	for c := range s.done {
		s.done[c] = make(chan struct{})
	}
	var next atomic.Int64
	for range min(runtime.GOMAXPROCS(0), len(s.done)) {
		go func() {
			for c := next.Add(1) - 1; c < int64(len(s.done)); c = next.Add(1) - 1 {
				for _, tx := range txs[c*senderChunk : min(int(c+1)*senderChunk, len(txs))] {
					_, _ = tx.Sender(chainID)
				}
				close(s.done[c])
			}
		}()
	}
	return s
}

// checkL1Views checks that the blocks' L1 numbers never go backwards nor
// past rec.L1Block, and that each L1 hash is L1's. A block may keep the
// genesis view (number 0, zero hash) until the sequencer first sees L1.
func (v *Verifier) checkL1Views(ctx context.Context, rec *BatchRecord, b *rollup.Batch) (*Report, error) {
	prev := v.head.L1Number
	known := map[uint64]common.Hash{}
	for _, blk := range b.Blocks {
		h := &blk.Header
		num := h.Number
		r := &Report{Batch: rec.Index, Block: &num}
		switch {
		case h.L1Number < prev:
			r.Check, r.Expected, r.Found = ErrL1Order, fmt.Sprintf("L1 block >= %d (parent's)", prev), fmt.Sprintf("L1 block %d", h.L1Number)
			return r, nil
		case rec.L1Block != 0 && h.L1Number > rec.L1Block:
			r.Check, r.Expected, r.Found = ErrL1Order, fmt.Sprintf("L1 block <= %d (settled the batch)", rec.L1Block), fmt.Sprintf("L1 block %d", h.L1Number)
			return r, nil
		}
		prev = h.L1Number
		if h.L1Number == 0 && h.L1Hash == (common.Hash{}) {
			continue
		}
		want, ok := known[h.L1Number]
		if !ok {
			var err error
			want, err = v.l1.HashAt(ctx, h.L1Number)
			switch {
			case errors.Is(err, ErrNoL1Block):
				r.Check, r.Expected, r.Found, r.Err = ErrL1Hash, fmt.Sprintf("L1 block %d to exist", h.L1Number), h.L1Hash.Hex()+" (header)", err
				return r, nil
			case err != nil:
				return nil, fmt.Errorf("lightclient: L1 block %d hash: %w", h.L1Number, err)
			}
			known[h.L1Number] = want
		}
		if want != h.L1Hash {
			r.Check = ErrL1Hash
			r.Expected = fmt.Sprintf("%s (L1 block %d)", want, h.L1Number)
			r.Found = h.L1Hash.Hex() + " (header)"
			return r, nil
		}
	}
	return nil, nil
}

// checkQueues checks each deposit and forced entry the batch's blocks
// carry against what L1 queued at its position: a deposit must be the
// Bridge's at its nonce (depositor, recipient, amount), a forced entry the
// bytes the Rollup queued at its index. Without this a sequencer could
// credit deposits L1 never took, which re-execution alone cannot see. Their
// order is the STF's to check (nonces and indices consumed one by one).
func (v *Verifier) checkQueues(ctx context.Context, rec *BatchRecord, b *rollup.Batch) (*Report, error) {
	type queue struct {
		name  string
		check error
		at    func(context.Context, uint64) (common.Hash, error)
		known map[uint64]common.Hash
	}
	deposits := &queue{"deposit", ErrL1Deposit, v.l1.DepositAccumulator, map[uint64]common.Hash{}}
	forced := &queue{"forced entry", ErrL1Forced, v.l1.ForcedAccumulator, map[uint64]common.Hash{}}
	// acc is L1's accumulator after position i of q (zero before 0).
	acc := func(q *queue, i uint64) (common.Hash, error) {
		if h, ok := q.known[i]; ok {
			return h, nil
		}
		h, err := q.at(ctx, i)
		if err == nil {
			q.known[i] = h
		}
		return h, err
	}
	for _, blk := range b.Blocks {
		for i, tx := range blk.Txs {
			var q *queue
			var pos uint64
			var link func(prev common.Hash) common.Hash
			switch d := tx.Data().(type) {
			case *rollup.Deposit:
				q, pos, link = deposits, d.L1Nonce, func(prev common.Hash) common.Hash { return rollup.DepositAccumulator(prev, d) }
			case *rollup.Forced:
				q, pos, link = forced, d.Index, func(prev common.Hash) common.Hash { return rollup.ForcedAccumulator(prev, d.Tx) }
			default:
				continue
			}
			num := blk.Header.Number
			r := &Report{Batch: rec.Index, Block: &num, Tx: &TxRef{Index: i, Hash: tx.Hash()}, Check: q.check}
			var prev common.Hash
			if pos > 0 {
				var err error
				if prev, err = acc(q, pos-1); err != nil && !errors.Is(err, ErrNoL1Entry) {
					return nil, fmt.Errorf("lightclient: L1 %s %d: %w", q.name, pos-1, err)
				}
			}
			want, err := acc(q, pos)
			switch {
			case errors.Is(err, ErrNoL1Entry):
				r.Expected, r.Found, r.Err = fmt.Sprintf("L1 %s %d to exist", q.name, pos), fmt.Sprintf("%s %d in the block", q.name, pos), err
				return r, nil
			case err != nil:
				return nil, fmt.Errorf("lightclient: L1 %s %d: %w", q.name, pos, err)
			}
			if got := link(prev); got != want {
				r.Expected = fmt.Sprintf("accumulator %s after L1 %s %d", want, q.name, pos)
				r.Found = fmt.Sprintf("%s (the block's %s)", got, q.name)
				return r, nil
			}
		}
	}
	return nil, nil
}

// execute re-executes the batch's blocks (encoded as data) on the state
// and compares the outcome, and the header it builds from it, with the
// block headers and rec. A report means the state is spoilt.
func (v *Verifier) execute(rec *BatchRecord, b *rollup.Batch, data []byte, senders *senders) (*Result, *Report) {
	cfg, st := v.cfg, v.state
	firstW, firstM, prevRoot := st.Globals().NextWithdrawal, st.Globals().NextMessage, v.head.StateRoot
	var applied []appliedProof
	changed := map[string][]byte{}
	res := &Result{Index: rec.Index, FirstBlock: b.Blocks[0].Header.Number, LastBlock: b.Blocks[len(b.Blocks)-1].Header.Number}
	tr := rollup.NewTracer(cfg, -1)
	k := 0 // the transaction's index in the batch, for senders
	for _, blk := range b.Blocks {
		num := blk.Header.Number
		at := func(check error, tx *TxRef, err error) *Report {
			return &Report{Batch: rec.Index, Block: &num, Tx: tx, Check: check, Err: err}
		}
		if err := tr.BeginBlock(st, &blk.Header); err != nil {
			return nil, at(ErrBlock, nil, err)
		}
		for i, tx := range blk.Txs {
			ref := &TxRef{Index: i, Hash: tx.Hash()}
			senders.wait(k)
			k++
			rc, err := tr.ApplyTx(st, tx, uint64(i))
			if err != nil {
				return nil, at(ErrTx, ref, err)
			}
			if rc.Proof != nil {
				applied = append(applied, appliedProof{ref: *rc.Proof, block: num, tx: *ref})
			}
		}
		res.Txs += len(blk.Txs)
		root, entries, err := st.Commit()
		if err != nil {
			return nil, at(ErrBlock, nil, fmt.Errorf("commit state: %w", err))
		}
		if root != blk.Header.StateRoot {
			r := at(ErrStateRoot, nil, nil)
			r.Expected, r.Found = blk.Header.StateRoot.Hex()+" (block header)", root.Hex()+" (re-executed)"
			return nil, r
		}
		for _, e := range entries {
			changed[string(e.Key)] = e.Value
		}
	}
	lastNum := res.LastBlock
	atLast := func(check error, expected, found string) *Report {
		return &Report{Batch: rec.Index, Block: &lastNum, Check: check, Expected: expected, Found: found}
	}
	g := st.Globals()
	refs := make([]rollup.AppliedProof, len(applied))
	for i, p := range applied {
		refs[i] = p.ref
	}
	hdr, err := rollup.BuildBatchHeader(cfg, st, &rollup.BatchContents{Index: rec.Index, CID: rec.CID, Data: data,
		PrevStateRoot: prevRoot, StateRoot: st.Root(), FirstWithdrawal: firstW, NextWithdrawal: g.NextWithdrawal,
		DepositsConsumed: g.DepositsConsumed, L2Height: lastNum, Proofs: refs, ForcedConsumed: g.ForcedConsumed,
		FirstMessage: firstM, NextMessage: g.NextMessage})
	if err != nil {
		return nil, &Report{Batch: rec.Index, Block: &lastNum, Check: ErrWithdrawalRoot, Err: err}
	}
	if hdr.StateRoot != rec.StateRoot {
		return nil, atLast(ErrStateRoot, rec.StateRoot.Hex()+" (L1)", hdr.StateRoot.Hex()+" (re-executed)")
	}
	if hdr.DepositsConsumed != rec.DepositsConsumed {
		return nil, atLast(ErrDeposits, fmt.Sprintf("%d (L1)", rec.DepositsConsumed), fmt.Sprintf("%d (re-executed)", hdr.DepositsConsumed))
	}
	if hdr.ForcedConsumed != rec.ForcedConsumed {
		return nil, atLast(ErrForced, fmt.Sprintf("%d (L1)", rec.ForcedConsumed), fmt.Sprintf("%d (re-executed)", hdr.ForcedConsumed))
	}
	if hdr.WithdrawalRoot != rec.WithdrawalRoot {
		return nil, atLast(ErrWithdrawalRoot, rec.WithdrawalRoot.Hex()+" (L1)",
			fmt.Sprintf("%s (withdrawals %d..%d re-executed)", hdr.WithdrawalRoot, firstW, g.NextWithdrawal))
	}
	if hdr.MessageRoot != rec.MessageRoot {
		return nil, atLast(ErrMessageRoot, rec.MessageRoot.Hex()+" (L1)",
			fmt.Sprintf("%s (messages %d..%d re-executed)", hdr.MessageRoot, firstM, g.NextMessage))
	}
	if r := checkProofs(rec, applied, hdr.ProofsHash); r != nil {
		return nil, r
	}
	if r := checkTrace(rec, b, tr); r != nil {
		return nil, r
	}
	res.StateRoot, res.Withdrawals, res.Proofs = hdr.StateRoot, g.NextWithdrawal-firstW, refs
	keys := make([]string, 0, len(changed))
	for k := range changed {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		res.Entries = append(res.Entries, rollup.Entry{Key: []byte(k), Value: bytes.Clone(changed[k])})
	}
	return res, nil
}

// checkProofs compares the proofs L1 verified with those the blocks
// applied, in order, then L1's commitment to them with proofsHash, the
// applied proofs' (rollup.ProofsHash).
func checkProofs(rec *BatchRecord, applied []appliedProof, proofsHash common.Hash) *Report {
	show := func(p rollup.AppliedProof) string { return fmt.Sprintf("circuit %s digest %s", p.Circuit, p.Digest) }
	for i := range max(len(applied), len(rec.Proofs)) {
		switch {
		case i >= len(rec.Proofs):
			a := applied[i]
			return &Report{Batch: rec.Index, Block: &a.block, Tx: &a.tx, Check: ErrProofs,
				Expected: fmt.Sprintf("L1 to verify proof %d", i), Found: show(a.ref) + " applied, L1 never verified it"}
		case i >= len(applied):
			return &Report{Batch: rec.Index, Check: ErrProofs,
				Expected: fmt.Sprintf("proof %d: %s (L1)", i, show(rec.Proofs[i])), Found: fmt.Sprintf("%d proofs applied", len(applied))}
		case applied[i].ref != rec.Proofs[i]:
			a := applied[i]
			return &Report{Batch: rec.Index, Block: &a.block, Tx: &a.tx, Check: ErrProofs,
				Expected: fmt.Sprintf("proof %d: %s (L1)", i, show(rec.Proofs[i])), Found: show(a.ref) + " (applied)"}
		}
	}
	if rec.ProofsHash != (common.Hash{}) && proofsHash != rec.ProofsHash {
		return &Report{Batch: rec.Index, Check: ErrProofs, Expected: rec.ProofsHash.Hex() + " (L1 proofsHash)",
			Found: proofsHash.Hex() + " (hash of the applied proofs)"}
	}
	return nil
}

// checkTrace compares the step trace the batch publishes (b.Trace) with tr's, the trace of
// the re-executed blocks, step by step (root, withdrawal leaf, message leaves), and L1's
// commitment to it (rec.StepRoot, StepCount) with tr's root and leaf count.
func checkTrace(rec *BatchRecord, b *rollup.Batch, tr *rollup.Tracer) *Report {
	steps := tr.Steps()
	show := func(ts *rollup.TraceStep) string {
		s := "root " + ts.Root.Hex()
		if ts.Withdrawal != nil {
			s += ", withdrawal leaf " + ts.Withdrawal.Hex()
		}
		if len(ts.Messages) > 0 {
			s += fmt.Sprintf(", message leaves %v", ts.Messages)
		}
		return s
	}
	k := 0
	for _, blk := range b.Blocks {
		num := blk.Header.Number
		for i := -1; i < len(blk.Txs); i, k = i+1, k+1 {
			want, got := &b.Trace[k], &steps[k]
			if want.Root == got.Root && (want.Withdrawal == nil) == (got.Withdrawal == nil) &&
				(want.Withdrawal == nil || *want.Withdrawal == *got.Withdrawal) && slices.Equal(want.Messages, got.Messages) {
				continue
			}
			r := &Report{Batch: rec.Index, Block: &num, Check: ErrTrace,
				Expected: fmt.Sprintf("step %d: %s (batch trace)", k, show(want)), Found: show(got) + " (re-executed)"}
			if i >= 0 {
				r.Tx = &TxRef{Index: i, Hash: blk.Txs[i].Hash()}
			}
			return r
		}
	}
	root, count := tr.Root()
	if root != rec.StepRoot || count != rec.StepCount {
		return &Report{Batch: rec.Index, Check: ErrTrace, Expected: fmt.Sprintf("step root %s over %d steps (L1)", rec.StepRoot, rec.StepCount),
			Found: fmt.Sprintf("%s over %d steps (re-executed)", root, count)}
	}
	return nil
}
