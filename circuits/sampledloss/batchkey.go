package sampledloss

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
)

// BatchVerifierKey is a version-2 verifying key as the constructor
// arguments of the L1 contract BatchLossVerifier
// (l1/contracts/src/BatchLossVerifier.sol): G1 points as (x, y), G2 points
// in EIP-197 order (x.A1, x.A0, y.A1, y.A0), beta, gamma and delta negated.
type BatchVerifierKey struct {
	Alpha                       [2]*big.Int
	BetaNeg, GammaNeg, DeltaNeg [4]*big.Int
	// K holds the public-input bases: K0 (constant), K1 (the digest), K2
	// (the commitment challenge), each as x, y.
	K                           [6]*big.Int
	PedersenG, PedersenSigmaNeg [4]*big.Int
}

// NewBatchVerifierKey converts a verifying key (VerifyingKeyBytes) of a
// circuit with one public input and one commitment that commits to no public
// input, the shape of every version-2 circuit.
func NewBatchVerifierKey(vk []byte) (*BatchVerifierKey, error) {
	v, err := parseVK(vk)
	if err != nil {
		return nil, err
	}
	if len(v.CommitmentKeys) != 1 || len(v.PublicAndCommitmentCommitted) != 1 ||
		len(v.PublicAndCommitmentCommitted[0]) != 0 || len(v.G1.K) != 3 {
		return nil, fmt.Errorf("sampledloss: BatchLossVerifier needs one public input and one commitment over private wires, key has %d bases and %d commitments",
			len(v.G1.K), len(v.CommitmentKeys))
	}
	var k BatchVerifierKey
	k.Alpha = g1Words(v.G1.Alpha)
	var neg bn254.G2Affine
	k.BetaNeg = g2Words(*neg.Neg(&v.G2.Beta))
	k.GammaNeg = g2Words(*neg.Neg(&v.G2.Gamma))
	k.DeltaNeg = g2Words(*neg.Neg(&v.G2.Delta))
	for i := range 3 {
		w := g1Words(v.G1.K[i])
		k.K[2*i], k.K[2*i+1] = w[0], w[1]
	}
	k.PedersenG = g2Words(v.CommitmentKeys[0].G)
	k.PedersenSigmaNeg = g2Words(v.CommitmentKeys[0].GSigmaNeg)
	return &k, nil
}

func fpInt(e fp.Element) *big.Int { return e.BigInt(new(big.Int)) }

func g1Words(p bn254.G1Affine) [2]*big.Int { return [2]*big.Int{fpInt(p.X), fpInt(p.Y)} }

func g2Words(p bn254.G2Affine) [4]*big.Int {
	return [4]*big.Int{fpInt(p.X.A1), fpInt(p.X.A0), fpInt(p.Y.A1), fpInt(p.Y.A0)}
}
