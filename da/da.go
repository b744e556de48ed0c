// Package da is Neuron's data-availability layer: content addressing for
// batches, checkpoints, loss traces and datasets, and the small Store
// interface every component uses to put and get those objects.
//
// Every object is addressed by a CIDv1 with the raw codec (0x55) and a
// sha2-256 multihash: exactly the CID that kubo gives for
// `ipfs block put --cid-codec=raw --mhtype=sha2-256`. The same bytes therefore
// have the same address in the embedded store (package da/fsstore), over this
// project's HTTP server (package da/httpstore) and on a real IPFS node.
package da

import (
	"context"
	"errors"
	"fmt"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
)

// MaxObjectSize is the largest object a Store accepts (4 MiB). Note that
// kubo's bitswap only exchanges blocks up to 2 MiB between peers; objects this
// package's writers produce (dataset chunks, manifests) stay below 1 MiB.
const MaxObjectSize = 4 << 20

var (
	// ErrNotFound is wrapped when a Store does not hold the requested object.
	ErrNotFound = errors.New("da: object not found")
	// ErrCorrupt is wrapped when bytes do not hash to the CID they were read under.
	ErrCorrupt = errors.New("da: object does not match its CID")
	// ErrTooLarge is wrapped when an object exceeds MaxObjectSize.
	ErrTooLarge = errors.New("da: object too large")
	// ErrBadCID is wrapped when a CID is not a CIDv1 raw sha2-256 address.
	ErrBadCID = errors.New("da: unsupported CID")
)

// Store is a content-addressed object store. Implementations are safe for
// concurrent use.
type Store interface {
	// Put stores data and returns its CID (see Sum). Putting the same bytes
	// twice is cheap and returns the same CID. Data larger than MaxObjectSize
	// is refused with an error wrapping ErrTooLarge. The store does not keep
	// data after Put returns.
	Put(ctx context.Context, data []byte) (cid.Cid, error)
	// Get returns the object addressed by c. The bytes are checked against c
	// on every read: a mismatch returns an error wrapping ErrCorrupt and no
	// data; a missing object returns an error wrapping ErrNotFound. The
	// caller owns the returned slice.
	Get(ctx context.Context, c cid.Cid) ([]byte, error)
	// Has reports whether the store holds c, without reading or checking it.
	Has(ctx context.Context, c cid.Cid) (bool, error)
}

// Sum returns the CIDv1 (raw codec, sha2-256) of data.
func Sum(data []byte) cid.Cid {
	h, err := mh.Sum(data, mh.SHA2_256, -1)
	if err != nil { // only for unknown hash functions
		panic(fmt.Sprintf("da: sha2-256 multihash: %v", err))
	}
	return cid.NewCidV1(cid.Raw, h)
}

// CheckCID reports an error wrapping ErrBadCID unless c is a CIDv1 with the
// raw codec and a full-length sha2-256 multihash, the only kind of address
// this package issues.
func CheckCID(c cid.Cid) error {
	if !c.Defined() {
		return fmt.Errorf("%w: undefined CID", ErrBadCID)
	}
	p := c.Prefix()
	if p.Version != 1 || p.Codec != cid.Raw || p.MhType != mh.SHA2_256 || p.MhLength != 32 {
		return fmt.Errorf("%w: %s (version %d, codec 0x%x, multihash 0x%x/%d), want CIDv1 raw sha2-256",
			ErrBadCID, c, p.Version, p.Codec, p.MhType, p.MhLength)
	}
	return nil
}

// Verify checks that data is the object addressed by c: an error wrapping
// ErrBadCID if c is not a raw sha2-256 CIDv1, ErrTooLarge if data exceeds
// MaxObjectSize, ErrCorrupt if the hash differs.
func Verify(c cid.Cid, data []byte) error {
	if err := CheckCID(c); err != nil {
		return err
	}
	if err := CheckSize(len(data)); err != nil {
		return err
	}
	if got := Sum(data); !got.Equals(c) {
		return fmt.Errorf("%w: want %s, bytes hash to %s", ErrCorrupt, c, got)
	}
	return nil
}

// CheckSize returns an error wrapping ErrTooLarge if n > MaxObjectSize.
func CheckSize(n int) error {
	if n > MaxObjectSize {
		return fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, n, MaxObjectSize)
	}
	return nil
}

// ParseCID parses a CID string and checks it with CheckCID.
func ParseCID(s string) (cid.Cid, error) {
	c, err := cid.Decode(s)
	if err != nil {
		return cid.Undef, fmt.Errorf("%w: %q: %v", ErrBadCID, s, err)
	}
	if err := CheckCID(c); err != nil {
		return cid.Undef, err
	}
	return c, nil
}
