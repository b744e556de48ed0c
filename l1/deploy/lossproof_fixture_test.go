package deploy_test

import (
	"encoding/json"
	"flag"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
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
	p := sampledloss.DevnetParams()
	keys, err := sampledloss.LoadOrSetup(filepath.Join("..", "..", sampledloss.DevnetKeyDir), p)
	if err != nil {
		t.Fatal(err)
	}
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
	p := keys.Params
	weights := make([]int64, p.Shape.ParamCount())
	for i := range weights {
		weights[i] = fixedpoint.Quantize(rng.Float32()*2 - 1)
	}
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
	losses, err := p.Shape.Losses(weights, examples)
	if err != nil {
		t.Fatal(err)
	}
	trace, err := p.TraceTree(losses)
	if err != nil {
		t.Fatal(err)
	}
	wc, err := p.CommitWeights(weights)
	if err != nil {
		t.Fatal(err)
	}
	dr, tr := data.Root(), trace.Root()
	claim := sampledloss.Claim{
		WeightCommitment: wc.Bytes(), DatasetRoot: dr.Bytes(), N: uint64(n),
		TraceRoot: tr.Hash.Bytes(), ClaimedLossSum: tr.Sum, Trainer: trainer, MLSC: mlsc, Round: round,
	}
	for i := range claim.Seed {
		claim.Seed[i] = byte(rng.Uint32())
	}
	a, err := sampledloss.NewAssignment(p, weights, examples, data, trace, claim)
	if err != nil {
		t.Fatal(err)
	}
	proof, err := keys.Prove(a)
	if err != nil {
		t.Fatal(err)
	}
	return proof, claim.Digest()
}
