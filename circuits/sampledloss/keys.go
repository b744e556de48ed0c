package sampledloss

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

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
	if err := groth16.Verify(proof, k.VK, pub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
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
	return &v, nil
}

// proofSize is the Solidity-format size of a proof with n commitments.
func proofSize(n int) int {
	if n == 0 {
		return ProofSize
	}
	return ProofSize + 64*n + 64
}

// ParseProof decodes a proof in the Solidity format: ProofSize bytes
// (version 1) or ProofSizeCommitted bytes (version 2, with one commitment
// and its proof of knowledge). Points must be on the curve and in the right
// subgroup.
func ParseProof(proof []byte) (*groth16bn254.Proof, error) {
	if len(proof) != ProofSize && len(proof) != ProofSizeCommitted {
		return nil, fmt.Errorf("%w: %d bytes, want %d or %d", ErrBadProof, len(proof), ProofSize, ProofSizeCommitted)
	}
	var p groth16bn254.Proof
	if _, err := p.Ar.SetBytes(proof[0:64]); err != nil {
		return nil, fmt.Errorf("%w: A: %w", ErrBadProof, err)
	}
	if _, err := p.Bs.SetBytes(proof[64:192]); err != nil {
		return nil, fmt.Errorf("%w: B: %w", ErrBadProof, err)
	}
	if _, err := p.Krs.SetBytes(proof[192:256]); err != nil {
		return nil, fmt.Errorf("%w: C: %w", ErrBadProof, err)
	}
	if len(proof) == ProofSizeCommitted {
		p.Commitments = make([]bn254.G1Affine, 1)
		if _, err := p.Commitments[0].SetBytes(proof[256:320]); err != nil {
			return nil, fmt.Errorf("%w: commitment: %w", ErrBadProof, err)
		}
		if _, err := p.CommitmentPok.SetBytes(proof[320:384]); err != nil {
			return nil, fmt.Errorf("%w: commitment proof of knowledge: %w", ErrBadProof, err)
		}
	}
	return &p, nil
}

// Verify checks a Solidity-format proof against a verifying key (gnark
// compressed encoding, VerifyingKeyBytes) and a claim digest (Claim.Digest).
// It returns nil only for a valid proof; failures wrap ErrBadProof, except a
// malformed key. It is safe for concurrent use; each call parses vk.
func Verify(vk, proof []byte, digest [32]byte) error {
	v, err := parseVK(vk)
	if err != nil {
		return err
	}
	p, err := ParseProof(proof)
	if err != nil {
		return err
	}
	if want := proofSize(len(v.PublicAndCommitmentCommitted)); len(proof) != want {
		return fmt.Errorf("%w: %d bytes, this verifying key wants %d", ErrBadProof, len(proof), want)
	}
	var d fr.Element
	if err := d.SetBytesCanonical(digest[:]); err != nil {
		return fmt.Errorf("%w: digest is not a canonical field element", ErrBadProof)
	}
	if err := groth16bn254.Verify(p, v, fr.Vector{d}, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return fmt.Errorf("%w: %w", ErrBadProof, err)
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
