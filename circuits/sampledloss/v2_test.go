package sampledloss

import (
	"bytes"
	"errors"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"

	"github.com/neuron-rollup/neuron/circuits/mlp"
)

// smallV2 is a version-2 shape small enough for solver tests: the same
// gadgets (sponge, rangecheck, Freivalds, lookup tables) as Fashion-MNIST.
func smallV2(loss mlp.Loss) Params {
	return Params{Shape: mlp.Shape{Layers: []int{12, 6, 4}, Loss: loss}, K: 3, Depth: 4, Version: 2}
}

func TestV2Params(t *testing.T) {
	for _, tc := range []struct{ k, depth, caps int }{{1, 16, 0}, {3, 4, 1}, {8, 16, 3}, {32, 16, 5}, {128, 16, 7}, {1024, 8, 8}} {
		p := FMNISTParams(tc.k)
		p.Depth = tc.depth
		if got := p.CapBits(); got != tc.caps || p.PathLen() != tc.depth-tc.caps {
			t.Errorf("k=%d depth=%d: CapBits %d, PathLen %d, want %d", tc.k, tc.depth, got, p.PathLen(), tc.caps)
		}
	}
	if DevnetParams().CapBits() != 0 {
		t.Error("version 1 opens full paths")
	}
	if s := DevnetParams().String(); s != "16-8-4/mse k=8 depth=8" {
		t.Fatalf("devnet params render as %q", s)
	}
	p := FMNISTParams(32)
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	if s := p.String(); s != "784-100-10/xent k=32 depth=16 v2" {
		t.Fatalf("fmnist params render as %q", s)
	}
	p.Version = 0 // cross-entropy implies version 2
	if p.CircuitVersion() != 2 {
		t.Fatal("xent with version 0 is not version 2")
	}
	p.Version = 1
	if err := p.Validate(); !errors.Is(err, mlp.ErrUnsupportedLoss) {
		t.Fatalf("xent in version 1: %v", err)
	}
}

func TestV2AcceptsHonestWitness(t *testing.T) {
	for _, loss := range []mlp.Loss{mlp.CrossEntropy, mlp.SquaredError} {
		for _, n := range []int{1, 9, 16} {
			f := newFixture(t, smallV2(loss), n, uint64(n))
			if err := isSolved(f.p, f.assignment(t)); err != nil {
				t.Fatalf("%s n=%d: %v", loss, n, err)
			}
		}
	}
}

// TestV2Soundness: every way to lie fails, either in the witness builder
// (ErrMismatch) or, forcing the witness, in the circuit.
func TestV2Soundness(t *testing.T) {
	p := smallV2(mlp.CrossEntropy)
	base := newFixture(t, p, 16, 5)
	honest := base.assignment(t)
	idx := SampleIndices(base.claim.Seed, p.K, base.claim.N)

	cases := []struct {
		name   string
		mutate func(a *Circuit, f *fixture)
	}{
		{"wrong claimed loss", func(a *Circuit, f *fixture) {
			f.claim.ClaimedLossSum++
			a.ClaimedLossSum = f.claim.ClaimedLossSum
			a.Digest = digestOf(f.claim)
		}},
		{"wrong trace leaf at a sampled index", func(a *Circuit, f *fixture) {
			losses := append([]uint64(nil), f.losses...)
			losses[idx[0]]++
			f.setTrace(t, losses)
			b, err := NewAssignment(f.p, f.weights, f.examples, f.data, f.trace, f.claim)
			if !errors.Is(err, ErrMismatch) {
				t.Fatalf("witness builder accepted a wrong trace leaf: %v", err)
			}
			_ = b
			// force it: the honest samples against the lying trace.
			a.TraceRoot, a.ClaimedLossSum = bigOf(f.claim.Elements()[3]), f.claim.ClaimedLossSum
			a.Digest = digestOf(f.claim)
		}},
		{"other weights", func(a *Circuit, f *fixture) { a.Weights[3] = base.weights[3] + 1 }},
		{"another example", func(a *Circuit, f *fixture) { a.Samples[0].X[2] = base.examples[idx[0]].X[2] + 1 }},
		{"another label", func(a *Circuit, f *fixture) {
			a.Samples[0].Label = (base.examples[idx[0]].Label + 1) % p.Shape.Outputs()
		}},
		{"label out of range", func(a *Circuit, f *fixture) { a.Samples[1].Label = p.Shape.Outputs() }},
		{"another index", func(a *Circuit, f *fixture) {
			other := (idx[0] + 1) % f.claim.N
			if err := a.setSample(0, other, f.examples[other], f.data, f.trace); err != nil {
				t.Fatal(err)
			}
		}},
		{"weight out of range", func(a *Circuit, f *fixture) { a.Weights[0] = int64(1) << 30 }},
		{"input out of range", func(a *Circuit, f *fixture) { a.Samples[0].X[0] = -(int64(1) << 30) }},
		{"another dataset cap node", func(a *Circuit, f *fixture) { a.DataCap[1] = a.DataCap[0] }},
		{"trace cap sums moved (same total)", func(a *Circuit, f *fixture) {
			s0, s1 := honest.TraceCapSum[0].(uint64), honest.TraceCapSum[1].(uint64)
			if s0 == 0 {
				s0, s1 = s0+1, s1-1
			} else {
				s0, s1 = s0-1, s1+1
			}
			a.TraceCapSum[0], a.TraceCapSum[1] = s0, s1
		}},
		{"replay for another trainer", func(a *Circuit, f *fixture) {
			f.claim.Trainer[0] ^= 1
			a.Digest = digestOf(f.claim)
		}},
		{"replay for another round", func(a *Circuit, f *fixture) {
			f.claim.Round++
			a.Digest = digestOf(f.claim)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := *base
			a := *honest
			a.Weights = append([]frontend.Variable(nil), honest.Weights...)
			a.DataCap = append([]frontend.Variable(nil), honest.DataCap...)
			a.TraceCapHash = append([]frontend.Variable(nil), honest.TraceCapHash...)
			a.TraceCapSum = append([]frontend.Variable(nil), honest.TraceCapSum...)
			a.Samples = make([]Sample, len(honest.Samples))
			for j, s := range honest.Samples {
				a.Samples[j] = Sample{X: append([]frontend.Variable(nil), s.X...), Label: s.Label,
					DataPath: append([]frontend.Variable(nil), s.DataPath...), TraceHash: append([]frontend.Variable(nil), s.TraceHash...),
					TraceSum: append([]frontend.Variable(nil), s.TraceSum...)}
			}
			tc.mutate(&a, &f)
			if err := isSolved(p, &a); err == nil {
				t.Fatal("circuit accepted a lie")
			}
		})
	}
}

// TestV2ProveVerify runs a real Groth16 setup, proof and verification of a
// small version-2 circuit: the proof carries one commitment and Verify takes
// it, and rejects it for another claim or with a tampered commitment.
func TestV2ProveVerify(t *testing.T) {
	p := smallV2(mlp.CrossEntropy)
	k, err := LoadOrSetup(t.TempDir(), p)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %d constraints", p, k.Meta.Constraints)
	f := newFixture(t, p, 16, 9)
	proof, err := k.Prove(f.assignment(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(proof) != ProofSizeCommitted {
		t.Fatalf("proof is %d bytes, want %d", len(proof), ProofSizeCommitted)
	}
	vk := k.VerifyingKeyBytes()
	if err := Verify(vk, proof, f.claim.Digest()); err != nil {
		t.Fatalf("valid proof rejected: %v", err)
	}
	other := f.claim
	other.Trainer[3] ^= 0x10
	if err := Verify(vk, proof, other.Digest()); !errors.Is(err, ErrBadProof) {
		t.Fatalf("proof accepted for another trainer: %v", err)
	}
	bad := bytes.Clone(proof)
	copy(bad[256:320], proof[0:64]) // another commitment point
	if err := Verify(vk, bad, f.claim.Digest()); !errors.Is(err, ErrBadProof) {
		t.Fatalf("tampered commitment: %v", err)
	}
	if err := Verify(vk, proof[:ProofSize], f.claim.Digest()); !errors.Is(err, ErrBadProof) {
		t.Fatalf("proof without its commitment: %v", err)
	}
	if err := Verify(DevnetVerifyingKey(), proof, f.claim.Digest()); !errors.Is(err, ErrBadProof) {
		t.Fatalf("version-2 proof against the devnet key: %v", err)
	}
}

// TestV2ConstraintCount reports the version-2 cost of the small shape.
func TestV2ConstraintCount(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, smallV2(mlp.CrossEntropy).NewCircuit())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %d constraints", smallV2(mlp.CrossEntropy), ccs.GetNbConstraints())
	_ = groth16.NewProvingKey
	_ = test.IsSolved
}
