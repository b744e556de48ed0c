package sequencer

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/rollup"
)

func TestReceiptEncoding(t *testing.T) {
	zero, seven := uint64(0), uint64(7)
	h := common.Hash{9}
	for _, rc := range []*rollup.Receipt{
		{TxHash: h, Type: "transfer", From: common.Address{1}, Height: 3, Index: 4},
		{TxHash: h, Type: "withdraw", From: common.Address{2}, Height: 5, Index: 0, Withdrawal: &zero},
		{TxHash: h, Type: "loss-proof", From: common.Address{3}, Height: 6, Index: 1, MLSC: &seven, Reward: uint256.NewInt(0)},
		{TxHash: h, Type: "create-mlsc", From: common.Address{4}, Height: 7, Index: 2, MLSC: &zero, Reward: uint256.NewInt(1e18)},
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
		require.Equal(t, "included", st.Status)
	}
}
