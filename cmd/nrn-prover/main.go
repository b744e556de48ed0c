// Command nrn-prover proves sampled-loss claims for a Neuron sequencer.
package main

import (
	"fmt"
	"os"

	gnarklog "github.com/consensys/gnark/logger"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/prover/node"
)

func main() {
	gnarklog.Disable() // gnark logs every proof to stdout; our services log what matters
	app := &cli.App{
		Name:   "nrn-prover",
		Usage:  "prove the best claim of every round awaiting a loss proof",
		Flags:  cliapp.ProtectFlags(node.Flags()),
		Action: cliapp.LifecycleCmd(node.Main),
	}
	if err := app.Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "nrn-prover:", err)
		os.Exit(1)
	}
}
