package trace

import (
	"context"
	"errors"
	"fmt"

	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/chunked"
)

// MaxEncodedSize is the length of a trace of MaxExamples losses.
const MaxEncodedSize = 4 + 2 + 8 + 8*MaxExamples + 4

// Put encodes losses and stores them in DA as a chunked object (package
// da/chunked: chunks of at most 1 MiB and a manifest). The returned CID, the
// manifest's, is what a reveal carries. It is the one way traces are written
// to DA.
func Put(ctx context.Context, store da.Store, losses []uint64) (cid.Cid, error) {
	b, err := Encode(losses)
	if err != nil {
		return cid.Undef, err
	}
	id, err := chunked.Put(ctx, store, b)
	if err != nil {
		return cid.Undef, fmt.Errorf("trace: put: %w", err)
	}
	return id, nil
}

// Get fetches and decodes the trace Put stored under id. It is the one way
// traces are read from DA. Content that cannot be a trace (a bad manifest,
// chunks that disagree with it, an object over MaxEncodedSize, a bad
// encoding) gives an error wrapping ErrFormat; a store failure
// (da.ErrNotFound, da.ErrCorrupt, a network error) does not.
func Get(ctx context.Context, store da.Store, id cid.Cid) ([]uint64, error) {
	b, err := chunked.Get(ctx, store, id, MaxEncodedSize)
	if errors.Is(err, chunked.ErrFormat) || errors.Is(err, chunked.ErrTooLarge) {
		return nil, fmt.Errorf("trace %s: %w: %w", id, ErrFormat, err)
	}
	if err != nil {
		return nil, fmt.Errorf("trace %s: %w", id, err)
	}
	losses, err := Decode(b)
	if err != nil {
		return nil, fmt.Errorf("trace %s: %w", id, err)
	}
	return losses, nil
}
