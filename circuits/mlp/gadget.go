package mlp

import (
	"fmt"

	"github.com/consensys/gnark/frontend"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
)

// ForwardCircuit is the in-circuit Forward. It assumes params and x are
// already constrained to the fixed-point value range (fixedpoint.PackCircuit
// does that when they are committed); under that assumption it computes the
// same values as Forward. Cost: one constraint per multiplication plus
// about 2*QuotientBits+FracBits+8 per unit.
func (s Shape) ForwardCircuit(api frontend.API, params, x []frontend.Variable) []frontend.Variable {
	if len(params) != s.ParamCount() || len(x) != s.Inputs() {
		panic(fmt.Sprintf("mlp: ForwardCircuit got %d params and %d inputs for shape %s", len(params), len(x), s))
	}
	act := x
	off := 0
	for l := 1; l < len(s.Layers); l++ {
		in, out := s.Layers[l-1], s.Layers[l]
		w := params[off : off+in*out]
		b := params[off+in*out : off+in*out+out]
		off += in*out + out
		lo := int64(0)
		if l == len(s.Layers)-1 {
			lo = fixedpoint.MinValue
		}
		next := make([]frontend.Variable, out)
		for i := range next {
			acc := api.Mul(b[i], fixedpoint.One)
			for j := 0; j < in; j++ {
				acc = api.Add(acc, api.Mul(w[i*in+j], act[j]))
			}
			next[i] = fixedpoint.RescaleClamp(api, acc, lo, fixedpoint.MaxValue)
		}
		act = next
	}
	return act
}

// LossCircuit is the in-circuit OutputLoss. It constrains label to [0, Outputs())
// and returns the loss, checked to [0, 2^fixedpoint.LossBits). y must be the
// output of ForwardCircuit.
func (s Shape) LossCircuit(api frontend.API, y []frontend.Variable, label frontend.Variable) frontend.Variable {
	switch s.Loss {
	case SquaredError:
		var se frontend.Variable = 0
		var hits frontend.Variable = 0
		for i := range y {
			hit := api.IsZero(api.Sub(label, i))
			hits = api.Add(hits, hit)
			d := api.Sub(y[i], api.Mul(hit, fixedpoint.One))
			se = api.Add(se, api.Mul(d, d))
		}
		api.AssertIsEqual(hits, 1) // label is one of 0..Outputs()-1
		return fixedpoint.FloorDivNonNeg(api, se, fixedpoint.LossBits)
	default:
		panic(fmt.Sprintf("mlp: %v: %s", ErrUnsupportedLoss, s.Loss))
	}
}
