package deploy_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

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
	id, err := l1.CircuitIDOfKey(f.VK)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]bindings.RollupLossProof, len(f.Proofs))
	for i, p := range f.Proofs {
		if err := sampledloss.Verify(f.VK, p.Proof, [32]byte(p.Digest)); err != nil {
			t.Fatalf("%s: proof %d does not verify natively: %v (regenerate: go test ./l1/deploy -run TestBatchLossProofs -update-proof)",
				batchProofFile, i, err)
		}
		out[i] = bindings.RollupLossProof{Circuit: id, Proof: p.Proof, Digest: new(big.Int).SetBytes(p.Digest)}
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

// chainHeader is the header of batch index on a chain of test roots ("s0" the genesis).
func chainHeader(e *env, index uint64) bindings.RollupBatchHeader {
	prev := root(fmt.Sprint("s", index))
	if index == 0 {
		prev = e.cfg.GenesisStateRoot
	}
	return bindings.RollupBatchHeader{Index: index, Cid: []byte("bafk"), PrevStateRoot: prev, StateRoot: root(fmt.Sprint("s", index+1)), L2Height: index + 1}
}

// TestBatchLossProofs deploys the Rollup with a BatchLossVerifier for a version-2 key and
// measures a batch of one, two and three real proofs verified in one call, each on a fresh
// chain after two empty batches.
func TestBatchLossProofs(t *testing.T) {
	params, vk, proofs := batchProofs(t)
	key, err := sampledloss.NewBatchVerifierKey(vk)
	if err != nil {
		t.Fatal(err)
	}
	var empty uint64
	perProof := make([]int64, len(proofs)+1)
	for n := 1; n <= len(proofs); n++ {
		e := newEnvWith(t, func(c *deploy.Config) { c.Verifiers = map[string]*sampledloss.BatchVerifierKey{params: key} })
		r := e.d.Rollup
		if v, err := e.d.VerifierOf(e.ctx, proofs[0].Circuit); err != nil || !v.Batch || !v.FromKey || v.Address != e.d.Verifiers[params] {
			t.Fatalf("VerifierOf = %+v, %v: want the Rollup's BatchLossVerifier %v, batching", v, err, e.d.Verifiers[params])
		}
		e.mustSend(e.sequencer, r.Instance, packSubmit(r, chainHeader(e, 0), nil))
		empty = e.mustSend(e.sequencer, r.Instance, packSubmit(r, chainHeader(e, 1), nil)).GasUsed
		rcpt := e.mustSend(e.sequencer, r.Instance, packSubmit(r, chainHeader(e, 2), proofs[:n]))
		var verified int
		for _, l := range rcpt.Logs {
			if ev, err := r.Binding.UnpackProofVerifiedEvent(l); err == nil && ev.BatchIndex == 2 {
				verified++
			}
		}
		if verified != n {
			t.Fatalf("%d ProofVerified events, want %d", verified, n)
		}
		// Per proof: the batch's gas above that of an empty batch (the proofs' calldata, the
		// replay guard, the verifier call and the events), divided among its proofs.
		perProof[n] = (int64(rcpt.GasUsed) - int64(empty)) / int64(n)
	}
	g1, g2, g3 := perProof[1], perProof[2], perProof[3]
	t.Logf("Rollup.submitBatch with a BatchLossVerifier: %d gas with no proof; per proof %d with one proof, %d with two, %d with three (calldata included)",
		empty, g1, g2, g3)
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

// TestBatchProofList: a batch settles only with exactly the proofs its header commits to,
// each once, and a proof verified in one batch is refused in every later one. A bad proof
// of a batch is named by its index.
func TestBatchProofList(t *testing.T) {
	params, vk, proofs := batchProofs(t)
	key, err := sampledloss.NewBatchVerifierKey(vk)
	if err != nil {
		t.Fatal(err)
	}
	e := newEnvWith(t, func(c *deploy.Config) { c.Verifiers = map[string]*sampledloss.BatchVerifierKey{params: key} })
	r := e.d.Rollup
	submit := func(index uint64, committed, passed []bindings.RollupLossProof) error {
		h := chainHeader(e, index)
		h.ProofsHash = proofsHash(committed)
		_, err := e.send(e.sequencer, r.Instance, r.Binding.PackSubmitBatch(h, passed))
		return err
	}
	p0, p1, p2 := proofs[0], proofs[1], proofs[2]
	devnet := bindings.RollupLossProof{Circuit: devnetCircuit, Proof: p0.Proof, Digest: p0.Digest} // another circuit, same digest
	type list = []bindings.RollupLossProof
	for _, tt := range []struct {
		name              string
		committed, passed list
		want              common.Hash
	}{
		{"missing proof", list{p0, p1}, list{p0}, bindings.RollupProofsHashMismatchErrorID()},
		{"all proofs missing", list{p0}, nil, bindings.RollupProofsHashMismatchErrorID()},
		{"extra proof", list{p0}, list{p0, p1}, bindings.RollupProofsHashMismatchErrorID()},
		{"proofs of an empty batch", nil, list{p0}, bindings.RollupProofsHashMismatchErrorID()},
		{"reordered", list{p0, p1}, list{p1, p0}, bindings.RollupProofsHashMismatchErrorID()},
		{"other circuit, same digest", list{p0}, list{devnet}, bindings.RollupProofsHashMismatchErrorID()},
		{"duplicated", list{p0, p1, p0}, list{p0, p1, p0}, bindings.RollupDuplicateProofErrorID()},
	} {
		t.Run(tt.name, func(t *testing.T) {
			wantRevert(t, submit(0, tt.committed, tt.passed), tt.want)
		})
	}
	bad := list{p0, p1, p2}
	bad[1].Digest = new(big.Int).Add(p1.Digest, big.NewInt(1))
	err = submit(0, bad, bad)
	wantRevert(t, err, bindings.RollupInvalidLossProofErrorID())
	if d, uerr := r.Binding.UnpackInvalidLossProofError(revertData(err)[4:]); uerr != nil || d.ProofIndex.Int64() != 1 {
		t.Fatalf("InvalidLossProof = %+v (%v), want proof index 1", d, uerr)
	}
	if d, uerr := r.Binding.UnpackDuplicateProofError(revertData(submitErr(e, list{p0, p1, p0}))[4:]); uerr != nil || d.ProofIndex.Int64() != 2 {
		t.Fatalf("DuplicateProof = %+v (%v), want proof index 2", d, uerr)
	}

	if err := submit(0, list{p0, p1}, list{p0, p1}); err != nil {
		t.Fatalf("batch 0: %v", err)
	}
	for _, p := range (list{p0, p1, p2}) {
		out := call(e, r.Instance, r.Binding.PackProvenIn(p.Circuit, p.Digest), r.Binding.UnpackProvenIn)
		if want := p.Digest.Cmp(p2.Digest) != 0; out.Proven != want || out.BatchIndex != 0 {
			t.Errorf("provenIn(%v) = %+v, want proven %v in batch 0", p.Digest, out, want)
		}
	}
	// Replayed: the same proof again in batch 1, alone or beside a new one.
	for _, replay := range []list{{p1}, {p2, p0}} {
		err := submit(1, replay, replay)
		wantRevert(t, err, bindings.RollupProofReplayedErrorID())
		d, uerr := r.Binding.UnpackProofReplayedError(revertData(err)[4:])
		if uerr != nil || d.BatchIndex != 0 || d.ProofIndex.Int64() != int64(len(replay)-1) {
			t.Fatalf("ProofReplayed = %+v (%v), want the last proof, verified in batch 0", d, uerr)
		}
	}
	if err := submit(1, list{p2}, list{p2}); err != nil {
		t.Fatalf("batch 1 with a new proof: %v", err)
	}
}

// submitErr submits batch 0 of e committing to and passing proofs, and returns the error.
func submitErr(e *env, proofs []bindings.RollupLossProof) error {
	_, err := e.send(e.sequencer, e.d.Rollup.Instance, packSubmit(e.d.Rollup, chainHeader(e, 0), proofs))
	return err
}

// deployBatchVerifier deploys a BatchLossVerifier of k from a, not through the Rollup.
func deployBatchVerifier(e *env, a account, k *sampledloss.BatchVerifierKey) common.Address {
	e.t.Helper()
	opts := a.opts()
	opts.Context = e.ctx
	addr, tx, err := bind.DeployContract(opts, common.FromHex(bindings.BatchLossVerifierMetaData.Bin), e.chain,
		bindings.NewBatchLossVerifier().PackConstructor(k.Alpha, k.BetaNeg, k.GammaNeg, k.DeltaNeg, k.K, k.PedersenG, k.PedersenSigmaNeg))
	if err != nil {
		e.t.Fatal(err)
	}
	if _, err := bind.WaitDeployed(e.ctx, e.chain, tx.Hash()); err != nil {
		e.t.Fatal(err)
	}
	return addr
}

// TestRegisterVerifier: circuit ids are key hashes, and registration cannot be squatted.
// A chain deployed with the devnet circuit alone refuses proofs of another circuit until
// anyone registers its key; the Rollup then deploys the key's BatchLossVerifier at its
// CREATE2 address, so the id names exactly that key and code. The owner may register a
// verifier of other code under an id that has none; a key registration replaces it while it
// has verified no proof, and nothing replaces a key-deployed or used verifier. A batch mixing
// circuits verifies each proof with its own circuit's verifier.
func TestRegisterVerifier(t *testing.T) {
	_, vk, proofs := batchProofs(t)
	key, err := sampledloss.NewBatchVerifierKey(vk)
	if err != nil {
		t.Fatal(err)
	}
	id := proofs[0].Circuit
	devProof, devDigest := lossProof(t)
	dev := bindings.RollupLossProof{Circuit: devnetCircuit, Proof: devProof, Digest: devDigest}
	e := newEnv(t)
	r := e.d.Rollup
	if got := call(e, r.Instance, r.Binding.PackCircuitIdOf(bindings.RollupVerifyingKey{Alpha: key.Alpha, BetaNeg: key.BetaNeg,
		GammaNeg: key.GammaNeg, DeltaNeg: key.DeltaNeg, K: key.K, PedersenG: key.PedersenG, PedersenSigmaNeg: key.PedersenSigmaNeg}),
		r.Binding.UnpackCircuitIdOf); got != id || deploy.KeyCircuitID(key) != id {
		t.Fatalf("Rollup.circuitIdOf = %x, deploy.KeyCircuitID = %x, l1.CircuitIDOfKey = %x", got, deploy.KeyCircuitID(key), id)
	}
	mixed := []bindings.RollupLossProof{proofs[0], dev, proofs[1]}
	_, err = e.send(e.sequencer, r.Instance, packSubmit(r, chainHeader(e, 0), mixed))
	wantRevert(t, err, bindings.RollupUnknownCircuitErrorID())
	if _, _, err := e.d.CheckVerifier(e.ctx, vk); !errors.Is(err, deploy.ErrNoVerifier) {
		t.Fatalf("CheckVerifier before registration: %v, want ErrNoVerifier", err)
	}

	// Squatting by the owner: a verifier of the right key but other code (not the Rollup's
	// deployment) under the key's id. The node's check refuses it, and anyone's key
	// registration replaces it: it has verified no proof.
	squat := deployBatchVerifier(e, e.alice, key)
	_, err = e.send(e.alice, r.Instance, r.Binding.PackSetVerifier(id, squat))
	wantRevert(t, err, bindings.RollupOwnableUnauthorizedAccountErrorID())
	e.mustSend(e.deployer, r.Instance, r.Binding.PackSetVerifier(id, e.d.LossVerifier.Address))
	if _, _, err := e.d.CheckVerifier(e.ctx, vk); !errors.Is(err, deploy.ErrWrongVerifier) {
		t.Fatalf("CheckVerifier of a squatted id: %v, want ErrWrongVerifier", err)
	}
	_, err = e.send(e.deployer, r.Instance, r.Binding.PackSetVerifier(id, squat))
	wantRevert(t, err, bindings.RollupCircuitRegisteredErrorID())

	gotID, addr, err := deploy.RegisterVerifier(e.ctx, e.chain, e.bob.opts(), e.d, vk) // bob: anyone
	if err != nil {
		t.Fatalf("RegisterVerifier: %v", err)
	}
	if gotID != id || addr != deploy.BatchVerifierAddress(r.Address, key) {
		t.Fatalf("RegisterVerifier = %x, %v; want %x at %v", gotID, addr, id, deploy.BatchVerifierAddress(r.Address, key))
	}
	if _, v, err := e.d.CheckVerifier(e.ctx, vk); err != nil || v.Address != addr || !v.Batch || !v.FromKey {
		t.Fatalf("CheckVerifier = %+v, %v; want %v, batching, from the key", v, err, addr)
	}
	if _, _, err := e.d.CheckVerifier(e.ctx, sampledloss.DevnetVerifyingKey()); err != nil {
		t.Fatalf("CheckVerifier(devnet key): %v", err)
	}
	if _, _, err := deploy.RegisterVerifier(e.ctx, e.chain, e.bob.opts(), e.d, vk); !errors.Is(err, deploy.ErrInvalidConfig) {
		t.Fatalf("second RegisterVerifier: %v, want ErrInvalidConfig", err)
	}
	k := bindings.RollupVerifyingKey{Alpha: key.Alpha, BetaNeg: key.BetaNeg, GammaNeg: key.GammaNeg, DeltaNeg: key.DeltaNeg,
		K: key.K, PedersenG: key.PedersenG, PedersenSigmaNeg: key.PedersenSigmaNeg}
	_, err = e.send(e.alice, r.Instance, r.Binding.PackRegisterVerifier(k))
	wantRevert(t, err, bindings.RollupCircuitRegisteredErrorID())
	_, err = e.send(e.deployer, r.Instance, r.Binding.PackSetVerifier(id, squat))
	wantRevert(t, err, bindings.RollupCircuitRegisteredErrorID())

	rcpt := e.mustSend(e.sequencer, r.Instance, packSubmit(r, chainHeader(e, 0), mixed))
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
	if v, err := e.d.VerifierOf(e.ctx, devnetCircuit); err != nil || !v.Used || v.FromKey {
		t.Fatalf("devnet verifier after a proof: %+v, %v; want used", v, err)
	}

	// A bad proof of the batching circuit is named by its index in the batch.
	bad := []bindings.RollupLossProof{proofs[2], proofs[2]}
	bad[1].Digest = new(big.Int).Add(bad[1].Digest, big.NewInt(1))
	_, err = e.send(e.sequencer, r.Instance, packSubmit(r, chainHeader(e, 1), bad))
	wantRevert(t, err, bindings.RollupInvalidLossProofErrorID())
	if d, uerr := r.Binding.UnpackInvalidLossProofError(revertData(err)[4:]); uerr != nil || d.ProofIndex.Int64() != 1 {
		t.Fatalf("InvalidLossProof = %+v (%v), want proof index 1", d, uerr)
	}
}

// TestUsedVerifierStays: an owner-registered verifier that has verified a proof is never
// replaced, not even by the registration of its circuit's key.
func TestUsedVerifierStays(t *testing.T) {
	_, vk, proofs := batchProofs(t)
	key, err := sampledloss.NewBatchVerifierKey(vk)
	if err != nil {
		t.Fatal(err)
	}
	e := newEnv(t)
	r := e.d.Rollup
	own := deployBatchVerifier(e, e.deployer, key) // the right key, but not the Rollup's deployment
	e.mustSend(e.deployer, r.Instance, r.Binding.PackSetVerifier(proofs[0].Circuit, own))
	e.mustSend(e.sequencer, r.Instance, packSubmit(r, chainHeader(e, 0), proofs[:1]))
	_, _, err = deploy.RegisterVerifier(e.ctx, e.chain, e.bob.opts(), e.d, vk)
	if !errors.Is(err, deploy.ErrInvalidConfig) {
		t.Fatalf("RegisterVerifier over a used verifier: %v, want ErrInvalidConfig", err)
	}
	k := bindings.RollupVerifyingKey{Alpha: key.Alpha, BetaNeg: key.BetaNeg, GammaNeg: key.GammaNeg, DeltaNeg: key.DeltaNeg,
		K: key.K, PedersenG: key.PedersenG, PedersenSigmaNeg: key.PedersenSigmaNeg}
	_, err = e.send(e.bob, r.Instance, r.Binding.PackRegisterVerifier(k))
	wantRevert(t, err, bindings.RollupCircuitRegisteredErrorID())
}

// TestGasTable measures what l1.GasOf and l1.BatchBaseGas budget, on a fresh chain each,
// and fails when a measurement exceeds the table: a batch of n version-2 proofs of one
// circuit (PerCircuit + n PerProof above an empty batch), a version-1 proof through the
// devnet verifier (PerProof), and an empty batch (BatchBaseGas).
func TestGasTable(t *testing.T) {
	params, vk, proofs := batchProofs(t)
	key, err := sampledloss.NewBatchVerifierKey(vk)
	if err != nil {
		t.Fatal(err)
	}
	devProof, devDigest := lossProof(t)
	dev := bindings.RollupLossProof{Circuit: devnetCircuit, Proof: devProof, Digest: devDigest}
	measure := func(ps []bindings.RollupLossProof) (empty, above uint64) {
		e := newEnvWith(t, func(c *deploy.Config) { c.Verifiers = map[string]*sampledloss.BatchVerifierKey{params: key} })
		r := e.d.Rollup
		e.mustSend(e.sequencer, r.Instance, packSubmit(r, chainHeader(e, 0), nil))
		empty = e.mustSend(e.sequencer, r.Instance, packSubmit(r, chainHeader(e, 1), nil)).GasUsed
		return empty, e.mustSend(e.sequencer, r.Instance, packSubmit(r, chainHeader(e, 2), ps)).GasUsed - empty
	}
	empty, v1 := measure([]bindings.RollupLossProof{dev})
	if base := l1.BatchBaseGas(); empty > base {
		t.Errorf("empty batch: %d gas, table %d", empty, base)
	}
	if g := l1.GasOf(l1.VerifierSingle); v1 > g.PerCircuit+g.PerProof {
		t.Errorf("one version-1 proof: %d gas above an empty batch, table %d", v1, g.PerCircuit+g.PerProof)
	}
	g := l1.GasOf(l1.VerifierBatch)
	for n := 1; n <= len(proofs); n++ {
		_, got := measure(proofs[:n])
		if want := g.PerCircuit + uint64(n)*g.PerProof; got > want {
			t.Errorf("%d version-2 proofs: %d gas above an empty batch, table %d", n, got, want)
		}
		t.Logf("%d version-2 proofs: %d gas above an empty batch of %d", n, got, empty)
	}
	t.Logf("one version-1 proof: %d gas above an empty batch", v1)
}
