#!/usr/bin/env bash
# Fetch Fashion-MNIST (IDX, gzip) from Debian's dataset-fashion-mnist package
# into ./data/fashion-mnist without root: apt-get download + dpkg -x.
#
# Idempotent: exits early when all four files are already present.
# Usage: scripts/fetch-fashion-mnist.sh [DEST]   (default: ./data/fashion-mnist)
set -euo pipefail

dest="${1:-data/fashion-mnist}"
files=(train-images-idx3-ubyte.gz train-labels-idx1-ubyte.gz
       t10k-images-idx3-ubyte.gz t10k-labels-idx1-ubyte.gz)

have_all() {
  for f in "${files[@]}"; do [[ -s "$dest/$f" ]] || return 1; done
}

if have_all; then
  echo "fashion-mnist: already in $dest"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && apt-get download -o APT::Sandbox::User="$(id -un)" dataset-fashion-mnist >/dev/null) || {
  echo "fashion-mnist: 'apt-get download dataset-fashion-mnist' failed;" >&2
  echo "  run 'apt-get update' once (Debian's package lists are needed)." >&2
  exit 1
}
deb="$(ls "$work"/dataset-fashion-mnist_*.deb)"
dpkg -x "$deb" "$work/root"

src="$work/root/usr/share/datasets/fashion-mnist"
if [[ ! -d "$src" ]]; then
  # Fall back to wherever the package put its IDX files.
  src="$(dirname "$(find "$work/root" -name 'train-images-idx3-ubyte*' | head -n1)")"
fi

mkdir -p "$dest"
for f in "${files[@]}"; do
  if [[ -s "$src/$f" ]]; then
    cp "$src/$f" "$dest/$f.tmp" && mv "$dest/$f.tmp" "$dest/$f"
  elif [[ -s "$src/${f%.gz}" ]]; then
    gzip -c "$src/${f%.gz}" >"$dest/$f.tmp" && mv "$dest/$f.tmp" "$dest/$f"
  else
    echo "fashion-mnist: $f not found in $deb" >&2
    exit 1
  fi
done
have_all
echo "fashion-mnist: wrote ${files[*]} to $dest"
