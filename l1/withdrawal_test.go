package l1_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/neuron-rollup/neuron/l1"
)

var testRollup = common.HexToAddress("0x5011")

func TestWithdrawalLeaf(t *testing.T) {
	uint256, _ := abi.NewType("uint256", "", nil)
	address, _ := abi.NewType("address", "", nil)
	args := abi.Arguments{{Type: uint256}, {Type: address}, {Type: uint256}, {Type: address}, {Type: address}, {Type: uint256}}
	maxU256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	tests := []l1.Withdrawal{
		{L2ChainID: 1, ID: 0, Amount: new(big.Int)},
		{L2ChainID: 7, Rollup: testRollup, ID: 1, From: common.HexToAddress("0xa1"), To: common.HexToAddress("0xb2"), Amount: big.NewInt(1e18)},
		{L2ChainID: ^uint64(0), Rollup: common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff"), ID: ^uint64(0),
			From: common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff"), To: common.HexToAddress("0x01"), Amount: maxU256},
	}
	for _, w := range tests {
		t.Run(fmt.Sprint(w.ID), func(t *testing.T) {
			enc, err := args.Pack(new(big.Int).SetUint64(w.L2ChainID), w.Rollup, new(big.Int).SetUint64(w.ID), w.From, w.To, w.Amount)
			if err != nil {
				t.Fatal(err)
			}
			inner := crypto.Keccak256(enc)
			want := crypto.Keccak256Hash(inner)
			if got := w.Leaf(); got != want {
				t.Fatalf("Leaf = %x, want keccak256(keccak256(abi.encode(...))) = %x", got, want)
			}
			if got := l1.WithdrawalLeaf(w.L2ChainID, w.Rollup, w.ID, w.From, w.To, w.Amount); got != want {
				t.Fatalf("WithdrawalLeaf = %x, want %x", got, want)
			}
		})
	}
	// The chain id and the Rollup are bound: the same withdrawal of another chain or
	// deployment has another leaf.
	w := tests[1]
	other := w
	other.L2ChainID++
	if other.Leaf() == w.Leaf() {
		t.Error("leaf does not bind the L2 chain id")
	}
	other = w
	other.Rollup = common.HexToAddress("0x5012")
	if other.Leaf() == w.Leaf() {
		t.Error("leaf does not bind the Rollup")
	}
	for _, bad := range []*big.Int{nil, big.NewInt(-1), new(big.Int).Lsh(big.NewInt(1), 256)} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("WithdrawalLeaf(amount %v) did not panic", bad)
				}
			}()
			l1.WithdrawalLeaf(1, testRollup, 0, common.Address{}, common.Address{}, bad)
		}()
	}
}

// TestInnerNodeIsNotALeaf: an inner node of a withdrawal tree, with the rest of its path,
// leads to the root, so a verifier that accepts any 32-byte leaf (VerifyMerkleProof, as
// OpenZeppelin's MerkleProof.verify) accepts it. VerifyWithdrawal takes the withdrawal and
// hashes its leaf twice: a leaf is keccak256 of 32 bytes, an inner node keccak256 of 64, so
// the 64 bytes under an inner node, read as a withdrawal's inner hash, never give that node.
func TestInnerNodeIsNotALeaf(t *testing.T) {
	ws := make([]l1.Withdrawal, 4)
	l := make([][32]byte, len(ws))
	for i := range ws {
		ws[i] = l1.Withdrawal{L2ChainID: 7, Rollup: testRollup, ID: uint64(i), From: common.Address{1}, To: common.Address{2}, Amount: big.NewInt(int64(i + 1))}
		l[i] = ws[i].Leaf()
	}
	tree := l1.NewMerkleTree(l)
	root := tree.Root()
	for i, w := range ws {
		if !l1.VerifyWithdrawal(root, w, tree.Proof(i)) {
			t.Fatalf("withdrawal %d does not verify", i)
		}
	}
	node := pair(l[0], l[1]) // inner node over withdrawals 0 and 1
	path := tree.Proof(0)[1:]
	if !l1.VerifyMerkleProof(root, node, path) {
		t.Fatal("inner node with its path does not lead to the root")
	}
	lo, hi := l[0], l[1]
	if new(big.Int).SetBytes(lo[:]).Cmp(new(big.Int).SetBytes(hi[:])) > 0 {
		lo, hi = hi, lo
	}
	children := append(lo[:], hi[:]...)
	if crypto.Keccak256Hash(children) != node {
		t.Fatal("node is not keccak256 of its children")
	}
	if leafOf := crypto.Keccak256Hash(crypto.Keccak256(children)); leafOf == node {
		t.Fatal("a leaf hash of the inner node's preimage equals the node")
	}
	// Changing any field of a withdrawal breaks its proof.
	forged := ws[1]
	forged.Amount = big.NewInt(100)
	if l1.VerifyWithdrawal(root, forged, tree.Proof(1)) {
		t.Fatal("a forged withdrawal verifies")
	}
}

func TestProofsHash(t *testing.T) {
	a := l1.ProofRef{Circuit: common.Hash{1}, Digest: common.Hash{2}}
	b := l1.ProofRef{Circuit: common.Hash{3}, Digest: common.Hash{4}}
	if got := l1.ProofsHash(nil); got != (common.Hash{}) {
		t.Fatalf("ProofsHash(none) = %x, want zero", got)
	}
	if got, want := l1.ProofsHash([]l1.ProofRef{a, b}), crypto.Keccak256Hash(a.Circuit[:], a.Digest[:], b.Circuit[:], b.Digest[:]); got != want {
		t.Fatalf("ProofsHash = %x, want %x", got, want)
	}
	for name, other := range map[string][]l1.ProofRef{"one": {a}, "reordered": {b, a}, "repeated": {a, b, a}} {
		if l1.ProofsHash(other) == l1.ProofsHash([]l1.ProofRef{a, b}) {
			t.Errorf("ProofsHash of %s list equals that of the list", name)
		}
	}
}

func leaves(n int) [][32]byte {
	out := make([][32]byte, n)
	for i := range out {
		out[i] = crypto.Keccak256Hash([]byte{byte(i)})
	}
	return out
}

// pair is OpenZeppelin's commutative keccak, written out for the expected roots.
func pair(a, b [32]byte) [32]byte {
	if new(big.Int).SetBytes(a[:]).Cmp(new(big.Int).SetBytes(b[:])) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

func TestMerkleRoot(t *testing.T) {
	l := leaves(5)
	tests := []struct {
		n    int
		want [32]byte
	}{
		{0, [32]byte{}},
		{1, l[0]},
		{2, pair(l[0], l[1])},
		{3, pair(pair(l[0], l[1]), l[2])}, // l[2] carried up
		{4, pair(pair(l[0], l[1]), pair(l[2], l[3]))},             //
		{5, pair(pair(pair(l[0], l[1]), pair(l[2], l[3])), l[4])}, // l[4] carried up twice
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.n), func(t *testing.T) {
			if got := l1.MerkleRoot(l[:tt.n]); got != tt.want {
				t.Fatalf("MerkleRoot(%d leaves) = %x, want %x", tt.n, got, tt.want)
			}
		})
	}
}

func TestMerkleProof(t *testing.T) {
	for n := 1; n <= 17; n++ {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			l := leaves(n)
			tree := l1.NewMerkleTree(l)
			root := tree.Root()
			if root != l1.MerkleRoot(l) {
				t.Fatal("tree root differs from MerkleRoot")
			}
			for i := range l {
				proof := tree.Proof(i)
				if !l1.VerifyMerkleProof(root, l[i], proof) {
					t.Fatalf("proof of leaf %d does not verify", i)
				}
				if fmt.Sprint(proof) != fmt.Sprint(l1.MerkleProof(l, i)) {
					t.Fatalf("tree.Proof(%d) differs from MerkleProof", i)
				}
				if n > 1 && l1.VerifyMerkleProof(root, l[(i+1)%n], proof) {
					t.Fatalf("proof of leaf %d verifies leaf %d", i, (i+1)%n)
				}
				if len(proof) > 0 {
					proof[len(proof)-1][0] ^= 1
					if l1.VerifyMerkleProof(root, l[i], proof) {
						t.Fatalf("tampered proof of leaf %d verifies", i)
					}
				}
			}
		})
	}
}

func TestMerkleProofOutOfRange(t *testing.T) {
	for _, tt := range []struct{ n, i int }{{0, 0}, {3, 3}, {3, -1}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Proof(%d) of %d leaves did not panic", tt.i, tt.n)
				}
			}()
			l1.MerkleProof(leaves(tt.n), tt.i)
		}()
	}
}

func ExampleMerkleProof() {
	alice := common.HexToAddress("0xa11ce")
	bob := common.HexToAddress("0xb0b")
	rollup := common.HexToAddress("0x5011") // the Rollup of L2 chain 7
	batch := [][32]byte{
		l1.WithdrawalLeaf(7, rollup, 0, alice, alice, big.NewInt(5)),
		l1.WithdrawalLeaf(7, rollup, 1, bob, alice, big.NewInt(7)),
		l1.WithdrawalLeaf(7, rollup, 2, bob, bob, big.NewInt(1)),
	}
	root := l1.MerkleRoot(batch) // goes into the batch header as withdrawalRoot
	proof := l1.MerkleProof(batch, 1)
	// Bridge.claimWithdrawal(batchIndex, 1, bob, alice, 7, proof) checks the same thing:
	w := l1.Withdrawal{L2ChainID: 7, Rollup: rollup, ID: 1, From: bob, To: alice, Amount: big.NewInt(7)}
	fmt.Println(len(proof), l1.VerifyWithdrawal(root, w, proof))
	// Output: 2 true
}
