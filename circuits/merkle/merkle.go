// Package merkle builds the Poseidon2 Merkle trees the sampled-loss circuit
// opens: a binary tree over dataset examples and a Merkle sum tree over a
// loss trace. Trees have a fixed depth; leaves past the data are padding
// (ZeroLeaf for the dataset tree, a loss of 0 for the sum tree).
//
// Native trees and the in-circuit path checks (circuit.go) compute the same
// values. Tree and SumTree are immutable once built and safe for concurrent
// reads.
package merkle

import (
	"errors"
	"fmt"
	"math/big"
	"runtime"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/poseidon"
)

// MaxDepth is the deepest tree supported: indices are uint64 and sampled
// indices are at most 64 bits in-circuit.
const MaxDepth = 32

var (
	// ErrDepth is returned for a depth outside [1, MaxDepth] or more leaves than 2^depth.
	ErrDepth = errors.New("merkle: bad depth")
	// ErrIndex is returned for a leaf index outside the tree.
	ErrIndex = errors.New("merkle: index out of range")
	// ErrOverflow is returned when a sum tree total does not fit in a uint64.
	ErrOverflow = errors.New("merkle: sum overflows uint64")
)

// Domain tags for leaves.
var (
	// TagExample prefixes a dataset leaf.
	TagExample = tag("neuron/example/v1")
	// TagLoss prefixes a loss-trace leaf.
	TagLoss = tag("neuron/loss/v1")
)

func tag(s string) fr.Element {
	var e fr.Element
	e.SetBigInt(new(big.Int).SetBytes([]byte(s)))
	return e
}

// ZeroLeaf is the padding leaf of a dataset tree.
var ZeroLeaf fr.Element

// ExampleLeaf is the dataset leaf of an example:
// Hash(TagExample, fixedpoint.Pack(e.X)..., e.Label). It returns an error
// wrapping fixedpoint.ErrRange for an input outside the value range.
func ExampleLeaf(e mlp.Example) (fr.Element, error) {
	packed, err := fixedpoint.Pack(e.X)
	if err != nil {
		return fr.Element{}, err
	}
	var label fr.Element
	label.SetUint64(uint64(e.Label))
	elems := append(append([]fr.Element{TagExample}, packed...), label)
	return poseidon.Hash(elems...), nil
}

// TagExampleV2 prefixes a version-2 dataset leaf.
var TagExampleV2 = tag("neuron/example/v2")

// ExampleLeafV2 is the version-2 dataset leaf:
// poseidon.SpongeHash(TagExampleV2, fixedpoint.Pack(e.X)..., e.Label), the
// same packing through the wide sponge (about 6x fewer constraints for a
// 784-pixel example).
func ExampleLeafV2(e mlp.Example) (fr.Element, error) {
	packed, err := fixedpoint.Pack(e.X)
	if err != nil {
		return fr.Element{}, err
	}
	var label fr.Element
	label.SetUint64(uint64(e.Label))
	elems := append(append([]fr.Element{TagExampleV2}, packed...), label)
	return poseidon.SpongeHash(elems...), nil
}

// Node is the inner node of a dataset tree: Compress(left, right).
func Node(left, right fr.Element) fr.Element { return poseidon.Compress(left, right) }

func checkDepth(depth, n int) error {
	if depth < 1 || depth > MaxDepth {
		return fmt.Errorf("%w: %d not in [1, %d]", ErrDepth, depth, MaxDepth)
	}
	if uint64(n) > uint64(1)<<depth {
		return fmt.Errorf("%w: %d leaves do not fit depth %d", ErrDepth, n, depth)
	}
	return nil
}

// Tree is a binary Merkle tree of fixed depth.
type Tree struct {
	// levels[0] are the given leaves; levels[l] the nodes of height l that
	// are not all padding. levels[depth] is the root.
	levels [][]fr.Element
	zero   []fr.Element // zero[l]: the node of height l over padding only
}

// NewTree builds a tree of the given depth over leaves, padded with ZeroLeaf
// to 2^depth leaves. The tree does not keep the caller's slice.
func NewTree(depth int, leaves []fr.Element) (*Tree, error) {
	if err := checkDepth(depth, len(leaves)); err != nil {
		return nil, err
	}
	t := &Tree{levels: make([][]fr.Element, depth+1), zero: make([]fr.Element, depth+1)}
	t.zero[0] = ZeroLeaf
	t.levels[0] = append([]fr.Element(nil), leaves...)
	for l := 1; l <= depth; l++ {
		t.zero[l] = Node(t.zero[l-1], t.zero[l-1])
		below := t.levels[l-1]
		cur := make([]fr.Element, (len(below)+1)/2)
		for i := range cur {
			right := t.zero[l-1]
			if 2*i+1 < len(below) {
				right = below[2*i+1]
			}
			cur[i] = Node(below[2*i], right)
		}
		t.levels[l] = cur
	}
	return t, nil
}

// NewDatasetTree builds the dataset tree over examples (leaf i is
// ExampleLeaf(examples[i])), hashing leaves on GOMAXPROCS goroutines. It
// returns the error of the lowest bad example.
func NewDatasetTree(depth int, examples []mlp.Example) (*Tree, error) {
	return NewDatasetTreeWith(depth, examples, ExampleLeaf)
}

// NewDatasetTreeWith is NewDatasetTree with another leaf function
// (ExampleLeafV2 for circuit version 2).
func NewDatasetTreeWith(depth int, examples []mlp.Example, leafOf func(mlp.Example) (fr.Element, error)) (*Tree, error) {
	if err := checkDepth(depth, len(examples)); err != nil {
		return nil, err
	}
	leaves := make([]fr.Element, len(examples))
	errs := make([]error, len(examples))
	workers := min(runtime.GOMAXPROCS(0), len(examples))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(examples); i += workers {
				leaves[i], errs[i] = leafOf(examples[i])
			}
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("example %d: %w", i, err)
		}
	}
	return NewTree(depth, leaves)
}

// Depth is the tree depth.
func (t *Tree) Depth() int { return len(t.levels) - 1 }

func (t *Tree) node(l int, i uint64) fr.Element {
	if i < uint64(len(t.levels[l])) {
		return t.levels[l][i]
	}
	return t.zero[l]
}

// Root is the tree root.
func (t *Tree) Root() fr.Element { return t.node(t.Depth(), 0) }

// Leaf is leaf i (ZeroLeaf for padding).
func (t *Tree) Leaf(i uint64) fr.Element { return t.node(0, i) }

// Level returns the 2^(Depth()-l) nodes at height l (0: the leaves,
// Depth(): the root), padding included: the cap of height Depth()-l that a
// proof opens once for all its paths. The slice is owned by the caller.
func (t *Tree) Level(l int) ([]fr.Element, error) {
	if l < 0 || l > t.Depth() {
		return nil, fmt.Errorf("%w: level %d of a tree of depth %d", ErrDepth, l, t.Depth())
	}
	out := make([]fr.Element, 1<<(t.Depth()-l))
	for i := range out {
		out[i] = t.node(l, uint64(i))
	}
	return out, nil
}

// Path returns the Depth() siblings of leaf i, bottom-up. The slice is owned
// by the caller.
func (t *Tree) Path(i uint64) ([]fr.Element, error) {
	if i >= uint64(1)<<t.Depth() {
		return nil, fmt.Errorf("%w: %d in a tree of depth %d", ErrIndex, i, t.Depth())
	}
	path := make([]fr.Element, t.Depth())
	for l := range path {
		path[l] = t.node(l, (i>>l)^1)
	}
	return path, nil
}

// RootFromPath recomputes the root from leaf i and its siblings (bottom-up).
func RootFromPath(leaf fr.Element, i uint64, path []fr.Element) fr.Element {
	cur := leaf
	for l, sib := range path {
		if (i>>l)&1 == 0 {
			cur = Node(cur, sib)
		} else {
			cur = Node(sib, cur)
		}
	}
	return cur
}
