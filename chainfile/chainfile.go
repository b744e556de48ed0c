// Package chainfile reads and writes the chain file: the network description
// every node of one Neuron network shares (chain parameters, genesis,
// verifying keys, where the L1 contracts are). The sequencer, the prover, the
// light client and the nrn tools read it; it imports no service.
package chainfile

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/rollup"
)

// File is the network description every node of one Neuron network
// shares: L2 chain parameters, genesis and where the L1 contracts are.
//
// L1.Confirmations says when a deposit is credited: 0 (or absent) once L1
// finalizes its block (the "finalized" block tag, l1client.Finalized); N > 0
// once N blocks sit on it, for an L1 without that tag, where a reorg deeper
// than N leaves L2 crediting a deposit L1 dropped.
type File struct {
	ChainID     uint64       `json:"chainId"`
	GenesisTime uint64       `json:"genesisTime"`
	Issued      *hexutil.Big `json:"issued"`
	MinStake    *hexutil.Big `json:"minStake"`
	// MinBounty is the least bounty a create-mlsc escrows (rollup.Config
	// MinBounty); omitted means rollup.DefaultMinBounty. Never zero.
	MinBounty      *hexutil.Big `json:"minBounty,omitempty"`
	RewardDivisor  uint64       `json:"rewardDivisor"`
	HalvingSeconds uint64       `json:"halvingSeconds"`
	// Fees is the L2 fee rule (rollup.FeeRule); omitted means
	// rollup.DefaultFeeRule with no recipient (every fee burnt). nrn deploy
	// writes the default with the sequencer as recipient.
	Fees *Fees `json:"fees,omitempty"`
	// ProverBps is the prover's share of a round's bounty payout in basis
	// points (rollup.Config.ProverBps); omitted means rollup.DefaultProverBps.
	ProverBps *uint64 `json:"proverBps,omitempty"`
	// DeltaPeriod is an MLSC's training-set epoch in L2 blocks
	// (rollup.Config.DeltaPeriod); omitted means rollup.DefaultDeltaPeriod,
	// a week of 2-second blocks. At most rollup.MaxPeriod.
	DeltaPeriod uint64 `json:"deltaPeriod,omitempty"`
	// MinDeltaDeposit is the least deposit of a delta proposal
	// (rollup.Config.MinDeltaDeposit); omitted means minStake. Never zero.
	MinDeltaDeposit *hexutil.Big `json:"minDeltaDeposit,omitempty"`
	// DeltaRewardDivisor: an applied delta mints issued/deltaRewardDivisor
	// (rollup.Config.DeltaRewardDivisor); omitted means
	// rollup.DefaultDeltaRewardDivisor (0.0001 %).
	DeltaRewardDivisor uint64 `json:"deltaRewardDivisor,omitempty"`
	// Verifier names the verifying key set: "devnet" is the committed
	// INSECURE devnet key plus VerifyingKeys (development chains, deployed
	// with nrn deploy --devnet); "keys" is VerifyingKeys alone.
	Verifier string `json:"verifier"`
	// VerifyingKeys adds verifying keys to that set, by circuit parameters
	// (sampledloss.Params.String(), e.g. "784-100-10/xent k=8 depth=16 v2"),
	// each in gnark's encoding (sampledloss.Keys.VerifyingKeyBytes). MLSCs
	// whose parameters have no key are refused.
	VerifyingKeys map[string]hexutil.Bytes `json:"verifyingKeys,omitempty"`
	L1            struct {
		ChainID       uint64           `json:"chainId"`
		Contracts     deploy.Addresses `json:"contracts"`
		DeployBlock   uint64           `json:"deployBlock"`
		Confirmations uint64           `json:"confirmations"` // deposit depth; 0 (or absent): L1 finality (see File)
	} `json:"l1"`
}

// Read reads and checks a chain file.
func Read(path string) (*File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read chain file: %w", err)
	}
	var f File
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("parse chain file %s: %w", path, err)
	}
	return &f, f.Check()
}

// Write writes the chain file as indented JSON.
func (f *File) Write(path string) error {
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// Check lists every problem.
func (f *File) Check() error {
	var errs []error
	if f.ChainID == 0 {
		errs = append(errs, errors.New("chain file: chainId is 0"))
	}
	if f.Issued == nil || f.MinStake == nil {
		errs = append(errs, errors.New("chain file: issued and minStake are required"))
	}
	if f.RewardDivisor == 0 || f.HalvingSeconds == 0 {
		errs = append(errs, errors.New("chain file: rewardDivisor and halvingSeconds must be positive"))
	}
	switch f.Verifier {
	case KeySetDevnet:
	case KeySetKeys:
		if len(f.VerifyingKeys) == 0 {
			errs = append(errs, errors.New(`chain file: verifier "keys" needs at least one entry in verifyingKeys`))
		}
	default:
		errs = append(errs, fmt.Errorf("chain file: unknown verifier key set %q (known: %s, %s)", f.Verifier, KeySetDevnet, KeySetKeys))
	}
	if f.DeltaPeriod > rollup.MaxPeriod {
		errs = append(errs, fmt.Errorf("chain file: deltaPeriod %d blocks above the most, %d", f.DeltaPeriod, rollup.MaxPeriod))
	}
	if d := f.MinDeltaDeposit; d != nil {
		if d.ToInt().Sign() <= 0 || d.ToInt().BitLen() > 256 {
			errs = append(errs, fmt.Errorf("chain file: minDeltaDeposit %s must be a positive uint256 (omit it for minStake)", d))
		}
	}
	for params, vk := range f.VerifyingKeys {
		if err := sampledloss.CheckVerifyingKey(vk); err != nil {
			errs = append(errs, fmt.Errorf("chain file: verifying key for %q: %w", params, err))
		}
	}
	return errors.Join(errs...)
}

// Genesis returns the L2 genesis.
func (f *File) Genesis() (*rollup.Genesis, error) {
	issued, overflow := uint256.FromBig(f.Issued.ToInt())
	if overflow {
		return nil, errors.New("chain file: issued overflows uint256")
	}
	return &rollup.Genesis{Time: f.GenesisTime, Issued: issued}, nil
}

// Config returns the chain config with the given loss verifier.
func (f *File) Config(v rollup.LossVerifier) (*rollup.Config, error) {
	stake, overflow := uint256.FromBig(f.MinStake.ToInt())
	if overflow {
		return nil, errors.New("chain file: minStake overflows uint256")
	}
	c := &rollup.Config{ChainID: f.ChainID, Rollup: f.L1.Contracts.Rollup, GenesisTime: f.GenesisTime, MinStake: stake,
		RewardDivisor: f.RewardDivisor, HalvingSeconds: f.HalvingSeconds, Verifier: v}
	if f.MinBounty != nil {
		b, overflow := uint256.FromBig(f.MinBounty.ToInt())
		if overflow {
			return nil, errors.New("chain file: minBounty overflows uint256")
		}
		c.MinBounty = b
	}
	c.Fees = rollup.DefaultFeeRule(common.Address{})
	if f.Fees != nil {
		rule, err := f.Fees.Rule()
		if err != nil {
			return nil, err
		}
		c.Fees = rule
	}
	c.ProverBps = rollup.DefaultProverBps
	if f.ProverBps != nil {
		c.ProverBps = *f.ProverBps
	}
	if f.DeltaPeriod > rollup.MaxPeriod {
		return nil, fmt.Errorf("chain file: deltaPeriod %d blocks above the most, %d", f.DeltaPeriod, rollup.MaxPeriod)
	}
	c.DeltaPeriod, c.DeltaRewardDivisor = f.DeltaPeriod, f.DeltaRewardDivisor
	if f.MinDeltaDeposit != nil {
		d, overflow := uint256.FromBig(f.MinDeltaDeposit.ToInt())
		if overflow || f.MinDeltaDeposit.ToInt().Sign() <= 0 {
			return nil, fmt.Errorf("chain file: minDeltaDeposit %s must be a positive uint256", f.MinDeltaDeposit)
		}
		c.MinDeltaDeposit = d
	}
	return c, c.Check()
}

// Fees is the chain file's L2 fee market (rollup.FeeRule): the base fee's
// floor in NRN wei per fee unit, the fee units per block it steers to, the
// share burnt in basis points and who gets the rest (absent: burnt too).
// The per-kind and per-byte units are the protocol's (rollup.KindUnits,
// rollup.FeeUnitsPerByte).
type Fees struct {
	MinBaseFee  *hexutil.Big   `json:"minBaseFee"`
	TargetUnits uint64         `json:"targetUnits"`
	BurnBps     uint64         `json:"burnBps"`
	Recipient   common.Address `json:"recipient,omitempty"`
}

// DefaultFees is rollup.DefaultFeeRule(recipient) as chain-file fees.
func DefaultFees(recipient common.Address) *Fees {
	r := rollup.DefaultFeeRule(recipient)
	return &Fees{MinBaseFee: (*hexutil.Big)(r.MinBaseFee.ToBig()), TargetUnits: r.TargetUnits, BurnBps: r.BurnBps, Recipient: recipient}
}

// Rule converts the fees to a rollup.FeeRule.
func (f *Fees) Rule() (rollup.FeeRule, error) {
	if f.MinBaseFee == nil || f.TargetUnits == 0 {
		return rollup.FeeRule{}, errors.New("chain file: fees need minBaseFee and targetUnits (omit fees for the defaults)")
	}
	floor, overflow := uint256.FromBig(f.MinBaseFee.ToInt())
	if overflow || f.MinBaseFee.ToInt().Sign() < 0 {
		return rollup.FeeRule{}, errors.New("chain file: fees minBaseFee must be uint256")
	}
	r := rollup.FeeRule{MinBaseFee: floor, TargetUnits: f.TargetUnits, BurnBps: f.BurnBps, Recipient: f.Recipient}
	return r, r.Check()
}

// DeployReward is c's reward rule (RewardDivisor, GenesisTime, HalvingSeconds, ProverBps,
// DeltaRewardDivisor) as
// deploy.Config.Reward: the rule L1 re-executes an applied loss proof with, which must be the
// L2's (deploy.CheckReward).
func DeployReward(c *rollup.Config) deploy.RewardRule {
	return deploy.RewardRule{Divisor: c.RewardDivisor, GenesisTime: c.GenesisTime, HalvingSeconds: c.HalvingSeconds, ProverBps: c.ProverBps,
		DeltaDivisor: c.DeltaRewardDivisor}
}

// DeployFees is rule as the Rollup's fee rule (deploy.Config.Fees): the rule
// its fault proofs re-execute L2 steps with, which must be the L2's.
func DeployFees(rule rollup.FeeRule) deploy.FeeRule {
	f := deploy.FeeRule{MinBaseFee: new(big.Int), TargetUnits: rule.TargetUnits, BurnBps: rule.BurnBps, Recipient: rule.Recipient}
	if rule.MinBaseFee != nil {
		f.MinBaseFee = rule.MinBaseFee.ToBig()
	}
	return f
}

// The chain file's verifying key sets (File.Verifier).
const (
	KeySetDevnet = "devnet"
	KeySetKeys   = "keys"
)

// KeySet returns the verifying keys by circuit parameters: VerifyingKeys,
// and with the "devnet" set the devnet key too (VerifyingKeys may replace
// it).
func (f *File) KeySet() map[string][]byte {
	m := map[string][]byte{}
	if f.Verifier == KeySetDevnet {
		m[sampledloss.DevnetParams().String()] = sampledloss.DevnetVerifyingKey()
	}
	for params, vk := range f.VerifyingKeys {
		m[params] = vk
	}
	return m
}
