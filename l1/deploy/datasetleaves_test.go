package deploy_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	p2 "github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/merkle"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/poseidon"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/simchain"
)

// datasetLeaves is a DatasetLeavesV2 contract on a simulated chain of its own.
type datasetLeaves struct {
	chain *simchain.Chain
	c     *bindings.DatasetLeavesV2
	inst  *bind.BoundContract
	addr  common.Address
}

func newDatasetLeaves(tb testing.TB) *datasetLeaves {
	tb.Helper()
	chain, addr := deployAlone(tb, "dataset leaves v2", bindings.DatasetLeavesV2MetaData.Bin, nil, "DatasetLeavesV2")
	c := bindings.NewDatasetLeavesV2()
	return &datasetLeaves{chain: chain, c: c, inst: c.Instance(chain, addr), addr: addr}
}

func dlCall[T any](tb testing.TB, d *datasetLeaves, data []byte, unpack func([]byte) (T, error)) T {
	tb.Helper()
	v, err := bind.Call(d.inst, nil, data, unpack)
	if err != nil {
		tb.Fatal(err)
	}
	return v
}

// execGas is the gas a call of data runs for, less its intrinsic cost (21,000 and calldata).
func (d *datasetLeaves) execGas(tb testing.TB, data []byte) uint64 {
	tb.Helper()
	g, err := d.chain.EstimateGas(context.Background(), ethereum.CallMsg{To: &d.addr, Data: data})
	if err != nil {
		tb.Fatal(err)
	}
	in, err := core.IntrinsicGas(data, nil, nil, false, true, true, true)
	if err != nil {
		tb.Fatal(err)
	}
	return g - in
}

// checkSponge: spongeHash(xs) is poseidon.SpongeHash of xs reduced mod R.
func checkSponge(tb testing.TB, d *datasetLeaves, xs []*big.Int) {
	tb.Helper()
	es := make([]fr.Element, len(xs))
	for i, x := range xs {
		es[i].SetBigInt(x)
	}
	want := poseidon.SpongeHash(es...)
	if got := dlCall(tb, d, d.c.PackSpongeHash(xs), d.c.UnpackSpongeHash); got.Cmp(want.BigInt(new(big.Int))) != 0 {
		tb.Fatalf("spongeHash of %d elements = %x, poseidon.SpongeHash %s", len(xs), got, want.String())
	}
}

func randomWords(rng *rand.Rand, n int) []*big.Int {
	out := make([]*big.Int, n)
	for i := range out {
		var e fr.Element
		e.SetUint64(rng.Uint64())
		for range 3 {
			var x fr.Element
			x.SetUint64(rng.Uint64())
			e.Mul(&e, &x).Add(&e, &x)
		}
		out[i] = e.BigInt(new(big.Int))
	}
	return out
}

// TestPoseidon2Wide: DatasetLeavesV2's permutation equals gnark-crypto's width-16 Poseidon2
// (poseidon.SpongeHash's) on zero, R-1 and random states, and its spongeHash equals
// poseidon.SpongeHash on random inputs of lengths around the rate of 15 (and on unreduced
// words, 2^256-1 and R, reduced as fr.Element.SetBigInt reduces them).
func TestPoseidon2Wide(t *testing.T) {
	d := newDatasetLeaves(t)
	rng := rand.New(rand.NewPCG(16, 57))
	r := fr.Modulus()
	rm1 := new(big.Int).Sub(r, big.NewInt(1))
	states := [][]*big.Int{randomWords(rng, 16), randomWords(rng, 16), randomWords(rng, 16)}
	zero, top := make([]*big.Int, 16), make([]*big.Int, 16)
	for i := range zero {
		zero[i], top[i] = new(big.Int), rm1
	}
	states = append(states, zero, top)
	perm := p2.NewPermutation(poseidon.SpongeWidth, 8, 57)
	for n, s := range states {
		var in [16]*big.Int
		want := make([]fr.Element, 16)
		for i := range in {
			in[i] = s[i]
			want[i].SetBigInt(s[i])
		}
		if err := perm.Permutation(want); err != nil {
			t.Fatal(err)
		}
		got := dlCall(t, d, d.c.PackPermute(in), d.c.UnpackPermute)
		for i := range want {
			if got[i].Cmp(want[i].BigInt(new(big.Int))) != 0 {
				t.Fatalf("state %d lane %d: permute %x, gnark-crypto %s", n, i, got[i], want[i].String())
			}
		}
	}
	for _, n := range []int{0, 1, 14, 15, 16, 29, 30, 31, 100, 197} {
		t.Run("", func(t *testing.T) {
			checkSponge(t, d, randomWords(rng, n))
		})
	}
	max256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	checkSponge(t, d, []*big.Int{max256, r, rm1, new(big.Int), max256})

	// A hash that differs from Go's is caught: the length is part of the state.
	one := dlCall(t, d, d.c.PackSpongeHash([]*big.Int{new(big.Int)}), d.c.UnpackSpongeHash)
	none := dlCall(t, d, d.c.PackSpongeHash(nil), d.c.UnpackSpongeHash)
	if one.Cmp(none) == 0 {
		t.Fatal("spongeHash(0) = spongeHash()")
	}
	t.Logf("gas (execution, less the intrinsic cost): %s", wideGas(t, d))
}

// wideGas measures the permutation: a permute call's execution (with the claim of memory and
// the constants it writes, about 1.4k) and a block of the sponge (15 absorbed elements and a
// permutation, from spongeHash of 165 and of 15 elements), and an example leaf of 784 inputs.
func wideGas(tb testing.TB, d *datasetLeaves) string {
	tb.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	var in [16]*big.Int
	copy(in[:], randomWords(rng, 16))
	perm := d.execGas(tb, d.c.PackPermute(in))
	g15 := d.execGas(tb, d.c.PackSpongeHash(randomWords(rng, 15)))
	g165 := d.execGas(tb, d.c.PackSpongeHash(randomWords(rng, 165)))
	leaf1, leaf3 := leafGas(tb, d, rng, 784, 1), leafGas(tb, d, rng, 784, 3)
	return "permute call " + itoa(perm) + ", sponge block " + itoa((g165-g15)/10) +
		", 784-input example leaf (decoding and 6 permutations) " + itoa((leaf3-leaf1)/2)
}

func itoa(v uint64) string { return new(big.Int).SetUint64(v).String() }

// leafGas is the execution gas of chunkLeaves over n random examples of width inputs.
func leafGas(tb testing.TB, d *datasetLeaves, rng *rand.Rand, width, n int) uint64 {
	tb.Helper()
	exs := randomExamples(rng, width, n, 10)
	return d.execGas(tb, d.c.PackChunkLeavesV2(dataset.EncodeChunk(exs, width), uint32(width), 10, uint32(n)))
}

func randomExamples(rng *rand.Rand, width, n, classes int) []mlp.Example {
	exs := make([]mlp.Example, n)
	for i := range exs {
		x := make([]int64, width)
		for j := range x {
			x[j] = fixedpoint.QuantizePixel(uint8(rng.IntN(256)))
		}
		exs[i] = mlp.Example{X: x, Label: rng.IntN(classes)}
	}
	return exs
}

// TestDatasetLeavesV2: chunkLeavesV2 gives merkle.ExampleLeafV2 of each example for chunks of 16-
// and 784-input examples, with inputs at the fixed-point range's ends, zero and random, and
// labels up to the class count; and refuses the chunks dataset.DecodeChunk refuses.
func TestDatasetLeavesV2(t *testing.T) {
	d := newDatasetLeaves(t)
	rng := rand.New(rand.NewPCG(7, 84))
	fill := func(width int, v func(j int) int64) []int64 {
		x := make([]int64, width)
		for j := range x {
			x[j] = v(j)
		}
		return x
	}
	for _, width := range []int{16, 784, 1, 10, 150} {
		exs := randomExamples(rng, width, 3, 10)
		exs = append(exs,
			mlp.Example{X: fill(width, func(int) int64 { return fixedpoint.MinValue }), Label: 0},
			mlp.Example{X: fill(width, func(int) int64 { return fixedpoint.MaxValue }), Label: 9},
			mlp.Example{X: fill(width, func(j int) int64 { return []int64{fixedpoint.MinValue, fixedpoint.MaxValue, 0, -1}[j%4] }), Label: 127},
			mlp.Example{X: fill(width, func(int) int64 { return 0 }), Label: 128},
		)
		raw := dataset.EncodeChunk(exs, width)
		out := dlCall(t, d, d.c.PackChunkLeavesV2(raw, uint32(width), 129, uint32(len(exs))), d.c.UnpackChunkLeavesV2)
		if !out.Ok || len(out.Leaves) != len(exs) {
			t.Fatalf("width %d: ok %v, %d leaves, want %d", width, out.Ok, len(out.Leaves), len(exs))
		}
		for i, e := range exs {
			want, err := merkle.ExampleLeafV2(e)
			if err != nil {
				t.Fatal(err)
			}
			if out.Leaves[i].Cmp(want.BigInt(new(big.Int))) != 0 {
				t.Fatalf("width %d example %d: leaf %x, merkle.ExampleLeafV2 %s", width, i, out.Leaves[i], want.String())
			}
		}
	}

	// Refusals, as DeltaProofs.chunkLeaves' (TestDeltaProofsRefusals).
	chunk := dataset.EncodeChunk(randomExamples(rng, 16, 2, 4), 16)
	cset := func(i int, v byte) []byte {
		b := bytes.Clone(chunk)
		b[i] = v
		return b
	}
	nonMinimal := bytes.Clone(chunk[:16]) // the first label in two bytes
	nonMinimal = append(append(nonMinimal, chunk[16]|0x80, 0x00), chunk[17:]...)
	wide := bytes.Clone(chunk[:16]) // an input of 2^24 (just out of range): zigzag 2^25
	wide = append(wide, chunk[16])
	wide = binary.AppendUvarint(wide, 1<<25)
	zeros := dataset.EncodeChunk([]mlp.Example{{X: make([]int64, 16), Label: 1}}, 16)
	for name, tc := range map[string]struct {
		raw   []byte
		count uint32
	}{
		"truncated":          {chunk[:len(chunk)-1], 2},
		"trailing byte":      {append(bytes.Clone(chunk), 0), 2},
		"magic":              {cset(0, 'X'), 2},
		"version":            {cset(4, 2), 2},
		"reserved":           {cset(6, 1), 2},
		"width":              {cset(8, 15), 2},
		"count":              {cset(12, 3), 2},
		"manifest count":     {chunk, 3},
		"label out of range": {cset(16, 4), 2},
		"non-minimal label":  {nonMinimal, 2},
		"input out of range": {wide, 2},
		"non-minimal input":  {append(append(bytes.Clone(zeros[:17]), 0x80, 0x00), zeros[18:]...), 1},
		"input missing":      {zeros[:len(zeros)-1], 1},
		"header only":        {chunk[:16], 2},
	} {
		exs, goErr := dataset.DecodeChunk(tc.raw, 16, 4)
		if goErr == nil && len(exs) == int(tc.count) {
			t.Errorf("%s: Go accepts the chunk", name)
		}
		if out := dlCall(t, d, d.c.PackChunkLeavesV2(tc.raw, 16, 4, tc.count), d.c.UnpackChunkLeavesV2); out.Ok {
			t.Errorf("%s: L1 accepts the chunk (Go: %v)", name, goErr)
		}
	}
	if out := dlCall(t, d, d.c.PackChunkLeavesV2(chunk, 16, 4, 2), d.c.UnpackChunkLeavesV2); !out.Ok {
		t.Error("the unchanged chunk is refused")
	}
}

// BenchmarkPoseidon2Wide reports DatasetLeavesV2's gas (execution, less the intrinsic cost):
// gas/perm for a permute call, gas/block for 15 absorbed elements and a permutation,
// gas/leaf784 for a 784-input example's decoding and version-2 leaf.
func BenchmarkPoseidon2Wide(b *testing.B) {
	d := newDatasetLeaves(b)
	rng := rand.New(rand.NewPCG(3, 4))
	var in [16]*big.Int
	copy(in[:], randomWords(rng, 16))
	var perm, block, leaf uint64
	for b.Loop() {
		perm = d.execGas(b, d.c.PackPermute(in))
		block = (d.execGas(b, d.c.PackSpongeHash(randomWords(rng, 165))) - d.execGas(b, d.c.PackSpongeHash(randomWords(rng, 15)))) / 10
		leaf = (leafGas(b, d, rng, 784, 3) - leafGas(b, d, rng, 784, 1)) / 2
	}
	b.ReportMetric(float64(perm), "gas/perm")
	b.ReportMetric(float64(block), "gas/block")
	b.ReportMetric(float64(leaf), "gas/leaf784")
}

// FuzzPoseidon2Wide: DatasetLeavesV2's spongeHash equals poseidon.SpongeHash on the words of
// the fuzz bytes (up to 40, unreduced ones included), and its chunkLeavesV2 accepts exactly the
// chunks of 3-input examples (4 classes) dataset.DecodeChunk accepts, with merkle.ExampleLeafV2's
// leaves.
func FuzzPoseidon2Wide(f *testing.F) {
	f.Add([]byte{})
	f.Add(make([]byte, 64))
	f.Add(bytes.Repeat([]byte{0xff}, 32*31))
	f.Add(dataset.EncodeChunk([]mlp.Example{{X: []int64{fixedpoint.MinValue, 0, fixedpoint.MaxValue}, Label: 3}}, 3))
	d := newDatasetLeaves(f)
	f.Fuzz(func(t *testing.T, raw []byte) {
		if len(raw) > 40*32 {
			raw = raw[:40*32]
		}
		var xs []*big.Int
		for rest := raw; len(rest) > 0; {
			k := min(len(rest), 32)
			xs = append(xs, new(big.Int).SetBytes(rest[:k]))
			rest = rest[k:]
		}
		checkSponge(t, d, xs)

		const width, classes = 3, 4
		exs, goErr := dataset.DecodeChunk(raw, width, classes)
		n := uint32(len(exs))
		if goErr != nil && len(raw) >= 16 {
			n = binary.LittleEndian.Uint32(raw[12:])
		}
		out := dlCall(t, d, d.c.PackChunkLeavesV2(raw, width, classes, n), d.c.UnpackChunkLeavesV2)
		if out.Ok != (goErr == nil) {
			t.Fatalf("chunkLeavesV2 ok %v, dataset.DecodeChunk %v", out.Ok, goErr)
		}
		for i, e := range exs {
			want, err := merkle.ExampleLeafV2(e)
			if err != nil {
				t.Fatal(err)
			}
			if out.Leaves[i].Cmp(want.BigInt(new(big.Int))) != 0 {
				t.Fatalf("example %d: leaf %x, merkle.ExampleLeafV2 %s", i, out.Leaves[i], want.String())
			}
		}
	})
}
