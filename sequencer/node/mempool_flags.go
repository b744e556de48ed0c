package node

import (
	"errors"
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/sequencer"
)

// mempoolFlags are the mempool's byte bound and nonce-gap budget
// (sequencer.MempoolLimits); --mempool.per-account and --mempool.max are in
// flags.go.
func mempoolFlags() []cli.Flag {
	return []cli.Flag{
		&cli.IntFlag{Name: "mempool.max-bytes", Value: sequencer.DefaultMempoolMaxBytes, Usage: "encoded bytes of pending transactions at most", EnvVars: env("MEMPOOL_MAX_BYTES")},
		&cli.IntFlag{Name: "mempool.gapped-per-account", Value: sequencer.DefaultMempoolGappedPerAccount, Usage: "pending transactions per account that wait for a missing lower nonce, at most", EnvVars: env("MEMPOOL_GAPPED_PER_ACCOUNT")},
		&cli.IntFlag{Name: "mempool.gapped-max", Value: sequencer.DefaultMempoolGappedMax, Usage: "pending transactions in all that wait for a missing lower nonce, at most; beyond it the oldest is evicted", EnvVars: env("MEMPOOL_GAPPED_MAX")},
		&cli.DurationFlag{Name: "mempool.gapped-lifetime", Value: sequencer.DefaultMempoolGappedLifetime, Usage: "how long a transaction may wait for a missing lower nonce before it is evicted", EnvVars: env("MEMPOOL_GAPPED_LIFETIME")},
	}
}

// mempoolConfig holds mempoolFlags.
type mempoolConfig struct {
	MaxBytes         int
	GappedPerAccount int
	GappedMax        int
	GappedLifetime   time.Duration
}

func readMempoolConfig(c *cli.Context) mempoolConfig {
	return mempoolConfig{MaxBytes: c.Int("mempool.max-bytes"), GappedPerAccount: c.Int("mempool.gapped-per-account"),
		GappedMax: c.Int("mempool.gapped-max"), GappedLifetime: c.Duration("mempool.gapped-lifetime")}
}

// Check lists every limit that is not positive.
func (m mempoolConfig) Check() error {
	var errs []error
	for _, l := range []struct {
		name string
		v    int64
	}{{"--mempool.max-bytes", int64(m.MaxBytes)}, {"--mempool.gapped-per-account", int64(m.GappedPerAccount)},
		{"--mempool.gapped-max", int64(m.GappedMax)}, {"--mempool.gapped-lifetime", int64(m.GappedLifetime)}} {
		if l.v <= 0 {
			errs = append(errs, fmt.Errorf("%s must be positive", l.name))
		}
	}
	if m.MaxBytes > 0 && m.MaxBytes < 2*rollup.MaxTxSize {
		errs = append(errs, fmt.Errorf("--mempool.max-bytes %d must hold at least two transactions of %d bytes", m.MaxBytes, rollup.MaxTxSize))
	}
	return errors.Join(errs...)
}
