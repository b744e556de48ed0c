//go:build !cuda

package gpu

import (
	"context"

	"github.com/neuron-rollup/neuron/trainer/engine"
)

// Trainer is the CUDA trainer; in this build (no `cuda` tag) it cannot be
// created: New returns ErrNoCUDA.
type Trainer struct{}

// New returns ErrNoCUDA: this binary was built without the `cuda` tag.
func New(cfg engine.Config, device int) (*Trainer, error) { return nil, ErrNoCUDA }

// DeviceInfo returns ErrNoCUDA: this binary was built without the `cuda` tag.
func DeviceInfo(device int) (DeviceStatus, error) { return DeviceStatus{}, ErrNoCUDA }

// Available reports whether this binary has the CUDA backend (false here).
func Available() bool { return false }

func (t *Trainer) Config() engine.Config        { return engine.Config{} }
func (t *Trainer) Steps() uint64                { return 0 }
func (t *Trainer) Weights() []float32           { return nil }
func (t *Trainer) Err() error                   { return ErrNoCUDA }
func (t *Trainer) SetWeights(w []float32) error { return ErrNoCUDA }
func (t *Trainer) Close() error                 { return nil }
func (t *Trainer) Evaluate(d *engine.Dataset) (engine.Metrics, error) {
	return engine.Metrics{}, ErrNoCUDA
}
func (t *Trainer) TrainBatch(x []float32, labels []int) (float64, error) { return 0, ErrNoCUDA }
func (t *Trainer) TrainEpoch(ctx context.Context, d *engine.Dataset, epoch int) (engine.EpochStats, error) {
	return engine.EpochStats{}, ErrNoCUDA
}
