package sequencer

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcapi"
)

func TestReceiptEncoding(t *testing.T) {
	zero, seven := uint64(0), uint64(7)
	h := common.Hash{9}
	for _, rc := range []*rollup.Receipt{
		{TxHash: h, Type: "transfer", From: common.Address{1}, Height: 3, Index: 4},
		{TxHash: h, Type: "withdraw", From: common.Address{2}, Height: 5, Index: 0, Withdrawal: &zero},
		{TxHash: h, Type: "loss-proof", From: common.Address{3}, Height: 6, Index: 1, MLSC: &seven, Reward: uint256.NewInt(0),
			Proof: &rollup.AppliedProof{Circuit: common.Hash{5}, Digest: common.Hash{6}}},
		{TxHash: h, Type: "forced", From: common.Address{5}, Height: 8, Index: 0, Forced: &rollup.ForcedResult{Index: 3, Error: "bad nonce"}},
		{TxHash: h, Type: "create-mlsc", From: common.Address{4}, Height: 7, Index: 2, MLSC: &zero, Reward: uint256.NewInt(1e18)},
		{TxHash: h, Type: "transfer", From: common.Address{6}, Height: 9, Index: 0, Fee: uint256.NewInt(25e12)},
		{TxHash: h, Type: "loss-proof", From: common.Address{7}, Height: 9, Index: 1, MLSC: &seven, Reward: uint256.NewInt(9),
			Proof: &rollup.AppliedProof{Circuit: common.Hash{5}, Digest: common.Hash{6}}, ProverReward: uint256.NewInt(1)},
	} {
		t.Run(rc.Type, func(t *testing.T) {
			enc, err := encodeReceipt(rc)
			require.NoError(t, err)
			got, err := decodeReceipt(h, enc)
			require.NoError(t, err)
			require.Equal(t, rc, got)
			legacy, err := json.Marshal(rc)
			require.NoError(t, err)
			got, err = decodeReceipt(h, legacy)
			require.NoError(t, err)
			require.Equal(t, rc, got, "JSON receipts of older stores")
		})
	}
	// An RLP receipt written before Proof and Forced were stored decodes.
	old, err := rlp.EncodeToBytes([]any{"transfer", common.Address{1}, uint64(3), uint64(4), []uint64{}, []uint64{}, []uint256.Int{}})
	require.NoError(t, err)
	got, err := decodeReceipt(h, old)
	require.NoError(t, err)
	require.Equal(t, &rollup.Receipt{TxHash: h, Type: "transfer", From: common.Address{1}, Height: 3, Index: 4}, got)
}

// TestPendingLog checks that the pending log holds exactly the mempool:
// included transactions leave it with their block, a pending one with a
// nonce gap stays (and keeps its place) across restarts, and a log written
// by an older version keyed by hash is moved into it.
func TestPendingLog(t *testing.T) {
	dir := t.TempDir()
	keys := testKeys(2)
	to := crypto.PubkeyToAddress(keys[1].PublicKey)
	s := newTestSequencer(t, dir, funding(keys, 1000))
	ctx := context.Background()
	require.NoError(t, s.syncL1(ctx))
	_, err := s.ProduceBlock(ctx)
	require.NoError(t, err)
	gap := transfer(t, keys[0], 2, to, 1) // waits for nonce 1
	var raws [][]byte
	for _, tx := range []*rollup.Tx{transfer(t, keys[0], 0, to, 1), gap, transfer(t, keys[1], 0, to, 1)} {
		raws = append(raws, tx.Encode())
	}
	_, errs := s.SendTxs(ctx, raws)
	for _, err := range errs {
		require.NoError(t, err)
	}
	blk, err := s.ProduceBlock(ctx)
	require.NoError(t, err)
	require.Len(t, blk.Txs, 2)
	logged := func(s *Sequencer) []common.Hash {
		entries, err := s.store.Pending()
		require.NoError(t, err)
		var hs []common.Hash
		for _, e := range entries {
			hs = append(hs, e.Tx.Hash())
		}
		return hs
	}
	require.Equal(t, []common.Hash{gap.Hash()}, logged(s))
	require.NoError(t, s.Stop(ctx))

	// An older store's pending entry, keyed by hash, joins the log after it.
	late := transfer(t, keys[1], 1, to, 1)
	db, err := pebble.Open(dir, &pebble.Options{})
	require.NoError(t, err)
	require.NoError(t, db.Set(hkey(kPendingOld, late.Hash()), late.Encode(), pebble.Sync))
	require.NoError(t, db.Close())

	s = newTestSequencer(t, dir, nil)
	require.Equal(t, []common.Hash{gap.Hash(), late.Hash()}, logged(s))
	require.Equal(t, 2, s.pool.Len())
	_, err = s.SendTx(ctx, transfer(t, keys[0], 1, to, 1).Encode())
	require.NoError(t, err)
	blk, err = s.ProduceBlock(ctx)
	require.NoError(t, err)
	require.Len(t, blk.Txs, 3)
	require.Empty(t, logged(s))
	require.NoError(t, s.Stop(ctx))

	s = newTestSequencer(t, dir, nil)
	defer s.Stop(ctx)
	require.Zero(t, s.pool.Len())
	for _, tx := range blk.Txs {
		st, err := (&API{s: s}).GetTransactionStatus(tx.Hash())
		require.NoError(t, err)
		require.Equal(t, rpcapi.StatusIncluded, st.Status)
	}
}

// TestRejectedExpire checks that the store keeps the last RejectedMax
// rejection reasons and forgets older ones, that a transaction rejected
// again keeps its newer reason, that reasons of an older store (kept
// forever, keyed by hash alone) join the bounded log on open, and that a
// lowered limit applies on open.
func TestRejectedExpire(t *testing.T) {
	dir := t.TempDir()
	keys := testKeys(1)
	txs := make([]*rollup.Tx, 8)
	for i := range txs {
		txs[i] = transfer(t, keys[0], uint64(i), common.Address{1}, 1)
	}
	reason := func(i int) string { return fmt.Sprintf("reason %d", i) }
	kept := func(t *testing.T, st *Store, want ...int) {
		t.Helper()
		for i, tx := range txs {
			got, err := st.Rejected(tx.Hash())
			if slices.Contains(want, i) {
				require.NoError(t, err, "tx %d", i)
				require.Equal(t, reason(i), got)
			} else {
				require.ErrorIs(t, err, ErrNotFound, "tx %d: reason %q kept", i, got)
			}
		}
		n := 0
		it, err := st.db.NewIter(&pebble.IterOptions{LowerBound: []byte(kRejectedLog), UpperBound: []byte{kRejectedLog[0] + 1}})
		require.NoError(t, err)
		for it.First(); it.Valid(); it.Next() {
			n++
		}
		require.NoError(t, it.Close())
		require.LessOrEqual(t, uint64(n), st.RejectedMax(), "rejection log entries")
	}

	st, err := OpenStore(dir, StoreOptions{RejectedMax: 3})
	require.NoError(t, err)
	for i := range 5 {
		require.NoError(t, st.DropPending(Entry{Tx: txs[i], Seq: uint64(i)}, reason(i)))
	}
	kept(t, st, 2, 3, 4)
	// Rejected again, tx 2 outlives its first record's expiry.
	require.NoError(t, st.DropPending(Entry{Tx: txs[2], Seq: 9}, reason(2)))
	require.NoError(t, st.CommitBlock(&rollup.Block{Header: rollup.Header{Number: 1}}, &BlockMeta{}, nil, nil,
		PendingUpdate{Dropped: map[common.Hash]string{txs[5].Hash(): reason(5)}}))
	kept(t, st, 2, 4, 5)
	// More rejections in one write than the store keeps.
	require.NoError(t, st.AddPendings(nil, []Entry{{Tx: txs[0]}, {Tx: txs[1]}, {Tx: txs[6]}, {Tx: txs[7]}}))
	for _, i := range []int{6, 7} {
		got, err := st.Rejected(txs[i].Hash())
		require.NoError(t, err)
		require.Equal(t, "replaced", got)
	}
	require.NoError(t, st.Close())

	// An older store's reasons join the log and expire like the others.
	db, err := pebble.Open(dir, &pebble.Options{})
	require.NoError(t, err)
	require.NoError(t, db.DeleteRange([]byte(kRejected), []byte{kRejected[0] + 1}, pebble.Sync))
	require.NoError(t, db.DeleteRange([]byte(kRejectedLog), []byte{kRejectedLog[0] + 1}, pebble.Sync))
	for i := range 5 {
		require.NoError(t, db.Set(hkey(kRejectedOld, txs[i].Hash()), []byte(reason(i)), pebble.Sync))
	}
	require.NoError(t, db.Close())
	st, err = OpenStore(dir, StoreOptions{RejectedMax: 10})
	require.NoError(t, err)
	kept(t, st, 0, 1, 2, 3, 4)
	require.NoError(t, st.Close())
	st, err = OpenStore(dir, StoreOptions{RejectedMax: 2})
	require.NoError(t, err)
	defer st.Close()
	require.Len(t, logged(t, st), 2, "a lowered limit applies on open")
	for i := 5; i < 8; i++ {
		require.NoError(t, st.DropPending(Entry{Tx: txs[i]}, reason(i)))
	}
	kept(t, st, 6, 7)

	_, err = OpenStore(t.TempDir(), StoreOptions{RejectedMax: -1})
	require.ErrorContains(t, err, "negative")
}

// logged returns the hashes in the rejection log, oldest first.
func logged(t *testing.T, st *Store) []common.Hash {
	t.Helper()
	it, err := st.db.NewIter(&pebble.IterOptions{LowerBound: []byte(kRejectedLog), UpperBound: []byte{kRejectedLog[0] + 1}})
	require.NoError(t, err)
	defer it.Close()
	var hs []common.Hash
	for it.First(); it.Valid(); it.Next() {
		hs = append(hs, common.BytesToHash(it.Value()))
	}
	return hs
}

// TestTxStatusExpired checks that the status of a transaction whose
// rejection reason expired says so.
func TestTxStatusExpired(t *testing.T) {
	cfg := testConfig(t.TempDir())
	cfg.RejectedMax = 1
	keys := testKeys(1)
	s, err := New(cfg, Deps{DA: da.NewMemory(), L1: funding(keys, 10)})
	require.NoError(t, err)
	defer s.Stop(context.Background())
	a := &API{s: s}
	old, recent := transfer(t, keys[0], 5, common.Address{1}, 1), transfer(t, keys[0], 6, common.Address{1}, 1)
	require.NoError(t, s.store.DropPending(Entry{Tx: old}, "nonce gap evicted"))
	st, err := a.GetTransactionStatus(old.Hash())
	require.NoError(t, err)
	require.Equal(t, &rpcapi.TxStatus{Status: rpcapi.StatusRejected, Error: "nonce gap evicted"}, st)
	require.NoError(t, s.store.DropPending(Entry{Tx: recent}, "nonce gap evicted"))
	st, err = a.GetTransactionStatus(old.Hash())
	require.NoError(t, err)
	require.Equal(t, rpcapi.StatusUnknown, st.Status)
	require.Contains(t, st.Error, "expired")
	require.Contains(t, st.Error, "last 1 rejections")
}
