// Command nrn-trainer runs a Neuron trainer: the daemon (run) and the
// offline train and eval tools.
package main

import (
	"fmt"
	"os"

	"github.com/neuron-rollup/neuron/trainer"
)

// Version is set at build time (-ldflags "-X main.Version=...").
var Version = "dev"

func main() {
	if err := trainer.NewApp(Version).Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "nrn-trainer:", err)
		os.Exit(1)
	}
}
