// Package rpcapi is the nrn_ JSON-RPC API as both ends see it: the view
// types the calls return, the transaction states, and the error codes with
// the sentinels they stand for. The server (package sequencer) and the
// client (package rpcclient) both import it and neither imports the other,
// as go-ethereum's ethclient and node share core/types.
package rpcapi

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/rollup"
)

// MaxPage is the most items one page of a list call holds.
const MaxPage = 1000

// Status is what became of a transaction (nrn_getTransactionStatus).
type Status string

// Transaction statuses.
const (
	StatusIncluded Status = "included"
	StatusPending  Status = "pending"
	StatusRejected Status = "rejected"
	// StatusUnknown: the node has no record of the transaction. It never
	// arrived, or it was rejected so long ago that its reason expired (the
	// node keeps only its most recent rejection reasons).
	StatusUnknown Status = "unknown"
)

// TxStatus is the answer to nrn_getTransactionStatus.
type TxStatus struct {
	Status  Status          `json:"status"`
	Receipt *rollup.Receipt `json:"receipt,omitempty"`
	// Error is why a rejected transaction was dropped; for an unknown one it
	// says that a rejection reason may have expired.
	Error string `json:"error,omitempty"`
}

// Block is a block as nrn_getBlockByNumber serves it.
type Block struct {
	Number       hexutil.Uint64 `json:"number"`
	Hash         common.Hash    `json:"hash"`
	ParentHash   common.Hash    `json:"parentHash"`
	Time         hexutil.Uint64 `json:"timestamp"`
	L1Number     hexutil.Uint64 `json:"l1Number"`
	L1Hash       common.Hash    `json:"l1Hash"`
	TxHash       common.Hash    `json:"txHash"`
	StateRoot    common.Hash    `json:"stateRoot"`
	Transactions []common.Hash  `json:"transactions"`
	Raw          hexutil.Bytes  `json:"raw,omitempty"`
}

// FeeEstimate is nrn_estimateFee's answer (rollup.FeeRule): the base fees in
// NRN wei per fee unit, the cap a wallet should sign (FeeCap: twice the next
// base fee, so that it still applies after six blocks over the target), and,
// for the transaction asked about, its fee units and fee at the next base
// fee and at the cap. All zero with fees off (sign no cap).
type FeeEstimate struct {
	// BaseFee is the head block's base fee; NextBaseFee the next block's,
	// which a transaction sent now pays.
	BaseFee     *hexutil.Big `json:"baseFee"`
	NextBaseFee *hexutil.Big `json:"nextBaseFee"`
	FeeCap      *hexutil.Big `json:"feeCap"`
	// Units, Fee and MaxFee are the asked transaction's (absent if none
	// was given): its fee units, units × NextBaseFee and units × FeeCap.
	Units  *hexutil.Uint64 `json:"units,omitempty"`
	Fee    *hexutil.Big    `json:"fee,omitempty"`
	MaxFee *hexutil.Big    `json:"maxFee,omitempty"`
}

// Cap is FeeCap as a uint256 (nil if absent): the cap a wallet signs.
func (e *FeeEstimate) Cap() (*uint256.Int, error) {
	if e.FeeCap == nil {
		return nil, nil
	}
	c, overflow := uint256.FromBig(e.FeeCap.ToInt())
	if overflow || e.FeeCap.ToInt().Sign() < 0 {
		return nil, fmt.Errorf("fee cap %v is not a uint256", e.FeeCap)
	}
	return c, nil
}

// Account is an account as nrn_getAccount serves it.
type Account struct {
	Nonce      hexutil.Uint64 `json:"nonce"`
	Balance    *hexutil.Big   `json:"balance"`
	Stake      *hexutil.Big   `json:"stake"`
	OpenClaims hexutil.Uint64 `json:"openClaims"`
}

// IDPage is one page of a list of ids.
type IDPage struct {
	IDs []hexutil.Uint64 `json:"ids"`
	// Next is the cursor of the next page; absent on the last page.
	Next *hexutil.Uint64 `json:"next,omitempty"`
}

// MLSCView is an MLSC with derived round windows (nrn_getMLSC).
type MLSCView struct {
	rollup.MLSC
	PhaseName string `json:"phaseName"`
	Height    uint64 `json:"height"`
	CommitEnd uint64 `json:"commitEnd"`
	RevealEnd uint64 `json:"revealEnd"`
	ProofEnd  uint64 `json:"proofEnd"`
}

// StateProof proves one state entry against a block's state root.
type StateProof struct {
	Height hexutil.Uint64  `json:"height"`
	Root   common.Hash     `json:"root"`
	Key    hexutil.Bytes   `json:"key"`
	Value  hexutil.Bytes   `json:"value"` // RLP of the entry; empty if absent
	Nodes  []hexutil.Bytes `json:"nodes"`
}

// WithdrawalProof is what Bridge.claimWithdrawal needs.
type WithdrawalProof struct {
	BatchIndex hexutil.Uint64 `json:"batchIndex"`
	ID         hexutil.Uint64 `json:"id"`
	From       common.Address `json:"from"`
	To         common.Address `json:"to"`
	Amount     *hexutil.Big   `json:"amount"`
	Proof      []common.Hash  `json:"proof"`
	Settled    bool           `json:"settled"` // batch submitted to L1
}

// MessageProof is what ModelNFT.mint needs of an L2→L1 message
// (nrn_getMessageProof): the batch that carries it, the message and its
// proof against the batch's message root.
type MessageProof struct {
	BatchIndex hexutil.Uint64 `json:"batchIndex"`
	ID         hexutil.Uint64 `json:"id"`
	Kind       hexutil.Uint64 `json:"kind"`
	Data       hexutil.Bytes  `json:"data"`
	Proof      []common.Hash  `json:"proof"`
	Settled    bool           `json:"settled"` // batch submitted to L1
}

// Batch is a sealed batch (nrn_getBatch).
type Batch struct {
	Index          hexutil.Uint64 `json:"index"`
	FirstBlock     hexutil.Uint64 `json:"firstBlock"`
	LastBlock      hexutil.Uint64 `json:"lastBlock"`
	CID            string         `json:"cid"`
	DataHash       common.Hash    `json:"dataHash"`
	StateRoot      common.Hash    `json:"stateRoot"`
	WithdrawalRoot common.Hash    `json:"withdrawalRoot"`
	Proofs         int            `json:"proofs"`
	L1Tx           common.Hash    `json:"l1Tx"`
}
