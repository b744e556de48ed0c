//go:build !cuda

package gpu

import (
	"errors"
	"testing"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/trainer/engine"
)

func TestNewWithoutCUDA(t *testing.T) {
	cfg := engine.Config{Shape: mlp.Shape{Layers: []int{4, 3, 2}, Loss: mlp.CrossEntropy}, Optimizer: engine.SGD, LearningRate: 0.1, BatchSize: 2}
	if _, err := New(cfg, 0); !errors.Is(err, ErrNoCUDA) {
		t.Fatalf("New = %v, want ErrNoCUDA", err)
	}
	if _, err := DeviceInfo(0); !errors.Is(err, ErrNoCUDA) {
		t.Fatalf("DeviceInfo = %v, want ErrNoCUDA", err)
	}
	if Available() {
		t.Fatal("Available in a build without CUDA")
	}
}

// TestGPUMatchesCPU is the GPU-against-CPU test of the cuda build
// (gpu_cuda_test.go); in this build there is no GPU backend to test.
func TestGPUMatchesCPU(t *testing.T) {
	t.Skip("SKIP: built without the cuda tag, no GPU backend to test; on a machine with an NVIDIA GPU run scripts/gpu-run.sh (or go test -tags cuda ./trainer/gpu after make build-cuda)")
}
