// Package deploy deploys and wires the Neuron L1 contracts: LossVerifier, NRN, Rollup and
// Bridge.
package deploy

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/l1"
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
	// Verifiers are version-2 circuits to verify on L1 from the start, by parameter string
	// (sampledloss.Params.String()): each gets a BatchLossVerifier with its verifying key,
	// registered in the Rollup under l1.CircuitID(params), which checks a batch's proofs of
	// that circuit in one call. The devnet circuit always gets the gnark-exported
	// LossVerifier of the committed devnet keys. More circuits can be registered later by
	// the admin (RegisterVerifier).
	Verifiers map[string]*sampledloss.BatchVerifierKey
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
	for _, params := range slices.Sorted(maps.Keys(c.Verifiers)) {
		switch {
		case params == "":
			bad("a verifier has an empty circuit parameter string")
		case params == sampledloss.DevnetParams().String():
			bad("verifier for %q: the devnet circuit always gets the committed devnet verifier", params)
		default:
			if err := checkBatchKey(c.Verifiers[params]); err != nil {
				bad("verifier for %q: %v", params, err)
			}
		}
	}
	return errors.Join(errs...)
}

func checkBatchKey(k *sampledloss.BatchVerifierKey) error {
	if k == nil {
		return errors.New("no verifying key")
	}
	words := append(append(append(append(append(append(k.Alpha[:], k.BetaNeg[:]...), k.GammaNeg[:]...), k.DeltaNeg[:]...),
		k.K[:]...), k.PedersenG[:]...), k.PedersenSigmaNeg[:]...)
	for _, w := range words {
		if w == nil || w.Sign() < 0 || w.BitLen() > 256 {
			return errors.New("batch verifier key has a missing or out-of-range coordinate")
		}
	}
	return nil
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
	// LossVerifier is the devnet circuit's verifier.
	LossVerifier Contract[bindings.LossVerifier]
	NRN          Contract[bindings.NRN]
	Rollup       Contract[bindings.Rollup]
	Bridge       Contract[bindings.Bridge]
	// Verifiers are the verifier contracts Deploy created, by circuit parameter string (nil
	// from Bind; ask the Rollup with VerifierOf).
	Verifiers map[string]common.Address
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

// Deploy deploys LossVerifier (the devnet circuit's), a BatchLossVerifier for each of
// cfg.Verifiers (sorted by parameter string), NRN, Rollup and Bridge from opts.From, in that
// order, with consecutive nonces (opts.Nonce if set, else the account's pending nonce),
// waiting for each receipt. The Rollup is constructed with every verifier registered under
// its circuit id and, like NRN, with the Bridge's precomputed address (Rollup reads its
// deposit count, NRN grants it MINTER_ROLE); the Bridge's constructor checks both, so a
// deployment is either wired or fails. The account must send nothing else meanwhile. opts
// is not modified.
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
	extra := slices.Sorted(maps.Keys(cfg.Verifiers))
	v := uint64(1 + len(extra)) // verifier contracts before NRN
	a := Addresses{
		LossVerifier: crypto.CreateAddress(opts.From, nonce),
		NRN:          crypto.CreateAddress(opts.From, nonce+v),
		Rollup:       crypto.CreateAddress(opts.From, nonce+v+1),
		Bridge:       crypto.CreateAddress(opts.From, nonce+v+2),
	}
	d := Bind(backend, a)
	d.Verifiers = map[string]common.Address{sampledloss.DevnetParams().String(): a.LossVerifier}
	circuits := [][32]byte{l1.CircuitID(sampledloss.DevnetParams().String())}
	verifiers := []common.Address{a.LossVerifier}
	steps := []step{{"LossVerifier", &bindings.LossVerifierMetaData, nil, a.LossVerifier}}
	for i, params := range extra {
		addr := crypto.CreateAddress(opts.From, nonce+1+uint64(i))
		steps = append(steps, batchVerifierStep(cfg.Verifiers[params], addr))
		d.Verifiers[params] = addr
		circuits = append(circuits, l1.CircuitID(params))
		verifiers = append(verifiers, addr)
	}
	steps = append(steps,
		step{"NRN", &bindings.NRNMetaData, d.NRN.Binding.PackConstructor(admin, a.Bridge, cfg.GenesisHolder, cfg.InitialSupply), a.NRN},
		step{"Rollup", &bindings.RollupMetaData, d.Rollup.Binding.PackConstructor(admin, circuits, verifiers, cfg.Sequencer, a.Bridge,
			uint64(cfg.FinalizationPeriod/time.Second), cfg.GenesisStateRoot), a.Rollup},
		step{"Bridge", &bindings.BridgeMetaData, d.Bridge.Binding.PackConstructor(a.NRN, a.Rollup), a.Bridge},
	)
	for i, s := range steps {
		rcpt, err := s.deploy(ctx, backend, opts, nonce+uint64(i))
		if err != nil {
			return nil, err
		}
		if i == 0 {
			d.Block = rcpt.BlockNumber.Uint64()
		}
	}
	return d, nil
}

// step is one contract creation at a precomputed address.
type step struct {
	name string
	meta *bind.MetaData
	args []byte
	want common.Address
}

func batchVerifierStep(k *sampledloss.BatchVerifierKey, at common.Address) step {
	return step{"BatchLossVerifier", &bindings.BatchLossVerifierMetaData, bindings.NewBatchLossVerifier().PackConstructor(
		k.Alpha, k.BetaNeg, k.GammaNeg, k.DeltaNeg, k.K, k.PedersenG, k.PedersenSigmaNeg), at}
}

// deploy sends the creation with the given nonce and waits for a successful receipt.
func (s step) deploy(ctx context.Context, backend Backend, opts *bind.TransactOpts, nonce uint64) (*types.Receipt, error) {
	o := *opts
	o.Context = ctx
	o.Nonce = new(big.Int).SetUint64(nonce)
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
	return rcpt, nil
}

// RegisterVerifier deploys a BatchLossVerifier with key from opts.From and registers it in
// the Rollup for the circuit with parameter string params; opts.From must be the Rollup's
// owner (Config.Admin), and the circuit must have no verifier yet (the Rollup never
// replaces one). It returns the verifier's address once the registration is mined.
func RegisterVerifier(ctx context.Context, backend Backend, opts *bind.TransactOpts, d *Deployment, params string, key *sampledloss.BatchVerifierKey) (common.Address, error) {
	if params == "" {
		return common.Address{}, fmt.Errorf("%w: empty circuit parameter string", ErrInvalidConfig)
	}
	if err := checkBatchKey(key); err != nil {
		return common.Address{}, fmt.Errorf("%w: verifier for %q: %v", ErrInvalidConfig, params, err)
	}
	have, _, err := d.VerifierOf(ctx, params)
	if err != nil {
		return common.Address{}, err
	}
	if have != (common.Address{}) {
		return common.Address{}, fmt.Errorf("%w: circuit %q already has verifier %v on L1", ErrInvalidConfig, params, have)
	}
	nonce, err := startNonce(ctx, backend, opts)
	if err != nil {
		return common.Address{}, fmt.Errorf("register verifier: read nonce: %w", err)
	}
	addr := crypto.CreateAddress(opts.From, nonce)
	if _, err := batchVerifierStep(key, addr).deploy(ctx, backend, opts, nonce); err != nil {
		return common.Address{}, err
	}
	o := *opts
	o.Context = ctx
	o.Nonce = new(big.Int).SetUint64(nonce + 1)
	tx, err := bind.Transact(d.Rollup.Instance, &o, d.Rollup.Binding.PackRegisterVerifier(l1.CircuitID(params), addr))
	if err != nil {
		return common.Address{}, fmt.Errorf("register verifier for %q: %w", params, err)
	}
	rcpt, err := bind.WaitMined(ctx, backend, tx.Hash())
	if err != nil {
		return common.Address{}, fmt.Errorf("register verifier for %q: wait for %v: %w", params, tx.Hash(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return common.Address{}, fmt.Errorf("register verifier for %q: %w: %v", params, ErrReverted, tx.Hash())
	}
	return addr, nil
}

// VerifierOf returns the verifier the Rollup holds for the circuit with parameter string
// params (zero if none) and whether it verifies a batch's proofs in one call.
func (d *Deployment) VerifierOf(ctx context.Context, params string) (common.Address, bool, error) {
	out, err := bind.Call(d.Rollup.Instance, &bind.CallOpts{Context: ctx}, d.Rollup.Binding.PackVerifierOf(l1.CircuitID(params)), d.Rollup.Binding.UnpackVerifierOf)
	if err != nil {
		return common.Address{}, false, fmt.Errorf("read verifier of %q: %w", params, err)
	}
	return out.Verifier, out.Batch, nil
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
