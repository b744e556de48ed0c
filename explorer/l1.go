package explorer

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/neuron-rollup/neuron/l1/batchrecord"
	"github.com/neuron-rollup/neuron/l1/bindings"
)

// l1Reader reads the Rollup's and the Bridge's events and state. Safe for
// concurrent use.
type l1Reader struct {
	backend        L1
	abi            *abi.ABI // the Rollup's
	rb             *bindings.Rollup
	bb             *bindings.Bridge
	rollup, bridge *bind.BoundContract
	maxRange       uint64
}

func newL1Reader(backend L1, rollup, bridge common.Address, maxRange uint64) *l1Reader {
	rb, bb := bindings.NewRollup(), bindings.NewBridge()
	parsed, err := bindings.RollupMetaData.ParseABI()
	if err != nil {
		panic(err) // the committed ABI parses (bindings.NewRollup parsed it too)
	}
	return &l1Reader{backend: backend, abi: parsed, rb: rb, bb: bb, rollup: rb.Instance(backend, rollup), bridge: bb.Instance(backend, bridge), maxRange: maxRange}
}

// l1Ref is where an event was logged on L1.
type l1Ref struct {
	Block uint64
	Tx    common.Hash
}

// batchL1 is a BatchSubmitted event.
type batchL1 struct {
	l1Ref
	Index            uint64
	CID              []byte
	L2Height         uint64
	Proofs           uint32
	DepositsConsumed uint64
}

// proofL1 is a ProofVerified event.
type proofL1 struct {
	l1Ref
	Batch, ProofIndex uint64
	Circuit, Digest   common.Hash
}

// depositL1 is a Bridge Deposited event.
type depositL1 struct {
	l1Ref
	Nonce    uint64
	From, To common.Address
	Amount   *big.Int
}

// claimL1 is a Bridge WithdrawalClaimed event.
type claimL1 struct {
	l1Ref
	ID, Batch uint64
	To        common.Address
	Amount    *big.Int
}

// l1Events are the events of a range of L1 blocks, each kind in log order.
type l1Events struct {
	batches  []batchL1
	proofs   []proofL1
	deposits []depositL1
	claims   []claimL1
}

// head is the number of L1's latest block.
func (r *l1Reader) head(ctx context.Context) (uint64, error) {
	h, err := r.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("L1 head: %w", err)
	}
	return h.Number.Uint64(), nil
}

// events reads the events of L1 blocks [from, to], at most maxRange blocks
// per query. Logs a reorg removed are left out.
func (r *l1Reader) events(ctx context.Context, from, to uint64) (*l1Events, error) {
	out := &l1Events{}
	for start := from; start <= to; start += r.maxRange {
		end := min(to, start+r.maxRange-1)
		if err := r.eventsIn(ctx, start, end, out); err != nil {
			return nil, fmt.Errorf("L1 events in blocks %d-%d: %w", start, end, err)
		}
	}
	return out, nil
}

func (r *l1Reader) eventsIn(ctx context.Context, from, to uint64, out *l1Events) error {
	opts := func() *bind.FilterOpts { return &bind.FilterOpts{Start: from, End: &to, Context: ctx} }
	bs, err := bind.FilterEvents(r.rollup, opts(), r.rb.UnpackBatchSubmittedEvent)
	if err != nil {
		return fmt.Errorf("BatchSubmitted: %w", err)
	}
	var subs []*bindings.RollupBatchSubmitted
	for bs.Next() {
		if ev := bs.Value(); !ev.Raw.Removed {
			subs = append(subs, ev)
		}
	}
	if err := errClose(bs.Error(), bs.Close()); err != nil {
		return fmt.Errorf("BatchSubmitted: %w", err)
	}
	for _, ev := range subs {
		// The header is in the submitBatch call, not the event.
		tx, _, err := r.backend.TransactionByHash(ctx, ev.Raw.TxHash)
		if err != nil {
			return fmt.Errorf("batch %d: L1 tx %s: %w", ev.Index, ev.Raw.TxHash, err)
		}
		h, _, err := batchrecord.DecodeSubmitBatch(r.abi, tx.Data())
		if err != nil {
			return fmt.Errorf("batch %d: L1 tx %s: %w", ev.Index, ev.Raw.TxHash, err)
		}
		out.batches = append(out.batches, batchL1{l1Ref: l1Ref{ev.Raw.BlockNumber, ev.Raw.TxHash}, Index: ev.Index, CID: h.Cid,
			L2Height: h.L2Height, Proofs: ev.ProofCount, DepositsConsumed: h.DepositsConsumed})
	}
	pv, err := bind.FilterEvents(r.rollup, opts(), r.rb.UnpackProofVerifiedEvent)
	if err != nil {
		return fmt.Errorf("ProofVerified: %w", err)
	}
	for pv.Next() {
		ev := pv.Value()
		if !ev.Raw.Removed && ev.ProofIndex.IsUint64() {
			out.proofs = append(out.proofs, proofL1{l1Ref: l1Ref{ev.Raw.BlockNumber, ev.Raw.TxHash}, Batch: ev.BatchIndex,
				ProofIndex: ev.ProofIndex.Uint64(), Circuit: ev.Circuit, Digest: common.BigToHash(ev.Digest)})
		}
	}
	if err := errClose(pv.Error(), pv.Close()); err != nil {
		return fmt.Errorf("ProofVerified: %w", err)
	}
	ds, err := bind.FilterEvents(r.bridge, opts(), r.bb.UnpackDepositedEvent)
	if err != nil {
		return fmt.Errorf("Deposited: %w", err)
	}
	for ds.Next() {
		ev := ds.Value()
		if !ev.Raw.Removed {
			out.deposits = append(out.deposits, depositL1{l1Ref: l1Ref{ev.Raw.BlockNumber, ev.Raw.TxHash}, Nonce: ev.Nonce,
				From: ev.From, To: ev.To, Amount: ev.Amount})
		}
	}
	if err := errClose(ds.Error(), ds.Close()); err != nil {
		return fmt.Errorf("Deposited: %w", err)
	}
	cs, err := bind.FilterEvents(r.bridge, opts(), r.bb.UnpackWithdrawalClaimedEvent)
	if err != nil {
		return fmt.Errorf("WithdrawalClaimed: %w", err)
	}
	for cs.Next() {
		ev := cs.Value()
		if !ev.Raw.Removed {
			out.claims = append(out.claims, claimL1{l1Ref: l1Ref{ev.Raw.BlockNumber, ev.Raw.TxHash}, ID: ev.Id, Batch: ev.BatchIndex,
				To: ev.To, Amount: ev.Amount})
		}
	}
	if err := errClose(cs.Error(), cs.Close()); err != nil {
		return fmt.Errorf("WithdrawalClaimed: %w", err)
	}
	return nil
}

func errClose(err, cerr error) error {
	if err != nil {
		return err
	}
	return cerr
}

// finalized reports whether batch i is past the Rollup's finalization
// window (its withdrawals can be claimed).
func (r *l1Reader) finalized(ctx context.Context, i uint64) (bool, error) {
	ok, err := bind.Call(r.rollup, &bind.CallOpts{Context: ctx}, r.rb.PackIsFinalized(i), r.rb.UnpackIsFinalized)
	if err != nil {
		return false, fmt.Errorf("Rollup.isFinalized(%d): %w", i, err)
	}
	return ok, nil
}

// gasUsed is the gas L1 transaction h used.
func (r *l1Reader) gasUsed(ctx context.Context, h common.Hash) (uint64, error) {
	rc, err := r.backend.TransactionReceipt(ctx, h)
	if err != nil {
		return 0, fmt.Errorf("L1 receipt %s: %w", h, err)
	}
	return rc.GasUsed, nil
}
