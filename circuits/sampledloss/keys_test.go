package sampledloss

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// repoRoot is the repository root relative to this package.
const repoRoot = "../.."

func TestDevnetKeysMatchCircuit(t *testing.T) {
	_, meta, err := Compile(DevnetParams())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("devnet circuit %s: %d constraints", meta.Params, meta.Constraints)
	got := DevnetMeta()
	if got.CircuitHash != meta.CircuitHash || got.Params != meta.Params {
		t.Fatalf("committed devnet keys are for %q (circuit %s), the code compiles %q (circuit %s): run go run ./circuits/sampledloss/cmd/genkeys -fresh",
			got.Params, got.CircuitHash, meta.Params, meta.CircuitHash)
	}
}

func TestDevnetSolidityUpToDate(t *testing.T) {
	var buf bytes.Buffer
	if err := ExportSolidity(DevnetVerifyingKey(), &buf); err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(filepath.Join(repoRoot, "l1/contracts/src/LossVerifier.sol"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), committed) {
		t.Fatal("l1/contracts/src/LossVerifier.sol differs from the verifier exported from the committed devnet key: run go run ./circuits/sampledloss/cmd/genkeys")
	}
}

func TestDevnetProveVerify(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the devnet proving key and proves (~20 s)")
	}
	start := time.Now()
	k, err := LoadOrSetup(filepath.Join(repoRoot, DevnetKeyDir), DevnetParams())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("load keys: %v", time.Since(start))
	f := newFixture(t, DevnetParams(), 200, 42)
	start = time.Now()
	proof, err := k.Prove(f.assignment(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("prove %s (%d constraints): %v", k.Meta.Params, k.Meta.Constraints, time.Since(start))
	vk := DevnetVerifyingKey()
	digest := f.claim.Digest()
	if err := Verify(vk, proof, digest); err != nil {
		t.Fatalf("valid proof rejected: %v", err)
	}
	other := f.claim
	other.Round++
	if err := Verify(vk, proof, other.Digest()); !errors.Is(err, ErrBadProof) {
		t.Fatalf("proof accepted for another round: %v", err)
	}
	bad := bytes.Clone(proof)
	bad[255] ^= 1
	if err := Verify(vk, bad, digest); !errors.Is(err, ErrBadProof) {
		t.Fatalf("tampered proof: %v", err)
	}
	if err := Verify(vk, proof[:128], digest); !errors.Is(err, ErrBadProof) {
		t.Fatalf("short proof: %v", err)
	}
}

func TestLoadOrSetupRejectsOtherParams(t *testing.T) {
	p := DevnetParams()
	p.K = 1
	if _, err := LoadOrSetup(filepath.Join(repoRoot, DevnetKeyDir), p); !errors.Is(err, ErrKeyMismatch) {
		t.Fatalf("got %v, want ErrKeyMismatch", err)
	}
}
