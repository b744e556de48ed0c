package bindings_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/compiler"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/neuron-rollup/neuron/l1/bindings"
)

const (
	contractsDir = "../contracts"
	combinedJSON = contractsDir + "/out/combined.json"
)

// combined is what this test reads of out/combined.json besides the contracts.
type combined struct {
	Version      string `json:"version"`
	OpenZeppelin string `json:"openzeppelin"`
	Bedrock      string `json:"bedrock"`
	OVM          string `json:"ovm"`
	SourceHash   string `json:"sourceHash"`
}

// TestBindingsUpToDate regenerates bindings.go from the committed compiler output, as
// `abigen --v2 --combined-json ../contracts/out/combined.json --pkg bindings` does, and fails
// on any difference.
func TestBindingsUpToDate(t *testing.T) {
	raw, err := os.ReadFile(combinedJSON)
	if err != nil {
		t.Fatal(err)
	}
	contracts, err := compiler.ParseCombinedJSON(raw, "", "", "", "")
	if err != nil {
		t.Fatal(err)
	}
	var (
		types, abis, bins []string
		libs              = map[string]string{}
	)
	for name, c := range contracts {
		abi, err := json.Marshal(c.Info.AbiDefinition)
		if err != nil {
			t.Fatal(err)
		}
		typeName := name[strings.LastIndex(name, ":")+1:]
		types, abis, bins = append(types, typeName), append(abis, string(abi)), append(bins, c.Code)
		libs[crypto.Keccak256Hash([]byte(name)).String()[2:36]] = typeName
	}
	want, err := abigen.BindV2(types, abis, bins, "bindings", libs, map[string]string{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("bindings.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatal("bindings.go differs from what abigen makes of ../contracts/out/combined.json: run go generate ./l1/bindings")
	}
}

// TestCompilerOutputUpToDate checks that out/combined.json was compiled from the current
// src/*.sol with the pinned compiler and OpenZeppelin.
func TestCompilerOutputUpToDate(t *testing.T) {
	raw, err := os.ReadFile(combinedJSON)
	if err != nil {
		t.Fatal(err)
	}
	var out combined
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatal(err)
	}
	hash, err := sourceHash(filepath.Join(contractsDir, "src"))
	if err != nil {
		t.Fatal(err)
	}
	if out.SourceHash != hash {
		t.Errorf("out/combined.json was compiled from other sources (hash %s) than l1/contracts/src (hash %s): run l1/contracts/build.sh", out.SourceHash, hash)
	}

	raw, err = os.ReadFile(filepath.Join(contractsDir, "package.json"))
	if err != nil {
		t.Fatal(err)
	}
	var pkg struct {
		DevDependencies map[string]string `json:"devDependencies"`
	}
	if err := json.Unmarshal(raw, &pkg); err != nil {
		t.Fatal(err)
	}
	if v := pkg.DevDependencies["solc"]; !strings.HasPrefix(out.Version, v+"+") {
		t.Errorf("out/combined.json was compiled by solc %s, package.json pins %s: run l1/contracts/build.sh", out.Version, v)
	}
	if v := pkg.DevDependencies["@openzeppelin/contracts"]; out.OpenZeppelin != v {
		t.Errorf("out/combined.json was compiled with OpenZeppelin %s, package.json pins %s: run l1/contracts/build.sh", out.OpenZeppelin, v)
	}
	if v := pkg.DevDependencies["@eth-optimism/contracts-bedrock"]; out.Bedrock != v {
		t.Errorf("out/combined.json was compiled with @eth-optimism/contracts-bedrock %s, package.json pins %s: run l1/contracts/build.sh", out.Bedrock, v)
	}
	if v := pkg.DevDependencies["@eth-optimism/contracts"]; out.OVM != v {
		t.Errorf("out/combined.json was compiled with @eth-optimism/contracts %s, package.json pins %s: run l1/contracts/build.sh", out.OVM, v)
	}
}

// sourceHash is scripts/compile.js's sourceHash: the SHA-256 of, for each src/*.sol in
// byte order of names, "<name>\n<hex SHA-256 of the file>\n".
func sourceHash(dir string) (string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.sol"))
	if err != nil {
		return "", err
	}
	sort.Strings(names)
	var manifest strings.Builder
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			return "", err
		}
		sum := sha256.Sum256(b)
		fmt.Fprintf(&manifest, "%s\n%s\n", filepath.Base(name), hex.EncodeToString(sum[:]))
	}
	sum := sha256.Sum256([]byte(manifest.String()))
	return hex.EncodeToString(sum[:]), nil
}

// TestLossVerifierCodeHash: LossVerifierCodeHash is that of LossVerifier's runtime code.
func TestLossVerifierCodeHash(t *testing.T) {
	raw, err := os.ReadFile(combinedJSON)
	if err != nil {
		t.Fatal(err)
	}
	contracts, err := compiler.ParseCombinedJSON(raw, "", "", "", "")
	if err != nil {
		t.Fatal(err)
	}
	c, ok := contracts["src/LossVerifier.sol:LossVerifier"]
	if !ok {
		t.Fatal("no LossVerifier in combined.json")
	}
	if got := crypto.Keccak256Hash(common.FromHex(c.RuntimeCode)); got != bindings.LossVerifierCodeHash {
		t.Fatalf("LossVerifierCodeHash = %v, runtime code hashes to %v: update codehash.go", bindings.LossVerifierCodeHash, got)
	}
}
