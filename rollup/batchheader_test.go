package rollup

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/l1"
)

// noDigest verifies like hashVerifier but has no public input for any
// claim, as a chain whose key cannot name a claim's digest.
type noDigest struct{ hashVerifier }

func (noDigest) PublicInput(*MLSCSpec, *Claim) (common.Hash, error) {
	return common.Hash{}, errors.New("no digest")
}

// provableRound brings MLSC 0 to its proof phase with bob's claim best.
func provableRound(t *testing.T, h *harness) *Claim {
	for _, n := range []string{"alice", "bob"} {
		h.fund(n, 10_000)
	}
	h.mustBlock(h.sign("bob", &Stake{Nonce: 0, Amount: uint256.NewInt(100)}))
	h.mustBlock(h.sign("alice", &CreateMLSC{Nonce: 0, Spec: testSpec(), Bounty: uint256.NewInt(3000)}))
	c := claimVals{w: common.Hash{1}, trace: common.Hash{2}, salt: common.Hash{3}, loss: 500}
	h.mustBlock(h.commitTx("bob", 0, 1, c))
	h.untilPhase(0, PhaseReveal)
	h.mustBlock(h.revealTx("bob", 0, 1, c))
	h.untilPhase(0, PhaseProof)
	claim, err := h.s.ClaimOf(0, 1)
	require.NoError(t, err)
	return claim
}

// TestLossProofWithoutDigest: a loss proof whose digest the chain cannot
// compute is rejected before it applies (ErrBadProof, state unchanged), so
// that no applied proof lacks what L1 verifies.
func TestLossProofWithoutDigest(t *testing.T) {
	h := newHarness(t)
	claim := provableRound(t, h)
	h.cfg.Verifier = noDigest{}
	before, _ := h.s.MLSC(0)
	require.ErrorIs(t, h.block(h.sign("prover", &LossProof{Nonce: 0, MLSC: 0, Round: 1, Proof: claimProof(claim)}))[0], ErrBadProof)
	after, _ := h.s.MLSC(0)
	require.Equal(t, before.RoundsWon, after.RoundsWon)
	require.Equal(t, uint64(0), h.nonce("prover"))
	require.Nil(t, h.receipts[0])
}

// TestProofCircuit: the circuit a sequencer budgets before applying a loss
// proof is the one its receipt names after.
func TestProofCircuit(t *testing.T) {
	h := newHarness(t)
	_, ok, err := h.s.ProofCircuit(h.cfg, &LossProof{MLSC: 0, Round: 1})
	require.NoError(t, err)
	require.False(t, ok, "no MLSC yet")
	claim := provableRound(t, h)
	lp := &LossProof{Nonce: 0, MLSC: 0, Round: 1, Proof: claimProof(claim)}
	circuit, ok, err := h.s.ProofCircuit(h.cfg, lp)
	require.NoError(t, err)
	require.True(t, ok)
	h.mustBlock(h.sign("prover", lp))
	require.Equal(t, circuit, h.receipts[0].Proof.Circuit)
	_, ok, err = h.s.ProofCircuit(h.cfg, lp)
	require.NoError(t, err)
	require.False(t, ok, "round 1 is proven")
}

// TestBuildBatchHeader: the header's roots are the Bridge's withdrawal tree
// over the batch's withdrawals and the Rollup's proofsHash over its proofs.
func TestBuildBatchHeader(t *testing.T) {
	h := newHarness(t)
	h.fund("alice", 1000)
	var txs []*Tx
	for i := range 3 {
		txs = append(txs, h.sign("alice", &Withdraw{Nonce: uint64(i), To: h.addr("carol"), Amount: uint256.NewInt(uint64(10 + i))}))
	}
	h.mustBlock(txs...)
	leaf := func(id uint64) [32]byte {
		w, ok := h.s.Withdrawal(id)
		require.True(t, ok)
		return l1.Withdrawal{L2ChainID: h.cfg.ChainID, Rollup: h.cfg.Rollup, ID: id, From: w.From, To: w.To, Amount: w.Amount.ToBig()}.Leaf()
	}
	proofs := []AppliedProof{{Circuit: common.Hash{1}, Digest: common.Hash{2}}, {Circuit: common.Hash{1}, Digest: common.Hash{3}}}
	data := []byte("batch bytes")
	for _, tc := range []struct {
		name     string
		from, to uint64
		proofs   []AppliedProof
		wroot    common.Hash
		phash    common.Hash
		wantErr  bool
	}{
		{name: "none", from: 1, to: 1},
		{name: "one", from: 0, to: 1, wroot: leaf(0)},
		{name: "three", from: 0, to: 3, wroot: l1.MerkleRoot([][32]byte{leaf(0), leaf(1), leaf(2)}), proofs: proofs, phash: l1.ProofsHash(proofs)},
		{name: "later two", from: 1, to: 3, wroot: l1.MerkleRoot([][32]byte{leaf(1), leaf(2)}), proofs: proofs[1:], phash: l1.ProofsHash(proofs[1:])},
		{name: "missing withdrawal", from: 2, to: 4, wantErr: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &BatchContents{Index: 7, CID: []byte{1, 2}, Data: data, PrevStateRoot: common.Hash{8}, StateRoot: h.head.StateRoot,
				FirstWithdrawal: tc.from, NextWithdrawal: tc.to, DepositsConsumed: 1, L2Height: h.head.Number, Proofs: tc.proofs}
			hdr, err := BuildBatchHeader(h.cfg, h.s, c)
			if tc.wantErr {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, &BatchHeader{Index: 7, CID: []byte{1, 2}, DataHash: DataHash(data), PrevStateRoot: common.Hash{8},
				StateRoot: h.head.StateRoot, WithdrawalRoot: tc.wroot, DepositsConsumed: 1, L2Height: h.head.Number, ProofsHash: tc.phash}, hdr)
		})
	}
}

// TestDataHash: DataHash commits to the chunk tree and the length; every chunk of data of
// several shapes opens it with its proof, and a chunk with a flipped byte, another index,
// a wrong path, a wrong length or another data's root does not.
func TestDataHash(t *testing.T) {
	mk := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i*7 + i/251)
		}
		return b
	}
	require.Equal(t, DataHashOf(common.Hash{}, 0), DataHash(nil))
	one := mk(100)
	require.Equal(t, crypto.Keccak256Hash(one), DataRoot(one), "one chunk: the root is its hash")
	require.NotEqual(t, DataHash(one), DataHash(append(one, 0)), "the length is committed")
	for _, n := range []int{1, DataChunkSize - 1, DataChunkSize, DataChunkSize + 1, 3*DataChunkSize + 5, 5 * DataChunkSize} {
		data := mk(n)
		h, root := DataHash(data), DataRoot(data)
		require.Equal(t, (n+DataChunkSize-1)/DataChunkSize, DataChunks(n))
		for i := range DataChunks(n) {
			chunk, proof := DataChunk(data, i), DataChunkProof(data, i)
			require.NoError(t, VerifyDataChunk(h, root, uint64(n), uint64(i), chunk, proof), "size %d chunk %d", n, i)
			bad := append([]byte(nil), chunk...)
			bad[len(bad)/2] ^= 1
			for name, err := range map[string]error{
				"flipped byte": VerifyDataChunk(h, root, uint64(n), uint64(i), bad, proof),
				"wrong length": VerifyDataChunk(h, root, uint64(n+1), uint64(i), chunk, proof),
				"other root":   VerifyDataChunk(h, DataRoot(mk(n+1)), uint64(n), uint64(i), chunk, proof),
				"past the end": VerifyDataChunk(h, root, uint64(n), uint64(DataChunks(n)), chunk, proof),
			} {
				require.ErrorIs(t, err, ErrDataChunk, "size %d chunk %d: %s", n, i, name)
			}
			if len(proof) > 0 {
				wrong := append([]common.Hash(nil), proof...)
				wrong[0][0] ^= 1
				require.ErrorIs(t, VerifyDataChunk(h, root, uint64(n), uint64(i), chunk, wrong), ErrDataChunk)
				require.ErrorIs(t, VerifyDataChunk(h, root, uint64(n), uint64(i^1), chunk, proof), ErrDataChunk, "another index")
			}
		}
	}
}
