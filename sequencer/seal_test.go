package sequencer

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/rollup"
)

func TestSealDue(t *testing.T) {
	const batch, wait = 30, 60
	for _, tc := range []struct {
		name         string
		first, last  uint64
		proofWait    uint64
		proofs       []uint64
		full, force  bool
		want         bool
		wantDeadline uint64
	}{
		{name: "no blocks", first: 11, last: 10, proofWait: wait, force: true},
		{name: "too few blocks", first: 1, last: 29, proofWait: wait},
		{name: "too few blocks, one proof", first: 1, last: 29, proofWait: wait, proofs: []uint64{5}},
		{name: "no proofs", first: 1, last: 30, proofWait: wait, want: true},
		{name: "one proof waiting", first: 1, last: 30, proofWait: wait, proofs: []uint64{5}, wantDeadline: 65},
		{name: "one proof in the last block waiting", first: 1, last: 30, proofWait: wait, proofs: []uint64{30}, wantDeadline: 90},
		{name: "one proof a block before the wait ends", first: 1, last: 64, proofWait: wait, proofs: []uint64{5}, wantDeadline: 65},
		{name: "one proof at the end of the wait", first: 1, last: 65, proofWait: wait, proofs: []uint64{5}, want: true},
		{name: "one proof past the wait", first: 1, last: 80, proofWait: wait, proofs: []uint64{5}, want: true},
		{name: "one proof, blocks fill a batch", first: 1, last: 31, proofWait: wait, proofs: []uint64{5}, full: true, want: true},
		{name: "one proof, wait overflows", first: 1, last: 40, proofWait: ^uint64(0), proofs: []uint64{5}, wantDeadline: ^uint64(0)},
		{name: "two proofs", first: 1, last: 30, proofWait: wait, proofs: []uint64{5, 29}, want: true},
		{name: "two proofs in one block", first: 1, last: 30, proofWait: wait, proofs: []uint64{7, 7}, want: true},
		{name: "force, too few blocks", first: 1, last: 1, proofWait: wait, force: true, want: true},
		{name: "force, one proof", first: 1, last: 30, proofWait: wait, proofs: []uint64{5}, force: true, want: true},
		{name: "wait disabled, one proof", first: 1, last: 30, proofWait: 0, proofs: []uint64{5}, want: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			due, deadline := sealDue(tc.first, tc.last, batch, tc.proofWait, tc.proofs, tc.full, tc.force)
			require.Equal(t, tc.want, due, "due")
			require.Equal(t, tc.wantDeadline, deadline, "deadline")
		})
	}
}

// hashProofs accepts exactly the "proof" keccak(rlp(claim)) for any spec,
// standing in for Groth16 so that loss proofs go through the state
// transition into BlockMeta as they do on a real chain.
type hashProofs struct{}

func (hashProofs) Supports(*rollup.MLSCSpec) error { return nil }

// Circuit follows the sample count, so MLSCs can have different circuits.
func (hashProofs) Circuit(spec *rollup.MLSCSpec) string {
	return fmt.Sprintf("hash k=%d", spec.SampleCount)
}

func (hashProofs) Verify(_ *rollup.MLSCSpec, c *rollup.Claim, proof []byte) error {
	if common.BytesToHash(proof) != claimDigest(c) || len(proof) != common.HashLength {
		return rollup.ErrBadProof
	}
	return nil
}

func (hashProofs) PublicInput(_ *rollup.MLSCSpec, c *rollup.Claim) (common.Hash, error) {
	return claimDigest(c), nil
}

func claimDigest(c *rollup.Claim) common.Hash {
	b, _ := rlp.EncodeToBytes(c)
	return crypto.Keccak256Hash(b)
}

// TestSealWithProofWait runs MLSCs up to their proof windows and sends
// loss proofs: a due batch with one proof is held until its wait ends, one
// is sealed as soon as a second proof joins, and one whose blocks fill a
// batch is not held.
func TestSealWithProofWait(t *testing.T) {
	const batchBlocks, wait, mlscs = 2, 3, 4
	keys := testKeys(3)
	creator, trainer, prover := keys[0], keys[1], keys[2]
	trainerAddr := crypto.PubkeyToAddress(trainer.PublicKey)
	cfg := testConfig(t.TempDir())
	cfg.BatchBlocks, cfg.ProofWaitBlocks = batchBlocks, wait
	cfg.Chain.Verifier = hashProofs{}
	s, err := New(cfg, Deps{DA: da.NewMemory(), L1: funding(keys, 1e9)})
	require.NoError(t, err)
	ctx := context.Background()
	defer s.Stop(ctx)
	require.NoError(t, s.syncL1(ctx))

	nonces := map[*ecdsa.PrivateKey]uint64{}
	sign := func(k *ecdsa.PrivateKey, d func(nonce uint64) rollup.TxData) *rollup.Tx {
		tx, err := rollup.SignTx(d(nonces[k]), testChainID, k)
		require.NoError(t, err)
		nonces[k]++
		return tx
	}
	// step sends txs, produces a block that must include them all and lets
	// the sequencer seal, as its block loop does; it returns the block number.
	step := func(txs ...*rollup.Tx) uint64 {
		t.Helper()
		for _, tx := range txs {
			_, err := s.SendTx(ctx, tx.Encode())
			require.NoError(t, err)
		}
		blk, err := s.ProduceBlock(ctx)
		require.NoError(t, err)
		for _, tx := range txs {
			reason, err := s.store.Rejected(tx.Hash())
			require.ErrorIs(t, err, ErrNotFound, "tx %T rejected: %s", tx.Data(), reason)
			_, err = s.store.Receipt(tx.Hash())
			require.NoError(t, err, "tx %T not included", tx.Data())
		}
		require.NoError(t, s.MaybeSealBatch(ctx, false))
		return blk.Header.Number
	}
	phase := func(id uint64) (p rollup.Phase) {
		require.NoError(t, s.View(func(st *rollup.State, _ *rollup.Header) error {
			m, _ := st.MLSC(id)
			p = m.Phase
			return nil
		}))
		return p
	}
	until := func(p rollup.Phase) {
		t.Helper()
		for i := 0; phase(0) != p; i++ {
			require.Less(t, i, 20, "MLSC 0 never reached %s", p)
			step()
		}
	}
	// nextBatch is the next batch index and its first block.
	nextBatch := func() (uint64, uint64) {
		i, first, err := s.store.NextBatch()
		require.NoError(t, err)
		return i, first
	}

	step() // deposits
	spec := rollup.MLSCSpec{Layers: []uint32{16, 8, 4}, Loss: 1, DatasetCID: []byte{1}, DatasetSize: 256,
		Optimizer: uint8(rollup.OptSGD), LearningRate: 10000, BatchSize: 16, Epochs: 1, SampleCount: 4,
		CommitBlocks: 3, RevealBlocks: 3, ProofBlocks: 40, MaxRounds: 1}
	setup := []*rollup.Tx{sign(trainer, func(n uint64) rollup.TxData { return &rollup.Stake{Nonce: n, Amount: uint256.NewInt(10)} })}
	other := spec // MLSC mlscs: another circuit
	other.SampleCount = 5
	for _, sp := range append(slices.Repeat([]rollup.MLSCSpec{spec}, mlscs), other) {
		setup = append(setup, sign(creator, func(n uint64) rollup.TxData {
			return &rollup.CreateMLSC{Nonce: n, Spec: sp, Bounty: uint256.NewInt(1000)}
		}))
	}
	step(setup...)
	claim := func(id uint64) (w, trace, salt common.Hash, loss uint64) {
		return common.Hash{1, byte(id)}, common.Hash{2, byte(id)}, common.Hash{3, byte(id)}, 100 + id
	}
	var commits, reveals []*rollup.Tx
	for id := range uint64(mlscs + 1) {
		w, trace, salt, loss := claim(id)
		commits = append(commits, sign(trainer, func(n uint64) rollup.TxData {
			return &rollup.Commit{Nonce: n, MLSC: id, Round: 1, Commitment: rollup.CommitmentHash(id, 1, w, trace, loss, trainerAddr, salt)}
		}))
	}
	step(commits...)
	until(rollup.PhaseReveal)
	for id := range uint64(mlscs + 1) {
		w, trace, salt, loss := claim(id)
		reveals = append(reveals, sign(trainer, func(n uint64) rollup.TxData {
			return &rollup.Reveal{Nonce: n, MLSC: id, Round: 1, CheckpointCID: []byte("ckpt"), WeightCommitment: w,
				TraceCID: []byte("trace"), TraceRoot: trace, ClaimedLossSum: loss, Salt: salt}
		}))
	}
	step(reveals...)
	until(rollup.PhaseProof)
	require.NoError(t, s.MaybeSealBatch(ctx, true))
	proof := func(id uint64) *rollup.Tx {
		var c *rollup.Claim
		require.NoError(t, s.View(func(st *rollup.State, _ *rollup.Header) (err error) {
			c, err = st.ClaimOf(id, 1)
			return err
		}))
		d := claimDigest(c)
		return sign(prover, func(n uint64) rollup.TxData { return &rollup.LossProof{Nonce: n, MLSC: id, Round: 1, Proof: d[:]} })
	}

	// A lone proof holds the batch until wait blocks follow its block.
	index, first := nextBatch()
	p := step(proof(0))
	for n := p + 1; n < p+wait; n++ {
		require.Equal(t, n, step())
		i, f := nextBatch()
		require.Equal(t, [2]uint64{index, first}, [2]uint64{i, f}, "batch of blocks %d-%d sealed with one proof %d blocks after it", first, n, n-p)
	}
	require.Equal(t, p+wait, step())
	rec, err := s.store.Batch(index)
	require.NoError(t, err, "batch not sealed when the wait ended")
	require.Equal(t, [2]uint64{first, p + wait}, [2]uint64{rec.FirstBlock, rec.LastBlock})
	require.Len(t, rec.Proofs, 1)

	// A second proof of the same circuit ends the hold at once; one of
	// another circuit does not (L1 would verify each alone).
	index, first = nextBatch()
	p = step(proof(1))
	step(proof(mlscs))
	i, f := nextBatch()
	require.Equal(t, [2]uint64{index, first}, [2]uint64{i, f}, "batch with proofs of two circuits sealed before the wait ended")
	q := step(proof(2))
	require.Less(t, q, p+wait)
	rec, err = s.store.Batch(index)
	require.NoError(t, err, "batch not sealed when a second proof of its circuit joined")
	require.Equal(t, [2]uint64{first, q}, [2]uint64{rec.FirstBlock, rec.LastBlock})
	require.Len(t, rec.Proofs, 3)
	require.Equal(t, [3]uint64{1, mlscs, 2}, [3]uint64{rec.Proofs[0].MLSC, rec.Proofs[1].MLSC, rec.Proofs[2].MLSC})
	require.Equal(t, rec.Proofs[0].Circuit, rec.Proofs[2].Circuit)
	require.NotEqual(t, rec.Proofs[0].Circuit, rec.Proofs[1].Circuit)

	// Blocks that fill a batch are sealed without waiting; sealBatch cuts
	// the batch and the rest waits for the next.
	s.batchBytes = 1
	index, first = nextBatch()
	p = step(proof(3))
	require.Equal(t, first, p)
	step()
	rec, err = s.store.Batch(index)
	require.NoError(t, err, "a full batch was held")
	require.Equal(t, [2]uint64{p, p}, [2]uint64{rec.FirstBlock, rec.LastBlock})
	require.Len(t, rec.Proofs, 1)
}
