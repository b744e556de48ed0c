package e2e

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/e2e/devnet"
)

// TestDevnetDelta runs the devnet with a training-set delta (issue 15) in
// epochs of devnet.DefaultDeltaPeriod blocks: after round 1 the user
// proposes removing 6 examples and adding 4 (256 -> 254, the tree depth
// the devnet key covers), sends its data and votes, a second holder votes,
// the epoch closes at a block boundary and applies it, the proposer gets
// deposit, vote and reward (the devnet checks its balance to the wei), and
// a later round trains on the new set: its loss proof is accepted on L2
// and verified on L1 against a digest the devnet rebuilds from the claim
// and the new dataset root.
func TestDevnetDelta(t *testing.T) {
	if testing.Short() {
		t.Skip("the devnet flow proves real Groth16 proofs; skipped in -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	var out bytes.Buffer
	start := time.Now()
	sum, err := devnet.Run(ctx, devnet.Config{
		DataDir: filepath.Join(t.TempDir(), "devnet"), Rounds: 1, BlockTime: 250 * time.Millisecond,
		KeyDir: filepath.Join("..", sampledloss.DevnetKeyDir), Out: &out, Delta: true,
	})
	t.Log("\n" + out.String())
	t.Logf("summary %+v in %s", sum, time.Since(start).Round(time.Second))
	require.NoError(t, err)
	require.Equal(t, 1, sum.DeltasApplied)
	require.Equal(t, 1, sum.ProposerRewards)
	reward, err := uint256.FromDecimal(sum.ProposerRewardWei)
	require.NoError(t, err)
	// issued/1,000,000 of the devnet's 10^9 NRN (plus what rounds minted):
	// about 1,000 NRN.
	require.False(t, reward.Lt(uint256.MustFromDecimal("1000000000000000000000")), "reward %s wei", reward.Dec())
	require.GreaterOrEqual(t, sum.NewSetProofsOnL1, 1)
	require.GreaterOrEqual(t, sum.ProofsVerifiedOnL1, 2, "a round before the delta and one after")
	require.Equal(t, 1, sum.WithdrawalsClaimed)
}
