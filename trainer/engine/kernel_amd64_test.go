package engine

import "testing"

// forEachKernel runs f with the vector kernels and with the pure-Go fallback.
func forEachKernel(t *testing.T, f func(t *testing.T)) {
	saved := useAsm
	defer func() { useAsm = saved }()
	for _, asm := range []bool{true, false} {
		if asm && !saved {
			continue
		}
		useAsm = asm
		name := "go"
		if asm {
			name = "avx2"
		}
		t.Run(name, f)
	}
}
