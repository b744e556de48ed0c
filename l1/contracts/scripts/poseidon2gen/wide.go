package main

import (
	"bytes"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/ethereum/go-ethereum/crypto"
)

// The wide permutation circuits/poseidon.SpongeHash uses: width 16, 8 full and 57 partial
// rounds (gnark-crypto's constant table for t = 16).
const (
	wideWidth   = 16
	wideFull    = 8
	widePartial = 57
)

// Memory the generated code owns (Poseidon2Wide's _reserve): the state's 16 lanes, the 4
// column sums an external matrix leaves pending, the partial rounds' lane-0 constants.
const (
	memState = 0x80
	memSums  = memState + 32*wideWidth
	memConst = memSums + 32*4
	memEnd   = memConst + 32*widePartial
)

// wideParams are gnark-crypto's t = 16 parameters with the partial rounds' constants folded
// (foldPartial).
type wideParams struct {
	p *poseidon2.Parameters
	// lane0[r]: the constant added to lane 0 before the S-box of partial round r.
	lane0 []fr.Element
	// first[i]: the constant added to lane i in the first full round after the partial rounds
	// (its round key plus what the partial rounds' keys of lanes 1..15 became).
	first []fr.Element
}

func newWideParams() (*wideParams, error) {
	p := poseidon2.NewParameters(wideWidth, wideFull, widePartial)
	if len(p.DiagM1) != wideWidth || len(p.RoundKeys) != wideFull+widePartial || poseidon2.DegreeSBox() != 5 {
		return nil, fmt.Errorf("poseidon2gen: parameters %s are not a width-16, degree-5 permutation with an internal diagonal", p)
	}
	for i, rk := range p.RoundKeys {
		if len(rk) != wideWidth {
			return nil, fmt.Errorf("poseidon2gen: %s round %d has %d keys, want %d", p, i, len(rk), wideWidth)
		}
	}
	w := &wideParams{p: p}
	w.lane0, w.first = foldPartial(p)
	return w, nil
}

// internal multiplies v by the internal matrix diag(DiagM1) + 1·1ᵀ in place.
func internal(p *poseidon2.Parameters, v []fr.Element) {
	var sum fr.Element
	for i := range v {
		sum.Add(&sum, &v[i])
	}
	for i := range v {
		v[i].Mul(&v[i], &p.DiagM1[i]).Add(&v[i], &sum)
	}
}

// foldPartial moves the round keys of lanes 1..15 out of the partial rounds. The generated
// code keeps s with true state v = s + D, D a constant vector (0 on entry): a partial round
// adds its keys RK, so with E = D + RK lane 0 takes s0 + E0 through the S-box and the other
// lanes stay s_j + E_j; the internal matrix M is linear, so s' = M(S-box(s0 + E0), s1..s15)
// and D' = M(0, E1..E15). Lane 0's constant is E0; the D left after the last partial round
// joins the next full round's keys.
func foldPartial(p *poseidon2.Parameters) (lane0, first []fr.Element) {
	rf := p.NbFullRounds / 2
	d := make([]fr.Element, p.Width)
	for r := rf; r < rf+p.NbPartialRounds; r++ {
		e := make([]fr.Element, p.Width)
		for i := range e {
			e[i].Add(&d[i], &p.RoundKeys[r][i])
		}
		lane0 = append(lane0, e[0])
		e[0].SetZero()
		internal(p, e)
		d = e
	}
	first = make([]fr.Element, p.Width)
	for i := range first {
		first[i].Add(&d[i], &p.RoundKeys[rf+p.NbPartialRounds][i])
	}
	return lane0, first
}

// permuteFolded is the generated code's algebra in Go (lazy reductions aside): the Poseidon2
// permutation with the folded constants. TestFolded holds it to gnark-crypto's.
func (w *wideParams) permuteFolded(s []fr.Element) {
	p := w.p
	external := func() {
		for b := 0; b < p.Width/4; b++ {
			x := s[4*b : 4*b+4]
			var t0, t1, t2, t3, t4, t5 fr.Element
			t0.Add(&x[0], &x[1])
			t1.Add(&x[2], &x[3])
			t2.Double(&x[1]).Add(&t2, &t1)
			t3.Double(&x[3]).Add(&t3, &t0)
			t4.Double(&t1).Double(&t4).Add(&t4, &t3)
			t5.Double(&t0).Double(&t5).Add(&t5, &t2)
			x[0].Add(&t3, &t5)
			x[1] = t5
			x[2].Add(&t2, &t4)
			x[3] = t4
		}
		var c [4]fr.Element
		for i := range s {
			c[i%4].Add(&c[i%4], &s[i])
		}
		for i := range s {
			s[i].Add(&s[i], &c[i%4])
		}
	}
	sbox := func(x *fr.Element) {
		var t fr.Element
		t.Square(x).Square(&t)
		x.Mul(x, &t)
	}
	full := func(keys []fr.Element) {
		for i := range s {
			s[i].Add(&s[i], &keys[i])
			sbox(&s[i])
		}
		external()
	}
	rf := p.NbFullRounds / 2
	external()
	for r := 0; r < rf; r++ {
		full(p.RoundKeys[r])
	}
	for r := range p.NbPartialRounds {
		s[0].Add(&s[0], &w.lane0[r])
		sbox(&s[0])
		internal(p, s)
	}
	full(w.first)
	for r := rf + p.NbPartialRounds + 1; r < p.NbFullRounds+p.NbPartialRounds; r++ {
		full(p.RoundKeys[r])
	}
}

// GenerateWide returns Poseidon2Wide.sol: the width-16 permutation and the streaming sponge of
// circuits/poseidon.SpongeHash, for gnark-crypto's t = 16 constants.
func GenerateWide() ([]byte, error) {
	w, err := newWideParams()
	if err != nil {
		return nil, err
	}
	p := w.p
	var b bytes.Buffer
	out := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	c := func(e fr.Element) string { return fmt.Sprintf("0x%064x", e.BigInt(new(big.Int))) }
	lane := func(i int) string { return fmt.Sprintf("0x%x", memState+32*i) }
	sum := func(k int) string { return fmt.Sprintf("0x%x", memSums+32*k) }

	out(`// SPDX-License-Identifier: MIT
// Code generated by l1/contracts/scripts/poseidon2gen from gnark-crypto's parameters
// (%s); DO NOT EDIT.
pragma solidity ^0.8.24;

/// @title Poseidon2Wide
/// @notice circuits/poseidon's wide sponge on L1: the Poseidon2 permutation over the BN254
///         scalar field of width 16 (%s, gnark-crypto's constant
///         table) and SpongeHash (capacity lane 0 starts at the element count, each block of 15
///         elements is added to lanes 1..15 and the state permuted, at least once; the hash is
///         lane 1), absorbed one element at a time.
/// @dev The state lives at fixed memory [0x%x, 0x%x) that _reserve claims before anything is
///      allocated (a contract's external call starts with nothing allocated), so that every
///      access is a constant address. The partial rounds' keys of lanes 1..15 are folded into
///      lane 0's and the next full round's (poseidon2gen foldPartial); the partial rounds loop
///      over lane 0's constants, which _reserve writes at 0x%x. Values stay below 5R < 2^256
///      between reductions (addmod/mulmod take unreduced operands); the state is below R
///      between permutations.
abstract contract Poseidon2Wide {
    /// @dev The BN254 scalar field modulus.
    uint256 internal constant R = 0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001;

    /// @dev The sponge's rate: elements absorbed a permutation.
    uint256 internal constant RATE = %d;

    /// @notice _reserve found memory already allocated.
    error MemoryInUse();

    /// @dev Claims [0x%x, 0x%x) for the state and writes the partial rounds' constants; call it
    ///      first in an external function, before anything is allocated.
    function _reserve() internal pure {
        assembly ("memory-safe") {
            if iszero(eq(mload(0x40), 0x80)) {
                mstore(0, 0x%x) // MemoryInUse()
                revert(0x1c, 4)
            }
            mstore(0x40, 0x%x)
`, p, p, memState, memEnd, memConst, wideWidth-1, memState, memEnd, selector("MemoryInUse()"), memEnd)
	for r, k := range w.lane0 {
		out("            mstore(0x%x, %s)\n", memConst+32*r, c(k))
	}
	out(`        }
    }

    /// @dev Starts a sponge over n elements: lane 0 is n, the others 0.
    function _spongeInit(uint256 n) internal pure {
        assembly ("memory-safe") {
            mstore(0x%x, n)
`, memState)
	for i := 1; i < wideWidth; i++ {
		out("            mstore(%s, 0)\n", lane(i))
	}
	out(`        }
    }

    /// @dev Adds x (reduced mod R) to lane 1 + pos (pos < RATE elements of this block already
    ///      absorbed) and permutes once the block is full; returns the next pos.
    function _absorb(uint256 pos, uint256 x) internal pure returns (uint256) {
        assembly ("memory-safe") {
            let a := add(%s, shl(5, pos))
            mstore(a, addmod(mload(a), x, R))
        }
        unchecked {
            if (++pos < RATE) return pos;
        }
        _permute();
        return 0;
    }

    /// @dev The hash once every element is absorbed (pos as _absorb returned it; n the count
    ///      given to _spongeInit): permutes a partial block, or the empty input's, then lane 1.
    function _squeeze(uint256 pos, uint256 n) internal pure returns (uint256 h) {
        if (pos != 0 || n == 0) _permute();
        assembly ("memory-safe") {
            h := mload(%s)
        }
    }

    /// @dev The permutation of the state (lanes below R in and out).
    function _permute() internal pure {
        assembly ("memory-safe") {
            let p := R
`, lane(1), lane(1))

	// block emits one 4-lane block of an external matrix multiplication, after (if keys is
	// not nil) the round keys, the pending column sums (if pending) and the S-box; it leaves
	// its outputs in the lanes and adds them to c0..c3 (assigns them, for block 0).
	block := func(bl int, keys []fr.Element, pending bool) {
		out("            {\n")
		for k := 0; k < 4; k++ {
			i := 4*bl + k
			x := fmt.Sprintf("mload(%s)", lane(i))
			if pending {
				x = fmt.Sprintf("add(%s, mload(%s))", x, sum(k))
			}
			if keys != nil {
				x = fmt.Sprintf("add(%s, %s)", x, c(keys[i]))
			}
			out("                let x%d := %s\n", k, x)
			if keys != nil {
				out("                {\n                    let t := mulmod(x%d, x%d, p)\n", k, k)
				out("                    x%d := mulmod(mulmod(t, t, p), x%d, p)\n                }\n", k, k)
			}
		}
		// M4 = (5 7 1 3; 4 6 1 1; 1 3 5 7; 1 1 4 6) as gnark-crypto's matMulM4InPlace, inputs
		// below R: t0 = x0+x1, t1 = x2+x3, t2 = 2x1+t1, t3 = 2x3+t0, t4 = 4t1+t3, t5 = 4t0+t2;
		// out (t3+t5, t5, t2+t4, t4), below 2R.
		out(`                let a := addmod(x0, x1, p)
                x0 := addmod(x2, x3, p)
                x1 := addmod(add(x1, x1), x0, p)
                x3 := addmod(add(x3, x3), a, p)
                x2 := addmod(shl(2, x0), x3, p)
                a := addmod(shl(2, a), x1, p)
                x3 := add(x3, a)
                x1 := add(x1, x2)
`)
		outs := []string{"x3", "a", "x1", "x2"}
		for k, v := range outs {
			out("                mstore(%s, %s)\n", lane(4*bl+k), v)
		}
		for k, v := range outs {
			if bl == 0 {
				out("                c%d := %s\n", k, v)
			} else {
				out("                c%d := addmod(c%d, %s, p)\n", k, k, v)
			}
		}
		out("            }\n")
	}
	// external emits a whole external matrix (4 blocks); the column sums stay in c0..c3.
	external := func(keys []fr.Element, pending bool) {
		out("            {\n            let c0, c1, c2, c3\n")
		for bl := 0; bl < wideWidth/4; bl++ {
			block(bl, keys, pending)
		}
	}
	storeSums := func() {
		for k := 0; k < 4; k++ {
			out("            mstore(%s, c%d)\n", sum(k), k)
		}
		out("            }\n")
	}

	rf := p.NbFullRounds / 2
	out("            // the initial external matrix; its column sums pending\n")
	external(nil, false)
	storeSums()
	for r := 0; r < rf; r++ {
		out("            // full round %d\n", r)
		external(p.RoundKeys[r], true)
		if r < rf-1 {
			storeSums()
		}
	}
	// Entering the partial rounds: the pending sums added, reduced.
	out("            // the column sums added, reduced\n")
	for i := 0; i < wideWidth; i++ {
		out("            mstore(%s, addmod(mload(%s), c%d, p))\n", lane(i), lane(i), i%4)
	}
	out("            }\n")
	// A partial round: a = S-box(s0 + E0); S = a + s1 + ... + s15, the state's sum (pairs of
	// lanes below 2R added, the pairs' sums reduced one by one); s_i' = d_i s_i + S (s0 as a),
	// below 2R. One statement a lane: no variable to shuffle.
	var total string
	for i := 1; i < wideWidth; i += 2 {
		term := fmt.Sprintf("mload(%s)", lane(i))
		if i+1 < wideWidth {
			term = fmt.Sprintf("add(%s, mload(%s))", term, lane(i+1))
		}
		if total == "" {
			total = term
		} else {
			total = fmt.Sprintf("addmod(%s, %s, p)", total, term)
		}
	}
	out(`            // %d partial rounds: lane 0's constants at 0x%x
            for { let k := 0x%x } lt(k, 0x%x) { k := add(k, 0x20) } {
                let a := add(mload(0x%x), mload(k))
                let t := mulmod(a, a, p)
                a := mulmod(mulmod(t, t, p), a, p)
                let S := addmod(a, %s, p)
                mstore(0x%x, add(mulmod(a, %s, p), S))
`, p.NbPartialRounds, memConst, memConst, memEnd, memState, total, memState, c(p.DiagM1[0]))
	for i := 1; i < wideWidth; i++ {
		out("                mstore(%s, add(mulmod(mload(%s), %s, p), S))\n", lane(i), lane(i), c(p.DiagM1[i]))
	}
	out("            }\n")
	for r := rf; r < p.NbFullRounds; r++ {
		out("            // full round %d\n", r+p.NbPartialRounds)
		if r == rf {
			out("            // (keys: its own plus the partial rounds' folded ones)\n")
			external(w.first, false)
		} else {
			external(p.RoundKeys[r+p.NbPartialRounds], true)
		}
		if r < p.NbFullRounds-1 {
			storeSums()
		}
	}
	out("            // the column sums added, reduced\n")
	for i := 0; i < wideWidth; i++ {
		out("            mstore(%s, addmod(mload(%s), c%d, p))\n", lane(i), lane(i), i%4)
	}
	out(`            }
        }
    }
}
`)
	return b.Bytes(), nil
}

// selector is the 4-byte error selector of sig, as a number.
func selector(sig string) uint32 {
	h := crypto.Keccak256([]byte(sig))
	return uint32(h[0])<<24 | uint32(h[1])<<16 | uint32(h[2])<<8 | uint32(h[3])
}
