package engine

import (
	"errors"
	"fmt"

	"github.com/neuron-rollup/neuron/trainer/idx"
)

// Dataset is a labelled set of float32 input rows, in memory.
type Dataset struct {
	// X holds Len() rows of Width inputs, row-major.
	X      []float32
	Labels []int
	Width  int
}

// Len is the number of examples.
func (d *Dataset) Len() int { return len(d.Labels) }

// Validate checks that X and Labels agree.
func (d *Dataset) Validate() error {
	if d.Width < 1 {
		return fmt.Errorf("engine: dataset width %d", d.Width)
	}
	if len(d.Labels) == 0 {
		return errors.New("engine: empty dataset")
	}
	if len(d.X) != len(d.Labels)*d.Width {
		return fmt.Errorf("engine: dataset has %d inputs for %d examples of width %d", len(d.X), len(d.Labels), d.Width)
	}
	return nil
}

// FromIDX converts an image set to a Dataset with pixels scaled to [0,1].
func FromIDX(s *idx.Set) *Dataset {
	d := &Dataset{X: make([]float32, len(s.Images)), Labels: make([]int, s.N), Width: s.Rows * s.Cols}
	for i, p := range s.Images {
		d.X[i] = float32(p) / 255
	}
	for i, l := range s.Labels {
		d.Labels[i] = int(l)
	}
	return d
}

// FromFixed converts fixed-point inputs (value = x / 2^fracBits), width per
// row, to a Dataset. The labels slice is kept, not copied.
func FromFixed(x []int64, labels []int, width int, fracBits uint) (*Dataset, error) {
	d := &Dataset{X: make([]float32, len(x)), Labels: labels, Width: width}
	scale := 1 / float64(uint64(1)<<fracBits)
	for i, v := range x {
		d.X[i] = float32(float64(v) * scale)
	}
	return d, d.Validate()
}

// rng is PCG-XSH-RR 64/32, written out here so that weights and example
// order for a seed never change with the Go release.
type rng struct{ state, inc uint64 }

func newRNG(seed, stream uint64) *rng {
	r := &rng{inc: stream<<1 | 1}
	r.next()
	r.state += seed
	r.next()
	return r
}

func (r *rng) next() uint32 {
	old := r.state
	r.state = old*6364136223846793005 + r.inc
	x := uint32(((old >> 18) ^ old) >> 27)
	rot := uint32(old >> 59)
	return x>>rot | x<<((-rot)&31)
}

// float32 is uniform in [0,1) with 24 random bits.
func (r *rng) float32() float32 { return float32(r.next()>>8) / (1 << 24) }

// below is uniform in [0,n) (Lemire's method with rejection, n < 2^32).
func (r *rng) below(n uint32) uint32 {
	for {
		m := uint64(r.next()) * uint64(n)
		if low := uint32(m); low >= n || low >= (-n)%n {
			return uint32(m >> 32)
		}
	}
}

// permutation is a Fisher–Yates shuffle of 0..n-1.
func permutation(n int, r *rng) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	for i := n - 1; i > 0; i-- {
		j := int(r.below(uint32(i + 1)))
		p[i], p[j] = p[j], p[i]
	}
	return p
}
