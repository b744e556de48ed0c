// Command nrn-trainer runs a Neuron trainer: the daemon (run) and the
// offline train and eval tools.
package main

import (
	"fmt"
	"math"
	"os"
	"runtime/debug"

	"github.com/neuron-rollup/neuron/trainer/node"
)

// Version is set at build time (-ldflags "-X main.Version=...").
var Version = "dev"

func main() {
	// --max-memory is also the Go runtime's soft memory limit: the process
	// is the trainer's alone.
	limitMemory := func(bytes uint64) { debug.SetMemoryLimit(int64(min(bytes, math.MaxInt64))) }
	if err := node.NewApp(Version, limitMemory).Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "nrn-trainer:", err)
		os.Exit(1)
	}
}
