package rollup

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/neuron-rollup/neuron/l1"
)

// TestWithdrawalFrontier: appending leaves one by one gives l1.MerkleRoot of them (the
// Bridge's withdrawal tree) at every count, which is what lets L1 check a batch's
// withdrawal root step by step.
func TestWithdrawalFrontier(t *testing.T) {
	var f WithdrawalFrontier
	var leaves [][32]byte
	for n := 0; n <= 70; n++ {
		if got, want := f.Root(), common.Hash(l1.MerkleRoot(leaves)); got != want {
			t.Fatalf("%d leaves: frontier root %x, l1.MerkleRoot %x", n, got, want)
		}
		leaf := l1.WithdrawalLeaf(1, common.Address{1}, uint64(n), common.Address{2}, common.Address{3}, big.NewInt(int64(n+1)))
		leaves = append(leaves, leaf)
		f = f.Append(leaf)
	}
}

// TestStepTreeProof: every leaf's path leads to the root, and no other leaf's does.
func TestStepTreeProof(t *testing.T) {
	for n := 1; n <= 9; n++ {
		leaves := make([]common.Hash, n)
		for i := range leaves {
			leaves[i] = crypto.Keccak256Hash([]byte{byte(n), byte(i)})
		}
		root := StepTreeRoot(leaves)
		for i := range leaves {
			p := StepTreeProof(leaves, i)
			if got := foldPath(leaves[i], i, p); got != root {
				t.Fatalf("n=%d leaf %d: path gives %x, root %x", n, i, got, root)
			}
			if got := foldPath(leaves[(i+1)%n], i, p); n > 1 && got == root {
				t.Fatalf("n=%d: leaf %d's path proves another leaf", n, i)
			}
		}
	}
}

func foldPath(h common.Hash, i int, p []common.Hash) common.Hash {
	for _, s := range p {
		if i&1 == 0 {
			h = crypto.Keccak256Hash(h[:], s[:])
		} else {
			h = crypto.Keccak256Hash(s[:], h[:])
		}
		i >>= 1
	}
	return h
}
