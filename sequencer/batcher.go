package sequencer

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/l1"
	"github.com/neuron-rollup/neuron/rollup"
)

// chainView is what the batcher reads of the chain the sequencer produces:
// the head, and the state for the withdrawals a batch commits to.
type chainView interface {
	Head() rollup.Header
	View(fn func(st *rollup.State, head *rollup.Header) error) error
}

// Batcher seals the sequencer's blocks into batches on DA (MaybeSealBatch,
// by the policy of sealDue) and settles sealed batches on L1
// (PostBatches). Its methods are safe for concurrent use: sealing is one at
// a time, and it reads the chain only through the sequencer's view.
type Batcher struct {
	cfg    *Config
	store  *Store
	da     da.Store
	poster BatchPoster // nil: batches are sealed, never posted
	chain  chainView
	log    log.Logger
	m      Metricer

	// sealMu makes MaybeSealBatch one at a time and guards scan.
	sealMu sync.Mutex
	scan   unbatchedScan
	// batchBytes bounds the encoded blocks of one batch: sealBatch cuts a
	// batch before the block that would pass it.
	batchBytes int

	postKick chan struct{}
	// sealKick wakes sealLoop: the block loop sends on it after each
	// block, never waiting.
	sealKick chan struct{}
}

// newBatcher returns the batcher of the chain in store, which chain shows.
func newBatcher(cfg *Config, store *Store, deps Deps, chain chainView) *Batcher {
	return &Batcher{cfg: cfg, store: store, da: deps.DA, poster: deps.Poster, chain: chain, log: deps.Log, m: deps.Metrics,
		batchBytes: rollup.MaxBatchSize - 1024, postKick: make(chan struct{}, 1), sealKick: make(chan struct{}, 1)}
}

// MaybeSealBatch seals the unbatched blocks into a batch on DA once sealDue
// says so: at once if force is set, else once there are BatchBlocks of them,
// held for a second loss proof while ProofWaitBlocks allows.
func (b *Batcher) MaybeSealBatch(ctx context.Context, force bool) error {
	_, err := b.maybeSeal(ctx, force)
	return err
}

// kickSeal wakes sealLoop to look at the unbatched blocks; it never blocks.
func (b *Batcher) kickSeal() {
	select {
	case b.sealKick <- struct{}{}:
	default:
	}
}

// sealLoop seals batches off the block loop, so that a slow or absent DA
// node delays batches but never blocks production: the block loop only
// kicks it (kickSeal). Each kick seals every batch that is due, one after
// another (after a DA outage several are), and a failure waits for the
// next kick, one block later.
func (b *Batcher) sealLoop(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-b.sealKick:
		}
		for ctx.Err() == nil {
			sealed, err := b.maybeSeal(ctx, false)
			if err != nil {
				if ctx.Err() == nil {
					b.log.Error("Batch sealing failed; will retry at the next block", "err", err)
				}
				break
			}
			if !sealed {
				break
			}
		}
	}
}

// maybeSeal is MaybeSealBatch; sealed says whether it sealed a batch.
func (b *Batcher) maybeSeal(ctx context.Context, force bool) (sealed bool, err error) {
	b.sealMu.Lock()
	defer b.sealMu.Unlock()
	index, first, err := b.store.NextBatch()
	if err != nil {
		return false, err
	}
	last := b.chain.Head().Number
	if last < first || (!force && last-first+1 < b.cfg.BatchBlocks) {
		return false, nil
	}
	var proofs []uint64
	full, empty := false, false
	if !force {
		if err := b.scanUnbatched(first, last); err != nil {
			return false, err
		}
		proofs, full, empty = b.scan.proofs, b.scan.full(b.batchBytes, b.cfg.gasBudget()), !b.scan.txs
		if b.cfg.ProofWaitBlocks == 0 {
			proofs = nil
		}
	}
	due, deadline := sealDue(first, last, b.cfg.BatchBlocks, b.cfg.ProofWaitBlocks, b.cfg.HeartbeatBlocks, proofs, empty, full, force)
	b.m.RecordProofHold(!due && len(proofs) == 1)
	if !due {
		if len(proofs) == 1 && !b.scan.logged {
			b.scan.logged = true
			b.log.Debug("Holding batch for a second loss proof", "blocks", fmt.Sprintf("%d-%d", first, last),
				"proofBlock", proofs[0], "deadline", deadline)
		}
		return false, nil
	}
	rec, err := b.sealBatch(ctx, index, first, last)
	if err != nil {
		return false, err
	}
	b.m.RecordBatchSealed(rec.Index)
	b.log.Info("Sealed batch", "index", rec.Index, "blocks", fmt.Sprintf("%d-%d", rec.FirstBlock, rec.LastBlock),
		"withdrawals", rec.NextWithdrawal-rec.FirstWithdrawal, "proofs", len(rec.Proofs))
	select {
	case b.postKick <- struct{}{}:
	default:
	}
	return true, nil
}

// sealDue is the sealing policy for the unbatched blocks [first, last]
// (none if last < first). proofBlocks holds the number of the block carrying
// their first loss proof and then, once two of their proofs are for one
// circuit, the block of the second of those: at most two entries (a block
// with both is listed twice). empty says none of the blocks carries a
// transaction; full says the blocks fill a batch in bytes or L1 gas
// (sealBatch would cut it).
//
// They are due at once with force; else once there are batchBlocks of them
// and they fill a batch; else, when they are empty, only once there are
// heartbeat of them (never if heartbeat is 0): an empty batch costs L1 gas
// and settles nothing. Else they are due unless proofWait > 0 and they carry
// proofs but no two of one circuit: a batch verifier on L1 checks two proofs
// of its circuit for much less gas each than one alone, so the batch waits
// for a second proof until last reaches deadline, proofWait blocks past the
// first proof's block. deadline is set only when the batch is held for a
// proof.
func sealDue(first, last, batchBlocks, proofWait, heartbeat uint64, proofBlocks []uint64, empty, full, force bool) (due bool, deadline uint64) {
	switch {
	case last < first:
		return false, 0
	case force:
		return true, 0
	case last-first+1 < batchBlocks:
		return false, 0
	case full:
		return true, 0
	case empty:
		return heartbeat > 0 && last-first+1 >= heartbeat, 0
	case proofWait == 0 || len(proofBlocks) != 1:
		return true, 0
	}
	deadline = proofBlocks[0] + proofWait
	if deadline < proofBlocks[0] { // overflow: hold until a second proof or a full batch
		deadline = ^uint64(0)
	}
	if last >= deadline {
		return true, 0
	}
	return false, deadline
}

// unbatchedScan is what MaybeSealBatch has read of the unbatched blocks
// from first: blocks [first, next) hold size bytes encoded and proofs whose
// L1 gas gas estimates; txs says one of them carries a transaction; proofs
// lists the block of their first loss proof and of the first proof that
// pairs with an earlier one of its circuit (sealDue's proofBlocks), and
// circuits counts their proofs by circuit. It lets each call read only the
// blocks produced since the last one.
type unbatchedScan struct {
	first, next uint64
	size        int
	gas         *l1.GasMeter
	txs         bool
	proofs      []uint64
	circuits    map[common.Hash]int
	logged      bool // the hold of this batch was logged
}

// full says the scanned blocks fill a batch: sealBatch would cut them.
func (sc *unbatchedScan) full(maxBytes int, maxGas uint64) bool {
	return sc.size > maxBytes || sc.gas.Gas() > maxGas
}

// scanUnbatched brings b.scan up to block last for the unbatched blocks
// from first. It stops reading once the blocks fill a batch, which settles
// sealDue. b.sealMu must be held.
func (b *Batcher) scanUnbatched(first, last uint64) error {
	sc := &b.scan
	if sc.first != first || sc.gas == nil {
		*sc = unbatchedScan{first: first, next: first, gas: b.cfg.newGasMeter(), circuits: map[common.Hash]int{}}
	}
	for ; sc.next <= last && !sc.full(b.batchBytes, b.cfg.gasBudget()); sc.next++ {
		meta, err := b.store.BlockMeta(sc.next)
		if err != nil {
			return fmt.Errorf("block meta %d: %w", sc.next, err)
		}
		size, err := b.store.BlockSize(sc.next)
		if err != nil {
			return fmt.Errorf("block %d: %w", sc.next, err)
		}
		if !sc.txs {
			blk, err := b.store.Block(sc.next)
			if err != nil {
				return fmt.Errorf("block %d: %w", sc.next, err)
			}
			sc.txs = len(blk.Txs) > 0
		}
		sc.size += size + meta.traceSize()
		for _, p := range meta.Proofs {
			sc.gas.Add(p.Circuit)
			sc.circuits[p.Circuit]++
			if len(sc.proofs) == 0 || (len(sc.proofs) == 1 && sc.circuits[p.Circuit] == 2) {
				sc.proofs = append(sc.proofs, sc.next)
			}
		}
	}
	return nil
}

func (b *Batcher) sealBatch(ctx context.Context, index, first, last uint64) (*BatchRecord, error) {
	var prevRoot common.Hash
	var firstW, firstM uint64
	prev, err := b.store.Block(first - 1)
	if err != nil {
		return nil, fmt.Errorf("block %d: %w", first-1, err)
	}
	prevRoot = prev.Header.StateRoot
	if first > 1 {
		pm, err := b.store.BlockMeta(first - 1)
		if err != nil {
			return nil, fmt.Errorf("block meta %d: %w", first-1, err)
		}
		firstW, firstM = pm.NextWithdrawal, pm.NextMessage
	}
	batch := &rollup.Batch{Index: index}
	rec := &BatchRecord{Index: index, FirstBlock: first, PrevStateRoot: prevRoot, FirstWithdrawal: firstW, FirstMessage: firstM}
	size := 0
	gas := b.cfg.newGasMeter()
	// A batch carries the step trace of its blocks, which ProduceBlock keeps
	// in their meta (batch version 3 needs it: its leaves say where each
	// step's input is). A block without one (an older store) cannot be sealed.
	var steps []rollup.TraceStep
	for n := first; n <= last; n++ {
		blk, err := b.store.Block(n)
		if err != nil {
			return nil, fmt.Errorf("block %d: %w", n, err)
		}
		meta, err := b.store.BlockMeta(n)
		if err != nil {
			return nil, fmt.Errorf("block meta %d: %w", n, err)
		}
		if !meta.traced(blk) {
			if n == first {
				return nil, fmt.Errorf("block %d has no step trace in its meta (made before traces): batch %d cannot carry it", n, index)
			}
			break // the batch ends before it
		}
		circuits := make([]common.Hash, len(meta.Proofs))
		for i, p := range meta.Proofs {
			circuits[i] = p.Circuit
		}
		bsize := blk.Size() + meta.traceSize() // what it and its trace take in the batch's encoding
		// Cut before the block that would pass the batch's byte or L1 gas
		// budget; a block alone always fits both (ProduceBlock).
		if len(batch.Blocks) > 0 && (size+bsize > b.batchBytes || gas.Gas()+gas.Cost(circuits...) > b.cfg.gasBudget()) {
			break
		}
		size += bsize
		gas.Add(circuits...)
		batch.Blocks = append(batch.Blocks, blk)
		steps = append(steps, meta.Trace...)
		rec.LastBlock, rec.StateRoot = n, blk.Header.StateRoot
		rec.NextWithdrawal, rec.DepositsConsumed, rec.ForcedConsumed = meta.NextWithdrawal, meta.DepositsConsumed, meta.ForcedConsumed
		rec.NextMessage = max(meta.NextMessage, firstM) // an older store's meta has none
		rec.Proofs = append(rec.Proofs, meta.Proofs...)
	}
	batch.Trace = steps
	leaves, err := rollup.BatchLeaves(batch)
	if err != nil {
		return nil, fmt.Errorf("trace of batch %d: %w", index, err)
	}
	data, err := batch.Encode()
	if err != nil {
		return nil, err
	}
	c, err := b.da.Put(ctx, data)
	if err != nil {
		return nil, fmt.Errorf("put batch %d on DA: %w", index, err)
	}
	applied := make([]rollup.AppliedProof, len(rec.Proofs))
	for i := range rec.Proofs {
		applied[i] = rec.Proofs[i].Applied()
	}
	var hdr *rollup.BatchHeader
	err = b.chain.View(func(st *rollup.State, _ *rollup.Header) error {
		var err error
		hdr, err = rollup.BuildBatchHeader(b.cfg.Chain, st, &rollup.BatchContents{Index: index, CID: c.Bytes(), Data: data,
			PrevStateRoot: rec.PrevStateRoot, StateRoot: rec.StateRoot, FirstWithdrawal: rec.FirstWithdrawal, NextWithdrawal: rec.NextWithdrawal,
			DepositsConsumed: rec.DepositsConsumed, L2Height: rec.LastBlock, Proofs: applied, ForcedConsumed: rec.ForcedConsumed, Steps: leaves,
			FirstMessage: rec.FirstMessage, NextMessage: rec.NextMessage})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("header of batch %d: %w", index, err)
	}
	rec.StepRoot, rec.StepCount = hdr.StepRoot, hdr.StepCount
	rec.CID, rec.DataHash, rec.WithdrawalRoot, rec.MessageRoot = hdr.CID, hdr.DataHash, hdr.WithdrawalRoot, hdr.MessageRoot
	if err := b.store.PutBatch(rec); err != nil {
		return nil, fmt.Errorf("store batch %d: %w", index, err)
	}
	return rec, nil
}

func (b *Batcher) postLoop(ctx context.Context) {
	t := time.NewTicker(2 * b.cfg.BlockTime)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-b.postKick:
		}
		if err := b.PostBatches(ctx); err != nil && ctx.Err() == nil {
			b.log.Warn("Batch posting failed; will retry", "err", err)
		}
	}
}

// PostBatches submits every sealed batch L1 has not seen, in order.
func (b *Batcher) PostBatches(ctx context.Context) error {
	next, err := b.poster.NextBatchIndex(ctx)
	if err != nil {
		return fmt.Errorf("next batch index: %w", err)
	}
	sealed, _, err := b.store.NextBatch()
	if err != nil {
		return err
	}
	for i := next; i < sealed; i++ {
		rec, err := b.store.Batch(i)
		if err != nil {
			return fmt.Errorf("batch %d: %w", i, err)
		}
		tx, blk, err := b.poster.PostBatch(ctx, rec.Header(), rec.Proofs)
		if err != nil {
			return fmt.Errorf("post batch %d: %w", i, err)
		}
		rec.L1Tx, rec.L1Block = tx, blk
		if err := b.store.UpdateBatch(rec); err != nil {
			return err
		}
		b.m.RecordBatchPosted(i, len(rec.Proofs))
		b.log.Info("Batch settled on L1", "index", i, "l1Tx", tx, "l1Block", blk, "proofs", len(rec.Proofs))
	}
	return nil
}
