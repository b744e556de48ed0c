package trainer

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/trainer/gpu"
)

// TestDaemonDevice: a daemon asked for CUDA in a binary without it fails
// to build, naming why.
func TestDaemonDevice(t *testing.T) {
	if gpu.Available() {
		t.Skip("this binary has CUDA")
	}
	cfg := testConfig(t.TempDir())
	cfg.Device = "cuda"
	_, err := New(cfg, Deps{Key: testKey(1), Sequencer: dummySeq{}, DA: newMemory()})
	require.ErrorIs(t, err, gpu.ErrNoCUDA)
}
