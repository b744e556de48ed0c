package node

import (
	"bytes"
	"encoding/json"
	"io"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/da/backend"
	"github.com/neuron-rollup/neuron/l1/keys"
	"github.com/neuron-rollup/neuron/trainer"
	"github.com/neuron-rollup/neuron/trainer/gpu"
	"github.com/neuron-rollup/neuron/trainer/idx/idxtest"
)

func TestTrainEvalCommands(t *testing.T) {
	dir := t.TempDir()
	idxtest.Tiny(t, dir)
	out := filepath.Join(dir, "ck.bin")
	var buf bytes.Buffer
	app := NewApp("test", nil)
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

// testConfig is a daemon config that passes Check.
func testConfig(dir string) trainer.Config {
	cfg := trainer.DefaultConfig()
	cfg.DataDir = dir
	return cfg
}

func TestCLIConfigCheck(t *testing.T) {
	good := CLIConfig{SequencerURL: "http://x", DA: backend.CLIConfig{Dir: "/d"}, Signer: keys.CLIConfig{PrivateKey: "01"}, Stake: "100", Daemon: testConfig("/tmp/t")}
	require.NoError(t, good.Check())
	require.Equal(t, uint64(100), good.Daemon.MinStake.Uint64())

	bad := CLIConfig{DA: backend.CLIConfig{URL: "http://da", Dir: "/d"}, Signer: keys.CLIConfig{Keystore: "k"}, Stake: "-1", Daemon: trainer.Config{}}
	err := bad.Check()
	for _, want := range []string{"--sequencer is required", "exactly one of --da and --da-dir", "--keystore needs --password-file",
		`--stake "-1"`, "data dir unset"} {
		require.ErrorContains(t, err, want)
	}
	both := good
	both.Signer.Keystore = "k"
	require.ErrorContains(t, both.Check(), "exactly one of --private-key and --keystore")
}

func TestDeviceFlag(t *testing.T) {
	dir := t.TempDir()
	idxtest.Tiny(t, dir)
	app := NewApp("test", nil)
	app.Writer = io.Discard
	err := app.Run([]string{"nrn-trainer", "train", "--dataset", dir, "--model", "16-8-3", "--device", "cuda:tpu", "--out", filepath.Join(dir, "x")})
	require.ErrorContains(t, err, `bad device "cuda:tpu"`)
	err = app.Run([]string{"nrn-trainer", "train", "--dataset", dir, "--model", "16-8-3", "--epochs", "1", "--device", "cpu", "--out", filepath.Join(dir, "x")})
	require.NoError(t, err)
	if !gpu.Available() {
		err := app.Run([]string{"nrn-trainer", "train", "--dataset", dir, "--model", "16-8-3", "--device", "cuda:0", "--out", filepath.Join(dir, "x")})
		require.ErrorIs(t, err, gpu.ErrNoCUDA)
		require.ErrorContains(t, err, "built without CUDA support")
	}
}

func TestCLIConfigMaxMemory(t *testing.T) {
	cfg := CLIConfig{SequencerURL: "http://x", DA: backend.CLIConfig{Dir: "/d"}, Signer: keys.CLIConfig{PrivateKey: "01"}, Stake: "0", MaxMemory: "4GiB", Daemon: testConfig("/tmp/t")}
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
		require.Equal(t, tc.noPin, cfg.DA.NoPin, "args %q", tc.args)
	}
}

// TestMaxMemoryLimit: nrn-trainer run hands --max-memory to the binary's
// memory limit before it builds the daemon, and nothing when it is unset.
func TestMaxMemoryLimit(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want []uint64
	}{
		{nil, nil},
		{[]string{"--max-memory", "512MiB"}, []uint64{512 << 20}},
	} {
		var got []uint64
		app := NewApp("test", func(n uint64) { got = append(got, n) })
		app.Writer, app.ErrWriter = io.Discard, io.Discard
		args := append([]string{"nrn-trainer", "run", "--sequencer", "http://127.0.0.1:1", "--data-dir", t.TempDir(),
			"--da-dir", t.TempDir(), "--private-key", "01"}, tc.args...)
		// The daemon cannot reach the sequencer; the limit is set before that.
		_ = app.Run(args)
		require.Equal(t, tc.want, got, "args %q", tc.args)
	}
}
