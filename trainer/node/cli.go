// Package node runs nrn-trainer: the trainer daemon with its DA backend,
// key and sequencer client (run), and the offline train and eval tools, as
// the other services' node packages run theirs.
package node

import (
	"context"
	"fmt"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/da/retry"
	"github.com/neuron-rollup/neuron/rpcclient"
	"github.com/neuron-rollup/neuron/trainer"
)

// NewApp is the nrn-trainer command line: run (the daemon), train and eval.
// limitMemory, if not nil, is called with --max-memory (in bytes, when set)
// before the daemon is built: the binary's main sets the Go runtime's soft
// memory limit with it, a process-wide setting no package makes.
func NewApp(version string, limitMemory func(bytes uint64)) *cli.App {
	return &cli.App{
		Name:    "nrn-trainer",
		Usage:   "train Neuron MLSCs and claim rounds with provable losses",
		Version: version,
		Commands: []*cli.Command{
			{
				Name:  "run",
				Usage: "run the trainer daemon against a sequencer and DA",
				Flags: cliapp.ProtectFlags(RunFlags()),
				Action: cliapp.LifecycleCmd(func(c *cli.Context, close context.CancelCauseFunc) (cliapp.Lifecycle, error) {
					return Main(c, close, limitMemory)
				}),
			},
			{
				Name:   "train",
				Usage:  "train an MLP on an IDX dataset (Fashion-MNIST) and write a checkpoint",
				Flags:  TrainFlags(),
				Action: trainCmd,
			},
			{
				Name:   "eval",
				Usage:  "evaluate a checkpoint on an IDX dataset, in float and in the protocol's fixed point",
				Flags:  EvalFlags(),
				Action: evalCmd,
			},
		},
	}
}

// Main builds the daemon from the run flags (a cliapp.LifecycleAction once
// limitMemory is bound; see NewApp).
func Main(c *cli.Context, _ context.CancelCauseFunc, limitMemory func(bytes uint64)) (cliapp.Lifecycle, error) {
	cfg := ReadCLIConfig(c)
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	if limitMemory != nil && cfg.Daemon.MaxMemory > 0 {
		limitMemory(cfg.Daemon.MaxMemory)
	}
	return NewFromCLI(c.Context, cfg, oplog.NewLogger(oplog.AppOut(c), cfg.Log))
}

// NewFromCLI builds a daemon from a checked CLIConfig: it loads the key,
// opens DA and dials the sequencer. The returned daemon's Stop also closes
// the sequencer connection.
func NewFromCLI(ctx context.Context, cfg CLIConfig, logger log.Logger) (*CLIDaemon, error) {
	key, err := cfg.Signer.Load()
	if err != nil {
		return nil, fmt.Errorf("init key: %w", err)
	}
	store, err := cfg.DA.OpenRetrying(retry.DefaultOptions, logger)
	if err != nil {
		return nil, fmt.Errorf("init DA: %w", err)
	}
	rc, err := rpc.DialContext(ctx, cfg.SequencerURL)
	if err != nil {
		return nil, fmt.Errorf("init sequencer client: dial %s: %w", cfg.SequencerURL, err)
	}
	d, err := trainer.New(cfg.Daemon, trainer.Deps{Log: logger, Key: key, Sequencer: rpcclient.NewClient(rc), Blocks: trainer.RPCBlocks{C: rc},
		DA: store, Metrics: trainer.NewMetrics()})
	if err != nil {
		rc.Close()
		return nil, err
	}
	return &CLIDaemon{Daemon: d, close: rc.Close}, nil
}

// CLIDaemon is a Daemon that closes its sequencer connection once stopped.
type CLIDaemon struct {
	*trainer.Daemon
	close func()
}

// Stop stops the daemon, then closes the connection.
func (c *CLIDaemon) Stop(ctx context.Context) error {
	err := c.Daemon.Stop(ctx)
	c.close()
	return err
}
