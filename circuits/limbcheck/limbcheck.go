// Package limbcheck range-checks circuit values by looking up their limbs in
// small tables with a log-derivative argument, like gnark's std/rangecheck,
// but without a recomposition constraint: a value of n bits is split into
// limbs of at most Base bits, the upper limbs come from a hint and the lowest
// limb is the linear expression v - sum(limb_i * 2^offset_i), so an n-bit
// check costs exactly ceil(n/Base) R1CS constraints (one inverse per limb)
// plus, once per circuit, one constraint per table entry. std/rangecheck
// spends one more constraint per check on recomposition and another on the
// top limb when n is not a multiple of its base; for the 79,510 25-bit
// weights of the Fashion-MNIST model that is about 4.3 versus 2 constraints
// per weight (docs/performance.md).
//
// All lookups of a circuit share one challenge, drawn from gnark's
// in-circuit commitment (std/multicommit) over every checked value, every
// hinted limb and every multiplicity, so they share the Groth16 commitment
// of the other gadgets.
package limbcheck

import (
	"fmt"
	"math/big"
	"sort"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/multicommit"
)

// MaxBase is the widest limb (and so the largest table, 2^MaxBase entries)
// the checker uses.
const MaxBase = 16

// MaxBits is the widest check: far enough below the 254-bit BN254 scalar
// field that no limb sum can wrap around the modulus.
const MaxBits = 248

// Hints returns the hint functions of this package. Provers pass them to the
// solver (solver.WithHints).
func Hints() []solver.Hint { return []solver.Hint{limbsHint, countHint} }

type check struct {
	v    frontend.Variable
	bits int
}

// Checker is a frontend.Rangechecker. Create it with New before anything
// else in the circuit uses std/multicommit: it builds its argument in a
// deferred callback that must register with the multicommitter before the
// multicommitter closes.
type Checker struct {
	api    frontend.API
	checks []check
	closed bool
}

// New returns a Checker for api. Every Check is collected; the limbs, tables
// and the lookup argument are built when the circuit is compiled.
func New(api frontend.API) *Checker {
	c := &Checker{api: api}
	api.Compiler().Defer(c.commit)
	return c
}

// Check constrains v to [0, 2^bits). It implements frontend.Rangechecker.
func (c *Checker) Check(v frontend.Variable, bits int) {
	if c.closed {
		panic("limbcheck: Check after the circuit was closed")
	}
	switch {
	case bits < 0:
		panic(fmt.Sprintf("limbcheck: negative bit width %d", bits))
	case bits > MaxBits:
		panic(fmt.Sprintf("limbcheck: %d-bit check, at most %d supported", bits, MaxBits))
	case bits == 0:
		c.api.AssertIsEqual(v, 0)
	case bits == 1:
		c.api.AssertIsBoolean(v)
	default:
		c.checks = append(c.checks, check{v: v, bits: bits})
	}
}

// Split returns the limb widths of a bits-wide value with limbs of at most
// base bits: ceil(bits/base) limbs whose widths differ by at most one, widest
// first. The lowest limb is the first.
func Split(bits, base int) []int {
	n := (bits + base - 1) / base
	w := make([]int, n)
	for i := range w {
		w[i] = bits / n
		if i < bits%n {
			w[i]++
		}
	}
	return w
}

// Cost is the number of R1CS constraints the checks of the given widths cost
// with limbs of at most base bits: one per limb plus one per table entry
// (tables of widths no limb uses cost nothing).
func Cost(bits []int, base int) int {
	perWidth := map[int]int{}
	for _, b := range bits {
		for _, w := range Split(b, base) {
			perWidth[w]++
		}
	}
	total := 1
	for w, n := range perWidth {
		total += n + tableCost(w, n)
	}
	return total
}

// tableCost is what a table of width w costs for n queries: its 2^w entries,
// or, when there are fewer queries than entries, nothing (the queries are
// then answered by a wider table at one extra lookup each; see commit).
func tableCost(w, n int) int {
	if n < 1<<w {
		return n
	}
	return 1 << w
}

// BestBase returns the base in [2, MaxBase] that minimises Cost.
func BestBase(bits []int) int {
	best, bestCost := 2, -1
	for b := 2; b <= MaxBase; b++ {
		if c := Cost(bits, b); bestCost < 0 || c < bestCost {
			best, bestCost = b, c
		}
	}
	return best
}

// query is one lookup: v (a variable or linear expression) must be in
// [0, 2^w).
type query struct {
	v frontend.Variable
	w int
}

func (c *Checker) commit(api frontend.API) error {
	c.closed = true
	if len(c.checks) == 0 {
		return nil
	}
	widths := make([]int, len(c.checks))
	for i, ch := range c.checks {
		widths[i] = ch.bits
	}
	base := BestBase(widths)

	var queries []query
	committed := make([]frontend.Variable, 0, 2*len(c.checks))
	for _, ch := range c.checks {
		ws := Split(ch.bits, base)
		committed = append(committed, ch.v)
		if len(ws) == 1 {
			queries = append(queries, query{ch.v, ws[0]})
			continue
		}
		in := make([]frontend.Variable, 0, len(ws)+1)
		in = append(in, ch.v)
		for _, w := range ws {
			in = append(in, w)
		}
		upper, err := api.Compiler().NewHint(limbsHint, len(ws)-1, in...)
		if err != nil {
			return fmt.Errorf("limbcheck: limbs hint: %w", err)
		}
		lo := ch.v
		off := ws[0]
		for i, u := range upper {
			lo = api.Sub(lo, api.Mul(u, new(big.Int).Lsh(big.NewInt(1), uint(off))))
			queries = append(queries, query{u, ws[i+1]})
			off += ws[i+1]
		}
		committed = append(committed, upper...)
		queries = append(queries, query{lo, ws[0]})
	}

	// Group the queries by width. A width with fewer queries than table
	// entries is answered by the next wider table instead: v and
	// v*2^(W-w) both in [0, 2^W) puts v in [0, 2^w).
	byWidth := map[int][]frontend.Variable{}
	for _, q := range queries {
		byWidth[q.w] = append(byWidth[q.w], q.v)
	}
	ws := make([]int, 0, len(byWidth))
	for w := range byWidth {
		ws = append(ws, w)
	}
	sort.Ints(ws)
	var tables []int
	for i, w := range ws {
		if i < len(ws)-1 && len(byWidth[w]) < 1<<w {
			wider := ws[i+1]
			shift := new(big.Int).Lsh(big.NewInt(1), uint(wider-w))
			for _, v := range byWidth[w] {
				byWidth[wider] = append(byWidth[wider], v, api.Mul(v, shift))
			}
			delete(byWidth, w)
			continue
		}
		tables = append(tables, w)
	}

	// Multiplicities per table, committed with everything they count.
	counts := make(map[int][]frontend.Variable, len(tables))
	for _, w := range tables {
		in := append([]frontend.Variable{w}, byWidth[w]...)
		m, err := api.Compiler().NewHint(countHint, 1<<w, in...)
		if err != nil {
			return fmt.Errorf("limbcheck: count hint: %w", err)
		}
		counts[w] = m
		committed = append(committed, m...)
	}

	multicommit.WithCommitment(api, func(api frontend.API, r frontend.Variable) error {
		for _, w := range tables {
			// sum_t m_t/(r-t) == sum_q 1/(r-q)
			left := make([]frontend.Variable, len(counts[w]))
			for t, m := range counts[w] {
				left[t] = api.DivUnchecked(m, api.Sub(r, t))
			}
			right := make([]frontend.Variable, len(byWidth[w]))
			for i, q := range byWidth[w] {
				right[i] = api.Inverse(api.Sub(r, q))
			}
			api.AssertIsEqual(sum(api, left), sum(api, right))
		}
		return nil
	}, committed...)
	return nil
}

// limbsHint splits inputs[0] into limbs of the widths inputs[1:] (lowest
// first) and returns all limbs but the lowest.
func limbsHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) < 2 || len(out) != len(in)-2 {
		return fmt.Errorf("limbcheck: limbs hint got %d inputs for %d outputs", len(in), len(out))
	}
	v := new(big.Int).Set(in[0])
	v.Rsh(v, uint(in[1].Uint64()))
	for i := range out {
		w := uint(in[i+2].Uint64())
		mask := new(big.Int).Lsh(big.NewInt(1), w)
		mask.Sub(mask, big.NewInt(1))
		out[i].And(v, mask)
		v.Rsh(v, w)
	}
	return nil
}

// countHint returns, for a table of width inputs[0], how often each entry
// occurs among inputs[1:]. Values outside the table are not counted, so the
// argument fails for them.
func countHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) < 1 || !in[0].IsUint64() || len(out) != 1<<in[0].Uint64() {
		return fmt.Errorf("limbcheck: count hint got a table of %d entries", len(out))
	}
	n := make([]uint64, len(out))
	for _, v := range in[1:] {
		if v.IsUint64() && v.Uint64() < uint64(len(out)) {
			n[v.Uint64()]++
		}
	}
	for i := range out {
		out[i].SetUint64(n[i])
	}
	return nil
}

// sum adds vs in one linear expression (adding one term at a time would
// rebuild the expression each time).
func sum(api frontend.API, vs []frontend.Variable) frontend.Variable {
	switch len(vs) {
	case 0:
		return 0
	case 1:
		return vs[0]
	}
	return api.Add(vs[0], vs[1], vs[2:]...)
}
