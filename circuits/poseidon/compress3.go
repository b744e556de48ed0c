package poseidon

import (
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	p2 "github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark/frontend"
	gp2 "github.com/consensys/gnark/std/permutation/poseidon2"
)

// Three-to-one compression: Poseidon2 of width 3 over BN254 with 8 full and
// 56 partial rounds (the Poseidon2 paper's numbers for t = 3 at 128-bit
// security; gnark-crypto derives the round constants from its default seed
// and uses the paper's t = 3 internal matrix). One permutation costs about
// 240 R1CS constraints, against 372 for two width-2 compressions; circuit
// version 2 uses it for the nodes of the loss-trace sum tree.
const (
	compress3FullRounds    = 8
	compress3PartialRounds = 56
)

// permutation3 derives the width-3 round constants once (gnark-crypto
// hashes them from its seed on every NewPermutation for t = 3). The
// permutation holds only its read-only parameters.
var permutation3 = sync.OnceValue(func() *p2.Permutation {
	return p2.NewPermutation(3, compress3FullRounds, compress3PartialRounds)
})

// Compress3 is P(a, b, c)[0] + a, where P is the width-3 permutation. It is
// safe for concurrent use.
func Compress3(a, b, c fr.Element) fr.Element {
	x := [3]fr.Element{a, b, c}
	if err := permutation3().Permutation(x[:]); err != nil {
		panic(err) // width is fixed at 3
	}
	x[0].Add(&x[0], &a)
	return x[0]
}

// Compressor3 computes Compress3 in-circuit. Create one per circuit Define.
type Compressor3 struct {
	api  frontend.API
	perm *gp2.Permutation
}

// NewCompressor3 returns the in-circuit Compress3.
func NewCompressor3(api frontend.API) (*Compressor3, error) {
	perm, err := gp2.NewPoseidon2FromParameters(api, 3, compress3FullRounds, compress3PartialRounds)
	if err != nil {
		return nil, err
	}
	return &Compressor3{api: api, perm: perm}, nil
}

// Compress is the in-circuit Compress3.
func (c *Compressor3) Compress(a, b, d frontend.Variable) frontend.Variable {
	x := []frontend.Variable{a, b, d}
	if err := c.perm.Permutation(x); err != nil {
		panic(err)
	}
	return c.api.Add(x[0], a)
}
