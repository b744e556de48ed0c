// Package trainer is Neuron's trainer daemon: it stakes, follows open MLSCs,
// trains each round from the best checkpoint, publishes the checkpoint and
// its per-example loss trace on DA, and commits and then reveals claims that
// beat the best loss, journaling every claim so that a crash at any point
// neither commits twice nor loses a reveal. docs/trainer.md describes its
// operation.
package trainer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcapi"
	"github.com/neuron-rollup/neuron/rpcclient"
)

var (
	// ErrBalance is wrapped when the L2 balance cannot cover the stake.
	ErrBalance = errors.New("trainer: L2 balance too small to stake")
	// ErrStakeLocked: the stake cannot be released while the account has
	// open claims (Daemon.Unstake).
	ErrStakeLocked = errors.New("trainer: stake locked by open claims")
	// ErrLocked is wrapped when another daemon holds the data directory.
	ErrLocked = errors.New("trainer: data directory in use")
	// ErrStarted is returned by a second Start.
	ErrStarted = errors.New("trainer: already started")

	errWindowClosed = errors.New("commit window closed during training")
	errStaleRound   = errors.New("the MLSC moved on to another round or phase")
)

// SequencerClient is what the daemon needs from the sequencer's RPC API;
// *rpcclient.Client implements it.
type SequencerClient interface {
	ChainID(ctx context.Context) (uint64, error)
	BlockNumber(ctx context.Context) (uint64, error)
	Account(ctx context.Context, a common.Address) (*rpcapi.Account, error)
	MLSCs(ctx context.Context) ([]uint64, error)
	MLSC(ctx context.Context, id uint64) (*rpcapi.MLSCView, error)
	Round(ctx context.Context, id, round uint64) (*rollup.Round, error)
	SendTx(ctx context.Context, tx *rollup.Tx) (common.Hash, error)
	EstimateFee(ctx context.Context, tx *rollup.Tx) (*rpcapi.FeeEstimate, error)
	TxStatus(ctx context.Context, h common.Hash) (*rpcapi.TxStatus, error)
	WaitTx(ctx context.Context, h common.Hash) (*rollup.Receipt, error)
}

var _ SequencerClient = (*rpcclient.Client)(nil)

type roundKey [2]uint64

// Daemon is the trainer service. Start, Stop and Stopped are safe for
// concurrent use; everything else runs on the daemon's own goroutines.
type Daemon struct {
	cfg     Config
	log     log.Logger
	key     *ecdsa.PrivateKey
	addr    common.Address
	seq     SequencerClient
	store   da.Store
	metrics Metricer
	journal *journal
	lock    *os.File
	clock   *blockClock
	speeds  *speeds
	// hook, if set, is called at named points of training, of the commit
	// and reveal sequence (with the transaction concerned) and of loading
	// or patching a dataset (with its dataset root); tests kill the process
	// there.
	hook func(point string, tx common.Hash)

	chainID uint64

	// Owned by the loop goroutine.
	claims  map[roundKey]*Claim
	skipped map[roundKey]string
	seen    map[uint64]string // last logged "round/phase" per MLSC
	job     *trainJob

	mu       sync.Mutex
	health   Health
	datasets map[string]*Dataset

	cancel  context.CancelFunc
	wg      sync.WaitGroup
	started atomic.Bool
	stopped atomic.Bool
	httpSrv *http.Server
	httpLn  net.Listener
}

// Health is the daemon's state as GET /healthz serves it.
type Health struct {
	Status    string         `json:"status"` // starting, ok, error, stopped
	Address   common.Address `json:"address"`
	ChainID   uint64         `json:"chainId"`
	Height    uint64         `json:"height"`
	LastTick  time.Time      `json:"lastTick"`
	LastError string         `json:"lastError,omitempty"`
	Training  *TrainingState `json:"training,omitempty"`
	Claims    []ClaimSummary `json:"claims"`
}

// TrainingState describes the training run in progress.
type TrainingState struct {
	MLSC          uint64  `json:"mlsc"`
	Round         uint64  `json:"round"`
	Epoch         int     `json:"epoch"`
	Epochs        int     `json:"epochs"`
	Loss          float64 `json:"loss"`
	SamplesPerSec float64 `json:"samplesPerSec"`
	// ETASeconds is the time the remaining epochs should take at the pace
	// of the epochs done so far.
	ETASeconds float64 `json:"etaSeconds"`
}

// ClaimSummary is one journaled claim in Health.
type ClaimSummary struct {
	MLSC    uint64     `json:"mlsc"`
	Round   uint64     `json:"round"`
	LossSum uint64     `json:"lossSum"`
	State   ClaimState `json:"state"`
	Reason  string     `json:"reason,omitempty"`
	Settled string     `json:"settled,omitempty"` // how a revealed claim's round ended
}

// New checks cfg and deps, opens the journal and locks the data directory.
// Nothing talks to the sequencer before Start. Call Stop to release the
// directory even if Start is never called.
func New(cfg Config, deps Deps) (*Daemon, error) {
	if err := errors.Join(cfg.Check(), deps.check()); err != nil {
		return nil, err
	}
	d := &Daemon{
		cfg: cfg, log: deps.Log, key: deps.Key, addr: crypto.PubkeyToAddress(deps.Key.PublicKey),
		seq: deps.Sequencer, store: deps.DA, metrics: deps.Metrics,
		claims: make(map[roundKey]*Claim), skipped: make(map[roundKey]string), seen: make(map[uint64]string),
		datasets: make(map[string]*Dataset), speeds: newSpeeds(),
	}
	blocks := deps.Blocks
	if blocks == nil {
		blocks, _ = deps.Sequencer.(BlockTimestamps)
	}
	d.clock = &blockClock{blocks: blocks}
	if d.log == nil {
		d.log = log.NewLogger(log.DiscardHandler())
	}
	d.log = d.log.New("trainer", d.addr)
	if d.metrics == nil {
		d.metrics = NewMetrics()
	}
	d.health = Health{Status: "starting", Address: d.addr, Claims: []ClaimSummary{}}
	if err := CheckDevice(cfg.Device); err != nil {
		return nil, fmt.Errorf("init device: %w", err)
	}
	if err := d.initDataDir(); err != nil {
		return nil, fmt.Errorf("init data dir: %w", err)
	}
	return d, nil
}

func (d *Daemon) initDataDir() error {
	if err := os.MkdirAll(d.cfg.DataDir, 0o700); err != nil {
		return err
	}
	lock, err := lockFile(filepath.Join(d.cfg.DataDir, "LOCK"))
	if err != nil {
		return err
	}
	d.lock = lock
	j, err := openJournal(filepath.Join(d.cfg.DataDir, "journal"))
	if err != nil {
		return errors.Join(err, unlockFile(lock))
	}
	d.journal = j
	return nil
}

// Address is the trainer's L2 address.
func (d *Daemon) Address() common.Address { return d.addr }

// HTTPAddr is the address the health server listens on, once started ("" if
// none).
func (d *Daemon) HTTPAddr() string {
	if d.httpLn == nil {
		return ""
	}
	return d.httpLn.Addr().String()
}

// Health returns a snapshot of the daemon's state.
func (d *Daemon) Health() Health {
	d.mu.Lock()
	defer d.mu.Unlock()
	h := d.health
	if h.Training != nil {
		t := *h.Training
		h.Training = &t
	}
	h.Claims = append([]ClaimSummary{}, h.Claims...)
	return h
}

// Start registers the stake, loads the journal, serves HTTP if configured
// and starts the loop. It fails with an error wrapping ErrBalance if the L2
// balance cannot cover the stake.
func (d *Daemon) Start(ctx context.Context) error {
	if d.started.Swap(true) {
		return ErrStarted
	}
	if err := d.start(ctx); err != nil {
		return errors.Join(err, d.Stop(ctx))
	}
	return nil
}

func (d *Daemon) start(ctx context.Context) error {
	id, err := d.seq.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("chain id: %w", err)
	}
	d.chainID = id
	d.setHealth(func(h *Health) { h.ChainID = id })
	claims, err := d.journal.load()
	if err != nil {
		return fmt.Errorf("load journal: %w", err)
	}
	for _, c := range claims {
		if c.Trainer != d.addr {
			return fmt.Errorf("load journal: claim for MLSC %d round %d belongs to %s, this key is %s", c.MLSC, c.Round, c.Trainer, d.addr)
		}
		d.claims[roundKey{c.MLSC, c.Round}] = c
		if c.State == ClaimCommitting || c.State == ClaimCommitted {
			d.log.Info("Resuming journaled claim", "mlsc", c.MLSC, "round", c.Round, "state", c.State, "loss_sum", c.LossSum)
		}
	}
	d.publishClaims()
	if err := d.ensureStake(ctx); err != nil {
		return fmt.Errorf("stake: %w", err)
	}
	if d.cfg.HTTPAddr != "" {
		if err := d.startHTTP(); err != nil {
			return fmt.Errorf("http: %w", err)
		}
	}
	loopCtx, cancel := context.WithCancel(context.Background())
	d.cancel = cancel
	d.wg.Add(1)
	go d.loop(loopCtx)
	d.log.Info("Trainer started", "chain", id, "data_dir", d.cfg.DataDir, "mlscs", d.cfg.MLSCs, "http", d.HTTPAddr())
	return nil
}

// Stop cancels training, waits for the loop to end, shuts the HTTP server
// down and releases the data directory. A claim being committed or revealed
// is left in the journal for the next start.
func (d *Daemon) Stop(ctx context.Context) error {
	if d.stopped.Swap(true) {
		return nil
	}
	if d.cancel != nil {
		d.cancel()
	}
	var errs []error
	if d.httpSrv != nil {
		errs = append(errs, d.httpSrv.Shutdown(ctx))
	}
	d.wg.Wait()
	if d.cfg.UnstakeOnExit {
		if _, err := d.Unstake(ctx); err != nil {
			d.log.Warn("Unstake on exit failed", "err", err)
		}
	}
	if d.lock != nil {
		errs = append(errs, unlockFile(d.lock))
	}
	d.setHealth(func(h *Health) { h.Status = "stopped" })
	d.log.Info("Trainer stopped")
	return errors.Join(errs...)
}

// Stopped reports whether Stop was called.
func (d *Daemon) Stopped() bool { return d.stopped.Load() }

func (d *Daemon) setHealth(f func(h *Health)) {
	d.mu.Lock()
	f(&d.health)
	d.mu.Unlock()
}

func (d *Daemon) publishClaims() {
	var cs []ClaimSummary
	for _, c := range d.claims {
		cs = append(cs, ClaimSummary{MLSC: c.MLSC, Round: c.Round, LossSum: c.LossSum, State: c.State, Reason: c.Reason, Settled: c.Settled})
	}
	sortClaims(cs)
	d.setHealth(func(h *Health) { h.Claims = cs })
}

func toU256(b *hexutil.Big) *uint256.Int {
	if b == nil {
		return new(uint256.Int)
	}
	v, overflow := uint256.FromBig((*big.Int)(b))
	if overflow {
		return new(uint256.Int).SetAllOne()
	}
	return v
}

// ensureStake tops the stake up to Config.MinStake.
func (d *Daemon) ensureStake(ctx context.Context) error {
	want := d.cfg.MinStake
	if want == nil || want.IsZero() {
		return nil
	}
	acc, err := d.seq.Account(ctx, d.addr)
	if err != nil {
		return fmt.Errorf("account %s: %w", d.addr, err)
	}
	stake, bal := toU256(acc.Stake), toU256(acc.Balance)
	if !stake.Lt(want) {
		d.log.Info("Stake in place", "stake", stake.Dec(), "min_stake", want.Dec(), "balance", bal.Dec())
		return nil
	}
	need := new(uint256.Int).Sub(want, stake)
	if bal.Lt(need) {
		return fmt.Errorf("%w: account %s has balance %s and stake %s; staking %s needs %s more on L2 (bridge NRN to it first)",
			ErrBalance, d.addr, bal.Dec(), stake.Dec(), want.Dec(), need.Dec())
	}
	d.log.Info("Staking", "amount", need.Dec(), "stake", stake.Dec(), "min_stake", want.Dec(), "balance", bal.Dec())
	_, err = d.send(ctx, func(n uint64) rollup.TxData { return &rollup.Stake{Nonce: n, Amount: need} }, nil)
	return err
}

// Unstake releases the account's whole stake to its balance (the nrn
// unstake of the daemon's key). The STF refuses while the account has open
// claims (rollup.ErrStakeLocked): reveals of rounds not yet settled, period
// votes of unsettled epochs. A round that has ended (its best reveal's loss
// proof applied, or its best revealer slashed) releases its claims over the
// block starts after it (rollup.MaxBlockReleases a block), so for a block or
// more after a proof the stake is still locked: Unstake then waits for the
// release, polling every Config.PollInterval for at most Config.TxTimeout
// (and while ctx lasts). It returns ErrStakeLocked, sending nothing, at once
// while a reveal of this daemon's is in a round that has not ended (naming
// those rounds), and after the wait if claims are still open. It returns
// nil, nil if nothing is staked.
func (d *Daemon) Unstake(ctx context.Context) (*rollup.Receipt, error) {
	acc, err := d.seq.Account(ctx, d.addr)
	if err != nil {
		return nil, fmt.Errorf("account %s: %w", d.addr, err)
	}
	if toU256(acc.Stake).IsZero() {
		return nil, nil
	}
	if acc.OpenClaims > 0 {
		if acc, err = d.awaitRelease(ctx, acc); err != nil {
			return nil, err
		}
	}
	stake := toU256(acc.Stake) // read again: a slash may have taken some
	if stake.IsZero() {
		return nil, nil
	}
	d.log.Info("Unstaking", "amount", stake.Dec())
	return d.send(ctx, func(n uint64) rollup.TxData { return &rollup.Unstake{Nonce: n, Amount: stake} }, nil)
}

// awaitRelease waits, as Unstake says, until account acc (read with open
// claims) has none open, and returns it as read then.
func (d *Daemon) awaitRelease(ctx context.Context, acc *rpcapi.Account) (*rpcapi.Account, error) {
	live, err := d.liveReveals(ctx)
	if err != nil {
		return nil, err
	}
	if len(live) > 0 {
		return nil, fmt.Errorf("%w: %d open claims of %s; the rounds of its reveals in %v have not ended (proof window open)",
			ErrStakeLocked, acc.OpenClaims, d.addr, live)
	}
	d.log.Info("Waiting for the claims of ended rounds to be released before unstaking", "open_claims", uint64(acc.OpenClaims), "max_wait", d.cfg.TxTimeout)
	deadline := time.NewTimer(d.cfg.TxTimeout)
	defer deadline.Stop()
	tick := time.NewTicker(d.cfg.PollInterval)
	defer tick.Stop()
	for acc.OpenClaims > 0 {
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("%w: %d claims of %s still open: %w", ErrStakeLocked, acc.OpenClaims, d.addr, ctx.Err())
		case <-deadline.C:
			return nil, fmt.Errorf("%w: %d claims of %s still open after %s (period votes of an unsettled epoch, or reveals this daemon did not make)",
				ErrStakeLocked, acc.OpenClaims, d.addr, d.cfg.TxTimeout)
		case <-tick.C:
		}
		next, err := d.seq.Account(ctx, d.addr)
		if err != nil {
			return nil, fmt.Errorf("account %s: %w", d.addr, err)
		}
		acc = next
	}
	return acc, nil
}

// liveReveals lists, as "MLSC m round r", this daemon's revealed claims whose
// round has not ended: no loss proof applied and nobody slashed.
func (d *Daemon) liveReveals(ctx context.Context) ([]string, error) {
	var live []string
	for _, c := range d.Health().Claims {
		if c.State != ClaimRevealed || c.Settled != "" {
			continue
		}
		r, err := d.seq.Round(ctx, c.MLSC, c.Round)
		if err != nil {
			return nil, fmt.Errorf("get round %d of MLSC %d: %w", c.Round, c.MLSC, err)
		}
		if !r.Proven && !r.Slashed {
			live = append(live, fmt.Sprintf("MLSC %d round %d", c.MLSC, c.Round))
		}
	}
	return live, nil
}

// send signs the transaction built for the account's current nonce, calls
// before with it (to journal its hash), submits it and waits for inclusion.
// The daemon keeps at most one transaction in flight, so the state nonce is
// the next one.
func (d *Daemon) send(ctx context.Context, build func(nonce uint64) rollup.TxData, before func(*rollup.Tx) error) (*rollup.Receipt, error) {
	acc, err := d.seq.Account(ctx, d.addr)
	if err != nil {
		return nil, fmt.Errorf("account: %w", err)
	}
	est, err := d.seq.EstimateFee(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("estimate fee: %w", err)
	}
	feeCap, err := est.Cap() // the sequencer's suggestion: twice the next base fee
	if err != nil {
		return nil, err
	}
	tx, err := rollup.SignTxCap(build(uint64(acc.Nonce)), d.chainID, feeCap, d.key)
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	if before != nil {
		if err := before(tx); err != nil {
			return nil, err
		}
		d.at(tx.Type().String()+"-journaled", tx.Hash())
	}
	if _, err := d.seq.SendTx(ctx, tx); err != nil && !errors.Is(err, rpcapi.ErrKnownTx) {
		return nil, fmt.Errorf("send %s: %w", tx.Type(), err)
	}
	d.at(tx.Type().String()+"-sent", tx.Hash())
	rc, err := d.wait(ctx, tx.Hash())
	if err == nil {
		d.at(tx.Type().String()+"-included", tx.Hash())
	}
	return rc, err
}

// at calls the test hook, if any, at a named point.
func (d *Daemon) at(point string, tx common.Hash) {
	if d.hook != nil {
		d.hook(point, tx)
	}
}

func (d *Daemon) wait(ctx context.Context, h common.Hash) (*rollup.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, d.cfg.TxTimeout)
	defer cancel()
	rc, err := d.seq.WaitTx(ctx, h)
	if err != nil {
		return nil, fmt.Errorf("wait for %s: %w", h, err)
	}
	return rc, nil
}

func (d *Daemon) loop(ctx context.Context) {
	defer d.wg.Done()
	t := time.NewTicker(d.cfg.PollInterval)
	defer t.Stop()
	for {
		err := d.tick(ctx)
		if ctx.Err() != nil {
			break
		}
		if err != nil {
			d.log.Warn("Trainer tick failed", "err", err)
		}
		d.setHealth(func(h *Health) {
			h.LastTick = time.Now()
			h.Status, h.LastError = "ok", ""
			if err != nil {
				h.Status, h.LastError = "error", err.Error()
			}
		})
		var jobDone <-chan struct{}
		if d.job != nil {
			jobDone = d.job.done
		}
		select {
		case <-ctx.Done():
		case <-t.C:
		case <-jobDone:
		}
		if ctx.Err() != nil {
			break
		}
	}
	if d.job != nil { // cancelled with ctx; wait so that its goroutine ends first
		<-d.job.done
	}
}

// tick looks at every followed MLSC once.
func (d *Daemon) tick(ctx context.Context) error {
	height, err := d.seq.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("block number: %w", err)
	}
	d.setHealth(func(h *Health) { h.Height = height })
	d.clock.observe(height, time.Now())
	ids := d.cfg.MLSCs
	if len(ids) == 0 {
		if ids, err = d.seq.MLSCs(ctx); err != nil {
			return fmt.Errorf("list MLSCs: %w", err)
		}
	}
	var errs []error
	if d.job != nil {
		select {
		case <-d.job.done:
			j := d.job
			d.job = nil
			d.setHealth(func(h *Health) { h.Training = nil })
			if err := d.finishJob(ctx, j); err != nil {
				errs = append(errs, fmt.Errorf("MLSC %d round %d: %w", j.mlsc, j.round, err))
			}
		default:
		}
	}
	for _, id := range ids {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err := d.follow(ctx, id); err != nil {
			errs = append(errs, fmt.Errorf("MLSC %d: %w", id, err))
		}
	}
	d.publishClaims()
	return errors.Join(errs...)
}

// follow advances one MLSC: resolves journaled claims, reveals, and starts
// training for a round this trainer has not committed to.
func (d *Daemon) follow(ctx context.Context, id uint64) error {
	m, err := d.seq.MLSC(ctx, id)
	if err != nil {
		return fmt.Errorf("get MLSC: %w", err)
	}
	d.logPhase(m)
	if j := d.job; j != nil && j.mlsc == id && (m.Round != j.round || m.Phase != rollup.PhaseCommit) && j.ctx.Err() == nil {
		d.log.Warn("The round being trained left its commit phase: dropping its work", "mlsc", id, "trained_round", j.round,
			"round", m.Round, "phase", m.PhaseName)
		j.cancel(errStaleRound)
	}
	var errs []error
	for k, c := range d.claims { // claims of earlier rounds still open
		if k[0] == id && (k[1] < m.Round || m.Phase == rollup.PhaseDone) && open(c) {
			errs = append(errs, d.closeStale(ctx, m, c))
		}
	}
	for k, c := range d.claims { // revealed claims of rounds that moved on: how did they end?
		if k[0] == id && (k[1] < m.Round || m.Phase == rollup.PhaseDone) && c.State == ClaimRevealed && c.Settled == "" {
			errs = append(errs, d.settle(ctx, c))
		}
	}
	for k := range d.skipped {
		if k[0] == id && k[1] < m.Round {
			delete(d.skipped, k)
		}
	}
	if m.Phase == rollup.PhaseDone {
		return errors.Join(errs...)
	}
	key := roundKey{id, m.Round}
	c := d.claims[key]
	switch {
	case c != nil && c.State == ClaimCommitting:
		errs = append(errs, d.resolveCommit(ctx, m, c))
	case c != nil && c.State == ClaimCommitted && m.Phase == rollup.PhaseReveal:
		errs = append(errs, d.reveal(ctx, m, c))
	case c != nil && c.State == ClaimCommitted && m.Phase == rollup.PhaseProof:
		errs = append(errs, d.closeStale(ctx, m, c))
	case c == nil && m.Phase == rollup.PhaseCommit && d.job == nil && d.skipped[key] == "":
		errs = append(errs, d.startJob(ctx, m))
	}
	return errors.Join(errs...)
}

func (d *Daemon) logPhase(m *rpcapi.MLSCView) {
	s := fmt.Sprintf("%d/%s", m.Round, m.PhaseName)
	if d.seen[m.ID] == s {
		return
	}
	d.seen[m.ID] = s
	var deadline uint64
	switch m.Phase {
	case rollup.PhaseCommit:
		deadline = m.CommitEnd
	case rollup.PhaseReveal:
		deadline = m.RevealEnd
	case rollup.PhaseProof:
		deadline = m.ProofEnd
	}
	best := "none"
	if m.BestLossSum != ^uint64(0) {
		best = fmt.Sprint(m.BestLossSum)
	}
	d.log.Info("MLSC phase", "mlsc", m.ID, "round", m.Round, "phase", m.PhaseName, "height", m.Height,
		"deadline_blocks", blocksLeft(deadline, m.Height), "best_loss_sum", best, "model", m.Spec.Shape().String())
}

func blocksLeft(end, height uint64) uint64 {
	if end <= height {
		return 0
	}
	return end - height
}

// deadline formats blocks left to a deadline, with the time they take if
// the block time is known: "40 blocks (~8s)".
func deadline(blocks uint64, blockTime time.Duration) string {
	if blockTime <= 0 {
		return fmt.Sprintf("%d blocks", blocks)
	}
	return fmt.Sprintf("%d blocks (~%s)", blocks, round(time.Duration(blocks)*blockTime))
}

// promRegistry is the registry /metrics serves, if the Metricer has one.
func (d *Daemon) promRegistry() *prometheus.Registry {
	if m, ok := d.metrics.(*Metrics); ok {
		return m.Registry
	}
	return nil
}
