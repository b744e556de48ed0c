package trainer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/rollup"
)

// TestUnstakeOnExit: a daemon with UnstakeOnExit stakes at start and
// releases its whole stake when it stops; Unstake with nothing staked sends
// nothing.
func TestUnstakeOnExit(t *testing.T) {
	ctx := context.Background()
	c := newChain(t, 1, 1000)
	c.createMLSC(t, testSpec(t, c.da, 16)) // waits for the deposits
	cfg := testConfig(t.TempDir())
	cfg.UnstakeOnExit = true
	cfg.MLSCs = []uint64{99} // follows nothing: no reveal locks the stake
	d := newDaemon(t, c, c.keys[1], cfg)
	require.NoError(t, d.Start(ctx))
	acc, err := c.client.Account(ctx, d.Address())
	require.NoError(t, err)
	require.Equal(t, int64(100), acc.Stake.ToInt().Int64())
	require.NoError(t, d.Stop(ctx))
	require.Eventually(t, func() bool {
		acc, err = c.client.Account(ctx, d.Address())
		return err == nil && acc.Stake.ToInt().Sign() == 0
	}, 10*time.Second, 20*time.Millisecond, "stake never released")
	require.Equal(t, int64(1000), acc.Balance.ToInt().Int64())
	rc, err := d.Unstake(ctx)
	require.NoError(t, err)
	require.Nil(t, rc)
}

// claimHashSpec is a test chain's verifier whose only valid proof of a claim
// is claimHashProof of it: every spec is supported.
type claimHashSpec struct{ anySpec }

func claimHashProof(c *rollup.Claim) []byte {
	b, err := rlp.EncodeToBytes(c)
	if err != nil {
		panic(err)
	}
	return crypto.Keccak256(b)
}

func (claimHashSpec) Verify(_ *rollup.MLSCSpec, c *rollup.Claim, proof []byte) error {
	if !bytes.Equal(proof, claimHashProof(c)) {
		return errors.New("not the claim's hash")
	}
	return nil
}

func (claimHashSpec) PublicInput(_ *rollup.MLSCSpec, c *rollup.Claim) (common.Hash, error) {
	return common.BytesToHash(claimHashProof(c)), nil
}

// TestUnstakeOnExitAfterProof: a daemon stopped with UnstakeOnExit while its
// reveal's round is in its proof window refuses at once (ErrStakeLocked,
// naming the round); stopped right after the loss proof of its reveal
// applied, when the round has ended but the block start that releases its
// claim has not come yet (block production paused), it waits for the
// release and then unstakes the whole stake.
func TestUnstakeOnExitAfterProof(t *testing.T) {
	ctx := context.Background()
	c := newChainWith(t, 1, 1000, func(cfg *rollup.Config) { cfg.Verifier = claimHashSpec{} })
	spec := testSpec(t, c.da, 16)
	spec.MaxRounds, spec.ProofBlocks = 1, 500 // 10 s of 20 ms blocks: the proof comes in time
	id := c.createMLSC(t, spec)
	cfg := testConfig(t.TempDir())
	cfg.UnstakeOnExit, cfg.MLSCs = true, []uint64{id}
	d := newDaemon(t, c, c.keys[1], cfg)
	require.NoError(t, d.Start(ctx))
	waitClaim(t, d, id, 1, ClaimRevealed, 60*time.Second)
	require.Eventually(t, func() bool {
		m, err := c.client.MLSC(ctx, id)
		return err == nil && m.PhaseName == rollup.PhaseProof.String()
	}, 30*time.Second, 10*time.Millisecond, "round 1 never reached its proof window")

	// The round has not ended: refused at once, nothing sent.
	start := time.Now()
	_, err := d.Unstake(ctx)
	require.ErrorIs(t, err, ErrStakeLocked)
	require.ErrorContains(t, err, fmt.Sprintf("MLSC %d round 1", id))
	require.Less(t, time.Since(start), cfg.TxTimeout/2, "refused without waiting")

	// The proof applies in one block; the release comes at the next block start.
	c.pause(t)
	claim, err := c.client.Claim(ctx, id, 1)
	require.NoError(t, err)
	prover := c.keys[0]
	acc, err := c.client.Account(ctx, crypto.PubkeyToAddress(prover.PublicKey))
	require.NoError(t, err)
	tx, err := rollup.SignTx(&rollup.LossProof{Nonce: uint64(acc.Nonce), MLSC: id, Round: 1, Proof: claimHashProof(claim)}, testChainID, prover)
	require.NoError(t, err)
	h, err := c.client.SendTx(ctx, tx)
	require.NoError(t, err)
	_, err = c.seq.ProduceBlock(ctx)
	require.NoError(t, err)
	wctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	rc, err := c.client.WaitTx(wctx, h)
	require.NoError(t, err)
	require.NotNil(t, rc.Proof, "the loss proof applied")
	r, err := c.client.Round(ctx, id, 1)
	require.NoError(t, err)
	require.True(t, r.Proven, "the proof applied")
	acc, err = c.client.Account(ctx, d.Address())
	require.NoError(t, err)
	require.Equal(t, uint64(1), uint64(acc.OpenClaims), "the claim is not released yet")

	stopped := make(chan error, 1)
	go func() { stopped <- d.Stop(ctx) }()
	select {
	case err := <-stopped:
		t.Fatalf("Stop returned (%v) before the claim was released", err)
	case <-time.After(5 * cfg.PollInterval):
	}
	c.resume(t)
	select {
	case err := <-stopped:
		require.NoError(t, err)
	case <-time.After(cfg.TxTimeout + 5*time.Second):
		t.Fatal("Stop never returned")
	}
	acc, err = c.client.Account(ctx, d.Address())
	require.NoError(t, err)
	require.Zero(t, acc.Stake.ToInt().Sign(), "the stake was not released on exit")
	require.Zero(t, uint64(acc.OpenClaims))
}
