package verifydiff

import (
	"bytes"
	"math/big"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/simchain"
)

// TestVerifiersAgree runs named re-encodings and forgeries of honest proofs
// through the native verifier and the L1 verifier: each must be accepted by
// both or rejected by both, as the table says. A re-encoding that the L2
// accepts and the L1 rejects lets anyone copy an honest LossProof, re-encode
// it, collect the reward on L2 and make the batch holding it revert on L1.
func TestVerifiersAgree(t *testing.T) {
	h := newHarness(t)
	v1, v2 := h.v1Proof, h.v2Proofs
	pt1 := func(name string) point { return pointNamed(256, name) }
	pt2 := func(name string) point { return pointNamed(384, name) }
	junk := bytes.Repeat([]byte{0xa5}, 32)
	r := fieldR

	single := func(kind verifierKind, proof []byte, digest [32]byte) call {
		return call{kind: kind, proofs: [][]byte{proof}, digests: [][32]byte{digest}}
	}
	one := func(proof []byte, digest [32]byte) call { return single(v1Single, proof, digest) }
	two := func(proof []byte, digest [32]byte) call { return single(v2Single, proof, digest) }
	batch := func(ps ...proofCase) call {
		c := call{kind: v2Batch}
		for _, p := range ps {
			c.proofs, c.digests = append(c.proofs, p.proof), append(c.digests, p.digest)
		}
		return c
	}

	for _, tc := range []struct {
		name   string
		call   call
		accept bool
	}{
		{"v1/honest", one(v1.proof, v1.digest), true},
		// Groth16 proofs are malleable: (-A, -B) is another valid proof of the same
		// claim, and both verifiers say so.
		{"v1/A and B negated", one(negated(v1.proof, pt1("A"), pt1("B")), v1.digest), true},
		{"v1/A compressed + 32 junk bytes", one(compressed(v1.proof, pt1("A"), junk), v1.digest), false},
		{"v1/A compressed + 32 zero bytes", one(compressed(v1.proof, pt1("A"), nil), v1.digest), false},
		{"v1/B compressed + 64 junk bytes", one(compressed(v1.proof, pt1("B"), junk), v1.digest), false},
		{"v1/C compressed + 32 junk bytes", one(compressed(v1.proof, pt1("C"), junk), v1.digest), false},
		{"v1/A.x + p", one(plusP(v1.proof, 0), v1.digest), false},
		{"v1/A.y + p", one(plusP(v1.proof, 1), v1.digest), false},
		{"v1/B.x.A1 + p", one(plusP(v1.proof, 2), v1.digest), false},
		{"v1/B.y.A0 + p", one(plusP(v1.proof, 5), v1.digest), false},
		{"v1/C.y + p", one(plusP(v1.proof, 7), v1.digest), false},
		{"v1/A negated", one(negated(v1.proof, pt1("A")), v1.digest), false},
		{"v1/B negated", one(negated(v1.proof, pt1("B")), v1.digest), false},
		{"v1/A off the curve", one(offCurve(v1.proof, pt1("A")), v1.digest), false},
		{"v1/B off the curve", one(offCurve(v1.proof, pt1("B")), v1.digest), false},
		{"v1/C off the curve", one(offCurve(v1.proof, pt1("C")), v1.digest), false},
		{"v1/B outside the G2 subgroup", one(outsideSubgroup(v1.proof, []byte("b")), v1.digest), false},
		{"v1/A at infinity", one(infinity(v1.proof, pt1("A")), v1.digest), false},
		{"v1/B at infinity", one(infinity(v1.proof, pt1("B")), v1.digest), false},
		{"v1/C at infinity", one(infinity(v1.proof, pt1("C")), v1.digest), false},
		{"v1/A as gnark's infinity flag", one(gnarkInfinity(v1.proof, pt1("A")), v1.digest), false},
		{"v1/A another group element", one(otherG1(v1.proof, pt1("A"), []byte("a")), v1.digest), false},
		{"v1/byte 100 flipped", one(xorAt(v1.proof, 100, []byte{1}), v1.digest), false},
		{"v1/digest + r", one(v1.proof, digestPlus(v1.digest, r)), false},
		{"v1/digest + 1", one(v1.proof, digestPlus(v1.digest, big.NewInt(1))), false},
		{"v1/digest 2^256-1", one(v1.proof, [32]byte(bytes.Repeat([]byte{0xff}, 32))), false},
		{"v1/truncated to 255 bytes", one(v1.proof[:255], v1.digest), false},
		{"v1/extended by 32 zero bytes", one(append(bytes.Clone(v1.proof), make([]byte, 32)...), v1.digest), false},
		{"v1/version-2 proof", one(v2[0].proof, v2[0].digest), false},

		{"v2/honest", two(v2[0].proof, v2[0].digest), true},
		{"v2/A and B negated", two(negated(v2[0].proof, pt2("A"), pt2("B")), v2[0].digest), true},
		{"v2/A compressed + 32 junk bytes", two(compressed(v2[0].proof, pt2("A"), junk), v2[0].digest), false},
		{"v2/B compressed + 64 junk bytes", two(compressed(v2[0].proof, pt2("B"), junk), v2[0].digest), false},
		{"v2/D compressed + 32 junk bytes", two(compressed(v2[0].proof, pt2("D"), junk), v2[0].digest), false},
		{"v2/P compressed + 32 junk bytes", two(compressed(v2[0].proof, pt2("P"), junk), v2[0].digest), false},
		{"v2/D.x + p", two(plusP(v2[0].proof, 8), v2[0].digest), false},
		{"v2/P.y + p", two(plusP(v2[0].proof, 11), v2[0].digest), false},
		{"v2/B.x.A0 + p", two(plusP(v2[0].proof, 3), v2[0].digest), false},
		{"v2/D negated", two(negated(v2[0].proof, pt2("D")), v2[0].digest), false},
		{"v2/D and P negated", two(negated(v2[0].proof, pt2("D"), pt2("P")), v2[0].digest), false},
		{"v2/D off the curve", two(offCurve(v2[0].proof, pt2("D")), v2[0].digest), false},
		{"v2/P off the curve", two(offCurve(v2[0].proof, pt2("P")), v2[0].digest), false},
		{"v2/B outside the G2 subgroup", two(outsideSubgroup(v2[0].proof, []byte("b2")), v2[0].digest), false},
		{"v2/D at infinity", two(infinity(v2[0].proof, pt2("D")), v2[0].digest), false},
		{"v2/P at infinity", two(infinity(v2[0].proof, pt2("P")), v2[0].digest), false},
		{"v2/D and P at infinity", two(infinity(v2[0].proof, pt2("D"), pt2("P")), v2[0].digest), false},
		{"v2/D as gnark's infinity flag", two(gnarkInfinity(v2[0].proof, pt2("D")), v2[0].digest), false},
		{"v2/D another group element", two(otherG1(v2[0].proof, pt2("D"), []byte("d")), v2[0].digest), false},
		{"v2/D of another proof", two(append(bytes.Clone(v2[0].proof[:256]), v2[1].proof[256:]...), v2[0].digest), false},
		{"v2/digest + r", two(v2[0].proof, digestPlus(v2[0].digest, r)), false},
		{"v2/digest of another proof", two(v2[0].proof, v2[1].digest), false},
		{"v2/truncated to 256 bytes", two(v2[0].proof[:256], v2[0].digest), false},
		{"v2/extended by 1 byte", two(append(bytes.Clone(v2[0].proof), 0), v2[0].digest), false},
		{"v2/version-1 proof", two(v1.proof, v1.digest), false},

		{"batch/honest", batch(v2...), true},
		{"batch/one honest proof", batch(v2[1]), true},
		{"batch/second A compressed + junk", batch(v2[0], proofCase{compressed(v2[1].proof, pt2("A"), junk), v2[1].digest}), false},
		{"batch/first D.x + p", batch(proofCase{plusP(v2[0].proof, 8), v2[0].digest}, v2[1]), false},
		{"batch/last B outside the G2 subgroup", batch(v2[0], v2[1], proofCase{outsideSubgroup(v2[2].proof, nil), v2[2].digest}), false},
		{"batch/second digest + r", batch(v2[0], proofCase{v2[1].proof, digestPlus(v2[1].digest, r)}, v2[2]), false},
		{"batch/second C at infinity", batch(v2[0], proofCase{infinity(v2[1].proof, pt2("C")), v2[1].digest}), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			nerr, lerr := h.native(tc.call), h.l1(t, tc.call)
			if (nerr == nil) != tc.accept || (lerr == nil) != tc.accept {
				t.Fatalf("%v: native: %v; L1: %v; want accepted=%v by both", tc.call.kind, nerr, lerr, tc.accept)
			}
			if !tc.accept {
				t.Logf("native: %v; L1: %v", nerr, lerr)
			}
		})
	}
}

// FuzzVerifiersAgree mutates an honest proof (target picks the verifier kind
// and the position in a batch; op the mutation, up to two of them; at and data
// their position and bytes) and checks that the native verifier and the L1
// verifier contract agree: both accept or both reject.
func FuzzVerifiersAgree(f *testing.F) {
	h := newHarness(f)
	for target := range uint8(4) {
		for op := range uint16(numOps) {
			f.Add(target, op, uint16(0), []byte{})
			f.Add(target, op, uint16(1), []byte("junk"))
		}
		f.Add(target, uint16(opCompress)|uint16(opNegate)<<8, uint16(7), []byte{0x80})
	}
	f.Fuzz(func(t *testing.T, target uint8, op uint16, at uint16, data []byte) {
		c := h.fuzzCall(target, op, at, data)
		nerr, lerr := h.native(c), h.l1(t, c)
		if (nerr == nil) != (lerr == nil) {
			t.Fatalf("%v disagree on proofs %x digests %x:\nnative: %v\nL1: %v", c.kind, c.proofs, c.digests, nerr, lerr)
		}
	})
}

// Mutations of the fuzz target.
const (
	opNone = iota
	opFlip
	opCompress
	opPlusP
	opNegate
	opNegateTwo
	opOffCurve
	opOutsideSubgroup
	opInfinity
	opGnarkInfinity
	opOtherPoint
	opDigestPlusR
	opDigest
	opDigestFlip
	opTruncate
	opExtend
	opRaw
	numOps
)

// fuzzCall builds the input of one fuzz iteration: target%4 picks the verifier
// and where the mutated proof sits (version 1; version 2 alone; first of two;
// last of three), op's two bytes the mutations applied in turn.
func (h *harness) fuzzCall(target uint8, op uint16, at uint16, data []byte) call {
	base := h.v2Proofs[0]
	if target%4 == 0 {
		base = h.v1Proof
	}
	m := mutate(mutate(base, uint8(op), at, data), uint8(op>>8), at>>3, data)
	switch target % 4 {
	case 0:
		return call{kind: v1Single, proofs: [][]byte{m.proof}, digests: [][32]byte{m.digest}}
	case 1:
		return call{kind: v2Single, proofs: [][]byte{m.proof}, digests: [][32]byte{m.digest}}
	case 2:
		return call{kind: v2Batch, proofs: [][]byte{m.proof, h.v2Proofs[1].proof}, digests: [][32]byte{m.digest, h.v2Proofs[1].digest}}
	default:
		return call{kind: v2Batch, proofs: [][]byte{h.v2Proofs[1].proof, h.v2Proofs[2].proof, m.proof},
			digests: [][32]byte{h.v2Proofs[1].digest, h.v2Proofs[2].digest, m.digest}}
	}
}

// mutate applies mutation op to a copy of p.
func mutate(p proofCase, op uint8, at uint16, data []byte) proofCase {
	proof, digest := bytes.Clone(p.proof), p.digest
	if len(proof) < 256 {
		// too short to hold points: only raw edits apply
		switch op % numOps {
		case opFlip:
			proof = xorAt(proof, int(at), data)
		case opExtend:
			proof = append(proof, data...)
		}
		return proofCase{proof, digest}
	}
	pts := pointsOf(len(proof))
	pt := pts[int(at)%len(pts)]
	switch op % numOps {
	case opFlip:
		proof = xorAt(proof, int(at), data)
	case opCompress:
		proof = compressed(proof, pt, data)
	case opPlusP:
		proof = plusP(proof, int(at)%(len(proof)/32))
	case opNegate:
		proof = negated(proof, pt)
	case opNegateTwo:
		proof = negated(proof, pt, pts[int(at>>4)%len(pts)])
	case opOffCurve:
		proof = offCurve(proof, pt)
	case opOutsideSubgroup:
		proof = outsideSubgroup(proof, data)
	case opInfinity:
		proof = infinity(proof, pt)
	case opGnarkInfinity:
		proof = gnarkInfinity(proof, pt)
	case opOtherPoint:
		if pt.g2 {
			pt = pts[0]
		}
		proof = otherG1(proof, pt, data)
	case opDigestPlusR:
		digest = digestPlus(digest, fieldR)
	case opDigest:
		copy(digest[:], data)
	case opDigestFlip:
		digest[at%32] ^= byte(at>>8) | 1
	case opTruncate:
		proof = proof[:int(at)%len(proof)]
	case opExtend:
		proof = append(proof, data...)
		if len(data) == 0 {
			proof = append(proof, 0)
		}
	case opRaw:
		proof = bytes.Clone(data)
	}
	return proofCase{proof, digest}
}

// zeroCommitment is a circuit of the version-2 shape (one public input, one
// commitment over private wires). gnark commits to X and a random mask; a
// prover that sets X = 0 and the mask to 0 (any prover of a sampled-loss claim
// can: the mask is a free hint) gets a valid proof whose commitment D is the
// point at infinity.
type zeroCommitment struct {
	Digest frontend.Variable `gnark:",public"`
	X      frontend.Variable
}

func (c *zeroCommitment) Define(api frontend.API) error {
	cm, err := api.(frontend.Committer).Commit(c.X)
	if err != nil {
		return err
	}
	api.AssertIsEqual(api.Mul(c.X, cm), 0)
	api.AssertIsEqual(api.Mul(c.X, c.Digest), 0)
	return nil
}

// TestCommitmentAtInfinity: a valid proof whose commitment D is the point at
// infinity (made by zeroing gnark's commitment mask, which any prover of a
// claim can do) is accepted by both verifiers in its one encoding, 64 zero
// bytes (EIP-196); gnark's compressed infinity flag in its place, which the
// decoder before canonical decoding read as infinity, is rejected by both.
func TestCommitmentAtInfinity(t *testing.T) {
	h := newHarness(t)
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &zeroCommitment{})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := vk.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	native, err := sampledloss.ParseVerifyingKey(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	key, err := sampledloss.NewBatchVerifierKey(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(h.deployerKey, big.NewInt(simchain.ChainID))
	addr := h.deploy(t, opts, &bindings.BatchLossVerifierMetaData, h.blv.PackConstructor(
		key.Alpha, key.BetaNeg, key.GammaNeg, key.DeltaNeg, key.K, key.PedersenG, key.PedersenSigmaNeg))

	digest := [32]byte{31: 42}
	w, err := frontend.NewWitness(&zeroCommitment{Digest: new(big.Int).SetBytes(digest[:]), X: 0}, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	var zeroMask solver.HintID
	for _, hint := range solver.GetRegisteredHints() {
		if strings.HasSuffix(solver.GetHintName(hint), "hints.Randomize") {
			zeroMask = solver.GetHintID(hint)
		}
	}
	if zeroMask == 0 {
		t.Fatal("gnark's commitment mask hint (hints.Randomize) is not registered")
	}
	proof, err := groth16.Prove(ccs, pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16),
		backend.WithSolverOptions(solver.OverrideHint(zeroMask, func(_ *big.Int, _, out []*big.Int) error {
			out[0].SetInt64(0)
			return nil
		})))
	if err != nil {
		t.Fatal(err)
	}
	p := proof.(*groth16bn254.Proof)
	if !p.Commitments[0].IsInfinity() {
		t.Fatal("the commitment to X = 0 is not the point at infinity")
	}
	pub, err := w.Public()
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, pub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		t.Fatalf("gnark's Verify rejects the proof: %v", err)
	}
	enc := p.MarshalSolidity()
	if !bytes.Equal(enc[256:320], make([]byte, 64)) {
		t.Fatalf("D at infinity is written as %x, want 64 zero bytes", enc[256:320])
	}
	flagged := bytes.Clone(enc)
	flagged[256] = 0x40 // gnark's compressed point at infinity, then 63 zero bytes
	for _, tc := range []struct {
		name   string
		proof  []byte
		accept bool
	}{{"zeros", enc, true}, {"gnark infinity flag", flagged, false}} {
		t.Run(tc.name, func(t *testing.T) {
			nerr := native.Verify(tc.proof, digest)
			_, lerr := h.chain.CallContract(h.ctx, ethereum.CallMsg{To: &addr, Data: h.blv.PackVerifyProof(tc.proof, [1]*big.Int{new(big.Int).SetBytes(digest[:])})}, nil)
			if (nerr == nil) != tc.accept || (lerr == nil) != tc.accept {
				t.Fatalf("native: %v; L1: %v; want accepted=%v by both", nerr, lerr, tc.accept)
			}
			if lerr != nil {
				t.Logf("native: %v; L1: %v", nerr, h.revertName(lerr))
			}
		})
	}
}
