package challenge

import (
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/l1/batchrecord"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/l1errors"
	"github.com/neuron-rollup/neuron/rollup"
)

// The leaf-reveal game (DataChallenge.requestLeaves, revealLeaves, removeUnrevealed): when a
// batch's data is available but the trace in it does not open the batch's stepRoot, a
// challenger makes the sequencer reveal the leaves it committed to, one round of requests at a
// time, and proves a step wrong with two revealed neighbours (challengeStep), or removes the
// batch when a request goes unanswered.

// MaxLeavesPerRequest is DataChallenge.MAX_LEAVES_PER_REQUEST: RequestLeaves splits larger
// sets into several transactions.
const MaxLeavesPerRequest = 16

// Leaf request states (DataChallenge.leafRequestOf): the chunk states' numbering.
const (
	LeafUnrequested uint8 = iota
	LeafOpen
	LeafRevealed
	LeafRemoved
	LeafReclaimed
)

// RevealedLeaf is a leaf revealed on L1 (LeafRevealed) and checked here against the batch's
// stepRoot: the leaf and its path.
type RevealedLeaf struct {
	Leaf rollup.StepLeaf
	Path []common.Hash
}

// LeafState is the request of leaf step of batch record rec: its state (Leaf*) and deadline.
func (g *DAGame) LeafState(ctx context.Context, rec bindings.RollupBatch, step uint64) (uint8, uint64, error) {
	out, err := bind.Call(g.inst, &bind.CallOpts{Context: ctx}, g.dc.PackLeafRequestOf(batchrecord.Hash(rec), step), g.dc.UnpackLeafRequestOf)
	if err != nil {
		return 0, 0, fmt.Errorf("DataChallenge.leafRequestOf(batch %d, step %d): %w", rec.Index, step, l1errors.Decode(err))
	}
	return out.Status, out.Deadline.Uint64(), nil
}

// RequestLeaves requests the leaves at steps of batch record rec, MaxLeavesPerRequest per
// transaction, each posting leafBond() per leaf, and returns the receipts.
func (g *DAGame) RequestLeaves(ctx context.Context, opts *bind.TransactOpts, rec bindings.RollupBatch, steps []uint64) ([]*types.Receipt, error) {
	bond, err := bind.Call(g.inst, &bind.CallOpts{Context: ctx}, g.dc.PackLeafBond(), g.dc.UnpackLeafBond)
	if err != nil {
		return nil, fmt.Errorf("DataChallenge.leafBond: %w", err)
	}
	var out []*types.Receipt
	for part := range slices.Chunk(steps, MaxLeavesPerRequest) {
		v := new(big.Int).Mul(bond, big.NewInt(int64(len(part))))
		rcpt, err := g.send(ctx, opts, fmt.Sprintf("request leaves %v of batch %d", part, rec.Index), g.dc.PackRequestLeaves(rec, part), v)
		if err != nil {
			return out, err
		}
		out = append(out, rcpt)
	}
	return out, nil
}

// revealCall is the DataChallenge.revealLeaves calldata for the leaves at steps of leaves,
// the whole trace batch record rec committed to.
func (g *DAGame) revealCall(rec bindings.RollupBatch, leaves []rollup.StepLeaf, steps []uint64) []byte {
	hashes := rollup.LeafHashes(leaves)
	ls, ps := make([]bindings.FaultProverLeaf, len(steps)), make([][][32]byte, len(steps))
	for i, s := range steps {
		ls[i], ps[i] = leafOf(&leaves[s]), path(rollup.StepTreeProof(hashes, int(s)))
	}
	return g.dc.PackRevealLeaves(rec, steps, ls, ps)
}

// RevealLeaves reveals the leaves at steps of the trace leaves that batch record rec committed
// to (each must be requested and open).
func (g *DAGame) RevealLeaves(ctx context.Context, opts *bind.TransactOpts, rec bindings.RollupBatch, leaves []rollup.StepLeaf, steps []uint64) (*types.Receipt, error) {
	return g.send(ctx, opts, fmt.Sprintf("reveal leaves %v of batch %d", steps, rec.Index), g.revealCall(rec, leaves, steps), nil)
}

// RemoveUnrevealed removes batch record rec (and every later batch) for its unrevealed leaf
// step, and returns the Rollup's BatchesRemoved event.
func (g *DAGame) RemoveUnrevealed(ctx context.Context, opts *bind.TransactOpts, rec bindings.RollupBatch, step uint64) (*types.Receipt, *bindings.RollupBatchesRemoved, error) {
	return g.remove(ctx, opts, rec, fmt.Sprintf("remove batch %d for leaf %d", rec.Index, step), g.dc.PackRemoveUnrevealed(rec, step))
}

// remove sends call, a DataChallenge call that removes batch record rec (and every later
// batch), and returns the Rollup's BatchesRemoved event.
func (g *DAGame) remove(ctx context.Context, opts *bind.TransactOpts, rec bindings.RollupBatch, what string, call []byte) (*types.Receipt, *bindings.RollupBatchesRemoved, error) {
	rcpt, err := g.send(ctx, opts, what, call, nil)
	if err != nil {
		return rcpt, nil, err
	}
	rb := bindings.NewRollup()
	for _, l := range rcpt.Logs {
		if ev, err := rb.UnpackBatchesRemovedEvent(l); err == nil {
			return rcpt, ev, nil
		}
	}
	return rcpt, nil, fmt.Errorf("remove batch %d: no BatchesRemoved event in tx %s", rec.Index, rcpt.TxHash)
}

// Revealed reads the leaves of batch record rec revealed on L1 (LeafRevealed events), each
// checked against rec's stepRoot: leaves that do not open it are skipped.
func (g *DAGame) Revealed(ctx context.Context, rec bindings.RollupBatch) (map[uint64]RevealedLeaf, error) {
	logs, err := g.events(ctx, "LeafRevealed", rec)
	if err != nil {
		return nil, err
	}
	out := map[uint64]RevealedLeaf{}
	for _, l := range logs {
		r, err := g.dc.UnpackLeafRevealedEvent(&l)
		if err != nil || l.Removed {
			continue
		}
		leaf := stepLeafOf(r.Leaf)
		p := make([]common.Hash, len(r.Path))
		for i := range r.Path {
			p[i] = r.Path[i]
		}
		if rollup.VerifyStepProof(rec.StepRoot, rec.StepCount, r.Step, leaf.Hash(), p) {
			out[r.Step] = RevealedLeaf{Leaf: leaf, Path: p}
		}
	}
	return out, nil
}

// stepLeafOf is the rollup.StepLeaf of an ABI leaf.
func stepLeafOf(l bindings.FaultProverLeaf) rollup.StepLeaf {
	hs := func(n [][32]byte) []common.Hash {
		out := make([]common.Hash, len(n))
		for i := range n {
			out[i] = n[i]
		}
		return out
	}
	return rollup.StepLeaf{Input: l.Input, Offset: l.Offset, Length: l.Length, Root: l.Root, Withdrawals: rollup.WithdrawalFrontier{Count: l.Wcount, Nodes: hs(l.Wnodes)},
		Messages: rollup.WithdrawalFrontier{Count: l.Mcount, Nodes: hs(l.Mnodes)}}
}

// RevealOpen reveals every open leaf request of a standing batch whose data the store holds
// and whose published trace opens the batch's stepRoot (the sequencer's own batches), before
// its deadline, and returns how many leaves it revealed. Requests of batches the store lacks,
// or whose data does not open stepRoot, are reported through out and left.
func (g *DAGame) RevealOpen(ctx context.Context, store da.Store, opts *bind.TransactOpts, out func(string)) (int, error) {
	return g.revealOpen(ctx, store, func(rec bindings.RollupBatch, leaves []rollup.StepLeaf, steps []uint64) (*types.Receipt, error) {
		return g.RevealLeaves(ctx, opts, rec, leaves, steps)
	}, out)
}

// RevealOpenVia is RevealOpen sending each reveal through s.
func (g *DAGame) RevealOpenVia(ctx context.Context, store da.Store, s Sender, out func(string)) (int, error) {
	return g.revealOpen(ctx, store, func(rec bindings.RollupBatch, leaves []rollup.StepLeaf, steps []uint64) (*types.Receipt, error) {
		rcpt, err := s.Send(ctx, g.Address, g.revealCall(rec, leaves, steps), nil)
		if err != nil {
			return rcpt, fmt.Errorf("reveal leaves %v of batch %d: %w", steps, rec.Index, l1errors.Decode(err))
		}
		return rcpt, nil
	}, out)
}

func (g *DAGame) revealOpen(ctx context.Context, store da.Store, reveal func(rec bindings.RollupBatch, leaves []rollup.StepLeaf, steps []uint64) (*types.Receipt, error), out func(string)) (int, error) {
	say := func(format string, args ...any) {
		if out != nil {
			out(fmt.Sprintf(format, args...))
		}
	}
	scan, err := g.openEvents(ctx, "LeavesRequested")
	if err != nil {
		return 0, err
	}
	revealed := 0
	traces := map[common.Hash][]rollup.StepLeaf{} // by record hash; nil: cannot open
	for _, l := range scan.logs {
		r, err := g.dc.UnpackLeavesRequestedEvent(&l)
		if err != nil || l.Removed {
			continue
		}
		b, h, ok, err := g.standing(ctx, r.Index, r.Record)
		if err != nil {
			return revealed, err
		}
		if !ok {
			continue
		}
		var open []uint64
		for _, s := range r.Steps {
			st, deadline, err := g.LeafState(ctx, b, s)
			if err != nil {
				return revealed, err
			}
			if st == LeafOpen && scan.live(deadline) {
				open = append(open, s)
			}
		}
		if len(open) == 0 {
			continue
		}
		leaves, seen := traces[r.Record]
		if !seen {
			leaves, err = ownTrace(ctx, store, b, h.Cid)
			if err != nil {
				say("batch %d: leaves %v requested, %v", r.Index, open, err)
			}
			traces[r.Record] = leaves
		}
		if leaves == nil {
			scan.waiting(l.BlockNumber) // open, and this store cannot answer it (yet)
			continue
		}
		rcpt, err := reveal(b, leaves, open)
		if err != nil {
			return revealed, err
		}
		revealed += len(open)
		say("revealed leaves %v of batch %d in L1 tx %s (%d gas)", open, r.Index, rcpt.TxHash, rcpt.GasUsed)
	}
	scan.done()
	return revealed, nil
}

// ownTrace is the step trace of batch record b whose data (CID id) store holds, when it opens
// b's stepRoot.
func ownTrace(ctx context.Context, store da.Store, b bindings.RollupBatch, id []byte) ([]rollup.StepLeaf, error) {
	c, err := cid.Cast(id)
	if err != nil {
		return nil, fmt.Errorf("the batch's CID is malformed: %w", err)
	}
	data, err := store.Get(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("its data is not in the store: %w", err)
	}
	batch, err := rollup.DecodeBatch(data)
	if err != nil {
		return nil, fmt.Errorf("its data %s does not decode: %w", c, err)
	}
	leaves, err := rollup.BatchLeaves(batch)
	if err != nil {
		return nil, err
	}
	if root := rollup.StepTreeRoot(rollup.LeafHashes(leaves)); root != b.StepRoot || uint64(len(leaves)) != b.StepCount {
		return nil, fmt.Errorf("the store's trace gives %s over %d steps, L1 has %s over %d", root, len(leaves),
			common.Hash(b.StepRoot), b.StepCount)
	}
	return leaves, nil
}
