package retry

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/log"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/httpstore"
	"github.com/neuron-rollup/neuron/da/storetest"
)

// flakyNode is a kubo-compatible DA node (httpstore's Handler over memory)
// that fails the next `down` requests with 503, and delays every answer by
// `delay`.
type flakyNode struct {
	srv   *httptest.Server
	down  atomic.Int64
	delay atomic.Int64
	calls atomic.Int64
}

func newFlakyNode(t *testing.T) *flakyNode {
	n := &flakyNode{}
	h := httpstore.NewHandler(da.NewMemory(), slog.New(slog.DiscardHandler))
	n.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.calls.Add(1)
		if d := time.Duration(n.delay.Load()); d > 0 {
			select {
			case <-time.After(d):
			case <-r.Context().Done():
				return
			}
		}
		if n.down.Add(-1) >= 0 {
			http.Error(w, "node restarting", http.StatusServiceUnavailable)
			return
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(n.srv.Close)
	return n
}

func (n *flakyNode) store(t *testing.T, o Options) *Store {
	c, err := httpstore.NewClient(httpstore.ClientOptions{URL: n.srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(c, o, log.NewLogger(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

var fast = Options{Attempts: 4, Initial: 10 * time.Millisecond, Max: 40 * time.Millisecond, Timeout: 200 * time.Millisecond}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) da.Store {
		s, err := New(da.NewMemory(), fast, nil)
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestRetry(t *testing.T) {
	data := []byte("batch 7")
	for _, tc := range []struct {
		name      string
		down      int64
		delay     time.Duration
		wantErr   error  // nil: Put succeeds
		wantText  string // in the error
		wantCalls int64  // HTTP requests made by Put
	}{
		{name: "up", wantCalls: 1},
		{name: "down for two tries", down: 2, wantCalls: 3},
		{name: "down for every try", down: 100, wantErr: ErrUnavailable, wantText: "failed 4 times", wantCalls: 4},
		{name: "slower than the timeout", delay: 300 * time.Millisecond, wantErr: ErrUnavailable, wantText: "deadline exceeded", wantCalls: 4},
		{name: "slow but within the timeout", delay: 50 * time.Millisecond, wantCalls: 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := newFlakyNode(t)
			n.down.Store(tc.down)
			n.delay.Store(int64(tc.delay))
			s := n.store(t, fast)
			c, err := s.Put(context.Background(), data)
			calls := n.calls.Load()
			if tc.wantErr == nil {
				if err != nil || c != da.Sum(data) {
					t.Fatalf("Put = %v, %v", c, err)
				}
				n.down.Store(0)
				got, err := s.Get(context.Background(), c)
				if err != nil || string(got) != string(data) {
					t.Fatalf("Get after Put = %q, %v", got, err)
				}
			} else if !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), tc.wantText) || !strings.Contains(err.Error(), "put "+da.Sum(data).String()) {
				t.Fatalf("Put error %v, want %v naming the operation and %q", err, tc.wantErr, tc.wantText)
			}
			if calls != tc.wantCalls {
				t.Fatalf("Put made %d requests, want %d", calls, tc.wantCalls)
			}
		})
	}
}

// TestPermanent: an answer retrying cannot change comes back at once.
func TestPermanent(t *testing.T) {
	n := newFlakyNode(t)
	s := n.store(t, fast)
	_, err := s.Get(context.Background(), da.Sum([]byte("never stored")))
	if !errors.Is(err, da.ErrNotFound) || n.calls.Load() != 1 {
		t.Fatalf("Get of a missing object: %v after %d requests; want ErrNotFound after 1", err, n.calls.Load())
	}
}

// TestCallerDeadline: the caller's ctx ends the retries, and the error says
// so and what the last attempt met.
func TestCallerDeadline(t *testing.T) {
	n := newFlakyNode(t)
	n.down.Store(1000)
	s := n.store(t, Options{Attempts: 100, Initial: 20 * time.Millisecond, Max: 20 * time.Millisecond})
	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Millisecond)
	defer cancel()
	_, err := s.Put(ctx, []byte("x"))
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "503") {
		t.Fatalf("Put: %v, want the deadline and the node's last answer", err)
	}
}

// TestCooldown: after a call has failed every attempt, calls fail at once
// (no request) until the cooldown passes; then one probes, and succeeds once
// the node is back.
func TestCooldown(t *testing.T) {
	n := newFlakyNode(t)
	n.down.Store(1000)
	o := fast
	o.Cooldown = 300 * time.Millisecond
	s := n.store(t, o)
	ctx := context.Background()
	if _, err := s.Put(ctx, []byte("a")); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("Put to a node that is down: %v", err)
	}
	calls := n.calls.Load()
	_, err := s.Put(ctx, []byte("b"))
	if !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), "not tried") || !strings.Contains(err.Error(), "503") || n.calls.Load() != calls {
		t.Fatalf("Put during the cooldown: %v after %d more requests; want ErrUnavailable at once, naming the last cause", err, n.calls.Load()-calls)
	}
	n.down.Store(0)
	time.Sleep(o.Cooldown)
	if _, err := s.Put(ctx, []byte("c")); err != nil {
		t.Fatalf("Put after the cooldown, node back: %v", err)
	}
}

func TestOptionsValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		o    Options
		want string
	}{
		{"default", DefaultOptions, ""},
		{"sequencer", SequencerOptions, ""},
		{"negative cooldown", Options{Attempts: 1, Cooldown: -1}, "cooldown"},
		{"no attempts", Options{Attempts: 0, Initial: 1, Max: 1}, "attempts"},
		{"max below initial", Options{Attempts: 1, Initial: 2, Max: 1}, "backoff"},
		{"negative timeout", Options{Attempts: 1, Timeout: -1}, "timeout"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.o.Validate()
			if (tc.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tc.want)) {
				t.Fatalf("Validate: %v, want %q", err, tc.want)
			}
		})
	}
}
