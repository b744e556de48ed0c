package lightclient

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// What a Report says differed. Each is matched with errors.Is on the Report.
var (
	// ErrIndex: the record is not for the next batch the verifier expects.
	ErrIndex = errors.New("lightclient: batch out of order")
	// ErrCID: the DA bytes do not hash to the CID L1 recorded.
	ErrCID = errors.New("lightclient: batch bytes do not match the CID")
	// ErrDataHash: the DA bytes do not hash to L1's data hash.
	ErrDataHash = errors.New("lightclient: batch bytes do not match L1's data hash")
	// ErrPrevStateRoot: L1's previous state root is not the verified state's.
	ErrPrevStateRoot = errors.New("lightclient: previous state root differs")
	// ErrBatchData: the batch does not decode or does not extend the verified chain.
	ErrBatchData = errors.New("lightclient: batch does not decode or does not extend the chain")
	// ErrL2Height: L1's L2 height is not the batch's last block.
	ErrL2Height = errors.New("lightclient: L2 height differs")
	// ErrL1Order: a block's L1 number goes backwards, or past the L1 block
	// that settled the batch.
	ErrL1Order = errors.New("lightclient: L1 block number out of order")
	// ErrL1Hash: a block's L1 hash is not L1's hash at its L1 number.
	ErrL1Hash = errors.New("lightclient: L1 hash differs from L1's block")
	// ErrBlock: the STF refuses a block header.
	ErrBlock = errors.New("lightclient: block rejected by the STF")
	// ErrTx: the STF refuses a transaction the block includes.
	ErrTx = errors.New("lightclient: transaction rejected by the STF")
	// ErrStateRoot: the re-executed state root differs from a block
	// header's or from L1's.
	ErrStateRoot = errors.New("lightclient: state root differs")
	// ErrDeposits: L1's count of consumed deposits differs.
	ErrDeposits = errors.New("lightclient: deposits consumed differ")
	// ErrL1Deposit: a block credits a deposit that is not the one L1's
	// Bridge took at its nonce (or L1 has none there).
	ErrL1Deposit = errors.New("lightclient: deposit is not the one L1 took")
	// ErrL1Forced: a block applies a forced entry that is not the one the
	// Rollup queued at its index (or L1 has none there).
	ErrL1Forced = errors.New("lightclient: forced entry is not the one L1 queued")
	// ErrForced: L1's count of consumed forced entries differs.
	ErrForced = errors.New("lightclient: forced entries consumed differ")
	// ErrWithdrawalRoot: L1's withdrawal root is not that of the batch's
	// withdrawals.
	ErrWithdrawalRoot = errors.New("lightclient: withdrawal root differs")
	// ErrMessageRoot: L1's message root is not that of the L2→L1 messages
	// the batch's blocks made (rollup.MessageRoot).
	ErrMessageRoot = errors.New("lightclient: message root differs")
	// ErrProofs: the loss proofs L1 verified are not those the blocks applied.
	ErrProofs = errors.New("lightclient: loss proofs differ")
	// ErrTrace: the step trace the batch publishes, or L1's commitment to
	// it (stepRoot, stepCount), is not the trace of the re-executed blocks.
	ErrTrace = errors.New("lightclient: step trace differs")
)

// TxRef names a transaction of a block.
type TxRef struct {
	Index int         `json:"index"`
	Hash  common.Hash `json:"hash"`
}

// Report is the first divergence between what L1 and DA say and what the
// verifier re-derived. It is an error: errors.Is(r, Check) holds, and so
// does errors.Is for whatever Err wraps (e.g. rollup.ErrNonce).
type Report struct {
	Batch uint64  `json:"batch"`
	Block *uint64 `json:"block,omitempty"` // the L2 block, where one is to blame
	Tx    *TxRef  `json:"tx,omitempty"`    // the transaction, where one is to blame
	// Check is the sentinel of what differed (ErrStateRoot, ...).
	Check error `json:"-"`
	// Expected is what L1 (or the block header) says, Found what the
	// verifier derived from the DA bytes; each names its source.
	Expected string `json:"expected,omitempty"`
	Found    string `json:"found,omitempty"`
	// Err is the underlying error (e.g. the STF's), if any.
	Err error `json:"-"`
}

func (r *Report) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%v at batch %d", r.Check, r.Batch)
	if r.Block != nil {
		fmt.Fprintf(&b, ", block %d", *r.Block)
	}
	if r.Tx != nil {
		fmt.Fprintf(&b, ", tx %d (%s)", r.Tx.Index, r.Tx.Hash)
	}
	if r.Expected != "" || r.Found != "" {
		fmt.Fprintf(&b, ": expected %s, found %s", r.Expected, r.Found)
	}
	if r.Err != nil {
		fmt.Fprintf(&b, ": %v", r.Err)
	}
	return b.String()
}

// Unwrap returns Check and Err.
func (r *Report) Unwrap() []error {
	if r.Err == nil {
		return []error{r.Check}
	}
	return []error{r.Check, r.Err}
}

// MarshalJSON writes the report with "check" (what differed, without
// the package prefix) and "error" (the whole message) beside its fields.
func (r *Report) MarshalJSON() ([]byte, error) {
	type fields Report
	return json.Marshal(struct {
		*fields
		Check string `json:"check"`
		Error string `json:"error"`
	}{(*fields)(r), strings.TrimPrefix(r.Check.Error(), "lightclient: "), r.Error()})
}
