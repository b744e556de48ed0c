package devnet

import (
	"context"
	"fmt"
	"time"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/lossverify"
	"github.com/neuron-rollup/neuron/trainer"
)

// Models the devnet can run (Config.Model).
const (
	// ModelToy is the default: a 16-8-4 squared-error MLP on 256 generated
	// examples, proved with the committed devnet keys (circuit version 1)
	// and the gnark-exported L1 verifier.
	ModelToy = "toy"
	// ModelFMNIST is the Fashion-MNIST MLP 784-100-10 with softmax
	// cross-entropy on the Fashion-MNIST training images (circuit version 2,
	// k = 8), proved with keys made on first use and cached under
	// Config.KeyCache, verified on L1 by a BatchLossVerifier.
	ModelFMNIST = "fmnist"
)

// fmnistK is the number of sampled examples per Fashion-MNIST proof.
const fmnistK = 8

// model is what the devnet's MLSC trains and how its proofs are made.
type model struct {
	params   sampledloss.Params
	examples []mlp.Example
	classes  int
	keys     *sampledloss.Keys // nil: loaded from Config.KeyDir on first proof (toy)
	verifier *lossverify.Verifier
	batchKey *sampledloss.BatchVerifierKey // nil: the gnark-exported devnet verifier
	// extra returns k examples of the same task that are not in examples:
	// what the devnet's delta adds (Config.Delta).
	extra func(k int) ([]mlp.Example, error)
	// spec fields that differ between models
	learningRate uint32 // millionths
	batchSize    uint32
	epochs       uint32
	commit       time.Duration
	reveal       time.Duration
	proof        time.Duration
}

// initModel loads the model's data and, for Fashion-MNIST, its proving keys
// (set up on first use: minutes on two cores), before L1 is deployed with the
// matching verifier.
func (n *network) initModel(ctx context.Context) error {
	switch n.cfg.Model {
	case "", ModelToy:
		n.model = &model{params: sampledloss.DevnetParams(), examples: sampleDataset(), classes: 4,
			verifier: lossverify.Devnet(), learningRate: 10_000, batchSize: 16, epochs: 2,
			extra:  func(k int) ([]mlp.Example, error) { return clusterExamples(k, 1), nil },
			commit: 4 * time.Second, reveal: 3 * time.Second, proof: 40 * time.Second}
		return nil
	case ModelFMNIST:
	default:
		return fmt.Errorf("devnet: unknown model %q (want %s or %s)", n.cfg.Model, ModelToy, ModelFMNIST)
	}
	set, err := trainer.LoadSplit(n.cfg.FMNISTDir, "train", n.cfg.FMNISTExamples)
	if err != nil {
		return err
	}
	examples := trainer.Examples(set)
	p := sampledloss.Params{Shape: mlp.Shape{Layers: []int{set.Rows * set.Cols, 100, 10}, Loss: mlp.CrossEntropy},
		K: fmnistK, Depth: dataset.Depth(len(examples)), Version: 2}
	dir := sampledloss.KeyCacheDir(n.cfg.KeyCache, p)
	n.printf("Fashion-MNIST: %d training images from %s; proving keys for %s in %s (made on first use: minutes)",
		len(examples), n.cfg.FMNISTDir, p, dir)
	t0 := time.Now()
	keys, err := sampledloss.LoadOrSetup(dir, p)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	vk := keys.VerifyingKeyBytes()
	bk, err := sampledloss.NewBatchVerifierKey(vk)
	if err != nil {
		return err
	}
	n.printf("proving keys ready (%d constraints, %s)", keys.Meta.Constraints, time.Since(t0).Round(time.Second))
	n.model = &model{params: p, examples: examples, classes: 10, keys: keys,
		verifier: lossverify.New(map[string][]byte{
			sampledloss.DevnetParams().String(): sampledloss.DevnetVerifyingKey(), p.String(): vk}),
		batchKey: bk, learningRate: 1_000, batchSize: 64, epochs: 1,
		extra: func(k int) ([]mlp.Example, error) {
			test, err := trainer.LoadSplit(n.cfg.FMNISTDir, "test", k)
			if err != nil {
				return nil, err
			}
			return trainer.Examples(test), nil
		},
		commit: 60 * time.Second, reveal: 15 * time.Second, proof: 90 * time.Second}
	return nil
}
