package rollup

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// forced wraps raw as the next forced entry of h's state, queued on L1 by from.
func (h *harness) forced(raw []byte) *Tx {
	h.t.Helper()
	tx, err := NewForced(&Forced{Index: h.s.Globals().ForcedConsumed, From: common.Address{0xf0}, Tx: raw})
	require.NoError(h.t, err)
	return tx
}

// TestForcedEntries: every entry in queue order is consumed; its inner
// transaction applies when valid, and otherwise its failure is on the
// receipt and nothing else changes.
func TestForcedEntries(t *testing.T) {
	h := newHarness(t)
	h.fund("alice", 1000)
	dep, err := NewDeposit(&Deposit{L1Nonce: 1, From: h.addr("carol"), To: h.addr("carol"), Amount: uint256.NewInt(1 << 40)})
	require.NoError(t, err)
	otherChain, err := SignTx(&Transfer{Nonce: 0, To: h.addr("bob"), Amount: uint256.NewInt(1)}, testChainID+1, h.keys["alice"])
	require.NoError(t, err)
	inner, err := NewForced(&Forced{Index: 5, Tx: h.sign("alice", &Transfer{Nonce: 0, To: h.addr("bob"), Amount: uint256.NewInt(1)}).Encode()})
	require.NoError(t, err)
	for _, tc := range []struct {
		name    string
		raw     func() []byte
		applied bool
		want    error // the recorded failure
	}{
		{"transfer", func() []byte {
			return h.sign("alice", &Transfer{Nonce: h.nonce("alice"), To: h.addr("bob"), Amount: uint256.NewInt(10)}).Encode()
		}, true, nil},
		{"withdrawal", func() []byte {
			return h.sign("alice", &Withdraw{Nonce: h.nonce("alice"), To: h.addr("carol"), Amount: uint256.NewInt(100)}).Encode()
		}, true, nil},
		{"stale nonce", func() []byte {
			return h.sign("alice", &Transfer{Nonce: 0, To: h.addr("bob"), Amount: uint256.NewInt(10)}).Encode()
		}, false, ErrNonce},
		{"overdraft", func() []byte {
			return h.sign("alice", &Transfer{Nonce: h.nonce("alice"), To: h.addr("bob"), Amount: uint256.NewInt(1 << 20)}).Encode()
		}, false, ErrBalance},
		{"garbage", func() []byte { return []byte{0xde, 0xad} }, false, ErrTxType},
		{"empty", func() []byte { return nil }, false, ErrTxEncoding},
		{"unsigned deposit mints nothing", func() []byte { return dep.Encode() }, false, ErrForcedInner},
		{"forced inside forced", func() []byte { return inner.Encode() }, false, ErrForcedInner},
		{"another chain's transaction", func() []byte { return otherChain.Encode() }, false, ErrChainID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g0, alice0 := h.s.Globals(), h.s.Account(h.addr("alice"))
			raw := tc.raw()
			require.NoError(t, h.block(h.forced(raw))[0])
			rc := h.receipts[0]
			require.Equal(t, "forced", rc.Type)
			require.NotNil(t, rc.Forced)
			require.Equal(t, g0.ForcedConsumed, rc.Forced.Index)
			g1 := h.s.Globals()
			require.Equal(t, g0.ForcedConsumed+1, g1.ForcedConsumed, "the entry is consumed")
			if tc.applied {
				require.Empty(t, rc.Forced.Error)
				require.Equal(t, h.addr("alice"), rc.From)
				require.Equal(t, alice0.Nonce+1, h.nonce("alice"))
				return
			}
			require.Contains(t, rc.Forced.Error, tc.want.Error())
			require.Equal(t, alice0, h.s.Account(h.addr("alice")), "a failed entry changes no account")
			require.Equal(t, g0.DepositsConsumed, g1.DepositsConsumed)
			require.Equal(t, g0.NextWithdrawal, g1.NextWithdrawal)
			require.True(t, h.s.Account(h.addr("carol")).Balance.IsZero(), "the forced deposit credited nothing")
		})
	}
	w, ok := h.s.Withdrawal(0)
	require.True(t, ok, "the forced withdrawal is in the state, for L1")
	require.Equal(t, h.addr("carol"), w.To)
	require.Equal(t, uint64(100), w.Amount.Uint64())
	require.Equal(t, uint64(890), h.s.Account(h.addr("alice")).Balance.Uint64())
}

// TestForcedOrder: an entry out of queue order is rejected and changes
// nothing; the STF never skips one.
func TestForcedOrder(t *testing.T) {
	h := newHarness(t)
	raw := h.sign("alice", &Transfer{Nonce: 0, To: h.addr("bob"), Amount: uint256.NewInt(1)}).Encode()
	for _, idx := range []uint64{1, 7} {
		tx, err := NewForced(&Forced{Index: idx, Tx: raw})
		require.NoError(t, err)
		before := h.s.Globals()
		require.ErrorIs(t, h.block(tx)[0], ErrForcedOrder)
		require.Equal(t, before.ForcedConsumed, h.s.Globals().ForcedConsumed)
	}
	require.NoError(t, h.block(h.forced(raw))[0])
	require.NoError(t, h.block(h.forced(raw))[0], "a repeated entry is consumed as a failure")
	require.Equal(t, uint64(2), h.s.Globals().ForcedConsumed)
	tx, err := NewForced(&Forced{Index: 1, Tx: raw})
	require.NoError(t, err)
	require.ErrorIs(t, h.block(tx)[0], ErrForcedOrder, "an entry is consumed once")
}

// TestForcedNotSigned: a forced entry has no sender (so the sequencer's
// admission, which recovers one, refuses it from users), cannot be signed,
// and round-trips through the codec.
func TestForcedNotSigned(t *testing.T) {
	h := newHarness(t)
	tx := h.forced([]byte{1, 2, 3})
	_, err := tx.Sender(testChainID)
	require.ErrorIs(t, err, ErrTxType)
	_, err = SignTx(&Forced{Index: 0, Tx: []byte{1}}, testChainID, h.keys["alice"])
	require.ErrorIs(t, err, ErrTxType)
	dec, err := DecodeTx(tx.Encode())
	require.NoError(t, err)
	require.Equal(t, tx.Hash(), dec.Hash())
	require.Equal(t, uint64(0), dec.ChainID())
	// A signature appended to a forced entry is trailing garbage.
	_, err = DecodeTx(append(tx.Encode(), make([]byte, 65)...))
	require.ErrorIs(t, err, ErrTxEncoding)
}

// TestForcedMaxSize: an entry of MaxForcedTxSize bytes (what L1 accepts at
// most, Rollup.MAX_FORCED_TX_SIZE) makes a Forced transaction within
// MaxTxSize that decodes.
func TestForcedMaxSize(t *testing.T) {
	raw := bytes.Repeat([]byte{0xff}, MaxForcedTxSize)
	tx, err := NewForced(&Forced{Index: ^uint64(0), From: common.Address{0xff}, Tx: raw})
	require.NoError(t, err)
	require.LessOrEqual(t, tx.EncodedSize(), MaxTxSize)
	_, err = DecodeTx(tx.Encode())
	require.NoError(t, err)
}

// TestGlobalsEncodingUnchanged: without forced entries the globals encode
// as before ForcedConsumed existed, so existing chains keep their roots.
func TestGlobalsEncodingUnchanged(t *testing.T) {
	type globalsV1 struct {
		Height, Time, L1Number uint64
		L1Hash                 common.Hash
		NextMLSC               uint64
		DepositsConsumed       uint64
		NextWithdrawal         uint64
		Issued                 *uint256.Int
	}
	g := Globals{Height: 3, Time: 4, L1Number: 5, L1Hash: common.Hash{6}, NextMLSC: 7, DepositsConsumed: 8, NextWithdrawal: 9, Issued: uint256.NewInt(10)}
	old, err := rlp.EncodeToBytes(&globalsV1{3, 4, 5, common.Hash{6}, 7, 8, 9, uint256.NewInt(10)})
	require.NoError(t, err)
	now, err := rlp.EncodeToBytes(&g)
	require.NoError(t, err)
	require.Equal(t, old, now)
	g.ForcedConsumed = 1
	now, err = rlp.EncodeToBytes(&g)
	require.NoError(t, err)
	require.NotEqual(t, old, now)
	var back Globals
	require.NoError(t, rlp.DecodeBytes(now, &back))
	require.Equal(t, uint64(1), back.ForcedConsumed)
}

// FuzzForced applies arbitrary queued bytes as a forced entry: it is always
// consumed, never panics, and a failure changes nothing but the counter.
func FuzzForced(f *testing.F) {
	h := newHarness(&testing.T{})
	h.fund("alice", 1000)
	f.Add(h.sign("alice", &Transfer{Nonce: 0, To: h.addr("bob"), Amount: uint256.NewInt(10)}).Encode())
	f.Add(h.sign("alice", &Withdraw{Nonce: 0, To: h.addr("bob"), Amount: uint256.NewInt(10)}).Encode())
	f.Add([]byte{byte(TxDeposit), 0xc0})
	f.Add([]byte{byte(TxForced), 0xc3, 0x80, 0x80, 0x80})
	f.Fuzz(func(t *testing.T, raw []byte) {
		h.t = t
		g0, alice0, bob0 := h.s.Globals(), h.s.Account(h.addr("alice")), h.s.Account(h.addr("bob"))
		require.NoError(t, h.block(h.forced(raw))[0])
		g1 := h.s.Globals()
		require.Equal(t, g0.ForcedConsumed+1, g1.ForcedConsumed, "every entry is consumed")
		require.Equal(t, g0.DepositsConsumed, g1.DepositsConsumed, "no entry credits a deposit")
		if h.receipts[0].Forced.Error != "" {
			require.Equal(t, alice0, h.s.Account(h.addr("alice")))
			require.Equal(t, bob0, h.s.Account(h.addr("bob")))
			require.Equal(t, g0.NextWithdrawal, g1.NextWithdrawal)
		}
	})
}
