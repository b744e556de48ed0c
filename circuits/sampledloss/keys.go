package sampledloss

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"golang.org/x/crypto/sha3"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/limbcheck"
	"github.com/neuron-rollup/neuron/circuits/mlp"
)

// ProofSize is the size of a proof in the Solidity verifier's format:
// A (64 bytes) | B (128 bytes, X.A1 X.A0 Y.A1 Y.A0) | C (64 bytes), all
// big-endian uncompressed coordinates (EIP-197).
const ProofSize = 256

// ProofSizeCommitted is the size of a circuit-version-2 proof, which carries
// one Pedersen commitment: A | B | C as in ProofSize, then the commitment D
// (64 bytes) and its proof of knowledge (64 bytes), all big-endian
// uncompressed G1 points (gnark's MarshalSolidity layout).
const ProofSizeCommitted = ProofSize + 2*64

// Key file names inside a key directory.
const (
	ProvingKeyFile   = "pk.bin"    // groth16 proving key, compressed (WriteTo)
	VerifyingKeyFile = "vk.bin"    // groth16 verifying key, compressed (WriteTo)
	MetaFile         = "meta.json" // what the keys were made for
)

// InsecureWarning is stored with every key pair LoadOrSetup creates.
const InsecureWarning = "INSECURE devnet keys: made by a single-party groth16.Setup whose toxic waste was not destroyed in a ceremony; whoever ran it can forge proofs"

var (
	// ErrKeyMismatch is returned when keys on disk were made for other
	// params or another version of the circuit.
	ErrKeyMismatch = errors.New("sampledloss: keys do not match the circuit")
	// ErrBadProof is wrapped by every proof verification failure.
	ErrBadProof = errors.New("sampledloss: invalid proof")
)

// Meta describes a key pair on disk.
type Meta struct {
	Warning     string `json:"warning"`
	Params      string `json:"params"`
	Constraints int    `json:"constraints"`
	// CircuitHash is the SHA-256 of the serialized constraint system the
	// keys were made for.
	CircuitHash string `json:"circuitHash"`
}

// Keys are a compiled circuit and its Groth16 key pair. Safe for concurrent
// use once loaded.
type Keys struct {
	Params Params
	CCS    constraint.ConstraintSystem
	PK     groth16.ProvingKey
	VK     groth16.VerifyingKey
	Meta   Meta
}

// Hints returns every hint the circuit uses (for solver.WithHints).
func Hints() []solver.Hint {
	return append(append(fixedpoint.Hints(), mlp.Hints()...), limbcheck.Hints()...)
}

// Compile compiles the circuit for p into an R1CS and returns it with its
// Meta (Warning left empty).
func Compile(p Params) (constraint.ConstraintSystem, Meta, error) {
	if err := p.Validate(); err != nil {
		return nil, Meta{}, err
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, p.NewCircuit())
	if err != nil {
		return nil, Meta{}, fmt.Errorf("compile %s: %w", p, err)
	}
	h := sha256.New()
	if _, err := ccs.WriteTo(h); err != nil {
		return nil, Meta{}, fmt.Errorf("hash circuit: %w", err)
	}
	return ccs, Meta{Params: p.String(), Constraints: ccs.GetNbConstraints(), CircuitHash: hex.EncodeToString(h.Sum(nil))}, nil
}

// LoadOrSetup compiles the circuit for p and loads its keys from dir, or, if
// dir holds no keys, runs an INSECURE single-party groth16.Setup and writes
// them there (creating dir). It returns ErrKeyMismatch if dir holds keys for
// other params or another circuit version.
func LoadOrSetup(dir string, p Params) (*Keys, error) {
	ccs, meta, err := Compile(p)
	if err != nil {
		return nil, err
	}
	k := &Keys{Params: p, CCS: ccs}
	raw, err := os.ReadFile(filepath.Join(dir, MetaFile))
	switch {
	case errors.Is(err, os.ErrNotExist):
		return k, k.setup(dir, meta)
	case err != nil:
		return nil, fmt.Errorf("read key meta: %w", err)
	}
	if err := json.Unmarshal(raw, &k.Meta); err != nil {
		return nil, fmt.Errorf("parse %s: %w", MetaFile, err)
	}
	if k.Meta.Params != meta.Params || k.Meta.CircuitHash != meta.CircuitHash {
		return nil, fmt.Errorf("%w: %s holds keys for %q (circuit %s), want %q (circuit %s)",
			ErrKeyMismatch, dir, k.Meta.Params, k.Meta.CircuitHash, meta.Params, meta.CircuitHash)
	}
	k.PK = groth16.NewProvingKey(ecc.BN254)
	if err := readFile(filepath.Join(dir, ProvingKeyFile), func(r io.Reader) error {
		_, err := k.PK.UnsafeReadFrom(r) // our own file: skip subgroup checks
		return err
	}); err != nil {
		return nil, err
	}
	k.VK = groth16.NewVerifyingKey(ecc.BN254)
	if err := readFile(filepath.Join(dir, VerifyingKeyFile), func(r io.Reader) error {
		_, err := k.VK.ReadFrom(r)
		return err
	}); err != nil {
		return nil, err
	}
	return k, nil
}

func (k *Keys) setup(dir string, meta Meta) error {
	pk, vk, err := groth16.Setup(k.CCS)
	if err != nil {
		return fmt.Errorf("groth16 setup: %w", err)
	}
	k.PK, k.VK = pk, vk
	meta.Warning = InsecureWarning
	k.Meta = meta
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := writeFile(filepath.Join(dir, ProvingKeyFile), func(w io.Writer) error { _, err := pk.WriteTo(w); return err }); err != nil {
		return err
	}
	if err := writeFile(filepath.Join(dir, VerifyingKeyFile), func(w io.Writer) error { _, err := vk.WriteTo(w); return err }); err != nil {
		return err
	}
	raw, err := json.MarshalIndent(meta, "", "  ")
	if err != nil {
		return err
	}
	// the meta file goes last: its presence means the keys are complete.
	return writeFile(filepath.Join(dir, MetaFile), func(w io.Writer) error { _, err := w.Write(append(raw, '\n')); return err })
}

func readFile(path string, read func(io.Reader) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := read(f); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

// writeFile writes through a temporary file renamed into place.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// Prove proves an assignment (from NewAssignment) and returns the proof in
// the Solidity verifier's 256-byte format. It verifies the proof before
// returning it.
func (k *Keys) Prove(a *Circuit) ([]byte, error) {
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		return nil, fmt.Errorf("witness: %w", err)
	}
	proof, err := groth16.Prove(k.CCS, k.PK, w,
		backend.WithSolverOptions(solver.WithHints(Hints()...)),
		solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return nil, fmt.Errorf("prove: %w", err)
	}
	out := proof.(*groth16bn254.Proof).MarshalSolidity()
	if want := proofSize(len(k.VK.(*groth16bn254.VerifyingKey).PublicAndCommitmentCommitted)); len(out) != want {
		return nil, fmt.Errorf("prove: proof is %d bytes, want %d", len(out), want)
	}
	pub, err := w.Public()
	if err != nil {
		return nil, err
	}
	digest, ok := pub.Vector().(fr.Vector)
	if !ok || len(digest) != 1 {
		return nil, fmt.Errorf("prove: public witness is %T, want one digest", pub.Vector())
	}
	// The self-check is the verifier the L2 runs on the bytes returned, so a
	// proof that L1 would reject never leaves the prover.
	vk := k.VK.(*groth16bn254.VerifyingKey)
	p, err := decodeProof(out, len(vk.CommitmentKeys))
	if err == nil {
		err = checkProof(vk, p, out, digest[0])
	}
	if err != nil {
		return nil, fmt.Errorf("prove: self-check: %w", err)
	}
	return out, nil
}

// VerifyingKeyBytes is the verifying key in gnark's compressed encoding, the
// form Verify and ExportSolidity take.
func (k *Keys) VerifyingKeyBytes() []byte {
	var buf bytes.Buffer
	if _, err := k.VK.WriteTo(&buf); err != nil {
		panic(err) // writing to a buffer does not fail
	}
	return buf.Bytes()
}

// CheckVerifyingKey reports whether vk is a verifying key (gnark's
// encoding) of a sampled-loss circuit: one public input, at most one
// commitment.
func CheckVerifyingKey(vk []byte) error {
	_, err := parseVK(vk)
	return err
}

func parseVK(vk []byte) (*groth16bn254.VerifyingKey, error) {
	var v groth16bn254.VerifyingKey
	if _, err := v.ReadFrom(bytes.NewReader(vk)); err != nil {
		return nil, fmt.Errorf("sampledloss: parse verifying key: %w", err)
	}
	nc := len(v.PublicAndCommitmentCommitted)
	if nc > 1 || v.NbPublicWitness()-nc != 1 {
		return nil, fmt.Errorf("sampledloss: verifying key has %d public inputs and %d commitments, want 1 and at most 1",
			v.NbPublicWitness()-nc, nc)
	}
	// The L1 verifiers hash a commitment alone (no committed public input into
	// its challenge) and take K0, K1 (digest) and K2 (challenge).
	if len(v.CommitmentKeys) != nc || len(v.G1.K) != 2+nc || (nc == 1 && len(v.PublicAndCommitmentCommitted[0]) != 0) {
		return nil, fmt.Errorf("sampledloss: verifying key has %d commitment keys, %d bases and commits to public inputs %v: want a commitment over private wires only",
			len(v.CommitmentKeys), len(v.G1.K), v.PublicAndCommitmentCommitted)
	}
	return &v, nil
}

// proofSize is the Solidity-format size of a proof with n commitments.
func proofSize(n int) int {
	if n == 0 {
		return ProofSize
	}
	return ProofSize + 64*n + 64
}

// ParseProof decodes a proof in the L1 verifiers' format: ProofSize bytes
// (version 1) or ProofSizeCommitted bytes (version 2, with one commitment and
// its proof of knowledge). It accepts exactly the encodings the L1 verifiers
// accept (see decodeProof) and checks the encoding only, not the proof: Verify
// does both. Failures wrap ErrBadProof and name the point at fault.
func ParseProof(proof []byte) (*groth16bn254.Proof, error) {
	switch len(proof) {
	case ProofSize:
		return decodeProof(proof, 0)
	case ProofSizeCommitted:
		return decodeProof(proof, 1)
	}
	return nil, fmt.Errorf("%w: %d bytes, want %d or %d", ErrBadProof, len(proof), ProofSize, ProofSizeCommitted)
}

// decodeProof is the one decoder of loss proofs; it accepts exactly the byte
// strings the L1 verifiers (LossVerifier, BatchLossVerifier) can accept, so
// that no re-encoding of an honest proof passes on L2 and reverts on L1:
//   - exactly proofSize(commitments) bytes: A (G1), B (G2), C (G1), then for a
//     committed key the commitment D (G1) and its proof of knowledge P (G1);
//   - every coordinate a 32-byte big-endian integer below the base field
//     modulus p, so none of gnark's compression or infinity flags (which set
//     the top bits) and no coordinate + p: the EVM precompiles (EIP-196,
//     EIP-197) reject such words;
//   - G2 coordinates in EIP-197 order x.A1 x.A0 y.A1 y.A0;
//   - all-zero coordinates are the point at infinity, as the precompiles read
//     them; such a point decodes and the pairing equation decides, as on L1;
//   - every other point on its curve, and B in the order-r subgroup of G2 (the
//     pairing precompile checks it; G1 has cofactor 1, so a G1 point on the
//     curve is in its group).
func decodeProof(proof []byte, commitments int) (*groth16bn254.Proof, error) {
	if want := proofSize(commitments); len(proof) != want {
		return nil, fmt.Errorf("%w: %d bytes, this verifying key wants %d", ErrBadProof, len(proof), want)
	}
	var p groth16bn254.Proof
	if err := decodeG1(&p.Ar, "A", proof[0:64]); err != nil {
		return nil, err
	}
	if err := decodeG2(&p.Bs, "B", proof[64:192]); err != nil {
		return nil, err
	}
	if err := decodeG1(&p.Krs, "C", proof[192:256]); err != nil {
		return nil, err
	}
	if commitments == 1 {
		p.Commitments = make([]bn254.G1Affine, 1)
		if err := decodeG1(&p.Commitments[0], "commitment D", proof[256:320]); err != nil {
			return nil, err
		}
		if err := decodeG1(&p.CommitmentPok, "commitment proof of knowledge P", proof[320:384]); err != nil {
			return nil, err
		}
	}
	return &p, nil
}

// decodeCoord reads a 32-byte big-endian base field element below p.
func decodeCoord(e *fp.Element, name string, b []byte) error {
	if err := e.SetBytesCanonical(b); err != nil {
		return fmt.Errorf("%w: %s is not a canonical field element (must be below p, no encoding flags): %x",
			ErrBadProof, name, b)
	}
	return nil
}

// decodeG1 reads a G1 point as EIP-196 (x, y), (0, 0) for the point at infinity.
func decodeG1(p *bn254.G1Affine, name string, b []byte) error {
	if err := decodeCoord(&p.X, name+".x", b[0:32]); err != nil {
		return err
	}
	if err := decodeCoord(&p.Y, name+".y", b[32:64]); err != nil {
		return err
	}
	if !p.IsOnCurve() { // true for (0, 0), the point at infinity
		return fmt.Errorf("%w: %s is not on the BN254 curve", ErrBadProof, name)
	}
	return nil
}

// decodeG2 reads a G2 point as EIP-197 (x.A1, x.A0, y.A1, y.A0), all zero for
// the point at infinity.
func decodeG2(p *bn254.G2Affine, name string, b []byte) error {
	for i, c := range []struct {
		e    *fp.Element
		name string
	}{{&p.X.A1, ".x.A1"}, {&p.X.A0, ".x.A0"}, {&p.Y.A1, ".y.A1"}, {&p.Y.A0, ".y.A0"}} {
		if err := decodeCoord(c.e, name+c.name, b[32*i:32*i+32]); err != nil {
			return err
		}
	}
	if !p.IsOnCurve() {
		return fmt.Errorf("%w: %s is not on the BN254 twist", ErrBadProof, name)
	}
	if !p.IsInSubGroup() {
		return fmt.Errorf("%w: %s is not in the order-r subgroup of G2", ErrBadProof, name)
	}
	return nil
}

// VerifyingKey is a verifying key parsed for verification. It is immutable
// and safe for concurrent use.
type VerifyingKey struct {
	vk *groth16bn254.VerifyingKey
}

// ParseVerifyingKey parses a verifying key (gnark compressed encoding,
// VerifyingKeyBytes) of a sampled-loss circuit, checking its points and its
// shape as CheckVerifyingKey does.
func ParseVerifyingKey(vk []byte) (*VerifyingKey, error) {
	v, err := parseVK(vk)
	if err != nil {
		return nil, err
	}
	return &VerifyingKey{vk: v}, nil
}

// Verify checks a proof in the L1 verifiers' format against the key and a
// claim digest (Claim.Digest). It accepts exactly what the L1 verifier of the
// key accepts (LossVerifier for a key without commitment, BatchLossVerifier for
// one with a commitment): the proof must be in the one canonical encoding
// decodeProof takes, the digest below r, and the equations of checkProof must
// hold. It returns nil only for a valid proof; every failure wraps ErrBadProof
// and says what was wrong (which point, why).
func (k *VerifyingKey) Verify(proof []byte, digest [32]byte) error {
	p, err := decodeProof(proof, len(k.vk.CommitmentKeys))
	if err != nil {
		return err
	}
	var d fr.Element
	if err := d.SetBytesCanonical(digest[:]); err != nil {
		return fmt.Errorf("%w: digest %x is not a canonical scalar field element (must be below r)", ErrBadProof, digest)
	}
	return checkProof(k.vk, p, proof, d)
}

// Verify parses vk (ParseVerifyingKey) and verifies proof against it and
// digest (VerifyingKey.Verify). A malformed key is the one failure that does not
// wrap ErrBadProof. It is safe for concurrent use; each call parses vk (about
// half a millisecond): callers that verify many proofs keep a VerifyingKey.
func Verify(vk, proof []byte, digest [32]byte) error {
	k, err := ParseVerifyingKey(vk)
	if err != nil {
		return err
	}
	return k.Verify(proof, digest)
}

// checkProof checks the equations the L1 verifiers check, computed as they do:
//
//	e(A, B) e(C, -delta) e(alpha, -beta) e(L, -gamma) = 1,  L = K0 + digest K1
//
// and for a key with a commitment L = K0 + digest K1 + h K2 + D, where
// h = keccak256(the 64 proof bytes of D) mod r, the L1's definition (for a
// canonical encoding these are the bytes gnark's prover hashes, 64 zero bytes
// for the point at infinity included), and the commitment's proof of knowledge
//
//	e(D, -sigma G) e(P, G) = 1.
//
// BatchLossVerifier folds the two products with a random weight; checking them
// apart accepts the same proofs up to a probability of about 1/r.
func checkProof(v *groth16bn254.VerifyingKey, p *groth16bn254.Proof, raw []byte, digest fr.Element) error {
	var l bn254.G1Jac
	l.FromAffine(&v.G1.K[0])
	var t bn254.G1Affine
	t.ScalarMultiplication(&v.G1.K[1], digest.BigInt(new(big.Int)))
	l.AddMixed(&t)
	if len(v.CommitmentKeys) == 1 {
		kh := sha3.NewLegacyKeccak256()
		kh.Write(raw[256:320])
		var h fr.Element
		h.SetBytes(kh.Sum(nil)) // reduced mod r, as keccak256(D) % R on L1
		t.ScalarMultiplication(&v.G1.K[2], h.BigInt(new(big.Int)))
		l.AddMixed(&t)
		l.AddMixed(&p.Commitments[0])

		ck := &v.CommitmentKeys[0]
		ok, err := bn254.PairingCheck([]bn254.G1Affine{p.Commitments[0], p.CommitmentPok}, []bn254.G2Affine{ck.GSigmaNeg, ck.G})
		if err != nil {
			return fmt.Errorf("%w: commitment proof of knowledge: %w", ErrBadProof, err)
		}
		if !ok {
			return fmt.Errorf("%w: the commitment's proof of knowledge P does not open D", ErrBadProof)
		}
	}
	var lAff bn254.G1Affine
	lAff.FromJacobian(&l)
	var betaNeg, gammaNeg, deltaNeg bn254.G2Affine
	betaNeg.Neg(&v.G2.Beta)
	gammaNeg.Neg(&v.G2.Gamma)
	deltaNeg.Neg(&v.G2.Delta)
	ok, err := bn254.PairingCheck(
		[]bn254.G1Affine{p.Ar, p.Krs, v.G1.Alpha, lAff},
		[]bn254.G2Affine{p.Bs, deltaNeg, betaNeg, gammaNeg})
	if err != nil {
		return fmt.Errorf("%w: pairing: %w", ErrBadProof, err)
	}
	if !ok {
		return fmt.Errorf("%w: the pairing check fails for this digest", ErrBadProof)
	}
	return nil
}

// SolidityContract is the name of the exported verifier contract.
const SolidityContract = "LossVerifier"

// ExportSolidity writes the Solidity verifier of a verifying key (gnark
// compressed encoding) as contract LossVerifier. Its entry point is
// verifyProof(bytes proof, uint256[1] input), reverting unless valid.
func ExportSolidity(vk []byte, w io.Writer) error {
	v, err := parseVK(vk)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := v.ExportSolidity(&buf); err != nil {
		return fmt.Errorf("export solidity: %w", err)
	}
	src := buf.String()
	const decl = "contract Verifier {"
	if strings.Count(src, decl) != 1 {
		return fmt.Errorf("export solidity: cannot find %q in gnark's output", decl)
	}
	header := "/// @notice Groth16 verifier of Neuron's sampled-loss proofs (circuits/sampledloss).\n" +
		"/// The single public input is the claim digest. Generated by\n" +
		"/// `go run ./circuits/sampledloss/cmd/genkeys`; do not edit.\n" +
		"/// " + InsecureWarning + ".\n"
	src = strings.Replace(src, decl, header+"contract "+SolidityContract+" {", 1)
	_, err = io.WriteString(w, src)
	return err
}

// KeyCacheDir is the key directory for p under a cache root: one directory
// per circuit (params and circuit version), so LoadOrSetup(KeyCacheDir(root,
// p), p) sets keys up on first use and reuses them afterwards.
func KeyCacheDir(root string, p Params) string {
	name := strings.NewReplacer("/", "_", " ", "_", "=", "").Replace(p.String())
	return filepath.Join(root, name)
}
