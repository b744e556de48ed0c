package poseidon

import (
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	p2 "github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark/frontend"
	gp2 "github.com/consensys/gnark/std/permutation/poseidon2"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
)

// Wide sponge: Poseidon2 of width SpongeWidth over BN254 with the reference
// round numbers of gnark-crypto's constant table for t = 16 (8 full, 57
// partial rounds). One permutation absorbs SpongeRate elements for about
// 555 R1CS constraints (37 per element), against about 240 per element for
// the width-2 Merkle-Damgård Hash. Circuit version 2 uses it for long inputs
// (weights, examples).
const (
	SpongeWidth         = 16
	SpongeRate          = SpongeWidth - 1
	spongeFullRounds    = 8
	spongePartialRounds = 57
)

// TagWeightsV2 prefixes a version-2 weight commitment.
var TagWeightsV2 = tag("neuron/weights/v2")

// SpongeHash hashes elems: the capacity element starts at len(elems) (which
// with fixed-length use per purpose and domain tags makes zero padding
// injective), each block of SpongeRate elements is added to the rate part,
// then the state is permuted; the output is state[1]. Safe for concurrent use.
func SpongeHash(elems ...fr.Element) fr.Element {
	perm := p2.NewPermutation(SpongeWidth, spongeFullRounds, spongePartialRounds)
	var st [SpongeWidth]fr.Element
	st[0].SetUint64(uint64(len(elems)))
	for i := 0; i < len(elems) || i == 0; i += SpongeRate {
		for j := 0; j < SpongeRate && i+j < len(elems); j++ {
			st[1+j].Add(&st[1+j], &elems[i+j])
		}
		if err := perm.Permutation(st[:]); err != nil {
			panic(err)
		}
	}
	return st[1]
}

// Sponge computes SpongeHash in-circuit. Create one per circuit Define.
type Sponge struct {
	api  frontend.API
	perm *gp2.Permutation
}

// NewSponge returns the in-circuit wide sponge.
func NewSponge(api frontend.API) (*Sponge, error) {
	perm, err := gp2.NewPoseidon2FromParameters(api, SpongeWidth, spongeFullRounds, spongePartialRounds)
	if err != nil {
		return nil, err
	}
	return &Sponge{api: api, perm: perm}, nil
}

// Hash is the in-circuit SpongeHash.
func (s *Sponge) Hash(elems ...frontend.Variable) frontend.Variable {
	st := make([]frontend.Variable, SpongeWidth)
	st[0] = len(elems)
	for i := 1; i < SpongeWidth; i++ {
		st[i] = 0
	}
	for i := 0; i < len(elems) || i == 0; i += SpongeRate {
		for j := 0; j < SpongeRate && i+j < len(elems); j++ {
			st[1+j] = s.api.Add(st[1+j], elems[i+j])
		}
		if err := s.perm.Permutation(st); err != nil {
			panic(err)
		}
	}
	return st[1]
}

// CommitWeightsV2 is the version-2 weight commitment:
// SpongeHash(TagWeightsV2, len(params), fixedpoint.Pack(params)...).
func CommitWeightsV2(params []int64) (fr.Element, error) {
	packed, err := fixedpoint.Pack(params)
	if err != nil {
		return fr.Element{}, err
	}
	var n fr.Element
	n.SetUint64(uint64(len(params)))
	return SpongeHash(append([]fr.Element{TagWeightsV2, n}, packed...)...), nil
}

// CommitWeights is the in-circuit CommitWeightsV2; rc range-checks every
// parameter to the fixed-point value range.
func (s *Sponge) CommitWeights(rc frontend.Rangechecker, params []frontend.Variable) frontend.Variable {
	packed := fixedpoint.PackCircuitWith(s.api, rc, params)
	return s.Hash(append([]frontend.Variable{TagWeightsV2, len(params)}, packed...)...)
}
