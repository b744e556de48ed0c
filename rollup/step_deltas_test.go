package rollup

import (
	"testing"

	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/circuits/mlp"
)

// TestDeltaStepReexecutable: L1 decides every training-set step but a delta-data of a
// cross-entropy MLSC (bare or forced), whose leaves it cannot hash.
func TestDeltaStepReexecutable(t *testing.T) {
	h := newDeltaHarness(t) // MLSC 0: squared error
	spec := testSpec()
	spec.Loss = uint8(mlp.CrossEntropy)
	h.mustBlock(h.sign("carol", &CreateMLSC{Nonce: h.nonce("carol"), Spec: spec, Bounty: uint256.NewInt(1000)}))
	enc := func(d TxData) []byte { return h.sign("alice", d).Encode() }
	forced, err := NewForced(&Forced{From: h.addr("alice"), Tx: enc(&DeltaData{MLSC: 1})})
	require.NoError(t, err)
	for _, tc := range []struct {
		name  string
		input []byte
		want  bool
	}{
		{"delta-data, squared error", enc(&DeltaData{MLSC: 0}), true},
		{"delta-data, cross-entropy", enc(&DeltaData{MLSC: 1}), false},
		{"delta-data, no such MLSC", enc(&DeltaData{MLSC: 9}), true},
		{"forced delta-data, cross-entropy", forced.Encode(), false},
		{"vote-delta, cross-entropy", enc(&VoteDelta{MLSC: 1, Amount: uint256.NewInt(1)}), true},
		{"propose-delta, cross-entropy", enc(&ProposeDelta{MLSC: 1, Deposit: uint256.NewInt(1)}), true},
		{"not a transaction", []byte{0xff}, true},
	} {
		got, why := DeltaStepReexecutable(h.s, tc.input)
		require.Equal(t, tc.want, got, "%s: %s", tc.name, why)
	}
}
