package rollup

import (
	"bytes"
	"fmt"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
)

// DeletionWitness is what L1's StepTrie.remove takes to delete key from t (a trie keyed by
// keccak256(key), as the state's): the RLP list of the nodes from the root to its leaf and the
// node its branch collapses into (nil if none: deleteSibling).
func DeletionWitness(t *trie.Trie, key []byte) (proof, sibling []byte, err error) {
	hk := crypto.Keccak256(key)
	var p orderedProof
	if err := t.Prove(hk, &p); err != nil {
		return nil, nil, fmt.Errorf("%w: prove %x: %v", ErrStepWitness, key, err)
	}
	if proof, err = rlp.EncodeToBytes([][]byte(p)); err != nil {
		return nil, nil, err
	}
	sibling, err = deleteSibling(t, hk, p)
	return proof, sibling, err
}

// deleteSibling is what L1's StepTrie.remove needs besides the inclusion proof p of hashed key
// hk in t to delete it: when the leaf's branch keeps a single child, that child's node (the
// branch collapses into it); else nil. The node is read from the proof of any key under it
// (the first leaf t holds at or after its path), whose nodes down to the branch are p's.
func deleteSibling(t *trie.Trie, hk []byte, p [][]byte) ([]byte, error) {
	if len(p) < 2 {
		return nil, nil
	}
	path := keyNibbles(hk)
	d := 0
	for _, enc := range p[:len(p)-2] {
		items, err := rawItems(enc)
		if err != nil {
			return nil, err
		}
		switch len(items) {
		case 17:
			d++
		case 2:
			var c []byte
			if err := rlp.DecodeBytes(items[0], &c); err != nil {
				return nil, fmt.Errorf("%w: node path: %v", ErrStepWitness, err)
			}
			d += len(compactNibbles(c))
		default:
			return nil, fmt.Errorf("%w: a trie node of %d items", ErrStepWitness, len(items))
		}
	}
	branch, err := rawItems(p[len(p)-2])
	if err != nil || len(branch) != 17 || d >= len(path) {
		return nil, fmt.Errorf("%w: the leaf of %x is not under a branch: %v", ErrStepWitness, hk, err)
	}
	j, kept := 0, 0
	for k := range 16 {
		if k != int(path[d]) && len(branch[k]) > 1 {
			j, kept = k, kept+1
		}
	}
	if kept != 1 {
		return nil, nil
	}
	prefix := append(bytes.Clone(path[:d]), byte(j))
	start := make([]byte, 32)
	for i, n := range prefix {
		start[i/2] |= n << (4 * (1 - i%2))
	}
	it, err := t.NodeIterator(start)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrStepWitness, err)
	}
	for it.Next(true) {
		if !it.Leaf() {
			continue
		}
		lk := it.LeafKey()
		if !bytes.HasPrefix(keyNibbles(lk), prefix) {
			break
		}
		var q orderedProof
		if err := t.Prove(lk, &q); err != nil || len(q) < len(p) {
			return nil, fmt.Errorf("%w: prove the sibling of %x: %v", ErrStepWitness, hk, err)
		}
		return q[len(p)-1], nil
	}
	return nil, fmt.Errorf("%w: no leaf under the sibling of %x: %v", ErrStepWitness, hk, it.Error())
}

// rawItems are the raw items of RLP list enc.
func rawItems(enc []byte) ([][]byte, error) {
	content, _, err := rlp.SplitList(enc)
	if err != nil {
		return nil, fmt.Errorf("%w: trie node: %v", ErrStepWitness, err)
	}
	var out [][]byte
	for len(content) > 0 {
		_, _, rest, err := rlp.Split(content)
		if err != nil {
			return nil, fmt.Errorf("%w: trie node: %v", ErrStepWitness, err)
		}
		out = append(out, content[:len(content)-len(rest)])
		content = rest
	}
	return out, nil
}

// keyNibbles are the nibbles of b.
func keyNibbles(b []byte) []byte {
	out := make([]byte, 2*len(b))
	for i, c := range b {
		out[2*i], out[2*i+1] = c>>4, c&0x0f
	}
	return out
}

// compactNibbles are the nibbles of hex-prefix path c (without its flag).
func compactNibbles(c []byte) []byte {
	if len(c) == 0 {
		return nil
	}
	n := keyNibbles(c)
	if c[0]&0x10 != 0 {
		return n[1:]
	}
	return n[2:]
}
