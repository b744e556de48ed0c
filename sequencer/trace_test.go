package sequencer

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/ipfs/go-cid"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/rollup"
)

// TestBatchTrace: every batch the sequencer seals carries the step trace of its blocks in
// its DA bytes (version 3), and its record (the header L1 gets) commits to it: StepTreeRoot
// of the leaves the batch rebuilds, one per block start and per transaction, which are the
// leaves a replay of the blocks from genesis with rollup.Tracer computes. A block of an older
// store, without a trace in its meta, is not sealed: the batcher says which block.
func TestBatchTrace(t *testing.T) {
	ctx := context.Background()
	keys := testKeys(3)
	addr := func(i int) [20]byte { return crypto.PubkeyToAddress(keys[i].PublicKey) }
	cfg := testConfig(t.TempDir())
	store := da.NewMemory()
	s, err := New(cfg, Deps{DA: store, L1: funding(keys, 1e9)})
	require.NoError(t, err)
	defer s.Stop(ctx)
	require.NoError(t, s.syncL1(ctx))
	send := func(d rollup.TxData, k int) {
		tx, err := rollup.SignTx(d, testChainID, keys[k])
		require.NoError(t, err)
		_, err = s.SendTx(ctx, tx.Encode())
		require.NoError(t, err)
	}
	produce := func() *rollup.Block {
		blk, err := s.ProduceBlock(ctx)
		require.NoError(t, err)
		return blk
	}
	produce() // the deposits
	send(&rollup.Transfer{Nonce: 0, To: addr(1), Amount: uint256.NewInt(5)}, 0)
	send(&rollup.Withdraw{Nonce: 0, To: addr(1), Amount: uint256.NewInt(7)}, 1)
	produce()
	produce() // empty
	require.NoError(t, s.MaybeSealBatch(ctx, true))
	send(&rollup.Withdraw{Nonce: 1, To: addr(0), Amount: uint256.NewInt(1)}, 0)
	send(&rollup.Withdraw{Nonce: 1, To: addr(1), Amount: uint256.NewInt(1)}, 1)
	produce()

	// A block as an older sequencer stored it: no trace in its meta.
	old := produce()
	meta, err := s.store.BlockMeta(old.Header.Number)
	require.NoError(t, err)
	require.Len(t, meta.Trace, 1)
	meta.Trace = nil
	enc, err := rlp.EncodeToBytes(meta)
	require.NoError(t, err)
	require.NoError(t, s.store.db.Set(u64key(kBlockMeta, old.Header.Number), enc, nil))
	produce()
	require.NoError(t, s.MaybeSealBatch(ctx, true)) // block 4
	err = s.MaybeSealBatch(ctx, true)
	require.ErrorContains(t, err, "no step trace")
	n, _, err := s.store.NextBatch()
	require.NoError(t, err)
	require.Equal(t, uint64(2), n, "batches: blocks 1-3, 4 (traced); 5 (untraced) is not sealed")

	// Replay every block from genesis with a Tracer, batch by batch.
	st, _, _, err := cfg.Genesis.State()
	require.NoError(t, err)
	for i := range n {
		rec, err := s.store.Batch(i)
		require.NoError(t, err)
		c, err := cid.Cast(rec.CID)
		require.NoError(t, err)
		data, err := store.Get(ctx, c)
		require.NoError(t, err)
		batch, err := rollup.DecodeBatch(data)
		require.NoError(t, err)
		tr := rollup.NewTracer(cfg.Chain, -1)
		for _, blk := range batch.Blocks {
			_, _, err := tr.ApplyBlock(st, blk)
			require.NoError(t, err)
		}
		leaves, err := rollup.BatchLeaves(batch)
		require.NoError(t, err, "batch %d", i)
		require.Equal(t, tr.Leaves(), leaves, "batch %d: published trace", i)
		root, count := tr.Root()
		h := rec.Header()
		require.Equal(t, root, h.StepRoot, "batch %d", i)
		require.Equal(t, count, h.StepCount, "batch %d", i)
		require.Equal(t, uint64(rollup.StepCount(batch.Blocks)), count)
		require.Equal(t, h.WithdrawalRoot, leaves[len(leaves)-1].Withdrawals.Root(), "batch %d", i)
	}
}
