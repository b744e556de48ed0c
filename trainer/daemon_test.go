package trainer

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/ipfs/go-cid"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/rollup"
)

// TestDaemonRound runs two trainers against an in-process sequencer through
// one round: both stake, train from different seeds, commit and reveal, and
// every reveal reproduces from DA.
func TestDaemonRound(t *testing.T) {
	ctx := context.Background()
	c := newChain(t, 2, 1000)
	spec := testSpec(t, c.da, 96)
	id := c.createMLSC(t, spec)

	var ds []*Daemon
	for i := 1; i <= 2; i++ {
		cfg := testConfig(t.TempDir())
		if i == 1 {
			cfg.HTTPAddr = "127.0.0.1:0"
		}
		d := newDaemon(t, c, c.keys[i], cfg)
		require.NoError(t, d.Start(ctx))
		defer d.Stop(ctx)
		ds = append(ds, d)
	}
	for _, d := range ds {
		acc, err := c.client.Account(ctx, d.Address())
		require.NoError(t, err)
		require.Equal(t, int64(100), acc.Stake.ToInt().Int64())
		require.Equal(t, int64(900), acc.Balance.ToInt().Int64())
		waitClaim(t, d, id, 1, ClaimRevealed, 15*time.Second)
	}

	r, err := c.client.Round(ctx, id, 1)
	require.NoError(t, err)
	require.Len(t, r.Commits, 2)
	require.Len(t, r.Reveals, 2)
	data, err := LoadDataset(ctx, c.da, &spec)
	require.NoError(t, err)
	for _, rv := range r.Reveals {
		ck, err := cid.Cast(rv.CheckpointCID)
		require.NoError(t, err)
		tr, err := cid.Cast(rv.TraceCID)
		require.NoError(t, err)
		got, err := Reproduce(ctx, c.da, data, ck, tr)
		require.NoError(t, err)
		require.Equal(t, rv.WeightCommitment, got.WeightCommitment)
		require.Equal(t, rv.TraceRoot, got.TraceRoot)
		require.Equal(t, rv.ClaimedLossSum, got.LossSum)
	}
	require.NotEqual(t, r.Reveals[0].WeightCommitment, r.Reveals[1].WeightCommitment)

	// Health and metrics over HTTP.
	base := "http://" + ds[0].HTTPAddr()
	resp, err := http.Get(base + "/healthz")
	require.NoError(t, err)
	var h Health
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&h))
	resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.Equal(t, ds[0].Address(), h.Address)
	require.Equal(t, uint64(testChainID), h.ChainID)
	resp, err = http.Get(base + "/metrics")
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.Contains(t, string(body), `nrn_trainer_rounds_committed_total{mlsc="`)
	require.Contains(t, string(body), `nrn_trainer_rounds_revealed_total{mlsc="`)
	require.Contains(t, string(body), "nrn_trainer_training_samples_per_second")

	for _, d := range ds {
		require.NoError(t, d.Stop(ctx))
		require.True(t, d.Stopped())
	}
}

// TestDaemonRestartReveals stops a daemon right after its commit landed and
// starts another on the same data directory: it reveals the journaled claim
// and does not train or commit again.
func TestDaemonRestartReveals(t *testing.T) {
	ctx := context.Background()
	c := newChain(t, 1, 1000)
	spec := testSpec(t, c.da, 64)
	spec.CommitBlocks = 40
	id := c.createMLSC(t, spec)
	dir := t.TempDir()

	d1 := newDaemon(t, c, c.keys[1], testConfig(dir))
	require.NoError(t, d1.Start(ctx))
	first := waitClaim(t, d1, id, 1, ClaimCommitted, 10*time.Second)
	require.NoError(t, d1.Stop(ctx))
	m, err := c.client.MLSC(ctx, id)
	require.NoError(t, err)
	require.Equal(t, rollup.PhaseCommit, m.Phase, "test needs the restart inside the commit window")

	metrics := NewMetrics()
	d2, err := New(testConfig(dir), Deps{Log: testLogger(t), Key: c.keys[1], Sequencer: c.client, DA: c.da, Metrics: metrics})
	require.NoError(t, err)
	require.NoError(t, d2.Start(ctx))
	defer d2.Stop(ctx)
	got := waitClaim(t, d2, id, 1, ClaimRevealed, 10*time.Second)
	require.Equal(t, first.LossSum, got.LossSum)

	r, err := c.client.Round(ctx, id, 1)
	require.NoError(t, err)
	require.Len(t, r.Commits, 1)
	require.Len(t, r.Reveals, 1)
	require.Equal(t, first.LossSum, r.Reveals[0].ClaimedLossSum)
	// The second daemon committed nothing and trained nothing.
	require.Equal(t, 0.0, counterValue(t, metrics, "nrn_trainer_rounds_committed_total"))
	require.Equal(t, 1.0, counterValue(t, metrics, "nrn_trainer_rounds_revealed_total"))
	require.Equal(t, 0.0, counterValue(t, metrics, "nrn_trainer_training_samples_per_second"))
}

// TestDaemonResumesUnconfirmedCommit is a crash between sending the Commit
// and journaling that it landed: the journal says committing, L2 holds the
// commit. The restarted daemon finds it, sends no second commit, and reveals.
func TestDaemonResumesUnconfirmedCommit(t *testing.T) {
	ctx := context.Background()
	c := newChain(t, 1, 1000)
	spec := testSpec(t, c.da, 64)
	id := c.createMLSC(t, spec)
	key := c.keys[1]
	addr := crypto.PubkeyToAddress(key.PublicKey)
	dir := t.TempDir()

	// What the crashed daemon did: stake, train, publish, journal, send.
	data, err := LoadDataset(ctx, c.da, &spec)
	require.NoError(t, err)
	cand, err := Train(ctx, Job{Spec: &spec, Seed: Seed(addr, id, 1), Threads: 1}, data)
	require.NoError(t, err)
	ck, tr, err := Publish(ctx, c.da, cand)
	require.NoError(t, err)
	cl := &Claim{MLSC: id, Round: 1, Trainer: addr, Salt: [32]byte{7}, CheckpointCID: ck.String(), TraceCID: tr.String(),
		WeightCommitment: cand.WeightCommitment, TraceRoot: cand.TraceRoot, LossSum: cand.LossSum, State: ClaimCommitting}
	cl.Commitment = rollup.CommitmentHash(id, 1, cl.WeightCommitment, cl.TraceRoot, cl.LossSum, addr, cl.Salt)
	send := func(data rollup.TxData) *rollup.Tx {
		tx, err := rollup.SignTx(data, testChainID, key)
		require.NoError(t, err)
		h, err := c.client.SendTx(ctx, tx)
		require.NoError(t, err)
		_, err = c.client.WaitTx(ctx, h)
		require.NoError(t, err)
		return tx
	}
	send(&rollup.Stake{Nonce: 0, Amount: uint256.NewInt(100)})
	commit, err := rollup.SignTx(cl.Commit(1), testChainID, key)
	require.NoError(t, err)
	cl.CommitTx = commit.Hash()
	j, err := openJournal(dir + "/journal")
	require.NoError(t, err)
	require.NoError(t, j.put(cl))
	send(cl.Commit(1))

	metrics := NewMetrics()
	d, err := New(testConfig(dir), Deps{Log: testLogger(t), Key: key, Sequencer: c.client, DA: c.da, Metrics: metrics})
	require.NoError(t, err)
	require.NoError(t, d.Start(ctx))
	defer d.Stop(ctx)
	waitClaim(t, d, id, 1, ClaimRevealed, 10*time.Second)
	r, err := c.client.Round(ctx, id, 1)
	require.NoError(t, err)
	require.Len(t, r.Commits, 1)
	require.Equal(t, cl.Commitment, r.Commits[0].Commitment)
	require.Len(t, r.Reveals, 1)
	require.Equal(t, cl.WeightCommitment, r.Reveals[0].WeightCommitment)
	require.Equal(t, 0.0, counterValue(t, metrics, "nrn_trainer_training_samples_per_second"))
	acc, err := c.client.Account(ctx, addr)
	require.NoError(t, err)
	require.Equal(t, uint64(3), uint64(acc.Nonce), "stake, commit, reveal: nothing else sent")
}

func TestStartFailsWithoutFunds(t *testing.T) {
	ctx := context.Background()
	c := newChain(t, 1, 40)
	c.createMLSC(t, testSpec(t, c.da, 16)) // waits for the deposits
	d := newDaemon(t, c, c.keys[1], testConfig(t.TempDir()))
	err := d.Start(ctx)
	require.ErrorIs(t, err, ErrBalance)
	require.ErrorContains(t, err, d.Address().Hex())
	require.ErrorContains(t, err, "balance 40")
	require.ErrorContains(t, err, "needs 100 more")
	require.True(t, d.Stopped())
}

func TestDataDirLocked(t *testing.T) {
	dir := t.TempDir()
	deps := Deps{Key: testKey(1), Sequencer: dummySeq{}, DA: newMemory()}
	d1, err := New(testConfig(dir), deps)
	require.NoError(t, err)
	_, err = New(testConfig(dir), deps)
	require.ErrorIs(t, err, ErrLocked)
	require.NoError(t, d1.Stop(context.Background()))
	d3, err := New(testConfig(dir), deps)
	require.NoError(t, err)
	require.NoError(t, d3.Stop(context.Background()))
}

func TestConfigCheck(t *testing.T) {
	ok := testConfig("/tmp/x")
	require.NoError(t, ok.Check())
	bad := Config{HTTPAddr: "nope", Threads: -1, MLSCs: []uint64{3, 3}}
	err := bad.Check()
	require.Error(t, err)
	for _, want := range []string{"data dir unset", "poll interval", "tx timeout", `HTTP address "nope"`, "-1 threads", "MLSC 3 listed twice"} {
		require.ErrorContains(t, err, want)
	}
	_, err = New(ok, Deps{})
	for _, want := range []string{"no private key", "no sequencer client", "no DA store"} {
		require.ErrorContains(t, err, want)
	}
	_, err = New(bad, Deps{Key: testKey(1)})
	require.ErrorContains(t, err, "data dir unset")
	require.ErrorContains(t, err, "no DA store")
	require.False(t, strings.Contains(err.Error(), "no private key"))
}
