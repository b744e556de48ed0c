package txsend

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/params"
	"github.com/urfave/cli/v2"
)

// CLIConfig is the part of Config a node's flags set; the chain id comes
// from the chain file.
type CLIConfig struct {
	Confirmations       uint64
	ResubmissionTimeout time.Duration
	ReceiptInterval     time.Duration
	NetworkTimeout      time.Duration
	FeeLimitMultiplier  uint64
	MinTipGwei          float64
	MinBaseFeeGwei      float64
}

// CLIFlags are the --l1.tx.* flags, with env vars under envPrefix (e.g.
// NRN_SEQUENCER) and DefaultConfig's values as defaults.
func CLIFlags(envPrefix string) []cli.Flag {
	d := DefaultConfig(big.NewInt(1))
	env := func(name string) []string { return []string{envPrefix + "_L1_TX_" + name} }
	gwei := func(v *big.Int) float64 {
		f, _ := new(big.Float).Quo(new(big.Float).SetInt(v), big.NewFloat(params.GWei)).Float64()
		return f
	}
	return []cli.Flag{
		&cli.Uint64Flag{Name: "l1.tx.confirmations", Value: d.NumConfirmations, EnvVars: env("CONFIRMATIONS"),
			Usage: "blocks (its own included) an L1 transaction needs before it counts as sent"},
		&cli.DurationFlag{Name: "l1.tx.resubmission-timeout", Value: d.ResubmissionTimeout, EnvVars: env("RESUBMISSION_TIMEOUT"),
			Usage: "an L1 transaction not mined after this long is re-sent with fees bumped by at least 10 %"},
		&cli.DurationFlag{Name: "l1.tx.receipt-interval", Value: d.ReceiptQueryInterval, EnvVars: env("RECEIPT_INTERVAL"),
			Usage: "how often the receipt of a sent L1 transaction is polled"},
		&cli.DurationFlag{Name: "l1.tx.network-timeout", Value: d.NetworkTimeout, EnvVars: env("NETWORK_TIMEOUT"),
			Usage: "bound on each call to the L1 node"},
		&cli.Uint64Flag{Name: "l1.tx.fee-limit-multiplier", Value: d.FeeLimitMultiplier, EnvVars: env("FEE_LIMIT_MULTIPLIER"),
			Usage: "a bumped fee never passes this multiple of what L1 suggests"},
		&cli.Float64Flag{Name: "l1.tx.min-tip-gwei", Value: gwei(d.MinTipCap), EnvVars: env("MIN_TIP_GWEI"),
			Usage: "lowest priority fee offered, in gwei"},
		&cli.Float64Flag{Name: "l1.tx.min-base-fee-gwei", Value: gwei(d.MinBaseFee), EnvVars: env("MIN_BASE_FEE_GWEI"),
			Usage: "base fee assumed at least, in gwei (a fee cap is twice it plus the tip)"},
	}
}

// ReadCLIConfig reads CLIFlags.
func ReadCLIConfig(c *cli.Context) CLIConfig {
	return CLIConfig{
		Confirmations: c.Uint64("l1.tx.confirmations"), ResubmissionTimeout: c.Duration("l1.tx.resubmission-timeout"),
		ReceiptInterval: c.Duration("l1.tx.receipt-interval"), NetworkTimeout: c.Duration("l1.tx.network-timeout"),
		FeeLimitMultiplier: c.Uint64("l1.tx.fee-limit-multiplier"),
		MinTipGwei:         c.Float64("l1.tx.min-tip-gwei"), MinBaseFeeGwei: c.Float64("l1.tx.min-base-fee-gwei"),
	}
}

// Config returns the sender's Config for L1 chain chainID.
func (c CLIConfig) Config(chainID *big.Int) Config {
	wei := func(g float64) *big.Int {
		w, _ := new(big.Float).Mul(big.NewFloat(g), big.NewFloat(params.GWei)).Int(nil)
		return w
	}
	d := DefaultConfig(chainID)
	d.NumConfirmations, d.ResubmissionTimeout, d.ReceiptQueryInterval = c.Confirmations, c.ResubmissionTimeout, c.ReceiptInterval
	d.NetworkTimeout, d.FeeLimitMultiplier = c.NetworkTimeout, c.FeeLimitMultiplier
	d.MinTipCap, d.MinBaseFee = wei(c.MinTipGwei), wei(c.MinBaseFeeGwei)
	return d
}

// Check lists every problem with the flags.
func (c CLIConfig) Check() error {
	var errs []error
	if c.MinTipGwei < 0 || c.MinBaseFeeGwei < 0 {
		errs = append(errs, fmt.Errorf("--l1.tx.min-tip-gwei %v and --l1.tx.min-base-fee-gwei %v must not be negative", c.MinTipGwei, c.MinBaseFeeGwei))
	}
	cfg := c.Config(big.NewInt(1))
	if err := cfg.Check(); err != nil {
		errs = append(errs, fmt.Errorf("--l1.tx.*: %w", err))
	}
	return errors.Join(errs...)
}
