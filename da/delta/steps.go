package delta

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/neuron-rollup/neuron/circuits/merkle"
	"github.com/neuron-rollup/neuron/da/dataset"
)

// A patch is applied in steps, each small enough for L1 to re-execute in one transaction
// (docs/contracts.md, fault proofs): the proposal, then one delta-data step per chunk of added
// examples, in order, then the removal groups. Each step writes a fixed set of positions of
// the running tree (the base set's tree lifted to Depth, patched by the steps before it) and
// carries a Proof of them against the running root; the last one must leave the claimed root
// (lifted to Depth). Every position Plan changes is written by exactly one step, so a step
// reads base leaves only.
//
// A step's work is counted in units of about 1,000 gas of L1 re-execution (measured by
// l1/deploy's TestDeltaWorstSteps): a Poseidon2 compression 10, an input decoded 1/2, a node of
// the running tree rewritten NodeWork.

const (
	// MaxStepWork bounds the work of one chunk's step (ChunkWork).
	MaxStepWork = 1900
	// MaxTailWork bounds the work of one removal group (TailGroupSize).
	MaxTailWork = 1900
	// MaxProposalWork bounds the removal a proposal applies itself (ProposalApplies).
	MaxProposalWork = 900
	// NodeWork is the work of one node of the running tree a step rewrites (its old and new
	// values: two compressions, and its sibling).
	NodeWork = 26
)

// ExampleWork is the work of one example's dataset leaf: its compressions (the tag, the inputs
// packed ten to a field element, the label) and its inputs' decoding.
func ExampleWork(width int) uint64 { return 10*(uint64((width+9)/10)+2) + uint64(width+1)/2 }

// Depth is the depth of the running tree: the larger of the base set's and the new set's.
func (m *Manifest) Depth() int {
	return max(dataset.Depth(int(m.BaseSize)), dataset.Depth(int(m.NewSize())))
}

// Tail is the number of removed indices not filled by added examples (each fills the set
// from its end, Plan's third rule).
func (m *Manifest) Tail() uint64 {
	r, a := uint64(len(m.Removed)), m.Added()
	if r > a {
		return r - a
	}
	return 0
}

// ProposalApplies reports whether the proposal applies the whole patch itself: a removal
// whose every unit (two positions) fits MaxProposalWork. Such a patch is decided at once.
func (m *Manifest) ProposalApplies() bool {
	return m.ChunkCount == 0 && m.Tail()*2*uint64(m.Depth())*NodeWork <= MaxProposalWork
}

// TailGroupSize is the number of removal units (a hole filled from the end, or a hole
// dropped: at most two positions, Depth nodes each) one removal group holds.
func (m *Manifest) TailGroupSize() uint64 { return max(1, MaxTailWork/(2*uint64(m.Depth())*NodeWork)) }

// TailGroups is the number of removal groups.
func (m *Manifest) TailGroups() uint64 {
	g := m.TailGroupSize()
	return (m.Tail() + g - 1) / g
}

// Steps is the number of delta-data steps after the proposal: none if the proposal applies
// the patch, else one per chunk, then one per removal group.
func (m *Manifest) Steps() uint64 {
	if m.ProposalApplies() {
		return 0
	}
	return uint64(m.ChunkCount) + m.TailGroups()
}

// StepAt says what delta-data step s applies: chunk (≥ 0) or removal group (chunk -1).
func (m *Manifest) StepAt(s uint64) (chunk int, group uint64) {
	if c := uint64(m.ChunkCount); s < c {
		return int(s), 0
	} else {
		return -1, s - c
	}
}

// ChunkWork is the work of a chunk of count examples whose first is added example first:
// its examples' leaves (ExampleWork each) and the nodes it rewrites: Depth for each removed
// index it fills and, for the examples it appends (contiguous), Depth for one, at most two
// each plus two a level for more.
func (m *Manifest) ChunkWork(count int, first uint64) uint64 {
	return chunkWork(m.Width, uint64(len(m.Removed)), uint64(m.Depth()), first, uint64(count))
}

// chunkWork is ChunkWork of k examples of width inputs from added example start, in a patch
// removing r indices, at depth d.
func chunkWork(width int, r, d, start, k uint64) uint64 {
	var holes uint64
	if start < r {
		holes = min(k, r-start)
	}
	nodes := holes * d
	switch a := k - holes; {
	case a == 1:
		nodes += d
	case a > 1:
		nodes += 2*a + 2*d
	}
	return k*ExampleWork(width) + nodes*NodeWork
}

// ChunkWrites are the writes of a chunk of count examples whose first is added example
// start, in increasing position order, and the first position known to be padding in the
// running tree before them (past the base set and the examples appended so far).
func (m *Manifest) ChunkWrites(count int, start uint64) ([]Change, uint64) {
	r := uint64(len(m.Removed))
	k := uint64(count)
	out := make([]Change, 0, k)
	for j := start; j < start+k; j++ {
		pos := m.BaseSize + j - r
		if j < r {
			pos = m.Removed[j]
		}
		out = append(out, Change{Pos: pos, From: Source{Kind: KindAdded, Index: j}})
	}
	zero := m.BaseSize
	if start > r {
		zero += start - r
	}
	return out, zero
}

// TailWrites are the writes of removal group g, in increasing position order; positions past
// the base set are padding before them. The removal units, in order: the holes below the new
// size, lowest first, each filled with the example at the lowest end position (at or past the
// new size) not removed, which becomes padding; then the holes at or past the new size, each
// becoming padding. This is Plan's third rule.
func (m *Manifest) TailWrites(g uint64) []Change {
	tail := m.Tail()
	gs := m.TailGroupSize()
	out := tailWrites(m.BaseSize, m.Removed[uint64(len(m.Removed))-tail:], g*gs, min((g+1)*gs, tail))
	sortChanges(out)
	return out
}

// ProposalWrites are the writes a proposal applies (ProposalApplies): every removal unit.
func (m *Manifest) ProposalWrites() []Change {
	tail := m.Tail()
	out := tailWrites(m.BaseSize, m.Removed[uint64(len(m.Removed))-tail:], 0, tail)
	sortChanges(out)
	return out
}

func sortChanges(c []Change) {
	slices.SortFunc(c, func(a, b Change) int { return cmp.Compare(a.Pos, b.Pos) })
}

// Lift is root, a tree of depth from, as the left subtree of a tree of depth to padded
// with empty leaves.
func Lift(root fr.Element, from, to int) fr.Element {
	z := zeros(to)
	for l := from; l < to; l++ {
		root = merkle.Node(root, z[l])
	}
	return root
}

// StartRoot is the running root before the first step: the base root lifted to Depth.
func (m *Manifest) StartRoot() (fr.Element, error) {
	var r fr.Element
	if err := r.SetBytesCanonical(m.BaseRoot[:]); err != nil {
		return r, fmt.Errorf("%w: base root is not a field element", ErrFormat)
	}
	return Lift(r, dataset.Depth(int(m.BaseSize)), m.Depth()), nil
}

// TargetRoot is the running root the last step must leave: root (of the new set) lifted to
// Depth.
func (m *Manifest) TargetRoot(root fr.Element) fr.Element {
	return Lift(root, dataset.Depth(int(m.NewSize())), m.Depth())
}

// StepRoot checks that proof opens writes in the running tree of depth depth whose root is
// root (positions from zero on are padding: their old leaves and the siblings wholly past
// them are not in the proof) and returns the root after them. added gives the leaf of added
// example i; a KindBase write takes the old leaf of its source, which must be among writes.
// Errors wrap ErrRoot (the proof does not open root) or ErrPatch (a malformed proof).
func StepRoot(root fr.Element, depth int, zero uint64, writes []Change, added func(uint64) (fr.Element, bool), proof *Proof) (fr.Element, error) {
	if len(writes) == 0 {
		return fr.Element{}, fmt.Errorf("%w: a step with no writes", ErrPatch)
	}
	level := make([]node, len(writes))
	leaves := proof.Leaves
	oldAt := make(map[uint64]fr.Element, len(writes))
	for i, w := range writes {
		if i > 0 && w.Pos <= writes[i-1].Pos {
			return fr.Element{}, fmt.Errorf("%w: writes not in increasing position order", ErrPatch)
		}
		if w.Pos>>depth != 0 {
			return fr.Element{}, fmt.Errorf("%w: position %d outside a tree of depth %d", ErrPatch, w.Pos, depth)
		}
		level[i].pos = w.Pos
		level[i].old = merkle.ZeroLeaf
		if w.Pos < zero {
			if len(leaves) == 0 {
				return fr.Element{}, fmt.Errorf("%w: proof opens %d leaves, the step writes more", ErrPatch, len(proof.Leaves))
			}
			level[i].old, leaves = leaves[0], leaves[1:]
		}
		oldAt[w.Pos] = level[i].old
	}
	if len(leaves) != 0 {
		return fr.Element{}, fmt.Errorf("%w: proof opens %d leaves too many", ErrPatch, len(leaves))
	}
	for i, w := range writes {
		switch w.From.Kind {
		case KindNone:
			level[i].next = merkle.ZeroLeaf
		case KindAdded:
			v, ok := added(w.From.Index)
			if !ok {
				return fr.Element{}, fmt.Errorf("%w: added example %d is not in the step", ErrPatch, w.From.Index)
			}
			level[i].next = v
		case KindBase:
			v, ok := oldAt[w.From.Index]
			if !ok {
				return fr.Element{}, fmt.Errorf("%w: moved example %d is not opened", ErrPatch, w.From.Index)
			}
			level[i].next = v
		}
	}
	sibs := proof.Siblings
	old, next, _, err := walk(depth, zero, level, func(int, uint64) (fr.Element, error) {
		if len(sibs) == 0 {
			return fr.Element{}, fmt.Errorf("%w: proof has %d siblings, too few", ErrPatch, len(proof.Siblings))
		}
		v := sibs[0]
		sibs = sibs[1:]
		return v, nil
	}, -1)
	if err != nil {
		return fr.Element{}, err
	}
	if len(sibs) != 0 {
		return fr.Element{}, fmt.Errorf("%w: proof has %d siblings too many", ErrPatch, len(sibs))
	}
	if !old.Equal(&root) {
		return fr.Element{}, fmt.Errorf("%w: the proof does not open the running root", ErrRoot)
	}
	return next, nil
}

// Tree is a binary Poseidon2 tree of a fixed depth whose leaves past those set are empty,
// kept sparse: the running tree of a patch as a sender applies its steps.
type Tree struct {
	depth int
	z     []fr.Element
	lv    []map[uint64]fr.Element
}

// NewTree is the tree of depth whose first leaves are leaves, the rest empty.
func NewTree(depth int, leaves []fr.Element) *Tree {
	t := &Tree{depth: depth, z: zeros(depth), lv: make([]map[uint64]fr.Element, depth+1)}
	for l := range t.lv {
		t.lv[l] = make(map[uint64]fr.Element)
	}
	for i, v := range leaves {
		t.lv[0][uint64(i)] = v
	}
	n := uint64(len(leaves))
	for l := 1; l <= depth; l++ {
		n = (n + 1) / 2
		for p := range n {
			t.lv[l][p] = merkle.Node(t.Node(l-1, 2*p), t.Node(l-1, 2*p+1))
		}
	}
	return t
}

// Node is the node at height l, position pos.
func (t *Tree) Node(l int, pos uint64) fr.Element {
	if v, ok := t.lv[l][pos]; ok {
		return v
	}
	return t.z[l]
}

// Root is the tree's root.
func (t *Tree) Root() fr.Element { return t.Node(t.depth, 0) }

// Set writes leaf pos.
func (t *Tree) Set(pos uint64, v fr.Element) {
	t.lv[0][pos] = v
	for l := 1; l <= t.depth; l++ {
		pos >>= 1
		t.lv[l][pos] = merkle.Node(t.Node(l-1, 2*pos), t.Node(l-1, 2*pos+1))
	}
}

// ProveStep is the proof of writes against t (StepRoot's, with padding from zero on).
func (t *Tree) ProveStep(zero uint64, writes []Change) (*Proof, error) {
	p := &Proof{}
	level := make([]node, len(writes))
	for i, w := range writes {
		level[i].pos = w.Pos
		if w.Pos < zero {
			p.Leaves = append(p.Leaves, t.Node(0, w.Pos))
		}
	}
	_, _, _, err := walk(t.depth, zero, level, func(l int, pos uint64) (fr.Element, error) {
		v := t.Node(l, pos)
		p.Siblings = append(p.Siblings, v)
		return v, nil
	}, -1)
	if err != nil {
		return nil, err
	}
	return p, nil
}

// Apply writes writes into t (added gives added examples' leaves).
func (t *Tree) Apply(writes []Change, added func(uint64) (fr.Element, bool)) error {
	vals := make([]fr.Element, len(writes))
	for i, w := range writes {
		switch w.From.Kind {
		case KindNone:
			vals[i] = merkle.ZeroLeaf
		case KindBase:
			vals[i] = t.Node(0, w.From.Index)
		case KindAdded:
			v, ok := added(w.From.Index)
			if !ok {
				return fmt.Errorf("%w: added example %d", ErrPatch, w.From.Index)
			}
			vals[i] = v
		}
	}
	for i, w := range writes {
		t.Set(w.Pos, vals[i])
	}
	return nil
}
