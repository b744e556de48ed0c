package l1_test

import (
	"errors"
	"testing"

	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/l1"
)

// TestCircuitIDOfKey: the id is a function of the key alone (the devnet key has one), and
// bytes that are not a key have none. Equality with Rollup.circuitIdOf for a version-2 key is
// checked against the contract in l1/deploy (TestRegisterVerifier).
func TestCircuitIDOfKey(t *testing.T) {
	vk := sampledloss.DevnetVerifyingKey()
	id, err := l1.CircuitIDOfKey(vk)
	if err != nil {
		t.Fatal(err)
	}
	again, err := l1.CircuitIDOfKey(sampledloss.DevnetVerifyingKey())
	if err != nil || again != id {
		t.Fatalf("second CircuitIDOfKey = %x, %v; want %x", again, err, id)
	}
	words, err := l1.KeyWords(vk)
	if err != nil || len(words) != 2+3*4+2*2 { // alpha, three G2 points, K0 and K1; no commitment
		t.Fatalf("KeyWords = %d words, %v; want 18", len(words), err)
	}
	for _, bad := range [][]byte{nil, {1, 2, 3}, vk[:len(vk)-1]} {
		if _, err := l1.CircuitIDOfKey(bad); !errors.Is(err, l1.ErrBadKey) {
			t.Errorf("CircuitIDOfKey(%d bytes) = %v, want ErrBadKey", len(bad), err)
		}
	}
}
