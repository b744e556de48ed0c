package node

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/l1/l1client"
)

// rollupQuery answers Verifiers from vs, or with err.
type rollupQuery struct {
	vs  map[string]l1client.CircuitVerifier
	err error
}

func (q rollupQuery) Verifiers(_ context.Context, circuits []string) (map[string]l1client.CircuitVerifier, error) {
	out := map[string]l1client.CircuitVerifier{}
	for _, c := range circuits {
		out[c] = q.vs[c]
	}
	return out, q.err
}

func TestCheckVerifiers(t *testing.T) {
	one := l1client.CircuitVerifier{Address: common.Address{1}}
	batch := l1client.CircuitVerifier{Address: common.Address{2}, Batch: true}
	for _, tc := range []struct {
		name     string
		circuits []string
		q        rollupQuery
		wait     uint64
		want     uint64
		wantErr  string
	}{
		{name: "a batch verifier", circuits: []string{"a", "b"}, q: rollupQuery{vs: map[string]l1client.CircuitVerifier{"a": one, "b": batch}}, wait: 60, want: 60},
		{name: "one-by-one verifiers only", circuits: []string{"a"}, q: rollupQuery{vs: map[string]l1client.CircuitVerifier{"a": one}}, wait: 60, want: 0},
		{name: "wait off", circuits: []string{"b"}, q: rollupQuery{vs: map[string]l1client.CircuitVerifier{"b": batch}}, wait: 0, want: 0},
		{name: "circuit without verifier", circuits: []string{"a", "c"}, q: rollupQuery{vs: map[string]l1client.CircuitVerifier{"a": one}}, wait: 60, wantErr: `"c"`},
		{name: "L1 unreachable", circuits: []string{"a"}, q: rollupQuery{err: errors.New("dial tcp: refused")}, wait: 60, wantErr: "refused"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := checkVerifiers(context.Background(), tc.q, tc.circuits, tc.wait, log.NewLogger(slog.DiscardHandler))
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("checkVerifiers error %v, want one naming %s", err, tc.wantErr)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("checkVerifiers = %d, %v; want %d", got, err, tc.want)
			}
		})
	}
}

func TestProofWaitFlag(t *testing.T) {
	read := func(t *testing.T, args ...string) CLIConfig {
		t.Helper()
		var cfg CLIConfig
		app := &cli.App{Flags: Flags(), Action: func(c *cli.Context) error { cfg = ReadCLIConfig(c); return nil }}
		base := []string{"nrn-sequencer", "--chain", "c.json", "--data-dir", "d", "--l1", "http://l1"}
		if err := app.Run(append(base, args...)); err != nil {
			t.Fatal(err)
		}
		if err := cfg.Check(); err != nil {
			t.Fatalf("Check: %v", err)
		}
		return cfg
	}
	t.Run("default", func(t *testing.T) {
		if got := read(t, "--da-dir", "x", "--private-key", "k").ProofWait; got != 60 {
			t.Fatalf("default proof wait %d, want 60", got)
		}
	})
	t.Run("flag", func(t *testing.T) {
		if got := read(t, "--da-dir", "x", "--private-key", "k", "--batch.proof-wait", "0").ProofWait; got != 0 {
			t.Fatalf("proof wait %d, want 0", got)
		}
	})
	t.Run("env", func(t *testing.T) {
		t.Setenv("NRN_SEQUENCER_BATCH_PROOF_WAIT", "7")
		if got := read(t, "--da-dir", "x", "--private-key", "k").ProofWait; got != 7 {
			t.Fatalf("proof wait %d, want 7", got)
		}
	})
}
