package sampledloss

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/neuron-rollup/neuron/circuits/poseidon"
)

// ErrBadClaim is wrapped by Claim validation errors.
var ErrBadClaim = errors.New("sampledloss: bad claim")

// Claim is the public statement a proof is about. Field elements are 32-byte
// big-endian encodings (canonical: below the BN254 scalar modulus r), except
// Seed, which may be any 32 bytes and is reduced mod r.
type Claim struct {
	WeightCommitment [32]byte // poseidon.CommitWeights of the checkpoint
	DatasetRoot      [32]byte // merkle.NewDatasetTree root
	N                uint64   // number of examples, 1 <= N <= 2^Depth
	TraceRoot        [32]byte // merkle.NewSumTree root hash over the loss trace
	ClaimedLossSum   uint64   // the trace total (sum of per-example losses)
	Seed             [32]byte // the sampling seed, unknown at commit time
	Trainer          [20]byte // the trainer's address
	MLSC             uint64
	Round            uint64
}

// element reduces a big-endian byte string mod r.
func element(b []byte) fr.Element {
	var e fr.Element
	e.SetBytes(b)
	return e
}

func u64(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

// Elements returns the nine field elements the digest hashes, in order:
// WeightCommitment, DatasetRoot, N, TraceRoot, ClaimedLossSum, Seed, Trainer,
// MLSC, Round.
func (c Claim) Elements() [9]fr.Element {
	return [9]fr.Element{
		element(c.WeightCommitment[:]), element(c.DatasetRoot[:]), u64(c.N),
		element(c.TraceRoot[:]), u64(c.ClaimedLossSum), element(c.Seed[:]),
		element(c.Trainer[:]), u64(c.MLSC), u64(c.Round),
	}
}

// Digest is the proof's only public input: Poseidon2 Hash of Elements(), as
// a canonical 32-byte big-endian field element (the uint256 the Solidity
// verifier takes).
func (c Claim) Digest() [32]byte {
	e := c.Elements()
	d := poseidon.Hash(e[:]...)
	return d.Bytes()
}

// Validate checks that the roots and commitment are canonical field
// encodings and that N fits p. A claim that fails it may share its digest
// with another claim, so the protocol must reject it.
func (c Claim) Validate(p Params) error {
	for _, f := range []struct {
		name string
		b    [32]byte
	}{{"weight commitment", c.WeightCommitment}, {"dataset root", c.DatasetRoot}, {"trace root", c.TraceRoot}} {
		var e fr.Element
		if err := e.SetBytesCanonical(f.b[:]); err != nil {
			return fmt.Errorf("%w: %s is not a canonical field element", ErrBadClaim, f.name)
		}
	}
	if c.N < 1 || c.N > uint64(1)<<p.Depth {
		return fmt.Errorf("%w: N = %d, want 1..%d", ErrBadClaim, c.N, uint64(1)<<p.Depth)
	}
	return nil
}

// SampleIndices returns the k sampled indices of a seed over n examples:
// index j is (low 64 bits of Hash(seed mod r, j)) mod n. It panics if n == 0.
func SampleIndices(seed [32]byte, k int, n uint64) []uint64 {
	s := element(seed[:])
	out := make([]uint64, k)
	for j := range out {
		h := poseidon.Hash(s, u64(uint64(j)))
		b := h.Bytes()
		out[j] = binary.BigEndian.Uint64(b[24:]) % n
	}
	return out
}
