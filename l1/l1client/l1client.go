// Package l1client connects the sequencer to the L1 contracts: it reads
// bridge deposits once L1 has finalized them (the sequencer's L1View) and
// settles batch headers (rollup.BatchHeader) on the Rollup contract (its
// BatchPoster). It does not import the sequencer.
package l1client

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/l1/l1errors"
	"github.com/neuron-rollup/neuron/rollup"
)

// Backend is what the client needs from an L1 node.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Client reads deposits from and posts batches to one deployment. It is
// safe for concurrent use.
type Client struct {
	backend       Backend
	d             *deploy.Deployment
	confirmations uint64
	fromBlock     uint64
	opts          *bind.TransactOpts // sequencer's key; nil for read-only use
	sender        Sender             // if set, batches go through it instead of opts
}

// Sender sends a transaction to a contract and returns its receipt once L1
// has confirmed it; a mined transaction that reverted comes back with its
// receipt and an error. txsend.Sender (op-service txmgr: nonce management,
// fee bumping, resubmission, a confirmation depth) is the one the sequencer
// uses.
type Sender interface {
	Send(ctx context.Context, to common.Address, data []byte, value *big.Int) (*types.Receipt, error)
}

// WithSender returns a copy of c that posts batches through s rather than
// with the TransactOpts given to New.
func (c *Client) WithSender(s Sender) *Client {
	cp := *c
	cp.sender = s
	return &cp
}

// Finalized, given to New as the confirmation depth, counts a deposit
// confirmed only once L1 has finalized its block (the node's "finalized"
// block tag). It is the default: a deposit credited at a depth of N blocks is
// still credited on L2 after an L1 reorg deeper than N drops it.
const Finalized uint64 = 0

// New returns a client. Deposits are read from fromBlock (the deployment
// block) and counted confirmed once L1 finalizes their block, or, with
// confirmations > 0 (for an L1 without the finalized tag), once that many
// blocks sit on top. opts signs batch submissions and may be nil for a
// read-only client.
func New(backend Backend, d *deploy.Deployment, fromBlock, confirmations uint64, opts *bind.TransactOpts) *Client {
	return &Client{backend: backend, d: d, confirmations: confirmations, fromBlock: fromBlock, opts: opts}
}

// ErrNoFinalized is wrapped when the L1 node has no finalized block to
// report (a chain without the finalized tag needs a confirmation depth).
var ErrNoFinalized = errors.New("l1client: L1 reports no finalized block")

// ConfirmedHead returns the newest L1 block whose deposits count: the
// finalized block (see Finalized), or the block the confirmation depth below
// the head.
func (c *Client) ConfirmedHead(ctx context.Context) (uint64, common.Hash, error) {
	if c.confirmations == Finalized {
		h, err := c.backend.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
		if err != nil {
			return 0, common.Hash{}, fmt.Errorf("%w: %w (an L1 without the finalized tag needs a confirmation depth)", ErrNoFinalized, err)
		}
		if h == nil || h.Number == nil {
			return 0, common.Hash{}, ErrNoFinalized
		}
		return h.Number.Uint64(), h.Hash(), nil
	}
	head, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, common.Hash{}, fmt.Errorf("L1 head: %w", err)
	}
	n := head.Number.Uint64()
	if n < c.confirmations {
		n = 0
	} else {
		n -= c.confirmations
	}
	h, err := c.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return 0, common.Hash{}, fmt.Errorf("L1 block %d: %w", n, err)
	}
	return n, h.Hash(), nil
}

// Deposits returns bridge deposits with nonce >= fromNonce in blocks up to
// upTo, in nonce order; none while upTo is below the deployment block.
func (c *Client) Deposits(ctx context.Context, fromNonce, upTo uint64) ([]*rollup.Deposit, error) {
	if upTo < c.fromBlock {
		return nil, nil // L1 nodes refuse a log filter that ends before it starts
	}
	end := upTo
	it, err := bind.FilterEvents(c.d.Bridge.Instance, &bind.FilterOpts{Start: c.fromBlock, End: &end, Context: ctx},
		c.d.Bridge.Binding.UnpackDepositedEvent)
	if err != nil {
		return nil, fmt.Errorf("filter deposits: %w", err)
	}
	defer it.Close()
	var out []*rollup.Deposit
	for it.Next() {
		ev := it.Value()
		if ev.Nonce < fromNonce {
			continue
		}
		amt, overflow := uint256.FromBig(ev.Amount)
		if overflow {
			return nil, fmt.Errorf("deposit %d amount overflows", ev.Nonce)
		}
		out = append(out, &rollup.Deposit{L1Nonce: ev.Nonce, From: ev.From, To: ev.To, Amount: amt})
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("iterate deposits: %w", err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].L1Nonce < out[j].L1Nonce })
	return out, nil
}

// ForcedTxs returns the Rollup's forced-queue entries with index >=
// fromIndex queued in blocks up to upTo, in index order; none while upTo is
// below the deployment block. Like deposits, the sequencer reads them at
// the confirmation depth and must apply them in order within the Rollup's
// forcedWindow.
func (c *Client) ForcedTxs(ctx context.Context, fromIndex, upTo uint64) ([]*rollup.Forced, error) {
	if upTo < c.fromBlock {
		return nil, nil
	}
	end := upTo
	it, err := bind.FilterEvents(c.d.Rollup.Instance, &bind.FilterOpts{Start: c.fromBlock, End: &end, Context: ctx},
		c.d.Rollup.Binding.UnpackForcedTxQueuedEvent)
	if err != nil {
		return nil, fmt.Errorf("filter forced transactions: %w", err)
	}
	defer it.Close()
	var out []*rollup.Forced
	for it.Next() {
		ev := it.Value()
		if ev.Index >= fromIndex {
			out = append(out, &rollup.Forced{Index: ev.Index, From: ev.From, Tx: ev.Tx})
		}
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("iterate forced transactions: %w", err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Index < out[j].Index })
	return out, nil
}

// NextBatchIndex is the number of batches the Rollup contract holds.
func (c *Client) NextBatchIndex(ctx context.Context) (uint64, error) {
	return bind.Call(c.d.Rollup.Instance, &bind.CallOpts{Context: ctx}, c.d.Rollup.Binding.PackBatchCount(), c.d.Rollup.Binding.UnpackBatchCount)
}

// CircuitVerifier is what the Rollup holds for one circuit of the chain.
type CircuitVerifier struct {
	// Circuit is the circuit's id on L1 (l1.CircuitIDOfKey of its key).
	Circuit common.Hash
	// Address is its verifier, zero if none.
	Address common.Address
	// Batch: the verifier checks a batch's proofs of the circuit in one call, so
	// that two proofs in one batch cost L1 much less each than one alone.
	Batch bool
	// Err is nil if the verifier holds the circuit's key, else wraps
	// deploy.ErrNoVerifier or deploy.ErrWrongVerifier (deploy.CheckVerifier).
	Err error
}

// Verifiers asks the Rollup for the verifier of each circuit, given by its
// verifying key (gnark encoding) under any name (the chain file's parameter
// strings), and checks that each holds its key. A verifier that is missing or
// wrong is reported in CircuitVerifier.Err; the error is for failures to ask.
func (c *Client) Verifiers(ctx context.Context, keys map[string][]byte) (map[string]CircuitVerifier, error) {
	out := make(map[string]CircuitVerifier, len(keys))
	for name, vk := range keys {
		id, v, err := c.d.CheckVerifier(ctx, vk)
		if err != nil && !errors.Is(err, deploy.ErrNoVerifier) && !errors.Is(err, deploy.ErrWrongVerifier) {
			return nil, fmt.Errorf("verifier of %q: %w", name, err)
		}
		out[name] = CircuitVerifier{Circuit: id, Address: v.Address, Batch: v.Batch, Err: err}
	}
	return out, nil
}

// ErrReverted is returned when a batch submission is mined but reverts.
var ErrReverted = errors.New("l1client: batch submission reverted")

// PostBatch submits a batch's header with the loss proofs its blocks
// applied, in order, and waits for the receipt. The header is sent as it is
// (rollup.BuildBatchHeader built it): L1 refuses it unless its ProofsHash
// commits to exactly these proofs.
func (c *Client) PostBatch(ctx context.Context, h *rollup.BatchHeader, proofs []rollup.ProofRecord) (common.Hash, uint64, error) {
	if c.opts == nil && c.sender == nil {
		return common.Hash{}, 0, errors.New("l1client: read-only client cannot post batches")
	}
	hdr := bindings.RollupBatchHeader{
		Index: h.Index, Cid: h.CID, DataHash: h.DataHash, PrevStateRoot: h.PrevStateRoot, StateRoot: h.StateRoot,
		WithdrawalRoot: h.WithdrawalRoot, DepositsConsumed: h.DepositsConsumed, L2Height: h.L2Height, ProofsHash: h.ProofsHash,
		ForcedConsumed: h.ForcedConsumed, StepRoot: h.StepRoot, StepCount: h.StepCount, MessageRoot: h.MessageRoot,
	}
	lps := make([]bindings.RollupLossProof, len(proofs))
	for i, p := range proofs {
		lps[i] = bindings.RollupLossProof{Circuit: p.Circuit, Proof: p.Proof, Digest: new(big.Int).SetBytes(p.Digest[:])}
	}
	data := c.d.Rollup.Binding.PackSubmitBatch(hdr, lps)
	if c.sender != nil {
		rcpt, err := c.sender.Send(ctx, c.d.Rollup.Address, data, nil)
		switch {
		case err != nil && rcpt != nil:
			return rcpt.TxHash, 0, fmt.Errorf("%w: batch %d: %w", ErrReverted, h.Index, err)
		case err != nil:
			return common.Hash{}, 0, fmt.Errorf("submit batch %d: %w", h.Index, err)
		}
		return rcpt.TxHash, rcpt.BlockNumber.Uint64(), nil
	}
	opts := *c.opts
	opts.Context = ctx
	tx, err := bind.Transact(c.d.Rollup.Instance, &opts, data)
	if err != nil {
		return common.Hash{}, 0, fmt.Errorf("submit batch %d: %w", h.Index, l1errors.Decode(err))
	}
	rcpt, err := bind.WaitMined(ctx, c.backend, tx.Hash())
	if err != nil {
		return common.Hash{}, 0, fmt.Errorf("wait for batch %d tx %s: %w", h.Index, tx.Hash(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return tx.Hash(), 0, fmt.Errorf("%w: batch %d tx %s", ErrReverted, h.Index, tx.Hash())
	}
	return tx.Hash(), rcpt.BlockNumber.Uint64(), nil
}
