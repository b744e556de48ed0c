package chunked_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"flag"
	"os"
	"testing"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/chunked"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// object returns n deterministic bytes.
func object(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*7 + i/251)
	}
	return b
}

func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name   string
		size   int
		chunks int
	}{
		{"empty", 0, 0},
		{"one byte", 1, 1},
		{"just under a chunk", chunked.ChunkSize - 1, 1},
		{"one full chunk", chunked.ChunkSize, 1},
		{"just over a chunk", chunked.ChunkSize + 1, 2},
		{"three and a bit", 3*chunked.ChunkSize + 5, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			store := da.NewMemory()
			data := object(tc.size)
			id, err := chunked.Put(ctx, store, data)
			if err != nil {
				t.Fatal(err)
			}
			raw, err := store.Get(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			m, err := chunked.DecodeManifest(raw)
			if err != nil {
				t.Fatal(err)
			}
			if len(m.Chunks) != tc.chunks || m.Size != int64(tc.size) || m.Hash != sha256.Sum256(data) {
				t.Fatalf("manifest: %d chunks, size %d; want %d chunks, size %d", len(m.Chunks), m.Size, tc.chunks, tc.size)
			}
			for i, c := range m.Chunks {
				b, err := store.Get(ctx, c.CID())
				if err != nil {
					t.Fatalf("chunk %d: %v", i, err)
				}
				if len(b) > chunked.ChunkSize || len(b) != c.Size {
					t.Fatalf("chunk %d: %d bytes, manifest says %d, limit %d", i, len(b), c.Size, chunked.ChunkSize)
				}
			}
			got, err := chunked.Get(ctx, store, id, int64(tc.size))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, data) {
				t.Fatal("Get returned other bytes")
			}
			again, err := chunked.Put(ctx, da.NewMemory(), bytes.Clone(data))
			if err != nil || !again.Equals(id) {
				t.Fatalf("second Put = %s, %v; want the same CID %s", again, err, id)
			}
		})
	}
}

func TestPutTooLarge(t *testing.T) {
	if _, err := chunked.Put(context.Background(), da.NewMemory(), make([]byte, chunked.MaxSize+1)); !errors.Is(err, da.ErrTooLarge) {
		t.Fatalf("Put over MaxSize: err = %v, want da.ErrTooLarge", err)
	}
}

// TestGetRejects stores objects whose manifest or chunks lie and checks that
// Get refuses each with the right error.
func TestGetRejects(t *testing.T) {
	ctx := context.Background()
	data := object(2*chunked.ChunkSize + 10)
	m, chunks, err := chunked.Build(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		maxSize int64
		prepare func(t *testing.T, s *da.Memory) (manifest []byte)
		want    error
	}{
		{"over the reader's limit", int64(len(data)) - 1, func(t *testing.T, s *da.Memory) []byte {
			return putAll(t, s, m, chunks)
		}, chunked.ErrTooLarge},
		{"missing chunk", int64(len(data)), func(t *testing.T, s *da.Memory) []byte {
			return putAll(t, s, m, [][]byte{chunks[0], nil, chunks[2]})
		}, da.ErrNotFound},
		{"tampered chunk", int64(len(data)), func(t *testing.T, s *da.Memory) []byte {
			raw := putAll(t, s, m, chunks)
			s.Tamper(m.Chunks[1].CID(), bytes.Repeat([]byte{1}, chunked.ChunkSize))
			return raw
		}, da.ErrCorrupt},
		{"object hash does not match the chunks", int64(len(data)), func(t *testing.T, s *da.Memory) []byte {
			lie := *m
			lie.Hash[0] ^= 1
			return putAll(t, s, &lie, chunks)
		}, chunked.ErrFormat},
		{"chunks of another object", int64(len(data)), func(t *testing.T, s *da.Memory) []byte {
			other := object(len(data))
			other[5] ^= 1
			om, oc, err := chunked.Build(other)
			if err != nil {
				t.Fatal(err)
			}
			lie := *m
			lie.Chunks = append([]chunked.Chunk{om.Chunks[0]}, m.Chunks[1:]...)
			putAll(t, s, om, oc)
			return putAll(t, s, &lie, chunks)
		}, chunked.ErrFormat},
		{"not a manifest", int64(len(data)), func(t *testing.T, s *da.Memory) []byte {
			return []byte("NRNC a checkpoint stored whole")
		}, chunked.ErrFormat},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := da.NewMemory()
			raw := tc.prepare(t, s)
			id, err := s.Put(ctx, raw)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := chunked.Get(ctx, s, id, tc.maxSize); !errors.Is(err, tc.want) {
				t.Fatalf("Get: err = %v, want %v", err, tc.want)
			}
		})
	}
}

// putAll stores the non-nil chunks and returns m encoded (not stored).
func putAll(t *testing.T, s *da.Memory, m *chunked.Manifest, chunks [][]byte) []byte {
	t.Helper()
	for _, c := range chunks {
		if c != nil {
			if _, err := s.Put(context.Background(), c); err != nil {
				t.Fatal(err)
			}
		}
	}
	raw, err := chunked.EncodeManifest(m)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func TestDecodeManifestRejects(t *testing.T) {
	m, _, err := chunked.Build(object(chunked.ChunkSize + 3))
	if err != nil {
		t.Fatal(err)
	}
	good, err := chunked.EncodeManifest(m)
	if err != nil {
		t.Fatal(err)
	}
	with := func(off int, v ...byte) []byte {
		b := bytes.Clone(good)
		copy(b[off:], v)
		return b
	}
	u64 := func(v uint64) []byte { return binary.LittleEndian.AppendUint64(nil, v) }
	u32 := func(v uint32) []byte { return binary.LittleEndian.AppendUint32(nil, v) }
	for name, b := range map[string][]byte{
		"short":                 good[:20],
		"magic":                 with(0, 'N', 'D', 'S', 'M'),
		"version":               with(4, 2, 0),
		"reserved":              with(6, 1, 0),
		"over MaxSize":          with(8, u64(chunked.MaxSize+1)...),
		"size needs 1 chunk":    with(8, u64(chunked.ChunkSize)...),
		"chunk count":           with(48, u32(3)...),
		"truncated":             good[:len(good)-1],
		"trailing byte":         append(bytes.Clone(good), 0),
		"first chunk not full":  with(52, u32(chunked.ChunkSize-1)...),
		"last chunk size wrong": with(52+36, u32(4)...),
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := chunked.DecodeManifest(b); !errors.Is(err, chunked.ErrFormat) {
				t.Fatalf("err = %v, want ErrFormat", err)
			}
		})
	}
	if _, err := chunked.DecodeManifest(good); err != nil {
		t.Fatalf("good manifest: %v", err)
	}
}

// TestGolden pins the manifest of a 1 MiB + 3 byte object.
func TestGolden(t *testing.T) {
	m, _, err := chunked.Build(object(chunked.ChunkSize + 3))
	if err != nil {
		t.Fatal(err)
	}
	b, err := chunked.EncodeManifest(m)
	if err != nil {
		t.Fatal(err)
	}
	const path = "testdata/manifest-1MiB+3.bin"
	if *update {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, want) {
		t.Fatalf("manifest differs from %s (run with -update if the format changed on purpose)", path)
	}
	if got := da.Sum(want).String(); got != goldenCID {
		t.Fatalf("golden manifest CID %s, want %s", got, goldenCID)
	}
}

// goldenCID is the CID of testdata/manifest-1MiB+3.bin.
const goldenCID = "bafkreiga36n3f4otgrvhrf2inpzr6qrbxz6ymmqsobdwwiyktkg26xvsaq"

func FuzzDecodeManifest(f *testing.F) {
	for _, n := range []int{0, 5, chunked.ChunkSize + 3} {
		m, _, _ := chunked.Build(object(n))
		b, _ := chunked.EncodeManifest(m)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := chunked.DecodeManifest(b)
		if err != nil {
			return
		}
		again, err := chunked.EncodeManifest(m)
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("decoded manifest re-encodes differently (%v)", err)
		}
	})
}
