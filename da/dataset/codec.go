package dataset

import (
	"encoding/binary"
	"fmt"

	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
)

// chunkHeaderLen is magic, version, reserved, width, count.
const chunkHeaderLen = 4 + 2 + 2 + 4 + 4

func chunkHeader(width int) []byte {
	b := make([]byte, 0, chunkHeaderLen)
	b = append(b, ChunkMagic...)
	b = binary.LittleEndian.AppendUint16(b, Version)
	b = binary.LittleEndian.AppendUint16(b, 0)
	return binary.LittleEndian.AppendUint32(b, uint32(width))
}

// appendExample appends label (uvarint) then each input (zigzag varint).
func appendExample(b []byte, e mlp.Example) []byte {
	b = binary.AppendUvarint(b, uint64(e.Label))
	for _, v := range e.X {
		b = binary.AppendVarint(b, v)
	}
	return b
}

// EncodeChunk encodes examples as one chunk object (what Write stores).
func EncodeChunk(examples []mlp.Example, width int) []byte {
	b := binary.LittleEndian.AppendUint32(chunkHeader(width), uint32(len(examples)))
	for _, e := range examples {
		b = appendExample(b, e)
	}
	return b
}

// DecodeChunk decodes a chunk object whose examples must have width inputs,
// labels below classes and values in the fixed-point range.
func DecodeChunk(b []byte, width, classes int) ([]mlp.Example, error) {
	if len(b) < chunkHeaderLen {
		return nil, fmt.Errorf("%w: chunk of %d bytes is shorter than its header", ErrFormat, len(b))
	}
	if string(b[:4]) != ChunkMagic {
		return nil, fmt.Errorf("%w: chunk magic %q, want %q", ErrFormat, b[:4], ChunkMagic)
	}
	if v := binary.LittleEndian.Uint16(b[4:]); v != Version {
		return nil, fmt.Errorf("%w: chunk version %d, want %d", ErrFormat, v, Version)
	}
	if r := binary.LittleEndian.Uint16(b[6:]); r != 0 {
		return nil, fmt.Errorf("%w: chunk reserved field %d, want 0", ErrFormat, r)
	}
	if w := binary.LittleEndian.Uint32(b[8:]); int64(w) != int64(width) {
		return nil, fmt.Errorf("%w: chunk width %d, manifest says %d", ErrFormat, w, width)
	}
	n := binary.LittleEndian.Uint32(b[12:])
	if n == 0 || n > MaxChunkExamples {
		return nil, fmt.Errorf("%w: chunk count %d outside 1..%d", ErrFormat, n, MaxChunkExamples)
	}
	// Every example takes at least 1+width bytes: refuse before allocating.
	rest := b[chunkHeaderLen:]
	if uint64(len(rest)) < uint64(n)*uint64(1+width) {
		return nil, fmt.Errorf("%w: %d bytes cannot hold %d examples of width %d", ErrFormat, len(rest), n, width)
	}
	backing := make([]int64, int(n)*width)
	out := make([]mlp.Example, n)
	for i := range out {
		label, k := binary.Uvarint(rest)
		if k <= 0 {
			return nil, fmt.Errorf("%w: example %d: bad label varint", ErrFormat, i)
		}
		if label >= uint64(classes) {
			return nil, fmt.Errorf("%w: example %d: label %d outside 0..%d", ErrFormat, i, label, classes-1)
		}
		rest = rest[k:]
		x := backing[i*width : (i+1)*width : (i+1)*width]
		for j := range x {
			v, k := binary.Varint(rest)
			if k <= 0 {
				return nil, fmt.Errorf("%w: example %d input %d: bad varint", ErrFormat, i, j)
			}
			if err := fixedpoint.CheckValue(v); err != nil {
				return nil, fmt.Errorf("%w: example %d input %d: %w", ErrFormat, i, j, err)
			}
			// Canonical encoding only, so equal datasets have equal CIDs.
			if k != varintLen(v) {
				return nil, fmt.Errorf("%w: example %d input %d: non-minimal varint", ErrFormat, i, j)
			}
			x[j] = v
			rest = rest[k:]
		}
		if k != uvarintLen(label) {
			return nil, fmt.Errorf("%w: example %d: non-minimal label varint", ErrFormat, i)
		}
		out[i] = mlp.Example{X: x, Label: int(label)}
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes after %d examples", ErrFormat, len(rest), n)
	}
	return out, nil
}

func uvarintLen(v uint64) int { return len(binary.AppendUvarint(nil, v)) }
func varintLen(v int64) int   { return len(binary.AppendVarint(nil, v)) }

// manifestHeaderLen is magic, version, fracbits, reserved, N, width, classes, chunk count.
const manifestHeaderLen = 4 + 2 + 1 + 1 + 8 + 4 + 4 + 4

// EncodeManifest encodes m. Chunk counts must sum to N.
func EncodeManifest(m *Manifest) ([]byte, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	b := make([]byte, 0, manifestHeaderLen+len(m.Chunks)*42)
	b = append(b, ManifestMagic...)
	b = binary.LittleEndian.AppendUint16(b, Version)
	b = append(b, byte(m.FracBits), 0)
	b = binary.LittleEndian.AppendUint64(b, uint64(m.N))
	b = binary.LittleEndian.AppendUint32(b, uint32(m.Width))
	b = binary.LittleEndian.AppendUint32(b, uint32(m.Classes))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(m.Chunks)))
	for _, c := range m.Chunks {
		b = binary.LittleEndian.AppendUint32(b, uint32(c.Count))
		raw := c.CID.Bytes()
		b = append(b, byte(len(raw)))
		b = append(b, raw...)
	}
	if err := da.CheckSize(len(b)); err != nil {
		return nil, fmt.Errorf("dataset: manifest of %d chunks: %w", len(m.Chunks), err)
	}
	return b, nil
}

func (m *Manifest) check() error {
	if m.N < 1 {
		return fmt.Errorf("%w: %d examples", ErrFormat, m.N)
	}
	if m.Width < 1 || m.Width > mlp.MaxLayerSize {
		return fmt.Errorf("%w: width %d outside 1..%d", ErrFormat, m.Width, mlp.MaxLayerSize)
	}
	if m.Classes < 1 || m.Classes > MaxClasses {
		return fmt.Errorf("%w: %d classes outside 1..%d", ErrFormat, m.Classes, MaxClasses)
	}
	if m.FracBits != fixedpoint.FracBits {
		return fmt.Errorf("%w: inputs have %d fractional bits, this build uses %d", ErrFormat, m.FracBits, fixedpoint.FracBits)
	}
	sum := 0
	for i, c := range m.Chunks {
		if c.Count < 1 || c.Count > MaxChunkExamples {
			return fmt.Errorf("%w: chunk %d count %d outside 1..%d", ErrFormat, i, c.Count, MaxChunkExamples)
		}
		if err := da.CheckCID(c.CID); err != nil {
			return fmt.Errorf("%w: chunk %d: %w", ErrFormat, i, err)
		}
		sum += c.Count
	}
	if sum != m.N {
		return fmt.Errorf("%w: chunk counts sum to %d, N is %d", ErrFormat, sum, m.N)
	}
	m.index()
	return nil
}

// DecodeManifest decodes a manifest object.
func DecodeManifest(b []byte) (*Manifest, error) {
	if len(b) < manifestHeaderLen {
		return nil, fmt.Errorf("%w: manifest of %d bytes is shorter than its header", ErrFormat, len(b))
	}
	if string(b[:4]) != ManifestMagic {
		return nil, fmt.Errorf("%w: manifest magic %q, want %q", ErrFormat, b[:4], ManifestMagic)
	}
	if v := binary.LittleEndian.Uint16(b[4:]); v != Version {
		return nil, fmt.Errorf("%w: manifest version %d, want %d", ErrFormat, v, Version)
	}
	if b[7] != 0 {
		return nil, fmt.Errorf("%w: manifest reserved byte %d, want 0", ErrFormat, b[7])
	}
	n := binary.LittleEndian.Uint64(b[8:])
	if n > 1<<40 {
		return nil, fmt.Errorf("%w: %d examples", ErrFormat, n)
	}
	m := &Manifest{
		FracBits: int(b[6]),
		N:        int(n),
		Width:    int(binary.LittleEndian.Uint32(b[16:])),
		Classes:  int(binary.LittleEndian.Uint32(b[20:])),
	}
	nc := binary.LittleEndian.Uint32(b[24:])
	rest := b[manifestHeaderLen:]
	if uint64(nc)*6 > uint64(len(rest)) {
		return nil, fmt.Errorf("%w: %d bytes cannot list %d chunks", ErrFormat, len(rest), nc)
	}
	m.Chunks = make([]Chunk, nc)
	for i := range m.Chunks {
		if len(rest) < 5 {
			return nil, fmt.Errorf("%w: chunk %d entry truncated", ErrFormat, i)
		}
		count := binary.LittleEndian.Uint32(rest)
		l := int(rest[4])
		rest = rest[5:]
		if len(rest) < l {
			return nil, fmt.Errorf("%w: chunk %d CID truncated", ErrFormat, i)
		}
		c, err := cid.Cast(rest[:l])
		if err != nil {
			return nil, fmt.Errorf("%w: chunk %d CID: %v", ErrFormat, i, err)
		}
		if count > MaxChunkExamples {
			return nil, fmt.Errorf("%w: chunk %d count %d", ErrFormat, i, count)
		}
		m.Chunks[i] = Chunk{CID: c, Count: int(count)}
		rest = rest[l:]
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrFormat, len(rest))
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	return m, nil
}
