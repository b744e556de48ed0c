package mlp

import (
	"errors"
	"fmt"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
)

// Example is one labelled dataset example: X holds Inputs() fixed-point
// values (pixels quantized with fixedpoint.QuantizePixel) and Label is the
// class, in [0, Outputs()).
type Example struct {
	X     []int64
	Label int
}

// ErrUnsupportedLoss is returned for a loss that has no fixed-point
// definition.
var ErrUnsupportedLoss = errors.New("mlp: loss not supported in fixed point yet")

// ErrBadInput is wrapped by errors about weights or examples that do not fit
// the shape or the fixed-point ranges.
var ErrBadInput = errors.New("mlp: bad input")

// CheckParams reports whether params are ParamCount fixed-point values.
func (s Shape) CheckParams(params []int64) error {
	if len(params) != s.ParamCount() {
		return fmt.Errorf("%w: %d parameters, shape %s wants %d", ErrBadInput, len(params), s, s.ParamCount())
	}
	if err := fixedpoint.CheckValues(params); err != nil {
		return fmt.Errorf("%w: parameter %w", ErrBadInput, err)
	}
	return nil
}

// CheckExample reports whether e fits the shape: Inputs() fixed-point values
// and a label in [0, Outputs()).
func (s Shape) CheckExample(e Example) error {
	if len(e.X) != s.Inputs() {
		return fmt.Errorf("%w: example has %d inputs, shape %s wants %d", ErrBadInput, len(e.X), s, s.Inputs())
	}
	if e.Label < 0 || e.Label >= s.Outputs() {
		return fmt.Errorf("%w: label %d not in [0, %d)", ErrBadInput, e.Label, s.Outputs())
	}
	if err := fixedpoint.CheckValues(e.X); err != nil {
		return fmt.Errorf("%w: input %w", ErrBadInput, err)
	}
	return nil
}

// Forward runs the fixed-point forward pass and returns the Outputs() output
// values. For every layer, each unit computes acc = bias*2^F + sum_j w_j*x_j
// (exact), then y = Clamp(acc >> F, lo, MaxValue) with lo = 0 on hidden layers
// (ReLU) and lo = MinValue on the output layer. params are in ParamCount
// order: per layer, W row-major [out][in], then bias[out]. Forward does not
// validate its arguments (see CheckParams, CheckExample); it panics if the
// slices are too short. The returned slice is owned by the caller.
func (s Shape) Forward(params, x []int64) []int64 {
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
		next := make([]int64, out)
		for i := range next {
			acc := fixedpoint.Dot(w[i*in:(i+1)*in], act, b[i])
			next[i] = fixedpoint.Clamp(fixedpoint.Rescale(acc), lo, fixedpoint.MaxValue)
		}
		act = next
	}
	return act
}

// Target returns the fixed-point regression target of a label: One at the
// label, 0 elsewhere.
func (s Shape) Target(label int) []int64 {
	t := make([]int64, s.Outputs())
	t[label] = fixedpoint.One
	return t
}

// OutputLoss returns the per-example loss of the output values y for label, an
// exact integer in [0, 2^fixedpoint.LossBits). For SquaredError it is
// floor(sum_i (y_i - t_i)^2 / 2^F) with t = Target(label): the squared error
// at scale 2^F. For CrossEntropy it is the table-based softmax
// cross-entropy at scale 2^F (xent.go), below 2^26.
func (s Shape) OutputLoss(y []int64, label int) (uint64, error) {
	switch s.Loss {
	case SquaredError:
		var se int64
		t := s.Target(label)
		for i := range y {
			d := y[i] - t[i]
			se += d * d
		}
		return uint64(se >> fixedpoint.FracBits), nil
	case CrossEntropy:
		return crossEntropy(y, label), nil
	default:
		return 0, fmt.Errorf("%w: %s", ErrUnsupportedLoss, s.Loss)
	}
}

// ExampleLoss validates its arguments and returns OutputLoss(Forward(params, e.X), e.Label).
func (s Shape) ExampleLoss(params []int64, e Example) (uint64, error) {
	if err := s.CheckParams(params); err != nil {
		return 0, err
	}
	if err := s.CheckExample(e); err != nil {
		return 0, err
	}
	return s.OutputLoss(s.Forward(params, e.X), e.Label)
}

// Losses returns the per-example losses (the loss trace) of params over a
// dataset, in dataset order.
func (s Shape) Losses(params []int64, examples []Example) ([]uint64, error) {
	if err := s.CheckParams(params); err != nil {
		return nil, err
	}
	out := make([]uint64, len(examples))
	for i, e := range examples {
		if err := s.CheckExample(e); err != nil {
			return nil, fmt.Errorf("example %d: %w", i, err)
		}
		l, err := s.OutputLoss(s.Forward(params, e.X), e.Label)
		if err != nil {
			return nil, err
		}
		out[i] = l
	}
	return out, nil
}
