package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// TestGenerated: the committed libraries are what the generator writes from gnark-crypto's
// parameters (rerun `go run ./l1/contracts/scripts/poseidon2gen` and build.sh if not).
func TestGenerated(t *testing.T) {
	for _, tc := range []struct {
		file string
		gen  func() ([]byte, error)
	}{
		{"Poseidon2.sol", Generate},
		{"Poseidon2Wide.sol", GenerateWide},
	} {
		t.Run(tc.file, func(t *testing.T) {
			want, err := tc.gen()
			if err != nil {
				t.Fatal(err)
			}
			have, err := os.ReadFile("../../src/" + tc.file)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(have, want) {
				t.Fatalf("l1/contracts/src/%s is stale: run go run ./l1/contracts/scripts/poseidon2gen from the repository root, then l1/contracts/build.sh", tc.file)
			}
		})
	}
}

// TestFolded: the permutation with the partial rounds' keys folded (what Poseidon2Wide.sol
// computes) equals gnark-crypto's width-16 permutation, on zero, on R-1 lanes and on random
// states.
func TestFolded(t *testing.T) {
	w, err := newWideParams()
	if err != nil {
		t.Fatal(err)
	}
	perm := poseidon2.NewPermutation(wideWidth, wideFull, widePartial)
	states := [][]fr.Element{make([]fr.Element, wideWidth), make([]fr.Element, wideWidth)}
	for i := range states[1] {
		states[1][i].SetInt64(-1)
	}
	for range 20 {
		s := make([]fr.Element, wideWidth)
		for i := range s {
			s[i].MustSetRandom()
		}
		states = append(states, s)
	}
	for n, s := range states {
		want := append([]fr.Element(nil), s...)
		if err := perm.Permutation(want); err != nil {
			t.Fatal(err)
		}
		have := append([]fr.Element(nil), s...)
		w.permuteFolded(have)
		for i := range want {
			if !have[i].Equal(&want[i]) {
				t.Fatalf("state %d lane %d: folded %s, gnark-crypto %s", n, i, have[i].String(), want[i].String())
			}
		}
	}
}

// TestFoldedChanges: the check above can fail: a wrong folded constant changes the output.
func TestFoldedChanges(t *testing.T) {
	w, err := newWideParams()
	if err != nil {
		t.Fatal(err)
	}
	perm := poseidon2.NewPermutation(wideWidth, wideFull, widePartial)
	want := make([]fr.Element, wideWidth)
	if err := perm.Permutation(want); err != nil {
		t.Fatal(err)
	}
	var one fr.Element
	one.SetOne()
	w.first[3].Add(&w.first[3], &one)
	have := make([]fr.Element, wideWidth)
	w.permuteFolded(have)
	if have[1].Equal(&want[1]) {
		t.Fatal("a changed folded key left the output unchanged")
	}
}
