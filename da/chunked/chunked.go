// Package chunked stores an object of any size up to MaxSize in DA as chunks
// of at most ChunkSize bytes, each one DA object, and one manifest object
// that lists them. The manifest's CID names the object. Checkpoints and loss
// traces are stored this way, so that no DA object exceeds kubo's 1 MiB soft
// block limit (bitswap moves blocks up to 2 MiB between peers) however large
// the model or dataset.
//
// Manifest layout (little-endian; docs/formats.md):
//
//	magic "NRNO" | version u16 | reserved u16 | size u64 | sha2-256 of the object [32] |
//	K u32 | K × (chunk size u32 | chunk sha2-256 [32])
//
// Chunking is canonical: every chunk but the last holds exactly ChunkSize
// bytes and K = ⌈size / ChunkSize⌉, so an object has exactly one manifest and
// one CID. Chunk i's CID is the CIDv1 raw sha2-256 of its digest (da.Sum).
// Get checks every chunk against its CID and size and the whole object
// against the manifest's hash.
package chunked

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"

	"github.com/neuron-rollup/neuron/da"
)

const (
	// Magic opens every manifest.
	Magic = "NRNO"
	// Version is the manifest version written and accepted.
	Version = 1
	// ChunkSize is the size of every chunk but the last: kubo's soft block
	// limit, which peers exchange without allow-big-block.
	ChunkSize = 1 << 20
	// MaxSize bounds an object: 1 GiB, 1024 chunks, a 36 KiB manifest.
	MaxSize = 1 << 30

	headerLen = 4 + 2 + 2 + 8 + 32 + 4
	entryLen  = 4 + 32
)

var (
	// ErrFormat is wrapped by every manifest decoding error and every
	// disagreement between a manifest and the chunks or object it names.
	ErrFormat = errors.New("chunked: bad format")
	// ErrTooLarge is wrapped when a manifest names an object larger than the
	// reader accepts; it wraps da.ErrTooLarge.
	ErrTooLarge = fmt.Errorf("chunked: object over the reader's limit: %w", da.ErrTooLarge)
)

// Chunk is one manifest entry.
type Chunk struct {
	Size   int
	Digest [32]byte // sha2-256 of the chunk's bytes
}

// CID is the chunk's DA address.
func (c Chunk) CID() cid.Cid {
	h, err := mh.Encode(c.Digest[:], mh.SHA2_256)
	if err != nil { // only for unknown hash functions
		panic(fmt.Sprintf("chunked: sha2-256 multihash: %v", err))
	}
	return cid.NewCidV1(cid.Raw, h)
}

// Manifest describes a stored object.
type Manifest struct {
	// Size is the object's length in bytes, at most MaxSize.
	Size int64
	// Hash is the sha2-256 of the whole object.
	Hash [32]byte
	// Chunks in order: ⌈Size / ChunkSize⌉ of them, all of ChunkSize bytes
	// but the last, which holds the rest.
	Chunks []Chunk
}

// numChunks is the canonical number of chunks of an object of size bytes.
func numChunks(size int64) int { return int((size + ChunkSize - 1) / ChunkSize) }

// chunkSize is the canonical size of chunk i of an object of size bytes.
func chunkSize(size int64, i int) int {
	if rest := size - int64(i)*ChunkSize; rest < ChunkSize {
		return int(rest)
	}
	return ChunkSize
}

// check reports how m departs from the canonical chunking of its size.
func (m *Manifest) check() error {
	if m.Size < 0 || m.Size > MaxSize {
		return fmt.Errorf("%w: object of %d bytes, want 0..%d", ErrFormat, m.Size, MaxSize)
	}
	if want := numChunks(m.Size); len(m.Chunks) != want {
		return fmt.Errorf("%w: %d chunks for %d bytes, want %d", ErrFormat, len(m.Chunks), m.Size, want)
	}
	for i, c := range m.Chunks {
		if want := chunkSize(m.Size, i); c.Size != want {
			return fmt.Errorf("%w: chunk %d of %d bytes, want %d", ErrFormat, i, c.Size, want)
		}
	}
	return nil
}

// Build chunks data and returns the manifest and the chunks; the chunks
// alias data.
func Build(data []byte) (*Manifest, [][]byte, error) {
	if len(data) > MaxSize {
		return nil, nil, fmt.Errorf("%w: object of %d bytes, limit %d", da.ErrTooLarge, len(data), MaxSize)
	}
	m := &Manifest{Size: int64(len(data)), Hash: sha256.Sum256(data)}
	chunks := make([][]byte, numChunks(m.Size))
	for i := range chunks {
		chunks[i] = data[i*ChunkSize : i*ChunkSize+chunkSize(m.Size, i)]
		m.Chunks = append(m.Chunks, Chunk{Size: len(chunks[i]), Digest: sha256.Sum256(chunks[i])})
	}
	return m, chunks, nil
}

// EncodeManifest serialises m. It fails unless m is the canonical manifest
// of an object of m.Size bytes.
func EncodeManifest(m *Manifest) ([]byte, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	b := make([]byte, 0, headerLen+entryLen*len(m.Chunks))
	b = append(b, Magic...)
	b = binary.LittleEndian.AppendUint16(b, Version)
	b = binary.LittleEndian.AppendUint16(b, 0)
	b = binary.LittleEndian.AppendUint64(b, uint64(m.Size))
	b = append(b, m.Hash[:]...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(m.Chunks)))
	for _, c := range m.Chunks {
		b = binary.LittleEndian.AppendUint32(b, uint32(c.Size))
		b = append(b, c.Digest[:]...)
	}
	return b, nil
}

// DecodeManifest parses a manifest and checks that its chunking is the
// canonical one for its size. The result does not alias b.
func DecodeManifest(b []byte) (*Manifest, error) {
	if len(b) < headerLen {
		return nil, fmt.Errorf("%w: manifest of %d bytes, too short for a header", ErrFormat, len(b))
	}
	if string(b[:4]) != Magic {
		return nil, fmt.Errorf("%w: magic %q, want %q", ErrFormat, b[:4], Magic)
	}
	if v := binary.LittleEndian.Uint16(b[4:]); v != Version {
		return nil, fmt.Errorf("%w: version %d (this build reads version %d)", ErrFormat, v, Version)
	}
	if r := binary.LittleEndian.Uint16(b[6:]); r != 0 {
		return nil, fmt.Errorf("%w: reserved field %d, want 0", ErrFormat, r)
	}
	size := binary.LittleEndian.Uint64(b[8:])
	if size > MaxSize {
		return nil, fmt.Errorf("%w: object of %d bytes, want 0..%d", ErrFormat, size, MaxSize)
	}
	m := &Manifest{Size: int64(size)}
	copy(m.Hash[:], b[16:48])
	k := binary.LittleEndian.Uint32(b[48:])
	if want := numChunks(m.Size); uint64(k) != uint64(want) {
		return nil, fmt.Errorf("%w: %d chunks for %d bytes, want %d", ErrFormat, k, size, want)
	}
	if want := headerLen + entryLen*int(k); len(b) != want {
		return nil, fmt.Errorf("%w: manifest of %d bytes, %d chunks need exactly %d", ErrFormat, len(b), k, want)
	}
	m.Chunks = make([]Chunk, k)
	for i := range m.Chunks {
		e := b[headerLen+entryLen*i:]
		m.Chunks[i].Size = int(binary.LittleEndian.Uint32(e))
		copy(m.Chunks[i].Digest[:], e[4:entryLen])
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	return m, nil
}

// Put stores data as chunks plus a manifest and returns the manifest's CID,
// which depends on data only. Objects over MaxSize are refused with an error
// wrapping da.ErrTooLarge. The store does not keep data.
func Put(ctx context.Context, store da.Store, data []byte) (cid.Cid, error) {
	m, chunks, err := Build(data)
	if err != nil {
		return cid.Undef, err
	}
	for i, c := range chunks {
		if _, err := store.Put(ctx, c); err != nil {
			return cid.Undef, fmt.Errorf("chunked: put chunk %d of %d: %w", i, len(chunks), err)
		}
	}
	raw, err := EncodeManifest(m)
	if err != nil {
		return cid.Undef, err
	}
	id, err := store.Put(ctx, raw)
	if err != nil {
		return cid.Undef, fmt.Errorf("chunked: put manifest: %w", err)
	}
	return id, nil
}

// Get fetches the object whose manifest is id. It refuses an object over
// maxSize bytes (ErrTooLarge) before fetching any chunk, checks every
// chunk against its CID and size and the whole against the manifest's hash
// (ErrFormat), and wraps the store's errors (da.ErrNotFound, da.ErrCorrupt).
// Memory grows with the chunks actually fetched, not with the size a
// manifest claims. The caller owns the returned slice.
func Get(ctx context.Context, store da.Store, id cid.Cid, maxSize int64) ([]byte, error) {
	raw, err := store.Get(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("chunked: manifest %s: %w", id, err)
	}
	m, err := DecodeManifest(raw)
	if err != nil {
		return nil, fmt.Errorf("chunked: manifest %s: %w", id, err)
	}
	if m.Size > maxSize {
		return nil, fmt.Errorf("chunked: %s: %w: %d bytes, limit %d", id, ErrTooLarge, m.Size, maxSize)
	}
	out := make([]byte, 0, min(m.Size, 4*ChunkSize))
	for i, c := range m.Chunks {
		b, err := store.Get(ctx, c.CID())
		if err != nil {
			return nil, fmt.Errorf("chunked: %s: chunk %d: %w", id, i, err)
		}
		if err := da.Verify(c.CID(), b); err != nil { // the Store contract, checked again
			return nil, fmt.Errorf("chunked: %s: chunk %d: %w", id, i, err)
		}
		if len(b) != c.Size {
			return nil, fmt.Errorf("chunked: %s: %w: chunk %d has %d bytes, manifest says %d", id, ErrFormat, i, len(b), c.Size)
		}
		out = append(out, b...)
	}
	if sha256.Sum256(out) != m.Hash {
		return nil, fmt.Errorf("chunked: %s: %w: the chunks do not hash to the manifest's object hash", id, ErrFormat)
	}
	return out, nil
}
