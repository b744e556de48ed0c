// Package poseidon is Neuron's circuit-friendly hash: Poseidon2 over the
// BN254 scalar field (width 2, 6 full and 50 partial rounds: gnark-crypto's
// default parameters), used through gnark's Merkle-Damgård construction.
//
// Compress(a, b) = P(a, b)[1] + b, where P is the permutation. Hash(x1..xn)
// starts from state 0 and folds state = Compress(state, xi). Each caller hashes
// a fixed number of elements for a given purpose, and domain tags (TagWeights,
// ...) separate purposes that could otherwise share a length.
//
// The native functions and their in-circuit twins (suffix Circuit) give the
// same values; gnark-crypto's poseidon2.NewMerkleDamgardHasher computes the
// same Hash over 32-byte big-endian blocks.
package poseidon

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	p2 "github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark/frontend"
	gp2 "github.com/consensys/gnark/std/permutation/poseidon2"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
)

// Domain tags: the big-endian integers of short ASCII strings.
var (
	// TagWeights prefixes a weight commitment.
	TagWeights = tag("neuron/weights/v1")
)

func tag(s string) fr.Element {
	var e fr.Element
	e.SetBigInt(new(big.Int).SetBytes([]byte(s)))
	return e
}

// Compress is the 2-to-1 compression function. It is safe for concurrent use.
func Compress(a, b fr.Element) fr.Element {
	x := [2]fr.Element{a, b}
	if err := p2.NewDefaultPermutation().Permutation(x[:]); err != nil {
		panic(err) // width is fixed at 2
	}
	x[1].Add(&x[1], &b)
	return x[1]
}

// Hash is the Merkle-Damgård hash of elems (initial state 0).
func Hash(elems ...fr.Element) fr.Element {
	perm := p2.NewDefaultPermutation()
	var state fr.Element
	for _, e := range elems {
		x := [2]fr.Element{state, e}
		if err := perm.Permutation(x[:]); err != nil {
			panic(err)
		}
		state.Add(&x[1], &e)
	}
	return state
}

// Hasher computes the circuit twins. Create one per circuit Define.
type Hasher struct {
	api  frontend.API
	perm *gp2.Permutation
}

// NewHasher returns an in-circuit hasher.
func NewHasher(api frontend.API) (*Hasher, error) {
	perm, err := gp2.NewPoseidon2(api)
	if err != nil {
		return nil, err
	}
	return &Hasher{api: api, perm: perm}, nil
}

// Compress is the in-circuit Compress.
func (h *Hasher) Compress(a, b frontend.Variable) frontend.Variable {
	return h.perm.Compress(a, b)
}

// Hash is the in-circuit Hash.
func (h *Hasher) Hash(elems ...frontend.Variable) frontend.Variable {
	var state frontend.Variable = 0
	for _, e := range elems {
		state = h.perm.Compress(state, e)
	}
	return state
}

// CommitWeights is the weight commitment of a checkpoint:
// Hash(TagWeights, len(params), fixedpoint.Pack(params)...). params are the
// quantized weights in mlp.Shape ParamCount order. It returns an error
// wrapping fixedpoint.ErrRange if a parameter is not a fixed-point value.
func CommitWeights(params []int64) (fr.Element, error) {
	packed, err := fixedpoint.Pack(params)
	if err != nil {
		return fr.Element{}, err
	}
	var n fr.Element
	n.SetUint64(uint64(len(params)))
	return Hash(append([]fr.Element{TagWeights, n}, packed...)...), nil
}

// CommitWeights is the in-circuit CommitWeights; it range-checks every
// parameter to the fixed-point value range.
func (h *Hasher) CommitWeights(params []frontend.Variable) frontend.Variable {
	packed := fixedpoint.PackCircuit(h.api, params)
	return h.Hash(append([]frontend.Variable{TagWeights, len(params)}, packed...)...)
}
