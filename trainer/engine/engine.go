// Package engine trains Neuron's MLPs on the CPU in float32: forward and
// backward passes for an mlp.Shape (ReLU hidden layers; softmax cross-entropy
// or squared error against one-hot(label)), minibatch SGD with momentum or
// Adam, deterministic from a seed.
//
// Parameters use the shared layout of circuits/mlp: for each layer, the
// weight matrix W[out][in] row-major, then bias[out], layers concatenated.
//
// Matrix products run on AVX2/FMA micro-kernels (pure Go elsewhere), split
// over Config.Threads goroutines. Each output element is computed by one
// goroutine in a fixed order, so results are bit-identical for any thread
// count on the same machine and kernel.
package engine

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"

	"github.com/neuron-rollup/neuron/circuits/mlp"
)

// Optimizer selects the update rule.
type Optimizer uint8

const (
	// SGD is stochastic gradient descent with (PyTorch-style) momentum:
	// v = momentum*v + g; w -= lr*v.
	SGD Optimizer = 1
	// Adam is Kingma & Ba's Adam with bias correction.
	Adam Optimizer = 2
)

func (o Optimizer) String() string {
	switch o {
	case SGD:
		return "sgd"
	case Adam:
		return "adam"
	}
	return fmt.Sprintf("optimizer(%d)", uint8(o))
}

// ParseOptimizer parses "sgd" or "adam".
func ParseOptimizer(s string) (Optimizer, error) {
	switch s {
	case "sgd":
		return SGD, nil
	case "adam":
		return Adam, nil
	}
	return 0, fmt.Errorf("engine: unknown optimizer %q (want sgd or adam)", s)
}

// Config is a training setup.
type Config struct {
	Shape        mlp.Shape
	Optimizer    Optimizer
	LearningRate float32
	// Momentum for SGD (0 = plain SGD).
	Momentum float32
	// Beta1, Beta2, Epsilon for Adam; zero means 0.9, 0.999, 1e-8.
	Beta1, Beta2, Epsilon float32
	// WeightDecay adds WeightDecay*w to every gradient (L2), biases included.
	WeightDecay float32
	BatchSize   int
	// Seed fixes the initial weights and the order of examples.
	Seed uint64
	// Threads for matrix products; 0 means GOMAXPROCS.
	Threads int
}

// ErrConfig is wrapped by configuration errors.
var ErrConfig = errors.New("engine: bad config")

// Validate lists every problem with the config.
func (c Config) Validate() error {
	var errs []error
	if err := c.Shape.Validate(); err != nil {
		errs = append(errs, err)
	}
	if c.Optimizer != SGD && c.Optimizer != Adam {
		errs = append(errs, fmt.Errorf("%w: optimizer %v", ErrConfig, c.Optimizer))
	}
	if !(c.LearningRate > 0) || math.IsInf(float64(c.LearningRate), 0) {
		errs = append(errs, fmt.Errorf("%w: learning rate %v must be positive", ErrConfig, c.LearningRate))
	}
	if c.Momentum < 0 || c.Momentum >= 1 {
		errs = append(errs, fmt.Errorf("%w: momentum %v outside [0,1)", ErrConfig, c.Momentum))
	}
	for _, b := range []float32{c.Beta1, c.Beta2} {
		if b < 0 || b >= 1 {
			errs = append(errs, fmt.Errorf("%w: Adam beta %v outside [0,1)", ErrConfig, b))
		}
	}
	if c.Epsilon < 0 || c.WeightDecay < 0 {
		errs = append(errs, fmt.Errorf("%w: negative epsilon or weight decay", ErrConfig))
	}
	if c.BatchSize < 1 || c.BatchSize > 1<<16 {
		errs = append(errs, fmt.Errorf("%w: batch size %d outside 1..65536", ErrConfig, c.BatchSize))
	}
	if c.Threads < 0 {
		errs = append(errs, fmt.Errorf("%w: %d threads", ErrConfig, c.Threads))
	}
	return errors.Join(errs...)
}

// Engine holds a model's parameters, optimiser state and work buffers. It is
// not safe for concurrent use.
type Engine struct {
	cfg     Config
	layers  []int
	offs    []int // offset of layer l's W in params (l = 1..L; offs[0] unused)
	threads int

	params []float32
	grads  []float32
	m, v   []float32 // momentum / Adam moments
	steps  uint64

	// per-batch buffers, for up to bufRows examples
	bufRows int
	acts    [][]float32 // acts[l]: rows × layers[l]
	dz      [2][]float32
	dzt     []float32
}

// New returns an engine with freshly initialised weights: like PyTorch's
// nn.Linear, W and b uniform in ±1/sqrt(fan_in), drawn from Seed.
func New(cfg Config) (*Engine, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.Optimizer == Adam {
		if cfg.Beta1 == 0 {
			cfg.Beta1 = 0.9
		}
		if cfg.Beta2 == 0 {
			cfg.Beta2 = 0.999
		}
		if cfg.Epsilon == 0 {
			cfg.Epsilon = 1e-8
		}
	}
	e := &Engine{cfg: cfg, layers: append([]int(nil), cfg.Shape.Layers...), threads: cfg.Threads}
	if e.threads == 0 {
		e.threads = runtime.GOMAXPROCS(0)
	}
	e.offs = make([]int, len(e.layers))
	off := 0
	for l := 1; l < len(e.layers); l++ {
		e.offs[l] = off
		off += e.layers[l]*e.layers[l-1] + e.layers[l]
	}
	e.params = make([]float32, off)
	e.grads = make([]float32, off)
	e.m = make([]float32, off)
	if cfg.Optimizer == Adam {
		e.v = make([]float32, off)
	}
	rng := newRNG(cfg.Seed, 0)
	for l := 1; l < len(e.layers); l++ {
		bound := float32(1 / math.Sqrt(float64(e.layers[l-1])))
		w := e.params[e.offs[l] : e.offs[l]+e.layers[l]*e.layers[l-1]+e.layers[l]]
		for i := range w {
			w[i] = (2*rng.float32() - 1) * bound
		}
	}
	e.ensureRows(cfg.BatchSize)
	return e, nil
}

// Shape is the model's shape.
func (e *Engine) Shape() mlp.Shape { return e.cfg.Shape }

// Config is the engine's configuration, defaults filled in.
func (e *Engine) Config() Config { return e.cfg }

// Steps is the number of optimiser steps taken.
func (e *Engine) Steps() uint64 { return e.steps }

// Weights returns a copy of the parameters in the shared layout.
func (e *Engine) Weights() []float32 { return append([]float32(nil), e.params...) }

// SetWeights replaces the parameters (shared layout, Shape().ParamCount()
// values) and resets the optimiser state and step count.
func (e *Engine) SetWeights(w []float32) error {
	if len(w) != len(e.params) {
		return fmt.Errorf("engine: %d weights for shape %s, want %d", len(w), e.cfg.Shape, len(e.params))
	}
	copy(e.params, w)
	clear(e.m)
	clear(e.v)
	e.steps = 0
	return nil
}

func (e *Engine) ensureRows(rows int) {
	if rows <= e.bufRows {
		return
	}
	e.bufRows = rows
	e.acts = make([][]float32, len(e.layers))
	maxw := 0
	for l, n := range e.layers {
		e.acts[l] = make([]float32, rows*n)
		maxw = max(maxw, n)
	}
	e.dz[0] = make([]float32, rows*maxw)
	e.dz[1] = make([]float32, rows*maxw)
	e.dzt = make([]float32, rows*maxw)
}

func (e *Engine) weights(l int) (w, b []float32) {
	in, out := e.layers[l-1], e.layers[l]
	o := e.offs[l]
	return e.params[o : o+out*in], e.params[o+out*in : o+out*in+out]
}

func (e *Engine) gradients(l int) (w, b []float32) {
	in, out := e.layers[l-1], e.layers[l]
	o := e.offs[l]
	return e.grads[o : o+out*in], e.grads[o+out*in : o+out*in+out]
}

// forward runs rows examples already in acts[0]; the outputs (logits) are
// left in acts[L]; hidden acts hold post-ReLU values.
func (e *Engine) forward(rows int) {
	L := len(e.layers) - 1
	for l := 1; l <= L; l++ {
		in, out := e.layers[l-1], e.layers[l]
		w, b := e.weights(l)
		z := e.acts[l][:rows*out]
		gemmNT(rows, out, in, e.acts[l-1], in, w, in, 0, z, out, e.threads)
		relu := l < L
		for r := range rows {
			zr := z[r*out : (r+1)*out]
			for j := range zr {
				v := zr[j] + b[j]
				if relu && v < 0 {
					v = 0
				}
				zr[j] = v
			}
		}
	}
}

// lossGrad computes the per-example losses of the logits in acts[L] and,
// if dz is not nil, d(mean loss)/d(logits) into dz. It returns the summed
// loss and the number of correct argmax predictions.
func (e *Engine) lossGrad(rows int, labels []int, dz []float32) (sum float64, correct int) {
	L := len(e.layers) - 1
	out := e.layers[L]
	inv := float32(1) / float32(rows)
	for r := range rows {
		z := e.acts[L][r*out : (r+1)*out]
		y := labels[r]
		best := 0
		for j := range z {
			if z[j] > z[best] {
				best = j
			}
		}
		if best == y {
			correct++
		}
		var g []float32
		if dz != nil {
			g = dz[r*out : (r+1)*out]
		}
		switch e.cfg.Shape.Loss {
		case mlp.CrossEntropy:
			zmax := z[best]
			var s float64
			for _, v := range z {
				s += math.Exp(float64(v - zmax))
			}
			logZ := float64(zmax) + math.Log(s)
			sum += logZ - float64(z[y])
			if g != nil {
				for j, v := range z {
					p := float32(math.Exp(float64(v) - logZ))
					if j == y {
						p--
					}
					g[j] = p * inv
				}
			}
		case mlp.SquaredError:
			for j, v := range z {
				d := v
				if j == y {
					d--
				}
				sum += float64(d) * float64(d)
				if g != nil {
					g[j] = 2 * d * inv
				}
			}
		}
	}
	return sum, correct
}

// backward fills grads from dz of the output layer (in e.dz[0]).
func (e *Engine) backward(rows int) {
	L := len(e.layers) - 1
	cur := 0
	for l := L; l >= 1; l-- {
		in, out := e.layers[l-1], e.layers[l]
		dz := e.dz[cur][:rows*out]
		gw, gb := e.gradients(l)
		// dW = dZᵀ · A_{l-1}
		transpose(e.dzt, rows, dz, out, rows, out)
		gemmNN(out, in, rows, e.dzt, rows, e.acts[l-1], in, false, gw, in, e.threads)
		// db = column sums of dZ (rows of dZᵀ)
		for j := range out {
			var s float32
			for _, v := range e.dzt[j*rows : (j+1)*rows] {
				s += v
			}
			gb[j] = s
		}
		if l == 1 {
			break
		}
		// dA_{l-1} = dZ · W, masked by ReLU'(Z_{l-1}) = [A_{l-1} > 0].
		w, _ := e.weights(l)
		next := e.dz[1-cur][:rows*in]
		gemmNN(rows, in, out, dz, out, w, in, false, next, in, e.threads)
		a := e.acts[l-1][:rows*in]
		for i, v := range a {
			if v <= 0 {
				next[i] = 0
			}
		}
		cur = 1 - cur
	}
}

// update applies one optimiser step with the gradients in grads.
func (e *Engine) update() {
	e.steps++
	c := e.cfg
	lr, wd := c.LearningRate, c.WeightDecay
	var bc1, bc2 float32
	if c.Optimizer == Adam {
		bc1 = 1 - float32(math.Pow(float64(c.Beta1), float64(e.steps)))
		bc2 = 1 - float32(math.Pow(float64(c.Beta2), float64(e.steps)))
	}
	e.parallel(len(e.params), func(lo, hi int) {
		p, g, m := e.params[lo:hi], e.grads[lo:hi], e.m[lo:hi]
		n8 := 0
		if useAsm {
			n8 = len(p) &^ 7
		}
		switch c.Optimizer {
		case SGD:
			mu := c.Momentum
			if n8 > 0 {
				k := [4]float32{lr, mu, wd, 0}
				sgdStep(&p[0], &g[0], &m[0], n8, &k)
			}
			for i := n8; i < len(p); i++ {
				gi := g[i] + wd*p[i]
				m[i] = mu*m[i] + gi
				p[i] -= lr * m[i]
			}
		case Adam:
			v := e.v[lo:hi]
			b1, b2, eps := c.Beta1, c.Beta2, c.Epsilon
			step := lr / bc1
			sq := float32(1 / math.Sqrt(float64(bc2)))
			if n8 > 0 {
				k := [8]float32{b1, 1 - b1, b2, 1 - b2, step, sq, eps, wd}
				adamStep(&p[0], &g[0], &m[0], &v[0], n8, &k)
			}
			for i := n8; i < len(p); i++ {
				gi := g[i] + wd*p[i]
				m[i] = b1*m[i] + (1-b1)*gi
				v[i] = b2*v[i] + (1-b2)*gi*gi
				p[i] -= step * m[i] / (float32(math.Sqrt(float64(v[i])))*sq + eps)
			}
		}
	})
}

// parallel splits [0,n) into e.threads contiguous ranges. Every range but
// the last starts and ends on a multiple of 8, the vector kernels' width, so
// each element takes the same (vector or scalar) path whatever the thread
// count, and results do not depend on it.
func (e *Engine) parallel(n int, f func(lo, hi int)) {
	if e.threads <= 1 || n < 1<<14 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	step := ceilTo(ceilDiv(n, e.threads), 8)
	for lo := 0; lo < n; lo += step {
		hi := min(lo+step, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(lo, hi)
		}()
	}
	wg.Wait()
}

func (e *Engine) checkLabels(labels []int) error {
	out := e.layers[len(e.layers)-1]
	for i, y := range labels {
		if y < 0 || y >= out {
			return fmt.Errorf("engine: label %d of example %d outside 0..%d", y, i, out-1)
		}
	}
	return nil
}

// TrainBatch takes one optimiser step on a minibatch: x holds len(labels)
// rows of Shape().Inputs() values. It returns the batch's mean loss before
// the step.
func (e *Engine) TrainBatch(x []float32, labels []int) (float64, error) {
	rows, in := len(labels), e.layers[0]
	if rows == 0 || len(x) != rows*in {
		return 0, fmt.Errorf("engine: batch of %d inputs for %d labels of width %d", len(x), rows, in)
	}
	if err := e.checkLabels(labels); err != nil {
		return 0, err
	}
	e.ensureRows(rows)
	copy(e.acts[0], x)
	return e.step(rows, labels), nil
}

func (e *Engine) step(rows int, labels []int) float64 {
	e.forward(rows)
	sum, _ := e.lossGrad(rows, labels, e.dz[0])
	e.backward(rows)
	e.update()
	return sum / float64(rows)
}

// EpochStats summarises one pass over a dataset.
type EpochStats struct {
	Epoch int
	Steps int
	// Loss is the mean per-example training loss, each measured on its
	// minibatch before that minibatch's step.
	Loss float64
}

// TrainEpoch makes one pass over d in minibatches of Config.BatchSize (the
// last one smaller), in an order drawn from Seed and epoch: the same seed
// and epoch give the same order. It stops between minibatches when ctx ends.
func (e *Engine) TrainEpoch(ctx context.Context, d *Dataset, epoch int) (EpochStats, error) {
	if err := e.checkData(d); err != nil {
		return EpochStats{}, err
	}
	n, in, bs := d.Len(), e.layers[0], e.cfg.BatchSize
	perm := EpochOrder(e.cfg.Seed, epoch, n)
	labels := make([]int, bs)
	st := EpochStats{Epoch: epoch}
	var total float64
	for b0 := 0; b0 < n; b0 += bs {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		rows := min(bs, n-b0)
		for r := range rows {
			i := perm[b0+r]
			copy(e.acts[0][r*in:(r+1)*in], d.X[i*in:(i+1)*in])
			labels[r] = d.Labels[i]
		}
		total += e.step(rows, labels[:rows]) * float64(rows)
		st.Steps++
	}
	st.Loss = total / float64(n)
	return st, nil
}

// Metrics are evaluation results.
type Metrics struct {
	// Accuracy is the fraction of examples whose argmax output is the label.
	Accuracy float64
	// Loss is the mean per-example loss (the Shape's loss).
	Loss float64
	N    int
}

// evalRows is the evaluation batch size.
const evalRows = 256

// Evaluate computes accuracy and mean loss over d without changing the model.
func (e *Engine) Evaluate(d *Dataset) (Metrics, error) {
	if err := e.checkData(d); err != nil {
		return Metrics{}, err
	}
	n, in := d.Len(), e.layers[0]
	e.ensureRows(evalRows)
	var sum float64
	var correct int
	for b0 := 0; b0 < n; b0 += evalRows {
		rows := min(evalRows, n-b0)
		copy(e.acts[0], d.X[b0*in:(b0+rows)*in])
		e.forward(rows)
		s, c := e.lossGrad(rows, d.Labels[b0:b0+rows], nil)
		sum += s
		correct += c
	}
	return Metrics{Accuracy: float64(correct) / float64(n), Loss: sum / float64(n), N: n}, nil
}

func (e *Engine) checkData(d *Dataset) error {
	if d.Width != e.layers[0] {
		return fmt.Errorf("engine: dataset width %d, model inputs %d", d.Width, e.layers[0])
	}
	if err := d.Validate(); err != nil {
		return err
	}
	return e.checkLabels(d.Labels)
}
