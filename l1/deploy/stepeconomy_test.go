package deploy_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/rollup"
)

// TestStepEconomy: use-model (0x10) and claim-earnings (0x11) are re-executed on L1
// (StepEconomy) with the L2 fee. An honest chain of paid use agrees with the Go STF at every
// step and survives every challenge: uses that create and then grow a model's pool and a
// user's use record, a use by the model's creator (its share to its own account), by the fee
// recipient, of a model whose creator is the fee recipient, of a model with no use fee (no
// creator share), and the trainer's claims of its earnings before and after more uses. Every
// rejection of the STF is invalid on L1 too: a wrong nonce, a model unknown, proven but not
// finished, or of an MLSC never proven, a fee other than the model's, a use fee or L2 fee the
// balance cannot pay, a cap below the base fee, a claim by a non-contributor, a second claim
// with nothing owed.
func TestStepEconomy(t *testing.T) {
	feeKey := newKey(t)
	feeTo := crypto.PubkeyToAddress(feeKey.PublicKey)
	e, c := newFaultChain(t, testFees(feeTo))
	u := func(n int64) *uint256.Int { return uint256.MustFromBig(nrn(n)) }
	useFee := uint256.NewInt(3e17 + 7) // splits with remainders: 70 % and the rest
	p, paid := c.completeModel(useFee)
	byFee := modelPlayers{creator: feeKey, trainer: newKey(t), prover: newKey(t)}
	feeModel := c.playModel(byFee, func(s *rollup.MLSCSpec) { s.MaxRounds, s.UseFee = 1, u(1) })
	free := c.playModel(modelPlayers{creator: newKey(t), trainer: newKey(t), prover: newKey(t)},
		func(s *rollup.MLSCSpec) { s.MaxRounds = 1 })
	unfinished := c.playModel(modelPlayers{creator: newKey(t), trainer: newKey(t), prover: newKey(t)},
		func(s *rollup.MLSCSpec) { s.MaxRounds = 50 }) // proven, and far from its last round
	unproven := c.st.Globals().NextMLSC
	c.add(c.sign(p.creator, &rollup.CreateMLSC{Nonce: c.st.Nonce(crypto.PubkeyToAddress(p.creator.PublicKey)), Spec: testSpec(), Bounty: uint256.NewInt(1)}))
	for _, id := range []uint64{paid, feeModel, free} {
		if md, ok := c.st.Model(id); !ok || !md.Done {
			t.Fatalf("MLSC %d has no finished model", id)
		}
	}
	c.settleTraced(nil) // the MLSCs' steps are not re-executed: the differential starts after them

	user, poor := newKey(t), newKey(t)
	uAddr := crypto.PubkeyToAddress(user.PublicKey)
	n := func(a [20]byte) uint64 { return c.st.Nonce(a) }
	cAddr, tAddr := crypto.PubkeyToAddress(p.creator.PublicKey), crypto.PubkeyToAddress(p.trainer.PublicKey)
	c.add(c.deposit(e.alice, uAddr, nrn(5)), c.deposit(e.alice, crypto.PubkeyToAddress(poor.PublicKey), nrn(1)))
	c.add(c.sign(user, &rollup.UseModel{Nonce: 0, MLSC: paid, Fee: useFee}), // a new pool and use record
		c.sign(user, &rollup.UseModel{Nonce: 1, MLSC: paid, Fee: useFee}), // both grow
		c.sign(p.creator, &rollup.UseModel{Nonce: n(cAddr), MLSC: paid, Fee: useFee}),
		c.sign(feeKey, &rollup.UseModel{Nonce: n(feeTo), MLSC: paid, Fee: useFee}),
		c.sign(user, &rollup.UseModel{Nonce: 2, MLSC: feeModel, Fee: u(1)}),
		c.sign(user, &rollup.UseModel{Nonce: 3, MLSC: free, Fee: new(uint256.Int)}),
		c.sign(p.trainer, &rollup.ClaimEarnings{Nonce: n(tAddr), MLSC: paid}),
		c.sign(byFee.trainer, &rollup.ClaimEarnings{Nonce: n(crypto.PubkeyToAddress(byFee.trainer.PublicKey)), MLSC: feeModel}))
	g := c.st.Globals()
	c.add(c.sign(user, &rollup.UseModel{Nonce: 4, MLSC: paid, Fee: useFee}),
		signCap(t, user, &rollup.UseModel{Nonce: 5, MLSC: paid, Fee: useFee}, c.cfg.Fees.NextBaseFee(g.BaseFee, g.BlockUnits)), // capped at the base fee
		c.sign(p.trainer, &rollup.ClaimEarnings{Nonce: n(tAddr), MLSC: paid}))                                                  // what the last uses added
	c.settleTraced(nil)
	if rec, ok := c.st.Use(paid, uAddr); !ok || rec.Uses != 4 {
		t.Fatalf("use record %+v, want 4 uses", rec)
	}
	if got := c.st.Owed(paid, tAddr); !got.IsZero() {
		t.Fatalf("the trainer is still owed %s after its claims", got.Dec())
	}
	gas := c.differentialFrom(1) // batch 0 holds the MLSCs' steps, which L1 does not re-execute
	t.Logf("stepFraud gas: use-model %d, claim-earnings %d", gas[0x10], gas[0x11])

	st := c.stateAt(len(c.blocks))
	sv, svInst, ctx := c.stepVerifier()
	uN := st.Nonce(uAddr)
	under := new(uint256.Int).SubUint64(st.BaseFee(), 1)
	for _, tc := range []struct {
		name string
		tx   *rollup.Tx
		want error
	}{
		{"use, wrong nonce", c.sign(user, &rollup.UseModel{Nonce: uN + 1, MLSC: paid, Fee: useFee}), rollup.ErrNonce},
		{"use, unknown MLSC", c.sign(user, &rollup.UseModel{Nonce: uN, MLSC: 99, Fee: useFee}), rollup.ErrUnknownMLSC},
		{"use, model not finished", c.sign(user, &rollup.UseModel{Nonce: uN, MLSC: unfinished, Fee: new(uint256.Int)}), rollup.ErrNoModel},
		{"use, MLSC never proven", c.sign(user, &rollup.UseModel{Nonce: uN, MLSC: unproven, Fee: new(uint256.Int)}), rollup.ErrNoModel},
		{"use, fee below the model's", c.sign(user, &rollup.UseModel{Nonce: uN, MLSC: paid, Fee: new(uint256.Int).SubUint64(useFee, 1)}), rollup.ErrUseFee},
		{"use, fee above the model's", c.sign(user, &rollup.UseModel{Nonce: uN, MLSC: paid, Fee: new(uint256.Int).AddUint64(useFee, 1)}), rollup.ErrUseFee},
		{"use, the use fee but not with the L2 fee", c.sign(poor, &rollup.UseModel{Nonce: 0, MLSC: feeModel, Fee: u(1)}), rollup.ErrBalance},
		{"use, not even the L2 fee", c.sign(newKey(t), &rollup.UseModel{Nonce: 0, MLSC: free, Fee: new(uint256.Int)}), rollup.ErrFee},
		{"use, cap below the base fee", signCap(t, user, &rollup.UseModel{Nonce: uN, MLSC: paid, Fee: useFee}, under), rollup.ErrFeeCap},
		{"claim, wrong nonce", c.sign(p.trainer, &rollup.ClaimEarnings{Nonce: st.Nonce(tAddr) + 1, MLSC: paid}), rollup.ErrNonce},
		{"claim, nothing owed", c.sign(p.trainer, &rollup.ClaimEarnings{Nonce: st.Nonce(tAddr), MLSC: paid}), rollup.ErrNothingOwed},
		{"claim, not a contributor", c.sign(user, &rollup.ClaimEarnings{Nonce: uN, MLSC: paid}), rollup.ErrNotContributor},
		{"claim, the creator is no contributor", c.sign(p.creator, &rollup.ClaimEarnings{Nonce: st.Nonce(cAddr), MLSC: paid}), rollup.ErrNotContributor},
		{"claim, model not finished", c.sign(user, &rollup.ClaimEarnings{Nonce: uN, MLSC: unfinished}), rollup.ErrNoModel},
		{"claim, unknown MLSC", c.sign(user, &rollup.ClaimEarnings{Nonce: uN, MLSC: 99}), rollup.ErrUnknownMLSC},
		{"claim, cap below the base fee", signCap(t, p.trainer, &rollup.ClaimEarnings{Nonce: st.Nonce(tAddr), MLSC: paid}, under), rollup.ErrFeeCap},
	} {
		if _, err := c.stateAt(len(c.blocks)).ApplyTx(c.cfg, tc.tx, 0); !errors.Is(err, tc.want) {
			t.Fatalf("%s: the STF says %v, want %v", tc.name, err, tc.want)
		}
		w, err := rollup.InvalidStepWitness(c.cfg, st, tc.tx.Encode())
		if err != nil {
			t.Fatal(err)
		}
		if out := call(e, svInst, sv.PackExecute(ctx, st.Root(), tc.tx.Encode(), w), sv.UnpackExecute); out.Valid {
			t.Fatalf("%s: L1 finds the step valid (root %x)", tc.name, out.PostRoot)
		}
	}
}
