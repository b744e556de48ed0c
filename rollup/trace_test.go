package rollup

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// tracedChain runs blocks twice from the same genesis: on h.s with a Commit after every step
// (the roots a step trace must hold, computed the slow, obvious way) and on a second state
// through a Tracer (StepRoot, which folds only what changed since the step before).
type tracedChain struct {
	h      *harness
	traced *State
	tr     *Tracer
	want   []common.Hash // h.s's root after each step
	blocks []*Block
}

func newTracedChain(t *testing.T) *tracedChain {
	h := newHarness(t)
	s, _, _, err := (&Genesis{Time: 1000, Issued: uint256.NewInt(1_000_000_000)}).State()
	require.NoError(t, err)
	return &tracedChain{h: h, traced: s, tr: NewTracer(h.cfg, -1)}
}

// block applies txs to both states; a tx that fails must fail on both and is left out.
func (c *tracedChain) block(txs ...*Tx) {
	h, t := c.h, c.h.t
	t.Helper()
	hdr := &Header{Number: h.head.Number + 1, ParentHash: h.head.Hash(), Time: h.head.Time + 2,
		L1Number: h.head.Number, L1Hash: crypto.Keccak256Hash([]byte{byte(h.head.Number)})}
	require.NoError(t, h.s.BeginBlock(h.cfg, hdr))
	require.NoError(t, c.tr.BeginBlock(c.traced, hdr))
	root, _, err := h.s.Commit()
	require.NoError(t, err)
	c.want = append(c.want, root)
	var included []*Tx
	for _, tx := range txs {
		_, errB := h.s.ApplyTx(h.cfg, tx, uint64(len(included)))
		_, errA := c.tr.ApplyTx(c.traced, tx, uint64(len(included)))
		require.Equal(t, errB == nil, errA == nil, "tx %s: %v / %v", tx.Type(), errB, errA)
		if errB != nil {
			continue
		}
		root, _, err := h.s.Commit()
		require.NoError(t, err)
		c.want = append(c.want, root)
		included = append(included, tx)
	}
	rootA, _, err := c.traced.Commit()
	require.NoError(t, err)
	require.Equal(t, h.s.Root(), rootA)
	hdr.StateRoot, hdr.TxHash = rootA, TxListHash(included)
	h.head = hdr
	c.blocks = append(c.blocks, &Block{Header: *hdr, Txs: included})
}

func (c *tracedChain) deposit(n string, amt uint64) *Tx {
	g := c.h.s.Globals()
	d, err := NewDeposit(&Deposit{L1Nonce: g.DepositsConsumed, From: c.h.addr(n), To: c.h.addr(n), Amount: uint256.NewInt(amt)})
	require.NoError(c.h.t, err)
	return d
}

// TestStepRootsMatchCommits: the root StepRoot gives after each step (block starts,
// deposits, transfers, withdrawals, an MLSC's creation and stake, a failed transaction in
// between) is the root a full Commit gives there; and the trace a batch publishes (Steps)
// rebuilds exactly the Tracer's leaves (BatchLeaves), whose last withdrawal tree is the
// batch's withdrawal root.
func TestStepRootsMatchCommits(t *testing.T) {
	c := newTracedChain(t)
	h := c.h
	c.block(c.deposit("alice", 10_000))
	c.block(c.deposit("bob", 5_000), h.sign("alice", &Transfer{Nonce: 0, To: h.addr("bob"), Amount: uint256.NewInt(7)}),
		h.sign("alice", &Transfer{Nonce: 5, To: h.addr("bob"), Amount: uint256.NewInt(7)}), // bad nonce: fails on both
		h.sign("bob", &Withdraw{Nonce: 0, To: h.addr("bob"), Amount: uint256.NewInt(3)}))
	c.block()
	c.block(h.sign("bob", &Stake{Nonce: 1, Amount: uint256.NewInt(100)}),
		h.sign("alice", &CreateMLSC{Nonce: 1, Spec: testSpec(), Bounty: uint256.NewInt(300)}),
		h.sign("alice", &Withdraw{Nonce: 2, To: h.addr("carol"), Amount: uint256.NewInt(4)}),
		h.sign("alice", &Transfer{Nonce: 3, To: h.addr("alice"), Amount: uint256.NewInt(1)}))

	leaves := c.tr.Leaves()
	require.Len(t, leaves, len(c.want))
	require.Equal(t, StepCount(c.blocks), len(leaves))
	for i := range leaves {
		require.Equal(t, c.want[i], leaves[i].Root, "step %d", i)
	}
	batch := &Batch{Index: 3, Blocks: c.blocks, Trace: c.tr.Steps()}
	rebuilt, err := BatchLeaves(batch)
	require.NoError(t, err)
	require.Equal(t, leaves, rebuilt)
	wroot, err := WithdrawalRoot(h.cfg, c.traced, 0, 2)
	require.NoError(t, err)
	require.Equal(t, wroot, leaves[len(leaves)-1].Withdrawals.Root())

	// The batch goes through its encoding with the trace.
	data, err := batch.Encode()
	require.NoError(t, err)
	dec, err := DecodeBatch(data)
	require.NoError(t, err)
	require.Equal(t, batch.Trace, dec.Trace)
	again, err := BatchLeaves(dec)
	require.NoError(t, err)
	require.Equal(t, leaves, again)

	// BuildBatchHeader commits to the trace, and refuses one that ends elsewhere.
	cont := &BatchContents{Index: 3, Data: data, StateRoot: c.traced.Root(), NextWithdrawal: 2, Steps: leaves}
	hdr, err := BuildBatchHeader(h.cfg, c.traced, cont)
	require.NoError(t, err)
	require.Equal(t, StepTreeRoot(LeafHashes(leaves)), hdr.StepRoot)
	require.Equal(t, uint64(len(leaves)), hdr.StepCount)
	bad := append([]StepLeaf(nil), leaves...)
	bad[len(bad)-1].Root = common.Hash{1}
	cont.Steps = bad
	_, err = BuildBatchHeader(h.cfg, c.traced, cont)
	require.ErrorIs(t, err, ErrTrace)
	cont.Steps, cont.NextWithdrawal = leaves, 1
	_, err = BuildBatchHeader(h.cfg, c.traced, cont)
	require.ErrorIs(t, err, ErrTrace)
}

// TestTraceStepSize: TraceStepSize is the encoded size of a step with and without a
// withdrawal (the sequencer sizes blocks and batches with it).
func TestTraceStepSize(t *testing.T) {
	w := common.Hash{0xff}
	for _, ts := range []TraceStep{{Root: common.Hash{1}}, {Root: common.Hash{1}, Withdrawal: &w}, {Withdrawal: &common.Hash{}}} {
		enc, err := rlp.EncodeToBytes(&ts)
		require.NoError(t, err)
		require.Len(t, enc, TraceStepSize(ts.Withdrawal != nil))
	}
}

// sampleTracedBatch is a fixed batch: two blocks of sampleTxs and a made-up trace.
func sampleTracedBatch(t testing.TB) *Batch {
	txs := sampleTxs(t)
	b1 := &Block{Header: Header{Number: 1, TxHash: TxListHash(txs[:3])}, Txs: txs[:3]}
	b2 := &Block{Header: Header{Number: 2, ParentHash: b1.Hash(), TxHash: TxListHash(txs[3:])}, Txs: txs[3:]}
	return withTrace(&Batch{Index: 4, Blocks: []*Block{b1, b2}})
}

// withTrace gives b a made-up trace of one step per step (step 3 made a withdrawal).
func withTrace(b *Batch) *Batch {
	b.Trace = nil
	for i := range StepCount(b.Blocks) {
		ts := TraceStep{Root: crypto.Keccak256Hash([]byte{byte(i)})}
		if i == 3 {
			w := crypto.Keccak256Hash([]byte("withdrawal"))
			ts.Withdrawal = &w
		}
		b.Trace = append(b.Trace, ts)
	}
	return b
}

// v3 lays out a version-3 batch by hand from its parts: the inputs section (each input with
// its prefix) and the tail.
func v3(t testing.TB, inputs [][]byte, tail any) []byte {
	out := []byte{BatchVersion, 0, 0, 0, 0}
	for _, in := range inputs {
		out = binary.BigEndian.AppendUint32(out, uint32(len(in)))
		out = append(out, in...)
	}
	binary.BigEndian.PutUint32(out[1:5], uint32(len(out)-5))
	enc, err := rlp.EncodeToBytes(tail)
	require.NoError(t, err)
	return append(out, enc...)
}

// TestBatchLayout: a batch encodes as docs/formats.md says (hand-built bytes equal Encode's),
// its leaves' offsets and lengths point at their inputs' bytes with the prefix before them,
// leaf 0 starts at FirstStepOffset, each next one a prefix after the one before ends, and the
// last ends the step inputs; every inconsistency between the inputs, the headers and the
// trace is refused, and so are versions 1 and 2 (RLP lists).
func TestBatchLayout(t *testing.T) {
	b := sampleTracedBatch(t)
	inputs := StepInputs(b.Blocks)
	headers := []Header{b.Blocks[0].Header, b.Blocks[1].Header}
	tail := func(h []Header, trace []TraceStep) *batchTail { return &batchTail{Index: 4, Headers: h, Trace: trace} }
	data, err := b.Encode()
	require.NoError(t, err)
	require.Equal(t, v3(t, inputs, tail(headers, b.Trace)), data)
	leaves, err := BatchLeaves(b)
	require.NoError(t, err)
	require.Len(t, leaves, len(inputs))
	end := StepInputsStart + binary.BigEndian.Uint32(data[1:5])
	for i, l := range leaves {
		require.Equal(t, inputs[i], data[l.Offset:l.Offset+l.Length], "leaf %d", i)
		require.Equal(t, l.Length, binary.BigEndian.Uint32(data[l.Offset-StepPrefixSize:]), "leaf %d's prefix", i)
		require.Equal(t, crypto.Keccak256Hash(inputs[i]), l.Input)
		if i == 0 {
			require.Equal(t, uint32(FirstStepOffset), l.Offset)
		} else {
			require.Equal(t, leaves[i-1].Offset+leaves[i-1].Length+StepPrefixSize, l.Offset)
		}
	}
	last := leaves[len(leaves)-1]
	require.Equal(t, end, last.Offset+last.Length)

	tx := inputs[1]
	swapped := slices.Clone(inputs)
	swapped[1], swapped[2] = swapped[2], swapped[1]
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"version 2 (an RLP list)", func() []byte {
			out, err := rlp.EncodeToBytes([]any{uint8(2), uint64(4), []any{}, b.Trace})
			require.NoError(t, err)
			return out
		}()},
		{"version 4", append([]byte{4}, data[1:]...)},
		{"short", data[:4]},
		{"section past the data", func() []byte {
			out := slices.Clone(data)
			binary.BigEndian.PutUint32(out[1:5], uint32(len(data)))
			return out
		}()},
		{"section a byte short", func() []byte {
			out := slices.Clone(data)
			binary.BigEndian.PutUint32(out[1:5], end-StepInputsStart-1)
			return out
		}()},
		{"a step short", v3(t, inputs, tail(headers, b.Trace[1:]))},
		{"a step too many", v3(t, inputs, tail(headers, append(slices.Clone(b.Trace), TraceStep{})))},
		{"no headers", v3(t, nil, tail(nil, nil))},
		{"a header without its block start", v3(t, inputs[:4], tail(headers, b.Trace[:4]))},
		{"a block start without its header", v3(t, inputs, tail(headers[:1], b.Trace))},
		{"a transaction first", v3(t, append([][]byte{tx}, inputs...), tail(headers, append(slices.Clone(b.Trace), TraceStep{})))},
		{"a block start not its header's", func() []byte {
			in := slices.Clone(inputs)
			h := headers[0]
			h.Time++
			in[0] = BeginStepInput(&h)
			return v3(t, in, tail(headers, b.Trace))
		}()},
		{"transactions reordered (tx hash)", v3(t, swapped, tail(headers, b.Trace))},
		{"a transaction that does not decode", func() []byte {
			in := slices.Clone(inputs)
			in[1] = []byte{0xff, 1, 2}
			return v3(t, in, tail(headers, b.Trace))
		}()},
		{"an input over MaxTxSize", func() []byte {
			in := slices.Clone(inputs)
			in[1] = make([]byte, MaxTxSize+1)
			in[1][0] = 1
			return v3(t, in, tail(headers, b.Trace))
		}()},
		{"an empty input", func() []byte {
			in := append(slices.Clone(inputs[:1]), []byte{})
			return v3(t, append(in, inputs[1:]...), tail(headers, append(slices.Clone(b.Trace), TraceStep{})))
		}()},
		{"a prefix past the section", func() []byte {
			out := slices.Clone(data)
			binary.BigEndian.PutUint32(out[last.Offset-StepPrefixSize:], last.Length+1)
			return out
		}()},
		{"trailing bytes", append(slices.Clone(data), 0)},
		{"short withdrawal leaf", func() []byte {
			type stepRLP struct {
				Root common.Hash
				W    []byte
			}
			steps := make([]stepRLP, len(b.Trace))
			steps[0].W = []byte{1, 2, 3}
			return v3(t, inputs, []any{uint64(4), headers, steps})
		}()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeBatch(tc.data)
			require.ErrorIs(t, err, ErrBatch)
		})
	}
	_, err = (&Batch{Index: 4, Blocks: b.Blocks}).Encode()
	require.ErrorIs(t, err, ErrBatch, "a batch without a trace")
}

// TestBatchGolden pins the version-3 batch encoding (docs/formats.md).
func TestBatchGolden(t *testing.T) {
	data, err := sampleTracedBatch(t).Encode()
	require.NoError(t, err)
	path := filepath.Join("testdata", "batch_v3.golden")
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(hex.EncodeToString(data)+"\n"), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	raw, err := hex.DecodeString(strings.TrimSpace(string(want)))
	require.NoError(t, err)
	require.True(t, bytes.Equal(raw, data), "the version-3 batch encoding changed")
	dec, err := DecodeBatch(raw)
	require.NoError(t, err)
	require.Equal(t, sampleTracedBatch(t).Trace, dec.Trace)
}
