// Package sequencer orders L2 transactions into blocks, keeps the chain in a
// pebble store that survives kill -9 at any point, serves the nrn_ JSON-RPC
// API, reads deposits from L1 and seals blocks into batches for DA and L1.
package sequencer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/l1"
	"github.com/neuron-rollup/neuron/rollup"
)

// L1View is the sequencer's read side of L1.
type L1View interface {
	// ConfirmedHead returns the newest L1 block at the confirmation depth.
	ConfirmedHead(ctx context.Context) (number uint64, hash common.Hash, err error)
	// Deposits returns bridge deposits with nonce >= fromNonce made in L1
	// blocks up to and including upTo, in nonce order.
	Deposits(ctx context.Context, fromNonce, upTo uint64) ([]*rollup.Deposit, error)
}

// BatchPoster settles sealed batches on L1.
type BatchPoster interface {
	// NextBatchIndex is the index the L1 rollup contract expects next.
	NextBatchIndex(ctx context.Context) (uint64, error)
	// PostBatch submits a batch's header with the loss proofs its blocks
	// applied, in order, and waits for its inclusion.
	PostBatch(ctx context.Context, h *rollup.BatchHeader, proofs []rollup.ProofRecord) (tx common.Hash, l1Block uint64, err error)
}

// Config configures a sequencer.
type Config struct {
	DataDir     string
	BlockTime   time.Duration
	MaxBlockTxs int
	BatchBlocks uint64 // seal a batch once this many blocks are unbatched
	// ProofWaitBlocks holds a due batch whose blocks carry exactly one loss
	// proof until a second proof joins it or until this many blocks follow
	// the proof's block, so that L1 verifies the proofs in one pairing (see
	// sealDue). 0 seals on BatchBlocks alone.
	ProofWaitBlocks uint64
	// BatchGasBudget is the L1 gas one batch's submitBatch may be planned
	// to use (l1.GasMeter's estimate); a block never holds more proofs than
	// fit it alone, and a batch is cut before the block that would pass it.
	// 0 means l1.BatchGasBudget.
	BatchGasBudget uint64
	// L1Verifiers says how the Rollup verifies each circuit's proofs, for
	// the gas estimate; circuits not listed are budgeted at the worst kind.
	L1Verifiers map[common.Hash]l1.VerifierKind
	// HeartbeatBlocks: blocks that carry no transaction are not settled on
	// their own (an empty batch costs L1 ~89k gas for nothing) until this
	// many of them are unbatched; they go with the next batch that has
	// transactions. 0 never settles empty blocks alone.
	HeartbeatBlocks   uint64
	MempoolPerAccount int
	MempoolMax        int
	// MempoolMaxBytes bounds the pool's encoded transactions; the gapped
	// budget bounds nonce-gapped ones (see MempoolLimits). 0 takes the
	// Default* value.
	MempoolMaxBytes         int
	MempoolGappedPerAccount int
	MempoolGappedMax        int
	MempoolGappedLifetime   time.Duration
	// MaxBlockBytes bounds a block's encoding; 0 means rollup.MaxBlockSize,
	// which it may not pass (every block must fit a batch).
	MaxBlockBytes int
	// RejectedMax bounds the rejection reasons the store keeps for
	// nrn_getTransactionStatus; 0 means DefaultRejectedMax.
	RejectedMax int
	Chain       *rollup.Config
	Genesis     *rollup.Genesis
}

func (c *Config) mempoolLimits() MempoolLimits {
	return MempoolLimits{PerAccount: c.MempoolPerAccount, Max: c.MempoolMax, MaxBytes: c.MempoolMaxBytes,
		GappedPerAccount: c.MempoolGappedPerAccount, GappedMax: c.MempoolGappedMax, GappedLifetime: c.MempoolGappedLifetime}
}

// Check validates the config.
func (c *Config) Check() error {
	var errs []error
	if c.DataDir == "" {
		errs = append(errs, errors.New("sequencer: data dir unset"))
	}
	if c.BlockTime <= 0 {
		errs = append(errs, fmt.Errorf("sequencer: block time %s must be positive", c.BlockTime))
	}
	if c.MaxBlockTxs <= 0 {
		errs = append(errs, fmt.Errorf("sequencer: max block txs %d must be positive", c.MaxBlockTxs))
	}
	if c.BatchBlocks == 0 {
		errs = append(errs, errors.New("sequencer: batch blocks must be positive"))
	}
	if c.BatchGasBudget != 0 {
		minGas := l1.BatchBaseGas() + l1.GasOf(l1.VerifierUnknown).PerCircuit + l1.GasOf(l1.VerifierUnknown).PerProof
		if c.BatchGasBudget < minGas || c.BatchGasBudget > l1.MaxTxGas {
			errs = append(errs, fmt.Errorf("sequencer: batch gas budget %d outside [%d, %d]: a batch must fit one proof and one L1 transaction",
				c.BatchGasBudget, minGas, l1.MaxTxGas))
		}
	}
	if c.MempoolPerAccount <= 0 || c.MempoolMax <= 0 {
		errs = append(errs, errors.New("sequencer: mempool limits must be positive"))
	}
	if c.MaxBlockBytes < 0 || c.MaxBlockBytes > rollup.MaxBlockSize {
		errs = append(errs, fmt.Errorf("sequencer: max block bytes %d outside [0, %d]", c.MaxBlockBytes, rollup.MaxBlockSize))
	}
	if c.MempoolMaxBytes < 0 || c.MempoolGappedPerAccount < 0 || c.MempoolGappedMax < 0 || c.MempoolGappedLifetime < 0 {
		errs = append(errs, errors.New("sequencer: mempool byte and gapped limits must not be negative"))
	}
	if c.Genesis == nil {
		errs = append(errs, errors.New("sequencer: no genesis"))
	}
	if c.Chain == nil {
		errs = append(errs, errors.New("sequencer: no chain config"))
	} else if err := c.Chain.Check(); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// Deps are the sequencer's collaborators. L1 and Poster may be nil: then no
// deposits are read and no batch is settled (used by benchmarks and tests of
// the local chain alone).
type Deps struct {
	Log     log.Logger
	Metrics Metricer
	DA      da.Store
	L1      L1View
	Poster  BatchPoster
}

// Sequencer is the block producer. Its methods are safe for concurrent use.
type Sequencer struct {
	cfg  Config
	deps Deps
	log  log.Logger
	m    Metricer

	store *Store
	pool  *Mempool

	// mu guards head, the L1 view and the deposit queue, and the state
	// against readers that need it to match head. ProduceBlock holds it
	// from the state transition until its block is durable, which also
	// makes it the one producer.
	mu     sync.RWMutex
	head   *rollup.Header
	l1Num  uint64
	l1Hash common.Hash
	depQ   []*rollup.Deposit
	// stateMu guards state for admission, which only reads nonces and may
	// see a block's effects while the block is being persisted.
	// ProduceBlock holds it (under mu) only while it changes the state.
	stateMu sync.RWMutex
	state   *rollup.State
	// pendingFrom is where the next block's range deletion of resolved
	// pending log entries starts; pruned lists resolved entries for the
	// next block to delete. Both are guarded by mu.
	pendingFrom uint64
	pruned      []uint64

	// sealMu makes MaybeSealBatch one at a time and guards scan.
	sealMu sync.Mutex
	scan   unbatchedScan
	// batchBytes bounds the encoded blocks of one batch: sealBatch cuts a
	// batch before the block that would pass it.
	batchBytes int

	postKick chan struct{}
	cancel   context.CancelFunc
	wg       sync.WaitGroup
	stopped  atomic.Bool
}

// gasBudget is the L1 gas budget of one batch.
func (c *Config) gasBudget() uint64 {
	if c.BatchGasBudget == 0 {
		return l1.BatchGasBudget
	}
	return c.BatchGasBudget
}

// newGasMeter returns a meter for one batch's (or block's) proofs.
func (s *Sequencer) newGasMeter() *l1.GasMeter {
	return l1.NewGasMeter(func(c common.Hash) l1.VerifierKind { return s.cfg.L1Verifiers[c] })
}

// New opens the store, loads or creates the chain and restores the mempool.
func New(cfg Config, deps Deps) (*Sequencer, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if deps.Log == nil {
		deps.Log = log.NewLogger(slog.DiscardHandler)
	}
	if deps.Metrics == nil {
		deps.Metrics = NoopMetrics{}
	}
	if deps.DA == nil {
		return nil, errors.New("sequencer: no DA store")
	}
	s := &Sequencer{cfg: cfg, deps: deps, log: deps.Log, m: deps.Metrics,
		pool: NewMempool(cfg.mempoolLimits()), batchBytes: rollup.MaxBatchSize - 1024,
		postKick: make(chan struct{}, 1)}
	if err := s.initStore(); err != nil {
		return nil, fmt.Errorf("init store: %w", err)
	}
	if err := s.initMempool(); err != nil {
		return nil, errors.Join(fmt.Errorf("init mempool: %w", err), s.store.Close())
	}
	return s, nil
}

func (s *Sequencer) initStore() error {
	st, err := OpenStore(s.cfg.DataDir, StoreOptions{RejectedMax: s.cfg.RejectedMax})
	if err != nil {
		return err
	}
	s.store = st
	head, err := st.Head()
	switch {
	case errors.Is(err, ErrNotFound):
		state, gh, all, err := s.cfg.Genesis.State()
		if err != nil {
			return errors.Join(err, st.Close())
		}
		blk := &rollup.Block{Header: *gh}
		if err := st.CommitBlock(blk, &BlockMeta{}, nil, all, PendingUpdate{}); err != nil {
			return errors.Join(err, st.Close())
		}
		s.state, s.head = state, gh
		s.log.Info("Initialised chain from genesis", "stateRoot", gh.StateRoot)
		return nil
	case err != nil:
		return errors.Join(err, st.Close())
	}
	state, err := st.LoadState()
	if err != nil {
		return errors.Join(err, st.Close())
	}
	root, _, err := state.Commit()
	if err != nil {
		return errors.Join(err, st.Close())
	}
	if root != head.StateRoot {
		return errors.Join(fmt.Errorf("sequencer: stored state root %s does not match head %d's %s", root, head.Number, head.StateRoot), st.Close())
	}
	s.state, s.head = state, head
	s.l1Num, s.l1Hash = head.L1Number, head.L1Hash
	s.log.Info("Resumed chain", "height", head.Number, "stateRoot", root)
	return nil
}

func (s *Sequencer) initMempool() error {
	entries, err := s.store.Pending()
	if err != nil {
		return err
	}
	// Restored entries pass the admission rules again: a log filled by
	// senders that cannot pay, or beyond the gapped budget, must not fill
	// the pool after a restart.
	dropped := 0
	for _, e := range entries {
		from, err := e.Tx.Sender(s.cfg.Chain.ChainID)
		var replaced *Entry
		if err == nil {
			acc := s.state.Account(from)
			replaced, err = s.pool.Restore(e, from, &acc, s.cfg.Chain.Cost(e.Tx), s.openProof(e.Tx, &acc))
		}
		var derr error
		switch {
		case replaced != nil:
			derr = s.store.DropPending(*replaced, "replaced")
			dropped++
		case errors.Is(err, ErrNonceTooLow), errors.Is(err, ErrKnownTx):
			// Included, or replaced by an included tx, before its log
			// entry was deleted; or logged twice.
			derr = s.store.DropPending(e, "")
			dropped++
		case err != nil:
			derr = s.store.DropPending(e, err.Error())
			dropped++
		}
		if derr != nil {
			return derr
		}
	}
	for _, ev := range s.pool.TakeEvicted() {
		if err := s.store.DropPending(ev.Entry, ev.Reason); err != nil {
			return err
		}
		dropped++
	}
	if len(entries) > 0 {
		s.log.Info("Restored mempool", "pending", len(entries)-dropped, "dropped", dropped)
	}
	return nil
}

// Start runs block production and batch posting until Stop.
func (s *Sequencer) Start(ctx context.Context) error {
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	s.wg.Add(1)
	go s.blockLoop(ctx)
	if s.deps.Poster != nil {
		s.wg.Add(1)
		go s.postLoop(ctx)
	}
	return nil
}

// Stop ends the loops and closes the store. A block being built is finished
// first.
func (s *Sequencer) Stop(ctx context.Context) error {
	if s.stopped.Swap(true) {
		return nil
	}
	if s.cancel != nil {
		s.cancel()
	}
	s.wg.Wait()
	return s.store.Close()
}

// Stopped reports whether Stop was called.
func (s *Sequencer) Stopped() bool { return s.stopped.Load() }

func (s *Sequencer) blockLoop(ctx context.Context) {
	defer s.wg.Done()
	t := time.NewTicker(s.cfg.BlockTime)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := s.syncL1(ctx); err != nil {
			s.log.Warn("L1 sync failed", "err", err)
		}
		if _, err := s.ProduceBlock(ctx); err != nil {
			s.log.Error("Block production failed", "err", err)
			continue
		}
		if err := s.MaybeSealBatch(ctx, false); err != nil {
			s.log.Error("Batch sealing failed", "err", err)
		}
	}
}

// syncL1 refreshes the confirmed L1 head and queues new deposits.
func (s *Sequencer) syncL1(ctx context.Context) error {
	if s.deps.L1 == nil {
		return nil
	}
	num, hash, err := s.deps.L1.ConfirmedHead(ctx)
	if err != nil {
		return fmt.Errorf("confirmed head: %w", err)
	}
	s.mu.RLock()
	next := s.state.Globals().DepositsConsumed + uint64(len(s.depQ))
	cur := s.l1Num
	s.mu.RUnlock()
	if num < cur {
		return nil // never move the L1 view backwards
	}
	deps, err := s.deps.L1.Deposits(ctx, next, num)
	if err != nil {
		return fmt.Errorf("deposits: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.l1Num, s.l1Hash = num, hash
	for _, d := range deps {
		if d.L1Nonce == s.state.Globals().DepositsConsumed+uint64(len(s.depQ)) {
			s.depQ = append(s.depQ, d)
		}
	}
	return nil
}

// SendTx admits one encoded transaction. It returns only once the
// transaction is durably stored: an acknowledged transaction survives a
// crash.
func (s *Sequencer) SendTx(ctx context.Context, raw []byte) (common.Hash, error) {
	hashes, errs := s.SendTxs(ctx, [][]byte{raw})
	return hashes[0], errs[0]
}

// admitSegment is how many transactions SendTxs decodes and recovers as
// one unit of work; segments are admitted to the mempool and persisted in
// order while later ones are still being recovered.
const admitSegment = 256

// SendTxs admits many encoded transactions, recovering their senders in
// parallel, and returns once every accepted one is durably stored. It
// persists the accepted transactions of the segments recovered so far with
// one synced write while the workers recover the next segments. The
// accepted transactions become executable together when it returns, so
// that blocks take them whole rather than a segment at a time.
func (s *Sequencer) SendTxs(ctx context.Context, raws [][]byte) ([]common.Hash, []error) {
	n := len(raws)
	txs := make([]*rollup.Tx, n)
	froms := make([]common.Address, n)
	hashes := make([]common.Hash, n)
	errs := make([]error, n)
	segs := (n + admitSegment - 1) / admitSegment
	done := make([]chan struct{}, segs)
	for i := range done {
		done[i] = make(chan struct{})
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	defer wg.Wait()
	for w := min(runtime.GOMAXPROCS(0), segs); w > 0; w-- {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for seg := int(next.Add(1) - 1); seg < segs; seg = int(next.Add(1) - 1) {
				for i := seg * admitSegment; i < min(n, (seg+1)*admitSegment); i++ {
					txs[i], froms[i], errs[i] = s.recoverTx(raws[i])
					if txs[i] != nil {
						hashes[i] = txs[i].Hash()
					}
				}
				close(done[seg])
			}
		}()
	}
	var all []Entry
	for seg := 0; seg < segs; {
		<-done[seg]
		// Admit this segment and every later one already recovered.
		end := seg + 1
		for end < segs && isClosed(done[end]) {
			end++
		}
		all = append(all, s.admit(txs[seg*admitSegment:min(n, end*admitSegment)], froms[seg*admitSegment:], errs[seg*admitSegment:])...)
		seg = end
	}
	s.pool.Release(all)
	s.m.RecordMempool(s.pool.Len())
	return hashes, errs
}

func isClosed(c chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// recoverTx decodes a submitted transaction and recovers its sender.
func (s *Sequencer) recoverTx(raw []byte) (*rollup.Tx, common.Address, error) {
	tx, err := rollup.DecodeTx(raw)
	if err != nil {
		return nil, common.Address{}, err
	}
	if tx.Type() == rollup.TxDeposit {
		return nil, common.Address{}, fmt.Errorf("%w: deposits come from L1 only", rollup.ErrTxType)
	}
	from, err := tx.Sender(s.cfg.Chain.ChainID)
	if err != nil {
		return nil, common.Address{}, err
	}
	return tx, from, nil
}

// openProof reports whether tx, from a sender with account acc that has
// no balance and no stake, is a loss proof that verifies against a claim
// open in the state now: the one transaction such a sender may send (see
// Mempool.Add), since anyone may prove a claim. It verifies the proof only
// for such senders. s.stateMu must be held.
func (s *Sequencer) openProof(tx *rollup.Tx, acc *rollup.Account) bool {
	lp, ok := tx.Data().(*rollup.LossProof)
	if !ok || !acc.Balance.IsZero() || !acc.Stake.IsZero() {
		return false
	}
	claim, err := s.state.ClaimOf(lp.MLSC, lp.Round)
	if err != nil {
		return false
	}
	m, ok := s.state.MLSC(lp.MLSC)
	return ok && s.cfg.Chain.Verifier.Verify(&m.Spec, claim, lp.Proof) == nil
}

// admit adds recovered transactions (nil where recovery failed) to the
// mempool, held, and persists the accepted ones, which it returns for the
// caller to release; it sets errs[i] for each one not admitted. Besides the
// pool's rules (Mempool.Add: the sender can pay, nonce and gapped budgets)
// a create-mlsc must carry the chain's minimum bounty.
func (s *Sequencer) admit(txs []*rollup.Tx, froms []common.Address, errs []error) []Entry {
	var added, replaced []Entry
	idx := make([]int, 0, len(txs))
	s.stateMu.RLock()
	for i, tx := range txs {
		if tx == nil {
			continue
		}
		if c, ok := tx.Data().(*rollup.CreateMLSC); ok && c.Bounty.Lt(s.cfg.Chain.MinBountyOrDefault()) {
			errs[i] = fmt.Errorf("%w: bounty %s, minimum %s", rollup.ErrLowBounty, c.Bounty.Dec(), s.cfg.Chain.MinBountyOrDefault().Dec())
			continue
		}
		acc := s.state.Account(froms[i])
		e, old, err := s.pool.Add(tx, froms[i], &acc, s.cfg.Chain.Cost(tx), s.openProof(tx, &acc))
		if err != nil {
			errs[i] = err
			continue
		}
		if old != nil {
			replaced = append(replaced, *old)
		}
		added = append(added, e)
		idx = append(idx, i)
	}
	s.stateMu.RUnlock()
	if len(added) == 0 {
		return nil
	}
	if err := s.store.AddPendings(added, replaced); err != nil {
		for j, e := range added {
			s.pool.Remove(e.Tx.Hash())
			errs[idx[j]] = fmt.Errorf("persist pending tx: %w", err)
		}
		return nil
	}
	return added
}

// errBlockGasFull: a loss proof is left for a later block because the
// block's proofs already fill the batch gas budget.
var errBlockGasFull = errors.New("sequencer: block's proofs fill the L1 gas budget")

// errBlockFull: a transaction is left for a later block because the block
// would pass Config.MaxBlockBytes (rollup.MaxBlockSize) with it.
var errBlockFull = errors.New("sequencer: block is full")

// ProduceBlock builds, applies and persists the next block from queued
// deposits and executable mempool transactions, stopping before the block
// would pass Config.MaxBlockBytes (rollup.MaxBlockSize) encoded. Admission goes on while the block
// is persisted (it sees the new nonces); Head and View show the block once
// it is durable. It also evicts the nonce-gapped transactions that waited
// too long and drops every evicted one from the pending log.
func (s *Sequencer) ProduceBlock(ctx context.Context) (*rollup.Block, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cfg := s.cfg.Chain
	now := uint64(time.Now().Unix())
	// The L1 view never moves back: it starts at the head's and syncL1 only
	// advances it.
	hdr := rollup.Header{Number: s.head.Number + 1, ParentHash: s.head.Hash(),
		Time: max(now, s.head.Time), L1Number: s.l1Num, L1Hash: s.l1Hash}
	var (
		included []*rollup.Tx
		receipts []*rollup.Receipt
		meta     BlockMeta
		dropped  = map[common.Hash]string{}
		resolved = map[common.Hash]uint64{} // mempool txs included or dropped → seq
	)
	blockGas := s.newGasMeter()
	size, maxSize := rollup.NewBlockSizer(&hdr), rollup.MaxBlockSize
	if s.cfg.MaxBlockBytes > 0 {
		maxSize = s.cfg.MaxBlockBytes
	}
	apply := func(tx *rollup.Tx) error {
		if size.SizeWith(tx) > maxSize {
			return errBlockFull
		}
		if lp, ok := tx.Data().(*rollup.LossProof); ok {
			// Budget the proof's L1 verification before it applies.
			circuit, ok, err := s.state.ProofCircuit(cfg, lp)
			if err != nil {
				return err
			}
			if ok && blockGas.Gas()+blockGas.Cost(circuit) > s.cfg.gasBudget() {
				return errBlockGasFull
			}
		}
		rc, err := s.state.ApplyTx(cfg, tx, uint64(len(included)))
		if err != nil {
			return err
		}
		if p := rc.Proof; p != nil {
			lp := tx.Data().(*rollup.LossProof)
			blockGas.Add(p.Circuit)
			meta.Proofs = append(meta.Proofs, rollup.ProofRecord{MLSC: lp.MLSC, Round: lp.Round, Proof: lp.Proof,
				Digest: p.Digest, Circuit: p.Circuit})
		}
		included = append(included, tx)
		receipts = append(receipts, rc)
		size.Add(tx)
		return nil
	}
	s.stateMu.Lock()
	if err := s.state.BeginBlock(cfg, &hdr); err != nil {
		s.stateMu.Unlock()
		return nil, err
	}
	for len(s.depQ) > 0 && len(included) < s.cfg.MaxBlockTxs {
		d := s.depQ[0]
		tx, err := rollup.NewDeposit(d)
		if err == nil {
			err = apply(tx)
		}
		if errors.Is(err, errBlockFull) {
			break
		}
		if err != nil {
			s.log.Error("Deposit rejected", "nonce", d.L1Nonce, "err", err)
		}
		s.depQ = s.depQ[1:]
	}
	nonceOf := s.state.Nonce
	var touched []common.Address // senders of the mempool txs resolved
	for _, e := range s.pool.Executable(nonceOf, s.cfg.MaxBlockTxs-len(included)) {
		if err := apply(e.Tx); err != nil {
			if errors.Is(err, errBlockFull) {
				break // the rest waits for the next block, in order
			}
			if errors.Is(err, rollup.ErrNonce) || errors.Is(err, errBlockGasFull) {
				// An earlier tx of the account failed (wait for a replacement),
				// or the block's proofs fill what one L1 transaction can
				// verify: the tx stays pending for a later block.
				continue
			}
			dropped[e.Tx.Hash()] = err.Error()
			s.log.Debug("Transaction rejected", "hash", e.Tx.Hash(), "err", err)
		}
		resolved[e.Tx.Hash()] = e.Seq
		from, _ := e.Tx.Sender(cfg.ChainID) // recovered at admission
		touched = append(touched, from)
	}
	root, entries, err := s.state.Commit()
	g := s.state.Globals()
	s.stateMu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("commit state: %w", err)
	}
	meta.NextWithdrawal, meta.DepositsConsumed = g.NextWithdrawal, g.DepositsConsumed
	hdr.StateRoot, hdr.TxHash = root, rollup.TxListHash(included)
	blk := &rollup.Block{Header: hdr, Txs: included}

	// Every pending log entry below the oldest transaction that stays
	// pending is resolved, and goes as one range; resolved ones above it
	// go one by one.
	// Evicted entries (by admission to make room, or here by age) are gone
	// from the pool already, so the range below covers the older ones.
	s.pool.Expire()
	for _, ev := range s.pool.TakeEvicted() {
		if _, ok := resolved[ev.Tx.Hash()]; ok {
			continue // evicted while this block included or rejected it
		}
		s.pruned = append(s.pruned, ev.Seq)
		dropped[ev.Tx.Hash()] = ev.Reason
	}
	below := s.pool.Oldest(func(h common.Hash) bool { _, ok := resolved[h]; return ok })
	pend := PendingUpdate{From: s.pendingFrom, Below: below, Remove: s.pruned, Dropped: dropped}
	gone := make([]common.Hash, 0, len(resolved))
	for h, seq := range resolved {
		if seq >= below {
			pend.Remove = append(pend.Remove, seq)
		}
		gone = append(gone, h)
	}
	if err := s.store.CommitBlock(blk, &meta, receipts, entries, pend); err != nil {
		// The in-memory state is ahead of the store: only a restart from the
		// store is safe now.
		return nil, fmt.Errorf("persist block %d (restart required): %w", hdr.Number, err)
	}
	s.pendingFrom, s.pruned = max(s.pendingFrom, below), nil
	s.stateMu.RLock()
	for _, e := range s.pool.Resolve(nonceOf, gone, touched) {
		s.pruned = append(s.pruned, e.Seq)
	}
	s.stateMu.RUnlock()
	s.head = &blk.Header
	s.m.RecordBlock(hdr.Number, len(included), len(dropped), s.pool.Len())
	if len(included) > 0 {
		s.log.Debug("Produced block", "number", hdr.Number, "txs", len(included), "root", root)
	}
	return blk, nil
}

// MaybeSealBatch seals the unbatched blocks into a batch on DA once sealDue
// says so: at once if force is set, else once there are BatchBlocks of them,
// held for a second loss proof while ProofWaitBlocks allows.
func (s *Sequencer) MaybeSealBatch(ctx context.Context, force bool) error {
	s.sealMu.Lock()
	defer s.sealMu.Unlock()
	index, first, err := s.store.NextBatch()
	if err != nil {
		return err
	}
	s.mu.RLock()
	last := s.head.Number
	s.mu.RUnlock()
	if last < first || (!force && last-first+1 < s.cfg.BatchBlocks) {
		return nil
	}
	var proofs []uint64
	full, empty := false, false
	if !force {
		if err := s.scanUnbatched(first, last); err != nil {
			return err
		}
		proofs, full, empty = s.scan.proofs, s.scan.full(s.batchBytes, s.cfg.gasBudget()), !s.scan.txs
		if s.cfg.ProofWaitBlocks == 0 {
			proofs = nil
		}
	}
	due, deadline := sealDue(first, last, s.cfg.BatchBlocks, s.cfg.ProofWaitBlocks, s.cfg.HeartbeatBlocks, proofs, empty, full, force)
	s.m.RecordProofHold(!due && len(proofs) == 1)
	if !due {
		if len(proofs) == 1 && !s.scan.logged {
			s.scan.logged = true
			s.log.Debug("Holding batch for a second loss proof", "blocks", fmt.Sprintf("%d-%d", first, last),
				"proofBlock", proofs[0], "deadline", deadline)
		}
		return nil
	}
	rec, err := s.sealBatch(ctx, index, first, last)
	if err != nil {
		return err
	}
	s.m.RecordBatchSealed(rec.Index)
	s.log.Info("Sealed batch", "index", rec.Index, "blocks", fmt.Sprintf("%d-%d", rec.FirstBlock, rec.LastBlock),
		"withdrawals", rec.NextWithdrawal-rec.FirstWithdrawal, "proofs", len(rec.Proofs))
	select {
	case s.postKick <- struct{}{}:
	default:
	}
	return nil
}

// sealDue is the sealing policy for the unbatched blocks [first, last]
// (none if last < first). proofBlocks holds the number of the block carrying
// their first loss proof and then, once two of their proofs are for one
// circuit, the block of the second of those: at most two entries (a block
// with both is listed twice). empty says none of the blocks carries a
// transaction; full says the blocks fill a batch in bytes or L1 gas
// (sealBatch would cut it).
//
// They are due at once with force; else once there are batchBlocks of them
// and they fill a batch; else, when they are empty, only once there are
// heartbeat of them (never if heartbeat is 0): an empty batch costs L1 gas
// and settles nothing. Else they are due unless proofWait > 0 and they carry
// proofs but no two of one circuit: a batch verifier on L1 checks two proofs
// of its circuit for much less gas each than one alone, so the batch waits
// for a second proof until last reaches deadline, proofWait blocks past the
// first proof's block. deadline is set only when the batch is held for a
// proof.
func sealDue(first, last, batchBlocks, proofWait, heartbeat uint64, proofBlocks []uint64, empty, full, force bool) (due bool, deadline uint64) {
	switch {
	case last < first:
		return false, 0
	case force:
		return true, 0
	case last-first+1 < batchBlocks:
		return false, 0
	case full:
		return true, 0
	case empty:
		return heartbeat > 0 && last-first+1 >= heartbeat, 0
	case proofWait == 0 || len(proofBlocks) != 1:
		return true, 0
	}
	deadline = proofBlocks[0] + proofWait
	if deadline < proofBlocks[0] { // overflow: hold until a second proof or a full batch
		deadline = ^uint64(0)
	}
	if last >= deadline {
		return true, 0
	}
	return false, deadline
}

// unbatchedScan is what MaybeSealBatch has read of the unbatched blocks
// from first: blocks [first, next) hold size bytes encoded and proofs whose
// L1 gas gas estimates; txs says one of them carries a transaction; proofs
// lists the block of their first loss proof and of the first proof that
// pairs with an earlier one of its circuit (sealDue's proofBlocks), and
// circuits counts their proofs by circuit. It lets each call read only the
// blocks produced since the last one.
type unbatchedScan struct {
	first, next uint64
	size        int
	gas         *l1.GasMeter
	txs         bool
	proofs      []uint64
	circuits    map[common.Hash]int
	logged      bool // the hold of this batch was logged
}

// full says the scanned blocks fill a batch: sealBatch would cut them.
func (sc *unbatchedScan) full(maxBytes int, maxGas uint64) bool {
	return sc.size > maxBytes || sc.gas.Gas() > maxGas
}

// scanUnbatched brings s.scan up to block last for the unbatched blocks
// from first. It stops reading once the blocks fill a batch, which settles
// sealDue. s.sealMu must be held.
func (s *Sequencer) scanUnbatched(first, last uint64) error {
	sc := &s.scan
	if sc.first != first || sc.gas == nil {
		*sc = unbatchedScan{first: first, next: first, gas: s.newGasMeter(), circuits: map[common.Hash]int{}}
	}
	for ; sc.next <= last && !sc.full(s.batchBytes, s.cfg.gasBudget()); sc.next++ {
		meta, err := s.store.BlockMeta(sc.next)
		if err != nil {
			return fmt.Errorf("block meta %d: %w", sc.next, err)
		}
		size, err := s.store.BlockSize(sc.next)
		if err != nil {
			return fmt.Errorf("block %d: %w", sc.next, err)
		}
		if !sc.txs {
			blk, err := s.store.Block(sc.next)
			if err != nil {
				return fmt.Errorf("block %d: %w", sc.next, err)
			}
			sc.txs = len(blk.Txs) > 0
		}
		sc.size += size
		for _, p := range meta.Proofs {
			sc.gas.Add(p.Circuit)
			sc.circuits[p.Circuit]++
			if len(sc.proofs) == 0 || (len(sc.proofs) == 1 && sc.circuits[p.Circuit] == 2) {
				sc.proofs = append(sc.proofs, sc.next)
			}
		}
	}
	return nil
}

func (s *Sequencer) sealBatch(ctx context.Context, index, first, last uint64) (*BatchRecord, error) {
	var prevRoot common.Hash
	var firstW uint64
	prev, err := s.store.Block(first - 1)
	if err != nil {
		return nil, fmt.Errorf("block %d: %w", first-1, err)
	}
	prevRoot = prev.Header.StateRoot
	if first > 1 {
		pm, err := s.store.BlockMeta(first - 1)
		if err != nil {
			return nil, fmt.Errorf("block meta %d: %w", first-1, err)
		}
		firstW = pm.NextWithdrawal
	}
	batch := &rollup.Batch{Index: index}
	rec := &BatchRecord{Index: index, FirstBlock: first, PrevStateRoot: prevRoot, FirstWithdrawal: firstW}
	size := 0
	gas := s.newGasMeter()
	for n := first; n <= last; n++ {
		blk, err := s.store.Block(n)
		if err != nil {
			return nil, fmt.Errorf("block %d: %w", n, err)
		}
		meta, err := s.store.BlockMeta(n)
		if err != nil {
			return nil, fmt.Errorf("block meta %d: %w", n, err)
		}
		circuits := make([]common.Hash, len(meta.Proofs))
		for i, p := range meta.Proofs {
			circuits[i] = p.Circuit
		}
		enc, _ := blk.Encode()
		// Cut before the block that would pass the batch's byte or L1 gas
		// budget; a block alone always fits both (ProduceBlock).
		if len(batch.Blocks) > 0 && (size+len(enc) > s.batchBytes || gas.Gas()+gas.Cost(circuits...) > s.cfg.gasBudget()) {
			break
		}
		size += len(enc)
		gas.Add(circuits...)
		batch.Blocks = append(batch.Blocks, blk)
		rec.LastBlock, rec.StateRoot = n, blk.Header.StateRoot
		rec.NextWithdrawal, rec.DepositsConsumed = meta.NextWithdrawal, meta.DepositsConsumed
		rec.Proofs = append(rec.Proofs, meta.Proofs...)
	}
	data, err := batch.Encode()
	if err != nil {
		return nil, err
	}
	c, err := s.deps.DA.Put(ctx, data)
	if err != nil {
		return nil, fmt.Errorf("put batch %d on DA: %w", index, err)
	}
	applied := make([]rollup.AppliedProof, len(rec.Proofs))
	for i := range rec.Proofs {
		applied[i] = rec.Proofs[i].Applied()
	}
	s.mu.RLock()
	hdr, err := rollup.BuildBatchHeader(s.cfg.Chain, s.state, &rollup.BatchContents{Index: index, CID: c.Bytes(), Data: data,
		PrevStateRoot: rec.PrevStateRoot, StateRoot: rec.StateRoot, FirstWithdrawal: rec.FirstWithdrawal, NextWithdrawal: rec.NextWithdrawal,
		DepositsConsumed: rec.DepositsConsumed, L2Height: rec.LastBlock, Proofs: applied})
	s.mu.RUnlock()
	if err != nil {
		return nil, fmt.Errorf("header of batch %d: %w", index, err)
	}
	rec.CID, rec.DataHash, rec.WithdrawalRoot = hdr.CID, hdr.DataHash, hdr.WithdrawalRoot
	if err := s.store.PutBatch(rec); err != nil {
		return nil, fmt.Errorf("store batch %d: %w", index, err)
	}
	return rec, nil
}

func (s *Sequencer) postLoop(ctx context.Context) {
	defer s.wg.Done()
	t := time.NewTicker(2 * s.cfg.BlockTime)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.postKick:
		}
		if err := s.PostBatches(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("Batch posting failed; will retry", "err", err)
		}
	}
}

// PostBatches submits every sealed batch L1 has not seen, in order.
func (s *Sequencer) PostBatches(ctx context.Context) error {
	next, err := s.deps.Poster.NextBatchIndex(ctx)
	if err != nil {
		return fmt.Errorf("next batch index: %w", err)
	}
	sealed, _, err := s.store.NextBatch()
	if err != nil {
		return err
	}
	for i := next; i < sealed; i++ {
		rec, err := s.store.Batch(i)
		if err != nil {
			return fmt.Errorf("batch %d: %w", i, err)
		}
		tx, blk, err := s.deps.Poster.PostBatch(ctx, rec.Header(), rec.Proofs)
		if err != nil {
			return fmt.Errorf("post batch %d: %w", i, err)
		}
		rec.L1Tx, rec.L1Block = tx, blk
		if err := s.store.UpdateBatch(rec); err != nil {
			return err
		}
		s.m.RecordBatchPosted(i, len(rec.Proofs))
		s.log.Info("Batch settled on L1", "index", i, "l1Tx", tx, "l1Block", blk, "proofs", len(rec.Proofs))
	}
	return nil
}

// Head returns the latest header.
func (s *Sequencer) Head() rollup.Header {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return *s.head
}

// View runs fn with read access to the current state. fn must not keep
// the state.
func (s *Sequencer) View(fn func(st *rollup.State, head *rollup.Header) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return fn(s.state, s.head)
}

// Store exposes the block store for reads.
func (s *Sequencer) Store() *Store { return s.store }
