package engine

import (
	"strconv"
	"testing"

	"github.com/neuron-rollup/neuron/circuits/mlp"
)

// BenchmarkTrain measures training throughput (forward, backward, Adam step)
// on synthetic data of the Fashion-MNIST shape; compare runs with benchstat.
func BenchmarkTrain(b *testing.B) {
	for _, bc := range []struct {
		name   string
		layers string
		batch  int
		opt    Optimizer
	}{
		{"fmnist-784-100-10", "784-100-10", 64, Adam},
		{"fmnist-784-100-10", "784-100-10", 256, Adam},
		{"fmnist-784-256-128-10", "784-256-128-10", 64, Adam},
	} {
		b.Run(bc.name+"/batch="+strconv.Itoa(bc.batch), func(b *testing.B) {
			const n = 2048
			d := synthetic(n, 784, 10, 1)
			e, err := New(Config{Shape: shape(b, bc.layers, mlp.CrossEntropy), Optimizer: bc.opt, LearningRate: 1e-3, BatchSize: bc.batch, Seed: 1})
			if err != nil {
				b.Fatal(err)
			}
			samples, off := 0, 0
			for b.Loop() {
				if off+bc.batch > n {
					off = 0
				}
				if _, err := e.TrainBatch(d.X[off*784:(off+bc.batch)*784], d.Labels[off:off+bc.batch]); err != nil {
					b.Fatal(err)
				}
				samples += bc.batch
				off += bc.batch
			}
			b.ReportMetric(float64(samples)/b.Elapsed().Seconds(), "samples/s")
		})
	}
}
