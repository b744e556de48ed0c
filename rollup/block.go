package rollup

import (
	"bytes"
	"encoding/binary"
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

// BatchFraming is room left in a batch for its own framing around the blocks
// (the version byte and section length, the index and list headers take under 32 bytes).
const BatchFraming = 1024

// MaxBlockSize bounds what a block takes in a batch (Block.Size), so that every
// block fits a batch on its own. The sequencer stops adding transactions before
// it; DecodeBlock and ApplyBlock refuse a bigger block.
const MaxBlockSize = MaxBatchSize - BatchFraming

// BlockSizer tracks what a block takes in a batch (Block.Size) while
// transactions are added to it.
type BlockSizer struct {
	header, txs uint64
}

// NewBlockSizer starts a block with header h and no transactions. Only the
// header's number and times change its size, not its hashes.
func NewBlockSizer(h *Header) *BlockSizer {
	enc, _ := rlp.EncodeToBytes(h)
	return &BlockSizer{header: uint64(len(enc) + StepPrefixSize + len(BeginStepInput(h)))}
}

// Fits reports whether the block stays within MaxBlockSize with tx added.
func (z *BlockSizer) Fits(tx *Tx) bool { return z.SizeWith(tx) <= MaxBlockSize }

// SizeWith is the block's Size with tx added.
func (z *BlockSizer) SizeWith(tx *Tx) int { return z.sizeWith(txItemSize(tx)) }

// Add counts tx in the block.
func (z *BlockSizer) Add(tx *Tx) { z.txs += txItemSize(tx) }

// Size is the block's Size so far.
func (z *BlockSizer) Size() int { return z.sizeWith(0) }

func (z *BlockSizer) sizeWith(extra uint64) int { return int(z.header + z.txs + extra) }

// txItemSize is what tx takes in a batch's step inputs: its encoding and its
// length prefix.
func txItemSize(tx *Tx) uint64 { return uint64(StepPrefixSize + tx.EncodedSize()) }

// Size is what the block takes in a batch (version 3) besides its trace: its
// header in the batch's header list and its steps' inputs with their length
// prefixes (BeginStepInput, then each transaction). It is at least
// len(b.Encode()) (a prefix is as long as the longest RLP string header of a
// transaction), so the MaxBlockSize bound holds for both.
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
	b, err := fromRLP(&br)
	if err != nil {
		return nil, err
	}
	if n := b.Size(); n > MaxBlockSize {
		return nil, fmt.Errorf("%w: block %d takes %d bytes in a batch > %d", ErrBlock, b.Header.Number, n, MaxBlockSize)
	}
	return b, nil
}

// BatchVersion is the batch encoding (docs/formats.md, Batch). Version 3 lays the step
// inputs out position-addressably at the front, so that L1 can open any step's input bytes
// against the data hash (DataChallenge's leaf-data proofs); versions 1 and 2 (nested RLP)
// are no longer decoded.
const BatchVersion = 3

// The step-input section of a version-3 batch: it starts at StepInputsStart (after the
// version byte and its own length, a uint32 big-endian), and each step's input follows a
// StepPrefixSize-byte big-endian length. The first input's bytes start at FirstStepOffset.
const (
	StepInputsStart = 5
	StepPrefixSize  = 4
	FirstStepOffset = StepInputsStart + StepPrefixSize
)

// Batch is a run of consecutive blocks posted to DA and settled on L1
// together.
type Batch struct {
	Index  uint64
	Blocks []*Block
	// Trace is the batch's step trace (one TraceStep per block start and per
	// transaction, in order): with the blocks it gives every leaf the batch
	// header's stepRoot commits to (BatchLeaves), so that anyone holding the
	// batch can open any step on L1. Encode refuses a batch without one.
	Trace []TraceStep
}

// batchTail is what a version-3 batch holds after its step inputs.
type batchTail struct {
	Index   uint64
	Headers []Header
	Trace   []TraceStep
}

// ErrBatch is wrapped by batch decoding errors.
var ErrBatch = errors.New("rollup: bad batch")

// MaxBatchSize bounds an encoded batch (one DA object).
const MaxBatchSize = 4 << 20

// StepInputs are the input bytes of every step of blocks, in order: each block's
// BeginStepInput, then its transactions' encodings.
func StepInputs(blocks []*Block) [][]byte {
	out := make([][]byte, 0, StepCount(blocks))
	for _, blk := range blocks {
		out = append(out, BeginStepInput(&blk.Header))
		for _, tx := range blk.Txs {
			out = append(out, tx.Encode())
		}
	}
	return out
}

// Encode returns the version-3 encoding:
//
//	0x03 ‖ uint32 n ‖ inputs (n bytes) ‖ rlp([index, [header...], [traceStep...]])
//	inputs = (uint32 len ‖ step input)...   (StepInputs, in step order)
//
// It fails (ErrBatch) for a batch without a trace of one step per block start and
// transaction, or without blocks.
func (b *Batch) Encode() ([]byte, error) {
	if len(b.Blocks) == 0 {
		return nil, fmt.Errorf("%w: batch %d has no blocks", ErrBatch, b.Index)
	}
	if n := StepCount(b.Blocks); len(b.Trace) != n {
		return nil, fmt.Errorf("%w: batch %d has %d trace steps for %d steps (block starts and transactions)", ErrBatch, b.Index, len(b.Trace), n)
	}
	tail := batchTail{Index: b.Index, Headers: make([]Header, len(b.Blocks)), Trace: b.Trace}
	for i, blk := range b.Blocks {
		tail.Headers[i] = blk.Header
	}
	inputs := StepInputs(b.Blocks)
	size := StepInputsStart
	for _, in := range inputs {
		size += StepPrefixSize + len(in)
	}
	out := make([]byte, StepInputsStart, size)
	out[0] = BatchVersion
	for _, in := range inputs {
		out = binary.BigEndian.AppendUint32(out, uint32(len(in)))
		out = append(out, in...)
	}
	binary.BigEndian.PutUint32(out[1:StepInputsStart], uint32(len(out)-StepInputsStart))
	enc, err := rlp.EncodeToBytes(&tail)
	if err != nil {
		return nil, err
	}
	return append(out, enc...), nil
}

// DecodeBatch parses a version-3 batch (Encode) and checks that its step inputs are its
// headers' block starts each followed by transactions that decode, hash to the header's
// TxHash and chain together, and that its trace has one step per step.
func DecodeBatch(data []byte) (*Batch, error) {
	if len(data) > MaxBatchSize {
		return nil, fmt.Errorf("%w: %d bytes > %d", ErrBatch, len(data), MaxBatchSize)
	}
	if len(data) < StepInputsStart {
		return nil, fmt.Errorf("%w: %d bytes", ErrBatch, len(data))
	}
	if data[0] != BatchVersion {
		return nil, fmt.Errorf("%w: version %d (an RLP list is version 1 or 2, no longer decoded)", ErrBatch, data[0])
	}
	end := StepInputsStart + uint64(binary.BigEndian.Uint32(data[1:StepInputsStart]))
	if end > uint64(len(data)) {
		return nil, fmt.Errorf("%w: step inputs of %d bytes in %d bytes of data", ErrBatch, end-StepInputsStart, len(data))
	}
	var tail batchTail
	if err := rlp.DecodeBytes(data[end:], &tail); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBatch, err)
	}
	if len(tail.Headers) == 0 {
		return nil, fmt.Errorf("%w: no blocks", ErrBatch)
	}
	raw := make([]blockRLP, 0, len(tail.Headers))
	for rest, off := data[StepInputsStart:end], uint64(StepInputsStart); len(rest) > 0; {
		if len(rest) < StepPrefixSize {
			return nil, fmt.Errorf("%w: step input prefix at byte %d cut short", ErrBatch, off)
		}
		n := uint64(binary.BigEndian.Uint32(rest))
		if n == 0 || n > MaxTxSize || n > uint64(len(rest)-StepPrefixSize) {
			return nil, fmt.Errorf("%w: step input at byte %d of length %d (%d bytes left)", ErrBatch, off, n, len(rest)-StepPrefixSize)
		}
		in := rest[StepPrefixSize : StepPrefixSize+n]
		switch {
		case in[0] == 0: // a block start (0x00 is no transaction type)
			if len(raw) == len(tail.Headers) {
				return nil, fmt.Errorf("%w: block start at byte %d past the %d headers", ErrBatch, off, len(tail.Headers))
			}
			h := tail.Headers[len(raw)]
			if !bytes.Equal(in, BeginStepInput(&h)) {
				return nil, fmt.Errorf("%w: block start at byte %d is not header %d's", ErrBatch, off, h.Number)
			}
			raw = append(raw, blockRLP{Header: h})
		case len(raw) == 0:
			return nil, fmt.Errorf("%w: transaction at byte %d before the first block start", ErrBatch, off)
		default:
			raw[len(raw)-1].Txs = append(raw[len(raw)-1].Txs, in)
		}
		rest, off = rest[StepPrefixSize+n:], off+StepPrefixSize+n
	}
	if len(raw) != len(tail.Headers) {
		return nil, fmt.Errorf("%w: %d block starts for %d headers", ErrBatch, len(raw), len(tail.Headers))
	}
	b := &Batch{Index: tail.Index, Blocks: make([]*Block, len(raw)), Trace: tail.Trace}
	for i := range raw {
		blk, err := fromRLP(&raw[i])
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
	if n := StepCount(b.Blocks); len(b.Trace) != n {
		return nil, fmt.Errorf("%w: %d trace steps for %d steps (block starts and transactions)", ErrBatch, len(b.Trace), n)
	}
	return b, nil
}
