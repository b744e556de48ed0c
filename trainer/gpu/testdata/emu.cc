// emu.cc runs kernels.cu on the CPU: each block's threads are std::threads
// sharing the kernel's static __shared__ arrays, __syncthreads is a barrier.
// It checks the matrix products (every tile, transposition and epilogue),
// bias_grad, loss_grad and adam_step against plain loops, prints FAIL lines
// and exits 1 on any mismatch. Built and run by emu_test.go.
#include <barrier>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <thread>
#include <vector>

struct dim3 {
	unsigned x = 1, y = 1, z = 1;
};
static thread_local dim3 threadIdx, blockIdx;
static dim3 blockDim, gridDim;
static std::barrier<>* bar;
static inline void __syncthreads() { bar->arrive_and_wait(); }
static inline float fexp(float x) { return std::exp(x); }
static inline float flog(float x) { return std::log(x); }
static inline float fsqrt(float x) { return std::sqrt(x); }
#define __global__
#define __device__
#define __shared__ static
#define __launch_bounds__(...)
#define NRN_KERNEL_EMU
#include "../kernels.cu"

// launch runs f on a gx×gy grid of blocks of threads threads, one block at a time.
static void launch(int gx, int gy, int threads, const std::function<void()>& f) {
	gridDim = {unsigned(gx), unsigned(gy), 1};
	blockDim = {unsigned(threads), 1, 1};
	for (int by = 0; by < gy; by++)
		for (int bx = 0; bx < gx; bx++) {
			std::barrier<> b(threads);
			bar = &b;
			std::vector<std::thread> ts;
			for (int t = 0; t < threads; t++)
				ts.emplace_back([&, t] {
					threadIdx = {unsigned(t), 0, 0};
					blockIdx = {unsigned(bx), unsigned(by), 0};
					f();
				});
			for (auto& t : ts) t.join();
		}
}

static int fails;
static void check(bool ok, const char* what, int a, int b, double got, double want) {
	if (!ok && fails++ < 20) std::printf("FAIL %s [%d,%d]: got %.9g want %.9g\n", what, a, b, got, want);
}

typedef void (*gemm_fn)(int, int, int, const float*, int, const float*, int, float*, int, int, const float*);
struct entry {
	const char* name;
	int bm, bn, op;  // op 0 nn, 1 nt, 2 tn
	gemm_fn fn;
};
#define E(BM, BN) {"gemm_" #BM "x" #BN "_nn", BM, BN, 0, gemm_##BM##x##BN##_nn}, \
	{"gemm_" #BM "x" #BN "_nt", BM, BN, 1, gemm_##BM##x##BN##_nt}, {"gemm_" #BM "x" #BN "_tn", BM, BN, 2, gemm_##BM##x##BN##_tn}
static const entry entries[] = {E(128, 64), E(64, 64), E(64, 32), E(32, 32), E(16, 16)};

int main() {
	std::mt19937 rng(1);
	std::uniform_real_distribution<float> u(-1, 1);
	auto randv = [&](size_t n) { std::vector<float> v(n); for (auto& x : v) x = u(rng); return v; };
	const int sizes[][3] = {{1, 1, 1}, {17, 10, 33}, {33, 129, 47}};
	for (auto& sz : sizes) {
		const int M = sz[0], N = sz[1], K = sz[2];
		for (const entry& e : entries) {
			auto A = randv(size_t(M) * K), B = randv(size_t(K) * N), bias = randv(N), mask = randv(size_t(M) * N);
			const int lda = e.op == 2 ? M : K, ldb = e.op == 1 ? K : N;
			for (int epi = 0; epi < 4; epi++) {
				std::vector<float> C(size_t(M) * N, -7.f);
				const float* aux = epi == 0 ? nullptr : epi == 3 ? mask.data() : bias.data();
				launch((N + e.bn - 1) / e.bn, (M + e.bm - 1) / e.bm, 256,
				       [&] { e.fn(M, N, K, A.data(), lda, B.data(), ldb, C.data(), N, epi, aux); });
				for (int i = 0; i < M; i++)
					for (int j = 0; j < N; j++) {
						float s = 0;
						for (int k = 0; k < K; k++) {
							float a = e.op == 2 ? A[size_t(k) * lda + i] : A[size_t(i) * lda + k];
							float b = e.op == 1 ? B[size_t(j) * ldb + k] : B[size_t(k) * ldb + j];
							s = std::fma(a, b, s);
						}
						if (epi == 1) s += bias[j];
						if (epi == 2) s = std::max(s + bias[j], 0.f);
						if (epi == 3 && !(mask[size_t(i) * N + j] > 0)) s = 0;
						char what[64];
						std::snprintf(what, sizeof what, "%s %dx%dx%d epi=%d", e.name, M, N, K, epi);
						check(C[size_t(i) * N + j] == s, what, i, j, C[size_t(i) * N + j], s);
					}
			}
		}
	}
	// bias_grad
	{
		const int rows = 37, out = 70;
		auto dz = randv(size_t(rows) * out);
		std::vector<float> gb(out, -7.f);
		launch((out + 31) / 32, 1, 256, [&] { bias_grad(dz.data(), rows, out, gb.data()); });
		for (int j = 0; j < out; j++) {
			double s = 0;
			for (int r = 0; r < rows; r++) s += dz[size_t(r) * out + j];
			check(std::fabs(gb[j] - s) < 1e-5, "bias_grad", j, 0, gb[j], s);
		}
	}
	// loss_grad, both losses, with a permutation
	for (int kind = 1; kind <= 2; kind++) {
		const int rows = 300, out = 10, base = 5, n = 400;
		auto z = randv(size_t(rows) * out);
		std::vector<int> labels(n), perm(n);
		for (int i = 0; i < n; i++) labels[i] = rng() % out, perm[i] = (i * 7) % n;
		std::vector<float> dz(size_t(rows) * out), loss(n, -7.f);
		std::vector<int> correct(n, -7);
		const float scale = 1.f / rows;
		launch((rows + 255) / 256, 1, 256, [&] {
			loss_grad(z.data(), rows, out, labels.data(), perm.data(), base, kind, scale, dz.data(), loss.data(), correct.data());
		});
		for (int r = 0; r < rows; r++) {
			const float* zr = &z[size_t(r) * out];
			int y = labels[perm[base + r]], best = 0;
			for (int j = 1; j < out; j++)
				if (zr[j] > zr[best]) best = j;
			double l = 0, mx = zr[best], s = 0;
			for (int j = 0; j < out; j++) s += std::exp(double(zr[j]) - mx);
			double logZ = mx + std::log(s);
			for (int j = 0; j < out; j++) {
				double t = j == y ? 1 : 0, g;
				if (kind == 2) g = std::exp(zr[j] - logZ) - t;
				else g = 2 * (zr[j] - t), l += (zr[j] - t) * (zr[j] - t);
				check(std::fabs(dz[size_t(r) * out + j] - g * scale) < 1e-6, kind == 2 ? "loss_grad xent dz" : "loss_grad mse dz", r, j, dz[size_t(r) * out + j], g * scale);
			}
			if (kind == 2) l = logZ - zr[y];
			check(std::fabs(loss[base + r] - l) < 1e-5 * (1 + std::fabs(l)), "loss_grad loss", r, kind, loss[base + r], l);
			check(correct[base + r] == (best == y), "loss_grad correct", r, kind, correct[base + r], best == y);
		}
	}
	// adam_step and sgd_step, grid-stride with fewer threads than elements
	{
		const int n = 1000;
		auto p = randv(n), g = randv(n), m = randv(n), v = randv(n);
		for (auto& x : v) x = std::fabs(x);
		auto p2 = p, m2 = m, v2 = v;
		const float b1 = 0.9f, b2 = 0.999f, step = 0.01f, sq = 1.3f, eps = 1e-8f, wd = 0.01f;
		launch(2, 1, 256, [&] { adam_step(p.data(), g.data(), m.data(), v.data(), n, b1, 1 - b1, b2, 1 - b2, step, sq, eps, wd); });
		for (int i = 0; i < n; i++) {
			float gi = g[i] + wd * p2[i];
			float mi = b1 * m2[i] + (1 - b1) * gi, vi = b2 * v2[i] + (1 - b2) * gi * gi;
			float pi = p2[i] - step * mi / (std::sqrt(vi) * sq + eps);
			check(std::fabs(p[i] - pi) <= 1e-6f * (1 + std::fabs(pi)) && m[i] == mi, "adam_step", i, 0, p[i], pi);
		}
		auto q = randv(n), q2 = q, mm = randv(n), mm2 = mm;
		launch(3, 1, 256, [&] { sgd_step(q.data(), g.data(), mm.data(), n, 0.1f, 0.9f, 0.01f); });
		for (int i = 0; i < n; i++) {
			float mi = 0.9f * mm2[i] + (g[i] + 0.01f * q2[i]);
			check(std::fabs(q[i] - (q2[i] - 0.1f * mi)) <= 1e-6f, "sgd_step", i, 0, q[i], q2[i] - 0.1f * mi);
		}
	}
	if (fails) {
		std::printf("%d mismatches\n", fails);
		return 1;
	}
	std::printf("ok\n");
	return 0;
}
