// Package deploy deploys and wires the Neuron L1 contracts: LossVerifier, NRN, Rollup and
// Bridge.
package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/l1/bindings"
)

// Errors returned by Config.Check and Deploy, matched with errors.Is.
var (
	ErrInvalidConfig = errors.New("deploy: invalid config")
	ErrReverted      = errors.New("deploy: transaction reverted")
)

// maxUint256 bounds the initial supply.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Backend is what Deploy needs from an L1 node: sending transactions and reading receipts.
// An ethclient.Client and a simchain.Chain both qualify.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Config is what the deployed contracts are constructed with.
type Config struct {
	// Admin holds NRN's DEFAULT_ADMIN_ROLE (it may grant and revoke MINTER_ROLE). Zero means
	// the deploying account.
	Admin common.Address
	// Sequencer is the only account allowed to submit batches.
	Sequencer common.Address
	// GenesisHolder receives the initial NRN supply.
	GenesisHolder common.Address
	// InitialSupply is the initial NRN supply in wei (18 decimals).
	InitialSupply *big.Int
	// GenesisStateRoot is the L2 state root before the first batch.
	GenesisStateRoot common.Hash
	// FinalizationPeriod is how long after submission a batch becomes final and its
	// withdrawals claimable: whole seconds, zero allowed (devnets).
	FinalizationPeriod time.Duration
	// BatchVerifier, if set, makes the loss verifier a BatchLossVerifier with this
	// (version-2) verifying key, which the Rollup then uses to check a batch's proofs in one
	// call; nil deploys the gnark-exported verifier of the committed devnet keys.
	BatchVerifier *sampledloss.BatchVerifierKey
}

// Check reports every problem with c, joined; each wraps ErrInvalidConfig.
func (c *Config) Check() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrInvalidConfig}, args...)...))
	}
	if c.Sequencer == (common.Address{}) {
		bad("sequencer address is zero")
	}
	switch {
	case c.InitialSupply == nil:
		bad("initial supply is not set")
	case c.InitialSupply.Sign() < 0 || c.InitialSupply.Cmp(maxUint256) > 0:
		bad("initial supply %v is not a uint256", c.InitialSupply)
	case c.InitialSupply.Sign() > 0 && c.GenesisHolder == (common.Address{}):
		bad("genesis holder address is zero")
	}
	if c.FinalizationPeriod < 0 || c.FinalizationPeriod%time.Second != 0 {
		bad("finalization period %v is not a whole, non-negative number of seconds", c.FinalizationPeriod)
	}
	if k := c.BatchVerifier; k != nil {
		words := append(append(append(append(append(append(k.Alpha[:], k.BetaNeg[:]...), k.GammaNeg[:]...), k.DeltaNeg[:]...),
			k.K[:]...), k.PedersenG[:]...), k.PedersenSigmaNeg[:]...)
		for _, w := range words {
			if w == nil || w.Sign() < 0 || w.BitLen() > 256 {
				bad("batch verifier key has a missing or out-of-range coordinate")
				break
			}
		}
	}
	return errors.Join(errs...)
}

// Addresses are the deployed contracts' addresses.
type Addresses struct {
	LossVerifier common.Address `json:"lossVerifier"`
	NRN          common.Address `json:"nrn"`
	Rollup       common.Address `json:"rollup"`
	Bridge       common.Address `json:"bridge"`
}

// Contract is a deployed contract: its address, its abigen v2 binding (packs calls, unpacks
// results, events and errors) and an instance bound to a backend (for bind.Call,
// bind.Transact, bind.FilterEvents...).
type Contract[T any] struct {
	Address  common.Address
	Binding  *T
	Instance *bind.BoundContract
}

func newContract[T any](backend bind.ContractBackend, addr common.Address, binding *T, instance func(*T, bind.ContractBackend, common.Address) *bind.BoundContract) Contract[T] {
	return Contract[T]{Address: addr, Binding: binding, Instance: instance(binding, backend, addr)}
}

// Deployment is a set of deployed, wired contracts. Its fields are not changed after Deploy
// or Bind returns; the bound contracts are safe for concurrent use as far as the backend is.
type Deployment struct {
	LossVerifier Contract[bindings.LossVerifier]
	NRN          Contract[bindings.NRN]
	Rollup       Contract[bindings.Rollup]
	Bridge       Contract[bindings.Bridge]
	// Block is the L1 block of the first deployment transaction (0 from Bind): where to
	// start reading the contracts' events.
	Block uint64
}

// Addresses returns the contracts' addresses.
func (d *Deployment) Addresses() Addresses {
	return Addresses{
		LossVerifier: d.LossVerifier.Address,
		NRN:          d.NRN.Address,
		Rollup:       d.Rollup.Address,
		Bridge:       d.Bridge.Address,
	}
}

// Bind binds to contracts deployed earlier at a.
func Bind(backend bind.ContractBackend, a Addresses) *Deployment {
	return &Deployment{
		LossVerifier: newContract(backend, a.LossVerifier, bindings.NewLossVerifier(), (*bindings.LossVerifier).Instance),
		NRN:          newContract(backend, a.NRN, bindings.NewNRN(), (*bindings.NRN).Instance),
		Rollup:       newContract(backend, a.Rollup, bindings.NewRollup(), (*bindings.Rollup).Instance),
		Bridge:       newContract(backend, a.Bridge, bindings.NewBridge(), (*bindings.Bridge).Instance),
	}
}

// Deploy deploys LossVerifier, NRN, Rollup and Bridge from opts.From, in that order, with
// four consecutive nonces (opts.Nonce if set, else the account's pending nonce), waiting for
// each receipt. The Rollup and NRN are constructed with the Bridge's precomputed address
// (Rollup reads its deposit count, NRN grants it MINTER_ROLE); the Bridge's constructor
// checks both, so a deployment is either wired or fails. The account must send nothing else
// meanwhile. opts is not modified.
func Deploy(ctx context.Context, backend Backend, opts *bind.TransactOpts, cfg Config) (*Deployment, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if opts == nil || opts.Signer == nil || opts.From == (common.Address{}) {
		return nil, fmt.Errorf("%w: transact opts need From and Signer", ErrInvalidConfig)
	}
	nonce, err := startNonce(ctx, backend, opts)
	if err != nil {
		return nil, fmt.Errorf("deploy: read nonce: %w", err)
	}
	admin := cfg.Admin
	if admin == (common.Address{}) {
		admin = opts.From
	}
	a := Addresses{
		LossVerifier: crypto.CreateAddress(opts.From, nonce),
		NRN:          crypto.CreateAddress(opts.From, nonce+1),
		Rollup:       crypto.CreateAddress(opts.From, nonce+2),
		Bridge:       crypto.CreateAddress(opts.From, nonce+3),
	}
	d := Bind(backend, a)
	type step struct {
		name string
		meta *bind.MetaData
		args []byte
		want common.Address
	}
	verifier := step{"LossVerifier", &bindings.LossVerifierMetaData, nil, a.LossVerifier}
	if k := cfg.BatchVerifier; k != nil {
		verifier = step{"BatchLossVerifier", &bindings.BatchLossVerifierMetaData, bindings.NewBatchLossVerifier().PackConstructor(
			k.Alpha, k.BetaNeg, k.GammaNeg, k.DeltaNeg, k.K, k.PedersenG, k.PedersenSigmaNeg), a.LossVerifier}
	}
	steps := []step{
		verifier,
		{"NRN", &bindings.NRNMetaData, d.NRN.Binding.PackConstructor(admin, a.Bridge, cfg.GenesisHolder, cfg.InitialSupply), a.NRN},
		{"Rollup", &bindings.RollupMetaData, d.Rollup.Binding.PackConstructor(a.LossVerifier, cfg.Sequencer, a.Bridge,
			uint64(cfg.FinalizationPeriod/time.Second), cfg.GenesisStateRoot), a.Rollup},
		{"Bridge", &bindings.BridgeMetaData, d.Bridge.Binding.PackConstructor(a.NRN, a.Rollup), a.Bridge},
	}
	for i, s := range steps {
		o := *opts
		o.Context = ctx
		o.Nonce = new(big.Int).SetUint64(nonce + uint64(i))
		addr, tx, err := bind.DeployContract(&o, common.FromHex(s.meta.Bin), backend, s.args)
		if err != nil {
			return nil, fmt.Errorf("deploy %s: %w", s.name, err)
		}
		if addr != s.want {
			return nil, fmt.Errorf("deploy %s: at %v, not the precomputed %v", s.name, addr, s.want)
		}
		rcpt, err := bind.WaitMined(ctx, backend, tx.Hash())
		if err != nil {
			return nil, fmt.Errorf("deploy %s: wait for %v: %w", s.name, tx.Hash(), err)
		}
		if rcpt.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("deploy %s: %w: %v", s.name, ErrReverted, tx.Hash())
		}
		if i == 0 {
			d.Block = rcpt.BlockNumber.Uint64()
		}
	}
	return d, nil
}

func startNonce(ctx context.Context, backend Backend, opts *bind.TransactOpts) (uint64, error) {
	if opts.Nonce != nil {
		if !opts.Nonce.IsUint64() {
			return 0, fmt.Errorf("%w: nonce %v", ErrInvalidConfig, opts.Nonce)
		}
		return opts.Nonce.Uint64(), nil
	}
	return backend.PendingNonceAt(ctx, opts.From)
}
