package main

import (
	"bytes"
	"os"
	"testing"
)

// TestGenerated: the committed library is what the generator writes from gnark-crypto's
// default parameters (rerun `go run ./l1/contracts/scripts/poseidon2gen` and build.sh if not).
func TestGenerated(t *testing.T) {
	want, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	have, err := os.ReadFile("../../src/Poseidon2.sol")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, want) {
		t.Fatal("l1/contracts/src/Poseidon2.sol is stale: run go run ./l1/contracts/scripts/poseidon2gen from the repository root, then l1/contracts/build.sh")
	}
}
