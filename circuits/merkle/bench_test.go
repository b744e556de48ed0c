package merkle

import (
	"testing"

	"github.com/neuron-rollup/neuron/circuits/mlp"
)

// BenchmarkDatasetTree hashes 1024 Fashion-MNIST-sized examples (784 inputs).
func BenchmarkDatasetTree(b *testing.B) {
	ex := make([]mlp.Example, 1024)
	for i := range ex {
		x := make([]int64, 784)
		for j := range x {
			x[j] = int64((i * j) % 65536)
		}
		ex[i] = mlp.Example{X: x, Label: i % 10}
	}
	for b.Loop() {
		if _, err := NewDatasetTree(16, ex); err != nil {
			b.Fatal(err)
		}
	}
}
