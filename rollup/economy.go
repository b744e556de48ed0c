package rollup

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
)

// Paid use of finished models (issue 16): an MLSC's completion fixes its
// model (Model), a use-model transaction pays the MLSC's use fee, which is
// split between the creator (credited at once) and the contributors' pools,
// from which each contributor claims its share with a claim-earnings
// transaction. Completion also queues an L2→L1 message (message.go).

// Transaction types of paid use. 0x12-0x14 are kept for the rest of issue 16.
const (
	TxUseModel      TxType = 0x10
	TxClaimEarnings TxType = 0x11
)

// UseModel pays MLSC's use fee for one use of its finished model. Fee must
// equal the fee the MLSC set at creation (MLSCSpec.UseFee): it is in the
// signed body so that admission knows what the sender pays and the sender
// never pays more than it signed for.
type UseModel struct {
	Nonce uint64
	MLSC  uint64
	Fee   *uint256.Int
}

// ClaimEarnings credits to the sender what it is owed from the use fees of
// MLSC's model as a contributor (Model.Owed).
type ClaimEarnings struct {
	Nonce uint64
	MLSC  uint64
}

func (*UseModel) txType() TxType      { return TxUseModel }
func (*ClaimEarnings) txType() TxType { return TxClaimEarnings }

// Errors of paid use.
var (
	ErrNoModel        = errors.New("rollup: MLSC has no finished, proven model")
	ErrUseFee         = errors.New("rollup: use fee differs from the MLSC's")
	ErrNotContributor = errors.New("rollup: not a contributor of this model")
	ErrNothingOwed    = errors.New("rollup: nothing to claim")
)

// Shares of a use fee, in basis points. The trainers' pool is split by
// rounds won, the delta proposers' pool by deltas applied (Contributor). A
// pool with nobody in it goes to the creator, and so does every remainder of
// the integer division: the creator gets fee − trainers' cut − proposers'
// cut.
const (
	UseTrainerBps = 7_000
	UseDeltaBps   = 1_000
	// The creator's share is what is left: 2000 bps when both pools have
	// contributors.
)

// CompletionReason says why an MLSC completed.
type CompletionReason uint8

// Completion reasons, checked in this order at the end of each round.
const (
	CompletedTargetLoss CompletionReason = 1 // best proven loss sum ≤ MLSCSpec.TargetLoss
	CompletedMaxRounds  CompletionReason = 2 // MLSCSpec.MaxRounds rounds ended
	CompletedDeadline   CompletionReason = 3 // the block's L1Number ≥ MLSCSpec.DeadlineL1
)

func (r CompletionReason) String() string {
	switch r {
	case CompletedTargetLoss:
		return "target-loss"
	case CompletedMaxRounds:
		return "max-rounds"
	case CompletedDeadline:
		return "deadline"
	}
	return fmt.Sprintf("completion(%d)", uint8(r))
}

// completionReason is why m completes at the end of its current round with
// the chain's L1 view at l1Number, or 0 if it goes on.
func completionReason(m *MLSC, l1Number uint64) CompletionReason {
	switch {
	case m.Spec.TargetLoss > 0 && m.BestLossSum <= m.Spec.TargetLoss:
		return CompletedTargetLoss
	case m.Round >= uint64(m.Spec.MaxRounds):
		return CompletedMaxRounds
	case m.Spec.DeadlineL1 > 0 && l1Number >= m.Spec.DeadlineL1:
		return CompletedDeadline
	}
	return 0
}

// Contributor is one account that made an MLSC's model: Rounds it won
// (its loss proof applied) and Deltas it proposed that were applied to the
// dataset.
type Contributor struct {
	Addr   common.Address
	Rounds uint64
	Deltas uint64
}

// Model is the record of an MLSC's model, under ModelKey. It is created by
// the first applied loss proof and updated by each (the contributors and
// the last proof), and fixed when the MLSC completes (Done): from then on it
// never changes.
type Model struct {
	MLSC    uint64
	Creator common.Address
	Done    bool
	Reason  CompletionReason
	// Height and L1Number are the L2 block of the completion and its L1
	// view (Header.L1Number).
	Height   uint64
	L1Number uint64
	// The final checkpoint (the MLSC's best when it completed), its weight
	// commitment and proven loss sum (math.MaxUint64 if no round was won).
	CheckpointCID []byte
	Weights       common.Hash
	LossSum       uint64
	// Proof is the last applied loss proof (what L1 verified: its circuit
	// and digest; Rollup.provenIn gives its batch) and ProofRound its round.
	Proof      AppliedProof
	ProofRound uint64
	UseFee     *uint256.Int
	// Contributors in increasing address order; the weights sum their
	// Rounds and Deltas.
	Contributors  []Contributor
	TrainerWeight uint64
	DeltaWeight   uint64
	// Message is 1 + the id of the completion's L2→L1 message, 0 if none.
	Message uint64
}

// Proven reports whether the model has a proven loss: a round was won.
func (m *Model) Proven() bool { return m.TrainerWeight > 0 }

// contributor returns the index of a in m.Contributors, or where it goes.
func (m *Model) contributor(a common.Address) (int, bool) {
	return slices.BinarySearchFunc(m.Contributors, a, func(c Contributor, a common.Address) int { return c.Addr.Cmp(a) })
}

// ModelPool counts the uses of a finished model and what its fees paid
// into each share, under ModelPoolKey.
type ModelPool struct {
	Uses        uint64
	CreatorPaid *uint256.Int
	TrainerPaid *uint256.Int // into the trainers' pool, all time
	DeltaPaid   *uint256.Int // into the delta proposers' pool, all time
}

func newModelPool() *ModelPool {
	return &ModelPool{CreatorPaid: new(uint256.Int), TrainerPaid: new(uint256.Int), DeltaPaid: new(uint256.Int)}
}

// UseRecord is what one account paid to use one model, under UseKey: the
// record `nrn model predict` checks.
type UseRecord struct {
	Uses       uint64
	Paid       *uint256.Int
	LastHeight uint64
}

// Owed is what contributor c of m is owed from pool p after having
// claimed `claimed`: floor(TrainerPaid × Rounds / TrainerWeight) +
// floor(DeltaPaid × Deltas / DeltaWeight) − claimed. The floors leave at
// most one wei per contributor and pool unclaimed.
func Owed(m *Model, p *ModelPool, c *Contributor, claimed *uint256.Int) *uint256.Int {
	due := new(uint256.Int)
	if c.Rounds > 0 && m.TrainerWeight > 0 {
		due.MulDivOverflow(p.TrainerPaid, uint256.NewInt(c.Rounds), uint256.NewInt(m.TrainerWeight))
	}
	if c.Deltas > 0 && m.DeltaWeight > 0 {
		d, _ := new(uint256.Int).MulDivOverflow(p.DeltaPaid, uint256.NewInt(c.Deltas), uint256.NewInt(m.DeltaWeight))
		due.Add(due, d)
	}
	if due.Lt(claimed) { // never: claims only ever take what is due
		return due.Clear()
	}
	return due.Sub(due, claimed)
}

// UseSplit divides a use fee of model m: the trainers' cut
// (fee × UseTrainerBps / 10000 if anyone won a round), the delta proposers'
// cut (fee × UseDeltaBps / 10000 if any delta was applied) and the
// creator's, which is the rest.
func UseSplit(m *Model, fee *uint256.Int) (creator, trainers, deltas *uint256.Int) {
	trainers, deltas = new(uint256.Int), new(uint256.Int)
	if m.TrainerWeight > 0 {
		trainers.MulDivOverflow(fee, uint256.NewInt(UseTrainerBps), uint256.NewInt(BasisPoints))
	}
	if m.DeltaWeight > 0 {
		deltas.MulDivOverflow(fee, uint256.NewInt(UseDeltaBps), uint256.NewInt(BasisPoints))
	}
	creator = new(uint256.Int).Sub(fee, trainers)
	return creator.Sub(creator, deltas), trainers, deltas
}

// State keys of paid use (upper case: the lower-case prefixes are the
// chain's older records).
const (
	prefixModel     = 'F' // + mlsc id: Model
	prefixModelPool = 'P' // + mlsc id: ModelPool
	prefixUse       = 'U' // + mlsc id + user: UseRecord
	prefixClaimed   = 'E' // + mlsc id + contributor: NRN claimed so far
	prefixMessage   = 'X' // + message id: Message
)

// ModelKey is the state key of an MLSC's model record.
func ModelKey(id uint64) []byte { return binary.BigEndian.AppendUint64([]byte{prefixModel}, id) }

// ModelPoolKey is the state key of a finished model's use pool.
func ModelPoolKey(id uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte{prefixModelPool}, id)
}

// UseKey is the state key of what user paid to use MLSC id's model.
func UseKey(id uint64, user common.Address) []byte {
	return append(binary.BigEndian.AppendUint64([]byte{prefixUse}, id), user[:]...)
}

// ClaimedKey is the state key of what contributor a has claimed from MLSC
// id's model.
func ClaimedKey(id uint64, a common.Address) []byte {
	return append(binary.BigEndian.AppendUint64([]byte{prefixClaimed}, id), a[:]...)
}

type mlscAddr struct {
	id uint64
	a  common.Address
}

// economy holds the records of paid use and L2→L1 messages in State.
type economy struct {
	models   map[uint64]*Model
	pools    map[uint64]*ModelPool
	uses     map[mlscAddr]*UseRecord
	claimed  map[mlscAddr]*uint256.Int
	messages map[uint64]*Message
}

func newEconomy() economy {
	return economy{models: map[uint64]*Model{}, pools: map[uint64]*ModelPool{}, uses: map[mlscAddr]*UseRecord{},
		claimed: map[mlscAddr]*uint256.Int{}, messages: map[uint64]*Message{}}
}

// encodeEconomy returns the record at key k, one of economy's (the
// caller checks the prefix), and whether it is present.
func (s *State) encodeEconomy(k []byte) (v any, present bool) {
	e := &s.econ
	switch k[0] {
	case prefixModel:
		m, found := e.models[binary.BigEndian.Uint64(k[1:])]
		return m, found
	case prefixModelPool:
		p, found := e.pools[binary.BigEndian.Uint64(k[1:])]
		return p, found
	case prefixUse:
		u, found := e.uses[mlscAddr{binary.BigEndian.Uint64(k[1:]), common.BytesToAddress(k[9:])}]
		return u, found
	case prefixClaimed:
		c, found := e.claimed[mlscAddr{binary.BigEndian.Uint64(k[1:]), common.BytesToAddress(k[9:])}]
		return c, found
	case prefixMessage:
		m, found := e.messages[binary.BigEndian.Uint64(k[1:])]
		return m, found
	}
	return nil, false
}

// loadEconomy restores an entry of economy's (the caller checks the
// prefix).
func (s *State) loadEconomy(key, value []byte) (err error) {
	e := &s.econ
	n := 9
	if key[0] == prefixUse || key[0] == prefixClaimed {
		n = 29
	}
	if len(key) != n {
		return fmt.Errorf("key of %d bytes, want %d", len(key), n)
	}
	id := binary.BigEndian.Uint64(key[1:])
	switch key[0] {
	case prefixModel:
		m := new(Model)
		if err = rlp.DecodeBytes(value, m); err == nil {
			e.models[id] = m
		}
	case prefixModelPool:
		p := newModelPool()
		if err = rlp.DecodeBytes(value, p); err == nil {
			e.pools[id] = p
		}
	case prefixUse:
		u := &UseRecord{Paid: new(uint256.Int)}
		if err = rlp.DecodeBytes(value, u); err == nil {
			e.uses[mlscAddr{id, common.BytesToAddress(key[9:])}] = u
		}
	case prefixClaimed:
		c := new(uint256.Int)
		if err = rlp.DecodeBytes(value, c); err == nil {
			e.claimed[mlscAddr{id, common.BytesToAddress(key[9:])}] = c
		}
	case prefixMessage:
		m := new(Message)
		if err = rlp.DecodeBytes(value, m); err == nil {
			e.messages[id] = m
		}
	}
	return err
}

// economyKeys lists the keys of economy's present entries.
func (s *State) economyKeys() []string {
	e := &s.econ
	var keys []string
	for id := range e.models {
		keys = append(keys, string(ModelKey(id)))
	}
	for id := range e.pools {
		keys = append(keys, string(ModelPoolKey(id)))
	}
	for k := range e.uses {
		keys = append(keys, string(UseKey(k.id, k.a)))
	}
	for k := range e.claimed {
		keys = append(keys, string(ClaimedKey(k.id, k.a)))
	}
	for id := range e.messages {
		keys = append(keys, string(MessageKey(id)))
	}
	return keys
}

// Model returns a copy of MLSC id's model record.
func (s *State) Model(id uint64) (Model, bool) {
	m, ok := s.econ.models[id]
	if !ok {
		return Model{}, false
	}
	c := *m
	c.Contributors = slices.Clone(m.Contributors)
	c.UseFee = m.UseFee.Clone()
	return c, true
}

// ModelPool returns a copy of a finished model's pool (zero if unused).
func (s *State) ModelPool(id uint64) ModelPool {
	p, ok := s.econ.pools[id]
	if !ok {
		return *newModelPool()
	}
	return ModelPool{Uses: p.Uses, CreatorPaid: p.CreatorPaid.Clone(), TrainerPaid: p.TrainerPaid.Clone(), DeltaPaid: p.DeltaPaid.Clone()}
}

// Use returns what user paid to use MLSC id's model; ok is false if it
// never did.
func (s *State) Use(id uint64, user common.Address) (UseRecord, bool) {
	u, ok := s.econ.uses[mlscAddr{id, user}]
	if !ok {
		return UseRecord{Paid: new(uint256.Int)}, false
	}
	return UseRecord{Uses: u.Uses, Paid: u.Paid.Clone(), LastHeight: u.LastHeight}, true
}

// Owed is what a can claim now from MLSC id's model (zero if nothing or
// not a contributor).
func (s *State) Owed(id uint64, a common.Address) *uint256.Int {
	m, ok := s.econ.models[id]
	if !ok || !m.Done {
		return new(uint256.Int)
	}
	i, found := m.contributor(a)
	if !found {
		return new(uint256.Int)
	}
	return Owed(m, s.pool(id), &m.Contributors[i], s.claimedBy(id, a))
}

func (s *State) pool(id uint64) *ModelPool {
	if p, ok := s.econ.pools[id]; ok {
		return p
	}
	return newModelPool()
}

func (s *State) claimedBy(id uint64, a common.Address) *uint256.Int {
	if c, ok := s.econ.claimed[mlscAddr{id, a}]; ok {
		return c
	}
	return new(uint256.Int)
}

// modelOf returns m's model record, creating it.
func (s *State) modelOf(m *MLSC) *Model {
	md, ok := s.econ.models[m.ID]
	if !ok {
		md = &Model{MLSC: m.ID, Creator: m.Creator, LossSum: math.MaxUint64, UseFee: new(uint256.Int)}
		s.econ.models[m.ID] = md
	}
	s.touch(ModelKey(m.ID))
	return md
}

// recordWin counts a won round of m for trainer, proven by proof.
func (s *State) recordWin(m *MLSC, trainer common.Address, proof *AppliedProof) {
	md := s.modelOf(m)
	i, found := md.contributor(trainer)
	if !found {
		md.Contributors = slices.Insert(md.Contributors, i, Contributor{Addr: trainer})
	}
	md.Contributors[i].Rounds++
	md.TrainerWeight++
	md.Proof, md.ProofRound = *proof, m.Round
}

// deltaProposers is the proposer of each delta applied to MLSC m's
// training set (delta.go), once per applied delta, in application order.
func (s *State) deltaProposers(m *MLSC) []common.Address {
	if m.Data == nil {
		return nil
	}
	out := make([]common.Address, len(m.Data.Applied))
	for i, d := range m.Data.Applied {
		out[i] = d.Proposer
	}
	return out
}

// complete fixes m's model when m completes for reason (m.Phase is already
// PhaseDone) and, if the model is proven, queues its L2→L1 completion
// message.
func (s *State) complete(m *MLSC, reason CompletionReason) {
	md := s.modelOf(m)
	for _, a := range s.deltaProposers(m) {
		i, found := md.contributor(a)
		if !found {
			md.Contributors = slices.Insert(md.Contributors, i, Contributor{Addr: a})
		}
		md.Contributors[i].Deltas++
		md.DeltaWeight++
	}
	md.Done, md.Reason, md.Height, md.L1Number = true, reason, s.g.Height, s.g.L1Number
	md.CheckpointCID, md.Weights, md.LossSum = m.BestCheckpointCID, m.BestWeights, m.BestLossSum
	md.UseFee = m.Spec.Fee()
	if md.Proven() {
		id := s.queueMessage(MsgModelCompleted, ModelCompletedData(md))
		md.Message = id + 1
	}
}

// finishedModel returns MLSC id's model if it is done and proven.
func (s *State) finishedModel(id uint64) (*Model, error) {
	if _, ok := s.mlscs[id]; !ok {
		return nil, fmt.Errorf("%w: %d", ErrUnknownMLSC, id)
	}
	md, ok := s.econ.models[id]
	if !ok || !md.Done || !md.Proven() {
		return nil, fmt.Errorf("%w: MLSC %d", ErrNoModel, id)
	}
	return md, nil
}

func (s *State) applyUseModel(from common.Address, d *UseModel, rc *Receipt) error {
	md, err := s.finishedModel(d.MLSC)
	if err != nil {
		return err
	}
	if !d.Fee.Eq(md.UseFee) {
		return fmt.Errorf("%w: MLSC %d charges %s, the transaction pays %s", ErrUseFee, d.MLSC, md.UseFee.Dec(), d.Fee.Dec())
	}
	if bal := s.balanceOf(from); bal.Lt(d.Fee) {
		return fmt.Errorf("%w: %s has %s, the use fee is %s", ErrBalance, from, bal.Dec(), d.Fee.Dec())
	}
	creator, trainers, deltas := UseSplit(md, d.Fee)
	if !d.Fee.IsZero() {
		acc := s.account(from)
		acc.Balance.Sub(acc.Balance, d.Fee)
		s.touch(AccountKey(from))
	}
	if !creator.IsZero() {
		s.credit(md.Creator, creator)
	}
	p, ok := s.econ.pools[d.MLSC]
	if !ok {
		p = newModelPool()
		s.econ.pools[d.MLSC] = p
	}
	p.Uses++
	p.CreatorPaid.Add(p.CreatorPaid, creator)
	p.TrainerPaid.Add(p.TrainerPaid, trainers)
	p.DeltaPaid.Add(p.DeltaPaid, deltas)
	s.touch(ModelPoolKey(d.MLSC))
	k := mlscAddr{d.MLSC, from}
	u, ok := s.econ.uses[k]
	if !ok {
		u = &UseRecord{Paid: new(uint256.Int)}
		s.econ.uses[k] = u
	}
	u.Uses++
	u.Paid.Add(u.Paid, d.Fee)
	u.LastHeight = s.g.Height
	s.touch(UseKey(d.MLSC, from))
	rc.MLSC = &d.MLSC
	return nil
}

func (s *State) applyClaimEarnings(from common.Address, d *ClaimEarnings, rc *Receipt) error {
	md, err := s.finishedModel(d.MLSC)
	if err != nil {
		return err
	}
	i, found := md.contributor(from)
	if !found {
		return fmt.Errorf("%w: %s, MLSC %d", ErrNotContributor, from, d.MLSC)
	}
	k := mlscAddr{d.MLSC, from}
	owed := Owed(md, s.pool(d.MLSC), &md.Contributors[i], s.claimedBy(d.MLSC, from))
	if owed.IsZero() {
		return fmt.Errorf("%w: %s has claimed all it earned from MLSC %d", ErrNothingOwed, from, d.MLSC)
	}
	c, ok := s.econ.claimed[k]
	if !ok {
		c = new(uint256.Int)
		s.econ.claimed[k] = c
	}
	c.Add(c, owed)
	s.touch(ClaimedKey(d.MLSC, from))
	s.credit(from, owed)
	rc.MLSC = &d.MLSC
	rc.Reward = owed
	return nil
}

// Fee is the spec's use fee (zero if unset), a new value.
func (s *MLSCSpec) Fee() *uint256.Int {
	if s.UseFee == nil {
		return new(uint256.Int)
	}
	return s.UseFee.Clone()
}

// checkCanonicalSpec refuses a create-mlsc body whose spec spells out a
// trailing optional field at its zero value (MLSCSpec.DeadlineL1,
// InitWeights, UseFee), and a loss-proof body that spells out a zero
// RewardTo: each would decode to the value of a shorter encoding and so
// re-encode to other bytes, and a transaction's bytes are canonical.
func checkCanonicalSpec(data TxData, body []byte) error {
	what := ""
	switch data.(type) {
	case *CreateMLSC:
		what = "create-mlsc spec"
	case *LossProof:
		what = "loss-proof reward address"
	default:
		return nil
	}
	again, err := rlp.EncodeToBytes(data)
	if err != nil || string(again) != string(body) {
		return fmt.Errorf("%w: %s is not in canonical form", ErrTxEncoding, what)
	}
	return nil
}
