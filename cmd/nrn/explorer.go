package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/ctxinterrupt"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/chainfile"
	"github.com/neuron-rollup/neuron/explorer"
	"github.com/neuron-rollup/neuron/rpcclient"
)

// explorerCommand is `nrn explorer`: the web explorer.
func explorerCommand() *cli.Command {
	return &cli.Command{
		Name:  "explorer",
		Usage: "serve the web explorer: blocks, transactions, accounts, MLSCs and their loss curves, rounds, batches on L1, deposits and withdrawals",
		Description: "Reads the sequencer's nrn_ JSON-RPC and the Rollup's and Bridge's events on L1 (addresses and deploy block\n" +
			"from the chain file) and serves plain HTML pages; live pages reload every --refresh. It keeps an in-memory\n" +
			"index of both chains, rebuilt at start.",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "rpc", Value: "http://127.0.0.1:8645", Usage: "sequencer JSON-RPC URL", EnvVars: []string{"NRN_EXPLORER_RPC"}},
			&cli.StringFlag{Name: "l1", Usage: "L1 JSON-RPC URL", Required: true, EnvVars: []string{"NRN_EXPLORER_L1"}},
			&cli.StringFlag{Name: "chain", Usage: "chain file (JSON): the L1 contracts and their deploy block", Required: true, EnvVars: []string{"NRN_EXPLORER_CHAIN"}},
			&cli.StringFlag{Name: "addr", Value: "127.0.0.1:8646", Usage: "HTTP listen address (host:port)", EnvVars: []string{"NRN_EXPLORER_ADDR"}},
			&cli.DurationFlag{Name: "refresh", Value: 5 * time.Second, Usage: "how often live pages reload themselves (0: never)", EnvVars: []string{"NRN_EXPLORER_REFRESH"}},
		}, oplog.CLIFlags("NRN_EXPLORER")...),
		Action: cmdExplorer,
	}
}

func cmdExplorer(c *cli.Context) error {
	logger := oplog.NewLogger(os.Stderr, oplog.ReadCLIConfig(c))
	chain, err := chainfile.Read(c.String("chain"))
	if err != nil {
		return err
	}
	ctx, stop := ctxinterrupt.WithSignalWaiter(c.Context)
	defer stop()
	ctx = ctxinterrupt.WithCancelOnInterrupt(ctx)
	l2, err := rpcclient.Dial(ctx, c.String("rpc"))
	if err != nil {
		return err
	}
	defer l2.Close()
	l1, err := ethclient.DialContext(ctx, c.String("l1"))
	if err != nil {
		return fmt.Errorf("dial L1 %s: %w", c.String("l1"), err)
	}
	defer l1.Close()
	e, err := explorer.New(explorer.Config{RPCURL: c.String("rpc"), L1URL: c.String("l1"), Rollup: chain.L1.Contracts.Rollup,
		Bridge: chain.L1.Contracts.Bridge, DeployBlock: chain.L1.DeployBlock, Refresh: c.Duration("refresh")},
		explorer.Deps{L2: l2, L1: l1, Log: logger})
	if err != nil {
		return err
	}
	srv, err := explorer.Listen(e, c.String("addr"), 0)
	if err != nil {
		return err
	}
	if err := srv.Start(ctx); err != nil {
		return err
	}
	fmt.Printf("Neuron explorer: %s (sequencer %s, L1 %s)\n", srv.URL(), c.String("rpc"), c.String("l1"))
	<-ctx.Done()
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return srv.Stop(sctx)
}
