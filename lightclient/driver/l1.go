package driver

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/neuron-rollup/neuron/l1/batchrecord"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/lightclient"
	"github.com/neuron-rollup/neuron/rollup"
)

// ErrL1Record is wrapped when L1's own events disagree (a BatchSubmitted
// whose ProofVerified events are missing, repeated or do not hash to its
// proofsHash): the L1 node, not the sequencer, is to blame.
var ErrL1Record = errors.New("lightclient driver: inconsistent L1 events")

// Backend is what the driver needs of an L1 node (ethclient.Client has it).
type Backend interface {
	bind.ContractBackend
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	// TransactionByHash reads a batch's submitBatch call: its header is in
	// the calldata, not the event.
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// L1 reads one Rollup's batches and L1's block hashes. Safe for concurrent
// use.
type L1 struct {
	backend Backend
	binding *bindings.Rollup
	abi     *abi.ABI
	rollup  *bind.BoundContract
	// MaxRange bounds the blocks of one log query (nodes refuse large ones).
	MaxRange uint64

	mu     sync.Mutex
	bridge common.Address // the Rollup's Bridge, once read
}

var _ lightclient.L1 = (*L1)(nil)

// NewL1 reads the Rollup at addr through backend.
func NewL1(backend Backend, addr common.Address) *L1 {
	b := bindings.NewRollup()
	parsed, err := bindings.RollupMetaData.ParseABI()
	if err != nil {
		panic(err) // the committed ABI parses (bindings.NewRollup parsed it too)
	}
	return &L1{backend: backend, binding: b, abi: parsed, rollup: b.Instance(backend, addr), MaxRange: 5000}
}

// HashAt implements lightclient.L1Headers.
func (l *L1) HashAt(ctx context.Context, n uint64) (common.Hash, error) {
	h, err := l.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if errors.Is(err, ethereum.NotFound) || (err == nil && h == nil) {
		return common.Hash{}, fmt.Errorf("%w: %d", lightclient.ErrNoL1Block, n)
	}
	if err != nil {
		return common.Hash{}, err
	}
	return h.Hash(), nil
}

// DepositAccumulator implements lightclient.L1Queues: the Bridge's
// depositAccumulator(nonce), read from the Bridge the Rollup names.
func (l *L1) DepositAccumulator(ctx context.Context, nonce uint64) (common.Hash, error) {
	bridge, err := l.bridgeOf(ctx)
	if err != nil {
		return common.Hash{}, err
	}
	b := bindings.NewBridge()
	h, err := bind.Call(b.Instance(l.backend, bridge), &bind.CallOpts{Context: ctx}, b.PackDepositAccumulator(nonce), b.UnpackDepositAccumulator)
	if err != nil {
		return common.Hash{}, fmt.Errorf("Bridge.depositAccumulator(%d): %w", nonce, err)
	}
	if h == ([32]byte{}) { // an accumulator is a keccak256 output: zero is an unset nonce
		return common.Hash{}, fmt.Errorf("%w: deposit %d", lightclient.ErrNoL1Entry, nonce)
	}
	return h, nil
}

// ForcedAccumulator implements lightclient.L1Queues: the Rollup's
// forcedEntry(index) accumulator.
func (l *L1) ForcedAccumulator(ctx context.Context, index uint64) (common.Hash, error) {
	opts := &bind.CallOpts{Context: ctx}
	count, err := bind.Call(l.rollup, opts, l.binding.PackForcedCount(), l.binding.UnpackForcedCount)
	if err != nil {
		return common.Hash{}, fmt.Errorf("Rollup.forcedCount: %w", err)
	}
	if index >= count {
		return common.Hash{}, fmt.Errorf("%w: forced entry %d of %d", lightclient.ErrNoL1Entry, index, count)
	}
	e, err := bind.Call(l.rollup, opts, l.binding.PackForcedEntry(index), l.binding.UnpackForcedEntry)
	if err != nil {
		return common.Hash{}, fmt.Errorf("Rollup.forcedEntry(%d): %w", index, err)
	}
	return e.Accumulator, nil
}

// bridgeOf is the Rollup's Bridge (immutable: read once).
func (l *L1) bridgeOf(ctx context.Context) (common.Address, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.bridge != (common.Address{}) {
		return l.bridge, nil
	}
	a, err := bind.Call(l.rollup, &bind.CallOpts{Context: ctx}, l.binding.PackBridge(), l.binding.UnpackBridge)
	if err != nil {
		return common.Address{}, fmt.Errorf("Rollup.bridge: %w", err)
	}
	l.bridge = a
	return a, nil
}

// Head is the number of L1's latest block.
func (l *L1) Head(ctx context.Context) (uint64, error) {
	h, err := l.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("L1 head: %w", err)
	}
	return h.Number.Uint64(), nil
}

// GenesisStateRoot is the Rollup's genesisStateRoot().
func (l *L1) GenesisStateRoot(ctx context.Context) (common.Hash, error) {
	r, err := bind.Call(l.rollup, &bind.CallOpts{Context: ctx}, l.binding.PackGenesisStateRoot(), l.binding.UnpackGenesisStateRoot)
	if err != nil {
		return common.Hash{}, fmt.Errorf("Rollup.genesisStateRoot: %w", err)
	}
	return r, nil
}

// Batches returns the records of the batches with index >= fromIndex that
// L1 blocks [from, to] settled, in index order, each with the proofs of
// its ProofVerified events.
func (l *L1) Batches(ctx context.Context, from, to, fromIndex uint64) ([]*lightclient.BatchRecord, error) {
	var recs []*lightclient.BatchRecord
	for start := from; start <= to; start += l.MaxRange {
		end := min(to, start+l.MaxRange-1)
		r, err := l.batches(ctx, start, end, fromIndex)
		if err != nil {
			return nil, err
		}
		recs = append(recs, r...)
	}
	slices.SortFunc(recs, func(a, b *lightclient.BatchRecord) int { return cmp.Compare(a.Index, b.Index) })
	return recs, nil
}

func (l *L1) batches(ctx context.Context, from, to, fromIndex uint64) ([]*lightclient.BatchRecord, error) {
	opts := &bind.FilterOpts{Start: from, End: &to, Context: ctx}
	subs, err := bind.FilterEvents(l.rollup, opts, l.binding.UnpackBatchSubmittedEvent)
	if err != nil {
		return nil, fmt.Errorf("BatchSubmitted events in L1 blocks %d-%d: %w", from, to, err)
	}
	defer subs.Close()
	type submitted struct {
		ev     *bindings.RollupBatchSubmitted
		proofs map[uint64]rollup.AppliedProof
	}
	byIndex := map[uint64]*submitted{}
	for subs.Next() {
		ev := subs.Value()
		if ev.Index >= fromIndex && !ev.Raw.Removed {
			byIndex[ev.Index] = &submitted{ev: ev, proofs: map[uint64]rollup.AppliedProof{}}
		}
	}
	if err := subs.Error(); err != nil {
		return nil, fmt.Errorf("BatchSubmitted events: %w", err)
	}
	if len(byIndex) == 0 {
		return nil, nil
	}
	pv, err := bind.FilterEvents(l.rollup, opts, l.binding.UnpackProofVerifiedEvent)
	if err != nil {
		return nil, fmt.Errorf("ProofVerified events in L1 blocks %d-%d: %w", from, to, err)
	}
	defer pv.Close()
	for pv.Next() {
		ev := pv.Value()
		s, ok := byIndex[ev.BatchIndex]
		if !ok || ev.Raw.Removed {
			continue
		}
		if ev.Raw.TxHash != s.ev.Raw.TxHash || !ev.ProofIndex.IsUint64() {
			return nil, fmt.Errorf("%w: batch %d proof %v in L1 tx %s, the batch in %s", ErrL1Record, ev.BatchIndex, ev.ProofIndex, ev.Raw.TxHash, s.ev.Raw.TxHash)
		}
		i := ev.ProofIndex.Uint64()
		if _, dup := s.proofs[i]; dup {
			return nil, fmt.Errorf("%w: batch %d proof %d verified twice", ErrL1Record, ev.BatchIndex, i)
		}
		s.proofs[i] = rollup.AppliedProof{Circuit: ev.Circuit, Digest: common.BigToHash(ev.Digest)}
	}
	if err := pv.Error(); err != nil {
		return nil, fmt.Errorf("ProofVerified events: %w", err)
	}
	recs := make([]*lightclient.BatchRecord, 0, len(byIndex))
	for _, s := range byIndex {
		ev := s.ev
		h, err := l.header(ctx, ev.Raw.TxHash, ev.Index)
		if err != nil {
			return nil, err
		}
		if h.StateRoot != ev.StateRoot {
			return nil, fmt.Errorf("%w: batch %d: L1 tx %s submits state root %x, its event says %x", ErrL1Record, ev.Index, ev.Raw.TxHash, h.StateRoot, ev.StateRoot)
		}
		blk, err := l.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(ev.Raw.BlockNumber))
		if err != nil {
			return nil, fmt.Errorf("batch %d: L1 block %d: %w", ev.Index, ev.Raw.BlockNumber, err)
		}
		rec := &lightclient.BatchRecord{BatchHeader: rollup.BatchHeader{Index: ev.Index, CID: h.Cid, DataHash: h.DataHash,
			PrevStateRoot: h.PrevStateRoot, StateRoot: h.StateRoot, WithdrawalRoot: h.WithdrawalRoot,
			DepositsConsumed: h.DepositsConsumed, L2Height: h.L2Height, ProofsHash: h.ProofsHash, ForcedConsumed: h.ForcedConsumed,
			StepRoot: h.StepRoot, StepCount: h.StepCount, MessageRoot: h.MessageRoot},
			L1Block: ev.Raw.BlockNumber, SubmittedAt: blk.Time}
		for i := range uint64(ev.ProofCount) {
			p, ok := s.proofs[i]
			if !ok {
				return nil, fmt.Errorf("%w: batch %d has %d proofs, no ProofVerified event for proof %d", ErrL1Record, ev.Index, ev.ProofCount, i)
			}
			rec.Proofs = append(rec.Proofs, p)
		}
		if len(s.proofs) != int(ev.ProofCount) {
			return nil, fmt.Errorf("%w: batch %d has %d proofs and %d ProofVerified events", ErrL1Record, ev.Index, ev.ProofCount, len(s.proofs))
		}
		recs = append(recs, rec)
	}
	return recs, nil
}

// header reads batch index's header from the submitBatch call of L1
// transaction tx: BatchSubmitted logs only its index, state root and proof
// count. The sequencer calls the Rollup directly; a batch submitted through
// another contract cannot be read this way.
func (l *L1) header(ctx context.Context, tx common.Hash, index uint64) (bindings.RollupBatchHeader, error) {
	t, _, err := l.backend.TransactionByHash(ctx, tx)
	if err != nil {
		return bindings.RollupBatchHeader{}, fmt.Errorf("batch %d: L1 tx %s: %w", index, tx, err)
	}
	h, _, err := batchrecord.DecodeSubmitBatch(l.abi, t.Data())
	if err != nil {
		return bindings.RollupBatchHeader{}, fmt.Errorf("%w: batch %d: L1 tx %s: %w", ErrL1Record, index, tx, err)
	}
	if h.Index != index {
		return bindings.RollupBatchHeader{}, fmt.Errorf("%w: L1 tx %s submits batch %d, its event says %d", ErrL1Record, tx, h.Index, index)
	}
	return h, nil
}
