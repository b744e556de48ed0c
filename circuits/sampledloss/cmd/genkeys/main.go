// Command genkeys makes (or loads) the devnet sampled-loss keys and exports
// their Solidity verifier. Run from the repository root:
//
//	go run ./circuits/sampledloss/cmd/genkeys          # load, or set up if missing
//	go run ./circuits/sampledloss/cmd/genkeys -fresh   # new INSECURE keys
//
// It writes pk.bin, vk.bin and meta.json under -keys and the contract to -sol.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/neuron-rollup/neuron/circuits/sampledloss"
)

func main() {
	keys := flag.String("keys", "circuits/sampledloss/keys/devnet", "key directory")
	sol := flag.String("sol", "l1/contracts/src/LossVerifier.sol", "Solidity verifier output")
	fresh := flag.Bool("fresh", false, "delete existing keys first and run a new setup")
	flag.Parse()
	if err := run(*keys, *sol, *fresh); err != nil {
		fmt.Fprintln(os.Stderr, "genkeys:", err)
		os.Exit(1)
	}
}

func run(dir, sol string, fresh bool) error {
	if fresh {
		for _, f := range []string{sampledloss.MetaFile, sampledloss.ProvingKeyFile, sampledloss.VerifyingKeyFile} {
			if err := os.Remove(filepath.Join(dir, f)); err != nil && !os.IsNotExist(err) {
				return err
			}
		}
	}
	k, err := sampledloss.LoadOrSetup(dir, sampledloss.DevnetParams())
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := sampledloss.ExportSolidity(k.VerifyingKeyBytes(), &buf); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(sol), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(sol, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("%s: %d constraints, keys in %s, verifier in %s\n", k.Meta.Params, k.Meta.Constraints, dir, sol)
	return nil
}
