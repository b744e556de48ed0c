// Command genkeys makes (or loads) the devnet sampled-loss keys and exports
// their Solidity verifier. Run from the repository root:
//
//	go run ./circuits/sampledloss/cmd/genkeys          # load, or set up if missing
//	go run ./circuits/sampledloss/cmd/genkeys -fresh   # new INSECURE keys
//
// It writes pk.bin, vk.bin and meta.json under -keys and the contract to -sol.
//
// With -model it makes (or loads) the keys of another circuit instead, under
// sampledloss.KeyCacheDir(-cache, params), and prints the chain file's
// "verifyingKeys" entry for them (version-2 circuits are verified on L1 by
// BatchLossVerifier, which takes the key at deployment: no Solidity export):
//
//	go run ./circuits/sampledloss/cmd/genkeys -model 784-100-10 -loss xent -k 8 -examples 60000 -cache ~/.cache/neuron/keys
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	gnarklog "github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/da/dataset"
)

func main() {
	// gnark logs its compilation and setup to stdout by default; stdout is for the
	// chain-file entry (-model), so its log goes to stderr.
	gnarklog.SetOutput(os.Stderr)
	keys := flag.String("keys", "circuits/sampledloss/keys/devnet", "key directory")
	sol := flag.String("sol", "l1/contracts/src/LossVerifier.sol", "Solidity verifier output")
	fresh := flag.Bool("fresh", false, "delete existing keys first and run a new setup")
	model := flag.String("model", "", "layer sizes of another circuit, e.g. 784-100-10 (default: the devnet circuit)")
	loss := flag.String("loss", "xent", "loss of -model: mse or xent")
	k := flag.Int("k", 8, "sampled examples per proof, with -model")
	examples := flag.Int("examples", 60000, "dataset size (sets the tree depth), with -model")
	cache := flag.String("cache", "", "key cache root, with -model")
	flag.Parse()
	var err error
	if *model != "" {
		err = runModel(os.Stdout, *model, *loss, *k, *examples, *cache)
	} else {
		err = run(*keys, *sol, *fresh)
	}
	if err != nil {
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

// runModel makes or loads the keys of the circuit for the given model and
// prints its chain-file verifyingKeys entry to w.
func runModel(w io.Writer, model, loss string, k, examples int, cache string) error {
	if cache == "" {
		return fmt.Errorf("-cache is required with -model")
	}
	l, err := mlp.ParseLoss(loss)
	if err != nil {
		return err
	}
	shape, err := mlp.ParseShape(model, l)
	if err != nil {
		return err
	}
	if examples < 1 {
		return fmt.Errorf("-examples %d, want at least 1", examples)
	}
	p := sampledloss.Params{Shape: shape, K: k, Depth: dataset.Depth(examples)}
	if err := p.Validate(); err != nil {
		return err
	}
	dir := sampledloss.KeyCacheDir(cache, p)
	keys, err := sampledloss.LoadOrSetup(dir, p)
	if err != nil {
		return err
	}
	entry, err := json.Marshal(map[string]string{p.String(): hexutil.Encode(keys.VerifyingKeyBytes())})
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%s: %d constraints, keys in %s; chain file verifyingKeys entry:\n", p, keys.Meta.Constraints, dir)
	_, err = fmt.Fprintln(w, string(entry))
	return err
}
