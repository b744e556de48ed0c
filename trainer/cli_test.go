package trainer

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/trainer/gpu"
)

func writeIDX(t *testing.T, path string, dims []int, data []byte) {
	t.Helper()
	b := []byte{0, 0, 8, byte(len(dims))}
	for _, d := range dims {
		b = binary.BigEndian.AppendUint32(b, uint32(d))
	}
	require.NoError(t, os.WriteFile(path, append(b, data...), 0o600))
}

// tinyIDX writes train and test splits of 4x4 images whose label is the
// brightest of the first three pixels.
func tinyIDX(t *testing.T, dir string) {
	for split, n := range map[string]int{"train": 300, "t10k": 100} {
		imgs := make([]byte, n*16)
		labels := make([]byte, n)
		for i := 0; i < n; i++ {
			for j := 0; j < 16; j++ {
				imgs[i*16+j] = byte((i*131 + j*71 + i*j*17) % 256)
			}
			lab := 0
			for j := 1; j < 3; j++ {
				if imgs[i*16+j] > imgs[i*16+lab] {
					lab = j
				}
			}
			labels[i] = byte(lab)
		}
		writeIDX(t, filepath.Join(dir, split+"-images-idx3-ubyte"), []int{n, 4, 4}, imgs)
		writeIDX(t, filepath.Join(dir, split+"-labels-idx1-ubyte"), []int{n}, labels)
	}
}

func TestTrainEvalCommands(t *testing.T) {
	dir := t.TempDir()
	tinyIDX(t, dir)
	out := filepath.Join(dir, "ck.bin")
	var buf bytes.Buffer
	app := NewApp("test")
	app.Writer = &buf
	require.NoError(t, app.Run([]string{"nrn-trainer", "train", "--dataset", dir, "--model", "16-8-3", "--epochs", "3",
		"--lr", "0.1", "--batch", "16", "--threads", "1", "--out", out}))
	require.Contains(t, buf.String(), "epoch 3/3")
	require.Contains(t, buf.String(), "test  accuracy")

	buf.Reset()
	require.NoError(t, app.Run([]string{"nrn-trainer", "eval", "--checkpoint", out, "--dataset", dir, "--split", "test", "--json"}))
	var r map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &r))
	for _, k := range []string{"accuracy", "accuracy_fixed_point", "loss", "examples"} {
		require.Contains(t, r, k)
	}
	require.Equal(t, 100.0, r["examples"])
	require.InDelta(t, r["accuracy"].(float64), r["accuracy_fixed_point"].(float64), 0.05)

	err := app.Run([]string{"nrn-trainer", "eval", "--checkpoint", out, "--dataset", t.TempDir()})
	require.ErrorContains(t, err, "fetch-fashion-mnist")
}

func TestCLIConfigCheck(t *testing.T) {
	good := CLIConfig{SequencerURL: "http://x", DADir: "/d", PrivateKey: "01", Stake: "100", Daemon: testConfig("/tmp/t")}
	require.NoError(t, good.Check())
	require.Equal(t, uint64(100), good.Daemon.MinStake.Uint64())

	bad := CLIConfig{DAURL: "http://da", DADir: "/d", Keystore: "k", Stake: "-1", Daemon: Config{}}
	err := bad.Check()
	for _, want := range []string{"--sequencer is required", "exactly one of --da and --da-dir", "--keystore needs --password-file",
		`--stake "-1"`, "data dir unset"} {
		require.ErrorContains(t, err, want)
	}
	both := good
	both.Keystore = "k"
	require.ErrorContains(t, both.Check(), "exactly one of --private-key and --keystore")
}

func TestDeviceFlag(t *testing.T) {
	dir := t.TempDir()
	tinyIDX(t, dir)
	app := NewApp("test")
	app.Writer = io.Discard
	err := app.Run([]string{"nrn-trainer", "train", "--dataset", dir, "--model", "16-8-3", "--device", "cuda:tpu", "--out", filepath.Join(dir, "x")})
	require.ErrorContains(t, err, `bad device "cuda:tpu"`)
	err = app.Run([]string{"nrn-trainer", "train", "--dataset", dir, "--model", "16-8-3", "--epochs", "1", "--device", "cpu", "--out", filepath.Join(dir, "x")})
	require.NoError(t, err)
	if !gpu.Available() {
		err := app.Run([]string{"nrn-trainer", "train", "--dataset", dir, "--model", "16-8-3", "--device", "cuda:0", "--out", filepath.Join(dir, "x")})
		require.ErrorIs(t, err, gpu.ErrNoCUDA)
		require.ErrorContains(t, err, "built without CUDA support")
		cfg := testConfig(t.TempDir())
		cfg.Device = "cuda"
		_, err = New(cfg, Deps{Key: testKey(1), Sequencer: dummySeq{}, DA: newMemory()})
		require.ErrorIs(t, err, gpu.ErrNoCUDA)
	}
}

func TestCLIConfigMaxMemory(t *testing.T) {
	cfg := CLIConfig{SequencerURL: "http://x", DADir: "/d", PrivateKey: "01", Stake: "0", MaxMemory: "4GiB", Daemon: testConfig("/tmp/t")}
	require.NoError(t, cfg.Check())
	require.Equal(t, uint64(4<<30), cfg.Daemon.MaxMemory)
	cfg.MaxMemory = "4 gigs"
	require.ErrorContains(t, cfg.Check(), `--max-memory: size "4 gigs"`)
	cfg.MaxMemory, cfg.Daemon.Device = "1MiB", "cuda:x"
	err := cfg.Check()
	require.ErrorContains(t, err, "below the 64.0 MiB")
	require.ErrorContains(t, err, `bad device "cuda:x"`)
}

// TestDAPinFlag: checkpoints and traces put on kubo are pinned unless
// --da.pin=false.
func TestDAPinFlag(t *testing.T) {
	for _, tc := range []struct {
		args  []string
		noPin bool
	}{
		{nil, false},
		{[]string{"--da.pin=false"}, true},
		{[]string{"--da.pin"}, false},
	} {
		var cfg CLIConfig
		app := &cli.App{Flags: RunFlags(), Action: func(c *cli.Context) error { cfg = ReadCLIConfig(c); return nil }}
		args := append([]string{"nrn-trainer", "--sequencer", "http://x", "--data-dir", "d", "--da", "http://da"}, tc.args...)
		require.NoError(t, app.Run(args))
		require.Equal(t, tc.noPin, cfg.DANoPin, "args %q", tc.args)
	}
}
