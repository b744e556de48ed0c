package node

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/trainer"
)

// fashionMNIST is where scripts/fetch-fashion-mnist.sh (make fashion-mnist)
// puts the IDX files, relative to this package.
const fashionMNIST = "../../data/fashion-mnist"

// TestFashionMNISTQuality trains 784-100-10 (squared error, the provable
// loss) on the full Fashion-MNIST train split with the train command and
// evaluates it with eval --json on the test split: float accuracy at least
// 0.87 and the quantized model's fixed-point accuracy within 0.5 points of
// it. It runs when ./data/fashion-mnist holds the files and not under
// -short. docs/trainer.md records a longer run.
func TestFashionMNISTQuality(t *testing.T) {
	if testing.Short() {
		t.Skip("trains on Fashion-MNIST; skipped with -short")
	}
	if _, err := os.Stat(filepath.Join(fashionMNIST, "train-images-idx3-ubyte.gz")); err != nil {
		t.Skip("Fashion-MNIST not in ./data/fashion-mnist (make fashion-mnist)")
	}
	ck := filepath.Join(t.TempDir(), "fmnist.ckpt")
	var out bytes.Buffer
	app := NewApp("test", nil)
	app.Writer = &out
	t0 := time.Now()
	require.NoError(t, app.Run([]string{"nrn-trainer", "train", "--dataset", fashionMNIST, "--model", "784-100-10",
		"--optimizer", "adam", "--lr", "0.001", "--epochs", "12", "--out", ck}))
	t.Logf("train (%s):\n%s", time.Since(t0).Round(time.Millisecond), out.String())

	out.Reset()
	require.NoError(t, app.Run([]string{"nrn-trainer", "eval", "--checkpoint", ck, "--dataset", fashionMNIST, "--split", "test", "--json"}))
	var r trainer.EvalResult
	require.NoError(t, json.Unmarshal(out.Bytes(), &r))
	t.Logf("eval: %s", bytes.TrimSpace(out.Bytes()))
	require.Equal(t, 10000, r.Examples)
	require.GreaterOrEqual(t, r.Accuracy, 0.87)
	require.InDelta(t, r.Accuracy, r.AccuracyFixedPoint, 0.005, "quantized model within 0.5 points")
}
