package trainer

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/ipfs/go-cid"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da/delta"
	"github.com/neuron-rollup/neuron/da/httpstore"
	"github.com/neuron-rollup/neuron/rollup"
)

// TestKill9Delta is TestKill9 for the patch step. An MLSC's training set
// changes every round: during round r the test proposes, fills and votes a
// delta that the next epoch close applies, so round r+1 opens on set r and
// the daemon, holding set r-1 from round r, patches it. The daemon runs in
// a subprocess and is SIGKILLed in rounds 2, 3 and 4 at the patch step's
// points (after fetching the patch, after applying it before re-rooting,
// after re-rooting before the cache takes it), each time restarted on the
// same data directory; the fourth incarnation patches set 3 to set 4 in
// round 5 unharmed. After a kill the restart reads the set through the
// patch chain from DA (the cache is in memory only) and reports the new
// root before any patch point. On L2 each of the five rounds ends with
// exactly one commit and one reveal from the trainer, and every reveal
// reproduces (trainer.Reproduce) on the set its round opened with.
func TestKill9Delta(t *testing.T) {
	if testing.Short() {
		t.Skip("five rounds of a chain that applies a delta each round (about 25 s)")
	}
	ctx := context.Background()
	const period = 100 // blocks of a training-set epoch (2 s)
	c := newChainWith(t, 1, 1000, func(cfg *rollup.Config) { cfg.DeltaPeriod = period })
	daSrv := httptest.NewServer(httpstore.NewHandler(c.da, nil))
	defer daSrv.Close()
	spec := testSpec(t, c.da, 64)
	spec.CommitBlocks, spec.RevealBlocks, spec.ProofBlocks, spec.MaxRounds = 150, 50, 5, 5
	id := c.createMLSC(t, spec)
	trainer := crypto.PubkeyToAddress(c.keys[1].PublicKey)
	dir := t.TempDir()
	// A round without a proof slashes its best revealer MinStake (100):
	// 200 staked keeps the trainer eligible in the round after.
	args := []string{"--sequencer", c.url, "--da", daSrv.URL, "--data-dir", dir,
		"--private-key", hex.EncodeToString(crypto.FromECDSA(c.keys[1])), "--stake", "200",
		"--mlsc", fmt.Sprint(id), "--poll-interval", "30ms", "--tx-timeout", "20s", "--threads", "1"}
	const within = 15 * time.Second

	// sets[k] is the set round k+1 trains on: the base set, then one more
	// applied delta per round.
	type set struct {
		cid      cid.Cid
		examples []mlp.Example
		root     common.Hash
	}
	baseCID, err := cid.Cast(spec.DatasetCID)
	require.NoError(t, err)
	sets := []set{{cid: baseCID, examples: testExamples(64, 6, 7), root: spec.DatasetRoot}}
	patches := []struct {
		removed []uint64
		added   int
	}{{[]uint64{0, 63}, 10}, {[]uint64{5, 6, 7, 8, 9}, 0}, {[]uint64{66}, 3}, {[]uint64{1, 2, 3}, 3}} // 72, 67, 69, 69 examples

	// propose has delta k (1-based) applied while round k runs: proposal,
	// its data and a vote from key 0 in one go, early enough in the epoch.
	propose := func(k int) {
		t.Helper()
		require.Eventually(t, func() bool {
			h, err := c.client.BlockNumber(ctx)
			return err == nil && period-h%period >= 30
		}, within, 10*time.Millisecond)
		parent, p := sets[k-1], patches[k-1]
		b, err := delta.Build(ctx, c.da, parent.cid, parent.examples, 3, delta.LeafFunc(mlp.SquaredError), p.removed,
			testExamples(p.added, 6, uint64(100+k)))
		require.NoError(t, err)
		acc, err := c.client.Account(ctx, crypto.PubkeyToAddress(c.keys[0].PublicKey))
		require.NoError(t, err)
		n, proposal := uint64(acc.Nonce), uint64(k-1)
		txs := []rollup.TxData{rollup.ProposalTx(n, id, b, uint256.NewInt(100))}
		for i := range b.Steps {
			txs = append(txs, rollup.DataTx(n+uint64(len(txs)), id, proposal, b, i))
		}
		txs = append(txs, &rollup.VoteDelta{Nonce: n + uint64(len(txs)), MLSC: id, Proposal: proposal, Amount: uint256.NewInt(1)})
		var last common.Hash
		for _, d := range txs {
			tx, err := rollup.SignTx(d, testChainID, c.keys[0])
			require.NoError(t, err)
			last, err = c.client.SendTx(ctx, tx)
			require.NoError(t, err)
		}
		_, err = c.client.WaitTx(ctx, last)
		require.NoError(t, err)
		sets = append(sets, set{cid: b.CID, examples: b.Set, root: b.NewRoot.Bytes()})
		require.Eventually(t, func() bool {
			m, err := c.client.MLSC(ctx, id)
			return err == nil && m.Data != nil && bytes.Equal(m.Data.CID, b.CID.Bytes())
		}, within, 20*time.Millisecond, "delta %d never applied", k)
		m, err := c.client.MLSC(ctx, id)
		require.NoError(t, err)
		require.Equal(t, uint64(k), m.Round, "delta %d applied while round %d runs", k, k)
	}
	isPatchPoint := func(p string) bool { return strings.HasPrefix(p, "delta-") }

	kills := []string{pointDeltaFetched, pointDeltaApplied, pointDeltaRerooted, ""}
	for k, kill := range kills { // incarnation k+1 starts in round k+1, on sets[k]
		p := startCrashChild(t, fmt.Sprintf("d%d", k+1), args, kill, "")
		propose(k + 1)
		require.Equal(t, sets[k].root, p.waitFor(pointDatasetReady, within), "round %d trains on set %d", k+1, k)
		for _, pt := range p.points {
			require.False(t, isPatchPoint(pt), "%s: a restarted daemon reads the chain, it has nothing to patch (points %v)", p.name, p.points)
		}
		if kill != "" {
			require.Equal(t, sets[k+1].root, p.waitFor(kill, within), "round %d patches set %d to set %d", k+2, k, k+1)
			p.kill()
			continue
		}
		// The last incarnation patches in round 5 and trains on the result.
		require.Equal(t, sets[k+1].root, p.waitFor(pointDeltaRerooted, within))
		require.Equal(t, sets[k+1].root, p.waitFor(pointDatasetReady, within))
		require.Eventually(t, func() bool {
			r, err := c.client.Round(ctx, id, uint64(len(kills)+1))
			return err == nil && len(r.Reveals) > 0
		}, within, 20*time.Millisecond, "round %d never revealed", len(kills)+1)
		p.interrupt()
	}

	for r := uint64(1); r <= uint64(len(kills)+1); r++ {
		rd, err := c.client.Round(ctx, id, r)
		require.NoError(t, err)
		var commits int
		for _, cm := range rd.Commits {
			if cm.Trainer == trainer {
				commits++
			}
		}
		require.Equal(t, 1, commits, "round %d", r)
		require.Len(t, rd.Reveals, 1, "round %d", r)
		rv := rd.Reveals[0]
		require.Equal(t, trainer, rv.Trainer)
		s := sets[r-1]
		ds, err := NewDataset(s.cid, s.examples, mlp.SquaredError)
		require.NoError(t, err)
		require.Equal(t, s.root, ds.Root)
		ckpt, err := cid.Cast(rv.CheckpointCID)
		require.NoError(t, err)
		tr, err := cid.Cast(rv.TraceCID)
		require.NoError(t, err)
		got, err := Reproduce(ctx, c.da, ds, ckpt, tr)
		require.NoError(t, err, "round %d's reveal reproduces on set %d (%d examples)", r, r-1, len(s.examples))
		require.Equal(t, [3]any{rv.WeightCommitment, rv.TraceRoot, rv.ClaimedLossSum}, [3]any{got.WeightCommitment, got.TraceRoot, got.LossSum}, "round %d", r)
	}
}
