// Kernels of Neuron's CUDA trainer (package trainer/gpu). Compiled to PTX
// with `make ptx` (clang -x cuda --cuda-device-only -nocudainc -nocudalib,
// sm_80, which the driver JIT-compiles for newer GPUs such as Hopper); the
// PTX is committed and embedded in the Go binary.
//
// Every matrix is row-major float32. Parameters use the shared layout of
// circuits/mlp: per layer W[out][in], then bias[out].
//
// Determinism: every output element of every kernel is computed by one
// thread in a fixed order, independent of the launch configuration, so a
// run is reproducible on the same GPU and PTX.
//
// Only clang builtins are used (no CUDA headers, no libdevice), so the file
// compiles with nothing but clang; nvcc compiles it too. With NRN_KERNEL_EMU
// it compiles as host C++ for testdata/emu.cc, which runs the kernels on
// CPU threads (emu_test.go).

#if defined(NRN_KERNEL_EMU)
// The host harness defines the CUDA names and fexp, flog, fsqrt.
#elif defined(__clang__) && !defined(__NVCC__)
#define __global__ __attribute__((global))
#define __device__ __attribute__((device))
#define __shared__ __attribute__((shared))
#define __launch_bounds__(...) __attribute__((launch_bounds(__VA_ARGS__)))
#include <__clang_cuda_builtin_vars.h>
static __device__ inline float fexp(float x) { return __nvvm_ex2_approx_f(x * 1.4426950408889634f); }
static __device__ inline float flog(float x) { return __nvvm_lg2_approx_f(x) * 0.6931471805599453f; }
static __device__ inline float fsqrt(float x) { return __nvvm_sqrt_rn_f(x); }
#else
static __device__ inline float fexp(float x) { return expf(x); }
static __device__ inline float flog(float x) { return logf(x); }
static __device__ inline float fsqrt(float x) { return __fsqrt_rn(x); }
#endif

// ---------------------------------------------------------------------------
// Matrix product with a fused epilogue.
//
// C[M][N] = op(A) · op(B), where op(A)[m][k] = TA ? A[k*lda+m] : A[m*lda+k]
// and op(B)[k][n] = TB ? B[n*ldb+k] : B[k*ldb+n]. The block is 16×16 = 256
// threads and computes a BM×BN tile of C through shared-memory tiles of
// depth BK; thread (tx, ty) owns rows ty+16i and columns tx+16j of the tile
// (strided, so shared-memory reads are conflict-free and stores to C are
// coalesced). Each C element sums k = 0..K-1 in order with FMA, whatever the
// tile size, so results do not depend on which tile size the host picks.
//
// Epilogues (epi):
//   EPI_STORE      C = acc
//   EPI_BIAS       C = acc + aux[n]                 (aux = bias)
//   EPI_BIAS_RELU  C = max(acc + aux[n], 0)          (aux = bias)
//   EPI_MASK       C = aux[m*ldc+n] > 0 ? acc : 0    (aux = post-ReLU activations)
// ---------------------------------------------------------------------------

enum { EPI_STORE = 0, EPI_BIAS = 1, EPI_BIAS_RELU = 2, EPI_MASK = 3 };

#define GEMM_THREADS 256
#define GEMM_BK 16

template <int BM, int BN, bool TA, bool TB>
static __device__ inline void gemm_tile(int M, int N, int K, const float* __restrict__ A, int lda,
                                        const float* __restrict__ B, int ldb, float* __restrict__ C, int ldc,
                                        int epi, const float* __restrict__ aux) {
	constexpr int BK = GEMM_BK, TM = BM / 16, TN = BN / 16;
	static_assert(BM % 16 == 0 && BN % 16 == 0 && BM * BK % GEMM_THREADS == 0 && BN * BK % GEMM_THREADS == 0,
	              "tile must fit the 16x16 thread block");
	// +1 pads each row so that transposing stores hit distinct banks.
	__shared__ float As[BK][BM + 1];
	__shared__ float Bs[BK][BN + 1];

	const int tid = threadIdx.x;
	const int tx = tid % 16, ty = tid / 16;
	const int m0 = blockIdx.y * BM, n0 = blockIdx.x * BN;

	float acc[TM][TN];
#pragma unroll
	for (int i = 0; i < TM; i++)
#pragma unroll
		for (int j = 0; j < TN; j++) acc[i][j] = 0.f;

	for (int k0 = 0; k0 < K; k0 += BK) {
		// A tile: BM×BK, read along the contiguous axis of A.
#pragma unroll
		for (int t = 0; t < BM * BK / GEMM_THREADS; t++) {
			const int e = tid + t * GEMM_THREADS;
			int mm, kk;
			if (TA) {
				mm = e % BM;
				kk = e / BM;
			} else {
				kk = e % BK;
				mm = e / BK;
			}
			const int gm = m0 + mm, gk = k0 + kk;
			float v = 0.f;
			if (gm < M && gk < K) v = TA ? A[(long long)gk * lda + gm] : A[(long long)gm * lda + gk];
			As[kk][mm] = v;
		}
		// B tile: BK×BN, read along the contiguous axis of B.
#pragma unroll
		for (int t = 0; t < BK * BN / GEMM_THREADS; t++) {
			const int e = tid + t * GEMM_THREADS;
			int nn, kk;
			if (TB) {
				kk = e % BK;
				nn = e / BK;
			} else {
				nn = e % BN;
				kk = e / BN;
			}
			const int gn = n0 + nn, gk = k0 + kk;
			float v = 0.f;
			if (gn < N && gk < K) v = TB ? B[(long long)gn * ldb + gk] : B[(long long)gk * ldb + gn];
			Bs[kk][nn] = v;
		}
		__syncthreads();
		// Zero padding past K adds exact zeros (fma(0, b, acc) == acc for finite b),
		// but it would change -0 and NaN/Inf propagation; stop at K instead.
		const int kmax = K - k0 < BK ? K - k0 : BK;
		if (kmax == BK) {
#pragma unroll
			for (int k = 0; k < BK; k++) {
				float a[TM], b[TN];
#pragma unroll
				for (int i = 0; i < TM; i++) a[i] = As[k][ty + 16 * i];
#pragma unroll
				for (int j = 0; j < TN; j++) b[j] = Bs[k][tx + 16 * j];
#pragma unroll
				for (int i = 0; i < TM; i++)
#pragma unroll
					for (int j = 0; j < TN; j++) acc[i][j] = __builtin_fmaf(a[i], b[j], acc[i][j]);
			}
		} else {
			for (int k = 0; k < kmax; k++) {
				float a[TM], b[TN];
#pragma unroll
				for (int i = 0; i < TM; i++) a[i] = As[k][ty + 16 * i];
#pragma unroll
				for (int j = 0; j < TN; j++) b[j] = Bs[k][tx + 16 * j];
#pragma unroll
				for (int i = 0; i < TM; i++)
#pragma unroll
					for (int j = 0; j < TN; j++) acc[i][j] = __builtin_fmaf(a[i], b[j], acc[i][j]);
			}
		}
		__syncthreads();
	}

#pragma unroll
	for (int i = 0; i < TM; i++) {
		const int m = m0 + ty + 16 * i;
		if (m >= M) continue;
#pragma unroll
		for (int j = 0; j < TN; j++) {
			const int n = n0 + tx + 16 * j;
			if (n >= N) continue;
			float v = acc[i][j];
			const long long o = (long long)m * ldc + n;
			switch (epi) {
			case EPI_BIAS:
				v += aux[n];
				break;
			case EPI_BIAS_RELU:
				v += aux[n];
				v = v < 0.f ? 0.f : v;
				break;
			case EPI_MASK:
				if (!(aux[o] > 0.f)) v = 0.f;
				break;
			default:
				break;
			}
			C[o] = v;
		}
	}
}

// One entry point per (tile, transposition): gemm_<BM>x<BN>_<nn|nt|tn>.
#define GEMM_ENTRY(BM, BN, NAME, TA, TB)                                                                 \
	extern "C" __global__ void __launch_bounds__(GEMM_THREADS)                                          \
	    gemm_##BM##x##BN##_##NAME(int M, int N, int K, const float* A, int lda, const float* B, int ldb, \
	                              float* C, int ldc, int epi, const float* aux) {                        \
		gemm_tile<BM, BN, TA, TB>(M, N, K, A, lda, B, ldb, C, ldc, epi, aux);                           \
	}
#define GEMM_ENTRIES(BM, BN)               \
	GEMM_ENTRY(BM, BN, nn, false, false)   \
	GEMM_ENTRY(BM, BN, nt, false, true)    \
	GEMM_ENTRY(BM, BN, tn, true, false)

GEMM_ENTRIES(128, 64)
GEMM_ENTRIES(64, 64)
GEMM_ENTRIES(64, 32)
GEMM_ENTRIES(32, 32)
GEMM_ENTRIES(16, 16)

// ---------------------------------------------------------------------------
// Bias gradient: gb[j] = sum over rows of dz[r][j]. Block 32 columns × 8 row
// groups; each thread sums its rows in order, then the 8 partial sums are
// added in a fixed order.
// ---------------------------------------------------------------------------
extern "C" __global__ void __launch_bounds__(256) bias_grad(const float* __restrict__ dz, int rows, int out,
                                                           float* __restrict__ gb) {
	__shared__ float part[8][33];
	const int cx = threadIdx.x % 32, ry = threadIdx.x / 32;
	const int j = blockIdx.x * 32 + cx;
	float s = 0.f;
	if (j < out)
		for (int r = ry; r < rows; r += 8) s += dz[(long long)r * out + j];
	part[ry][cx] = s;
	__syncthreads();
	if (ry == 0 && j < out) {
		float t = part[0][cx];
#pragma unroll
		for (int g = 1; g < 8; g++) t += part[g][cx];
		gb[j] = t;
	}
}

// ---------------------------------------------------------------------------
// Gather: dst[r][:] = X[perm[base+r]][:] for r < rows (perm == 0: identity).
// ---------------------------------------------------------------------------
extern "C" __global__ void __launch_bounds__(256) gather_rows(const float* __restrict__ X, int width,
                                                             const int* __restrict__ perm, int base, int rows,
                                                             float* __restrict__ dst) {
	const long long total = (long long)rows * width;
	for (long long e = (long long)blockIdx.x * blockDim.x + threadIdx.x; e < total;
	     e += (long long)gridDim.x * blockDim.x) {
		const int r = (int)(e / width), c = (int)(e % width);
		const int i = perm ? perm[base + r] : base + r;
		dst[e] = X[(long long)i * width + c];
	}
}

// ---------------------------------------------------------------------------
// Loss and its gradient, one thread per example row r < rows of the logits z
// (rows × out). The label is labels[perm[base+r]] (perm == 0: labels[base+r]).
//   kind 2 (CrossEntropy): loss = logsumexp(z) - z[y]; g = softmax(z) - onehot(y)
//   kind 1 (SquaredError): loss = sum (z - onehot(y))^2;  g = 2 (z - onehot(y))
// Outputs, each optional (0 skips it): dz = g * scale; loss[base+r];
// correct[base+r] = (first argmax == y).
// ---------------------------------------------------------------------------
extern "C" __global__ void __launch_bounds__(256) loss_grad(const float* __restrict__ z, int rows, int out,
                                                           const int* __restrict__ labels,
                                                           const int* __restrict__ perm, int base, int kind,
                                                           float scale, float* __restrict__ dz,
                                                           float* __restrict__ loss, int* __restrict__ correct) {
	const int r = blockIdx.x * blockDim.x + threadIdx.x;
	if (r >= rows) return;
	const int ex = perm ? perm[base + r] : base + r;
	const int y = labels[ex];
	const float* zr = z + (long long)r * out;
	float* g = dz ? dz + (long long)r * out : 0;

	int best = 0;
	float zmax = zr[0];
	for (int j = 1; j < out; j++)
		if (zr[j] > zmax) {
			zmax = zr[j];
			best = j;
		}
	float l = 0.f;
	if (kind == 2) {
		float s = 0.f;
		for (int j = 0; j < out; j++) s += fexp(zr[j] - zmax);
		const float logZ = zmax + flog(s);
		l = logZ - zr[y];
		if (g)
			for (int j = 0; j < out; j++) {
				float p = fexp(zr[j] - logZ);
				if (j == y) p -= 1.f;
				g[j] = p * scale;
			}
	} else {
		for (int j = 0; j < out; j++) {
			float d = zr[j];
			if (j == y) d -= 1.f;
			l += d * d;
			if (g) g[j] = 2.f * d * scale;
		}
	}
	if (loss) loss[base + r] = l;
	if (correct) correct[base + r] = best == y;
}

// ---------------------------------------------------------------------------
// Optimiser steps over the whole parameter vector (all layers are contiguous),
// the same update rules as trainer/engine.
// ---------------------------------------------------------------------------

// SGD with PyTorch-style momentum: g' = g + wd*p; m = mu*m + g'; p -= lr*m.
extern "C" __global__ void __launch_bounds__(256) sgd_step(float* __restrict__ p, const float* __restrict__ g,
                                                          float* __restrict__ m, int n, float lr, float mu,
                                                          float wd) {
	for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) {
		const float gi = g[i] + wd * p[i];
		const float mi = mu * m[i] + gi;
		m[i] = mi;
		p[i] -= lr * mi;
	}
}

// Adam: g' = g + wd*p; m = b1*m + (1-b1)g'; v = b2*v + (1-b2)g'^2;
// p -= step*m / (sqrt(v)*sq + eps), with step = lr/(1-b1^t), sq = 1/sqrt(1-b2^t)
// computed on the host as the CPU engine does.
extern "C" __global__ void __launch_bounds__(256) adam_step(float* __restrict__ p, const float* __restrict__ g,
                                                           float* __restrict__ m, float* __restrict__ v, int n,
                                                           float b1, float omb1, float b2, float omb2,
                                                           float step, float sq, float eps, float wd) {
	for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) {
		const float gi = g[i] + wd * p[i];
		const float mi = b1 * m[i] + omb1 * gi;
		const float vi = b2 * v[i] + omb2 * gi * gi;
		m[i] = mi;
		v[i] = vi;
		p[i] -= step * mi / (fsqrt(vi) * sq + eps);
	}
}
