package sequencer

import (
	"context"
	"crypto/ecdsa"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/ipfs/go-cid"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/da/delta"
	"github.com/neuron-rollup/neuron/l1"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rollup/rolluptest"
)

// deltaExamples are n random examples of the 16-input, 4-class task.
func deltaExamples(n int, seed uint64) []mlp.Example {
	r := rand.New(rand.NewPCG(seed, 11))
	out := make([]mlp.Example, n)
	for i := range out {
		x := make([]int64, 16)
		for j := range x {
			x[j] = r.Int64N(1<<16) - 1<<15
		}
		out[i] = mlp.Example{X: x, Label: r.IntN(4)}
	}
	return out
}

// TestDeltaThroughSequencer: a training-set delta of 2,000 examples, whose
// data comes in many delta-data steps (each chunk bounded by the L1 step
// work, delta.MaxStepWork), goes through the sequencer as a real chain takes
// it: admission charges the per-byte fee (a sender who cannot pay it is
// refused, one who can is admitted), a block bounded by MaxBlockBytes takes
// one step and leaves the next for the next block, the blocks seal into
// batches within the L1 gas budget and rollup.MaxBatchSize, and the delta,
// proposed, completed and voted, is applied at the epoch boundary with its
// proposer paid back the deposit and the vote plus the reward.
func TestDeltaThroughSequencer(t *testing.T) {
	const period = 60
	keys := testKeys(4)
	creator, proposer, voter, poor := keys[0], keys[1], keys[2], keys[3]
	addr := func(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
	cfg := testConfig(t.TempDir())
	cfg.Chain.Verifier = rolluptest.HashProofs{}
	cfg.Chain.Fees = rollup.DefaultFeeRule(common.Address{0xfe})
	cfg.Chain.DeltaPeriod = period
	cfg.Chain.MinDeltaDeposit = uint256.NewInt(1e14)
	ctx := context.Background()
	// An MLSC on a real 100-example set, and a patch removing 2 and adding
	// 2,000 examples: many steps.
	store := da.NewMemory()
	base := deltaExamples(100, 1)
	setCID, err := dataset.Write(ctx, store, base, dataset.Options{Classes: 4})
	require.NoError(t, err)
	leaf := delta.LeafFunc(mlp.SquaredError)
	b, err := delta.Build(ctx, store, setCID, base, 4, leaf, []uint64{7, 50}, deltaExamples(2000, 2))
	require.NoError(t, err)
	require.Greater(t, len(b.Steps), 20)
	chunkTx := func(k *ecdsa.PrivateKey, nonce uint64, id uint64, i int) *rollup.Tx {
		tx, err := rollup.SignTx(rollup.DataTx(nonce, 0, id, b, i), testChainID, k)
		require.NoError(t, err)
		return tx
	}
	big := chunkTx(poor, 0, 0, 0)
	propTx, err := rollup.SignTx(rollup.ProposalTx(0, 0, b, uint256.NewInt(1e15)), testChainID, proposer)
	require.NoError(t, err)
	room := len(propTx.Encode())
	for i := range b.Steps {
		room = max(room, len(chunkTx(poor, 0, 0, i).Encode()))
	}
	cfg.MaxBlockBytes = 8*room + 1024 // room for the proposal or a few steps, not for every step at once
	require.NoError(t, cfg.Check())
	chunkFee := cfg.Chain.Fee(big, cfg.Chain.Fees.MinBaseFee)
	fund := funding(keys, 1e18)
	// poor cannot pay a step's byte fee.
	fund.deps[3].Amount = new(uint256.Int).SubUint64(chunkFee, 1)
	s, err := New(cfg, Deps{DA: da.NewMemory(), L1: fund})
	require.NoError(t, err)
	t.Cleanup(func() { s.Stop(ctx) })
	require.NoError(t, s.syncL1(ctx))
	pc := &proofChain{t: t, s: s}
	nonces := map[*ecdsa.PrivateKey]uint64{}
	sign := func(k *ecdsa.PrivateKey, d func(nonce uint64) rollup.TxData) *rollup.Tx {
		tx, err := rollup.SignTx(d(nonces[k]), testChainID, k)
		require.NoError(t, err)
		nonces[k]++
		return tx
	}
	view := func(fn func(st *rollup.State)) {
		require.NoError(t, s.View(func(st *rollup.State, _ *rollup.Header) error { fn(st); return nil }))
	}
	balance := func(k *ecdsa.PrivateKey) (b *uint256.Int) {
		view(func(st *rollup.State) { b = st.Account(addr(k)).Balance.Clone() })
		return b
	}
	pc.step() // deposits

	spec := rollup.MLSCSpec{Layers: []uint32{16, 8, 4}, Loss: uint8(mlp.SquaredError), DatasetCID: setCID.Bytes(),
		DatasetRoot: b.BaseRoot.Bytes(), DatasetSize: 100, Optimizer: uint8(rollup.OptSGD), LearningRate: 10000,
		BatchSize: 16, Epochs: 1, SampleCount: 4, CommitBlocks: 3, RevealBlocks: 3, ProofBlocks: 40, MaxRounds: 10}
	pc.step(sign(creator, func(n uint64) rollup.TxData {
		return &rollup.CreateMLSC{Nonce: n, Spec: spec, Bounty: uint256.NewInt(1e15)}
	}))

	// Admission: the step's byte fee is more than poor has.
	var poorBal *uint256.Int
	require.NoError(t, s.View(func(st *rollup.State, _ *rollup.Header) error { poorBal = st.Account(addr(poor)).Balance; return nil }))
	require.True(t, chunkFee.Gt(poorBal), "a step's fee %s, poor has %s", chunkFee.Dec(), poorBal.Dec())
	_, err = s.SendTx(ctx, big.Encode())
	require.ErrorIs(t, err, ErrCannotPay)

	// The proposal, then two steps at once: MaxBlockBytes splits them; then the rest.
	deposit := uint256.NewInt(1e15)
	proposal := sign(proposer, func(n uint64) rollup.TxData { return rollup.ProposalTx(n, 0, b, deposit) })
	pc.step(proposal)
	var p rollup.DeltaProposal
	view(func(st *rollup.State) { p, _ = st.DeltaProposal(0, 0) })
	require.Equal(t, rollup.DeltaPending, p.Status)
	var steps []*rollup.Tx
	for i := range b.Steps {
		steps = append(steps, chunkTx(proposer, nonces[proposer], 0, i))
		nonces[proposer]++
	}
	pc.send(steps...)
	for included := 0; included < len(steps); {
		blk, err := s.ProduceBlock(ctx)
		require.NoError(t, err)
		require.NotEmpty(t, blk.Txs)
		require.Less(t, len(blk.Txs), len(steps), "MaxBlockBytes splits the steps over blocks")
		for _, tx := range blk.Txs {
			require.Equal(t, steps[included].Hash(), tx.Hash(), "in order")
			included++
		}
		enc, err := blk.Encode()
		require.NoError(t, err)
		require.LessOrEqual(t, len(enc), cfg.MaxBlockBytes)
	}
	view(func(st *rollup.State) { p, _ = st.DeltaProposal(0, 0) })
	require.Equal(t, rollup.DeltaReady, p.Status, "data complete and root checked: %s", p.Reason)

	// Votes: the proposer and another holder lock NRN until the epoch ends.
	pc.step(sign(proposer, func(n uint64) rollup.TxData {
		return &rollup.VoteDelta{Nonce: n, MLSC: 0, Proposal: 0, Amount: uint256.NewInt(5e15)}
	}), sign(voter, func(n uint64) rollup.TxData {
		return &rollup.VoteDelta{Nonce: n, MLSC: 0, Proposal: 0, Amount: uint256.NewInt(7e15)}
	}))
	before, voterBefore := balance(proposer), balance(voter)
	var e rollup.DeltaEpoch
	var issued *uint256.Int
	var now uint64
	view(func(st *rollup.State) {
		e, _ = st.DeltaEpoch(0)
		issued, now = st.Globals().Issued.Clone(), st.Globals().Time
	})
	require.Equal(t, uint64(0), e.End%period)
	// Closed at End, settled at the next block start that does epoch work (rollup.EpochWorkAt:
	// one that advances an MLSC instead carries the epoch on).
	var m rollup.MLSC
	for s.Head().Number < e.End+12 {
		pc.step()
		view(func(st *rollup.State) { m, _ = st.MLSC(0); p, _ = st.DeltaProposal(0, 0) })
		var settling bool
		view(func(st *rollup.State) { _, settling = st.DeltaClosing(0) })
		if s.Head().Number > e.End && p.Status == rollup.DeltaApplied && !settling {
			break
		}
	}
	require.Equal(t, rollup.DeltaApplied, p.Status)
	require.NotNil(t, m.Data)
	require.Len(t, m.Data.Applied, 1)
	a := m.Data.Applied[0]
	require.Greater(t, a.Height, e.End, "applied when the epoch closed at its boundary is settled")
	require.LessOrEqual(t, a.Height, e.End+4)
	require.Equal(t, [3]any{common.Hash(b.NewRoot.Bytes()), uint64(2098), addr(proposer)}, [3]any{a.Root, a.Size, a.Proposer})
	require.Equal(t, cfg.Chain.DeltaReward(issued, now).Dec(), a.Reward.Dec(), "reward issued/1e6 at the close")
	want := new(uint256.Int).Add(before, deposit)
	want.Add(want, uint256.NewInt(5e15)).Add(want, a.Reward)
	require.Equal(t, want.Dec(), balance(proposer).Dec(), "proposer paid deposit, vote and reward")
	require.Equal(t, new(uint256.Int).Add(voterBefore, uint256.NewInt(7e15)).Dec(), balance(voter).Dec(), "vote released")
	_, root, size := m.DataHead()
	require.Equal(t, [2]any{a.Root, a.Size}, [2]any{root, size})

	// Every block seals into batches that L1 can take.
	index, _ := pc.nextBatch()
	for {
		_, first := pc.nextBatch()
		if first > s.Head().Number {
			break
		}
		require.NoError(t, s.MaybeSealBatch(ctx, true))
	}
	last, _ := pc.nextBatch()
	var sawChunks int
	for i := index; i < last; i++ {
		rec, err := s.store.Batch(i)
		require.NoError(t, err)
		c, err := cid.Cast(rec.CID)
		require.NoError(t, err)
		raw, err := s.deps.DA.Get(ctx, c)
		require.NoError(t, err)
		require.LessOrEqual(t, len(raw), rollup.MaxBatchSize)
		gas := l1.NewGasMeter(func(common.Hash) l1.VerifierKind { return l1.VerifierUnknown })
		for _, pr := range rec.Proofs {
			gas.Add(pr.Circuit)
		}
		require.LessOrEqual(t, gas.Gas(), cfg.gasBudget())
		batch, err := rollup.DecodeBatch(raw)
		require.NoError(t, err)
		for _, blk := range batch.Blocks {
			for _, tx := range blk.Txs {
				if tx.Type() == rollup.TxDeltaData {
					sawChunks++
				}
			}
		}
	}
	require.Equal(t, len(b.Steps), sawChunks, "every step on DA in sealed batches")
}
