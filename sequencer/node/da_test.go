package node

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/httpstore"
	"github.com/neuron-rollup/neuron/da/retry"
	"github.com/neuron-rollup/neuron/lossverify"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/sequencer"
)

// logLines keeps the warnings and errors logged, with their attributes.
type logLines struct {
	mu    sync.Mutex
	lines []string
}

func (l *logLines) Enabled(context.Context, slog.Level) bool { return true }
func (l *logLines) Handle(_ context.Context, r slog.Record) error {
	if r.Level < slog.LevelWarn {
		return nil
	}
	var b strings.Builder
	b.WriteString(r.Message)
	r.Attrs(func(a slog.Attr) bool { b.WriteString(" " + a.String()); return true })
	l.mu.Lock()
	l.lines = append(l.lines, b.String())
	l.mu.Unlock()
	return nil
}
func (l *logLines) WithAttrs([]slog.Attr) slog.Handler { return l }
func (l *logLines) WithGroup(string) slog.Handler      { return l }

func (l *logLines) has(sub string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, s := range l.lines {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// TestDAOutage: the sequencer's DA node (kubo's RPC, here httpstore's
// Handler behind a proxy) goes away. Blocks keep coming; no batch is sealed
// while it is away, and the log says why (each retry, then the failed seal
// naming the unavailable store); once it is back the batches are sealed with
// no index or block skipped, and each one's bytes are on DA under its CID.
func TestDAOutage(t *testing.T) {
	ctx := context.Background()
	mem := da.NewMemory()
	srv := httptest.NewServer(httpstore.NewHandler(mem, slog.New(slog.DiscardHandler)))
	t.Cleanup(srv.Close)
	proxy := newOutageProxy(t, strings.TrimPrefix(srv.URL, "http://"))
	client, err := httpstore.NewClient(httpstore.ClientOptions{URL: proxy.url()})
	if err != nil {
		t.Fatal(err)
	}
	logs := &logLines{}
	logger := log.NewLogger(logs)
	store, err := retry.New(client, retry.Options{Attempts: 3, Initial: 20 * time.Millisecond, Max: 50 * time.Millisecond, Timeout: time.Second, Cooldown: 500 * time.Millisecond}, logger)
	if err != nil {
		t.Fatal(err)
	}
	genesis := &rollup.Genesis{Time: 1, Issued: uint256.NewInt(1e18)}
	chain := &rollup.Config{ChainID: 7, Rollup: common.Address{7}, GenesisTime: 1, MinStake: uint256.NewInt(10),
		MinBounty: uint256.NewInt(1), RewardDivisor: 100000, HalvingSeconds: rollup.HalvingSeconds4Years, Verifier: lossverify.New(nil)}
	seq, err := sequencer.New(sequencer.Config{DataDir: t.TempDir(), BlockTime: 20 * time.Millisecond, MaxBlockTxs: 100, BatchBlocks: 5,
		HeartbeatBlocks: 5, MempoolPerAccount: 16, MempoolMax: 1024, Chain: chain, Genesis: genesis},
		sequencer.Deps{Log: logger, Metrics: sequencer.NoopMetrics{}, DA: store})
	if err != nil {
		t.Fatal(err)
	}
	if err := seq.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = seq.Stop(context.Background()) })
	sealed := func() uint64 {
		n, _, err := seq.Store().NextBatch()
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	for deadline := time.Now().Add(time.Minute); sealed() < 2; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("no batch sealed")
		}
	}

	proxy.setDown(true)
	time.Sleep(100 * time.Millisecond) // a seal in flight may finish
	before, head := sealed(), seq.Head().Number
	time.Sleep(2 * time.Second)
	if got := sealed(); got != before {
		t.Fatalf("%d batches sealed while DA was down (had %d)", got, before)
	}
	if h := seq.Head().Number; h < head+30 {
		t.Fatalf("head %d -> %d while DA was down: block production stalled", head, h)
	}
	for _, want := range []string{"DA call failed; retrying", "Batch sealing failed", "da: store unavailable", "not tried"} {
		if !logs.has(want) {
			t.Errorf("no log line with %q while DA was down", want)
		}
	}

	proxy.setDown(false)
	for deadline := time.Now().Add(time.Minute); sealed() < before+3; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("no batch sealed after DA returned")
		}
	}
	next, total := uint64(1), sealed()
	for i := uint64(0); i < total; i++ {
		rec, err := seq.Store().Batch(i)
		if err != nil {
			t.Fatalf("batch %d: %v", i, err)
		}
		if rec.FirstBlock != next {
			t.Fatalf("batch %d starts at block %d, want %d: blocks skipped", i, rec.FirstBlock, next)
		}
		next = rec.LastBlock + 1
		c, err := cid.Cast(rec.CID)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := mem.Get(ctx, c); err != nil {
			t.Fatalf("batch %d's bytes are not on DA: %v", i, err)
		}
	}
	t.Logf("DA down 2 s: head %d -> %d, %d batches before, %d after; every block in a batch on DA", head, seq.Head().Number, before, total)
}
