package node

import (
	"time"

	opservice "github.com/ethereum-optimism/optimism/op-service"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/da/backend"
	"github.com/neuron-rollup/neuron/l1"
	"github.com/neuron-rollup/neuron/l1/keys"
)

// EnvPrefix prefixes every flag's environment variable.
const EnvPrefix = "NRN_SEQUENCER"

func env(name string) []string { return opservice.PrefixEnvVar(EnvPrefix, name) }

// Flags are the nrn-sequencer flags.
func Flags() []cli.Flag {
	fs := []cli.Flag{
		&cli.StringFlag{Name: "chain", Usage: "chain file (JSON) of the network", Required: true, EnvVars: env("CHAIN")},
		&cli.StringFlag{Name: "data-dir", Usage: "pebble store directory", Required: true, EnvVars: env("DATA_DIR")},
		&cli.StringFlag{Name: "l1", Usage: "L1 JSON-RPC URL", Required: true, EnvVars: env("L1")},
		&cli.StringFlag{Name: "rpc.addr", Value: "127.0.0.1:8645", Usage: "JSON-RPC listen address", EnvVars: env("RPC_ADDR")},
		&cli.DurationFlag{Name: "block-time", Value: time.Second, Usage: "L2 block interval", EnvVars: env("BLOCK_TIME")},
		&cli.Uint64Flag{Name: "batch-blocks", Value: 30, Usage: "seal a batch every this many blocks", EnvVars: env("BATCH_BLOCKS")},
		&cli.Uint64Flag{Name: "batch.heartbeat-blocks", Value: 1800, Usage: "blocks with no transaction are settled on their own only once this many are unbatched (an empty batch costs L1 gas and settles nothing); 0 never", EnvVars: env("BATCH_HEARTBEAT_BLOCKS")},
		&cli.Uint64Flag{Name: "batch.gas-budget", Value: l1.BatchGasBudget, Usage: "L1 gas one batch's submitBatch may be planned to use (at most 16777216, EIP-7825); loss proofs beyond it wait for the next block and batch", EnvVars: env("BATCH_GAS_BUDGET")},
		&cli.Uint64Flag{Name: "batch.proof-wait", Value: 60, Usage: "hold a due batch with one loss proof up to this many blocks past it for a second, which L1 verifies with it for less gas each; 0 never holds (also when the Rollup's verifier checks proofs one by one)", EnvVars: env("BATCH_PROOF_WAIT")},
		&cli.DurationFlag{Name: "da-challenge.poll", Value: 30 * time.Second, Usage: "how often to look for data-availability challenges and step-leaf requests against our batches and answer them from the DA store (an unanswered one removes the batch and pays the bond to the challenger)", EnvVars: env("DA_CHALLENGE_POLL")},
		&cli.IntFlag{Name: "max-block-txs", Value: 10000, Usage: "transactions per block at most", EnvVars: env("MAX_BLOCK_TXS")},
		&cli.IntFlag{Name: "mempool.per-account", Value: 64, Usage: "pending transactions per account at most", EnvVars: env("MEMPOOL_PER_ACCOUNT")},
		&cli.IntFlag{Name: "mempool.max", Value: 100000, Usage: "pending transactions at most", EnvVars: env("MEMPOOL_MAX")},
	}
	fs = append(fs, backend.CLIFlags(EnvPrefix)...)
	fs = append(fs, keys.CLIFlags(EnvPrefix, "batch submissions")...)
	fs = append(fs, rpcFlags()...)
	fs = append(fs, l1Flags()...)
	fs = append(fs, mempoolFlags()...)
	fs = append(fs, oplog.CLIFlags(EnvPrefix)...)
	return append(fs, opmetrics.CLIFlags(EnvPrefix)...)
}
