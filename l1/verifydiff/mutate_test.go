package verifydiff

import (
	"bytes"
	"crypto/sha256"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// point is where a proof point sits in the L1 format (EIP-197 coordinates,
// big-endian, G2 as x.A1 x.A0 y.A1 y.A0).
type point struct {
	name string
	off  int
	g2   bool
}

func (p point) size() int {
	if p.g2 {
		return 128
	}
	return 64
}

// pointsOf lists the points of a proof of n bytes: A, B, C, and for a
// version-2 proof the commitment D and its proof of knowledge P.
func pointsOf(n int) []point {
	ps := []point{{"A", 0, false}, {"B", 64, true}, {"C", 192, false}}
	if n >= 384 {
		ps = append(ps, point{"D", 256, false}, point{"P", 320, false})
	}
	return ps
}

// pointNamed returns the point called name in a proof of n bytes.
func pointNamed(n int, name string) point {
	for _, p := range pointsOf(n) {
		if p.name == name {
			return p
		}
	}
	panic("no point " + name)
}

var (
	fieldP = fp.Modulus()
	fieldR = fr.Modulus()
)

// word returns the i-th 32-byte word of b as an integer.
func word(b []byte, i int) *big.Int { return new(big.Int).SetBytes(b[32*i : 32*i+32]) }

// putWord writes v (below 2^256) big-endian into the i-th 32-byte word of b.
func putWord(b []byte, i int, v *big.Int) { v.FillBytes(b[32*i : 32*i+32]) }

func readG1(b []byte) bn254.G1Affine {
	var p bn254.G1Affine
	p.X.SetBigInt(word(b, 0))
	p.Y.SetBigInt(word(b, 1))
	return p
}

// writeG1 writes p as EIP-196 coordinates, (0, 0) for the point at infinity.
func writeG1(b []byte, p *bn254.G1Affine) {
	x, y := p.X.Bytes(), p.Y.Bytes()
	copy(b[0:32], x[:])
	copy(b[32:64], y[:])
}

func readG2(b []byte) bn254.G2Affine {
	var p bn254.G2Affine
	p.X.A1.SetBigInt(word(b, 0))
	p.X.A0.SetBigInt(word(b, 1))
	p.Y.A1.SetBigInt(word(b, 2))
	p.Y.A0.SetBigInt(word(b, 3))
	return p
}

func writeG2(b []byte, p *bn254.G2Affine) {
	for i, e := range []*fp.Element{&p.X.A1, &p.X.A0, &p.Y.A1, &p.Y.A0} {
		w := e.Bytes()
		copy(b[32*i:32*i+32], w[:])
	}
}

// compressed re-encodes point pt of proof in gnark's compressed form (flag bits
// in the top byte of x, y dropped) and fills the rest of the point's bytes with
// junk (repeated, or zero if junk is empty): gnark's SetBytes reads the
// compressed form and ignores what follows.
func compressed(proof []byte, pt point, junk []byte) []byte {
	out := bytes.Clone(proof)
	b := out[pt.off : pt.off+pt.size()]
	var enc []byte
	if pt.g2 {
		p := readG2(b)
		c := p.Bytes()
		enc = c[:]
	} else {
		p := readG1(b)
		c := p.Bytes()
		enc = c[:]
	}
	copy(b, enc)
	fill(b[len(enc):], junk)
	return out
}

func fill(b, with []byte) {
	for i := range b {
		if len(with) == 0 {
			b[i] = 0
		} else {
			b[i] = with[i%len(with)]
		}
	}
}

// plusP adds the base field modulus p to the coordinate in word w: the same
// field element, written as an integer >= p (or, for a word that is already
// too large for that, subtracts p).
func plusP(proof []byte, w int) []byte {
	out := bytes.Clone(proof)
	putWord(out, w, addMod256(word(out, w), fieldP))
	return out
}

// addMod256 returns v + m, or v - m where v + m does not fit in 256 bits.
func addMod256(v, m *big.Int) *big.Int {
	s := new(big.Int).Add(v, m)
	if s.BitLen() > 256 {
		s.Sub(v, m)
	}
	return s
}

// negated replaces point pt by its negation (still on the curve and in the group).
func negated(proof []byte, pts ...point) []byte {
	out := bytes.Clone(proof)
	for _, pt := range pts {
		b := out[pt.off : pt.off+pt.size()]
		if pt.g2 {
			p := readG2(b)
			p.Neg(&p)
			writeG2(b, &p)
		} else {
			p := readG1(b)
			p.Neg(&p)
			writeG1(b, &p)
		}
	}
	return out
}

// offCurve adds one to the point's y (y.A0 for G2): canonical coordinates, not on
// the curve.
func offCurve(proof []byte, pt point) []byte {
	out := bytes.Clone(proof)
	w := pt.off/32 + 1
	if pt.g2 {
		w = pt.off/32 + 3
	}
	y := new(big.Int).Add(word(out, w), big.NewInt(1))
	putWord(out, w, y.Mod(y, fieldP))
	return out
}

// infinity replaces the points by the point at infinity as EIP-196/197 write it:
// all coordinates zero.
func infinity(proof []byte, pts ...point) []byte {
	out := bytes.Clone(proof)
	for _, pt := range pts {
		clear(out[pt.off : pt.off+pt.size()])
	}
	return out
}

// gnarkInfinity writes point pt as gnark's compressed point at infinity (flag
// 0b01 in the top bits), the rest zero.
func gnarkInfinity(proof []byte, pt point) []byte {
	out := infinity(proof, pt)
	out[pt.off] = 0x40
	return out
}

// otherG1 replaces point pt (a G1 point) by seed·G: a valid group element that
// is not the proof's.
func otherG1(proof []byte, pt point, seed []byte) []byte {
	out := bytes.Clone(proof)
	_, _, g1, _ := bn254.Generators()
	h := sha256.Sum256(seed)
	var p bn254.G1Affine
	p.ScalarMultiplication(&g1, new(big.Int).SetBytes(h[:]))
	writeG1(out[pt.off:pt.off+64], &p)
	return out
}

// twistPoint returns a point on the G2 curve (the twist) that is outside the
// order-r subgroup, derived from seed.
func twistPoint(seed []byte) bn254.G2Affine {
	for i := byte(0); ; i++ {
		h := sha256.Sum256(append(bytes.Clone(seed), i))
		var u bn254.E2
		u.A0.SetBytes(h[:16])
		u.A1.SetBytes(h[16:])
		p := bn254.MapToCurve2(&u)
		if p.IsOnCurve() && !p.IsInfinity() && !p.IsInSubGroup() {
			return p
		}
	}
}

// outsideSubgroup replaces B by a twist point outside the G2 subgroup.
func outsideSubgroup(proof []byte, seed []byte) []byte {
	out := bytes.Clone(proof)
	p := twistPoint(seed)
	writeG2(out[64:192], &p)
	return out
}

// digestPlus returns d + v as a 32-byte big-endian integer (d - v where that
// does not fit; d + r fits for any d below r).
func digestPlus(d [32]byte, v *big.Int) [32]byte {
	var out [32]byte
	addMod256(new(big.Int).SetBytes(d[:]), v).FillBytes(out[:])
	return out
}

// xorAt XORs data into a copy of proof from offset at (wrapping).
func xorAt(proof []byte, at int, data []byte) []byte {
	out := bytes.Clone(proof)
	if len(out) == 0 {
		return out
	}
	for i, b := range data {
		out[(at+i)%len(out)] ^= b
	}
	return out
}
