#!/usr/bin/env bash
# Rebuilds the L1 contracts' committed artifacts (make contracts):
#   1. npm ci: the pinned solc and OpenZeppelin from package-lock.json into node_modules/
#   2. compile src/*.sol into out/combined.json (scripts/compile.js, solc standard JSON)
#   3. regenerate the abigen v2 bindings in l1/bindings from out/combined.json
# Commit out/combined.json and l1/bindings/bindings.go afterwards; go test ./l1/bindings
# fails while either is stale.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
npm ci --no-audit --no-fund --loglevel=error
node scripts/compile.js
cd "$here/../bindings"
go generate .
echo "l1: contracts and bindings rebuilt"
