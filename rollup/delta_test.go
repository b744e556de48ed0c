package rollup

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/ipfs/go-cid"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/circuits/merkle"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/da/delta"
)

const testPeriod = 30

// deltaHarness is a chain with one MLSC (id 0, model 16-8-4, squared
// error) over a real 10-example dataset, epochs of testPeriod blocks, and
// alice, bob and carol funded with 10,000 each.
type deltaHarness struct {
	*harness
	store da.Store
	set   []mlp.Example // the MLSC's training set head, as the test tracks it
	cid   cid.Cid
}

func randExamples(n int, seed uint64) []mlp.Example {
	r := rand.New(rand.NewPCG(seed, 5))
	out := make([]mlp.Example, n)
	for i := range out {
		x := make([]int64, 16)
		for j := range x {
			x[j] = r.Int64N(1 << 16)
		}
		out[i] = mlp.Example{X: x, Label: r.IntN(4)}
	}
	return out
}

func rootOf(t testing.TB, exs []mlp.Example) common.Hash {
	tr, err := merkle.NewDatasetTreeWith(dataset.Depth(len(exs)), exs, delta.LeafFunc(mlp.SquaredError))
	require.NoError(t, err)
	r := tr.Root()
	return r.Bytes()
}

func newDeltaHarness(t *testing.T) *deltaHarness {
	h := &deltaHarness{harness: newHarness(t), store: da.NewMemory()}
	h.cfg.DeltaPeriod = testPeriod
	h.set = randExamples(10, 1)
	var err error
	h.cid, err = dataset.Write(context.Background(), h.store, h.set, dataset.Options{Classes: 4})
	require.NoError(t, err)
	for _, n := range []string{"alice", "bob", "carol"} {
		h.fund(n, 10_000)
	}
	spec := testSpec()
	spec.DatasetCID, spec.DatasetRoot, spec.DatasetSize = h.cid.Bytes(), rootOf(t, h.set), 10
	spec.MaxRounds = 100
	h.mustBlock(h.sign("carol", &CreateMLSC{Nonce: h.nonce("carol"), Spec: spec, Bounty: uint256.NewInt(1000)}))
	return h
}

// patch builds a proposal of the patch (removed, added) on the harness's
// current set, and its delta-data steps (Proposal and Nonce to fill in). The
// claimed root is the true one.
func (h *deltaHarness) patch(removed []uint64, added []mlp.Example) (*ProposeDelta, []*DeltaData, []mlp.Example) {
	p, steps, next, _ := h.build(removed, added, delta.Options{ChunkBytes: 200})
	return p, steps, next
}

// build is patch with the chunks shaped by opts; it also returns the built patch.
func (h *deltaHarness) build(removed []uint64, added []mlp.Example, opts delta.Options) (*ProposeDelta, []*DeltaData, []mlp.Example, *delta.Built) {
	t := h.t
	b, err := delta.BuildWith(context.Background(), h.store, h.cid, h.set, 4, delta.LeafFunc(mlp.SquaredError), removed, added, opts)
	require.NoError(t, err)
	require.Equal(t, rootOf(t, b.Set), common.Hash(b.NewRoot.Bytes()))
	var steps []*DeltaData
	for i := range b.Steps {
		steps = append(steps, DataTx(0, 0, 0, b, i))
	}
	return ProposalTx(0, 0, b, uint256.NewInt(100)), steps, b.Set, b
}

func (h *deltaHarness) propose(who string, p *ProposeDelta) error {
	p.Nonce = h.nonce(who)
	return h.block(h.sign(who, p))[0]
}

// data sends steps (in order) of proposal id, all in one block.
func (h *deltaHarness) data(who string, id uint64, steps []*DeltaData) {
	n := h.nonce(who)
	txs := make([]*Tx, len(steps))
	for i, st := range steps {
		d := *st
		d.Nonce, d.Proposal = n+uint64(i), id
		txs[i] = h.sign(who, &d)
	}
	for i, err := range h.block(txs...) {
		require.NoError(h.t, err, "step %d", i)
	}
}

// send sends one delta-data step of proposal id.
func (h *deltaHarness) send(who string, id uint64, st *DeltaData) error {
	d := *st
	d.Nonce, d.Proposal = h.nonce(who), id
	return h.block(h.sign(who, &d))[0]
}

func (h *deltaHarness) vote(who string, id, amount uint64) error {
	return h.block(h.sign(who, &VoteDelta{Nonce: h.nonce(who), MLSC: 0, Proposal: id, Amount: uint256.NewInt(amount)}))[0]
}

func (h *deltaHarness) balance(n string) uint64 { return h.s.Account(h.addr(n)).Balance.Uint64() }

// toEpochEnd produces empty blocks until the open epoch has closed and been
// settled (closeEpochs: over several block starts).
func (h *deltaHarness) toEpochEnd() {
	e, ok := h.s.DeltaEpoch(0)
	require.True(h.t, ok)
	for h.head.Number < e.End {
		h.mustBlock()
	}
	_, ok = h.s.DeltaEpoch(0)
	require.False(h.t, ok, "epoch closed")
	for i := 0; ; i++ {
		if _, settling := h.s.DeltaClosing(0); !settling {
			return
		}
		require.Less(h.t, i, 1000, "settled")
		h.mustBlock()
	}
}

func (h *deltaHarness) proposal(id uint64) DeltaProposal {
	p, ok := h.s.DeltaProposal(0, id)
	require.True(h.t, ok)
	return p
}

func TestProposeDeltaRules(t *testing.T) {
	h := newDeltaHarness(t)
	good, _, _ := h.patch([]uint64{1, 4}, nil)
	for _, tc := range []struct {
		name string
		edit func(p *ProposeDelta)
		who  string
		want error
	}{
		{"unknown MLSC", func(p *ProposeDelta) { p.MLSC = 9 }, "alice", ErrUnknownMLSC},
		{"deposit below minimum", func(p *ProposeDelta) { p.Deposit = uint256.NewInt(99) }, "alice", ErrDelta},
		{"deposit over balance", func(p *ProposeDelta) { p.Deposit = uint256.NewInt(1_000_000) }, "alice", ErrBalance},
		{"CID not of the manifest", func(p *ProposeDelta) { p.CID = da.Sum([]byte("other")).Bytes() }, "alice", ErrDelta},
		{"malformed CID", func(p *ProposeDelta) { p.CID = []byte{1, 2} }, "alice", ErrDelta},
		{"index removed twice", func(p *ProposeDelta) { p.Manifest, p.CID = rewriteRemoved(t, p.Manifest, 1, 1) }, "alice", ErrDelta},
		{"index out of range", func(p *ProposeDelta) { p.Manifest, p.CID = rewriteRemoved(t, p.Manifest, 1, 10) }, "alice", ErrDelta},
		{"wrong new root", func(p *ProposeDelta) { p.NewRoot = common.Hash{1} }, "alice", ErrDeltaRoot},
		{"wrong new size", func(p *ProposeDelta) { p.NewSize = 9 }, "alice", ErrDelta},
		{"non-field new root", func(p *ProposeDelta) { p.NewRoot = common.MaxHash }, "alice", ErrDelta},
		{"forged proof leaf", func(p *ProposeDelta) { p.Leaves = append([]common.Hash{{7}}, p.Leaves[1:]...) }, "alice", ErrDeltaRoot},
		{"proof cut short", func(p *ProposeDelta) { p.Siblings = p.Siblings[1:] }, "alice", ErrDeltaRoot},
		{"non-field proof element", func(p *ProposeDelta) { p.Siblings = append([]common.Hash{common.MaxHash}, p.Siblings[1:]...) }, "alice", ErrDeltaRoot},
		{"valid", func(p *ProposeDelta) {}, "alice", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := *good
			tc.edit(&p)
			before := h.balance(tc.who)
			err := h.propose(tc.who, &p)
			if tc.want != nil {
				require.ErrorIs(t, err, tc.want)
				require.Equal(t, before, h.balance(tc.who), "a refused proposal takes nothing")
				_, open := h.s.DeltaEpoch(0)
				require.False(t, open)
				return
			}
			require.NoError(t, err)
			require.Equal(t, before-100, h.balance(tc.who))
			got := h.proposal(0)
			require.Equal(t, DeltaReady, got.Status, "a removal-only delta is checked at once")
			require.Equal(t, uint64(8), got.NewSize)
		})
	}

	// The example shape is the model's: wider examples are a new MLSC.
	h2 := newDeltaHarness(t)
	m := &delta.Manifest{Parent: h2.cid, BaseRoot: rootOf(t, h2.set), BaseSize: 10, Width: 8, Classes: 4}
	wide := randExamples(1, 9)
	wide[0].X = wide[0].X[:8]
	c, raw, _, err := delta.Write(context.Background(), h2.store, m, wide, delta.Options{})
	require.NoError(t, err)
	err = h2.propose("alice", &ProposeDelta{MLSC: 0, CID: c.Bytes(), Manifest: raw, NewSize: 11, Deposit: uint256.NewInt(100)})
	require.ErrorIs(t, err, ErrDeltaShape)
	// A patch on another set than the MLSC's.
	p, _, _ := h2.patch([]uint64{0}, nil)
	man, err := delta.DecodeManifest(p.Manifest)
	require.NoError(t, err)
	man.BaseRoot = common.Hash{5}
	p.Manifest, err = delta.EncodeManifest(man)
	require.NoError(t, err)
	p.CID = da.Sum(p.Manifest).Bytes()
	require.ErrorIs(t, h2.propose("alice", p), ErrDelta)
	// A patch with chunks applies nothing in its proposal: a proof there is refused.
	pc, _, _ := h2.patch(nil, randExamples(2, 40))
	pc.Leaves = []common.Hash{{1}}
	require.ErrorIs(t, h2.propose("alice", pc), ErrDeltaRoot)
}

// rewriteRemoved sets removed index i of an encoded manifest to v (the
// encoder refuses such patches, so lies are written by hand).
func rewriteRemoved(t *testing.T, raw []byte, i int, v uint64) ([]byte, []byte) {
	m, err := delta.DecodeManifest(raw)
	require.NoError(t, err)
	off := 56 + 1 + len(m.Parent.Bytes()) + 4 + 8*i
	out := bytes.Clone(raw)
	binary.LittleEndian.PutUint64(out[off:], v)
	return out, da.Sum(out).Bytes()
}

// TestDeltaDataRules: delta-data steps come in order, each with the bytes of its chunk and a
// proof against the running root; a wrong step, wrong bytes or a wrong proof is refused and
// leaves the proposal as it was; bytes that match the CID but are no examples, or a patch
// that does not lead to the claimed root, reject the delta.
func TestDeltaDataRules(t *testing.T) {
	h := newDeltaHarness(t)
	added := randExamples(7, 2)
	p, steps, _ := h.patch([]uint64{3}, added)
	require.Greater(t, len(steps), 2)
	require.NoError(t, h.propose("alice", p))
	require.Equal(t, DeltaPending, h.proposal(0).Status)
	require.Equal(t, uint64(len(steps)), h.proposal(0).Steps)
	require.Greater(t, len(steps[0].Path), 1)
	edit := func(i int, f func(d *DeltaData)) *DeltaData {
		d := *steps[i]
		d.Data = bytes.Clone(d.Data)
		d.Leaves, d.Siblings, d.Path = slices.Clone(d.Leaves), slices.Clone(d.Siblings), slices.Clone(d.Path)
		f(&d)
		return &d
	}
	for _, tc := range []struct {
		name string
		id   uint64
		d    *DeltaData
		want error
		msg  string
	}{
		{"unknown proposal", 5, steps[0], ErrNoProposal, ""},
		{"out of order", 0, steps[1], ErrDeltaData, "next step is 0"},
		{"step out of range", 0, edit(0, func(d *DeltaData) { d.Chunk = uint32(len(steps)) }), ErrDeltaData, "next step is 0"},
		{"bytes not the entry's", 0, edit(0, func(d *DeltaData) { d.Data[len(d.Data)-1] ^= 1 }), ErrDeltaData, "chunk root"},
		{"another chunk's bytes", 0, edit(0, func(d *DeltaData) { d.Data = steps[1].Data }), ErrDeltaData, "chunk root"},
		{"a forged entry count", 0, edit(0, func(d *DeltaData) { d.Count++ }), ErrDeltaData, "chunk root"},
		{"a forged entry first", 0, edit(0, func(d *DeltaData) { d.First = 1 }), ErrDeltaData, "chunk root"},
		{"a forged entry path", 0, edit(0, func(d *DeltaData) { d.Path[1][0] ^= 1 }), ErrDeltaData, "chunk root"},
		{"an entry path cut short", 0, edit(0, func(d *DeltaData) { d.Path = d.Path[1:] }), ErrDeltaData, "depth"},
		{"the next step's entry", 0, edit(1, func(d *DeltaData) { d.Chunk = 0 }), ErrDeltaData, "chunk root"},
		{"no entry", 0, edit(0, func(d *DeltaData) { d.Count, d.Path = 0, nil }), ErrDeltaData, "depth"},
		{"a wrong path", 0, edit(0, func(d *DeltaData) { d.Siblings[0][31] ^= 1 }), ErrDeltaData, "does not open the running root"},
		{"a wrong old leaf", 0, edit(0, func(d *DeltaData) { d.Leaves[0] = common.Hash{9} }), ErrDeltaData, "does not open the running root"},
		{"a path cut short", 0, edit(0, func(d *DeltaData) { d.Siblings = d.Siblings[1:] }), ErrDeltaData, "too few"},
		{"a non-field element", 0, edit(0, func(d *DeltaData) { d.Siblings[0] = common.MaxHash }), ErrDeltaData, "not a field element"},
		{"valid", 0, steps[0], nil, ""},
		{"replayed", 0, steps[0], ErrDeltaData, "next step is 1"},
		{"replayed as the next step", 0, edit(0, func(d *DeltaData) { d.Chunk = 1 }), ErrDeltaData, "chunk root"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := h.proposal(0)
			err := h.send("bob", tc.id, tc.d)
			if tc.want != nil {
				require.ErrorIs(t, err, tc.want)
				require.ErrorContains(t, err, tc.msg)
				require.Equal(t, before, h.proposal(0), "a refused step changes nothing")
				return
			}
			require.NoError(t, err)
			require.Equal(t, uint64(1), h.proposal(0).Next)
		})
	}
	h.data("bob", 0, steps[1:]) // anyone may carry the data
	require.Equal(t, DeltaReady, h.proposal(0).Status)
	require.ErrorIs(t, h.send("bob", 0, steps[0]), ErrDeltaData, "a ready delta takes no data")

	// Lies found once the data is in: a root that is not old set + patch,
	// and chunk bytes that match their CID but are no examples of the
	// model's shape. Both reject the delta and forfeit the deposit.
	t.Run("wrong root with additions", func(t *testing.T) {
		lie, steps, _ := h.patch([]uint64{2}, randExamples(2, 3))
		lie.NewRoot = rootOf(t, randExamples(11, 4))
		require.NoError(t, h.propose("bob", lie))
		escrow := mlscEscrow(h)
		h.data("bob", 1, steps)
		p := h.proposal(1)
		require.Equal(t, DeltaRejected, p.Status)
		require.Contains(t, p.Reason, "does not lead to root")
		require.Equal(t, escrow+100, mlscEscrow(h), "the deposit goes to the MLSC's escrow")
		require.ErrorIs(t, h.vote("carol", 1, 5), ErrVote)
	})
	t.Run("garbage chunk", func(t *testing.T) {
		h := newDeltaHarness(t)
		junk := []byte("not a chunk of examples")
		raw := committed(t, h, 1, delta.ChunkEntry{CID: da.Sum(junk), Count: 1})
		require.NoError(t, h.propose("carol", &ProposeDelta{MLSC: 0, CID: da.Sum(raw).Bytes(), Manifest: raw, NewSize: 11,
			Deposit: uint256.NewInt(100)}))
		require.NoError(t, h.send("alice", 0, &DeltaData{Chunk: 0, Data: junk, Count: 1}))
		require.Equal(t, DeltaRejected, h.proposal(0).Status)
		require.Contains(t, h.proposal(0).Reason, "does not hold the patch's examples")
	})
	// Committed entries that do not fit the patch reject it at their step (the proposer
	// committed to them): over the work bound, not starting at the examples added so far,
	// counts that do not sum to the declared added count at the last chunk.
	chunk := func(n int, seed uint64) []byte { return dataset.EncodeChunk(randExamples(n, seed), 16) }
	big, one, two := chunk(60, 40), chunk(1, 41), chunk(2, 42)
	for _, tc := range []struct {
		name  string
		added uint64
		steps []DeltaData // all sent; the last rejects
	}{
		{"over the work bound", 60, []DeltaData{{Data: big, Count: 60}}},
		{"not at the running count", 2, []DeltaData{{Data: one, Count: 1}, {Data: one, Count: 1}}},
		{"short of the added count", 3, []DeltaData{{Data: two, Count: 2}}},
		{"past the added count", 2, []DeltaData{{Data: one, Count: 1}, {Data: two, Count: 2, First: 1}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newDeltaHarness(t)
			entries := make([]delta.ChunkEntry, len(tc.steps))
			for j, st := range tc.steps {
				entries[j] = delta.ChunkEntry{CID: da.Sum(st.Data), Count: int(st.Count), First: st.First}
			}
			raw := committed(t, h, tc.added, entries...)
			const id = 0
			require.NoError(t, h.propose("carol", &ProposeDelta{MLSC: 0, CID: da.Sum(raw).Bytes(), Manifest: raw, NewSize: 10 + tc.added,
				Deposit: uint256.NewInt(100)}))
			paths := delta.ChunkPaths(entries)
			for j, st := range tc.steps {
				st.Chunk = uint32(j)
				for _, p := range paths[j] {
					st.Path = append(st.Path, p)
				}
				if j < len(tc.steps)-1 {
					st.Leaves, st.Siblings = stepProof(t, h, id, st.Data)
				}
				require.NoError(t, h.send("alice", id, &st))
			}
			p := h.proposal(id)
			require.Equal(t, DeltaRejected, p.Status)
			require.Equal(t, fmt.Sprintf("chunk %d's entry does not fit the patch", len(tc.steps)-1), p.Reason)
		})
	}
}

// committed is a manifest patching the harness's set that adds added examples in the chunks
// entries name (committed by their root, as a proposer may lie).
func committed(t *testing.T, h *deltaHarness, added uint64, entries ...delta.ChunkEntry) []byte {
	list, err := h.store.Put(context.Background(), delta.EncodeChunkList(entries))
	require.NoError(t, err)
	m := &delta.Manifest{Parent: h.cid, BaseRoot: rootOf(t, h.set), BaseSize: uint64(len(h.set)), Width: 16, Classes: 4,
		ChunkCount: len(entries), AddedCount: added, ChunkRoot: delta.ChunkRoot(entries), ChunkList: list}
	raw, err := delta.EncodeManifest(m)
	require.NoError(t, err)
	return raw
}

// stepProof is the proof of a chunk step of proposal id (which appends to the harness's set)
// against its running root: built from the harness's set and the examples appended so far.
func stepProof(t *testing.T, h *deltaHarness, id uint64, data []byte) ([]common.Hash, []common.Hash) {
	p := h.proposal(id)
	raw, ok := h.s.DeltaManifest(0, id)
	require.True(t, ok)
	m, err := delta.DecodeManifest(raw)
	require.NoError(t, err)
	leaf := delta.LeafFunc(mlp.SquaredError)
	base, err := delta.Leaves(h.set, leaf)
	require.NoError(t, err)
	tr := delta.NewTree(m.Depth(), base)
	root := tr.Root()
	require.Equal(t, common.Hash(root.Bytes()), p.Root, "no step applied yet")
	exs, err := dataset.DecodeChunk(data, 16, 4)
	require.NoError(t, err)
	w, zero := m.ChunkWrites(len(exs), p.Added)
	pr, err := tr.ProveStep(zero, w)
	require.NoError(t, err)
	return elementsToHashes(pr.Leaves), elementsToHashes(pr.Siblings)
}

// TestLargeDelta: 2,000 added examples go through many delta-data steps, each within the
// step bound, and reach ready; the proposal record does not grow with them.
func TestLargeDelta(t *testing.T) {
	h := newDeltaHarness(t)
	p, steps, set, b := h.build([]uint64{1, 5}, randExamples(2000, 21), delta.Options{})
	man, err := delta.DecodeManifest(b.Manifest)
	require.NoError(t, err)
	require.Greater(t, len(steps), 50)
	for _, e := range b.Entries {
		require.LessOrEqual(t, man.ChunkWork(e.Count, e.First), uint64(delta.MaxStepWork))
	}
	require.NoError(t, h.propose("alice", p))
	size := func() int {
		v, err := h.s.encode(string(DeltaProposalKey(0, 0)))
		require.NoError(t, err)
		return len(v)
	}
	first := size()
	for i := 0; i < len(steps); i += 10 {
		h.data("bob", 0, steps[i:min(i+10, len(steps))])
		require.LessOrEqual(t, size(), first+16, "the record does not grow")
	}
	got := h.proposal(0)
	require.Equal(t, DeltaReady, got.Status, got.Reason)
	require.Equal(t, uint64(len(set)), got.NewSize)
	require.Equal(t, uint64(2000), got.Added)
}

// TestFashionDeltaOneProposal: 2,000 added examples of 784 inputs (Fashion-MNIST's shape, one
// a chunk: delta.MaxStepWork) are ONE proposal of 2,000 delta-data steps that reaches ready
// within one epoch; the proposal's manifest does not list the chunks (a few hundred bytes); a
// step whose entry path is wrong is refused and leaves the proposal as it was.
func TestFashionDeltaOneProposal(t *testing.T) {
	if testing.Short() {
		t.Skip("2,000 steps of 784-input examples")
	}
	const n = 2000
	h := &deltaHarness{harness: newHarness(t), store: da.NewMemory()}
	h.cfg.DeltaPeriod = 1000
	wide := func(k int, seed uint64) []mlp.Example {
		r := rand.New(rand.NewPCG(seed, 7))
		back := make([]int64, k*784)
		out := make([]mlp.Example, k)
		for i := range out {
			x := back[i*784 : (i+1)*784 : (i+1)*784]
			for j := range x {
				x[j] = r.Int64N(1 << 16)
			}
			out[i] = mlp.Example{X: x, Label: r.IntN(10)}
		}
		return out
	}
	h.set = wide(10, 1)
	var err error
	h.cid, err = dataset.Write(context.Background(), h.store, h.set, dataset.Options{Classes: 10})
	require.NoError(t, err)
	for _, who := range []string{"alice", "bob", "carol"} {
		h.fund(who, 10_000)
	}
	spec := testSpec()
	spec.Layers = []uint32{784, 8, 10}
	spec.DatasetCID, spec.DatasetRoot, spec.DatasetSize = h.cid.Bytes(), rootOf(t, h.set), 10
	h.mustBlock(h.sign("carol", &CreateMLSC{Nonce: h.nonce("carol"), Spec: spec, Bounty: uint256.NewInt(1000)}))

	b, err := delta.Build(context.Background(), h.store, h.cid, h.set, 10, delta.LeafFunc(mlp.SquaredError), []uint64{4}, wide(n, 2))
	require.NoError(t, err)
	require.Len(t, b.Steps, n, "one step an example")
	require.Less(t, len(b.Manifest), 256, "the manifest does not list the chunks")
	require.NoError(t, h.propose("alice", ProposalTx(0, 0, b, uint256.NewInt(100))))
	require.Equal(t, uint64(n), h.proposal(0).Steps)

	// A wrong entry path at step 7 is refused, the proposal unchanged.
	for i := 0; i < n; i += 50 {
		var steps []*DeltaData
		for j := i; j < min(i+50, n); j++ {
			steps = append(steps, DataTx(0, 0, 0, b, j))
		}
		if i == 0 {
			h.data("bob", 0, steps[:7])
			bad := *DataTx(0, 0, 0, b, 7)
			bad.Path = slices.Clone(bad.Path)
			bad.Path[len(bad.Path)-1][5] ^= 1
			before := h.proposal(0)
			require.ErrorContains(t, h.send("bob", 0, &bad), "chunk root")
			require.Equal(t, before, h.proposal(0), "a refused step changes nothing")
			steps = steps[7:]
		}
		h.data("bob", 0, steps)
	}
	got := h.proposal(0)
	require.Equal(t, DeltaReady, got.Status, got.Reason)
	require.Equal(t, uint64(n), got.Added)
	require.Equal(t, uint64(10-1+n), got.NewSize)
	require.Equal(t, got.Epoch, h.proposal(0).Epoch, "one epoch")
}

// TestRemovalHeavyDelta: a patch that removes delta.MaxRemoved examples, alone or with a few examples
// added, goes through many removal groups (delta-data steps with no data, after the chunks)
// and reaches ready with the true root, which applies.
func TestRemovalHeavyDelta(t *testing.T) {
	for _, added := range []int{0, 3} {
		h := newDeltaHarness(t)
		// Grow the set to 200 first.
		grow, gsteps, set := h.patch(nil, randExamples(190, 30))
		require.NoError(t, h.propose("alice", grow))
		h.data("alice", 0, gsteps)
		require.NoError(t, h.vote("bob", 0, 1))
		h.toEpochEnd()
		m, _ := h.s.MLSC(0)
		c, err := cid.Cast(m.Data.CID)
		require.NoError(t, err)
		h.set, h.cid = set, c
		var removed []uint64
		for i := uint64(0); len(removed) < delta.MaxRemoved; i += 3 {
			removed = append(removed, i)
		}
		p, steps, next, b := h.build(removed, randExamples(added, 31), delta.Options{ChunkExamples: 2})
		man, err := delta.DecodeManifest(b.Manifest)
		require.NoError(t, err)
		require.Greater(t, man.TailGroups(), uint64(5))
		require.NoError(t, h.propose("carol", p))
		require.Equal(t, DeltaPending, h.proposal(1).Status)
		// A removal group carries no data.
		last := *steps[len(steps)-1]
		last.Data = []byte{1}
		h.data("bob", 1, steps[:len(steps)-1])
		require.ErrorContains(t, h.send("bob", 1, &last), "carries no data")
		require.NoError(t, h.send("bob", 1, steps[len(steps)-1]))
		got := h.proposal(1)
		require.Equal(t, DeltaReady, got.Status, got.Reason)
		require.Equal(t, rootOf(t, next), got.NewRoot)
		require.NoError(t, h.vote("bob", 1, 1))
		h.toEpochEnd()
		m, _ = h.s.MLSC(0)
		require.Equal(t, rootOf(t, next), m.Data.Root)
		require.Equal(t, uint64(200-delta.MaxRemoved+added), m.Data.Size)
	}
}

func mlscEscrow(h *deltaHarness) uint64 {
	m, _ := h.s.MLSC(0)
	return m.Escrow.Uint64()
}

func TestVoteRules(t *testing.T) {
	h := newDeltaHarness(t)
	p0, _, _ := h.patch([]uint64{1}, nil)
	p1, _, _ := h.patch([]uint64{2}, nil)
	require.ErrorIs(t, h.vote("bob", 0, 10), ErrNoProposal, "no proposal yet")
	require.NoError(t, h.propose("alice", p0))
	require.NoError(t, h.propose("alice", p1))
	for _, tc := range []struct {
		name   string
		who    string
		id     uint64
		amount uint64
		want   error
	}{
		{"first vote locks nothing", "bob", 0, 0, ErrZeroAmount},
		{"unknown proposal", "bob", 7, 5, ErrNoProposal},
		{"over balance", "bob", 0, 1_000_000, ErrBalance},
		{"valid", "bob", 0, 50, nil},
		{"same proposal, nothing added", "bob", 0, 0, ErrZeroAmount},
		{"adds to the vote", "bob", 0, 10, nil},
		{"moves the vote", "bob", 1, 0, nil},
		{"another voter", "carol", 0, 30, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := h.vote(tc.who, tc.id, tc.amount)
			if tc.want != nil {
				require.ErrorIs(t, err, tc.want)
				return
			}
			require.NoError(t, err)
		})
	}
	require.Equal(t, uint64(30), h.proposal(0).Votes.Uint64())
	require.Equal(t, uint64(60), h.proposal(1).Votes.Uint64(), "bob's 60 moved to delta 1")
	require.Equal(t, uint64(10_000-60), h.balance("bob"), "locked until the epoch ends")
	h.toEpochEnd()
	require.Equal(t, uint64(10_000), h.balance("bob"), "released")
	require.Equal(t, uint64(10_000-1000), h.balance("carol"), "its bounty aside")
	require.Equal(t, DeltaApplied, h.proposal(1).Status)
	require.Equal(t, DeltaLost, h.proposal(0).Status)
}

func TestEpochClose(t *testing.T) {
	h := newDeltaHarness(t)
	addedA := randExamples(3, 7)
	pa, stepsA, setA := h.patch([]uint64{0, 9}, addedA)
	pb, _, _ := h.patch([]uint64{5}, nil)
	pc, _, _ := h.patch([]uint64{6}, nil)
	pd, _, _ := h.patch([]uint64{7}, randExamples(1, 8)) // its data never comes
	require.NoError(t, h.propose("alice", pa))
	require.NoError(t, h.propose("bob", pb))
	require.NoError(t, h.propose("bob", pc))
	require.NoError(t, h.propose("carol", pd))
	h.data("alice", 0, stepsA)
	require.NoError(t, h.vote("bob", 0, 40))
	require.NoError(t, h.vote("carol", 1, 40)) // a tie: the earliest (0) wins
	require.NoError(t, h.vote("alice", 3, 99)) // incomplete: cannot win
	m0, _ := h.s.MLSC(0)
	oldRoot := m0.Spec.DatasetRoot
	issued := h.s.Globals().Issued.Uint64()
	aliceBefore, escrow := h.balance("alice"), mlscEscrow(h)
	h.toEpochEnd()

	require.Equal(t, DeltaApplied, h.proposal(0).Status)
	require.Equal(t, DeltaLost, h.proposal(1).Status)
	require.Equal(t, DeltaLost, h.proposal(2).Status, "ready, no votes: refunded")
	require.Equal(t, DeltaRejected, h.proposal(3).Status)
	reward := issued / DefaultDeltaRewardDivisor
	require.Equal(t, uint64(1000), reward)
	require.Equal(t, aliceBefore+100+99+reward, h.balance("alice"), "deposit, locked vote and reward")
	require.Equal(t, issued+reward, h.s.Globals().Issued.Uint64())
	require.Equal(t, escrow+100, mlscEscrow(h), "the incomplete delta's deposit")
	require.Equal(t, uint64(10_000), h.balance("bob"), "bob's deposits back, votes released")

	m, _ := h.s.MLSC(0)
	require.NotNil(t, m.Data)
	require.Len(t, m.Data.Applied, 1)
	require.Equal(t, rootOf(t, setA), m.Data.Root)
	require.Equal(t, uint64(11), m.Data.Size)
	require.Equal(t, h.proposal(0).CID, m.Data.CID)

	// A round in flight keeps its root; the next one adopts the new set.
	if m.Spec.DatasetRoot == oldRoot {
		round := m.Round
		for {
			m, _ = h.s.MLSC(0)
			if m.Round != round {
				break
			}
			h.mustBlock()
		}
	}
	require.Equal(t, rootOf(t, setA), m.Spec.DatasetRoot)
	require.Equal(t, uint64(11), m.Spec.DatasetSize)
	require.Equal(t, h.proposal(0).CID, m.Spec.DatasetCID)

	// The chain of patches reads back as the new set.
	c, err := cid.Cast(m.Spec.DatasetCID)
	require.NoError(t, err)
	got, err := delta.ReadSet(context.Background(), h.store, c)
	require.NoError(t, err)
	require.Equal(t, rootOf(t, setA), rootOf(t, got))

	// A second delta builds on the applied one.
	h.set, h.cid = setA, c
	p2, _, set2 := h.patch([]uint64{10}, nil)
	require.NoError(t, h.propose("bob", p2))
	require.NoError(t, h.vote("bob", h.proposal(4).ID, 1))
	h.toEpochEnd()
	m, _ = h.s.MLSC(0)
	require.Equal(t, rootOf(t, set2), m.Data.Root)
	require.Len(t, m.Data.Applied, 2)
}

func TestAdoptScalesBestLoss(t *testing.T) {
	s := NewState()
	m := &MLSC{ID: 1, Spec: MLSCSpec{DatasetRoot: common.Hash{1}, DatasetSize: 100, TargetLoss: 50}, BestLossSum: 1000,
		Data: &DataState{Root: common.Hash{2}, Size: 150, CID: []byte{9}}}
	s.adoptDataset(m)
	require.Equal(t, uint64(1500), m.BestLossSum, "mean loss carried over")
	require.Equal(t, uint64(75), m.Spec.TargetLoss)
	require.Equal(t, common.Hash{2}, m.Spec.DatasetRoot)
	s.adoptDataset(m)
	require.Equal(t, uint64(1500), m.BestLossSum, "once")
	unwon := &MLSC{Spec: MLSCSpec{DatasetSize: 100}, BestLossSum: ^uint64(0), Data: &DataState{Root: common.Hash{2}, Size: 10}}
	s.adoptDataset(unwon)
	require.Equal(t, ^uint64(0), unwon.BestLossSum)
}

func TestPeriodGovernance(t *testing.T) {
	h := newDeltaHarness(t)
	stake := func(n string, amt uint64) {
		h.mustBlock(h.sign(n, &Stake{Nonce: h.nonce(n), Amount: uint256.NewInt(amt)}))
	}
	stake("alice", 300)
	stake("bob", 300)
	stake("carol", 600)
	pp := func(n string, blocks uint64) error {
		return h.block(h.sign(n, &ProposePeriod{Nonce: h.nonce(n), MLSC: 0, Blocks: blocks}))[0]
	}
	vp := func(n string, id uint64) error {
		return h.block(h.sign(n, &VotePeriod{Nonce: h.nonce(n), MLSC: 0, Proposal: id}))[0]
	}
	require.ErrorIs(t, pp("prover", 10), ErrStake, "only staked trainers")
	require.ErrorIs(t, pp("alice", 0), ErrPeriod)
	require.ErrorIs(t, pp("alice", MaxPeriod+1), ErrPeriod)
	require.ErrorIs(t, vp("alice", 0), ErrNoProposal)
	require.NoError(t, pp("alice", 10))
	require.NoError(t, pp("bob", 50))
	require.NoError(t, vp("alice", 0))
	require.ErrorIs(t, vp("alice", 0), ErrVote, "already")
	require.ErrorIs(t, vp("prover", 0), ErrStake)
	require.NoError(t, vp("carol", 1))
	require.NoError(t, vp("bob", 1)) // 900 of 1200 for 50 blocks
	require.NoError(t, vp("carol", 0))
	// now alice+carol = 900 for 10 blocks, bob = 300 for 50
	e, _ := h.s.DeltaEpoch(0)
	end := e.End
	h.toEpochEnd()
	m, _ := h.s.MLSC(0)
	require.Equal(t, uint64(10), m.Data.Period)
	require.Equal(t, end, m.Data.Anchor)
	n, next := h.cfg.EpochAt(&m, h.head.Number)
	require.Equal(t, e.Epoch+1, n)
	require.Equal(t, end+10, next)

	// Exactly half of the stake is not a majority.
	require.NoError(t, pp("carol", 20))
	require.NoError(t, vp("carol", 0))
	h.toEpochEnd()
	m, _ = h.s.MLSC(0)
	require.Equal(t, uint64(10), m.Data.Period)
}

// TestDeltaStateReloads: the governance entries persist and load like the
// rest of the state (same root), and the reloaded state closes the epoch.
func TestDeltaStateReloads(t *testing.T) {
	h := newDeltaHarness(t)
	p, steps, _ := h.patch([]uint64{2}, randExamples(2, 11))
	require.NoError(t, h.propose("alice", p))
	h.data("alice", 0, steps[:1])
	require.NoError(t, h.vote("bob", 0, 5))
	fresh := NewState()
	for _, k := range h.s.allKeys() {
		v, err := h.s.encode(k)
		require.NoError(t, err)
		require.NoError(t, fresh.LoadEntry([]byte(k), v))
	}
	root, _, err := fresh.Commit()
	require.NoError(t, err)
	require.Equal(t, h.s.Root(), root)
	h.s = fresh
	h.data("alice", 0, steps[1:])
	require.Equal(t, DeltaReady, h.proposal(0).Status)
	h.toEpochEnd()
	require.Equal(t, DeltaApplied, h.proposal(0).Status)
}

func TestDeltaTxRoundTrip(t *testing.T) {
	key, _ := crypto.GenerateKey()
	for _, d := range deltaSampleData() {
		tx, err := SignTx(d, testChainID, key)
		require.NoError(t, err)
		dec, err := DecodeTx(tx.Encode())
		require.NoError(t, err)
		require.Equal(t, tx.Encode(), dec.Encode())
		require.Equal(t, d.txType(), dec.Type())
		require.NotContains(t, dec.Type().String(), "tx-type")
	}
	// A nil deposit or amount is a malformed encoding.
	tx, err := SignTx(&VoteDelta{Nonce: 1, MLSC: 2, Proposal: 3, Amount: uint256.NewInt(0)}, testChainID, key)
	require.NoError(t, err)
	raw := tx.Encode()
	require.Equal(t, uint64(1), tx.Nonce())
	_, err = DecodeTx(raw[:len(raw)-1])
	require.ErrorIs(t, err, ErrTxEncoding)
}

func deltaSampleData() []TxData {
	sum := sha256.Sum256([]byte("m"))
	return []TxData{
		&ProposeDelta{Nonce: 1, MLSC: 2, CID: []byte{1, 2}, Manifest: []byte("NDLM"), NewRoot: sum, NewSize: 5,
			Deposit: uint256.NewInt(100), Leaves: []common.Hash{{1}}, Siblings: []common.Hash{{2}, {3}}},
		&VoteDelta{Nonce: 2, MLSC: 2, Proposal: 1, Amount: uint256.NewInt(7)},
		&DeltaData{Nonce: 3, MLSC: 2, Proposal: 1, Chunk: 4, Data: []byte("NDSC"), Leaves: []common.Hash{{4}}, Siblings: []common.Hash{{5}}, Count: 2, First: 7, Path: []common.Hash{{6}}},
		&ProposePeriod{Nonce: 4, MLSC: 2, Blocks: 100},
		&VotePeriod{Nonce: 5, MLSC: 2, Proposal: 0},
	}
}

func FuzzDecodeDeltaTx(f *testing.F) {
	key, _ := crypto.HexToECDSA("b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291")
	for _, d := range deltaSampleData() {
		tx, err := SignTx(d, testChainID, key)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(tx.Encode())
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		tx, err := DecodeTx(b)
		if err != nil {
			return
		}
		if !bytes.Equal(tx.Encode(), b) {
			t.Fatalf("decoded tx re-encodes differently")
		}
	})
}
