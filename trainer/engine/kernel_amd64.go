package engine

import "golang.org/x/sys/cpu"

// useAsm selects the AVX2/FMA kernels.
var useAsm = cpu.X86.HasAVX2 && cpu.X86.HasFMA

// dot4x2 computes the 8 dot products of rows a[0..3] (stride lda) with rows
// b[0..1] (stride ldb) over the first k elements, k a positive multiple of 8;
// out[2*r+s] = a_r · b_s.
//
//go:noescape
func dot4x2(a *float32, lda int, b *float32, ldb int, k int, out *[8]float32)

// dot1 is x·y over the first k elements, k a positive multiple of 8.
//
//go:noescape
func dot1(x, y *float32, k int) float32

// kern4x16 computes C[r][0:16] (+)= sum_kk A[r][kk]*B[kk][0:16] for r < 4,
// accumulating into C when acc, overwriting it otherwise.
//
//go:noescape
func kern4x16(a *float32, lda int, b *float32, ldb int, k int, c *float32, ldc int, acc bool)

// kern1x16 is kern4x16 for one row.
//
//go:noescape
func kern1x16(a *float32, b *float32, ldb int, k int, c *float32, acc bool)

// adamStep is the vector Adam update over n (a multiple of 8) parameters;
// k = {beta1, 1-beta1, beta2, 1-beta2, lr/bc1, 1/sqrt(bc2), eps, wd}.
//
//go:noescape
func adamStep(p, grad, m, v *float32, n int, k *[8]float32)

// sgdStep is the vector momentum-SGD update over n (a multiple of 8)
// parameters; k = {lr, momentum, wd, 0}.
//
//go:noescape
func sgdStep(p, grad, m *float32, n int, k *[4]float32)
