// Package node runs nrn-prover: the prover service with its DA backend,
// sequencer client, proving keys and metrics server, under op-service's
// lifecycle.
package node

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	opservice "github.com/ethereum-optimism/optimism/op-service"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum-optimism/optimism/op-service/httputil"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/chainfile"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/da/backend"
	"github.com/neuron-rollup/neuron/da/retry"
	"github.com/neuron-rollup/neuron/l1/keys"
	"github.com/neuron-rollup/neuron/lossverify"
	"github.com/neuron-rollup/neuron/prover"
	"github.com/neuron-rollup/neuron/rpcclient"
)

// EnvPrefix prefixes every flag's environment variable.
const EnvPrefix = "NRN_PROVER"

func env(name string) []string { return opservice.PrefixEnvVar(EnvPrefix, name) }

// Flags are the nrn-prover flags.
func Flags() []cli.Flag {
	fs := []cli.Flag{
		&cli.StringFlag{Name: "sequencer", Usage: "sequencer JSON-RPC URL", Required: true, EnvVars: env("SEQUENCER")},
		&cli.StringFlag{Name: "keys", Value: sampledloss.DevnetKeyDir, Usage: "proving key directory of the devnet circuit", EnvVars: env("KEYS")},
		&cli.StringFlag{Name: "key-cache", Usage: "root of proving keys for other circuits (sampledloss.KeyCacheDir per circuit; made on first use)", EnvVars: env("KEY_CACHE")},
		&cli.StringFlag{Name: "chain", Usage: "chain file: its verifyingKeys join the devnet key (proofs must match the chain's keys)", EnvVars: env("CHAIN")},
		&cli.DurationFlag{Name: "poll-interval", Value: time.Second, Usage: "how often to look for rounds awaiting a proof", EnvVars: env("POLL_INTERVAL")},
		&cli.StringFlag{Name: "reward-address", Usage: "L2 address paid the prover share of each round a proof of ours settles (default: the signing key's); the key then needs to hold nothing", EnvVars: env("REWARD_ADDRESS")},
	}
	fs = append(fs, backend.CLIFlags(EnvPrefix)...)
	fs = append(fs, keys.CLIFlags(EnvPrefix, "proof transactions")...)
	fs = append(fs, oplog.CLIFlags(EnvPrefix)...)
	return append(fs, opmetrics.CLIFlags(EnvPrefix)...)
}

// CLIConfig is everything nrn-prover is configured with.
type CLIConfig struct {
	SequencerURL                string
	DA                          backend.CLIConfig // --da, --da-dir, --da.pin
	Signer                      keys.CLIConfig    // the key that signs proof transactions
	KeyDir, KeyCache, ChainFile string
	PollInterval                time.Duration
	RewardAddress               string // "" = the signing key's address
	Log                         oplog.CLIConfig
	Metrics                     opmetrics.CLIConfig
}

// ReadCLIConfig reads the flags.
func ReadCLIConfig(c *cli.Context) CLIConfig {
	return CLIConfig{SequencerURL: c.String("sequencer"), DA: backend.ReadCLIConfig(c), Signer: keys.ReadCLIConfig(c),
		KeyDir: c.String("keys"), KeyCache: c.String("key-cache"), ChainFile: c.String("chain"), PollInterval: c.Duration("poll-interval"), RewardAddress: c.String("reward-address"),
		Log: oplog.ReadCLIConfig(c), Metrics: opmetrics.ReadCLIConfig(c)}
}

// Check lists every problem.
func (c *CLIConfig) Check() error {
	var errs []error
	if c.SequencerURL == "" {
		errs = append(errs, errors.New("--sequencer is required"))
	}
	if err := c.DA.Check(); err != nil {
		errs = append(errs, err)
	}
	if err := c.Signer.Check(); err != nil {
		errs = append(errs, err)
	}
	if c.KeyDir == "" {
		errs = append(errs, errors.New("--keys is required"))
	}
	if c.PollInterval <= 0 {
		errs = append(errs, fmt.Errorf("--poll-interval %s must be positive", c.PollInterval))
	}
	if _, err := c.rewardTo(); err != nil {
		errs = append(errs, err)
	}
	if err := c.Metrics.Check(); err != nil {
		errs = append(errs, fmt.Errorf("metrics: %w", err))
	}
	return errors.Join(errs...)
}

// rewardTo parses --reward-address: zero if unset.
func (c *CLIConfig) rewardTo() (common.Address, error) {
	if c.RewardAddress == "" {
		return common.Address{}, nil
	}
	if !common.IsHexAddress(c.RewardAddress) {
		return common.Address{}, fmt.Errorf("--reward-address %q is not an address", c.RewardAddress)
	}
	a := common.HexToAddress(c.RewardAddress)
	if a == (common.Address{}) {
		return common.Address{}, errors.New("--reward-address is the zero address (leave it unset to be paid at the signing key)")
	}
	return a, nil
}

// Main is the nrn-prover action.
func Main(c *cli.Context, _ context.CancelCauseFunc) (cliapp.Lifecycle, error) {
	cfg := ReadCLIConfig(c)
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("invalid configuration: %w", err)
	}
	return NewService(c.Context, &cfg, oplog.NewLogger(oplog.AppOut(c), cfg.Log))
}

// Service is a running prover node.
type Service struct {
	svc     *prover.Service
	client  *rpcclient.Client
	metrics *httputil.HTTPServer
	stopped atomic.Bool
}

// NewService wires the node.
func NewService(ctx context.Context, cfg *CLIConfig, logger log.Logger) (_ *Service, err error) {
	s := &Service{}
	defer func() {
		if err != nil {
			err = errors.Join(err, s.Stop(context.Background()))
		}
	}()
	key, err := cfg.Signer.Load()
	if err != nil {
		return nil, fmt.Errorf("init key: %w", err)
	}
	store, err := cfg.DA.OpenRetrying(retry.DefaultOptions, logger)
	if err != nil {
		return nil, fmt.Errorf("init DA: %w", err)
	}
	if s.client, err = rpcclient.Dial(ctx, cfg.SequencerURL); err != nil {
		return nil, fmt.Errorf("init sequencer client: %w", err)
	}
	chainID, err := s.client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("init chain id: %w", err)
	}
	verifier := lossverify.Devnet()
	if cfg.ChainFile != "" {
		chain, err := chainfile.Read(cfg.ChainFile)
		if err != nil {
			return nil, fmt.Errorf("init chain: %w", err)
		}
		verifier = lossverify.New(chain.KeySet())
	}
	engine := prover.NewEngine(store, verifier, keySource(cfg.KeyDir, cfg.KeyCache))
	m := NewMetrics()
	rewardTo, err := cfg.rewardTo()
	if err != nil {
		return nil, err
	}
	if rewardTo != (common.Address{}) {
		logger.Info("Prover rewards go to the reward address, not the signing key", "reward_address", rewardTo)
	}
	if s.svc, err = prover.New(prover.Config{PollInterval: cfg.PollInterval, ChainID: chainID, RewardTo: rewardTo},
		prover.Deps{Log: logger, Client: s.client, Engine: engine, Key: key, Metrics: m}); err != nil {
		return nil, fmt.Errorf("init prover: %w", err)
	}
	if cfg.Metrics.Enabled {
		if s.metrics, err = opmetrics.StartServer(m.Registry, cfg.Metrics.ListenAddr, cfg.Metrics.ListenPort); err != nil {
			return nil, fmt.Errorf("init metrics server: %w", err)
		}
	}
	return s, nil
}

// Start starts the watch loop.
func (s *Service) Start(ctx context.Context) error { return s.svc.Start(ctx) }

// Stop stops the service.
func (s *Service) Stop(ctx context.Context) error {
	if s.stopped.Swap(true) {
		return nil
	}
	var errs []error
	if s.svc != nil {
		errs = append(errs, s.svc.Stop(ctx))
	}
	if s.metrics != nil {
		errs = append(errs, s.metrics.Stop(ctx))
	}
	if s.client != nil {
		s.client.Close()
	}
	return errors.Join(errs...)
}

// Stopped reports whether Stop was called.
func (s *Service) Stopped() bool { return s.stopped.Load() }

// Metrics are the prover's Prometheus metrics.
type Metrics struct {
	Registry *prometheus.Registry
	seconds  prometheus.Histogram
	failed   prometheus.Counter
	peakRSS  prometheus.Gauge
}

// NewMetrics registers the prover metrics on a new registry.
func NewMetrics() *Metrics {
	m := &Metrics{Registry: prometheus.NewRegistry(),
		seconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "nrn_prover", Name: "proof_seconds",
			Help: "Time to prove one claim.", Buckets: prometheus.ExponentialBuckets(0.5, 2, 10)}),
		failed: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "nrn_prover", Name: "proofs_failed_total",
			Help: "Claims that could not be proven."}),
		peakRSS: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "nrn_prover", Name: "peak_rss_bytes",
			Help: "Peak resident set size of the prover process, read after each proof."}),
	}
	m.Registry.MustRegister(m.seconds, m.failed, m.peakRSS)
	return m
}

// RecordProof implements prover.Metricer.
func (m *Metrics) RecordProof(seconds float64, ok bool) {
	if ok {
		m.seconds.Observe(seconds)
	} else {
		m.failed.Inc()
	}
}

// keySource loads the devnet circuit's keys from keyDir and, when keyCache
// is set, every other circuit's from sampledloss.KeyCacheDir(keyCache, p).
func keySource(keyDir, keyCache string) prover.KeySource {
	return func(p sampledloss.Params) (*sampledloss.Keys, error) {
		if keyCache != "" && p.String() != sampledloss.DevnetParams().String() {
			return sampledloss.LoadOrSetup(sampledloss.KeyCacheDir(keyCache, p), p)
		}
		return sampledloss.LoadOrSetup(keyDir, p)
	}
}

// RecordPeakRSS implements prover.Metricer.
func (m *Metrics) RecordPeakRSS(bytes uint64) { m.peakRSS.Set(float64(bytes)) }
