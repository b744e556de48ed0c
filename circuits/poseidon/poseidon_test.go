package poseidon

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	p2 "github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
)

func randElems(t *testing.T, n int) []fr.Element {
	out := make([]fr.Element, n)
	for i := range out {
		if _, err := out[i].SetRandom(); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// TestHashMatchesGnarkCrypto pins Hash to gnark-crypto's Merkle-Damgård hasher.
func TestHashMatchesGnarkCrypto(t *testing.T) {
	for _, n := range []int{0, 1, 2, 9} {
		elems := randElems(t, n)
		h := p2.NewMerkleDamgardHasher()
		for _, e := range elems {
			b := e.Bytes()
			h.Write(b[:])
		}
		var want fr.Element
		want.SetBytes(h.Sum(nil))
		if got := Hash(elems...); got != want {
			t.Fatalf("n=%d: Hash = %s, gnark-crypto = %s", n, got.String(), want.String())
		}
	}
}

type hashCircuit struct {
	In      []frontend.Variable
	Hash    frontend.Variable
	Comp    frontend.Variable
	Weights []frontend.Variable
	Commit  frontend.Variable
}

func (c *hashCircuit) Define(api frontend.API) error {
	h, err := NewHasher(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(h.Hash(c.In...), c.Hash)
	api.AssertIsEqual(h.Compress(c.In[0], c.In[1]), c.Comp)
	api.AssertIsEqual(h.CommitWeights(c.Weights), c.Commit)
	return nil
}

func TestCircuitParity(t *testing.T) {
	elems := randElems(t, 5)
	rng := rand.New(rand.NewPCG(5, 6))
	weights := make([]int64, 23)
	for i := range weights {
		weights[i] = fixedpoint.MinValue + rng.Int64N(fixedpoint.MaxValue-fixedpoint.MinValue+1)
	}
	commit, err := CommitWeights(weights)
	if err != nil {
		t.Fatal(err)
	}
	big := func(e fr.Element) *big.Int { return e.BigInt(new(big.Int)) }
	a := &hashCircuit{In: make([]frontend.Variable, 5), Weights: make([]frontend.Variable, len(weights))}
	for i := range elems {
		a.In[i] = big(elems[i])
	}
	for i := range weights {
		a.Weights[i] = weights[i]
	}
	a.Hash, a.Comp, a.Commit = big(Hash(elems...)), big(Compress(elems[0], elems[1])), big(commit)
	shape := &hashCircuit{In: make([]frontend.Variable, 5), Weights: make([]frontend.Variable, len(weights))}
	if err := test.IsSolved(shape, a, ecc.BN254.ScalarField()); err != nil {
		t.Fatal(err)
	}
	weights[3]++
	other, _ := CommitWeights(weights)
	if other == commit {
		t.Fatal("commitment ignores a weight")
	}
	a.Weights[3] = weights[3]
	if err := test.IsSolved(shape, a, ecc.BN254.ScalarField()); err == nil {
		t.Fatal("changed weight accepted under the old commitment")
	}
}

type spongeCircuit struct {
	In  []frontend.Variable
	Out frontend.Variable
}

func (c *spongeCircuit) Define(api frontend.API) error {
	s, err := NewSponge(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(s.Hash(c.In...), c.Out)
	return nil
}

func TestSpongeParity(t *testing.T) {
	for _, n := range []int{0, 1, 15, 16, 31} {
		in := randElems(t, n)
		out := SpongeHash(in...)
		a := &spongeCircuit{In: make([]frontend.Variable, n), Out: out.BigInt(new(big.Int))}
		for i := range in {
			a.In[i] = in[i].BigInt(new(big.Int))
		}
		if err := test.IsSolved(&spongeCircuit{In: make([]frontend.Variable, n)}, a, ecc.BN254.ScalarField()); err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
		a.Out = new(big.Int).Add(a.Out.(*big.Int), big.NewInt(1))
		if test.IsSolved(&spongeCircuit{In: make([]frontend.Variable, n)}, a, ecc.BN254.ScalarField()) == nil {
			t.Fatalf("n=%d: wrong output accepted", n)
		}
	}
	if SpongeHash(randElems(t, 3)...) == SpongeHash(randElems(t, 3)...) {
		t.Fatal("collision")
	}
}

type compress3Circuit struct {
	In  [3]frontend.Variable
	Out frontend.Variable
}

func (c *compress3Circuit) Define(api frontend.API) error {
	h, err := NewCompressor3(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(h.Compress(c.In[0], c.In[1], c.In[2]), c.Out)
	return nil
}

func TestCompress3Parity(t *testing.T) {
	for range 4 {
		in := randElems(t, 3)
		out := Compress3(in[0], in[1], in[2])
		a := &compress3Circuit{Out: out.BigInt(new(big.Int))}
		for i := range in {
			a.In[i] = in[i].BigInt(new(big.Int))
		}
		if err := test.IsSolved(&compress3Circuit{}, a, ecc.BN254.ScalarField()); err != nil {
			t.Fatal(err)
		}
		a.Out = new(big.Int).Add(a.Out.(*big.Int), big.NewInt(1))
		if test.IsSolved(&compress3Circuit{}, a, ecc.BN254.ScalarField()) == nil {
			t.Fatal("wrong output accepted")
		}
		// Every input matters.
		for i := range in {
			moved := [3]fr.Element{in[0], in[1], in[2]}
			moved[i].Add(&moved[i], &moved[(i+1)%3])
			if Compress3(moved[0], moved[1], moved[2]) == out {
				t.Fatalf("input %d ignored", i)
			}
		}
	}
}
