package node

import (
	"strings"
	"testing"
	"time"

	"github.com/neuron-rollup/neuron/sequencer"
)

// TestMempoolFlags checks the mempool limits' defaults, that flags and
// environment variables set them, and that Check refuses bad ones.
func TestMempoolFlags(t *testing.T) {
	read := readFlags
	cfg, err := read(t)
	if err != nil {
		t.Fatal(err)
	}
	want := mempoolConfig{MaxBytes: sequencer.DefaultMempoolMaxBytes, GappedPerAccount: sequencer.DefaultMempoolGappedPerAccount,
		GappedMax: sequencer.DefaultMempoolGappedMax, GappedLifetime: sequencer.DefaultMempoolGappedLifetime}
	if cfg.Mempool != want {
		t.Fatalf("defaults %+v, want %+v", cfg.Mempool, want)
	}
	t.Setenv("NRN_SEQUENCER_MEMPOOL_GAPPED_MAX", "99")
	cfg, err = read(t, "--mempool.max-bytes", "1000000", "--mempool.gapped-per-account", "3", "--mempool.gapped-lifetime", "30s")
	if err != nil {
		t.Fatal(err)
	}
	if want := (mempoolConfig{1000000, 3, 99, 30 * time.Second}); cfg.Mempool != want {
		t.Fatalf("config %+v, want %+v", cfg.Mempool, want)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--mempool.max-bytes", "0"}, "--mempool.max-bytes must be positive"},
		{[]string{"--mempool.max-bytes", "100000"}, "at least two transactions"},
		{[]string{"--mempool.gapped-per-account", "0"}, "--mempool.gapped-per-account"},
		{[]string{"--mempool.gapped-max", "-1"}, "--mempool.gapped-max"},
		{[]string{"--mempool.gapped-lifetime", "0s"}, "--mempool.gapped-lifetime"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			_, err := read(t, tc.args...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Check: %v, want an error naming %q", err, tc.want)
			}
		})
	}
}
