package lightclient_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestBuildsForWasm: the core builds for GOOS=js GOARCH=wasm, so that a
// browser page can run it, and links neither pebble nor a network client;
// so does the native Groth16 check of loss proofs (circuits/sampledloss)
// that a browser's rollup.LossVerifier would call.
func TestBuildsForWasm(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no Go toolchain on PATH")
	}
	build := exec.Command(goBin, "build", ".", "../circuits/sampledloss")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("GOOS=js GOARCH=wasm go build: %v\n%s", err, out)
	}
	list := exec.Command(goBin, "list", "-deps", ".", "../circuits/sampledloss")
	list.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := list.Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, banned := range []string{"github.com/cockroachdb/pebble", "net/http", "github.com/ethereum/go-ethereum/ethclient",
			"github.com/ethereum/go-ethereum/rpc", "github.com/neuron-rollup/neuron/sequencer"} {
			if dep == banned || strings.HasPrefix(dep, banned+"/") {
				t.Errorf("the core links %s", dep)
			}
		}
	}
}
