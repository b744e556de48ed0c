package engine

// EpochOrder is the order in which TrainEpoch visits a dataset of n examples
// in the given epoch for a seed: a permutation of 0..n-1 drawn from the
// engine's PCG stream. Other backends (trainer/gpu) use it to see examples in
// the CPU engine's order. The slice is the caller's.
func EpochOrder(seed uint64, epoch, n int) []int {
	return permutation(n, newRNG(seed, uint64(epoch)+1))
}
