package backend

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/log"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/httpstore"
	"github.com/neuron-rollup/neuron/da/retry"
)

// TestOpenRetrying: a service that opens its DA with OpenRetrying rides out
// a node that fails its first requests, where a plain Open fails; a node
// that stays down ends in retry.ErrUnavailable, not a skip.
func TestOpenRetrying(t *testing.T) {
	var down atomic.Int64
	h := httpstore.NewHandler(da.NewMemory(), slog.New(slog.DiscardHandler))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if down.Add(-1) >= 0 {
			http.Error(w, "node restarting", http.StatusServiceUnavailable)
			return
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	cfg := CLIConfig{URL: srv.URL}
	o := retry.Options{Attempts: 4, Initial: time.Millisecond, Max: 4 * time.Millisecond, Timeout: 5 * time.Second}
	ctx := context.Background()
	data := []byte("a batch")

	plain, err := cfg.Open()
	if err != nil {
		t.Fatal(err)
	}
	down.Store(2)
	if _, err := plain.Put(ctx, data); err == nil {
		t.Fatal("plain store: put succeeded on a node that is down")
	}

	s, err := cfg.OpenRetrying(o, log.NewLogger(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	down.Store(2)
	c, err := s.Put(ctx, data)
	if err != nil {
		t.Fatalf("put through two failures: %v", err)
	}
	down.Store(3)
	got, err := s.Get(ctx, c)
	if err != nil || string(got) != string(data) {
		t.Fatalf("get through three failures: %q, %v", got, err)
	}
	down.Store(10)
	if _, err := s.Get(ctx, c); !errors.Is(err, retry.ErrUnavailable) {
		t.Fatalf("node down for good: %v, want retry.ErrUnavailable", err)
	}

	if _, err := (CLIConfig{}).OpenRetrying(o, nil); err == nil {
		t.Fatal("no backend named: opened")
	}
	if _, err := cfg.OpenRetrying(retry.Options{}, nil); err == nil {
		t.Fatal("zero attempts: opened")
	}
}
