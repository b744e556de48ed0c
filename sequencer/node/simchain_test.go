package node

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/neuron-rollup/neuron/l1/simchain"
)

// mineEvery makes l1 mine a block every period until the test ends, as an
// L1 node with a block time does.
func mineEvery(t *testing.T, l1 *simchain.Chain, period time.Duration) {
	ctx, stop := context.WithCancel(context.Background())
	var mining sync.WaitGroup
	mining.Add(1)
	go func() {
		defer mining.Done()
		tk := time.NewTicker(period)
		defer tk.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tk.C:
				l1.Commit()
			}
		}
	}()
	t.Cleanup(func() { stop(); mining.Wait() })
}

// waitUntil polls cond every 20 ms and fails the test after a minute,
// naming what it waited for.
func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); !cond(); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}
