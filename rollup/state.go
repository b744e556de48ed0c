package rollup

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb/memorydb"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/holiman/uint256"
)

// Account is an L2 account.
type Account struct {
	Nonce   uint64
	Balance *uint256.Int
	Stake   *uint256.Int
	// OpenClaims counts reveals whose round is not settled and period votes
	// whose epoch is not settled (delta.go); stake cannot be withdrawn while
	// it is non-zero.
	OpenClaims uint64
}

func newAccount() *Account {
	return &Account{Balance: new(uint256.Int), Stake: new(uint256.Int)}
}

// Withdrawal is an L2→L1 withdrawal, claimable on L1 with a Merkle proof
// against the withdrawal root of the batch that holds it.
type Withdrawal struct {
	ID     uint64
	From   common.Address
	To     common.Address
	Amount *uint256.Int
	Height uint64
}

// Globals are the chain-wide counters.
type Globals struct {
	Height           uint64
	Time             uint64
	L1Number         uint64
	L1Hash           common.Hash
	NextMLSC         uint64
	DepositsConsumed uint64
	NextWithdrawal   uint64
	Issued           *uint256.Int // all NRN ever issued: genesis supply plus rewards
	// ForcedConsumed counts the L1 forced-queue entries applied (forced.go).
	// Optional in the encoding, so a chain that never consumed one keeps the
	// state roots it had before forced inclusion existed.
	ForcedConsumed uint64 `rlp:"optional"`
	// NextMessage numbers the L2→L1 messages (message.go); optional like
	// ForcedConsumed.
	NextMessage uint64 `rlp:"optional"`
	// BaseFee is the block's base fee in NRN wei per fee unit and
	// BlockUnits the fee units its transactions used so far (fees.go);
	// both optional and absent (nil, zero) on a chain without fees.
	BaseFee    *uint256.Int `rlp:"optional"`
	BlockUnits uint64       `rlp:"optional"`
	// TotalStake is the sum of every account's stake, kept by each rule that
	// changes a stake (stake, unstake, a slash at a block start): a period
	// proposal is decided against it (delta.go) without reading every
	// account. Optional like BaseFee, and nil when zero; a chain without
	// fees then writes BaseFee as zero (0x80), which loads back as nil.
	TotalStake *uint256.Int `rlp:"optional"`
}

// State keys. Every entry of the state is one key in the state trie; the
// value is the RLP encoding of the record.
const (
	prefixAccount    = 'a'
	prefixMLSC       = 'm'
	prefixRound      = 'r'
	prefixCheckpoint = 'c'
	prefixWithdrawal = 'w'
	prefixCommitment = 'h'
	prefixDue        = 'd'
)

var keyGlobals = []byte("g")

// AccountKey is the state key of an account.
func AccountKey(a common.Address) []byte { return append([]byte{prefixAccount}, a[:]...) }

// MLSCKey is the state key of an MLSC record.
func MLSCKey(id uint64) []byte { return binary.BigEndian.AppendUint64([]byte{prefixMLSC}, id) }

// RoundKey is the state key of a round record.
func RoundKey(id, round uint64) []byte {
	return binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64([]byte{prefixRound}, id), round)
}

// WithdrawalKey is the state key of a withdrawal.
func WithdrawalKey(id uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte{prefixWithdrawal}, id)
}

// DueKey is the state key of the due index at height h (Due).
func DueKey(h uint64) []byte { return binary.BigEndian.AppendUint64([]byte{prefixDue}, h) }

// Due is the due index's record at one height, under DueKey(h). MLSCs are the MLSCs a block
// start at h visits, in the order it visits them: first those carried over from the block
// start before (in their order there: see MaxBlockMLSCs), then those whose next phase boundary
// is h (MLSC.NextBoundary) in the order they were filed; MLSCs never repeats an id. Epochs are
// the MLSCs with training-set epoch work at h, in the order they came (closeEpochs): those
// carried from h-1, then those whose open epoch closes at h (DeltaEpoch.End) in the order
// their epochs opened, then the one h-1 worked on. An MLSC appears once per epoch work unit
// it has (one for its closed epoch being settled, DeltaClosingKey, one for its open epoch
// once filed), so at most twice. BeginBlock at h reads the record and visits only those, so that the state alone says
// what a block start must do (a fault proof re-executes it on L1 against a proof of this key,
// or of its absence). The record is never deleted: once height h has begun it stays as it
// was, and an MLSC moved away before h (a loss proof settling its round) leaves its list
// shorter, possibly empty. Epochs is optional in the encoding (absent when empty).
type Due struct {
	MLSCs  []uint64
	Epochs []uint64 `rlp:"optional"`
}

func checkpointKey(w common.Hash) []byte { return append([]byte{prefixCheckpoint}, w[:]...) }
func commitmentKey(h common.Hash) []byte { return append([]byte{prefixCommitment}, h[:]...) }
func GlobalsKey() []byte                 { return bytes.Clone(keyGlobals) }

// State is the full L2 state held in memory, with the Merkle-Patricia trie
// over its encoded entries. It is not safe for concurrent use.
type State struct {
	g           Globals
	accounts    map[common.Address]*Account
	mlscs       map[uint64]*MLSC
	rounds      map[[2]uint64]*Round
	checkpoints map[common.Hash]struct{}
	commitments map[common.Hash]struct{}
	withdrawals map[uint64]*Withdrawal
	econ        economy // finished models, paid use, L2→L1 messages (economy.go)
	// epochs and proposals: the training-set governance (delta.go).
	epochs    map[uint64]*DeltaEpoch
	closing   map[uint64]*DeltaEpoch // epochs being settled (DeltaClosingKey)
	proposals map[[2]uint64]*DeltaProposal
	manifests map[[2]uint64][]byte // pending proposals' manifests (DeltaManifestKey)
	// votes and periodVotes: each voter's vote of an epoch (DeltaVoteKey, PeriodVoteKey).
	votes       map[voteID]*DeltaVote
	periodVotes map[voteID]*PeriodVote

	// due is the due index (Due, under DueKey), every height that has a record; dueHeight
	// maps each MLSC that is not done to the height where it is filed, above the current
	// height. dueHeight is derived from due (rebuilt after entries are loaded: reindex).
	due       map[uint64]*Due
	dueHeight map[uint64]uint64
	reindex   bool // entries were loaded: rebuild dueHeight before using it

	dirty map[string]struct{}
	// stepDirty: the keys touched since the last StepRoot (step.go), nil until
	// the first StepRoot, so that a state nobody traces pays nothing for it.
	stepDirty map[string]struct{}
	trie      *trie.Trie
	root      common.Hash
}

// NewState returns an empty state.
func NewState() *State {
	return &State{
		g:           Globals{Issued: new(uint256.Int)},
		accounts:    make(map[common.Address]*Account),
		mlscs:       make(map[uint64]*MLSC),
		rounds:      make(map[[2]uint64]*Round),
		checkpoints: make(map[common.Hash]struct{}),
		commitments: make(map[common.Hash]struct{}),
		withdrawals: make(map[uint64]*Withdrawal),
		econ:        newEconomy(),
		epochs:      make(map[uint64]*DeltaEpoch),
		closing:     make(map[uint64]*DeltaEpoch),
		proposals:   make(map[[2]uint64]*DeltaProposal),
		manifests:   make(map[[2]uint64][]byte),
		votes:       make(map[voteID]*DeltaVote),
		periodVotes: make(map[voteID]*PeriodVote),
		due:         make(map[uint64]*Due),
		dueHeight:   make(map[uint64]uint64),
		dirty:       map[string]struct{}{string(keyGlobals): {}},
		trie:        trie.NewEmpty(nil),
		root:        types.EmptyRootHash,
	}
}

// Globals returns a copy of the chain-wide counters.
func (s *State) Globals() Globals {
	g := s.g
	g.Issued = new(uint256.Int).Set(s.g.Issued)
	if s.g.BaseFee != nil {
		g.BaseFee = s.g.BaseFee.Clone()
	}
	if s.g.TotalStake != nil {
		g.TotalStake = s.g.TotalStake.Clone()
	}
	return g
}

// Account returns a copy of the account (zero if absent).
func (s *State) Account(a common.Address) Account {
	acc, ok := s.accounts[a]
	if !ok {
		return *newAccount()
	}
	return Account{Nonce: acc.Nonce, Balance: acc.Balance.Clone(), Stake: acc.Stake.Clone(), OpenClaims: acc.OpenClaims}
}

// Nonce is the account's next nonce (0 if absent), without copying it.
func (s *State) Nonce(a common.Address) uint64 {
	if acc, ok := s.accounts[a]; ok {
		return acc.Nonce
	}
	return 0
}

// MLSC returns a copy of an MLSC record.
func (s *State) MLSC(id uint64) (MLSC, bool) {
	m, ok := s.mlscs[id]
	if !ok {
		return MLSC{}, false
	}
	c := *m
	c.Escrow = m.Escrow.Clone()
	if m.Data != nil {
		d := *m.Data
		d.Applied = slices.Clone(m.Data.Applied)
		c.Data = &d
	}
	return c, true
}

// MLSCIDs lists the MLSC ids in increasing order.
func (s *State) MLSCIDs() []uint64 {
	ids := make([]uint64, 0, len(s.mlscs))
	for id := range s.mlscs {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids
}

// Round returns a copy of a round record.
func (s *State) Round(id, round uint64) (Round, bool) {
	r, ok := s.rounds[[2]uint64{id, round}]
	if !ok {
		return Round{}, false
	}
	c := *r
	c.Commits = append([]CommitRecord(nil), r.Commits...)
	c.Reveals = append([]RevealRecord(nil), r.Reveals...)
	return c, true
}

// Withdrawal returns a withdrawal record.
func (s *State) Withdrawal(id uint64) (Withdrawal, bool) {
	w, ok := s.withdrawals[id]
	if !ok {
		return Withdrawal{}, false
	}
	c := *w
	c.Amount = w.Amount.Clone()
	return c, true
}

// Root is the state root after the last Commit.
func (s *State) Root() common.Hash { return s.root }

func (s *State) touch(key []byte) {
	s.dirty[string(key)] = struct{}{}
	if s.stepDirty != nil {
		s.stepDirty[string(key)] = struct{}{}
	}
}

// schedule files m in the due index under its next phase boundary, at the end of that
// height's list (moving it from where it was filed), or removes it once it is done. A boundary
// at or below the current height (which the state transition never sets, as every window is
// at least one block, but a block start leaves when it stops releasing a round's claims) is
// filed at the next height, where advance catches up.
func (s *State) schedule(m *MLSC) {
	s.indexDue()
	h := uint64(0)
	if m.Phase != PhaseDone {
		h = max(s.nextBoundary(m), s.g.Height+1)
	}
	old, filed := s.dueHeight[m.ID]
	if filed && old == h {
		return
	}
	if filed {
		d := s.due[old]
		d.MLSCs = slices.DeleteFunc(d.MLSCs, func(id uint64) bool { return id == m.ID })
		s.touch(DueKey(old))
		delete(s.dueHeight, m.ID)
	}
	if h == 0 {
		return
	}
	d := s.dueRecord(h)
	d.MLSCs = append(d.MLSCs, m.ID)
	s.dueHeight[m.ID] = h
}

// nextBoundary is the height of the next block start that moves m on: its phase's end
// (MLSC.NextBoundary), or, once a loss proof of its round applied (Round.Proven), the next
// height: the block starts from there release the round's claims and settle it.
func (s *State) nextBoundary(m *MLSC) uint64 {
	if r, ok := s.rounds[[2]uint64{m.ID, m.Round}]; ok && m.Phase == PhaseProof && r.Proven {
		return s.g.Height + 1
	}
	return m.NextBoundary()
}

// carry files ids, which a block start at the current height did not advance, first at the
// next height, in their order.
func (s *State) carry(ids []uint64) {
	if len(ids) == 0 {
		return
	}
	h := s.g.Height + 1
	d := s.dueRecord(h)
	d.MLSCs = append(slices.Clone(ids), d.MLSCs...)
	for _, id := range ids {
		s.dueHeight[id] = h
	}
}

// fileEpoch files MLSC id's open epoch, which closes at height end, at the end of the due
// record's Epochs there: one entry per epoch, even if id is listed there already (its closed
// epoch's, carried; closeEpochs works on each entry in turn).
func (s *State) fileEpoch(id, end uint64) {
	d := s.dueRecord(end)
	d.Epochs = append(d.Epochs, id)
}

// dueRecord returns the due record at h, creating it, and marks its key written.
func (s *State) dueRecord(h uint64) *Due {
	d, ok := s.due[h]
	if !ok {
		d = new(Due)
		s.due[h] = d
	}
	s.touch(DueKey(h))
	return d
}

// indexDue rebuilds dueHeight from the due records above the current height if entries were
// loaded since it was last built.
func (s *State) indexDue() {
	if !s.reindex {
		return
	}
	clear(s.dueHeight)
	for h, d := range s.due {
		if h > s.g.Height {
			for _, id := range d.MLSCs {
				s.dueHeight[id] = h
			}
		}
	}
	s.reindex = false
}

// dueAt returns, in their order, the ids of the MLSCs filed at height h (the next block's),
// and unfiles them: the caller files each again (schedule, carry). The record at h is left as
// it is.
func (s *State) dueAt(h uint64) []uint64 {
	s.indexDue()
	d, ok := s.due[h]
	if !ok {
		return nil
	}
	ids := slices.Clone(d.MLSCs)
	for _, id := range ids {
		delete(s.dueHeight, id)
	}
	return ids
}

// DueAt returns a copy of the due record at height h (Due), and whether there is one.
func (s *State) DueAt(h uint64) (Due, bool) {
	d, ok := s.due[h]
	if !ok {
		return Due{}, false
	}
	return Due{MLSCs: slices.Clone(d.MLSCs), Epochs: slices.Clone(d.Epochs)}, true
}

// ActiveMLSCs is the number of MLSCs that are not done: the ones block
// production visits at their phase boundaries.
func (s *State) ActiveMLSCs() int {
	s.indexDue()
	return len(s.dueHeight)
}

func (s *State) account(a common.Address) *Account {
	acc, ok := s.accounts[a]
	if !ok {
		acc = newAccount()
		s.accounts[a] = acc
	}
	return acc
}

// encode returns the RLP encoding of the entry at key, or nil if absent.
func (s *State) encode(key string) ([]byte, error) {
	k := []byte(key)
	var v any
	switch k[0] {
	case prefixAccount:
		acc, ok := s.accounts[common.BytesToAddress(k[1:])]
		if !ok {
			return nil, nil
		}
		v = acc
	case prefixMLSC:
		m, ok := s.mlscs[binary.BigEndian.Uint64(k[1:])]
		if !ok {
			return nil, nil
		}
		v = m
	case prefixRound:
		r, ok := s.rounds[[2]uint64{binary.BigEndian.Uint64(k[1:]), binary.BigEndian.Uint64(k[9:])}]
		if !ok {
			return nil, nil
		}
		v = r
	case prefixCheckpoint:
		if _, ok := s.checkpoints[common.BytesToHash(k[1:])]; !ok {
			return nil, nil
		}
		return []byte{1}, nil
	case prefixCommitment:
		if _, ok := s.commitments[common.BytesToHash(k[1:])]; !ok {
			return nil, nil
		}
		return []byte{1}, nil
	case prefixWithdrawal:
		w, ok := s.withdrawals[binary.BigEndian.Uint64(k[1:])]
		if !ok {
			return nil, nil
		}
		v = w
	case prefixDue:
		d, ok := s.due[binary.BigEndian.Uint64(k[1:])]
		if !ok {
			return nil, nil
		}
		v = d
	case prefixModel, prefixModelPool, prefixUse, prefixClaimed, prefixMessage:
		rec, present := s.encodeEconomy(k)
		if !present {
			return nil, nil
		}
		v = rec
	case 'g':
		v = &s.g
	default:
		if b, ok, err := s.encodeDelta(k); ok {
			return b, err
		}
		return nil, fmt.Errorf("rollup: unknown state key %x", k)
	}
	return rlp.EncodeToBytes(v)
}

// Entry is one changed state entry: Value nil means deleted.
type Entry struct {
	Key   []byte
	Value []byte
}

// Commit folds every change since the last Commit into the trie and returns
// the new root and the changed entries in key order, for persistence.
func (s *State) Commit() (common.Hash, []Entry, error) {
	keys := make([]string, 0, len(s.dirty))
	for k := range s.dirty {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	entries := make([]Entry, 0, len(keys))
	for _, k := range keys {
		v, err := s.encode(k)
		if err != nil {
			return common.Hash{}, nil, err
		}
		hk := crypto.Keccak256([]byte(k))
		if v == nil {
			if err := s.trie.Delete(hk); err != nil {
				return common.Hash{}, nil, fmt.Errorf("trie delete: %w", err)
			}
		} else if err := s.trie.Update(hk, entryValue(k, v)); err != nil {
			return common.Hash{}, nil, fmt.Errorf("trie update: %w", err)
		}
		entries = append(entries, Entry{Key: []byte(k), Value: v})
	}
	clear(s.dirty)
	if s.stepDirty != nil {
		clear(s.stepDirty)
	}
	s.root = s.trie.Hash()
	return s.root, entries, nil
}

// entryValue is what the trie stores for a key: the key itself followed by
// the value, so a proof shows the preimage of the hashed trie path.
func entryValue(key string, v []byte) []byte {
	out, _ := rlp.EncodeToBytes([][]byte{[]byte(key), v})
	return out
}

// Prove returns the trie nodes proving the entry at key (or its absence)
// against Root. Call it only right after Commit.
func (s *State) Prove(key []byte) ([][]byte, error) {
	db := memorydb.New()
	if err := s.trie.Prove(crypto.Keccak256(key), db); err != nil {
		return nil, fmt.Errorf("prove: %w", err)
	}
	it := db.NewIterator(nil, nil)
	defer it.Release()
	var nodes [][]byte
	for it.Next() {
		nodes = append(nodes, bytes.Clone(it.Value()))
	}
	return nodes, nil
}

// VerifyProof checks a proof from Prove against root and returns the RLP
// value stored at key, or nil if the proof shows the key is absent.
func VerifyProof(root common.Hash, key []byte, nodes [][]byte) ([]byte, error) {
	db := memorydb.New()
	for _, n := range nodes {
		if err := db.Put(crypto.Keccak256(n), n); err != nil {
			return nil, err
		}
	}
	raw, err := trie.VerifyProof(root, crypto.Keccak256(key), db)
	if err != nil {
		return nil, fmt.Errorf("rollup: state proof: %w", err)
	}
	if raw == nil {
		return nil, nil
	}
	var kv [][]byte
	if err := rlp.DecodeBytes(raw, &kv); err != nil || len(kv) != 2 {
		return nil, fmt.Errorf("rollup: state proof: malformed entry")
	}
	if !bytes.Equal(kv[0], key) {
		return nil, fmt.Errorf("rollup: state proof: entry is for key %x, not %x", kv[0], key)
	}
	return kv[1], nil
}

// LoadEntry restores one persisted entry into a fresh state. After loading
// every entry, call Commit to rebuild the trie; its root must equal the
// persisted head's state root.
func (s *State) LoadEntry(key, value []byte) error {
	if len(key) == 0 {
		return fmt.Errorf("rollup: empty state key")
	}
	var err error
	switch key[0] {
	case prefixAccount:
		acc := newAccount()
		if err = rlp.DecodeBytes(value, acc); err == nil {
			s.accounts[common.BytesToAddress(key[1:])] = acc
		}
	case prefixMLSC:
		m := new(MLSC)
		if err = rlp.DecodeBytes(value, m); err == nil {
			s.mlscs[m.ID] = m
		}
	case prefixRound:
		r := new(Round)
		if err = rlp.DecodeBytes(value, r); err == nil {
			s.rounds[[2]uint64{r.MLSC, r.Round}] = r
		}
	case prefixCheckpoint:
		s.checkpoints[common.BytesToHash(key[1:])] = struct{}{}
	case prefixCommitment:
		s.commitments[common.BytesToHash(key[1:])] = struct{}{}
	case prefixWithdrawal:
		w := new(Withdrawal)
		if err = rlp.DecodeBytes(value, w); err == nil {
			s.withdrawals[w.ID] = w
		}
	case prefixDue:
		d := new(Due)
		if len(key) != 9 {
			err = fmt.Errorf("due key of %d bytes, want 9", len(key))
		} else if err = rlp.DecodeBytes(value, d); err == nil {
			s.due[binary.BigEndian.Uint64(key[1:])] = d
			s.reindex = true // the globals' height may load after it
		}
	case prefixModel, prefixModelPool, prefixUse, prefixClaimed, prefixMessage:
		err = s.loadEconomy(key, value)
	case 'g':
		if err = rlp.DecodeBytes(value, &s.g); err == nil {
			// Zero optional big fields are nil in memory (their encoding is the same):
			// a BaseFee written as 0x80 before a TotalStake is a chain without fees.
			if s.g.BaseFee != nil && s.g.BaseFee.IsZero() {
				s.g.BaseFee = nil
			}
			if s.g.TotalStake != nil && s.g.TotalStake.IsZero() {
				s.g.TotalStake = nil
			}
		}
	default:
		var ok bool
		if ok, err = s.loadDelta(key, value); !ok {
			return fmt.Errorf("rollup: unknown state key %x", key)
		}
	}
	if err != nil {
		return fmt.Errorf("rollup: decode state entry %x: %w", key, err)
	}
	s.touch(key)
	return nil
}

// allKeys lists the keys of every present entry.
func (s *State) allKeys() []string {
	keys := []string{string(keyGlobals)}
	for a := range s.accounts {
		keys = append(keys, string(AccountKey(a)))
	}
	for id := range s.mlscs {
		keys = append(keys, string(MLSCKey(id)))
	}
	for k := range s.rounds {
		keys = append(keys, string(RoundKey(k[0], k[1])))
	}
	for w := range s.checkpoints {
		keys = append(keys, string(checkpointKey(w)))
	}
	for h := range s.commitments {
		keys = append(keys, string(commitmentKey(h)))
	}
	for id := range s.withdrawals {
		keys = append(keys, string(WithdrawalKey(id)))
	}
	for h := range s.due {
		keys = append(keys, string(DueKey(h)))
	}
	keys = append(keys, s.economyKeys()...)
	return append(keys, s.deltaKeys()...)
}
