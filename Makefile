# Neuron: one command runs the system, one runs the tests.
GO      ?= go

.PHONY: all build devnet test browser test-short fuzz bench torch-compare contracts keys fashion-mnist clean

all: build

build:
	$(GO) build -o bin/ ./cmd/...

## devnet: the whole system in one process on embedded defaults (Ctrl-C stops it)
devnet:
	$(GO) run ./cmd/nrn devnet $(DEVNET_FLAGS)

## test: every test, plus a short run of every fuzz target (a fixed number of
## inputs: a time limit can end a run mid-minimisation with "context deadline exceeded")
test: browser
	$(GO) vet ./...
	NRN_BROWSER=$$(test -x /usr/bin/chromium && echo 1) $(GO) test -timeout 25m ./...
	$(MAKE) fuzz FUZZTIME=30000x

## browser: Debian's chromium for the explorer's browser test (scripts/install-chromium.sh,
## ~11 s; needs root). Without it the browser test skips; with it, it must pass.
browser:
	@scripts/install-chromium.sh || echo "make browser: chromium not installed; the explorer's browser test will skip"

test-short:
	$(GO) test -short ./...

FUZZTIME ?= 10s
## SLOW_FUZZ: targets whose every input runs an EVM call on a simulated L1 (about 7 ms each:
## 30,000 inputs take over 2 minutes on 2 cores); they run for FUZZTIME_SLOW instead
SLOW_FUZZ ?= FuzzStepDifferential
FUZZTIME_SLOW ?= 5000x
## fuzz: run each fuzz target for FUZZTIME (the SLOW_FUZZ ones for FUZZTIME_SLOW)
fuzz:
	@set -e; for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz' || true); do \
	    t=$(FUZZTIME); case " $(SLOW_FUZZ) " in *" $$f "*) t=$(FUZZTIME_SLOW);; esac; \
	    echo "fuzz $$pkg $$f ($$t)"; \
	    $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $$t $$pkg > .fuzz.log 2>&1 || { cat .fuzz.log; rm -f .fuzz.log; exit 1; }; \
	  done; \
	done; rm -f .fuzz.log

## bench: the guarded benchmarks
bench:
	$(GO) test -run '^$$' -bench BenchmarkSequencer ./sequencer/...
	$(GO) test -run '^$$' -bench 'BenchmarkTrain/fmnist-784-100-10/batch=64$$' ./trainer/engine
	$(GO) test -run '^$$' -bench BenchmarkSampledLoss -benchtime 1x ./circuits/...

## torch-compare: our CPU engine against PyTorch on the same model, batch and threads
## (needs Debian python3-torch and libopenblas0-pthread)
torch-compare:
	bench/torch_compare.sh

## contracts: recompile Solidity with the pinned npm solc and regenerate bindings
contracts:
	l1/contracts/build.sh

## keys: regenerate the INSECURE devnet Groth16 keys and the Solidity verifier
keys:
	$(GO) run ./circuits/sampledloss/cmd/genkeys -fresh
	l1/contracts/build.sh

## fashion-mnist: fetch the Debian dataset-fashion-mnist IDX files into data/fashion-mnist
fashion-mnist:
	scripts/fetch-fashion-mnist.sh

## e2e-real: the separate binaries against a real geth --dev and an offline kubo daemon,
## both built from pinned module versions (tools/realnodes) into bin/real on first use
## (scripts/build-real-nodes.sh), plus the L1 gas per L2 transaction on geth
REAL_BIN ?= $(CURDIR)/bin/real
e2e-real:
	scripts/build-real-nodes.sh $(REAL_BIN)
	NRN_REAL_BIN=$(REAL_BIN) $(GO) test -tags e2ereal -count=1 -timeout 30m -v -run 'TestRealNodes|TestRealGasPerTx' ./e2e/

clean:
	rm -rf bin .devnet

## build-cuda: binaries with the CUDA trainer backend (-tags cuda, trainer/gpu); fetches
## cuda.h and the libcuda link stub into build/cuda first (no root; run time needs only the driver)
CUDA_DIR ?= $(CURDIR)/build/cuda
CUDA_ENV = CGO_ENABLED=1 CGO_CFLAGS="-I$(CUDA_DIR)/include" CGO_LDFLAGS="-L$(CUDA_DIR)/lib"
build-cuda:
	CUDA_DIR=$(CUDA_DIR) scripts/fetch-cuda-headers.sh
	$(CUDA_ENV) $(GO) vet -tags cuda ./trainer/gpu/...
	$(CUDA_ENV) $(GO) build -tags cuda -o bin/ ./cmd/...

## ptx: regenerate trainer/gpu/kernels.ptx from kernels.cu with clang 16 (fetched into build/cuda)
ptx:
	CUDA_DIR=$(CUDA_DIR) scripts/fetch-cuda-headers.sh --clang
	CLANG=$(CUDA_DIR)/clang/usr/lib/llvm-16/bin/clang trainer/gpu/genptx.sh

.PHONY: build-cuda ptx e2e-real
