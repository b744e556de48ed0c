package l1

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ProofRef names one loss proof a batch applied: its circuit id (CircuitIDOfKey) and its
// public input (the claim digest, big-endian).
type ProofRef struct {
	Circuit common.Hash `json:"circuit"`
	Digest  common.Hash `json:"digest"`
}

// ProofsHash is the commitment a batch header makes to the loss proofs the batch's blocks
// applied, in order: keccak256 of the concatenated 64-byte (circuit ‖ digest) pairs, and
// the zero hash for none (as withdrawalRoot is zero for no withdrawals). Rollup.submitBatch
// computes the same over the proofs it is given and requires it to equal
// BatchHeader.proofsHash, so a batch settles only with exactly these proofs, in this order.
func ProofsHash(refs []ProofRef) common.Hash {
	if len(refs) == 0 {
		return common.Hash{}
	}
	enc := make([]byte, 0, 64*len(refs))
	for _, r := range refs {
		enc = append(enc, r.Circuit[:]...)
		enc = append(enc, r.Digest[:]...)
	}
	return crypto.Keccak256Hash(enc)
}
