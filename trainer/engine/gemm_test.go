package engine

import (
	"math"
	"math/rand/v2"
	"testing"
)

func naiveNT(m, n, k int, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	for i := range m {
		for j := range n {
			var s float64
			for kk := range k {
				s += float64(a[i*lda+kk]) * float64(b[j*ldb+kk])
			}
			c[i*ldc+j] = beta*c[i*ldc+j] + float32(s)
		}
	}
}

func randSlice(r *rand.Rand, n int) []float32 {
	s := make([]float32, n)
	for i := range s {
		s[i] = r.Float32()*2 - 1
	}
	return s
}

func TestGemmNT(t *testing.T) { forEachKernel(t, testGemmNT) }

func testGemmNT(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, sz := range [][3]int{{1, 1, 1}, {4, 2, 8}, {5, 3, 7}, {64, 100, 784}, {10, 64, 100}, {100, 784, 64}, {7, 9, 17}, {64, 10, 100}, {3, 130, 33}} {
		m, n, k := sz[0], sz[1], sz[2]
		lda, ldb, ldc := k+3, k+1, n+2
		a, b := randSlice(r, m*lda), randSlice(r, n*ldb)
		for _, beta := range []float32{0, 1} {
			for _, threads := range []int{1, 2, 3} {
				c := randSlice(r, m*ldc)
				want := append([]float32(nil), c...)
				naiveNT(m, n, k, a, lda, b, ldb, beta, want, ldc)
				gemmNT(m, n, k, a, lda, b, ldb, beta, c, ldc, threads)
				for i := range m {
					for j := range n {
						g, w := c[i*ldc+j], want[i*ldc+j]
						if math.Abs(float64(g-w)) > 1e-4*math.Sqrt(float64(k))+1e-5 {
							t.Fatalf("%v beta=%v threads=%d: C[%d][%d] = %v, want %v", sz, beta, threads, i, j, g, w)
						}
					}
				}
			}
		}
	}
}

func TestTranspose(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	src := randSlice(r, 37*70)
	dst := make([]float32, 70*37)
	transpose(dst, 37, src, 70, 37, 70)
	for i := range 37 {
		for j := range 70 {
			if dst[j*37+i] != src[i*70+j] {
				t.Fatalf("mismatch at %d,%d", i, j)
			}
		}
	}
}

func BenchmarkGemmNT(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, sz := range []struct {
		name    string
		m, n, k int
	}{{"fwd-64x100x784", 64, 100, 784}, {"dW-100x784x64", 100, 784, 64}} {
		for _, threads := range []int{1, 2} {
			a, bb, c := randSlice(r, sz.m*sz.k), randSlice(r, sz.n*sz.k), make([]float32, sz.m*sz.n)
			b.Run(sz.name+"/threads="+string(rune('0'+threads)), func(b *testing.B) {
				for b.Loop() {
					gemmNT(sz.m, sz.n, sz.k, a, sz.k, bb, sz.k, 0, c, sz.n, threads)
				}
				b.ReportMetric(float64(2*sz.m*sz.n*sz.k)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOPS")
			})
		}
	}
}

func naiveNN(m, n, k int, a []float32, lda int, b []float32, ldb int, acc bool, c []float32, ldc int) {
	for i := range m {
		for j := range n {
			var s float64
			for kk := range k {
				s += float64(a[i*lda+kk]) * float64(b[kk*ldb+j])
			}
			if acc {
				s += float64(c[i*ldc+j])
			}
			c[i*ldc+j] = float32(s)
		}
	}
}

func TestGemmNN(t *testing.T) { forEachKernel(t, testGemmNN) }

func testGemmNN(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, sz := range [][3]int{{1, 1, 1}, {4, 16, 1}, {5, 17, 3}, {100, 784, 64}, {64, 784, 100}, {10, 100, 64}, {64, 100, 10}, {3, 300, 0}, {9, 530, 7}} {
		m, n, k := sz[0], sz[1], sz[2]
		lda, ldb, ldc := k+3, n+1, n+2
		a, b := randSlice(r, m*lda), randSlice(r, k*ldb)
		for _, acc := range []bool{false, true} {
			for _, threads := range []int{1, 2, 3} {
				c := randSlice(r, m*ldc)
				want := append([]float32(nil), c...)
				naiveNN(m, n, k, a, lda, b, ldb, acc, want, ldc)
				gemmNN(m, n, k, a, lda, b, ldb, acc, c, ldc, threads)
				for i := range m {
					for j := range n {
						g, w := c[i*ldc+j], want[i*ldc+j]
						if math.Abs(float64(g-w)) > 1e-4*math.Sqrt(float64(k+1))+1e-5 {
							t.Fatalf("%v acc=%v threads=%d: C[%d][%d] = %v, want %v", sz, acc, threads, i, j, g, w)
						}
					}
				}
			}
		}
	}
}

func BenchmarkGemmNN(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, sz := range []struct {
		name    string
		m, n, k int
	}{{"dW-100x784x64", 100, 784, 64}, {"dA-64x784x100", 64, 784, 100}, {"fwd-64x100x784", 64, 100, 784}} {
		for _, threads := range []int{1, 2} {
			a, bb, c := randSlice(r, sz.m*sz.k), randSlice(r, sz.n*sz.k), make([]float32, sz.m*sz.n)
			b.Run(sz.name+"/threads="+string(rune('0'+threads)), func(b *testing.B) {
				for b.Loop() {
					gemmNN(sz.m, sz.n, sz.k, a, sz.k, bb, sz.n, false, c, sz.n, threads)
				}
				b.ReportMetric(float64(2*sz.m*sz.n*sz.k)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOPS")
			})
		}
	}
}

func TestUpdateKernels(t *testing.T) {
	if !useAsm {
		t.Skip("no vector kernels")
	}
	r := rand.New(rand.NewPCG(8, 9))
	const n = 40
	p, g, m, v := randSlice(r, n), randSlice(r, n), randSlice(r, n), randSlice(r, n)
	for i := range v {
		v[i] = v[i] * v[i]
	}
	p2, m2, v2 := append([]float32(nil), p...), append([]float32(nil), m...), append([]float32(nil), v...)
	k := [8]float32{0.9, 0.1, 0.999, 0.001, 0.01, 1.5, 1e-8, 0.01}
	adamStep(&p[0], &g[0], &m[0], &v[0], n, &k)
	for i := range n {
		gi := g[i] + k[7]*p2[i]
		m2[i] = k[0]*m2[i] + k[1]*gi
		v2[i] = k[2]*v2[i] + k[3]*gi*gi
		p2[i] -= k[4] * m2[i] / (float32(math.Sqrt(float64(v2[i])))*k[5] + k[6])
		if d := math.Abs(float64(p[i] - p2[i])); d > 1e-5 || math.Abs(float64(m[i]-m2[i])) > 1e-6 || math.Abs(float64(v[i]-v2[i])) > 1e-6 {
			t.Fatalf("adam %d: p %v/%v m %v/%v v %v/%v", i, p[i], p2[i], m[i], m2[i], v[i], v2[i])
		}
	}
	ks := [4]float32{0.1, 0.9, 0.01, 0}
	sgdStep(&p[0], &g[0], &m[0], n, &ks)
	for i := range n {
		m2[i] = 0.9*m2[i] + g[i] + 0.01*p2[i]
		p2[i] -= 0.1 * m2[i]
		if math.Abs(float64(p[i]-p2[i])) > 1e-5 || math.Abs(float64(m[i]-m2[i])) > 1e-5 {
			t.Fatalf("sgd %d: p %v/%v m %v/%v", i, p[i], p2[i], m[i], m2[i])
		}
	}
}
