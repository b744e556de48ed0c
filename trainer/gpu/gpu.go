// Package gpu trains Neuron's MLPs on an NVIDIA GPU. Its Trainer is a twin of
// trainer/engine's CPU Engine: the same Config, initial weights, example
// order (engine.EpochOrder), loss, optimiser rules and parameter layout
// (circuits/mlp: per layer W[out][in] row-major, then bias[out]), so results
// agree with the CPU engine within float32 tolerance and checkpoints are
// interchangeable. The fixed-point loss trace is not computed here: it is
// always derived on the CPU from the float weights (circuits/mlp), so it is
// bit-exact whichever backend trained them.
//
// The CUDA backend is built only with the build tag `cuda` (`make
// build-cuda`): it uses the CUDA driver API through gorgonia.org/cu, and its
// own kernels (kernels.cu), compiled to PTX ahead of time (`make ptx`) and
// embedded, so a binary needs only the NVIDIA driver at run time. Without
// the tag, New and DeviceInfo return ErrNoCUDA and nothing links against
// CUDA.
//
// A cuda-tagged binary loads libcuda.so.1 when it starts, and
// gorgonia.org/cu calls cuInit in its package init, exiting the process if
// that fails: build with the tag only for machines with the NVIDIA driver.
package gpu

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/neuron-rollup/neuron/trainer/engine"
)

var (
	// ErrNoCUDA is returned by New and DeviceInfo in a binary built without
	// the `cuda` build tag.
	ErrNoCUDA = errors.New("gpu: built without CUDA support (rebuild with `make build-cuda`, i.e. -tags cuda)")
	// ErrDevice is wrapped by errors about the device itself: a bad ordinal,
	// a failed CUDA call, a kernel that failed to run.
	ErrDevice = errors.New("gpu: device error")
)

// ParseDevice parses a device name as given to `--device`: "cpu" gives
// (-1, nil); "cuda" and "cuda:N" give the CUDA ordinal (0, N).
func ParseDevice(s string) (int, error) {
	switch {
	case s == "cpu":
		return -1, nil
	case s == "cuda":
		return 0, nil
	case strings.HasPrefix(s, "cuda:"):
		n, err := strconv.Atoi(s[len("cuda:"):])
		if err != nil || n < 0 {
			return 0, fmt.Errorf("gpu: bad device %q (want cpu, cuda or cuda:N)", s)
		}
		return n, nil
	}
	return 0, fmt.Errorf("gpu: bad device %q (want cpu, cuda or cuda:N)", s)
}

// DeviceStatus is a snapshot of a GPU for the trainer daemon's reports.
type DeviceStatus struct {
	Ordinal int
	Name    string
	// MemUsed and MemTotal are device memory in bytes, all processes together.
	MemUsed, MemTotal uint64
	// Utilization is the percentage of the last sample period in which a
	// kernel was running (NVML); -1 when NVML is not available.
	Utilization int
}

// backend is what Trainer shares with *engine.Engine: a caller may hold
// either behind this method set (declare the interface where it is used).
type backend interface {
	Config() engine.Config
	Steps() uint64
	Weights() []float32
	SetWeights(w []float32) error
	TrainBatch(x []float32, labels []int) (float64, error)
	TrainEpoch(ctx context.Context, d *engine.Dataset, epoch int) (engine.EpochStats, error)
	Evaluate(d *engine.Dataset) (engine.Metrics, error)
}

var (
	_ backend = (*engine.Engine)(nil)
	_ backend = (*Trainer)(nil)
)

// Tile is a thread-block tile of the matrix-product kernels: BM rows by BN
// columns of the output.
type tile struct{ bm, bn int }

// tiles are the compiled tile sizes (kernels.cu GEMM_ENTRIES), most
// efficient first.
var tiles = []tile{{128, 64}, {64, 64}, {64, 32}, {32, 32}, {16, 16}}

// pickTile chooses the largest tile that still gives about one block per
// multiprocessor for an m×n output; small outputs get the smallest tile.
// The choice changes speed only: every tile computes each element in the
// same order.
func pickTile(m, n, sms int) tile {
	for _, t := range tiles {
		if blocks := ceilDiv(m, t.bm) * ceilDiv(n, t.bn); 4*blocks >= 3*sms {
			return t
		}
	}
	return tiles[len(tiles)-1]
}

func ceilDiv(a, b int) int { return (a + b - 1) / b }

// gemmOps are the transposition variants compiled per tile: nn (C = A·B),
// nt (C = A·Bᵀ) and tn (C = Aᵀ·B).
var gemmOps = []string{"nn", "nt", "tn"}

func gemmKernel(t tile, op string) string { return fmt.Sprintf("gemm_%dx%d_%s", t.bm, t.bn, op) }

// Epilogues of the matrix-product kernels (kernels.cu EPI_*).
const (
	epiStore    = 0
	epiBias     = 1
	epiBiasReLU = 2
	epiMask     = 3
)

// kernelSigs gives each kernel's parameters as the PTX declares them:
// 'p' a pointer (.u64), 'i' an int (.u32), 'f' a float (.f32). Launches are
// checked against it, and a test checks it against kernels.ptx.
func kernelSigs() map[string]string {
	s := map[string]string{
		"bias_grad":   "piip",
		"gather_rows": "pipiip",
		"loss_grad":   "piippiifppp",
		"sgd_step":    "pppifff",
		"adam_step":   "ppppiffffffff",
	}
	for _, t := range tiles {
		for _, op := range gemmOps {
			s[gemmKernel(t, op)] = "iiipipipiip"
		}
	}
	return s
}
