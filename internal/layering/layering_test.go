package layering

import (
	"bufio"
	"bytes"
	"os/exec"
	"path"
	"strings"
	"testing"
)

const module = "github.com/neuron-rollup/neuron"

// The layers, bottom to top. A package may import packages of lower layers;
// within a layer it may import only packages of its own group (a service's
// own subpackages, a format's helpers), so services never import each other.
const (
	circuits = iota // the circuits and their native twins
	base            // DA (store, backends, formats), the L1 agreement package, bindings and deployer, the training engine
	stf             // rollup: the state-transition function, blocks, batches and their headers
	protocol        // what every service shares above the STF: the loss verifier, the chain file, the RPC API types
	clients         // clients of the protocol: the RPC client, the L1 client, the light client
	services        // sequencer, prover, trainer
	nodes           // each service's node: flags, wiring, lifecycle
	tools           // the in-process devnet, test chains, the explorer, e2e, binaries, this test
)

var layerNames = []string{"circuits", "base", "stf", "protocol", "clients", "services", "nodes", "tools"}

// table places every package of the module: the entry with the longest
// matching prefix (a package or a package and everything under it) wins.
// group defaults to the prefix.
var table = []struct {
	prefix string
	layer  int
	group  string
}{
	{"circuits", circuits, "circuits"},
	{"circuits/sampledloss/cmd", tools, ""},
	{"da", base, "da"},
	{"l1", base, "l1"},
	{"l1/bindings", base, "l1"},
	{"l1/l1errors", base, "l1"},
	{"l1/deploy", base, "l1"},
	{"l1/keys", base, "l1"},
	{"l1/simchain", base, "l1"},
	{"l1/txsend", base, "l1"},
	{"l1/verifydiff", base, "l1"},
	{"trainer/engine", base, "engine"},
	{"trainer/gpu", base, "engine"},
	{"trainer/idx", base, "engine"},

	{"rollup", stf, ""},
	{"rollup/rolluptest", stf, "rollup"},
	{"lossverify", protocol, ""},
	{"chainfile", protocol, ""},
	{"rpcapi", protocol, ""},

	{"rpcclient", clients, ""},
	{"l1/l1client", clients, ""},
	{"lightclient", clients, "lightclient"},

	{"sequencer", services, ""},
	{"prover", services, ""},
	{"trainer", services, ""},

	{"sequencer/node", nodes, ""},
	{"prover/node", nodes, ""},
	{"trainer/node", nodes, ""},

	{"lightclient/internal/testchain", tools, ""},
	{"e2e", tools, ""},
	{"explorer", tools, ""},
	{"cmd", tools, ""},
	{"internal/layering", tools, ""},
}

// place returns the layer and group of package p (relative to the module).
func place(p string) (layer int, group string, ok bool) {
	best := -1
	for i, e := range table {
		if (p == e.prefix || strings.HasPrefix(p, e.prefix+"/")) && (best < 0 || len(e.prefix) > len(table[best].prefix)) {
			best = i
		}
	}
	if best < 0 {
		return 0, "", false
	}
	e := table[best]
	if e.group == "" {
		return e.layer, e.prefix, true
	}
	return e.layer, e.group, true
}

// goList runs go list with args and returns its output lines.
func goList(t *testing.T, args ...string) []string {
	t.Helper()
	out, err := exec.Command("go", append([]string{"list"}, args...)...).Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		t.Fatalf("go list %v: %v\n%s", args, err, stderr)
	}
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

func rel(p string) string { return strings.TrimPrefix(strings.TrimPrefix(p, module), "/") }

// TestLayers: every package has a place in the table, and no package's
// (non-test) imports reach a higher layer or another group of its own.
func TestLayers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list over the module")
	}
	for _, line := range goList(t, "-f", "{{.ImportPath}} {{join .Imports \" \"}}", module+"/...") {
		fields := strings.Fields(line)
		pkg := rel(fields[0])
		layer, group, ok := place(pkg)
		if !ok {
			t.Errorf("package %s has no layer: add it to the table in internal/layering", pkg)
			continue
		}
		for _, imp := range fields[1:] {
			if !strings.HasPrefix(imp, module+"/") {
				continue
			}
			dep := rel(imp)
			dl, dg, ok := place(dep)
			switch {
			case !ok:
				t.Errorf("%s imports %s, which has no layer", pkg, dep)
			case dl > layer:
				t.Errorf("%s (%s) imports %s (%s): a package may not import one above it", pkg, layerNames[layer], dep, layerNames[dl])
			case dl == layer && dg != group && layer != tools:
				t.Errorf("%s imports %s: both are %s, of different groups (%s, %s)", pkg, dep, layerNames[layer], group, dg)
			}
		}
	}
}

// TestBinaryDeps: each binary links only what it runs.
func TestBinaryDeps(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list over the binaries")
	}
	for _, tc := range []struct {
		bin    string
		denied []string // import paths, or prefixes ending in "/"
	}{
		{"cmd/nrn-trainer", []string{"github.com/cockroachdb/pebble/", module + "/sequencer", module + "/prover"}},
		{"cmd/nrn-prover", []string{"github.com/cockroachdb/pebble/", module + "/sequencer", module + "/trainer"}},
		{"cmd/nrn-sequencer", []string{module + "/prover", module + "/trainer"}},
	} {
		t.Run(path.Base(tc.bin), func(t *testing.T) {
			for _, dep := range goList(t, "-deps", module+"/"+tc.bin) {
				for _, d := range tc.denied {
					if dep == d || dep == strings.TrimSuffix(d, "/") || (strings.HasSuffix(d, "/") && strings.HasPrefix(dep, d)) {
						t.Errorf("%s links %s", tc.bin, dep)
					}
				}
			}
		})
	}
}

// TestPlace: the table's longest-prefix rule, on cases that would go wrong
// with a shorter match.
func TestPlace(t *testing.T) {
	for _, tc := range []struct {
		pkg   string
		layer int
		group string
	}{
		{"sequencer", services, "sequencer"},
		{"sequencer/node", nodes, "sequencer/node"},
		{"l1/l1client", clients, "l1/l1client"},
		{"l1/deploy", base, "l1"},
		{"lightclient/driver", clients, "lightclient"},
		{"lightclient/internal/testchain", tools, "lightclient/internal/testchain"},
		{"trainer/idx/idxtest", base, "engine"},
		{"da/checkpoint", base, "da"},
		{"rollup", stf, "rollup"},
		{"circuits/sampledloss/cmd/genkeys", tools, "circuits/sampledloss/cmd"},
	} {
		layer, group, ok := place(tc.pkg)
		if !ok || layer != tc.layer || group != tc.group {
			t.Errorf("place(%s) = %s %q %v, want %s %q", tc.pkg, layerNames[layer], group, ok, layerNames[tc.layer], tc.group)
		}
	}
	if _, _, ok := place("nowhere"); ok {
		t.Error("an unknown package has a place")
	}
}
