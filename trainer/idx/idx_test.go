package idx_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/neuron-rollup/neuron/trainer/idx"
)

// sample is a 2x2x3 ubyte IDX file.
var sample = []byte{0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 3,
	1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func TestRead(t *testing.T) {
	for name, in := range map[string][]byte{"plain": sample, "gzip": gz(sample)} {
		t.Run(name, func(t *testing.T) {
			f, err := idx.Read(bytes.NewReader(in))
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Dims) != 3 || f.Dims[0] != 2 || f.Dims[1] != 2 || f.Dims[2] != 3 || len(f.Data) != 12 || f.Data[11] != 12 {
				t.Fatalf("got %v / %v", f.Dims, f.Data)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	for name, in := range map[string][]byte{
		"empty":      nil,
		"magic":      {1, 0, 8, 1, 0, 0, 0, 0},
		"type":       {0, 0, 0x0d, 1, 0, 0, 0, 1, 0, 0, 0, 0},
		"no dims":    {0, 0, 8, 0},
		"short hdr":  {0, 0, 8, 2, 0, 0, 0, 1},
		"short data": sample[:len(sample)-1],
		"long data":  append(append([]byte{}, sample...), 0),
		"huge":       {0, 0, 8, 2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff},
	} {
		if _, err := idx.Decode(in); !errors.Is(err, idx.ErrFormat) {
			t.Errorf("%s: err = %v, want ErrFormat", name, err)
		}
	}
}

func TestLoadSet(t *testing.T) {
	dir := t.TempDir()
	labels := []byte{0, 0, 8, 1, 0, 0, 0, 2, 7, 3}
	os.WriteFile(filepath.Join(dir, "img.gz"), gz(sample), 0o644)
	os.WriteFile(filepath.Join(dir, "lab"), labels, 0o644)
	s, err := idx.LoadSet(filepath.Join(dir, "img.gz"), filepath.Join(dir, "lab"))
	if err != nil {
		t.Fatal(err)
	}
	if s.N != 2 || s.Rows != 2 || s.Cols != 3 || s.Labels[1] != 3 || s.Image(1)[0] != 7 {
		t.Fatalf("set = %+v", s)
	}
	os.WriteFile(filepath.Join(dir, "lab3"), []byte{0, 0, 8, 1, 0, 0, 0, 3, 1, 2, 3}, 0o644)
	if _, err := idx.LoadSet(filepath.Join(dir, "img.gz"), filepath.Join(dir, "lab3")); !errors.Is(err, idx.ErrFormat) {
		t.Fatalf("mismatched counts: err = %v", err)
	}
}

// TestFashionMNIST reads the real files when scripts/fetch-fashion-mnist.sh
// has put them in ./data.
func TestFashionMNIST(t *testing.T) {
	dir := filepath.Join("..", "..", "data", "fashion-mnist")
	img := filepath.Join(dir, "t10k-images-idx3-ubyte.gz")
	if _, err := os.Stat(img); err != nil {
		t.Skipf("no Fashion-MNIST in %s (run scripts/fetch-fashion-mnist.sh)", dir)
	}
	s, err := idx.LoadSet(img, filepath.Join(dir, "t10k-labels-idx1-ubyte.gz"))
	if err != nil {
		t.Fatal(err)
	}
	if s.N != 10000 || s.Rows != 28 || s.Cols != 28 {
		t.Fatalf("t10k: %d images of %dx%d", s.N, s.Rows, s.Cols)
	}
	for _, l := range s.Labels {
		if l > 9 {
			t.Fatalf("label %d out of range", l)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add(gz(sample))
	f.Add([]byte{0, 0, 8, 1, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := idx.Read(bytes.NewReader(b))
		if err != nil {
			if !errors.Is(err, idx.ErrFormat) {
				t.Fatalf("error %v does not wrap ErrFormat", err)
			}
			return
		}
		n := 1
		for _, d := range file.Dims {
			n *= d
		}
		if n != len(file.Data) {
			t.Fatalf("dims %v but %d bytes", file.Dims, len(file.Data))
		}
	})
}
