// Package fixedpoint is Neuron's fixed-point arithmetic: one spec shared bit
// for bit by the trainer (evaluation), the prover (witness) and the circuits.
//
// A value v represents the real number v / 2^FracBits. Every weight, bias,
// input and activation is a signed integer in [MinValue, MaxValue] (ValueBits
// bits, two's complement range). A product of two values has scale
// 2^(2*FracBits); products are accumulated exactly (an int64 cannot overflow
// for fan-in up to MaxFanIn) and brought back to scale 2^FracBits with a floor
// division (arithmetic shift right), then saturated to the value range.
//
// The in-circuit gadgets in gadget.go compute exactly the same integers.
// docs/fixed-point.md explains the choices.
package fixedpoint

import (
	"errors"
	"fmt"
	"math"
)

const (
	// FracBits is the number of fractional bits: a value v means v / 2^FracBits.
	FracBits = 16
	// One is the fixed-point encoding of 1.0.
	One int64 = 1 << FracBits

	// ValueBits is the signed width of every weight, bias, input and activation.
	ValueBits = 25
	// MaxValue is the largest value (about +256.0).
	MaxValue int64 = 1<<(ValueBits-1) - 1
	// MinValue is the smallest value (-256.0).
	MinValue int64 = -(1 << (ValueBits - 1))

	// MaxFanIn bounds the number of products summed into one accumulator
	// (the widest layer input). It equals mlp.MaxLayerSize.
	MaxFanIn = 4096

	// AccBits bounds accumulators: |acc| < 2^AccBits for any dot product of
	// at most MaxFanIn value pairs plus a bias at scale 2^(2*FracBits):
	// 4096 * 2^48 + 2^40 < 2^61.
	AccBits = 61
	// QuotientBits bounds the rescaled accumulator: |acc >> FracBits| < 2^(QuotientBits-1).
	QuotientBits = AccBits - FracBits + 1

	// LossBits bounds a per-example loss: 0 <= loss < 2^LossBits.
	LossBits = 47
)

// ErrRange is wrapped by every error about a value outside its documented range.
var ErrRange = errors.New("fixedpoint: value out of range")

// Quantize converts a real number to fixed point: round(f * 2^FracBits),
// rounding halves away from zero, then saturating to [MinValue, MaxValue].
// NaN maps to 0. The product f*2^FracBits is exact in float64, so the result
// depends only on f.
func Quantize(f float32) int64 {
	x := float64(f)
	if math.IsNaN(x) {
		return 0
	}
	return Saturate64(math.Round(x * float64(One)))
}

// QuantizeAll quantizes a slice of weights (a checkpoint's) into the
// fixed-point parameters that are committed, traced and proven. The caller
// owns the returned slice.
func QuantizeAll(fs []float32) []int64 {
	out := make([]int64, len(fs))
	for i, f := range fs {
		out[i] = Quantize(f)
	}
	return out
}

// Saturate64 clamps an integral float64 to the value range.
func Saturate64(x float64) int64 {
	if x >= float64(MaxValue) {
		return MaxValue
	}
	if x <= float64(MinValue) {
		return MinValue
	}
	return int64(x)
}

// QuantizePixel converts an 8-bit pixel p to round(p * 2^FracBits / 255),
// rounding halves up, computed in exact integer arithmetic. The result lies
// in [0, One].
func QuantizePixel(p uint8) int64 {
	return (int64(p)*One*2 + 255) / (2 * 255)
}

// Float converts a fixed-point value back to a real number.
func Float(v int64) float64 { return float64(v) / float64(One) }

// Saturate clamps v to [MinValue, MaxValue].
func Saturate(v int64) int64 { return Clamp(v, MinValue, MaxValue) }

// Clamp clamps v to [lo, hi]; it requires lo <= hi.
func Clamp(v, lo, hi int64) int64 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// Rescale divides an accumulator at scale 2^(2*FracBits) by 2^FracBits,
// rounding toward negative infinity (an arithmetic shift).
func Rescale(acc int64) int64 { return acc >> FracBits }

// CheckValue reports an error wrapping ErrRange if v is outside
// [MinValue, MaxValue].
func CheckValue(v int64) error {
	if v < MinValue || v > MaxValue {
		return fmt.Errorf("%w: %d not in [%d, %d]", ErrRange, v, MinValue, MaxValue)
	}
	return nil
}

// CheckValues is CheckValue over a slice; the error names the first bad index.
func CheckValues(vs []int64) error {
	for i, v := range vs {
		if err := CheckValue(v); err != nil {
			return fmt.Errorf("index %d: %w", i, err)
		}
	}
	return nil
}

// Dot returns bias*2^FracBits + sum_i w[i]*x[i], the exact accumulator of one
// neuron. All inputs must be values (CheckValue) and len(w) == len(x) <=
// MaxFanIn; then |result| < 2^AccBits and nothing overflows.
func Dot(w, x []int64, bias int64) int64 {
	acc := bias << FracBits
	for i := range w {
		acc += w[i] * x[i]
	}
	return acc
}
