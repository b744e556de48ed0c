// Package idxtest writes small IDX datasets for tests of the trainer's
// tools.
package idxtest

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

func writeIDX(t testing.TB, path string, dims []int, data []byte) {
	t.Helper()
	b := []byte{0, 0, 8, byte(len(dims))}
	for _, d := range dims {
		b = binary.BigEndian.AppendUint32(b, uint32(d))
	}
	require.NoError(t, os.WriteFile(path, append(b, data...), 0o600))
}

// Tiny writes train (300) and test (100) splits of 4x4 images in the
// MNIST layout to dir; an image's label is the brightest of its first three
// pixels, which a small MLP learns.
func Tiny(t testing.TB, dir string) {
	for split, n := range map[string]int{"train": 300, "t10k": 100} {
		imgs := make([]byte, n*16)
		labels := make([]byte, n)
		for i := 0; i < n; i++ {
			for j := 0; j < 16; j++ {
				imgs[i*16+j] = byte((i*131 + j*71 + i*j*17) % 256)
			}
			lab := 0
			for j := 1; j < 3; j++ {
				if imgs[i*16+j] > imgs[i*16+lab] {
					lab = j
				}
			}
			labels[i] = byte(lab)
		}
		writeIDX(t, filepath.Join(dir, split+"-images-idx3-ubyte"), []int{n, 4, 4}, imgs)
		writeIDX(t, filepath.Join(dir, split+"-labels-idx1-ubyte"), []int{n}, labels)
	}
}
