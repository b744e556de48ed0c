package trainer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da/checkpoint"
	"github.com/neuron-rollup/neuron/trainer/engine"
	"github.com/neuron-rollup/neuron/trainer/idx"
)

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

// WriteEval writes r to w as `nrn-trainer eval` prints it: one JSON object
// if asJSON, else aligned text.
func WriteEval(w io.Writer, r *EvalResult, asJSON bool) error {
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

// WriteFileAtomic writes data to path through a synced temporary file.
func WriteFileAtomic(path string, data []byte) error {
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
