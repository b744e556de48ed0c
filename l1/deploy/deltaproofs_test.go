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
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"

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
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("delta proofs")))
	if err != nil {
		tb.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	chain := simchain.New(types.GenesisAlloc{from: {Balance: nrn(100)}}, func(_ *node.Config, ec *ethconfig.Config) { ec.RPCEVMTimeout = 0 })
	tb.Cleanup(func() { _ = chain.Close() })
	c := bindings.NewDeltaProofs()
	addr, tx, err := bind.DeployContract(bind.NewKeyedTransactor(key, big.NewInt(simchain.ChainID)), common.FromHex(bindings.DeltaProofsMetaData.Bin), chain, nil)
	if err != nil {
		tb.Fatal(err)
	}
	if rc, err := bind.WaitMined(context.Background(), chain, tx.Hash()); err != nil || rc.Status != types.ReceiptStatusSuccessful {
		tb.Fatalf("deploy DeltaProofs: %v", err)
	}
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

// rootCall packs DeltaProofs.newRoot for a built patch with the given added leaves.
func (d *deltaProofs) rootCall(b *delta.Built, m *delta.Manifest, added []fr.Element, proof []fr.Element, proofLen int) []byte {
	return d.c.PackNewRoot(b.BaseRoot.BigInt(new(big.Int)), m.BaseSize, m.Removed, elems(added), elems(proof), big.NewInt(int64(proofLen)))
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
		got := dpCall(t, d, d.c.PackDecodeManifest(b.Manifest), d.c.UnpackDecodeManifest)
		if !got.Ok || got.M.BaseSize != m.BaseSize || got.M.BaseRoot != m.BaseRoot || int(got.M.Width) != m.Width ||
			int(got.M.Classes) != m.Classes || !bytes.Equal(got.M.Parent, m.Parent.Bytes()) || got.M.Added != m.Added() ||
			len(got.M.Removed) != len(m.Removed) || len(got.M.Digests) != len(m.Chunks) {
			t.Fatalf("case %d: L1 decodes %+v, Go %+v", ci, got, m)
		}
		for i, ch := range m.Chunks {
			if got.M.Counts[i] != uint32(ch.Count) || !bytes.Equal(got.M.Digests[i][:], ch.CID.Hash()[2:]) {
				t.Fatalf("case %d chunk %d: L1 %d %x, Go %d %s", ci, i, got.M.Counts[i], got.M.Digests[i], ch.Count, ch.CID)
			}
		}
		// The added leaves, chunk by chunk.
		var added []fr.Element
		for i, raw := range b.Chunks {
			exs, err := m.DecodeChunk(i, raw)
			if err != nil {
				t.Fatal(err)
			}
			want, err := delta.Leaves(exs, leaf)
			if err != nil {
				t.Fatal(err)
			}
			call := d.c.PackChunkLeaves(raw, uint32(m.Width), uint32(m.Classes), uint32(m.Chunks[i].Count))
			out := dpCall(t, d, call, d.c.UnpackChunkLeaves)
			if !out.Ok || len(out.Leaves) != len(want) {
				t.Fatalf("case %d chunk %d: L1 %v with %d leaves, want %d", ci, i, out.Ok, len(out.Leaves), len(want))
			}
			for j := range want {
				if out.Leaves[j].Cmp(want[j].BigInt(new(big.Int))) != 0 {
					t.Fatalf("case %d chunk %d leaf %d differs", ci, i, j)
				}
			}
			if g := d.gas(t, call) / uint64(len(want)); g > maxLeaves {
				maxLeaves = g
			}
			added = append(added, want...)
		}
		proof := append(append([]fr.Element(nil), b.Proof.Leaves...), b.Proof.Siblings...)
		pl := len(b.Proof.Leaves)
		call := d.rootCall(b, m, added, proof, pl)
		out := dpCall(t, d, call, d.c.UnpackNewRoot)
		if want := b.NewRoot.BigInt(new(big.Int)); !out.Arg0 || out.Arg1.Cmp(want) != 0 {
			t.Fatalf("case %d: L1 root %v %x, want %x", ci, out.Arg0, out.Arg1, want)
		}
		maxRoot = max(maxRoot, d.gas(t, call))
		// With zero added leaves (a proposal), as rollup's deltaRoot.
		writes, _, err := delta.Plan(m.BaseSize, m.Removed, m.Added())
		if err != nil {
			t.Fatal(err)
		}
		zeros := make([]fr.Element, m.Added())
		goZero, err := delta.NewRoot(b.BaseRoot, m.BaseSize, m.NewSize(), writes, zeros, b.Proof)
		if err != nil {
			t.Fatal(err)
		}
		if out := dpCall(t, d, d.rootCall(b, m, zeros, proof, pl), d.c.UnpackNewRoot); !out.Arg0 || out.Arg1.Cmp(goZero.BigInt(new(big.Int))) != 0 {
			t.Fatalf("case %d: zero-leaf root %v %x, want %x", ci, out.Arg0, out.Arg1, goZero.Bytes())
		}
		// Broken proofs: each refused by Go and by L1.
		type broken struct {
			name  string
			proof []fr.Element
			pl    int
		}
		var bad []broken
		if len(proof) > 0 {
			p := append([]fr.Element(nil), proof...)
			p[r.IntN(len(p))].SetUint64(12345)
			bad = append(bad, broken{"a wrong element", p, pl})
			bad = append(bad, broken{"one short", proof[:len(proof)-1], min(pl, len(proof)-1)})
		}
		bad = append(bad, broken{"one too many", append(append([]fr.Element(nil), proof...), fr.Element{}), pl})
		if pl > 0 {
			bad = append(bad, broken{"a leaf counted as a sibling", proof, pl - 1})
		}
		for _, bp := range bad {
			goProof := &delta.Proof{Leaves: bp.proof[:bp.pl], Siblings: bp.proof[bp.pl:]}
			_, goErr := delta.NewRoot(b.BaseRoot, m.BaseSize, m.NewSize(), writes, added, goProof)
			out := dpCall(t, d, d.rootCall(b, m, added, bp.proof, bp.pl), d.c.UnpackNewRoot)
			if goErr == nil || out.Arg0 {
				t.Fatalf("case %d, %s: Go %v, L1 ok %v", ci, bp.name, goErr, out.Arg0)
			}
		}
		if len(proof) > 0 { // a non-canonical element: rollup's hashesToElements refuses it
			big := d.c.PackNewRoot(b.BaseRoot.BigInt(new(big.Int)), m.BaseSize, m.Removed, elems(added),
				append(elems(proof[:len(proof)-1]), new(big.Int).Add(proof[len(proof)-1].BigInt(new(big.Int)), fr.Modulus())), big.NewInt(int64(pl)))
			if out := dpCall(t, d, big, d.c.UnpackNewRoot); out.Arg0 {
				t.Fatalf("case %d: a non-canonical element is accepted", ci)
			}
		}
	}
	t.Logf("DeltaProofs gas: newRoot up to %d (cases above), chunkLeaves %d an example of 16 inputs", maxRoot, maxLeaves)
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
		"truncated":              man[:len(man)-1],
		"trailing byte":          append(bytes.Clone(man), 0),
		"magic":                  set(0, 'X'),
		"version":                set(4, 2),
		"reserved":               set(6, 1),
		"zero width":             set(48, 0, 0, 0, 0),
		"width over 4096":        set(48, 0x01, 0x10, 0, 0),
		"zero classes":           set(52, 0, 0, 0, 0),
		"parent CID version":     set(57, 0),
		"parent CID codec":       set(58, 0x70),
		"parent CID length byte": set(56, 35),
		"removed out of order":   set(rOff+4, 6),
		"removed twice":          set(rOff+4, 5),
		"removed past the base":  set(rOff+12, 9),
		"zero base size":         set(8, 0),
		"chunk count zero":       set(rOff+4+16+4, 0, 0, 0, 0),
	} {
		_, goErr := delta.DecodeManifest(raw)
		out := dpCall(t, d, d.c.PackDecodeManifest(raw), d.c.UnpackDecodeManifest)
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
		if goErr == nil && len(exs) != m.Chunks[0].Count {
			goErr = delta.ErrPatch
		}
		out := dpCall(t, d, d.c.PackChunkLeaves(raw, uint32(m.Width), uint32(m.Classes), uint32(m.Chunks[0].Count)), d.c.UnpackChunkLeaves)
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
