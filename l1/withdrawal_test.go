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

func TestWithdrawalLeaf(t *testing.T) {
	uint256, _ := abi.NewType("uint256", "", nil)
	address, _ := abi.NewType("address", "", nil)
	args := abi.Arguments{{Type: uint256}, {Type: address}, {Type: address}, {Type: uint256}}
	maxU256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	tests := []struct {
		id       uint64
		from, to common.Address
		amount   *big.Int
	}{
		{0, common.Address{}, common.Address{}, new(big.Int)},
		{1, common.HexToAddress("0x00000000000000000000000000000000000000a1"), common.HexToAddress("0xb2"), big.NewInt(1e18)},
		{^uint64(0), common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff"), common.HexToAddress("0x01"), maxU256},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.id), func(t *testing.T) {
			enc, err := args.Pack(new(big.Int).SetUint64(tt.id), tt.from, tt.to, tt.amount)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := l1.WithdrawalLeaf(tt.id, tt.from, tt.to, tt.amount), crypto.Keccak256Hash(enc); got != want {
				t.Fatalf("WithdrawalLeaf = %x, want keccak256(abi.encode(...)) = %x", got, want)
			}
		})
	}
	for _, bad := range []*big.Int{nil, big.NewInt(-1), new(big.Int).Lsh(big.NewInt(1), 256)} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("WithdrawalLeaf(amount %v) did not panic", bad)
				}
			}()
			l1.WithdrawalLeaf(0, common.Address{}, common.Address{}, bad)
		}()
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
	batch := [][32]byte{
		l1.WithdrawalLeaf(0, alice, alice, big.NewInt(5)),
		l1.WithdrawalLeaf(1, bob, alice, big.NewInt(7)),
		l1.WithdrawalLeaf(2, bob, bob, big.NewInt(1)),
	}
	root := l1.MerkleRoot(batch) // goes into the batch header as withdrawalRoot
	proof := l1.MerkleProof(batch, 1)
	// Bridge.claimWithdrawal(batchIndex, 1, bob, alice, 7, proof) checks the same thing:
	fmt.Println(len(proof), l1.VerifyMerkleProof(root, batch[1], proof))
	// Output: 2 true
}
