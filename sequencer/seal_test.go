package sequencer

import (
	"context"
	"crypto/ecdsa"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/l1"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rollup/rolluptest"
)

func TestSealDue(t *testing.T) {
	const batch, wait = 30, 60
	for _, tc := range []struct {
		name               string
		first, last        uint64
		proofWait, beat    uint64
		proofs             []uint64
		empty, full, force bool
		want               bool
		wantDeadline       uint64
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
		{name: "empty blocks, no heartbeat", first: 1, last: 500, proofWait: wait, empty: true},
		{name: "empty blocks before the heartbeat", first: 1, last: 99, proofWait: wait, beat: 100, empty: true},
		{name: "empty blocks at the heartbeat", first: 1, last: 100, proofWait: wait, beat: 100, empty: true, want: true},
		{name: "empty blocks, heartbeat shorter than a batch", first: 1, last: 29, beat: 10, empty: true},
		{name: "empty blocks fill a batch", first: 1, last: 40, proofWait: wait, empty: true, full: true, want: true},
		{name: "empty blocks, force", first: 1, last: 1, empty: true, force: true, want: true},
		{name: "one proof, full by gas", first: 1, last: 30, proofWait: wait, proofs: []uint64{5}, full: true, want: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			due, deadline := sealDue(tc.first, tc.last, batch, tc.proofWait, tc.beat, tc.proofs, tc.empty, tc.full, tc.force)
			require.Equal(t, tc.want, due, "due")
			require.Equal(t, tc.wantDeadline, deadline, "deadline")
		})
	}
}

// proofChain is a sequencer whose MLSCs 0..n-1 (circuit "hash k=4") and n
// (circuit "hash k=5") each wait in round 1's proof phase for the claim
// that proof(id) proves.
type proofChain struct {
	t     *testing.T
	s     *Sequencer
	proof func(id uint64) *rollup.Tx
}

// newProofChain starts a sequencer on cfg (with rolluptest.HashProofs as its verifier)
// and runs n+1 MLSCs, each with one reveal, into their proof phase.
func newProofChain(t *testing.T, cfg Config, n int) *proofChain {
	keys := testKeys(3)
	creator, trainer, prover := keys[0], keys[1], keys[2]
	trainerAddr := crypto.PubkeyToAddress(trainer.PublicKey)
	cfg.Chain.Verifier = rolluptest.HashProofs{}
	s, err := New(cfg, Deps{DA: da.NewMemory(), L1: funding(keys, 1e9)})
	require.NoError(t, err)
	ctx := context.Background()
	t.Cleanup(func() { s.Stop(ctx) })
	require.NoError(t, s.syncL1(ctx))
	pc := &proofChain{t: t, s: s}
	mlscs := uint64(n)

	nonces := map[*ecdsa.PrivateKey]uint64{}
	sign := func(k *ecdsa.PrivateKey, d func(nonce uint64) rollup.TxData) *rollup.Tx {
		tx, err := rollup.SignTx(d(nonces[k]), testChainID, k)
		require.NoError(t, err)
		nonces[k]++
		return tx
	}
	phase := func(id uint64) (p rollup.Phase) {
		require.NoError(t, s.View(func(st *rollup.State, _ *rollup.Header) error {
			m, _ := st.MLSC(id)
			p = m.Phase
			return nil
		}))
		return p
	}
	// until steps until every MLSC is in phase p (a block start advances one MLSC a
	// height, rollup.MaxBlockMLSCs: those due at the same height follow one by one).
	until := func(p rollup.Phase) {
		t.Helper()
		for id := range mlscs + 1 {
			for i := 0; phase(id) != p; i++ {
				require.Less(t, i, 20, "MLSC %d never reached %s", id, p)
				pc.step()
			}
		}
	}

	pc.step() // deposits
	spec := rollup.MLSCSpec{Layers: []uint32{16, 8, 4}, Loss: 1, DatasetCID: []byte{1}, DatasetSize: 256,
		Optimizer: uint8(rollup.OptSGD), LearningRate: 10000, BatchSize: 16, Epochs: 1, SampleCount: 4,
		// A block start advances one MLSC (rollup.MaxBlockMLSCs): the n+1 enter their reveal
		// windows one block apart, and the window is long enough for all to be in it at once.
		CommitBlocks: 3, RevealBlocks: 3 + uint64(n), ProofBlocks: 40, MaxRounds: 1}
	setup := []*rollup.Tx{sign(trainer, func(n uint64) rollup.TxData { return &rollup.Stake{Nonce: n, Amount: uint256.NewInt(10)} })}
	other := spec // MLSC mlscs: another circuit
	other.SampleCount = 5
	for _, sp := range append(slices.Repeat([]rollup.MLSCSpec{spec}, n), other) {
		setup = append(setup, sign(creator, func(n uint64) rollup.TxData {
			return &rollup.CreateMLSC{Nonce: n, Spec: sp, Bounty: uint256.NewInt(1000)}
		}))
	}
	pc.step(setup...)
	claim := func(id uint64) (w, trace, salt common.Hash, loss uint64) {
		return common.Hash{1, byte(id), byte(id >> 8)}, common.Hash{2, byte(id), byte(id >> 8)}, common.Hash{3, byte(id), byte(id >> 8)}, 100 + id
	}
	var commits, reveals []*rollup.Tx
	for id := range mlscs + 1 {
		w, trace, salt, loss := claim(id)
		commits = append(commits, sign(trainer, func(n uint64) rollup.TxData {
			return &rollup.Commit{Nonce: n, MLSC: id, Round: 1, Commitment: rollup.CommitmentHash(id, 1, w, trace, loss, trainerAddr, salt)}
		}))
	}
	pc.step(commits...)
	until(rollup.PhaseReveal)
	for id := range mlscs + 1 {
		w, trace, salt, loss := claim(id)
		reveals = append(reveals, sign(trainer, func(n uint64) rollup.TxData {
			return &rollup.Reveal{Nonce: n, MLSC: id, Round: 1, CheckpointCID: []byte("ckpt"), WeightCommitment: w,
				TraceCID: []byte("trace"), TraceRoot: trace, ClaimedLossSum: loss, Salt: salt}
		}))
	}
	pc.step(reveals...)
	until(rollup.PhaseProof)
	require.NoError(t, s.MaybeSealBatch(ctx, true))
	pc.proof = func(id uint64) *rollup.Tx {
		var c *rollup.Claim
		require.NoError(t, s.View(func(st *rollup.State, _ *rollup.Header) (err error) {
			c, err = st.ClaimOf(id, 1)
			return err
		}))
		d := rolluptest.ClaimDigest(c)
		return sign(prover, func(n uint64) rollup.TxData { return &rollup.LossProof{Nonce: n, MLSC: id, Round: 1, Proof: d[:]} })
	}
	return pc
}

// send admits txs.
func (pc *proofChain) send(txs ...*rollup.Tx) {
	pc.t.Helper()
	for _, tx := range txs {
		_, err := pc.s.SendTx(context.Background(), tx.Encode())
		require.NoError(pc.t, err)
	}
}

// step sends txs, produces a block that must include them all and lets the
// sequencer seal, as its block loop does; it returns the block number.
func (pc *proofChain) step(txs ...*rollup.Tx) uint64 {
	t, s := pc.t, pc.s
	t.Helper()
	pc.send(txs...)
	blk, err := s.ProduceBlock(context.Background())
	require.NoError(t, err)
	for _, tx := range txs {
		reason, err := s.store.Rejected(tx.Hash())
		require.ErrorIs(t, err, ErrNotFound, "tx %T rejected: %s", tx.Data(), reason)
		_, err = s.store.Receipt(tx.Hash())
		require.NoError(t, err, "tx %T not included", tx.Data())
	}
	require.NoError(t, s.MaybeSealBatch(context.Background(), false))
	return blk.Header.Number
}

// nextBatch is the next batch index and its first block.
func (pc *proofChain) nextBatch() (uint64, uint64) {
	i, first, err := pc.s.store.NextBatch()
	require.NoError(pc.t, err)
	return i, first
}

// TestSealWithProofWait runs MLSCs up to their proof windows and sends
// loss proofs: a due batch with one proof is held until its wait ends, one
// is sealed as soon as a second proof joins, and one whose blocks fill a
// batch is not held.
func TestSealWithProofWait(t *testing.T) {
	const batchBlocks, wait, mlscs = 2, 3, 4
	cfg := testConfig(t.TempDir())
	cfg.BatchBlocks, cfg.ProofWaitBlocks = batchBlocks, wait
	pc := newProofChain(t, cfg, mlscs)
	s, step, proof, nextBatch := pc.s, pc.step, pc.proof, pc.nextBatch

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
	s.batcher.batchBytes = 1
	index, first = nextBatch()
	p = step(proof(3))
	require.Equal(t, first, p)
	step()
	rec, err = s.store.Batch(index)
	require.NoError(t, err, "a full batch was held")
	require.Equal(t, [2]uint64{p, p}, [2]uint64{rec.FirstBlock, rec.LastBlock})
	require.Len(t, rec.Proofs, 1)
}

// TestSealGasBudget: loss proofs that together need more L1 gas than one
// transaction may use are spread over blocks (a block holds what one batch
// can verify) and over batches (a batch is cut before the block that would
// pass the budget), so every batch can be settled.
func TestSealGasBudget(t *testing.T) {
	const mlscs, perBatch = 8, 3
	cfg := testConfig(t.TempDir())
	cfg.BatchBlocks = 1
	single := l1.GasOf(l1.VerifierSingle).PerProof
	cfg.BatchGasBudget = l1.BatchBaseGas() + perBatch*single
	circuit, err := rolluptest.HashProofs{}.CircuitID(&rollup.MLSCSpec{SampleCount: 4})
	require.NoError(t, err)
	cfg.L1Verifiers = map[common.Hash]l1.VerifierKind{circuit: l1.VerifierSingle}
	require.NoError(t, cfg.Check())
	pc := newProofChain(t, cfg, mlscs)
	ctx := context.Background()

	// All proofs arrive at once: blocks take perBatch each, the rest wait.
	var proofs []*rollup.Tx
	for id := range uint64(mlscs) {
		proofs = append(proofs, pc.proof(id))
	}
	pc.send(proofs...)
	index, _ := pc.nextBatch()
	var perBlock []int
	for len(perBlock) < 4 {
		blk, err := pc.s.ProduceBlock(ctx)
		require.NoError(t, err)
		meta, err := pc.s.store.BlockMeta(blk.Header.Number)
		require.NoError(t, err)
		perBlock = append(perBlock, len(meta.Proofs))
	}
	require.Equal(t, []int{3, 3, 2, 0}, perBlock, "proofs per block")

	// One seal call would put all eight in one batch; it is cut at the budget.
	require.NoError(t, pc.s.MaybeSealBatch(ctx, true))
	require.NoError(t, pc.s.MaybeSealBatch(ctx, true))
	require.NoError(t, pc.s.MaybeSealBatch(ctx, true))
	var total int
	for i := index; i < index+3; i++ {
		rec, err := pc.s.store.Batch(i)
		require.NoError(t, err, "batch %d", i)
		m := l1.NewGasMeter(func(common.Hash) l1.VerifierKind { return l1.VerifierSingle })
		for _, p := range rec.Proofs {
			m.Add(p.Circuit)
		}
		require.LessOrEqual(t, m.Gas(), cfg.BatchGasBudget, "batch %d", i)
		total += len(rec.Proofs)
	}
	require.Equal(t, mlscs, total, "every proof in a batch")

	// The default budget keeps any batch inside one L1 transaction.
	def := testConfig(t.TempDir())
	require.LessOrEqual(t, def.gasBudget(), uint64(l1.MaxTxGas))
	require.Greater(t, uint64(l1.BatchGasBudget), l1.BatchBaseGas()+l1.GasOf(l1.VerifierUnknown).PerCircuit+l1.GasOf(l1.VerifierUnknown).PerProof)
}

// TestNoEmptyBatches: blocks without transactions are not settled alone
// until the heartbeat; they go with the next batch that has a transaction.
func TestNoEmptyBatches(t *testing.T) {
	keys := testKeys(2)
	cfg := testConfig(t.TempDir())
	cfg.BatchBlocks, cfg.HeartbeatBlocks = 2, 6
	s, err := New(cfg, Deps{DA: da.NewMemory(), L1: funding(keys, 1e9)})
	require.NoError(t, err)
	ctx := context.Background()
	defer s.Stop(ctx)
	require.NoError(t, s.syncL1(ctx))
	produce := func(n int) {
		for range n {
			_, err := s.ProduceBlock(ctx)
			require.NoError(t, err)
			require.NoError(t, s.MaybeSealBatch(ctx, false))
		}
	}
	produce(2) // the deposits' block and an empty one: a batch with transactions
	index, first, err := s.store.NextBatch()
	require.NoError(t, err)
	require.Equal(t, uint64(1), index)
	produce(5) // five empty blocks: no batch
	i, f, err := s.store.NextBatch()
	require.NoError(t, err)
	require.Equal(t, [2]uint64{index, first}, [2]uint64{i, f}, "empty blocks settled before the heartbeat")
	produce(1) // the sixth: heartbeat
	rec, err := s.store.Batch(index)
	require.NoError(t, err, "no heartbeat batch")
	require.Equal(t, [2]uint64{first, first + 5}, [2]uint64{rec.FirstBlock, rec.LastBlock})

	// Empty blocks then a transfer: one batch holds them all.
	produce(3)
	tx, err := rollup.SignTx(&rollup.Transfer{Nonce: 0, To: common.Address{1}, Amount: uint256.NewInt(1)}, testChainID, keys[0])
	require.NoError(t, err)
	_, err = s.SendTx(ctx, tx.Encode())
	require.NoError(t, err)
	produce(1)
	rec, err = s.store.Batch(index + 1)
	require.NoError(t, err, "batch with a transfer not sealed")
	require.Equal(t, [2]uint64{first + 6, first + 9}, [2]uint64{rec.FirstBlock, rec.LastBlock})
}
