//go:build linux || darwin

package prover

import (
	"runtime"
	"syscall"
)

// PeakRSS is the process's peak resident set size so far, in bytes (getrusage
// ru_maxrss: KiB on Linux, bytes on macOS); ok is false where it cannot be read.
func PeakRSS() (bytes uint64, ok bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil || ru.Maxrss <= 0 {
		return 0, false
	}
	if runtime.GOOS == "darwin" {
		return uint64(ru.Maxrss), true
	}
	return uint64(ru.Maxrss) << 10, true
}
