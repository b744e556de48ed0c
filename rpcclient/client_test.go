package rpcclient_test

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcapi"
	"github.com/neuron-rollup/neuron/rpcclient"
)

// remote is the far side of the wire for these tests: an nrn_ namespace on
// an in-process go-ethereum rpc.Server that answers the way the sequencer's
// API does (rpcapi views, errors through rpcapi.ToRPC), with the state the
// test sets. The sequencer package's own tests run this client against the
// real server; these pin the client's half of the contract: the codes it
// maps back, how it pages, polls and signs.
type remote struct {
	mu       sync.Mutex
	chainID  uint64
	nonces   map[common.Address]uint64
	ids      []uint64
	pageBack bool // nrn_listMLSCs answers with a cursor that points back
	statuses map[common.Hash][]rpcapi.TxStatus
	sent     []*rollup.Tx
}

func (r *remote) ChainId() hexutil.Uint64 { return hexutil.Uint64(r.chainID) }

// EstimateFee answers as a chain whose next base fee is 7 wei a unit.
func (r *remote) EstimateFee(raw *hexutil.Bytes) *rpcapi.FeeEstimate {
	return &rpcapi.FeeEstimate{BaseFee: (*hexutil.Big)(big.NewInt(7)), NextBaseFee: (*hexutil.Big)(big.NewInt(7)),
		FeeCap: (*hexutil.Big)(big.NewInt(14))}
}

func (r *remote) GetAccount(a common.Address) *rpcapi.Account {
	r.mu.Lock()
	defer r.mu.Unlock()
	return &rpcapi.Account{Nonce: hexutil.Uint64(r.nonces[a]), Balance: (*hexutil.Big)(common.Big1), Stake: (*hexutil.Big)(common.Big0)}
}

func (r *remote) SendRawTransaction(raw hexutil.Bytes) (common.Hash, error) {
	tx, err := rollup.DecodeTx(raw)
	if err != nil {
		return common.Hash{}, rpcapi.ToRPC(err)
	}
	from, err := tx.Sender(r.chainID)
	if err != nil {
		return common.Hash{}, rpcapi.ToRPC(err)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if want := r.nonces[from]; tx.Nonce() < want {
		return common.Hash{}, rpcapi.ToRPC(fmt.Errorf("%w: %s has nonce %d, the transaction %d", rpcapi.ErrNonceTooLow, from, want, tx.Nonce()))
	}
	r.nonces[from] = tx.Nonce() + 1
	r.sent = append(r.sent, tx)
	r.statuses[tx.Hash()] = []rpcapi.TxStatus{{Status: rpcapi.StatusPending},
		{Status: rpcapi.StatusIncluded, Receipt: &rollup.Receipt{TxHash: tx.Hash(), Height: 7}}}
	return tx.Hash(), nil
}

// GetTransactionStatus answers each queued status once, then repeats the
// last one.
func (r *remote) GetTransactionStatus(h common.Hash) (*rpcapi.TxStatus, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	q, ok := r.statuses[h]
	if !ok {
		return &rpcapi.TxStatus{Status: rpcapi.StatusUnknown}, nil
	}
	st := q[0]
	if len(q) > 1 {
		r.statuses[h] = q[1:]
	}
	return &st, nil
}

func (r *remote) ListMLSCs(cursor, limit hexutil.Uint64) (*rpcapi.IDPage, error) {
	if limit == 0 || limit > rpcapi.MaxPage {
		return nil, rpcapi.ToRPC(fmt.Errorf("%w: limit %d", rpcapi.ErrBadPage, limit))
	}
	p := &rpcapi.IDPage{IDs: []hexutil.Uint64{}}
	end := min(uint64(cursor)+uint64(limit), uint64(len(r.ids)))
	for _, id := range r.ids[min(uint64(cursor), end):end] {
		p.IDs = append(p.IDs, hexutil.Uint64(id))
	}
	if end < uint64(len(r.ids)) {
		next := hexutil.Uint64(end)
		if r.pageBack {
			next = 0
		}
		p.Next = &next
	}
	return p, nil
}

func (r *remote) GetBlockByNumber(n hexutil.Uint64, full bool) (*rpcapi.Block, error) {
	if n > 3 {
		return nil, rpcapi.ToRPC(fmt.Errorf("%w: block %d", rpcapi.ErrNotFound, n))
	}
	return &rpcapi.Block{Number: n, Time: 1_700_000_000 + n}, nil
}

// dial serves r in process and returns a client of it.
func dial(t *testing.T, r *remote) *rpcclient.Client {
	t.Helper()
	if r.nonces == nil {
		r.nonces = map[common.Address]uint64{}
	}
	if r.statuses == nil {
		r.statuses = map[common.Hash][]rpcapi.TxStatus{}
	}
	srv := rpc.NewServer()
	require.NoError(t, srv.RegisterName("nrn", r))
	t.Cleanup(srv.Stop)
	c := rpcclient.NewClient(rpc.DialInProc(srv))
	t.Cleanup(c.Close)
	return c
}

func TestErrorCodesMapToSentinels(t *testing.T) {
	ctx := context.Background()
	r := &remote{chainID: 5}
	c := dial(t, r)
	key, _ := crypto.GenerateKey()
	to := common.Address{1}

	_, err := c.Block(ctx, 9, false)
	require.ErrorIs(t, err, rpcapi.ErrNotFound)
	var re *rpcapi.RemoteError
	require.ErrorAs(t, err, &re)
	require.Equal(t, rpcapi.CodeNotFound, re.Code)
	require.Contains(t, re.Message, "block 9", "the server's message travels with the code")

	_, _, _, err = c.MLSCPage(ctx, 0, 0)
	require.ErrorIs(t, err, rpcapi.ErrBadPage)

	// Admission and STF errors: a transaction signed for another chain, and
	// a replayed nonce.
	other, err := rollup.SignTx(&rollup.Transfer{Nonce: 0, To: to, Amount: uint256.NewInt(1)}, 6, key)
	require.NoError(t, err)
	_, err = c.SendTx(ctx, other)
	require.ErrorIs(t, err, rollup.ErrChainID)
	tx, err := rollup.SignTx(&rollup.Transfer{Nonce: 0, To: to, Amount: uint256.NewInt(1)}, 5, key)
	require.NoError(t, err)
	_, err = c.SendTx(ctx, tx)
	require.NoError(t, err)
	_, err = c.SendTx(ctx, tx)
	require.ErrorIs(t, err, rpcapi.ErrNonceTooLow)
	require.NotErrorIs(t, err, rpcapi.ErrNotFound)

	ts, err := c.BlockTimestamp(ctx, 3)
	require.NoError(t, err)
	require.Equal(t, uint64(1_700_000_003), ts)
}

func TestWaitTx(t *testing.T) {
	ctx := context.Background()
	r := &remote{chainID: 5}
	c := dial(t, r)
	included, rejected, unknown := common.Hash{1}, common.Hash{2}, common.Hash{3}
	r.statuses = map[common.Hash][]rpcapi.TxStatus{
		included: {{Status: rpcapi.StatusPending}, {Status: rpcapi.StatusPending},
			{Status: rpcapi.StatusIncluded, Receipt: &rollup.Receipt{TxHash: included, Height: 4}}},
		rejected: {{Status: rpcapi.StatusPending}, {Status: rpcapi.StatusRejected, Error: "nonce too low"}},
	}

	rc, err := c.WaitTx(ctx, included)
	require.NoError(t, err)
	require.Equal(t, included, rc.TxHash)
	require.Equal(t, uint64(4), rc.Height)

	_, err = c.WaitTx(ctx, rejected)
	require.ErrorIs(t, err, rpcclient.ErrTxRejected)
	require.Contains(t, err.Error(), "nonce too low", "the rejection names the server's reason")

	// A transaction the node never saw keeps WaitTx polling until its
	// context ends, and it says so.
	short, cancel := context.WithTimeout(ctx, 350*time.Millisecond)
	defer cancel()
	_, err = c.WaitTx(short, unknown)
	require.ErrorIs(t, err, context.DeadlineExceeded)
}

func TestMLSCsPages(t *testing.T) {
	ctx := context.Background()
	ids := make([]uint64, 2*rpcapi.MaxPage+3)
	for i := range ids {
		ids[i] = uint64(i)
	}
	c := dial(t, &remote{ids: ids})
	got, err := c.MLSCs(ctx)
	require.NoError(t, err)
	require.Equal(t, ids, got, "every page, in order, nothing twice")

	page, next, more, err := c.MLSCPage(ctx, 0, 2)
	require.NoError(t, err)
	require.Equal(t, []uint64{0, 1}, page)
	require.True(t, more)
	require.Equal(t, uint64(2), next)

	// A server whose cursor points back would keep a naive client looping
	// for ever; this one stops with an error.
	bad := dial(t, &remote{ids: ids, pageBack: true})
	_, err = bad.MLSCs(ctx)
	require.ErrorContains(t, err, "points back")
}

func TestSubmitSignsForTheNextNonce(t *testing.T) {
	ctx := context.Background()
	r := &remote{chainID: 11}
	c := dial(t, r)
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	r.nonces[from] = 41

	rc, err := c.Submit(ctx, key, 11, func(nonce uint64) rollup.TxData {
		return &rollup.Transfer{Nonce: nonce, To: common.Address{9}, Amount: uint256.NewInt(3)}
	})
	require.NoError(t, err)
	require.Len(t, r.sent, 1)
	tx := r.sent[0]
	require.Equal(t, tx.Hash(), rc.TxHash)
	require.Equal(t, uint64(41), tx.Nonce(), "Submit reads the nonce from the node")
	require.Equal(t, uint64(14), tx.FeeCap().Uint64(), "Submit signs the cap nrn_estimateFee suggests")
	sender, err := tx.Sender(11)
	require.NoError(t, err)
	require.Equal(t, from, sender)

	// The same build for a chain the node is not: refused, nothing sent.
	_, err = c.Submit(ctx, key, 12, func(nonce uint64) rollup.TxData {
		return &rollup.Transfer{Nonce: nonce, To: common.Address{9}, Amount: uint256.NewInt(3)}
	})
	require.ErrorIs(t, err, rollup.ErrChainID)
	require.Len(t, r.sent, 1)

	id, err := c.ChainID(ctx)
	require.NoError(t, err)
	require.Equal(t, uint64(11), id)
}
