// Package e2e runs the whole system end to end.
package e2e

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/e2e/devnet"
)

// TestDevnet runs the devnet flow until two rounds are settled on L1: a
// deposit L1→L2 for each participant, an MLSC, two trainers competing, real
// Groth16 proofs verified by the sequencer and by the Solidity verifier on
// the simulated L1, batches on DA settled on L1, and a withdrawal claimed on
// L1 with a Merkle proof.
func TestDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("the devnet flow proves real Groth16 proofs; skipped in -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	var out bytes.Buffer
	sum, err := devnet.Run(ctx, devnet.Config{
		DataDir: filepath.Join(t.TempDir(), "devnet"), Rounds: 2, BlockTime: 250 * time.Millisecond,
		KeyDir: filepath.Join("..", sampledloss.DevnetKeyDir), Out: &out,
	})
	t.Log("\n" + out.String())
	require.NoError(t, err)
	require.GreaterOrEqual(t, sum.RoundsSettled, 2)
	require.Equal(t, sum.RoundsSettled, sum.ProofsVerifiedOnL1)
	require.GreaterOrEqual(t, sum.BatchesSettled, 1)
	require.Equal(t, 3, sum.Deposits)
	require.Equal(t, 1, sum.WithdrawalsClaimed)
	require.Greater(t, sum.VerifyGasPerProof, 150_000)
	require.Less(t, sum.VerifyGasPerProof, 230_000)
	require.NotZero(t, sum.BestLossSum)
}
