// Package rpcclient is a typed client of a Neuron sequencer's nrn_ JSON-RPC
// API, apart from the server as go-ethereum's ethclient is from its node: it
// links no store and no sequencer. Its views, transaction states and error
// sentinels are package rpcapi's.
package rpcclient

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcapi"
)

// Client is a typed client of the nrn_ JSON-RPC API. It is safe for
// concurrent use. Its errors wrap the sentinels the server's error codes
// stand for (rpcapi.FromRPC): match them with errors.Is.
type Client struct {
	c *rpc.Client
}

// call calls method and turns the server's error codes into sentinels.
func (c *Client) call(ctx context.Context, result any, method string, args ...any) error {
	return rpcapi.FromRPC(c.c.CallContext(ctx, result, method, args...))
}

// Dial connects to a sequencer's RPC endpoint (http://host:port).
func Dial(ctx context.Context, url string) (*Client, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("dial sequencer %s: %w", url, err)
	}
	return &Client{c: c}, nil
}

// NewClient wraps an rpc.Client.
func NewClient(c *rpc.Client) *Client { return &Client{c: c} }

// Close closes the connection.
func (c *Client) Close() { c.c.Close() }

// ChainID returns the L2 chain id.
func (c *Client) ChainID(ctx context.Context) (uint64, error) {
	var id hexutil.Uint64
	err := c.call(ctx, &id, "nrn_chainId")
	return uint64(id), err
}

// BlockNumber returns the head height.
func (c *Client) BlockNumber(ctx context.Context) (uint64, error) {
	var n hexutil.Uint64
	err := c.call(ctx, &n, "nrn_blockNumber")
	return uint64(n), err
}

// SendTx submits a transaction and returns its hash once the sequencer has
// durably accepted it.
func (c *Client) SendTx(ctx context.Context, tx *rollup.Tx) (common.Hash, error) {
	var h common.Hash
	err := c.call(ctx, &h, "nrn_sendRawTransaction", hexutil.Bytes(tx.Encode()))
	return h, err
}

// TxStatus returns what became of a transaction.
func (c *Client) TxStatus(ctx context.Context, h common.Hash) (*rpcapi.TxStatus, error) {
	var st rpcapi.TxStatus
	err := c.call(ctx, &st, "nrn_getTransactionStatus", h)
	return &st, err
}

// ErrTxRejected is returned by WaitTx for a transaction the sequencer dropped.
var ErrTxRejected = errors.New("rpcclient: transaction rejected")

// WaitTx polls until the transaction is included or rejected.
func (c *Client) WaitTx(ctx context.Context, h common.Hash) (*rollup.Receipt, error) {
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		st, err := c.TxStatus(ctx, h)
		if err != nil {
			return nil, err
		}
		switch st.Status {
		case rpcapi.StatusIncluded:
			return st.Receipt, nil
		case rpcapi.StatusRejected:
			return nil, fmt.Errorf("%w: %s: %s", ErrTxRejected, h, st.Error)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// Account returns an account at the head.
func (c *Client) Account(ctx context.Context, a common.Address) (*rpcapi.Account, error) {
	var acc rpcapi.Account
	err := c.call(ctx, &acc, "nrn_getAccount", a)
	return &acc, err
}

// MLSCPage lists the MLSC ids in [cursor, cursor+limit) (limit 1..rpcapi.MaxPage).
// more reports whether ids follow; next is then the next page's cursor.
func (c *Client) MLSCPage(ctx context.Context, cursor uint64, limit int) (ids []uint64, next uint64, more bool, err error) {
	var p rpcapi.IDPage
	if err := c.call(ctx, &p, "nrn_listMLSCs", hexutil.Uint64(cursor), hexutil.Uint64(limit)); err != nil {
		return nil, 0, false, err
	}
	ids = make([]uint64, len(p.IDs))
	for i, id := range p.IDs {
		ids[i] = uint64(id)
	}
	if p.Next == nil {
		return ids, 0, false, nil
	}
	if uint64(*p.Next) <= cursor {
		return nil, 0, false, fmt.Errorf("rpcclient: nrn_listMLSCs page at %d points back to %d", cursor, *p.Next)
	}
	return ids, uint64(*p.Next), true, nil
}

// MLSCs lists every MLSC id, a page of rpcapi.MaxPage at a time.
func (c *Client) MLSCs(ctx context.Context) ([]uint64, error) {
	var out []uint64
	for cursor := uint64(0); ; {
		ids, next, more, err := c.MLSCPage(ctx, cursor, rpcapi.MaxPage)
		if err != nil {
			return nil, err
		}
		out = append(out, ids...)
		if !more {
			return out, nil
		}
		cursor = next
	}
}

// MLSC returns an MLSC with its round windows.
func (c *Client) MLSC(ctx context.Context, id uint64) (*rpcapi.MLSCView, error) {
	var m rpcapi.MLSCView
	err := c.call(ctx, &m, "nrn_getMLSC", hexutil.Uint64(id))
	return &m, err
}

// Round returns a round record.
func (c *Client) Round(ctx context.Context, id, round uint64) (*rollup.Round, error) {
	var r rollup.Round
	err := c.call(ctx, &r, "nrn_getRound", hexutil.Uint64(id), hexutil.Uint64(round))
	return &r, err
}

// Claim returns what the round's loss proof must prove.
func (c *Client) Claim(ctx context.Context, id, round uint64) (*rollup.Claim, error) {
	var cl rollup.Claim
	err := c.call(ctx, &cl, "nrn_getClaim", hexutil.Uint64(id), hexutil.Uint64(round))
	return &cl, err
}

// WithdrawalProof returns the L1 claim data of a withdrawal.
func (c *Client) WithdrawalProof(ctx context.Context, id uint64) (*rpcapi.WithdrawalProof, error) {
	var p rpcapi.WithdrawalProof
	err := c.call(ctx, &p, "nrn_getWithdrawalProof", hexutil.Uint64(id))
	return &p, err
}

// MessageProof returns the L1 data of L2→L1 message id (ModelNFT.mint's
// arguments).
func (c *Client) MessageProof(ctx context.Context, id uint64) (*rpcapi.MessageProof, error) {
	var p rpcapi.MessageProof
	err := c.call(ctx, &p, "nrn_getMessageProof", hexutil.Uint64(id))
	return &p, err
}

// StateProof proves a state entry at the head.
func (c *Client) StateProof(ctx context.Context, key []byte) (*rpcapi.StateProof, error) {
	var p rpcapi.StateProof
	err := c.call(ctx, &p, "nrn_getStateProof", hexutil.Bytes(key))
	return &p, err
}

// Batch returns a sealed batch.
func (c *Client) Batch(ctx context.Context, i uint64) (*rpcapi.Batch, error) {
	var b rpcapi.Batch
	err := c.call(ctx, &b, "nrn_getBatch", hexutil.Uint64(i))
	return &b, err
}

// EstimateFee asks the sequencer for the next block's base fee and the fee
// cap to sign (nrn_estimateFee); with tx, also its fee units and fee. tx may
// be nil.
func (c *Client) EstimateFee(ctx context.Context, tx *rollup.Tx) (*rpcapi.FeeEstimate, error) {
	var est rpcapi.FeeEstimate
	var err error
	if tx == nil {
		err = c.call(ctx, &est, "nrn_estimateFee")
	} else {
		err = c.call(ctx, &est, "nrn_estimateFee", hexutil.Bytes(tx.Encode()))
	}
	return &est, err
}

// SignWithFeeCap signs data for chainID with key and the fee cap the
// sequencer suggests (EstimateFee: twice the next base fee; no cap when the
// chain has no fees), as a wallet does without asking its user.
func (c *Client) SignWithFeeCap(ctx context.Context, key *ecdsa.PrivateKey, chainID uint64, data rollup.TxData) (*rollup.Tx, error) {
	est, err := c.EstimateFee(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("estimate fee: %w", err)
	}
	feeCap, err := est.Cap()
	if err != nil {
		return nil, fmt.Errorf("estimate fee: %w", err)
	}
	return rollup.SignTxCap(data, chainID, feeCap, key)
}

// Submit signs the body build returns for key's next nonce on chainID, with
// the fee cap the sequencer suggests (SignWithFeeCap), sends it and waits
// until it is included (or rejected). The nonce is read from the head, so
// one key must not submit from two places at once.
func (c *Client) Submit(ctx context.Context, key *ecdsa.PrivateKey, chainID uint64, build func(nonce uint64) rollup.TxData) (*rollup.Receipt, error) {
	acc, err := c.Account(ctx, crypto.PubkeyToAddress(key.PublicKey))
	if err != nil {
		return nil, fmt.Errorf("read nonce: %w", err)
	}
	tx, err := c.SignWithFeeCap(ctx, key, chainID, build(uint64(acc.Nonce)))
	if err != nil {
		return nil, err
	}
	h, err := c.SendTx(ctx, tx)
	if err != nil {
		return nil, err
	}
	return c.WaitTx(ctx, h)
}

// Block returns block number; full adds its canonical encoding (Raw).
func (c *Client) Block(ctx context.Context, number uint64, full bool) (*rpcapi.Block, error) {
	var b rpcapi.Block
	err := c.call(ctx, &b, "nrn_getBlockByNumber", hexutil.Uint64(number), full)
	return &b, err
}

// BlockTimestamp returns the timestamp of block number.
func (c *Client) BlockTimestamp(ctx context.Context, number uint64) (uint64, error) {
	var b rpcapi.Block
	if err := c.call(ctx, &b, "nrn_getBlockByNumber", hexutil.Uint64(number), false); err != nil {
		return 0, err
	}
	return uint64(b.Time), nil
}
