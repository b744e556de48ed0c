//go:build !(linux || darwin)

package prover

// PeakRSS is the process's peak resident set size; not available here.
func PeakRSS() (bytes uint64, ok bool) { return 0, false }
