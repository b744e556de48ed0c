package deploy_test

import (
	"encoding/json"
	"errors"
	"math/big"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/l1"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
)

const batchProofFile = "testdata/lossproofs-v2.json"

// batchProofFixture holds a version-2 verifying key (of a small cross-entropy shape: the
// L1 verifier's cost does not depend on the shape) and real proofs of three honest claims
// under it, made once with -update-proof and committed.
type batchProofFixture struct {
	Params string            `json:"params"`
	VK     hexutil.Bytes     `json:"vk"`
	Proofs []batchProofEntry `json:"proofs"`
}

type batchProofEntry struct {
	Digest hexutil.Bytes `json:"digest"`
	Proof  hexutil.Bytes `json:"proof"`
}

func v2Params() sampledloss.Params {
	return sampledloss.Params{Shape: mlp.Shape{Layers: []int{12, 6, 4}, Loss: mlp.CrossEntropy}, K: 3, Depth: 4, Version: 2}
}

// batchProofs returns the committed key and proofs after checking each proof natively.
func batchProofs(t *testing.T) (string, []byte, []bindings.RollupLossProof) {
	t.Helper()
	if *updateProof {
		writeBatchProofs(t)
	}
	raw, err := os.ReadFile(batchProofFile)
	if err != nil {
		t.Fatal(err)
	}
	var f batchProofFixture
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatalf("%s: %v", batchProofFile, err)
	}
	out := make([]bindings.RollupLossProof, len(f.Proofs))
	for i, p := range f.Proofs {
		if err := sampledloss.Verify(f.VK, p.Proof, [32]byte(p.Digest)); err != nil {
			t.Fatalf("%s: proof %d does not verify natively: %v (regenerate: go test ./l1/deploy -run TestBatchLossProofs -update-proof)",
				batchProofFile, i, err)
		}
		out[i] = bindings.RollupLossProof{Circuit: l1.CircuitID(f.Params), Proof: p.Proof, Digest: new(big.Int).SetBytes(p.Digest)}
	}
	return f.Params, f.VK, out
}

// writeBatchProofs sets up fresh (insecure) version-2 keys and proves three random honest
// claims (honestProof) over 16 examples each.
func writeBatchProofs(t *testing.T) {
	t.Helper()
	p := v2Params()
	keys, err := sampledloss.LoadOrSetup(t.TempDir(), p)
	if err != nil {
		t.Fatal(err)
	}
	f := batchProofFixture{Params: keys.Meta.Params, VK: keys.VerifyingKeyBytes()}
	rng := rand.New(rand.NewPCG(2026, 2))
	for c := range 3 {
		proof, d := honestProof(t, keys, rng, 16, [20]byte{0x4e, byte(c)}, 2, uint64(c+1))
		f.Proofs = append(f.Proofs, batchProofEntry{Digest: d[:], Proof: proof})
	}
	out, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(batchProofFile, append(out, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBatchLossProofs deploys the Rollup with a BatchLossVerifier registered for a version-2
// circuit: the Rollup sees that it can verify batches, accepts a batch of three real proofs
// in one verifier call, and names the bad proof of a batch holding one.
func TestBatchLossProofs(t *testing.T) {
	params, vk, proofs := batchProofs(t)
	key, err := sampledloss.NewBatchVerifierKey(vk)
	if err != nil {
		t.Fatal(err)
	}
	e := newEnvWith(t, func(c *deploy.Config) { c.Verifiers = map[string]*sampledloss.BatchVerifierKey{params: key} })
	r := e.d.Rollup
	if addr, batch, err := e.d.VerifierOf(e.ctx, params); err != nil || !batch || addr != e.d.Verifiers[params] {
		t.Fatalf("VerifierOf(%q) = %v, %v, %v: want the deployed BatchLossVerifier %v, batching", params, addr, batch, err, e.d.Verifiers[params])
	}
	genesis := [32]byte(e.cfg.GenesisStateRoot)
	header := func(index uint64, prev, state [32]byte) bindings.RollupBatchHeader {
		return bindings.RollupBatchHeader{Index: index, Cid: []byte("bafk"), PrevStateRoot: prev, StateRoot: state, L2Height: index + 1}
	}

	bad := append([]bindings.RollupLossProof(nil), proofs...)
	bad[1].Digest = new(big.Int).Add(proofs[1].Digest, big.NewInt(1))
	_, err = e.send(e.sequencer, r.Instance, r.Binding.PackSubmitBatch(header(0, genesis, root("s1")), bad))
	wantRevert(t, err, bindings.RollupInvalidLossProofErrorID())
	if d, uerr := r.Binding.UnpackInvalidLossProofError(revertData(err)[4:]); uerr != nil || d.ProofIndex.Int64() != 1 {
		t.Fatalf("InvalidLossProof = %+v (%v), want proof index 1", d, uerr)
	}

	e.mustSend(e.sequencer, r.Instance, r.Binding.PackSubmitBatch(header(0, genesis, root("s1")), nil))
	empty := e.mustSend(e.sequencer, r.Instance, r.Binding.PackSubmitBatch(header(1, root("s1"), root("s2")), nil))
	one := e.mustSend(e.sequencer, r.Instance, r.Binding.PackSubmitBatch(header(2, root("s2"), root("s3")), proofs[:1]))
	two := e.mustSend(e.sequencer, r.Instance, r.Binding.PackSubmitBatch(header(3, root("s3"), root("s4")), proofs[:2]))
	three := e.mustSend(e.sequencer, r.Instance, r.Binding.PackSubmitBatch(header(4, root("s4"), root("s5")), proofs))
	var verified int
	for _, l := range three.Logs {
		if ev, err := r.Binding.UnpackProofVerifiedEvent(l); err == nil && ev.BatchIndex == 4 {
			verified++
		}
	}
	if verified != 3 {
		t.Fatalf("%d ProofVerified events, want 3", verified)
	}
	// Per proof: the batch's gas above that of an empty batch (the proofs' calldata, the
	// verifier call and the events), divided among its proofs.
	perProof := func(r *types.Receipt, n int64) int64 { return (int64(r.GasUsed) - int64(empty.GasUsed)) / n }
	g1, g2, g3 := perProof(one, 1), perProof(two, 2), perProof(three, 3)
	t.Logf("Rollup.submitBatch with a BatchLossVerifier: %d gas with no proof; per proof %d with one proof, %d with two, %d with three (calldata included)",
		empty.GasUsed, g1, g2, g3)
	if g3 >= g2 || g2 >= g1 {
		t.Fatalf("per-proof gas %d, %d, %d for 1, 2, 3 proofs: no batching", g1, g2, g3)
	}
	// The goal: at most 230,000 gas per proof once the sequencer pairs proofs
	// (sequencer.Config.ProofWaitBlocks holds a lone proof for a second one).
	const goal = 230_000
	if g2 > goal {
		t.Fatalf("%d gas per proof with two proofs in a batch, goal %d", g2, goal)
	}
}

// TestRegisterVerifier: a chain deployed with the devnet circuit alone refuses proofs of
// another circuit until its owner registers a verifier for it; only the owner may, and a
// registered circuit's verifier is never replaced. A batch mixing circuits verifies each
// proof with its own circuit's verifier.
func TestRegisterVerifier(t *testing.T) {
	params, vk, proofs := batchProofs(t)
	key, err := sampledloss.NewBatchVerifierKey(vk)
	if err != nil {
		t.Fatal(err)
	}
	devProof, devDigest := lossProof(t)
	dev := bindings.RollupLossProof{Circuit: devnetCircuit, Proof: devProof, Digest: devDigest}
	e := newEnv(t)
	r := e.d.Rollup
	genesis := [32]byte(e.cfg.GenesisStateRoot)
	header := func(index uint64, prev, state [32]byte) bindings.RollupBatchHeader {
		return bindings.RollupBatchHeader{Index: index, Cid: []byte("bafk"), PrevStateRoot: prev, StateRoot: state, L2Height: index + 1}
	}
	mixed := []bindings.RollupLossProof{proofs[0], dev, proofs[1]}

	_, err = e.send(e.sequencer, r.Instance, r.Binding.PackSubmitBatch(header(0, genesis, root("s1")), mixed))
	wantRevert(t, err, bindings.RollupUnknownCircuitErrorID())

	_, err = e.send(e.alice, r.Instance, r.Binding.PackRegisterVerifier(l1.CircuitID(params), e.d.LossVerifier.Address))
	wantRevert(t, err, bindings.RollupNotOwnerErrorID())

	addr, err := deploy.RegisterVerifier(e.ctx, e.chain, e.deployer.opts(), e.d, params, key)
	if err != nil {
		t.Fatalf("RegisterVerifier: %v", err)
	}
	if got, batch, err := e.d.VerifierOf(e.ctx, params); err != nil || got != addr || !batch {
		t.Fatalf("VerifierOf = %v, %v, %v; want %v, batching", got, batch, err, addr)
	}
	if _, err := deploy.RegisterVerifier(e.ctx, e.chain, e.deployer.opts(), e.d, params, key); !errors.Is(err, deploy.ErrInvalidConfig) {
		t.Fatalf("second RegisterVerifier: %v, want ErrInvalidConfig", err)
	}
	_, err = e.send(e.deployer, r.Instance, r.Binding.PackRegisterVerifier(l1.CircuitID(params), e.d.LossVerifier.Address))
	wantRevert(t, err, bindings.RollupCircuitRegisteredErrorID())

	rcpt := e.mustSend(e.sequencer, r.Instance, r.Binding.PackSubmitBatch(header(0, genesis, root("s1")), mixed))
	var got []bindings.RollupLossProof
	for _, l := range rcpt.Logs {
		if ev, err := r.Binding.UnpackProofVerifiedEvent(l); err == nil {
			got = append(got, bindings.RollupLossProof{Circuit: ev.Circuit, Digest: ev.Digest})
		}
	}
	if len(got) != len(mixed) {
		t.Fatalf("%d ProofVerified events, want %d", len(got), len(mixed))
	}
	for i, p := range mixed {
		if got[i].Circuit != p.Circuit || got[i].Digest.Cmp(p.Digest) != 0 {
			t.Errorf("ProofVerified %d: circuit %x digest %v, want %x %v", i, got[i].Circuit, got[i].Digest, p.Circuit, p.Digest)
		}
	}

	// A bad proof of the batching circuit is named by its index in the batch.
	bad := append([]bindings.RollupLossProof(nil), mixed...)
	bad[2].Digest = new(big.Int).Add(bad[2].Digest, big.NewInt(1))
	_, err = e.send(e.sequencer, r.Instance, r.Binding.PackSubmitBatch(header(1, root("s1"), root("s2")), bad))
	wantRevert(t, err, bindings.RollupInvalidLossProofErrorID())
	if d, uerr := r.Binding.UnpackInvalidLossProofError(revertData(err)[4:]); uerr != nil || d.ProofIndex.Int64() != 2 {
		t.Fatalf("InvalidLossProof = %+v (%v), want proof index 2", d, uerr)
	}
}
