// Package e2e runs the whole system end to end.
package e2e

import (
	"bytes"
	"context"
	"math/big"
	"os"
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
// L1 with a Merkle proof; then the MLSC completes and its model's ModelNFT
// token is minted on L1 with the completion message's proof, a customer
// pays to use the model, and the creator and the winning trainers withdraw
// their fee shares to L1. L2 fees are on (the chain file's default rule).
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
	// The user's 50 NRN, then the creator's and each winning trainer's share.
	require.Equal(t, 1+len(sum.ShareWithdrawals), sum.WithdrawalsClaimed)
	require.Greater(t, sum.VerifyGasPerProof, 150_000)
	require.Less(t, sum.VerifyGasPerProof, 230_000)
	require.NotZero(t, sum.BestLossSum)
	// The MLSC completes after its 2 rounds; its model is minted on L1 to
	// the creator from the final batch holding the completion message.
	require.GreaterOrEqual(t, sum.ModelsMinted, 1)
	t.Logf("mint: %d L1 gas", sum.MintGas)
	// A customer paid to use it; every transaction but deposits and loss
	// proofs paid an L2 fee.
	require.GreaterOrEqual(t, sum.ModelUses, uint64(1))
	fees, ok := new(big.Int).SetString(sum.FeesPaid, 10)
	require.True(t, ok, "fees_paid %q", sum.FeesPaid)
	require.Positive(t, fees.Sign(), "no L2 fee paid")
	require.Positive(t, sum.FeePayingTxs)
	t.Logf("L2 fees: %s wei from %d transactions", fees, sum.FeePayingTxs)
	// The creator's and the trainers' L1 balances rose by their shares.
	roles := map[string]int{}
	for _, s := range sum.ShareWithdrawals {
		share, ok1 := new(big.Int).SetString(s.Share, 10)
		before, ok2 := new(big.Int).SetString(s.L1Before, 10)
		after, ok3 := new(big.Int).SetString(s.L1After, 10)
		require.True(t, ok1 && ok2 && ok3, "%+v", s)
		require.Positive(t, share.Sign(), "%s %s withdrew nothing", s.Role, s.Account)
		require.Zero(t, new(big.Int).Sub(after, before).Cmp(share), "%s %s: L1 balance %s -> %s, share %s", s.Role, s.Account, before, after, share)
		roles[s.Role]++
	}
	require.Equal(t, 1, roles["creator"])
	require.GreaterOrEqual(t, roles["trainer"], 1)
	// The prover's share went to its reward address, not its signing key.
	require.NotEqual(t, "0", sum.ProverRewardWei)
	require.Equal(t, "0", sum.ProverKeyWei)
}

// TestDevnetFashionMNIST runs the devnet with --model fmnist for one round:
// 784-100-10 cross-entropy on the 60,000 Fashion-MNIST training images,
// a version-2 proof (k = 8) verified by the sequencer and by the
// BatchLossVerifier on L1. It needs the data (scripts/fetch-fashion-mnist.sh)
// and makes proving keys on first use (minutes; cached under
// $NRN_KEY_CACHE), so it runs only with NRN_FMNIST=1.
func TestDevnetFashionMNIST(t *testing.T) {
	if os.Getenv("NRN_FMNIST") != "1" {
		t.Skip("set NRN_FMNIST=1 (needs data/fashion-mnist and minutes of key setup)")
	}
	cache := os.Getenv("NRN_KEY_CACHE")
	if cache == "" {
		d, err := os.UserCacheDir()
		require.NoError(t, err)
		cache = filepath.Join(d, "neuron", "keys")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	var out bytes.Buffer
	sum, err := devnet.Run(ctx, devnet.Config{
		DataDir: filepath.Join(t.TempDir(), "devnet"), Rounds: 1, BlockTime: 250 * time.Millisecond,
		KeyDir: filepath.Join("..", sampledloss.DevnetKeyDir), Out: &out,
		Model: devnet.ModelFMNIST, FMNISTDir: filepath.Join("..", "data", "fashion-mnist"), KeyCache: cache,
	})
	t.Log("\n" + out.String())
	require.NoError(t, err)
	require.Equal(t, 1, sum.RoundsSettled)
	require.Equal(t, 1, sum.ProofsVerifiedOnL1)
	require.Equal(t, 1, sum.WithdrawalsClaimed)
	require.Greater(t, sum.VerifyGasPerProof, 230_000) // one version-2 proof alone: 6 pairs
	require.Less(t, sum.VerifyGasPerProof, 330_000)
	// A trained 784-100-10 reaches a mean cross-entropy well below ln 10.
	require.Less(t, float64(sum.BestLossSum)/60000/65536, 1.0)
}

func TestDevnetConfigCheck(t *testing.T) {
	ok := devnet.Config{DataDir: "d", BlockTime: time.Second, KeyDir: "k"}
	for _, tc := range []struct {
		name string
		edit func(*devnet.Config)
		bad  bool
	}{
		{"toy by default", func(*devnet.Config) {}, false},
		{"fmnist", func(c *devnet.Config) { c.Model, c.FMNISTDir, c.KeyCache = devnet.ModelFMNIST, "f", "c" }, false},
		{"fmnist without data dir", func(c *devnet.Config) { c.Model, c.KeyCache = devnet.ModelFMNIST, "c" }, true},
		{"fmnist without key cache", func(c *devnet.Config) { c.Model, c.FMNISTDir = devnet.ModelFMNIST, "f" }, true},
		{"unknown model", func(c *devnet.Config) { c.Model = "resnet" }, true},
		{"delta with the default period", func(c *devnet.Config) { c.Delta = true }, false},
		{"delta period too short to vote", func(c *devnet.Config) { c.Delta, c.DeltaPeriod = true, 10 }, true},
		{"delta period too long", func(c *devnet.Config) { c.DeltaPeriod = 1<<24 + 1 }, true},
		{"negative example count", func(c *devnet.Config) {
			c.Model, c.FMNISTDir, c.KeyCache, c.FMNISTExamples = devnet.ModelFMNIST, "f", "c", -1
		}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := ok
			tc.edit(&c)
			if err := c.Check(); (err != nil) != tc.bad {
				t.Fatalf("Check() = %v, want error: %v", err, tc.bad)
			}
		})
	}
}
