package mlp

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/lookup/logderivlookup"
	"github.com/consensys/gnark/std/multicommit"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
)

// Hints returns the hint functions of this package's version-2 gadgets
// (ForwardBatchCircuit, LossCircuitWith).
func Hints() []solver.Hint {
	return []solver.Hint{layerAccHint, maxHint, expSplitHint, logSplitHint}
}

// ForwardBatchCircuit computes ForwardCircuit for every input of xs at once,
// checking the matrix products with Freivalds' trick instead of one
// constraint per multiplication. For each layer a hint supplies the
// accumulators A[s][i] = bias_i*2^F + sum_j W[i][j]*X[s][j] of every sample
// s; after the weights, the inputs and every accumulator are committed
// (gnark's api.Commit, through std/multicommit), the commitment gives a
// challenge rho and the circuit checks, for every output unit i,
//
//	sum_s A[s][i] * rho^s == bias_i*2^F * sum_s rho^s + sum_j W[i][j] * (sum_s X[s][j] * rho^s).
//
// A wrong accumulator makes some row a non-zero polynomial of degree < k in
// rho, which vanishes at the random rho with probability < k / r. Cost per
// layer: in*out + in*k + out*k multiplications, instead of in*out*k. The
// rescale and clamp of each accumulator are RescaleClampWith with rc.
// params and xs must be range-checked by the caller (weights through their
// commitment, inputs through their dataset leaf).
func (s Shape) ForwardBatchCircuit(api frontend.API, rc frontend.Rangechecker, params []frontend.Variable, xs [][]frontend.Variable) [][]frontend.Variable {
	if len(params) != s.ParamCount() {
		panic(fmt.Sprintf("mlp: ForwardBatchCircuit got %d params for shape %s", len(params), s))
	}
	k := len(xs)
	committed := append([]frontend.Variable(nil), params...)
	for _, x := range xs {
		if len(x) != s.Inputs() {
			panic(fmt.Sprintf("mlp: ForwardBatchCircuit got %d inputs for shape %s", len(x), s))
		}
		committed = append(committed, x...)
	}
	type layer = freivaldsLayer
	layers := make([]layer, 0, len(s.Layers)-1)
	act := xs
	off := 0
	for l := 1; l < len(s.Layers); l++ {
		in, out := s.Layers[l-1], s.Layers[l]
		L := layer{in: in, out: out, w: params[off : off+in*out], b: params[off+in*out : off+in*out+out], x: act}
		off += in*out + out
		// one hint per layer: inputs in, out, W, b, X (k rows); outputs A (k rows).
		hin := make([]frontend.Variable, 0, 2+in*out+out+k*in)
		hin = append(append(append(hin, in, out), L.w...), L.b...)
		for _, x := range act {
			hin = append(hin, x...)
		}
		flat, err := api.Compiler().NewHint(layerAccHint, k*out, hin...)
		if err != nil {
			panic(err)
		}
		committed = append(committed, flat...)
		lo := int64(0)
		if l == len(s.Layers)-1 {
			lo = fixedpoint.MinValue
		}
		next := make([][]frontend.Variable, k)
		L.acc = make([][]frontend.Variable, k)
		for smp := range k {
			L.acc[smp] = flat[smp*out : (smp+1)*out]
			next[smp] = make([]frontend.Variable, out)
			for i := range out {
				next[smp][i] = fixedpoint.RescaleClampWith(api, rc, L.acc[smp][i], lo, fixedpoint.MaxValue)
			}
		}
		layers = append(layers, L)
		act = next
	}
	// Deferred to the end of Define: lookup tables and range checkers made
	// after this call must still be able to join the single commitment.
	api.Compiler().Defer(func(api frontend.API) error {
		return freivalds(api, layers, committed)
	})
	return act
}

// freivaldsLayer is one layer's operands of the Freivalds check.
type freivaldsLayer struct {
	in, out int
	w, b    []frontend.Variable
	x, acc  [][]frontend.Variable
}

// freivalds commits to committed and checks every layer's accumulators.
func freivalds(api frontend.API, layers []freivaldsLayer, committed []frontend.Variable) error {
	k := len(layers[0].x)
	multicommit.WithCommitment(api, func(api frontend.API, rho frontend.Variable) error {
		r := make([]frontend.Variable, k)
		r[0] = 1
		var rsum frontend.Variable = 1
		for i := 1; i < k; i++ {
			r[i] = api.Mul(r[i-1], rho)
			rsum = api.Add(rsum, r[i])
		}
		for _, L := range layers {
			xr := make([]frontend.Variable, L.in)
			for j := range L.in {
				var v frontend.Variable = L.x[0][j]
				for smp := 1; smp < k; smp++ {
					v = api.Add(v, api.Mul(L.x[smp][j], r[smp]))
				}
				xr[j] = v
			}
			for i := range L.out {
				var lhs frontend.Variable = L.acc[0][i]
				for smp := 1; smp < k; smp++ {
					lhs = api.Add(lhs, api.Mul(L.acc[smp][i], r[smp]))
				}
				rhs := api.Mul(api.Mul(L.b[i], fixedpoint.One), rsum)
				for j := range L.in {
					rhs = api.Add(rhs, api.Mul(L.w[i*L.in+j], xr[j]))
				}
				api.AssertIsEqual(lhs, rhs)
			}
		}
		return nil
	}, committed...)
	return nil
}

// layerAccHint: inputs in, out, W (out*in), b (out), X (k*in); outputs the
// k*out accumulators, sample-major.
func layerAccHint(field *big.Int, ins, outs []*big.Int) error {
	in, out := int(ins[0].Int64()), int(ins[1].Int64())
	w := toInt64(field, ins[2:2+in*out])
	b := toInt64(field, ins[2+in*out:2+in*out+out])
	xs := toInt64(field, ins[2+in*out+out:])
	k := len(xs) / in
	if len(outs) != k*out {
		return fmt.Errorf("mlp: layer hint: %d outputs for %d samples of %d units", len(outs), k, out)
	}
	for smp := range k {
		x := xs[smp*in : (smp+1)*in]
		for i := range out {
			acc := fixedpoint.Dot(w[i*in:(i+1)*in], x, b[i])
			outs[smp*out+i].Mod(big.NewInt(acc), field)
		}
	}
	return nil
}

// toInt64 reads field elements as signed integers (in (-r/2, r/2)); values
// that do not fit an int64 become 0 (the circuit then fails on them).
func toInt64(field *big.Int, vs []*big.Int) []int64 {
	half := new(big.Int).Rsh(field, 1)
	out := make([]int64, len(vs))
	v := new(big.Int)
	for i, x := range vs {
		v.Set(x)
		if v.Cmp(half) > 0 {
			v.Sub(v, field)
		}
		if v.IsInt64() {
			out[i] = v.Int64()
		}
	}
	return out
}

// LossTables holds the in-circuit cross-entropy tables. Make one per
// circuit with NewLossTables and share it among samples.
type LossTables struct {
	expHi, expLo, logMant, pow logderivlookup.Table
}

// NewLossTables inserts the constant XentTables (and the powers
// 2^(k+XentLogShift), k < XentMaxK) into log-derivative lookup tables.
func NewLossTables(api frontend.API) *LossTables {
	t := &LossTables{expHi: logderivlookup.New(api), expLo: logderivlookup.New(api),
		logMant: logderivlookup.New(api), pow: logderivlookup.New(api)}
	x := Tables()
	for i := range XentTableSize {
		t.expHi.Insert(x.ExpHi[i])
		t.expLo.Insert(x.ExpLo[i])
		t.logMant.Insert(x.LogMant[i])
	}
	for k := range XentMaxK {
		t.pow.Insert(int64(1) << (k + XentLogShift))
	}
	return t
}

// LossCircuitWith is the version-2 in-circuit OutputLoss with range checks
// by rc; tabs is needed for CrossEntropy (nil is fine for SquaredError). It
// constrains label to [0, Outputs()).
func (s Shape) LossCircuitWith(api frontend.API, rc frontend.Rangechecker, tabs *LossTables, y []frontend.Variable, label frontend.Variable) frontend.Variable {
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
		api.AssertIsEqual(hits, 1)
		return fixedpoint.FloorDivNonNegWith(api, rc, se, fixedpoint.LossBits)
	case CrossEntropy:
		return crossEntropyCircuit(api, rc, tabs, y, label)
	default:
		panic(fmt.Sprintf("mlp: %v: %s", ErrUnsupportedLoss, s.Loss))
	}
}

// gapBits bounds logit gaps: 0 <= m - y_i < 2^(ValueBits+1).
const gapBits = fixedpoint.ValueBits + 1

// crossEntropyCircuit is the in-circuit crossEntropy.
func crossEntropyCircuit(api frontend.API, rc frontend.Rangechecker, tabs *LossTables, y []frontend.Variable, label frontend.Variable) frontend.Variable {
	mh, err := api.Compiler().NewHint(maxHint, 1, y...)
	if err != nil {
		panic(err)
	}
	m := mh[0]
	// m >= y_i for all i and m equals one of them.
	d := make([]frontend.Variable, len(y))
	var prod frontend.Variable = 1
	labels := logderivlookup.New(api)
	for i := range y {
		d[i] = api.Sub(m, y[i])
		rc.Check(d[i], gapBits)
		prod = api.Mul(prod, d[i])
		labels.Insert(d[i])
	}
	api.AssertIsEqual(prod, 0)
	var sum frontend.Variable = 0
	for i := range y {
		// big: d >= 2^20, then the gap is clamped to XentDMax.
		sp, err := api.Compiler().NewHint(expSplitHint, 3, d[i])
		if err != nil {
			panic(err)
		}
		big, hi, lo := sp[0], sp[1], sp[2]
		api.AssertIsBoolean(big)
		over := api.Mul(big, api.Sub(d[i], XentDMax+1)) // d - 2^20 if big, else 0
		rc.Check(over, gapBits)
		dc := api.Sub(api.Sub(d[i], over), big) // big ? XentDMax : d
		// dc = hi*2^10 + lo with hi, lo table indices (< 2^10): dc < 2^20.
		api.AssertIsEqual(dc, api.Add(api.Mul(hi, XentTableSize), lo))
		eh := tabs.expHi.Lookup(hi)[0]
		el := tabs.expLo.Lookup(lo)[0]
		sum = api.Add(sum, fixedpoint.FloorDivNonNegWith(api, rc, api.Mul(eh, el), fixedpoint.FracBits+1))
	}
	// sum = t * 2^(k+6) + r, t in [2^10, 2^11), 0 <= r < 2^(k+6).
	ls, err := api.Compiler().NewHint(logSplitHint, 3, sum)
	if err != nil {
		panic(err)
	}
	k, t, r := ls[0], ls[1], ls[2]
	pow := tabs.pow.Lookup(k)[0] // also k < XentMaxK
	const rBits = XentMaxK + XentLogShift
	rc.Check(r, rBits)
	rc.Check(api.Sub(api.Sub(pow, 1), r), rBits)
	api.AssertIsEqual(sum, api.Add(api.Mul(t, pow), r))
	mant := tabs.logMant.Lookup(api.Sub(t, XentTableSize))[0] // also t in [2^10, 2^11)
	dLabel := labels.Lookup(label)[0]                         // also label < len(y)
	return api.Add(dLabel, api.Mul(k, Ln2), mant)
}

// maxHint: outputs max(inputs) as signed integers.
func maxHint(field *big.Int, ins, outs []*big.Int) error {
	v := toInt64(field, ins)
	m := v[0]
	for _, x := range v[1:] {
		m = max(m, x)
	}
	outs[0].Mod(big.NewInt(m), field)
	return nil
}

// expSplitHint: input d >= 0; outputs big = [d > XentDMax], hi, lo of min(d, XentDMax).
func expSplitHint(field *big.Int, ins, outs []*big.Int) error {
	d := toInt64(field, ins)[0]
	if d > XentDMax {
		outs[0].SetUint64(1)
		d = XentDMax
	} else {
		outs[0].SetUint64(0)
	}
	if d < 0 {
		d = 0
	}
	outs[1].SetInt64(d >> XentTableBits)
	outs[2].SetInt64(d & (XentTableSize - 1))
	return nil
}

// logSplitHint: input s >= 2^16; outputs LogSplit(s).
func logSplitHint(field *big.Int, ins, outs []*big.Int) error {
	s := toInt64(field, ins)[0]
	if s < fixedpoint.One {
		s = fixedpoint.One
	}
	k, t, r := LogSplit(s)
	outs[0].SetInt64(k)
	outs[1].SetInt64(t)
	outs[2].SetInt64(r)
	return nil
}
