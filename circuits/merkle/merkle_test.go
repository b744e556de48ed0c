package merkle

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/poseidon"
)

func bigOf(e fr.Element) *big.Int { return e.BigInt(new(big.Int)) }

func TestTreePaths(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{0, 1, 5, 16} {
		leaves := make([]fr.Element, n)
		for i := range leaves {
			leaves[i].SetUint64(rng.Uint64())
		}
		tr, err := NewTree(4, leaves)
		if err != nil {
			t.Fatal(err)
		}
		// the padded tree equals a tree built over explicit padding
		full := append(append([]fr.Element(nil), leaves...), make([]fr.Element, 16-n)...)
		ref, _ := NewTree(4, full)
		if tr.Root() != ref.Root() {
			t.Fatalf("n=%d: padded root differs from explicit padding", n)
		}
		for i := uint64(0); i < 16; i++ {
			path, err := tr.Path(i)
			if err != nil {
				t.Fatal(err)
			}
			if RootFromPath(tr.Leaf(i), i, path) != tr.Root() {
				t.Fatalf("n=%d: path %d does not reach the root", n, i)
			}
		}
		if _, err := tr.Path(16); !errors.Is(err, ErrIndex) {
			t.Fatalf("path outside the tree: %v", err)
		}
	}
	if _, err := NewTree(2, make([]fr.Element, 5)); !errors.Is(err, ErrDepth) {
		t.Fatalf("too many leaves: %v", err)
	}
}

func TestSumTree(t *testing.T) {
	values := []uint64{3, 0, 7, 11, 2}
	tr, err := NewSumTree(3, values)
	if err != nil {
		t.Fatal(err)
	}
	if tr.Root().Sum != 23 {
		t.Fatalf("sum %d, want 23", tr.Root().Sum)
	}
	for i := uint64(0); i < 8; i++ {
		path, _ := tr.Path(i)
		got, err := SumRootFromPath(tr.Leaf(i).Sum, i, path)
		if err != nil || got != tr.Root() {
			t.Fatalf("path %d: %v", i, err)
		}
	}
	changed, _ := NewSumTree(3, []uint64{3, 0, 7, 11, 3})
	if changed.Root().Hash == tr.Root().Hash {
		t.Fatal("root hash ignores a leaf")
	}
	if _, err := NewSumTree(1, []uint64{1 << 63, 1 << 63}); !errors.Is(err, ErrOverflow) {
		t.Fatalf("overflow: %v", err)
	}
}

type pathCircuit struct {
	Leaf      frontend.Variable
	Index     frontend.Variable
	Path      []frontend.Variable
	Root      frontend.Variable
	Value     frontend.Variable
	SumHashes []frontend.Variable
	SumSums   []frontend.Variable
	SumRoot   frontend.Variable
	Total     frontend.Variable
	X         []frontend.Variable
	Label     frontend.Variable
	ExLeaf    frontend.Variable
}

func newPathCircuit(depth, inputs int) *pathCircuit {
	return &pathCircuit{Path: make([]frontend.Variable, depth), SumHashes: make([]frontend.Variable, depth),
		SumSums: make([]frontend.Variable, depth), X: make([]frontend.Variable, inputs)}
}

func (c *pathCircuit) Define(api frontend.API) error {
	h, err := poseidon.NewHasher(api)
	if err != nil {
		return err
	}
	v := NewVerifier(api, h)
	bits := api.ToBinary(c.Index, len(c.Path))
	api.AssertIsEqual(v.Root(c.Leaf, bits, c.Path), c.Root)
	root, sum := v.SumRoot(c.Value, bits, c.SumHashes, c.SumSums)
	api.AssertIsEqual(root, c.SumRoot)
	api.AssertIsEqual(sum, c.Total)
	api.AssertIsEqual(v.ExampleLeaf(c.X, c.Label), c.ExLeaf)
	return nil
}

func TestCircuitParity(t *testing.T) {
	const depth = 3
	rng := rand.New(rand.NewPCG(9, 10))
	ex := make([]mlp.Example, 6)
	values := make([]uint64, 6)
	for i := range ex {
		ex[i] = mlp.Example{X: []int64{rng.Int64N(1 << 16), -rng.Int64N(1 << 20), 7}, Label: rng.IntN(3)}
		values[i] = rng.Uint64N(1 << 40)
	}
	dt, err := NewDatasetTree(depth, ex)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := NewSumTree(depth, values)
	field := ecc.BN254.ScalarField()
	for i := uint64(0); i < 8; i++ {
		a := newPathCircuit(depth, 3)
		dp, _ := dt.Path(i)
		sp, _ := st.Path(i)
		a.Leaf, a.Index, a.Root = bigOf(dt.Leaf(i)), i, bigOf(dt.Root())
		a.Value, a.SumRoot, a.Total = st.Leaf(i).Sum, bigOf(st.Root().Hash), st.Root().Sum
		for l := range dp {
			a.Path[l], a.SumHashes[l], a.SumSums[l] = bigOf(dp[l]), bigOf(sp[l].Hash), sp[l].Sum
		}
		e := ex[i%6]
		leaf, _ := ExampleLeaf(e)
		a.X, a.Label, a.ExLeaf = []frontend.Variable{e.X[0], e.X[1], e.X[2]}, e.Label, bigOf(leaf)
		if err := test.IsSolved(newPathCircuit(depth, 3), a, field); err != nil {
			t.Fatalf("index %d: %v", i, err)
		}
		a.Total = st.Root().Sum - 1
		if err := test.IsSolved(newPathCircuit(depth, 3), a, field); err == nil {
			t.Fatalf("index %d: wrong total accepted", i)
		}
	}
}

// TestNegativeSiblingRejected builds a tree whose sibling carries a wrapped
// (negative) sum so that the root total is smaller than the opened leaf: the
// hashes are all consistent, only the range check stops it.
func TestNegativeSiblingRejected(t *testing.T) {
	field := ecc.BN254.ScalarField()
	parent := func(lh, ls, rh, rs fr.Element) (fr.Element, fr.Element) {
		var packed, sh, sum fr.Element
		sh.SetBigInt(two128)
		packed.Mul(&rs, &sh)
		packed.Add(&packed, &ls)
		sum.Add(&ls, &rs)
		return poseidon.Compress(poseidon.Compress(lh, rh), packed), sum
	}
	leaf := SumLeaf(100)
	var ls, neg fr.Element
	ls.SetUint64(100)
	neg.SetInt64(-90)
	sibHash := SumLeaf(0).Hash
	rootHash, rootSum := parent(leaf.Hash, ls, sibHash, neg)
	if rootSum.Uint64() != 10 {
		t.Fatalf("fake total %s", rootSum.String())
	}
	a := newPathCircuit(1, 1)
	var zl fr.Element
	dtRoot := Node(ZeroLeaf, ZeroLeaf)
	a.Leaf, a.Index, a.Path[0], a.Root = bigOf(zl), 0, bigOf(ZeroLeaf), bigOf(dtRoot)
	a.Value, a.SumHashes[0], a.SumSums[0], a.SumRoot, a.Total = 100, bigOf(sibHash), bigOf(neg), bigOf(rootHash), 10
	ex, _ := ExampleLeaf(mlp.Example{X: []int64{1}, Label: 0})
	a.X, a.Label, a.ExLeaf = []frontend.Variable{1}, 0, bigOf(ex)
	if err := test.IsSolved(newPathCircuit(1, 1), a, field); err == nil {
		t.Fatal("negative sibling sum accepted")
	}
	// the same shape with an honest sibling is accepted
	honest, _ := NewSumTree(1, []uint64{100, 0})
	a.SumSums[0], a.SumRoot, a.Total = 0, bigOf(honest.Root().Hash), 100
	if err := test.IsSolved(newPathCircuit(1, 1), a, field); err != nil {
		t.Fatalf("honest witness rejected: %v", err)
	}
}

func TestDatasetTreeRejectsOutOfRange(t *testing.T) {
	ex := []mlp.Example{{X: []int64{1}}, {X: []int64{fixedpoint.MaxValue + 1}}, {X: []int64{fixedpoint.MinValue - 1}}}
	_, err := NewDatasetTree(2, ex)
	if !errors.Is(err, fixedpoint.ErrRange) || !strings.HasPrefix(err.Error(), "example 1:") {
		t.Fatalf("got %v, want example 1 out of range", err)
	}
}

type sumV2Circuit struct {
	Value, Index, Root, Total frontend.Variable
	Hashes, Sums              []frontend.Variable
}

func (c *sumV2Circuit) Define(api frontend.API) error {
	h, err := poseidon.NewHasher(api)
	if err != nil {
		return err
	}
	c3, err := poseidon.NewCompressor3(api)
	if err != nil {
		return err
	}
	bits := api.ToBinary(c.Index, len(c.Hashes))
	root, sum := NewVerifier(api, h).SumRootV2(c3, fixedpoint.BitsChecker{API: api}, c.Value, bits, c.Hashes, c.Sums)
	api.AssertIsEqual(root, c.Root)
	api.AssertIsEqual(sum, c.Total)
	return nil
}

// TestSumV2 checks the SumV2 tree natively (paths, totals, binding) and its
// in-circuit twin, and that it differs from SumV1.
func TestSumV2(t *testing.T) {
	const depth = 3
	values := []uint64{3, 0, 7, 1 << 40, 2}
	st, err := NewSumTreeWith(SumV2, depth, values)
	if err != nil {
		t.Fatal(err)
	}
	v1, _ := NewSumTree(depth, values)
	if st.Root().Sum != v1.Root().Sum || st.Root().Hash == v1.Root().Hash {
		t.Fatal("SumV2 must keep the total and change the hash")
	}
	changed, _ := NewSumTreeWith(SumV2, depth, []uint64{3, 0, 7, 1 << 40, 3})
	if changed.Root().Hash == st.Root().Hash {
		t.Fatal("root hash ignores a leaf")
	}
	if _, err := NewSumTreeWith(SumScheme(7), depth, values); err == nil {
		t.Fatal("unknown scheme accepted")
	}
	field := ecc.BN254.ScalarField()
	empty := func() *sumV2Circuit {
		return &sumV2Circuit{Hashes: make([]frontend.Variable, depth), Sums: make([]frontend.Variable, depth)}
	}
	for i := uint64(0); i < 1<<depth; i++ {
		path, _ := st.Path(i)
		if got, err := SumV2.RootFromPath(st.Leaf(i).Sum, i, path); err != nil || got != st.Root() {
			t.Fatalf("native path %d: %v", i, err)
		}
		a := empty()
		a.Value, a.Index, a.Root, a.Total = st.Leaf(i).Sum, i, bigOf(st.Root().Hash), st.Root().Sum
		for l := range path {
			a.Hashes[l], a.Sums[l] = bigOf(path[l].Hash), path[l].Sum
		}
		if err := test.IsSolved(empty(), a, field); err != nil {
			t.Fatalf("index %d: %v", i, err)
		}
		a.Total = st.Root().Sum - 1
		if test.IsSolved(empty(), a, field) == nil {
			t.Fatalf("index %d: wrong total accepted", i)
		}
		a.Total, a.Value = st.Root().Sum, st.Leaf(i).Sum+1
		if test.IsSolved(empty(), a, field) == nil {
			t.Fatalf("index %d: wrong leaf accepted", i)
		}
	}
}

type capCircuit struct {
	Data, Hashes, Sums []frontend.Variable
	DataRoot, SumRoot  frontend.Variable
	Total              frontend.Variable
}

func (c *capCircuit) Define(api frontend.API) error {
	h, err := poseidon.NewHasher(api)
	if err != nil {
		return err
	}
	c3, err := poseidon.NewCompressor3(api)
	if err != nil {
		return err
	}
	v := NewVerifier(api, h)
	api.AssertIsEqual(v.CapRoot(c.Data), c.DataRoot)
	root, total := v.SumCapRootV2(c3, fixedpoint.BitsChecker{API: api}, c.Hashes, c.Sums)
	api.AssertIsEqual(root, c.SumRoot)
	api.AssertIsEqual(total, c.Total)
	return nil
}

// TestCaps: every level of a tree, hashed up natively and in-circuit, gives
// the root (and for sum trees the total).
func TestCaps(t *testing.T) {
	const depth = 3
	leaves := make([]fr.Element, 5)
	for i := range leaves {
		leaves[i].SetUint64(uint64(10 + i))
	}
	dt, _ := NewTree(depth, leaves)
	st, _ := NewSumTreeWith(SumV2, depth, []uint64{3, 0, 7, 1 << 40, 2})
	field := ecc.BN254.ScalarField()
	for l := 0; l <= depth; l++ {
		dc, err := dt.Level(l)
		if err != nil {
			t.Fatal(err)
		}
		sc, _ := st.Level(l)
		n := len(dc)
		if n != 1<<(depth-l) || len(sc) != n {
			t.Fatalf("level %d has %d and %d nodes", l, n, len(sc))
		}
		empty := &capCircuit{Data: make([]frontend.Variable, n), Hashes: make([]frontend.Variable, n), Sums: make([]frontend.Variable, n)}
		a := &capCircuit{Data: make([]frontend.Variable, n), Hashes: make([]frontend.Variable, n), Sums: make([]frontend.Variable, n),
			DataRoot: bigOf(dt.Root()), SumRoot: bigOf(st.Root().Hash), Total: st.Root().Sum}
		for i := range n {
			a.Data[i], a.Hashes[i], a.Sums[i] = bigOf(dc[i]), bigOf(sc[i].Hash), sc[i].Sum
		}
		if err := test.IsSolved(empty, a, field); err != nil {
			t.Fatalf("level %d: %v", l, err)
		}
		if n > 1 {
			a.Data[0], a.Data[1] = a.Data[1], a.Data[0]
			if test.IsSolved(empty, a, field) == nil {
				t.Fatalf("level %d: swapped cap nodes accepted", l)
			}
		}
	}
	if _, err := dt.Level(depth + 1); !errors.Is(err, ErrDepth) {
		t.Fatalf("level past the root: %v", err)
	}
}
