package sampledloss

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzVerify feeds arbitrary proofs and digests to Verify: it must return an
// error wrapping ErrBadProof, never panic, and never accept.
func FuzzVerify(f *testing.F) {
	f.Add(make([]byte, ProofSize), make([]byte, 32))
	f.Add(bytes.Repeat([]byte{0xff}, ProofSize), bytes.Repeat([]byte{0xff}, 32))
	f.Add([]byte{1, 2, 3}, []byte{})
	vk := DevnetVerifyingKey()
	f.Fuzz(func(t *testing.T, proof, digest []byte) {
		var d [32]byte
		copy(d[:], digest)
		if err := Verify(vk, proof, d); !errors.Is(err, ErrBadProof) {
			t.Fatalf("Verify = %v, want ErrBadProof", err)
		}
	})
}

func TestClaimValidate(t *testing.T) {
	p := DevnetParams()
	c := Claim{N: 1}
	if err := c.Validate(p); err != nil {
		t.Fatal(err)
	}
	c.N = 1<<p.Depth + 1
	if err := c.Validate(p); !errors.Is(err, ErrBadClaim) {
		t.Fatalf("N too large: %v", err)
	}
	c.N = 1
	c.TraceRoot = [32]byte{0xff}
	if err := c.Validate(p); !errors.Is(err, ErrBadClaim) {
		t.Fatalf("non-canonical root: %v", err)
	}
}
