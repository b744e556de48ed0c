// Package txsend sends L1 transactions through op-service's transaction
// manager (txmgr), as the OP Stack's batcher and proposer do: it keeps the
// sender's nonce, prices a transaction from the current base fee and tip,
// bumps a transaction that does not land within ResubmissionTimeout by at
// least 10 % (geth's replacement rule) and republishes it (which also puts
// back one the node dropped), and returns once the transaction has
// NumConfirmations blocks. The sequencer posts batches through it, and nrn's
// deposit and claim commands send through it.
package txsend

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/crypto"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"

	"github.com/neuron-rollup/neuron/l1/l1errors"
)

// Backend is what a Sender needs of an L1 node; *ethclient.Client and
// *simchain.Chain have it.
type Backend interface {
	ethereum.BlockNumberReader
	ethereum.ContractCaller
	ethereum.GasEstimator
	ethereum.TransactionSender
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

var (
	// ErrWouldRevert is wrapped when L1 says, before anything is sent, that
	// the transaction would revert (gas estimation fails); the wrapped error
	// names the contract's custom error where it has one (l1errors.Decode).
	ErrWouldRevert = errors.New("txsend: transaction would revert")
	// ErrReverted is wrapped when the transaction was mined and reverted.
	ErrReverted = errors.New("txsend: transaction reverted")
	// ErrInvalidConfig is wrapped by Config.Check.
	ErrInvalidConfig = errors.New("txsend: invalid config")
)

// Config tunes a Sender. The zero value is not valid: start from
// DefaultConfig.
type Config struct {
	// ChainID is L1's chain id; transactions are signed for it.
	ChainID *big.Int
	// NumConfirmations is how many blocks (the transaction's own included)
	// Send waits for before it returns the receipt: 1 returns as soon as it is
	// mined.
	NumConfirmations uint64
	// ResubmissionTimeout is how long a published transaction may stay
	// unmined before it is bumped (>= 10 % on tip and fee cap, and at least
	// what the current base fee asks) and published again.
	ResubmissionTimeout time.Duration
	// ReceiptQueryInterval is how often the receipt is polled.
	ReceiptQueryInterval time.Duration
	// NetworkTimeout bounds each call to the node.
	NetworkTimeout time.Duration
	// TxNotInMempoolTimeout gives up on a transaction the node never reported
	// mined, for this long after publishing with nonce-too-low answers.
	TxNotInMempoolTimeout time.Duration
	// FeeLimitMultiplier caps a bumped fee at this multiple of what L1
	// currently suggests, so a bump loop cannot run away.
	FeeLimitMultiplier uint64
	// MinTipCap and MinBaseFee (wei, nil for none) are floors for pricing.
	MinTipCap, MinBaseFee *big.Int
}

// DefaultConfig is the OP Stack batcher's settings (txmgr's
// DefaultBatcherFlagValues) with two changes for Neuron: one confirmation
// (the sequencer reads the Rollup's batchCount before each post, so a batch
// that an L1 reorg drops is posted again rather than lost) and a receipt poll
// of a second rather than an L1 slot, so a local or simulated L1 is not
// waited on for 12 s per transaction.
func DefaultConfig(chainID *big.Int) Config {
	d := txmgr.DefaultBatcherFlagValues
	return Config{
		ChainID:               chainID,
		NumConfirmations:      1,
		ResubmissionTimeout:   d.ResubmissionTimeout,
		ReceiptQueryInterval:  time.Second,
		NetworkTimeout:        d.NetworkTimeout,
		TxNotInMempoolTimeout: d.TxNotInMempoolTimeout,
		FeeLimitMultiplier:    d.FeeLimitMultiplier,
		MinTipCap:             new(big.Int).SetUint64(uint64(d.MinTipCapGwei * params.GWei)),
		MinBaseFee:            new(big.Int).SetUint64(uint64(d.MinBaseFeeGwei * params.GWei)),
	}
}

// Check lists every problem with the config.
func (c *Config) Check() error {
	var errs []error
	if c.ChainID == nil || c.ChainID.Sign() <= 0 {
		errs = append(errs, errors.New("chain id must be positive"))
	}
	if c.NumConfirmations == 0 {
		errs = append(errs, errors.New("confirmations must be at least 1"))
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{{"resubmission timeout", c.ResubmissionTimeout}, {"receipt query interval", c.ReceiptQueryInterval},
		{"network timeout", c.NetworkTimeout}, {"not-in-mempool timeout", c.TxNotInMempoolTimeout}} {
		if d.v <= 0 {
			errs = append(errs, fmt.Errorf("%s must be positive, have %v", d.name, d.v))
		}
	}
	if c.FeeLimitMultiplier == 0 {
		errs = append(errs, errors.New("fee limit multiplier must be at least 1"))
	}
	if c.MinTipCap != nil && c.MinBaseFee != nil && c.MinBaseFee.Cmp(c.MinTipCap) < 0 {
		errs = append(errs, fmt.Errorf("min base fee %v is below min tip %v", c.MinBaseFee, c.MinTipCap))
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: %w", ErrInvalidConfig, errors.Join(errs...))
	}
	return nil
}

// Sender sends one account's L1 transactions. Send is safe for concurrent
// use (txmgr hands out nonces in order); Close it when done.
type Sender struct {
	mgr     *txmgr.SimpleTxManager
	backend Backend
	from    common.Address
}

// New returns a Sender signing with key. m may be nil (no metrics); for
// Prometheus pass metrics.MakeTxMetrics(namespace, factory).
func New(name string, backend Backend, key *ecdsa.PrivateKey, cfg Config, logger log.Logger, m metrics.TxMetricer) (*Sender, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if m == nil {
		m = &metrics.NoopTxMetrics{}
	}
	from := gethcrypto.PubkeyToAddress(key.PublicKey)
	tc := &txmgr.Config{
		Backend:                   ethBackend{backend},
		ChainID:                   cfg.ChainID,
		NetworkTimeout:            cfg.NetworkTimeout,
		RetryInterval:             time.Second,
		MaxRetries:                10,
		ReceiptQueryInterval:      cfg.ReceiptQueryInterval,
		NumConfirmations:          cfg.NumConfirmations,
		SafeAbortNonceTooLowCount: 3,
		TxNotInMempoolTimeout:     cfg.TxNotInMempoolTimeout,
		Signer:                    crypto.SignerFnFromBind(crypto.PrivateKeySignerFn(key, cfg.ChainID)),
		From:                      from,
		GasPriceEstimatorFn:       estimateFees,
	}
	tc.ResubmissionTimeout.Store(int64(cfg.ResubmissionTimeout))
	tc.FeeLimitMultiplier.Store(cfg.FeeLimitMultiplier)
	tc.MinTipCap.Store(cfg.MinTipCap)
	tc.MinBaseFee.Store(cfg.MinBaseFee)
	mgr, err := txmgr.NewSimpleTxManagerFromConfig(name, logger, m, tc)
	if err != nil {
		return nil, fmt.Errorf("txsend: %w", err)
	}
	return &Sender{mgr: mgr, backend: backend, from: from}, nil
}

// From is the sending account.
func (s *Sender) From() common.Address { return s.from }

// Send sends value and data to the contract at to and returns the receipt
// once the transaction has the configured confirmations. It first estimates
// the gas, so a call L1 would revert fails at once with ErrWouldRevert and
// the decoded reason, and nothing is sent. A transaction that is mined but
// reverts is returned with its receipt and ErrReverted. Send returns when ctx
// ends; a transaction already published may still be mined afterwards, and
// whoever sends next from this account reuses or replaces its nonce.
func (s *Sender) Send(ctx context.Context, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	if value == nil {
		value = new(big.Int)
	}
	// Estimate at the fees the transaction will pay: without a fee cap an
	// L1 node estimates with BASEFEE zero, and a contract that pays by the
	// base fee (DataChallenge's resolver refund) then takes a path that
	// needs less gas than the real one, which would run out of gas.
	tip, baseFee, _, err := estimateFees(ctx, ethBackend{s.backend})
	if err != nil {
		return nil, fmt.Errorf("txsend: fees: %w", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(baseFee, big.NewInt(2)))
	gas, err := s.backend.EstimateGas(ctx, ethereum.CallMsg{From: s.from, To: &to, Data: data, Value: value, GasFeeCap: feeCap, GasTipCap: tip})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrWouldRevert, l1errors.Decode(err))
	}
	rc, err := s.mgr.Send(ctx, txmgr.TxCandidate{To: &to, TxData: data, Value: value, GasLimit: gas})
	if err != nil {
		return nil, fmt.Errorf("txsend: send to %v: %w", to, err)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return rc, fmt.Errorf("%w: %v in L1 block %v", ErrReverted, rc.TxHash, rc.BlockNumber)
	}
	return rc, nil
}

// Close stops the manager: sends in flight return. It does not close the
// backend.
func (s *Sender) Close() { s.mgr.Close() }

// estimateFees is txmgr's default estimator without the blob base fee:
// Neuron sends no blob transactions, and not every L1 serves
// eth_blobBaseFee.
func estimateFees(ctx context.Context, b txmgr.ETHBackend) (*big.Int, *big.Int, *big.Int, error) {
	tip, err := b.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("suggest tip: %w", err)
	}
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("L1 head: %w", err)
	}
	if head.BaseFee == nil {
		return nil, nil, nil, errors.New("L1 head has no base fee (pre-London)")
	}
	return tip, head.BaseFee, new(big.Int), nil
}

// ethBackend adapts a Backend to txmgr.ETHBackend: no blob fee (see
// estimateFees), and Close leaves the connection to its owner.
type ethBackend struct{ Backend }

func (ethBackend) BlobBaseFee(context.Context) (*big.Int, error) { return new(big.Int), nil }
func (ethBackend) Close()                                        {}

var _ txmgr.ETHBackend = ethBackend{}
