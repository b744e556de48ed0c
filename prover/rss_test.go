package prover

import (
	"runtime"
	"testing"
)

// TestPeakRSS: touching 64 MiB more than the process ever held raises the peak by at
// least that much.
func TestPeakRSS(t *testing.T) {
	before, ok := PeakRSS()
	if !ok {
		if runtime.GOOS == "linux" {
			t.Fatal("PeakRSS not available on linux")
		}
		t.Skip("no peak RSS on " + runtime.GOOS)
	}
	const extra = 64 << 20
	buf := make([]byte, before+extra) // more than the peak so far, so it cannot fit in freed pages
	for i := 0; i < len(buf); i += 4096 {
		buf[i] = 1
	}
	after, _ := PeakRSS()
	runtime.KeepAlive(buf)
	if after < before+extra {
		t.Fatalf("peak RSS %d MiB after touching %d MiB more, was %d MiB", after>>20, (before+extra)>>20, before>>20)
	}
}
