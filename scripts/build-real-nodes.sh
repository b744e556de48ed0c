#!/usr/bin/env bash
# build-real-nodes.sh DIR: build the real L1 and DA nodes that make e2e-real
# runs into DIR (default bin/real): geth from the go-ethereum module the
# product pins (op-geth, as the product's go.mod replaces it) and kubo's ipfs
# from the Go module proxy. Each is a module of its own under tools/realnodes,
# so the product's go.mod never sees their dependencies.
#
# The kubo recipe, the smallest that builds kubo v0.43.1 from the proxy:
#  - kubo's go.mod replaces go-libp2p with a fork (github.com/lidel/go-libp2p)
#    that the proxy does not serve. A replace directive applies only in the
#    main module, so building kubo as a dependency of tools/realnodes/kubo
#    ignores it;
#  - without the fork, go-libp2p v0.49.0 (what kubo requires) does not compile
#    against the webtransport-go v0.13.0 kubo also requires (undefined:
#    webtransport.Dialer). go-libp2p v0.52.0 requires quic-go >= v0.62 and
#    webtransport-go >= v0.13, which is what the fork was waiting for (kubo's
#    own TODO above its replace), so tools/realnodes/kubo requires v0.52.0;
#  - kubo refuses a Go release it was not tested with unless built with
#    -tags untested_go_version.
# A binary is rebuilt only when its module's go.mod or go.sum (or this script) changed.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-bin/real}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
GO=${GO:-go}

# build NAME MODULE_DIR PACKAGE [FLAGS...]: go build PACKAGE in MODULE_DIR into $OUT/NAME,
# unless $OUT/NAME.stamp holds the hash of the module's go.mod and go.sum and of this
# script that the binary was built from (file times would not do: a fresh checkout
# is newer than any cached binary).
build() {
  local name=$1 dir=$2 pkg=$3; shift 3
  local want
  want=$(cat "$dir/go.mod" "$dir/go.sum" "$0" | sha256sum | cut -d' ' -f1)
  if [ -x "$OUT/$name" ] && [ "$(cat "$OUT/$name.stamp" 2>/dev/null)" = "$want" ]; then
    echo "$name: up to date ($OUT/$name)"
    return
  fi
  echo "$name: building $pkg ($dir)"
  rm -f "$OUT/$name.stamp"
  (cd "$dir" && $GO build "$@" -o "$OUT/$name" "$pkg")
  echo "$want" > "$OUT/$name.stamp"
}

build geth tools/realnodes/geth github.com/ethereum/go-ethereum/cmd/geth
build ipfs tools/realnodes/kubo github.com/ipfs/kubo/cmd/ipfs -tags untested_go_version
$GO version -m "$OUT/geth" | grep -E 'go-ethereum|op-geth' | head -3
"$OUT/ipfs" version
