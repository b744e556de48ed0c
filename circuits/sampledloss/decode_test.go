package sampledloss

import (
	"bytes"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
)

// encodeProof writes a proof's points as the L1 verifiers read them (EIP-197,
// (0, 0) for the point at infinity): the one encoding decodeProof accepts.
func encodeProof(p *groth16bn254.Proof) []byte {
	var out []byte
	g1 := func(q *bn254.G1Affine) {
		x, y := q.X.Bytes(), q.Y.Bytes()
		out = append(append(out, x[:]...), y[:]...)
	}
	g1(&p.Ar)
	for _, e := range []*fp.Element{&p.Bs.X.A1, &p.Bs.X.A0, &p.Bs.Y.A1, &p.Bs.Y.A0} {
		b := e.Bytes()
		out = append(out, b[:]...)
	}
	g1(&p.Krs)
	if len(p.Commitments) == 1 {
		g1(&p.Commitments[0])
		g1(&p.CommitmentPok)
	}
	return out
}

// samplePoints is a well-encoded (not valid) proof: A = 2 G1, B = 3 G2, C = 5 G1,
// and with a commitment D = 7 G1, P = 11 G1.
func samplePoints(commitments int) []byte {
	_, _, g1, g2 := bn254.Generators()
	var p groth16bn254.Proof
	p.Ar.ScalarMultiplication(&g1, big.NewInt(2))
	p.Bs.ScalarMultiplication(&g2, big.NewInt(3))
	p.Krs.ScalarMultiplication(&g1, big.NewInt(5))
	if commitments == 1 {
		p.Commitments = make([]bn254.G1Affine, 1)
		p.Commitments[0].ScalarMultiplication(&g1, big.NewInt(7))
		p.CommitmentPok.ScalarMultiplication(&g1, big.NewInt(11))
	}
	return encodeProof(&p)
}

// twistPointOutsideG2 is a point on the G2 curve outside its order-r subgroup.
func twistPointOutsideG2(t testing.TB) bn254.G2Affine {
	for i := int64(1); i < 100; i++ {
		var u bn254.E2
		u.A0.SetInt64(i)
		u.A1.SetInt64(1)
		if p := bn254.MapToCurve2(&u); p.IsOnCurve() && !p.IsInfinity() && !p.IsInSubGroup() {
			return p
		}
	}
	t.Fatal("no twist point outside G2 found")
	return bn254.G2Affine{}
}

// TestDecodeProof: decodeProof takes the one canonical encoding of each point
// and names the point and the fault of anything else.
func TestDecodeProof(t *testing.T) {
	setWord := func(b []byte, w int, v *big.Int) { v.FillBytes(b[32*w : 32*w+32]) }
	addP := func(w int) func([]byte) {
		return func(b []byte) {
			setWord(b, w, new(big.Int).Add(new(big.Int).SetBytes(b[32*w:32*w+32]), fp.Modulus()))
		}
	}
	compress := func(off int, g2 bool) func([]byte) {
		return func(b []byte) {
			var enc []byte
			if g2 {
				var q bn254.G2Affine
				if _, err := q.SetBytes(b[off : off+128]); err != nil {
					t.Fatal(err)
				}
				c := q.Bytes()
				enc = c[:]
			} else {
				var q bn254.G1Affine
				if _, err := q.SetBytes(b[off : off+64]); err != nil {
					t.Fatal(err)
				}
				c := q.Bytes()
				enc = c[:]
			}
			copy(b[off:], enc) // the junk after it: the rest of the old encoding
		}
	}
	outside := twistPointOutsideG2(t)
	for _, tc := range []struct {
		name        string
		commitments int
		mutate      func([]byte)
		want        string // "" = decodes
	}{
		{"v1 canonical", 0, func([]byte) {}, ""},
		{"v2 canonical", 1, func([]byte) {}, ""},
		{"A at infinity (0, 0)", 0, func(b []byte) { clear(b[0:64]) }, ""},
		{"B at infinity (0, 0, 0, 0)", 0, func(b []byte) { clear(b[64:192]) }, ""},
		{"D and P at infinity", 1, func(b []byte) { clear(b[256:384]) }, ""},
		{"A compressed + junk", 0, compress(0, false), "A.x is not a canonical field element"},
		{"B compressed + junk", 0, compress(64, true), "B.x.A1 is not a canonical field element"},
		{"C compressed + junk", 0, compress(192, false), "C.x is not a canonical field element"},
		{"D compressed + junk", 1, compress(256, false), "commitment D.x is not a canonical field element"},
		{"P compressed + junk", 1, compress(320, false), "commitment proof of knowledge P.x is not a canonical field element"},
		{"A as gnark's infinity flag", 0, func(b []byte) { clear(b[0:64]); b[0] = 0x40 }, "A.x is not a canonical field element"},
		{"A.y + p", 0, addP(1), "A.y is not a canonical field element"},
		{"B.y.A0 + p", 0, addP(5), "B.y.A0 is not a canonical field element"},
		{"C.x = p", 0, func(b []byte) { setWord(b, 6, fp.Modulus()) }, "C.x is not a canonical field element"},
		{"A off the curve", 0, func(b []byte) { b[63] ^= 1 }, "A is not on the BN254 curve"},
		{"A = (0, 1)", 0, func(b []byte) { clear(b[0:64]); b[63] = 1 }, "A is not on the BN254 curve"},
		{"B off the curve", 0, func(b []byte) { b[191] ^= 1 }, "B is not on the BN254 twist"},
		{"B outside the G2 subgroup", 0, func(b []byte) {
			for i, e := range []*fp.Element{&outside.X.A1, &outside.X.A0, &outside.Y.A1, &outside.Y.A0} {
				w := e.Bytes()
				copy(b[64+32*i:], w[:])
			}
		}, "B is not in the order-r subgroup of G2"},
		{"P off the curve", 1, func(b []byte) { b[383] ^= 1 }, "P is not on the BN254 curve"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := samplePoints(tc.commitments)
			tc.mutate(b)
			p, err := decodeProof(b, tc.commitments)
			if tc.want == "" {
				if err != nil {
					t.Fatalf("rejected: %v", err)
				}
				if !bytes.Equal(encodeProof(p), b) {
					t.Fatal("decoded points do not encode back to the same bytes")
				}
				return
			}
			if !errors.Is(err, ErrBadProof) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want ErrBadProof saying %q", err, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		n, commitments int
	}{{255, 0}, {257, 0}, {288, 0}, {384, 0}, {256, 1}, {383, 1}, {416, 1}} {
		if _, err := decodeProof(make([]byte, tc.n), tc.commitments); !errors.Is(err, ErrBadProof) ||
			!strings.Contains(err.Error(), "this verifying key wants") {
			t.Errorf("%d bytes for %d commitments: %v, want a length error", tc.n, tc.commitments, err)
		}
	}
}

// FuzzParseProof: a proof ParseProof accepts has exactly one encoding; the
// decoded points written back as EIP-197 coordinates give the same bytes.
func FuzzParseProof(f *testing.F) {
	f.Add(samplePoints(0))
	f.Add(samplePoints(1))
	f.Add(make([]byte, ProofSize))
	f.Add(make([]byte, ProofSizeCommitted))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := ParseProof(b)
		if err != nil {
			if !errors.Is(err, ErrBadProof) {
				t.Fatalf("error %v does not wrap ErrBadProof", err)
			}
			return
		}
		if got := encodeProof(p); !bytes.Equal(got, b) {
			t.Fatalf("ParseProof accepted %x, which encodes back as %x", b, got)
		}
	})
}

func TestParseParams(t *testing.T) {
	for _, p := range []Params{DevnetParams(), FMNISTParams(32), {Shape: DevnetParams().Shape, K: 1, Depth: 1, Version: 2}} {
		got, err := ParseParams(p.String())
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if got.String() != p.String() || got.CircuitVersion() != p.CircuitVersion() {
			t.Errorf("ParseParams(%q) = %s (v%d)", p, got, got.CircuitVersion())
		}
	}
	for _, s := range []string{
		"", "16-8-4/mse", "16-8-4 k=8 depth=8", "16-8-4/huber k=8 depth=8", "16-x-4/mse k=8 depth=8",
		"16-8-4/mse k=0 depth=8", "16-8-4/mse k=8 depth=33", "16-8-4/mse k=8 depth=8 v3",
		"16-8-4/mse k=08 depth=8", "16-8-4/mse k=8 depth=8 v1", "784-100-10/xent k=8 depth=16",
		"16-8-4/mse  k=8 depth=8", "16-8-4/mse k=8 depth=8 x", "16-8-4/squared-error k=8 depth=8",
	} {
		if p, err := ParseParams(s); !errors.Is(err, ErrBadParams) {
			t.Errorf("ParseParams(%q) = %s, %v; want ErrBadParams", s, p, err)
		}
	}
}

func FuzzParseParams(f *testing.F) {
	f.Add(DevnetParams().String())
	f.Add(FMNISTParams(8).String())
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParseParams(s)
		if err != nil {
			return
		}
		if p.String() != s {
			t.Fatalf("ParseParams(%q).String() = %q", s, p.String())
		}
	})
}
