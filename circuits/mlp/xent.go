package mlp

import (
	"math"
	"math/bits"
	"sync"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
)

// Fixed-point softmax cross-entropy (docs/fixed-point.md, "Loss"):
//
//	m   = max_i y_i,  d_i = m - y_i >= 0
//	e_i = ExpNeg(d_i)  ~ exp(-d_i) * 2^16, in [0, 2^16], e at the max is 2^16
//	S   = sum_i e_i     in [2^16, Outputs * 2^16]
//	loss = d_label + Log(S) ~ (logsumexp(y) - y_label) * 2^16
//
// ExpNeg clamps d to XentDMax (16.0; exp(-16) * 2^16 < 0.5 so the table
// entries there are 0), splits it as h*2^10 + l and returns
// floor(ExpHi[h] * ExpLo[l] / 2^16). Log writes S = t * 2^(k+6) + r with
// t in [2^10, 2^11) and returns k*Ln2 + LogMant[t - 2^10]. Every table
// entry is a rounded float64 math.Exp / math.Log value; TestXentTablesGolden
// pins their hash, so a platform whose libm differed would fail loudly.
const (
	// XentTableBits is the index width of every cross-entropy table.
	XentTableBits = 10
	// XentTableSize is the number of entries of every table.
	XentTableSize = 1 << XentTableBits
	// XentDMax is the largest logit gap the exp table resolves (just below 16.0).
	XentDMax int64 = 1<<(2*XentTableBits) - 1
	// Ln2 is round(ln 2 * 2^16).
	Ln2 int64 = 45426
	// XentLogShift is the log normalisation: t = S >> (k + XentLogShift).
	XentLogShift = 16 - XentTableBits
	// XentMaxK bounds the log exponent k (S < 2^(16+XentMaxK)); the power
	// table has this many entries.
	XentMaxK = 16
)

// XentTables are the constant tables of the fixed-point cross-entropy.
type XentTables struct {
	ExpHi   [XentTableSize]int64 // round(exp(-h * 2^10 / 2^16) * 2^16)
	ExpLo   [XentTableSize]int64 // round(exp(-l / 2^16) * 2^16)
	LogMant [XentTableSize]int64 // round(ln(1 + (j + 0.5) / 2^10) * 2^16)
}

// Tables returns the shared cross-entropy tables. The caller must not modify them.
var Tables = sync.OnceValue(func() *XentTables {
	t := new(XentTables)
	one := float64(fixedpoint.One)
	for i := range XentTableSize {
		t.ExpHi[i] = int64(math.Round(math.Exp(-float64(i)*XentTableSize/one) * one))
		t.ExpLo[i] = int64(math.Round(math.Exp(-float64(i)/one) * one))
		t.LogMant[i] = int64(math.Round(math.Log1p((float64(i)+0.5)/XentTableSize) * one))
	}
	return t
})

// ExpNeg is the fixed-point exp(-d) for d >= 0, in [0, 2^16].
func ExpNeg(d int64) int64 {
	t := Tables()
	d = min(d, XentDMax)
	return (t.ExpHi[d>>XentTableBits] * t.ExpLo[d&(XentTableSize-1)]) >> fixedpoint.FracBits
}

// LogSplit returns k, t, r with s = t * 2^(k+XentLogShift) + r, t in
// [2^10, 2^11), r < 2^(k+XentLogShift), for 2^16 <= s < 2^(16+XentMaxK).
func LogSplit(s int64) (k, t, r int64) {
	k = int64(bits.Len64(uint64(s))) - (fixedpoint.FracBits + 1)
	sh := k + XentLogShift
	return k, s >> sh, s & (1<<sh - 1)
}

// Log is the fixed-point natural log of s / 2^16 for s >= 2^16.
func Log(s int64) int64 {
	k, t, _ := LogSplit(s)
	return k*Ln2 + Tables().LogMant[t-XentTableSize]
}

// crossEntropy is the native fixed-point cross-entropy of outputs y.
func crossEntropy(y []int64, label int) uint64 {
	m := y[0]
	for _, v := range y[1:] {
		m = max(m, v)
	}
	var s int64
	for _, v := range y {
		s += ExpNeg(m - v)
	}
	return uint64(m - y[label] + Log(s))
}
