package rollup

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// VerifyStepProof reports whether leaf is leaf index of StepTreeRoot's tree over count
// leaves with root root, path being its siblings from the leaf up (StepTreeProof): exactly
// FaultProver.verifyLeaf and DataChallenge's check of a revealed leaf. An index at or past
// count, or a path of another length than ceil(log2(count)), is never verified.
func VerifyStepProof(root common.Hash, count, index uint64, leaf common.Hash, path []common.Hash) bool {
	if index >= count {
		return false
	}
	depth := 0
	for uint64(1)<<depth < count {
		depth++
	}
	if len(path) != depth {
		return false
	}
	h := leaf
	for _, s := range path {
		if index&1 == 0 {
			h = crypto.Keccak256Hash(h[:], s[:])
		} else {
			h = crypto.Keccak256Hash(s[:], h[:])
		}
		index >>= 1
	}
	return h == root
}
