package node

import (
	"github.com/urfave/cli/v2"
	"strings"
	"testing"
	"time"

	"github.com/neuron-rollup/neuron/sequencer"
)

// TestRPCFlags checks the RPC limits' defaults, that flags and environment
// variables set them, and that Check refuses bad ones.
func TestRPCFlags(t *testing.T) {
	read := readFlags
	t.Run("defaults", func(t *testing.T) {
		cfg, err := read(t)
		if err != nil {
			t.Fatal(err)
		}
		want := sequencer.DefaultRPCConfig("127.0.0.1:8645")
		if got := cfg.RPC; got.Addr != want.Addr || strings.Join(got.VHosts, ",") != "localhost" || got.BatchItems != want.BatchItems ||
			got.BatchResponseBytes != want.BatchResponseBytes || got.MaxConns != want.MaxConns || got.CallRate != want.CallRate ||
			got.CallBurst != want.CallBurst || got.RequestTimeout != want.RequestTimeout {
			t.Fatalf("RPC config %+v, want %+v", got, want)
		}
		if cfg.RejectedMax != sequencer.DefaultRejectedMax {
			t.Fatalf("rejected max %d", cfg.RejectedMax)
		}
	})
	t.Run("flags", func(t *testing.T) {
		t.Setenv("NRN_SEQUENCER_RPC_MAX_CONNS", "64")
		cfg, err := read(t, "--rpc.vhosts", "a.example,b.example", "--rpc.batch-items", "20", "--rpc.batch-response-bytes", "1000",
			"--rpc.rate", "0", "--rpc.burst", "0", "--rpc.request-timeout", "3s", "--store.rejected-max", "7")
		if err != nil {
			t.Fatal(err)
		}
		got := cfg.RPC
		if strings.Join(got.VHosts, ",") != "a.example,b.example" || got.BatchItems != 20 || got.BatchResponseBytes != 1000 ||
			got.MaxConns != 64 || got.CallRate != 0 || got.RequestTimeout != 3*time.Second || cfg.RejectedMax != 7 {
			t.Fatalf("config %+v", cfg)
		}
	})
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--rpc.batch-items", "0"}, "batch item limit"},
		{[]string{"--rpc.burst", "10"}, "call burst"},
		{[]string{"--rpc.max-conns", "-1"}, "connection cap"},
		{[]string{"--rpc.request-timeout", "0s"}, "request timeout"},
		{[]string{"--store.rejected-max", "0"}, "--store.rejected-max"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			_, err := read(t, tc.args...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Check: %v, want an error naming %q", err, tc.want)
			}
		})
	}
}

// readFlags parses a minimal nrn-sequencer command line plus args and checks
// the resulting config.
func readFlags(t *testing.T, args ...string) (CLIConfig, error) {
	t.Helper()
	var cfg CLIConfig
	app := &cli.App{Flags: Flags(), Action: func(c *cli.Context) error { cfg = ReadCLIConfig(c); return nil }}
	base := []string{"nrn-sequencer", "--chain", "c.json", "--data-dir", "d", "--l1", "http://l1", "--da-dir", "x", "--private-key", "k"}
	if err := app.Run(append(base, args...)); err != nil {
		t.Fatal(err)
	}
	return cfg, cfg.Check()
}
