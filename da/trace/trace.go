// Package trace is the per-example loss trace a trainer publishes on DA with
// its reveal: the fixed-point loss of the revealed checkpoint on every
// example of the dataset, in dataset order. Put and Get store it in DA as a
// chunked object (da/chunked); docs/formats.md gives the layout.
//
// Encoding (little-endian):
//
//	magic "NRNT" | version u16 | N u64 | N × loss u64 | CRC-32C u32
//
// The trace root on L2 is the Poseidon2 sum-tree root over the losses
// (circuits/merkle.NewSumTree); its sum is the claimed loss sum.
package trace

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
)

// Magic opens every trace.
const Magic = "NRNT"

// Version is the format version written and accepted.
const Version = 1

// MaxExamples bounds N: 2^24 examples, a trace of 128 MiB stored as 128
// chunks of 1 MiB (Put).
const MaxExamples = 1 << 24

// ErrFormat is wrapped by every decoding error.
var ErrFormat = errors.New("trace: bad format")

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Encode encodes losses.
func Encode(losses []uint64) ([]byte, error) {
	if len(losses) == 0 || len(losses) > MaxExamples {
		return nil, fmt.Errorf("%w: %d losses, want 1..%d", ErrFormat, len(losses), MaxExamples)
	}
	b := make([]byte, 0, 4+2+8+8*len(losses)+4)
	b = append(b, Magic...)
	b = binary.LittleEndian.AppendUint16(b, Version)
	b = binary.LittleEndian.AppendUint64(b, uint64(len(losses)))
	for _, l := range losses {
		b = binary.LittleEndian.AppendUint64(b, l)
	}
	return binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli)), nil
}

// Decode decodes a trace. It never panics on bad input.
func Decode(b []byte) ([]uint64, error) {
	const hdr = 4 + 2 + 8
	if len(b) < hdr+4 {
		return nil, fmt.Errorf("%w: %d bytes", ErrFormat, len(b))
	}
	if string(b[:4]) != Magic {
		return nil, fmt.Errorf("%w: magic %q", ErrFormat, b[:4])
	}
	if v := binary.LittleEndian.Uint16(b[4:]); v != Version {
		return nil, fmt.Errorf("%w: version %d", ErrFormat, v)
	}
	n := binary.LittleEndian.Uint64(b[6:])
	if n == 0 || n > MaxExamples || uint64(len(b)) != hdr+8*n+4 {
		return nil, fmt.Errorf("%w: %d losses in %d bytes", ErrFormat, n, len(b))
	}
	body := b[:len(b)-4]
	if got, want := crc32.Checksum(body, castagnoli), binary.LittleEndian.Uint32(b[len(b)-4:]); got != want {
		return nil, fmt.Errorf("%w: checksum %08x, want %08x", ErrFormat, got, want)
	}
	out := make([]uint64, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint64(b[hdr+8*i:])
	}
	return out, nil
}
