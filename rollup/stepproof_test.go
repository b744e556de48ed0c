package rollup

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestVerifyStepProof: every leaf of trees of 1 to 9 leaves verifies with its StepTreeProof;
// another leaf, another index, an index past the count, a changed or shortened path and
// another count do not.
func TestVerifyStepProof(t *testing.T) {
	for n := 1; n <= 9; n++ {
		leaves := make([]common.Hash, n)
		for i := range leaves {
			leaves[i] = common.Hash{byte(n), byte(i + 1)}
		}
		root := StepTreeRoot(leaves)
		for i := range leaves {
			p := StepTreeProof(leaves, i)
			if !VerifyStepProof(root, uint64(n), uint64(i), leaves[i], p) {
				t.Fatalf("%d leaves: leaf %d does not verify", n, i)
			}
			bad := map[string]bool{
				"another leaf":  VerifyStepProof(root, uint64(n), uint64(i), common.Hash{9}, p),
				"index ≥ count": VerifyStepProof(root, uint64(n), uint64(n), leaves[i], p),
				"count + 1":     n > 1 && VerifyStepProof(root, uint64(2*n), uint64(i), leaves[i], p),
			}
			if n > 1 {
				q := append([]common.Hash(nil), p...)
				q[0][0] ^= 1
				bad["changed path"] = VerifyStepProof(root, uint64(n), uint64(i), leaves[i], q)
				bad["short path"] = VerifyStepProof(root, uint64(n), uint64(i), leaves[i], p[1:])
				bad["another index"] = VerifyStepProof(root, uint64(n), uint64(i^1), leaves[i], p)
			}
			for name, ok := range bad {
				if ok {
					t.Fatalf("%d leaves, leaf %d: %s verifies", n, i, name)
				}
			}
		}
	}
}
