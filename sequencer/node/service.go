// Package node runs nrn-sequencer: the sequencer with its JSON-RPC server,
// L1 client, DA backend and metrics server, under op-service's lifecycle.
package node

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum-optimism/optimism/op-service/httputil"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/chainfile"
	"github.com/neuron-rollup/neuron/da/retry"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/l1/l1client"
	"github.com/neuron-rollup/neuron/l1/txsend"
	"github.com/neuron-rollup/neuron/lossverify"
	"github.com/neuron-rollup/neuron/sequencer"
)

// Main is the nrn-sequencer action.
func Main(c *cli.Context, _ context.CancelCauseFunc) (cliapp.Lifecycle, error) {
	cfg := ReadCLIConfig(c)
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("invalid configuration: %w", err)
	}
	logger := oplog.NewLogger(oplog.AppOut(c), cfg.Log)
	return NewService(c.Context, &cfg, logger)
}

// Service is a running sequencer node.
type Service struct {
	log     log.Logger
	seq     *sequencer.Sequencer
	rpc     *sequencer.RPCServer
	metrics *httputil.HTTPServer
	l1      *ethclient.Client
	sender  *txsend.Sender
	// resolver answers DataChallenge challenges of our batches.
	resolver *daResolver
	cancel   context.CancelFunc
	wg       sync.WaitGroup
	stopped  atomic.Bool
}

// NewService wires the node; every init step's error is wrapped, and a
// failure closes what was opened.
func NewService(ctx context.Context, cfg *CLIConfig, logger log.Logger) (_ *Service, err error) {
	s := &Service{log: logger}
	defer func() {
		if err != nil {
			err = errors.Join(err, s.Stop(context.Background()))
		}
	}()
	chain, err := chainfile.Read(cfg.ChainFile)
	if err != nil {
		return nil, fmt.Errorf("init chain: %w", err)
	}
	key, err := cfg.Signer.Load()
	if err != nil {
		return nil, fmt.Errorf("init key: %w", err)
	}
	rawStore, err := cfg.DA.Open()
	if err != nil {
		return nil, fmt.Errorf("init DA: %w", err)
	}
	// A DA node that is down or slow: each call is retried with backoff, and
	// a batch that cannot be put stays unsealed (the next block retries it),
	// never skipped. The retries are short and a store that failed them
	// fails at once for a cooldown, so the seal loop tries again each block.
	store, err := retry.New(rawStore, retry.SequencerOptions, logger)
	if err != nil {
		return nil, fmt.Errorf("init DA: %w", err)
	}
	if s.l1, err = ethclient.DialContext(ctx, cfg.L1URL); err != nil {
		return nil, fmt.Errorf("init L1 client: %w", err)
	}
	dep := deploy.Bind(s.l1, chain.L1.Contracts)
	m := sequencer.NewMetrics()
	l1ID := new(big.Int).SetUint64(chain.L1.ChainID)
	txm := txmetrics.MakeTxMetrics("nrn_sequencer", opmetrics.With(m.Registry))
	if s.sender, err = txsend.New("batcher", s.l1, key, cfg.L1Tx.Config(l1ID), logger, &txm); err != nil {
		return nil, fmt.Errorf("init tx manager: %w", err)
	}
	l1c := l1client.New(s.l1, dep, chain.L1.DeployBlock, confirmations(cfg.L1Confirms, chain.L1.Confirmations), nil).WithSender(s.sender)
	genesis, err := chain.Genesis()
	if err != nil {
		return nil, fmt.Errorf("init genesis: %w", err)
	}
	chainCfg, err := chain.Config(lossverify.New(chain.KeySet()))
	if err != nil {
		return nil, fmt.Errorf("init chain config: %w", err)
	}
	proofWait, err := checkVerifiers(ctx, l1c, chain.KeySet(), cfg.ProofWait, logger)
	if err != nil {
		return nil, fmt.Errorf("init L1 verifiers: %w", err)
	}
	if err := dep.CheckFeeRule(ctx, chainfile.DeployFees(chainCfg.Fees)); err != nil {
		return nil, fmt.Errorf("init L1 fee rule: %w", err)
	}
	// Without its bond no batch settles: say so at start rather than on every
	// batch (a challenge may lower it later; posting then fails with
	// BondTooLow and the batches wait).
	if err := dep.CheckBond(ctx); err != nil {
		return nil, fmt.Errorf("init sequencer bond: %w", err)
	}
	if err := dep.CheckMinStake(ctx, chainCfg.MinStake.ToBig()); err != nil {
		return nil, fmt.Errorf("init L1 minimum stake: %w", err)
	}
	var minBounty *big.Int
	if chainCfg.MinBounty != nil {
		minBounty = chainCfg.MinBounty.ToBig()
	}
	// L1 re-executes create-mlsc with its own circuit table and minimum
	// bounty: under others an honest create could be proven fraud.
	if err := dep.CheckCircuits(ctx, chain.KeySet(), minBounty); err != nil {
		return nil, fmt.Errorf("init L1 circuit table: %w", err)
	}
	if err := dep.CheckDeltaRules(ctx, chainCfg.MinDeltaDepositOrDefault().ToBig(), chainCfg.DeltaPeriodOrDefault()); err != nil {
		return nil, fmt.Errorf("init L1 delta rules: %w", err)
	}
	// And an applied loss proof with its own reward rule: under another an
	// honest proof could be proven fraud.
	if err := dep.CheckReward(ctx, chainfile.DeployReward(chainCfg)); err != nil {
		return nil, fmt.Errorf("init L1 reward rule: %w", err)
	}
	var seq *sequencer.Sequencer
	watch := newL1Watch(l1c, cfg.L1Tx.NetworkTimeout, func() (uint64, error) {
		if seq == nil {
			return 0, errors.New("sequencer not started")
		}
		n, _, err := seq.Store().NextBatch()
		return n, err
	})
	if err := watch.register(m.Registry); err != nil {
		return nil, fmt.Errorf("init L1 metrics: %w", err)
	}
	seq, err = sequencer.New(sequencer.Config{
		DataDir: cfg.DataDir, BlockTime: cfg.BlockTime, MaxBlockTxs: cfg.MaxBlockTxs, BatchBlocks: cfg.BatchBlocks,
		ProofWaitBlocks: proofWait, HeartbeatBlocks: cfg.Heartbeat, BatchGasBudget: cfg.GasBudget, MempoolPerAccount: cfg.PerAccount,
		MempoolMax: cfg.MempoolMax, RejectedMax: cfg.RejectedMax, Chain: chainCfg, Genesis: genesis,
		MempoolMaxBytes: cfg.Mempool.MaxBytes, MempoolGappedPerAccount: cfg.Mempool.GappedPerAccount,
		MempoolGappedMax: cfg.Mempool.GappedMax, MempoolGappedLifetime: cfg.Mempool.GappedLifetime,
	}, sequencer.Deps{Log: logger, Metrics: m, DA: store, L1: watch, Poster: watch})
	if err != nil {
		return nil, fmt.Errorf("init sequencer: %w", err)
	}
	s.seq = seq
	if s.resolver, err = newDAResolver(ctx, s.l1, chain.L1.Contracts.Rollup, chain.L1.DeployBlock, store, s.sender,
		cfg.DAResolvePoll, logger); err != nil {
		return nil, fmt.Errorf("init data-availability resolver: %w", err)
	}
	if s.rpc, err = sequencer.StartRPCServer(s.seq, cfg.RPC); err != nil {
		return nil, fmt.Errorf("init RPC server: %w", err)
	}
	logger.Info("JSON-RPC listening", "addr", s.rpc.Addr(), "vhosts", cfg.RPC.VHosts, "maxConns", cfg.RPC.MaxConns,
		"callRate", cfg.RPC.CallRate, "batchItems", cfg.RPC.BatchItems)
	if cfg.Metrics.Enabled {
		if s.metrics, err = opmetrics.StartServer(m.Registry, cfg.Metrics.ListenAddr, cfg.Metrics.ListenPort); err != nil {
			return nil, fmt.Errorf("init metrics server: %w", err)
		}
	}
	return s, nil
}

// verifierQuery asks L1 for the Rollup's verifier of each circuit, by key.
type verifierQuery interface {
	Verifiers(ctx context.Context, keys map[string][]byte) (map[string]l1client.CircuitVerifier, error)
}

var (
	_ verifierQuery         = (*l1client.Client)(nil)
	_ sequencer.L1View      = (*l1client.Client)(nil)
	_ sequencer.BatchPoster = (*l1client.Client)(nil)
)

// checkVerifiers makes sure L1 verifies a proof of every circuit the chain
// accepts with that circuit's own key (keys: the chain file's, by parameter
// string): the verifier registered under the key's circuit id must be the
// Rollup's BatchLossVerifier of the key, or the devnet verifier for the devnet
// key (l1client.Verifiers, deploy.CheckVerifier). A missing verifier would let
// the first proof of the circuit make every later batch revert, a wrong one
// would make L1 check the proofs against another key. It returns the
// sequencer's ProofWaitBlocks: wait, or 0 when no circuit's verifier checks a
// batch's proofs in one call, so that holding a batch for a second proof buys
// nothing.
func checkVerifiers(ctx context.Context, q verifierQuery, keys map[string][]byte, wait uint64, logger log.Logger) (uint64, error) {
	vs, err := q.Verifiers(ctx, keys)
	if err != nil {
		return 0, fmt.Errorf("read the Rollup's verifiers: %w", err)
	}
	var problems []error
	batch := false
	for _, p := range slices.Sorted(maps.Keys(keys)) {
		v, ok := vs[p]
		switch {
		case !ok:
			problems = append(problems, fmt.Errorf("circuit %s: the Rollup was not asked", strconv.Quote(p)))
		case errors.Is(v.Err, deploy.ErrNoVerifier):
			problems = append(problems, fmt.Errorf("circuit %s (id %v) has no verifier on L1: register its key with nrn register-verifier (anyone may), or deploy with --devnet for the devnet key: %w",
				strconv.Quote(p), v.Circuit, v.Err))
		case v.Err != nil:
			problems = append(problems, fmt.Errorf("circuit %s (id %v): %w", strconv.Quote(p), v.Circuit, v.Err))
		}
		batch = batch || (ok && v.Err == nil && v.Batch)
	}
	if len(problems) > 0 {
		return 0, fmt.Errorf("the Rollup cannot verify every circuit of the chain file with its key: %w", errors.Join(problems...))
	}
	if wait > 0 && !batch {
		logger.Info("The Rollup verifies loss proofs one by one: batches are not held for a second proof", "proofWait", wait)
		return 0, nil
	}
	return wait, nil
}

// Start starts block production and batch posting, and the answers to
// data-availability challenges.
func (s *Service) Start(ctx context.Context) error {
	if err := s.seq.Start(ctx); err != nil {
		return err
	}
	if s.resolver != nil {
		rctx, cancel := context.WithCancel(context.Background())
		s.cancel = cancel
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			s.resolver.run(rctx)
		}()
	}
	return nil
}

// Stop stops everything that was started.
func (s *Service) Stop(ctx context.Context) error {
	if s.stopped.Swap(true) {
		return nil
	}
	var errs []error
	if s.cancel != nil {
		s.cancel()
		s.wg.Wait()
	}
	if s.rpc != nil {
		errs = append(errs, s.rpc.Stop(ctx))
	}
	if s.seq != nil {
		errs = append(errs, s.seq.Stop(ctx))
	}
	if s.metrics != nil {
		errs = append(errs, s.metrics.Stop(ctx))
	}
	if s.sender != nil {
		s.sender.Close()
	}
	if s.l1 != nil {
		s.l1.Close()
	}
	return errors.Join(errs...)
}

// Stopped reports whether Stop was called.
func (s *Service) Stopped() bool { return s.stopped.Load() }

var _ cliapp.Lifecycle = (*Service)(nil)
