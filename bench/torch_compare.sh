#!/usr/bin/env bash
# Train the same MLP (784-100-10, ReLU, softmax cross-entropy, Adam lr 1e-3,
# batch 64, synthetic data) with PyTorch on the CPU and with trainer/engine,
# on the same number of threads, and print both throughputs and
# ratio = engine / torch (above 1: the engine is faster).
#
# Needs Debian's python3-torch (apt-get install python3-torch). Debian's torch
# does its matrix products through libblas.so.3: with only the reference BLAS
# installed it is ~5x slower; apt-get install libopenblas0-pthread for a fair
# comparison (the line blas= shows which one torch used).
# Usage: bench/torch_compare.sh [THREADS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."

py="${PYTHON:-/usr/bin/python3}" # Debian's interpreter, where python3-torch installs
threads="${1:-2}"
secs="${2:-5}"

if ! "$py" -c 'import torch' 2>/dev/null; then
  echo "torch_compare: python3-torch is missing (apt-get install python3-torch)" >&2
  exit 1
fi

torch_sps="$(OMP_NUM_THREADS="$threads" OPENBLAS_NUM_THREADS="$threads" "$py" - "$threads" "$secs" <<'PY'
import sys, time, torch
threads, secs = int(sys.argv[1]), float(sys.argv[2])
torch.set_num_threads(threads)
torch.manual_seed(1)
n, batch = 2048, 64
x = torch.rand(n, 784)
y = torch.randint(0, 10, (n,))
model = torch.nn.Sequential(torch.nn.Linear(784, 100), torch.nn.ReLU(), torch.nn.Linear(100, 10))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
lossf = torch.nn.CrossEntropyLoss()
def step(i):
    o = (i * batch) % n
    xb, yb = x[o:o+batch], y[o:o+batch]
    opt.zero_grad(set_to_none=True)
    loss = lossf(model(xb), yb)
    loss.backward()
    opt.step()
for i in range(100):
    step(i)
steps, t0 = 0, time.perf_counter()
while time.perf_counter() - t0 < secs:
    for _ in range(50):
        step(steps)
        steps += 1
print(f"{steps * batch / (time.perf_counter() - t0):.0f}")
PY
)"

engine_sps="$(go test ./trainer/engine -run '^$' -cpu "$threads" \
  -bench '^BenchmarkTrain/fmnist-784-100-10/batch=64$' -benchtime "${secs}s" |
  awk '/samples\/s/ { for (i = 1; i < NF; i++) if ($(i+1) == "samples/s") print $i }')"

if [[ -z "$engine_sps" ]]; then
  echo "torch_compare: the engine benchmark printed no samples/s" >&2
  exit 1
fi

echo "model=784-100-10/xent optimizer=adam batch=64 threads=$threads"
echo "blas=$(readlink -f /usr/lib/x86_64-linux-gnu/libblas.so.3 2>/dev/null || echo unknown)"
echo "torch_samples_per_s=$torch_sps"
echo "engine_samples_per_s=${engine_sps%.*}"
awk -v e="$engine_sps" -v t="$torch_sps" 'BEGIN { printf "ratio=%.2f\n", e / t }'
