package rollup

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/delta"
)

// The evolving training set (issue 15): dataset deltas proposed with a
// deposit, their data carried in delta-data transactions so that every node
// checks the resulting root itself, stake-weighted votes with NRN locked
// until the epoch ends, epochs closed at block boundaries, a reward for the
// applied delta's proposer, and period governance. docs/protocol.md states
// the rules; this file holds them.

// Transaction types of the training-set governance.
const (
	TxProposeDelta  TxType = 0x0b
	TxVoteDelta     TxType = 0x0c
	TxDeltaData     TxType = 0x0d
	TxProposePeriod TxType = 0x0e
	TxVotePeriod    TxType = 0x0f
)

// Limits of the training-set governance.
const (
	// DefaultDeltaPeriod is an epoch's length in L2 blocks when
	// Config.DeltaPeriod is unset: one week of 2-second blocks.
	DefaultDeltaPeriod = 7 * 24 * 3600 / 2
	// DefaultDeltaRewardDivisor: an applied delta mints issued/1,000,000
	// (0.0001 %), halving like the trainers' reward.
	DefaultDeltaRewardDivisor = 1_000_000
	// MaxDeltaProposals bounds the delta proposals of one MLSC epoch.
	MaxDeltaProposals = 16
	// MaxPeriodProposals bounds the period proposals of one MLSC epoch.
	MaxPeriodProposals = 8
	// MaxDeltaVoters bounds the delta voters of one MLSC epoch.
	MaxDeltaVoters = 1024
	// MaxPeriod bounds an epoch's length in blocks.
	MaxPeriod = 1 << 24
)

// Errors of the training-set governance.
var (
	ErrDelta        = errors.New("rollup: bad delta proposal")
	ErrDeltaRoot    = errors.New("rollup: delta does not lead to its claimed dataset root")
	ErrDeltaShape   = errors.New("rollup: delta changes the example shape (a new model needs a new MLSC)")
	ErrNoProposal   = errors.New("rollup: no such proposal in the MLSC's current epoch")
	ErrDeltaData    = errors.New("rollup: bad delta data")
	ErrVote         = errors.New("rollup: bad vote")
	ErrPeriod       = errors.New("rollup: bad period proposal")
	ErrTooManyItems = errors.New("rollup: epoch is full")
)

// ProposeDelta proposes a patch (da/delta) to an MLSC's training set. CID
// names the patch manifest, whose bytes Manifest carries (the CID is their
// sha256: the delta's hash); NewRoot and NewSize are the training set's
// dataset root and size once it is applied. Leaves and Siblings are the
// delta.Proof of the proposal's own writes (a small removal,
// delta.Manifest.ProposalApplies; none otherwise) against the current set's
// tree lifted to the patch's depth. Deposit is taken from the proposer and refunded
// unless the delta is rejected.
type ProposeDelta struct {
	Nonce    uint64
	MLSC     uint64
	CID      []byte
	Manifest []byte
	NewRoot  common.Hash
	NewSize  uint64
	Deposit  *uint256.Int
	Leaves   []common.Hash
	Siblings []common.Hash
}

// VoteDelta locks Amount more NRN behind a delta proposal of the MLSC's
// current epoch. A voter has one vote per epoch: voting again moves all of
// it (plus Amount) to the named proposal. Votes cannot be withdrawn; the
// locked NRN returns when the epoch closes.
type VoteDelta struct {
	Nonce    uint64
	MLSC     uint64
	Proposal uint64
	Amount   *uint256.Int
}

// DeltaData carries step Chunk of a proposal (delta.Manifest.StepAt: a chunk
// of its added examples, with its entry's Count and First (its CID is Data's)
// and the entry's Path in the manifest's chunk tree (delta.EntryPath); or a
// removal group, with no data, entry or path) and the proof (Leaves,
// Siblings: a delta.Proof) of the step's writes against the proposal's
// running root. Steps come in order. Anyone may send it.
type DeltaData struct {
	Nonce    uint64
	MLSC     uint64
	Proposal uint64
	Chunk    uint32
	Data     []byte
	Leaves   []common.Hash
	Siblings []common.Hash
	Count    uint32
	First    uint64
	Path     []common.Hash
}

// ProposePeriod proposes a new epoch length, in blocks, for an MLSC.
type ProposePeriod struct {
	Nonce  uint64
	MLSC   uint64
	Blocks uint64
}

// VotePeriod backs a period proposal (index in the epoch's list) with the
// sender's trainer stake as it stands at the vote; the first period vote of
// an epoch locks the stake (Account.OpenClaims) until the epoch is settled.
type VotePeriod struct {
	Nonce    uint64
	MLSC     uint64
	Proposal uint64
}

func (*ProposeDelta) txType() TxType  { return TxProposeDelta }
func (*VoteDelta) txType() TxType     { return TxVoteDelta }
func (*DeltaData) txType() TxType     { return TxDeltaData }
func (*ProposePeriod) txType() TxType { return TxProposePeriod }
func (*VotePeriod) txType() TxType    { return TxVotePeriod }

// deltaTxData returns a new body for a governance tx type, or nil.
func deltaTxData(t TxType) TxData {
	switch t {
	case TxProposeDelta:
		return new(ProposeDelta)
	case TxVoteDelta:
		return new(VoteDelta)
	case TxDeltaData:
		return new(DeltaData)
	case TxProposePeriod:
		return new(ProposePeriod)
	case TxVotePeriod:
		return new(VotePeriod)
	}
	return nil
}

// deltaNonce is the nonce of a governance tx body, ok false for others.
func deltaNonce(d TxData) (uint64, bool) {
	switch d := d.(type) {
	case *ProposeDelta:
		return d.Nonce, true
	case *VoteDelta:
		return d.Nonce, true
	case *DeltaData:
		return d.Nonce, true
	case *ProposePeriod:
		return d.Nonce, true
	case *VotePeriod:
		return d.Nonce, true
	}
	return 0, false
}

// ProposalTx is the proposal of a patch built with delta.Build.
func ProposalTx(nonce, mlsc uint64, b *delta.Built, deposit *uint256.Int) *ProposeDelta {
	return &ProposeDelta{Nonce: nonce, MLSC: mlsc, CID: b.CID.Bytes(), Manifest: b.Manifest, NewRoot: b.NewRoot.Bytes(),
		NewSize: b.NewSize, Deposit: deposit.Clone(), Leaves: elementsToHashes(b.Proof.Leaves), Siblings: elementsToHashes(b.Proof.Siblings)}
}

// DataTx is delta-data step i (of b.Steps) of proposal id of a patch built
// with delta.Build.
func DataTx(nonce, mlsc, id uint64, b *delta.Built, i int) *DeltaData {
	st := b.Steps[i]
	d := &DeltaData{Nonce: nonce, MLSC: mlsc, Proposal: id, Chunk: uint32(i), Data: st.Data,
		Leaves: elementsToHashes(st.Proof.Leaves), Siblings: elementsToHashes(st.Proof.Siblings),
		Count: st.Count, First: st.First}
	for _, h := range st.Path {
		d.Path = append(d.Path, common.Hash(h))
	}
	return d
}

// DataState is an MLSC's training-set record, created by its first
// proposal: the head of the set (base plus every applied delta), the epoch
// clock and the applied history.
type DataState struct {
	// CID, Root and Size name the current training set: the base dataset's
	// manifest or the last applied patch's, its dataset root and size.
	// Rounds adopt it when they open (MLSC.Spec's dataset fields).
	CID  []byte
	Root common.Hash
	Size uint64
	// Period is the epoch length in blocks (0: Config.DeltaPeriod). Epoch
	// AnchorEpoch began at height Anchor; epochs follow back to back.
	Period      uint64
	Anchor      uint64
	AnchorEpoch uint64
	// NextProposal numbers delta proposals across epochs.
	NextProposal uint64
	Applied      []AppliedDelta
}

// AppliedDelta is one delta applied at an epoch's close.
type AppliedDelta struct {
	Proposal uint64
	Epoch    uint64
	Height   uint64
	CID      []byte
	Root     common.Hash
	Size     uint64
	Proposer common.Address
	Reward   *uint256.Int
}

// DeltaStatus is where a delta proposal stands.
type DeltaStatus uint8

// Delta proposal states.
const (
	DeltaPending  DeltaStatus = 1 // waiting for its data
	DeltaReady    DeltaStatus = 2 // data complete, root checked
	DeltaRejected DeltaStatus = 3 // bad data, wrong root or incomplete: deposit forfeited
	DeltaApplied  DeltaStatus = 4 // won its epoch
	DeltaLost     DeltaStatus = 5 // ready but not the winner: deposit refunded
)

func (s DeltaStatus) String() string {
	switch s {
	case DeltaPending:
		return "pending"
	case DeltaReady:
		return "ready"
	case DeltaRejected:
		return "rejected"
	case DeltaApplied:
		return "applied"
	case DeltaLost:
		return "lost"
	}
	return fmt.Sprintf("delta-status(%d)", uint8(s))
}

// DeltaProposal is the record of one delta proposal. Its size does not grow
// with the patch: the manifest is kept apart (DeltaManifestKey), read by
// delta-data steps only.
type DeltaProposal struct {
	MLSC     uint64
	ID       uint64
	Epoch    uint64
	Height   uint64
	Proposer common.Address
	CID      []byte
	// Steps is the number of delta-data steps the patch needs
	// (delta.Manifest.Steps).
	Steps    uint64
	BaseRoot common.Hash
	BaseSize uint64
	NewRoot  common.Hash
	NewSize  uint64
	Deposit  *uint256.Int
	Votes    *uint256.Int
	Status   DeltaStatus
	Reason   string // why it was rejected
	// Root is the running root: the base set's tree lifted to the patch's
	// depth (delta.Manifest.Depth) with the proposal's and the first Next
	// delta-data steps' writes applied; Added counts the added examples
	// those steps wrote. They keep their last values once decided.
	Root  common.Hash
	Next  uint64
	Added uint64
}

// DeltaVote is one voter's delta vote in an epoch, the record at
// DeltaVoteKey(mlsc, epoch, voter): the proposal it backs, the NRN it locked
// and the voter who voted before it (the epoch's voters are a list from
// DeltaTally.Head through Next; the zero address ends it).
type DeltaVote struct {
	Proposal uint64
	Amount   *uint256.Int
	Next     common.Address
}

// PeriodVote is one trainer's period vote in an epoch, the record at
// PeriodVoteKey(mlsc, epoch, voter): the period proposal it backs, its stake
// when it voted (locked, Account.OpenClaims, until the epoch is settled) and
// the period voter before it (from DeltaTally.PeriodHead).
type PeriodVote struct {
	Proposal uint64
	Stake    *uint256.Int
	Next     common.Address
}

// DeltaTally is what an epoch record keeps of its votes, each a record of its
// own (DeltaVote, PeriodVote) so that a step's work does not grow with the
// number of voters: the number of delta voters and of period voters, and the
// last of each to vote first (the head of its list; settlement walks it).
type DeltaTally struct {
	Voters       uint64         `rlp:"optional"`
	Head         common.Address `rlp:"optional"`
	PeriodVoters uint64         `rlp:"optional"`
	PeriodHead   common.Address `rlp:"optional"`
}

// PeriodProposal is a proposed epoch length and the sum of the stakes its
// period voters recorded (PeriodVote.Stake).
type PeriodProposal struct {
	Proposer common.Address
	Blocks   uint64
	Stake    *uint256.Int
}

// DeltaEpoch is the open epoch of an MLSC that has proposals: it closes at
// height End (the first block of the next epoch), or later when block starts
// are still settling the MLSC's previous epoch. A closed epoch moves to
// DeltaClosingKey and is settled over block starts (closeEpochs): Cursor
// counts its work items done, Winner is 1 + the index in Proposals of the
// leading ready proposal so far (0: none) and WinVotes its votes.
type DeltaEpoch struct {
	MLSC      uint64
	Epoch     uint64
	End       uint64
	Proposals []uint64
	Tally     DeltaTally
	Periods   []PeriodProposal
	Cursor    uint64       `rlp:"optional"`
	Winner    uint64       `rlp:"optional"`
	WinVotes  *uint256.Int `rlp:"optional"`
}

const (
	prefixDeltaProposal = 'x'
	prefixDeltaEpoch    = 'y'
	prefixDeltaClosing  = 'z'
	prefixDeltaManifest = 'v'
)

// DeltaManifestKey is the state key of a delta proposal's manifest bytes,
// written by a proposal that needs delta-data steps and read by them (kept
// once decided).
func DeltaManifestKey(mlsc, id uint64) []byte {
	return binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64([]byte{prefixDeltaManifest}, mlsc), id)
}

// DeltaManifest returns the manifest bytes a pending proposal's steps read.
func (s *State) DeltaManifest(mlsc, id uint64) ([]byte, bool) {
	b, ok := s.manifests[[2]uint64{mlsc, id}]
	return bytes.Clone(b), ok
}

const (
	prefixDeltaVote  = 'o'
	prefixPeriodVote = 'q'
)

// voteID names a vote record: MLSC, epoch, voter.
type voteID struct {
	mlsc, epoch uint64
	voter       common.Address
}

func voteKey(prefix byte, mlsc, epoch uint64, voter common.Address) []byte {
	k := binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64([]byte{prefix}, mlsc), epoch)
	return append(k, voter[:]...)
}

// DeltaVoteKey is the state key of voter's delta vote in an MLSC's epoch (DeltaVote).
func DeltaVoteKey(mlsc, epoch uint64, voter common.Address) []byte {
	return voteKey(prefixDeltaVote, mlsc, epoch, voter)
}

// PeriodVoteKey is the state key of voter's period vote in an MLSC's epoch (PeriodVote).
func PeriodVoteKey(mlsc, epoch uint64, voter common.Address) []byte {
	return voteKey(prefixPeriodVote, mlsc, epoch, voter)
}

// DeltaVote returns a copy of voter's delta vote in an MLSC's epoch, if any.
func (s *State) DeltaVote(mlsc, epoch uint64, voter common.Address) (DeltaVote, bool) {
	v, ok := s.votes[voteID{mlsc, epoch, voter}]
	if !ok {
		return DeltaVote{}, false
	}
	return DeltaVote{Proposal: v.Proposal, Amount: v.Amount.Clone(), Next: v.Next}, true
}

// PeriodVote returns a copy of voter's period vote in an MLSC's epoch, if any.
func (s *State) PeriodVote(mlsc, epoch uint64, voter common.Address) (PeriodVote, bool) {
	v, ok := s.periodVotes[voteID{mlsc, epoch, voter}]
	if !ok {
		return PeriodVote{}, false
	}
	return PeriodVote{Proposal: v.Proposal, Stake: v.Stake.Clone(), Next: v.Next}, true
}

// DecodeDeltaVote decodes a delta vote entry (a state proof's value).
func DecodeDeltaVote(b []byte) (*DeltaVote, error) {
	v := new(DeltaVote)
	if err := rlp.DecodeBytes(b, v); err != nil {
		return nil, fmt.Errorf("rollup: delta vote: %w", err)
	}
	return v, nil
}

// DecodePeriodVote decodes a period vote entry (a state proof's value).
func DecodePeriodVote(b []byte) (*PeriodVote, error) {
	v := new(PeriodVote)
	if err := rlp.DecodeBytes(b, v); err != nil {
		return nil, fmt.Errorf("rollup: period vote: %w", err)
	}
	return v, nil
}

// voteKeyID splits a vote key (prefix, MLSC, epoch, voter); ok false if it is not one.
func voteKeyID(k []byte) (voteID, bool) {
	if len(k) != 37 || k[0] != prefixDeltaVote && k[0] != prefixPeriodVote {
		return voteID{}, false
	}
	return voteID{binary.BigEndian.Uint64(k[1:]), binary.BigEndian.Uint64(k[9:]), common.BytesToAddress(k[17:])}, true
}

// DeltaClosingKey is the state key of an MLSC's closed epoch while block
// starts settle it (closeEpochs); at most one per MLSC.
func DeltaClosingKey(mlsc uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte{prefixDeltaClosing}, mlsc)
}

// DeltaClosing returns a copy of an MLSC's epoch being settled, if any.
func (s *State) DeltaClosing(mlsc uint64) (DeltaEpoch, bool) {
	e, ok := s.closing[mlsc]
	if !ok {
		return DeltaEpoch{}, false
	}
	b, _ := rlp.EncodeToBytes(e)
	c, _ := DecodeDeltaEpoch(b)
	return *c, true
}

// DeltaProposalKey is the state key of a delta proposal.
func DeltaProposalKey(mlsc, id uint64) []byte {
	return binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64([]byte{prefixDeltaProposal}, mlsc), id)
}

// DeltaEpochKey is the state key of an MLSC's open epoch.
func DeltaEpochKey(mlsc uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte{prefixDeltaEpoch}, mlsc)
}

// DecodeDeltaProposal decodes a proposal entry (a state proof's value).
func DecodeDeltaProposal(b []byte) (*DeltaProposal, error) {
	p := new(DeltaProposal)
	if err := rlp.DecodeBytes(b, p); err != nil {
		return nil, fmt.Errorf("rollup: delta proposal: %w", err)
	}
	return p, nil
}

// DecodeDeltaEpoch decodes an epoch entry (a state proof's value).
func DecodeDeltaEpoch(b []byte) (*DeltaEpoch, error) {
	e := new(DeltaEpoch)
	if err := rlp.DecodeBytes(b, e); err != nil {
		return nil, fmt.Errorf("rollup: delta epoch: %w", err)
	}
	return e, nil
}

// DeltaPeriodOrDefault is the default epoch length in blocks.
func (c *Config) DeltaPeriodOrDefault() uint64 {
	if c.DeltaPeriod == 0 {
		return DefaultDeltaPeriod
	}
	return c.DeltaPeriod
}

// MinDeltaDepositOrDefault is the least deposit of a delta proposal:
// MinDeltaDeposit, or MinStake if unset.
func (c *Config) MinDeltaDepositOrDefault() *uint256.Int {
	if c.MinDeltaDeposit == nil || c.MinDeltaDeposit.IsZero() {
		return c.MinStake
	}
	return c.MinDeltaDeposit
}

// DeltaReward is the NRN minted for an applied delta at L2 time t:
// issued/DeltaRewardDivisor (0.0001 % by default), halving every
// HalvingSeconds like the trainers' reward.
func (c *Config) DeltaReward(issued *uint256.Int, t uint64) *uint256.Int {
	div := c.DeltaRewardDivisor
	if div == 0 {
		div = DefaultDeltaRewardDivisor
	}
	sub := *c
	sub.RewardDivisor = div
	return sub.Reward(issued, t)
}

// EpochAt returns the epoch of the MLSC at height h and the height at which
// it ends.
func (c *Config) EpochAt(m *MLSC, h uint64) (epoch, end uint64) {
	anchor, first, p := uint64(0), uint64(0), c.DeltaPeriodOrDefault()
	if d := m.Data; d != nil {
		anchor, first = d.Anchor, d.AnchorEpoch
		if d.Period != 0 {
			p = d.Period
		}
	}
	if h < anchor { // cannot happen: anchors are past boundaries
		h = anchor
	}
	k := (h - anchor) / p
	return first + k, anchor + (k+1)*p
}

// DataHead returns the MLSC's current training set: CID, root and size.
func (m *MLSC) DataHead() ([]byte, common.Hash, uint64) {
	if d := m.Data; d != nil {
		return d.CID, d.Root, d.Size
	}
	return m.Spec.DatasetCID, m.Spec.DatasetRoot, m.Spec.DatasetSize
}

// DeltaEpoch returns a copy of an MLSC's open epoch, if it has one.
func (s *State) DeltaEpoch(mlsc uint64) (DeltaEpoch, bool) {
	e, ok := s.epochs[mlsc]
	if !ok {
		return DeltaEpoch{}, false
	}
	b, _ := rlp.EncodeToBytes(e)
	c, _ := DecodeDeltaEpoch(b)
	return *c, true
}

// DeltaProposal returns a copy of a delta proposal.
func (s *State) DeltaProposal(mlsc, id uint64) (DeltaProposal, bool) {
	p, ok := s.proposals[[2]uint64{mlsc, id}]
	if !ok {
		return DeltaProposal{}, false
	}
	b, _ := rlp.EncodeToBytes(p)
	c, _ := DecodeDeltaProposal(b)
	return *c, true
}

func (s *State) encodeDelta(k []byte) ([]byte, bool, error) {
	var v any
	switch {
	case k[0] == prefixDeltaProposal && len(k) == 17:
		p, ok := s.proposals[[2]uint64{binary.BigEndian.Uint64(k[1:]), binary.BigEndian.Uint64(k[9:])}]
		if !ok {
			return nil, true, nil
		}
		v = p
	case k[0] == prefixDeltaEpoch && len(k) == 9:
		e, ok := s.epochs[binary.BigEndian.Uint64(k[1:])]
		if !ok {
			return nil, true, nil
		}
		v = e
	case k[0] == prefixDeltaClosing && len(k) == 9:
		e, ok := s.closing[binary.BigEndian.Uint64(k[1:])]
		if !ok {
			return nil, true, nil
		}
		v = e
	case k[0] == prefixDeltaManifest && len(k) == 17:
		m, ok := s.manifests[[2]uint64{binary.BigEndian.Uint64(k[1:]), binary.BigEndian.Uint64(k[9:])}]
		if !ok {
			return nil, true, nil
		}
		v = m
	case k[0] == prefixDeltaVote && len(k) == 37:
		id, _ := voteKeyID(k)
		r, ok := s.votes[id]
		if !ok {
			return nil, true, nil
		}
		v = r
	case k[0] == prefixPeriodVote && len(k) == 37:
		id, _ := voteKeyID(k)
		r, ok := s.periodVotes[id]
		if !ok {
			return nil, true, nil
		}
		v = r
	default:
		return nil, false, nil
	}
	b, err := rlp.EncodeToBytes(v)
	return b, true, err
}

func (s *State) loadDelta(key, value []byte) (bool, error) {
	switch key[0] {
	case prefixDeltaProposal:
		p, err := DecodeDeltaProposal(value)
		if err != nil {
			return true, err
		}
		s.proposals[[2]uint64{p.MLSC, p.ID}] = p
	case prefixDeltaEpoch:
		e, err := DecodeDeltaEpoch(value)
		if err != nil {
			return true, err
		}
		s.epochs[e.MLSC] = e
	case prefixDeltaClosing:
		e, err := DecodeDeltaEpoch(value)
		if err != nil {
			return true, err
		}
		s.closing[e.MLSC] = e
	case prefixDeltaManifest:
		if len(key) != 17 {
			return true, fmt.Errorf("rollup: delta manifest key of %d bytes", len(key))
		}
		var m []byte
		if err := rlp.DecodeBytes(value, &m); err != nil {
			return true, fmt.Errorf("rollup: delta manifest: %w", err)
		}
		s.manifests[[2]uint64{binary.BigEndian.Uint64(key[1:]), binary.BigEndian.Uint64(key[9:])}] = m
	case prefixDeltaVote, prefixPeriodVote:
		id, ok := voteKeyID(key)
		if !ok {
			return true, fmt.Errorf("rollup: vote key %x", key)
		}
		if key[0] == prefixDeltaVote {
			v, err := DecodeDeltaVote(value)
			if err != nil {
				return true, err
			}
			s.votes[id] = v
		} else {
			v, err := DecodePeriodVote(value)
			if err != nil {
				return true, err
			}
			s.periodVotes[id] = v
		}
	default:
		return false, nil
	}
	return true, nil
}

func (s *State) deltaKeys() []string {
	var keys []string
	for k := range s.proposals {
		keys = append(keys, string(DeltaProposalKey(k[0], k[1])))
	}
	for id := range s.epochs {
		keys = append(keys, string(DeltaEpochKey(id)))
	}
	for id := range s.closing {
		keys = append(keys, string(DeltaClosingKey(id)))
	}
	for k := range s.manifests {
		keys = append(keys, string(DeltaManifestKey(k[0], k[1])))
	}
	for id := range s.votes {
		keys = append(keys, string(DeltaVoteKey(id.mlsc, id.epoch, id.voter)))
	}
	for id := range s.periodVotes {
		keys = append(keys, string(PeriodVoteKey(id.mlsc, id.epoch, id.voter)))
	}
	return keys
}

// openEpoch returns the MLSC's open epoch record, creating it (and the
// MLSC's DataState) if there is none. It changes the state only when it
// creates: callers call it once every check has passed.
func (s *State) openEpoch(cfg *Config, m *MLSC) *DeltaEpoch {
	if m.Data == nil {
		m.Data = &DataState{CID: bytes.Clone(m.Spec.DatasetCID), Root: m.Spec.DatasetRoot, Size: m.Spec.DatasetSize}
		s.touch(MLSCKey(m.ID))
	}
	if e, ok := s.epochs[m.ID]; ok {
		return e
	}
	n, end := cfg.EpochAt(m, s.g.Height)
	e := &DeltaEpoch{MLSC: m.ID, Epoch: n, End: end}
	s.epochs[m.ID] = e
	s.touch(DeltaEpochKey(m.ID))
	s.fileEpoch(m.ID, end)
	return e
}

func (s *State) liveMLSC(id uint64) (*MLSC, error) {
	m, ok := s.mlscs[id]
	if !ok {
		return nil, fmt.Errorf("%w: %d", ErrUnknownMLSC, id)
	}
	if m.Phase == PhaseDone {
		return nil, fmt.Errorf("%w: MLSC %d is complete", ErrWrongPhase, id)
	}
	return m, nil
}

func hashesToElements(hs []common.Hash) ([]fr.Element, error) {
	out := make([]fr.Element, len(hs))
	for i, h := range hs {
		if err := out[i].SetBytesCanonical(h[:]); err != nil {
			return nil, fmt.Errorf("%w: proof element %d is not a field element", ErrDelta, i)
		}
	}
	return out, nil
}

func elementsToHashes(es []fr.Element) []common.Hash {
	out := make([]common.Hash, len(es))
	for i := range es {
		out[i] = es[i].Bytes()
	}
	return out
}

// proofOf is the delta.Proof in a transaction.
func proofOf(leaves, siblings []common.Hash) (*delta.Proof, error) {
	l, err := hashesToElements(leaves)
	if err != nil {
		return nil, err
	}
	sb, err := hashesToElements(siblings)
	if err != nil {
		return nil, err
	}
	return &delta.Proof{Leaves: l, Siblings: sb}, nil
}

func noAdded(uint64) (fr.Element, bool) { return fr.Element{}, false }

func (s *State) applyProposeDelta(cfg *Config, from common.Address, d *ProposeDelta, rc *Receipt) error {
	m, err := s.liveMLSC(d.MLSC)
	if err != nil {
		return err
	}
	if minD := cfg.MinDeltaDepositOrDefault(); d.Deposit.Lt(minD) {
		return fmt.Errorf("%w: deposit %s, minimum %s", ErrDelta, d.Deposit.Dec(), minD.Dec())
	}
	if bal := s.balanceOf(from); bal.Lt(d.Deposit) {
		return fmt.Errorf("%w: deposit %s, balance %s", ErrBalance, d.Deposit.Dec(), bal.Dec())
	}
	if len(d.CID) > MaxCIDLen {
		return fmt.Errorf("%w: CID of %d bytes", ErrDelta, len(d.CID))
	}
	c, err := cid.Cast(d.CID)
	if err != nil {
		return fmt.Errorf("%w: CID: %v", ErrDelta, err)
	}
	if err := da.Verify(c, d.Manifest); err != nil {
		return fmt.Errorf("%w: manifest bytes do not match the CID: %w", ErrDelta, err)
	}
	man, err := delta.DecodeManifest(d.Manifest)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrDelta, err)
	}
	headCID, headRoot, headSize := m.DataHead()
	switch {
	case !bytes.Equal(man.Parent.Bytes(), headCID):
		return fmt.Errorf("%w: patch applies to %s, the MLSC's training set is %x", ErrDelta, man.Parent, headCID)
	case man.BaseRoot != headRoot || man.BaseSize != headSize:
		return fmt.Errorf("%w: patch base root %x size %d, the training set has %x size %d", ErrDelta, man.BaseRoot, man.BaseSize, headRoot, headSize)
	case man.Width != int(m.Spec.Layers[0]) || man.Classes > int(m.Spec.Layers[len(m.Spec.Layers)-1]):
		return fmt.Errorf("%w: examples of %d inputs and %d classes, the model takes %d inputs and has %d outputs",
			ErrDeltaShape, man.Width, man.Classes, m.Spec.Layers[0], m.Spec.Layers[len(m.Spec.Layers)-1])
	case d.NewSize != man.NewSize():
		return fmt.Errorf("%w: claims %d examples, the patch leaves %d", ErrDelta, d.NewSize, man.NewSize())
	}
	next := m.Spec
	next.DatasetSize = d.NewSize
	if err := cfg.Verifier.Supports(&next); err != nil {
		return fmt.Errorf("%w: %d examples: %w", ErrUnsupported, d.NewSize, err)
	}
	e, open := s.epochs[m.ID]
	if open && len(e.Proposals) >= MaxDeltaProposals {
		return fmt.Errorf("%w: %d delta proposals", ErrTooManyItems, len(e.Proposals))
	}
	var nextID uint64
	if m.Data != nil {
		nextID = m.Data.NextProposal
	}
	var claimed fr.Element
	if err := claimed.SetBytesCanonical(d.NewRoot[:]); err != nil {
		return fmt.Errorf("%w: new root %x is not a field element", ErrDelta, d.NewRoot)
	}
	// The running root starts at the current root lifted to the patch's
	// depth; a small removal (delta.Manifest.ProposalApplies) is applied
	// here, with the proof (it must open the current root), and decided at
	// once; any other patch in delta-data steps.
	root, err := man.StartRoot()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrDelta, err)
	}
	proof, err := proofOf(d.Leaves, d.Siblings)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrDeltaRoot, err)
	}
	if man.ProposalApplies() {
		if root, err = delta.StepRoot(root, man.Depth(), man.BaseSize, man.ProposalWrites(), noAdded, proof); err != nil {
			return fmt.Errorf("%w: %w", ErrDeltaRoot, err)
		}
	} else if len(d.Leaves)+len(d.Siblings) != 0 {
		return fmt.Errorf("%w: the patch is applied in delta-data steps, yet its proposal carries a proof", ErrDeltaRoot)
	}
	p := &DeltaProposal{
		MLSC: m.ID, ID: nextID, Height: s.g.Height, Proposer: from, CID: bytes.Clone(d.CID),
		Steps: man.Steps(), BaseRoot: headRoot, BaseSize: headSize, NewRoot: d.NewRoot,
		NewSize: d.NewSize, Deposit: d.Deposit.Clone(), Votes: new(uint256.Int), Status: DeltaPending,
		Root: root.Bytes(),
	}
	if p.Steps == 0 {
		if want := man.TargetRoot(claimed); !root.Equal(&want) {
			return fmt.Errorf("%w: the patch does not lead to root %x", ErrDeltaRoot, d.NewRoot)
		}
		p.Status = DeltaReady
	}
	// Every check passed: take the deposit and record.
	acc := s.account(from)
	acc.Balance.Sub(acc.Balance, d.Deposit)
	s.touch(AccountKey(from))
	e = s.openEpoch(cfg, m)
	p.Epoch = e.Epoch
	m.Data.NextProposal++
	s.touch(MLSCKey(m.ID))
	e.Proposals = append(e.Proposals, p.ID)
	s.touch(DeltaEpochKey(m.ID))
	s.proposals[[2]uint64{m.ID, p.ID}] = p
	s.touch(DeltaProposalKey(m.ID, p.ID))
	if p.Status == DeltaPending {
		s.manifests[[2]uint64{m.ID, p.ID}] = bytes.Clone(d.Manifest)
		s.touch(DeltaManifestKey(m.ID, p.ID))
	}
	rc.MLSC = &d.MLSC
	return nil
}

// currentProposal returns a delta proposal of the MLSC's open epoch.
func (s *State) currentProposal(mlsc, id uint64) (*MLSC, *DeltaEpoch, *DeltaProposal, error) {
	m, ok := s.mlscs[mlsc]
	if !ok {
		return nil, nil, nil, fmt.Errorf("%w: %d", ErrUnknownMLSC, mlsc)
	}
	e, ok := s.epochs[mlsc]
	if !ok || !slices.Contains(e.Proposals, id) {
		return nil, nil, nil, fmt.Errorf("%w: MLSC %d delta %d", ErrNoProposal, mlsc, id)
	}
	return m, e, s.proposals[[2]uint64{mlsc, id}], nil
}

// forfeit rejects a proposal: its deposit goes to the MLSC's escrow (to the
// creator once the MLSC is complete), like a trainer's slashed stake.
func (s *State) forfeit(m *MLSC, p *DeltaProposal, reason string) {
	p.Status, p.Reason = DeltaRejected, reason
	if m.Phase == PhaseDone {
		s.credit(m.Creator, p.Deposit)
	} else {
		m.Escrow.Add(m.Escrow, p.Deposit)
		s.touch(MLSCKey(m.ID))
	}
	s.touch(DeltaProposalKey(p.MLSC, p.ID))
}

// applyDeltaData applies step d.Chunk of a pending proposal, which must be its next
// (delta.Manifest.StepAt): a chunk, whose entry (its bytes' CID, Count, First) and Path must
// open the manifest's chunk root at the step's index, or a removal group with no data, entry
// or path; and a proof that opens the step's writes in the running root. A committed entry
// that does not fit the patch (delta.Manifest.CheckEntry: not starting at the added examples
// so far, over the work bound, past the added count or, the last, short of it) or bytes
// that are not the patch's examples reject the delta; a wrong entry, path or proof only
// refuses the transaction (the sender's mistake). After the last step the running root must
// be the claimed one (lifted to the patch's depth): ready, else rejected.
func (s *State) applyDeltaData(d *DeltaData) error {
	m, _, p, err := s.currentProposal(d.MLSC, d.Proposal)
	if err != nil {
		return err
	}
	if p.Status != DeltaPending {
		return fmt.Errorf("%w: delta %d is %s", ErrDeltaData, p.ID, p.Status)
	}
	man, err := delta.DecodeManifest(s.manifests[[2]uint64{p.MLSC, p.ID}])
	if err != nil { // checked when proposed
		return fmt.Errorf("%w: %w", ErrDeltaData, err)
	}
	if uint64(d.Chunk) != p.Next {
		return fmt.Errorf("%w: step %d, delta %d's next step is %d of %d", ErrDeltaData, d.Chunk, p.ID, p.Next, p.Steps)
	}
	c, g := man.StepAt(p.Next)
	var writes []delta.Change
	zero, added, count := man.BaseSize, noAdded, uint64(0)
	if c >= 0 {
		path := make([][32]byte, len(d.Path))
		for i, h := range d.Path {
			path[i] = h
		}
		if err := delta.EntryPath(man.ChunkRoot, man.ChunkCount, uint64(c), delta.DataLeaf(d.Data, d.Count, d.First), path); err != nil {
			return fmt.Errorf("%w: step %d: %w", ErrDeltaData, d.Chunk, err)
		}
		// The entry and bytes are the ones the proposer committed to: from
		// here on a problem is the proposer's, and rejects the delta. A fixed
		// reason (the error's text is not consensus: L1 writes the same record).
		if err := man.CheckEntry(c, d.Count, d.First, p.Added); err != nil {
			s.forfeit(m, p, fmt.Sprintf("chunk %d's entry does not fit the patch", c))
			return nil
		}
		exs, err := man.DecodeChunkData(d.Data, int(d.Count))
		var leaves []fr.Element
		if err == nil {
			leaves, err = delta.Leaves(exs, delta.LeafFunc(mlp.Loss(m.Spec.Loss)))
		}
		if err != nil {
			s.forfeit(m, p, fmt.Sprintf("chunk %d does not hold the patch's examples", c))
			return nil
		}
		writes, zero = man.ChunkWrites(len(leaves), p.Added)
		first := p.Added
		added = func(i uint64) (fr.Element, bool) {
			if i < first || i-first >= uint64(len(leaves)) {
				return fr.Element{}, false
			}
			return leaves[i-first], true
		}
		count = uint64(len(leaves))
	} else {
		if len(d.Data) != 0 || d.Count != 0 || d.First != 0 || len(d.Path) != 0 {
			return fmt.Errorf("%w: step %d is a removal group and carries no data, entry or path (%d bytes, count %d, first %d, %d hashes)", ErrDeltaData, d.Chunk, len(d.Data), d.Count, d.First, len(d.Path))
		}
		writes = man.TailWrites(g)
	}
	proof, err := proofOf(d.Leaves, d.Siblings)
	if err != nil {
		return fmt.Errorf("%w: step %d: %w", ErrDeltaData, d.Chunk, err)
	}
	var root fr.Element
	if err := root.SetBytesCanonical(p.Root[:]); err != nil { // written by the STF
		return fmt.Errorf("%w: running root: %v", ErrDeltaData, err)
	}
	if root, err = delta.StepRoot(root, man.Depth(), zero, writes, added, proof); err != nil {
		return fmt.Errorf("%w: step %d: %w", ErrDeltaData, d.Chunk, err)
	}
	p.Root, p.Next, p.Added = root.Bytes(), p.Next+1, p.Added+count
	s.touch(DeltaProposalKey(p.MLSC, p.ID))
	if p.Next < p.Steps {
		return nil
	}
	var claimed fr.Element
	_ = claimed.SetBytesCanonical(p.NewRoot[:]) // checked when proposed
	if want := man.TargetRoot(claimed); !root.Equal(&want) {
		s.forfeit(m, p, fmt.Sprintf("the patch does not lead to root %x", p.NewRoot))
		return nil
	}
	p.Status = DeltaReady
	return nil
}

func (s *State) applyVoteDelta(from common.Address, d *VoteDelta) error {
	_, e, p, err := s.currentProposal(d.MLSC, d.Proposal)
	if err != nil {
		return err
	}
	if p.Status == DeltaRejected {
		return fmt.Errorf("%w: delta %d is rejected", ErrVote, p.ID)
	}
	id := voteID{d.MLSC, e.Epoch, from}
	v, voted := s.votes[id]
	switch {
	case !voted && d.Amount.IsZero():
		return fmt.Errorf("%w: a first vote must lock NRN", ErrZeroAmount)
	case !voted && e.Tally.Voters >= MaxDeltaVoters:
		return fmt.Errorf("%w: %d delta voters (at most %d)", ErrTooManyItems, e.Tally.Voters, MaxDeltaVoters)
	case voted && v.Proposal == d.Proposal && d.Amount.IsZero():
		return fmt.Errorf("%w: already voting for delta %d", ErrZeroAmount, d.Proposal)
	}
	if bal := s.balanceOf(from); bal.Lt(d.Amount) {
		return fmt.Errorf("%w: vote of %s, balance %s", ErrBalance, d.Amount.Dec(), bal.Dec())
	}
	if !d.Amount.IsZero() {
		acc := s.account(from)
		acc.Balance.Sub(acc.Balance, d.Amount)
		s.touch(AccountKey(from))
	}
	if !voted { // a new voter heads the epoch's list
		s.votes[id] = &DeltaVote{Proposal: d.Proposal, Amount: d.Amount.Clone(), Next: e.Tally.Head}
		e.Tally.Voters++
		e.Tally.Head = from
		p.Votes.Add(p.Votes, d.Amount)
		s.touch(DeltaEpochKey(d.MLSC))
	} else {
		old := s.proposals[[2]uint64{d.MLSC, v.Proposal}]
		old.Votes.Sub(old.Votes, v.Amount)
		s.touch(DeltaProposalKey(d.MLSC, old.ID))
		v.Amount.Add(v.Amount, d.Amount)
		v.Proposal = d.Proposal
		p.Votes.Add(p.Votes, v.Amount)
	}
	s.touch(DeltaProposalKey(d.MLSC, p.ID))
	s.touch(DeltaVoteKey(d.MLSC, e.Epoch, from))
	return nil
}

func (s *State) applyProposePeriod(cfg *Config, from common.Address, d *ProposePeriod) error {
	m, err := s.liveMLSC(d.MLSC)
	if err != nil {
		return err
	}
	if d.Blocks < 1 || d.Blocks > MaxPeriod {
		return fmt.Errorf("%w: %d blocks, want 1..%d", ErrPeriod, d.Blocks, MaxPeriod)
	}
	if s.stakeOf(from).IsZero() {
		return fmt.Errorf("%w: only staked trainers propose periods", ErrStake)
	}
	if e, ok := s.epochs[m.ID]; ok && len(e.Periods) >= MaxPeriodProposals {
		return fmt.Errorf("%w: %d period proposals", ErrTooManyItems, len(e.Periods))
	}
	e := s.openEpoch(cfg, m)
	e.Periods = append(e.Periods, PeriodProposal{Proposer: from, Blocks: d.Blocks, Stake: new(uint256.Int)})
	s.touch(DeltaEpochKey(m.ID))
	return nil
}

func (s *State) applyVotePeriod(from common.Address, d *VotePeriod) error {
	if _, ok := s.mlscs[d.MLSC]; !ok {
		return fmt.Errorf("%w: %d", ErrUnknownMLSC, d.MLSC)
	}
	e, ok := s.epochs[d.MLSC]
	if !ok || d.Proposal >= uint64(len(e.Periods)) {
		return fmt.Errorf("%w: MLSC %d period proposal %d", ErrNoProposal, d.MLSC, d.Proposal)
	}
	if s.stakeOf(from).IsZero() {
		return fmt.Errorf("%w: only staked trainers vote on periods", ErrStake)
	}
	id := voteID{d.MLSC, e.Epoch, from}
	v, voted := s.periodVotes[id]
	if voted && v.Proposal == d.Proposal {
		return fmt.Errorf("%w: already voting for period proposal %d", ErrVote, d.Proposal)
	}
	acc := s.account(from)
	if voted { // one period vote per epoch: a re-vote moves it, with the stake now
		old := &e.Periods[v.Proposal]
		old.Stake.Sub(old.Stake, v.Stake)
		v.Proposal, v.Stake = d.Proposal, acc.Stake.Clone()
	} else { // the first period vote of the epoch locks the stake until it is settled
		acc.OpenClaims++
		s.touch(AccountKey(from))
		s.periodVotes[id] = &PeriodVote{Proposal: d.Proposal, Stake: acc.Stake.Clone(), Next: e.Tally.PeriodHead}
		e.Tally.PeriodVoters++
		e.Tally.PeriodHead = from
	}
	pp := &e.Periods[d.Proposal]
	pp.Stake.Add(pp.Stake, acc.Stake)
	s.touch(DeltaEpochKey(d.MLSC))
	s.touch(PeriodVoteKey(d.MLSC, e.Epoch, from))
	return nil
}

// MaxEpochWork bounds what one block start settles of a closed epoch (settleEpoch), so that
// L1 (StepEpochs) can re-execute it in one transaction: each item costs the state keys it
// writes on L1 (epochItemWork: a proposal 2, its record and its proposer's account or the
// MLSC; the winner 3, its proposal, its proposer and the MLSC; a vote or a period voter 2, its
// vote record deleted and its account), at about 0.7M gas a key (docs/performance.md), and a
// block start settles items while their work is at most MaxEpochWork (at least one): two
// proposals, or the winner and one more, or two votes.
const MaxEpochWork = 4

// epochItemWork is what item c of a closed epoch with np proposals costs (MaxEpochWork).
func epochItemWork(c, np uint64) int {
	switch {
	case c < np:
		return 2
	case c == np:
		return 3
	}
	return 2
}

// closeEpochs is the epoch work of the block start at height h, whose due record lists epochs
// (Due.Epochs, non-empty): the MLSCs with training-set epoch work, in turn. It works on the
// first only: it settles up to MaxEpochWork of its closed epoch's items (settleEpoch) or, if
// none is being settled, closes its open epoch if it has ended (beginClose). The others are
// carried to the front of h+1's list, in their order, and the one worked on goes to the back of
// it if it still has a closed epoch to settle (round robin: one MLSC with constant epoch work
// cannot starve the others). An open epoch that ends while the previous one is being settled
// keeps its own entry (fileEpoch), so each entry stands for one unit of work and none is lost.
// The record at h itself is left as it was. Its work is bounded whatever the epochs hold.
func (s *State) closeEpochs(cfg *Config, h uint64, epochs []uint64) {
	id := epochs[0]
	if c, ok := s.closing[id]; ok {
		s.settleEpoch(cfg, s.mlscs[id], c, h)
	} else if e, ok := s.epochs[id]; ok && e.End <= h {
		s.beginClose(s.mlscs[id], e)
	}
	var back []uint64
	if _, ok := s.closing[id]; ok {
		back = []uint64{id}
	}
	s.carryEpochs(epochs[1:], back)
}

// carryEpochs files the epoch entries front first in the due record at the next height, in
// their order, and back last (closeEpochs); the record is not written if both are empty.
func (s *State) carryEpochs(front, back []uint64) {
	if len(front) == 0 && len(back) == 0 {
		return
	}
	d := s.dueRecord(s.g.Height + 1)
	d.Epochs = append(append(slices.Clone(front), d.Epochs...), back...)
}

// beginClose closes an ended epoch: the period proposal backed by more than half of all
// trainer stake (Globals.TotalStake), counting each voter's stake as recorded at its vote
// (PeriodProposal.Stakes; the most-backed one if several, the earliest of equals) takes effect
// from the next epoch, and the epoch's record moves from DeltaEpochKey to DeltaClosingKey
// (settled by the next block starts), so that the MLSC's next epoch can open.
func (s *State) beginClose(m *MLSC, e *DeltaEpoch) {
	if best := periodWinner(&s.g, e); best >= 0 {
		d := m.Data
		d.Period, d.Anchor, d.AnchorEpoch = e.Periods[best].Blocks, e.End, e.Epoch+1
		s.touch(MLSCKey(m.ID))
	}
	delete(s.epochs, m.ID)
	s.touch(DeltaEpochKey(m.ID))
	s.closing[m.ID] = e
	s.touch(DeltaClosingKey(m.ID))
}

// periodWinner is the index of the period proposal of epoch e that takes effect at its close:
// the one whose voters' recorded stake is more than half of g's TotalStake, the most-backed
// if several, the earliest of equals; -1 if none.
func periodWinner(g *Globals, e *DeltaEpoch) int {
	total := new(uint256.Int)
	if g.TotalStake != nil {
		total.Set(g.TotalStake)
	}
	best, bestYes := -1, new(uint256.Int)
	for i, pp := range e.Periods {
		yes := new(uint256.Int)
		if pp.Stake != nil {
			yes.Set(pp.Stake)
		}
		if new(uint256.Int).Lsh(yes, 1).Gt(total) && (best < 0 || yes.Gt(bestYes)) {
			best, bestYes = i, yes
		}
	}
	return best
}

// epochItems is the number of work items of a closed epoch: one per delta proposal, one for
// the winner, one per delta voter, one per period voter.
func epochItems(e *DeltaEpoch) uint64 {
	return uint64(len(e.Proposals)+1) + e.Tally.Voters + e.Tally.PeriodVoters
}

// settleEpoch settles items of a closed epoch up to MaxEpochWork, from its Cursor, in this
// order: each delta proposal (a pending one is rejected, its data never came, and its deposit
// forfeited; a ready one gets its deposit back and leads if it has more votes than the leader
// so far, more than zero, ties going to the earliest, and if it patches the MLSC's current
// set: one proposed while the previous epoch was settled may name the set that epoch's winner
// replaced, and then cannot win), then the winner, if any, applied (the
// MLSC's training set becomes its CID, root and size, its proposer paid Config.DeltaReward),
// then each delta vote's NRN released, then each period voter's stake lock
// (Account.OpenClaims) released, each vote from the head of its list (DeltaTally: the last
// voter first), its record deleted. The winner item is always the first of its block start, so
// that a block start changes each proposal record once (L1, StepEpochs, reads and writes each
// key once). The record is deleted once every item is done.
func (s *State) settleEpoch(cfg *Config, m *MLSC, e *DeltaEpoch, h uint64) {
	total := epochItems(e)
	np, nv := uint64(len(e.Proposals)), e.Tally.Voters
	for used := 0; e.Cursor < total; {
		c := e.Cursor
		w := epochItemWork(c, np)
		if used > 0 && used+w > MaxEpochWork {
			break // the winner item (3) always starts a block start: no proposal is settled twice in one
		}
		used += w
		e.Cursor++
		switch {
		case c < np:
			p := s.proposals[[2]uint64{m.ID, e.Proposals[c]}]
			switch p.Status {
			case DeltaPending:
				s.forfeit(m, p, "its data was not complete when the epoch closed")
			case DeltaReady:
				s.credit(p.Proposer, p.Deposit)
				p.Status = DeltaLost
				s.touch(DeltaProposalKey(m.ID, p.ID))
				stale := p.BaseRoot != m.Data.Root || p.BaseSize != m.Data.Size // the set changed since
				if !stale && !p.Votes.IsZero() && (e.WinVotes == nil || p.Votes.Gt(e.WinVotes)) {
					e.Winner, e.WinVotes = c+1, p.Votes.Clone()
				}
			}
		case c == np:
			if e.Winner == 0 {
				continue
			}
			p := s.proposals[[2]uint64{m.ID, e.Proposals[e.Winner-1]}]
			p.Status = DeltaApplied
			s.touch(DeltaProposalKey(m.ID, p.ID))
			reward := cfg.DeltaReward(s.g.Issued, s.g.Time)
			s.g.Issued.Add(s.g.Issued, reward)
			s.touch(keyGlobals)
			s.credit(p.Proposer, reward)
			d := m.Data
			d.CID, d.Root, d.Size = bytes.Clone(p.CID), p.NewRoot, p.NewSize
			d.Applied = append(d.Applied, AppliedDelta{Proposal: p.ID, Epoch: e.Epoch, Height: h, CID: bytes.Clone(p.CID),
				Root: p.NewRoot, Size: p.NewSize, Proposer: p.Proposer, Reward: reward})
			s.touch(MLSCKey(m.ID))
		case c < np+1+nv: // the head of the delta voters' list: released, its record deleted
			id := voteID{m.ID, e.Epoch, e.Tally.Head}
			v := s.votes[id]
			s.credit(id.voter, v.Amount)
			delete(s.votes, id)
			s.touch(DeltaVoteKey(id.mlsc, id.epoch, id.voter))
			e.Tally.Head = v.Next
		default: // the head of the period voters' list: its stake lock released, its record deleted
			id := voteID{m.ID, e.Epoch, e.Tally.PeriodHead}
			v := s.periodVotes[id]
			acc := s.account(id.voter)
			acc.OpenClaims--
			s.touch(AccountKey(id.voter))
			delete(s.periodVotes, id)
			s.touch(PeriodVoteKey(id.mlsc, id.epoch, id.voter))
			e.Tally.PeriodHead = v.Next
		}
	}
	if e.Cursor == total {
		delete(s.closing, m.ID)
	}
	s.touch(DeltaClosingKey(m.ID))
}

// adoptDataset moves an opening round onto the MLSC's current training set.
// A round in flight keeps the set it opened with; the best loss sum so far,
// measured on the old set, is carried over per example (scaled by new size
// / old size, as is the target loss), so the next winner must beat the old
// model's mean loss on the new set.
func (s *State) adoptDataset(m *MLSC) {
	d := m.Data
	if d == nil || d.Root == m.Spec.DatasetRoot && d.Size == m.Spec.DatasetSize {
		return
	}
	scale := func(v uint64) uint64 {
		x := new(uint256.Int).Mul(uint256.NewInt(v), uint256.NewInt(d.Size))
		x.Div(x, uint256.NewInt(m.Spec.DatasetSize))
		if !x.IsUint64() || x.Uint64() == ^uint64(0) {
			return ^uint64(0) - 1
		}
		return x.Uint64()
	}
	if m.BestLossSum != ^uint64(0) {
		m.BestLossSum = scale(m.BestLossSum)
	}
	if m.Spec.TargetLoss > 0 {
		m.Spec.TargetLoss = max(scale(m.Spec.TargetLoss), 1)
	}
	m.Spec.DatasetCID, m.Spec.DatasetRoot, m.Spec.DatasetSize = bytes.Clone(d.CID), d.Root, d.Size
	s.touch(MLSCKey(m.ID))
}

// applyDeltaTx applies a governance transaction; ok is false for others.
func (s *State) applyDeltaTx(cfg *Config, from common.Address, data TxData, rc *Receipt) (bool, error) {
	switch d := data.(type) {
	case *ProposeDelta:
		return true, s.applyProposeDelta(cfg, from, d, rc)
	case *VoteDelta:
		return true, s.applyVoteDelta(from, d)
	case *DeltaData:
		return true, s.applyDeltaData(d)
	case *ProposePeriod:
		return true, s.applyProposePeriod(cfg, from, d)
	case *VotePeriod:
		return true, s.applyVotePeriod(from, d)
	}
	return false, nil
}
