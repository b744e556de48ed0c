package sampledloss

import (
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/poseidon"
)

// smallParams keep solver tests fast: the devnet shape with fewer samples
// and a shallower tree.
func smallParams() Params {
	p := DevnetParams()
	p.K = 3
	p.Depth = 4
	return p
}

func isSolved(p Params, a *Circuit) error {
	return test.IsSolved(p.NewCircuit(), a, ecc.BN254.ScalarField())
}

func digestOf(c Claim) *big.Int {
	d := c.Digest()
	return new(big.Int).SetBytes(d[:])
}

func TestCircuitAcceptsHonestWitness(t *testing.T) {
	for _, n := range []int{1, 5, 16} {
		f := newFixture(t, smallParams(), n, uint64(n))
		if err := isSolved(f.p, f.assignment(t)); err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
	}
}

func TestSampleIndices(t *testing.T) {
	var seed [32]byte
	seed[31] = 1
	a := SampleIndices(seed, 64, 10)
	b := SampleIndices(seed, 64, 10)
	seen := map[uint64]bool{}
	for i := range a {
		if a[i] != b[i] || a[i] >= 10 {
			t.Fatalf("index %d: %d vs %d", i, a[i], b[i])
		}
		seen[a[i]] = true
	}
	if len(seen) < 8 {
		t.Fatalf("64 samples over 10 examples hit only %d", len(seen))
	}
	seed[0] = 0xff // seed is reduced mod r: still valid
	_ = SampleIndices(seed, 1, 1)
}

func TestNewAssignmentRejectsMismatch(t *testing.T) {
	f := newFixture(t, smallParams(), 12, 1)
	idx := SampleIndices(f.claim.Seed, f.p.K, f.claim.N)[0]
	losses := append([]uint64(nil), f.losses...)
	losses[idx]++
	f.setTrace(t, losses)
	if _, err := NewAssignment(f.p, f.weights, f.examples, f.data, f.trace, f.claim); !errors.Is(err, ErrMismatch) {
		t.Fatalf("got %v, want ErrMismatch", err)
	}
	f = newFixture(t, smallParams(), 12, 1)
	f.claim.ClaimedLossSum--
	if _, err := NewAssignment(f.p, f.weights, f.examples, f.data, f.trace, f.claim); !errors.Is(err, ErrMismatch) {
		t.Fatalf("got %v, want ErrMismatch", err)
	}
}

// TestSoundness: for each lie the witness stays as consistent as a cheating
// prover could make it, and the circuit has no solution.
func TestSoundness(t *testing.T) {
	p := smallParams()
	for name, lie := range map[string]func(t *testing.T, f *fixture, a *Circuit){
		"lower claimed sum": func(t *testing.T, f *fixture, a *Circuit) {
			c := f.claim
			c.ClaimedLossSum--
			a.ClaimedLossSum, a.Digest = c.ClaimedLossSum, digestOf(c)
		},
		"wrong trace leaf at a sampled index": func(t *testing.T, f *fixture, a *Circuit) {
			idx := SampleIndices(f.claim.Seed, p.K, f.claim.N)
			losses := append([]uint64(nil), f.losses...)
			losses[idx[0]] /= 2 // a consistent sum tree, lower total
			f.setTrace(t, losses)
			tr, sum := f.trace.Root().Hash, f.trace.Root().Sum
			a.TraceRoot, a.ClaimedLossSum, a.Digest = bigOf(tr), sum, digestOf(f.claim)
			for j, i := range idx {
				if err := a.setSample(j, i, f.examples[i], f.data, f.trace); err != nil {
					t.Fatal(err)
				}
			}
		},
		"wrong example": func(t *testing.T, f *fixture, a *Circuit) {
			a.Samples[0].X[0] = f.examples[SampleIndices(f.claim.Seed, p.K, f.claim.N)[0]].X[0] + 1
		},
		"wrong label": func(t *testing.T, f *fixture, a *Circuit) {
			e := f.examples[SampleIndices(f.claim.Seed, p.K, f.claim.N)[0]]
			a.Samples[0].Label = (e.Label + 1) % p.Shape.Outputs()
		},
		"wrong index": func(t *testing.T, f *fixture, a *Circuit) {
			i := (SampleIndices(f.claim.Seed, p.K, f.claim.N)[0] + 1) % f.claim.N
			if err := a.setSample(0, i, f.examples[i], f.data, f.trace); err != nil {
				t.Fatal(err)
			}
		},
		"weights not matching the commitment": func(t *testing.T, f *fixture, a *Circuit) {
			a.Weights[0] = f.weights[0] + 1
		},
		"other weights, recommitted": func(t *testing.T, f *fixture, a *Circuit) {
			w := append([]int64(nil), f.weights...)
			w[len(w)-1] += fixedpoint.One // output bias: changes every loss
			wc, err := poseidon.CommitWeights(w)
			if err != nil {
				t.Fatal(err)
			}
			c := f.claim
			c.WeightCommitment = wc.Bytes()
			a.Weights[len(w)-1], a.Digest = w[len(w)-1], digestOf(c)
		},
		"other trainer in the digest": func(t *testing.T, f *fixture, a *Circuit) {
			c := f.claim
			c.Trainer[0] ^= 1
			a.Digest = digestOf(c)
		},
		"other round in the witness": func(t *testing.T, f *fixture, a *Circuit) {
			a.Round = f.claim.Round + 1
		},
		"prover-chosen seed": func(t *testing.T, f *fixture, a *Circuit) {
			c := f.claim
			c.Seed[5] ^= 1
			a.Digest = digestOf(c) // but samples opened for the old seed
		},
		"N larger than the tree": func(t *testing.T, f *fixture, a *Circuit) {
			c := f.claim
			c.N = 1 << p.Depth * 2
			a.N, a.Digest = c.N, digestOf(c)
		},
	} {
		t.Run(name, func(t *testing.T) {
			f := newFixture(t, p, 13, 99)
			a := f.assignment(t)
			lie(t, f, a)
			err := isSolved(p, a)
			if err == nil {
				t.Fatal("circuit accepted the lie")
			}
			t.Logf("rejected: %.200v", err)
		})
	}
}

// TestUnsampledLieUndetected documents the protocol's probabilistic
// guarantee: a trace wrong only at indices outside this seed's sample still
// proves (and is caught with probability 1-(1-f)^k over the seed).
func TestUnsampledLieUndetected(t *testing.T) {
	p := smallParams()
	f := newFixture(t, p, 16, 5)
	sampled := map[uint64]bool{}
	for _, i := range SampleIndices(f.claim.Seed, p.K, f.claim.N) {
		sampled[i] = true
	}
	losses := append([]uint64(nil), f.losses...)
	for i := range losses {
		if !sampled[uint64(i)] {
			losses[i] = 0
			break
		}
	}
	f.setTrace(t, losses)
	if err := isSolved(p, f.assignment(t)); err != nil {
		t.Fatal(err)
	}
}

// TestR1CSSolver runs the compiled R1CS solver (the prover's path, with the
// registered hints) on an honest witness and on a lie.
func TestR1CSSolver(t *testing.T) {
	p := smallParams()
	ccs, meta, err := Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %d constraints", meta.Params, meta.Constraints)
	f := newFixture(t, p, 11, 3)
	solve := func(a *Circuit) error {
		w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
		if err != nil {
			t.Fatal(err)
		}
		_, err = ccs.Solve(w, solver.WithHints(Hints()...))
		return err
	}
	a := f.assignment(t)
	if err := solve(a); err != nil {
		t.Fatalf("honest witness: %v", err)
	}
	c := f.claim
	c.ClaimedLossSum--
	a.ClaimedLossSum, a.Digest = c.ClaimedLossSum, digestOf(c)
	if err := solve(a); err == nil {
		t.Fatal("R1CS accepted a lower claimed sum")
	}
}
