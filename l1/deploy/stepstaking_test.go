package deploy_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/rollup"
)

// TestStepStaking: stake (0x05) and unstake (0x06) are re-executed on L1 with the L2 fee.
// An honest chain of stakes and unstakes (part and all of a stake, by the fee recipient too,
// capped exactly at the base fee, and as forced entries, applied or consumed as failed for an
// unstake over the stake and a zero stake) agrees with the Go STF at every step and survives
// every challenge; every rejection of the STF (wrong nonce, zero amount, a stake over the
// balance left after the fee, a fee it cannot pay, a cap below the base fee, an unstake over
// the stake or while a claim is open) is invalid on L1 too.
func TestStepStaking(t *testing.T) {
	feeKey := newKey(t)
	feeTo := crypto.PubkeyToAddress(feeKey.PublicKey)
	e, c := newFaultChain(t, testFees(feeTo))
	alice, bob := newKey(t), newKey(t)
	aAddr, bAddr := crypto.PubkeyToAddress(alice.PublicKey), crypto.PubkeyToAddress(bob.PublicKey)
	u := func(n int64) *uint256.Int { return uint256.MustFromBig(nrn(n)) }
	c.add(c.deposit(e.alice, aAddr, nrn(10)), c.deposit(e.bob, bAddr, nrn(5)), c.deposit(e.bob, feeTo, nrn(1)))
	g := c.st.Globals()
	c.add(c.sign(alice, &rollup.Stake{Nonce: 0, Amount: u(3)}),
		c.sign(alice, &rollup.Unstake{Nonce: 1, Amount: u(1)}),
		c.sign(alice, &rollup.Unstake{Nonce: 2, Amount: u(2)}), // the rest of it
		c.sign(bob, &rollup.Stake{Nonce: 0, Amount: u(2)}),
		c.sign(feeKey, &rollup.Stake{Nonce: 0, Amount: uint256.NewInt(5e17)}), // the fee recipient's part goes to its own write
		c.sign(feeKey, &rollup.Unstake{Nonce: 1, Amount: uint256.NewInt(1e17)}),
		signCap(t, alice, &rollup.Stake{Nonce: 3, Amount: u(1)}, c.cfg.Fees.NextBaseFee(g.BaseFee, g.BlockUnits))) // capped at the base fee
	c.settleTraced(nil)
	fst, _ := c.force(e.bob, c.sign(bob, &rollup.Stake{Nonce: 1, Amount: u(1)}).Encode())
	fun, _ := c.force(e.bob, c.sign(bob, &rollup.Unstake{Nonce: 2, Amount: u(1)}).Encode())
	fover, _ := c.force(e.bob, c.sign(bob, &rollup.Unstake{Nonce: 3, Amount: u(5)}).Encode())
	fzero, _ := c.force(e.bob, c.sign(bob, &rollup.Stake{Nonce: 3, Amount: new(uint256.Int)}).Encode())
	rcs := c.add(fst, fun, fover, fzero, c.sign(alice, &rollup.Unstake{Nonce: 4, Amount: u(1)}))
	for i, want := range map[int]string{2: "insufficient stake", 3: "zero amount"} {
		if rcs[i].Forced == nil || !strings.Contains(rcs[i].Forced.Error, want) {
			t.Fatalf("forced entry %d: receipt %+v, want the error %q", i, rcs[i].Forced, want)
		}
	}
	c.settleTraced(nil)
	if st := c.st.Account(bAddr).Stake; !st.Eq(u(2)) {
		t.Fatalf("bob's stake %s, want 2 NRN", st.Dec())
	}
	gas := c.differential()
	t.Logf("stepFraud gas: stake %d, unstake %d", gas[0x05], gas[0x06])

	// An open claim locks the stake: alice trains in an MLSC and reveals.
	spec := testSpec()
	spec.CommitBlocks, spec.RevealBlocks = 2, 2
	nonce := func() uint64 { return c.st.Nonce(aAddr) }
	c.add(c.sign(bob, &rollup.CreateMLSC{Nonce: c.st.Nonce(bAddr), Spec: spec, Bounty: uint256.NewInt(1)}),
		c.sign(alice, &rollup.Stake{Nonce: nonce(), Amount: u(1)}))
	w, tr, salt := common.Hash{1}, common.Hash{2}, common.Hash{3}
	c.add(c.sign(alice, &rollup.Commit{Nonce: nonce(), MLSC: 0, Round: 1, Commitment: rollup.CommitmentHash(0, 1, w, tr, 500, aAddr, salt)}))
	c.untilPhase(0, rollup.PhaseReveal)
	c.add(c.sign(alice, &rollup.Reveal{Nonce: nonce(), MLSC: 0, Round: 1, CheckpointCID: []byte("c"), WeightCommitment: w,
		TraceCID: []byte("t"), TraceRoot: tr, ClaimedLossSum: 500, Salt: salt}))

	st := c.stateAt(len(c.blocks))
	if st.Account(aAddr).OpenClaims == 0 {
		t.Fatal("alice has no open claim")
	}
	sv, svInst, ctx := c.stepVerifier()
	bal, stake := st.Account(bAddr).Balance, st.Account(bAddr).Stake
	under := new(uint256.Int).SubUint64(st.BaseFee(), 1)
	for _, tc := range []struct {
		name string
		tx   *rollup.Tx
		want error
	}{
		{"stake, wrong nonce", c.sign(bob, &rollup.Stake{Nonce: st.Nonce(bAddr) + 1, Amount: u(1)}), rollup.ErrNonce},
		{"stake, zero", c.sign(bob, &rollup.Stake{Nonce: st.Nonce(bAddr), Amount: new(uint256.Int)}), rollup.ErrZeroAmount},
		{"stake, the balance but not the fee", c.sign(bob, &rollup.Stake{Nonce: st.Nonce(bAddr), Amount: bal}), rollup.ErrBalance},
		{"stake, cap below the base fee", signCap(t, bob, &rollup.Stake{Nonce: st.Nonce(bAddr), Amount: u(1)}, under), rollup.ErrFeeCap},
		{"stake, not even the fee", c.sign(newKey(t), &rollup.Stake{Nonce: 0, Amount: uint256.NewInt(1)}), rollup.ErrFee},
		{"unstake, wrong nonce", c.sign(bob, &rollup.Unstake{Nonce: st.Nonce(bAddr) + 1, Amount: u(1)}), rollup.ErrNonce},
		{"unstake, zero", c.sign(bob, &rollup.Unstake{Nonce: st.Nonce(bAddr), Amount: new(uint256.Int)}), rollup.ErrZeroAmount},
		{"unstake, over the stake", c.sign(bob, &rollup.Unstake{Nonce: st.Nonce(bAddr), Amount: new(uint256.Int).AddUint64(stake, 1)}), rollup.ErrStake},
		{"unstake, an open claim", c.sign(alice, &rollup.Unstake{Nonce: st.Nonce(aAddr), Amount: uint256.NewInt(1)}), rollup.ErrStakeLocked},
		{"unstake, cap below the base fee", signCap(t, bob, &rollup.Unstake{Nonce: st.Nonce(bAddr), Amount: u(1)}, under), rollup.ErrFeeCap},
		{"unstake, not even the fee", c.sign(newKey(t), &rollup.Unstake{Nonce: 0, Amount: uint256.NewInt(1)}), rollup.ErrFee},
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

	// Propose-delta and delta-data are re-executed (StepProposals, StepDeltaData: TestStepProposals):
	// these, of an MLSC that does not exist, are invalid on L1 too.
	// (Paid use, bare and forced: TestStepEconomy and TestStepEconomyForced; commit and reveal:
	// TestStepRounds; create-mlsc: TestStepCreate; loss proofs: TestStepLossProof; delta and
	// period votes: TestStepDeltas.)
	for _, d := range []rollup.TxData{
		&rollup.ProposeDelta{Nonce: 0, MLSC: 0, CID: []byte{1}, Deposit: uint256.NewInt(1)},
		&rollup.DeltaData{Nonce: 0, MLSC: 0, Proposal: 0, Chunk: 0, Data: []byte{1}},
	} {
		tx := c.sign(alice, d)
		if _, err := c.stateAt(len(c.blocks)).ApplyTx(c.cfg, tx, 0); err == nil {
			t.Fatalf("%T applies", d)
		}
		w, err := rollup.InvalidStepWitness(c.cfg, st, tx.Encode())
		if err != nil {
			t.Fatal(err)
		}
		if out := call(e, svInst, sv.PackExecute(ctx, st.Root(), tx.Encode(), w), sv.UnpackExecute); out.Valid {
			t.Fatalf("%T: L1 finds the step valid", d)
		}
	}
	// A block start once an MLSC exists is re-executed (StepBlocks): the next one agrees with
	// the Go STF, and one that does not follow the globals (a height skipped) is invalid.
	hdr := &rollup.Header{Number: c.head.Number + 1, Time: c.head.Time + 1, L1Number: c.head.L1Number}
	btr := rollup.NewTracer(c.cfg, 0)
	if err := btr.BeginBlock(c.stateAt(len(c.blocks)), hdr); err != nil {
		t.Fatal(err)
	}
	out := call(e, svInst, sv.PackExecute(ctx, st.Root(), rollup.BeginStepInput(hdr), btr.Witness()), sv.UnpackExecute)
	if !out.Valid || common.Hash(out.PostRoot) != btr.Leaves()[0].Root {
		t.Fatalf("block start: L1 valid=%v root %x, Go STF %x", out.Valid, out.PostRoot, btr.Leaves()[0].Root)
	}
	skip := &rollup.Header{Number: c.head.Number + 2, Time: c.head.Time + 1}
	w0, err := rollup.InvalidStepWitness(c.cfg, st, rollup.BeginStepInput(skip))
	if err != nil {
		t.Fatal(err)
	}
	if out := call(e, svInst, sv.PackExecute(ctx, st.Root(), rollup.BeginStepInput(skip), w0), sv.UnpackExecute); out.Valid {
		t.Fatal("a block start that skips a height is valid on L1")
	}
}
