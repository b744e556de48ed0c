package node

import (
	"errors"
	"fmt"

	opservice "github.com/ethereum-optimism/optimism/op-service"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/da/backend"
	"github.com/neuron-rollup/neuron/l1/keys"
	"github.com/neuron-rollup/neuron/trainer"
)

// EnvPrefix prefixes every flag's environment variable.
const EnvPrefix = "NRN_TRAINER"

func env(name string) []string { return opservice.PrefixEnvVar(EnvPrefix, name) }

// RunFlags are the flags of `nrn-trainer run`.
func RunFlags() []cli.Flag {
	def := trainer.DefaultConfig()
	fs := []cli.Flag{
		&cli.StringFlag{Name: "sequencer", Usage: "sequencer JSON-RPC URL", Required: true, EnvVars: env("SEQUENCER")},
		&cli.StringFlag{Name: "data-dir", Usage: "directory of the claim journal", Required: true, EnvVars: env("DATA_DIR")},
		&cli.StringFlag{Name: "stake", Value: "0", Usage: "NRN (base units) to keep staked; the difference is staked at start", EnvVars: env("STAKE")},
		&cli.BoolFlag{Name: "exit", Usage: "unstake the whole stake when the daemon stops (after the claims of ended rounds are released, waiting at most --tx-timeout; refused while a reveal's round has not ended)", EnvVars: env("EXIT")},
		&cli.StringFlag{Name: "http", Usage: "address of the /healthz and /metrics server (empty: none)", EnvVars: env("HTTP")},
		&cli.Uint64SliceFlag{Name: "mlsc", Usage: "follow only these MLSC ids (repeatable; default all)", EnvVars: env("MLSC")},
		&cli.DurationFlag{Name: "poll-interval", Value: def.PollInterval, Usage: "how often to look at L2", EnvVars: env("POLL_INTERVAL")},
		&cli.DurationFlag{Name: "tx-timeout", Value: def.TxTimeout, Usage: "wait this long for a transaction's inclusion", EnvVars: env("TX_TIMEOUT")},
		&cli.IntFlag{Name: "threads", Usage: "training threads (0: all cores)", EnvVars: env("THREADS")},
		&cli.StringFlag{Name: "device", Value: "cpu", Usage: "cpu, cuda or cuda:N (CUDA needs a binary built with -tags cuda)", EnvVars: env("DEVICE")},
		&cli.IntFlag{Name: "batch-size", Usage: "minibatch size (0: the MLSC's)", EnvVars: env("BATCH_SIZE")},
		&cli.StringFlag{Name: "max-memory", Value: "0", Usage: "memory cap, e.g. 4GiB (0: none); rounds that would not fit are skipped with an error", EnvVars: env("MAX_MEMORY")},
	}
	fs = append(fs, backend.CLIFlags(EnvPrefix)...)
	fs = append(fs, keys.CLIFlags(EnvPrefix, "the trainer's transactions")...)
	return append(fs, oplog.CLIFlags(EnvPrefix)...)
}

// CLIConfig is everything `nrn-trainer run` is configured with.
type CLIConfig struct {
	SequencerURL string
	DA           backend.CLIConfig // --da, --da-dir, --da.pin
	Signer       keys.CLIConfig    // the trainer's key
	Stake        string
	MaxMemory    string
	Daemon       trainer.Config
	Log          oplog.CLIConfig
}

// ReadCLIConfig reads the run flags.
func ReadCLIConfig(c *cli.Context) CLIConfig {
	return CLIConfig{
		SequencerURL: c.String("sequencer"), DA: backend.ReadCLIConfig(c), Signer: keys.ReadCLIConfig(c),
		Stake: c.String("stake"), MaxMemory: c.String("max-memory"),
		Daemon: trainer.Config{
			DataDir: c.String("data-dir"), MLSCs: c.Uint64Slice("mlsc"), HTTPAddr: c.String("http"),
			PollInterval: c.Duration("poll-interval"), TxTimeout: c.Duration("tx-timeout"), Threads: c.Int("threads"),
			BatchSize: c.Int("batch-size"), Device: c.String("device"), UnstakeOnExit: c.Bool("exit"),
		},
		Log: oplog.ReadCLIConfig(c),
	}
}

// Check lists every problem with the configuration and fills Daemon.MinStake
// and Daemon.MaxMemory.
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
	if stake, err := uint256.FromDecimal(c.Stake); err != nil {
		errs = append(errs, fmt.Errorf("--stake %q: %w", c.Stake, err))
	} else {
		c.Daemon.MinStake = stake
	}
	if c.MaxMemory != "" {
		if n, err := trainer.ParseBytes(c.MaxMemory); err != nil {
			errs = append(errs, fmt.Errorf("--max-memory: %w", err))
		} else {
			c.Daemon.MaxMemory = n
		}
	}
	if err := c.Daemon.Check(); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}
