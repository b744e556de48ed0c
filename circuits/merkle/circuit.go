package merkle

import (
	"fmt"

	"github.com/consensys/gnark/frontend"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/poseidon"
)

// SumBits bounds every sibling sum checked in-circuit: [0, 2^64).
const SumBits = 64

// Verifier opens Merkle paths in-circuit.
type Verifier struct {
	api frontend.API
	h   *poseidon.Hasher
}

// NewVerifier returns an in-circuit path verifier using hasher h.
func NewVerifier(api frontend.API, h *poseidon.Hasher) *Verifier {
	return &Verifier{api: api, h: h}
}

// swap returns (a, b) if bit is 0 and (b, a) if bit is 1; bit must be boolean.
func (v *Verifier) swap(bit, a, b frontend.Variable) (frontend.Variable, frontend.Variable) {
	l := v.api.Select(bit, b, a)
	return l, v.api.Sub(v.api.Add(a, b), l)
}

// ExampleLeaf is the in-circuit ExampleLeaf. It range-checks every input to
// the fixed-point value range; the label is hashed as given.
func (v *Verifier) ExampleLeaf(x []frontend.Variable, label frontend.Variable) frontend.Variable {
	packed := fixedpoint.PackCircuit(v.api, x)
	elems := append(append([]frontend.Variable{TagExample}, packed...), label)
	return v.h.Hash(elems...)
}

// ExampleLeafV2 is the in-circuit ExampleLeafV2; rc range-checks every
// input to the fixed-point value range.
func (v *Verifier) ExampleLeafV2(s *poseidon.Sponge, rc frontend.Rangechecker, x []frontend.Variable, label frontend.Variable) frontend.Variable {
	packed := fixedpoint.PackCircuitWith(v.api, rc, x)
	elems := append(append([]frontend.Variable{TagExampleV2}, packed...), label)
	return s.Hash(elems...)
}

// Root is the in-circuit RootFromPath. indexBits are the little-endian,
// already boolean-constrained bits of the leaf index, one per level.
func (v *Verifier) Root(leaf frontend.Variable, indexBits, path []frontend.Variable) frontend.Variable {
	if len(indexBits) != len(path) {
		panic(fmt.Sprintf("merkle: %d index bits for a path of %d", len(indexBits), len(path)))
	}
	cur := leaf
	for l := range path {
		a, b := v.swap(indexBits[l], cur, path[l])
		cur = v.h.Compress(a, b)
	}
	return cur
}

// SumRoot is the in-circuit SumRootFromPath: from a leaf value and the
// siblings' hashes and sums it returns the root hash and sum. Each sibling
// sum is checked to [0, 2^SumBits), so no sibling can carry a negative
// (wrapped) sum; the leaf value must be range-checked by the caller (below
// 2^fixedpoint.LossBits). Path sums then stay below 2^(SumBits+6) for any depth
// up to MaxDepth, so the packing l.Sum + r.Sum*2^128 is injective.
func (v *Verifier) SumRoot(value frontend.Variable, indexBits, pathHash, pathSum []frontend.Variable) (hash, sum frontend.Variable) {
	return v.SumRootWith(fixedpoint.BitsChecker{API: v.api}, value, indexBits, pathHash, pathSum)
}

// SumRootWith is SumRoot with the sibling-sum range checks done by rc.
func (v *Verifier) SumRootWith(rc frontend.Rangechecker, value frontend.Variable, indexBits, pathHash, pathSum []frontend.Variable) (hash, sum frontend.Variable) {
	return v.sumPath(rc, v.h.Hash(TagLoss, value), value, indexBits, pathHash, pathSum, func(lh, rh, packed frontend.Variable) frontend.Variable {
		return v.h.Compress(v.h.Compress(lh, rh), packed)
	})
}

// SumRootV2 is the in-circuit SumV2.RootFromPath, with the sibling-sum range
// checks done by rc (see SumRoot for the bounds).
func (v *Verifier) SumRootV2(c3 *poseidon.Compressor3, rc frontend.Rangechecker, value frontend.Variable, indexBits, pathHash, pathSum []frontend.Variable) (hash, sum frontend.Variable) {
	return v.sumPath(rc, v.h.Compress(TagLoss, value), value, indexBits, pathHash, pathSum, c3.Compress)
}

// sumPath walks a sum-tree path up from a leaf (hash, value): at each level it
// checks the sibling's sum, orders the pair by the index bit and hashes the
// parent with node(lh, rh, ls + rs*2^128).
func (v *Verifier) sumPath(rc frontend.Rangechecker, hash, value frontend.Variable, indexBits, pathHash, pathSum []frontend.Variable,
	node func(lh, rh, packed frontend.Variable) frontend.Variable) (frontend.Variable, frontend.Variable) {
	if len(indexBits) != len(pathHash) || len(pathHash) != len(pathSum) {
		panic(fmt.Sprintf("merkle: %d index bits, %d hashes, %d sums", len(indexBits), len(pathHash), len(pathSum)))
	}
	sum := value
	for l := range pathHash {
		rc.Check(pathSum[l], SumBits)
		lh, rh := v.swap(indexBits[l], hash, pathHash[l])
		ls, rs := v.swap(indexBits[l], sum, pathSum[l])
		hash = node(lh, rh, v.packSums(ls, rs))
		sum = v.api.Add(sum, pathSum[l])
	}
	return hash, sum
}

// packSums is ls + rs*2^128, injective for sums below 2^128.
func (v *Verifier) packSums(ls, rs frontend.Variable) frontend.Variable {
	return v.api.Add(ls, v.api.Mul(rs, two128))
}

// CapRoot is the in-circuit root of a tree cap: the nodes of one level,
// hashed pairwise up to the root. len(cap) must be a power of two.
func (v *Verifier) CapRoot(cap []frontend.Variable) frontend.Variable {
	mustPow2(len(cap))
	cur := cap
	for len(cur) > 1 {
		next := make([]frontend.Variable, len(cur)/2)
		for i := range next {
			next[i] = v.h.Compress(cur[2*i], cur[2*i+1])
		}
		cur = next
	}
	return cur[0]
}

// SumCapRootV2 is the in-circuit SumV2 root hash and total of a sum-tree cap
// (the hashes and sums of one level). Every cap sum is checked to
// [0, 2^SumBits) by rc, which keeps the packed sums injective.
func (v *Verifier) SumCapRootV2(c3 *poseidon.Compressor3, rc frontend.Rangechecker, hashes, sums []frontend.Variable) (hash, sum frontend.Variable) {
	mustPow2(len(hashes))
	if len(sums) != len(hashes) {
		panic(fmt.Sprintf("merkle: cap of %d hashes and %d sums", len(hashes), len(sums)))
	}
	for _, s := range sums {
		rc.Check(s, SumBits)
	}
	h, s := hashes, sums
	for len(h) > 1 {
		nh, ns := make([]frontend.Variable, len(h)/2), make([]frontend.Variable, len(h)/2)
		for i := range nh {
			nh[i] = c3.Compress(h[2*i], h[2*i+1], v.packSums(s[2*i], s[2*i+1]))
			ns[i] = v.api.Add(s[2*i], s[2*i+1])
		}
		h, s = nh, ns
	}
	return h[0], s[0]
}

func mustPow2(n int) {
	if n < 1 || n&(n-1) != 0 {
		panic(fmt.Sprintf("merkle: cap of %d nodes, want a power of two", n))
	}
}
