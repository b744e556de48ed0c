#!/usr/bin/env python3
"""PyTorch eager on the GPU, the baseline for trainer/gpu's BenchmarkTrainGPU.

Trains the same MLPs as the Go benchmark (784-100-10 and 784-1024-1024-10,
ReLU, softmax cross-entropy, Adam lr 1e-3, batch 256, fp32 with TF32 off,
synthetic data resident on the GPU, a fresh random order each epoch of
200 batches) and prints samples/s per model. The loop is plain eager PyTorch:
zero_grad(set_to_none), forward, loss, backward, Adam step (PyTorch's default
implementation), synchronising only at the end of an epoch. It does less
work than the Go trainer, which also keeps every example's loss.

With --go-bench FILE (the output of the Go benchmark) it also prints the
ratio Go / PyTorch per model (above 1: the Go trainer is faster).

Usage: python3 bench/torch_gpu.py [--epochs N] [--go-bench FILE]
"""
import argparse
import re
import sys
import time

import torch
import torch.nn as nn

MODELS = [("784-100-10", 256), ("784-1024-1024-10", 256)]
BATCHES_PER_EPOCH = 200


def build(layers):
    mods = []
    for i, (a, b) in enumerate(zip(layers, layers[1:])):
        mods.append(nn.Linear(a, b))
        if i < len(layers) - 2:
            mods.append(nn.ReLU())
    return nn.Sequential(*mods)


def bench(name, batch, epochs, dev):
    layers = [int(x) for x in name.split("-")]
    torch.manual_seed(1)
    n = BATCHES_PER_EPOCH * batch
    x_all = torch.rand(n, layers[0], device=dev)
    y_all = torch.randint(0, layers[-1], (n,), device=dev)
    model = build(layers).to(dev)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    lossf = nn.CrossEntropyLoss()

    def epoch():
        perm = torch.randperm(n, device=dev)
        for b0 in range(0, n, batch):
            idx = perm[b0:b0 + batch]
            x, y = x_all[idx], y_all[idx]
            opt.zero_grad(set_to_none=True)
            loss = lossf(model(x), y)
            loss.backward()
            opt.step()

    epoch()  # warm-up: allocator, cuBLAS handles, kernel selection
    torch.cuda.synchronize()
    t0 = time.perf_counter()
    for _ in range(epochs):
        epoch()
    torch.cuda.synchronize()
    return n * epochs / (time.perf_counter() - t0)


GO_LINE = re.compile(r"^BenchmarkTrainGPU/([0-9-]+)/batch=(\d+)\S*\s.*?([0-9.e+]+) samples/s")


def go_results(path):
    out = {}
    with open(path) as f:
        for line in f:
            m = GO_LINE.match(line.strip())
            if m:
                out[(m.group(1), int(m.group(2)))] = float(m.group(3))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--go-bench", help="Go benchmark output to compare with")
    args = ap.parse_args()
    if not torch.cuda.is_available():
        print("torch_gpu: SKIP: torch sees no CUDA device", file=sys.stderr)
        return 1
    torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.allow_tf32 = False
    dev = torch.device("cuda:0")
    print(f"torch {torch.__version__} on {torch.cuda.get_device_name(dev)}, fp32 (TF32 off)")
    go = go_results(args.go_bench) if args.go_bench else {}
    print(f"{'model':<18} {'batch':>5} {'torch samples/s':>16} {'go samples/s':>14} {'go/torch':>8}")
    for name, batch in MODELS:
        sps = bench(name, batch, args.epochs, dev)
        g = go.get((name, batch))
        gs = f"{g:14.0f}" if g else f"{'-':>14}"
        ratio = f"{g / sps:8.2f}" if g else f"{'-':>8}"
        print(f"{name:<18} {batch:>5} {sps:16.0f} {gs} {ratio}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
