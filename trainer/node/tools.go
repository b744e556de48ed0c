package node

import (
	"fmt"
	"os"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da/checkpoint"
	"github.com/neuron-rollup/neuron/trainer"
	"github.com/neuron-rollup/neuron/trainer/engine"
)

// TrainFlags are the flags of `nrn-trainer train`.
func TrainFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "dataset", Value: "data/fashion-mnist", Usage: "directory of the IDX files (scripts/fetch-fashion-mnist.sh)", EnvVars: env("DATASET")},
		&cli.StringFlag{Name: "model", Value: "784-100-10", Usage: "layer sizes"},
		&cli.StringFlag{Name: "loss", Value: "mse", Usage: "mse (provable) or xent"},
		&cli.StringFlag{Name: "optimizer", Value: "sgd", Usage: "sgd or adam"},
		&cli.Float64Flag{Name: "lr", Value: 0.05, Usage: "learning rate"},
		&cli.Float64Flag{Name: "momentum", Value: 0.9, Usage: "SGD momentum"},
		&cli.IntFlag{Name: "batch", Value: 64, Usage: "minibatch size"},
		&cli.IntFlag{Name: "epochs", Value: 5, Usage: "passes over the training split"},
		&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "seed of the initial weights and example order"},
		&cli.IntFlag{Name: "threads", Usage: "training threads (0: all cores)", EnvVars: env("THREADS")},
		&cli.StringFlag{Name: "device", Value: "cpu", Usage: "cpu, cuda or cuda:N (CUDA needs a binary built with -tags cuda)", EnvVars: env("DEVICE")},
		&cli.IntFlag{Name: "limit", Usage: "use only the first N training examples (0: all)"},
		&cli.StringFlag{Name: "init", Usage: "start from this checkpoint file instead of a fresh init"},
		&cli.StringFlag{Name: "out", Usage: "checkpoint file to write", Required: true},
	}
}

// EvalFlags are the flags of `nrn-trainer eval`.
func EvalFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "checkpoint", Usage: "checkpoint file", Required: true},
		&cli.StringFlag{Name: "dataset", Value: "data/fashion-mnist", Usage: "directory of the IDX files", EnvVars: env("DATASET")},
		&cli.StringFlag{Name: "split", Value: "test", Usage: "test or train"},
		&cli.IntFlag{Name: "limit", Usage: "use only the first N examples (0: all)"},
		&cli.BoolFlag{Name: "json", Usage: "print the result as one JSON object"},
	}
}

func trainCmd(c *cli.Context) error {
	loss, err := mlp.ParseLoss(c.String("loss"))
	if err != nil {
		return err
	}
	shape, err := mlp.ParseShape(c.String("model"), loss)
	if err != nil {
		return err
	}
	opt, err := engine.ParseOptimizer(c.String("optimizer"))
	if err != nil {
		return err
	}
	cfg := engine.Config{
		Shape: shape, Optimizer: opt, LearningRate: float32(c.Float64("lr")), BatchSize: c.Int("batch"),
		Seed: c.Uint64("seed"), Threads: c.Int("threads"),
	}
	if opt == engine.SGD {
		cfg.Momentum = float32(c.Float64("momentum"))
	}
	if err := trainer.CheckDevice(c.String("device")); err != nil {
		return err
	}
	set, err := trainer.LoadSplit(c.String("dataset"), "train", c.Int("limit"))
	if err != nil {
		return err
	}
	if set.Rows*set.Cols != shape.Inputs() {
		return fmt.Errorf("model takes %d inputs, images have %d pixels", shape.Inputs(), set.Rows*set.Cols)
	}
	eng, closeEng, err := trainer.NewBackend(cfg, c.String("device"))
	if err != nil {
		return err
	}
	defer closeEng()
	var step uint64
	if p := c.String("init"); p != "" {
		ck, err := readCheckpoint(p)
		if err != nil {
			return err
		}
		if !ck.Shape.Equal(shape) {
			return fmt.Errorf("checkpoint %s has shape %s, not %s", p, ck.Shape, shape)
		}
		if err := eng.SetWeights(ck.Weights); err != nil {
			return err
		}
		step = ck.Step
	}
	train := engine.FromIDX(set)
	out := c.App.Writer
	var last float64
	for ep := 0; ep < c.Int("epochs"); ep++ {
		t0 := time.Now()
		st, err := eng.TrainEpoch(c.Context, train, ep)
		if err != nil {
			return err
		}
		last = st.Loss
		fmt.Fprintf(out, "epoch %d/%d  loss %.4f  %.0f samples/s\n", ep+1, c.Int("epochs"), st.Loss,
			float64(train.Len())/time.Since(t0).Seconds())
	}
	ck := &checkpoint.Checkpoint{Shape: shape, Step: step + eng.Steps(), TrainLoss: last, Weights: eng.Weights()}
	if test, err := trainer.LoadSplit(c.String("dataset"), "test", 0); err == nil {
		m, err := eng.Evaluate(engine.FromIDX(test))
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "test  accuracy %.4f  loss %.4f  (%d examples)\n", m.Accuracy, m.Loss, m.N)
	}
	b, err := checkpoint.Encode(ck)
	if err != nil {
		return err
	}
	if err := trainer.WriteFileAtomic(c.String("out"), b); err != nil {
		return err
	}
	fmt.Fprintf(out, "wrote %s (%s, %d steps)\n", c.String("out"), shape, ck.Step)
	return nil
}

func evalCmd(c *cli.Context) error {
	ck, err := readCheckpoint(c.String("checkpoint"))
	if err != nil {
		return err
	}
	set, err := trainer.LoadSplit(c.String("dataset"), c.String("split"), c.Int("limit"))
	if err != nil {
		return err
	}
	r, err := trainer.Eval(c.Context, ck, set)
	if err != nil {
		return err
	}
	return trainer.WriteEval(c.App.Writer, r, c.Bool("json"))
}

func readCheckpoint(path string) (*checkpoint.Checkpoint, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	ck, err := checkpoint.Decode(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ck, nil
}
