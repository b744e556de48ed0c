package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/neuron-rollup/neuron/circuits/sampledloss"
)

// TestRunModel makes keys for a tiny cross-entropy circuit, prints its
// chain-file entry, and prints the same entry when the keys are reloaded.
func TestRunModel(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a Groth16 setup")
	}
	cache := t.TempDir()
	var first, second bytes.Buffer
	if err := runModel(&first, "4-3-2", "xent", 1, 4, cache); err != nil {
		t.Fatal(err)
	}
	if err := runModel(&second, "4-3-2", "xent", 1, 4, cache); err != nil {
		t.Fatal(err)
	}
	if first.String() != second.String() {
		t.Fatalf("reloaded keys print %q, made keys %q", second.String(), first.String())
	}
	var entry map[string]hexutil.Bytes
	if err := json.Unmarshal(first.Bytes(), &entry); err != nil {
		t.Fatal(err)
	}
	vk, ok := entry["4-3-2/xent k=1 depth=2 v2"]
	if !ok || len(entry) != 1 {
		t.Fatalf("entry %s", first.String())
	}
	if err := sampledloss.CheckVerifyingKey(vk); err != nil {
		t.Fatal(err)
	}

	for _, bad := range []struct {
		model, loss, cache string
		k, examples        int
	}{
		{"4-3-2", "xent", "", 1, 4},
		{"4-3-2", "hinge", cache, 1, 4},
		{"4-x-2", "xent", cache, 1, 4},
		{"4-3-2", "xent", cache, 0, 4},
		{"4-3-2", "xent", cache, 1, 0},
	} {
		if err := runModel(&bytes.Buffer{}, bad.model, bad.loss, bad.k, bad.examples, bad.cache); err == nil {
			t.Errorf("%+v accepted", bad)
		}
	}
}
