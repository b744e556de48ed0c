package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/chainfile"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/backend"
	"github.com/neuron-rollup/neuron/da/retry"
	"github.com/neuron-rollup/neuron/lightclient"
	"github.com/neuron-rollup/neuron/lightclient/driver"
	"github.com/neuron-rollup/neuron/lossverify"
	"github.com/neuron-rollup/neuron/rollup"
)

// verifyCommand is `nrn verify`: the light client.
func verifyCommand() *cli.Command {
	return &cli.Command{
		Name:  "verify",
		Usage: "light client: re-execute every batch the Rollup settled from L1 and DA alone, and report the first divergence",
		Description: "Checks each batch's DA bytes against L1's CID and data hash, re-executes its blocks with the STF\n" +
			"(verifying each loss proof natively), checks every block's L1 hash against L1, and compares the state\n" +
			"root, withdrawal root, deposits and verified proofs with L1's record. Prints one line per batch; exits\n" +
			"non-zero with a report naming batch, block and transaction at the first divergence. Progress is kept\n" +
			"in --data-dir, so a rerun resumes.",
		Flags: append(lightClientFlags("NRN_VERIFY_"),
			&cli.StringFlag{Name: "data-dir", Value: ".nrn-verify", Usage: "where the verified state and progress are kept", EnvVars: []string{"NRN_VERIFY_DATA_DIR"}},
			&cli.Uint64Flag{Name: "from-batch", Usage: "report batches from this one on (earlier ones are still re-executed)", EnvVars: []string{"NRN_VERIFY_FROM_BATCH"}},
			&cli.BoolFlag{Name: "follow", Usage: "keep polling L1 for new batches", EnvVars: []string{"NRN_VERIFY_FOLLOW"}},
			&cli.DurationFlag{Name: "poll", Value: 2 * time.Second, Usage: "wait between polls with --follow", EnvVars: []string{"NRN_VERIFY_POLL"}},
			&cli.BoolFlag{Name: "json", Usage: "print one JSON object per batch, and the report as JSON", EnvVars: []string{"NRN_VERIFY_JSON"}},
		),
		Action: cmdVerify,
	}
}

func cmdVerify(c *cli.Context) error {
	lc, err := openLightClient(c)
	if err != nil {
		return err
	}
	defer lc.ec.Close()
	if err := os.MkdirAll(c.String("data-dir"), 0o755); err != nil {
		return err
	}
	asJSON := c.Bool("json")
	enc := json.NewEncoder(os.Stdout)
	out := func(l driver.Line) {
		if asJSON {
			_ = enc.Encode(l)
		} else {
			fmt.Println(l)
		}
	}
	err = driver.Run(c.Context, driver.Config{
		Chain: lc.cfg, Genesis: lc.genesis, Snapshot: filepath.Join(c.String("data-dir"), "lightclient.snap"),
		DeployBlock: lc.chain.L1.DeployBlock, FromBatch: c.Uint64("from-batch"), Follow: c.Bool("follow"), Poll: c.Duration("poll"),
	}, driver.Deps{L1: driver.NewL1(lc.ec, lc.rollup), DA: lc.store, Out: out})
	var report *lightclient.Report
	if asJSON && errors.As(err, &report) {
		_ = json.NewEncoder(os.Stdout).Encode(map[string]any{"divergence": report})
	}
	return err
}

// lightClient is what the light-client commands (verify, exit-proof) read from their
// --chain, --rollup, --da/--da-dir and --l1 flags.
type lightClient struct {
	chain   *chainfile.File
	genesis *rollup.Genesis
	cfg     *rollup.Config
	store   da.Store
	ec      *ethclient.Client
	rollup  common.Address
}

// lightClientFlags are the flags of the commands that trust only L1 and DA (verify,
// exit-proof, prove-account): L1, the Rollup, DA and the chain file; env names the
// variables' prefix.
func lightClientFlags(env string) []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "l1", Usage: "L1 JSON-RPC URL", Required: true, EnvVars: []string{env + "L1"}},
		&cli.StringFlag{Name: "rollup", Usage: "the Rollup contract's address (must be the chain file's)", Required: true, EnvVars: []string{env + "ROLLUP"}},
		&cli.StringFlag{Name: "da", Usage: "DA HTTP API URL (kubo-compatible); or --da-dir", EnvVars: []string{env + "DA"}},
		&cli.StringFlag{Name: "da-dir", Usage: "embedded DA store directory; or --da", EnvVars: []string{env + "DA_DIR"}},
		chainFlag,
	}
}

// replayExitState re-executes, with every light-client check, the batches of the exit
// state: in exodus the Rollup's exodusState, else the batches final now. It returns the
// verified state after them and whether the chain is in exodus.
func (lc *lightClient) replayExitState(ctx context.Context) (*lightclient.Checkpoint, bool, error) {
	l1 := driver.NewL1(lc.ec, lc.rollup)
	batches, inExodus, err := l1.ExitBatches(ctx)
	if err != nil {
		return nil, false, err
	}
	cp, err := driver.ReplayTo(ctx, driver.Config{Chain: lc.cfg, Genesis: lc.genesis, DeployBlock: lc.chain.L1.DeployBlock},
		driver.Deps{L1: l1, DA: lc.store}, batches)
	return cp, inExodus, err
}

// openLightClient reads the chain file, checks --rollup against it, opens DA and dials L1.
// The caller closes ec.
func openLightClient(c *cli.Context) (*lightClient, error) {
	chain, err := chainfile.Read(c.String("chain"))
	if err != nil {
		return nil, err
	}
	if !common.IsHexAddress(c.String("rollup")) {
		return nil, fmt.Errorf("--rollup %q is not an address", c.String("rollup"))
	}
	rollupAddr := common.HexToAddress(c.String("rollup"))
	if have := chain.L1.Contracts.Rollup; have != (common.Address{}) && have != rollupAddr {
		return nil, fmt.Errorf("--rollup %s is not the chain file's Rollup %s", rollupAddr, have)
	}
	chain.L1.Contracts.Rollup = rollupAddr
	genesis, err := chain.Genesis()
	if err != nil {
		return nil, err
	}
	cfg, err := chain.Config(lossverify.New(chain.KeySet()))
	if err != nil {
		return nil, err
	}
	// A DA node that is down for a while costs retries, never a skipped
	// batch: the driver stops at an error and --follow tries again.
	store, err := backend.CLIConfig{URL: c.String("da"), Dir: c.String("da-dir")}.OpenRetrying(retry.DefaultOptions, nil)
	if err != nil {
		return nil, err
	}
	ec, err := ethclient.DialContext(c.Context, c.String("l1"))
	if err != nil {
		return nil, fmt.Errorf("dial L1: %w", err)
	}
	return &lightClient{chain: chain, genesis: genesis, cfg: cfg, store: store, ec: ec, rollup: rollupAddr}, nil
}
