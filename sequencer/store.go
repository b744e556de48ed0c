package sequencer

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/rollup"
)

// Store key prefixes. One pebble batch per block makes a block, its
// receipts, its state changes and the removal of its mempool entries atomic.
const (
	kHead        = "H"  // rlp(Header) of the latest block
	kBlock       = "b"  // + num → encoded block
	kBlockMeta   = "m"  // + num → rlp(BlockMeta)
	kReceipt     = "r"  // + tx hash → rlp(receiptRLP) (JSON receipt in older stores)
	kRejectedOld = "x"  // + tx hash → reason: rejections of older stores, moved to kRejected on open
	kRejected    = "y"  // + tx hash → 8-byte log seq + reason
	kRejectedLog = "Y"  // + 8-byte seq → tx hash: the kept rejections, oldest first
	kState       = "s"  // + state key → value
	kPendingOld  = "p"  // + tx hash → encoded tx: the pending set of older stores, moved to kPending on open
	kPending     = "q"  // + arrival seq → encoded tx (accepted, not yet resolved): an append-only log
	kBatch       = "B"  // + index → rlp(BatchRecord)
	kBatchNext   = "Bn" // next batch index to seal
	kBatchBlock  = "Bb" // next block number to put in a batch
	kWithdrawal  = "w"  // + NextWithdrawal of a batch with withdrawals → 8-byte batch index
	kWIndexed    = "Iw" // batches (from 0) whose withdrawals kWithdrawal indexes
)

// walSyncInterval is the least time between two WAL syncs.
const walSyncInterval = 500 * time.Microsecond

// BlockMeta is what the batcher needs about a block beyond its contents.
type BlockMeta struct {
	NextWithdrawal   uint64 // withdrawals with smaller ids exist after this block
	DepositsConsumed uint64
	Proofs           []rollup.ProofRecord
	ForcedConsumed   uint64 `rlp:"optional"` // L1 forced entries applied after this block
	// Trace is the block's part of its batch's step trace: one record for its
	// start and one per transaction (rollup.State.TraceStep). Blocks of an
	// older store have none; they go in batches without a trace.
	Trace []rollup.TraceStep `rlp:"optional"`
	// NextMessage: L2→L1 messages with smaller ids exist after this block
	// (Globals.NextMessage; 0 in an older store's meta, which had none).
	NextMessage uint64 `rlp:"optional"`
}

// traced says whether the meta of blk holds its step trace.
func (m *BlockMeta) traced(blk *rollup.Block) bool { return len(m.Trace) == 1+len(blk.Txs) }

// traceSize is what the block's trace adds to its batch's encoding.
func (m *BlockMeta) traceSize() int {
	n := 0
	for i := range m.Trace {
		n += rollup.TraceStepSize(m.Trace[i].Withdrawal != nil)
	}
	return n
}

// BatchRecord is a sealed batch and its L1 status.
type BatchRecord struct {
	Index            uint64
	FirstBlock       uint64
	LastBlock        uint64
	CID              []byte
	DataHash         common.Hash
	PrevStateRoot    common.Hash
	StateRoot        common.Hash
	WithdrawalRoot   common.Hash
	FirstWithdrawal  uint64
	NextWithdrawal   uint64
	DepositsConsumed uint64
	Proofs           []rollup.ProofRecord
	L1Tx             common.Hash // zero until submitted
	L1Block          uint64
	ForcedConsumed   uint64 `rlp:"optional"`
	// StepRoot and StepCount are the batch's step trace commitment
	// (rollup.BatchHeader); zero for a batch without a trace.
	StepRoot  common.Hash `rlp:"optional"`
	StepCount uint64      `rlp:"optional"`
	// FirstMessage and NextMessage are the message ids [first, next) the
	// batch made, MessageRoot their root (rollup.BatchHeader).
	FirstMessage uint64      `rlp:"optional"`
	NextMessage  uint64      `rlp:"optional"`
	MessageRoot  common.Hash `rlp:"optional"`
}

// Header is the header L1 records of the batch. The record's roots were
// built with rollup.BuildBatchHeader when the batch was sealed.
func (r *BatchRecord) Header() *rollup.BatchHeader {
	applied := make([]rollup.AppliedProof, len(r.Proofs))
	for i := range r.Proofs {
		applied[i] = r.Proofs[i].Applied()
	}
	return &rollup.BatchHeader{Index: r.Index, CID: r.CID, DataHash: r.DataHash, PrevStateRoot: r.PrevStateRoot,
		StateRoot: r.StateRoot, WithdrawalRoot: r.WithdrawalRoot, DepositsConsumed: r.DepositsConsumed, L2Height: r.LastBlock,
		ProofsHash: rollup.ProofsHash(applied), ForcedConsumed: r.ForcedConsumed, StepRoot: r.StepRoot, StepCount: r.StepCount,
		MessageRoot: r.MessageRoot}
}

// DefaultRejectedMax is how many rejection reasons a store keeps unless
// StoreOptions says otherwise.
const DefaultRejectedMax = 100_000

// StoreOptions configure a Store; the zero value takes the defaults.
type StoreOptions struct {
	// RejectedMax bounds the rejection reasons kept (Store.Rejected): the
	// oldest are forgotten first. 0 means DefaultRejectedMax.
	RejectedMax int
}

// Validate lists every problem with the options.
func (o StoreOptions) Validate() error {
	if o.RejectedMax < 0 {
		return fmt.Errorf("sequencer store: rejected-reason limit %d is negative", o.RejectedMax)
	}
	return nil
}

func (o StoreOptions) rejectedMax() uint64 {
	if o.RejectedMax == 0 {
		return DefaultRejectedMax
	}
	return uint64(o.RejectedMax)
}

// Store is the sequencer's pebble database. Its methods are safe for
// concurrent use.
type Store struct {
	db *pebble.DB

	// rejMu orders the writes that record rejections: each one takes the
	// next log seqs and forgets the oldest beyond rejMax, and holds rejMu
	// until it is committed, so the log on disk always matches rejLow and
	// rejNext (the log holds seqs in [rejLow, rejNext)).
	rejMu           sync.Mutex
	rejMax          uint64
	rejLow, rejNext uint64
}

// OpenStore opens (creating if needed) the store in dir. It moves records
// of older stores to the current layout: the pending set, rejection
// reasons (into the bounded log) and the withdrawal index of batches
// sealed before it existed.
func OpenStore(dir string, o StoreOptions) (*Store, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	// A larger memtable makes flushes and L0 compactions rarer. Synced
	// writes that arrive within walSyncInterval of the last WAL sync wait
	// and share the next one (group commit): every synced write is still
	// durable when it returns, with fewer fsyncs for concurrent admission
	// and block commits.
	opts := &pebble.Options{MemTableSize: 64 << 20, L0CompactionThreshold: 8,
		WALMinSyncInterval: func() time.Duration { return walSyncInterval }}
	db, err := pebble.Open(dir, opts)
	if err != nil {
		return nil, fmt.Errorf("open pebble %s: %w", dir, err)
	}
	st := &Store{db: db, rejMax: o.rejectedMax()}
	if err := st.migratePending(); err != nil {
		return nil, errors.Join(fmt.Errorf("migrate pending transactions: %w", err), db.Close())
	}
	if err := st.openRejected(); err != nil {
		return nil, errors.Join(fmt.Errorf("open rejection log: %w", err), db.Close())
	}
	if err := st.indexWithdrawals(); err != nil {
		return nil, errors.Join(fmt.Errorf("index withdrawals: %w", err), db.Close())
	}
	return st, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

func u64key(prefix string, n uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte(prefix), n)
}

func hkey(prefix string, h common.Hash) []byte { return append([]byte(prefix), h[:]...) }

func (s *Store) get(key []byte) ([]byte, error) {
	v, closer, err := s.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	out := append([]byte(nil), v...)
	return out, closer.Close()
}

func (s *Store) getRLP(key []byte, v any) error {
	b, err := s.get(key)
	if err != nil {
		return err
	}
	return rlp.DecodeBytes(b, v)
}

// Head returns the latest block header, or ErrNotFound on an empty store.
func (s *Store) Head() (*rollup.Header, error) {
	h := new(rollup.Header)
	if err := s.getRLP([]byte(kHead), h); err != nil {
		return nil, err
	}
	return h, nil
}

// Block returns block num.
func (s *Store) Block(num uint64) (*rollup.Block, error) {
	b, err := s.get(u64key(kBlock, num))
	if err != nil {
		return nil, err
	}
	return rollup.DecodeBlock(b)
}

// BlockSize returns the length of block num's encoding without decoding
// or copying it.
func (s *Store) BlockSize(num uint64) (int, error) {
	v, closer, err := s.db.Get(u64key(kBlock, num))
	if errors.Is(err, pebble.ErrNotFound) {
		return 0, ErrNotFound
	}
	if err != nil {
		return 0, err
	}
	n := len(v)
	return n, closer.Close()
}

// BlockMeta returns the meta record of block num.
func (s *Store) BlockMeta(num uint64) (*BlockMeta, error) {
	m := new(BlockMeta)
	return m, s.getRLP(u64key(kBlockMeta, num), m)
}

// receiptRLP is a stored receipt: its key holds the tx hash, and each
// optional field is a list of zero or one element (an id may be 0).
type receiptRLP struct {
	Type       string
	From       common.Address
	Height     uint64
	Index      uint64
	MLSC       []uint64
	Withdrawal []uint64
	Reward     []uint256.Int
	// Proof and Forced came later: absent from older receipts (and from
	// those that have neither, which encode as before).
	Proof  []rollup.AppliedProof `rlp:"optional"`
	Forced []rollup.ForcedResult `rlp:"optional"`
	// Fee and ProverReward came with L2 fees (issue 16), optional likewise.
	Fee          []uint256.Int `rlp:"optional"`
	ProverReward []uint256.Int `rlp:"optional"`
}

func optional[T any](p *T) []T {
	if p == nil {
		return nil
	}
	return []T{*p}
}

func first[T any](s []T) *T {
	if len(s) == 0 {
		return nil
	}
	return &s[0]
}

func encodeReceipt(rc *rollup.Receipt) ([]byte, error) {
	return rlp.EncodeToBytes(&receiptRLP{Type: rc.Type, From: rc.From, Height: rc.Height, Index: rc.Index,
		MLSC: optional(rc.MLSC), Withdrawal: optional(rc.Withdrawal), Reward: optional(rc.Reward),
		Proof: optional(rc.Proof), Forced: optional(rc.Forced), Fee: optional(rc.Fee), ProverReward: optional(rc.ProverReward)})
}

func decodeReceipt(h common.Hash, b []byte) (*rollup.Receipt, error) {
	rc := &rollup.Receipt{TxHash: h}
	if len(b) > 0 && b[0] == '{' { // written as JSON by older versions
		return rc, json.Unmarshal(b, rc)
	}
	var r receiptRLP
	if err := rlp.DecodeBytes(b, &r); err != nil {
		return nil, fmt.Errorf("receipt %s: %w", h, err)
	}
	rc.Type, rc.From, rc.Height, rc.Index = r.Type, r.From, r.Height, r.Index
	rc.MLSC, rc.Withdrawal, rc.Reward = first(r.MLSC), first(r.Withdrawal), first(r.Reward)
	rc.Proof, rc.Forced = first(r.Proof), first(r.Forced)
	rc.Fee, rc.ProverReward = first(r.Fee), first(r.ProverReward)
	return rc, nil
}

// Receipt returns the receipt of an included transaction.
func (s *Store) Receipt(h common.Hash) (*rollup.Receipt, error) {
	b, err := s.get(hkey(kReceipt, h))
	if err != nil {
		return nil, err
	}
	return decodeReceipt(h, b)
}

// Rejected returns why a transaction was dropped, or ErrNotFound if it was
// not, or so long ago that its reason has been forgotten (the store keeps
// the last StoreOptions.RejectedMax).
func (s *Store) Rejected(h common.Hash) (string, error) {
	b, err := s.get(hkey(kRejected, h))
	if err != nil {
		return "", err
	}
	if len(b) < 8 {
		return "", fmt.Errorf("sequencer store: rejection record of %s is %d bytes", h, len(b))
	}
	return string(b[8:]), nil
}

// RejectedMax is how many rejection reasons the store keeps.
func (s *Store) RejectedMax() uint64 { return s.rejMax }

// rejection is why a transaction left the pool without being included.
type rejection struct {
	hash   common.Hash
	reason string
}

// commit commits b after adding rej to it: each rejection gets the next
// seq of the rejection log, and the log's oldest entries beyond rejMax are
// forgotten in the same write.
func (s *Store) commit(b *pebble.Batch, rej []rejection, opts *pebble.WriteOptions) error {
	if len(rej) == 0 {
		return b.Commit(opts)
	}
	s.rejMu.Lock()
	defer s.rejMu.Unlock()
	next := s.rejNext + uint64(len(rej))
	low, err := s.forgetRejected(b, next)
	if err != nil {
		return err
	}
	// After the deletions: a transaction rejected again keeps its new
	// record. Rejections beyond rejMax in this one write are not kept.
	seq := s.rejNext
	for _, r := range rej {
		if seq < low {
			seq++
			continue
		}
		_ = b.Set(hkey(kRejected, r.hash), append(binary.BigEndian.AppendUint64(nil, seq), r.reason...), nil)
		_ = b.Set(u64key(kRejectedLog, seq), r.hash[:], nil)
		seq++
	}
	if err := b.Commit(opts); err != nil {
		return err
	}
	s.rejLow, s.rejNext = low, next
	return nil
}

// forgetRejected adds to b the deletion of the log entries (and their
// records) that a log ending at next holds beyond rejMax, and returns the
// log's new first seq. The caller holds rejMu.
func (s *Store) forgetRejected(b *pebble.Batch, next uint64) (uint64, error) {
	if next-s.rejLow <= s.rejMax {
		return s.rejLow, nil
	}
	low := next - s.rejMax
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: u64key(kRejectedLog, s.rejLow), UpperBound: u64key(kRejectedLog, low)})
	if err != nil {
		return 0, err
	}
	defer it.Close()
	for it.First(); it.Valid(); it.Next() {
		seq, h := binary.BigEndian.Uint64(it.Key()[len(kRejectedLog):]), common.BytesToHash(it.Value())
		rec, err := s.get(hkey(kRejected, h))
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return 0, err
		}
		// A record with a later seq is a later rejection of the same
		// transaction, which stays.
		if len(rec) >= 8 && binary.BigEndian.Uint64(rec) == seq {
			_ = b.Delete(hkey(kRejected, h), nil)
		}
	}
	if err := it.Error(); err != nil {
		return 0, err
	}
	_ = b.DeleteRange(u64key(kRejectedLog, s.rejLow), u64key(kRejectedLog, low), nil)
	return low, nil
}

// openRejected finds the bounds of the rejection log, moves the rejection
// reasons of older stores (kept forever, keyed by hash alone) into it, and
// forgets what a lowered limit no longer keeps.
func (s *Store) openRejected() error {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte(kRejectedLog), UpperBound: []byte{kRejectedLog[0] + 1}})
	if err != nil {
		return err
	}
	if it.First() {
		s.rejLow = binary.BigEndian.Uint64(it.Key()[len(kRejectedLog):])
		it.Last()
		s.rejNext = binary.BigEndian.Uint64(it.Key()[len(kRejectedLog):]) + 1
	}
	if err := errors.Join(it.Error(), it.Close()); err != nil {
		return err
	}
	old, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte(kRejectedOld), UpperBound: []byte{kRejectedOld[0] + 1}})
	if err != nil {
		return err
	}
	var rej []rejection
	for old.First(); old.Valid(); old.Next() {
		rej = append(rej, rejection{hash: common.BytesToHash(old.Key()[len(kRejectedOld):]), reason: string(old.Value())})
	}
	if err := errors.Join(old.Error(), old.Close()); err != nil {
		return err
	}
	b := s.db.NewBatch()
	defer b.Close()
	if len(rej) > 0 {
		_ = b.DeleteRange([]byte(kRejectedOld), []byte{kRejectedOld[0] + 1}, nil)
		return s.commit(b, rej, pebble.Sync)
	}
	s.rejMu.Lock()
	defer s.rejMu.Unlock()
	low, err := s.forgetRejected(b, s.rejNext)
	if err != nil || low == s.rejLow {
		return err
	}
	if err := b.Commit(pebble.Sync); err != nil {
		return err
	}
	s.rejLow = low
	return nil
}

// Batch returns a sealed batch.
func (s *Store) Batch(index uint64) (*BatchRecord, error) {
	r := new(BatchRecord)
	return r, s.getRLP(u64key(kBatch, index), r)
}

func (s *Store) counter(key string) (uint64, error) {
	b, err := s.get([]byte(key))
	if errors.Is(err, ErrNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	if len(b) != 8 {
		return 0, fmt.Errorf("sequencer store: counter %s is %d bytes", key, len(b))
	}
	return binary.BigEndian.Uint64(b), nil
}

// NextBatch is the index of the next batch to seal and the first block it
// will hold.
func (s *Store) NextBatch() (index, firstBlock uint64, err error) {
	if index, err = s.counter(kBatchNext); err != nil {
		return 0, 0, err
	}
	if firstBlock, err = s.counter(kBatchBlock); err != nil {
		return 0, 0, err
	}
	if firstBlock == 0 {
		firstBlock = 1
	}
	return index, firstBlock, nil
}

// PutBatch seals a batch record and advances the batch counters atomically.
func (s *Store) PutBatch(r *BatchRecord) error {
	enc, err := rlp.EncodeToBytes(r)
	if err != nil {
		return err
	}
	b := s.db.NewBatch()
	defer b.Close()
	_ = b.Set(u64key(kBatch, r.Index), enc, nil)
	_ = b.Set([]byte(kBatchNext), binary.BigEndian.AppendUint64(nil, r.Index+1), nil)
	_ = b.Set([]byte(kBatchBlock), binary.BigEndian.AppendUint64(nil, r.LastBlock+1), nil)
	indexWithdrawals(b, r)
	return b.Commit(pebble.Sync)
}

// indexWithdrawals adds to b the withdrawal index entry of batch r (if it
// has withdrawals) and counts r as indexed. The index maps the end of each
// batch's withdrawal range to the batch: batches hold consecutive ranges,
// so the first entry past a withdrawal id names its batch.
func indexWithdrawals(b *pebble.Batch, r *BatchRecord) {
	if r.NextWithdrawal > r.FirstWithdrawal {
		_ = b.Set(u64key(kWithdrawal, r.NextWithdrawal), binary.BigEndian.AppendUint64(nil, r.Index), nil)
	}
	_ = b.Set([]byte(kWIndexed), binary.BigEndian.AppendUint64(nil, r.Index+1), nil)
}

// indexWithdrawals indexes the withdrawals of the batches sealed before
// the index existed (or before a crash between versions), in one write.
func (s *Store) indexWithdrawals() error {
	from, err := s.counter(kWIndexed)
	if err != nil {
		return err
	}
	next, _, err := s.NextBatch()
	if err != nil || from >= next {
		return err
	}
	b := s.db.NewBatch()
	defer b.Close()
	for i := from; i < next; i++ {
		r, err := s.Batch(i)
		if err != nil {
			return fmt.Errorf("batch %d: %w", i, err)
		}
		indexWithdrawals(b, r)
	}
	return b.Commit(pebble.Sync)
}

// WithdrawalBatch returns the index of the sealed batch that holds
// withdrawal id, or ErrNotFound while no sealed batch does. It reads one
// index entry, whatever the chain's length.
func (s *Store) WithdrawalBatch(id uint64) (uint64, error) {
	if id == ^uint64(0) {
		return 0, fmt.Errorf("%w: withdrawal %d", ErrNotFound, id)
	}
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: u64key(kWithdrawal, id+1), UpperBound: []byte{kWithdrawal[0] + 1}})
	if err != nil {
		return 0, err
	}
	defer it.Close()
	if !it.First() {
		if err := it.Error(); err != nil {
			return 0, err
		}
		return 0, fmt.Errorf("%w: withdrawal %d is not in a sealed batch yet", ErrNotFound, id)
	}
	if len(it.Value()) != 8 {
		return 0, fmt.Errorf("sequencer store: withdrawal index entry %x is %d bytes", it.Key(), len(it.Value()))
	}
	return binary.BigEndian.Uint64(it.Value()), nil
}

// UpdateBatch rewrites a batch record (its L1 status).
func (s *Store) UpdateBatch(r *BatchRecord) error {
	enc, err := rlp.EncodeToBytes(r)
	if err != nil {
		return err
	}
	return s.db.Set(u64key(kBatch, r.Index), enc, pebble.Sync)
}

// DropPending removes a pending transaction and, unless reason is empty,
// records why.
func (s *Store) DropPending(e Entry, reason string) error {
	b := s.db.NewBatch()
	defer b.Close()
	_ = b.Delete(u64key(kPending, e.Seq), nil)
	var rej []rejection
	if reason != "" {
		rej = append(rej, rejection{hash: e.Tx.Hash(), reason: reason})
	}
	return s.commit(b, rej, pebble.NoSync)
}

// Pending returns every pending transaction in arrival order. Besides the
// mempool it may hold transactions already included or replaced, which
// the caller drops.
func (s *Store) Pending() ([]Entry, error) {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte(kPending), UpperBound: []byte{kPending[0] + 1}})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var out []Entry
	for it.First(); it.Valid(); it.Next() {
		k := it.Key()
		if len(k) != 1+8 {
			return nil, fmt.Errorf("sequencer store: pending key %x", k)
		}
		seq := binary.BigEndian.Uint64(k[1:])
		tx, err := rollup.DecodeTx(it.Value())
		if err != nil {
			return nil, fmt.Errorf("pending tx %d: %w", seq, err)
		}
		out = append(out, Entry{Tx: tx, Seq: seq})
	}
	return out, it.Error()
}

// migratePending moves a pending set keyed by hash (older stores) to the
// end of the pending log.
func (s *Store) migratePending() error {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte(kPendingOld), UpperBound: []byte{kPendingOld[0] + 1}})
	if err != nil {
		return err
	}
	defer it.Close()
	if !it.First() {
		return it.Error()
	}
	log, err := s.Pending()
	if err != nil {
		return err
	}
	var seq uint64
	if len(log) > 0 {
		seq = log[len(log)-1].Seq + 1
	}
	b := s.db.NewBatch()
	defer b.Close()
	for ; it.Valid(); it.Next() {
		_ = b.Set(u64key(kPending, seq), it.Value(), nil)
		seq++
	}
	if err := it.Error(); err != nil {
		return err
	}
	_ = b.DeleteRange([]byte(kPendingOld), []byte{kPendingOld[0] + 1}, nil)
	return b.Commit(pebble.Sync)
}

// LoadState reads every state entry into a fresh state.
func (s *Store) LoadState() (*rollup.State, error) {
	st := rollup.NewState()
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte(kState), UpperBound: []byte{kState[0] + 1}})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	for it.First(); it.Valid(); it.Next() {
		if err := st.LoadEntry(append([]byte(nil), it.Key()[1:]...), append([]byte(nil), it.Value()...)); err != nil {
			return nil, err
		}
	}
	return st, it.Error()
}

// PendingUpdate is what a block resolves in the pending log.
type PendingUpdate struct {
	// From and Below bound a run of sequence numbers whose entries are all
	// resolved (included, dropped, replaced or pruned); they are deleted
	// as one range.
	From, Below uint64
	// Remove lists further resolved entries outside that run.
	Remove []uint64
	// Dropped records why rejected transactions left the pool.
	Dropped map[common.Hash]string
}

// CommitBlock writes a block with everything it changed in one synced
// batch: its header, transactions, receipts (one per transaction), meta
// record and state entries, and the pending log entries it resolves.
func (s *Store) CommitBlock(blk *rollup.Block, meta *BlockMeta, receipts []*rollup.Receipt, entries []rollup.Entry, pend PendingUpdate) error {
	enc, err := blk.Encode()
	if err != nil {
		return err
	}
	head, err := rlp.EncodeToBytes(&blk.Header)
	if err != nil {
		return err
	}
	metaEnc, err := rlp.EncodeToBytes(meta)
	if err != nil {
		return err
	}
	num := blk.Header.Number
	b := s.db.NewBatch()
	defer b.Close()
	_ = b.Set(u64key(kBlock, num), enc, nil)
	_ = b.Set(u64key(kBlockMeta, num), metaEnc, nil)
	_ = b.Set([]byte(kHead), head, nil)
	// Receipts go in key order: pebble inserts a batch into the memtable
	// in order, and a key next to the last one inserted is found faster.
	order := make([]int, len(blk.Txs))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int { return receipts[i].TxHash.Cmp(receipts[j].TxHash) })
	key := []byte(kReceipt)
	for _, i := range order {
		rc, err := encodeReceipt(receipts[i])
		if err != nil {
			return err
		}
		key = append(key[:len(kReceipt)], receipts[i].TxHash[:]...)
		_ = b.Set(key, rc, nil)
	}
	if pend.Below > pend.From {
		_ = b.DeleteRange(u64key(kPending, pend.From), u64key(kPending, pend.Below), nil)
	}
	for _, seq := range pend.Remove {
		_ = b.Delete(u64key(kPending, seq), nil)
	}
	rej := make([]rejection, 0, len(pend.Dropped))
	for h, reason := range pend.Dropped {
		rej = append(rej, rejection{hash: h, reason: reason})
	}
	for _, e := range entries {
		k := append([]byte(kState), e.Key...)
		if e.Value == nil {
			_ = b.Delete(k, nil)
		} else {
			_ = b.Set(k, e.Value, nil)
		}
	}
	return s.commit(b, rej, pebble.Sync)
}

// AddPendings durably appends accepted transactions to the pending log
// (and forgets replaced ones) with one synced write, before they are
// acknowledged.
func (s *Store) AddPendings(added, replaced []Entry) error {
	b := s.db.NewBatch()
	defer b.Close()
	key := []byte(kPending)
	for _, e := range added {
		key = binary.BigEndian.AppendUint64(key[:len(kPending)], e.Seq)
		_ = b.Set(key, e.Tx.Encode(), nil)
	}
	rej := make([]rejection, 0, len(replaced))
	for _, e := range replaced {
		_ = b.Delete(u64key(kPending, e.Seq), nil)
		rej = append(rej, rejection{hash: e.Tx.Hash(), reason: "replaced"})
	}
	return s.commit(b, rej, pebble.Sync)
}
