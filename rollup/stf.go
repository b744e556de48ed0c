package rollup

import (
	"errors"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Errors of the state-transition function. Every rejected transaction
// returns one of these, wrapped with the details; a rejected transaction
// changes nothing.
var (
	ErrNonce         = errors.New("rollup: wrong nonce")
	ErrBalance       = errors.New("rollup: insufficient balance")
	ErrStake         = errors.New("rollup: insufficient stake")
	ErrStakeLocked   = errors.New("rollup: stake locked by open claims")
	ErrZeroAmount    = errors.New("rollup: zero amount")
	ErrLowBounty     = errors.New("rollup: bounty below the chain's minimum")
	ErrZeroRecipient = errors.New("rollup: zero recipient")
	ErrDepositOrder  = errors.New("rollup: deposit out of order")
	ErrUnknownMLSC   = errors.New("rollup: unknown MLSC")
	ErrWrongRound    = errors.New("rollup: wrong round")
	ErrWrongPhase    = errors.New("rollup: outside the window for this transaction")
	ErrDoubleCommit  = errors.New("rollup: trainer already committed this round")
	ErrRoundFull     = errors.New("rollup: round has as many commitments as it may")
	ErrCommitReused  = errors.New("rollup: commitment hash already used")
	ErrNoCommit      = errors.New("rollup: reveal without commitment")
	ErrCommitMatch   = errors.New("rollup: reveal does not open the commitment")
	ErrReplay        = errors.New("rollup: checkpoint already used")
	ErrNoImprovement = errors.New("rollup: claimed loss does not improve on the best")
	ErrNoClaim       = errors.New("rollup: round has no claim to prove")
	ErrBadProof      = errors.New("rollup: loss proof rejected")
	ErrUnsupported   = errors.New("rollup: no verifying key for this MLSC")
	ErrBlock         = errors.New("rollup: bad block")
)

// Claim is what a loss proof establishes: the public statement of the
// sampled-loss circuit for the best reveal of a round.
type Claim struct {
	MLSC             uint64
	Round            uint64
	Trainer          common.Address
	WeightCommitment common.Hash
	DatasetRoot      common.Hash
	DatasetSize      uint64
	TraceRoot        common.Hash
	LossSum          uint64
	Seed             common.Hash
	SampleCount      uint32
}

// LossVerifier checks loss proofs. The state transition calls it; it must be
// deterministic.
type LossVerifier interface {
	// Supports reports whether proofs for the spec's model and sample count can
	// be verified.
	Supports(spec *MLSCSpec) error
	// Verify checks proof against claim for an MLSC with the given spec.
	Verify(spec *MLSCSpec, claim *Claim, proof []byte) error
	// PublicInput is the circuit's public input for claim: what the L1
	// verifier contract checks the proof against.
	PublicInput(spec *MLSCSpec, claim *Claim) (common.Hash, error)
	// CircuitID is the L1 id of the circuit that proves claims of an MLSC
	// with the spec: the hash of its verifying key (l1.CircuitIDOfKey), under
	// which the Rollup holds its verifier. It is the one answer to "which
	// circuit proves this MLSC" for every service.
	CircuitID(spec *MLSCSpec) (common.Hash, error)
}

// Config holds the chain parameters every node must agree on.
type Config struct {
	ChainID uint64
	// Rollup is the L1 Rollup contract that settles the chain. With ChainID
	// it binds every round seed, and so every loss proof's digest, to this
	// chain (zero only for chains with no L1, as in tests of the L2 alone).
	Rollup      common.Address
	GenesisTime uint64
	// MinStake is needed to commit; a trainer whose best claim goes unproven
	// loses up to MinStake of its stake to the MLSC escrow.
	MinStake *uint256.Int
	// RewardDivisor: a won round mints Issued/RewardDivisor (100000 = 0.001 %).
	RewardDivisor uint64
	// HalvingSeconds: the reward halves every this many seconds of L2 time.
	HalvingSeconds uint64
	Verifier       LossVerifier
	// MinBounty is the least bounty a create-mlsc escrows, so that no MLSC
	// is free to create; nil means DefaultMinBounty. It must not be zero.
	MinBounty *uint256.Int
	// Fees is the L2 fee rule (fees.go); the zero rule charges nothing.
	Fees FeeRule
	// ProverBps is the share of a round's bounty payout, in basis points,
	// paid to the sender of the loss proof that settles it (0: none).
	ProverBps uint64
	// DeltaPeriod is the default epoch length of an MLSC's training-set
	// governance, in L2 blocks; 0 means DefaultDeltaPeriod (a week).
	DeltaPeriod uint64
	// DeltaRewardDivisor: an applied delta mints Issued/DeltaRewardDivisor;
	// 0 means DefaultDeltaRewardDivisor (0.0001 %).
	DeltaRewardDivisor uint64
	// MinDeltaDeposit is the least deposit of a delta proposal; nil means
	// MinStake.
	MinDeltaDeposit *uint256.Int
}

// DefaultMinBounty is the least bounty of an MLSC when Config.MinBounty is
// unset: 1 wei, so a bounty is never zero and its creator has something
// escrowed until the MLSC completes. Networks set their own.
const DefaultMinBounty = 1

// MinBountyOrDefault is MinBounty, or DefaultMinBounty if it is unset.
func (c *Config) MinBountyOrDefault() *uint256.Int {
	if c.MinBounty == nil {
		return uint256.NewInt(DefaultMinBounty)
	}
	return c.MinBounty
}

// Cost is the most tx takes from its sender's balance when it applies while
// the base fee is baseFee or rises to the transaction's cap: its L2 fee
// (Config.MaxFee) plus the amount of a transfer, withdrawal or stake, the
// bounty of a create-mlsc, the fee of a use-model (zero for the other
// types). A sender whose balance is below the cost of its transactions
// cannot run them all. The result is a new value.
func (c *Config) Cost(tx *Tx, baseFee *uint256.Int) *uint256.Int {
	return new(uint256.Int).Add(c.amount(tx), c.MaxFee(tx, baseFee))
}

// amount is what tx moves out of its sender's balance, its fee aside. The
// result may be the transaction's own amount: callers must not modify it.
func (c *Config) amount(tx *Tx) *uint256.Int {
	switch d := tx.Data().(type) {
	case *Transfer:
		return d.Amount
	case *Withdraw:
		return d.Amount
	case *CreateMLSC:
		return d.Bounty
	case *UseModel:
		return d.Fee
	case *Stake:
		return d.Amount
	case *ProposeDelta:
		return d.Deposit
	case *VoteDelta:
		return d.Amount
	}
	return new(uint256.Int)
}

// Check validates the config.
func (c *Config) Check() error {
	switch {
	case c.ChainID == 0:
		return errors.New("rollup config: chain id 0")
	case c.MinStake == nil:
		return errors.New("rollup config: min stake unset")
	case c.RewardDivisor == 0:
		return errors.New("rollup config: reward divisor 0")
	case c.HalvingSeconds == 0:
		return errors.New("rollup config: halving period 0")
	case c.Verifier == nil:
		return errors.New("rollup config: no loss verifier")
	case c.MinBounty != nil && c.MinBounty.IsZero():
		return errors.New("rollup config: min bounty 0 makes MLSCs free")
	case c.ProverBps > BasisPoints:
		return fmt.Errorf("rollup config: prover share %d bps > %d", c.ProverBps, BasisPoints)
	}
	if err := c.Fees.Check(); err != nil {
		return err
	}
	return nil
}

// HalvingSeconds4Years is four years of 365.25 days.
const HalvingSeconds4Years = 4 * 36525 * 864

// Reward is the NRN minted for a won round at L2 time t.
func (c *Config) Reward(issued *uint256.Int, t uint64) *uint256.Int {
	r := new(uint256.Int).Div(issued, uint256.NewInt(c.RewardDivisor))
	if t > c.GenesisTime {
		h := (t - c.GenesisTime) / c.HalvingSeconds
		if h >= 256 {
			return r.Clear()
		}
		r.Rsh(r, uint(h))
	}
	return r
}

// Receipt describes the effects of an applied transaction.
type Receipt struct {
	TxHash     common.Hash    `json:"txHash"`
	Type       string         `json:"type"`
	From       common.Address `json:"from"`
	Height     uint64         `json:"height"`
	Index      uint64         `json:"index"`
	MLSC       *uint64        `json:"mlsc,omitempty"`
	Withdrawal *uint64        `json:"withdrawal,omitempty"`
	Reward     *uint256.Int   `json:"reward,omitempty"`
	// Proof is what L1 verifies of an applied loss proof: its circuit and
	// digest, which the batch header commits to (ProofsHash). Nil for
	// every other transaction.
	Proof *AppliedProof `json:"proof,omitempty"`
	// Forced is set on the receipt of a forced entry (TxForced): its queue
	// index and, if the queued transaction did not apply, why.
	Forced *ForcedResult `json:"forced,omitempty"`
	// Fee is the L2 fee the transaction paid (fees.go); nil if none.
	Fee *uint256.Int `json:"fee,omitempty"`
	// ProverReward is what the sender of an applied loss proof (or its
	// LossProof.RewardTo) earned
	// (Config.ProverBps); nil if none.
	ProverReward *uint256.Int `json:"proverReward,omitempty"`
}

// BeginBlock opens block h on the state: it checks the header against the
// state, records the L1 view and does either epoch work or round work (EpochWorkAt), never
// both: epoch work closes or settles the first training-set epoch the due record at h lists
// (closeEpochs: items up to MaxEpochWork) and carries every MLSC filed there to the
// front of h+1's list; round work advances the round lifecycle of the MLSCs filed at h in the
// due index (DueKey(h)), in its order and at most MaxBlockMLSCs of them, and carries every
// epoch listed there to the front of h+1's. Its work is bounded whatever the number of MLSCs,
// epochs, votes and accounts.
func (s *State) BeginBlock(cfg *Config, h *Header) error {
	g := &s.g
	switch {
	case h.Number != g.Height+1:
		return fmt.Errorf("%w: height %d after %d", ErrBlock, h.Number, g.Height)
	case h.Time < g.Time:
		return fmt.Errorf("%w: time %d before parent's %d", ErrBlock, h.Time, g.Time)
	case h.L1Number < g.L1Number:
		return fmt.Errorf("%w: L1 block %d before parent's %d", ErrBlock, h.L1Number, g.L1Number)
	}
	g.Height, g.Time, g.L1Number, g.L1Hash = h.Number, h.Time, h.L1Number, h.L1Hash
	s.beginFees(cfg)
	s.touch(keyGlobals)
	ids := s.dueAt(h.Number)
	var epochs []uint64
	if d, ok := s.due[h.Number]; ok {
		epochs = d.Epochs
	}
	if EpochWorkAt(h.Number, len(ids), len(epochs)) {
		s.carry(ids)
		s.closeEpochs(cfg, h.Number, epochs)
		return nil
	}
	s.carryEpochs(epochs, nil)
	n := min(len(ids), MaxBlockMLSCs)
	s.carry(ids[n:])
	for _, id := range ids[:n] {
		m := s.mlscs[id]
		s.advance(cfg, m, MaxBlockReleases)
		s.schedule(m)
	}
	return nil
}

// EpochWorkAt reports whether the block start at height h, whose due record lists mlscs MLSCs
// to advance and epochs training-set epochs, does epoch work (closeEpochs) rather than round
// work: when it lists epochs and either no MLSC or h is even. So a block start does one kind of
// work (L1 re-executes each kind in its own contract: StepEpochs, StepBlocks), and neither kind
// starves the other: each waits at most one block for the other (all it lists are carried to
// h+1).
func EpochWorkAt(h uint64, mlscs, epochs int) bool {
	return epochs > 0 && (mlscs == 0 || h%2 == 0)
}

// Bounds on the work of one block start, so that L1 can re-execute any block start in one
// transaction (a fault proof, docs/contracts.md): it advances at most MaxBlockMLSCs of the
// MLSCs due at its height, the first its due record lists, and carries the others to the
// front of the next height's list, in their order (none waits behind MLSCs filed after it);
// a phase that ends late this way does not shorten the next: advance moves the MLSC's
// RoundStart on by the delay, so that its next window still has its full length. A round
// whose proof window passed is settled over several block starts, the MLSC staying in its
// proof phase meanwhile: the first slashes the best revealer, each next releases at most
// MaxBlockReleases revealers' open claims (Round.Released counts them), and the one after the
// last release opens the next round or completes the MLSC. A proven round (a loss proof
// applied: it pays and marks the round proven, and files the MLSC at the next height) is
// settled the same way from the block start after the proof on, without the slash.
const (
	MaxBlockMLSCs    = 1
	MaxBlockReleases = 2
)

// advance moves an MLSC through every phase boundary it has reached, releasing at most
// releases open claims (MaxBlockReleases).
func (s *State) advance(cfg *Config, m *MLSC, releases int) {
	height := s.g.Height
	for {
		switch m.Phase {
		case PhaseCommit:
			if height < m.CommitEnd() {
				return
			}
			m.RoundStart += height - m.CommitEnd() // carried: the reveal window keeps its length
			m.Phase = PhaseReveal
		case PhaseReveal:
			if height < m.RevealEnd() {
				return
			}
			r := s.rounds[[2]uint64{m.ID, m.Round}]
			if r.Best == 0 {
				s.nextRound(m, r, height, releases)
				continue
			}
			m.RoundStart += height - m.RevealEnd() // carried: the proof window keeps its length
			r.Seed = RoundSeed(cfg.ChainID, cfg.Rollup, s.g.L1Hash, m.ID, m.Round, r.Reveals)
			s.touch(RoundKey(m.ID, m.Round))
			m.Phase = PhaseProof
		case PhaseProof:
			r := s.rounds[[2]uint64{m.ID, m.Round}]
			if height < m.ProofEnd() && !r.Proven {
				return
			}
			if !r.Proven && !r.Slashed {
				best := r.Reveals[r.Best-1]
				acc := s.account(best.Trainer)
				slash := new(uint256.Int).Set(cfg.MinStake)
				if acc.Stake.Lt(slash) {
					slash.Set(acc.Stake)
				}
				acc.Stake.Sub(acc.Stake, slash)
				s.addTotalStake(slash, false)
				m.Escrow.Add(m.Escrow, slash)
				s.touch(AccountKey(best.Trainer))
				s.touch(MLSCKey(m.ID))
				r.Slashed = true
				s.touch(RoundKey(m.ID, m.Round))
				return // the claims are released from the next block start on
			}
			if !s.nextRound(m, r, height, releases) {
				return // claims were left to release: a later block start settles the round
			}
		default:
			return
		}
		s.touch(MLSCKey(m.ID))
	}
}

// nextRound settles round r (releasing its claims) and opens the next one, or completes the
// MLSC. With limit negative it releases every claim and settles the round at once. Else (a
// block start) it releases at most limit claims and, if any were left, settles nothing and
// reports false: a later call, with none left, settles the round.
func (s *State) nextRound(m *MLSC, r *Round, height uint64, limit int) bool {
	release := func() {
		rv := r.Reveals[r.Released]
		acc := s.account(rv.Trainer)
		acc.OpenClaims--
		s.touch(AccountKey(rv.Trainer))
		s.touch(RoundKey(m.ID, m.Round))
		r.Released++
	}
	if limit >= 0 && r.Released < uint64(len(r.Reveals)) {
		for ; limit > 0 && r.Released < uint64(len(r.Reveals)); limit-- {
			release()
		}
		return false
	}
	for r.Released < uint64(len(r.Reveals)) {
		release()
	}
	s.touch(RoundKey(m.ID, m.Round))
	s.touch(MLSCKey(m.ID))
	if reason := completionReason(m, s.g.L1Number); reason != 0 {
		m.Phase = PhaseDone
		s.complete(m, reason)
		s.schedule(m)
		if !m.Escrow.IsZero() { // nobody earned what is left: back to the creator
			acc := s.account(m.Creator)
			acc.Balance.Add(acc.Balance, m.Escrow)
			m.Escrow.Clear()
			s.touch(AccountKey(m.Creator))
		}
		return true
	}
	s.openRound(m, m.Round+1, height)
	return true
}

func (s *State) openRound(m *MLSC, round, height uint64) {
	s.adoptDataset(m)
	m.Round, m.RoundStart, m.Phase = round, height, PhaseCommit
	s.schedule(m)
	s.rounds[[2]uint64{m.ID, round}] = &Round{MLSC: m.ID, Round: round}
	s.touch(RoundKey(m.ID, round))
	s.touch(MLSCKey(m.ID))
}

// ApplyTx applies one transaction at position index of the current block.
// It either applies fully or returns an error and changes nothing.
func (s *State) ApplyTx(cfg *Config, tx *Tx, index uint64) (*Receipt, error) {
	if d, ok := tx.Data().(*Forced); ok {
		rc := &Receipt{TxHash: tx.Hash(), Type: tx.Type().String(), From: d.From, Height: s.g.Height, Index: index}
		return rc, s.applyForced(cfg, d, rc)
	}
	from, err := tx.Sender(cfg.ChainID)
	if err != nil {
		return nil, err
	}
	rc := &Receipt{TxHash: tx.Hash(), Type: tx.Type().String(), From: from, Height: s.g.Height, Index: index}
	if d, ok := tx.Data().(*Deposit); ok {
		return rc, s.applyDeposit(d)
	}
	if nonce := s.Nonce(from); tx.Nonce() != nonce {
		return nil, fmt.Errorf("%w: %s from %s has nonce %d, account is at %d", ErrNonce, tx.Type(), from, tx.Nonce(), nonce)
	}
	fee, err := s.takeFee(cfg, from, tx)
	if err != nil {
		return nil, err
	}
	switch d := tx.Data().(type) {
	case *Transfer:
		err = s.applyTransfer(from, d)
	case *Withdraw:
		err = s.applyWithdraw(from, d, rc)
	case *CreateMLSC:
		err = s.applyCreate(cfg, from, d, rc)
	case *Stake:
		err = s.applyStake(from, d)
	case *Unstake:
		err = s.applyUnstake(from, d)
	case *Commit:
		err = s.applyCommit(cfg, from, d)
	case *Reveal:
		err = s.applyReveal(from, d)
	case *LossProof:
		err = s.applyLossProof(cfg, from, d, rc)
	case *UseModel:
		err = s.applyUseModel(from, d, rc)
	case *ClaimEarnings:
		err = s.applyClaimEarnings(from, d, rc)
	default:
		var ok bool
		if ok, err = s.applyDeltaTx(cfg, from, tx.Data(), rc); !ok {
			err = fmt.Errorf("%w: %s", ErrTxType, tx.Type())
		}
	}
	if err != nil {
		s.refundFee(from, fee)
		return nil, err
	}
	s.payFee(cfg, tx, fee, rc)
	a := s.account(from)
	a.Nonce++
	s.touch(AccountKey(from))
	return rc, nil
}

func (s *State) balanceOf(a common.Address) *uint256.Int {
	if acc, ok := s.accounts[a]; ok {
		return acc.Balance
	}
	return new(uint256.Int)
}

// stakeOf is a's stake, zero for an address with no account. Like
// balanceOf it reads without creating a record (account does): a record
// left in memory by a rule that then rejects would look written to the
// step keys of a later step (rollup.StepKeys), though no trie holds it.
func (s *State) stakeOf(a common.Address) *uint256.Int {
	if acc, ok := s.accounts[a]; ok {
		return acc.Stake
	}
	return new(uint256.Int)
}

func (s *State) debit(from common.Address, amt *uint256.Int) error {
	if amt.IsZero() {
		return ErrZeroAmount
	}
	if bal := s.balanceOf(from); bal.Lt(amt) {
		return fmt.Errorf("%w: %s has %s, needs %s", ErrBalance, from, bal.Dec(), amt.Dec())
	}
	acc := s.account(from)
	acc.Balance.Sub(acc.Balance, amt)
	s.touch(AccountKey(from))
	return nil
}

func (s *State) credit(to common.Address, amt *uint256.Int) {
	acc := s.account(to)
	acc.Balance.Add(acc.Balance, amt)
	s.touch(AccountKey(to))
}

func (s *State) applyDeposit(d *Deposit) error {
	if d.L1Nonce != s.g.DepositsConsumed {
		return fmt.Errorf("%w: deposit %d, next is %d", ErrDepositOrder, d.L1Nonce, s.g.DepositsConsumed)
	}
	s.credit(d.To, d.Amount)
	s.g.DepositsConsumed++
	s.touch(keyGlobals)
	return nil
}

func (s *State) applyTransfer(from common.Address, d *Transfer) error {
	if err := s.debit(from, d.Amount); err != nil {
		return err
	}
	s.credit(d.To, d.Amount)
	return nil
}

func (s *State) applyWithdraw(from common.Address, d *Withdraw, rc *Receipt) error {
	if d.To == (common.Address{}) {
		// The Bridge never pays the zero address: the NRN would be stuck.
		return fmt.Errorf("%w: withdrawal to the zero address", ErrZeroRecipient)
	}
	if err := s.debit(from, d.Amount); err != nil {
		return err
	}
	id := s.g.NextWithdrawal
	s.withdrawals[id] = &Withdrawal{ID: id, From: from, To: d.To, Amount: d.Amount.Clone(), Height: s.g.Height}
	s.g.NextWithdrawal++
	s.touch(WithdrawalKey(id))
	s.touch(keyGlobals)
	rc.Withdrawal = &id
	return nil
}

func (s *State) applyCreate(cfg *Config, from common.Address, d *CreateMLSC, rc *Receipt) error {
	if err := d.Spec.Validate(); err != nil {
		return err
	}
	if err := cfg.Verifier.Supports(&d.Spec); err != nil {
		return fmt.Errorf("%w: %w", ErrUnsupported, err)
	}
	if d.Spec.DeadlineL1 != 0 && d.Spec.DeadlineL1 <= s.g.L1Number {
		return fmt.Errorf("%w: deadline L1 block %d is not after this block's L1 view %d", ErrBadSpec, d.Spec.DeadlineL1, s.g.L1Number)
	}
	if minB := cfg.MinBountyOrDefault(); d.Bounty.Lt(minB) {
		return fmt.Errorf("%w: bounty %s, minimum %s", ErrLowBounty, d.Bounty.Dec(), minB.Dec())
	}
	if bal := s.balanceOf(from); bal.Lt(d.Bounty) {
		return fmt.Errorf("%w: bounty %s, balance %s", ErrBalance, d.Bounty.Dec(), bal.Dec())
	}
	acc := s.account(from)
	acc.Balance.Sub(acc.Balance, d.Bounty)
	id := s.g.NextMLSC
	s.g.NextMLSC++
	m := &MLSC{
		ID: id, Creator: from, Spec: d.Spec, Escrow: d.Bounty.Clone(),
		BestCheckpointCID: d.Spec.InitCheckpointCID, BestWeights: d.Spec.InitWeights, BestLossSum: math.MaxUint64,
	}
	s.mlscs[id] = m
	s.openRound(m, 1, s.g.Height)
	s.touch(keyGlobals)
	rc.MLSC = &id
	return nil
}

func (s *State) applyStake(from common.Address, d *Stake) error {
	if err := s.debit(from, d.Amount); err != nil {
		return err
	}
	acc := s.account(from)
	acc.Stake.Add(acc.Stake, d.Amount)
	s.addTotalStake(d.Amount, true)
	return nil
}

// addTotalStake adds (or, with add false, subtracts) v to the globals' TotalStake, which is
// nil when zero (rollup.Globals).
func (s *State) addTotalStake(v *uint256.Int, add bool) {
	if v.IsZero() {
		return
	}
	t := new(uint256.Int)
	if s.g.TotalStake != nil {
		t.Set(s.g.TotalStake)
	}
	if add {
		t.Add(t, v)
	} else {
		t.Sub(t, v)
	}
	s.g.TotalStake = t
	if t.IsZero() {
		s.g.TotalStake = nil
	}
	s.touch(keyGlobals)
}

func (s *State) applyUnstake(from common.Address, d *Unstake) error {
	acc := s.account(from)
	switch {
	case d.Amount.IsZero():
		return ErrZeroAmount
	case acc.OpenClaims > 0:
		return fmt.Errorf("%w: %d open claims or period votes", ErrStakeLocked, acc.OpenClaims)
	case acc.Stake.Lt(d.Amount):
		return fmt.Errorf("%w: staked %s, asked %s", ErrStake, acc.Stake.Dec(), d.Amount.Dec())
	}
	acc.Stake.Sub(acc.Stake, d.Amount)
	acc.Balance.Add(acc.Balance, d.Amount)
	s.touch(AccountKey(from))
	s.addTotalStake(d.Amount, false)
	return nil
}

// roundFor returns the MLSC and its current round record if round is current
// and the MLSC is in phase p.
func (s *State) roundFor(id, round uint64, p Phase) (*MLSC, *Round, error) {
	m, ok := s.mlscs[id]
	if !ok {
		return nil, nil, fmt.Errorf("%w: %d", ErrUnknownMLSC, id)
	}
	if m.Round != round {
		return nil, nil, fmt.Errorf("%w: MLSC %d is in round %d, not %d", ErrWrongRound, id, m.Round, round)
	}
	if m.Phase != p {
		return nil, nil, fmt.Errorf("%w: MLSC %d round %d is in its %s phase, not %s (height %d)", ErrWrongPhase, id, round, m.Phase, p, s.g.Height)
	}
	return m, s.rounds[[2]uint64{id, round}], nil
}

func (s *State) applyCommit(cfg *Config, from common.Address, d *Commit) error {
	_, r, err := s.roundFor(d.MLSC, d.Round, PhaseCommit)
	if err != nil {
		return err
	}
	if st := s.stakeOf(from); st.Lt(cfg.MinStake) {
		return fmt.Errorf("%w: %s staked %s, needs %s", ErrStake, from, st.Dec(), cfg.MinStake.Dec())
	}
	for _, c := range r.Commits {
		if c.Trainer == from {
			return fmt.Errorf("%w: %s in MLSC %d round %d", ErrDoubleCommit, from, d.MLSC, d.Round)
		}
	}
	if _, used := s.commitments[d.Commitment]; used {
		return fmt.Errorf("%w: %s", ErrCommitReused, d.Commitment)
	}
	if len(r.Commits) >= MaxRoundCommits {
		return fmt.Errorf("%w: MLSC %d round %d has %d", ErrRoundFull, d.MLSC, d.Round, MaxRoundCommits)
	}
	r.Commits = append(r.Commits, CommitRecord{Trainer: from, Commitment: d.Commitment})
	s.commitments[d.Commitment] = struct{}{}
	s.touch(commitmentKey(d.Commitment))
	s.touch(RoundKey(d.MLSC, d.Round))
	return nil
}

func (s *State) applyReveal(from common.Address, d *Reveal) error {
	m, r, err := s.roundFor(d.MLSC, d.Round, PhaseReveal)
	if err != nil {
		return err
	}
	if len(d.CheckpointCID) == 0 || len(d.CheckpointCID) > MaxCIDLen || len(d.TraceCID) == 0 || len(d.TraceCID) > MaxCIDLen {
		return fmt.Errorf("%w: checkpoint or trace CID missing or longer than %d bytes", ErrTxEncoding, MaxCIDLen)
	}
	ci := -1
	for i, c := range r.Commits {
		if c.Trainer == from {
			ci = i
		}
	}
	if ci < 0 {
		return fmt.Errorf("%w: %s in MLSC %d round %d", ErrNoCommit, from, d.MLSC, d.Round)
	}
	if r.Commits[ci].Revealed {
		return fmt.Errorf("%w: %s already revealed", ErrNoCommit, from)
	}
	want := CommitmentHash(d.MLSC, d.Round, d.WeightCommitment, d.TraceRoot, d.ClaimedLossSum, from, d.Salt)
	if want != r.Commits[ci].Commitment {
		return fmt.Errorf("%w: %s", ErrCommitMatch, from)
	}
	if _, used := s.checkpoints[d.WeightCommitment]; used {
		return fmt.Errorf("%w: weights %s", ErrReplay, d.WeightCommitment)
	}
	if d.ClaimedLossSum >= m.BestLossSum {
		return fmt.Errorf("%w: claimed %d, best %d", ErrNoImprovement, d.ClaimedLossSum, m.BestLossSum)
	}
	r.Commits[ci].Revealed = true
	r.Reveals = append(r.Reveals, RevealRecord{
		Trainer: from, CheckpointCID: d.CheckpointCID, WeightCommitment: d.WeightCommitment,
		TraceCID: d.TraceCID, TraceRoot: d.TraceRoot, ClaimedLossSum: d.ClaimedLossSum, Height: s.g.Height,
	})
	if r.Best == 0 || d.ClaimedLossSum < r.Reveals[r.Best-1].ClaimedLossSum {
		r.Best = uint64(len(r.Reveals))
	}
	s.checkpoints[d.WeightCommitment] = struct{}{}
	acc := s.account(from)
	acc.OpenClaims++
	s.touch(AccountKey(from))
	s.touch(checkpointKey(d.WeightCommitment))
	s.touch(RoundKey(d.MLSC, d.Round))
	return nil
}

// ClaimOf returns the statement a loss proof for the round's best reveal
// must prove. The round must be in its proof phase.
func (s *State) ClaimOf(id, round uint64) (*Claim, error) {
	m, r, err := s.roundFor(id, round, PhaseProof)
	if err != nil {
		return nil, err
	}
	if r.Best == 0 {
		return nil, fmt.Errorf("%w: MLSC %d round %d", ErrNoClaim, id, round)
	}
	if r.Slashed { // the proof window passed; block starts are releasing the claims
		return nil, fmt.Errorf("%w: MLSC %d round %d: its proof window closed at height %d", ErrWrongPhase, id, round, m.ProofEnd())
	}
	if r.Proven { // a loss proof applied; block starts are settling the round
		return nil, fmt.Errorf("%w: MLSC %d round %d is proven already", ErrWrongPhase, id, round)
	}
	best := r.Reveals[r.Best-1]
	return &Claim{
		MLSC: id, Round: round, Trainer: best.Trainer,
		WeightCommitment: best.WeightCommitment, TraceRoot: best.TraceRoot, LossSum: best.ClaimedLossSum,
		DatasetRoot: m.Spec.DatasetRoot, DatasetSize: m.Spec.DatasetSize,
		Seed: r.Seed, SampleCount: m.Spec.SampleCount,
	}, nil
}

func (s *State) applyLossProof(cfg *Config, from common.Address, d *LossProof, rc *Receipt) error {
	claim, err := s.ClaimOf(d.MLSC, d.Round)
	if err != nil {
		return err
	}
	m, r := s.mlscs[d.MLSC], s.rounds[[2]uint64{d.MLSC, d.Round}]
	if err := cfg.Verifier.Verify(&m.Spec, claim, d.Proof); err != nil {
		return fmt.Errorf("%w: %w", ErrBadProof, err)
	}
	applied, err := AppliedProofOf(cfg, &m.Spec, claim)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrBadProof, err)
	}
	best := r.Reveals[r.Best-1]
	reward := cfg.Reward(s.g.Issued, s.g.Time)
	s.g.Issued.Add(s.g.Issued, reward)
	remaining := uint64(m.Spec.MaxRounds) - m.Round + 1
	share := new(uint256.Int).Div(m.Escrow, uint256.NewInt(remaining))
	m.Escrow.Sub(m.Escrow, share)
	proverPay := cfg.proverPay(share)
	share.Sub(share, proverPay)
	s.credit(best.Trainer, new(uint256.Int).Add(reward, share))
	if !proverPay.IsZero() {
		payee := from
		if d.RewardTo != (common.Address{}) {
			payee = d.RewardTo
		}
		s.credit(payee, proverPay)
		rc.ProverReward = proverPay
	}
	m.BestCheckpointCID, m.BestWeights, m.BestLossSum, m.BestTrainer = best.CheckpointCID, best.WeightCommitment, best.ClaimedLossSum, best.Trainer
	m.RoundsWon++
	r.Proven = true
	s.touch(keyGlobals)
	rc.MLSC = &d.MLSC
	rc.Reward = new(uint256.Int).Add(reward, share)
	rc.Proof = applied
	s.recordWin(m, best.Trainer, applied)
	s.touch(RoundKey(m.ID, m.Round))
	s.touch(MLSCKey(m.ID))
	s.schedule(m) // settled from the next block start on (advance), as a slashed round is
	return nil
}
