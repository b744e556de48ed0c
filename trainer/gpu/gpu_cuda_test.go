//go:build cuda

package gpu

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da/checkpoint"
	"github.com/neuron-rollup/neuron/trainer/engine"
	"gorgonia.org/cu"
)

// device 0 is the one tested; a cuda-tagged binary cannot start without the
// driver (libcuda.so.1), so "no GPU" here means the driver sees no device 0.
func newTrainer(t testing.TB, cfg engine.Config) *Trainer {
	t.Helper()
	if !Available() {
		t.Skip("SKIP: no CUDA device visible to the driver; this test needs an NVIDIA GPU")
	}
	tr, err := New(cfg, 0)
	if err != nil {
		t.Fatalf("gpu.New: %v", err)
	}
	t.Cleanup(func() {
		if err := tr.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return tr
}

func shape(t testing.TB, layers string, loss mlp.Loss) mlp.Shape {
	t.Helper()
	s, err := mlp.ParseShape(layers, loss)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// synthetic is a learnable dataset: inputs uniform in [0,1), labels the
// argmax of a fixed random linear map.
func synthetic(n, width, classes int, seed uint64) *engine.Dataset {
	r := rand.New(rand.NewPCG(seed, 7))
	proj := make([]float32, classes*width)
	for i := range proj {
		proj[i] = r.Float32()*2 - 1
	}
	d := &engine.Dataset{X: make([]float32, n*width), Labels: make([]int, n), Width: width}
	for i := range n {
		x := d.X[i*width : (i+1)*width]
		for j := range x {
			x[j] = r.Float32()
		}
		best, bestV := 0, float32(math.Inf(-1))
		for c := range classes {
			var s float32
			for j, v := range x {
				s += proj[c*width+j] * (v - 0.5)
			}
			if s > bestV {
				best, bestV = c, s
			}
		}
		d.Labels[i] = best
	}
	return d
}

// relDiff is ‖a-b‖ / max(‖b‖, tiny).
func relDiff(a, b []float32) float64 {
	var num, den float64
	for i := range a {
		d := float64(a[i]) - float64(b[i])
		num += d * d
		den += float64(b[i]) * float64(b[i])
	}
	return math.Sqrt(num) / math.Max(math.Sqrt(den), 1e-30)
}

func closeRel(a, b, tol float64) bool { return math.Abs(a-b) <= tol*math.Max(math.Abs(b), 1e-12) }

// TestGEMM runs every compiled matrix-product kernel (tile × transposition ×
// epilogue) on odd sizes against a float64 reference, and checks that all
// tiles give bit-identical results.
func TestGEMM(t *testing.T) {
	tr := newTrainer(t, engine.Config{Shape: shape(t, "4-3-2", mlp.CrossEntropy), Optimizer: engine.SGD, LearningRate: 0.1, BatchSize: 2})
	defer tr.enter()()
	d := tr.d
	r := rand.New(rand.NewPCG(1, 2))
	randv := func(n int) []float32 {
		v := make([]float32, n)
		for i := range v {
			v[i] = r.Float32()*2 - 1
		}
		return v
	}
	for _, sz := range [][3]int{{1, 1, 1}, {17, 10, 33}, {256, 100, 784}, {130, 70, 5}, {64, 64, 16}, {10, 1024, 256}, {33, 129, 47}} {
		m, n, k := sz[0], sz[1], sz[2]
		for _, op := range gemmOps {
			// A is m×k (nn, nt) or k×m (tn); B is k×n (nn, tn) or n×k (nt).
			a, b := randv(m*k), randv(k*n)
			lda, ldb := k, n
			if op == "tn" {
				lda = m
			}
			if op == "nt" {
				ldb = k
			}
			at := func(i, kk int) float64 {
				if op == "tn" {
					return float64(a[kk*lda+i])
				}
				return float64(a[i*lda+kk])
			}
			bt := func(kk, j int) float64 {
				if op == "nt" {
					return float64(b[j*ldb+kk])
				}
				return float64(b[kk*ldb+j])
			}
			bias, mask := randv(n), randv(m*n)
			dA, dB, dBias, dMask, dC := d.alloc(len(a)), d.alloc(len(b)), d.alloc(n), d.alloc(m*n), d.alloc(m*n)
			upload(d, dA, a)
			upload(d, dB, b)
			upload(d, dBias, bias)
			upload(d, dMask, mask)
			for epi, aux := range []cu.DevicePtr{0, dBias, dBias, dMask} {
				var first []float32
				for _, tl := range tiles {
					name := fmt.Sprintf("%s/%dx%dx%d/epi=%d/%s", op, m, n, k, epi, gemmKernel(tl, op))
					d.zero(dC, m*n)
					d.launch(gemmKernel(tl, op), ceilDiv(n, tl.bn), ceilDiv(m, tl.bm), 256,
						intArg(m), intArg(n), intArg(k), ptrArg(dA), intArg(lda), ptrArg(dB), intArg(ldb), ptrArg(dC), intArg(n), intArg(epi), ptrArg(aux))
					c := make([]float32, m*n)
					download(d, c, dC)
					if d.err != nil {
						t.Fatalf("%s: %v", name, d.err)
					}
					bad := 0
					for i := range m {
						for j := range n {
							var s float64
							for kk := range k {
								s += at(i, kk) * bt(kk, j)
							}
							switch epi {
							case epiBias:
								s += float64(bias[j])
							case epiBiasReLU:
								s = math.Max(s+float64(bias[j]), 0)
							case epiMask:
								if !(mask[i*n+j] > 0) {
									s = 0
								}
							}
							if math.Abs(float64(c[i*n+j])-s) > 2e-6*float64(k)+1e-6 {
								if bad++; bad <= 3 {
									t.Errorf("%s: C[%d][%d] = %v, want %v", name, i, j, c[i*n+j], s)
								}
							}
						}
					}
					if first == nil {
						first = c
					} else {
						for i := range c {
							if math.Float32bits(c[i]) != math.Float32bits(first[i]) {
								t.Errorf("%s: C[%d] = %v, tile %v gave %v: tiles disagree", name, i, c[i], tiles[0], first[i])
								break
							}
						}
					}
				}
			}
			for _, p := range []cu.DevicePtr{dA, dB, dBias, dMask, dC} {
				d.free(p)
			}
		}
	}
}

var matchCases = []struct {
	name   string
	layers string
	loss   mlp.Loss
	cfg    engine.Config
	n      int
}{
	{"784-32-10/xent/sgd-momentum", "784-32-10", mlp.CrossEntropy, engine.Config{Optimizer: engine.SGD, LearningRate: 0.05, Momentum: 0.9, BatchSize: 32, Seed: 11}, 500},
	{"20-16-16-3/mse/adam-wd", "20-16-16-3", mlp.SquaredError, engine.Config{Optimizer: engine.Adam, LearningRate: 1e-2, WeightDecay: 1e-4, BatchSize: 7, Seed: 3}, 300},
	{"784-100-10/xent/adam", "784-100-10", mlp.CrossEntropy, engine.Config{Optimizer: engine.Adam, LearningRate: 1e-3, BatchSize: 256, Seed: 5}, 1100},
	{"64-128-64-10/xent/sgd", "64-128-64-10", mlp.CrossEntropy, engine.Config{Optimizer: engine.SGD, LearningRate: 0.1, BatchSize: 64, Seed: 9}, 640},
}

// TestGPUMatchesCPU trains the same model on the CPU engine and the GPU
// trainer and compares initial weights (exact), per-epoch losses, final
// weights and evaluation (float tolerance).
func TestGPUMatchesCPU(t *testing.T) {
	for _, tc := range matchCases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := tc.cfg
			cfg.Shape = shape(t, tc.layers, tc.loss)
			cpu, err := engine.New(cfg)
			if err != nil {
				t.Fatal(err)
			}
			gpu := newTrainer(t, cfg)
			w0c, w0g := cpu.Weights(), gpu.Weights()
			if d := relDiff(w0g, w0c); d != 0 {
				t.Fatalf("initial weights differ (rel %g)", d)
			}
			data := synthetic(tc.n, cfg.Shape.Inputs(), cfg.Shape.Outputs(), cfg.Seed)
			ctx := context.Background()
			for ep := range 3 {
				sc, err := cpu.TrainEpoch(ctx, data, ep)
				if err != nil {
					t.Fatal(err)
				}
				sg, err := gpu.TrainEpoch(ctx, data, ep)
				if err != nil {
					t.Fatalf("gpu epoch %d: %v", ep, err)
				}
				t.Logf("epoch %d: loss cpu %.7g gpu %.7g, weights rel diff %.3g", ep, sc.Loss, sg.Loss, relDiff(gpu.Weights(), cpu.Weights()))
				if sc.Steps != sg.Steps || !closeRel(sg.Loss, sc.Loss, 1e-3) {
					t.Errorf("epoch %d: gpu %+v, cpu %+v", ep, sg, sc)
				}
			}
			if cpu.Steps() != gpu.Steps() {
				t.Errorf("steps: gpu %d, cpu %d", gpu.Steps(), cpu.Steps())
			}
			if d := relDiff(gpu.Weights(), cpu.Weights()); d > 1e-3 {
				t.Errorf("final weights differ: rel %g", d)
			}
			mc, err := cpu.Evaluate(data)
			if err != nil {
				t.Fatal(err)
			}
			mg, err := gpu.Evaluate(data)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("evaluate: cpu %+v gpu %+v", mc, mg)
			if mc.N != mg.N || !closeRel(mg.Loss, mc.Loss, 1e-3) || math.Abs(mg.Accuracy-mc.Accuracy) > 0.01 {
				t.Errorf("evaluate: gpu %+v, cpu %+v", mg, mc)
			}
		})
	}
}

// TestTrainBatch compares single steps, including a batch larger than the
// configured size (the buffers grow).
func TestTrainBatch(t *testing.T) {
	cfg := engine.Config{Shape: shape(t, "30-20-5", mlp.CrossEntropy), Optimizer: engine.Adam, LearningRate: 1e-2, BatchSize: 8, Seed: 1}
	cpu, err := engine.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	gpu := newTrainer(t, cfg)
	data := synthetic(2000, 30, 5, 4)
	for i, rows := range []int{8, 3, 8, 2000} {
		x, y := data.X[:rows*30], data.Labels[:rows]
		lc, err := cpu.TrainBatch(x, y)
		if err != nil {
			t.Fatal(err)
		}
		lg, err := gpu.TrainBatch(x, y)
		if err != nil {
			t.Fatal(err)
		}
		if !closeRel(lg, lc, 1e-4) {
			t.Errorf("step %d (%d rows): loss gpu %v, cpu %v", i, rows, lg, lc)
		}
		if d := relDiff(gpu.Weights(), cpu.Weights()); d > 1e-4 {
			t.Errorf("step %d (%d rows): weights rel diff %g", i, rows, d)
		}
	}
	if _, err := gpu.TrainBatch(data.X[:30], []int{5}); err == nil {
		t.Error("label 5 of 5 classes accepted")
	}
}

// TestDeterministic checks that two trainers with one seed agree bit for bit.
func TestDeterministic(t *testing.T) {
	cfg := engine.Config{Shape: shape(t, "784-64-10", mlp.CrossEntropy), Optimizer: engine.Adam, LearningRate: 1e-3, BatchSize: 50, Seed: 2}
	data := synthetic(600, 784, 10, 1)
	var ws [2][]float32
	for i := range ws {
		g := newTrainer(t, cfg)
		for ep := range 2 {
			if _, err := g.TrainEpoch(context.Background(), data, ep); err != nil {
				t.Fatal(err)
			}
		}
		ws[i] = g.Weights()
	}
	for i := range ws[0] {
		if math.Float32bits(ws[0][i]) != math.Float32bits(ws[1][i]) {
			t.Fatalf("weight %d: %v then %v", i, ws[0][i], ws[1][i])
		}
	}
}

// TestCheckpointInterchange moves weights GPU → checkpoint → CPU and back.
func TestCheckpointInterchange(t *testing.T) {
	cfg := engine.Config{Shape: shape(t, "784-48-10", mlp.CrossEntropy), Optimizer: engine.SGD, LearningRate: 0.05, Momentum: 0.9, BatchSize: 32, Seed: 8}
	data := synthetic(400, 784, 10, 3)
	gpu := newTrainer(t, cfg)
	st, err := gpu.TrainEpoch(context.Background(), data, 0)
	if err != nil {
		t.Fatal(err)
	}
	b, err := checkpoint.Encode(&checkpoint.Checkpoint{Shape: cfg.Shape, Step: gpu.Steps(), TrainLoss: st.Loss, Weights: gpu.Weights()})
	if err != nil {
		t.Fatal(err)
	}
	ck, err := checkpoint.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	cpu, err := engine.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := cpu.SetWeights(ck.Weights); err != nil {
		t.Fatal(err)
	}
	mc, _ := cpu.Evaluate(data)
	mg, err := gpu.Evaluate(data)
	if err != nil {
		t.Fatal(err)
	}
	if !closeRel(mg.Loss, mc.Loss, 1e-4) || math.Abs(mg.Accuracy-mc.Accuracy) > 0.005 {
		t.Errorf("evaluate after interchange: gpu %+v, cpu %+v", mg, mc)
	}
	// CPU → GPU: exact round trip, optimiser reset.
	if _, err := cpu.TrainEpoch(context.Background(), data, 1); err != nil {
		t.Fatal(err)
	}
	w := cpu.Weights()
	if err := gpu.SetWeights(w); err != nil {
		t.Fatal(err)
	}
	if gpu.Steps() != 0 {
		t.Errorf("steps after SetWeights: %d", gpu.Steps())
	}
	for i, v := range gpu.Weights() {
		if math.Float32bits(v) != math.Float32bits(w[i]) {
			t.Fatalf("weight %d: gpu %v, set %v", i, v, w[i])
		}
	}
	if err := gpu.SetWeights(w[1:]); err == nil {
		t.Error("short weights accepted")
	}
}

func TestCancel(t *testing.T) {
	cfg := engine.Config{Shape: shape(t, "10-4-2", mlp.CrossEntropy), Optimizer: engine.SGD, LearningRate: 0.1, BatchSize: 4, Seed: 1}
	gpu := newTrainer(t, cfg)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := gpu.TrainEpoch(ctx, synthetic(40, 10, 2, 1), 0); !errors.Is(err, context.Canceled) {
		t.Fatalf("TrainEpoch with a cancelled context: %v", err)
	}
	if err := gpu.Err(); err != nil {
		t.Fatal(err)
	}
}

func TestDeviceInfo(t *testing.T) {
	if !Available() {
		t.Skip("SKIP: no CUDA device visible to the driver")
	}
	st, err := DeviceInfo(0)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", st)
	if st.Name == "" || st.MemTotal == 0 || st.MemUsed > st.MemTotal {
		t.Errorf("implausible %+v", st)
	}
	if _, err := DeviceInfo(1 << 20); !errors.Is(err, ErrDevice) {
		t.Errorf("DeviceInfo(huge) = %v", err)
	}
}

// BenchmarkTrainGPU measures training throughput (forward, backward, Adam)
// in whole epochs over device-resident synthetic data, as the trainer runs.
// scripts/gpu-run.sh runs it beside bench/torch_gpu.py.
func BenchmarkTrainGPU(b *testing.B) {
	for _, bc := range []struct {
		layers string
		batch  int
	}{
		{"784-100-10", 256},
		{"784-1024-1024-10", 256},
	} {
		b.Run(fmt.Sprintf("%s/batch=%d", bc.layers, bc.batch), func(b *testing.B) {
			cfg := engine.Config{Shape: shape(b, bc.layers, mlp.CrossEntropy), Optimizer: engine.Adam, LearningRate: 1e-3, BatchSize: bc.batch, Seed: 1}
			g := newTrainer(b, cfg)
			n := 200 * bc.batch
			data := synthetic(n, 784, 10, 1)
			if _, err := g.TrainEpoch(context.Background(), data, 0); err != nil { // upload, JIT, warm-up
				b.Fatal(err)
			}
			samples := 0
			for b.Loop() {
				if _, err := g.TrainEpoch(context.Background(), data, 1); err != nil {
					b.Fatal(err)
				}
				samples += n
			}
			b.ReportMetric(float64(samples)/b.Elapsed().Seconds(), "samples/s")
		})
	}
}
