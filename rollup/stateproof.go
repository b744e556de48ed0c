package rollup

import (
	"bytes"
	"fmt"

	"github.com/ethereum/go-ethereum/crypto"
)

// orderedProof collects trie proof nodes in the order Trie.Prove writes
// them: from the root down to the entry.
type orderedProof [][]byte

func (p *orderedProof) Put(_ []byte, value []byte) error {
	*p = append(*p, bytes.Clone(value))
	return nil
}

func (p *orderedProof) Delete([]byte) error { return nil }

// ProveOrdered returns the trie nodes proving the entry at key against
// Root, from the root down: the order L1 checks them in (the Bridge's exits,
// Optimism's MerkleTrie). VerifyProof accepts them too. A key that is absent
// yields a proof of absence, which L1 refuses. Call it only right after
// Commit. The caller owns the returned slices.
func (s *State) ProveOrdered(key []byte) ([][]byte, error) {
	var p orderedProof
	if err := s.trie.Prove(crypto.Keccak256(key), &p); err != nil {
		return nil, fmt.Errorf("prove: %w", err)
	}
	return p, nil
}
