package checkpoint

import (
	"context"
	"errors"
	"fmt"

	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/chunked"
)

// MaxEncodedSize is the length of the largest checkpoint any shape gives:
// mlp.MaxLayers layers of mlp.MaxLayerSize units (about 470 MB).
const MaxEncodedSize = 4 + 2 + 1 + 1 + 4*mlp.MaxLayers + 8 + 8 + 4 +
	4*(mlp.MaxLayers-1)*(mlp.MaxLayerSize*mlp.MaxLayerSize+mlp.MaxLayerSize) + 4

// Put encodes c and stores it in DA as a chunked object (package
// da/chunked: chunks of at most 1 MiB and a manifest). The returned CID,
// the manifest's, is what a reveal carries. It is the one way checkpoints
// are written to DA.
func Put(ctx context.Context, store da.Store, c *Checkpoint) (cid.Cid, error) {
	b, err := Encode(c)
	if err != nil {
		return cid.Undef, err
	}
	id, err := chunked.Put(ctx, store, b)
	if err != nil {
		return cid.Undef, fmt.Errorf("checkpoint: put: %w", err)
	}
	return id, nil
}

// Get fetches and decodes the checkpoint Put stored under id. It is the one
// way checkpoints are read from DA. Content that cannot be a checkpoint (a
// bad manifest, chunks that disagree with it, an object over MaxEncodedSize,
// a bad encoding) gives an error wrapping ErrFormat; a store failure
// (da.ErrNotFound, da.ErrCorrupt, a network error) does not.
func Get(ctx context.Context, store da.Store, id cid.Cid) (*Checkpoint, error) {
	b, err := chunked.Get(ctx, store, id, MaxEncodedSize)
	if errors.Is(err, chunked.ErrFormat) || errors.Is(err, chunked.ErrTooLarge) {
		return nil, fmt.Errorf("checkpoint %s: %w: %w", id, ErrFormat, err)
	}
	if err != nil {
		return nil, fmt.Errorf("checkpoint %s: %w", id, err)
	}
	c, err := Decode(b)
	if err != nil {
		return nil, fmt.Errorf("checkpoint %s: %w", id, err)
	}
	return c, nil
}
