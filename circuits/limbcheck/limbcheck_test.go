package limbcheck

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/rangecheck"
)

// checkCircuit range-checks each V[i] to Bits[i] bits (Bits is fixed at
// compile time).
type checkCircuit struct {
	V    []frontend.Variable
	bits []int
	std  bool // use std/rangecheck instead, for the cost comparison
}

func (c *checkCircuit) Define(api frontend.API) error {
	var rc frontend.Rangechecker = New(api)
	if c.std {
		rc = rangecheck.New(api)
	}
	for i, v := range c.V {
		rc.Check(v, c.bits[i])
	}
	return nil
}

func compile(t testing.TB, bits []int, std bool) constraint.ConstraintSystem {
	t.Helper()
	cs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder,
		&checkCircuit{V: make([]frontend.Variable, len(bits)), bits: bits, std: std})
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

func solve(t *testing.T, cs constraint.ConstraintSystem, vals []*big.Int, opts ...solver.Option) error {
	t.Helper()
	a := &checkCircuit{V: make([]frontend.Variable, len(vals))}
	for i, v := range vals {
		a.V[i] = v
	}
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	return cs.IsSolved(w, append([]solver.Option{solver.WithHints(Hints()...)}, opts...)...)
}

func pow2(n int) *big.Int { return new(big.Int).Lsh(big.NewInt(1), uint(n)) }

func TestCheck(t *testing.T) {
	p := ecc.BN254.ScalarField()
	minus1 := new(big.Int).Sub(p, big.NewInt(1))
	// Widths that make one limb, even and uneven splits, and a table too
	// small to keep (the 3-bit checks go to a wider table).
	bits := []int{3, 8, 13, 25, 25, 64, 100}
	cs := compile(t, bits, false)
	good := func() []*big.Int {
		v := make([]*big.Int, len(bits))
		for i, b := range bits {
			v[i] = new(big.Int).Sub(pow2(b), big.NewInt(1)) // the largest value
		}
		v[3] = big.NewInt(0)
		v[4] = big.NewInt(0x155_5555)
		return v
	}
	if err := solve(t, cs, good()); err != nil {
		t.Fatalf("values in range rejected: %v", err)
	}
	for i, b := range bits {
		for _, bad := range []*big.Int{pow2(b), minus1, new(big.Int).Add(pow2(b), big.NewInt(7)), pow2(b + 20)} {
			v := good()
			v[i] = bad
			if err := solve(t, cs, v); err == nil {
				t.Errorf("%d-bit check accepted %v", b, bad)
			}
		}
	}
}

// TestLyingLimbs replaces the honest limb hint by one that truncates the
// upper limbs to their widths, so the limbs look valid and only the lowest,
// computed limb is out of range: the check must still fail.
func TestLyingLimbs(t *testing.T) {
	lie := func(m *big.Int, in, out []*big.Int) error {
		v := new(big.Int).Rsh(in[0], uint(in[1].Uint64()))
		for i := range out {
			w := uint(in[i+2].Uint64())
			out[i].Mod(v, pow2(int(w)))
			v.Rsh(v, w)
		}
		return nil
	}
	cs := compile(t, []int{25, 64}, false)
	for _, v := range [][]*big.Int{
		{pow2(25), big.NewInt(1)},
		{big.NewInt(1), new(big.Int).Add(pow2(64), big.NewInt(3))},
	} {
		if err := solve(t, cs, v, solver.OverrideHint(solver.GetHintID(limbsHint), lie)); err == nil {
			t.Errorf("accepted %v with truncated limbs", v)
		}
	}
}

func TestSplit(t *testing.T) {
	for _, tc := range []struct {
		bits, base int
		want       []int
	}{
		{25, 13, []int{13, 12}},
		{25, 16, []int{13, 12}},
		{26, 13, []int{13, 13}},
		{64, 13, []int{13, 13, 13, 13, 12}},
		{8, 13, []int{8}},
		{17, 8, []int{6, 6, 5}},
	} {
		got := Split(tc.bits, tc.base)
		if len(got) != len(tc.want) {
			t.Fatalf("Split(%d,%d) = %v, want %v", tc.bits, tc.base, got, tc.want)
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Fatalf("Split(%d,%d) = %v, want %v", tc.bits, tc.base, got, tc.want)
			}
		}
	}
}

// TestCostVsStd compiles the weight checks of a model (25 bits each) with
// this package and with std/rangecheck and prints both counts; ours must be
// no larger and must match Cost.
func TestCostVsStd(t *testing.T) {
	bits := make([]int, 20000)
	for i := range bits {
		bits[i] = 25
	}
	ours := compile(t, bits, false).GetNbConstraints()
	std := compile(t, bits, true).GetNbConstraints()
	t.Logf("20,000 25-bit checks: limbcheck %d constraints, std/rangecheck %d (%.2f vs %.2f per check)",
		ours, std, float64(ours)/2e4, float64(std)/2e4)
	if ours >= std {
		t.Errorf("limbcheck %d constraints, std/rangecheck %d", ours, std)
	}
	// Cost counts the lookups and tables; the commitment adds a few.
	if c := Cost(bits, BestBase(bits)); ours < c || ours > c+8 {
		t.Errorf("compiled %d constraints, Cost says %d", ours, c)
	}
}
