// Package batchrecord reads the records of the Rollup's accepted batches
// from L1. The Rollup keeps one hash per accepted batch (Rollup.batchHash)
// instead of the batch's fields: a withdrawal claim, a model mint, a
// challenge and exodus pass the batch's record (bindings.RollupBatch), and
// the Rollup holds it to the hash. The record is the submitBatch header's
// fields, the number of loss proofs and the accepting block's timestamp, so
// anyone rebuilds it from L1 alone (Read).
package batchrecord

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/neuron-rollup/neuron/l1/bindings"
)

var (
	// ErrUnknownBatch is wrapped when the Rollup has not accepted the batch
	// (not yet, or a challenge removed it).
	ErrUnknownBatch = errors.New("batchrecord: no such accepted batch")
	// ErrBatchRecord is wrapped when no submitBatch call on L1 rebuilds the
	// record whose hash the Rollup keeps (a batch submitted through another
	// contract, or logs the node no longer serves).
	ErrBatchRecord = errors.New("batchrecord: batch record not found on L1")
)

// Of is the record Rollup.submitBatch commits to for header h accepted
// with proofCount loss proofs in a block of time submittedAt.
func Of(h bindings.RollupBatchHeader, proofCount uint32, submittedAt uint64) bindings.RollupBatch {
	return bindings.RollupBatch{
		Index:            h.Index,
		SubmittedAt:      submittedAt,
		PrevStateRoot:    h.PrevStateRoot,
		StateRoot:        h.StateRoot,
		WithdrawalRoot:   h.WithdrawalRoot,
		MessageRoot:      h.MessageRoot,
		DepositsConsumed: h.DepositsConsumed,
		L2Height:         h.L2Height,
		ForcedConsumed:   h.ForcedConsumed,
		ProofCount:       proofCount,
		StepRoot:         h.StepRoot,
		StepCount:        h.StepCount,
		DataHash:         h.DataHash,
	}
}

// Hash is Rollup.hashBatch: keccak256(abi.encode(b)), thirteen 32-byte
// words in field order.
func Hash(b bindings.RollupBatch) common.Hash {
	var enc [13 * 32]byte
	word := func(i int, v []byte) { copy(enc[i*32+32-len(v):(i+1)*32], v) }
	u := func(i int, v uint64) { word(i, new(big.Int).SetUint64(v).Bytes()) }
	u(0, b.Index)
	u(1, b.SubmittedAt)
	word(2, b.PrevStateRoot[:])
	word(3, b.StateRoot[:])
	word(4, b.WithdrawalRoot[:])
	word(5, b.MessageRoot[:])
	u(6, b.DepositsConsumed)
	u(7, b.L2Height)
	u(8, b.ForcedConsumed)
	u(9, uint64(b.ProofCount))
	word(10, b.StepRoot[:])
	u(11, b.StepCount)
	word(12, b.DataHash[:])
	return crypto.Keccak256Hash(enc[:])
}

// Backend is what Read needs of an L1 node (ethclient.Client and
// the simulated backend's client have it).
type Backend interface {
	bind.ContractBackend
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// Read returns the record of accepted batch index of the Rollup at
// rollup: it finds the batch's BatchSubmitted events from L1 block fromBlock
// on (the deployment block; 0 reads from genesis), rebuilds the record of
// each from its submitBatch call and block, and returns the one whose hash
// the Rollup keeps now (a removed and resubmitted batch has several). It
// wraps ErrUnknownBatch when the Rollup has no batch index and
// ErrBatchRecord when no event rebuilds it. The sequencer must call the
// Rollup directly: a batch submitted through another contract cannot be
// read this way.
func Read(ctx context.Context, backend Backend, rollup common.Address, fromBlock, index uint64) (bindings.RollupBatch, error) {
	b, _, err := ReadHeader(ctx, backend, rollup, fromBlock, index)
	return b, err
}

// ReadHeader is Read, also returning the submitBatch header the record was
// built from (its CID, data hash and proofs hash, which the record does not
// all keep).
func ReadHeader(ctx context.Context, backend Backend, rollup common.Address, fromBlock, index uint64) (bindings.RollupBatch, bindings.RollupBatchHeader, error) {
	var none bindings.RollupBatchHeader
	rb := bindings.NewRollup()
	inst := rb.Instance(backend, rollup)
	opts := &bind.CallOpts{Context: ctx}
	count, err := bind.Call(inst, opts, rb.PackBatchCount(), rb.UnpackBatchCount)
	if err != nil {
		return bindings.RollupBatch{}, none, fmt.Errorf("Rollup.batchCount: %w", err)
	}
	if index >= count {
		return bindings.RollupBatch{}, none, fmt.Errorf("%w: batch %d of %d", ErrUnknownBatch, index, count)
	}
	want, err := bind.Call(inst, opts, rb.PackBatchHash(index), rb.UnpackBatchHash)
	if err != nil {
		return bindings.RollupBatch{}, none, fmt.Errorf("Rollup.batchHash(%d): %w", index, err)
	}
	parsed, err := bindings.RollupMetaData.ParseABI()
	if err != nil {
		return bindings.RollupBatch{}, none, err
	}
	ev := parsed.Events["BatchSubmitted"]
	logs, err := backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(fromBlock),
		Addresses: []common.Address{rollup},
		Topics:    [][]common.Hash{{ev.ID}, {common.BigToHash(new(big.Int).SetUint64(index))}},
	})
	if err != nil {
		return bindings.RollupBatch{}, none, fmt.Errorf("BatchSubmitted events of batch %d: %w", index, err)
	}
	for i := len(logs) - 1; i >= 0; i-- {
		if logs[i].Removed {
			continue
		}
		b, h, err := batchFromCall(ctx, backend, parsed, logs[i], index)
		if err != nil {
			return bindings.RollupBatch{}, none, err
		}
		if Hash(b) == want {
			return b, h, nil
		}
	}
	return bindings.RollupBatch{}, none, fmt.Errorf("%w: batch %d (hash %s, %d events)", ErrBatchRecord, index, common.Hash(want), len(logs))
}

// batchFromCall rebuilds batch index's record from the submitBatch call of
// the transaction that logged l.
func batchFromCall(ctx context.Context, backend Backend, parsed *abi.ABI, l types.Log, index uint64) (bindings.RollupBatch, bindings.RollupBatchHeader, error) {
	tx, _, err := backend.TransactionByHash(ctx, l.TxHash)
	if err != nil {
		return bindings.RollupBatch{}, bindings.RollupBatchHeader{}, fmt.Errorf("batch %d: L1 tx %s: %w", index, l.TxHash, err)
	}
	h, proofs, err := DecodeSubmitBatch(parsed, tx.Data())
	if err != nil {
		return bindings.RollupBatch{}, bindings.RollupBatchHeader{}, fmt.Errorf("batch %d: L1 tx %s: %w", index, l.TxHash, err)
	}
	if h.Index != index {
		return bindings.RollupBatch{}, bindings.RollupBatchHeader{}, fmt.Errorf("%w: L1 tx %s submits batch %d, its event says %d", ErrBatchRecord, l.TxHash, h.Index, index)
	}
	head, err := backend.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
	if err != nil {
		return bindings.RollupBatch{}, bindings.RollupBatchHeader{}, fmt.Errorf("batch %d: L1 block %d: %w", index, l.BlockNumber, err)
	}
	return Of(h, uint32(len(proofs)), head.Time), h, nil
}

// DecodeSubmitBatch decodes the calldata of a Rollup.submitBatch call:
// the header and the loss proofs. It wraps ErrBatchRecord for other data.
func DecodeSubmitBatch(parsed *abi.ABI, data []byte) (bindings.RollupBatchHeader, []bindings.RollupLossProof, error) {
	m := parsed.Methods["submitBatch"]
	if len(data) < 4 || !bytes.Equal(data[:4], m.ID) {
		return bindings.RollupBatchHeader{}, nil, fmt.Errorf("%w: not a submitBatch call", ErrBatchRecord)
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil || len(args) != 2 {
		return bindings.RollupBatchHeader{}, nil, fmt.Errorf("%w: submitBatch arguments: %v", ErrBatchRecord, err)
	}
	h := *abi.ConvertType(args[0], new(bindings.RollupBatchHeader)).(*bindings.RollupBatchHeader)
	proofs := *abi.ConvertType(args[1], new([]bindings.RollupLossProof)).(*[]bindings.RollupLossProof)
	return h, proofs, nil
}

// ForExodus is the record Rollup.enterExodus needs now: that of the
// newest final batch while some accepted batch is not final, the zero
// record otherwise (enterExodus ignores it then).
func ForExodus(ctx context.Context, backend Backend, rollup common.Address, fromBlock uint64) (bindings.RollupBatch, error) {
	rb := bindings.NewRollup()
	inst := rb.Instance(backend, rollup)
	opts := &bind.CallOpts{Context: ctx}
	count, err := bind.Call(inst, opts, rb.PackBatchCount(), rb.UnpackBatchCount)
	if err != nil {
		return bindings.RollupBatch{}, fmt.Errorf("Rollup.batchCount: %w", err)
	}
	final, err := bind.Call(inst, opts, rb.PackFinalizedCount(), rb.UnpackFinalizedCount)
	if err != nil {
		return bindings.RollupBatch{}, fmt.Errorf("Rollup.finalizedCount: %w", err)
	}
	if final == 0 || final == count {
		return bindings.RollupBatch{}, nil
	}
	return Read(ctx, backend, rollup, fromBlock, final-1)
}
