package trainer

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/neuron-rollup/neuron/rollup"
)

// ErrMemory is wrapped when a round's dataset and model would not fit in
// Config.MaxMemory.
var ErrMemory = errors.New("trainer: not enough memory")

var byteUnits = []struct {
	suffix string
	mult   float64
}{ // longest suffixes first
	{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40},
	{"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12},
	{"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"T", 1 << 40},
	{"B", 1},
}

// ParseBytes parses a size such as "1073741824", "512MiB", "4GB" or "1.5G"
// (K, M, G, T alone are binary: 1G = 1GiB). Units are case-insensitive.
func ParseBytes(s string) (uint64, error) {
	t := strings.TrimSpace(s)
	mult := 1.0
	for _, u := range byteUnits {
		if len(t) > len(u.suffix) && strings.EqualFold(t[len(t)-len(u.suffix):], u.suffix) {
			t, mult = strings.TrimSpace(t[:len(t)-len(u.suffix)]), u.mult
			break
		}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || v < 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, fmt.Errorf("size %q: want a number of bytes with an optional unit (B, KiB, MiB, GiB, TiB, KB, MB, GB, TB)", s)
	}
	n := v * mult
	if n >= math.MaxUint64 {
		return 0, fmt.Errorf("size %q is too large", s)
	}
	return uint64(n), nil
}

// formatBytes prints n in binary units.
func formatBytes(n uint64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// memoryNeed estimates the memory a round of spec takes while training with
// minibatches of batch examples: the dataset (every input as an int64 for
// the fixed-point pass and a float32 for the engine: examples × width × 12
// bytes, plus per-example labels, slice headers, the loss trace and its sum
// tree) and the model (weights, gradients, two optimiser moments and the
// quantized copy: params × 24 bytes, plus activations and their gradients
// for a minibatch). It returns the total and the dataset's part.
func memoryNeed(spec *rollup.MLSCSpec, batch int) (total, data uint64) {
	n := spec.DatasetSize
	var width, params, units uint64
	for i, l := range spec.Layers {
		units += uint64(l)
		if i == 0 {
			width = uint64(l)
			continue
		}
		params += uint64(spec.Layers[i-1])*uint64(l) + uint64(l)
	}
	const perExample = 24 + 8 + 8 + 8 + 2*40 // slice header, label, engine label, trace loss, sum-tree nodes
	data = n*width*12 + n*perExample
	model := params*24 + uint64(max(batch, 1))*units*4*3
	return data + model, data
}

// checkMemory fails with ErrMemory if spec's round would not fit in
// limit bytes (0: no limit).
func checkMemory(spec *rollup.MLSCSpec, batch int, limit uint64) error {
	if limit == 0 {
		return nil
	}
	total, data := memoryNeed(spec, batch)
	if total <= limit {
		return nil
	}
	width := uint32(0)
	if len(spec.Layers) > 0 {
		width = spec.Layers[0]
	}
	return fmt.Errorf("%w: the round needs about %s (dataset %s: %d examples × %d inputs × 12 B and per-example state; model %s) but --max-memory is %s",
		ErrMemory, formatBytes(total), formatBytes(data), spec.DatasetSize, width, formatBytes(total-data), formatBytes(limit))
}
