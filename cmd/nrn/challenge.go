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
			"divergence L1 cannot decide (a step of a type it does not re-execute yet, a published trace that does not\n" +
			"open stepRoot and whose revealed leaves cannot be proven wrong, a final batch) is printed and exits non-zero.\n" +
			"When the batch's data is there but its trace does not open stepRoot, it requests the sequencer's committed\n" +
			"leaves on DataChallenge (leafBond() each, up to two rounds of max(16, sqrt(steps)) leaves), challenges the\n" +
			"step where the revealed leaves turn wrong, or removes the batch when a leaf is not revealed in time.\n" +
			"A batch whose data DA does not serve (or serves\n" +
			"other bytes than L1 committed to) is challenged on DataChallenge chunk by chunk (bond: challengeBond);\n" +
			"resolved chunks are read back from L1 calldata and verified, and a challenge left unresolved past its\n" +
			"deadline removes the batch and every later one, paying the sequencer's bond to this key. Progress is kept\n" +
			"in --data-dir.",
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
	if b := out.Bisection; out.Challenge == nil && b != nil && b.Removed != nil {
		fmt.Printf("batch %d: a requested leaf of its trace went unrevealed: batches %d-%d removed in L1 tx %s (%d leaves requested in %d rounds)\n",
			b.Batch, b.Removed.Index, b.Removed.Index+b.Removed.Count-1, out.Tx, len(b.Requested), b.Rounds)
		return nil
	}
	if out.Challenge == nil && out.Unavailable != nil {
		u := out.Unavailable
		if u.Removed == nil {
			fmt.Printf("batch %d's data unavailable: chunks %v challenged; another transaction removed it\n", u.Batch, u.Challenged)
			return nil
		}
		fmt.Printf("batch %d's data unavailable: chunks %v challenged, batches %d-%d removed in L1 tx %s\n", u.Batch, u.Challenged,
			u.Removed.Index, u.Removed.Index+u.Removed.Count-1, u.Tx)
		return nil
	}
	fmt.Printf("challenged batch %d (%s) in L1 tx %s\n", out.Challenge.Batch, out.Challenge.Reason, out.Tx)
	return nil
}

// resolveDACommand is `nrn resolve-da`: the sequencer's answer to data-availability challenges.
func resolveDACommand() *cli.Command {
	return &cli.Command{
		Name:  "resolve-da",
		Usage: "resolve every open data-availability challenge and leaf request of a batch whose data the DA store holds (the sequencer's duty)",
		Description: "Reads DataChallenge's ChunkChallenged events (Rollup.dataChallenge()) and, for each open challenge of a\n" +
			"batch still on L1 whose data the DA store holds, posts the challenged chunk with its Merkle path in\n" +
			"DataChallenge.resolve before its deadline, signed with --private-key/--keystore (any account may; it is\n" +
			"paid the resolution's cost from the challenger's bond). An unresolved challenge removes the batch and every\n" +
			"later one and pays the sequencer's bond to the challenger. It likewise reveals every open leaf request\n" +
			"(DataChallenge.requestLeaves) of such a batch whose data's trace opens its stepRoot (revealLeaves, paid\n" +
			"from the leaf bonds). With --watch it polls until interrupted.",
		Flags: append(append(lightClientFlags("NRN_RESOLVE_DA_"),
			&cli.BoolFlag{Name: "watch", Usage: "keep polling L1 for new challenges", EnvVars: []string{"NRN_RESOLVE_DA_WATCH"}},
			&cli.DurationFlag{Name: "poll", Value: 12 * time.Second, Usage: "wait between polls of L1", EnvVars: []string{"NRN_RESOLVE_DA_POLL"}},
		), signerFlags()...),
		Action: cmdResolveDA,
	}
}

func cmdResolveDA(c *cli.Context) error {
	key, err := loadKey(c)
	if err != nil {
		return err
	}
	lc, err := openLightClient(c)
	if err != nil {
		return err
	}
	defer lc.ec.Close()
	l1ID, err := lc.ec.ChainID(c.Context)
	if err != nil {
		return fmt.Errorf("L1 chain id: %w", err)
	}
	game, err := challenge.NewDAGame(c.Context, lc.ec, lc.rollup, lc.chain.L1.DeployBlock)
	if err != nil {
		return err
	}
	opts := bind.NewKeyedTransactor(key, l1ID)
	for {
		n, err := game.ResolveOpen(c.Context, lc.store, opts, func(s string) { fmt.Println(s) })
		m := 0
		if err == nil {
			m, err = game.RevealOpen(c.Context, lc.store, opts, func(s string) { fmt.Println(s) })
		}
		if err != nil {
			if !c.Bool("watch") || c.Context.Err() != nil {
				return err
			}
			fmt.Println("resolve-da:", err)
		}
		if !c.Bool("watch") {
			fmt.Printf("resolved %d challenges, revealed %d leaves\n", n, m)
			return nil
		}
		select {
		case <-c.Context.Done():
			return nil
		case <-time.After(c.Duration("poll")):
		}
	}
}
