package lossverify_test

import (
	"errors"
	"testing"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/l1"
	"github.com/neuron-rollup/neuron/lossverify"
	"github.com/neuron-rollup/neuron/rollup"
)

// TestCircuitID: the id of an MLSC's circuit is that of its key on the chain.
func TestCircuitID(t *testing.T) {
	p := sampledloss.DevnetParams()
	spec := &rollup.MLSCSpec{Layers: []uint32{16, 8, 4}, Loss: uint8(mlp.SquaredError), SampleCount: uint32(p.K), DatasetSize: 256}
	if got := lossverify.ParamsFor(spec).String(); got != p.String() {
		t.Skipf("spec maps to %q, not the devnet circuit %q", got, p)
	}
	want, err := l1.CircuitIDOfKey(sampledloss.DevnetVerifyingKey())
	if err != nil {
		t.Fatal(err)
	}
	if got, err := lossverify.Devnet().CircuitID(spec); err != nil || got != want {
		t.Fatalf("CircuitID = %x, %v; want %x", got, err, want)
	}
	if _, err := lossverify.New(nil).CircuitID(spec); !errors.Is(err, lossverify.ErrNoKey) {
		t.Fatalf("CircuitID without the key: %v, want ErrNoKey", err)
	}
}
