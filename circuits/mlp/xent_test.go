package mlp

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/rangecheck"
	"github.com/consensys/gnark/test"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
)

// TestXentTablesGolden pins the cross-entropy tables: they come from
// float64 math.Exp / math.Log, and a platform that rounded one entry
// differently would break parity with every other prover.
func TestXentTablesGolden(t *testing.T) {
	h := sha256.New()
	x := Tables()
	for _, tab := range [][XentTableSize]int64{x.ExpHi, x.ExpLo, x.LogMant} {
		for _, v := range tab {
			_ = binary.Write(h, binary.BigEndian, v)
		}
	}
	const want = "f31832dcf287da73aa1ee0780feb8681d84314629cc08e99bc661e9908b39f46"
	if got := hex.EncodeToString(h.Sum(nil)); got != want {
		t.Fatalf("cross-entropy tables hash %s, want %s", got, want)
	}
}

func TestCrossEntropyAccuracy(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var worst float64
	for range 2000 {
		n := 2 + rng.IntN(30)
		y := make([]int64, n)
		f := make([]float64, n)
		for i := range y {
			y[i] = fixedpoint.Quantize(float32(rng.NormFloat64() * 4))
			f[i] = fixedpoint.Float(y[i])
		}
		label := rng.IntN(n)
		m := f[0]
		for _, v := range f {
			m = math.Max(m, v)
		}
		var s float64
		for _, v := range f {
			s += math.Exp(v - m)
		}
		want := m + math.Log(s) - f[label]
		got := fixedpoint.Float(int64(crossEntropy(y, label)))
		worst = math.Max(worst, math.Abs(got-want))
	}
	t.Logf("worst |fixed - float64| cross-entropy error: %.2e", worst)
	if worst > 2e-3 {
		t.Fatalf("cross-entropy error %.2e > 2e-3", worst)
	}
}

// batchCircuit runs the version-2 gadgets (Freivalds forward pass, loss) on
// k inputs and asserts the losses.
type batchCircuit struct {
	Params []frontend.Variable
	X      [][]frontend.Variable
	Labels []frontend.Variable
	Loss   []frontend.Variable
	shape  Shape
}

func (c *batchCircuit) Define(api frontend.API) error {
	rc := rangecheck.New(api)
	var tabs *LossTables
	if c.shape.Loss == CrossEntropy {
		tabs = NewLossTables(api)
	}
	ys := c.shape.ForwardBatchCircuit(api, rc, c.Params, c.X)
	for j := range ys {
		api.AssertIsEqual(c.shape.LossCircuitWith(api, rc, tabs, ys[j], c.Labels[j]), c.Loss[j])
	}
	return nil
}

func newBatchCircuit(s Shape, k int) *batchCircuit {
	c := &batchCircuit{shape: s, Params: make([]frontend.Variable, s.ParamCount()), X: make([][]frontend.Variable, k),
		Labels: make([]frontend.Variable, k), Loss: make([]frontend.Variable, k)}
	for j := range c.X {
		c.X[j] = make([]frontend.Variable, s.Inputs())
	}
	return c
}

// edgeValue draws fixed-point values with many edge cases: the range ends
// (saturation), zero, ties and large negative logits.
func edgeValue(rng *rand.Rand, scale float64) int64 {
	switch rng.IntN(8) {
	case 0:
		return fixedpoint.MaxValue
	case 1:
		return fixedpoint.MinValue
	case 2:
		return 0
	case 3:
		return fixedpoint.One
	default:
		return fixedpoint.Quantize(float32(rng.NormFloat64() * scale))
	}
}

// TestBatchParity is the property test: for random shapes, weights and
// inputs (with saturating, negative, tied values) the version-2 circuit
// accepts exactly the native losses, and rejects a loss off by one.
func TestBatchParity(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for it := range 12 {
		loss := CrossEntropy
		if it%3 == 2 {
			loss = SquaredError
		}
		s := Shape{Layers: []int{1 + rng.IntN(6), 1 + rng.IntN(5), 2 + rng.IntN(4)}, Loss: loss}
		if it%4 == 3 {
			s.Layers = append(s.Layers[:2], 2+rng.IntN(3), s.Layers[2])
		}
		k := 1 + rng.IntN(4)
		scale := []float64{0.5, 4, 200}[it%3]
		params := make([]int64, s.ParamCount())
		for i := range params {
			params[i] = edgeValue(rng, scale)
		}
		c, a := newBatchCircuit(s, k), newBatchCircuit(s, k)
		for i, v := range params {
			a.Params[i] = v
		}
		for j := range k {
			x := make([]int64, s.Inputs())
			for i := range x {
				x[i] = edgeValue(rng, scale)
				a.X[j][i] = x[i]
			}
			if it%5 == 0 && j > 0 { // identical samples: ties across the batch
				for i := range x {
					x[i] = a.X[0][i].(int64)
					a.X[j][i] = x[i]
				}
			}
			label := rng.IntN(s.Outputs())
			l, err := s.ExampleLoss(params, Example{X: x, Label: label})
			if err != nil {
				t.Fatal(err)
			}
			a.Labels[j], a.Loss[j] = label, l
		}
		if err := test.IsSolved(c, a, ecc.BN254.ScalarField()); err != nil {
			t.Fatalf("iteration %d (%s, k=%d): %v", it, s, k, err)
		}
		a.Loss[0] = a.Loss[0].(uint64) + 1
		if test.IsSolved(c, a, ecc.BN254.ScalarField()) == nil {
			t.Fatalf("iteration %d (%s): wrong loss accepted", it, s)
		}
	}
}

// TestCrossEntropyTies: equal logits give loss log(n).
func TestCrossEntropyTies(t *testing.T) {
	for _, n := range []int{2, 10, 4096} {
		y := make([]int64, n)
		got := fixedpoint.Float(int64(crossEntropy(y, 0)))
		if math.Abs(got-math.Log(float64(n))) > 2e-3 {
			t.Fatalf("n=%d: %v, want log n = %v", n, got, math.Log(float64(n)))
		}
	}
}
