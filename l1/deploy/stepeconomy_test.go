package deploy_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/l1/bindings"
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

// TestStepEconomyForced: use-model and claim-earnings inside forced entries (0x0a) are
// re-executed on L1 as the Go STF applies them (applyForced), with the L2 fee on: valid uses
// (by a user, twice, by the model's creator, by the fee recipient, of a model whose creator is
// the fee recipient) and a claim apply; every rejection (wrong nonce, unknown MLSC, model not
// finished, a fee off by one either way, a use fee or L2 fee the balance cannot pay, a cap below
// the base fee, nothing owed, not a contributor) consumes the entry with the fee refunded and
// what it read spent. L1 agrees with the Go STF's root at every step and refuses every
// challenge of the honest batch (NoFraud); a batch whose forced use has a wrong root is removed
// by one challengeStep.
func TestStepEconomyForced(t *testing.T) {
	feeKey := newKey(t)
	feeTo := crypto.PubkeyToAddress(feeKey.PublicKey)
	e, c := newFaultChain(t, testFees(feeTo))
	u := func(n int64) *uint256.Int { return uint256.MustFromBig(nrn(n)) }
	useFee := uint256.NewInt(3e17 + 7)
	p, paid := c.completeModel(useFee)
	byFee := modelPlayers{creator: feeKey, trainer: newKey(t), prover: newKey(t)}
	feeModel := c.playModel(byFee, func(s *rollup.MLSCSpec) { s.MaxRounds, s.UseFee = 1, u(1) })
	unfinished := c.playModel(modelPlayers{creator: newKey(t), trainer: newKey(t), prover: newKey(t)},
		func(s *rollup.MLSCSpec) { s.MaxRounds = 50 })
	user, poor := newKey(t), newKey(t)
	uAddr := crypto.PubkeyToAddress(user.PublicKey)
	c.add(c.deposit(e.alice, uAddr, nrn(5)), c.deposit(e.alice, crypto.PubkeyToAddress(poor.PublicKey), nrn(1)))
	c.settleTraced(nil) // the MLSCs' steps are not re-executed: the differential starts after them

	cAddr, tAddr := crypto.PubkeyToAddress(p.creator.PublicKey), crypto.PubkeyToAddress(p.trainer.PublicKey)
	n := func(a [20]byte) uint64 { return c.st.Nonce(a) }
	g := c.st.Globals()
	under := new(uint256.Int).SubUint64(c.cfg.Fees.NextBaseFee(g.BaseFee, g.BlockUnits), 1) // the step block's base fee less one
	tN := n(tAddr)
	entries := []struct {
		tx   *rollup.Tx
		want error // nil: the inner transaction applies
	}{
		{c.sign(user, &rollup.UseModel{Nonce: 0, MLSC: paid, Fee: useFee}), nil},
		{c.sign(user, &rollup.UseModel{Nonce: 0, MLSC: paid, Fee: useFee}), rollup.ErrNonce},
		{c.sign(user, &rollup.UseModel{Nonce: 1, MLSC: 99, Fee: useFee}), rollup.ErrUnknownMLSC},
		{c.sign(user, &rollup.UseModel{Nonce: 1, MLSC: unfinished, Fee: new(uint256.Int)}), rollup.ErrNoModel},
		{c.sign(user, &rollup.UseModel{Nonce: 1, MLSC: paid, Fee: new(uint256.Int).SubUint64(useFee, 1)}), rollup.ErrUseFee},
		{c.sign(user, &rollup.UseModel{Nonce: 1, MLSC: paid, Fee: new(uint256.Int).AddUint64(useFee, 1)}), rollup.ErrUseFee},
		{c.sign(poor, &rollup.UseModel{Nonce: 0, MLSC: feeModel, Fee: u(1)}), rollup.ErrBalance},
		{c.sign(newKey(t), &rollup.UseModel{Nonce: 0, MLSC: paid, Fee: useFee}), rollup.ErrFee},
		{signCap(t, user, &rollup.UseModel{Nonce: 1, MLSC: paid, Fee: useFee}, under), rollup.ErrFeeCap},
		{c.sign(user, &rollup.UseModel{Nonce: 1, MLSC: paid, Fee: useFee}), nil}, // the pool and use record grow
		{c.sign(p.creator, &rollup.UseModel{Nonce: n(cAddr), MLSC: paid, Fee: useFee}), nil},
		{c.sign(feeKey, &rollup.UseModel{Nonce: n(feeTo), MLSC: paid, Fee: useFee}), nil},
		{c.sign(user, &rollup.UseModel{Nonce: 2, MLSC: feeModel, Fee: u(1)}), nil},
		{c.sign(p.trainer, &rollup.ClaimEarnings{Nonce: tN, MLSC: paid}), nil},
		{c.sign(p.trainer, &rollup.ClaimEarnings{Nonce: tN + 1, MLSC: paid}), rollup.ErrNothingOwed},
		{c.sign(p.trainer, &rollup.ClaimEarnings{Nonce: tN + 5, MLSC: paid}), rollup.ErrNonce},
		{signCap(t, p.trainer, &rollup.ClaimEarnings{Nonce: tN + 1, MLSC: paid}, under), rollup.ErrFeeCap},
		{c.sign(user, &rollup.ClaimEarnings{Nonce: 3, MLSC: paid}), rollup.ErrNotContributor},
		{c.sign(user, &rollup.ClaimEarnings{Nonce: 3, MLSC: unfinished}), rollup.ErrNoModel},
		{c.sign(user, &rollup.ClaimEarnings{Nonce: 3, MLSC: 99}), rollup.ErrUnknownMLSC},
	}
	var forced []*rollup.Tx
	for _, en := range entries {
		f, _ := c.force(e.bob, en.tx.Encode())
		forced = append(forced, f)
	}
	for i, rc := range c.add(forced...) {
		want := entries[i].want
		switch {
		case rc.Forced == nil:
			t.Fatalf("entry %d: no forced result", i)
		case want == nil && rc.Forced.Error != "":
			t.Fatalf("entry %d: %s", i, rc.Forced.Error)
		case want != nil && !strings.Contains(rc.Forced.Error, want.Error()):
			t.Fatalf("entry %d: %q, want %v", i, rc.Forced.Error, want)
		}
	}
	if rec, ok := c.st.Use(paid, uAddr); !ok || rec.Uses != 2 {
		t.Fatalf("use record %+v, want 2 uses", rec)
	}
	c.settleTraced(nil)
	gas := c.differentialFrom(len(c.batches) - 1)
	t.Logf("stepFraud gas: forced use-model or claim-earnings %d (use-model %d, claim-earnings %d)", gas[0x0a], gas[0x10], gas[0x11])
	if gas[0x10] == 0 || gas[0x11] == 0 {
		t.Fatalf("no forced paid use re-executed: %v", gas)
	}

	// A lying sequencer: the root after a forced use is wrong; one challenge removes the batch.
	f, _ := c.force(e.bob, c.sign(user, &rollup.UseModel{Nonce: 3, MLSC: paid, Fee: useFee}).Encode())
	if rc := c.add(f); rc[0].Forced.Error != "" {
		t.Fatalf("forced use: %s", rc[0].Forced.Error)
	}
	lie := c.settleTraced(func(leaves []rollup.StepLeaf, _ *bindings.RollupBatchHeader) {
		leaves[1].Root = common.HexToHash("0x0bad") // step 0 is the block start
	})
	r := e.d.Rollup
	count := call(e, r.Instance, r.Binding.PackBatchCount(), r.Binding.UnpackBatchCount)
	rcpt := e.mustSend(e.bob, r.Instance, r.Binding.PackChallengeStep(lie.record, c.stepChallenge(lie, 1, c.trace(lie.first, lie.last, 1).Witness())))
	if got := call(e, r.Instance, r.Binding.PackBatchCount(), r.Binding.UnpackBatchCount); got != count-1 {
		t.Fatalf("batch count %d after the challenge, want %d", got, count-1)
	}
	t.Logf("challenge of a lying forced use: %d gas", rcpt.GasUsed)
}

// TestStepEconomyDelta: paid use of a model whose training set took a delta (the adopt chain:
// the delta applied during round 1, round 2 opened on the new set, the MLSC completed with the
// delta's proposer a contributor, DeltaWeight 1) is re-executed on L1 as in Go: a use gives
// 10 % of its fee to the proposers' pool (rollup.UseSplit: 70 % trainers, 20 % the creator),
// and the proposer's claim-earnings is paid that 10 %. L1 gives the Go STF's root at every
// step of the batch of the use and the claim and refuses every challenge of it (NoFraud).
func TestStepEconomyDelta(t *testing.T) {
	useFee := uint256.MustFromBig(nrn(1))
	c := newAdoptChain(t, func(s *rollup.MLSCSpec) { s.UseFee = useFee })
	c.openRound2(t)
	for range 4 * adoptPeriod {
		if m, _ := c.st.MLSC(c.id); m.Phase == rollup.PhaseDone {
			break
		}
		c.add()
	}
	md, ok := c.st.Model(c.id)
	if !ok || !md.Done || !md.Proven() || md.DeltaWeight != 1 {
		t.Fatalf("model: %+v", md)
	}
	c.settleWithMessages(nil) // the MLSC's steps (TestStepBlocksAdoptDelta re-executes them)

	e := c.e
	user := newKey(t)
	uAddr := crypto.PubkeyToAddress(user.PublicKey)
	c.add(c.deposit(e.alice, uAddr, nrn(5)))
	c.add(c.sign(user, &rollup.UseModel{Nonce: 0, MLSC: c.id, Fee: useFee}))
	pool := c.st.ModelPool(c.id)
	_, trainers, deltas := rollup.UseSplit(&md, useFee)
	want := new(uint256.Int).Div(useFee, uint256.NewInt(10))
	if !pool.DeltaPaid.Eq(want) || !deltas.Eq(want) || pool.TrainerPaid.Cmp(trainers) != 0 {
		t.Fatalf("pool %+v, want %s to the proposers", pool, want.Dec())
	}
	if owed := c.st.Owed(c.id, c.proposer); !owed.Eq(want) {
		t.Fatalf("the proposer is owed %s, want %s", owed.Dec(), want.Dec())
	}
	before := c.st.Account(c.proposer).Balance.Clone()
	rcs := c.add(c.sign(c.proposerKey, &rollup.ClaimEarnings{Nonce: c.st.Nonce(c.proposer), MLSC: c.id}))
	if got := new(uint256.Int).Sub(c.st.Account(c.proposer).Balance, before); !got.Eq(want) || !rcs[0].Reward.Eq(want) {
		t.Fatalf("the proposer's claim paid %s (receipt %s), want %s", got.Dec(), rcs[0].Reward.Dec(), want.Dec())
	}
	c.settleWithMessages(nil)
	gas := c.differentialFrom(len(c.batches) - 1)
	t.Logf("stepFraud gas: use-model %d, claim-earnings %d (a delta proposer's)", gas[0x10], gas[0x11])
	if gas[0x10] == 0 || gas[0x11] == 0 {
		t.Fatalf("the use or the claim was not decided on L1: %v", gas)
	}
}
