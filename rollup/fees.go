package rollup

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// BasisPoints is the denominator of every share the chain sets in basis
// points (FeeRule.BurnBps, Config.ProverBps, the use-fee split).
const BasisPoints = 10_000

// Errors of the fee rule.
var (
	// ErrFee: the sender cannot pay the transaction's L2 fee.
	ErrFee = errors.New("rollup: cannot pay the L2 fee")
	// ErrFeeCap: the transaction's fee cap is below the block's base fee.
	ErrFeeCap = errors.New("rollup: fee cap below the base fee")
)

// FeeRule is the L2 fee market, EIP-1559's without tips. Every signed
// transaction (but a loss proof) has a size in fee units, FeeUnits: a price
// per kind (KindUnits) plus FeeUnitsPerByte for each byte of its encoding.
// It pays units × the block's base fee (NRN wei per unit), taken from the
// sender's balance before it runs and refunded if it is rejected (a
// rejected transaction changes nothing). The base fee lives in the state
// (Globals.BaseFee) and moves at each block start by at most 1/8 towards
// TargetUnits, from the units the previous block's transactions used
// (Globals.BlockUnits), never below MinBaseFee (NextBaseFee). A
// transaction's signed fee cap bounds the base fee it accepts: one whose cap
// is below the block's base fee does not apply (ErrFeeCap); a zero cap
// accepts any.
//
// Deposits and forced entries pay nothing themselves: a forced entry's
// inner transaction pays like any other, from the sender's L2 balance (its
// deposits), and counts towards the block's units if it applies. Neither
// does a loss proof: only a valid proof of the one open claim of a round can
// apply, so proofs cannot flood, and its prover is paid from the round's
// bounty instead (Config.ProverBps).
//
// Of each fee, BurnBps/10000 is burnt (rounded up: the recipient gets the
// floor of the rest) and the rest goes to Recipient; with no Recipient all
// of it is burnt. The burn is the congestion price: it is what makes a
// flood cost the flooder even when the flooder is the sequencer, whose own
// fees would otherwise come back to it. The recipient's part pays the
// sequencer's DA and L1 posting: with one sequencer taking transactions
// first come, first served there is no tip to pay it. A rule with zero
// TargetUnits (the zero FeeRule) turns fees off: nothing is charged and no
// units are counted, and the state keeps no base fee.
type FeeRule struct {
	// MinBaseFee is the base fee's floor and start, NRN wei per unit
	// (non-zero when fees are on).
	MinBaseFee *uint256.Int
	// TargetUnits is the units per block the base fee steers to.
	TargetUnits uint64
	BurnBps     uint64
	Recipient   common.Address
}

// Fee units. The per-byte price is calldata's (16 per byte), so that the
// bytes a transaction puts in a batch are what a flood mostly pays for; the
// per-kind price adds the state work and what the kind leaves to others
// (a withdrawal's L1 claim, an MLSC's rounds, a delta's vote).
const (
	FeeUnitsPerByte = 16
	// BaseFeeChangeDenominator bounds the base fee's change per block to
	// 1/8, as EIP-1559 does.
	BaseFeeChangeDenominator = 8
)

// KindUnits is the per-kind part of a transaction's fee units; zero for the
// kinds that pay no fee.
func KindUnits(t TxType) uint64 {
	switch t {
	case TxTransfer, TxStake, TxUnstake, TxVoteDelta, TxVotePeriod:
		return 5_000
	case TxCommit, TxUseModel, TxClaimEarnings, TxDeltaData:
		return 10_000
	case TxWithdraw, TxReveal, TxProposePeriod:
		return 20_000
	case TxProposeDelta:
		return 50_000
	case TxCreateMLSC:
		return 100_000
	}
	return 0
}

// FeeUnits is tx's size in fee units: KindUnits plus FeeUnitsPerByte per
// encoded byte; zero for the kinds that pay no fee (deposits, forced
// entries, loss proofs).
func FeeUnits(tx *Tx) uint64 {
	if !paysFee(tx.Type()) {
		return 0
	}
	return KindUnits(tx.Type()) + FeeUnitsPerByte*uint64(tx.EncodedSize())
}

// Default fee rule of a chain file that sets none: a floor of 1 gwei (of
// NRN) per unit, so that a transfer (about 7,500 units) pays about
// 0.0000075 NRN at an idle base fee; a target of 15M units per block (about
// 2,000 transfers, EIP-1559's gas target); half of each fee burnt.
const (
	DefaultMinBaseFee  = 1_000_000_000 // wei per unit
	DefaultTargetUnits = 15_000_000
	DefaultFeeBurnBps  = 5_000
)

// DefaultFeeRule is the fee rule of a chain file that sets none; recipient
// is the sequencer's fee recipient (zero: all burnt).
func DefaultFeeRule(recipient common.Address) FeeRule {
	return FeeRule{MinBaseFee: uint256.NewInt(DefaultMinBaseFee), TargetUnits: DefaultTargetUnits,
		BurnBps: DefaultFeeBurnBps, Recipient: recipient}
}

// On reports whether the rule charges fees (TargetUnits is set).
func (r *FeeRule) On() bool { return r.TargetUnits > 0 }

// Check rejects a burn share above 100 % and a rule that is on without a
// floor (a zero base fee would make every transaction free).
func (r *FeeRule) Check() error {
	if r.BurnBps > BasisPoints {
		return fmt.Errorf("rollup config: fee burn share %d bps > %d", r.BurnBps, BasisPoints)
	}
	if r.On() && (r.MinBaseFee == nil || r.MinBaseFee.IsZero()) {
		return errors.New("rollup config: fees on (target units set) with a zero minimum base fee")
	}
	return nil
}

// NextBaseFee is the base fee of a block whose parent had base fee parent
// (nil: none yet, as zero) and used parentUnits: EIP-1559's update, the
// change base × (used − target) / target / 8 with used − target bounded by
// target (so at most +1/8; at least +1 wei above the target), then no less
// than MinBaseFee. The result is a new value; nil if fees are off.
func (r *FeeRule) NextBaseFee(parent *uint256.Int, parentUnits uint64) *uint256.Int {
	if !r.On() {
		return nil
	}
	base := new(uint256.Int)
	if parent != nil {
		base.Set(parent)
	}
	target := uint256.NewInt(r.TargetUnits)
	denom := new(uint256.Int).Mul(target, uint256.NewInt(BaseFeeChangeDenominator))
	switch {
	case parentUnits > r.TargetUnits:
		diff := uint256.NewInt(min(parentUnits-r.TargetUnits, r.TargetUnits))
		delta, _ := new(uint256.Int).MulDivOverflow(base, diff, denom)
		if delta.IsZero() {
			delta.SetOne()
		}
		base.Add(base, delta)
	case parentUnits < r.TargetUnits:
		delta, _ := new(uint256.Int).MulDivOverflow(base, uint256.NewInt(r.TargetUnits-parentUnits), denom)
		base.Sub(base, delta)
	}
	if base.Lt(r.MinBaseFee) {
		base.Set(r.MinBaseFee)
	}
	return base
}

// paysFee reports whether transactions of type t pay the L2 fee.
func paysFee(t TxType) bool { return t.signed() && t != TxLossProof }

// Fee is the L2 fee tx pays at base fee baseFee under the chain's fee rule
// (FeeUnits × baseFee; zero with fees off or a nil base fee). The result is
// a new value.
func (c *Config) Fee(tx *Tx, baseFee *uint256.Int) *uint256.Int {
	fee := new(uint256.Int)
	if !c.Fees.On() || baseFee == nil {
		return fee
	}
	return fee.Mul(uint256.NewInt(FeeUnits(tx)), baseFee)
}

// MaxFee is the most tx can pay while the base fee is baseFee or rises to
// its cap: the fee at its cap, or at baseFee if it has none (or a lower
// one). A pool that holds it budgets this much of the sender's balance.
func (c *Config) MaxFee(tx *Tx, baseFee *uint256.Int) *uint256.Int {
	price := baseFee
	if cp := tx.FeeCap(); baseFee == nil || cp.Gt(baseFee) {
		price = cp
	}
	return c.Fee(tx, price)
}

// FeeSplit divides fee into the part burnt and the part paid to the
// recipient (FeeRule): the recipient gets floor(fee × (10000 − BurnBps) /
// 10000) if there is a recipient, the rest is burnt.
func (r *FeeRule) FeeSplit(fee *uint256.Int) (burnt, paid *uint256.Int) {
	paid = new(uint256.Int)
	if r.Recipient != (common.Address{}) && r.BurnBps < BasisPoints {
		paid.MulDivOverflow(fee, uint256.NewInt(BasisPoints-r.BurnBps), uint256.NewInt(BasisPoints))
	}
	return new(uint256.Int).Sub(fee, paid), paid
}

// BaseFee is the current block's base fee, NRN wei per fee unit; nil with
// fees off (or before the first block). The result is a copy.
func (s *State) BaseFee() *uint256.Int {
	if s.g.BaseFee == nil {
		return nil
	}
	return s.g.BaseFee.Clone()
}

// beginFees moves the base fee at a block start (NextBaseFee from the
// previous block's units) and starts counting the block's units.
func (s *State) beginFees(cfg *Config) {
	if !cfg.Fees.On() {
		return
	}
	s.g.BaseFee = cfg.Fees.NextBaseFee(s.g.BaseFee, s.g.BlockUnits)
	s.g.BlockUnits = 0
}

// takeFee checks tx's fee cap against the base fee and debits its fee from
// its sender before the transaction runs; the caller gives it back with
// refundFee if the transaction is rejected, or pays it out with payFee once
// it applied.
func (s *State) takeFee(cfg *Config, from common.Address, tx *Tx) (*uint256.Int, error) {
	if !cfg.Fees.On() || !paysFee(tx.Type()) {
		return new(uint256.Int), nil
	}
	base := s.g.BaseFee
	if base == nil {
		base = cfg.Fees.MinBaseFee
	}
	if cp := tx.FeeCap(); !cp.IsZero() && cp.Lt(base) {
		return nil, fmt.Errorf("%w: %s's cap is %s wei per unit, the base fee %s", ErrFeeCap, tx.Type(), cp.Dec(), base.Dec())
	}
	fee := cfg.Fee(tx, base)
	if bal := s.balanceOf(from); bal.Lt(fee) {
		return nil, fmt.Errorf("%w: %s has %s, the %s's fee is %s", ErrFee, from, bal.Dec(), tx.Type(), fee.Dec())
	}
	acc := s.account(from)
	acc.Balance.Sub(acc.Balance, fee)
	s.touch(AccountKey(from))
	return fee, nil
}

// refundFee gives back a fee taken by takeFee, leaving the account as it
// was.
func (s *State) refundFee(from common.Address, fee *uint256.Int) {
	if !fee.IsZero() {
		s.credit(from, fee)
	}
}

// payFee credits the recipient's part of a fee taken for an applied
// transaction and burns the rest (it leaves L2: the NRN behind it stays
// locked in the L1 Bridge), and counts the transaction's units in the
// block's.
func (s *State) payFee(cfg *Config, tx *Tx, fee *uint256.Int, rc *Receipt) {
	if !cfg.Fees.On() || !paysFee(tx.Type()) {
		return
	}
	s.g.BlockUnits += FeeUnits(tx)
	s.touch(keyGlobals)
	if fee.IsZero() {
		return
	}
	_, paid := cfg.Fees.FeeSplit(fee)
	if !paid.IsZero() {
		s.credit(cfg.Fees.Recipient, paid)
	}
	rc.Fee = fee
}

// proverPay is what the prover whose loss proof settles a round earns: the
// ProverBps share of the round's bounty payout (floor), taken from it, so
// that the trainer gets the rest of the payout and the minted reward.
func (c *Config) proverPay(payout *uint256.Int) *uint256.Int {
	pay := new(uint256.Int)
	if c.ProverBps > 0 {
		pay.MulDivOverflow(payout, uint256.NewInt(c.ProverBps), uint256.NewInt(BasisPoints))
	}
	return pay
}

// DefaultProverBps is the prover's share of a round's bounty payout in a
// chain file that sets none: 10 %.
const DefaultProverBps = 1_000
