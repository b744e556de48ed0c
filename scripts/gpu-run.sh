#!/usr/bin/env bash
# gpu-run.sh: test and benchmark trainer/gpu on a machine with an NVIDIA GPU,
# building here (where Go and the CUDA headers are) and running there (where
# only the driver and python3 with torch are).
#
#   scripts/gpu-run.sh build    here: fetch headers (scripts/fetch-cuda-headers.sh),
#                               build the cuda-tagged test binary (go test -c -tags cuda)
#                               into build/cuda/run/gpu.test (x86-64 Linux, cgo)
#   scripts/gpu-run.sh device   there: from the repository root, run the GPU tests,
#                               BenchmarkTrainGPU and bench/torch_gpu.py, and print
#                               samples/s and the Go/PyTorch ratio; logs go to $OUT
#                               (or build/cuda/run) as gpu-test.log, gpu-bench.log,
#                               torch-gpu.log
#   scripts/gpu-run.sh          both, when this machine has the GPU
#
# With the workplace's device tool the binary travels as a carried path:
#   run(command="scripts/gpu-run.sh device", carry=["build/cuda/run"], timeout_s=600)
#
# Environment: GPU_BENCHTIME (default 20x epochs per model), TORCH_EPOCHS (default 10).
set -euo pipefail
cd "$(dirname "$0")/.."
run_dir=build/cuda/run

build() {
	scripts/fetch-cuda-headers.sh
	local cuda=$PWD/build/cuda
	mkdir -p "$run_dir"
	CGO_ENABLED=1 GOOS=linux GOARCH=amd64 CGO_CFLAGS="-I$cuda/include" CGO_LDFLAGS="-L$cuda/lib" \
		go test -c -tags cuda -o "$run_dir/gpu.test" ./trainer/gpu
	echo "gpu-run: built $run_dir/gpu.test ($(du -h "$run_dir/gpu.test" | cut -f1)); now on the GPU machine: scripts/gpu-run.sh device" >&2
}

device() {
	local out=${OUT:-$run_dir}
	mkdir -p "$out"
	if [[ ! -x $run_dir/gpu.test ]]; then
		echo "gpu-run: $run_dir/gpu.test missing: run scripts/gpu-run.sh build first (and carry $run_dir)" >&2
		exit 1
	fi
	if ! nvidia-smi -L >/dev/null 2>&1; then
		echo "gpu-run: SKIP: no NVIDIA driver or GPU here (nvidia-smi fails); the cuda-tagged binary cannot start without the driver's libcuda.so.1" >&2
		exit 0
	fi
	nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv,noheader | tee "$out/gpu-info.txt"
	local bin=$PWD/$run_dir/gpu.test rc=0
	# Tests run in the package directory (they read kernels.ptx and kernels.cu).
	(cd trainer/gpu && "$bin" -test.v -test.count=1 -test.timeout=8m 2>&1) | tee "$out/gpu-test.log" || rc=$?
	(cd trainer/gpu && "$bin" -test.run '^$' -test.bench BenchmarkTrainGPU -test.benchtime "${GPU_BENCHTIME:-20x}" -test.count=1 2>&1) |
		tee "$out/gpu-bench.log" || rc=$?
	PYTHONUNBUFFERED=1 python3 bench/torch_gpu.py --epochs "${TORCH_EPOCHS:-10}" --go-bench "$out/gpu-bench.log" 2>&1 |
		tee "$out/torch-gpu.log" || rc=$?
	nvidia-smi --query-gpu=utilization.gpu,memory.used --format=csv,noheader || true
	return $rc
}

case ${1:-all} in
build) build ;;
device) device ;;
all) build && device ;;
*) echo "usage: $0 [build|device]" >&2; exit 2 ;;
esac
