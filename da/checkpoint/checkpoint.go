// Package checkpoint is Neuron's binary checkpoint format: an MLP's shape,
// training metadata and float32 weights, with a CRC-32C. Put and Get store
// it in DA as a chunked object (da/chunked). docs/formats.md gives the
// layout byte by byte:
//
//	magic "NRNC" | version u16 | loss u8 | L u8 | L×u32 layer sizes |
//	step u64 | train loss f64 | P u32 | P×f32 weights | CRC-32C u32
//
// all little-endian. Weights use the shared layout of circuits/mlp: per
// layer W[out][in] row-major then bias[out].
package checkpoint

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"

	"github.com/neuron-rollup/neuron/circuits/mlp"
)

// Magic opens every checkpoint.
const Magic = "NRNC"

// Version is the format version Encode writes and Decode accepts.
const Version = 1

var (
	// ErrFormat is wrapped by every decoding error.
	ErrFormat = errors.New("checkpoint: bad format")
	// ErrChecksum is wrapped when the CRC-32C does not match (also wraps ErrFormat).
	ErrChecksum = fmt.Errorf("%w: checksum mismatch", ErrFormat)
	// ErrVersion is wrapped for an unknown version (also wraps ErrFormat).
	ErrVersion = fmt.Errorf("%w: unsupported version", ErrFormat)
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Checkpoint is a model and what the trainer knows about it.
type Checkpoint struct {
	Shape mlp.Shape
	// Step is the number of optimiser steps behind these weights.
	Step uint64
	// TrainLoss is the trainer's float estimate of the mean loss (NaN if
	// unknown). It is informational: the proven loss is the fixed-point one.
	TrainLoss float64
	// Weights holds Shape.ParamCount() values in the shared layout.
	Weights []float32
}

// EncodedSize is the length of an encoded checkpoint for a shape.
func EncodedSize(s mlp.Shape) int {
	return 4 + 2 + 1 + 1 + 4*len(s.Layers) + 8 + 8 + 4 + 4*s.ParamCount() + 4
}

// Encode serialises c. It fails if the shape is invalid or the weight count
// does not match it.
func Encode(c *Checkpoint) ([]byte, error) {
	if err := c.Shape.Validate(); err != nil {
		return nil, fmt.Errorf("checkpoint: encode: %w", err)
	}
	if p := c.Shape.ParamCount(); len(c.Weights) != p {
		return nil, fmt.Errorf("checkpoint: encode: %d weights for shape %s, want %d", len(c.Weights), c.Shape, p)
	}
	b := make([]byte, 0, EncodedSize(c.Shape))
	b = append(b, Magic...)
	b = binary.LittleEndian.AppendUint16(b, Version)
	b = append(b, byte(c.Shape.Loss), byte(len(c.Shape.Layers)))
	for _, n := range c.Shape.Layers {
		b = binary.LittleEndian.AppendUint32(b, uint32(n))
	}
	b = binary.LittleEndian.AppendUint64(b, c.Step)
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(c.TrainLoss))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(c.Weights)))
	for _, w := range c.Weights {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(w))
	}
	b = binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli))
	return b, nil
}

// Decode parses a checkpoint, checking magic, version, shape, lengths and
// checksum. The result does not alias b.
func Decode(b []byte) (*Checkpoint, error) {
	const fixed = 4 + 2 + 1 + 1
	if len(b) < fixed {
		return nil, fmt.Errorf("%w: %d bytes, too short for a header", ErrFormat, len(b))
	}
	if string(b[:4]) != Magic {
		return nil, fmt.Errorf("%w: magic %q, want %q", ErrFormat, b[:4], Magic)
	}
	if v := binary.LittleEndian.Uint16(b[4:]); v != Version {
		return nil, fmt.Errorf("%w: %d (this build reads version %d)", ErrVersion, v, Version)
	}
	c := &Checkpoint{Shape: mlp.Shape{Loss: mlp.Loss(b[6])}}
	nl := int(b[7])
	if nl > mlp.MaxLayers {
		return nil, fmt.Errorf("%w: %d layers, at most %d", ErrFormat, nl, mlp.MaxLayers)
	}
	off := fixed
	if len(b) < off+4*nl+20 {
		return nil, fmt.Errorf("%w: truncated header (%d bytes)", ErrFormat, len(b))
	}
	c.Shape.Layers = make([]int, nl)
	for i := range nl {
		n := binary.LittleEndian.Uint32(b[off:])
		if n > mlp.MaxLayerSize {
			return nil, fmt.Errorf("%w: layer %d has %d units, at most %d", ErrFormat, i, n, mlp.MaxLayerSize)
		}
		c.Shape.Layers[i] = int(n)
		off += 4
	}
	if err := c.Shape.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	c.Step = binary.LittleEndian.Uint64(b[off:])
	c.TrainLoss = math.Float64frombits(binary.LittleEndian.Uint64(b[off+8:]))
	p := int(binary.LittleEndian.Uint32(b[off+16:]))
	off += 20
	if want := c.Shape.ParamCount(); p != want {
		return nil, fmt.Errorf("%w: %d weights for shape %s, want %d", ErrFormat, p, c.Shape, want)
	}
	if want := off + 4*p + 4; len(b) != want {
		return nil, fmt.Errorf("%w: %d bytes, shape %s needs exactly %d", ErrFormat, len(b), c.Shape, want)
	}
	if got, want := binary.LittleEndian.Uint32(b[len(b)-4:]), crc32.Checksum(b[:len(b)-4], castagnoli); got != want {
		return nil, fmt.Errorf("%w: stored %08x, computed %08x", ErrChecksum, got, want)
	}
	c.Weights = make([]float32, p)
	for i := range c.Weights {
		c.Weights[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[off+4*i:]))
	}
	return c, nil
}
