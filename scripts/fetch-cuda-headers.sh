#!/usr/bin/env bash
# fetch-cuda-headers.sh: fetch, without root, what the cuda-tagged build of
# trainer/gpu needs, from Debian bookworm (non-free), into build/cuda:
#
#   build/cuda/include/cuda.h   CUDA driver API header (nvidia-cuda-dev)
#   build/cuda/lib/libcuda.so   link-time stub of the driver (nvidia-cuda-dev);
#                               the real libcuda.so.1 is loaded at run time
#
# With --clang it also fetches clang 16 (build/cuda/clang), which `make ptx`
# uses to regenerate trainer/gpu/kernels.ptx from kernels.cu. The committed
# PTX means the Go build itself never needs clang.
#
# It uses apt-get with a private sources list, state and cache (no root, no
# change to the system's apt), then `apt-get download` and `dpkg-deb -x`.
# Idempotent: what is already there is not fetched again.
#
# Environment: CUDA_DIR (default build/cuda), DEBIAN_MIRROR (default: the
# mirror of /etc/apt, else http://deb.debian.org/debian).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dest=${CUDA_DIR:-$root/build/cuda}
want_clang=0
for a in "$@"; do
	case $a in
	--clang) want_clang=1 ;;
	*) echo "usage: $0 [--clang]" >&2; exit 2 ;;
	esac
done

have_headers() { [[ -f $dest/include/cuda.h && -f $dest/lib/libcuda.so ]]; }
have_clang() { [[ -x $dest/clang/usr/lib/llvm-16/bin/clang ]]; }

if have_headers && { ((want_clang == 0)) || have_clang; }; then
	exit 0
fi

mirror=${DEBIAN_MIRROR:-}
if [[ -z $mirror ]]; then
	mirror=$(grep -rhoE '^(URIs:|deb) *(\[[^]]*\] *)?https?://[^ ]*/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null |
		grep -oE 'https?://[^ ]*' | head -n1 || true)
	mirror=${mirror:-http://deb.debian.org/debian}
fi
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
signed=""
[[ -f $keyring ]] && signed="[signed-by=$keyring] "

apt_dir=$dest/apt
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/debs"
cat >"$apt_dir/sources.list" <<EOF
deb ${signed}${mirror} bookworm main contrib non-free non-free-firmware
deb ${signed}${mirror} bookworm-updates main contrib non-free non-free-firmware
EOF
apt_opts=(
	-o "Dir::Etc::SourceList=$apt_dir/sources.list"
	-o Dir::Etc::SourceParts=/dev/null
	-o "Dir::State::Lists=$apt_dir/lists"
	-o "Dir::Cache=$apt_dir/cache"
	-o Debug::NoLocking=1
)
echo "fetch-cuda-headers: apt-get update ($mirror bookworm non-free)" >&2
apt-get "${apt_opts[@]}" -qq update

download() { (cd "$apt_dir/debs" && apt-get "${apt_opts[@]}" -qq download "$@"); }

if ! have_headers; then
	# nvidia-cuda-dev is large (about 750 MB); only cuda.h and the driver stub are kept.
	echo "fetch-cuda-headers: downloading nvidia-cuda-dev (large, once)" >&2
	download nvidia-cuda-dev
	deb=$(ls "$apt_dir"/debs/nvidia-cuda-dev_*.deb | head -n1)
	tmp=$(mktemp -d "$dest/x.XXXXXX")
	dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$tmp" \
		./usr/include/cuda.h ./usr/lib/x86_64-linux-gnu/stubs/libcuda.so
	mkdir -p "$dest/include" "$dest/lib"
	mv "$tmp/usr/include/cuda.h" "$dest/include/cuda.h"
	mv "$tmp/usr/lib/x86_64-linux-gnu/stubs/libcuda.so" "$dest/lib/libcuda.so"
	rm -rf "$tmp" "$deb"
	echo "fetch-cuda-headers: $dest/include/cuda.h, $dest/lib/libcuda.so" >&2
fi

if ((want_clang)) && ! have_clang; then
	echo "fetch-cuda-headers: downloading clang-16" >&2
	download clang-16 libclang-cpp16 libllvm16 libclang-common-16-dev
	for deb in "$apt_dir"/debs/*.deb; do
		dpkg-deb -x "$deb" "$dest/clang"
	done
	rm -f "$apt_dir"/debs/*.deb
	# libLLVM's other needs (libz3, libedit, libxml2, ...) are in a stock bookworm.
	if ! LD_LIBRARY_PATH=$dest/clang/usr/lib/x86_64-linux-gnu "$dest/clang/usr/lib/llvm-16/bin/clang" --version >/dev/null; then
		echo "fetch-cuda-headers: clang-16 does not run; missing shared libraries:" >&2
		LD_LIBRARY_PATH=$dest/clang/usr/lib/x86_64-linux-gnu ldd "$dest/clang/usr/lib/llvm-16/bin/clang" | grep 'not found' >&2 || true
		exit 1
	fi
	echo "fetch-cuda-headers: $dest/clang/usr/lib/llvm-16/bin/clang" >&2
fi
