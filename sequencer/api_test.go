package sequencer

import (
	"context"
	"net/http/httptest"
	"testing"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/l1"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcapi"
	"github.com/neuron-rollup/neuron/rpcclient"
)

func TestRPC(t *testing.T) {
	keys := testKeys(2)
	s := newTestSequencer(t, t.TempDir(), funding(keys, 1000))
	ctx := context.Background()
	defer s.Stop(ctx)
	require.NoError(t, s.syncL1(ctx))
	_, err := s.ProduceBlock(ctx)
	require.NoError(t, err)

	h, err := NewRPCHandler(s)
	require.NoError(t, err)
	srv := httptest.NewServer(h)
	defer srv.Close()
	c, err := rpcclient.Dial(ctx, srv.URL)
	require.NoError(t, err)
	defer c.Close()

	id, err := c.ChainID(ctx)
	require.NoError(t, err)
	require.Equal(t, uint64(testChainID), id)

	to := crypto.PubkeyToAddress(keys[1].PublicKey)
	hash, err := c.SendTx(ctx, transfer(t, keys[0], 0, to, 7))
	require.NoError(t, err)
	st, err := c.TxStatus(ctx, hash)
	require.NoError(t, err)
	require.Equal(t, rpcapi.StatusPending, st.Status)
	bad, err := c.SendTx(ctx, transfer(t, keys[0], 1, to, 0)) // admitted, rejected by the STF
	require.NoError(t, err)
	_, err = s.ProduceBlock(ctx)
	require.NoError(t, err)
	rc, err := c.WaitTx(ctx, hash)
	require.NoError(t, err)
	require.Equal(t, "transfer", rc.Type)
	_, err = c.WaitTx(ctx, bad)
	require.ErrorIs(t, err, rpcclient.ErrTxRejected)
	_, err = c.SendTx(ctx, transfer(t, keys[0], 0, to, 7))
	require.ErrorIs(t, err, ErrNonceTooLow, "the error code brings the sentinel back")
	_, err = c.Batch(ctx, 99)
	require.ErrorIs(t, err, ErrNotFound)
	_, err = c.MLSC(ctx, 99)
	require.ErrorIs(t, err, rollup.ErrUnknownMLSC)

	acc, err := c.Account(ctx, to)
	require.NoError(t, err)
	require.Equal(t, int64(1007), acc.Balance.ToInt().Int64())

	p, err := c.StateProof(ctx, rollup.AccountKey(to))
	require.NoError(t, err)
	nodes := make([][]byte, len(p.Nodes))
	for i, n := range p.Nodes {
		nodes[i] = n
	}
	v, err := rollup.VerifyProof(s.Head().StateRoot, rollup.AccountKey(to), nodes)
	require.NoError(t, err)
	var a rollup.Account
	require.NoError(t, rlp.DecodeBytes(v, &a))
	require.Equal(t, uint64(1007), a.Balance.Uint64())
}

// scanWithdrawalProof finds withdrawal id's batch by reading every batch,
// as nrn_getWithdrawalProof did before the index.
func scanWithdrawalProof(s *Sequencer, id uint64) (*rpcapi.WithdrawalProof, error) {
	next, _, err := s.store.NextBatch()
	if err != nil {
		return nil, err
	}
	for i := range next {
		rec, err := s.store.Batch(i)
		if err != nil {
			return nil, err
		}
		if id >= rec.FirstWithdrawal && id < rec.NextWithdrawal {
			return s.withdrawalProof(rec, id)
		}
	}
	return nil, ErrNotFound
}

// TestWithdrawalIndex checks that nrn_getWithdrawalProof, which finds the
// batch in the store's index, answers what scanning every batch answers,
// for batches with and without withdrawals and for withdrawals not sealed
// yet; that each proof verifies against its batch's root; and that a store
// sealed before the index existed is indexed on open.
func TestWithdrawalIndex(t *testing.T) {
	dir := t.TempDir()
	keys := testKeys(2)
	cfg := testConfig(dir)
	cfg.BatchBlocks = 1
	s, err := New(cfg, Deps{DA: da.NewMemory(), L1: funding(keys, 1000)})
	require.NoError(t, err)
	ctx := context.Background()
	require.NoError(t, s.syncL1(ctx))
	nonce := uint64(0)
	withdraw := func(n int) []*rollup.Tx {
		var txs []*rollup.Tx
		for range n {
			tx, err := rollup.SignTx(&rollup.Withdraw{Nonce: nonce, To: common.Address{7}, Amount: uint256.NewInt(nonce + 1)}, testChainID, keys[0])
			require.NoError(t, err)
			nonce++
			txs = append(txs, tx)
		}
		return txs
	}
	block := func(seal bool, txs ...*rollup.Tx) {
		for _, tx := range txs {
			_, err := s.SendTx(ctx, tx.Encode())
			require.NoError(t, err)
		}
		_, err := s.ProduceBlock(ctx)
		require.NoError(t, err)
		for _, tx := range txs {
			_, err := s.store.Receipt(tx.Hash())
			require.NoError(t, err, "tx %T not included", tx.Data())
		}
		if seal {
			require.NoError(t, s.MaybeSealBatch(ctx, true))
		}
	}
	block(true)                                                // batch 0: deposits
	block(true, withdraw(3)...)                                // batch 1: withdrawals 0-2
	block(true, transfer(t, keys[1], 0, common.Address{1}, 1)) // batch 2: none
	block(true, withdraw(1)...)                                // batch 3: withdrawal 3
	block(false, withdraw(2)...)                               // withdrawals 4-5, not sealed
	check := func(s *Sequencer) {
		t.Helper()
		a := &API{s: s}
		for id := uint64(0); id < 8; id++ {
			want, wantErr := scanWithdrawalProof(s, id)
			got, err := a.withdrawalProof(id)
			if wantErr != nil {
				require.ErrorIs(t, err, ErrNotFound, "withdrawal %d", id)
				require.ErrorIs(t, wantErr, ErrNotFound)
				continue
			}
			require.NoError(t, err, "withdrawal %d", id)
			require.Equal(t, want, got, "withdrawal %d", id)
			rec, err := s.store.Batch(uint64(got.BatchIndex))
			require.NoError(t, err)
			proof := make([][32]byte, len(got.Proof))
			for i, p := range got.Proof {
				proof[i] = p
			}
			var leaves [][32]byte
			require.NoError(t, s.View(func(st *rollup.State, _ *rollup.Header) error {
				leaves, err = rollup.WithdrawalLeaves(s.cfg.Chain, st, rec.FirstWithdrawal, rec.NextWithdrawal)
				return err
			}))
			require.True(t, l1.VerifyMerkleProof(rec.WithdrawalRoot, leaves[id-rec.FirstWithdrawal], proof), "withdrawal %d", id)
		}
		i, err := s.store.WithdrawalBatch(2)
		require.NoError(t, err)
		require.Equal(t, uint64(1), i)
		i, err = s.store.WithdrawalBatch(3)
		require.NoError(t, err)
		require.Equal(t, uint64(3), i)
		_, err = s.store.WithdrawalBatch(^uint64(0))
		require.ErrorIs(t, err, ErrNotFound)
	}
	check(s)
	require.NoError(t, s.Stop(ctx))

	// A store sealed before the index: reopening indexes its batches.
	db, err := pebble.Open(dir, &pebble.Options{})
	require.NoError(t, err)
	require.NoError(t, db.DeleteRange([]byte(kWithdrawal), []byte{kWithdrawal[0] + 1}, pebble.Sync))
	require.NoError(t, db.Delete([]byte(kWIndexed), pebble.Sync))
	require.NoError(t, db.Close())
	s = newTestSequencer(t, dir, nil)
	defer s.Stop(ctx)
	check(s)
}
