package main

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/lightclient/challenge"
	"github.com/neuron-rollup/neuron/lightclient/driver"
)

// challengeCommand is `nrn challenge --watch`: the fault-proof watcher.
func challengeCommand() *cli.Command {
	return &cli.Command{
		Name:  "challenge",
		Usage: "watch L1 with the light client and challenge the first wrong batch inside its finalization window",
		Description: "Follows the Rollup's batches as `nrn verify --follow` does. At the first divergence in a batch that\n" +
			"is not final yet it builds the fault proof from the batch's published step trace (the first step whose\n" +
			"root or withdrawal tree is wrong, or the trace's end), sends Rollup.challengeStep or challengeEnd with\n" +
			"--private-key/--keystore (which receives the sequencer's bond), prints what it did and exits. A\n" +
			"divergence L1 cannot decide (a step of a type it does not re-execute yet, an unpublished trace, a\n" +
			"final batch) is printed and exits non-zero. Progress is kept in --data-dir.",
		Flags: append(append(lightClientFlags("NRN_CHALLENGE_"),
			&cli.BoolFlag{Name: "watch", Usage: "follow L1 and challenge (required: the only mode)", EnvVars: []string{"NRN_CHALLENGE_WATCH"}},
			&cli.StringFlag{Name: "data-dir", Value: ".nrn-challenge", Usage: "where the verified state and progress are kept", EnvVars: []string{"NRN_CHALLENGE_DATA_DIR"}},
			&cli.DurationFlag{Name: "poll", Value: 2 * time.Second, Usage: "wait between polls of L1", EnvVars: []string{"NRN_CHALLENGE_POLL"}},
		), signerFlags()...),
		Action: cmdChallenge,
	}
}

func cmdChallenge(c *cli.Context) error {
	if !c.Bool("watch") {
		return errors.New("nrn challenge needs --watch (it follows L1 and challenges the first wrong batch)")
	}
	key, err := loadKey(c)
	if err != nil {
		return err
	}
	lc, err := openLightClient(c)
	if err != nil {
		return err
	}
	defer lc.ec.Close()
	if err := os.MkdirAll(c.String("data-dir"), 0o755); err != nil {
		return err
	}
	l1ID, err := lc.ec.ChainID(c.Context)
	if err != nil {
		return fmt.Errorf("L1 chain id: %w", err)
	}
	if want := new(big.Int).SetUint64(lc.chain.L1.ChainID); lc.chain.L1.ChainID != 0 && l1ID.Cmp(want) != 0 {
		return fmt.Errorf("--l1 is chain %v, the chain file's L1 is %v", l1ID, want)
	}
	out, err := challenge.Watch(c.Context, challenge.WatchConfig{
		Driver: driver.Config{Chain: lc.cfg, Genesis: lc.genesis, Snapshot: filepath.Join(c.String("data-dir"), "lightclient.snap"),
			DeployBlock: lc.chain.L1.DeployBlock, Poll: c.Duration("poll")},
		Rollup: lc.rollup,
	}, challenge.WatchDeps{L1: lc.ec, DA: lc.store, Opts: bind.NewKeyedTransactor(key, l1ID), Out: func(s string) { fmt.Println(s) }})
	if err != nil {
		return err
	}
	if out == nil {
		return nil // interrupted before any divergence
	}
	fmt.Printf("challenged batch %d (%s) in L1 tx %s\n", out.Challenge.Batch, out.Challenge.Reason, out.Tx)
	return nil
}
