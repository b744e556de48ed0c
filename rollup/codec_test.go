package rollup

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
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
		{"bad body", []byte{1, 0xc1, 0x01}, ErrTxEncoding},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeTx(tc.in)
			require.ErrorIs(t, err, tc.want)
		})
	}
}

func TestBatchRoundTrip(t *testing.T) {
	txs := sampleTxs(t)
	b1 := &Block{Header: Header{Number: 1, TxHash: TxListHash(txs[:3])}, Txs: txs[:3]}
	b2 := &Block{Header: Header{Number: 2, ParentHash: b1.Hash(), TxHash: TxListHash(txs[3:])}, Txs: txs[3:]}
	batch := &Batch{Index: 4, Blocks: []*Block{b1, b2}}
	data, err := batch.Encode()
	require.NoError(t, err)
	dec, err := DecodeBatch(data)
	require.NoError(t, err)
	require.Equal(t, uint64(4), dec.Index)
	require.Equal(t, b2.Hash(), dec.Blocks[1].Hash())
	again, err := dec.Encode()
	require.NoError(t, err)
	require.Equal(t, data, again)

	broken := &Batch{Index: 4, Blocks: []*Block{b2, b1}}
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
	data, _ := (&Batch{Index: 1, Blocks: []*Block{b1}}).Encode()
	f.Add(data)
	f.Fuzz(func(t *testing.T, b []byte) {
		batch, err := DecodeBatch(b)
		if err != nil {
			return
		}
		again, err := batch.Encode()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("decoded batch re-encodes differently: %v", err)
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
