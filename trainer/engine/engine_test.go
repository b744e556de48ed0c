package engine

import (
	"context"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/trainer/idx"
)

func shape(t testing.TB, layers string, loss mlp.Loss) mlp.Shape {
	s, err := mlp.ParseShape(layers, loss)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// synthetic makes a learnable classification set: label = argmax of a fixed
// random linear map of the inputs.
func synthetic(n, width, classes int, seed uint64) *Dataset {
	r := rand.New(rand.NewPCG(seed, 99))
	proj := randSlice(rand.New(rand.NewPCG(7, 7)), classes*width)
	d := &Dataset{X: randSlice(r, n*width), Labels: make([]int, n), Width: width}
	for i := range n {
		best, bv := 0, float32(math.Inf(-1))
		for c := range classes {
			var s float32
			for k := range width {
				s += proj[c*width+k] * d.X[i*width+k]
			}
			if s > bv {
				best, bv = c, s
			}
		}
		d.Labels[i] = best
	}
	return d
}

func TestGradients(t *testing.T) { forEachKernel(t, testGradients) }

func testGradients(t *testing.T) {
	for _, loss := range []mlp.Loss{mlp.CrossEntropy, mlp.SquaredError} {
		t.Run(loss.String(), func(t *testing.T) {
			e, err := New(Config{Shape: shape(t, "13-9-7-5", loss), Optimizer: SGD, LearningRate: 0.1, BatchSize: 6, Seed: 3, Threads: 1})
			if err != nil {
				t.Fatal(err)
			}
			d := synthetic(6, 13, 5, 1)
			meanLoss := func() float64 {
				copy(e.acts[0], d.X)
				e.forward(6)
				s, _ := e.lossGrad(6, d.Labels, nil)
				return s / 6
			}
			copy(e.acts[0], d.X)
			e.forward(6)
			e.lossGrad(6, d.Labels, e.dz[0])
			e.backward(6)
			bad := 0
			for i := range e.params {
				const h = 1e-2
				orig := e.params[i]
				e.params[i] = orig + h
				up := meanLoss()
				e.params[i] = orig - h
				down := meanLoss()
				e.params[i] = orig
				num := (up - down) / (2 * h)
				if diff := math.Abs(num - float64(e.grads[i])); diff > 2e-3+2e-2*math.Abs(num) {
					bad++
					t.Logf("param %d: analytic %g numeric %g", i, e.grads[i], num)
				}
			}
			if bad > 2 { // a ReLU kink inside ±h may spoil one or two
				t.Fatalf("%d of %d gradients disagree with finite differences", bad, len(e.params))
			}
		})
	}
}

func TestDeterministic(t *testing.T) { forEachKernel(t, testDeterministic) }

func testDeterministic(t *testing.T) {
	// 200-90-4 has 18,454 parameters: enough for the optimiser update to
	// run split over goroutines, whose boundaries must not change results.
	d := synthetic(300, 200, 4, 2)
	run := func(threads int, opt Optimizer) []float32 {
		e, err := New(Config{Shape: shape(t, "200-90-4", mlp.CrossEntropy), Optimizer: opt, LearningRate: 0.01, Momentum: 0.9, BatchSize: 32, Seed: 42, Threads: threads})
		if err != nil {
			t.Fatal(err)
		}
		for ep := range 2 {
			if _, err := e.TrainEpoch(context.Background(), d, ep); err != nil {
				t.Fatal(err)
			}
		}
		return e.Weights()
	}
	for _, opt := range []Optimizer{SGD, Adam} {
		a, b, c := run(1, opt), run(2, opt), run(3, opt)
		for i := range a {
			if a[i] != b[i] || a[i] != c[i] {
				t.Fatalf("%v: weight %d differs across thread counts: %v %v %v", opt, i, a[i], b[i], c[i])
			}
		}
	}
}

func TestLearnsSynthetic(t *testing.T) { forEachKernel(t, testLearnsSynthetic) }

func testLearnsSynthetic(t *testing.T) {
	train, test := synthetic(4000, 20, 3, 1), synthetic(1000, 20, 3, 2)
	for _, tc := range []struct {
		opt  Optimizer
		loss mlp.Loss
		lr   float32
	}{{SGD, mlp.CrossEntropy, 0.05}, {Adam, mlp.CrossEntropy, 0.003}, {SGD, mlp.SquaredError, 0.02}} {
		t.Run(tc.opt.String()+"/"+tc.loss.String(), func(t *testing.T) {
			e, err := New(Config{Shape: shape(t, "20-32-3", tc.loss), Optimizer: tc.opt, LearningRate: tc.lr, Momentum: 0.9, BatchSize: 32, Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			before, _ := e.Evaluate(test)
			var last EpochStats
			for ep := range 5 {
				if last, err = e.TrainEpoch(context.Background(), train, ep); err != nil {
					t.Fatal(err)
				}
			}
			after, err := e.Evaluate(test)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("accuracy %.3f -> %.3f, loss %.3f -> %.3f (train %.3f)", before.Accuracy, after.Accuracy, before.Loss, after.Loss, last.Loss)
			if after.Accuracy < 0.9 || after.Loss >= before.Loss {
				t.Fatalf("did not learn: %+v -> %+v", before, after)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	good := Config{Shape: shape(t, "4-2", mlp.CrossEntropy), Optimizer: Adam, LearningRate: 1e-3, BatchSize: 8}
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, mut := range map[string]func(*Config){
		"lr":       func(c *Config) { c.LearningRate = 0 },
		"opt":      func(c *Config) { c.Optimizer = 9 },
		"batch":    func(c *Config) { c.BatchSize = 0 },
		"momentum": func(c *Config) { c.Momentum = 1 },
		"shape":    func(c *Config) { c.Shape.Layers = []int{4} },
	} {
		c := good
		mut(&c)
		if _, err := New(c); err == nil {
			t.Errorf("%s: New accepted a bad config", name)
		}
	}
	e, _ := New(good)
	if _, err := e.TrainBatch(make([]float32, 8), []int{0, 2}); err == nil {
		t.Error("TrainBatch accepted label 2 for 2 outputs")
	}
	if err := e.SetWeights(make([]float32, 3)); err == nil {
		t.Error("SetWeights accepted a wrong count")
	}
}

func TestRNGStable(t *testing.T) {
	// The reference PCG32 demo (pcg32_srandom_r(42, 54)) prints these; a
	// different generator would change every seed's weights and order.
	r := newRNG(42, 54)
	for i, want := range []uint32{0xa15c02b7, 0x7b47f409, 0xba1d3330} {
		if got := r.next(); got != want {
			t.Fatalf("output %d = %#x, want %#x", i, got, want)
		}
	}
	p := permutation(10, newRNG(1, 1))
	seen := make(map[int]bool)
	for _, v := range p {
		seen[v] = true
	}
	if len(seen) != 10 {
		t.Fatalf("permutation %v is not one", p)
	}
}

func loadFashion(t testing.TB) (train, test *Dataset) {
	dir := filepath.Join("..", "..", "data", "fashion-mnist")
	if _, err := os.Stat(filepath.Join(dir, "train-images-idx3-ubyte.gz")); err != nil {
		t.Skipf("no Fashion-MNIST in %s: run scripts/fetch-fashion-mnist.sh", dir)
	}
	load := func(prefix string) *Dataset {
		s, err := idx.LoadSet(filepath.Join(dir, prefix+"-images-idx3-ubyte.gz"), filepath.Join(dir, prefix+"-labels-idx1-ubyte.gz"))
		if err != nil {
			t.Fatal(err)
		}
		return FromIDX(s)
	}
	return load("train"), load("t10k")
}

// TestFashionMNIST is the quality goal: 784-100-10 reaches >= 0.87 test
// accuracy in a few epochs (0.8709 after 6, 0.8774 after 8 with this seed).
func TestFashionMNIST(t *testing.T) {
	if testing.Short() {
		t.Skip("trains for several seconds; skipped in -short")
	}
	train, test := loadFashion(t)
	e, err := New(Config{Shape: shape(t, "784-100-10", mlp.CrossEntropy), Optimizer: Adam, LearningRate: 1e-3, BatchSize: 64, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var m Metrics
	for ep := range 8 {
		st, err := e.TrainEpoch(context.Background(), train, ep)
		if err != nil {
			t.Fatal(err)
		}
		if m, err = e.Evaluate(test); err != nil {
			t.Fatal(err)
		}
		t.Logf("epoch %d: train loss %.4f, test loss %.4f, test accuracy %.4f", ep, st.Loss, m.Loss, m.Accuracy)
	}
	if m.Accuracy < 0.87 {
		t.Fatalf("test accuracy %.4f < 0.87", m.Accuracy)
	}
}
