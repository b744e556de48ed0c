package engine

import "sync"

// gemmNT computes C[i][j] = beta*C[i][j] + sum_k A[i][k]*B[j][k] for an m×n C,
// with A m×k and B n×k, all row-major with leading dimensions lda, ldb, ldc.
// With beta == 0 C is overwritten (its old contents may be garbage).
//
// Every C element is one dot product computed by one goroutine in a fixed
// order, so the result does not depend on the thread count.
func gemmNT(m, n, k int, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int, threads int) {
	if m == 0 || n == 0 {
		return
	}
	// Split the larger dimension into chunks aligned to the micro-kernel.
	flops := m * n * k
	if threads > 1 && flops >= 1<<16 {
		var wg sync.WaitGroup
		if m >= n {
			step := ceilTo(ceilDiv(m, threads), 4)
			for i0 := 0; i0 < m; i0 += step {
				i1 := min(i0+step, m)
				wg.Add(1)
				go func() {
					defer wg.Done()
					gemmNTBlock(i1-i0, n, k, a[i0*lda:], lda, b, ldb, beta, c[i0*ldc:], ldc)
				}()
			}
		} else {
			step := ceilTo(ceilDiv(n, threads), 2)
			for j0 := 0; j0 < n; j0 += step {
				j1 := min(j0+step, n)
				wg.Add(1)
				go func() {
					defer wg.Done()
					gemmNTBlock(m, j1-j0, k, a, lda, b[j0*ldb:], ldb, beta, c[j0:], ldc)
				}()
			}
		}
		wg.Wait()
		return
	}
	gemmNTBlock(m, n, k, a, lda, b, ldb, beta, c, ldc)
}

func ceilDiv(a, b int) int { return (a + b - 1) / b }
func ceilTo(a, b int) int  { return ceilDiv(a, b) * b }

// gemmNTBlock is the single-threaded gemmNT: 4×2 blocks of dot products by
// the micro-kernel, vectorised over k in multiples of 8, scalar tails.
func gemmNTBlock(m, n, k int, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	k8 := k &^ 7
	if !useAsm {
		k8 = 0
	}
	var out [8]float32
	// Tile n so the B rows a block of A rows sweeps stay in L2.
	const nTile = 128
	for j0 := 0; j0 < n; j0 += nTile {
		j1 := min(j0+nTile, n)
		i := 0
		for ; i+4 <= m; i += 4 {
			j := j0
			for ; j+2 <= j1; j += 2 {
				if k8 > 0 {
					dot4x2(&a[i*lda], lda, &b[j*ldb], ldb, k8, &out)
				} else {
					out = [8]float32{}
				}
				for r := range 4 {
					ar := a[(i+r)*lda : (i+r)*lda+k]
					b0 := b[j*ldb : j*ldb+k]
					b1 := b[(j+1)*ldb : (j+1)*ldb+k]
					s0, s1 := out[2*r], out[2*r+1]
					for kk := k8; kk < k; kk++ {
						s0 += ar[kk] * b0[kk]
						s1 += ar[kk] * b1[kk]
					}
					store(c, (i+r)*ldc+j, beta, s0)
					store(c, (i+r)*ldc+j+1, beta, s1)
				}
			}
			for ; j < j1; j++ {
				for r := range 4 {
					store(c, (i+r)*ldc+j, beta, dot(a[(i+r)*lda:(i+r)*lda+k], b[j*ldb:j*ldb+k], k8))
				}
			}
		}
		for ; i < m; i++ {
			for j := j0; j < j1; j++ {
				store(c, i*ldc+j, beta, dot(a[i*lda:i*lda+k], b[j*ldb:j*ldb+k], k8))
			}
		}
	}
}

func store(c []float32, idx int, beta, v float32) {
	if beta == 0 {
		c[idx] = v
	} else {
		c[idx] = beta*c[idx] + v
	}
}

// dot is sum x[i]*y[i]; the first k8 (a multiple of 8) terms by the vector kernel.
func dot(x, y []float32, k8 int) float32 {
	var s float32
	if k8 > 0 {
		s = dot1(&x[0], &y[0], k8)
	}
	for i := k8; i < len(x); i++ {
		s += x[i] * y[i]
	}
	return s
}

// transpose writes the r×c matrix src (leading dimension lds) into dst as c×r
// (leading dimension ldd).
func transpose(dst []float32, ldd int, src []float32, lds int, r, c int) {
	const t = 32
	for i0 := 0; i0 < r; i0 += t {
		i1 := min(i0+t, r)
		for j0 := 0; j0 < c; j0 += t {
			j1 := min(j0+t, c)
			for i := i0; i < i1; i++ {
				row := src[i*lds : i*lds+c]
				for j := j0; j < j1; j++ {
					dst[j*ldd+i] = row[j]
				}
			}
		}
	}
}

// gemmNN computes C (+)= A·B for an m×n C, A m×k and B k×n, all row-major;
// it accumulates into C when acc and overwrites C otherwise. Like gemmNT the
// result does not depend on the thread count.
func gemmNN(m, n, k int, a []float32, lda int, b []float32, ldb int, acc bool, c []float32, ldc int, threads int) {
	if m == 0 || n == 0 {
		return
	}
	if threads > 1 && m*n*k >= 1<<16 {
		var wg sync.WaitGroup
		if n >= 16*threads {
			step := ceilTo(ceilDiv(n, threads), 16)
			for j0 := 0; j0 < n; j0 += step {
				j1 := min(j0+step, n)
				wg.Add(1)
				go func() {
					defer wg.Done()
					gemmNNBlock(m, j1-j0, k, a, lda, b[j0:], ldb, acc, c[j0:], ldc)
				}()
			}
		} else {
			step := ceilTo(ceilDiv(m, threads), 4)
			for i0 := 0; i0 < m; i0 += step {
				i1 := min(i0+step, m)
				wg.Add(1)
				go func() {
					defer wg.Done()
					gemmNNBlock(i1-i0, n, k, a[i0*lda:], lda, b, ldb, acc, c[i0*ldc:], ldc)
				}()
			}
		}
		wg.Wait()
		return
	}
	gemmNNBlock(m, n, k, a, lda, b, ldb, acc, c, ldc)
}

func gemmNNBlock(m, n, k int, a []float32, lda int, b []float32, ldb int, acc bool, c []float32, ldc int) {
	n16 := n &^ 15
	if !useAsm || k == 0 {
		n16 = 0
	}
	// Tile n so a 4-row panel's B columns stay in L1/L2: 256 columns × k rows.
	const nTile = 256
	for j0 := 0; j0 < n16; j0 += nTile {
		j1 := min(j0+nTile, n16)
		i := 0
		for ; i+4 <= m; i += 4 {
			for j := j0; j < j1; j += 16 {
				kern4x16(&a[i*lda], lda, &b[j], ldb, k, &c[i*ldc+j], ldc, acc)
			}
		}
		for ; i < m; i++ {
			for j := j0; j < j1; j += 16 {
				kern1x16(&a[i*lda], &b[j], ldb, k, &c[i*ldc+j], acc)
			}
		}
	}
	if n16 == n {
		return
	}
	// Scalar columns n16..n (and everything without the vector kernel).
	for i := range m {
		crow := c[i*ldc : i*ldc+n]
		if !acc {
			clear(crow[n16:])
		}
		arow := a[i*lda : i*lda+k]
		for kk, av := range arow {
			brow := b[kk*ldb : kk*ldb+n]
			for j := n16; j < n; j++ {
				crow[j] += av * brow[j]
			}
		}
	}
}
