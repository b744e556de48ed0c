package rollup

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

func sampleTxs(t testing.TB) []*Tx {
	key, _ := crypto.HexToECDSA("b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291")
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	datas := []TxData{
		&Transfer{Nonce: 1, To: to, Amount: uint256.NewInt(5)},
		&Withdraw{Nonce: 2, To: to, Amount: uint256.NewInt(7)},
		&CreateMLSC{Nonce: 3, Spec: testSpec(), Bounty: uint256.NewInt(100)},
		&Stake{Nonce: 4, Amount: uint256.NewInt(1)},
		&Unstake{Nonce: 5, Amount: uint256.NewInt(1)},
		&Commit{Nonce: 6, MLSC: 1, Round: 2, Commitment: common.Hash{1}},
		&Reveal{Nonce: 7, MLSC: 1, Round: 2, CheckpointCID: []byte{1}, TraceCID: []byte{2}, ClaimedLossSum: 9},
		&LossProof{Nonce: 8, MLSC: 1, Round: 2, Proof: bytes.Repeat([]byte{3}, 256)},
	}
	var txs []*Tx
	for _, d := range datas {
		tx, err := SignTx(d, testChainID, key)
		require.NoError(t, err)
		txs = append(txs, tx)
	}
	dep, err := NewDeposit(&Deposit{L1Nonce: 0, From: to, To: to, Amount: uint256.NewInt(1)})
	require.NoError(t, err)
	return append(txs, dep)
}

func TestTxRoundTrip(t *testing.T) {
	for _, tx := range sampleTxs(t) {
		t.Run(tx.Type().String(), func(t *testing.T) {
			dec, err := DecodeTx(tx.Encode())
			require.NoError(t, err)
			require.Equal(t, tx.Hash(), dec.Hash())
			require.Equal(t, tx.Encode(), dec.Encode())
			want, err := tx.Sender(testChainID)
			require.NoError(t, err)
			got, err := dec.Sender(testChainID)
			require.NoError(t, err)
			require.Equal(t, want, got)
		})
	}
}

func TestDecodeTxErrors(t *testing.T) {
	good := sampleTxs(t)[0].Encode()
	for _, tc := range []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrTxEncoding},
		{"unknown type", append([]byte{0x7f}, good[1:]...), ErrTxType},
		{"short signature", good[:len(good)-1], ErrTxEncoding},
		{"trailing bytes", append(bytes.Clone(good), 0), ErrTxEncoding},
		{"too large", make([]byte, MaxTxSize+1), ErrTxTooLarge},
		{"bad body", append([]byte{1, 0, 0, 0, 0, 0, 0, 0x1e, 0x61}, 0xc1, 0x01), ErrTxEncoding},
		{"no chain id", []byte{1, 0, 0, 0}, ErrTxEncoding},
		{"chain id cut", good[:1+chainIDLen-1], ErrTxEncoding},
		{"no body", good[:1+chainIDLen+1], ErrTxEncoding},
		{"no fee cap", good[:1+chainIDLen], ErrTxEncoding},
		{"fee cap a list", append(append(bytes.Clone(good[:1+chainIDLen]), 0xc0), good[1+chainIDLen+1:]...), ErrTxEncoding},
		{"fee cap with a leading zero", append(append(bytes.Clone(good[:1+chainIDLen]), 0x82, 0x00, 0x05), good[1+chainIDLen+1:]...), ErrTxEncoding},
		{"fee cap byte prefixed", append(append(bytes.Clone(good[:1+chainIDLen]), 0x81, 0x05), good[1+chainIDLen+1:]...), ErrTxEncoding},
		{"fee cap over 256 bits", append(append(bytes.Clone(good[:1+chainIDLen]), append([]byte{0xa1}, bytes.Repeat([]byte{1}, 33)...)...), good[1+chainIDLen+1:]...), ErrTxEncoding},
		{"deposit with chain id", append([]byte{byte(TxDeposit), 0, 0, 0, 0, 0, 0, 0x1e, 0x61}, sampleTxs(t)[8].Encode()[1:]...), ErrTxEncoding},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeTx(tc.in)
			require.ErrorIs(t, err, tc.want)
		})
	}
}

// TestFeeCapEnvelope: a signed transaction's fee cap travels in its
// envelope, round trips, and is covered by the signature (changing it
// changes the hash and the recovered sender); a zero cap is one byte.
func TestFeeCapEnvelope(t *testing.T) {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	body := &Transfer{Nonce: 1, To: common.Address{2}, Amount: uint256.NewInt(3)}
	none, err := SignTx(body, testChainID, key)
	require.NoError(t, err)
	capped, err := SignTxCap(body, testChainID, uint256.NewInt(2_000_000_000), key)
	require.NoError(t, err)
	require.True(t, none.FeeCap().IsZero())
	require.Equal(t, byte(0x80), none.Encode()[1+chainIDLen], "no cap is the empty string")
	require.Equal(t, none.EncodedSize()+4, capped.EncodedSize(), "a 4-byte cap")
	dec, err := DecodeTx(capped.Encode())
	require.NoError(t, err)
	require.Equal(t, uint64(2_000_000_000), dec.FeeCap().Uint64())
	require.NotEqual(t, SigningHash(none, testChainID), SigningHash(capped, testChainID))
	small, err := SignTxCap(body, testChainID, uint256.NewInt(5), key) // a one-byte RLP item
	require.NoError(t, err)
	dec, err = DecodeTx(small.Encode())
	require.NoError(t, err)
	require.Equal(t, uint64(5), dec.FeeCap().Uint64())
	got, err := dec.Sender(testChainID)
	require.NoError(t, err)
	require.Equal(t, from, got)
	// Raise the cap without re-signing: another sender (or none) recovers.
	raw := capped.Encode()
	raw[1+chainIDLen+1]++
	forged, err := DecodeTx(raw)
	require.NoError(t, err)
	if got, err := forged.Sender(testChainID); err == nil {
		require.NotEqual(t, from, got, "the signature covers the cap")
	}
}

var update = flag.Bool("update", false, "rewrite the golden files")

// TestTxGolden pins the canonical encoding of every transaction type, the
// chain id included: a change of the encoding changes every hash and must
// be deliberate.
func TestTxGolden(t *testing.T) {
	var b strings.Builder
	for _, tx := range sampleTxs(t) {
		fmt.Fprintf(&b, "%s %x\n", tx.Type(), tx.Encode())
	}
	path := filepath.Join("testdata", "txs.golden")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, string(want), b.String())
	for _, line := range strings.Split(strings.TrimSpace(string(want)), "\n") {
		_, enc, _ := strings.Cut(line, " ")
		raw, err := hex.DecodeString(enc)
		require.NoError(t, err)
		tx, err := DecodeTx(raw)
		require.NoError(t, err, line)
		require.Equal(t, raw, tx.Encode())
		require.Equal(t, len(raw), tx.EncodedSize())
	}
}

// TestChainID: a transaction carries the chain id it is signed for, and any
// other chain refuses it with ErrChainID naming both ids, before recovering
// a sender. Changing the encoded id breaks the signature.
func TestChainID(t *testing.T) {
	key, _ := crypto.HexToECDSA("b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291")
	want := crypto.PubkeyToAddress(key.PublicKey)
	tx, err := SignTx(&Transfer{Nonce: 1, To: common.Address{1}, Amount: uint256.NewInt(5)}, 99, key)
	require.NoError(t, err)
	dec, err := DecodeTx(tx.Encode())
	require.NoError(t, err)
	require.Equal(t, uint64(99), dec.ChainID())
	from, err := dec.Sender(99)
	require.NoError(t, err)
	require.Equal(t, want, from)
	for _, other := range []uint64{0, 98, 100, 1 << 63} {
		_, err = dec.Sender(other)
		require.ErrorIs(t, err, ErrChainID)
		require.ErrorContains(t, err, fmt.Sprintf("signed for chain 99, this chain is %d", other))
		_, err = tx.Sender(other) // the signer's cached address does not bypass the check
		require.ErrorIs(t, err, ErrChainID)
	}

	// Rewriting the id in the encoding: the new chain accepts the id but the
	// signature recovers someone else.
	raw := tx.Encode()
	raw[chainIDLen] = 100
	forged, err := DecodeTx(raw)
	require.NoError(t, err)
	require.NoError(t, forged.CheckChainID(100))
	if from, err := forged.Sender(100); err == nil {
		require.NotEqual(t, want, from)
	}

	dep := sampleTxs(t)[8]
	require.Equal(t, TxDeposit, dep.Type())
	require.NoError(t, dep.CheckChainID(12345), "deposits are not signed for a chain")
}

func TestBatchRoundTrip(t *testing.T) {
	txs := sampleTxs(t)
	b1 := &Block{Header: Header{Number: 1, TxHash: TxListHash(txs[:3])}, Txs: txs[:3]}
	b2 := &Block{Header: Header{Number: 2, ParentHash: b1.Hash(), TxHash: TxListHash(txs[3:])}, Txs: txs[3:]}
	batch := withTrace(&Batch{Index: 4, Blocks: []*Block{b1, b2}})
	data, err := batch.Encode()
	require.NoError(t, err)
	dec, err := DecodeBatch(data)
	require.NoError(t, err)
	require.Equal(t, uint64(4), dec.Index)
	require.Equal(t, b2.Hash(), dec.Blocks[1].Hash())
	again, err := dec.Encode()
	require.NoError(t, err)
	require.Equal(t, data, again)

	require.Equal(t, batch.Trace, dec.Trace)
	for i, blk := range batch.Blocks {
		require.Equal(t, blk.Header, dec.Blocks[i].Header)
		require.Equal(t, len(blk.Txs), len(dec.Blocks[i].Txs))
		for j, tx := range blk.Txs {
			require.Equal(t, tx.Encode(), dec.Blocks[i].Txs[j].Encode())
		}
	}

	broken := withTrace(&Batch{Index: 4, Blocks: []*Block{b2, b1}})
	data, err = broken.Encode()
	require.NoError(t, err)
	_, err = DecodeBatch(data)
	require.ErrorIs(t, err, ErrBatch)
}

func FuzzDecodeTx(f *testing.F) {
	for _, tx := range sampleTxs(f) {
		f.Add(tx.Encode())
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		tx, err := DecodeTx(b)
		if err != nil {
			return
		}
		if !bytes.Equal(tx.Encode(), b) {
			t.Fatalf("decoded tx re-encodes differently")
		}
		_, _ = tx.Sender(testChainID)
	})
}

func FuzzDecodeBatch(f *testing.F) {
	txs := sampleTxs(f)
	b1 := &Block{Header: Header{Number: 1, TxHash: TxListHash(txs)}, Txs: txs}
	data, _ := withTrace(&Batch{Index: 1, Blocks: []*Block{b1}}).Encode()
	f.Add(data)
	traced, _ := sampleTracedBatch(f).Encode()
	f.Add(traced)
	f.Fuzz(func(t *testing.T, b []byte) {
		batch, err := DecodeBatch(b)
		if err != nil {
			return
		}
		again, err := batch.Encode()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("decoded batch re-encodes differently: %v", err)
		}
		leaves, err := BatchLeaves(batch)
		if err != nil {
			t.Fatalf("a decoded batch has no leaves: %v", err)
		}
		for i, l := range leaves { // each leaf's offset and length point at its input's bytes
			if uint64(l.Offset)+uint64(l.Length) > uint64(len(b)) || crypto.Keccak256Hash(b[l.Offset:l.Offset+l.Length]) != l.Input {
				t.Fatalf("leaf %d does not point at its input", i)
			}
		}
	})
}

func FuzzDecodeBlock(f *testing.F) {
	txs := sampleTxs(f)
	data, _ := (&Block{Header: Header{Number: 1, TxHash: TxListHash(txs)}, Txs: txs}).Encode()
	f.Add(data)
	f.Fuzz(func(t *testing.T, b []byte) {
		blk, err := DecodeBlock(b)
		if err != nil {
			return
		}
		if again, err := blk.Encode(); err != nil || !bytes.Equal(again, b) {
			t.Fatalf("decoded block re-encodes differently: %v", err)
		}
	})
}

// BenchmarkDecodeTx decodes a signed transfer: the per-transaction work of
// admission besides signature recovery.
func BenchmarkDecodeTx(b *testing.B) {
	raw := sampleTxs(b)[0].Encode()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeTx(raw); err != nil {
			b.Fatal(err)
		}
	}
}

func TestValidSignatureValues(t *testing.T) {
	n := crypto.S256().Params().N
	half := new(big.Int).Rsh(n, 1)
	one := big.NewInt(1)
	for _, tc := range []struct {
		name string
		r, s *big.Int
		v    byte
	}{
		{"ok", one, one, 0},
		{"v1", one, one, 1},
		{"v2", one, one, 2},
		{"r zero", new(big.Int), one, 0},
		{"s zero", one, new(big.Int), 0},
		{"s half", one, half, 0},
		{"s half+1", one, new(big.Int).Add(half, one), 1},
		{"r n-1", new(big.Int).Sub(n, one), one, 0},
		{"r n", n, one, 0},
		{"r max", new(big.Int).Sub(new(big.Int).Lsh(one, 256), one), one, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sig := make([]byte, 65)
			tc.r.FillBytes(sig[:32])
			tc.s.FillBytes(sig[32:64])
			sig[64] = tc.v
			require.Equal(t, crypto.ValidateSignatureValues(tc.v, tc.r, tc.s, true), validSignatureValues(sig))
		})
	}
}

// TestBlockSize: Block.Size and BlockSizer agree with what a block adds to a batch's
// encoding and are at least its own encoding, a block filled until Fits says no stays within
// MaxBlockSize and fits a batch on its own (with its trace), and DecodeBlock and ApplyBlock
// refuse a bigger one.
func TestBlockSize(t *testing.T) {
	key, _ := crypto.HexToECDSA("b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291")
	sign := func(d TxData) *Tx {
		tx, err := SignTx(d, testChainID, key)
		require.NoError(t, err)
		return tx
	}
	hdr := Header{Number: 1 << 40, Time: 1 << 33, L1Number: 1 << 30}
	// batchBytes is what a batch of b alone takes besides its trace and framing.
	batchBytes := func(b *Block) int {
		data, err := withTrace(&Batch{Index: 1, Blocks: []*Block{b}}).Encode()
		require.NoError(t, err)
		hs, err := rlp.EncodeToBytes(&b.Header)
		require.NoError(t, err)
		end := StepInputsStart + int(binary.BigEndian.Uint32(data[1:5]))
		return end - StepInputsStart + len(hs)
	}
	for _, txs := range [][]*Tx{nil, sampleTxs(t)[:1], sampleTxs(t),
		{sign(&LossProof{Proof: make([]byte, 40)})}, {sign(&LossProof{Proof: make([]byte, 300)})},
		{sign(&LossProof{Proof: make([]byte, MaxTxSize-200)})}} {
		b := &Block{Header: hdr, Txs: txs}
		enc, err := b.Encode()
		require.NoError(t, err)
		require.GreaterOrEqual(t, b.Size(), len(enc), "%d txs", len(txs))
		require.Equal(t, batchBytes(b), b.Size(), "%d txs", len(txs))
	}

	big := sign(&LossProof{Proof: make([]byte, MaxTxSize-200)})
	z := NewBlockSizer(&hdr)
	b := &Block{Header: hdr}
	for z.Fits(big) {
		z.Add(big)
		b.Txs = append(b.Txs, big)
	}
	small := sampleTxs(t)[0]
	for z.Fits(small) {
		z.Add(small)
		b.Txs = append(b.Txs, small)
	}
	b.Header.TxHash = TxListHash(b.Txs)
	enc, err := b.Encode()
	require.NoError(t, err)
	require.Equal(t, b.Size(), z.Size())
	require.LessOrEqual(t, z.Size(), MaxBlockSize)
	require.Greater(t, z.Size(), MaxBlockSize-small.EncodedSize()-StepPrefixSize, "the block is full")
	batch := withTrace(&Batch{Index: 1 << 60, Blocks: []*Block{b}})
	data, err := batch.Encode()
	require.NoError(t, err)
	traceBytes := 0
	for _, ts := range batch.Trace {
		traceBytes += TraceStepSize(ts.Withdrawal != nil)
	}
	require.LessOrEqual(t, len(data)-traceBytes, MaxBatchSize, "a full block fits a batch beside its trace")
	_, err = DecodeBlock(enc)
	require.NoError(t, err)

	over := &Block{Header: b.Header, Txs: append(b.Txs[:len(b.Txs):len(b.Txs)], small)}
	over.Header.TxHash = TxListHash(over.Txs)
	enc, err = over.Encode()
	require.NoError(t, err)
	require.Greater(t, over.Size(), MaxBlockSize)
	_, err = DecodeBlock(enc)
	require.ErrorIs(t, err, ErrBlock)
	cfg := &Config{ChainID: testChainID, MinStake: uint256.NewInt(1), RewardDivisor: 1, HalvingSeconds: 1, Verifier: hashVerifier{}}
	_, _, err = ApplyBlock(cfg, NewState(), over)
	require.ErrorIs(t, err, ErrBlock)
	require.ErrorContains(t, err, "bytes >")
}
