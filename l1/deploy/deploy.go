// Package deploy deploys and wires the Neuron L1 contracts: LossVerifier, FaultProver (with
// its StepVerifier), NRN, Rollup, Bridge, ModelNFT and DataChallenge.
package deploy

import (
	"bytes"
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
	"github.com/neuron-rollup/neuron/l1/l1errors"
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
	// Admin is NRN's admin (DEFAULT_ADMIN_ROLE: it may grant and revoke MINTER_ROLE) and the
	// Rollup's owner (it may add verifiers of other code for new circuits); a multisig on
	// real networks. Both change hands in two steps. Zero means the deploying account.
	Admin common.Address
	// AdminDelay is how long a started NRN admin transfer waits before the new admin may
	// accept it: whole seconds, zero allowed.
	AdminDelay time.Duration
	// L2ChainID is the L2 chain id (the chain file's chainId); withdrawal leaves bind it.
	L2ChainID uint64
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
	// ForcedWindow is how long the sequencer has to include a transaction queued on L1
	// (Rollup.forceInclude) before a batch that leaves it out is refused and anyone may enter
	// exodus: whole seconds; zero means DefaultForcedWindow. Devnets set it short.
	ForcedWindow time.Duration
	// ExodusDelay is how long no batch may finalize before anyone may enter exodus (every
	// account then leaves with its L2 balance at the last finalized state): whole seconds;
	// zero means DefaultExodusDelay.
	ExodusDelay time.Duration
	// Devnet deploys the gnark-exported LossVerifier of the committed, INSECURE devnet keys
	// and registers it for the devnet circuit. Only for development chains: whoever ran the
	// devnet setup can forge its proofs.
	Devnet bool
	// Verifiers are version-2 circuits to verify on L1 from the start, by parameter string
	// (sampledloss.Params.String(), used only to name them): the Rollup's constructor deploys
	// a BatchLossVerifier for each key and registers it under the key's circuit id
	// (l1.CircuitIDOfKey). Anyone can register more later (RegisterVerifier).
	Verifiers map[string]*sampledloss.BatchVerifierKey
	// Circuits is the chain's verifying key set (the chain file's, chainfile.File.KeySet: gnark
	// keys by parameter string), from which Deploy writes LossCircuits' table: the circuit
	// (l1.CircuitIDOfKey) that proves each spec's claims, for the fault proofs of the steps
	// that must decide the L2 verifier's Supports and CircuitID. It must be the key set the L2
	// verifies with. Nil: the keys Deploy registers (the devnet key with Devnet, Verifiers).
	Circuits map[string][]byte
	// SequencerBond is the bond in wei the sequencer must hold in the Rollup (Rollup.postBond)
	// to submit batches; a batch proven wrong pays it to its challenger. Nil or zero: none
	// (devnets and tests).
	SequencerBond *big.Int
	// Fees is the L2 fee rule (the chain file's, rollup.FeeRule) the Rollup re-executes
	// challenged steps with (Rollup.feeRule). It must be the rule the L2 runs: with another,
	// an honest batch's fee-paying step is proven wrong. A nil amount is zero; the zero rule
	// (no target units) charges nothing.
	Fees FeeRule
	// MinStake is the L2's MinStake (the chain file's, rollup.Config.MinStake): the stake a
	// commit needs, which the Rollup re-executes challenged commits with (Rollup.minStake).
	// Like Fees it must be the L2's (CheckMinStake). Nil is zero.
	MinStake *big.Int
	// MinBounty is the L2's least create-mlsc bounty (the chain file's, rollup.Config.MinBounty),
	// which the Rollup re-executes challenged creates with (StepMLSC.minBounty). Like Fees it
	// must be the L2's. Nil is DefaultMinBounty.
	MinBounty *big.Int
	// Reward is the L2's reward rule (the chain file's rollup.Config RewardDivisor, GenesisTime,
	// HalvingSeconds and ProverBps), which the Rollup re-executes challenged loss proofs with
	// (StepProofs). Like Fees it must be the L2's (CheckReward). Zero Divisor and
	// HalvingSeconds are DefaultRewardDivisor and DefaultHalvingSeconds.
	Reward RewardRule
	// DeltaPeriod is the L2's default training-set epoch in blocks (the chain file's,
	// rollup.Config.DeltaPeriod), which the Rollup re-executes challenged period proposals with
	// (StepDeltas.deltaPeriod: an epoch opened by one ends at a height it decides). Like Fees it
	// must be the L2's. Zero is DefaultDeltaPeriod.
	DeltaPeriod uint64
	// MinDeltaDeposit is the L2's least delta deposit (the chain file's,
	// rollup.Config.MinDeltaDeposit), which the Rollup re-executes challenged delta proposals
	// with (StepProposals.minDeltaDeposit). Like Fees it must be the L2's. Nil or zero is MinStake.
	MinDeltaDeposit *big.Int
	// DAChallengeWindow is how long after its submission a chunk of a batch's data may be
	// challenged (DataChallenge.challengeWindow), DAResolveWindow how long a challenge has to be
	// resolved: whole seconds, their sum below FinalizationPeriod, so that a batch whose data
	// was withheld is removed before it finalizes. Both zero: DefaultDAWindows.
	DAChallengeWindow, DAResolveWindow time.Duration
	// DAChallengeBond is the bond in wei each data-availability challenge posts; the resolver
	// is paid its cost from it. Nil: DefaultDAChallengeBond.
	DAChallengeBond *big.Int
}

// RewardRule is what a won round pays on L2 (rollup.Config.Reward and ProverBps): Issued /
// Divisor minted, halved every HalvingSeconds of L2 time after GenesisTime, and ProverBps of
// the round's escrow share to its prover; and what an applied delta pays its proposer
// (rollup.Config.DeltaReward): Issued / DeltaDivisor, halved alike (StepEpochs).
type RewardRule struct {
	Divisor, GenesisTime, HalvingSeconds, ProverBps uint64
	DeltaDivisor                                    uint64
}

// DefaultRewardDivisor and DefaultHalvingSeconds are a RewardRule's when it sets none: a won
// round mints 0.001 % of the supply, halving every four years of 365.25 days
// (rollup.HalvingSeconds4Years; TestDefaultsAreRollups).
const (
	DefaultRewardDivisor  = 100_000
	DefaultHalvingSeconds = 4 * 36525 * 864
	// DefaultDeltaRewardDivisor: an applied delta mints 0.0001 % of the supply
	// (rollup.DefaultDeltaRewardDivisor).
	DefaultDeltaRewardDivisor = 1_000_000
)

func (r RewardRule) orDefault() RewardRule {
	if r.Divisor == 0 {
		r.Divisor = DefaultRewardDivisor
	}
	if r.DeltaDivisor == 0 {
		r.DeltaDivisor = DefaultDeltaRewardDivisor
	}
	if r.HalvingSeconds == 0 {
		r.HalvingSeconds = DefaultHalvingSeconds
	}
	return r
}

// DefaultDAChallengeBond is 0.1 ether: a full 64 KiB chunk's resolution (about 2.7M gas)
// at 37 gwei.
var DefaultDAChallengeBond = big.NewInt(1e17)

// DAWindows are the challenge and resolve windows of the data-availability game:
// DAChallengeWindow and DAResolveWindow if set, else half and a quarter of the finalization
// period (whole seconds), leaving the last quarter to remove a batch whose challenge went
// unresolved. A finalization period below 4 s leaves no room for the game: both are zero and
// no chunk can be challenged.
func (c *Config) DAWindows() (challenge, resolve time.Duration) {
	if c.DAChallengeWindow != 0 || c.DAResolveWindow != 0 {
		return c.DAChallengeWindow, c.DAResolveWindow
	}
	f := c.FinalizationPeriod / time.Second
	if f < 4 {
		return 0, 0
	}
	return f / 2 * time.Second, f / 4 * time.Second
}

// FeeRule is the Rollup's copy of the L2 fee rule (StepState.FeeRule).
type FeeRule = bindings.StepStateFeeRule

// Defaults of Config.ForcedWindow and Config.ExodusDelay: OP Stack's 12-hour sequencing
// window, and zkSync Lite's 14 days without service before exodus.
const (
	DefaultForcedWindow = 12 * time.Hour
	DefaultExodusDelay  = 14 * 24 * time.Hour
)

// ForcedWindowOrDefault is ForcedWindow, or DefaultForcedWindow if it is zero.
func (c *Config) ForcedWindowOrDefault() time.Duration {
	if c.ForcedWindow == 0 {
		return DefaultForcedWindow
	}
	return c.ForcedWindow
}

// ExodusDelayOrDefault is ExodusDelay, or DefaultExodusDelay if it is zero.
func (c *Config) ExodusDelayOrDefault() time.Duration {
	if c.ExodusDelay == 0 {
		return DefaultExodusDelay
	}
	return c.ExodusDelay
}

// maxConstructorKeys bounds Config.Verifiers: the Rollup's constructor deploys one verifier
// (about 1.3M gas) per key, and one transaction may use at most 16,777,216 gas (EIP-7825).
const maxConstructorKeys = 6

// Check reports every problem with c, joined; each wraps ErrInvalidConfig.
func (c *Config) Check() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrInvalidConfig}, args...)...))
	}
	if c.Sequencer == (common.Address{}) {
		bad("sequencer address is zero")
	}
	if c.L2ChainID == 0 {
		bad("L2 chain id is zero")
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
	for _, w := range []struct {
		name string
		d    time.Duration
	}{{"forced window", c.ForcedWindow}, {"exodus delay", c.ExodusDelay}} {
		if w.d < 0 || w.d%time.Second != 0 {
			bad("%s %v is not a whole, non-negative number of seconds", w.name, w.d)
		}
	}
	if c.AdminDelay < 0 || c.AdminDelay%time.Second != 0 || c.AdminDelay/time.Second >= 1<<48 {
		bad("admin delay %v is not a whole, non-negative number of seconds below 2^48", c.AdminDelay)
	}
	if c.SequencerBond != nil && (c.SequencerBond.Sign() < 0 || c.SequencerBond.BitLen() > 96) {
		bad("sequencer bond %v is not a non-negative number of wei below 2^96", c.SequencerBond)
	}
	if v := c.Fees.MinBaseFee; v != nil && (v.Sign() < 0 || v.Cmp(maxUint256) > 0) {
		bad("minimum base fee %v is not a uint256", v)
	}
	if c.Fees.TargetUnits > 0 && (c.Fees.MinBaseFee == nil || c.Fees.MinBaseFee.Sign() == 0) {
		bad("fees on (target %d units) with a zero minimum base fee", c.Fees.TargetUnits)
	}
	cw, rw := c.DAWindows()
	for _, w := range []struct {
		name string
		d    time.Duration
	}{{"DA challenge window", cw}, {"DA resolve window", rw}} {
		if w.d < 0 || w.d%time.Second != 0 {
			bad("%s %v is not a whole, non-negative number of seconds", w.name, w.d)
		}
	}
	if cw != 0 && (rw <= 0 || cw+rw >= c.FinalizationPeriod) {
		bad("DA challenge window %v and resolve window %v: the resolve window must be non-zero and their sum below the finalization period %v", cw, rw, c.FinalizationPeriod)
	}
	if c.DAChallengeBond != nil && c.DAChallengeBond.Sign() < 0 {
		bad("DA challenge bond %v is negative", c.DAChallengeBond)
	}
	if c.Fees.BurnBps > 10_000 {
		bad("fee burn share %d bps is above 10000", c.Fees.BurnBps)
	}
	if v := c.MinStake; v != nil && (v.Sign() < 0 || v.Cmp(maxUint256) > 0) {
		bad("minimum stake %v is not a uint256", v)
	}
	if v := c.MinBounty; v != nil && (v.Sign() <= 0 || v.Cmp(maxUint256) > 0) {
		bad("minimum bounty %v is not a positive uint256", v)
	}
	if c.Reward.ProverBps > 10_000 {
		bad("prover share %d bps is above 10000", c.Reward.ProverBps)
	}
	if len(c.Verifiers) > maxConstructorKeys {
		bad("%d verifiers at deployment, at most %d (register the others with RegisterVerifier)", len(c.Verifiers), maxConstructorKeys)
	}
	ids := map[common.Hash]string{}
	for _, params := range slices.Sorted(maps.Keys(c.Verifiers)) {
		if params == "" {
			bad("a verifier has an empty circuit parameter string")
			continue
		}
		k := c.Verifiers[params]
		if err := checkBatchKey(k); err != nil {
			bad("verifier for %q: %v", params, err)
			continue
		}
		id := KeyCircuitID(k)
		if other, dup := ids[id]; dup {
			bad("verifiers for %q and %q have the same key", other, params)
		}
		ids[id] = params
	}
	if _, err := c.circuitTable(); err != nil {
		bad("circuit table: %v", err)
	}
	return errors.Join(errs...)
}

// circuitTable is LossCircuits' constructor arguments for c (Config.Circuits).
func (c *Config) circuitTable() ([]byte, error) {
	ids := map[string]common.Hash{}
	if c.Circuits != nil {
		var err error
		if ids, err = l1.CircuitIDs(c.Circuits); err != nil {
			return nil, err
		}
	} else {
		if c.Devnet {
			ids[sampledloss.DevnetParams().String()] = DevnetCircuitID()
		}
		for params, k := range c.Verifiers {
			if checkBatchKey(k) == nil {
				ids[params] = KeyCircuitID(k)
			}
		}
	}
	keys, circuits, err := l1.CircuitTable(ids)
	if err != nil {
		return nil, err
	}
	return bindings.NewLossCircuits().PackConstructor(hashes(keys), hashes(circuits)), nil
}

func hashes(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

func checkBatchKey(k *sampledloss.BatchVerifierKey) error {
	if k == nil {
		return errors.New("no verifying key")
	}
	for _, w := range keyWords(k) {
		if w == nil || w.Sign() < 0 || w.BitLen() > 256 {
			return errors.New("batch verifier key has a missing or out-of-range coordinate")
		}
	}
	return nil
}

// keyWords are k's coordinates in the order of Rollup.VerifyingKey (l1.KeyWords of the key).
func keyWords(k *sampledloss.BatchVerifierKey) []*big.Int {
	return slices.Concat(k.Alpha[:], k.BetaNeg[:], k.GammaNeg[:], k.DeltaNeg[:], k.K[:], k.PedersenG[:], k.PedersenSigmaNeg[:])
}

// KeyCircuitID is the circuit id of a version-2 key, Rollup.circuitIdOf(key):
// keccak256(abi.encode(key)), equal to l1.CircuitIDOfKey of the gnark key it was made from.
// k must pass checkBatchKey.
func KeyCircuitID(k *sampledloss.BatchVerifierKey) common.Hash {
	words := keyWords(k)
	enc := make([]byte, 32*len(words))
	for i, w := range words {
		w.FillBytes(enc[32*i : 32*i+32])
	}
	return crypto.Keccak256Hash(enc)
}

func rollupKey(k *sampledloss.BatchVerifierKey) bindings.RollupVerifyingKey {
	return bindings.RollupVerifyingKey{Alpha: k.Alpha, BetaNeg: k.BetaNeg, GammaNeg: k.GammaNeg, DeltaNeg: k.DeltaNeg,
		K: k.K, PedersenG: k.PedersenG, PedersenSigmaNeg: k.PedersenSigmaNeg}
}

// BatchVerifierAddress is where the Rollup at rollup deploys the BatchLossVerifier of k
// (CREATE2 with salt KeyCircuitID(k) over BatchLossVerifier's creation code and k): the only
// address Rollup.verifierOf may name for a key-registered circuit.
func BatchVerifierAddress(rollup common.Address, k *sampledloss.BatchVerifierKey) common.Address {
	init := append(common.FromHex(bindings.BatchLossVerifierMetaData.Bin), bindings.NewBatchLossVerifier().PackConstructor(
		k.Alpha, k.BetaNeg, k.GammaNeg, k.DeltaNeg, k.K, k.PedersenG, k.PedersenSigmaNeg)...)
	return crypto.CreateAddress2(rollup, KeyCircuitID(k), crypto.Keccak256(init))
}

// DevnetCircuitID is the circuit id of the committed devnet key.
func DevnetCircuitID() common.Hash {
	id, err := l1.CircuitIDOfKey(sampledloss.DevnetVerifyingKey())
	if err != nil {
		panic("deploy: committed devnet verifying key: " + err.Error())
	}
	return id
}

// Addresses are the deployed contracts' addresses.
type Addresses struct {
	// LossVerifier is the INSECURE devnet verifier, zero unless deployed with Config.Devnet.
	LossVerifier common.Address `json:"lossVerifier,omitzero"`
	NRN          common.Address `json:"nrn"`
	Rollup       common.Address `json:"rollup"`
	Bridge       common.Address `json:"bridge"`
	// ModelNFT mints finished models' tokens from final batches' messages (zero in a chain
	// file written before it existed).
	ModelNFT common.Address `json:"modelNFT,omitzero"`
	// DataChallenge is the data-availability game (also Rollup.dataChallenge()).
	DataChallenge common.Address `json:"dataChallenge,omitzero"`
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
	// LossVerifier is the devnet circuit's verifier (address zero if not a devnet).
	LossVerifier Contract[bindings.LossVerifier]
	// FaultProver decides challenges of batches for the Rollup (address zero from Bind: ask
	// Rollup.faultProver).
	FaultProver Contract[bindings.FaultProver]
	NRN         Contract[bindings.NRN]
	Rollup      Contract[bindings.Rollup]
	Bridge      Contract[bindings.Bridge]
	ModelNFT    Contract[bindings.ModelNFT]
	// DataChallenge is the data-availability game.
	DataChallenge Contract[bindings.DataChallenge]
	// LossCircuits is L1's table of the chain's circuits (Config.Circuits) and its claim
	// digest (address zero from Bind).
	LossCircuits Contract[bindings.LossCircuits]
	// Verifiers are the verifier contracts Deploy created, by circuit parameter string (nil
	// from Bind; ask the Rollup with VerifierOf).
	Verifiers map[string]common.Address
	// Block is the L1 block of the first deployment transaction (0 from Bind): where to
	// start reading the contracts' events.
	Block uint64

	backend bind.ContractBackend
}

// Addresses returns the contracts' addresses.
func (d *Deployment) Addresses() Addresses {
	return Addresses{
		LossVerifier:  d.LossVerifier.Address,
		NRN:           d.NRN.Address,
		Rollup:        d.Rollup.Address,
		Bridge:        d.Bridge.Address,
		ModelNFT:      d.ModelNFT.Address,
		DataChallenge: d.DataChallenge.Address,
	}
}

// Bind binds to contracts deployed earlier at a.
func Bind(backend bind.ContractBackend, a Addresses) *Deployment {
	return &Deployment{
		LossVerifier:  newContract(backend, a.LossVerifier, bindings.NewLossVerifier(), (*bindings.LossVerifier).Instance),
		FaultProver:   newContract(backend, common.Address{}, bindings.NewFaultProver(), (*bindings.FaultProver).Instance),
		NRN:           newContract(backend, a.NRN, bindings.NewNRN(), (*bindings.NRN).Instance),
		Rollup:        newContract(backend, a.Rollup, bindings.NewRollup(), (*bindings.Rollup).Instance),
		Bridge:        newContract(backend, a.Bridge, bindings.NewBridge(), (*bindings.Bridge).Instance),
		ModelNFT:      newContract(backend, a.ModelNFT, bindings.NewModelNFT(), (*bindings.ModelNFT).Instance),
		DataChallenge: newContract(backend, a.DataChallenge, bindings.NewDataChallenge(), (*bindings.DataChallenge).Instance),
		backend:       backend,
	}
}

// Deploy deploys LossVerifier (the devnet circuit's, only if cfg.Devnet), LossCircuits, StepTrie, StepRounds, StepProofs, StepMLSC,
// DeltaProofs, StepProposals, DatasetLeavesV2, StepDeltaData, StepDeltas, BlockDeltas, StepEpochs, StepBlocks, FaultProver, NRN,
// Rollup, Bridge and ModelNFT from opts.From, in that order, with consecutive nonces (opts.Nonce if set, else the
// account's pending nonce), waiting for each receipt. The Rollup's constructor deploys a
// BatchLossVerifier for each of cfg.Verifiers and registers it under the key's circuit id,
// and registers the devnet verifier if there is one. The Rollup and NRN are constructed with
// the Bridge's precomputed address (Rollup reads its deposit count, NRN grants it
// MINTER_ROLE); the Bridge's constructor checks both, so a deployment is either wired or
// fails. The account must send nothing else meanwhile. opts is not modified.
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
	var steps []step
	var a Addresses
	circuits, verifiers := [][32]byte{}, []common.Address{}
	if cfg.Devnet {
		a.LossVerifier = crypto.CreateAddress(opts.From, nonce)
		steps = append(steps, step{"LossVerifier", &bindings.LossVerifierMetaData, nil, a.LossVerifier})
		circuits, verifiers = append(circuits, DevnetCircuitID()), append(verifiers, a.LossVerifier)
	}
	table, err := cfg.circuitTable()
	if err != nil {
		return nil, fmt.Errorf("%w: circuit table: %w", ErrInvalidConfig, err)
	}
	tableAddr := crypto.CreateAddress(opts.From, nonce+uint64(len(steps)))
	steps = append(steps, step{"LossCircuits", &bindings.LossCircuitsMetaData, table, tableAddr})
	// The StepTrie goes out apart from the FaultProver, whose creation code (the StepVerifier's
	// and StepEconomy's with it) would otherwise exceed EIP-3860's 49,152 bytes.
	trie := crypto.CreateAddress(opts.From, nonce+uint64(len(steps)))
	steps = append(steps, step{"StepTrie", &bindings.StepTrieMetaData, nil, trie})
	// So does the StepRounds (commits and reveals), which the StepVerifier calls.
	rounds := crypto.CreateAddress(opts.From, nonce+uint64(len(steps)))
	steps = append(steps, step{"StepRounds", &bindings.StepRoundsMetaData, bindings.NewStepRounds().PackConstructor(trie), rounds})
	// And the StepMLSC (create-mlsc), with the circuit table and the minimum bounty.
	minBounty := cfg.MinBounty
	if minBounty == nil {
		minBounty = big.NewInt(DefaultMinBounty)
	}
	// It calls the StepProofs (an applied loss proof's effects), with the reward rule.
	rr := cfg.Reward.orDefault()
	lossProofs := crypto.CreateAddress(opts.From, nonce+uint64(len(steps)))
	steps = append(steps, step{"StepProofs", &bindings.StepProofsMetaData,
		bindings.NewStepProofs().PackConstructor(trie, rr.Divisor, rr.GenesisTime, rr.HalvingSeconds, rr.ProverBps), lossProofs})
	mlsc := crypto.CreateAddress(opts.From, nonce+uint64(len(steps)))
	steps = append(steps, step{"StepMLSC", &bindings.StepMLSCMetaData, bindings.NewStepMLSC().PackConstructor(trie, tableAddr, minBounty, lossProofs), mlsc})
	// And the StepDeltas (vote-delta, propose-period, vote-period), with the epoch length.
	period := cfg.DeltaPeriod
	if period == 0 {
		period = DefaultDeltaPeriod
	}
	// Propose-delta and delta-data: DeltaProofs, StepProposals (with the least deposit and the
	// circuit table) and StepDeltaData (with DatasetLeavesV2, a cross-entropy model's chunk
	// leaves), which the StepDeltas forwards them to.
	minDeposit := cfg.MinDeltaDeposit
	if minDeposit == nil || minDeposit.Sign() == 0 {
		minDeposit = orZero(cfg.MinStake)
	}
	proofs := crypto.CreateAddress(opts.From, nonce+uint64(len(steps)))
	steps = append(steps, step{"DeltaProofs", &bindings.DeltaProofsMetaData, nil, proofs})
	proposals := crypto.CreateAddress(opts.From, nonce+uint64(len(steps)))
	steps = append(steps, step{"StepProposals", &bindings.StepProposalsMetaData,
		bindings.NewStepProposals().PackConstructor(trie, period, minDeposit, proofs, tableAddr), proposals})
	leavesV2 := crypto.CreateAddress(opts.From, nonce+uint64(len(steps)))
	steps = append(steps, step{"DatasetLeavesV2", &bindings.DatasetLeavesV2MetaData, nil, leavesV2})
	data := crypto.CreateAddress(opts.From, nonce+uint64(len(steps)))
	steps = append(steps, step{"StepDeltaData", &bindings.StepDeltaDataMetaData, bindings.NewStepDeltaData().PackConstructor(trie, period, proofs, leavesV2), data})
	deltas := crypto.CreateAddress(opts.From, nonce+uint64(len(steps)))
	steps = append(steps, step{"StepDeltas", &bindings.StepDeltasMetaData, bindings.NewStepDeltas().PackConstructor(trie, period, proposals, data), deltas})
	// And the StepBlocks (block starts once an MLSC exists), with its BlockDeltas (an MLSC whose
	// training set took a delta).
	blockDeltas := crypto.CreateAddress(opts.From, nonce+uint64(len(steps)))
	steps = append(steps, step{"BlockDeltas", &bindings.BlockDeltasMetaData, nil, blockDeltas})
	// It forwards a block start that does epoch work to the StepEpochs, with the epoch length
	// and the delta reward rule.
	// The StepEpochs takes calls from that StepBlocks only (deployed next: its address known).
	epochs := crypto.CreateAddress(opts.From, nonce+uint64(len(steps)))
	blocks := crypto.CreateAddress(opts.From, nonce+uint64(len(steps))+1)
	steps = append(steps, step{"StepEpochs", &bindings.StepEpochsMetaData,
		bindings.NewStepEpochs().PackConstructor(trie, period, rr.DeltaDivisor, rr.GenesisTime, rr.HalvingSeconds, blocks), epochs})
	steps = append(steps, step{"StepBlocks", &bindings.StepBlocksMetaData, bindings.NewStepBlocks().PackConstructor(trie, blockDeltas, epochs), blocks})
	first := nonce + uint64(len(steps))
	prover := crypto.CreateAddress(opts.From, first)
	a.NRN, a.Rollup, a.Bridge = crypto.CreateAddress(opts.From, first+1), crypto.CreateAddress(opts.From, first+2), crypto.CreateAddress(opts.From, first+3)
	a.ModelNFT = crypto.CreateAddress(opts.From, first+4)
	a.DataChallenge = crypto.CreateAddress(opts.From, first+5)
	d := Bind(backend, a)
	d.FaultProver = newContract(backend, prover, bindings.NewFaultProver(), (*bindings.FaultProver).Instance)
	d.LossCircuits = newContract(backend, tableAddr, bindings.NewLossCircuits(), (*bindings.LossCircuits).Instance)
	bond := cfg.SequencerBond
	if bond == nil {
		bond = new(big.Int)
	}
	cw, rw := cfg.DAWindows()
	daBond := cfg.DAChallengeBond
	if daBond == nil {
		daBond = DefaultDAChallengeBond
	}
	d.Verifiers = map[string]common.Address{}
	if cfg.Devnet {
		d.Verifiers[sampledloss.DevnetParams().String()] = a.LossVerifier
	}
	keys := []bindings.RollupVerifyingKey{}
	for _, params := range slices.Sorted(maps.Keys(cfg.Verifiers)) {
		k := cfg.Verifiers[params]
		keys = append(keys, rollupKey(k))
		d.Verifiers[params] = BatchVerifierAddress(a.Rollup, k)
	}
	steps = append(steps,
		step{"FaultProver", &bindings.FaultProverMetaData, d.FaultProver.Binding.PackConstructor(trie, rounds, mlsc, deltas, blocks), prover},
		step{"NRN", &bindings.NRNMetaData, d.NRN.Binding.PackConstructor(admin, big.NewInt(int64(cfg.AdminDelay/time.Second)),
			a.Bridge, cfg.GenesisHolder, cfg.InitialSupply), a.NRN},
		step{"Rollup", &bindings.RollupMetaData, d.Rollup.Binding.PackConstructor(admin, cfg.L2ChainID, circuits, verifiers, keys,
			cfg.Sequencer, a.Bridge, cfg.GenesisStateRoot, bindings.RollupSettings{
				FinalizationPeriod: uint64(cfg.FinalizationPeriod / time.Second),
				ForcedWindow:       uint64(cfg.ForcedWindowOrDefault() / time.Second),
				ExodusDelay:        uint64(cfg.ExodusDelayOrDefault() / time.Second),
				FaultProver:        prover,
				SequencerBond:      bond,
				Fees:               feeRule(cfg.Fees),
				DataChallenge:      a.DataChallenge,
				MinStake:           orZero(cfg.MinStake),
			}), a.Rollup},
		step{"Bridge", &bindings.BridgeMetaData, d.Bridge.Binding.PackConstructor(a.NRN, a.Rollup), a.Bridge},
		step{"ModelNFT", &bindings.ModelNFTMetaData, d.ModelNFT.Binding.PackConstructor(a.Rollup), a.ModelNFT},
		step{"DataChallenge", &bindings.DataChallengeMetaData, d.DataChallenge.Binding.PackConstructor(a.Rollup,
			uint64(cw/time.Second), uint64(rw/time.Second), daBond), a.DataChallenge},
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

// orZero is v, or zero if v is nil (the ABI encoder takes no nil).
func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// feeRule is f with a nil amount as zero (the ABI encoder takes no nil).
func feeRule(f FeeRule) FeeRule {
	if f.MinBaseFee == nil {
		f.MinBaseFee = new(big.Int)
	}
	return f
}

// step is one contract creation at a precomputed address.
type step struct {
	name string
	meta *bind.MetaData
	args []byte
	want common.Address
}

// deploy sends the creation with the given nonce and waits for a successful receipt.
func (s step) deploy(ctx context.Context, backend Backend, opts *bind.TransactOpts, nonce uint64) (*types.Receipt, error) {
	o := *opts
	o.Context = ctx
	o.Nonce = new(big.Int).SetUint64(nonce)
	addr, tx, err := bind.DeployContract(&o, common.FromHex(s.meta.Bin), backend, s.args)
	if err != nil {
		return nil, fmt.Errorf("deploy %s: %w", s.name, l1errors.Decode(err))
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

// RegisterVerifier registers the version-2 verifying key vk (gnark encoding) in the Rollup:
// Rollup.registerVerifier deploys its BatchLossVerifier with CREATE2 and registers it under
// the key's circuit id. Anyone may call it. It fails if the circuit already has a verifier
// deployed from its key, and replaces one of other code that has verified no proof. It
// returns the circuit id and the verifier's address once the registration is mined.
func RegisterVerifier(ctx context.Context, backend Backend, opts *bind.TransactOpts, d *Deployment, vk []byte) (common.Hash, common.Address, error) {
	id, addr, data, err := RegisterVerifierCall(ctx, d, vk)
	if err != nil {
		return id, addr, err
	}
	o := *opts
	o.Context = ctx
	tx, err := bind.Transact(d.Rollup.Instance, &o, data)
	if err != nil {
		return id, common.Address{}, fmt.Errorf("register verifier of circuit %v: %w", id, l1errors.Decode(err))
	}
	rcpt, err := bind.WaitMined(ctx, backend, tx.Hash())
	if err != nil {
		return id, common.Address{}, fmt.Errorf("register verifier of circuit %v: wait for %v: %w", id, tx.Hash(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return id, common.Address{}, fmt.Errorf("register verifier of circuit %v: %w: %v", id, ErrReverted, tx.Hash())
	}
	return id, addr, nil
}

// RegisterVerifierCall checks vk as RegisterVerifier does and returns the circuit id, the
// address its BatchLossVerifier will have, and the Rollup calldata that registers it, for a
// caller that sends transactions its own way (nrn register-verifier: op-service txmgr).
func RegisterVerifierCall(ctx context.Context, d *Deployment, vk []byte) (common.Hash, common.Address, []byte, error) {
	k, err := sampledloss.NewBatchVerifierKey(vk)
	if err != nil {
		return common.Hash{}, common.Address{}, nil, fmt.Errorf("%w: %w", ErrInvalidConfig, err)
	}
	if err := checkBatchKey(k); err != nil {
		return common.Hash{}, common.Address{}, nil, fmt.Errorf("%w: %v", ErrInvalidConfig, err)
	}
	id := KeyCircuitID(k)
	have, err := d.VerifierOf(ctx, id)
	if err != nil {
		return common.Hash{}, common.Address{}, nil, err
	}
	if have.FromKey || have.Used {
		return id, have.Address, nil, fmt.Errorf("%w: circuit %v already has verifier %v on L1", ErrInvalidConfig, id, have.Address)
	}
	return id, BatchVerifierAddress(d.Rollup.Address, k), d.Rollup.Binding.PackRegisterVerifier(rollupKey(k)), nil
}

// CircuitVerifier is what the Rollup holds for one circuit (Rollup.verifierOf).
type CircuitVerifier struct {
	// Address is the verifier, zero if none.
	Address common.Address
	// Batch: it checks a batch's proofs of the circuit in one call, so that two proofs in
	// one batch cost L1 much less each than one alone.
	Batch bool
	// FromKey: the Rollup deployed it from the circuit's key (never replaced).
	FromKey bool
	// Used: it has verified a proof of an accepted batch (never replaced).
	Used bool
}

// VerifierOf returns what the Rollup holds for circuit.
func (d *Deployment) VerifierOf(ctx context.Context, circuit common.Hash) (CircuitVerifier, error) {
	out, err := bind.Call(d.Rollup.Instance, &bind.CallOpts{Context: ctx}, d.Rollup.Binding.PackVerifierOf(circuit), d.Rollup.Binding.UnpackVerifierOf)
	if err != nil {
		return CircuitVerifier{}, fmt.Errorf("read verifier of circuit %v: %w", circuit, l1errors.Decode(err))
	}
	return CircuitVerifier{Address: out.Verifier, Batch: out.Batch, FromKey: out.FromKey, Used: out.Used}, nil
}

// Errors of CheckVerifier, matched with errors.Is.
var (
	ErrNoVerifier    = errors.New("deploy: circuit has no verifier on L1")
	ErrWrongVerifier = errors.New("deploy: L1 verifier does not hold the circuit's key")
)

// CheckVerifier makes sure the Rollup verifies proofs of the circuit with verifying key vk
// (gnark encoding) with that very key: the verifier registered under l1.CircuitIDOfKey(vk)
// must be the BatchLossVerifier the Rollup deployed from the key (at BatchVerifierAddress),
// or, for the committed devnet key, a contract whose code is LossVerifier's. It returns the
// circuit id and what the Rollup holds for it; ErrNoVerifier if nothing, ErrWrongVerifier
// if another verifier.
func (d *Deployment) CheckVerifier(ctx context.Context, vk []byte) (common.Hash, CircuitVerifier, error) {
	id, err := l1.CircuitIDOfKey(vk)
	if err != nil {
		return id, CircuitVerifier{}, err
	}
	v, err := d.VerifierOf(ctx, id)
	if err != nil {
		return id, v, err
	}
	if v.Address == (common.Address{}) {
		return id, v, fmt.Errorf("%w: circuit %v", ErrNoVerifier, id)
	}
	if k, kerr := sampledloss.NewBatchVerifierKey(vk); kerr == nil {
		if want := BatchVerifierAddress(d.Rollup.Address, k); !v.FromKey || v.Address != want {
			return id, v, fmt.Errorf("%w: circuit %v has verifier %v, not the Rollup's BatchLossVerifier of the key at %v (register the key with nrn register-verifier: it replaces a verifier that has verified no proof)",
				ErrWrongVerifier, id, v.Address, want)
		}
		return id, v, nil
	}
	if bytes.Equal(vk, sampledloss.DevnetVerifyingKey()) {
		code, err := d.backend.CodeAt(ctx, v.Address, nil)
		if err != nil {
			return id, v, fmt.Errorf("read code of verifier %v: %w", v.Address, err)
		}
		if crypto.Keccak256Hash(code) != bindings.LossVerifierCodeHash {
			return id, v, fmt.Errorf("%w: devnet circuit %v has verifier %v, whose code is not the devnet LossVerifier's", ErrWrongVerifier, id, v.Address)
		}
		return id, v, nil
	}
	return id, v, fmt.Errorf("%w: circuit %v has verifier %v of other code, which this node cannot check against the key", ErrWrongVerifier, id, v.Address)
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

// DefaultSequencerBond is what nrn deploy asks of the sequencer by default:
// 1 ether, above the L1 cost of the costliest challenge (a fault-proof step
// of about 6M gas at 100 gwei is 0.6 ether), so that removing a wrong batch
// always pays its challenger.
var DefaultSequencerBond = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// ErrBondTooLow: the Rollup holds less sequencer bond than submitBatch
// needs.
var ErrBondTooLow = errors.New("deploy: the sequencer's bond in the Rollup is below what submitBatch needs")

// Bond reads the sequencer bond the Rollup holds and the one submitBatch
// needs (Rollup.bond, Rollup.sequencerBond).
func (d *Deployment) Bond(ctx context.Context) (have, need *big.Int, err error) {
	opts := &bind.CallOpts{Context: ctx}
	if have, err = bind.Call(d.Rollup.Instance, opts, d.Rollup.Binding.PackBond(), d.Rollup.Binding.UnpackBond); err != nil {
		return nil, nil, fmt.Errorf("read the Rollup's bond: %w", l1errors.Decode(err))
	}
	if need, err = bind.Call(d.Rollup.Instance, opts, d.Rollup.Binding.PackSequencerBond(), d.Rollup.Binding.UnpackSequencerBond); err != nil {
		return nil, nil, fmt.Errorf("read the Rollup's sequencerBond: %w", l1errors.Decode(err))
	}
	return have, need, nil
}

// CheckBond returns an error wrapping ErrBondTooLow, naming both amounts,
// while the Rollup holds less bond than submitBatch needs.
func (d *Deployment) CheckBond(ctx context.Context) error {
	have, need, err := d.Bond(ctx)
	if err != nil {
		return err
	}
	if have.Cmp(need) < 0 {
		return fmt.Errorf("%w: it holds %v wei, submitBatch needs %v: post the rest with nrn post-bond", ErrBondTooLow, have, need)
	}
	return nil
}

// FeeRule reads the L2 fee rule the Rollup re-executes challenged steps with
// (Rollup.feeRule).
func (d *Deployment) FeeRule(ctx context.Context) (FeeRule, error) {
	out, err := bind.Call(d.Rollup.Instance, &bind.CallOpts{Context: ctx}, d.Rollup.Binding.PackFeeRule(), d.Rollup.Binding.UnpackFeeRule)
	if err != nil {
		return FeeRule{}, fmt.Errorf("read the Rollup's fee rule: %w", l1errors.Decode(err))
	}
	return FeeRule{MinBaseFee: out.MinBaseFee, TargetUnits: out.TargetUnits, BurnBps: out.BurnBps, Recipient: out.Recipient}, nil
}

// ErrMinStakeMismatch: the Rollup re-executes commits with another minimum
// stake than the chain file's.
var ErrMinStakeMismatch = errors.New("deploy: the Rollup's minimum stake is not the chain file's")

// CheckMinStake returns an error wrapping ErrMinStakeMismatch, naming both,
// unless the Rollup's minStake is want (nil: zero). Like CheckFeeRule: under
// another minimum L1 would find an honest commit invalid (or a thief's
// valid), and an honest batch could be removed.
func (d *Deployment) CheckMinStake(ctx context.Context, want *big.Int) error {
	have, err := bind.Call(d.Rollup.Instance, &bind.CallOpts{Context: ctx}, d.Rollup.Binding.PackMinStake(), d.Rollup.Binding.UnpackMinStake)
	if err != nil {
		return fmt.Errorf("read the Rollup's minimum stake: %w", l1errors.Decode(err))
	}
	if have.Cmp(orZero(want)) != 0 {
		return fmt.Errorf("%w: L1 has %v, the chain file %v", ErrMinStakeMismatch, have, orZero(want))
	}
	return nil
}

// The L2's defaults for a chain file that leaves MinBounty or DeltaPeriod out:
// rollup.DefaultMinBounty and rollup.DefaultDeltaPeriod, repeated here because
// this package sits below rollup (internal/layering); TestDefaultsAreRollups
// fails if they part.
const (
	DefaultMinBounty   = 1
	DefaultDeltaPeriod = 7 * 24 * 3600 / 2
)

// stepVerifier is the StepVerifier the Rollup's fault proofs use (Rollup.faultProver, then
// FaultProver.stepVerifier), bound, with its binding: the Check functions read the step
// contracts' rules through it.
func (d *Deployment) stepVerifier(opts *bind.CallOpts) (*bind.BoundContract, *bindings.StepVerifier, error) {
	fp, err := bind.Call(d.Rollup.Instance, opts, d.Rollup.Binding.PackFaultProver(), d.Rollup.Binding.UnpackFaultProver)
	if err != nil {
		return nil, nil, fmt.Errorf("read the Rollup's fault prover: %w", l1errors.Decode(err))
	}
	prover := bindings.NewFaultProver()
	sv, err := bind.Call(prover.Instance(d.backend, fp), opts, prover.PackStepVerifier(), prover.UnpackStepVerifier)
	if err != nil {
		return nil, nil, fmt.Errorf("read the step verifier: %w", l1errors.Decode(err))
	}
	verifier := bindings.NewStepVerifier()
	return verifier.Instance(d.backend, sv), verifier, nil
}

// ErrCircuitsMismatch: the Rollup re-executes create-mlsc and decides loss proofs with another
// circuit table or minimum bounty than the chain file's.
var ErrCircuitsMismatch = errors.New("deploy: L1's circuit table or minimum bounty is not the chain file's")

// CheckCircuits returns an error wrapping ErrCircuitsMismatch, naming what differs, unless the
// StepMLSC the Rollup's fault proofs use holds the circuit table of keys (the chain file's key
// set, chainfile.File.KeySet: LossCircuits, as Deploy writes it from Config.Circuits) and
// minBounty (nil: DefaultMinBounty). Like CheckFeeRule: under another table or minimum
// L1 would find an honest create-mlsc invalid (or a thief's valid).
func (d *Deployment) CheckCircuits(ctx context.Context, keys map[string][]byte, minBounty *big.Int) error {
	opts := &bind.CallOpts{Context: ctx}
	sv, verifier, err := d.stepVerifier(opts)
	if err != nil {
		return err
	}
	at, err := bind.Call(sv, opts, verifier.PackMlsc(), verifier.UnpackMlsc)
	if err != nil {
		return fmt.Errorf("read the StepMLSC: %w", l1errors.Decode(err))
	}
	step := bindings.NewStepMLSC()
	mlsc := step.Instance(d.backend, at)
	have, err := bind.Call(mlsc, opts, step.PackMinBounty(), step.UnpackMinBounty)
	if err != nil {
		return fmt.Errorf("read the minimum bounty: %w", l1errors.Decode(err))
	}
	want := minBounty
	if want == nil {
		want = big.NewInt(DefaultMinBounty)
	}
	if have.Cmp(want) != 0 {
		return fmt.Errorf("%w: L1's minimum bounty is %v, the chain file's %v", ErrCircuitsMismatch, have, want)
	}
	tableAt, err := bind.Call(mlsc, opts, step.PackCircuits(), step.UnpackCircuits)
	if err != nil {
		return fmt.Errorf("read the circuit table: %w", l1errors.Decode(err))
	}
	ids, err := l1.CircuitIDs(keys)
	if err != nil {
		return err
	}
	tk, tc, err := l1.CircuitTable(ids)
	if err != nil {
		return err
	}
	lc := bindings.NewLossCircuits()
	table := lc.Instance(d.backend, tableAt)
	n, err := bind.Call(table, opts, lc.PackCircuitCount(), lc.UnpackCircuitCount)
	if err != nil {
		return fmt.Errorf("read the circuit table: %w", l1errors.Decode(err))
	}
	if n.Cmp(big.NewInt(int64(len(tk)))) != 0 {
		return fmt.Errorf("%w: L1's table has %v circuits, the chain file's key set %d", ErrCircuitsMismatch, n, len(tk))
	}
	for i, k := range tk {
		got, err := bind.Call(table, opts, lc.PackCircuitOf(k), lc.UnpackCircuitOf)
		if err != nil {
			return fmt.Errorf("read the circuit table: %w", l1errors.Decode(err))
		}
		if common.Hash(got) != tc[i] {
			return fmt.Errorf("%w: params key %v is circuit %x on L1, %v in the chain file", ErrCircuitsMismatch, k, got, tc[i])
		}
	}
	return nil
}

// ErrFeeRuleMismatch: the Rollup re-executes steps with another fee rule
// than the chain file's.
var ErrFeeRuleMismatch = errors.New("deploy: the Rollup's fee rule is not the chain file's")

// CheckFeeRule returns an error wrapping ErrFeeRuleMismatch, naming both
// rules, unless the Rollup's fee rule is want. A sequencer must not run
// under another rule than L1's: L1 would re-execute its honest steps to
// other roots, and anyone could remove its batches and take its bond.
func (d *Deployment) CheckFeeRule(ctx context.Context, want FeeRule) error {
	have, err := d.FeeRule(ctx)
	if err != nil {
		return err
	}
	want = feeRule(want)
	if have.MinBaseFee.Cmp(want.MinBaseFee) != 0 || have.TargetUnits != want.TargetUnits || have.BurnBps != want.BurnBps || have.Recipient != want.Recipient {
		return fmt.Errorf("%w: L1 has minBaseFee %v, targetUnits %d, burnBps %d, recipient %v; the chain file %v, %d, %d, %v",
			ErrFeeRuleMismatch, have.MinBaseFee, have.TargetUnits, have.BurnBps, have.Recipient,
			want.MinBaseFee, want.TargetUnits, want.BurnBps, want.Recipient)
	}
	return nil
}

// ErrDeltaRulesMismatch: the Rollup re-executes training-set proposals with another least
// deposit or epoch length than the chain file's.
var ErrDeltaRulesMismatch = errors.New("deploy: L1's delta deposit or epoch length is not the chain file's")

// CheckDeltaRules returns an error wrapping ErrDeltaRulesMismatch, naming what differs, unless
// the StepDeltas the Rollup's fault proofs use has epochs of period blocks and its
// StepProposals a least deposit of minDeposit (both as the L2 resolves them:
// rollup.Config.DeltaPeriodOrDefault and MinDeltaDepositOrDefault). Like CheckCircuits: under
// others L1 would find an honest proposal invalid (or a thief's valid).
func (d *Deployment) CheckDeltaRules(ctx context.Context, minDeposit *big.Int, period uint64) error {
	opts := &bind.CallOpts{Context: ctx}
	sv, verifier, err := d.stepVerifier(opts)
	if err != nil {
		return err
	}
	at, err := bind.Call(sv, opts, verifier.PackDeltas(), verifier.UnpackDeltas)
	if err != nil {
		return fmt.Errorf("read the delta step contract: %w", l1errors.Decode(err))
	}
	deltas := bindings.NewStepDeltas()
	inst := deltas.Instance(d.backend, at)
	have, err := bind.Call(inst, opts, deltas.PackDeltaPeriod(), deltas.UnpackDeltaPeriod)
	if err != nil {
		return fmt.Errorf("read the epoch length: %w", l1errors.Decode(err))
	}
	if have != period {
		return fmt.Errorf("%w: L1's epochs are %d blocks, the chain file's %d", ErrDeltaRulesMismatch, have, period)
	}
	pa, err := bind.Call(inst, opts, deltas.PackProposals(), deltas.UnpackProposals)
	if err != nil {
		return fmt.Errorf("read the proposal step contract: %w", l1errors.Decode(err))
	}
	proposals := bindings.NewStepProposals()
	dep, err := bind.Call(proposals.Instance(d.backend, pa), opts, proposals.PackMinDeltaDeposit(), proposals.UnpackMinDeltaDeposit)
	if err != nil {
		return fmt.Errorf("read the least delta deposit: %w", l1errors.Decode(err))
	}
	if dep.Cmp(orZero(minDeposit)) != 0 {
		return fmt.Errorf("%w: L1's least delta deposit is %v, the chain file's %v", ErrDeltaRulesMismatch, dep, orZero(minDeposit))
	}
	return nil
}

// ErrRewardMismatch: L1's reward rule (StepProofs) is not the chain file's.
var ErrRewardMismatch = errors.New("deploy: L1's reward rule is not the chain file's")

// CheckReward returns an error wrapping ErrRewardMismatch, naming what differs, unless the
// StepProofs the Rollup's fault proofs use (Rollup.faultProver -> stepVerifier -> mlsc ->
// proofs) re-executes loss proofs with rule (RewardRuleOf the chain's config; zero Divisor
// and HalvingSeconds are the defaults Deploy writes). Like CheckFeeRule: under another rule
// an honest loss proof could be proven fraud, or a lying one not.
func (d *Deployment) CheckReward(ctx context.Context, rule RewardRule) error {
	opts := &bind.CallOpts{Context: ctx}
	sv, verifier, err := d.stepVerifier(opts)
	if err != nil {
		return err
	}
	at, err := bind.Call(sv, opts, verifier.PackMlsc(), verifier.UnpackMlsc)
	if err != nil {
		return fmt.Errorf("read the StepMLSC: %w", l1errors.Decode(err))
	}
	mb := bindings.NewStepMLSC()
	pa, err := bind.Call(mb.Instance(d.backend, at), opts, mb.PackProofs(), mb.UnpackProofs)
	if err != nil {
		return fmt.Errorf("read the StepProofs: %w", l1errors.Decode(err))
	}
	pb := bindings.NewStepProofs()
	inst := pb.Instance(d.backend, pa)
	var have RewardRule
	for _, f := range []struct {
		name string
		pack []byte
		dst  *uint64
	}{
		{"reward divisor", pb.PackRewardDivisor(), &have.Divisor},
		{"genesis time", pb.PackGenesisTime(), &have.GenesisTime},
		{"halving period", pb.PackHalvingSeconds(), &have.HalvingSeconds},
		{"prover share", pb.PackProverBps(), &have.ProverBps},
	} {
		v, err := bind.Call(inst, opts, f.pack, pb.UnpackRewardDivisor) // every getter returns one uint64
		if err != nil {
			return fmt.Errorf("read the %s: %w", f.name, l1errors.Decode(err))
		}
		*f.dst = v
	}
	blocks, err := bind.Call(sv, opts, verifier.PackBlocks(), verifier.UnpackBlocks)
	if err != nil {
		return fmt.Errorf("read the StepBlocks: %w", l1errors.Decode(err))
	}
	bb := bindings.NewStepBlocks()
	ea, err := bind.Call(bb.Instance(d.backend, blocks), opts, bb.PackStepEpochs(), bb.UnpackStepEpochs)
	if err != nil {
		return fmt.Errorf("read the StepEpochs: %w", l1errors.Decode(err))
	}
	eb := bindings.NewStepEpochs()
	if have.DeltaDivisor, err = bind.Call(eb.Instance(d.backend, ea), opts, eb.PackDeltaRewardDivisor(), eb.UnpackDeltaRewardDivisor); err != nil {
		return fmt.Errorf("read the delta reward divisor: %w", l1errors.Decode(err))
	}
	if want := rule.orDefault(); have != want {
		return fmt.Errorf("%w: L1's is %+v, the chain file's %+v", ErrRewardMismatch, have, want)
	}
	return nil
}
