package trainer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da/checkpoint"
	"github.com/neuron-rollup/neuron/trainer/engine"
	"github.com/neuron-rollup/neuron/trainer/idx"
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

// LoadSplit reads the "train" or "test" split of an MNIST-layout IDX
// directory (files plain or gzipped), keeping the first limit examples if
// limit > 0.
func LoadSplit(dir, split string, limit int) (*idx.Set, error) {
	var prefix string
	switch split {
	case "train":
		prefix = "train"
	case "test":
		prefix = "t10k"
	default:
		return nil, fmt.Errorf("split %q: want train or test", split)
	}
	find := func(name string) (string, error) {
		for _, p := range []string{name, name + ".gz"} {
			if _, err := os.Stat(filepath.Join(dir, p)); err == nil {
				return filepath.Join(dir, p), nil
			}
		}
		return "", fmt.Errorf("%s(.gz) not in %s (run scripts/fetch-fashion-mnist.sh)", name, dir)
	}
	images, err := find(prefix + "-images-idx3-ubyte")
	if err != nil {
		return nil, err
	}
	labels, err := find(prefix + "-labels-idx1-ubyte")
	if err != nil {
		return nil, err
	}
	s, err := idx.LoadSet(images, labels)
	if err != nil {
		return nil, err
	}
	s.Head(limit)
	return s, nil
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
	if err := CheckDevice(c.String("device")); err != nil {
		return err
	}
	set, err := LoadSplit(c.String("dataset"), "train", c.Int("limit"))
	if err != nil {
		return err
	}
	if set.Rows*set.Cols != shape.Inputs() {
		return fmt.Errorf("model takes %d inputs, images have %d pixels", shape.Inputs(), set.Rows*set.Cols)
	}
	eng, closeEng, err := NewBackend(cfg, c.String("device"))
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
	if test, err := LoadSplit(c.String("dataset"), "test", 0); err == nil {
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
	if err := writeFileAtomic(c.String("out"), b); err != nil {
		return err
	}
	fmt.Fprintf(out, "wrote %s (%s, %d steps)\n", c.String("out"), shape, ck.Step)
	return nil
}

// EvalResult is what `nrn-trainer eval --json` prints. JSON has no NaN or
// infinity: MarshalJSON writes such a value as null and names it in
// "non_finite" (see evaljson.go and docs/formats.md), and UnmarshalJSON reads
// it back.
type EvalResult struct {
	// Accuracy and Loss are the float32 engine's.
	Accuracy float64 `json:"accuracy"`
	// AccuracyFixedPoint is the accuracy of the quantized weights under the
	// protocol's fixed-point forward pass (what a proof checks).
	AccuracyFixedPoint float64 `json:"accuracy_fixed_point"`
	Loss               float64 `json:"loss"`
	// LossFixedPoint is the mean fixed-point loss in real units, when the
	// loss has a fixed-point definition.
	LossFixedPoint *float64 `json:"loss_fixed_point,omitempty"`
	Examples       int      `json:"examples"`
}

// Eval evaluates ck on set in float32 and in fixed point.
func Eval(ctx context.Context, ck *checkpoint.Checkpoint, set *idx.Set) (*EvalResult, error) {
	shape := ck.Shape
	if set.Rows*set.Cols != shape.Inputs() {
		return nil, fmt.Errorf("model takes %d inputs, images have %d pixels", shape.Inputs(), set.Rows*set.Cols)
	}
	eng, err := engine.New(engine.Config{Shape: shape, Optimizer: engine.SGD, LearningRate: 1, BatchSize: 256})
	if err != nil {
		return nil, err
	}
	if err := eng.SetWeights(ck.Weights); err != nil {
		return nil, err
	}
	m, err := eng.Evaluate(engine.FromIDX(set))
	if err != nil {
		return nil, err
	}
	params := fixedpoint.QuantizeAll(ck.Weights)
	_, lossErr := shape.OutputLoss(make([]int64, shape.Outputs()), 0)
	var correct int
	var lossSum float64
	x := make([]int64, shape.Inputs())
	for i := 0; i < set.N; i++ {
		if i%1024 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		for j, p := range set.Image(i) {
			x[j] = fixedpoint.QuantizePixel(p)
		}
		y := shape.Forward(params, x)
		best := 0
		for k := range y {
			if y[k] > y[best] {
				best = k
			}
		}
		if best == int(set.Labels[i]) {
			correct++
		}
		if lossErr == nil {
			l, err := shape.OutputLoss(y, int(set.Labels[i]))
			if err != nil {
				return nil, err
			}
			lossSum += float64(l)
		}
	}
	r := &EvalResult{Accuracy: m.Accuracy, AccuracyFixedPoint: float64(correct) / float64(set.N), Loss: m.Loss, Examples: set.N}
	if lossErr == nil {
		v := lossSum / float64(set.N) / float64(fixedpoint.One)
		r.LossFixedPoint = &v
	}
	return r, nil
}

func evalCmd(c *cli.Context) error {
	ck, err := readCheckpoint(c.String("checkpoint"))
	if err != nil {
		return err
	}
	set, err := LoadSplit(c.String("dataset"), c.String("split"), c.Int("limit"))
	if err != nil {
		return err
	}
	r, err := Eval(c.Context, ck, set)
	if err != nil {
		return err
	}
	return printEval(c.App.Writer, r, c.Bool("json"))
}

func printEval(w io.Writer, r *EvalResult, asJSON bool) error {
	if asJSON {
		return json.NewEncoder(w).Encode(r)
	}
	fmt.Fprintf(w, "examples                %d\naccuracy                %.4f\naccuracy (fixed point)  %.4f\nloss                    %.4f\n",
		r.Examples, r.Accuracy, r.AccuracyFixedPoint, r.Loss)
	if r.LossFixedPoint != nil {
		fmt.Fprintf(w, "loss (fixed point)      %.4f\n", *r.LossFixedPoint)
	}
	return nil
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

// writeFileAtomic writes data to path through a synced temporary file.
func writeFileAtomic(path string, data []byte) error {
	tmp := path + journalTmp
	if err := writeSync(tmp, data); err != nil {
		return errors.Join(err, os.Remove(tmp))
	}
	return os.Rename(tmp, path)
}

// Examples quantizes an IDX set's images (fixedpoint.QuantizePixel) into the
// fixed-point examples that DA datasets and the circuits hold.
func Examples(set *idx.Set) []mlp.Example {
	out := make([]mlp.Example, set.N)
	for i := range out {
		x := make([]int64, set.Rows*set.Cols)
		for j, px := range set.Image(i) {
			x[j] = fixedpoint.QuantizePixel(px)
		}
		out[i] = mlp.Example{X: x, Label: int(set.Labels[i])}
	}
	return out
}
