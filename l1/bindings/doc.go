// Package bindings holds the abigen v2 Go bindings of the Neuron L1 contracts (Bridge, NRN,
// Rollup and the gnark-exported LossVerifier), generated from the committed compiler output
// in l1/contracts/out/combined.json. Regenerate with l1/contracts/build.sh (make contracts),
// or, when only the Go side changed, with go generate in this directory. Do not edit
// bindings.go by hand: TestBindingsUpToDate fails on any difference.
package bindings

//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --combined-json ../contracts/out/combined.json --pkg bindings --out bindings.go
