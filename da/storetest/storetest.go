// Package storetest is a conformance suite for da.Store implementations.
package storetest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"

	"github.com/neuron-rollup/neuron/da"
)

// Pinner is a store that can say whether it keeps an object through its
// garbage collection (a kubo node: pin/ls).
type Pinner interface {
	Pinned(ctx context.Context, c cid.Cid) (bool, error)
}

// Run checks the da.Store contract on a fresh store from newStore. Where the
// store is a Pinner, it also checks that every object Put stores is pinned.
func Run(t *testing.T, newStore func(t *testing.T) da.Store) {
	ctx := context.Background()

	t.Run("pinned", func(t *testing.T) {
		s := newStore(t)
		p, ok := s.(Pinner)
		if !ok {
			t.Skipf("%T cannot report pins", s)
		}
		for _, data := range [][]byte{[]byte("pin me"), bytes.Repeat([]byte{9}, 1<<20)} {
			c, err := s.Put(ctx, data)
			if err != nil {
				t.Fatal(err)
			}
			if ok, err := p.Pinned(ctx, c); err != nil || !ok {
				t.Fatalf("Pinned(%s) after Put = %v, %v; want true (garbage collection would delete it)", c, ok, err)
			}
		}
		if ok, err := p.Pinned(ctx, da.Sum([]byte("never stored, never pinned"))); err != nil || ok {
			t.Fatalf("Pinned(never stored) = %v, %v; want false, nil", ok, err)
		}
	})

	t.Run("round trip", func(t *testing.T) {
		s := newStore(t)
		for _, data := range [][]byte{{}, []byte("hello"), bytes.Repeat([]byte{7}, 1<<20)} {
			c, err := s.Put(ctx, data)
			if err != nil {
				t.Fatalf("Put(%d bytes): %v", len(data), err)
			}
			if want := da.Sum(data); !c.Equals(want) {
				t.Fatalf("Put returned %s, want %s", c, want)
			}
			ok, err := s.Has(ctx, c)
			if err != nil || !ok {
				t.Fatalf("Has(%s) = %v, %v; want true", c, ok, err)
			}
			got, err := s.Get(ctx, c)
			if err != nil {
				t.Fatalf("Get(%s): %v", c, err)
			}
			if !bytes.Equal(got, data) {
				t.Fatalf("Get(%s) returned %d bytes, want %d", c, len(got), len(data))
			}
			// Idempotent put.
			if c2, err := s.Put(ctx, data); err != nil || !c2.Equals(c) {
				t.Fatalf("second Put = %s, %v", c2, err)
			}
		}
	})

	t.Run("not found", func(t *testing.T) {
		s := newStore(t)
		c := da.Sum([]byte("never stored"))
		ok, err := s.Has(ctx, c)
		if err != nil || ok {
			t.Fatalf("Has = %v, %v; want false, nil", ok, err)
		}
		if _, err := s.Get(ctx, c); !errors.Is(err, da.ErrNotFound) {
			t.Fatalf("Get missing: err = %v, want ErrNotFound", err)
		}
	})

	t.Run("too large", func(t *testing.T) {
		s := newStore(t)
		_, err := s.Put(ctx, make([]byte, da.MaxObjectSize+1))
		if !errors.Is(err, da.ErrTooLarge) {
			t.Fatalf("Put oversize: err = %v, want ErrTooLarge", err)
		}
		if _, err := s.Put(ctx, make([]byte, da.MaxObjectSize)); err != nil {
			t.Fatalf("Put at the limit: %v", err)
		}
	})

	t.Run("foreign CID", func(t *testing.T) {
		s := newStore(t)
		h, _ := mh.Sum([]byte("x"), mh.SHA2_256, -1)
		v0 := cid.NewCidV0(h)
		if _, err := s.Get(ctx, v0); !errors.Is(err, da.ErrBadCID) {
			t.Fatalf("Get CIDv0: err = %v, want ErrBadCID", err)
		}
	})

	t.Run("concurrent", func(t *testing.T) {
		s := newStore(t)
		var wg sync.WaitGroup
		errs := make(chan error, 16)
		for i := range 16 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				data := []byte(fmt.Sprintf("object %d", i%4)) // same bytes from several writers
				c, err := s.Put(ctx, data)
				if err != nil {
					errs <- err
					return
				}
				got, err := s.Get(ctx, c)
				if err != nil {
					errs <- err
					return
				}
				if !bytes.Equal(got, data) {
					errs <- fmt.Errorf("got %q, want %q", got, data)
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
	})

	t.Run("canceled", func(t *testing.T) {
		s := newStore(t)
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := s.Put(cctx, []byte("x")); !errors.Is(err, context.Canceled) {
			t.Fatalf("Put on canceled ctx: err = %v, want context.Canceled", err)
		}
	})
}
