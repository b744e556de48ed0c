//go:build cuda

package gpu

import (
	"context"
	_ "embed"
	"fmt"
	"math"
	"runtime"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/trainer/engine"
	"gorgonia.org/cu"
)

// kernelsPTX is kernels.cu compiled by `make ptx`.
//
//go:embed kernels.ptx
var kernelsPTX string

// evalRows is the least number of rows the work buffers hold; Evaluate runs
// in chunks of this many (or Config.BatchSize, if larger).
const evalRows = 1024

// Trainer trains one model on one GPU, like engine.Engine on the CPU: same
// Config, same initial weights for a seed, same example order, same update
// rules. Parameters, gradients, optimiser state and the last dataset seen
// live in device memory; kernels run in order on one stream, and the host
// waits only where it needs a result (a loss, weights, metrics).
//
// A Trainer is not safe for concurrent use. Its methods may be called from
// any goroutine: each locks its OS thread and makes the device's context
// current for its duration. Close releases the device memory.
type Trainer struct {
	cfg    engine.Config
	layers []int
	offs   []int // offset of layer l's W in the parameter vector (l = 1..L)
	nparam int
	steps  uint64
	d      *device

	params, grads, m, v cu.DevicePtr

	rows    int            // rows the work buffers hold
	acts    []cu.DevicePtr // acts[l]: rows × layers[l]; acts[0] is the input batch
	dz      [2]cu.DevicePtr
	labels  cu.DevicePtr // rows labels, for TrainBatch
	lossCap int          // elements of loss and correct
	loss    cu.DevicePtr // per-example losses
	correct cu.DevicePtr // per-example argmax == label

	// data is the device copy of the last dataset given, recognised by the
	// identity and length of its slices.
	data struct {
		x      *float32
		labels *int
		n, w   int
		X, Y   cu.DevicePtr
		perm   cu.DevicePtr
	}
}

// New returns a trainer on CUDA device ordinal device, with the weights
// engine.New(cfg) would start from (PyTorch nn.Linear's init from
// cfg.Seed). Config.Threads is ignored.
func New(cfg engine.Config, device int) (_ *Trainer, err error) {
	cpu, err := engine.New(cfg) // validates, fills Adam's defaults, draws the init
	if err != nil {
		return nil, err
	}
	t := &Trainer{cfg: cpu.Config(), layers: append([]int(nil), cfg.Shape.Layers...)}
	t.offs = make([]int, len(t.layers))
	for l := 1; l < len(t.layers); l++ {
		t.offs[l] = t.nparam
		t.nparam += t.layers[l]*t.layers[l-1] + t.layers[l]
	}

	defer t.enter()()
	if t.d, err = openDevice(device); err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			t.release()
		}
	}()
	t.params, t.grads, t.m = t.d.alloc(t.nparam), t.d.alloc(t.nparam), t.d.alloc(t.nparam)
	if t.cfg.Optimizer == engine.Adam {
		t.v = t.d.alloc(t.nparam)
	}
	upload(t.d, t.params, cpu.Weights())
	t.ensureRows(max(t.cfg.BatchSize, evalRows))
	t.d.sync()
	return t, t.d.err
}

// enter locks the goroutine to its OS thread and makes the device context
// current; the returned func undoes the lock.
func (t *Trainer) enter() func() {
	runtime.LockOSThread()
	if t.d != nil && t.d.err == nil {
		t.d.fail("set context", cu.SetCurrentContext(t.d.ctx))
	}
	return runtime.UnlockOSThread
}

// Close frees the device memory and releases the device. The Trainer must
// not be used afterwards.
func (t *Trainer) Close() error {
	if t.d == nil {
		return nil
	}
	defer t.enter()()
	return t.release()
}

func (t *Trainer) release() error {
	d := t.d
	d.err = nil
	d.sync()
	for _, p := range append([]cu.DevicePtr{t.params, t.grads, t.m, t.v, t.labels, t.loss, t.correct,
		t.dz[0], t.dz[1], t.data.X, t.data.Y, t.data.perm}, t.acts...) {
		d.free(p)
	}
	err := d.err
	if cerr := d.close(); err == nil {
		err = cerr
	}
	t.d = nil
	return err
}

// Err is the first device failure, if any; after one, every method fails.
func (t *Trainer) Err() error {
	if t.d == nil {
		return fmt.Errorf("%w: trainer closed", ErrDevice)
	}
	return t.d.err
}

// Config is the trainer's configuration, defaults filled in.
func (t *Trainer) Config() engine.Config { return t.cfg }

// Shape is the model's shape.
func (t *Trainer) Shape() mlp.Shape { return t.cfg.Shape }

// Steps is the number of optimiser steps taken.
func (t *Trainer) Steps() uint64 { return t.steps }

// Weights returns a copy of the parameters in the shared layout (waiting for
// queued work), or nil if the device failed (see Err).
func (t *Trainer) Weights() []float32 {
	if t.d == nil {
		return nil
	}
	defer t.enter()()
	w := make([]float32, t.nparam)
	download(t.d, w, t.params)
	if t.d.err != nil {
		return nil
	}
	return w
}

// SetWeights replaces the parameters (shared layout, Shape().ParamCount()
// values) and resets the optimiser state and step count.
func (t *Trainer) SetWeights(w []float32) error {
	if len(w) != t.nparam {
		return fmt.Errorf("gpu: %d weights for shape %s, want %d", len(w), t.cfg.Shape, t.nparam)
	}
	if err := t.Err(); err != nil {
		return err
	}
	defer t.enter()()
	upload(t.d, t.params, w)
	t.d.zero(t.m, t.nparam)
	if t.v != 0 {
		t.d.zero(t.v, t.nparam)
	}
	t.steps = 0
	t.d.sync() // w may be reused once SetWeights returns
	return t.d.err
}

// ensureRows grows the work buffers to hold rows examples.
func (t *Trainer) ensureRows(rows int) {
	if rows <= t.rows {
		return
	}
	d := t.d
	for _, p := range append([]cu.DevicePtr{t.dz[0], t.dz[1], t.labels}, t.acts...) {
		d.free(p)
	}
	t.rows = rows
	t.acts = make([]cu.DevicePtr, len(t.layers))
	maxw := 0
	for l, n := range t.layers {
		if l > 0 { // acts[0] is only needed for TrainBatch and gathered batches
			maxw = max(maxw, n)
		}
		t.acts[l] = d.alloc(rows * n)
	}
	t.dz[0], t.dz[1] = d.alloc(rows*maxw), d.alloc(rows*maxw)
	t.labels = d.alloc(rows)
	t.ensureLoss(rows)
}

// ensureLoss grows the per-example loss and correctness buffers.
func (t *Trainer) ensureLoss(n int) {
	if n <= t.lossCap {
		return
	}
	t.d.free(t.loss)
	t.d.free(t.correct)
	t.loss, t.correct, t.lossCap = t.d.alloc(n), t.d.alloc(n), n
}

// setData makes d the device dataset, uploading it unless it is the one
// already there. Contents changed in place between calls go unnoticed.
func (t *Trainer) setData(d *engine.Dataset) error {
	if d.Width != t.layers[0] {
		return fmt.Errorf("gpu: dataset width %d, model inputs %d", d.Width, t.layers[0])
	}
	if err := d.Validate(); err != nil {
		return err
	}
	if err := t.Err(); err != nil {
		return err
	}
	n := d.Len()
	if t.data.x == &d.X[0] && t.data.labels == &d.Labels[0] && t.data.n == n && t.data.w == d.Width {
		return nil
	}
	y, err := t.labels32(d.Labels)
	if err != nil {
		return err
	}
	dev := t.d
	dev.sync() // the old dataset may still be in use
	dev.free(t.data.X)
	dev.free(t.data.Y)
	dev.free(t.data.perm)
	t.data.x, t.data.labels, t.data.n, t.data.w = nil, nil, 0, 0
	t.data.X, t.data.Y, t.data.perm = dev.alloc(len(d.X)), dev.alloc(n), dev.alloc(n)
	upload(dev, t.data.X, d.X)
	upload(dev, t.data.Y, y)
	t.ensureLoss(n)
	if dev.err != nil {
		return dev.err
	}
	t.data.x, t.data.labels, t.data.n, t.data.w = &d.X[0], &d.Labels[0], n, d.Width
	return nil
}

// labels32 checks labels against the output width and converts them.
func (t *Trainer) labels32(labels []int) ([]int32, error) {
	out := t.layers[len(t.layers)-1]
	y := make([]int32, len(labels))
	for i, l := range labels {
		if l < 0 || l >= out {
			return nil, fmt.Errorf("gpu: label %d of example %d outside 0..%d", l, i, out-1)
		}
		y[i] = int32(l)
	}
	return y, nil
}

// forward queues the forward pass of rows examples at in (rows × inputs);
// the logits land in acts[L].
func (t *Trainer) forward(rows int, in cu.DevicePtr) {
	L := len(t.layers) - 1
	for l := 1; l <= L; l++ {
		ni, no := t.layers[l-1], t.layers[l]
		a := in
		if l > 1 {
			a = t.acts[l-1]
		}
		w := offset(t.params, t.offs[l])
		epi := epiBiasReLU
		if l == L {
			epi = epiBias
		}
		// Z = A · Wᵀ + b
		t.d.gemm("nt", rows, no, ni, a, ni, w, ni, t.acts[l], no, epi, offset(w, no*ni))
	}
}

// lossGrad queues the loss (into loss[base:base+rows]) and, if dz, the
// gradient of the mean loss into dz[0]; labels are y[perm[base+r]] (perm 0:
// y[base+r]).
func (t *Trainer) lossGrad(rows int, y, perm cu.DevicePtr, base int, dz, correct bool) {
	L := len(t.layers) - 1
	var g, c cu.DevicePtr
	if dz {
		g = t.dz[0]
	}
	if correct {
		c = t.correct
	}
	t.d.launch("loss_grad", ceilDiv(rows, 256), 1, 256,
		ptrArg(t.acts[L]), intArg(rows), intArg(t.layers[L]), ptrArg(y), ptrArg(perm), intArg(base),
		intArg(int(t.cfg.Shape.Loss)), f32Arg(float32(1)/float32(rows)), ptrArg(g), ptrArg(t.loss), ptrArg(c))
}

// backward queues the gradients of all parameters from dz[0], for rows
// examples whose input is at in.
func (t *Trainer) backward(rows int, in cu.DevicePtr) {
	cur := 0
	for l := len(t.layers) - 1; l >= 1; l-- {
		ni, no := t.layers[l-1], t.layers[l]
		dz := t.dz[cur]
		a := in
		if l > 1 {
			a = t.acts[l-1]
		}
		gw := offset(t.grads, t.offs[l])
		// dW = dZᵀ · A_{l-1};  db = column sums of dZ
		t.d.gemm("tn", no, ni, rows, dz, no, a, ni, gw, ni, epiStore, 0)
		t.d.launch("bias_grad", ceilDiv(no, 32), 1, 256, ptrArg(dz), intArg(rows), intArg(no), ptrArg(offset(gw, no*ni)))
		if l == 1 {
			break
		}
		// dA_{l-1} = dZ · W, masked by ReLU'(Z_{l-1}) = [A_{l-1} > 0]
		w := offset(t.params, t.offs[l])
		t.d.gemm("nn", rows, ni, no, dz, no, w, ni, t.dz[1-cur], ni, epiMask, t.acts[l-1])
		cur = 1 - cur
	}
}

// update queues one optimiser step with the gradients, as engine.update.
func (t *Trainer) update() {
	t.steps++
	c := t.cfg
	n := t.nparam
	switch c.Optimizer {
	case engine.SGD:
		t.d.launch("sgd_step", t.d.grid1D(n), 1, 256, ptrArg(t.params), ptrArg(t.grads), ptrArg(t.m), intArg(n),
			f32Arg(c.LearningRate), f32Arg(c.Momentum), f32Arg(c.WeightDecay))
	case engine.Adam:
		bc1 := 1 - float32(math.Pow(float64(c.Beta1), float64(t.steps)))
		bc2 := 1 - float32(math.Pow(float64(c.Beta2), float64(t.steps)))
		step := c.LearningRate / bc1
		sq := float32(1 / math.Sqrt(float64(bc2)))
		t.d.launch("adam_step", t.d.grid1D(n), 1, 256, ptrArg(t.params), ptrArg(t.grads), ptrArg(t.m), ptrArg(t.v), intArg(n),
			f32Arg(c.Beta1), f32Arg(1-c.Beta1), f32Arg(c.Beta2), f32Arg(1-c.Beta2), f32Arg(step), f32Arg(sq), f32Arg(c.Epsilon), f32Arg(c.WeightDecay))
	}
}

// step queues one training step on rows examples already at acts[0].
func (t *Trainer) step(rows int, y, perm cu.DevicePtr, base int) {
	t.forward(rows, t.acts[0])
	t.lossGrad(rows, y, perm, base, true, false)
	t.backward(rows, t.acts[0])
	t.update()
}

// TrainBatch takes one optimiser step on a minibatch: x holds len(labels)
// rows of Shape().Inputs() values. It returns the batch's mean loss before
// the step, and so waits for the step to finish.
func (t *Trainer) TrainBatch(x []float32, labels []int) (float64, error) {
	rows, in := len(labels), t.layers[0]
	if rows == 0 || len(x) != rows*in {
		return 0, fmt.Errorf("gpu: batch of %d inputs for %d labels of width %d", len(x), rows, in)
	}
	y, err := t.labels32(labels)
	if err != nil {
		return 0, err
	}
	if err := t.Err(); err != nil {
		return 0, err
	}
	defer t.enter()()
	t.ensureRows(rows)
	upload(t.d, t.acts[0], x)
	upload(t.d, t.labels, y)
	t.step(rows, t.labels, 0, 0)
	losses := make([]float32, rows)
	download(t.d, losses, t.loss)
	if t.d.err != nil {
		return 0, t.d.err
	}
	return sum64(losses) / float64(rows), nil
}

// TrainEpoch makes one pass over d in minibatches of Config.BatchSize (the
// last one smaller) in engine.EpochOrder(Seed, epoch): the CPU engine's
// order. It stops between minibatches when ctx ends. The dataset is copied
// to the device on first use and kept there while the same d is passed.
func (t *Trainer) TrainEpoch(ctx context.Context, d *engine.Dataset, epoch int) (engine.EpochStats, error) {
	defer t.enter()()
	if err := t.setData(d); err != nil {
		return engine.EpochStats{}, err
	}
	n, in, bs := d.Len(), t.layers[0], t.cfg.BatchSize
	order := engine.EpochOrder(t.cfg.Seed, epoch, n)
	perm := make([]int32, n)
	for i, p := range order {
		perm[i] = int32(p)
	}
	t.d.sync() // the previous epoch's gathers may still read data.perm
	upload(t.d, t.data.perm, perm)
	st := engine.EpochStats{Epoch: epoch}
	for b0 := 0; b0 < n; b0 += bs {
		if err := ctx.Err(); err != nil {
			t.d.sync()
			return st, err
		}
		rows := min(bs, n-b0)
		t.d.launch("gather_rows", t.d.grid1D(rows*in), 1, 256,
			ptrArg(t.data.X), intArg(in), ptrArg(t.data.perm), intArg(b0), intArg(rows), ptrArg(t.acts[0]))
		t.step(rows, t.data.Y, t.data.perm, b0)
		st.Steps++
	}
	losses := make([]float32, n)
	download(t.d, losses, t.loss)
	if t.d.err != nil {
		return st, t.d.err
	}
	st.Loss = sum64(losses) / float64(n)
	return st, nil
}

// Evaluate computes accuracy and mean loss over d without changing the
// model. Like TrainEpoch it keeps d on the device.
func (t *Trainer) Evaluate(d *engine.Dataset) (engine.Metrics, error) {
	defer t.enter()()
	if err := t.setData(d); err != nil {
		return engine.Metrics{}, err
	}
	n, in := d.Len(), t.layers[0]
	chunk := t.rows
	for b0 := 0; b0 < n; b0 += chunk {
		rows := min(chunk, n-b0)
		x := offset(t.data.X, b0*in)
		t.forward(rows, x)
		t.lossGrad(rows, t.data.Y, 0, b0, false, true)
	}
	losses := make([]float32, n)
	correct := make([]int32, n)
	download(t.d, losses, t.loss)
	download(t.d, correct, t.correct)
	if t.d.err != nil {
		return engine.Metrics{}, t.d.err
	}
	var c int
	for _, v := range correct {
		c += int(v)
	}
	return engine.Metrics{Accuracy: float64(c) / float64(n), Loss: sum64(losses) / float64(n), N: n}, nil
}

func sum64(v []float32) float64 {
	var s float64
	for _, x := range v {
		s += float64(x)
	}
	return s
}
