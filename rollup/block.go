package rollup

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
)

// Header is an L2 block header. L1Number and L1Hash are the L1 block the
// sequencer had confirmed when it built the block; round seeds come from it.
type Header struct {
	Number     uint64
	ParentHash common.Hash
	Time       uint64
	L1Number   uint64
	L1Hash     common.Hash
	TxHash     common.Hash // TxListHash of the block's transactions
	StateRoot  common.Hash
}

// Hash is keccak256(rlp(header)).
func (h *Header) Hash() common.Hash {
	b, _ := rlp.EncodeToBytes(h)
	return crypto.Keccak256Hash(b)
}

// Block is a header and its transactions in canonical encoding.
type Block struct {
	Header Header
	Txs    []*Tx
}

type blockRLP struct {
	Header Header
	Txs    [][]byte
}

// TxListHash commits to an ordered transaction list.
func TxListHash(txs []*Tx) common.Hash {
	h := crypto.NewKeccakState()
	for _, tx := range txs {
		hh := tx.Hash()
		h.Write(hh[:])
	}
	var out common.Hash
	h.Read(out[:])
	return out
}

// Hash is the header hash.
func (b *Block) Hash() common.Hash { return b.Header.Hash() }

// Encode returns rlp([header, [tx...]]).
func (b *Block) Encode() ([]byte, error) {
	return rlp.EncodeToBytes(b.toRLP())
}

func (b *Block) toRLP() blockRLP {
	raw := make([][]byte, len(b.Txs))
	for i, tx := range b.Txs {
		raw[i] = tx.Encode()
	}
	return blockRLP{Header: b.Header, Txs: raw}
}

func fromRLP(br *blockRLP) (*Block, error) {
	b := &Block{Header: br.Header, Txs: make([]*Tx, len(br.Txs))}
	for i, raw := range br.Txs {
		tx, err := DecodeTx(raw)
		if err != nil {
			return nil, fmt.Errorf("block %d tx %d: %w", br.Header.Number, i, err)
		}
		b.Txs[i] = tx
	}
	if got := TxListHash(b.Txs); got != b.Header.TxHash {
		return nil, fmt.Errorf("%w: block %d tx hash %s, header says %s", ErrBlock, b.Header.Number, got, b.Header.TxHash)
	}
	return b, nil
}

// BatchFraming is room left in a batch for its own encoding around the
// blocks (version, index and list headers take under 32 bytes).
const BatchFraming = 1024

// MaxBlockSize bounds an encoded block, so that every block fits a batch on
// its own. The sequencer stops adding transactions before it; DecodeBlock
// and ApplyBlock refuse a bigger block.
const MaxBlockSize = MaxBatchSize - BatchFraming

// BlockSizer tracks the encoded size of a block while transactions are
// added to it.
type BlockSizer struct {
	header, txs uint64
}

// NewBlockSizer starts a block with header h and no transactions. Only the
// header's number and times change its size, not its hashes.
func NewBlockSizer(h *Header) *BlockSizer {
	enc, _ := rlp.EncodeToBytes(h)
	return &BlockSizer{header: uint64(len(enc))}
}

// Fits reports whether the block stays within MaxBlockSize with tx added.
func (z *BlockSizer) Fits(tx *Tx) bool { return z.SizeWith(tx) <= MaxBlockSize }

// SizeWith is the encoded size of the block with tx added.
func (z *BlockSizer) SizeWith(tx *Tx) int { return z.sizeWith(txItemSize(tx)) }

// Add counts tx in the block.
func (z *BlockSizer) Add(tx *Tx) { z.txs += txItemSize(tx) }

// Size is the encoded size of the block so far.
func (z *BlockSizer) Size() int { return z.sizeWith(0) }

func (z *BlockSizer) sizeWith(extra uint64) int {
	return int(rlp.ListSize(z.header + rlp.ListSize(z.txs+extra)))
}

// txItemSize is the size of tx as an item of the block's transaction list:
// an RLP string of at least two bytes, whose header is sized like a list's.
func txItemSize(tx *Tx) uint64 { return rlp.ListSize(uint64(tx.EncodedSize())) }

// Size is len(b.Encode()), computed without encoding the transactions.
func (b *Block) Size() int {
	z := NewBlockSizer(&b.Header)
	for _, tx := range b.Txs {
		z.Add(tx)
	}
	return z.Size()
}

// DecodeBlock parses a block and checks its transaction hash.
func DecodeBlock(data []byte) (*Block, error) {
	if len(data) > MaxBlockSize {
		return nil, fmt.Errorf("%w: %d bytes > %d", ErrBlock, len(data), MaxBlockSize)
	}
	var br blockRLP
	if err := rlp.DecodeBytes(data, &br); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBlock, err)
	}
	return fromRLP(&br)
}

// Batch encoding versions. Version 2 adds the step trace (Batch.Trace) after the blocks;
// version 1 batches (no trace) still decode.
const (
	BatchVersionNoTrace = 1
	BatchVersion        = 2
)

// Batch is a run of consecutive blocks posted to DA and settled on L1
// together.
type Batch struct {
	Index  uint64
	Blocks []*Block
	// Trace is the batch's step trace (one TraceStep per block start and per
	// transaction, in order): with the blocks it gives every leaf the batch
	// header's stepRoot commits to (BatchLeaves), so that anyone holding the
	// batch can open any step on L1. Nil for a version-1 batch.
	Trace []TraceStep
}

type batchRLP struct {
	Version uint8
	Index   uint64
	Blocks  []blockRLP
	Trace   []TraceStep `rlp:"optional"`
}

// ErrBatch is wrapped by batch decoding errors.
var ErrBatch = errors.New("rollup: bad batch")

// MaxBatchSize bounds an encoded batch (one DA object).
const MaxBatchSize = 4 << 20

// Encode returns rlp([2, index, [block...], [traceStep...]]), or
// rlp([1, index, [block...]]) for a batch without a trace.
func (b *Batch) Encode() ([]byte, error) {
	br := batchRLP{Version: BatchVersion, Index: b.Index, Blocks: make([]blockRLP, len(b.Blocks)), Trace: b.Trace}
	if b.Trace == nil {
		br.Version = BatchVersionNoTrace
	}
	for i, blk := range b.Blocks {
		br.Blocks[i] = blk.toRLP()
	}
	return rlp.EncodeToBytes(&br)
}

// DecodeBatch parses a batch and checks that its blocks chain together and,
// from version 2, that its trace has one step per block start and
// transaction.
func DecodeBatch(data []byte) (*Batch, error) {
	if len(data) > MaxBatchSize {
		return nil, fmt.Errorf("%w: %d bytes > %d", ErrBatch, len(data), MaxBatchSize)
	}
	var br batchRLP
	if err := rlp.DecodeBytes(data, &br); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBatch, err)
	}
	switch {
	case br.Version == BatchVersionNoTrace && br.Trace != nil:
		return nil, fmt.Errorf("%w: version %d with a trace", ErrBatch, br.Version)
	case br.Version == BatchVersion && br.Trace == nil:
		return nil, fmt.Errorf("%w: version %d without a trace", ErrBatch, br.Version)
	case br.Version != BatchVersion && br.Version != BatchVersionNoTrace:
		return nil, fmt.Errorf("%w: version %d", ErrBatch, br.Version)
	}
	if len(br.Blocks) == 0 {
		return nil, fmt.Errorf("%w: no blocks", ErrBatch)
	}
	b := &Batch{Index: br.Index, Blocks: make([]*Block, len(br.Blocks)), Trace: br.Trace}
	for i := range br.Blocks {
		blk, err := fromRLP(&br.Blocks[i])
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrBatch, err)
		}
		if i > 0 {
			prev := b.Blocks[i-1]
			if blk.Header.Number != prev.Header.Number+1 || blk.Header.ParentHash != prev.Hash() {
				return nil, fmt.Errorf("%w: block %d does not follow block %d", ErrBatch, blk.Header.Number, prev.Header.Number)
			}
		}
		b.Blocks[i] = blk
	}
	if b.Trace != nil {
		if n := StepCount(b.Blocks); len(b.Trace) != n {
			return nil, fmt.Errorf("%w: %d trace steps for %d steps (block starts and transactions)", ErrBatch, len(b.Trace), n)
		}
	}
	return b, nil
}
