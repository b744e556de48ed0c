package gpu

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readPTX returns the committed PTX and the values of its header lines
// ("// key: value").
func readPTX(t *testing.T) (string, map[string]string) {
	t.Helper()
	b, err := os.ReadFile("kernels.ptx")
	if err != nil {
		t.Fatal(err)
	}
	hdr := map[string]string{}
	for _, line := range strings.SplitN(string(b), "\n", 6)[:5] {
		if k, v, ok := strings.Cut(strings.TrimPrefix(line, "// "), ": "); ok {
			hdr[k] = v
		}
	}
	return string(b), hdr
}

// TestPTXMatchesSource fails when kernels.cu changed after kernels.ptx was
// generated: run `make ptx` and commit both.
func TestPTXMatchesSource(t *testing.T) {
	src, err := os.ReadFile("kernels.cu")
	if err != nil {
		t.Fatal(err)
	}
	_, hdr := readPTX(t)
	sum := sha256.Sum256(src)
	if got, want := hdr["source-sha256"], hex.EncodeToString(sum[:]); got != want {
		t.Fatalf("kernels.ptx is stale: generated from kernels.cu with SHA-256 %s, kernels.cu is now %s; run `make ptx`", got, want)
	}
}

// TestPTXRegenerates compiles kernels.cu again with the compiler the PTX
// names, when it is at hand, and compares the whole file.
func TestPTXRegenerates(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	clang := os.Getenv("CLANG")
	env := os.Environ()
	if clang == "" {
		clang = filepath.Join(root, "build/cuda/clang/usr/lib/llvm-16/bin/clang")
		// genptx.sh sets this itself; clang --version below needs it too.
		env = append(env, "LD_LIBRARY_PATH="+filepath.Join(root, "build/cuda/clang/usr/lib/x86_64-linux-gnu"))
	}
	cmd := exec.Command(clang, "--version")
	cmd.Env = env
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("no clang at %s (scripts/fetch-cuda-headers.sh --clang fetches it): only the source hash is checked", clang)
	}
	want, hdr := readPTX(t)
	if v := strings.SplitN(string(out), "\n", 2)[0]; v != hdr["compiler"] {
		t.Skipf("kernels.ptx was made by %q, this clang is %q: output may differ, only the source hash is checked", hdr["compiler"], v)
	}
	tmp := filepath.Join(t.TempDir(), "kernels.ptx")
	cmd = exec.Command("./genptx.sh", tmp)
	cmd.Env = append(env, "CLANG="+clang)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("genptx.sh: %v\n%s", err, out)
	}
	got, err := os.ReadFile(tmp)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, []byte(want)) {
		t.Fatal("kernels.ptx differs from a fresh compile of kernels.cu; run `make ptx`")
	}
}

var ptxEntry = regexp.MustCompile(`\.visible \.entry (\w+)\(([^)]*)\)`)

// TestPTXSignatures checks every kernel the Go side launches against the
// parameters the PTX declares (kernelSigs), so that a kernel edit that
// changes a signature fails here rather than on the GPU.
func TestPTXSignatures(t *testing.T) {
	ptx, _ := readPTX(t)
	got := map[string]string{}
	for _, m := range ptxEntry.FindAllStringSubmatch(ptx, -1) {
		var sig strings.Builder
		for _, p := range strings.Split(m[2], ",") {
			f := strings.Fields(p)
			if len(f) < 2 {
				continue
			}
			switch f[1] {
			case ".u64":
				sig.WriteByte('p')
			case ".u32":
				sig.WriteByte('i')
			case ".f32":
				sig.WriteByte('f')
			default:
				t.Errorf("kernel %s: parameter type %s", m[1], f[1])
			}
		}
		got[m[1]] = sig.String()
	}
	for name, want := range kernelSigs() {
		if g, ok := got[name]; !ok {
			t.Errorf("kernel %s missing from kernels.ptx", name)
		} else if g != want {
			t.Errorf("kernel %s: PTX parameters %q, Go launches %q", name, g, want)
		}
	}
	if strings.Contains(ptx, ".local") {
		t.Error("kernels.ptx uses local memory (register spills or indexed arrays)")
	}
	if !strings.Contains(ptx, ".target sm_80") {
		t.Error("kernels.ptx is not for sm_80")
	}
}

func TestPickTile(t *testing.T) {
	for _, tc := range []struct {
		m, n, sms int
		want      tile
	}{
		{1024, 1024, 132, tile{128, 64}}, // 128 blocks
		{256, 1024, 132, tile{64, 32}},   // 128 blocks
		{1024, 784, 132, tile{128, 64}},  // 8×13 = 104 blocks ≥ 99
		{256, 100, 132, tile{16, 16}},    // 16×7 = 112 blocks
		{256, 10, 132, tile{16, 16}},     // too small for any: smallest
		{10, 1024, 132, tile{16, 16}},
		{4096, 4096, 8, tile{128, 64}},
	} {
		if got := pickTile(tc.m, tc.n, tc.sms); got != tc.want {
			t.Errorf("pickTile(%d, %d, %d) = %v, want %v", tc.m, tc.n, tc.sms, got, tc.want)
		}
	}
}

func TestParseDevice(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"cpu", -1, true}, {"cuda", 0, true}, {"cuda:0", 0, true}, {"cuda:3", 3, true},
		{"cuda:", 0, false}, {"cuda:-1", 0, false}, {"gpu", 0, false}, {"cuda:x", 0, false}, {"", 0, false},
	} {
		got, err := ParseDevice(tc.in)
		if (err == nil) != tc.ok || (tc.ok && got != tc.want) {
			t.Errorf("ParseDevice(%q) = %d, %v", tc.in, got, err)
		}
	}
}
