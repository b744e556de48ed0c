package merkle

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/neuron-rollup/neuron/circuits/poseidon"
)

// SumNode is a node of a Merkle sum tree: a hash that binds the whole
// subtree (hashes and sums) and the sum of its leaf values.
type SumNode struct {
	Hash fr.Element
	Sum  uint64
}

// two128 is 2^128, the offset that packs two sums into one field element.
var two128 = new(big.Int).Lsh(big.NewInt(1), 128)

// SumScheme fixes how a sum tree hashes its leaves and nodes; each
// sampled-loss circuit version opens one scheme.
type SumScheme int

const (
	// SumV1 (circuit version 1): leaf Hash(TagLoss, v), node
	// Compress(Compress(l.Hash, r.Hash), l.Sum + r.Sum*2^128).
	SumV1 SumScheme = 1
	// SumV2 (circuit version 2): leaf Compress(TagLoss, v), node
	// Compress3(l.Hash, r.Hash, l.Sum + r.Sum*2^128): one width-3
	// permutation per level instead of two width-2 ones.
	SumV2 SumScheme = 2
)

// Leaf is the leaf of value v.
func (s SumScheme) Leaf(v uint64) SumNode {
	var e fr.Element
	e.SetUint64(v)
	if s == SumV2 {
		return SumNode{Hash: poseidon.Compress(TagLoss, e), Sum: v}
	}
	return SumNode{Hash: poseidon.Hash(TagLoss, e), Sum: v}
}

// Parent combines two children into their parent, whose sum is l.Sum +
// r.Sum. It returns ErrOverflow if the sum does not fit in a uint64.
func (s SumScheme) Parent(l, r SumNode) (SumNode, error) {
	sum := l.Sum + r.Sum
	if sum < l.Sum {
		return SumNode{}, ErrOverflow
	}
	var packed, rs fr.Element
	rs.SetBigInt(new(big.Int).Mul(new(big.Int).SetUint64(r.Sum), two128))
	packed.SetUint64(l.Sum)
	packed.Add(&packed, &rs)
	if s == SumV2 {
		return SumNode{Hash: poseidon.Compress3(l.Hash, r.Hash, packed), Sum: sum}, nil
	}
	return SumNode{Hash: poseidon.Compress(poseidon.Compress(l.Hash, r.Hash), packed), Sum: sum}, nil
}

// SumLeaf is SumV1.Leaf.
func SumLeaf(v uint64) SumNode { return SumV1.Leaf(v) }

// SumParent is SumV1.Parent.
func SumParent(l, r SumNode) (SumNode, error) { return SumV1.Parent(l, r) }

// SumTree is a Merkle sum tree of fixed depth over uint64 values (a loss
// trace), padded with zero values. Its root commits to every leaf value and
// Root().Sum is their total.
type SumTree struct {
	scheme SumScheme
	levels [][]SumNode
	zero   []SumNode
}

// NewSumTree builds a SumV1 sum tree of the given depth over values, padded
// with SumLeaf(0). It returns ErrOverflow if the total exceeds a uint64.
func NewSumTree(depth int, values []uint64) (*SumTree, error) {
	return NewSumTreeWith(SumV1, depth, values)
}

// NewSumTreeWith is NewSumTree with the hashing of scheme s.
func NewSumTreeWith(s SumScheme, depth int, values []uint64) (*SumTree, error) {
	if s != SumV1 && s != SumV2 {
		return nil, fmt.Errorf("merkle: unknown sum scheme %d", s)
	}
	if err := checkDepth(depth, len(values)); err != nil {
		return nil, err
	}
	t := &SumTree{scheme: s, levels: make([][]SumNode, depth+1), zero: make([]SumNode, depth+1)}
	t.zero[0] = s.Leaf(0)
	t.levels[0] = make([]SumNode, len(values))
	for i, v := range values {
		t.levels[0][i] = s.Leaf(v)
	}
	for l := 1; l <= depth; l++ {
		var err error
		if t.zero[l], err = s.Parent(t.zero[l-1], t.zero[l-1]); err != nil {
			return nil, err
		}
		below := t.levels[l-1]
		cur := make([]SumNode, (len(below)+1)/2)
		for i := range cur {
			right := t.zero[l-1]
			if 2*i+1 < len(below) {
				right = below[2*i+1]
			}
			if cur[i], err = s.Parent(below[2*i], right); err != nil {
				return nil, err
			}
		}
		t.levels[l] = cur
	}
	return t, nil
}

// Scheme is the hashing scheme of the tree.
func (t *SumTree) Scheme() SumScheme { return t.scheme }

// Depth is the tree depth.
func (t *SumTree) Depth() int { return len(t.levels) - 1 }

func (t *SumTree) node(l int, i uint64) SumNode {
	if i < uint64(len(t.levels[l])) {
		return t.levels[l][i]
	}
	return t.zero[l]
}

// Root is the root node; Root().Sum is the total of all values.
func (t *SumTree) Root() SumNode { return t.node(t.Depth(), 0) }

// Leaf is leaf i.
func (t *SumTree) Leaf(i uint64) SumNode { return t.node(0, i) }

// Level returns the 2^(Depth()-l) nodes at height l, padding included (see
// Tree.Level). The slice is owned by the caller.
func (t *SumTree) Level(l int) ([]SumNode, error) {
	if l < 0 || l > t.Depth() {
		return nil, fmt.Errorf("%w: level %d of a tree of depth %d", ErrDepth, l, t.Depth())
	}
	out := make([]SumNode, 1<<(t.Depth()-l))
	for i := range out {
		out[i] = t.node(l, uint64(i))
	}
	return out, nil
}

// Path returns the Depth() siblings of leaf i, bottom-up. The slice is owned
// by the caller.
func (t *SumTree) Path(i uint64) ([]SumNode, error) {
	if i >= uint64(1)<<t.Depth() {
		return nil, fmt.Errorf("%w: %d in a tree of depth %d", ErrIndex, i, t.Depth())
	}
	path := make([]SumNode, t.Depth())
	for l := range path {
		path[l] = t.node(l, (i>>l)^1)
	}
	return path, nil
}

// SumRootFromPath recomputes the SumV1 root from value v at leaf i and its
// siblings.
func SumRootFromPath(v uint64, i uint64, path []SumNode) (SumNode, error) {
	return SumV1.RootFromPath(v, i, path)
}

// RootFromPath recomputes the root from value v at leaf i and its siblings.
func (s SumScheme) RootFromPath(v uint64, i uint64, path []SumNode) (SumNode, error) {
	cur := s.Leaf(v)
	for l, sib := range path {
		var err error
		if (i>>l)&1 == 0 {
			cur, err = s.Parent(cur, sib)
		} else {
			cur, err = s.Parent(sib, cur)
		}
		if err != nil {
			return SumNode{}, err
		}
	}
	return cur, nil
}
