// Package sequencer orders L2 transactions into blocks, keeps the chain in a
// pebble store that survives kill -9 at any point, serves the nrn_ JSON-RPC
// API, reads deposits from L1 and seals blocks into batches for DA and L1.
package sequencer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
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

// ForcedView is the L1 forced queue (Rollup.forceInclude). An L1View that
// also implements it (l1client.Client does) has its entries applied in
// index order, after the block's deposits and before mempool transactions,
// as soon as they are confirmed: L1 refuses batches that leave one out past
// the Rollup's forcedWindow, and lets anyone enter exodus then. A view
// without it (tests of the L2 alone) has no forced queue.
type ForcedView interface {
	// ForcedTxs returns the entries with index >= fromIndex queued in L1
	// blocks up to and including upTo, in index order.
	ForcedTxs(ctx context.Context, fromIndex, upTo uint64) ([]*rollup.Forced, error)
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
	// MaxBlockBytes bounds a block's size in a batch (rollup.Block.Size); 0 means rollup.MaxBlockSize,
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
	forcQ  []*rollup.Forced // confirmed forced entries not yet applied, in index order
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

	batcher *Batcher

	cancel  context.CancelFunc
	wg      sync.WaitGroup
	stopped atomic.Bool
}

// gasBudget is the L1 gas budget of one batch.
func (c *Config) gasBudget() uint64 {
	if c.BatchGasBudget == 0 {
		return l1.BatchGasBudget
	}
	return c.BatchGasBudget
}

// newGasMeter returns a meter for one batch's (or block's) proofs.
func (c *Config) newGasMeter() *l1.GasMeter {
	return l1.NewGasMeter(func(id common.Hash) l1.VerifierKind { return c.L1Verifiers[id] })
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
	s := &Sequencer{cfg: cfg, deps: deps, log: deps.Log, m: deps.Metrics, pool: NewMempool(cfg.mempoolLimits())}
	if err := s.initStore(); err != nil {
		return nil, fmt.Errorf("init store: %w", err)
	}
	s.batcher = newBatcher(&s.cfg, s.store, deps, s)
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
			replaced, err = s.pool.Restore(e, from, &acc, s.cfg.Chain.Cost(e.Tx, s.state.BaseFee()), s.openProof(e.Tx, &acc))
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

// Start runs block production, batch sealing and batch posting, each on a
// loop of its own, until Stop.
func (s *Sequencer) Start(ctx context.Context) error {
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	s.wg.Add(2)
	go s.blockLoop(ctx)
	go func() {
		defer s.wg.Done()
		s.batcher.sealLoop(ctx)
	}()
	if s.deps.Poster != nil {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			s.batcher.postLoop(ctx)
		}()
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

// Batcher is the sequencer's batcher: it seals produced blocks into batches
// and settles them on L1.
func (s *Sequencer) Batcher() *Batcher { return s.batcher }

// MaybeSealBatch is Batcher().MaybeSealBatch.
func (s *Sequencer) MaybeSealBatch(ctx context.Context, force bool) error {
	return s.batcher.MaybeSealBatch(ctx, force)
}

// PostBatches is Batcher().PostBatches.
func (s *Sequencer) PostBatches(ctx context.Context) error { return s.batcher.PostBatches(ctx) }
