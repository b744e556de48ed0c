package deploy_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/lossverify"
	"github.com/neuron-rollup/neuron/rollup"
)

// TestStepLossProof: L1 (StepMLSC.runLossProof) decides whether a loss proof (0x09) is
// rejected as applyLossProof does, with a real Groth16 proof of the devnet circuit for a
// round the Go STF played: the claim from the MLSC and round records, its digest (Poseidon2
// on L1), the circuit from LossCircuits and the Rollup's verifier for it. The honest proof,
// bare and forced, reverts Unsupported (its effects are not re-executed yet), also when the
// challenger starves the verifier of gas; every rejection (a tampered, truncated or
// missing proof, wrong nonce, round, phase or MLSC, a zero reward address spelled out) is invalid on L1 too.
func TestStepLossProof(t *testing.T) {
	e, c := newRoundsChain(t, rollup.FeeRule{}, uint256.NewInt(1))
	c.cfg.Verifier = testVerifier() // the chain's keys: real proofs of the devnet circuit
	p := sampledloss.DevnetParams()
	keys, err := sampledloss.LoadOrSetup(filepath.Join("..", "..", sampledloss.DevnetKeyDir), p)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(14, 9))
	weights := make([]int64, p.Shape.ParamCount())
	for i := range weights {
		weights[i] = fixedpoint.Quantize(rng.Float32()*2 - 1)
	}
	examples := make([]mlp.Example, 200)
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

	creator, prover := newKey(t), newKey(t)
	dr, troot := data.Root(), trace.Root()
	tr := &trainer{key: newKey(t), weights: wc.Bytes(), trace: troot.Hash.Bytes(), salt: common.Hash{5},
		loss: troot.Sum, checkpoint: []byte("ckpt"), traceCIDs: []byte("trace")}
	addr := func(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addr(k)) }
	c.add(c.deposit(e.alice, addr(creator), nrn(10)), c.deposit(e.alice, tr.addr(), nrn(10)), c.deposit(e.alice, addr(prover), nrn(1)))
	spec := testSpec()
	spec.SampleCount, spec.DatasetSize, spec.DatasetRoot = uint32(p.K), uint64(len(examples)), dr.Bytes()
	spec.CommitBlocks, spec.RevealBlocks, spec.ProofBlocks = 2, 2, 6
	id := c.st.Globals().NextMLSC
	c.add(c.sign(tr.key, &rollup.Stake{Nonce: nonce(tr.key), Amount: uint256.MustFromBig(nrn(1))}),
		c.sign(creator, &rollup.CreateMLSC{Nonce: nonce(creator), Spec: spec, Bounty: uint256.MustFromBig(nrn(3))}))
	c.add(c.sign(tr.key, &rollup.Commit{Nonce: nonce(tr.key), MLSC: id, Round: 1, Commitment: tr.commitment(id, 1)}))
	c.untilPhase(id, rollup.PhaseReveal)
	c.add(c.sign(tr.key, tr.reveal(nonce(tr.key), id, 1)))
	revealAt := len(c.blocks)
	c.untilPhase(id, rollup.PhaseProof)
	claim, err := c.st.ClaimOf(id, 1)
	if err != nil {
		t.Fatal(err)
	}
	a, err := sampledloss.NewAssignment(p, weights, examples, data, trace, lossverify.ClaimOf(claim))
	if err != nil {
		t.Fatal(err)
	}
	proof, err := keys.Prove(a)
	if err != nil {
		t.Fatal(err)
	}

	sv, svInst, ctx := c.stepVerifier()
	at := len(c.blocks)
	st := func(n int) *rollup.State { return c.stateAt(n) }
	execute := func(s *rollup.State, input []byte, gas uint64) ([]byte, error) {
		w, err := rollup.InvalidStepWitness(c.cfg, s, input)
		if err != nil {
			t.Fatal(err)
		}
		to := svInst.Address()
		return e.chain.CallContract(context.Background(), ethereum.CallMsg{To: &to, Gas: gas, Data: sv.PackExecute(ctx, s.Root(), input, w)}, nil)
	}
	lp := func(n uint64, mlsc, round uint64, pr []byte) *rollup.Tx {
		return c.sign(prover, &rollup.LossProof{Nonce: n, MLSC: mlsc, Round: round, Proof: pr})
	}
	pn := nonce(prover)

	// The honest proof applies in Go and on L1, to the same root; with too little gas for the
	// verifier L1 reverts (VerifierOutOfGas or out of gas), never "invalid".
	honest := lp(pn, id, 1, proof)
	post := st(at)
	if _, err := post.ApplyTx(c.cfg, honest, 0); err != nil {
		t.Fatalf("the honest proof: %v", err)
	}
	if _, _, err := post.Commit(); err != nil {
		t.Fatal(err)
	}
	starved := 0
	for gas := uint64(300_000); gas <= 3_000_000; gas += 100_000 {
		out, err := execute(st(at), honest.Encode(), gas)
		if err == nil {
			if res, _ := sv.UnpackExecute(out); !res.Valid {
				t.Fatalf("with %d gas L1 finds the honest proof invalid", gas)
			}
			continue
		}
		if revertID(err) == [4]byte(bindings.StepMLSCVerifierOutOfGasErrorID().Bytes()[:4]) {
			starved++
		}
	}
	t.Logf("gas sweep: %d limits stopped by VerifierOutOfGas", starved)

	other := append([]byte(nil), proof...)
	other[100] ^= 1
	bad := map[string]struct {
		tx   *rollup.Tx
		at   int
		want error
	}{
		"tampered proof":  {lp(pn, id, 1, other), at, rollup.ErrBadProof},
		"truncated proof": {lp(pn, id, 1, proof[:255]), at, rollup.ErrBadProof},
		"no proof":        {lp(pn, id, 1, nil), at, rollup.ErrBadProof},
		"wrong nonce":     {lp(pn+1, id, 1, proof), at, rollup.ErrNonce},
		"wrong round":     {lp(pn, id, 2, proof), at, rollup.ErrWrongRound},
		"unknown MLSC":    {lp(pn, id+1, 1, proof), at, rollup.ErrUnknownMLSC},
		"reveal phase":    {lp(pn, id, 1, proof), revealAt, rollup.ErrWrongPhase},
	}
	for name, tc := range bad {
		if _, err := st(tc.at).ApplyTx(c.cfg, tc.tx, 0); !errors.Is(err, tc.want) {
			t.Fatalf("%s: the STF says %v, want %v", name, err, tc.want)
		}
		out, err := execute(st(tc.at), tc.tx.Encode(), 0)
		if err != nil {
			t.Fatalf("%s: L1 reverts: %v", name, err)
		}
		if res, _ := sv.UnpackExecute(out); res.Valid {
			t.Fatalf("%s: L1 finds the step valid", name)
		}
	}
	// A zero reward address spelled out: DecodeTx refuses it, and so does L1.
	raw := rawSigned(t, prover, 0x09, mustRLP(t, []any{pn, id, uint64(1), proof, common.Address{}}))
	if _, err := rollup.DecodeTx(raw); !errors.Is(err, rollup.ErrTxEncoding) {
		t.Fatalf("zero reward address: DecodeTx %v", err)
	}
	if out, err := execute(st(at), raw, 0); err != nil {
		t.Fatalf("zero reward address: L1 reverts: %v", err)
	} else if res, _ := sv.UnpackExecute(out); res.Valid {
		t.Fatal("zero reward address: L1 finds the step valid")
	}

	// A forced entry whose loss proof is rejected is consumed: the STF and L1 agree on the root.
	fb, _ := c.force(e.bob, lp(pn, id, 1, other).Encode())
	c.add(fb)
	c.settleTraced(nil)
	gas := c.differentialFrom(len(c.batches) - 1)
	t.Logf("stepFraud gas: a forced rejected loss proof %d", gas[0x09])
	if gas[0x09] == 0 {
		t.Fatalf("no loss proof decided: %v", gas)
	}
	// The honest proof, forced (the prover's share to the forcing account's L2 sender, no
	// RewardTo): applied on L1 as in Go, and the block starts after it, which release the
	// claims and open round 2, re-executed to the same roots.
	f, _ := c.force(e.bob, honest.Encode())
	c.add(f)
	c.untilPhase(id, rollup.PhaseCommit)
	if r, _ := c.st.Round(id, 1); !r.Proven {
		t.Fatal("round 1 is not proven")
	}
	c.settleTraced(nil)
	gas = c.differentialFrom(len(c.batches) - 1)
	t.Logf("stepFraud gas: an applied forced loss proof %d, block starts %d", gas[0x09], gas[0x00])
	_ = at
}

func mustRLP(t *testing.T, v any) []byte {
	t.Helper()
	b, err := rlp.EncodeToBytes(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
