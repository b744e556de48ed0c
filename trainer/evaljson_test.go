package trainer

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da/checkpoint"
	"github.com/neuron-rollup/neuron/trainer/idx/idxtest"
)

func f64(v float64) *float64 { return &v }

// sameEval compares results with NaN equal to NaN.
func sameEval(t *testing.T, want, got EvalResult) {
	t.Helper()
	same := func(a, b float64) bool { return a == b || (math.IsNaN(a) && math.IsNaN(b)) }
	require.Equal(t, want.Examples, got.Examples)
	require.True(t, same(want.Accuracy, got.Accuracy), "accuracy %v, want %v", got.Accuracy, want.Accuracy)
	require.True(t, same(want.AccuracyFixedPoint, got.AccuracyFixedPoint))
	require.True(t, same(want.Loss, got.Loss), "loss %v, want %v", got.Loss, want.Loss)
	require.Equal(t, want.LossFixedPoint == nil, got.LossFixedPoint == nil)
	if want.LossFixedPoint != nil {
		require.True(t, same(*want.LossFixedPoint, *got.LossFixedPoint))
	}
}

func TestEvalJSON(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    EvalResult
		want string
	}{
		{"finite", EvalResult{Accuracy: 0.5, AccuracyFixedPoint: 0.25, Loss: 1.5, LossFixedPoint: f64(2), Examples: 4},
			`{"accuracy":0.5,"accuracy_fixed_point":0.25,"loss":1.5,"loss_fixed_point":2,"examples":4}`},
		{"no fixed-point loss", EvalResult{Accuracy: 1, AccuracyFixedPoint: 1, Loss: 0, Examples: 1},
			`{"accuracy":1,"accuracy_fixed_point":1,"loss":0,"examples":1}`},
		{"NaN loss", EvalResult{Accuracy: 0.1, AccuracyFixedPoint: 0.1, Loss: math.NaN(), Examples: 10},
			`{"accuracy":0.1,"accuracy_fixed_point":0.1,"loss":null,"examples":10,"non_finite":{"loss":"NaN"}}`},
		{"infinite losses", EvalResult{Accuracy: 0, AccuracyFixedPoint: 0, Loss: math.Inf(1), LossFixedPoint: f64(math.Inf(-1)), Examples: 1},
			`{"accuracy":0,"accuracy_fixed_point":0,"loss":null,"loss_fixed_point":null,"examples":1,"non_finite":{"loss":"+Inf","loss_fixed_point":"-Inf"}}`},
		{"no examples", EvalResult{Accuracy: math.NaN(), AccuracyFixedPoint: math.NaN(), Loss: math.NaN(), LossFixedPoint: f64(math.NaN())},
			`{"accuracy":null,"accuracy_fixed_point":null,"loss":null,"loss_fixed_point":null,"examples":0,"non_finite":{"accuracy":"NaN","accuracy_fixed_point":"NaN","loss":"NaN","loss_fixed_point":"NaN"}}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, WriteEval(&buf, &tc.r, true))
			require.JSONEq(t, tc.want, buf.String())
			var back EvalResult
			require.NoError(t, json.Unmarshal(buf.Bytes(), &back))
			sameEval(t, tc.r, back)
			buf.Reset()
			require.NoError(t, WriteEval(&buf, &tc.r, false), "text output")
		})
	}
}

func TestEvalJSONRejects(t *testing.T) {
	for name, in := range map[string]string{
		"null without non_finite":     `{"accuracy":null,"accuracy_fixed_point":1,"loss":1,"examples":1}`,
		"missing accuracy":            `{"accuracy_fixed_point":1,"loss":1,"examples":1}`,
		"value named non-finite":      `{"accuracy":1,"accuracy_fixed_point":1,"loss":1,"examples":1,"non_finite":{"loss":"NaN"}}`,
		"unknown non-finite spelling": `{"accuracy":1,"accuracy_fixed_point":1,"loss":null,"examples":1,"non_finite":{"loss":"nan"}}`,
		"unknown non-finite field":    `{"accuracy":1,"accuracy_fixed_point":1,"loss":1,"examples":1,"non_finite":{"lost":"NaN"}}`,
		"null fixed-point loss alone": `{"accuracy":1,"accuracy_fixed_point":1,"loss":1,"loss_fixed_point":null,"examples":1}`,
		"not an object":               `[1]`,
	} {
		t.Run(name, func(t *testing.T) {
			var r EvalResult
			require.ErrorIs(t, json.Unmarshal([]byte(in), &r), ErrEvalJSON)
		})
	}
}

// TestEvalNaNLoss evaluates a checkpoint whose weights are NaN: the float
// loss is NaN, which `eval --json` used to fail on ("json: unsupported value:
// NaN").
func TestEvalNaNLoss(t *testing.T) {
	dir := t.TempDir()
	idxtest.Tiny(t, dir)
	shape, err := mlp.ParseShape("16-8-3", mlp.CrossEntropy)
	require.NoError(t, err)
	w := make([]float32, shape.ParamCount())
	for i := range w {
		w[i] = float32(math.NaN())
	}
	b, err := checkpoint.Encode(&checkpoint.Checkpoint{Shape: shape, TrainLoss: math.NaN(), Weights: w})
	require.NoError(t, err)
	ck, err := checkpoint.Decode(b)
	require.NoError(t, err)
	set, err := LoadSplit(dir, "test", 0)
	require.NoError(t, err)
	res, err := Eval(context.Background(), ck, set)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, WriteEval(&buf, res, true)) // what `nrn-trainer eval --json` prints
	var raw map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &raw), buf.String())
	require.Nil(t, raw["loss"])
	require.Equal(t, map[string]any{"loss": "NaN"}, raw["non_finite"])
	var r EvalResult
	require.NoError(t, json.Unmarshal(buf.Bytes(), &r))
	require.True(t, math.IsNaN(r.Loss))
	require.Equal(t, 100, r.Examples)
}

// FuzzEvalJSON checks that whatever UnmarshalJSON accepts marshals to JSON
// it reads back as the same result.
func FuzzEvalJSON(f *testing.F) {
	f.Add([]byte(`{"accuracy":0.1,"accuracy_fixed_point":0.1,"loss":null,"examples":10,"non_finite":{"loss":"NaN"}}`))
	f.Add([]byte(`{"accuracy":1,"accuracy_fixed_point":1,"loss":2,"loss_fixed_point":null,"examples":1,"non_finite":{"loss_fixed_point":"+Inf"}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var r EvalResult
		if json.Unmarshal(b, &r) != nil {
			return
		}
		out, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("accepted %s, cannot write it back: %v", b, err)
		}
		var back EvalResult
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("cannot read back %s: %v", out, err)
		}
		sameEval(t, r, back)
	})
}
