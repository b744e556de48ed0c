// Command nrn-sequencer runs a Neuron sequencer node.
package main

import (
	"fmt"
	"os"

	gnarklog "github.com/consensys/gnark/logger"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/sequencer/node"
)

func main() {
	gnarklog.Disable() // gnark logs every proof it verifies to stdout; the node logs what matters
	app := &cli.App{
		Name:   "nrn-sequencer",
		Usage:  "order Neuron L2 transactions into blocks and settle batches on L1",
		Flags:  cliapp.ProtectFlags(node.Flags()),
		Action: cliapp.LifecycleCmd(node.Main),
	}
	if err := app.Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "nrn-sequencer:", err)
		os.Exit(1)
	}
}
