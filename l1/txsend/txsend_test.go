package txsend

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"
)

func TestConfigCheck(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*Config)
		want   string // "" for valid
	}{
		{"default", func(*Config) {}, ""},
		{"no chain id", func(c *Config) { c.ChainID = nil }, "chain id"},
		{"zero chain id", func(c *Config) { c.ChainID = new(big.Int) }, "chain id"},
		{"no confirmations", func(c *Config) { c.NumConfirmations = 0 }, "confirmations"},
		{"no resubmission timeout", func(c *Config) { c.ResubmissionTimeout = 0 }, "resubmission timeout"},
		{"negative receipt interval", func(c *Config) { c.ReceiptQueryInterval = -time.Second }, "receipt query interval"},
		{"no network timeout", func(c *Config) { c.NetworkTimeout = 0 }, "network timeout"},
		{"no mempool timeout", func(c *Config) { c.TxNotInMempoolTimeout = 0 }, "not-in-mempool"},
		{"no fee limit", func(c *Config) { c.FeeLimitMultiplier = 0 }, "fee limit"},
		{"base fee floor below tip floor", func(c *Config) { c.MinBaseFee = big.NewInt(1) }, "min base fee"},
		{"no floors", func(c *Config) { c.MinBaseFee, c.MinTipCap = nil, nil }, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := DefaultConfig(big.NewInt(1))
			tc.change(&c)
			err := c.Check()
			if tc.want == "" {
				if err != nil {
					t.Fatalf("Check: %v", err)
				}
				return
			}
			if !errors.Is(err, ErrInvalidConfig) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Check: %v, want ErrInvalidConfig naming %q", err, tc.want)
			}
		})
	}
}
