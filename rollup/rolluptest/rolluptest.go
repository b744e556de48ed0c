// Package rolluptest holds stand-ins for tests of the packages above rollup:
// a loss verifier that makes loss proofs cheap to produce, so that they go
// through the state transition, block metadata, batches and L1 as real ones
// do, without the cost of Groth16.
package rolluptest

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/neuron-rollup/neuron/rollup"
)

// HashProofs is a rollup.LossVerifier that accepts exactly the proof
// ClaimDigest(claim) for any spec. It is stateless and safe for concurrent
// use.
type HashProofs struct{}

var _ rollup.LossVerifier = HashProofs{}

// Supports accepts every spec.
func (HashProofs) Supports(*rollup.MLSCSpec) error { return nil }

// CircuitID follows the sample count, so MLSCs can have different circuits.
func (HashProofs) CircuitID(spec *rollup.MLSCSpec) (common.Hash, error) {
	return crypto.Keccak256Hash(fmt.Appendf(nil, "hash k=%d", spec.SampleCount)), nil
}

// Verify accepts the proof ClaimDigest(c) only; otherwise it wraps
// rollup.ErrBadProof.
func (HashProofs) Verify(_ *rollup.MLSCSpec, c *rollup.Claim, proof []byte) error {
	if len(proof) != common.HashLength || common.BytesToHash(proof) != ClaimDigest(c) {
		return fmt.Errorf("%w: not the claim's digest", rollup.ErrBadProof)
	}
	return nil
}

// PublicInput is ClaimDigest(c).
func (HashProofs) PublicInput(_ *rollup.MLSCSpec, c *rollup.Claim) (common.Hash, error) {
	return ClaimDigest(c), nil
}

// ClaimDigest is keccak256(rlp(c)): the one proof HashProofs accepts.
func ClaimDigest(c *rollup.Claim) common.Hash {
	b, _ := rlp.EncodeToBytes(c)
	return crypto.Keccak256Hash(b)
}
