// Package retry makes a da.Store survive a DA node that is down or slow for
// a while: each call is bounded by a per-attempt timeout and retried with
// exponential backoff, and when the attempts run out the error says which
// operation failed, how often and for how long, wrapping ErrUnavailable and
// the last cause. Answers that retrying cannot change (not found, corrupt,
// too large, a bad CID) return at once. Nothing is ever skipped: a caller
// gets the object or an error.
package retry

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/log"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/da"
)

// ErrUnavailable is wrapped when every attempt of a call failed.
var ErrUnavailable = errors.New("da: store unavailable")

// Options bound the retries of one call.
type Options struct {
	// Attempts is the most tries of one call (>= 1).
	Attempts int
	// Initial is the wait after the first failure; each later wait doubles,
	// up to Max.
	Initial, Max time.Duration
	// Timeout bounds each attempt (0: only the caller's ctx).
	Timeout time.Duration
	// Cooldown: once a call has failed every attempt, calls fail at once
	// (ErrUnavailable, with the last cause) for this long, then one call
	// probes the store again. A caller that retries on its own schedule (the
	// sequencer seals at its next block) is then not held up by a full
	// round of retries each time while the node is away. 0: no cooldown.
	Cooldown time.Duration
}

// DefaultOptions: 6 tries over about 15 s (0.5, 1, 2, 4, 8 s of waiting),
// 30 s per try. The sequencer retries a failed seal at its next block
// anyway; this spares it and its log a failure per block during a blip.
var DefaultOptions = Options{Attempts: 6, Initial: 500 * time.Millisecond, Max: 8 * time.Second, Timeout: 30 * time.Second}

// SequencerOptions are for a caller on a block loop, which must not wait
// long: 3 tries within about 0.3 s plus the attempts, 10 s per try, then
// 5 s of failing at once before the next probe.
var SequencerOptions = Options{Attempts: 3, Initial: 100 * time.Millisecond, Max: 200 * time.Millisecond, Timeout: 10 * time.Second, Cooldown: 5 * time.Second}

// Validate lists every problem with the options.
func (o Options) Validate() error {
	var errs []error
	if o.Attempts < 1 {
		errs = append(errs, fmt.Errorf("retry: attempts %d, want at least 1", o.Attempts))
	}
	if o.Initial < 0 || o.Max < o.Initial {
		errs = append(errs, fmt.Errorf("retry: backoff %v..%v is not a range", o.Initial, o.Max))
	}
	if o.Timeout < 0 || o.Cooldown < 0 {
		errs = append(errs, fmt.Errorf("retry: negative timeout %v or cooldown %v", o.Timeout, o.Cooldown))
	}
	return errors.Join(errs...)
}

// Store is a da.Store that retries the one it wraps. Safe for concurrent use
// if the wrapped store is.
type Store struct {
	s   da.Store
	o   Options
	log log.Logger

	mu        sync.Mutex
	downSince time.Time // zero while the store answers
	nextProbe time.Time // calls before it fail at once
	lastErr   error
}

var _ da.Store = (*Store)(nil)

// New wraps s; logger (may be nil) gets a warning per failed attempt.
func New(s da.Store, o Options, logger log.Logger) (*Store, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	if logger == nil {
		logger = log.Root()
	}
	return &Store{s: s, o: o, log: logger}, nil
}

// permanent says retrying cannot change the answer.
func permanent(err error) bool {
	return errors.Is(err, da.ErrNotFound) || errors.Is(err, da.ErrCorrupt) || errors.Is(err, da.ErrTooLarge) || errors.Is(err, da.ErrBadCID)
}

func do[T any](ctx context.Context, s *Store, op string, fn func(ctx context.Context) (T, error)) (T, error) {
	start := time.Now()
	wait := s.o.Initial
	var zero T
	s.mu.Lock()
	if start.Before(s.nextProbe) {
		since, next, last := s.downSince, s.nextProbe, s.lastErr
		s.mu.Unlock()
		return zero, fmt.Errorf("%w: %s not tried: the store has failed every attempt since %s, next try after %s: %w",
			ErrUnavailable, op, since.Format(time.TimeOnly), next.Format(time.TimeOnly), last)
	}
	s.mu.Unlock()
	for attempt := 1; ; attempt++ {
		actx, cancel := ctx, context.CancelFunc(func() {})
		if s.o.Timeout > 0 {
			actx, cancel = context.WithTimeout(ctx, s.o.Timeout)
		}
		v, err := fn(actx)
		cancel()
		switch {
		case err == nil:
			s.mu.Lock()
			s.downSince, s.nextProbe, s.lastErr = time.Time{}, time.Time{}, nil
			s.mu.Unlock()
			if attempt > 1 {
				s.log.Info("DA call succeeded after retries", "op", op, "attempts", attempt, "elapsed", time.Since(start).Round(time.Millisecond))
			}
			return v, nil
		case permanent(err):
			return zero, err
		case ctx.Err() != nil:
			return zero, fmt.Errorf("%s: %w (after %d attempts: %w)", op, ctx.Err(), attempt, err)
		case attempt >= s.o.Attempts:
			s.mu.Lock()
			if s.downSince.IsZero() {
				s.downSince = start
			}
			s.nextProbe, s.lastErr = time.Now().Add(s.o.Cooldown), err
			s.mu.Unlock()
			return zero, fmt.Errorf("%w: %s failed %d times over %v: %w", ErrUnavailable, op, attempt, time.Since(start).Round(time.Millisecond), err)
		}
		s.log.Warn("DA call failed; retrying", "op", op, "attempt", attempt, "of", s.o.Attempts, "wait", wait, "err", err)
		select {
		case <-ctx.Done():
			return zero, fmt.Errorf("%s: %w (after %d attempts: %w)", op, ctx.Err(), attempt, err)
		case <-time.After(wait):
		}
		wait = min(2*wait, s.o.Max)
	}
}

// Put implements da.Store.
func (s *Store) Put(ctx context.Context, data []byte) (cid.Cid, error) {
	return do(ctx, s, fmt.Sprintf("put %s (%d bytes)", da.Sum(data), len(data)), func(ctx context.Context) (cid.Cid, error) { return s.s.Put(ctx, data) })
}

// Get implements da.Store.
func (s *Store) Get(ctx context.Context, c cid.Cid) ([]byte, error) {
	return do(ctx, s, "get "+c.String(), func(ctx context.Context) ([]byte, error) { return s.s.Get(ctx, c) })
}

// Has implements da.Store.
func (s *Store) Has(ctx context.Context, c cid.Cid) (bool, error) {
	return do(ctx, s, "has "+c.String(), func(ctx context.Context) (bool, error) { return s.s.Has(ctx, c) })
}
