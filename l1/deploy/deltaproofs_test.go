package deploy_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/da/delta"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/simchain"
)

// deltaProofs is a DeltaProofs contract on a simulated chain of its own.
type deltaProofs struct {
	chain *simchain.Chain
	c     *bindings.DeltaProofs
	inst  *bind.BoundContract
	addr  common.Address
}

func newDeltaProofs(tb testing.TB) *deltaProofs {
	tb.Helper()
	chain, addr := deployAlone(tb, "delta proofs", bindings.DeltaProofsMetaData.Bin, nil, "DeltaProofs")
	c := bindings.NewDeltaProofs()
	return &deltaProofs{chain: chain, c: c, inst: c.Instance(chain, addr), addr: addr}
}

func dpCall[T any](tb testing.TB, d *deltaProofs, data []byte, unpack func([]byte) (T, error)) T {
	tb.Helper()
	v, err := bind.Call(d.inst, nil, data, unpack)
	if err != nil {
		tb.Fatal(err)
	}
	return v
}

func (d *deltaProofs) gas(tb testing.TB, data []byte) uint64 {
	tb.Helper()
	g, err := d.chain.EstimateGas(context.Background(), ethereum.CallMsg{To: &d.addr, Data: data})
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

func elems(es []fr.Element) []*big.Int {
	out := make([]*big.Int, len(es))
	for i := range es {
		out[i] = es[i].BigInt(new(big.Int))
	}
	return out
}

// TestDeltaProofs: DeltaProofs decodes every manifest delta.DecodeManifest does to the same
// fields and refuses what it refuses; newRoot gives delta.NewRoot's root (rollup's deltaRoot)
// for patches that grow, keep and shrink the tree, with the real added leaves and with zero
// ones, and refuses a proof with a wrong leaf or sibling, one too few or too many, or a
// non-canonical element; chunkLeaves gives the version-1 dataset leaves of every chunk and
// refuses chunks dataset.DecodeChunk refuses. It logs the gas of each.
func TestDeltaProofs(t *testing.T) {
	ctx := context.Background()
	d := newDeltaProofs(t)
	leaf := delta.LeafFunc(mlp.SquaredError)
	store := da.NewMemory()
	r := rand.New(rand.NewPCG(7, 7))
	cases := []struct {
		base    int
		removed []uint64
		added   int
	}{
		{9, []uint64{2, 5}, 5},            // the golden file's shape
		{200, []uint64{1, 4}, 0},          // removal only
		{200, []uint64{7}, 3},             // fill then append
		{200, nil, 2},                     // append only
		{8, nil, 1},                       // the tree grows a level
		{9, []uint64{0, 3, 8}, 0},         // the tree shrinks a level
		{17, []uint64{1, 2, 3, 16}, 1},    // shrinks, moving examples down
		{64, []uint64{60, 61, 62, 63}, 0}, // only the tail
		{100, []uint64{10, 20, 30, 40, 50, 60, 70, 80, 90, 99}, 4},
	}
	var maxRoot, maxLeaves uint64
	for ci, tc := range cases {
		base := deltaExamples(tc.base, uint64(100+ci))
		setCID, err := dataset.Write(ctx, store, base, dataset.Options{Classes: 4})
		if err != nil {
			t.Fatal(err)
		}
		b, err := delta.Build(ctx, store, setCID, base, 4, leaf, tc.removed, deltaExamples(tc.added, uint64(200+ci)))
		if err != nil {
			t.Fatalf("case %d: %v", ci, err)
		}
		m, err := delta.DecodeManifest(b.Manifest)
		if err != nil {
			t.Fatal(err)
		}
		got := dpCall(t, d, d.c.PackCheckManifest(b.Manifest), d.c.UnpackCheckManifest)
		if !got.Ok || got.M.BaseSize != m.BaseSize || got.M.BaseRoot != m.BaseRoot || int(got.M.Width) != m.Width ||
			int(got.M.Classes) != m.Classes || !bytes.Equal(got.M.Parent, m.Parent.Bytes()) || got.M.Added != m.Added() ||
			got.M.R.Int64() != int64(len(m.Removed)) || got.M.C.Int64() != int64(m.ChunkCount) {
			t.Fatalf("case %d: L1 decodes %+v, Go %+v", ci, got, m)
		}
		// The steps, as the STF applies them: each against the running root, on both sides.
		bd := big.NewInt(int64(m.Depth()))
		root, err := m.StartRoot()
		if err != nil {
			t.Fatal(err)
		}
		lifted := dpCall(t, d, d.c.PackLift(b.BaseRoot.BigInt(new(big.Int)), big.NewInt(int64(dataset.Depth(int(m.BaseSize)))), bd), d.c.UnpackLift)
		if lifted.Cmp(root.BigInt(new(big.Int))) != 0 {
			t.Fatalf("case %d: L1 lifts the base root to %x, Go %x", ci, lifted, root.Bytes())
		}
		type step struct {
			zero   uint64
			writes []delta.Change
			leaves []fr.Element
			start  uint64
			g      uint64
			chunk  bool
			proof  *delta.Proof
		}
		var all []step
		if m.ProposalApplies() {
			all = append(all, step{zero: m.BaseSize, writes: m.ProposalWrites(), proof: b.Proof, g: ^uint64(0)})
		}
		var start uint64
		for s := range m.Steps() {
			c, g := m.StepAt(s)
			st := step{zero: m.BaseSize, g: g, proof: b.Steps[s].Proof, start: start}
			if c >= 0 {
				exs, err := m.DecodeChunk(b.Entries[c], b.Chunks[c])
				if err != nil {
					t.Fatal(err)
				}
				if st.leaves, err = delta.Leaves(exs, leaf); err != nil {
					t.Fatal(err)
				}
				st.writes, st.zero = m.ChunkWrites(len(exs), start)
				st.chunk = true
				call := d.c.PackChunkLeaves(b.Chunks[c], uint32(m.Width), uint32(m.Classes), uint32(b.Entries[c].Count))
				out := dpCall(t, d, call, d.c.UnpackChunkLeaves)
				if !out.Ok || len(out.Leaves) != len(st.leaves) {
					t.Fatalf("case %d chunk %d: L1 %v with %d leaves, want %d", ci, c, out.Ok, len(out.Leaves), len(st.leaves))
				}
				for j := range st.leaves {
					if out.Leaves[j].Cmp(st.leaves[j].BigInt(new(big.Int))) != 0 {
						t.Fatalf("case %d chunk %d leaf %d differs", ci, c, j)
					}
				}
				if g := d.gas(t, call) / uint64(len(st.leaves)); g > maxLeaves {
					maxLeaves = g
				}
				start += uint64(len(st.leaves))
			} else {
				st.writes = m.TailWrites(g)
			}
			all = append(all, st)
		}
		for si, st := range all {
			first := st.start
			added := func(i uint64) (fr.Element, bool) {
				if i < first || i-first >= uint64(len(st.leaves)) {
					return fr.Element{}, false
				}
				return st.leaves[i-first], true
			}
			pack := func(p *delta.Proof, at fr.Element) []byte {
				in := bindings.DeltaProofsStepIn{Man: b.Manifest, BaseSize: m.BaseSize, R: big.NewInt(int64(len(m.Removed))), Added: new(big.Int).SetUint64(m.Added()),
					Depth: bd, Start: new(big.Int).SetUint64(st.start), Leaves: elems(st.leaves), G: new(big.Int).SetUint64(st.g),
					Root: at.BigInt(new(big.Int)), Proof: elems(append(append([]fr.Element(nil), p.Leaves...), p.Siblings...)),
					ProofLen: big.NewInt(int64(len(p.Leaves)))}
				if st.chunk {
					return d.c.PackChunkStep(in)
				}
				if st.g == ^uint64(0) {
					in.G = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)) // DeltaProofs.WHOLE: the proposal's
				}
				return d.c.PackTailStep(in)
			}
			run := func(p *delta.Proof, at fr.Element) (bool, *big.Int) {
				out := dpCall(t, d, pack(p, at), d.c.UnpackChunkStep) // tailStep returns the same
				return out.Arg0, out.Arg1
			}
			want, err := delta.StepRoot(root, m.Depth(), st.zero, st.writes, added, st.proof)
			if err != nil {
				t.Fatalf("case %d step %d: %v", ci, si, err)
			}
			if ok, got := run(st.proof, root); !ok || got.Cmp(want.BigInt(new(big.Int))) != 0 {
				t.Fatalf("case %d step %d: L1 %v %x, Go %x", ci, si, ok, got, want.Bytes())
			}
			maxRoot = max(maxRoot, d.gas(t, pack(st.proof, root)))
			// Broken proofs and another running root: refused by Go and by L1.
			type broken struct {
				name  string
				proof *delta.Proof
				at    fr.Element
			}
			var other fr.Element
			other.SetUint64(4321)
			bad := []broken{{"another running root", st.proof, other}}
			if n := len(st.proof.Siblings); n > 0 {
				p := *st.proof
				p.Siblings = append([]fr.Element(nil), p.Siblings...)
				p.Siblings[r.IntN(n)].SetUint64(12345)
				bad = append(bad, broken{"a wrong sibling", &p, root})
				q := *st.proof
				q.Siblings = q.Siblings[:n-1]
				bad = append(bad, broken{"one short", &q, root})
			}
			if len(st.proof.Leaves) > 0 {
				p := *st.proof
				p.Leaves = append([]fr.Element(nil), p.Leaves...)
				p.Leaves[0].SetUint64(5)
				bad = append(bad, broken{"a wrong leaf", &p, root})
				q := *st.proof
				q.Leaves, q.Siblings = p.Leaves[1:], append([]fr.Element{st.proof.Leaves[0]}, st.proof.Siblings...)
				bad = append(bad, broken{"a leaf counted as a sibling", &q, root})
			}
			tooMany := *st.proof
			tooMany.Siblings = append(append([]fr.Element(nil), tooMany.Siblings...), fr.Element{})
			bad = append(bad, broken{"one too many", &tooMany, root})
			for _, bp := range bad {
				_, goErr := delta.StepRoot(bp.at, m.Depth(), st.zero, st.writes, added, bp.proof)
				if ok, _ := run(bp.proof, bp.at); goErr == nil || ok {
					t.Fatalf("case %d step %d, %s: Go %v, L1 ok %v", ci, si, bp.name, goErr, ok)
				}
			}
			root = want
		}
		target := m.TargetRoot(b.NewRoot)
		if !root.Equal(&target) {
			t.Fatalf("case %d: the steps lead to %x, want %x", ci, root.Bytes(), target.Bytes())
		}
		l1Target := dpCall(t, d, d.c.PackLift(b.NewRoot.BigInt(new(big.Int)), big.NewInt(int64(dataset.Depth(int(m.NewSize())))), bd), d.c.UnpackLift)
		if l1Target.Cmp(target.BigInt(new(big.Int))) != 0 {
			t.Fatalf("case %d: L1 lifts the new root to %x", ci, l1Target)
		}
	}
	t.Logf("DeltaProofs gas: a step's root up to %d (cases above), chunkLeaves %d an example of 16 inputs", maxRoot, maxLeaves)
	// The marginal cost of a leaf: a chunk of 1+m examples against one of 1, of 16 and of 784
	// inputs (values over the whole range: 4-byte varints).
	for _, width := range []int{16, 784} {
		var g [2]uint64
		m := map[int]int{16: 64, 784: 4}[width]
		for i, n := range []int{1, 1 + m} {
			exs := make([]mlp.Example, n)
			for j := range exs {
				x := make([]int64, width)
				for k := range x {
					x[k] = r.Int64N(1<<25) - 1<<24
				}
				exs[j] = mlp.Example{X: x, Label: r.IntN(4)}
			}
			raw := dataset.EncodeChunk(exs, width)
			call := d.c.PackChunkLeaves(raw, uint32(width), 4, uint32(n))
			if out := dpCall(t, d, call, d.c.UnpackChunkLeaves); !out.Ok {
				t.Fatalf("a chunk of %d examples of %d inputs is refused", n, width)
			}
			g[i] = d.gas(t, call)
		}
		t.Logf("chunkLeaves: %d gas an example of %d inputs (%d hashed elements), %d for one", (g[1]-g[0])/uint64(m), width, (width+9)/10+2, g[0])
	}
}

// TestDeltaProofsRefusals: manifests and chunks the Go decoders refuse are refused on L1.
func TestDeltaProofsRefusals(t *testing.T) {
	ctx := context.Background()
	d := newDeltaProofs(t)
	store := da.NewMemory()
	base := deltaExamples(9, 1)
	setCID, err := dataset.Write(ctx, store, base, dataset.Options{Classes: 4})
	if err != nil {
		t.Fatal(err)
	}
	b, err := delta.Build(ctx, store, setCID, base, 4, delta.LeafFunc(mlp.SquaredError), []uint64{2, 5}, deltaExamples(3, 2))
	if err != nil {
		t.Fatal(err)
	}
	man := b.Manifest
	set := func(off int, v ...byte) []byte {
		c := bytes.Clone(man)
		copy(c[off:], v)
		return c
	}
	rOff := 56 + 37 // removed count
	for name, raw := range map[string][]byte{
		"truncated":                man[:len(man)-1],
		"trailing byte":            append(bytes.Clone(man), 0),
		"magic":                    set(0, 'X'),
		"version":                  set(4, 1),
		"reserved":                 set(6, 1),
		"zero width":               set(48, 0, 0, 0, 0),
		"width over 4096":          set(48, 0x01, 0x10, 0, 0),
		"zero classes":             set(52, 0, 0, 0, 0),
		"parent CID version":       set(57, 0),
		"parent CID codec":         set(58, 0x70),
		"parent CID length byte":   set(56, 35),
		"removed out of order":     set(rOff+4, 6),
		"removed twice":            set(rOff+4, 5),
		"removed past the base":    set(rOff+12, 9),
		"zero base size":           set(8, 0),
		"chunk count zero":         set(rOff+4+16, 0, 0, 0, 0),
		"chunk count over 65,536":  set(rOff+4+16, 1, 0, 1, 0),
		"added below the chunks":   set(rOff+4+16+4, 0),
		"added over 4,096 a chunk": set(rOff+4+16+4, 1, 0x10, 0, 0, 0, 0, 0, 0),
		"chunk list CID codec":     set(rOff+4+16+4+8+32+2, 0x70),
	} {
		_, goErr := delta.DecodeManifest(raw)
		out := dpCall(t, d, d.c.PackCheckManifest(raw), d.c.UnpackCheckManifest)
		if goErr == nil || out.Ok {
			t.Errorf("%s: Go %v, L1 ok %v", name, goErr, out.Ok)
		}
	}
	chunk := b.Chunks[0]
	m, _ := delta.DecodeManifest(man)
	cset := func(off int, v ...byte) []byte {
		c := bytes.Clone(chunk)
		copy(c[off:], v)
		return c
	}
	nonMinimal := append(bytes.Clone(chunk[:16]), 0x80, 0x00) // label 0 in two bytes
	nonMinimal = append(nonMinimal, chunk[17:]...)
	wide := bytes.Clone(chunk[:16]) // an input of 2^24 (just out of range): zigzag 2^25
	wide = append(wide, chunk[16])
	wide = binary.AppendUvarint(wide, 1<<25)
	for name, raw := range map[string][]byte{
		"truncated":          chunk[:len(chunk)-1],
		"trailing byte":      append(bytes.Clone(chunk), 0),
		"magic":              cset(0, 'X'),
		"version":            cset(4, 2),
		"width":              cset(8, 15),
		"count":              cset(12, 2),
		"label out of range": cset(16, 4),
		"non-minimal label":  nonMinimal,
		"input out of range": wide,
	} {
		exs, goErr := dataset.DecodeChunk(raw, m.Width, m.Classes)
		if goErr == nil && len(exs) != b.Entries[0].Count {
			goErr = delta.ErrPatch
		}
		out := dpCall(t, d, d.c.PackChunkLeaves(raw, uint32(m.Width), uint32(m.Classes), uint32(b.Entries[0].Count)), d.c.UnpackChunkLeaves)
		if goErr == nil || out.Ok {
			t.Errorf("%s: Go %v, L1 ok %v", name, goErr, out.Ok)
		}
	}
	// One example of zeros (each input one byte) with its first input in two bytes, or its
	// last one missing.
	zeros := dataset.EncodeChunk([]mlp.Example{{X: make([]int64, 16), Label: 1}}, 16)
	for name, raw := range map[string][]byte{
		"non-minimal input": append(append(bytes.Clone(zeros[:17]), 0x80, 0x00), zeros[18:]...),
		"input missing":     zeros[:len(zeros)-1],
	} {
		_, goErr := dataset.DecodeChunk(raw, 16, 4)
		out := dpCall(t, d, d.c.PackChunkLeaves(raw, 16, 4, 1), d.c.UnpackChunkLeaves)
		if goErr == nil || out.Ok {
			t.Errorf("%s: Go %v, L1 ok %v", name, goErr, out.Ok)
		}
	}
	if out := dpCall(t, d, d.c.PackChunkLeaves(zeros, 16, 4, 1), d.c.UnpackChunkLeaves); !out.Ok {
		t.Error("the zero example is refused")
	}
}
