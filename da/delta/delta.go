// Package delta stores training-set deltas in DA and applies them.
//
// A delta (a patch) removes examples by index from a base training set and
// adds new ones. Its manifest names the set it applies to (the parent: a
// dataset manifest or another patch manifest, with that set's Poseidon2 root
// and size), the removed indices and, by a Merkle root over their entries
// (chunklist.go), the chunks of added examples, which use the dataset chunk
// format (package dataset) and are listed in a chunk list object of their own. The training set of an MLSC is
// always its base dataset plus every applied delta, in order; since every
// patch names its parent, the CID of the last one names the whole chain
// (ReadSet). docs/formats.md gives the layout byte by byte.
//
// Plan fixes how indices renumber, and Prove/NewRoot let a node that holds
// only the base root, the patch and a small proof compute the resulting root
// (package rollup checks every proposed delta that way).
package delta

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
)

const (
	// ManifestMagic opens a patch manifest.
	ManifestMagic = "NDLM"
	// Version is the format version written and accepted (2: the chunks are committed by
	// a root, listed in their own object).
	Version = 2
	// MaxChunkBytes bounds a chunk of added examples, so that each chunk
	// fits one delta-data transaction (rollup.MaxTxSize is 64 KiB).
	MaxChunkBytes = 60 << 10
	// MaxRemoved bounds the removed indices of one patch, so that a removal group's step
	// (which walks the end of the set past them) stays bounded.
	MaxRemoved = 1 << 6
	// MaxChunks bounds the chunks of one patch. The manifest does not list them (it commits
	// to their list by a root), so neither a proposal nor a step grows with them but for a
	// step's path (ChunkDepth: 16 hashes); the bound is the chunk list object's, which must
	// fit one DA object (65,536 entries of 49 bytes: 3.2 MB of da.MaxObjectSize's 4 MiB).
	MaxChunks = 1 << 16
	// MaxSetSize bounds a training set (trace.MaxExamples).
	MaxSetSize = 1 << 24
)

var (
	// ErrFormat is wrapped by every decoding error.
	ErrFormat = errors.New("delta: bad format")
	// ErrPatch is wrapped when a patch does not apply to its base set: an
	// index removed twice or out of range, an empty patch, a set that would
	// be empty or too large, examples of another shape.
	ErrPatch = errors.New("delta: patch does not apply")
	// ErrRoot is wrapped when a root does not match: a base set whose root
	// is not the patch's base root, a proof that does not open the base
	// root, a resulting root other than the claimed one.
	ErrRoot = errors.New("delta: root mismatch")
)

// Manifest describes a stored patch.
type Manifest struct {
	// Parent is the manifest CID of the set the patch applies to: a dataset
	// (dataset.ManifestMagic) or a patch (ManifestMagic).
	Parent cid.Cid
	// BaseRoot and BaseSize are the parent set's dataset root (big-endian
	// Poseidon2 field element, as MLSCs record it) and number of examples.
	BaseRoot [32]byte
	BaseSize uint64
	// Width and Classes bound the added examples like a dataset manifest's.
	Width   int
	Classes int
	// Removed lists the removed indices of the base set, strictly increasing.
	Removed []uint64
	// ChunkCount chunks (dataset chunk format) hold the AddedCount added
	// examples in order; ChunkRoot is the root of their entries' tree
	// (ChunkEntry, ChunkRoot) and ChunkList the CID of the object listing
	// them (EncodeChunkList). All zero when nothing is added.
	ChunkCount int
	AddedCount uint64
	ChunkRoot  [32]byte
	ChunkList  cid.Cid
}

// Added is the number of added examples.
func (m *Manifest) Added() uint64 { return m.AddedCount }

// NewSize is the size of the set once the patch is applied.
func (m *Manifest) NewSize() uint64 { return m.BaseSize - uint64(len(m.Removed)) + m.AddedCount }

// Check validates the manifest on its own: shape bounds, removed indices
// strictly increasing and below BaseSize, at least one change, between 1
// and dataset.MaxChunkExamples added examples a chunk on average, a
// non-empty resulting set no larger than MaxSetSize. Each chunk's entry is
// checked by its step (CheckEntry). Errors wrap ErrFormat (layout and
// bounds) or ErrPatch (semantics).
func (m *Manifest) Check() error {
	if err := da.CheckCID(m.Parent); err != nil {
		return fmt.Errorf("%w: parent: %w", ErrFormat, err)
	}
	if m.Width < 1 || m.Width > mlp.MaxLayerSize {
		return fmt.Errorf("%w: width %d outside 1..%d", ErrFormat, m.Width, mlp.MaxLayerSize)
	}
	if m.Classes < 1 || m.Classes > dataset.MaxClasses {
		return fmt.Errorf("%w: %d classes outside 1..%d", ErrFormat, m.Classes, dataset.MaxClasses)
	}
	if len(m.Removed) > MaxRemoved || m.ChunkCount < 0 || m.ChunkCount > MaxChunks {
		return fmt.Errorf("%w: %d removed, %d chunks (at most %d, %d)", ErrFormat, len(m.Removed), m.ChunkCount, MaxRemoved, MaxChunks)
	}
	if c := uint64(m.ChunkCount); m.AddedCount < c || m.AddedCount > c*dataset.MaxChunkExamples {
		return fmt.Errorf("%w: %d added examples in %d chunks (1..%d a chunk)", ErrFormat, m.AddedCount, c, dataset.MaxChunkExamples)
	}
	if m.ChunkCount > 0 {
		if err := da.CheckCID(m.ChunkList); err != nil {
			return fmt.Errorf("%w: chunk list: %w", ErrFormat, err)
		}
	} else if m.ChunkRoot != ([32]byte{}) || m.ChunkList.Defined() {
		return fmt.Errorf("%w: a chunk root or list with no chunk", ErrFormat)
	}
	if m.BaseSize < 1 || m.BaseSize > MaxSetSize {
		return fmt.Errorf("%w: base size %d outside 1..%d", ErrPatch, m.BaseSize, MaxSetSize)
	}
	if err := checkRemoved(m.BaseSize, m.Removed); err != nil {
		return err
	}
	if len(m.Removed) == 0 && m.ChunkCount == 0 {
		return fmt.Errorf("%w: empty patch", ErrPatch)
	}
	if n := m.NewSize(); n < 1 || n > MaxSetSize {
		return fmt.Errorf("%w: resulting set of %d examples, want 1..%d", ErrPatch, n, MaxSetSize)
	}
	return nil
}

func checkRemoved(base uint64, removed []uint64) error {
	for i, r := range removed {
		if r >= base {
			return fmt.Errorf("%w: removed index %d outside 0..%d", ErrPatch, r, base-1)
		}
		if i > 0 && r <= removed[i-1] {
			if r == removed[i-1] {
				return fmt.Errorf("%w: index %d removed twice", ErrPatch, r)
			}
			return fmt.Errorf("%w: removed indices not increasing (%d after %d)", ErrPatch, r, removed[i-1])
		}
	}
	return nil
}

// Source says where the example written at a position comes from.
type Source struct {
	Kind  SourceKind
	Index uint64 // added example (KindAdded) or base position (KindBase)
}

// SourceKind is the kind of a Source.
type SourceKind uint8

// Source kinds.
const (
	KindNone  SourceKind = iota // padding: the position is past the new set
	KindAdded                   // added example Index
	KindBase                    // the base set's example at position Index
)

// Change is one changed position of a patched set: position Pos of the new
// set (or, for KindNone, of the base set past the new size) takes From.
type Change struct {
	Pos  uint64
	From Source
}

// Plan is the renumbering rule. Given the base size, the removed indices
// (strictly increasing) and the number of added examples, it returns every
// position whose example changes, in increasing position order, and the new
// size:
//   - the i-th removed index (in increasing order) takes the i-th added
//     example while both last;
//   - added examples left over are appended at BaseSize, BaseSize+1, …;
//   - with removed indices left over, the set shrinks to its new size N:
//     those holes below N take, in increasing order, the examples at the
//     positions from N on that are not removed, in increasing order.
//
// Positions at or past the new size that the base set held are returned with
// KindNone: they become padding in the dataset tree. Every KindBase source is
// such a position, so the base examples a patch moves are among those it
// opens. The writes are those of the patch's steps (Manifest.ChunkWrites,
// TailWrites) together.
func Plan(baseSize uint64, removed []uint64, added uint64) ([]Change, uint64, error) {
	if err := checkRemoved(baseSize, removed); err != nil {
		return nil, 0, err
	}
	r := uint64(len(removed))
	if added >= r {
		writes := make([]Change, 0, min(added, 1<<20))
		for i := range added {
			pos := baseSize + i - r
			if i < r {
				pos = removed[i]
			}
			writes = append(writes, Change{Pos: pos, From: Source{Kind: KindAdded, Index: i}})
		}
		return writes, baseSize - r + added, nil
	}
	tail := r - added
	n := baseSize - tail
	writes := make([]Change, 0, added+2*tail)
	for i := range added {
		writes = append(writes, Change{Pos: removed[i], From: Source{Kind: KindAdded, Index: i}})
	}
	writes = append(writes, tailWrites(baseSize, removed[added:], 0, tail)...)
	sortChanges(writes)
	return writes, n, nil
}

// tailWrites are the writes of removal units from..to of the holes left over
// (Plan's third rule): unit u < the holes below the new size fills hole u
// with the u-th kept end position, which becomes padding; a later unit makes
// its hole (at or past the new size) padding.
func tailWrites(baseSize uint64, holes []uint64, from, to uint64) []Change {
	tail := uint64(len(holes))
	size := baseSize - tail
	low := uint64(0)
	for low < tail && holes[low] < size {
		low++
	}
	var out []Change
	hi, pos := low, size
	for u := uint64(0); u < to && u < low; u++ {
		for hi < tail && holes[hi] == pos {
			hi++
			pos++
		}
		if u >= from {
			out = append(out, Change{Pos: holes[u], From: Source{Kind: KindBase, Index: pos}}, Change{Pos: pos, From: Source{Kind: KindNone}})
		}
		pos++
	}
	for u := max(from, low); u < to; u++ {
		out = append(out, Change{Pos: holes[u], From: Source{Kind: KindNone}})
	}
	return out
}

// Apply returns the base set with the patch applied: base must be the
// patch's base set, added its added examples in order. The result shares
// the examples (not their inputs) with base and added; base is not changed.
func Apply(base []mlp.Example, removed []uint64, added []mlp.Example) ([]mlp.Example, error) {
	writes, n, err := Plan(uint64(len(base)), removed, uint64(len(added)))
	if err != nil {
		return nil, err
	}
	out := make([]mlp.Example, n)
	copy(out, base[:min(uint64(len(base)), n)])
	for _, w := range writes {
		if w.Pos >= n {
			continue
		}
		switch w.From.Kind {
		case KindAdded:
			out[w.Pos] = added[w.From.Index]
		case KindBase:
			out[w.Pos] = base[w.From.Index]
		}
	}
	return out, nil
}

// headerLen: magic, version, reserved, base size, base root, width, classes.
const headerLen = 4 + 2 + 2 + 8 + 32 + 4 + 4

// EncodeManifest encodes m after checking it.
func EncodeManifest(m *Manifest) ([]byte, error) {
	if err := m.Check(); err != nil {
		return nil, err
	}
	b := make([]byte, 0, headerLen+1+36+4+8*len(m.Removed)+4+8+32+37)
	b = append(b, ManifestMagic...)
	b = binary.LittleEndian.AppendUint16(b, Version)
	b = binary.LittleEndian.AppendUint16(b, 0)
	b = binary.LittleEndian.AppendUint64(b, m.BaseSize)
	b = append(b, m.BaseRoot[:]...)
	b = binary.LittleEndian.AppendUint32(b, uint32(m.Width))
	b = binary.LittleEndian.AppendUint32(b, uint32(m.Classes))
	b = appendCID(b, m.Parent)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(m.Removed)))
	for _, r := range m.Removed {
		b = binary.LittleEndian.AppendUint64(b, r)
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(m.ChunkCount))
	if m.ChunkCount > 0 {
		b = binary.LittleEndian.AppendUint64(b, m.AddedCount)
		b = append(b, m.ChunkRoot[:]...)
		b = appendCID(b, m.ChunkList)
	}
	if err := da.CheckSize(len(b)); err != nil {
		return nil, fmt.Errorf("%w: manifest: %w", ErrFormat, err)
	}
	return b, nil
}

func appendCID(b []byte, c cid.Cid) []byte {
	raw := c.Bytes()
	b = append(b, byte(len(raw)))
	return append(b, raw...)
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) take(n int, what string) []byte {
	if r.err != nil {
		return nil
	}
	if len(r.b) < n {
		r.err = fmt.Errorf("%w: %s truncated", ErrFormat, what)
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) u32(what string) uint32 {
	if b := r.take(4, what); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *reader) cid(what string) cid.Cid {
	l := r.take(1, what)
	if l == nil {
		return cid.Undef
	}
	raw := r.take(int(l[0]), what)
	if raw == nil {
		return cid.Undef
	}
	c, err := cid.Cast(raw)
	if err != nil {
		r.err = fmt.Errorf("%w: %s: %v", ErrFormat, what, err)
		return cid.Undef
	}
	if err := da.CheckCID(c); err != nil {
		r.err = fmt.Errorf("%w: %s: %w", ErrFormat, what, err)
		return cid.Undef
	}
	return c
}

// DecodeManifest decodes a patch manifest; it accepts exactly what
// EncodeManifest writes (decode → encode is the identity) and never panics.
func DecodeManifest(b []byte) (*Manifest, error) {
	if len(b) < headerLen {
		return nil, fmt.Errorf("%w: manifest of %d bytes is shorter than its header", ErrFormat, len(b))
	}
	if string(b[:4]) != ManifestMagic {
		return nil, fmt.Errorf("%w: manifest magic %q, want %q", ErrFormat, b[:4], ManifestMagic)
	}
	if v := binary.LittleEndian.Uint16(b[4:]); v != Version {
		return nil, fmt.Errorf("%w: manifest version %d, want %d", ErrFormat, v, Version)
	}
	if r := binary.LittleEndian.Uint16(b[6:]); r != 0 {
		return nil, fmt.Errorf("%w: reserved field %d, want 0", ErrFormat, r)
	}
	m := &Manifest{BaseSize: binary.LittleEndian.Uint64(b[8:])}
	copy(m.BaseRoot[:], b[16:48])
	m.Width = int(binary.LittleEndian.Uint32(b[48:]))
	m.Classes = int(binary.LittleEndian.Uint32(b[52:]))
	r := &reader{b: b[headerLen:]}
	m.Parent = r.cid("parent CID")
	nr := r.u32("removed count")
	if r.err == nil && (nr > MaxRemoved || uint64(nr)*8 > uint64(len(r.b))) {
		return nil, fmt.Errorf("%w: %d removed indices (at most %d) in %d bytes", ErrFormat, nr, MaxRemoved, len(r.b))
	}
	if nr > 0 {
		m.Removed = make([]uint64, nr)
		for i := range m.Removed {
			if v := r.take(8, "removed index"); v != nil {
				m.Removed[i] = binary.LittleEndian.Uint64(v)
			}
		}
	}
	nc := r.u32("chunk count")
	if r.err == nil && nc > MaxChunks {
		return nil, fmt.Errorf("%w: %d chunks (at most %d)", ErrFormat, nc, MaxChunks)
	}
	m.ChunkCount = int(nc)
	if nc > 0 {
		if v := r.take(8, "added count"); v != nil {
			m.AddedCount = binary.LittleEndian.Uint64(v)
		}
		if v := r.take(32, "chunk root"); v != nil {
			m.ChunkRoot = [32]byte(v)
		}
		m.ChunkList = r.cid("chunk list CID")
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrFormat, len(r.b))
	}
	if err := m.Check(); err != nil {
		return nil, err
	}
	return m, nil
}

// DecodeChunk decodes the bytes of the chunk entry e names and checks them
// against it (its CID, its count) and the manifest (the example shape).
func (m *Manifest) DecodeChunk(e ChunkEntry, raw []byte) ([]mlp.Example, error) {
	if err := da.Verify(e.CID, raw); err != nil {
		return nil, fmt.Errorf("delta: chunk at added example %d: %w", e.First, err)
	}
	return m.DecodeChunkData(raw, e.Count)
}

// DecodeChunkData decodes chunk bytes holding count examples of the
// manifest's shape (the bytes' CID checked by the caller).
func (m *Manifest) DecodeChunkData(raw []byte, count int) ([]mlp.Example, error) {
	exs, err := dataset.DecodeChunk(raw, m.Width, m.Classes)
	if err != nil {
		return nil, fmt.Errorf("%w: chunk: %w", ErrPatch, err)
	}
	if len(exs) != count {
		return nil, fmt.Errorf("%w: chunk holds %d examples, its entry says %d", ErrPatch, len(exs), count)
	}
	return exs, nil
}

// ReadManifest fetches and decodes a patch manifest.
func ReadManifest(ctx context.Context, store da.Store, c cid.Cid) (*Manifest, error) {
	raw, err := store.Get(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("delta: manifest %s: %w", c, err)
	}
	m, err := DecodeManifest(raw)
	if err != nil {
		return nil, fmt.Errorf("delta: manifest %s: %w", c, err)
	}
	return m, nil
}

// ReadAdded fetches the chunk list and every chunk of the patch's added
// examples.
func (m *Manifest) ReadAdded(ctx context.Context, store da.Store) ([]mlp.Example, error) {
	entries, err := m.ReadChunks(ctx, store)
	if err != nil {
		return nil, err
	}
	out := make([]mlp.Example, 0, m.Added())
	for i, ch := range entries {
		raw, err := store.Get(ctx, ch.CID)
		if err != nil {
			return nil, fmt.Errorf("delta: chunk %d: %w", i, err)
		}
		exs, err := m.DecodeChunk(ch, raw)
		if err != nil {
			return nil, fmt.Errorf("delta: chunk %d: %w", i, err)
		}
		out = append(out, exs...)
	}
	return out, nil
}

// Options shape what Write produces.
type Options struct {
	// ChunkBytes bounds an encoded chunk; 0 means MaxChunkBytes, the most.
	ChunkBytes int
	// ChunkExamples bounds the examples of a chunk; 0 means dataset.MaxChunkExamples.
	ChunkExamples int
}

// Write stores the added examples as chunks (each fitting a delta-data
// transaction, each within MaxStepWork), their chunk list and the manifest m
// describes, and returns the manifest's CID and raw bytes and the chunk
// entries. m's chunk fields are filled in; the other fields are the caller's.
func Write(ctx context.Context, store da.Store, m *Manifest, added []mlp.Example, opts Options) (cid.Cid, []byte, []ChunkEntry, error) {
	cb := opts.ChunkBytes
	if cb == 0 {
		cb = MaxChunkBytes
	}
	if cb < 0 || cb > MaxChunkBytes {
		return cid.Undef, nil, nil, fmt.Errorf("%w: chunk bytes %d outside 1..%d", ErrPatch, cb, MaxChunkBytes)
	}
	ce := opts.ChunkExamples
	if ce <= 0 || ce > dataset.MaxChunkExamples {
		ce = dataset.MaxChunkExamples
	}
	m.ChunkCount, m.AddedCount, m.ChunkRoot, m.ChunkList = 0, uint64(len(added)), [32]byte{}, cid.Undef
	depth := uint64(m.Depth())
	r := uint64(len(m.Removed))
	// work is ChunkWork of n examples from added example start.
	work := func(start, n int) uint64 { return chunkWork(m.Width, r, depth, uint64(start), uint64(n)) }
	var entries []ChunkEntry
	for start := 0; start < len(added); {
		if w := work(start, 1); w > MaxStepWork {
			return cid.Undef, nil, nil, fmt.Errorf("%w: one added example of %d inputs needs %d units of step work, more than a step holds (%d)", ErrPatch, m.Width, w, MaxStepWork)
		}
		n, size := 0, 16
		for start+n < len(added) && n < ce && work(start, n+1) <= MaxStepWork {
			e := added[start+n]
			if len(e.X) != m.Width {
				return cid.Undef, nil, nil, fmt.Errorf("%w: added example %d has %d inputs, want %d", ErrPatch, start+n, len(e.X), m.Width)
			}
			if e.Label < 0 || e.Label >= m.Classes {
				return cid.Undef, nil, nil, fmt.Errorf("%w: added example %d has label %d, want 0..%d", ErrPatch, start+n, e.Label, m.Classes-1)
			}
			l := exampleLen(e)
			if n > 0 && size+l > cb {
				break
			}
			size += l
			n++
		}
		raw := dataset.EncodeChunk(added[start:start+n], m.Width)
		if _, err := dataset.DecodeChunk(raw, m.Width, m.Classes); err != nil {
			return cid.Undef, nil, nil, fmt.Errorf("%w: added examples %d..%d: %w", ErrPatch, start, start+n-1, err)
		}
		if len(raw) > MaxChunkBytes {
			return cid.Undef, nil, nil, fmt.Errorf("%w: one added example takes %d bytes, more than a chunk holds", ErrPatch, len(raw))
		}
		if len(entries) == MaxChunks {
			return cid.Undef, nil, nil, fmt.Errorf("%w: more than %d chunks", ErrPatch, MaxChunks)
		}
		c, err := store.Put(ctx, raw)
		if err != nil {
			return cid.Undef, nil, nil, fmt.Errorf("delta: put chunk %d: %w", len(entries), err)
		}
		entries = append(entries, ChunkEntry{CID: c, Count: n, First: uint64(start)})
		start += n
	}
	if len(entries) > 0 {
		list := EncodeChunkList(entries)
		c, err := store.Put(ctx, list)
		if err != nil {
			return cid.Undef, nil, nil, fmt.Errorf("delta: put chunk list: %w", err)
		}
		m.ChunkCount, m.ChunkRoot, m.ChunkList = len(entries), ChunkRoot(entries), c
	}
	raw, err := EncodeManifest(m)
	if err != nil {
		return cid.Undef, nil, nil, err
	}
	c, err := store.Put(ctx, raw)
	if err != nil {
		return cid.Undef, nil, nil, fmt.Errorf("delta: put manifest: %w", err)
	}
	return c, raw, entries, nil
}

func exampleLen(e mlp.Example) int {
	n := len(binary.AppendUvarint(nil, uint64(e.Label)))
	var buf [binary.MaxVarintLen64]byte
	for _, v := range e.X {
		n += binary.PutVarint(buf[:], v)
	}
	return n
}
