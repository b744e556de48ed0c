package trainer

import (
	"bytes"
	"context"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/rollup"
)

// syncBuffer is a log sink safe for the daemon's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestDaemonWatchesSlashing: two daemons reveal in the one round of an
// MLSC on a chain that verifies no proof, so the round ends by slashing
// the best revealer. That daemon logs the slash as an error, counts it,
// journals the outcome and stakes again up to MinStake; the other records
// its claim as beaten. A restart on the slashed daemon's directory does not
// report the slash again.
func TestDaemonWatchesSlashing(t *testing.T) {
	ctx := context.Background()
	c := newChain(t, 2, 1000)
	spec := testSpec(t, c.da, 64)
	spec.MaxRounds = 1
	id := c.createMLSC(t, spec)

	type run struct {
		d       *Daemon
		dir     string
		logs    *syncBuffer
		metrics *Metrics
	}
	start := func(i int, dir string) run {
		r := run{dir: dir, logs: &syncBuffer{}, metrics: NewMetrics()}
		d, err := New(testConfig(dir), Deps{Log: log.NewLogger(log.NewTerminalHandlerWithLevel(r.logs, log.LevelInfo, false)),
			Key: c.keys[i], Sequencer: c.client, Blocks: c.blocks, DA: c.da, Metrics: r.metrics})
		require.NoError(t, err)
		require.NoError(t, d.Start(ctx))
		r.d = d
		return r
	}
	runs := []run{start(1, t.TempDir()), start(2, t.TempDir())}
	settled := func(r run) string {
		for _, cs := range r.d.Health().Claims {
			if cs.MLSC == id && cs.Round == 1 {
				return cs.Settled
			}
		}
		return ""
	}
	require.Eventually(t, func() bool { return settled(runs[0]) != "" && settled(runs[1]) != "" }, 30*time.Second, 20*time.Millisecond,
		"the round's outcome never recorded: %+v / %+v", runs[0].d.Health(), runs[1].d.Health())
	r, err := c.client.Round(ctx, id, 1)
	require.NoError(t, err)
	require.True(t, r.Slashed, "the chain verifies no proof: the round ends by slashing")
	best := r.Reveals[r.Best-1].Trainer
	var slashed, beaten run
	for _, r := range runs {
		if r.d.Address() == best {
			slashed = r
		} else {
			beaten = r
		}
	}
	require.NotNil(t, slashed.d, "the best revealer %s is neither daemon", best)
	require.Equal(t, SettledSlashed, settled(slashed))
	require.Equal(t, SettledBeaten, settled(beaten))
	require.Contains(t, slashed.logs.String(), "Stake slashed")
	require.Contains(t, slashed.logs.String(), "ERROR[", "a slash is an error")
	require.NotContains(t, beaten.logs.String(), "Stake slashed")
	require.Contains(t, beaten.logs.String(), "Claim beaten")
	require.Equal(t, 1.0, counterValue(t, slashed.metrics, "nrn_trainer_slashed_total"))
	require.Equal(t, 0.0, counterValue(t, beaten.metrics, "nrn_trainer_slashed_total"))

	// Slashed 100 of its 100 staked, it staked 100 again from its balance.
	require.Eventually(t, func() bool {
		acc, err := c.client.Account(ctx, best)
		return err == nil && acc.Stake.ToInt().Int64() == 100 && acc.Balance.ToInt().Int64() == 800
	}, 10*time.Second, 20*time.Millisecond, "the slashed daemon never staked again")

	for _, r := range runs {
		require.NoError(t, r.d.Stop(ctx))
	}
	again := start(map[bool]int{true: 1, false: 2}[slashed.d.Address() == runs[0].d.Address()], slashed.dir)
	defer again.d.Stop(ctx)
	require.Eventually(t, func() bool { return settled(again) == SettledSlashed }, 10*time.Second, 20*time.Millisecond)
	time.Sleep(200 * time.Millisecond) // a few ticks
	require.NotContains(t, again.logs.String(), "Stake slashed", "the journaled slash is reported once")
}

// TestClaimCheckSettled: the journal refuses a round outcome it does not
// know, and one on a claim that was never revealed.
func TestClaimCheckSettled(t *testing.T) {
	ok := Claim{MLSC: 1, Round: 2, CheckpointCID: "bafkreiflm7filk3apsmm4n3pdvtne36w3z2vlfnsokskyy2tcjs7c4h3py",
		TraceCID: "bafkreietyww2ghyo6hohxuvavz3c4xv6agz53zg3lo2a75wzqjhpzm276m", LossSum: 5, State: ClaimRevealed}
	ok.Commitment = rollup.CommitmentHash(ok.MLSC, ok.Round, ok.WeightCommitment, ok.TraceRoot, ok.LossSum, ok.Trainer, ok.Salt)
	for _, tc := range []struct {
		name    string
		state   ClaimState
		settled string
		bad     bool
	}{
		{"revealed, round open", ClaimRevealed, "", false},
		{"won", ClaimRevealed, SettledWon, false},
		{"beaten", ClaimRevealed, SettledBeaten, false},
		{"slashed", ClaimRevealed, SettledSlashed, false},
		{"unknown outcome", ClaimRevealed, "lucky", true},
		{"outcome of an abandoned claim", ClaimAbandoned, SettledSlashed, true},
		{"outcome of a committed claim", ClaimCommitted, SettledWon, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := ok
			c.State, c.Settled = tc.state, tc.settled
			if err := c.check(); (err != nil) != tc.bad {
				t.Fatalf("check() = %v, want error: %v", err, tc.bad)
			}
		})
	}
}
