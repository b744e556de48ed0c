package txsend

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/urfave/cli/v2"
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

func TestCLIFlags(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		env  map[string]string
		want func(c Config) bool
		err  string
	}{
		{"defaults", nil, nil, func(c Config) bool {
			return c.NumConfirmations == 1 && c.ResubmissionTimeout == 48*time.Second && c.MinBaseFee.Cmp(big.NewInt(1e9)) == 0
		}, ""},
		{"flags", []string{"--l1.tx.confirmations", "3", "--l1.tx.resubmission-timeout", "5s", "--l1.tx.min-tip-gwei", "0.5"}, nil,
			func(c Config) bool {
				return c.NumConfirmations == 3 && c.ResubmissionTimeout == 5*time.Second && c.MinTipCap.Cmp(big.NewInt(5e8)) == 0
			}, ""},
		{"env", nil, map[string]string{"NRN_TEST_L1_TX_FEE_LIMIT_MULTIPLIER": "9"}, func(c Config) bool { return c.FeeLimitMultiplier == 9 }, ""},
		{"zero confirmations", []string{"--l1.tx.confirmations", "0"}, nil, nil, "confirmations"},
		{"negative tip", []string{"--l1.tx.min-tip-gwei", "-1"}, nil, nil, "min-tip"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			var got CLIConfig
			app := &cli.App{Flags: CLIFlags("NRN_TEST"), Action: func(c *cli.Context) error { got = ReadCLIConfig(c); return nil }}
			if err := app.Run(append([]string{"x"}, tc.args...)); err != nil {
				t.Fatal(err)
			}
			err := got.Check()
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("Check: %v, want an error naming %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if c := got.Config(big.NewInt(1)); !tc.want(c) {
				t.Fatalf("config %+v", c)
			}
		})
	}
}
