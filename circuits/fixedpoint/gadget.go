package fixedpoint

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/math/bits"
)

// In-circuit twins of the native functions. Range checks use plain binary
// decomposition (std/math/bits) rather than std/rangecheck: on Groth16 the
// latter adds a Pedersen commitment, which makes proofs 384 bytes and changes
// the Solidity verifier's ABI. See docs/fixed-point.md.

// Hints returns the hint functions the gadgets of this package use. Provers
// pass them to the solver (solver.WithHints).
func Hints() []solver.Hint {
	return append([]solver.Hint{rescaleClampHint, divModHint, splitHint}, bits.GetHints()...)
}

// AssertBits constrains v to the integer range [0, 2^n). It costs n+1
// constraints.
func AssertBits(api frontend.API, v frontend.Variable, n int) {
	bits.ToBinary(api, v, bits.WithNbDigits(n))
}

// BitsChecker is a frontend.Rangechecker by binary decomposition
// (AssertBits): no commitment, n+1 constraints per n-bit check. The circuit
// version 1 (devnet) gadgets use it; version 2 passes circuits/limbcheck
// instead.
type BitsChecker struct{ API frontend.API }

// Check implements frontend.Rangechecker.
func (b BitsChecker) Check(v frontend.Variable, n int) { AssertBits(b.API, v, n) }

// AssertValue constrains v to [MinValue, MaxValue].
func AssertValue(api frontend.API, v frontend.Variable) {
	AssertBits(api, api.Sub(v, MinValue), ValueBits)
}

// PackCircuit is the in-circuit Pack. It also range-checks every value to
// [MinValue, MaxValue], which is what makes the packing injective.
func PackCircuit(api frontend.API, vals []frontend.Variable) []frontend.Variable {
	return PackCircuitWith(api, BitsChecker{api}, vals)
}

// PackCircuitWith is PackCircuit with the range checks done by rc.
func PackCircuitWith(api frontend.API, rc frontend.Rangechecker, vals []frontend.Variable) []frontend.Variable {
	out := make([]frontend.Variable, PackedLen(len(vals)))
	shift := new(big.Int)
	for j := range out {
		var acc frontend.Variable = 0
		for i := j * PackWidth; i < min((j+1)*PackWidth, len(vals)); i++ {
			rc.Check(api.Sub(vals[i], MinValue), ValueBits)
			shift.Lsh(big.NewInt(1), uint((i-j*PackWidth)*ValueBits))
			acc = api.Add(acc, api.Mul(api.Sub(vals[i], MinValue), shift))
		}
		out[j] = acc
	}
	return out
}

// RescaleClamp returns Clamp(Rescale(acc), lo, hi) for an accumulator with
// |acc| < 2^AccBits, where MinValue <= lo <= hi <= MaxValue are constants.
// With lo = 0 it is ReLU followed by saturation.
//
// A hint supplies the remainder r, the quotient q = (acc - r) / 2^FracBits and
// two flags below (q < lo) and above (q > hi). The circuit checks r in
// [0, 2^FracBits), and a = below ? lo-1-q : q-lo and b = above ? q-hi-1 : hi-q
// both in [0, 2^QuotientBits). Those checks bound q to a small integer, so
// acc = q*2^FracBits + r holds over the integers and q is the floor quotient;
// and they force each flag to its true value. About 2*QuotientBits+FracBits+8
// constraints.
func RescaleClamp(api frontend.API, acc frontend.Variable, lo, hi int64) frontend.Variable {
	return RescaleClampWith(api, BitsChecker{api}, acc, lo, hi)
}

// RescaleClampWith is RescaleClamp with the range checks done by rc.
func RescaleClampWith(api frontend.API, rc frontend.Rangechecker, acc frontend.Variable, lo, hi int64) frontend.Variable {
	if lo > hi || lo < MinValue || hi > MaxValue {
		panic(fmt.Sprintf("fixedpoint: RescaleClamp bounds [%d, %d] outside the value range", lo, hi))
	}
	out, err := api.Compiler().NewHint(rescaleClampHint, 3, acc, lo, hi)
	if err != nil {
		panic(err)
	}
	r, below, above := out[0], out[1], out[2]
	rc.Check(r, FracBits)
	api.AssertIsBoolean(below)
	api.AssertIsBoolean(above)
	inv := new(big.Int).ModInverse(big.NewInt(One), api.Compiler().Field())
	q := api.Mul(api.Sub(acc, r), inv) // linear: no constraint

	bq := api.Mul(below, q)
	aq := api.Mul(above, q)
	// a = q - lo + below*(2lo - 1 - 2q)
	a := api.Add(api.Sub(q, lo), api.Mul(below, 2*lo-1), api.Mul(bq, -2))
	// b = hi - q + above*(2q - 2hi - 1)
	b := api.Add(api.Sub(hi, q), api.Mul(above, -2*hi-1), api.Mul(aq, 2))
	rc.Check(a, QuotientBits)
	rc.Check(b, QuotientBits)
	// y = q + below*(lo - q) + above*(hi - q)
	return api.Add(q, api.Mul(below, lo), api.Neg(bq), api.Mul(above, hi), api.Neg(aq))
}

// FloorDivNonNeg returns floor(v / 2^FracBits) for 0 <= v < 2^(n+FracBits),
// checking the quotient in [0, 2^n) and the remainder in [0, 2^FracBits).
func FloorDivNonNeg(api frontend.API, v frontend.Variable, n int) frontend.Variable {
	return FloorDivNonNegWith(api, BitsChecker{api}, v, n)
}

// FloorDivNonNegWith is FloorDivNonNeg with the range checks done by rc.
func FloorDivNonNegWith(api frontend.API, rc frontend.Rangechecker, v frontend.Variable, n int) frontend.Variable {
	out, err := api.Compiler().NewHint(divModHint, 2, v, One)
	if err != nil {
		panic(err)
	}
	q, r := out[0], out[1]
	rc.Check(q, n)
	rc.Check(r, FracBits)
	api.AssertIsEqual(v, api.Add(api.Mul(q, One), r))
	return q
}

// Mod returns v mod d for a variable divisor 1 <= d <= 2^dBits and
// 0 <= v < 2^vBits, with vBits+dBits+1 < 253, as dBits little-endian bits
// (boolean-constrained). A hint supplies q and r with v = q*d + r; the circuit
// checks q in [0, 2^vBits), r in [0, 2^dBits) and d-1-r in [0, 2^dBits), so r
// is the true remainder. The caller must constrain d to [1, 2^dBits] and v to
// [0, 2^vBits).
func Mod(api frontend.API, v, d frontend.Variable, vBits, dBits int) []frontend.Variable {
	return ModWith(api, BitsChecker{api}, v, d, vBits, dBits)
}

// ModWith is Mod with the range checks of q and d-1-r done by rc (the bits
// of r are a binary decomposition either way).
func ModWith(api frontend.API, rc frontend.Rangechecker, v, d frontend.Variable, vBits, dBits int) []frontend.Variable {
	out, err := api.Compiler().NewHint(divModHint, 2, v, d)
	if err != nil {
		panic(err)
	}
	q, r := out[0], out[1]
	rc.Check(q, vBits)
	rBits := bits.ToBinary(api, r, bits.WithNbDigits(dBits))
	rc.Check(api.Sub(api.Sub(d, 1), r), dBits)
	api.AssertIsEqual(v, api.Add(api.Mul(q, d), r))
	return rBits
}

// Low64 returns the low 64 bits of the canonical integer of a field element
// v (BN254 scalar field). A hint splits v = hi*2^64 + lo; the circuit checks
// lo < 2^64 and hi < floor(r/2^64), which makes the split canonical. The one
// value class it rejects, hi == floor(r/2^64), has probability about 2^-190
// for a hash output.
func Low64(api frontend.API, v frontend.Variable) frontend.Variable {
	return Low64With(api, BitsChecker{api}, v)
}

// Low64With is Low64 with the range checks done by rc.
func Low64With(api frontend.API, rc frontend.Rangechecker, v frontend.Variable) frontend.Variable {
	out, err := api.Compiler().NewHint(splitHint, 2, v)
	if err != nil {
		panic(err)
	}
	hi, lo := out[0], out[1]
	rHi := new(big.Int).Rsh(api.Compiler().Field(), 64)
	hiBits := rHi.BitLen()
	rc.Check(lo, 64)
	rc.Check(hi, hiBits)
	rc.Check(api.Sub(new(big.Int).Sub(rHi, big.NewInt(1)), hi), hiBits)
	api.AssertIsEqual(v, api.Add(api.Mul(hi, new(big.Int).Lsh(big.NewInt(1), 64)), lo))
	return lo
}

// signed interprets a field element as a signed integer in (-p/2, p/2).
func signed(field, x *big.Int) *big.Int {
	v := new(big.Int).Set(x)
	if v.Cmp(new(big.Int).Rsh(field, 1)) > 0 {
		v.Sub(v, field)
	}
	return v
}

// rescaleClampHint: inputs acc, lo, hi (signed); outputs r, below, above.
func rescaleClampHint(field *big.Int, in, out []*big.Int) error {
	acc, lo, hi := signed(field, in[0]), signed(field, in[1]), signed(field, in[2])
	q, r := new(big.Int), new(big.Int)
	q.DivMod(acc, big.NewInt(One), r) // Euclidean: r >= 0, q = floor
	out[0].Set(r)
	out[1].SetUint64(0)
	out[2].SetUint64(0)
	if q.Cmp(lo) < 0 {
		out[1].SetUint64(1)
	}
	if q.Cmp(hi) > 0 {
		out[2].SetUint64(1)
	}
	return nil
}

// divModHint: inputs v >= 0, d > 0; outputs q, r. A zero divisor yields 0, 0
// (the circuit then fails its checks).
func divModHint(_ *big.Int, in, out []*big.Int) error {
	if in[1].Sign() == 0 {
		out[0].SetUint64(0)
		out[1].SetUint64(0)
		return nil
	}
	out[0].DivMod(in[0], in[1], out[1])
	return nil
}

// splitHint: input v; outputs v >> 64, v mod 2^64.
func splitHint(_ *big.Int, in, out []*big.Int) error {
	out[0].Rsh(in[0], 64)
	out[1].And(in[0], new(big.Int).SetUint64(^uint64(0)))
	return nil
}
