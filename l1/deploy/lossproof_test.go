package deploy_test

import (
	"math/big"
	"testing"

	ethereum "github.com/ethereum/go-ethereum"

	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
)

// devnetCircuit is the L1 circuit id of the committed devnet key.
var devnetCircuit = deploy.DevnetCircuitID()

// TestLossProof submits batches carrying a real sampled-loss proof to the real verifier:
// the valid proof is accepted, tampered ones revert the batch.
func TestLossProof(t *testing.T) {
	proof, digest := lossProof(t)
	e := newEnv(t)
	r, v := e.d.Rollup, e.d.LossVerifier

	// The verifier alone: the gas of a transaction calling verifyProof.
	gas, err := e.chain.EstimateGas(e.ctx, ethereum.CallMsg{
		From: e.alice.addr, To: &v.Address, Data: v.Binding.PackVerifyProof(proof, [1]*big.Int{digest}),
	})
	if err != nil {
		t.Fatalf("verifyProof: %v", err)
	}
	t.Logf("LossVerifier.verifyProof: %d gas per transaction (21000 base and %d bytes of calldata included)", gas, 4+64+len(proof)+32)

	flip := func(b []byte, i int) []byte {
		b = append([]byte(nil), b...)
		b[i] ^= 1
		return b
	}
	modulus, _ := new(big.Int).SetString("21888242871839275222246405745257275088548364400416034343698204186575808495617", 10)
	bad := []struct {
		name  string
		proof bindings.RollupLossProof
	}{
		{"flipped A bit", bindings.RollupLossProof{Circuit: devnetCircuit, Proof: flip(proof, 31), Digest: digest}},
		{"flipped C bit", bindings.RollupLossProof{Circuit: devnetCircuit, Proof: flip(proof, 255), Digest: digest}},
		{"other digest", bindings.RollupLossProof{Circuit: devnetCircuit, Proof: proof, Digest: new(big.Int).Add(digest, big.NewInt(1))}},
		{"digest not in field", bindings.RollupLossProof{Circuit: devnetCircuit, Proof: proof, Digest: new(big.Int).Add(digest, modulus)}},
		{"short proof", bindings.RollupLossProof{Circuit: devnetCircuit, Proof: proof[:len(proof)-32], Digest: digest}},
	}
	unknown := bindings.RollupLossProof{Circuit: root("a circuit with no verifier"), Proof: proof, Digest: digest}
	genesis := [32]byte(e.cfg.GenesisStateRoot)
	header := func(index uint64, prev, state [32]byte) bindings.RollupBatchHeader {
		return bindings.RollupBatchHeader{Index: index, Cid: []byte("bafk"), PrevStateRoot: prev, StateRoot: state, L2Height: index + 1}
	}
	good := bindings.RollupLossProof{Circuit: devnetCircuit, Proof: proof, Digest: digest}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			// Alone: with the good proof in the batch, a bad proof of the same digest would be
			// refused earlier, as a DuplicateProof.
			_, err := e.send(e.sequencer, r.Instance, packSubmit(r, header(0, genesis, root("s1")),
				[]bindings.RollupLossProof{tt.proof}))
			wantRevert(t, err, bindings.RollupInvalidLossProofErrorID())
			if d, uerr := r.Binding.UnpackInvalidLossProofError(revertData(err)[4:]); uerr != nil || d.ProofIndex.Int64() != 0 {
				t.Fatalf("InvalidLossProof = %+v (%v), want proof index 0", d, uerr)
			}
		})
	}

	t.Run("unknown circuit", func(t *testing.T) {
		_, err := e.send(e.sequencer, r.Instance, packSubmit(r, header(0, genesis, root("s1")),
			[]bindings.RollupLossProof{good, unknown}))
		wantRevert(t, err, bindings.RollupUnknownCircuitErrorID())
		if d, uerr := r.Binding.UnpackUnknownCircuitError(revertData(err)[4:]); uerr != nil || d.ProofIndex.Int64() != 1 || d.Circuit != unknown.Circuit {
			t.Fatalf("UnknownCircuit = %+v (%v), want proof index 1", d, uerr)
		}
	})

	// Batch 0 sets up storage, so that batches 1 and 2 write the same slots the same way and
	// differ only by the proof.
	e.mustSend(e.sequencer, r.Instance, packSubmit(r, header(0, genesis, root("s1")), nil))
	rcpt0 := e.mustSend(e.sequencer, r.Instance, packSubmit(r, header(1, root("s1"), root("s2")), nil))
	rcpt1 := e.mustSend(e.sequencer, r.Instance, packSubmit(r, header(2, root("s2"), root("s3")),
		[]bindings.RollupLossProof{good}))
	var verified []*bindings.RollupProofVerified
	for _, l := range rcpt1.Logs {
		if ev, err := r.Binding.UnpackProofVerifiedEvent(l); err == nil {
			verified = append(verified, ev)
		}
	}
	if len(verified) != 1 || verified[0].BatchIndex != 2 || verified[0].ProofIndex.Sign() != 0 || verified[0].Digest.Cmp(digest) != 0 {
		t.Fatalf("ProofVerified events %+v", verified)
	}
	if b := e.record(2); b.ProofCount != 1 {
		t.Fatalf("proofCount = %d, want 1", b.ProofCount)
	}
	t.Logf("Rollup.submitBatch: %d gas with no proof, %d with one: %d for the proof, calldata included",
		rcpt0.GasUsed, rcpt1.GasUsed, int64(rcpt1.GasUsed)-int64(rcpt0.GasUsed))
}
