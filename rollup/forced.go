package rollup

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// MaxForcedTxSize bounds the raw transaction of a forced entry
// (Rollup.MAX_FORCED_TX_SIZE on L1): MaxTxSize less room for the Forced
// system transaction around it (type byte, list and string headers, index
// and L1 sender: 38 bytes at most, 64 kept), so that every entry L1
// accepts makes a Forced transaction DecodeTx accepts.
const MaxForcedTxSize = MaxTxSize - 64

// ErrForcedOrder: a forced entry applied out of L1 queue order.
var ErrForcedOrder = errors.New("rollup: forced transaction out of order")

// ErrForcedInner is wrapped by the failure a Forced receipt records when
// its inner bytes are not a signed transaction of this chain (empty,
// malformed, a deposit or another forced entry).
var ErrForcedInner = errors.New("rollup: forced entry is not a signed transaction")

// Forced is an entry of the L1 forced queue (Rollup.forceInclude), derived
// from its ForcedTxQueued event like a deposit: Index is its queue
// position, From the L1 account that queued it, Tx the raw bytes queued
// (meant to be an encoded signed transaction). Forced entries apply
// strictly in index order. The entry is consumed whatever Tx is: Tx is
// applied as its own signer's transaction if it is valid at that point, and
// otherwise its failure is recorded on the receipt, so a bad entry never
// blocks the queue.
type Forced struct {
	Index uint64
	From  common.Address
	Tx    []byte
}

func (*Forced) txType() TxType { return TxForced }

// NewForced wraps a forced entry as an unsigned system transaction.
func NewForced(f *Forced) (*Tx, error) {
	return newTx(f, 0, nil)
}

// ForcedResult is what a Forced receipt says of the queued transaction.
type ForcedResult struct {
	// Index is the entry's position in the L1 queue.
	Index uint64 `json:"index"`
	// Error is why the queued transaction did not apply, empty if it did.
	// The entry is consumed either way.
	Error string `json:"error,omitempty"`
}

// applyForced consumes the next forced entry: it applies the inner
// transaction at the block position of the Forced one, or records why it
// cannot. Only an entry out of queue order is rejected (changing nothing).
// On success of the inner transaction rc takes its receipt (sender, MLSC,
// withdrawal, reward, applied proof) and keeps the Forced transaction's
// hash and type.
func (s *State) applyForced(cfg *Config, d *Forced, rc *Receipt) error {
	if d.Index != s.g.ForcedConsumed {
		return fmt.Errorf("%w: entry %d, next is %d", ErrForcedOrder, d.Index, s.g.ForcedConsumed)
	}
	s.g.ForcedConsumed++
	s.touch(keyGlobals)
	res := &ForcedResult{Index: d.Index}
	inner, err := DecodeTx(d.Tx)
	if err == nil && !inner.Type().signed() {
		err = fmt.Errorf("%w: a %s", ErrForcedInner, inner.Type())
	}
	var irc *Receipt
	if err == nil {
		irc, err = s.ApplyTx(cfg, inner, rc.Index)
	}
	if err != nil {
		res.Error = err.Error()
		rc.Forced = res
		return nil
	}
	hash, typ := rc.TxHash, rc.Type
	*rc = *irc
	rc.TxHash, rc.Type, rc.Forced = hash, typ, res
	return nil
}
