package prover

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"

	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcapi"
	"github.com/neuron-rollup/neuron/rpcclient"
)

// Config configures the prover service.
type Config struct {
	PollInterval time.Duration
	ChainID      uint64
	// RewardTo, if set, is paid the prover share of each round this
	// service's proof settles (rollup.LossProof.RewardTo); zero: the
	// signing key is.
	RewardTo common.Address
}

// Check validates the config.
func (c *Config) Check() error {
	var errs []error
	if c.PollInterval <= 0 {
		errs = append(errs, fmt.Errorf("prover: poll interval %s must be positive", c.PollInterval))
	}
	if c.ChainID == 0 {
		errs = append(errs, errors.New("prover: chain id unset"))
	}
	return errors.Join(errs...)
}

// Deps are the service's collaborators.
type Deps struct {
	Log     log.Logger
	Client  *rpcclient.Client
	Engine  *Engine
	Key     *ecdsa.PrivateKey // signs LossProof transactions
	Metrics Metricer
}

// Metricer records prover metrics.
type Metricer interface {
	RecordProof(seconds float64, ok bool)
	// RecordPeakRSS records the process's peak resident set size after a proof.
	RecordPeakRSS(bytes uint64)
}

type noopMetrics struct{}

func (noopMetrics) RecordProof(float64, bool) {}
func (noopMetrics) RecordPeakRSS(uint64)      {}

// Service watches the sequencer for rounds in their proof phase and proves
// the best claim of each.
type Service struct {
	cfg  Config
	deps Deps
	log  log.Logger

	mu   sync.Mutex
	done map[[2]uint64]bool // rounds proven or found unprovable

	cancel  context.CancelFunc
	wg      sync.WaitGroup
	stopped atomic.Bool
	proofs  atomic.Uint64
}

// New checks the config and builds the service.
func New(cfg Config, deps Deps) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if deps.Client == nil || deps.Engine == nil || deps.Key == nil {
		return nil, errors.New("prover: client, engine and key are required")
	}
	if deps.Log == nil {
		deps.Log = log.NewLogger(slog.DiscardHandler)
	}
	if deps.Metrics == nil {
		deps.Metrics = noopMetrics{}
	}
	return &Service{cfg: cfg, deps: deps, log: deps.Log, done: make(map[[2]uint64]bool)}, nil
}

// Start runs the watch loop until Stop.
func (s *Service) Start(ctx context.Context) error {
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		t := time.NewTicker(s.cfg.PollInterval)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			if err := s.Poll(ctx); err != nil && ctx.Err() == nil {
				s.log.Warn("Prover poll failed", "err", err)
			}
		}
	}()
	return nil
}

// Stop ends the loop; a proof in flight is abandoned.
func (s *Service) Stop(ctx context.Context) error {
	if s.stopped.Swap(true) {
		return nil
	}
	if s.cancel != nil {
		s.cancel()
	}
	s.wg.Wait()
	return nil
}

// Stopped reports whether Stop was called.
func (s *Service) Stopped() bool { return s.stopped.Load() }

// Proofs is the number of proofs accepted on L2 so far.
func (s *Service) Proofs() uint64 { return s.proofs.Load() }

// Poll proves every round currently waiting for a proof.
func (s *Service) Poll(ctx context.Context) error {
	c := s.deps.Client
	ids, err := c.MLSCs(ctx)
	if err != nil {
		return fmt.Errorf("list MLSCs: %w", err)
	}
	for _, id := range ids {
		m, err := c.MLSC(ctx, id)
		if err != nil {
			return fmt.Errorf("MLSC %d: %w", id, err)
		}
		if m.Phase != rollup.PhaseProof {
			continue
		}
		key := [2]uint64{id, m.Round}
		s.mu.Lock()
		seen := s.done[key]
		s.mu.Unlock()
		if seen {
			continue
		}
		err = s.proveRound(ctx, m)
		if errors.Is(err, ErrUnprovable) {
			s.log.Warn("Claim is unprovable; the trainer will be slashed", "mlsc", id, "round", m.Round, "err", err)
		} else if err != nil {
			return err
		}
		s.mu.Lock()
		s.done[key] = true
		s.mu.Unlock()
	}
	return nil
}

func (s *Service) proveRound(ctx context.Context, m *rpcapi.MLSCView) error {
	c := s.deps.Client
	r, err := c.Round(ctx, m.ID, m.Round)
	if err != nil {
		return fmt.Errorf("round %d/%d: %w", m.ID, m.Round, err)
	}
	if r.Best == 0 || r.Proven {
		return nil
	}
	claim, err := c.Claim(ctx, m.ID, m.Round)
	if err != nil {
		return fmt.Errorf("claim %d/%d: %w", m.ID, m.Round, err)
	}
	best := r.Reveals[r.Best-1]
	start := time.Now()
	proof, err := s.deps.Engine.Prove(ctx, &m.Spec, claim, &best)
	s.deps.Metrics.RecordProof(time.Since(start).Seconds(), err == nil)
	if err != nil {
		return fmt.Errorf("prove MLSC %d round %d: %w", m.ID, m.Round, err)
	}
	// Proving is what makes a prover's memory peak (keys, witness, MSM and FFT buffers), so
	// the process peak after a proof is the figure operators size machines by.
	peak, _ := PeakRSS()
	s.deps.Metrics.RecordPeakRSS(peak)
	s.log.Info("Proved claim", "mlsc", m.ID, "round", m.Round, "trainer", claim.Trainer, "lossSum", claim.LossSum,
		"seconds", time.Since(start).Round(time.Millisecond), "peakMiB", peak>>20)
	rc, err := c.Submit(ctx, s.deps.Key, s.cfg.ChainID, func(nonce uint64) rollup.TxData {
		return &rollup.LossProof{Nonce: nonce, MLSC: m.ID, Round: m.Round, Proof: proof, RewardTo: s.cfg.RewardTo}
	})
	if err != nil {
		if r, rerr := c.Round(ctx, m.ID, m.Round); rerr == nil && r.Proven {
			// Another prover's proof settled the round first: ours was
			// rejected whole, so it cost nothing but the proving time.
			s.log.Info("Round already proven by another prover; our proof was rejected", "mlsc", m.ID, "round", m.Round, "err", err)
			return nil
		}
		return fmt.Errorf("loss proof for MLSC %d round %d: %w", m.ID, m.Round, err)
	}
	s.proofs.Add(1)
	s.log.Info("Loss proof accepted on L2", "mlsc", m.ID, "round", m.Round, "tx", rc.TxHash, "height", rc.Height, "prover_reward", rc.ProverReward)
	return nil
}
