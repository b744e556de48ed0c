package node

import (
	"errors"
	"fmt"
	"time"

	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/da/backend"
	"github.com/neuron-rollup/neuron/l1/keys"
	"github.com/neuron-rollup/neuron/l1/txsend"
	"github.com/neuron-rollup/neuron/sequencer"
)

// CLIConfig is everything nrn-sequencer is configured with.
type CLIConfig struct {
	ChainFile   string
	DataDir     string
	L1URL       string
	DA          backend.CLIConfig   // --da, --da-dir, --da.pin
	L1Confirms  *uint64             // --l1.confirmations; nil: the chain file's
	L1Tx        txsend.CLIConfig    // --l1.tx.*: how batches are sent (op-service txmgr)
	Signer      keys.CLIConfig      // the batch submitter's key
	RPC         sequencer.RPCConfig // --rpc.addr and the RPC limits (rpc_flags.go)
	RejectedMax int                 // rejection reasons kept
	BlockTime   time.Duration
	BatchBlocks uint64
	ProofWait   uint64 // blocks a due batch with one loss proof waits for a second; any value
	Heartbeat   uint64 // unbatched empty blocks settled alone; 0 never
	GasBudget   uint64 // L1 gas planned per batch
	// DAResolvePoll is how often the sequencer looks for data-availability
	// challenges of its batches to answer.
	DAResolvePoll time.Duration
	MaxBlockTxs   int
	PerAccount    int
	MempoolMax    int
	Mempool       mempoolConfig // the mempool's byte bound and gap budget (mempool_flags.go)
	Log           oplog.CLIConfig
	Metrics       opmetrics.CLIConfig
}

// ReadCLIConfig reads the flags.
func ReadCLIConfig(c *cli.Context) CLIConfig {
	return CLIConfig{
		ChainFile: c.String("chain"), DataDir: c.String("data-dir"), L1URL: c.String("l1"),
		DA: backend.ReadCLIConfig(c), L1Confirms: readL1Confirmations(c), L1Tx: txsend.ReadCLIConfig(c), Signer: keys.ReadCLIConfig(c),
		RPC: readRPCConfig(c), RejectedMax: c.Int("store.rejected-max"),
		BlockTime: c.Duration("block-time"), BatchBlocks: c.Uint64("batch-blocks"), ProofWait: c.Uint64("batch.proof-wait"),
		Heartbeat: c.Uint64("batch.heartbeat-blocks"), GasBudget: c.Uint64("batch.gas-budget"), DAResolvePoll: c.Duration("da-challenge.poll"),
		MaxBlockTxs: c.Int("max-block-txs"), PerAccount: c.Int("mempool.per-account"), MempoolMax: c.Int("mempool.max"), Mempool: readMempoolConfig(c),
		Log: oplog.ReadCLIConfig(c), Metrics: opmetrics.ReadCLIConfig(c),
	}
}

// Check lists every problem with the configuration.
func (c *CLIConfig) Check() error {
	var errs []error
	if c.ChainFile == "" || c.DataDir == "" || c.L1URL == "" {
		errs = append(errs, errors.New("--chain, --data-dir and --l1 are required"))
	}
	if err := c.DA.Check(); err != nil {
		errs = append(errs, err)
	}
	if err := c.Signer.Check(); err != nil {
		errs = append(errs, err)
	}
	if err := c.L1Tx.Check(); err != nil {
		errs = append(errs, err)
	}
	if c.DAResolvePoll <= 0 {
		errs = append(errs, fmt.Errorf("--da-challenge.poll %s must be positive", c.DAResolvePoll))
	}
	if c.BlockTime <= 0 {
		errs = append(errs, fmt.Errorf("--block-time %s must be positive", c.BlockTime))
	}
	if c.BatchBlocks == 0 || c.MaxBlockTxs <= 0 || c.PerAccount <= 0 || c.MempoolMax <= 0 {
		errs = append(errs, errors.New("--batch-blocks, --max-block-txs and the mempool limits must be positive"))
	}
	if err := c.Mempool.Check(); err != nil {
		errs = append(errs, err)
	}
	if err := c.RPC.Check(); err != nil {
		errs = append(errs, err)
	}
	if c.RejectedMax <= 0 {
		errs = append(errs, fmt.Errorf("--store.rejected-max %d must be positive", c.RejectedMax))
	}
	if err := c.Metrics.Check(); err != nil {
		errs = append(errs, fmt.Errorf("metrics: %w", err))
	}
	return errors.Join(errs...)
}
