package trainer

import (
	"context"
	"fmt"

	"github.com/neuron-rollup/neuron/trainer/engine"
	"github.com/neuron-rollup/neuron/trainer/gpu"
)

// Backend trains one model in float32. The CPU engine (*engine.Engine) and
// the CUDA trainer (*gpu.Trainer) implement it with the same initial
// weights, example order and parameter layout; the fixed-point loss trace is
// always computed on the CPU from Weights.
type Backend interface {
	SetWeights(w []float32) error
	TrainBatch(x []float32, labels []int) (float64, error)
	TrainEpoch(ctx context.Context, d *engine.Dataset, epoch int) (engine.EpochStats, error)
	Evaluate(d *engine.Dataset) (engine.Metrics, error)
	Weights() []float32
	Steps() uint64
}

var (
	_ Backend = (*engine.Engine)(nil)
	_ Backend = (*gpu.Trainer)(nil)
)

// CheckDevice checks a device name as --device takes it: "cpu" (or empty),
// "cuda" or "cuda:N". A CUDA device fails with an error wrapping
// gpu.ErrNoCUDA in a binary built without the cuda tag, and with the
// device's error if the GPU cannot be opened.
func CheckDevice(device string) error {
	ord, err := parseDevice(device)
	if err != nil || ord < 0 {
		return err
	}
	if _, err := gpu.DeviceInfo(ord); err != nil {
		return fmt.Errorf("device %s: %w", device, err)
	}
	return nil
}

func parseDevice(device string) (int, error) {
	if device == "" {
		return -1, nil
	}
	return gpu.ParseDevice(device)
}

// NewBackend returns a backend for cfg on device ("cpu" or empty, "cuda",
// "cuda:N"). Call close when done with it (it frees GPU memory).
func NewBackend(cfg engine.Config, device string) (b Backend, close func() error, err error) {
	ord, err := parseDevice(device)
	if err != nil {
		return nil, nil, err
	}
	if ord < 0 {
		e, err := engine.New(cfg)
		if err != nil {
			return nil, nil, fmt.Errorf("engine: %w", err)
		}
		return e, func() error { return nil }, nil
	}
	t, err := gpu.New(cfg, ord)
	if err != nil {
		return nil, nil, fmt.Errorf("device %s: %w", device, err)
	}
	return t, t.Close, nil
}
