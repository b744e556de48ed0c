package deploy_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/chainfile"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/lossverify"
	"github.com/neuron-rollup/neuron/rollup"
)

// TestStepLossProof: L1 (StepMLSC.runLossProof) decides whether a loss proof (0x09) is
// rejected as applyLossProof does, with a real Groth16 proof of the devnet circuit for a
// round the Go STF played: the claim from the MLSC and round records, its digest (Poseidon2
// on L1), the circuit from LossCircuits and the Rollup's verifier for it. The honest proof,
// bare and forced, applies on L1 to the Go STF's root (StepProofs), and the block starts after
// it release the claims and open the next round; a challenger that starves the verifier of gas
// gets a revert, never "invalid"; every rejection (a tampered, truncated or
// missing proof, wrong nonce, round, phase or MLSC, a zero reward address spelled out) is invalid on L1 too.
func TestStepLossProof(t *testing.T) {
	e, c := newRoundsChain(t, rollup.FeeRule{}, uint256.NewInt(1))
	c.cfg.Verifier = testVerifier() // the chain's keys: real proofs of the devnet circuit
	keys := devnetKeys(t)
	rng := rand.New(rand.NewPCG(14, 9))
	weights := randomWeights(keys.Params, rng)
	set := newLossSet(t, keys.Params, rng, 200)
	spec := testSpec()
	set.specOf(&spec)
	spec.CommitBlocks, spec.RevealBlocks, spec.ProofBlocks = 2, 2, 6
	r := playToProof(t, e, c, spec, set.trainerOf(weights))
	id, prover := r.id, r.prover
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addrOf(k)) }
	claim, err := c.st.ClaimOf(id, 1)
	if err != nil {
		t.Fatal(err)
	}
	proof := set.prove(keys, weights, lossverify.ClaimOf(claim))

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
		"reveal phase":    {lp(pn, id, 1, proof), r.revealAt, rollup.ErrWrongPhase},
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

// TestStepLossProofRounds: applied loss proofs re-executed on L1 (StepProofs) over a whole
// MLSC, with the prover's share on (10 %) and off: round 1 of 3 (a middle round, three
// revealers whose claims the block starts after the proof release two at a time, a bare proof
// paying its sender), then round 2 (a bare proof paying its RewardTo, whose claim reaches the
// target loss: the block starts after it complete the MLSC with its completion message and
// the escrow left refunded to the creator). L1 equals the Go STF at every step (root and
// message tree) and no challenge of it succeeds.
func TestStepLossProofRounds(t *testing.T) {
	for _, bps := range []uint64{0, testProverBps} {
		t.Run(fmt.Sprintf("prover %d bps", bps), func(t *testing.T) {
			e, l := newExitEnv(t, func(cfg *deploy.Config) {
				cfg.SequencerBond = big.NewInt(testBond)
				cfg.MinStake = big.NewInt(1)
				cfg.Reward.ProverBps = bps
			})
			l.cfg.ProverBps = bps
			postBond(e, e.sequencer, big.NewInt(testBond))
			c := &faultChain{l2: l}
			c.cfg.Verifier = testVerifier()
			kit := newLossKit(t, 14)
			w1, w2 := kit.weights(), kit.weights()
			t1, t2 := kit.claimOf(w1), kit.claimOf(w2)
			if t1.loss < t2.loss {
				w1, w2, t1, t2 = w2, w1, t2, t1
			}
			if t1.loss == t2.loss {
				t.Fatal("both weights have the same loss")
			}
			// Two more revealers in round 1 with worse claims, never proven.
			rivals := []*trainer{{key: newKey(t), weights: common.Hash{1}, trace: common.Hash{2}, salt: common.Hash{3}, loss: t1.loss + 100,
				checkpoint: []byte("r1"), traceCIDs: []byte("t")},
				{key: newKey(t), weights: common.Hash{4}, trace: common.Hash{2}, salt: common.Hash{3}, loss: t1.loss + 200,
					checkpoint: []byte("r2"), traceCIDs: []byte("t")}}
			creator, prover := newKey(t), newKey(t)
			payee := common.Address{0xbe, 0xef}
			addr := func(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
			nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addr(k)) }
			all := append([]*trainer{t1, t2}, rivals...)
			deps := []*rollup.Tx{c.deposit(e.alice, addr(creator), nrn(10)), c.deposit(e.alice, addr(prover), nrn(1))}
			for _, tr := range all {
				deps = append(deps, c.deposit(e.alice, tr.addr(), nrn(2)))
			}
			c.add(deps...)
			var stakes []*rollup.Tx
			for _, tr := range all {
				stakes = append(stakes, c.sign(tr.key, &rollup.Stake{Nonce: nonce(tr.key), Amount: uint256.MustFromBig(nrn(1))}))
			}
			spec := testSpec()
			kit.spec(&spec)
			spec.CommitBlocks, spec.RevealBlocks, spec.ProofBlocks = 2, 2, 8
			spec.MaxRounds, spec.TargetLoss = 3, t2.loss
			id := c.st.Globals().NextMLSC
			c.add(append(stakes, c.sign(creator, &rollup.CreateMLSC{Nonce: nonce(creator), Spec: spec, Bounty: uint256.MustFromBig(nrn(3))}))...)
			c.settleTraced(nil)
			first := len(c.batches)

			round := func(r uint64, trs []*trainer, w []int64, rewardTo common.Address) {
				t.Helper()
				var txs []*rollup.Tx
				for _, tr := range trs {
					txs = append(txs, c.sign(tr.key, &rollup.Commit{Nonce: nonce(tr.key), MLSC: id, Round: r, Commitment: tr.commitment(id, r)}))
				}
				c.add(txs...)
				c.untilPhase(id, rollup.PhaseReveal)
				txs = nil
				for _, tr := range trs {
					txs = append(txs, c.sign(tr.key, tr.reveal(nonce(tr.key), id, r)))
				}
				c.add(txs...)
				c.untilPhase(id, rollup.PhaseProof)
				claim, err := c.st.ClaimOf(id, r)
				if err != nil {
					t.Fatal(err)
				}
				if claim.Trainer != trs[0].addr() {
					t.Fatalf("round %d: the best claim is %s's", r, claim.Trainer)
				}
				c.add(c.sign(prover, &rollup.LossProof{Nonce: nonce(prover), MLSC: id, Round: r, Proof: kit.prove(claim, w), RewardTo: rewardTo}))
				if rd, _ := c.st.Round(id, r); !rd.Proven {
					t.Fatalf("round %d: the proof did not apply", r)
				}
				c.settleRound(id, r)
			}
			round(1, append([]*trainer{t1}, rivals...), w1, common.Address{})
			if m, _ := c.st.MLSC(id); m.Round != 2 || m.Phase != rollup.PhaseCommit {
				t.Fatalf("after round 1: round %d %s", m.Round, m.Phase)
			}
			creatorBefore := c.st.Account(addr(creator)).Balance.Clone()
			round(2, []*trainer{t2}, w2, payee)
			m, _ := c.st.MLSC(id)
			md, _ := c.st.Model(id)
			if m.Phase != rollup.PhaseDone || !md.Done || md.Message == 0 || md.TrainerWeight != 2 || len(md.Contributors) != 2 {
				t.Fatalf("after round 2: MLSC %s, model %+v", m.Phase, md)
			}
			if !creatorBefore.Lt(c.st.Account(addr(creator)).Balance) {
				t.Fatal("the creator got no refund of the escrow left")
			}
			if got := c.st.Account(payee).Balance; got.IsZero() != (bps == 0) {
				t.Fatalf("RewardTo got %v with a prover share of %d bps", got, bps)
			}
			c.settleWithMessages(nil)
			gas := c.differentialFrom(first)
			t.Logf("stepFraud gas: an applied loss proof %d, block starts %d", gas[0x09], gas[0x00])
		})
	}
}

// TestStepLossProofLies: a sequencer that lies about an applied loss proof's effects is
// removed by one challengeStep of the proof's step (the step before it refuses NoFraud): a
// reward credited to the trainer that is one wei more than the STF's, a round left unproven
// (the MLSC could be proven twice), or a completion message it made up at the proof (a
// model NFT for anyone).
func TestStepLossProofLies(t *testing.T) {
	forged := crypto.Keccak256Hash([]byte("a model NFT for the sequencer"))
	for _, tc := range []struct {
		name string
		lie  func(t *testing.T, post *rollup.State, trainer common.Address, id uint64)
		msg  bool
	}{
		{"reward one wei more", func(t *testing.T, post *rollup.State, trainer common.Address, _ uint64) {
			a := post.Account(trainer)
			a.Balance = new(uint256.Int).AddUint64(a.Balance, 1)
			load(t, post, rollup.AccountKey(trainer), &a)
		}, false},
		{"round left unproven", func(t *testing.T, post *rollup.State, _ common.Address, id uint64) {
			r, _ := post.Round(id, 1)
			r.Proven = false
			load(t, post, rollup.RoundKey(id, 1), &r)
		}, false},
		{"forged completion message", nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, c := newRoundsChain(t, rollup.FeeRule{}, uint256.NewInt(1))
			c.cfg.Verifier = testVerifier()
			kit := newLossKit(t, 15)
			w := kit.weights()
			tr := kit.claimOf(w)
			spec := testSpec()
			kit.spec(&spec)
			spec.CommitBlocks, spec.RevealBlocks, spec.ProofBlocks, spec.MaxRounds = 2, 2, 6, 1
			pr := playToProof(t, e, c, spec, tr)
			id, prover := pr.id, pr.prover
			nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addrOf(k)) }
			c.settleTraced(nil)
			claim, err := c.st.ClaimOf(id, 1)
			if err != nil {
				t.Fatal(err)
			}
			start := len(c.blocks)
			c.add(c.sign(prover, &rollup.LossProof{Nonce: nonce(prover), MLSC: id, Round: 1, Proof: kit.prove(claim, w),
				RewardTo: common.Address{0xbe, 0xef}}))
			c.settleRound(id, 1)
			const k = 1 // the proof's step: after its block's start
			b := c.settleWithMessages(func(leaves []rollup.StepLeaf) {
				if tc.msg {
					for i := k; i < len(leaves); i++ {
						leaves[i].Messages = leaves[k-1].Messages.Append(forged)
					}
					return
				}
				post := c.stateAt(start + 1)
				tc.lie(t, post, tr.addr(), id)
				root, _, err := post.Commit()
				if err != nil || root == leaves[k].Root {
					t.Fatalf("the lie changes nothing: %x %v", root, err)
				}
				leaves[k].Root = root
			})
			if b.inputs[k][0] != 0x09 {
				t.Fatalf("step %d is a %x", k, b.inputs[k][0])
			}
			r := e.d.Rollup
			_, err = e.send(e.bob, r.Instance, r.Binding.PackChallengeStep(b.record, c.stepChallenge(b, k-1, c.trace(b.first, b.last, k-1).Witness())))
			wantRevert(t, err, bindings.RollupNoFraudErrorID())
			rcpt := e.mustSend(e.bob, r.Instance, r.Binding.PackChallengeStep(b.record, c.stepChallenge(b, k, c.trace(b.first, b.last, k).Witness())))
			t.Logf("challenge of the lying loss proof: %d gas", rcpt.GasUsed)
			if n := call(e, r.Instance, r.Binding.PackBatchCount(), r.Binding.UnpackBatchCount); n != b.header.Index {
				t.Fatalf("batch count %d after the challenge, want %d", n, b.header.Index)
			}
		})
	}
}

// TestStepLossProofNoVerifier: a loss proof of a circuit in L1's table (LossCircuits) that has
// no verifier on the Rollup is not valid on L1 (StepMLSC._verify), as an invalid proof. The
// chain's key set has the circuit, so the Go STF applies a valid proof of it; but a batch that
// lists it (ProofsHash) is refused (UnknownCircuit), so only a batch that hides an applied proof
// can carry one: that lie is removed by one challengeStep. A tampered proof, rejected by the
// Go STF, is rejected on L1 too, bare and forced (NoFraud on the honest batch that consumes it).
func TestStepLossProofNoVerifier(t *testing.T) {
	e, l := newExitEnv(t, func(cfg *deploy.Config) {
		cfg.Devnet = false // testCircuits' table and no verifier at all
		cfg.SequencerBond = big.NewInt(testBond)
		cfg.Fees = chainfile.DeployFees(rollup.FeeRule{})
		cfg.MinStake = big.NewInt(1) // newExitEnv's L2 MinStake
	})
	postBond(e, e.sequencer, big.NewInt(testBond))
	c := &faultChain{l2: l}
	c.cfg.Verifier = testVerifier()
	kit := newLossKit(t, 17)
	spec := testSpec()
	kit.spec(&spec)
	spec.CommitBlocks, spec.RevealBlocks, spec.ProofBlocks, spec.MaxRounds = 2, 2, 6, 1
	lc := e.d.LossCircuits
	circuit := call(e, lc.Instance, lc.Binding.PackCircuitFor(spec.Layers, spec.Loss, spec.SampleCount, spec.DatasetSize), lc.Binding.UnpackCircuitFor)
	r := e.d.Rollup
	if circuit == [32]byte{} {
		t.Fatal("the spec's circuit is not in L1's table")
	}
	if v := call(e, r.Instance, r.Binding.PackVerifierOf(circuit), r.Binding.UnpackVerifierOf); v.Verifier != (common.Address{}) {
		t.Fatalf("circuit %x has verifier %v", circuit, v.Verifier)
	}

	w := kit.weights()
	pr := playToProof(t, e, c, spec, kit.claimOf(w))
	id, prover := pr.id, pr.prover
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addrOf(k)) }
	c.settleWithMessages(nil)
	claim, err := c.st.ClaimOf(id, 1)
	if err != nil {
		t.Fatal(err)
	}
	proof := kit.prove(claim, w)
	tampered := append([]byte(nil), proof...)
	tampered[100] ^= 1
	lp := func(pr []byte) *rollup.Tx {
		return c.sign(prover, &rollup.LossProof{Nonce: nonce(prover), MLSC: id, Round: 1, Proof: pr})
	}

	// The tampered proof: the Go STF rejects it, and L1 finds it invalid (no revert), bare ...
	if _, err := c.stateAt(len(c.blocks)).ApplyTx(c.cfg, lp(tampered), 0); !errors.Is(err, rollup.ErrBadProof) {
		t.Fatalf("the tampered proof: the STF says %v, want ErrBadProof", err)
	}
	sv, svInst, ctx := c.stepVerifier()
	pre := c.stateAt(len(c.blocks))
	wit, err := rollup.InvalidStepWitness(c.cfg, pre, lp(tampered).Encode())
	if err != nil {
		t.Fatal(err)
	}
	if out := call(e, svInst, sv.PackExecute(ctx, pre.Root(), lp(tampered).Encode(), wit), sv.UnpackExecute); out.Valid {
		t.Fatal("L1 finds the tampered proof valid")
	}
	// ... and forced: the honest batch that consumes it stands (L1 = Go STF at every step).
	f, _ := c.force(e.bob, lp(tampered).Encode())
	c.add(f)
	c.settleWithMessages(nil)
	c.differentialFrom(len(c.batches) - 1)

	// The valid proof applies in Go; a batch that applies it without listing it is removed.
	c.add(lp(proof))
	if rd, _ := c.st.Round(id, 1); !rd.Proven {
		t.Fatal("the valid proof did not apply in Go")
	}
	b := c.settleWithMessages(nil)
	const k = 1 // the proof, after its block's start
	if b.inputs[k][0] != 0x09 {
		t.Fatalf("step %d is a %x", k, b.inputs[k][0])
	}
	_, err = e.send(e.bob, r.Instance, r.Binding.PackChallengeStep(b.record, c.stepChallenge(b, k-1, c.trace(b.first, b.last, k-1).Witness())))
	wantRevert(t, err, bindings.RollupNoFraudErrorID())
	e.mustSend(e.bob, r.Instance, r.Binding.PackChallengeStep(b.record, c.stepChallenge(b, k, c.trace(b.first, b.last, k).Witness())))
	if n := call(e, r.Instance, r.Binding.PackBatchCount(), r.Binding.UnpackBatchCount); n != b.header.Index {
		t.Fatalf("batch count %d after the challenge, want %d", n, b.header.Index)
	}
}

// TestStepLossProofFullRound measures the costliest applied loss proof: the best of a full
// round (rollup.MaxRoundCommits = 64 reveals, every CID 128 bytes, so the round record StepMLSC
// reads and StepProofs rewrites is the largest), with the fee market on and a RewardTo (three
// accounts). L1 gives the Go STF's root and refuses a challenge of it (NoFraud).
func TestStepLossProofFullRound(t *testing.T) {
	if testing.Short() {
		t.Skip("a full round: slow")
	}
	minStake := uint256.MustFromBig(nrn(1))
	e, c := newRoundsChain(t, testFees(crypto.PubkeyToAddress(newKey(t).PublicKey)), minStake)
	c.cfg.Verifier = testVerifier()
	kit := newLossKit(t, 16)
	w, crowd := fullRoundCrowd(t, kit)
	best := crowd[0]
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addrOf(k)) }
	creator, prover, funder := newKey(t), newKey(t), newKey(t)
	c.add(c.deposit(e.alice, addrOf(funder), nrn(300)), c.deposit(e.alice, addrOf(creator), nrn(10)), c.deposit(e.alice, addrOf(prover), nrn(1)))
	var txs []*rollup.Tx
	for i, tr := range crowd {
		txs = append(txs, c.sign(funder, &rollup.Transfer{Nonce: uint64(i), To: tr.addr(), Amount: uint256.MustFromBig(nrn(3))}))
	}
	c.add(txs...)
	spec := testSpec()
	kit.spec(&spec)
	spec.CommitBlocks, spec.RevealBlocks, spec.ProofBlocks, spec.MaxRounds = 3, 3, 4, 2
	id := c.st.Globals().NextMLSC
	txs = []*rollup.Tx{c.sign(creator, &rollup.CreateMLSC{Nonce: nonce(creator), Spec: spec, Bounty: uint256.MustFromBig(nrn(2))})}
	for _, tr := range crowd {
		txs = append(txs, c.sign(tr.key, &rollup.Stake{Nonce: nonce(tr.key), Amount: minStake}))
	}
	c.add(txs...)
	txs = nil
	for _, tr := range crowd {
		txs = append(txs, c.sign(tr.key, &rollup.Commit{Nonce: nonce(tr.key), MLSC: id, Round: 1, Commitment: tr.commitment(id, 1)}))
	}
	c.add(txs...)
	c.untilPhase(id, rollup.PhaseReveal)
	txs = nil
	for _, tr := range crowd {
		txs = append(txs, c.sign(tr.key, tr.reveal(nonce(tr.key), id, 1)))
	}
	c.add(txs...)
	c.untilPhase(id, rollup.PhaseProof)
	c.settleWithMessages(nil)
	claim, err := c.st.ClaimOf(id, 1)
	if err != nil || claim.Trainer != best.addr() {
		t.Fatalf("claim %+v: %v", claim, err)
	}
	c.add(c.sign(prover, &rollup.LossProof{Nonce: nonce(prover), MLSC: id, Round: 1, Proof: kit.prove(claim, w), RewardTo: common.Address{0xbe, 0xef}}))
	if r, _ := c.st.Round(id, 1); !r.Proven || len(r.Reveals) != rollup.MaxRoundCommits {
		t.Fatalf("round: proven %v, %d reveals", r.Proven, len(r.Reveals))
	}
	b := c.settleWithMessages(nil)
	const k = 1 // the proof, after its block's start
	sv, svInst, ctx := c.stepVerifier()
	w1 := c.trace(b.first, b.last, k).Witness()
	out := call(e, svInst, sv.PackExecute(ctx, b.leaves[k-1].Root, b.inputs[k], w1), sv.UnpackExecute)
	if !out.Valid || common.Hash(out.PostRoot) != b.leaves[k].Root {
		t.Fatalf("L1 valid=%v root %x, Go STF root %x", out.Valid, out.PostRoot, b.leaves[k].Root)
	}
	r := e.d.Rollup
	_, err = e.send(e.bob, r.Instance, r.Binding.PackChallengeStep(b.record, c.stepChallenge(b, k, w1)))
	wantRevert(t, err, bindings.RollupNoFraudErrorID())
	gas := c.stepGas(b, k)
	t.Logf("stepFraud gas of the proof of a full round (64 reveals, 128-byte CIDs): %d (%d %% of the cap)", gas, gas*100/16_777_216)
}

// load writes record v at key of s (a lie's state).
func load(t *testing.T, s *rollup.State, key []byte, v any) {
	t.Helper()
	raw, err := rlp.EncodeToBytes(v)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.LoadEntry(key, raw); err != nil {
		t.Fatal(err)
	}
}

func mustRLP(t *testing.T, v any) []byte {
	t.Helper()
	b, err := rlp.EncodeToBytes(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// fullRoundCrowd is a full round's trainers (rollup.MaxRoundCommits, every CID
// rollup.MaxCIDLen bytes, so the round record is the largest): the first, the best, trains
// kit's weights w (its claim provable with kit); the others claim higher losses.
func fullRoundCrowd(t *testing.T, kit *lossKit) (w []int64, crowd []*trainer) {
	t.Helper()
	w = kit.weights()
	best := kit.claimOf(w)
	best.checkpoint, best.traceCIDs = bytes.Repeat([]byte{'c'}, rollup.MaxCIDLen), bytes.Repeat([]byte{'t'}, rollup.MaxCIDLen)
	crowd = []*trainer{best}
	for i := 1; i < rollup.MaxRoundCommits; i++ {
		crowd = append(crowd, &trainer{key: newKey(t), weights: crypto.Keccak256Hash([]byte("full round"), []byte{byte(i)}),
			trace: crypto.Keccak256Hash([]byte{byte(i)}), salt: common.Hash{byte(i)}, loss: best.loss + uint64(i),
			checkpoint: bytes.Repeat([]byte{'c'}, rollup.MaxCIDLen), traceCIDs: bytes.Repeat([]byte{'t'}, rollup.MaxCIDLen)})
	}
	return w, crowd
}
