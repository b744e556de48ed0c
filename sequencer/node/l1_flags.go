package node

import (
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/l1/txsend"
)

// l1Flags say when the sequencer credits an L1 deposit, and how it sends
// batches (txsend's --l1.tx.* flags).
func l1Flags() []cli.Flag {
	return append(txsend.CLIFlags(EnvPrefix), []cli.Flag{
		&cli.Uint64Flag{Name: "l1.confirmations", Usage: "credit an L1 deposit once this many blocks sit on its block, for an L1 without the finalized block tag; 0 credits it once L1 finalizes its block (a shallower reorg can drop a deposit L2 already credited). Default: the chain file's l1.confirmations, whose 0 or absence means finality", EnvVars: env("L1_CONFIRMATIONS")},
	}...)
}

// readL1Confirmations returns --l1.confirmations if it was given, else nil
// (the chain file's setting applies).
func readL1Confirmations(c *cli.Context) *uint64 {
	if !c.IsSet("l1.confirmations") {
		return nil
	}
	n := c.Uint64("l1.confirmations")
	return &n
}

// confirmations is the deposit depth the sequencer uses: the flag's if
// given, else the chain file's (l1client.Finalized, 0, means finality).
func confirmations(flag *uint64, chainFile uint64) uint64 {
	if flag != nil {
		return *flag
	}
	return chainFile
}
