package delta

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
)

// A patch's chunks are not listed in its manifest: the manifest commits to the list by a
// keccak256 Merkle root (ChunkRoot) and names the list object (ChunkListMagic) that holds it,
// so that a proposal's work does not grow with the chunks. Each delta-data chunk step carries
// its entry and the entry's path (EntryPath), checked against the root.

const (
	// ChunkListMagic opens a patch's chunk list object.
	ChunkListMagic = "NDLC"
	// chunkListHeader: magic, version, reserved, entry count.
	chunkListHeader = 4 + 2 + 2 + 4
	// entryLen: count u32, first u64, CID length u8, the 36-byte CID.
	entryLen = 4 + 8 + 1 + 36
)

// ErrEntry is wrapped when a chunk entry is not the patch's: a path that does not open the
// chunk root at the step's index (the sender's mistake), or a committed entry that does not
// fit the patch (the proposer's).
var ErrEntry = errors.New("delta: bad chunk entry")

// ChunkEntry is one chunk of a patch's added examples: its CID (a dataset chunk, NDSC), its
// example count and the index, among the added examples, of its first.
type ChunkEntry struct {
	CID   cid.Cid
	Count int
	First uint64
}

// EntryLeaf is the chunk tree's leaf of an entry whose chunk bytes have sha256 digest:
// keccak256(digest ‖ count u32 ‖ first u64), integers big-endian (Solidity's
// abi.encodePacked(bytes32, uint32, uint64)).
func EntryLeaf(digest [32]byte, count uint32, first uint64) [32]byte {
	var b [44]byte
	copy(b[:], digest[:])
	binary.BigEndian.PutUint32(b[32:], count)
	binary.BigEndian.PutUint64(b[36:], first)
	return [32]byte(crypto.Keccak256(b[:]))
}

// Leaf is e's EntryLeaf (its CID's sha256 digest).
func (e ChunkEntry) Leaf() [32]byte {
	return EntryLeaf([32]byte(e.CID.Hash()[2:]), uint32(e.Count), e.First)
}

// DataLeaf is EntryLeaf of chunk bytes data with the given count and first index: the leaf a
// delta-data step proves (the entry's CID is data's).
func DataLeaf(data []byte, count uint32, first uint64) [32]byte {
	return EntryLeaf(sha256.Sum256(data), count, first)
}

// ChunkDepth is the depth of the chunk tree of n entries: ⌈log2 n⌉ (0 for one entry).
func ChunkDepth(n int) int {
	if n <= 1 {
		return 0
	}
	return bits.Len(uint(n - 1))
}

// chunkTree is the levels of the chunk tree over leaves, padded with zero leaves to
// 2^ChunkDepth: level 0 the leaves, the last the root. A node is keccak256(left ‖ right).
func chunkTree(entries []ChunkEntry) [][][32]byte {
	d := ChunkDepth(len(entries))
	lv := make([][][32]byte, d+1)
	lv[0] = make([][32]byte, 1<<d)
	for i, e := range entries {
		lv[0][i] = e.Leaf()
	}
	for l := 1; l <= d; l++ {
		lv[l] = make([][32]byte, len(lv[l-1])/2)
		for i := range lv[l] {
			lv[l][i] = [32]byte(crypto.Keccak256(lv[l-1][2*i][:], lv[l-1][2*i+1][:]))
		}
	}
	return lv
}

// ChunkRoot is the chunk tree's root of entries (at least one).
func ChunkRoot(entries []ChunkEntry) [32]byte {
	lv := chunkTree(entries)
	return lv[len(lv)-1][0]
}

// ChunkPaths are the paths of every entry: the siblings from the leaf up.
func ChunkPaths(entries []ChunkEntry) [][][32]byte {
	lv := chunkTree(entries)
	out := make([][][32]byte, len(entries))
	for i := range entries {
		p := make([][32]byte, len(lv)-1)
		for l := range p {
			p[l] = lv[l][(i>>l)^1]
		}
		out[i] = p
	}
	return out
}

// EntryPath checks that path opens leaf at index i of a chunk tree of n entries whose root
// is root; errors wrap ErrEntry.
func EntryPath(root [32]byte, n int, i uint64, leaf [32]byte, path [][32]byte) error {
	if i >= uint64(n) {
		return fmt.Errorf("%w: chunk %d of %d", ErrEntry, i, n)
	}
	if d := ChunkDepth(n); len(path) != d {
		return fmt.Errorf("%w: path of %d hashes, the chunk tree of %d entries has depth %d", ErrEntry, len(path), n, d)
	}
	h := leaf
	for l, s := range path {
		if (i>>l)&1 == 1 {
			h = [32]byte(crypto.Keccak256(s[:], h[:]))
		} else {
			h = [32]byte(crypto.Keccak256(h[:], s[:]))
		}
	}
	if h != root {
		return fmt.Errorf("%w: the entry and path do not open the chunk root at chunk %d", ErrEntry, i)
	}
	return nil
}

// CheckEntry checks a committed entry of chunk i (its path already checked) against the
// patch once added examples are in: it must start there, hold 1..dataset.MaxChunkExamples
// examples within the patch's added count (the last chunk ending exactly at it) and fit
// MaxStepWork. A failure is the proposer's (it committed to the entry): errors wrap ErrEntry.
func (m *Manifest) CheckEntry(i int, count uint32, first, added uint64) error {
	switch {
	case first != added:
		return fmt.Errorf("%w: chunk %d starts at added example %d, the steps before it added %d", ErrEntry, i, first, added)
	case count < 1 || count > dataset.MaxChunkExamples:
		return fmt.Errorf("%w: chunk %d count %d outside 1..%d", ErrEntry, i, count, dataset.MaxChunkExamples)
	case first+uint64(count) > m.AddedCount:
		return fmt.Errorf("%w: chunk %d ends at added example %d, the patch adds %d", ErrEntry, i, first+uint64(count), m.AddedCount)
	case i == m.ChunkCount-1 && first+uint64(count) != m.AddedCount:
		return fmt.Errorf("%w: the last chunk ends at added example %d, the patch adds %d", ErrEntry, first+uint64(count), m.AddedCount)
	}
	if w := chunkWork(m.Width, uint64(len(m.Removed)), uint64(m.Depth()), first, uint64(count)); w > MaxStepWork {
		return fmt.Errorf("%w: chunk %d (%d examples of %d inputs) needs %d units of step work, at most %d", ErrEntry, i, count, m.Width, w, MaxStepWork)
	}
	return nil
}

// EncodeChunkList encodes a patch's chunk list: NDLC, version u16 = 1, reserved u16, the
// entry count u32, then each entry: count u32, first u64, CID length u8, binary CID (all
// little-endian).
func EncodeChunkList(entries []ChunkEntry) []byte {
	b := make([]byte, 0, chunkListHeader+entryLen*len(entries))
	b = append(b, ChunkListMagic...)
	b = binary.LittleEndian.AppendUint16(b, 1)
	b = binary.LittleEndian.AppendUint16(b, 0)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(entries)))
	for _, e := range entries {
		b = binary.LittleEndian.AppendUint32(b, uint32(e.Count))
		b = binary.LittleEndian.AppendUint64(b, e.First)
		b = appendCID(b, e.CID)
	}
	return b
}

// DecodeChunkList decodes a chunk list object; it accepts exactly what EncodeChunkList
// writes of 1..MaxChunks entries (decode → encode is the identity) and never panics. It does
// not check the entries against a manifest (Manifest.ReadChunks does).
func DecodeChunkList(b []byte) ([]ChunkEntry, error) {
	if len(b) < chunkListHeader {
		return nil, fmt.Errorf("%w: chunk list of %d bytes is shorter than its header", ErrFormat, len(b))
	}
	if string(b[:4]) != ChunkListMagic {
		return nil, fmt.Errorf("%w: chunk list magic %q, want %q", ErrFormat, b[:4], ChunkListMagic)
	}
	if v, r := binary.LittleEndian.Uint16(b[4:]), binary.LittleEndian.Uint16(b[6:]); v != 1 || r != 0 {
		return nil, fmt.Errorf("%w: chunk list version %d reserved %d, want 1 and 0", ErrFormat, v, r)
	}
	n := binary.LittleEndian.Uint32(b[8:])
	if n < 1 || n > MaxChunks || uint64(n)*entryLen != uint64(len(b)-chunkListHeader) {
		return nil, fmt.Errorf("%w: chunk list of %d entries (1..%d) in %d bytes", ErrFormat, n, MaxChunks, len(b)-chunkListHeader)
	}
	out := make([]ChunkEntry, n)
	r := &reader{b: b[chunkListHeader:]}
	for i := range out {
		out[i].Count = int(r.u32("entry count"))
		if v := r.take(8, "entry first"); v != nil {
			out[i].First = binary.LittleEndian.Uint64(v)
		}
		out[i].CID = r.cid("entry CID")
	}
	if r.err != nil {
		return nil, r.err
	}
	return out, nil
}

// ReadChunks fetches the patch's chunk list and checks it against the manifest: ChunkCount
// entries whose root is ChunkRoot, each starting where the one before ended, with
// 1..dataset.MaxChunkExamples examples, adding AddedCount in all.
func (m *Manifest) ReadChunks(ctx context.Context, store da.Store) ([]ChunkEntry, error) {
	if m.ChunkCount == 0 {
		return nil, nil
	}
	raw, err := store.Get(ctx, m.ChunkList)
	if err != nil {
		return nil, fmt.Errorf("delta: chunk list %s: %w", m.ChunkList, err)
	}
	entries, err := DecodeChunkList(raw)
	if err != nil {
		return nil, fmt.Errorf("delta: chunk list %s: %w", m.ChunkList, err)
	}
	if len(entries) != m.ChunkCount || ChunkRoot(entries) != m.ChunkRoot {
		return nil, fmt.Errorf("%w: chunk list of %d entries does not have the manifest's root (%d entries)", ErrPatch, len(entries), m.ChunkCount)
	}
	var added uint64
	for i, e := range entries {
		if err := m.CheckEntry(i, uint32(e.Count), e.First, added); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrPatch, err)
		}
		added += uint64(e.Count)
	}
	return entries, nil
}
