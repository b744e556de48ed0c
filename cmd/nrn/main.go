// Command nrn is Neuron's user CLI. `nrn devnet` runs the whole system in
// one process on embedded defaults.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	gnarklog "github.com/consensys/gnark/logger"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/ethereum-optimism/optimism/op-service/ctxinterrupt"

	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/e2e/devnet"
)

func main() {
	gnarklog.Disable() // gnark logs every proof to stdout; our services log what matters
	app := &cli.App{
		Name:  "nrn",
		Usage: "Neuron: a rollup where trainers compete to train models and zk proofs show their losses",
		Commands: append(append(userCommands(), append(append(opsCommands(), verifyCommand(), challengeCommand(), resolveDACommand(), exitProofCommand(), explorerCommand()), deltaCommands()...)...), &cli.Command{
			Name:  "devnet",
			Usage: "run L1, DA, sequencer, prover and two trainers in one process",
			Flags: append([]cli.Flag{
				&cli.IntFlag{Name: "rounds", Usage: "the MLSC's rounds: stop once they are settled on L1, the finished model is minted on L1, a customer has paid to use it and its creator and trainers have withdrawn their fee shares to L1 (0: run until interrupted)", EnvVars: []string{"NRN_DEVNET_ROUNDS"}},
				&cli.StringFlag{Name: "summary-json", Usage: "write a JSON summary here when the run ends", EnvVars: []string{"NRN_DEVNET_SUMMARY_JSON"}},
				&cli.StringFlag{Name: "data-dir", Value: ".devnet", Usage: "working directory (wiped at start)", EnvVars: []string{"NRN_DEVNET_DATA_DIR"}},
				&cli.DurationFlag{Name: "block-time", Value: 250 * time.Millisecond, Usage: "L2 block time", EnvVars: []string{"NRN_DEVNET_BLOCK_TIME"}},
				&cli.StringFlag{Name: "rpc.addr", Value: "127.0.0.1:8645", Usage: "sequencer JSON-RPC address", EnvVars: []string{"NRN_DEVNET_RPC_ADDR"}},
				&cli.StringFlag{Name: "explorer.addr", Value: "127.0.0.1:8646", Usage: `web explorer address ("": none)`, EnvVars: []string{"NRN_DEVNET_EXPLORER_ADDR"}},
				&cli.StringFlag{Name: "keys", Value: sampledloss.DevnetKeyDir, Usage: "devnet proving key directory", EnvVars: []string{"NRN_DEVNET_KEYS"}},
				&cli.StringFlag{Name: "model", Value: devnet.ModelToy, Usage: "the MLSC's model: toy (16-8-4 on generated data, committed keys) or fmnist (784-100-10 cross-entropy on Fashion-MNIST, keys made on first use)", EnvVars: []string{"NRN_DEVNET_MODEL"}},
				&cli.StringFlag{Name: "fmnist-dir", Value: "data/fashion-mnist", Usage: "Fashion-MNIST IDX files (scripts/fetch-fashion-mnist.sh; make fashion-mnist)", EnvVars: []string{"NRN_DEVNET_FMNIST_DIR"}},
				&cli.IntFlag{Name: "fmnist-examples", Usage: "use only the first N training images (0: all 60,000)", EnvVars: []string{"NRN_DEVNET_FMNIST_EXAMPLES"}},
				&cli.StringFlag{Name: "key-cache", Usage: "root of cached proving keys for --model fmnist (default: the user cache dir, neuron/keys)", EnvVars: []string{"NRN_KEY_CACHE"}},
				&cli.Uint64Flag{Name: "delta-period", Value: devnet.DefaultDeltaPeriod, Usage: "training-set epoch in L2 blocks (deltas are applied at its end)", EnvVars: []string{"NRN_DEVNET_DELTA_PERIOD"}},
				&cli.BoolFlag{Name: "delta", Usage: "after round 1, propose a training-set delta (remove a few examples, add a few), vote it from two holders, and with --rounds run until a round on the new set is verified on L1", EnvVars: []string{"NRN_DEVNET_DELTA"}},
			}, oplog.CLIFlags("NRN_DEVNET")...),
			Action: runDevnet,
		}),
	}
	app.Commands = append(app.Commands, economyCommands()...)
	if err := app.Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "nrn:", err)
		os.Exit(1)
	}
}

func runDevnet(c *cli.Context) error {
	logCfg := oplog.ReadCLIConfig(c)
	if !c.IsSet(oplog.LevelFlagName) {
		logCfg.Level = log.LevelWarn
	}
	logger := oplog.NewLogger(os.Stderr, logCfg)
	ctx, stop := ctxinterrupt.WithSignalWaiter(c.Context)
	defer stop()
	ctx = ctxinterrupt.WithCancelOnInterrupt(ctx)
	fmt.Println("Neuron devnet: INSECURE development keys, everything in one process. Ctrl-C stops it.")
	keyCache := c.String("key-cache")
	if keyCache == "" {
		d, err := os.UserCacheDir()
		if err != nil {
			return fmt.Errorf("no --key-cache and no user cache dir: %w", err)
		}
		keyCache = filepath.Join(d, "neuron", "keys")
	}
	sum, err := devnet.Run(ctx, devnet.Config{
		DataDir: c.String("data-dir"), Rounds: c.Int("rounds"), BlockTime: c.Duration("block-time"),
		RPCAddr: c.String("rpc.addr"), ExplorerAddr: c.String("explorer.addr"), KeyDir: c.String("keys"), Out: os.Stdout, Log: logger,
		Model: c.String("model"), FMNISTDir: c.String("fmnist-dir"), FMNISTExamples: c.Int("fmnist-examples"), KeyCache: keyCache,
		DeltaPeriod: c.Uint64("delta-period"), Delta: c.Bool("delta"),
	})
	if sum != nil {
		b, jerr := json.MarshalIndent(sum, "", "  ")
		if jerr != nil {
			return jerr
		}
		fmt.Printf("summary: %s\n", b)
		if path := c.String("summary-json"); path != "" {
			if werr := os.WriteFile(path, append(b, '\n'), 0o644); werr != nil {
				return fmt.Errorf("write summary: %w", werr)
			}
		}
	}
	return err
}
