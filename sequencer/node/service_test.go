package node

import (
	"context"
	"errors"
	"log/slog"
	"testing"

	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"
)

// rollupQuery answers BatchVerifier with batch or err and counts the calls.
type rollupQuery struct {
	batch bool
	err   error
	calls int
}

func (q *rollupQuery) BatchVerifier(context.Context) (bool, error) {
	q.calls++
	return q.batch, q.err
}

func TestProofWait(t *testing.T) {
	for _, tc := range []struct {
		name      string
		wait      uint64
		q         rollupQuery
		want      uint64
		wantCalls int
	}{
		{name: "batch verifier", wait: 60, q: rollupQuery{batch: true}, want: 60, wantCalls: 1},
		{name: "one-by-one verifier", wait: 60, q: rollupQuery{batch: false}, want: 0, wantCalls: 1},
		{name: "L1 unreachable", wait: 60, q: rollupQuery{err: errors.New("dial")}, want: 60, wantCalls: 1},
		{name: "disabled, not asked", wait: 0, q: rollupQuery{batch: true}, want: 0, wantCalls: 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := proofWait(context.Background(), &tc.q, tc.wait, log.NewLogger(slog.DiscardHandler))
			if got != tc.want || tc.q.calls != tc.wantCalls {
				t.Fatalf("proofWait = %d after %d queries, want %d after %d", got, tc.q.calls, tc.want, tc.wantCalls)
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
