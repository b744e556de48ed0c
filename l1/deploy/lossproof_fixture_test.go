package deploy_test

import (
	"crypto/ecdsa"
	"encoding/json"
	"flag"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/merkle"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/lossverify"
	"github.com/neuron-rollup/neuron/rollup"
)

var updateProof = flag.Bool("update-proof", false,
	"regenerate "+lossProofFile+" with circuits/sampledloss and the committed devnet keys (about 30 s)")

const lossProofFile = "testdata/lossproof.json"

// lossProofFixture is a real sampled-loss proof made with the committed devnet keys:
// proving takes tens of seconds, so it is made once and committed.
type lossProofFixture struct {
	Params      string        `json:"params"`
	CircuitHash string        `json:"circuitHash"`
	Digest      hexutil.Bytes `json:"digest"`
	Proof       hexutil.Bytes `json:"proof"`
}

// lossProof returns the committed proof and its digest, after checking natively that they
// are valid under the committed devnet verifying key (so that a key change reads as a stale
// fixture, not as a contract bug).
func lossProof(t *testing.T) ([]byte, *big.Int) {
	t.Helper()
	if *updateProof {
		writeLossProof(t)
	}
	raw, err := os.ReadFile(lossProofFile)
	if err != nil {
		t.Fatal(err)
	}
	var f lossProofFixture
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatalf("%s: %v", lossProofFile, err)
	}
	if len(f.Digest) != 32 {
		t.Fatalf("%s: digest is %d bytes", lossProofFile, len(f.Digest))
	}
	if err := sampledloss.Verify(sampledloss.DevnetVerifyingKey(), f.Proof, [32]byte(f.Digest)); err != nil {
		t.Fatalf("%s (circuit %s) does not verify under the committed devnet key (circuit %s): %v; "+
			"regenerate it: go test ./l1/deploy -run TestLossProof -update-proof",
			lossProofFile, f.CircuitHash, sampledloss.DevnetMeta().CircuitHash, err)
	}
	return f.Proof, new(big.Int).SetBytes(f.Digest)
}

// writeLossProof proves a random but honest claim: random weights in [-1, 1), 200 random
// examples, their true loss trace.
func writeLossProof(t *testing.T) {
	t.Helper()
	keys := devnetKeys(t)
	rng := rand.New(rand.NewPCG(2026, 1))
	proof, digest := honestProof(t, keys, rng, 200, [20]byte{0x4e, 0x52, 0x4e}, 1, 1)
	out, err := json.MarshalIndent(lossProofFixture{
		Params: keys.Meta.Params, CircuitHash: keys.Meta.CircuitHash, Digest: digest[:], Proof: proof,
	}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(lossProofFile), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(lossProofFile, append(out, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}

// honestProof proves a random but honest claim with keys: random weights in [-1, 1),
// n random examples, their true loss trace (trees and commitment of the keys' circuit
// version), and the given trainer, MLSC and round. It returns the proof and the digest.
func honestProof(t *testing.T, keys *sampledloss.Keys, rng *rand.Rand, n int, trainer [20]byte, mlsc, round uint64) ([]byte, [32]byte) {
	t.Helper()
	w := randomWeights(keys.Params, rng)
	set := newLossSet(t, keys.Params, rng, n)
	claim := set.claimOf(w)
	claim.Trainer, claim.MLSC, claim.Round = trainer, mlsc, round
	for i := range claim.Seed {
		claim.Seed[i] = byte(rng.Uint32())
	}
	return set.prove(keys, w, claim), claim.Digest()
}

// devnetKeys loads the committed devnet keys of sampledloss.DevnetParams (proving key
// included: made once, then cached under the key directory).
func devnetKeys(tb testing.TB) *sampledloss.Keys {
	tb.Helper()
	keys, err := sampledloss.LoadOrSetup(filepath.Join("..", "..", sampledloss.DevnetKeyDir), sampledloss.DevnetParams())
	if err != nil {
		tb.Fatal(err)
	}
	return keys
}

// randomWeights draws weights of p's shape from rng, in [-1, 1) quantized.
func randomWeights(p sampledloss.Params, rng *rand.Rand) []int64 {
	w := make([]int64, p.Shape.ParamCount())
	for i := range w {
		w[i] = fixedpoint.Quantize(rng.Float32()*2 - 1)
	}
	return w
}

// lossSet is a random training set of circuit params p with its dataset tree: the shared
// fixture of the loss-proof tests. claimOf gives the claim any weights make on it, prove a
// real proof of such a claim.
type lossSet struct {
	t        *testing.T
	p        sampledloss.Params
	examples []mlp.Example
	data     *merkle.Tree
}

// newLossSet draws n examples of p's shape from rng (quantized random pixels, random
// labels) and builds their dataset tree.
func newLossSet(t *testing.T, p sampledloss.Params, rng *rand.Rand, n int) *lossSet {
	t.Helper()
	examples := make([]mlp.Example, n)
	for i := range examples {
		x := make([]int64, p.Shape.Inputs())
		for j := range x {
			x[j] = fixedpoint.QuantizePixel(uint8(rng.IntN(256)))
		}
		examples[i] = mlp.Example{X: x, Label: rng.IntN(p.Shape.Outputs())}
	}
	data, err := p.DatasetTree(examples)
	if err != nil {
		t.Fatal(err)
	}
	return &lossSet{t: t, p: p, examples: examples, data: data}
}

// root is the set's dataset root.
func (s *lossSet) root() common.Hash {
	r := s.data.Root()
	return r.Bytes()
}

// trace is the loss trace tree of weights w on the set.
func (s *lossSet) trace(w []int64) *merkle.SumTree {
	s.t.Helper()
	losses, err := s.p.Shape.Losses(w, s.examples)
	if err != nil {
		s.t.Fatal(err)
	}
	trace, err := s.p.TraceTree(losses)
	if err != nil {
		s.t.Fatal(err)
	}
	return trace
}

// claimOf is the honest claim of weights w on the set: their commitment, the set's root and
// size, the trace root and loss sum (trainer, seed, MLSC and round left zero).
func (s *lossSet) claimOf(w []int64) sampledloss.Claim {
	s.t.Helper()
	wc, err := s.p.CommitWeights(w)
	if err != nil {
		s.t.Fatal(err)
	}
	tr := s.trace(w).Root()
	return sampledloss.Claim{WeightCommitment: wc.Bytes(), DatasetRoot: s.root(), N: uint64(len(s.examples)),
		TraceRoot: tr.Hash.Bytes(), ClaimedLossSum: tr.Sum}
}

// prove proves claim c of weights w on the set with keys.
func (s *lossSet) prove(keys *sampledloss.Keys, w []int64, c sampledloss.Claim) []byte {
	s.t.Helper()
	a, err := sampledloss.NewAssignment(s.p, w, s.examples, s.data, s.trace(w), c)
	if err != nil {
		s.t.Fatal(err)
	}
	proof, err := keys.Prove(a)
	if err != nil {
		s.t.Fatal(err)
	}
	return proof
}

// specOf sets spec's circuit fields to the set: its sample count, dataset size and root.
func (s *lossSet) specOf(spec *rollup.MLSCSpec) {
	spec.SampleCount, spec.DatasetSize, spec.DatasetRoot = uint32(s.p.K), uint64(len(s.examples)), s.root()
}

// trainerOf is a fresh trainer whose commitment is the honest claim of weights w on the set.
func (s *lossSet) trainerOf(w []int64) *trainer {
	c := s.claimOf(w)
	return &trainer{key: newKey(s.t), weights: c.WeightCommitment, trace: c.TraceRoot, salt: common.Hash{5},
		loss: c.ClaimedLossSum, checkpoint: []byte("ckpt"), traceCIDs: []byte("trace")}
}

// lossKit proves real claims of the devnet circuit over one random training set of 200
// examples (a lossSet with the devnet keys): spec sets an MLSC spec's circuit fields to it,
// weights draws weights, claimOf gives a trainer's commitment values for them and prove
// proves the STF's claim of them.
type lossKit struct {
	set  *lossSet
	keys *sampledloss.Keys
	rng  *rand.Rand
}

func newLossKit(t *testing.T, seed uint64) *lossKit {
	t.Helper()
	keys := devnetKeys(t)
	rng := rand.New(rand.NewPCG(seed, 9))
	return &lossKit{set: newLossSet(t, keys.Params, rng, 200), keys: keys, rng: rng}
}

func (k *lossKit) spec(s *rollup.MLSCSpec)    { k.set.specOf(s) }
func (k *lossKit) weights() []int64           { return randomWeights(k.keys.Params, k.rng) }
func (k *lossKit) claimOf(w []int64) *trainer { return k.set.trainerOf(w) }
func (k *lossKit) prove(c *rollup.Claim, w []int64) []byte {
	return k.set.prove(k.keys, w, lossverify.ClaimOf(c))
}

// provingRound is an MLSC played by playToProof to round 1's proof window.
type provingRound struct {
	id              uint64
	creator, prover *ecdsa.PrivateKey
	revealAt        int // blocks up to and with the reveal's: c.stateAt(revealAt) is in the reveal window
}

// playToProof plays an MLSC of spec on c to round 1's proof window with tr its only revealer:
// the creator, tr and a prover funded (10, 10 and 1 NRN), tr staked (1 NRN), the MLSC created
// (bounty 3 NRN), tr's commitment, then its reveal.
func playToProof(t *testing.T, e *env, c *faultChain, spec rollup.MLSCSpec, tr *trainer) provingRound {
	t.Helper()
	r := provingRound{creator: newKey(t), prover: newKey(t)}
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addrOf(k)) }
	c.add(c.deposit(e.alice, addrOf(r.creator), nrn(10)), c.deposit(e.alice, tr.addr(), nrn(10)), c.deposit(e.alice, addrOf(r.prover), nrn(1)))
	r.id = c.st.Globals().NextMLSC
	c.add(c.sign(tr.key, &rollup.Stake{Nonce: nonce(tr.key), Amount: uint256.MustFromBig(nrn(1))}),
		c.sign(r.creator, &rollup.CreateMLSC{Nonce: nonce(r.creator), Spec: spec, Bounty: uint256.MustFromBig(nrn(3))}))
	c.add(c.sign(tr.key, &rollup.Commit{Nonce: nonce(tr.key), MLSC: r.id, Round: 1, Commitment: tr.commitment(r.id, 1)}))
	c.untilPhase(r.id, rollup.PhaseReveal)
	c.add(c.sign(tr.key, tr.reveal(nonce(tr.key), r.id, 1)))
	r.revealAt = len(c.blocks)
	c.untilPhase(r.id, rollup.PhaseProof)
	return r
}
