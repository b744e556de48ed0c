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
# Nothing is rebuilt when a binary is newer than its module's go.mod and go.sum.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-bin/real}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
GO=${GO:-go}

fresh() { # fresh BINARY MODULE_DIR: the binary exists and is newer than the module files
  [ -x "$1" ] && [ "$1" -nt "$2/go.mod" ] && [ "$1" -nt "$2/go.sum" ] && [ "$1" -nt "$0" ]
}

if fresh "$OUT/geth" tools/realnodes/geth; then
  echo "geth: up to date ($OUT/geth)"
else
  echo "geth: building (op-geth, tools/realnodes/geth)"
  (cd tools/realnodes/geth && $GO build -o "$OUT/geth" github.com/ethereum/go-ethereum/cmd/geth)
fi
if fresh "$OUT/ipfs" tools/realnodes/kubo; then
  echo "kubo: up to date ($OUT/ipfs)"
else
  echo "kubo: building v0.43.1 (tools/realnodes/kubo)"
  (cd tools/realnodes/kubo && $GO build -tags untested_go_version -o "$OUT/ipfs" github.com/ipfs/kubo/cmd/ipfs)
fi
"$OUT/geth" version | sed -n '1,2p'
"$OUT/ipfs" version
