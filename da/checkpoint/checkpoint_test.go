package checkpoint_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da/checkpoint"
)

var update = flag.Bool("update", false, "rewrite testdata/ golden files")

// golden is a 3-2-2 cross-entropy model with recognisable weights.
func golden() *checkpoint.Checkpoint {
	s := mlp.Shape{Layers: []int{3, 2, 2}, Loss: mlp.CrossEntropy}
	w := make([]float32, s.ParamCount())
	for i := range w {
		w[i] = float32(i+1) / 4
		if i%3 == 0 {
			w[i] = -w[i]
		}
	}
	return &checkpoint.Checkpoint{Shape: s, Step: 1234, TrainLoss: 0.5, Weights: w}
}

func TestGolden(t *testing.T) {
	path := filepath.Join("testdata", "golden-3-2-2-xent.ckpt")
	b, err := checkpoint.Encode(golden())
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(b, want) {
		t.Fatalf("Encode differs from %s: the format changed; bump Version and document it", path)
	}
	c, err := checkpoint.Decode(want)
	if err != nil {
		t.Fatal(err)
	}
	g := golden()
	if !c.Shape.Equal(g.Shape) || c.Step != g.Step || c.TrainLoss != g.TrainLoss || len(c.Weights) != len(g.Weights) {
		t.Fatalf("decoded %+v", c)
	}
	for i := range c.Weights {
		if c.Weights[i] != g.Weights[i] {
			t.Fatalf("weight %d = %v, want %v", i, c.Weights[i], g.Weights[i])
		}
	}
	if len(b) != checkpoint.EncodedSize(g.Shape) {
		t.Fatalf("EncodedSize = %d, encoded %d", checkpoint.EncodedSize(g.Shape), len(b))
	}
}

func TestDecodeErrors(t *testing.T) {
	good, _ := checkpoint.Encode(golden())
	mut := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), good...)) }
	for _, tc := range []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, checkpoint.ErrFormat},
		{"magic", mut(func(b []byte) []byte { b[0] = 'X'; return b }), checkpoint.ErrFormat},
		{"version", mut(func(b []byte) []byte { b[4] = 2; return b }), checkpoint.ErrVersion},
		{"loss", mut(func(b []byte) []byte { b[6] = 9; return b }), mlp.ErrBadShape},
		{"layers", mut(func(b []byte) []byte { b[7] = 200; return b }), checkpoint.ErrFormat},
		{"truncated", good[:len(good)-1], checkpoint.ErrFormat},
		{"trailing", append(append([]byte(nil), good...), 0), checkpoint.ErrFormat},
		{"count", mut(func(b []byte) []byte { binary.LittleEndian.PutUint32(b[8+12+16:], 7); return b }), checkpoint.ErrFormat},
		{"weight bit", mut(func(b []byte) []byte { b[len(b)-8] ^= 1; return b }), checkpoint.ErrChecksum},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := checkpoint.Decode(tc.in); !errors.Is(err, tc.want) || !errors.Is(err, checkpoint.ErrFormat) {
				t.Fatalf("err = %v, want %v (and ErrFormat)", err, tc.want)
			}
		})
	}
}

func TestEncodeErrors(t *testing.T) {
	c := golden()
	c.Weights = c.Weights[1:]
	if _, err := checkpoint.Encode(c); err == nil {
		t.Fatal("Encode accepted a wrong weight count")
	}
	c = golden()
	c.Shape.Loss = 0
	if _, err := checkpoint.Encode(c); !errors.Is(err, mlp.ErrBadShape) {
		t.Fatalf("err = %v, want ErrBadShape", err)
	}
}

func TestNaNLossRoundTrip(t *testing.T) {
	c := golden()
	c.TrainLoss = math.NaN()
	b, _ := checkpoint.Encode(c)
	d, err := checkpoint.Decode(b)
	if err != nil || !math.IsNaN(d.TrainLoss) {
		t.Fatalf("got %v, %v", d, err)
	}
}

func FuzzDecode(f *testing.F) {
	good, _ := checkpoint.Encode(golden())
	f.Add(good)
	f.Add(good[:20])
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := checkpoint.Decode(b)
		if err != nil {
			if !errors.Is(err, checkpoint.ErrFormat) {
				t.Fatalf("error %v does not wrap ErrFormat", err)
			}
			return
		}
		again, err := checkpoint.Encode(c)
		if err != nil {
			t.Fatalf("re-encode: %v", err)
		}
		if !bytes.Equal(again, b) {
			t.Fatal("decode/encode is not the identity")
		}
	})
}

func ExampleEncode() {
	s, _ := mlp.ParseShape("2-1", mlp.SquaredError)
	b, _ := checkpoint.Encode(&checkpoint.Checkpoint{Shape: s, Weights: []float32{0.5, -0.5, 0.1}})
	c, _ := checkpoint.Decode(b)
	fmt.Println(len(b), c.Shape, c.Weights)
	// Output: 52 2-1/mse [0.5 -0.5 0.1]
}
