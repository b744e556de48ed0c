package sequencer

import (
	"context"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/rollup"
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
	c, err := Dial(ctx, srv.URL)
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
	require.Equal(t, "pending", st.Status)
	bad, err := c.SendTx(ctx, transfer(t, keys[0], 1, to, 70000))
	require.NoError(t, err)
	_, err = s.ProduceBlock(ctx)
	require.NoError(t, err)
	rc, err := c.WaitTx(ctx, hash)
	require.NoError(t, err)
	require.Equal(t, "transfer", rc.Type)
	_, err = c.WaitTx(ctx, bad)
	require.ErrorIs(t, err, ErrTxRejected)
	_, err = c.SendTx(ctx, transfer(t, keys[0], 0, to, 7))
	require.ErrorContains(t, err, "nonce too low")

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
