package mlp_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/trainer/engine"
	"github.com/neuron-rollup/neuron/trainer/idx"
)

// TestFashionMNISTQuantization trains the float32 784-100-10 cross-entropy
// MLP (trainer/engine) on Fashion-MNIST and compares its test accuracy with
// the fixed-point forward pass of the quantized weights on quantized pixels
// (the exact integers the circuit proves). It needs the IDX files from
// scripts/fetch-fashion-mnist.sh under ../../data/fashion-mnist and
// NRN_FMNIST=1 (it trains for about a minute); otherwise it skips.
func TestFashionMNISTQuantization(t *testing.T) {
	if os.Getenv("NRN_FMNIST") == "" {
		t.Skip("set NRN_FMNIST=1 to train and measure quantization on Fashion-MNIST")
	}
	dir := filepath.Join("..", "..", "data", "fashion-mnist")
	train, err := idx.LoadSet(filepath.Join(dir, "train-images-idx3-ubyte.gz"), filepath.Join(dir, "train-labels-idx1-ubyte.gz"))
	if err != nil {
		t.Skipf("Fashion-MNIST not available (run scripts/fetch-fashion-mnist.sh): %v", err)
	}
	test, err := idx.LoadSet(filepath.Join(dir, "t10k-images-idx3-ubyte.gz"), filepath.Join(dir, "t10k-labels-idx1-ubyte.gz"))
	if err != nil {
		t.Skipf("Fashion-MNIST test set not available: %v", err)
	}
	shape := mlp.Shape{Layers: []int{784, 100, 10}, Loss: mlp.CrossEntropy}
	e, err := engine.New(engine.Config{Shape: shape, Optimizer: engine.Adam, LearningRate: 1e-3, BatchSize: 64, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for ep := range 3 {
		if _, err := e.TrainEpoch(context.Background(), engine.FromIDX(train), ep); err != nil {
			t.Fatal(err)
		}
	}
	m, err := e.Evaluate(engine.FromIDX(test))
	if err != nil {
		t.Fatal(err)
	}
	w := e.Weights()
	q := make([]int64, len(w))
	for i, v := range w {
		q[i] = fixedpoint.Quantize(v)
	}
	correct := 0
	var lossSum float64
	for i := range test.N {
		img := test.Image(i)
		x := make([]int64, len(img))
		for j, p := range img {
			x[j] = fixedpoint.QuantizePixel(p)
		}
		y := shape.Forward(q, x)
		arg := 0
		for j := range y {
			if y[j] > y[arg] {
				arg = j
			}
		}
		if arg == int(test.Labels[i]) {
			correct++
		}
		l, err := shape.OutputLoss(y, int(test.Labels[i]))
		if err != nil {
			t.Fatal(err)
		}
		lossSum += fixedpoint.Float(int64(l))
	}
	fixedAcc := float64(correct) / float64(test.N)
	t.Logf("Fashion-MNIST test set (%d examples): float32 accuracy %.4f loss %.4f; fixed point accuracy %.4f loss %.4f; gap %.2f points",
		test.N, m.Accuracy, m.Loss, fixedAcc, lossSum/float64(test.N), 100*(m.Accuracy-fixedAcc))
	if d := 100 * (m.Accuracy - fixedAcc); d > 0.5 || d < -0.5 {
		t.Fatalf("quantization changes accuracy by %.2f points (> 0.5)", d)
	}
}
