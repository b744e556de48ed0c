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

// ErrFee: the sender cannot pay the transaction's L2 fee.
var ErrFee = errors.New("rollup: cannot pay the L2 fee")

// FeeRule is the L2 fee every signed transaction pays: PerTx plus PerByte
// for each byte of its encoding (Tx.EncodedSize), taken from the sender's
// balance before the transaction runs and refunded if it is rejected (a
// rejected transaction changes nothing). Deposits and forced entries pay
// none themselves (a forced entry's inner transaction pays like any other),
// and neither does a loss proof: only a valid proof of the one open claim
// of a round can apply, so proofs cannot flood, and its prover is paid from
// the round's bounty instead (Config.ProverBps).
//
// Of each fee, BurnBps/10000 is burnt (rounded up: the recipient gets the
// floor of the rest) and the rest goes to Recipient; with no Recipient all
// of it is burnt. Burning part of every fee keeps a flood costly even for
// the sequencer itself, whose own transactions would otherwise pay it back
// to itself; the recipient's part pays for its DA and L1 posting. The zero
// FeeRule charges nothing.
type FeeRule struct {
	PerTx     *uint256.Int
	PerByte   *uint256.Int
	BurnBps   uint64
	Recipient common.Address
}

// Default fee rule of a chain file that sets none (chainfile): 0.00001 NRN
// per transaction plus 0.0000001 NRN per byte (a 150-byte transfer pays
// 0.000025 NRN), half burnt.
const (
	DefaultFeePerTx   = 10_000_000_000_000 // wei
	DefaultFeePerByte = 100_000_000_000    // wei
	DefaultFeeBurnBps = 5_000
)

// DefaultFeeRule is the fee rule of a chain file that sets none; recipient
// is the sequencer's fee recipient (zero: all burnt).
func DefaultFeeRule(recipient common.Address) FeeRule {
	return FeeRule{PerTx: uint256.NewInt(DefaultFeePerTx), PerByte: uint256.NewInt(DefaultFeePerByte),
		BurnBps: DefaultFeeBurnBps, Recipient: recipient}
}

// Check rejects a burn share above 100 %.
func (r *FeeRule) Check() error {
	if r.BurnBps > BasisPoints {
		return fmt.Errorf("rollup config: fee burn share %d bps > %d", r.BurnBps, BasisPoints)
	}
	return nil
}

// paysFee reports whether transactions of type t pay the L2 fee.
func paysFee(t TxType) bool { return t.signed() && t != TxLossProof }

// Fee is the L2 fee tx pays under the chain's fee rule (see FeeRule). It
// depends on the transaction alone, so admission can check it without the
// state. The result is a new value.
func (c *Config) Fee(tx *Tx) *uint256.Int {
	fee := new(uint256.Int)
	if !paysFee(tx.Type()) {
		return fee
	}
	if c.Fees.PerByte != nil {
		fee.Mul(c.Fees.PerByte, uint256.NewInt(uint64(tx.EncodedSize())))
	}
	if c.Fees.PerTx != nil {
		fee.Add(fee, c.Fees.PerTx)
	}
	return fee
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

// takeFee debits tx's fee from its sender before the transaction runs; the
// caller gives it back with refundFee if the transaction is rejected, or
// pays it out with payFee once it applied.
func (s *State) takeFee(cfg *Config, from common.Address, tx *Tx) (*uint256.Int, error) {
	fee := cfg.Fee(tx)
	if fee.IsZero() {
		return fee, nil
	}
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
// locked in the L1 Bridge).
func (s *State) payFee(cfg *Config, fee *uint256.Int, rc *Receipt) {
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
