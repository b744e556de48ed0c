package gpu

import (
	"os/exec"
	"path/filepath"
	"testing"
)

// TestKernelsEmulated compiles kernels.cu as host C++ (testdata/emu.cc: one
// std::thread per GPU thread, a barrier for __syncthreads) and checks every
// kernel's indexing and arithmetic against plain loops, on machines without
// a GPU. It needs g++ with C++20.
func TestKernelsEmulated(t *testing.T) {
	if testing.Short() {
		t.Skip("short: the emulation takes seconds")
	}
	cxx, err := exec.LookPath("g++")
	if err != nil {
		t.Skip("no g++: kernels not emulated")
	}
	bin := filepath.Join(t.TempDir(), "emu")
	if out, err := exec.Command(cxx, "-std=c++20", "-O1", "-pthread", "-ffp-contract=off", "-o", bin, "testdata/emu.cc").CombinedOutput(); err != nil {
		t.Skipf("g++ cannot build the emulation (C++20 <barrier> needed): %v\n%s", err, out)
	}
	out, err := exec.Command(bin).CombinedOutput()
	if err != nil {
		t.Fatalf("kernels disagree with the reference on emulated threads: %v\n%s", err, out)
	}
}
