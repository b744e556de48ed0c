package sequencer

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/neuron-rollup/neuron/rollup"
)

func (s *Sequencer) blockLoop(ctx context.Context) {
	defer s.wg.Done()
	t := time.NewTicker(s.cfg.BlockTime)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := s.syncL1(ctx); err != nil {
			s.log.Warn("L1 sync failed", "err", err)
		}
		if _, err := s.ProduceBlock(ctx); err != nil {
			s.log.Error("Block production failed", "err", err)
			continue
		}
		s.batcher.kickSeal()
	}
}

// syncL1 refreshes the confirmed L1 head and queues new deposits and
// forced entries.
func (s *Sequencer) syncL1(ctx context.Context) error {
	if s.deps.L1 == nil {
		return nil
	}
	num, hash, err := s.deps.L1.ConfirmedHead(ctx)
	if err != nil {
		return fmt.Errorf("confirmed head: %w", err)
	}
	s.mu.RLock()
	next := s.state.Globals().DepositsConsumed + uint64(len(s.depQ))
	nextForced := s.state.Globals().ForcedConsumed + uint64(len(s.forcQ))
	cur := s.l1Num
	s.mu.RUnlock()
	if num < cur {
		return nil // never move the L1 view backwards
	}
	deps, err := s.deps.L1.Deposits(ctx, next, num)
	if err != nil {
		return fmt.Errorf("deposits: %w", err)
	}
	var forced []*rollup.Forced
	if fv, ok := s.deps.L1.(ForcedView); ok {
		if forced, err = fv.ForcedTxs(ctx, nextForced, num); err != nil {
			return fmt.Errorf("forced transactions: %w", err)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.l1Num, s.l1Hash = num, hash
	for _, d := range deps {
		if d.L1Nonce == s.state.Globals().DepositsConsumed+uint64(len(s.depQ)) {
			s.depQ = append(s.depQ, d)
		}
	}
	for _, f := range forced {
		if f.Index == s.state.Globals().ForcedConsumed+uint64(len(s.forcQ)) {
			s.forcQ = append(s.forcQ, f)
		}
	}
	return nil
}

// errBlockGasFull: a loss proof is left for a later block because the
// block's proofs already fill the batch gas budget.
var errBlockGasFull = errors.New("sequencer: block's proofs fill the L1 gas budget")

// errBlockFull: a transaction is left for a later block because the block
// would pass Config.MaxBlockBytes (rollup.MaxBlockSize) with it.
var errBlockFull = errors.New("sequencer: block is full")

// ProduceBlock builds, applies and persists the next block from queued
// forced entries, deposits and executable mempool transactions, stopping before the block
// would pass Config.MaxBlockBytes encoded, or rollup.MaxBlockSize with its step trace (which
// it records in the block's meta for the batcher). Admission goes on while the block
// is persisted (it sees the new nonces); Head and View show the block once
// it is durable. It also evicts the nonce-gapped transactions that waited
// too long and drops every evicted one from the pending log.
func (s *Sequencer) ProduceBlock(ctx context.Context) (*rollup.Block, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cfg := s.cfg.Chain
	now := uint64(time.Now().Unix())
	// The L1 view never moves back: it starts at the head's and syncL1 only
	// advances it.
	hdr := rollup.Header{Number: s.head.Number + 1, ParentHash: s.head.Hash(),
		Time: max(now, s.head.Time), L1Number: s.l1Num, L1Hash: s.l1Hash}
	var (
		included []*rollup.Tx
		receipts []*rollup.Receipt
		meta     BlockMeta
		dropped  = map[common.Hash]string{}
		resolved = map[common.Hash]uint64{} // mempool txs included or dropped → seq
	)
	blockGas := s.cfg.newGasMeter()
	size, maxSize := rollup.NewBlockSizer(&hdr), rollup.MaxBlockSize
	// The block's step trace goes into its batch beside it: block and trace
	// together stay within rollup.MaxBlockSize, so that both fit one batch
	// (a withdrawal's step is the largest).
	traceBytes := rollup.TraceStepSize(false)
	var traceErr error // a failure to trace: the state is ahead of the trace
	if s.cfg.MaxBlockBytes > 0 {
		maxSize = s.cfg.MaxBlockBytes
	}
	apply := func(tx *rollup.Tx) error {
		limit := maxSize
		if tx.Type() == rollup.TxForced && len(included) == 0 {
			// A forced entry cannot wait for a block the configured bound
			// has room for: alone it always fits rollup.MaxBlockSize.
			limit = rollup.MaxBlockSize
		}
		if n := size.SizeWith(tx); n > limit || n+traceBytes+rollup.TraceStepSize(true) > rollup.MaxBlockSize {
			return errBlockFull
		}
		if lp, ok := tx.Data().(*rollup.LossProof); ok {
			// Budget the proof's L1 verification before it applies. (A
			// loss proof inside a forced entry is not budgeted: the entry
			// cannot wait.)
			circuit, ok, err := s.state.ProofCircuit(cfg, lp)
			if err != nil {
				return err
			}
			if ok && blockGas.Gas()+blockGas.Cost(circuit) > s.cfg.gasBudget() {
				return errBlockGasFull
			}
		}
		rc, err := s.state.ApplyTx(cfg, tx, uint64(len(included)))
		if err != nil {
			return err
		}
		ts, err := s.state.TraceStep(cfg, rc)
		if err != nil {
			traceErr = errors.Join(traceErr, err)
			return err
		}
		meta.Trace = append(meta.Trace, ts)
		traceBytes += rollup.TraceStepSize(ts.Withdrawal != nil)
		if p := rc.Proof; p != nil {
			lp, err := lossProofOf(tx)
			if err != nil {
				return err
			}
			blockGas.Add(p.Circuit)
			meta.Proofs = append(meta.Proofs, rollup.ProofRecord{MLSC: lp.MLSC, Round: lp.Round, Proof: lp.Proof,
				Digest: p.Digest, Circuit: p.Circuit})
		}
		included = append(included, tx)
		receipts = append(receipts, rc)
		size.Add(tx)
		return nil
	}
	s.stateMu.Lock()
	if err := s.state.BeginBlock(cfg, &hdr); err != nil {
		s.stateMu.Unlock()
		return nil, err
	}
	ts, err := s.state.TraceStep(cfg, nil)
	if err != nil {
		s.stateMu.Unlock()
		return nil, fmt.Errorf("trace block %d start (restart required): %w", hdr.Number, err)
	}
	meta.Trace = append(meta.Trace, ts)
	// Forced entries go first, as they have an L1 deadline. They always
	// apply (a bad one is consumed as a failure), so only a full block holds
	// the rest back, and the first always fits.
	for len(s.forcQ) > 0 && len(included) < s.cfg.MaxBlockTxs {
		f := s.forcQ[0]
		tx, err := rollup.NewForced(f)
		if err == nil {
			err = apply(tx)
		}
		if errors.Is(err, errBlockFull) {
			break
		}
		if err != nil {
			s.log.Error("Forced transaction not applied", "index", f.Index, "err", err)
		}
		s.forcQ = s.forcQ[1:]
	}
	for len(s.depQ) > 0 && len(included) < s.cfg.MaxBlockTxs {
		d := s.depQ[0]
		tx, err := rollup.NewDeposit(d)
		if err == nil {
			err = apply(tx)
		}
		if errors.Is(err, errBlockFull) {
			break
		}
		if err != nil {
			s.log.Error("Deposit rejected", "nonce", d.L1Nonce, "err", err)
		}
		s.depQ = s.depQ[1:]
	}
	nonceOf := s.state.Nonce
	var touched []common.Address // senders of the mempool txs resolved
	for _, e := range s.pool.Executable(nonceOf, s.cfg.MaxBlockTxs-len(included)) {
		if err := apply(e.Tx); err != nil {
			if errors.Is(err, errBlockFull) {
				break // the rest waits for the next block, in order
			}
			if errors.Is(err, rollup.ErrNonce) || errors.Is(err, errBlockGasFull) {
				// An earlier tx of the account failed (wait for a replacement),
				// or the block's proofs fill what one L1 transaction can
				// verify: the tx stays pending for a later block.
				continue
			}
			dropped[e.Tx.Hash()] = err.Error()
			s.log.Debug("Transaction rejected", "hash", e.Tx.Hash(), "err", err)
		}
		resolved[e.Tx.Hash()] = e.Seq
		from, _ := e.Tx.Sender(cfg.ChainID) // recovered at admission
		touched = append(touched, from)
	}
	if traceErr != nil {
		s.stateMu.Unlock()
		return nil, fmt.Errorf("trace block %d (restart required): %w", hdr.Number, traceErr)
	}
	root, entries, err := s.state.Commit()
	g := s.state.Globals()
	s.stateMu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("commit state: %w", err)
	}
	meta.NextWithdrawal, meta.DepositsConsumed, meta.ForcedConsumed = g.NextWithdrawal, g.DepositsConsumed, g.ForcedConsumed
	meta.NextMessage = g.NextMessage
	hdr.StateRoot, hdr.TxHash = root, rollup.TxListHash(included)
	blk := &rollup.Block{Header: hdr, Txs: included}

	// Every pending log entry below the oldest transaction that stays
	// pending is resolved, and goes as one range; resolved ones above it
	// go one by one.
	// Evicted entries (by admission to make room, or here by age) are gone
	// from the pool already, so the range below covers the older ones.
	s.pool.Expire()
	for _, ev := range s.pool.TakeEvicted() {
		if _, ok := resolved[ev.Tx.Hash()]; ok {
			continue // evicted while this block included or rejected it
		}
		s.pruned = append(s.pruned, ev.Seq)
		dropped[ev.Tx.Hash()] = ev.Reason
	}
	below := s.pool.Oldest(func(h common.Hash) bool { _, ok := resolved[h]; return ok })
	pend := PendingUpdate{From: s.pendingFrom, Below: below, Remove: s.pruned, Dropped: dropped}
	gone := make([]common.Hash, 0, len(resolved))
	for h, seq := range resolved {
		if seq >= below {
			pend.Remove = append(pend.Remove, seq)
		}
		gone = append(gone, h)
	}
	if err := s.store.CommitBlock(blk, &meta, receipts, entries, pend); err != nil {
		// The in-memory state is ahead of the store: only a restart from the
		// store is safe now.
		return nil, fmt.Errorf("persist block %d (restart required): %w", hdr.Number, err)
	}
	s.pendingFrom, s.pruned = max(s.pendingFrom, below), nil
	s.stateMu.RLock()
	for _, e := range s.pool.Resolve(nonceOf, gone, touched) {
		s.pruned = append(s.pruned, e.Seq)
	}
	s.stateMu.RUnlock()
	s.head = &blk.Header
	s.m.RecordBlock(hdr.Number, len(included), len(dropped), s.pool.Len())
	if len(included) > 0 {
		s.log.Debug("Produced block", "number", hdr.Number, "txs", len(included), "root", root)
	}
	return blk, nil
}

// lossProofOf is the loss proof tx applied: tx itself, or the transaction
// inside a forced entry.
func lossProofOf(tx *rollup.Tx) (*rollup.LossProof, error) {
	if f, ok := tx.Data().(*rollup.Forced); ok {
		inner, err := rollup.DecodeTx(f.Tx)
		if err != nil {
			return nil, fmt.Errorf("forced entry %d: %w", f.Index, err)
		}
		tx = inner
	}
	lp, ok := tx.Data().(*rollup.LossProof)
	if !ok {
		return nil, fmt.Errorf("sequencer: a %s applied a loss proof", tx.Type())
	}
	return lp, nil
}
