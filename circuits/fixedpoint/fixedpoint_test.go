package fixedpoint

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
)

func TestQuantize(t *testing.T) {
	for _, tc := range []struct {
		in   float32
		want int64
	}{
		{0, 0},
		{1, One},
		{-1, -One},
		{0.5, One / 2},
		{1.5 / float32(One), 2},   // half rounds away from zero
		{-1.5 / float32(One), -2}, // half rounds away from zero
		{0.4 / float32(One), 0},
		{1000, MaxValue},
		{-1000, MinValue},
		{float32(math.Inf(1)), MaxValue},
		{float32(math.Inf(-1)), MinValue},
		{float32(math.NaN()), 0},
	} {
		if got := Quantize(tc.in); got != tc.want {
			t.Errorf("Quantize(%v) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestQuantizePixel(t *testing.T) {
	for p := 0; p < 256; p++ {
		got := QuantizePixel(uint8(p))
		want := int64(math.Floor(float64(p)*float64(One)/255 + 0.5))
		if got != want {
			t.Fatalf("QuantizePixel(%d) = %d, want %d", p, got, want)
		}
	}
	if QuantizePixel(255) != One {
		t.Fatal("255 must map to One")
	}
}

func TestRescaleFloors(t *testing.T) {
	for _, tc := range [][2]int64{{One, 1}, {One - 1, 0}, {-1, -1}, {-One, -1}, {-One - 1, -2}} {
		if got := Rescale(tc[0]); got != tc[1] {
			t.Errorf("Rescale(%d) = %d, want %d", tc[0], got, tc[1])
		}
	}
}

func TestPackInjective(t *testing.T) {
	a, err := Pack([]int64{MinValue, MaxValue, 0})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Pack([]int64{MinValue, MaxValue, 1})
	if err != nil {
		t.Fatal(err)
	}
	if a[0] == b[0] {
		t.Fatal("different values packed equal")
	}
	if _, err := Pack([]int64{MaxValue + 1}); err == nil {
		t.Fatal("out-of-range value packed")
	}
	if n := PackedLen(21); n != 3 {
		t.Fatalf("PackedLen(21) = %d", n)
	}
}

// rescaleCircuit checks RescaleClamp and PackCircuit against expected values.
type rescaleCircuit struct {
	Acc    []frontend.Variable
	Relu   []frontend.Variable
	Output []frontend.Variable
	Vals   []frontend.Variable
	Packed []frontend.Variable
}

func (c *rescaleCircuit) Define(api frontend.API) error {
	for i := range c.Acc {
		api.AssertIsEqual(RescaleClamp(api, c.Acc[i], 0, MaxValue), c.Relu[i])
		api.AssertIsEqual(RescaleClamp(api, c.Acc[i], MinValue, MaxValue), c.Output[i])
	}
	for i, p := range PackCircuit(api, c.Vals) {
		api.AssertIsEqual(p, c.Packed[i])
	}
	return nil
}

func newRescaleCircuit(n, m int) *rescaleCircuit {
	return &rescaleCircuit{
		Acc: make([]frontend.Variable, n), Relu: make([]frontend.Variable, n), Output: make([]frontend.Variable, n),
		Vals: make([]frontend.Variable, m), Packed: make([]frontend.Variable, PackedLen(m)),
	}
}

func assign(accs, vals []int64) *rescaleCircuit {
	c := newRescaleCircuit(len(accs), len(vals))
	for i, a := range accs {
		c.Acc[i] = a
		c.Relu[i] = Clamp(Rescale(a), 0, MaxValue)
		c.Output[i] = Saturate(Rescale(a))
	}
	for i, v := range vals {
		c.Vals[i] = v
	}
	packed, err := Pack(vals)
	if err != nil {
		panic(err)
	}
	for i := range packed {
		c.Packed[i] = packed[i].BigInt(new(big.Int))
	}
	return c
}

// TestGadgetParity is a property test: random accumulators across the whole
// range (including saturating ones) give the native values in-circuit.
func TestGadgetParity(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	accs := []int64{0, 1, -1, One - 1, -One, MaxValue << FracBits, (MaxValue + 1) << FracBits, MinValue << FracBits, (MinValue << FracBits) - 1,
		1<<(AccBits-1) - 1, -(1 << (AccBits - 1)) + 1}
	for range 40 {
		bits := rng.IntN(AccBits)
		a := rng.Int64N(int64(1) << bits)
		if rng.IntN(2) == 0 {
			a = -a
		}
		accs = append(accs, a)
	}
	vals := []int64{MinValue, MaxValue, 0, -1, 1}
	for range 20 {
		vals = append(vals, MinValue+rng.Int64N(MaxValue-MinValue+1))
	}
	c := newRescaleCircuit(len(accs), len(vals))
	if err := test.IsSolved(c, assign(accs, vals), ecc.BN254.ScalarField()); err != nil {
		t.Fatal(err)
	}
}

func TestGadgetRejects(t *testing.T) {
	field := ecc.BN254.ScalarField()
	for name, mutate := range map[string]func(*rescaleCircuit){
		"relu off by one":    func(c *rescaleCircuit) { c.Relu[0] = big.NewInt(3) },
		"unsaturated output": func(c *rescaleCircuit) { c.Output[1] = MaxValue + 1 },
		"value out of range": func(c *rescaleCircuit) { c.Vals[0] = MaxValue + 1 },
		"negative relu":      func(c *rescaleCircuit) { c.Relu[2] = -1 },
	} {
		t.Run(name, func(t *testing.T) {
			a := assign([]int64{2*One + 5, (MaxValue + 7) << FracBits, -5 * One}, []int64{1, 2})
			if name == "value out of range" {
				// keep Packed consistent with the bad value so only the range check fails
				a.Packed[0] = big.NewInt(0).Add(big.NewInt(MaxValue+1-MinValue), new(big.Int).Lsh(big.NewInt(2-MinValue), ValueBits))
			}
			mutate(a)
			if err := test.IsSolved(newRescaleCircuit(3, 2), a, field); err == nil {
				t.Fatal("bad witness accepted")
			}
		})
	}
}

type low64Circuit struct {
	V, Low frontend.Variable
	N, Mod frontend.Variable
	bits   int
}

func (c *low64Circuit) Define(api frontend.API) error {
	lo := Low64(api, c.V)
	api.AssertIsEqual(lo, c.Low)
	r := Mod(api, lo, c.N, 64, c.bits)
	api.AssertIsEqual(api.FromBinary(r...), c.Mod)
	return nil
}

func TestLow64Mod(t *testing.T) {
	field := ecc.BN254.ScalarField()
	rng := rand.New(rand.NewPCG(3, 4))
	for range 10 {
		var e fr.Element
		if _, err := e.SetRandom(); err != nil {
			t.Fatal(err)
		}
		v := e.BigInt(new(big.Int))
		low := new(big.Int).And(v, new(big.Int).SetUint64(math.MaxUint64)).Uint64()
		n := 1 + rng.Uint64N(256)
		ok := &low64Circuit{V: v, Low: low, N: n, Mod: low % n}
		if err := test.IsSolved(&low64Circuit{bits: 8}, ok, field); err != nil {
			t.Fatal(err)
		}
		bad := &low64Circuit{V: v, Low: low, N: n, Mod: (low + 1) % n}
		if err := test.IsSolved(&low64Circuit{bits: 8}, bad, field); err == nil {
			t.Fatal("wrong remainder accepted")
		}
	}
}
