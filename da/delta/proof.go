package delta

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/neuron-rollup/neuron/circuits/merkle"
	"github.com/neuron-rollup/neuron/da/dataset"
)

// Proof opens, in the base set's dataset tree, every position a patch
// changes (Plan): the base leaves at those positions below the base size,
// in increasing position order, and the sibling nodes needed to recompute
// the root from them, in the order NewRoot consumes them (level by level
// from the leaves, increasing position within a level). Siblings whose
// subtree lies wholly past the base size are padding and not included.
type Proof struct {
	Leaves   []fr.Element
	Siblings []fr.Element
}

// node is one tree position at a level.
type node struct {
	pos       uint64
	old, next fr.Element
}

// zeros returns the padding node of every height 0..depth.
func zeros(depth int) []fr.Element {
	z := make([]fr.Element, depth+1)
	z[0] = merkle.ZeroLeaf
	for l := 1; l <= depth; l++ {
		z[l] = merkle.Node(z[l-1], z[l-1])
	}
	return z
}

// walk recomputes the base and new trees over the changed positions at
// level 0 up to height depth, asking sibling(l, pos) for each sibling node
// it cannot derive. It returns the two roots of height depth and every
// node it saw (changed or sibling) at height want, by position.
func walk(depth int, baseSize uint64, level []node, sibling func(l int, pos uint64) (fr.Element, error), want int) (old, next fr.Element, at map[uint64]fr.Element, err error) {
	z := zeros(depth)
	at = make(map[uint64]fr.Element)
	for l := 0; l < depth; l++ {
		if l == want {
			for _, n := range level {
				at[n.pos] = n.next
			}
		}
		up := make([]node, 0, (len(level)+1)/2)
		for i := 0; i < len(level); i++ {
			n := level[i]
			var left, right node
			if i+1 < len(level) && level[i+1].pos == n.pos^1 {
				left, right = n, level[i+1]
				i++
			} else {
				s := node{pos: n.pos ^ 1}
				if s.pos<<l >= baseSize {
					s.old = z[l]
				} else if s.old, err = sibling(l, s.pos); err != nil {
					return old, next, nil, err
				}
				s.next = s.old
				if l == want {
					at[s.pos] = s.old
				}
				left, right = n, s
				if n.pos&1 == 1 {
					left, right = s, n
				}
			}
			up = append(up, node{pos: n.pos >> 1, old: merkle.Node(left.old, right.old), next: merkle.Node(left.next, right.next)})
		}
		level = up
	}
	if depth == want {
		for _, n := range level {
			at[n.pos] = n.next
		}
	}
	return level[0].old, level[0].next, at, nil
}

// depths returns the base tree's depth, the new tree's and the larger.
func depths(baseSize, newSize uint64) (int, int, int) {
	b, n := dataset.Depth(int(baseSize)), dataset.Depth(int(newSize))
	return b, n, max(b, n)
}

// Prove builds the proof of a patch's writes (from Plan) against the base
// set's dataset tree, which must be of depth dataset.Depth(baseSize).
func Prove(base *merkle.Tree, baseSize, newSize uint64, writes []Change) (*Proof, error) {
	bd, _, depth := depths(baseSize, newSize)
	if base.Depth() != bd {
		return nil, fmt.Errorf("%w: base tree of depth %d, %d examples need %d", ErrPatch, base.Depth(), baseSize, bd)
	}
	p := &Proof{}
	level := make([]node, len(writes))
	for i, w := range writes {
		level[i].pos = w.Pos
		if w.Pos < baseSize {
			p.Leaves = append(p.Leaves, base.Leaf(w.Pos))
		}
	}
	_, _, _, err := walk(depth, baseSize, level, func(l int, pos uint64) (fr.Element, error) {
		var v fr.Element
		if l >= bd {
			// Only position 0 lies below baseSize up there: the base
			// root, lifted over padding.
			v = base.Root()
			z := zeros(l)
			for k := bd; k < l; k++ {
				v = merkle.Node(v, z[k])
			}
		} else {
			// Path(i)[l] is the node at height l next to i's ancestor:
			// ask for the one next to pos's neighbour, which is pos.
			path, err := base.Path((pos ^ 1) << l)
			if err != nil {
				return fr.Element{}, err
			}
			v = path[l]
		}
		p.Siblings = append(p.Siblings, v)
		return v, nil
	}, -1)
	if err != nil {
		return nil, err
	}
	return p, nil
}

// NewRoot checks that proof opens the changed positions of a patch (writes
// from Plan for baseSize) in the tree whose root is baseRoot, and returns
// the root of the patched set of newSize examples. added[i] is the dataset
// leaf of the i-th added example. Errors wrap ErrRoot (the proof does not
// open baseRoot) or ErrPatch (a malformed proof).
func NewRoot(baseRoot fr.Element, baseSize, newSize uint64, writes []Change, added []fr.Element, proof *Proof) (fr.Element, error) {
	bd, nd, depth := depths(baseSize, newSize)
	level := make([]node, len(writes))
	leaves := proof.Leaves
	oldAt := make(map[uint64]fr.Element, len(writes))
	for i, w := range writes {
		if i > 0 && w.Pos <= writes[i-1].Pos {
			return fr.Element{}, fmt.Errorf("%w: writes not in increasing position order", ErrPatch)
		}
		level[i].pos = w.Pos
		level[i].old = merkle.ZeroLeaf
		if w.Pos < baseSize {
			if len(leaves) == 0 {
				return fr.Element{}, fmt.Errorf("%w: proof opens %d base leaves, the patch changes more", ErrPatch, len(proof.Leaves))
			}
			level[i].old, leaves = leaves[0], leaves[1:]
			oldAt[w.Pos] = level[i].old
		}
	}
	if len(leaves) != 0 {
		return fr.Element{}, fmt.Errorf("%w: proof opens %d base leaves too many", ErrPatch, len(leaves))
	}
	for i, w := range writes {
		switch w.From.Kind {
		case KindNone:
			level[i].next = merkle.ZeroLeaf
		case KindAdded:
			if w.From.Index >= uint64(len(added)) {
				return fr.Element{}, fmt.Errorf("%w: added example %d of %d", ErrPatch, w.From.Index, len(added))
			}
			level[i].next = added[w.From.Index]
		case KindBase:
			v, ok := oldAt[w.From.Index]
			if !ok {
				return fr.Element{}, fmt.Errorf("%w: moved example %d is not opened", ErrPatch, w.From.Index)
			}
			level[i].next = v
		}
	}
	sibs := proof.Siblings
	old, next, at, err := walk(depth, baseSize, level, func(l int, pos uint64) (fr.Element, error) {
		if len(sibs) == 0 {
			return fr.Element{}, fmt.Errorf("%w: proof has %d siblings, too few", ErrPatch, len(proof.Siblings))
		}
		v := sibs[0]
		sibs = sibs[1:]
		return v, nil
	}, nd)
	if err != nil {
		return fr.Element{}, err
	}
	if len(sibs) != 0 {
		return fr.Element{}, fmt.Errorf("%w: proof has %d siblings too many", ErrPatch, len(sibs))
	}
	z := zeros(depth)
	lifted := baseRoot
	for l := bd; l < depth; l++ {
		lifted = merkle.Node(lifted, z[l])
	}
	if !old.Equal(&lifted) {
		return fr.Element{}, fmt.Errorf("%w: the proof does not open the base root", ErrRoot)
	}
	if nd == depth {
		return next, nil
	}
	r, ok := at[0]
	if !ok { // cannot happen: a shrinking set changes position 2^nd
		return fr.Element{}, fmt.Errorf("%w: no node of height %d at position 0", ErrPatch, nd)
	}
	return r, nil
}
