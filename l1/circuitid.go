package l1

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrBadKey is returned for a verifying key that has no circuit id.
var ErrBadKey = errors.New("l1: verifying key has no circuit id")

// CircuitIDOfKey is how the Rollup contract names a sampled-loss circuit: keccak256 of its
// verifying key's canonical encoding (KeyWords), so that an id names exactly one key. For a
// version-2 key (one public input, one commitment over private wires) this is
// Rollup.circuitIdOf(key), the id under which Rollup.registerVerifier(key) deploys the key's
// BatchLossVerifier. vk is gnark's serialization (sampledloss.Keys.VerifyingKeyBytes); it is
// parsed with gnark's curve and subgroup checks.
func CircuitIDOfKey(vk []byte) (common.Hash, error) {
	words, err := KeyWords(vk)
	if err != nil {
		return common.Hash{}, err
	}
	enc := make([]byte, 32*len(words))
	for i, w := range words {
		w.FillBytes(enc[32*i : 32*i+32])
	}
	return crypto.Keccak256Hash(enc), nil
}

// KeyWords is the canonical encoding of a Groth16 BN254 verifying key as uint256 words, the
// order in which the L1 verifiers take them (abi.encode of Rollup.VerifyingKey for a
// version-2 key): alpha (G1: x, y); -beta, -gamma, -delta (G2 in EIP-197 order: x.a1, x.a0,
// y.a1, y.a0); the public-input bases K_0 .. K_n (G1 each); then for each Pedersen commitment
// key its G and -sigma G (G2). A key whose commitments commit to public inputs is refused
// (ErrBadKey): no L1 verifier supports it, and the encoding would not name it.
func KeyWords(vk []byte) ([]*big.Int, error) {
	var v groth16bn254.VerifyingKey
	if _, err := v.ReadFrom(bytes.NewReader(vk)); err != nil {
		return nil, fmt.Errorf("%w: parse: %w", ErrBadKey, err)
	}
	for i, c := range v.PublicAndCommitmentCommitted {
		if len(c) != 0 {
			return nil, fmt.Errorf("%w: commitment %d commits to %d public inputs", ErrBadKey, i, len(c))
		}
	}
	var words []*big.Int
	g1 := func(p bn254.G1Affine) { words = append(words, fpInt(p.X), fpInt(p.Y)) }
	g2 := func(p bn254.G2Affine) {
		words = append(words, fpInt(p.X.A1), fpInt(p.X.A0), fpInt(p.Y.A1), fpInt(p.Y.A0))
	}
	var neg bn254.G2Affine
	g1(v.G1.Alpha)
	g2(*neg.Neg(&v.G2.Beta))
	g2(*neg.Neg(&v.G2.Gamma))
	g2(*neg.Neg(&v.G2.Delta))
	for _, k := range v.G1.K {
		g1(k)
	}
	for _, c := range v.CommitmentKeys {
		g2(c.G)
		g2(c.GSigmaNeg)
	}
	return words, nil
}

func fpInt(e fp.Element) *big.Int { return e.BigInt(new(big.Int)) }
