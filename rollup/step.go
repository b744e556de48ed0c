package rollup

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/neuron-rollup/neuron/l1"
)

// A batch's step trace is what L1 fault proofs open (l1/contracts FaultProver and
// StepVerifier). A step is one block's BeginBlock or one ApplyTx; its leaf commits to the
// step's input, the state root after it and the batch's withdrawal tree so far. The leaves
// form a positional binary Merkle tree (StepTreeRoot) whose root and leaf count the batch
// header carries (BatchHeader.StepRoot, StepCount). A challenger opens the first leaf whose
// root is wrong and L1 re-executes that step alone against state proofs (StepWitness). A leaf
// also commits to the batch's L2→L1 message tree so far (the ModelNFT's completion messages),
// so that a batch whose message root L1 would pay against is the one its steps made.

// ErrStepWitness: a step witness cannot be built (the step is not the one traced, or a
// proof failed).
var ErrStepWitness = errors.New("rollup: step witness")

// StepRoot folds the changes since the last StepRoot (or Commit) into the trie and returns
// the state root as it stands, keeping the changes for the next Commit (which still returns
// them as its entries). It is the root after a step inside a block. Each call costs only the
// keys touched since the one before: from the first call on, the state keeps that set.
func (s *State) StepRoot() (common.Hash, error) {
	root, _, err := s.stepRoot()
	return root, err
}

// stepRoot is StepRoot, also returning the ids of the messages made since the last call (their
// keys were touched: a message is only ever written once, when it is made), in increasing order.
func (s *State) stepRoot() (common.Hash, []uint64, error) {
	var msgs []uint64
	keys := s.stepDirty
	if keys == nil {
		keys, s.stepDirty = s.dirty, make(map[string]struct{})
	}
	for k := range keys {
		v, err := s.encode(k)
		if err != nil {
			return common.Hash{}, nil, err
		}
		if len(k) == 9 && k[0] == prefixMessage {
			msgs = append(msgs, binary.BigEndian.Uint64([]byte(k[1:])))
		}
		hk := crypto.Keccak256([]byte(k))
		if v == nil {
			if err := s.trie.Delete(hk); err != nil {
				return common.Hash{}, nil, fmt.Errorf("trie delete: %w", err)
			}
		} else if err := s.trie.Update(hk, entryValue(k, v)); err != nil {
			return common.Hash{}, nil, fmt.Errorf("trie update: %w", err)
		}
	}
	clear(s.stepDirty)
	slices.Sort(msgs)
	return s.trie.Hash(), msgs, nil
}

// TraceStep is what a batch publishes of one step beside its blocks (Batch.Trace): the state
// root after the step, for a step that made a withdrawal the withdrawal's leaf
// (WithdrawalLeafOf), and for a step that made L2→L1 messages their leaves (MessageLeaf, in id
// order; only a step that completes an MLSC makes one). With the step's input, which the
// blocks hold, it gives the step's StepLeaf (BatchLeaves). Its RLP encoding is part of the
// batch format (docs/formats.md): Messages is left out when empty, so a step without messages
// encodes as before it existed.
type TraceStep struct {
	Root       common.Hash
	Withdrawal *common.Hash  `rlp:"nil"`
	Messages   []common.Hash `rlp:"optional"`
}

// TraceStepSize is the encoded size of a TraceStep without messages, without and with a
// withdrawal leaf: what a step adds to its batch (a step with messages adds 33 bytes per
// message and a list header).
func TraceStepSize(withdrawal bool) int {
	if withdrawal {
		return 68 // list header 2, root 33, leaf 33
	}
	return 35 // list header 1, root 33, empty string 1
}

// TraceStep is the trace record of the step that just applied to s (rc its receipt, nil for a
// block start): StepRoot, the leaf of the withdrawal it made if any, and the leaves of the
// messages made since the last StepRoot (the step's, when every step is traced).
func (s *State) TraceStep(cfg *Config, rc *Receipt) (TraceStep, error) {
	root, msgs, err := s.stepRoot()
	if err != nil {
		return TraceStep{}, err
	}
	ts := TraceStep{Root: root}
	for _, id := range msgs {
		m, ok := s.econ.messages[id]
		if !ok {
			return TraceStep{}, fmt.Errorf("rollup: message %d missing after its step", id)
		}
		ts.Messages = append(ts.Messages, MessageLeaf(cfg, m))
	}
	if rc != nil && rc.Withdrawal != nil {
		w, ok := s.Withdrawal(*rc.Withdrawal)
		if !ok {
			return TraceStep{}, fmt.Errorf("rollup: withdrawal %d missing after its step", *rc.Withdrawal)
		}
		leaf := WithdrawalLeafOf(cfg, &w)
		ts.Withdrawal = &leaf
	}
	return ts, nil
}

// StepCount is the number of steps of blocks: one per block start and per transaction.
func StepCount(blocks []*Block) int {
	n := len(blocks)
	for _, b := range blocks {
		n += len(b.Txs)
	}
	return n
}

// BatchLeaves rebuilds the step trace a batch publishes: leaf i has step i's input hash (from
// the blocks) and the input's place in the batch's encoding (StepOffsets), its TraceStep's
// root, and the withdrawal and message frontiers grown from the batch's start by the
// TraceSteps' withdrawal and message leaves. It fails (ErrBatch) if the trace does not have
// one step per block start and transaction. The leaves are those the sequencer committed to
// on L1 exactly when StepTreeRoot of their hashes is the batch's stepRoot.
func BatchLeaves(b *Batch) ([]StepLeaf, error) {
	if n := StepCount(b.Blocks); len(b.Trace) != n {
		return nil, fmt.Errorf("%w: batch %d has %d trace steps for %d steps", ErrBatch, b.Index, len(b.Trace), n)
	}
	leaves := make([]StepLeaf, 0, len(b.Trace))
	var front, msgs WithdrawalFrontier
	off := uint32(StepInputsStart)
	for i, in := range StepInputs(b.Blocks) {
		ts := &b.Trace[i]
		if ts.Withdrawal != nil {
			front = front.Append(*ts.Withdrawal)
		}
		for _, m := range ts.Messages {
			msgs = msgs.Append(m)
		}
		off += StepPrefixSize
		leaves = append(leaves, StepLeaf{Input: crypto.Keccak256Hash(in), Offset: off, Length: uint32(len(in)), Root: ts.Root,
			Withdrawals: front, Messages: msgs})
		off += uint32(len(in))
	}
	return leaves, nil
}

// LeafHashes are the leaves' hashes (StepLeaf.Hash), in order: StepTreeRoot's input.
func LeafHashes(leaves []StepLeaf) []common.Hash {
	h := make([]common.Hash, len(leaves))
	for i := range leaves {
		h[i] = leaves[i].Hash()
	}
	return h
}

// BeginStepInput is the input of a block's first step: 0x00 ‖ rlp([number, time, L1 number,
// L1 hash]), the header fields BeginBlock reads (0x00 is no transaction type).
func BeginStepInput(h *Header) []byte {
	body, _ := rlp.EncodeToBytes([]any{h.Number, h.Time, h.L1Number, h.L1Hash})
	return append([]byte{0}, body...)
}

// WithdrawalFrontier is a withdrawal tree (l1.MerkleRoot's) being built leaf by leaf: its
// leaf count and the roots of its perfect subtrees, one per set bit of Count, lowest first.
// The message tree (MessageRoot) is the same kind of tree and grows in the same frontier.
type WithdrawalFrontier struct {
	Count uint64
	Nodes []common.Hash
}

// hashPair is OpenZeppelin's commutative pair hash.
func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// Append returns the frontier with leaf added; f is not modified.
func (f WithdrawalFrontier) Append(leaf common.Hash) WithdrawalFrontier {
	carry, k := leaf, 0
	for c := f.Count; c&1 == 1; c >>= 1 {
		carry = hashPair(f.Nodes[k], carry)
		k++
	}
	nodes := append([]common.Hash{carry}, f.Nodes[k:]...)
	return WithdrawalFrontier{Count: f.Count + 1, Nodes: nodes}
}

// Root is l1.MerkleRoot of the leaves appended: zero for none.
func (f WithdrawalFrontier) Root() common.Hash {
	if len(f.Nodes) == 0 {
		return common.Hash{}
	}
	r := f.Nodes[0]
	for _, n := range f.Nodes[1:] {
		r = hashPair(n, r)
	}
	return r
}

// Hash is FaultProver.waccOf: keccak256(Count as 8 bytes big-endian ‖ Nodes).
func (f WithdrawalFrontier) Hash() common.Hash {
	b := binary.BigEndian.AppendUint64(nil, f.Count)
	for _, n := range f.Nodes {
		b = append(b, n[:]...)
	}
	return crypto.Keccak256Hash(b)
}

// StepLeaf is one leaf of a step trace: the keccak256 of the step's input (a transaction's
// hash, or of BeginStepInput), where those bytes are in the batch's encoding (Offset: the
// byte after their length prefix; Length: how many), the state root after the step and the
// batch's withdrawals and L2→L1 messages so far (their trees' frontiers: the last leaf's roots
// are the batch's withdrawal and message roots). Offset and Length let L1 tie the leaf to the
// data (DataChallenge's leaf-data proofs): leaf 0 starts at FirstStepOffset, each next one
// StepPrefixSize bytes after the one before ends, the last one ends the step inputs.
type StepLeaf struct {
	Input       common.Hash
	Offset      uint32
	Length      uint32
	Root        common.Hash
	Withdrawals WithdrawalFrontier
	Messages    WithdrawalFrontier
}

// Hash is FaultProver.leafHash: keccak256(abi.encode(input, offset, length, root,
// withdrawals.Hash(), messages.Hash())).
func (l *StepLeaf) Hash() common.Hash {
	w, m := l.Withdrawals.Hash(), l.Messages.Hash()
	var off, n common.Hash
	binary.BigEndian.PutUint32(off[28:], l.Offset)
	binary.BigEndian.PutUint32(n[28:], l.Length)
	return crypto.Keccak256Hash(l.Input[:], off[:], n[:], l.Root[:], w[:], m[:])
}

// stepTree returns the layers of the positional tree over leaves, padded with zero leaves
// to a power of two: layers[0] is the padded leaves, the last layer the root.
func stepTree(leaves []common.Hash) [][]common.Hash {
	n := 1
	for n < len(leaves) {
		n <<= 1
	}
	layer := make([]common.Hash, n)
	copy(layer, leaves)
	layers := [][]common.Hash{layer}
	for len(layer) > 1 {
		next := make([]common.Hash, len(layer)/2)
		for i := range next {
			next[i] = crypto.Keccak256Hash(layer[2*i][:], layer[2*i+1][:])
		}
		layers = append(layers, next)
		layer = next
	}
	return layers
}

// StepTreeRoot is the root of the positional Merkle tree over a trace's leaf hashes
// (keccak256(left ‖ right), zero leaves padding to a power of two): FaultProver.verifyLeaf's
// tree. Zero for no leaves.
func StepTreeRoot(leaves []common.Hash) common.Hash {
	if len(leaves) == 0 {
		return common.Hash{}
	}
	layers := stepTree(leaves)
	return layers[len(layers)-1][0]
}

// StepTreeProof is the path of leaf i in StepTreeRoot's tree: its siblings from the leaf up.
func StepTreeProof(leaves []common.Hash, i int) []common.Hash {
	layers := stepTree(leaves)
	path := make([]common.Hash, 0, len(layers)-1)
	for _, layer := range layers[:len(layers)-1] {
		path = append(path, layer[i^1])
		i >>= 1
	}
	return path
}

// Tracer records the step trace of a batch while its blocks apply (ApplyBlock, or BeginBlock
// and ApplyTx step by step), and, for one chosen step, the witness L1 needs to re-execute it.
// It is not safe for concurrent use.
type Tracer struct {
	cfg    *Config
	leaves []StepLeaf
	steps  []TraceStep
	inputs [][]byte
	front  WithdrawalFrontier
	msgs   WithdrawalFrontier
	off    uint32 // where the next step's input would start in the batch (after its prefix)

	target  int // the step to build a witness for, -1 for none
	pre     *trie.Trie
	preG    Globals
	witness [][]byte
}

// NewTracer starts the trace of a batch. witnessFor is the index of the step whose witness
// to build (Witness), or -1.
func NewTracer(cfg *Config, witnessFor int) *Tracer {
	return &Tracer{cfg: cfg, target: witnessFor, off: FirstStepOffset}
}

// Leaves returns the trace so far; the caller must not modify it.
func (t *Tracer) Leaves() []StepLeaf { return t.leaves }

// Steps returns what a batch publishes of the trace so far (Batch.Trace); the caller must
// not modify it.
func (t *Tracer) Steps() []TraceStep { return t.steps }

// Inputs returns each step's input bytes so far; the caller must not modify them.
func (t *Tracer) Inputs() [][]byte { return t.inputs }

// Hashes are the leaves' hashes, in order.
func (t *Tracer) Hashes() []common.Hash { return LeafHashes(t.leaves) }

// Root is the trace's StepTreeRoot and its leaf count: a batch header's StepRoot and
// StepCount.
func (t *Tracer) Root() (common.Hash, uint64) {
	return StepTreeRoot(t.Hashes()), uint64(len(t.leaves))
}

// Witness is the target step's witness: per key it touches (StepKeys), the RLP list of trie
// nodes from the root to it, each against the root left by the writes before it. Nil until
// the target step has applied.
func (t *Tracer) Witness() [][]byte { return t.witness }

// ApplyBlock applies b to s as the package's ApplyBlock does, recording one leaf for its
// start and one per transaction.
func (t *Tracer) ApplyBlock(s *State, b *Block) ([]Entry, []*Receipt, error) {
	return applyBlock(t, s, b)
}

// BeginBlock is s.BeginBlock(h) as one step of the trace.
func (t *Tracer) BeginBlock(s *State, h *Header) error {
	if err := t.before(s); err != nil {
		return err
	}
	if err := s.BeginBlock(t.cfg, h); err != nil {
		return err
	}
	return t.after(s, BeginStepInput(h), nil, nil)
}

// ApplyTx is s.ApplyTx(tx, index) as one step of the trace. A transaction that does not apply
// (an error; s is unchanged) records nothing.
func (t *Tracer) ApplyTx(s *State, tx *Tx, index uint64) (*Receipt, error) {
	if err := t.before(s); err != nil {
		return nil, err
	}
	rc, err := s.ApplyTx(t.cfg, tx, index)
	if err != nil {
		return nil, err
	}
	h := tx.Hash()
	return rc, t.after(s, tx.Encode(), &h, rc)
}

// before keeps the state before the target step.
func (t *Tracer) before(s *State) error {
	if len(t.leaves) != t.target {
		return nil
	}
	if _, err := s.StepRoot(); err != nil {
		return err
	}
	t.pre, t.preG = s.trie.Copy(), s.Globals()
	return nil
}

// after records the leaf of the step just applied (and its witness if it is the target).
// inputHash is keccak256(input) if the caller has it.
func (t *Tracer) after(s *State, input []byte, inputHash *common.Hash, rc *Receipt) error {
	ts, err := s.TraceStep(t.cfg, rc)
	if err != nil {
		return err
	}
	if ts.Withdrawal != nil {
		t.front = t.front.Append(*ts.Withdrawal)
	}
	for _, m := range ts.Messages {
		t.msgs = t.msgs.Append(m)
	}
	if len(t.leaves) == t.target {
		var keys []StepKey
		if len(input) > 0 && input[0] == 0 {
			keys, err = blockKeys(s, t.pre, &t.preG, s.g.Height)
		} else {
			keys, err = stepKeysPrev(t.cfg, s, &t.preG, trieRead(t.pre), input, rc)
		}
		if err != nil {
			return err
		}
		if t.witness, err = stepWitness(s, t.pre, keys, true); err != nil {
			return err
		}
	}
	var ih common.Hash
	if inputHash != nil {
		ih = *inputHash
	} else {
		ih = crypto.Keccak256Hash(input)
	}
	t.leaves = append(t.leaves, StepLeaf{Input: ih, Offset: t.off, Length: uint32(len(input)), Root: ts.Root, Withdrawals: t.front, Messages: t.msgs})
	t.off += uint32(len(input)) + StepPrefixSize
	t.steps = append(t.steps, ts)
	t.inputs = append(t.inputs, input)
	return nil
}

// WithdrawalLeafOf is the Bridge's leaf of withdrawal w on this chain (l1.WithdrawalLeaf).
func WithdrawalLeafOf(cfg *Config, w *Withdrawal) common.Hash {
	return common.Hash(l1.WithdrawalLeaf(cfg.ChainID, cfg.Rollup, w.ID, w.From, w.To, w.Amount.ToBig()))
}

// StepKey is one key a step touches: read, then written with its value after the step, unless
// ReadOnly (a read the step makes before it writes the key later: a signed transaction reads
// the globals' base fee first).
type StepKey struct {
	Key      []byte
	ReadOnly bool
}

// StepKeys lists the state keys step `input` touches, in the order StepVerifier reads and
// writes them, given the globals before it (pre) and, if it applied, its receipt (rc; nil
// for a block start or a step that did not apply). A step that did not apply lists the keys
// StepVerifier reads before it finds the step invalid.
//
// s is the state the step reads its model records from (paid use reads them and does not
// change them): the state before or after the step. An applied vote-delta's keys also depend
// on the epoch and the sender's vote before it (the proposal its earlier vote backed), and a
// vote's on the epoch before it (its number names the vote record), which StepKeys does not
// have: the Tracer lists them.
func StepKeys(cfg *Config, s *State, pre *Globals, input []byte, rc *Receipt) ([]StepKey, error) {
	return stepKeysPrev(cfg, s, pre, nil, input, rc)
}

// stepKeysPrev is StepKeys with the MLSC epochs before the step (prev; nil: unknown).
func stepKeysPrev(cfg *Config, s *State, pre *Globals, prev preRead, input []byte, rc *Receipt) ([]StepKey, error) {
	g := StepKey{Key: GlobalsKey()}
	if len(input) == 0 {
		return nil, nil
	}
	if input[0] == 0 {
		// A block start: the globals, which it reads first. The keys of one that applies
		// are the Tracer's (blockKeys: they depend on the state before it).
		return []StepKey{g}, nil
	}
	tx, err := DecodeTx(input)
	if err != nil {
		return nil, nil // invalid: nothing is read
	}
	// With fees on, a signed transaction first reads the base fee.
	var head []StepKey
	if cfg.Fees.On() {
		head = []StepKey{{Key: GlobalsKey(), ReadOnly: true}}
	}
	switch d := tx.Data().(type) {
	case *Deposit:
		return []StepKey{g, {Key: AccountKey(d.To)}}, nil
	case *Forced:
		inner, err := DecodeTx(d.Tx)
		if err != nil || !(stepSigned(inner.Type()) || roundType(inner.Type()) || economyType(inner.Type()) || inner.Type() == TxCreateMLSC ||
			inner.Type() == TxLossProof || deltaStepType(inner.Type())) {
			return []StepKey{g}, nil
		}
		from, err := inner.Sender(cfg.ChainID)
		if err != nil {
			return []StepKey{g}, nil
		}
		applied := rc != nil && rc.Forced != nil && rc.Forced.Error == ""
		if inner.Type() == TxLossProof {
			// Applied: its globals write consumes the entry; rejected: its reads, then that write.
			if applied {
				return lossKeys(s, inner, from, rc), nil
			}
			return append(lossKeys(s, inner, from, nil), g), nil
		}
		if inner.Type() == TxCreateMLSC {
			// Applied: its globals write consumes the entry; rejected: its reads, then that write.
			if applied {
				return createKeys(cfg, pre, inner, from, true), nil
			}
			return append(createKeys(cfg, pre, inner, from, false), g), nil
		}
		if roundType(inner.Type()) {
			return forcedKeys(cfg, roundKeys(cfg, pre, inner, from, applied), applied), nil
		}
		if economyType(inner.Type()) {
			return forcedKeys(cfg, economyKeys(cfg, s, pre, inner, from, applied), applied), nil
		}
		if deltaStepType(inner.Type()) {
			keys, err := deltaKeys(cfg, s, pre, prev, inner, from, applied)
			if err != nil {
				return nil, err
			}
			return forcedKeys(cfg, keys, applied), nil
		}
		if !applied {
			// A rejected inner transaction writes nothing: its sender's account is only
			// read (a failed step may have left an empty record of it in memory that is
			// in no trie, and must not be proven as written).
			return append(head, StepKey{Key: AccountKey(from), ReadOnly: true}, g), nil
		}
		keys := append(head, signedKeys(cfg, pre, inner, from)...)
		if inner.Type() != TxWithdraw {
			keys = append(keys, g) // consumes the entry (and counts the units)
		}
		return keys, nil
	}
	from, err := tx.Sender(cfg.ChainID)
	if err != nil {
		return nil, nil
	}
	if economyType(tx.Type()) {
		return economyKeys(cfg, s, pre, tx, from, rc != nil), nil
	}
	if roundType(tx.Type()) {
		return roundKeys(cfg, pre, tx, from, rc != nil), nil
	}
	if tx.Type() == TxCreateMLSC {
		return createKeys(cfg, pre, tx, from, rc != nil), nil
	}
	if tx.Type() == TxLossProof {
		return lossKeys(s, tx, from, rc), nil
	}
	if deltaStepType(tx.Type()) {
		return deltaKeys(cfg, s, pre, prev, tx, from, rc != nil)
	}
	if rc == nil {
		return append(head, StepKey{Key: AccountKey(from)}), nil
	}
	keys := append(head, signedKeys(cfg, pre, tx, from)...)
	if stepSigned(tx.Type()) && tx.Type() != TxWithdraw && (cfg.Fees.On() || tx.Type() == TxStake || tx.Type() == TxUnstake) {
		keys = append(keys, g) // counts the units (a withdrawal's globals write does), and TotalStake
	}
	return keys, nil
}

// stepSigned reports whether StepVerifier re-executes signed type t with its shared rules
// (nonce, fee, amount, sender's account): transfer, withdraw, stake and unstake.
func stepSigned(t TxType) bool {
	return t == TxTransfer || t == TxWithdraw || t == TxStake || t == TxUnstake
}

// signedKeys are the keys of an applied transfer, withdrawal, stake or unstake from `from`:
// the sender's account, the type's keys, then the fee recipient's account if it is paid
// (FeeRule.FeeSplit) and is not one of those accounts already (StepVerifier adds its part to
// that write).
func signedKeys(cfg *Config, pre *Globals, tx *Tx, from common.Address) []StepKey {
	var keys [][]byte
	feeTo := cfg.Fees.Recipient
	switch d := tx.Data().(type) {
	case *Transfer:
		keys = [][]byte{AccountKey(from)}
		if d.To != from {
			keys = append(keys, AccountKey(d.To))
		}
		if feeTo == d.To {
			return stepKeys(keys)
		}
	case *Withdraw:
		keys = [][]byte{AccountKey(from), GlobalsKey(), WithdrawalKey(pre.NextWithdrawal)}
	case *Stake, *Unstake:
		keys = [][]byte{AccountKey(from)}
	default:
		return nil
	}
	if _, paid := cfg.Fees.FeeSplit(cfg.Fee(tx, pre.BaseFee)); !paid.IsZero() && feeTo != from {
		keys = append(keys, AccountKey(feeTo))
	}
	return stepKeys(keys)
}

// economyType reports whether StepEconomy (l1/contracts) re-executes type t: use-model and
// claim-earnings.
func economyType(t TxType) bool { return t == TxUseModel || t == TxClaimEarnings }

// forcedKeys are the keys of a forced entry whose inner transaction, re-executed by a contract
// apart (StepRounds, StepEconomy), has keys (applied: whether it applied): those keys, all
// read only if it did not (a rejected one writes nothing, and may have left records in memory
// that no trie holds), the units left to the globals write that consumes the entry, which
// comes last.
func forcedKeys(cfg *Config, keys []StepKey, applied bool) []StepKey {
	if !applied {
		for i := range keys {
			keys[i].ReadOnly = true
		}
	} else if cfg.Fees.On() {
		keys = keys[:len(keys)-1]
	}
	return append(keys, StepKey{Key: GlobalsKey()})
}

// economyKeys are the keys StepEconomy reads and writes for a use-model or claim-earnings
// from `from` (applied: whether it applies; if not, those it reads before it decides): the
// globals first, read only, fees on or off (the base fee and the height); use-model: the model
// (read only), the sender, the creator if its share is not zero and it is not the sender, the
// pool, the sender's use record; claim-earnings: the model, the pool and what the sender
// claimed (read only), the sender, its claims again (written); then the fee recipient if it is
// paid and not one of those accounts, and with fees on the globals (the units).
func economyKeys(cfg *Config, s *State, pre *Globals, tx *Tx, from common.Address, applied bool) []StepKey {
	ro := func(k []byte) StepKey { return StepKey{Key: k, ReadOnly: true} }
	keys := []StepKey{ro(GlobalsKey())}
	accounts := []common.Address{from}
	switch d := tx.Data().(type) {
	case *UseModel:
		keys = append(keys, ro(ModelKey(d.MLSC)), StepKey{Key: AccountKey(from)})
		if !applied {
			return keys
		}
		md := s.econ.models[d.MLSC]
		if creator, _, _ := UseSplit(md, d.Fee); !creator.IsZero() && md.Creator != from {
			keys = append(keys, StepKey{Key: AccountKey(md.Creator)})
			accounts = append(accounts, md.Creator)
		}
		keys = append(keys, StepKey{Key: ModelPoolKey(d.MLSC)}, StepKey{Key: UseKey(d.MLSC, from)})
	case *ClaimEarnings:
		keys = append(keys, ro(ModelKey(d.MLSC)), ro(ModelPoolKey(d.MLSC)), ro(ClaimedKey(d.MLSC, from)), StepKey{Key: AccountKey(from)})
		if !applied {
			return keys
		}
		keys = append(keys, StepKey{Key: ClaimedKey(d.MLSC, from)})
	}
	feeTo := cfg.Fees.Recipient
	if _, paid := cfg.Fees.FeeSplit(cfg.Fee(tx, pre.BaseFee)); !paid.IsZero() && !slices.Contains(accounts, feeTo) {
		keys = append(keys, StepKey{Key: AccountKey(feeTo)})
	}
	if cfg.Fees.On() {
		keys = append(keys, StepKey{Key: GlobalsKey()})
	}
	return keys
}

func stepKeys(keys [][]byte) []StepKey {
	out := make([]StepKey, len(keys))
	for i, k := range keys {
		out[i] = StepKey{Key: k}
	}
	return out
}

// stepWitness proves keys in order against pre, writing each key's value in post (if
// applied, and the key is not ReadOnly) into pre before proving the next, as StepVerifier
// writes them. pre is consumed.
func stepWitness(post *State, pre *trie.Trie, keys []StepKey, applied bool) ([][]byte, error) {
	out := make([][]byte, 0, len(keys))
	for _, sk := range keys {
		k := sk.Key
		hk := crypto.Keccak256(k)
		var p orderedProof
		if err := pre.Prove(hk, &p); err != nil {
			return nil, fmt.Errorf("%w: prove %x: %v", ErrStepWitness, k, err)
		}
		enc, err := rlp.EncodeToBytes([][]byte(p))
		if err != nil {
			return nil, err
		}
		out = append(out, enc)
		if !applied || sk.ReadOnly {
			continue
		}
		v, err := post.encode(string(k))
		if err != nil {
			return nil, err
		}
		if v != nil {
			if err := pre.Update(hk, entryValue(string(k), v)); err != nil {
				return nil, fmt.Errorf("%w: update %x: %v", ErrStepWitness, k, err)
			}
			continue
		}
		if present, err := pre.Get(hk); err != nil || present == nil {
			continue // absent before and after: nothing to write
		}
		// A deletion (an epoch's records, closeEpochs): StepTrie.remove takes the node its
		// branch collapses into, if any, as the next witness entry (empty if none).
		sib, err := deleteSibling(pre, hk, p)
		if err != nil {
			return nil, err
		}
		out = append(out, sib)
		if err := pre.Delete(hk); err != nil {
			return nil, fmt.Errorf("%w: delete %x: %v", ErrStepWitness, k, err)
		}
	}
	return out, nil
}

// InvalidStepWitness is the witness of a step that does not apply to s (a lying sequencer's):
// proofs of the keys StepVerifier reads before it finds the step invalid, against s's root
// as it stands. For a forced entry out of queue order (or consumed already), which
// StepVerifier finds invalid only after its inner transaction ran, it is the witness of the
// same bytes at the right index, built on a copy of s (misplacedForcedWitness). s is not
// modified.
func InvalidStepWitness(cfg *Config, s *State, input []byte) ([][]byte, error) {
	if _, err := s.StepRoot(); err != nil {
		return nil, err
	}
	if tx, err := DecodeTx(input); err == nil {
		if f, ok := tx.Data().(*Forced); ok && f.Index != s.g.ForcedConsumed {
			return misplacedForcedWitness(cfg, s, f)
		}
	}
	g := s.Globals()
	keys, err := stepKeysPrev(cfg, s, &g, stateRead(s), input, nil)
	if err != nil {
		return nil, err
	}
	return stepWitness(s, s.trie.Copy(), keys, false)
}

// misplacedForcedWitness is the witness of forced entry f, not the next one of s's queue:
// StepVerifier runs the inner transaction (reading and, if it applies, writing its keys)
// before the globals write that consumes the entry finds the index wrong, so its witness is
// that of the entry at the right index (its inner transaction applied, or its reads only),
// traced on a copy of s's trie. It costs a rebuild of the whole state.
func misplacedForcedWitness(cfg *Config, s *State, f *Forced) ([][]byte, error) {
	c, err := s.trieCopy()
	if err != nil {
		return nil, err
	}
	right, err := NewForced(&Forced{Index: c.g.ForcedConsumed, From: f.From, Tx: f.Tx})
	if err != nil {
		return nil, err
	}
	tr := NewTracer(cfg, 0)
	if _, err := tr.ApplyTx(c, right, 0); err != nil {
		return nil, fmt.Errorf("%w: forced entry %d at index %d: %v", ErrStepWitness, f.Index, c.g.ForcedConsumed, err)
	}
	return tr.Witness(), nil
}

// trieCopy is a new state holding exactly the entries of s's trie (after StepRoot): records
// left in s's memory that no trie holds are not copied.
func (s *State) trieCopy() (*State, error) {
	c := NewState()
	nodes, err := s.trie.NodeIterator(nil)
	if err != nil {
		return nil, fmt.Errorf("%w: copy state: %v", ErrStepWitness, err)
	}
	it := trie.NewIterator(nodes)
	for it.Next() {
		var kv [][]byte
		if err := rlp.DecodeBytes(it.Value, &kv); err != nil || len(kv) != 2 {
			return nil, fmt.Errorf("%w: copy state: malformed entry at %x", ErrStepWitness, it.Key)
		}
		if err := c.LoadEntry(kv[0], kv[1]); err != nil {
			return nil, err
		}
	}
	if it.Err != nil {
		return nil, fmt.Errorf("%w: copy state: %v", ErrStepWitness, it.Err)
	}
	root, _, err := c.Commit()
	if err != nil {
		return nil, err
	}
	if want := s.trie.Hash(); root != want {
		return nil, fmt.Errorf("%w: copy state: root %s, the state's %s", ErrStepWitness, root, want)
	}
	return c, nil
}
