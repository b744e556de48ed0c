package sampledloss

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/test"
)

// smallParams keep solver tests fast.
func smallParams() Params {
	p := DevnetParams()
	p.K = 2
	p.Depth = 4
	return p
}

func isSolved(p Params, a *Circuit) error {
	return test.IsSolved(p.NewCircuit(), a, ecc.BN254.ScalarField())
}

func TestCircuitAcceptsHonestWitness(t *testing.T) {
	for _, n := range []int{1, 5, 16} {
		f := newFixture(t, smallParams(), n, uint64(n))
		if err := isSolved(f.p, f.assignment(t)); err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
	}
}
