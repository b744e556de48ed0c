// Package l1 holds what the L2 and the L1 contracts must agree on bit for bit, starting with
// the withdrawal tree: the L2 commits each batch's withdrawals as a Merkle root, and the
// Bridge contract pays a withdrawal on a proof that OpenZeppelin's MerkleProof accepts.
//
// Subpackages: contracts (Solidity sources and compiler output), bindings (abigen v2),
// deploy (the deployer).
package l1

import (
	"bytes"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Withdrawal is an L2 withdrawal as the Bridge pays it, with the chain it belongs to.
type Withdrawal struct {
	// L2ChainID and Rollup name the chain: the L2 chain id (rollup.Config.ChainID) and the
	// L1 Rollup contract that settles it (rollup.Config.Rollup), which has exactly one Bridge.
	L2ChainID uint64
	Rollup    common.Address
	ID        uint64
	From, To  common.Address
	Amount    *big.Int
}

// Leaf is the withdrawal tree leaf of w, as Bridge.withdrawalLeaf computes it:
// keccak256(keccak256(abi.encode(uint256 l2ChainId, address rollup, uint256 id, address from,
// address to, uint256 amount))). Hashing twice (OpenZeppelin's StandardMerkleTree) makes a
// leaf the hash of 32 bytes and an inner node the hash of 64, so no inner node is a leaf. It
// panics if Amount is nil, negative or wider than 256 bits, which the L2 must never produce.
func (w Withdrawal) Leaf() [32]byte {
	if w.Amount == nil || w.Amount.Sign() < 0 || w.Amount.BitLen() > 256 {
		panic(fmt.Sprintf("l1: withdrawal amount %v is not a uint256", w.Amount))
	}
	var enc [6 * 32]byte
	new(big.Int).SetUint64(w.L2ChainID).FillBytes(enc[0:32])
	copy(enc[32+12:64], w.Rollup[:])
	new(big.Int).SetUint64(w.ID).FillBytes(enc[64:96])
	copy(enc[96+12:128], w.From[:])
	copy(enc[128+12:160], w.To[:])
	w.Amount.FillBytes(enc[160:192])
	inner := crypto.Keccak256Hash(enc[:])
	return crypto.Keccak256Hash(inner[:])
}

// WithdrawalLeaf is Withdrawal{l2ChainID, rollup, id, from, to, amount}.Leaf().
func WithdrawalLeaf(l2ChainID uint64, rollup common.Address, id uint64, from, to common.Address, amount *big.Int) [32]byte {
	return Withdrawal{L2ChainID: l2ChainID, Rollup: rollup, ID: id, From: from, To: to, Amount: amount}.Leaf()
}

// VerifyWithdrawal reports whether proof leads from w's leaf to root, as
// Bridge.claimWithdrawal checks it. It takes the withdrawal, not a leaf, so that (as on L1)
// only a withdrawal's own leaf can be proven, never an inner node of the tree.
func VerifyWithdrawal(root [32]byte, w Withdrawal, proof [][32]byte) bool {
	return VerifyMerkleProof(root, w.Leaf(), proof)
}

// MerkleTree is a binary Merkle tree over keccak256 with commutative (sorted-pair) hashing,
// the tree OpenZeppelin's MerkleProof.verify checks against. Leaves keep the caller's order.
// Each layer pairs nodes (0,1), (2,3), ...; when a layer has an odd count its last node is
// carried up unchanged. The root of one leaf is the leaf; of no leaves, the zero hash.
//
// A MerkleTree is immutable once built and safe for concurrent use.
type MerkleTree struct {
	layers [][][32]byte // layers[0] are the leaves, the last layer is the root (if any leaves)
}

// NewMerkleTree builds the tree over leaves in O(len(leaves)). It copies leaves.
func NewMerkleTree(leaves [][32]byte) *MerkleTree {
	layer := append([][32]byte(nil), leaves...)
	t := &MerkleTree{layers: [][][32]byte{layer}}
	for len(layer) > 1 {
		next := make([][32]byte, 0, (len(layer)+1)/2)
		for i := 0; i+1 < len(layer); i += 2 {
			next = append(next, hashPair(layer[i], layer[i+1]))
		}
		if len(layer)%2 == 1 {
			next = append(next, layer[len(layer)-1])
		}
		t.layers = append(t.layers, next)
		layer = next
	}
	return t
}

// Len is the number of leaves.
func (t *MerkleTree) Len() int { return len(t.layers[0]) }

// Root is the tree's root, the zero hash for an empty tree.
func (t *MerkleTree) Root() [32]byte {
	top := t.layers[len(t.layers)-1]
	if len(top) == 0 {
		return [32]byte{}
	}
	return top[0]
}

// Proof is the proof for leaf i: the sibling hashes from the leaf up, skipping layers where
// the node is carried up without a sibling. The caller owns the returned slice. Proof panics
// if i is out of range.
func (t *MerkleTree) Proof(i int) [][32]byte {
	if i < 0 || i >= t.Len() {
		panic(fmt.Sprintf("l1: merkle proof index %d out of range [0, %d)", i, t.Len()))
	}
	var proof [][32]byte
	for _, layer := range t.layers[:len(t.layers)-1] {
		if sibling := i ^ 1; sibling < len(layer) {
			proof = append(proof, layer[sibling])
		}
		i /= 2
	}
	return proof
}

// MerkleRoot is NewMerkleTree(leaves).Root().
func MerkleRoot(leaves [][32]byte) [32]byte {
	return NewMerkleTree(leaves).Root()
}

// MerkleProof is NewMerkleTree(leaves).Proof(i); build the tree once to prove many leaves.
func MerkleProof(leaves [][32]byte, i int) [][32]byte {
	return NewMerkleTree(leaves).Proof(i)
}

// VerifyMerkleProof reports whether proof leads from leaf to root, exactly as OpenZeppelin's
// MerkleProof.verify does. Like it, it accepts any 32-byte node as the leaf, inner nodes
// included; a withdrawal is checked with VerifyWithdrawal, which computes the leaf itself.
func VerifyMerkleProof(root, leaf [32]byte, proof [][32]byte) bool {
	h := leaf
	for _, p := range proof {
		h = hashPair(h, p)
	}
	return h == root
}

// hashPair is OpenZeppelin's Hashes.commutativeKeccak256: keccak256 of the smaller word first.
func hashPair(a, b [32]byte) [32]byte {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}
