// Package dataset stores training sets in DA: examples are cut into chunks,
// each chunk one DA object, and a small manifest object lists the chunks.
// The manifest's CID names the dataset. docs/formats.md gives both layouts
// byte by byte.
//
// Examples are mlp.Example values: fixed-point inputs (circuits/fixedpoint)
// and a class label. Root computes the SNARK-friendly Poseidon2 Merkle root
// (circuits/merkle) that MLSCs record beside the manifest CID.
package dataset

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"sort"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/merkle"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
)

const (
	// ManifestMagic and ChunkMagic open the two object kinds.
	ManifestMagic = "NDSM"
	ChunkMagic    = "NDSC"
	// Version is the format version written and accepted.
	Version = 1

	// MaxChunkExamples bounds the examples in one chunk.
	MaxChunkExamples = 4096
	// DefaultChunkBytes is the default chunk size bound: kubo's soft block
	// limit, so chunks travel over bitswap.
	DefaultChunkBytes = 1 << 20
	// MaxClasses bounds the label range (mlp.MaxLayerSize outputs).
	MaxClasses = mlp.MaxLayerSize
)

var (
	// ErrFormat is wrapped by every decoding error and every inconsistency
	// between a manifest and its chunks.
	ErrFormat = errors.New("dataset: bad format")
	// ErrInput is wrapped when examples given to Write do not fit the options.
	ErrInput = errors.New("dataset: bad examples")
)

// Options shape what Write produces.
type Options struct {
	// Classes is the number of labels; 0 means max label + 1.
	Classes int
	// ChunkBytes bounds an encoded chunk; 0 means DefaultChunkBytes. At
	// least one example always goes into a chunk, which must still fit
	// da.MaxObjectSize.
	ChunkBytes int
	// ChunkExamples bounds the examples per chunk; 0 means MaxChunkExamples.
	ChunkExamples int
}

// Validate lists every problem with the options.
func (o Options) Validate() error {
	var errs []error
	if o.Classes < 0 || o.Classes > MaxClasses {
		errs = append(errs, fmt.Errorf("dataset: Classes %d outside 0..%d", o.Classes, MaxClasses))
	}
	if o.ChunkBytes < 0 || o.ChunkBytes > da.MaxObjectSize {
		errs = append(errs, fmt.Errorf("dataset: ChunkBytes %d outside 0..%d", o.ChunkBytes, da.MaxObjectSize))
	}
	if o.ChunkExamples < 0 || o.ChunkExamples > MaxChunkExamples {
		errs = append(errs, fmt.Errorf("dataset: ChunkExamples %d outside 0..%d", o.ChunkExamples, MaxChunkExamples))
	}
	return errors.Join(errs...)
}

// Chunk is one manifest entry.
type Chunk struct {
	CID   cid.Cid
	Count int
}

// Manifest describes a stored dataset.
type Manifest struct {
	// N is the number of examples.
	N int
	// Width is the number of inputs per example.
	Width int
	// Classes is the number of labels; every label is in [0, Classes).
	Classes int
	// FracBits is the fixed-point scale of the inputs (fixedpoint.FracBits).
	FracBits int
	// Chunks in example order; their Counts sum to N.
	Chunks []Chunk

	starts []int // starts[i]: index of chunk i's first example
}

// Locate returns the chunk holding example i and i's position in it.
func (m *Manifest) Locate(i int) (chunk, offset int, err error) {
	if i < 0 || i >= m.N {
		return 0, 0, fmt.Errorf("dataset: example %d outside 0..%d", i, m.N-1)
	}
	c := sort.Search(len(m.starts), func(j int) bool { return m.starts[j] > i }) - 1
	return c, i - m.starts[c], nil
}

func (m *Manifest) index() {
	m.starts = make([]int, len(m.Chunks))
	s := 0
	for i, c := range m.Chunks {
		m.starts[i] = s
		s += c.Count
	}
}

// Write stores examples as chunks plus a manifest and returns the manifest
// CID. Every example needs the same input width, values in the fixed-point
// range and a label in [0, Classes).
func Write(ctx context.Context, store da.Store, examples []mlp.Example, opts Options) (cid.Cid, error) {
	if err := opts.Validate(); err != nil {
		return cid.Undef, err
	}
	if len(examples) == 0 {
		return cid.Undef, fmt.Errorf("%w: no examples", ErrInput)
	}
	m := Manifest{N: len(examples), Width: len(examples[0].X), Classes: opts.Classes, FracBits: fixedpoint.FracBits}
	if m.Classes == 0 {
		for _, e := range examples {
			m.Classes = max(m.Classes, e.Label+1)
		}
	}
	if m.Width < 1 || m.Width > mlp.MaxLayerSize {
		return cid.Undef, fmt.Errorf("%w: input width %d outside 1..%d", ErrInput, m.Width, mlp.MaxLayerSize)
	}
	for i, e := range examples {
		if err := checkExample(e, m.Width, m.Classes); err != nil {
			return cid.Undef, fmt.Errorf("%w: example %d: %w", ErrInput, i, err)
		}
	}
	maxBytes := cmp0(opts.ChunkBytes, DefaultChunkBytes)
	maxCount := cmp0(opts.ChunkExamples, MaxChunkExamples)

	buf := make([]byte, 0, maxBytes)
	var enc []byte
	count := 0
	flush := func() error {
		if count == 0 {
			return nil
		}
		obj := binary.LittleEndian.AppendUint32(chunkHeader(m.Width), uint32(count))
		obj = append(obj, buf...)
		c, err := store.Put(ctx, obj)
		if err != nil {
			return fmt.Errorf("dataset: put chunk %d: %w", len(m.Chunks), err)
		}
		m.Chunks = append(m.Chunks, Chunk{CID: c, Count: count})
		buf, count = buf[:0], 0
		return nil
	}
	for _, e := range examples {
		enc = appendExample(enc[:0], e)
		if count > 0 && (count == maxCount || chunkHeaderLen+len(buf)+len(enc) > maxBytes) {
			if err := flush(); err != nil {
				return cid.Undef, err
			}
		}
		buf = append(buf, enc...)
		count++
	}
	if err := flush(); err != nil {
		return cid.Undef, err
	}
	raw, err := EncodeManifest(&m)
	if err != nil {
		return cid.Undef, err
	}
	c, err := store.Put(ctx, raw)
	if err != nil {
		return cid.Undef, fmt.Errorf("dataset: put manifest: %w", err)
	}
	return c, nil
}

func cmp0(v, def int) int {
	if v == 0 {
		return def
	}
	return v
}

func checkExample(e mlp.Example, width, classes int) error {
	if len(e.X) != width {
		return fmt.Errorf("%d inputs, want %d", len(e.X), width)
	}
	if e.Label < 0 || e.Label >= classes {
		return fmt.Errorf("label %d outside 0..%d", e.Label, classes-1)
	}
	return fixedpoint.CheckValues(e.X)
}

// ReadManifest fetches and decodes a manifest.
func ReadManifest(ctx context.Context, store da.Store, c cid.Cid) (*Manifest, error) {
	raw, err := store.Get(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("dataset: manifest %s: %w", c, err)
	}
	m, err := DecodeManifest(raw)
	if err != nil {
		return nil, fmt.Errorf("dataset: manifest %s: %w", c, err)
	}
	return m, nil
}

// Read fetches a whole dataset. The examples share one backing array.
func Read(ctx context.Context, store da.Store, c cid.Cid) ([]mlp.Example, *Manifest, error) {
	m, err := ReadManifest(ctx, store, c)
	if err != nil {
		return nil, nil, err
	}
	out := make([]mlp.Example, 0, m.N)
	backing := make([]int64, m.N*m.Width)
	for i := range m.Chunks {
		exs, err := m.ReadChunk(ctx, store, i)
		if err != nil {
			return nil, nil, err
		}
		for _, e := range exs {
			x := backing[:m.Width:m.Width]
			backing = backing[m.Width:]
			copy(x, e.X)
			out = append(out, mlp.Example{X: x, Label: e.Label})
		}
	}
	return out, m, nil
}

// ReadChunk fetches and decodes chunk i, checking it against the manifest.
func (m *Manifest) ReadChunk(ctx context.Context, store da.Store, i int) ([]mlp.Example, error) {
	if i < 0 || i >= len(m.Chunks) {
		return nil, fmt.Errorf("dataset: chunk %d outside 0..%d", i, len(m.Chunks)-1)
	}
	ch := m.Chunks[i]
	raw, err := store.Get(ctx, ch.CID)
	if err != nil {
		return nil, fmt.Errorf("dataset: chunk %d: %w", i, err)
	}
	exs, err := DecodeChunk(raw, m.Width, m.Classes)
	if err != nil {
		return nil, fmt.Errorf("dataset: chunk %d (%s): %w", i, ch.CID, err)
	}
	if len(exs) != ch.Count {
		return nil, fmt.Errorf("%w: chunk %d holds %d examples, manifest says %d", ErrFormat, i, len(exs), ch.Count)
	}
	return exs, nil
}

// ReadExample fetches example i, reading only the chunk that holds it.
func (m *Manifest) ReadExample(ctx context.Context, store da.Store, i int) (mlp.Example, error) {
	c, off, err := m.Locate(i)
	if err != nil {
		return mlp.Example{}, err
	}
	exs, err := m.ReadChunk(ctx, store, c)
	if err != nil {
		return mlp.Example{}, err
	}
	return exs[off], nil
}

// Depth is the smallest Merkle depth (at least 1) whose tree holds n leaves.
func Depth(n int) int {
	if n <= 2 {
		return 1
	}
	return bits.Len(uint(n - 1))
}

// Root is the version-1 Poseidon2 dataset root over examples
// (merkle.NewDatasetTree), what squared-error MLSCs record; cross-entropy
// MLSCs (circuit version 2) record sampledloss.Params.DatasetTree's root.
// depth 0 means Depth(len).
func Root(examples []mlp.Example, depth int) (fr.Element, error) {
	if depth == 0 {
		depth = Depth(len(examples))
	}
	t, err := merkle.NewDatasetTree(depth, examples)
	if err != nil {
		return fr.Element{}, fmt.Errorf("dataset: root: %w", err)
	}
	return t.Root(), nil
}
