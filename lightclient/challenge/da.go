package challenge

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/l1/batchrecord"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/l1errors"
	"github.com/neuron-rollup/neuron/lightclient"
	"github.com/neuron-rollup/neuron/rollup"
)

// ErrUnavailable: a batch's data is not on DA, and not (yet) all posted on L1 by resolutions
// of DataChallenge challenges.
var ErrUnavailable = errors.New("challenge: batch data unavailable")

// Chunk challenge states (DataChallenge.challengeOf).
const (
	ChunkUnchallenged uint8 = iota
	ChunkOpen
	ChunkResolved
	ChunkRemoved
	ChunkReclaimed
)

// DefaultLogRange is the most L1 blocks one FilterLogs query of ResolveOpen or RevealOpen spans
// (DAGame.LogRange zero): many L1 providers refuse wider ranges.
const DefaultLogRange = 10_000

// reorgDepth is how many of the latest L1 blocks ResolveOpen and RevealOpen read again on every
// poll whatever the cursor says, so that a challenge re-mined by a reorg is not missed.
const reorgDepth = 64

// DAGame plays the Rollup's data-availability game (DataChallenge) for a challenger or a
// resolver. Its methods may be called concurrently.
type DAGame struct {
	backend Backend
	// Address is the DataChallenge contract's (Rollup.dataChallenge()).
	Address common.Address
	// LogRange bounds the L1 blocks one FilterLogs query of ResolveOpen and RevealOpen spans
	// (DefaultLogRange if zero); set it before the first call.
	LogRange uint64
	rollup   common.Address
	from     uint64
	dc       *bindings.DataChallenge
	inst     *bind.BoundContract
	abi      *abi.ABI

	mu sync.Mutex
	// cursors holds, by event name (ChunkChallenged, LeavesRequested), the oldest L1 block
	// that may still hold a challenge or leaf request waiting for an answer: ResolveOpen and
	// RevealOpen read events from there on (openScan).
	cursors map[string]uint64
}

// NewDAGame reads the Rollup's DataChallenge; events are scanned from L1 block fromBlock (the
// deployment block).
func NewDAGame(ctx context.Context, backend Backend, rollupAddr common.Address, fromBlock uint64) (*DAGame, error) {
	rb := bindings.NewRollup()
	addr, err := bind.Call(rb.Instance(backend, rollupAddr), &bind.CallOpts{Context: ctx}, rb.PackDataChallenge(), rb.UnpackDataChallenge)
	if err != nil {
		return nil, fmt.Errorf("Rollup.dataChallenge: %w", err)
	}
	parsed, err := bindings.DataChallengeMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	dc := bindings.NewDataChallenge()
	return &DAGame{backend: backend, Address: addr, rollup: rollupAddr, from: fromBlock, dc: dc, inst: dc.Instance(backend, addr), abi: parsed,
		cursors: map[string]uint64{}}, nil
}

// State is the challenge of chunk of batch record rec: its state (Chunk*) and deadline.
func (g *DAGame) State(ctx context.Context, rec bindings.RollupBatch, chunk uint64) (uint8, uint64, error) {
	out, err := bind.Call(g.inst, &bind.CallOpts{Context: ctx}, g.dc.PackChallengeOf(batchrecord.Hash(rec), chunk), g.dc.UnpackChallengeOf)
	if err != nil {
		return 0, 0, fmt.Errorf("DataChallenge.challengeOf(batch %d, chunk %d): %w", rec.Index, chunk, l1errors.Decode(err))
	}
	return out.Status, out.Deadline.Uint64(), nil
}

func (g *DAGame) send(ctx context.Context, opts *bind.TransactOpts, what string, data []byte, value *big.Int) (*types.Receipt, error) {
	o := *opts
	o.Context, o.Value = ctx, value
	tx, err := bind.Transact(g.inst, &o, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, l1errors.Decode(err))
	}
	rcpt, err := bind.WaitMined(ctx, g.backend, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("%s: wait for %s: %w", what, tx.Hash(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return rcpt, fmt.Errorf("%s: tx %s reverted", what, tx.Hash())
	}
	return rcpt, nil
}

// Challenge challenges chunk of batch record rec, posting the contract's challengeBond.
func (g *DAGame) Challenge(ctx context.Context, opts *bind.TransactOpts, rec bindings.RollupBatch, chunk uint64) (*types.Receipt, error) {
	bond, err := bind.Call(g.inst, &bind.CallOpts{Context: ctx}, g.dc.PackChallengeBond(), g.dc.UnpackChallengeBond)
	if err != nil {
		return nil, fmt.Errorf("DataChallenge.challengeBond: %w", err)
	}
	return g.send(ctx, opts, fmt.Sprintf("challenge chunk %d of batch %d", chunk, rec.Index), g.dc.PackChallenge(rec, chunk), bond)
}

// Resolve posts chunk of data (batch record rec's data) with its path, or its length alone
// for a chunk past the end.
func (g *DAGame) Resolve(ctx context.Context, opts *bind.TransactOpts, rec bindings.RollupBatch, data []byte, chunk uint64) (*types.Receipt, error) {
	return g.send(ctx, opts, fmt.Sprintf("resolve chunk %d of batch %d", chunk, rec.Index), g.resolveCall(rec, data, chunk), nil)
}

// resolveCall is the DataChallenge.resolve calldata for chunk of data, batch record rec's.
func (g *DAGame) resolveCall(rec bindings.RollupBatch, data []byte, chunk uint64) []byte {
	root, n := rollup.DataRoot(data), uint64(len(data))
	if chunk < uint64(rollup.DataChunks(len(data))) {
		return g.dc.PackResolve(rec, chunk, root, n, rollup.DataChunk(data, int(chunk)), path(rollup.DataChunkProof(data, int(chunk))))
	}
	return g.dc.PackResolve(rec, chunk, root, n, []byte{}, [][32]byte{})
}

// Remove removes batch record rec (and every later batch) for its unresolved challenge of
// chunk, and returns the Rollup's BatchesRemoved event.
func (g *DAGame) Remove(ctx context.Context, opts *bind.TransactOpts, rec bindings.RollupBatch, chunk uint64) (*types.Receipt, *bindings.RollupBatchesRemoved, error) {
	rcpt, err := g.send(ctx, opts, fmt.Sprintf("remove batch %d for chunk %d", rec.Index, chunk), g.dc.PackRemoveUnavailable(rec, chunk), nil)
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

// Resolved reads back from L1 calldata the chunks of batch record rec that resolutions posted,
// each checked against its data hash, and the data's length (ok false while no resolution
// has said it).
func (g *DAGame) Resolved(ctx context.Context, rec bindings.RollupBatch) (length uint64, ok bool, chunks map[uint64][]byte, err error) {
	logs, err := g.events(ctx, "ChunkResolved", rec)
	if err != nil {
		return 0, false, nil, err
	}
	m := g.abi.Methods["resolve"]
	chunks = map[uint64][]byte{}
	for _, l := range logs {
		if l.Removed {
			continue
		}
		tx, _, err := g.backend.TransactionByHash(ctx, l.TxHash)
		if err != nil {
			return 0, false, nil, fmt.Errorf("resolution tx %s: %w", l.TxHash, err)
		}
		// A resolution sent through another contract cannot be read this way; it is skipped.
		if d := tx.Data(); len(d) < 4 || !bytes.Equal(d[:4], m.ID) {
			continue
		}
		args, err := m.Inputs.Unpack(tx.Data()[4:])
		if err != nil || len(args) != 6 {
			continue
		}
		chunk, root, n := args[1].(uint64), args[2].([32]byte), args[3].(uint64)
		data, p := args[4].([]byte), args[5].([][32]byte)
		if rollup.DataHashOf(root, n) != rec.DataHash {
			continue
		}
		length, ok = n, true
		if chunk >= uint64(rollup.DataChunks(int(n))) {
			continue
		}
		proof := make([]common.Hash, len(p))
		for i := range p {
			proof[i] = p[i]
		}
		if rollup.VerifyDataChunk(rec.DataHash, root, n, chunk, data, proof) == nil {
			chunks[chunk] = data
		}
	}
	return length, ok, chunks, nil
}

// Assemble is batch record rec's data from the chunks resolutions posted on L1, once every
// chunk is there (ok false before).
func (g *DAGame) Assemble(ctx context.Context, rec bindings.RollupBatch) ([]byte, bool, error) {
	n, known, chunks, err := g.Resolved(ctx, rec)
	if err != nil || !known {
		return nil, false, err
	}
	count := rollup.DataChunks(int(n))
	data := make([]byte, 0, n)
	for i := range count {
		c, ok := chunks[uint64(i)]
		if !ok {
			return nil, false, nil
		}
		data = append(data, c...)
	}
	if rollup.DataHash(data) != rec.DataHash {
		return nil, false, fmt.Errorf("challenge: batch %d's resolved chunks do not hash to its data hash", rec.Index)
	}
	return data, true, nil
}

// recordOf is L1's record of batch rec (what the Rollup keeps the hash of).
func recordOf(rec *lightclient.BatchRecord) bindings.RollupBatch {
	return batchrecord.Of(bindings.RollupBatchHeader{
		Index: rec.Index, PrevStateRoot: rec.PrevStateRoot, StateRoot: rec.StateRoot, WithdrawalRoot: rec.WithdrawalRoot,
		MessageRoot: rec.MessageRoot, DepositsConsumed: rec.DepositsConsumed, L2Height: rec.L2Height, ForcedConsumed: rec.ForcedConsumed,
		StepRoot: rec.StepRoot, StepCount: rec.StepCount, DataHash: rec.DataHash}, uint32(len(rec.Proofs)), rec.SubmittedAt)
}

// Sender sends an L1 transaction to a contract and returns its receipt once mined, an error
// if it reverted: txsend.Sender (op-service txmgr, the sequencer's batcher) implements it, so
// that resolutions share the batcher's nonces, fee bumping and resubmission.
type Sender interface {
	Send(ctx context.Context, to common.Address, data []byte, value *big.Int) (*types.Receipt, error)
}

// events returns DataChallenge's logs of event name of batch record rec (the events index the
// batch and its record hash) since the deployment block.
func (g *DAGame) events(ctx context.Context, name string, rec bindings.RollupBatch) ([]types.Log, error) {
	topics := [][]common.Hash{{g.abi.Events[name].ID}, {common.BigToHash(new(big.Int).SetUint64(rec.Index))}, {batchrecord.Hash(rec)}}
	logs, err := g.backend.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(g.from), Addresses: []common.Address{g.Address},
		Topics: topics})
	if err != nil {
		return nil, fmt.Errorf("%s events of batch %d: %w", name, rec.Index, err)
	}
	return logs, nil
}

// openScan is one poll of ResolveOpen or RevealOpen over event name: the events from the
// cursor to the head, and the oldest block among them that still waits for an answer.
type openScan struct {
	g      *DAGame
	name   string
	from   uint64
	head   *types.Header
	logs   []types.Log
	oldest uint64
}

// openEvents reads DataChallenge's events name from the cursor (on the first poll: the first
// block of the last challengeWindow + resolveWindow, since a challenge or request opened
// before then is past its deadline) to the head, LogRange blocks a query.
func (g *DAGame) openEvents(ctx context.Context, name string) (*openScan, error) {
	head, err := g.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("L1 head: %w", err)
	}
	g.mu.Lock()
	from, ok := g.cursors[name]
	g.mu.Unlock()
	if !ok {
		if from, err = g.floor(ctx, head); err != nil {
			return nil, err
		}
	}
	s := &openScan{g: g, name: name, from: from, head: head, oldest: head.Number.Uint64() + 1}
	step := g.LogRange
	if step == 0 {
		step = DefaultLogRange
	}
	topics := [][]common.Hash{{g.abi.Events[name].ID}}
	for lo := from; lo <= head.Number.Uint64(); lo += step {
		hi := min(lo+step-1, head.Number.Uint64())
		logs, err := g.backend.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(hi),
			Addresses: []common.Address{g.Address}, Topics: topics})
		if err != nil {
			return nil, fmt.Errorf("%s events in L1 blocks %d-%d: %w", name, lo, hi, err)
		}
		s.logs = append(s.logs, logs...)
	}
	return s, nil
}

// floor is the first L1 block at or after the deployment block whose time is no earlier than
// head's less challengeWindow + resolveWindow (a binary search over headers).
func (g *DAGame) floor(ctx context.Context, head *types.Header) (uint64, error) {
	opts := &bind.CallOpts{Context: ctx}
	cw, err := bind.Call(g.inst, opts, g.dc.PackChallengeWindow(), g.dc.UnpackChallengeWindow)
	if err != nil {
		return 0, fmt.Errorf("DataChallenge.challengeWindow: %w", err)
	}
	rw, err := bind.Call(g.inst, opts, g.dc.PackResolveWindow(), g.dc.UnpackResolveWindow)
	if err != nil {
		return 0, fmt.Errorf("DataChallenge.resolveWindow: %w", err)
	}
	if head.Time <= cw+rw {
		return g.from, nil
	}
	since := head.Time - cw - rw
	lo, hi := g.from, head.Number.Uint64()
	for lo < hi {
		mid := lo + (hi-lo)/2
		h, err := g.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(mid))
		if err != nil {
			return 0, fmt.Errorf("L1 header %d: %w", mid, err)
		}
		if h.Time >= since {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

// live says whether a challenge or request with this deadline can still be answered.
func (s *openScan) live(deadline uint64) bool { return deadline > s.head.Time }

// waiting records that the event in block n waits for an answer (open, before its deadline,
// not answered by this poll): the cursor stays at or below n.
func (s *openScan) waiting(n uint64) { s.oldest = min(s.oldest, n) }

// done moves the cursor to the oldest event that waits, or past the head (less reorgDepth
// blocks) if none does. A poll that failed leaves it where it was.
func (s *openScan) done() {
	next := s.oldest
	if h := s.head.Number.Uint64() + 1; h > reorgDepth {
		next = min(next, max(s.from, h-reorgDepth))
	} else {
		next = min(next, s.from)
	}
	s.g.mu.Lock()
	defer s.g.mu.Unlock()
	s.g.cursors[s.name] = next
}

// standing reads accepted batch index's record and header from L1; ok is false when the
// batch was removed since, or the index was accepted again with another record than record
// (a challenge or request made against it is moot).
func (g *DAGame) standing(ctx context.Context, index uint64, record common.Hash) (bindings.RollupBatch, bindings.RollupBatchHeader, bool, error) {
	b, h, err := batchrecord.ReadHeader(ctx, g.backend, g.rollup, g.from, index)
	if errors.Is(err, batchrecord.ErrUnknownBatch) {
		return b, h, false, nil
	}
	if err != nil {
		return b, h, false, err
	}
	return b, h, batchrecord.Hash(b) == record, nil
}

// ResolveOpen resolves every open challenge of a standing batch whose data store holds (the
// sequencer's DA store), before its deadline, and returns how many it resolved. Challenges of
// batches the store lacks are reported through out and left.
func (g *DAGame) ResolveOpen(ctx context.Context, store da.Store, opts *bind.TransactOpts, out func(string)) (int, error) {
	return g.resolveOpen(ctx, store, func(rec bindings.RollupBatch, data []byte, chunk uint64) (*types.Receipt, error) {
		return g.Resolve(ctx, opts, rec, data, chunk)
	}, out)
}

// ResolveOpenVia is ResolveOpen sending each resolution through s.
func (g *DAGame) ResolveOpenVia(ctx context.Context, store da.Store, s Sender, out func(string)) (int, error) {
	return g.resolveOpen(ctx, store, func(rec bindings.RollupBatch, data []byte, chunk uint64) (*types.Receipt, error) {
		rcpt, err := s.Send(ctx, g.Address, g.resolveCall(rec, data, chunk), nil)
		if err != nil {
			return rcpt, fmt.Errorf("resolve chunk %d of batch %d: %w", chunk, rec.Index, l1errors.Decode(err))
		}
		return rcpt, nil
	}, out)
}

func (g *DAGame) resolveOpen(ctx context.Context, store da.Store, resolve func(rec bindings.RollupBatch, data []byte, chunk uint64) (*types.Receipt, error), out func(string)) (int, error) {
	say := func(format string, args ...any) {
		if out != nil {
			out(fmt.Sprintf(format, args...))
		}
	}
	scan, err := g.openEvents(ctx, "ChunkChallenged")
	if err != nil {
		return 0, err
	}
	resolved := 0
	for _, l := range scan.logs {
		c, err := g.dc.UnpackChunkChallengedEvent(&l)
		if err != nil || l.Removed {
			continue
		}
		b, h, ok, err := g.standing(ctx, c.Index, c.Record)
		if err != nil {
			return resolved, err
		}
		if !ok {
			continue
		}
		st, deadline, err := g.State(ctx, b, c.Chunk)
		if err != nil {
			return resolved, err
		}
		if st != ChunkOpen || !scan.live(deadline) {
			continue
		}
		id, err := cid.Cast(h.Cid)
		if err != nil {
			say("batch %d: chunk %d challenged, the batch's CID is malformed: %v", c.Index, c.Chunk, err)
			scan.waiting(l.BlockNumber) // open, and this store cannot answer it (yet)
			continue
		}
		data, err := store.Get(ctx, id)
		if err != nil {
			say("batch %d: chunk %d challenged, its data is not in the store: %v", c.Index, c.Chunk, err)
			scan.waiting(l.BlockNumber) // open, and this store cannot answer it (yet)
			continue
		}
		if rollup.DataHash(data) != b.DataHash {
			say("batch %d: chunk %d challenged, the store's data %s is not what L1 committed to", c.Index, c.Chunk, id)
			scan.waiting(l.BlockNumber) // open, and this store cannot answer it (yet)
			continue
		}
		rcpt, err := resolve(b, data, c.Chunk)
		if err != nil {
			return resolved, err
		}
		resolved++
		say("resolved chunk %d of batch %d in L1 tx %s (%d gas)", c.Chunk, c.Index, rcpt.TxHash, rcpt.GasUsed)
	}
	scan.done()
	return resolved, nil
}
