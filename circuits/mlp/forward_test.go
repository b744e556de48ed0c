package mlp

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
)

func TestForwardByHand(t *testing.T) {
	// 2-2-1: hidden = relu(W1 x + b1), out = W2 h + b2
	s := Shape{Layers: []int{2, 2, 1}, Loss: SquaredError}
	one := fixedpoint.One
	params := []int64{
		one, -one, // W1 row 0
		one / 2, one / 2, // W1 row 1
		0, one, // b1
		2 * one, -one, // W2
		one / 4, // b2
	}
	x := []int64{3 * one, one}
	// h0 = relu(3 - 1 + 0) = 2; h1 = relu(1.5 + 0.5 + 1) = 3; out = 4 - 3 + 0.25 = 1.25
	y := s.Forward(params, x)
	if len(y) != 1 || y[0] != one+one/4 {
		t.Fatalf("Forward = %v, want [%d]", y, one+one/4)
	}
	// label 0: target 1.0, loss = 0.25^2 = 0.0625 at scale 2^F
	loss, err := s.ExampleLoss(params, Example{X: x, Label: 0})
	if err != nil || loss != uint64(one/16) {
		t.Fatalf("loss = %d, %v; want %d", loss, err, one/16)
	}
	if _, err := s.ExampleLoss(params, Example{X: x, Label: 1}); err == nil {
		t.Fatal("label out of range accepted")
	}
	// cross-entropy of two tied logits is log 2.
	if l, err := (Shape{Layers: []int{2, 2}, Loss: CrossEntropy}).ExampleLoss([]int64{0, 0, 0, 0, 0, 0}, Example{X: x}); err != nil || math.Abs(float64(l)/float64(fixedpoint.One)-math.Ln2) > 2e-3 {
		t.Fatalf("cross-entropy of tied logits = %d, %v; want about ln 2", l, err)
	}
}

type forwardCircuit struct {
	Params []frontend.Variable
	X      []frontend.Variable
	Label  frontend.Variable
	Y      []frontend.Variable
	Loss   frontend.Variable
	shape  Shape
}

func (c *forwardCircuit) Define(api frontend.API) error {
	y := c.shape.ForwardCircuit(api, c.Params, c.X)
	for i := range y {
		api.AssertIsEqual(y[i], c.Y[i])
	}
	api.AssertIsEqual(c.shape.LossCircuit(api, y, c.Label), c.Loss)
	return nil
}

func newForwardCircuit(s Shape) *forwardCircuit {
	return &forwardCircuit{shape: s, Params: make([]frontend.Variable, s.ParamCount()),
		X: make([]frontend.Variable, s.Inputs()), Y: make([]frontend.Variable, s.Outputs())}
}

func randomCase(rng *rand.Rand, s Shape, scale float32) ([]int64, Example) {
	params := make([]int64, s.ParamCount())
	for i := range params {
		params[i] = fixedpoint.Quantize((rng.Float32()*2 - 1) * scale)
	}
	x := make([]int64, s.Inputs())
	for i := range x {
		x[i] = fixedpoint.QuantizePixel(uint8(rng.IntN(256)))
	}
	return params, Example{X: x, Label: rng.IntN(s.Outputs())}
}

// TestCircuitParity is a property test: random shapes, weights (small and
// large enough to saturate) and inputs give identical outputs and losses.
func TestCircuitParity(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	field := ecc.BN254.ScalarField()
	for it := range 12 {
		layers := []int{1 + rng.IntN(6)}
		for range 1 + rng.IntN(3) {
			layers = append(layers, 1+rng.IntN(6))
		}
		s := Shape{Layers: layers, Loss: SquaredError}
		scale := []float32{0.5, 4, 250}[it%3]
		params, e := randomCase(rng, s, scale)
		y := s.Forward(params, e.X)
		loss, err := s.ExampleLoss(params, e)
		if err != nil {
			t.Fatal(err)
		}
		a := newForwardCircuit(s)
		for i := range params {
			a.Params[i] = params[i]
		}
		for i := range e.X {
			a.X[i] = e.X[i]
		}
		for i := range y {
			a.Y[i] = y[i]
		}
		a.Label, a.Loss = e.Label, loss
		if err := test.IsSolved(newForwardCircuit(s), a, field); err != nil {
			t.Fatalf("shape %s scale %v: %v", s, scale, err)
		}
		a.Loss = loss + 1
		if err := test.IsSolved(newForwardCircuit(s), a, field); err == nil {
			t.Fatalf("shape %s: wrong loss accepted", s)
		}
		a.Loss, a.Label = loss, s.Outputs()
		if err := test.IsSolved(newForwardCircuit(s), a, field); err == nil {
			t.Fatalf("shape %s: out-of-range label accepted", s)
		}
	}
}
