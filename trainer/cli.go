package trainer

import (
	"context"
	"fmt"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/da/backend"
	"github.com/neuron-rollup/neuron/l1/keys"
	"github.com/neuron-rollup/neuron/rpcclient"
)

// NewApp is the nrn-trainer command line: run (the daemon), train and eval.
func NewApp(version string) *cli.App {
	return &cli.App{
		Name:    "nrn-trainer",
		Usage:   "train Neuron MLSCs and claim rounds with provable losses",
		Version: version,
		Commands: []*cli.Command{
			{
				Name:   "run",
				Usage:  "run the trainer daemon against a sequencer and DA",
				Flags:  cliapp.ProtectFlags(RunFlags()),
				Action: cliapp.LifecycleCmd(Main),
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

// Main builds the daemon from the run flags (cliapp.LifecycleAction).
func Main(c *cli.Context, _ context.CancelCauseFunc) (cliapp.Lifecycle, error) {
	cfg := ReadCLIConfig(c)
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return NewFromCLI(c.Context, cfg, oplog.NewLogger(oplog.AppOut(c), cfg.Log))
}

// NewFromCLI builds a daemon from a checked CLIConfig: it loads the key,
// opens DA and dials the sequencer. The returned daemon's Stop also closes
// the sequencer connection.
func NewFromCLI(ctx context.Context, cfg CLIConfig, logger log.Logger) (*CLIDaemon, error) {
	key, err := keys.Load(cfg.PrivateKey, cfg.Keystore, cfg.PasswordFile)
	if err != nil {
		return nil, fmt.Errorf("init key: %w", err)
	}
	store, err := backend.Options{URL: cfg.DAURL, Dir: cfg.DADir, NoPin: cfg.DANoPin}.Open()
	if err != nil {
		return nil, fmt.Errorf("init DA: %w", err)
	}
	rc, err := rpc.DialContext(ctx, cfg.SequencerURL)
	if err != nil {
		return nil, fmt.Errorf("init sequencer client: dial %s: %w", cfg.SequencerURL, err)
	}
	d, err := New(cfg.Daemon, Deps{Log: logger, Key: key, Sequencer: rpcclient.NewClient(rc), Blocks: RPCBlocks{C: rc},
		DA: store, Metrics: NewMetrics()})
	if err != nil {
		rc.Close()
		return nil, err
	}
	return &CLIDaemon{Daemon: d, close: rc.Close}, nil
}

// CLIDaemon is a Daemon that closes its sequencer connection once stopped.
type CLIDaemon struct {
	*Daemon
	close func()
}

// Stop stops the daemon, then closes the connection.
func (c *CLIDaemon) Stop(ctx context.Context) error {
	err := c.Daemon.Stop(ctx)
	c.close()
	return err
}
