package deploy_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/chainfile"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/da/delta"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/rollup"
)

// deltaTestPeriod is the training-set epoch of TestStepDeltas' chain (L2 and L1 alike).
const deltaTestPeriod = 40

// deltaExamples are n random examples of testSpec's shape (16 inputs, 4 classes).
func deltaExamples(n int, seed uint64) []mlp.Example {
	r := rand.New(rand.NewPCG(seed, 9))
	out := make([]mlp.Example, n)
	for i := range out {
		x := make([]int64, 16)
		for j := range x {
			x[j] = r.Int64N(1 << 16)
		}
		out[i] = mlp.Example{X: x, Label: r.IntN(4)}
	}
	return out
}

// TestStepDeltas: vote-delta (0x0c), propose-period (0x0e) and vote-period (0x0f) are
// re-executed on L1 (StepDeltas) with the L2 fee, bare and inside forced entries. An honest
// chain agrees with the Go STF at every step and survives every challenge: first votes on a
// ready and on a pending proposal (its record holding the proposal's proof and leaves), a vote
// that adds to itself, one moved with nothing added, one moved with more, the fee recipient's;
// period proposals that open an epoch (the MLSC's training-set record created, the due record
// created, then another MLSC appended to the same record), that append, eight in one
// epoch, and one after an epoch closed whose period vote moved the anchor (the record kept,
// the epoch numbered from the new anchor); period votes, one moved. Every rejection of the three
// rules (and of the nonce and the fee) is invalid on L1 too, bare and, consumed, forced; a batch
// whose period vote has a wrong root is removed by one challengeStep.
func TestStepDeltas(t *testing.T) {
	feeKey := newKey(t)
	feeTo := crypto.PubkeyToAddress(feeKey.PublicKey)
	fees := testFees(feeTo)
	e, l := newExitEnv(t, func(cfg *deploy.Config) {
		cfg.SequencerBond = big.NewInt(testBond)
		cfg.Fees = chainfile.DeployFees(fees)
		cfg.MinStake = big.NewInt(1)
		cfg.DeltaPeriod = deltaTestPeriod
	})
	l.cfg.Fees, l.cfg.DeltaPeriod = fees, deltaTestPeriod
	postBond(e, e.sequencer, big.NewInt(testBond))
	c := &faultChain{l2: l}
	ctx := context.Background()
	addr := func(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addr(k)) }
	u := func(n int64) *uint256.Int { return uint256.MustFromBig(nrn(n)) }

	// Batch 0 (not re-executed: creates, a finished model, delta proposals and data).
	done := c.playModel(modelPlayers{creator: newKey(t), trainer: newKey(t), prover: newKey(t)}, func(s *rollup.MLSCSpec) { s.MaxRounds = 1 })
	if m, _ := c.st.MLSC(done); m.Phase != rollup.PhaseDone {
		t.Fatalf("MLSC %d is %v, want done", done, m.Phase)
	}
	creator, v1, v2, t1, t2, poor := newKey(t), newKey(t), newKey(t), newKey(t), newKey(t), newKey(t)
	for _, k := range []*ecdsa.PrivateKey{creator, v1, v2, t1, t2} {
		c.add(c.deposit(e.alice, addr(k), nrn(20)))
	}
	c.add(c.deposit(e.alice, feeTo, nrn(5)), c.deposit(e.alice, addr(poor), big.NewInt(1e17)))
	store := da.NewMemory()
	base := deltaExamples(200, 1)
	setCID, err := dataset.Write(ctx, store, base, dataset.Options{Classes: 4})
	if err != nil {
		t.Fatal(err)
	}
	leaf := delta.LeafFunc(mlp.SquaredError)
	b0, err := delta.Build(ctx, store, setCID, base, 4, leaf, []uint64{1, 4}, nil) // removal only: ready at once
	if err != nil {
		t.Fatal(err)
	}
	b1, err := delta.Build(ctx, store, setCID, base, 4, leaf, []uint64{7}, deltaExamples(3, 2)) // pending: no data sent
	if err != nil {
		t.Fatal(err)
	}
	b2, err := delta.Build(ctx, store, setCID, base, 4, leaf, nil, deltaExamples(2, 3)) // its data leads elsewhere: rejected
	if err != nil {
		t.Fatal(err)
	}
	spec := testSpec()
	spec.DatasetCID, spec.DatasetRoot, spec.DatasetSize = setCID.Bytes(), b0.BaseRoot.Bytes(), uint64(len(base))
	id := c.st.Globals().NextMLSC // the MLSC with delta proposals; id+1 and id+2 get period proposals only
	cn := nonce(creator)
	c.add(c.sign(creator, &rollup.CreateMLSC{Nonce: cn, Spec: spec, Bounty: u(1)}),
		c.sign(creator, &rollup.CreateMLSC{Nonce: cn + 1, Spec: testSpec(), Bounty: u(1)}),
		c.sign(creator, &rollup.CreateMLSC{Nonce: cn + 2, Spec: testSpec(), Bounty: u(1)}),
		c.sign(t1, &rollup.Stake{Nonce: 0, Amount: u(5)}), c.sign(t2, &rollup.Stake{Nonce: 0, Amount: u(1)}))
	p2 := rollup.ProposalTx(nonce(creator)+2, id, b2, uint256.NewInt(100))
	p2.NewRoot = common.Hash{1}
	c.add(c.sign(creator, rollup.ProposalTx(nonce(creator), id, b0, uint256.NewInt(100))),
		c.sign(creator, rollup.ProposalTx(nonce(creator)+1, id, b1, uint256.NewInt(100))),
		c.sign(creator, p2))
	c.add(c.sign(creator, rollup.DataTx(nonce(creator), id, 2, b2, 0)))
	for i, want := range []rollup.DeltaStatus{rollup.DeltaReady, rollup.DeltaPending, rollup.DeltaRejected} {
		if p, _ := c.st.DeltaProposal(id, uint64(i)); p.Status != want {
			t.Fatalf("proposal %d is %v, want %v", i, p.Status, want)
		}
	}
	c.settleTraced(nil)

	// Batch 1: the three kinds, bare and forced, valid and rejected.
	vote := func(k *ecdsa.PrivateKey, n, mlsc, p uint64, amount *uint256.Int) *rollup.Tx {
		return c.sign(k, &rollup.VoteDelta{Nonce: n, MLSC: mlsc, Proposal: p, Amount: amount})
	}
	period := func(k *ecdsa.PrivateKey, n, mlsc, blocks uint64) *rollup.Tx {
		return c.sign(k, &rollup.ProposePeriod{Nonce: n, MLSC: mlsc, Blocks: blocks})
	}
	votePeriod := func(k *ecdsa.PrivateKey, n, mlsc, p uint64) *rollup.Tx {
		return c.sign(k, &rollup.VotePeriod{Nonce: n, MLSC: mlsc, Proposal: p})
	}
	c.add(vote(v1, nonce(v1), id, 0, u(5)), vote(v2, nonce(v2), id, 1, u(4)))               // first votes: ready, pending
	c.add(vote(v1, nonce(v1), id, 0, u(2)), vote(v1, nonce(v1)+1, id, 1, new(uint256.Int)), // adds; moves with nothing added
		vote(feeKey, nonce(feeKey), id, 0, u(1))) // the fee recipient
	c.add(vote(v2, nonce(v2), id, 0, u(3))) // moves with more
	c.add(period(t1, nonce(t1), id, 30), votePeriod(t1, nonce(t1)+1, id, 0), period(t2, nonce(t2), id, 50),
		votePeriod(t2, nonce(t2)+1, id, 1), votePeriod(t1, nonce(t1)+2, id, 1)) // appended to the delta epoch; a moved vote
	c.add(period(t2, nonce(t2), id+2, 10), period(t1, nonce(t1), id+1, 20)) // open epochs: a new due record, then filed before
	for i := range 7 {
		c.add(period(t2, nonce(t2), id+2, uint64(11+i))) // eight in all
	}
	g := c.st.Globals()
	under := new(uint256.Int).SubUint64(c.cfg.Fees.NextBaseFee(g.BaseFee, g.BlockUnits), 1) // the next block's base fee less one
	n1, nt1, nt2 := nonce(v1), nonce(t1), nonce(t2)
	entries := []struct {
		tx   *rollup.Tx
		want error // nil: the inner transaction applies
	}{
		{vote(v1, n1, id, 0, u(1)), nil},
		{vote(v1, n1+1, id, 2, u(1)), rollup.ErrVote},
		{vote(v1, n1+5, id, 0, u(1)), rollup.ErrNonce},
		{vote(v1, n1+1, id, 0, new(uint256.Int)), rollup.ErrZeroAmount},
		{vote(v1, n1+1, id, 0, u(100)), rollup.ErrBalance},
		{signCap(t, v1, &rollup.VoteDelta{Nonce: n1 + 1, MLSC: id, Proposal: 0, Amount: u(1)}, under), rollup.ErrFeeCap},
		{period(t1, nt1, id+1, 25), nil},
		{period(t1, nt1+1, id+2, 25), rollup.ErrTooManyItems},
		{period(v1, n1+1, id, 25), rollup.ErrStake},
		{period(t1, nt1+1, done, 25), rollup.ErrWrongPhase},
		{votePeriod(t2, nt2, id+1, 1), nil},
		{votePeriod(t2, nt2+1, id+1, 1), rollup.ErrVote},
		{votePeriod(t2, nt2+1, id+1, 2), rollup.ErrNoProposal},
		{votePeriod(v2, nonce(v2), id+1, 0), rollup.ErrStake},
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
	if ep, ok := c.st.DeltaEpoch(id + 2); !ok || len(ep.Periods) != rollup.MaxPeriodProposals {
		t.Fatalf("MLSC %d's epoch: %+v", id+2, ep)
	}
	c.settleTraced(nil)
	gas := c.differentialFrom(len(c.batches) - 1)

	// Every rule broken, bare, against the state after batch 1 (the epochs still open).
	st := c.stateAt(len(c.blocks))
	sv, svInst, sctx := c.stepVerifier()
	n1, nt1 = st.Nonce(addr(v1)), st.Nonce(addr(t1))
	n2 := st.Nonce(addr(v2))
	ghost := newKey(t)
	for _, tc := range []struct {
		name string
		tx   *rollup.Tx
		want error
	}{
		{"vote, wrong nonce", vote(v1, n1+1, id, 0, u(1)), rollup.ErrNonce},
		{"vote, unknown MLSC", vote(v1, n1, 99, 0, u(1)), rollup.ErrUnknownMLSC},
		{"vote, no such proposal", vote(v1, n1, id, 7, u(1)), rollup.ErrNoProposal},
		{"vote, an epoch without proposals", vote(v1, n1, id+1, 0, u(1)), rollup.ErrNoProposal},
		{"vote, an MLSC without an epoch", vote(v1, n1, done, 0, u(1)), rollup.ErrNoProposal},
		{"vote, rejected proposal", vote(v1, n1, id, 2, u(1)), rollup.ErrVote},
		{"vote, a first vote of nothing", vote(t1, nt1, id, 0, new(uint256.Int)), rollup.ErrZeroAmount},
		{"vote, the same vote again with nothing", vote(v2, n2, id, 0, new(uint256.Int)), rollup.ErrZeroAmount},
		{"vote, over the balance", vote(v1, n1, id, 0, u(100)), rollup.ErrBalance},
		{"vote, not even the fee", vote(ghost, 0, id, 0, u(1)), rollup.ErrFee},
		{"vote, the fee but not the amount", vote(poor, 0, id, 0, u(1)), rollup.ErrBalance},
		{"vote, cap below the base fee", signCap(t, v1, &rollup.VoteDelta{Nonce: n1, MLSC: id, Proposal: 0, Amount: u(1)}, uint256.NewInt(1)), rollup.ErrFeeCap},
		{"period, zero blocks", period(t1, nt1, id, 0), rollup.ErrPeriod},
		{"period, over the most blocks", period(t1, nt1, id, rollup.MaxPeriod+1), rollup.ErrPeriod},
		{"period, not staked", period(v1, n1, id, 10), rollup.ErrStake},
		{"period, unknown MLSC", period(t1, nt1, 99, 10), rollup.ErrUnknownMLSC},
		{"period, MLSC done", period(t1, nt1, done, 10), rollup.ErrWrongPhase},
		{"period, epoch full", period(t1, nt1, id+2, 10), rollup.ErrTooManyItems},
		{"period, wrong nonce", period(t1, nt1+3, id, 10), rollup.ErrNonce},
		{"period vote, unknown MLSC", votePeriod(t1, nt1, 99, 0), rollup.ErrUnknownMLSC},
		{"period vote, no epoch", votePeriod(t1, nt1, done, 0), rollup.ErrNoProposal},
		{"period vote, no such proposal", votePeriod(t1, nt1, id, 2), rollup.ErrNoProposal},
		{"period vote, not staked", votePeriod(v1, n1, id, 0), rollup.ErrStake},
		{"period vote, already backing it", votePeriod(t1, nt1, id, 1), rollup.ErrVote},
		{"period vote, cap below the base fee", signCap(t, t1, &rollup.VotePeriod{Nonce: nt1, MLSC: id, Proposal: 0}, uint256.NewInt(1)), rollup.ErrFeeCap},
	} {
		if _, err := c.stateAt(len(c.blocks)).ApplyTx(c.cfg, tc.tx, 0); !errors.Is(err, tc.want) {
			t.Fatalf("%s: the STF says %v, want %v", tc.name, err, tc.want)
		}
		w, err := rollup.InvalidStepWitness(c.cfg, st, tc.tx.Encode())
		if err != nil {
			t.Fatal(err)
		}
		if out := call(e, svInst, sv.PackExecute(sctx, st.Root(), tc.tx.Encode(), w), sv.UnpackExecute); out.Valid {
			t.Fatalf("%s: L1 finds the step valid (root %x)", tc.name, out.PostRoot)
		}
	}

	// Batch 2: after the epochs close (t1 and t2 backed 50 blocks: the anchor moves), a period
	// proposal opens the next epoch of an MLSC whose training-set record exists.
	for {
		_, open := c.st.DeltaEpoch(id)
		if _, settling := c.st.DeltaClosing(id); !open && !settling { // closed, then settled
			break
		}
		c.add()
	}
	if m, _ := c.st.MLSC(id); m.Data == nil || m.Data.Period != 50 || len(m.Data.Applied) != 1 {
		t.Fatalf("MLSC %d after its epoch: %+v", id, m.Data)
	}
	c.add(period(t1, nonce(t1), id, 60), votePeriod(t2, nonce(t2), id, 0))
	if ep, _ := c.st.DeltaEpoch(id); ep.Epoch != 1 || ep.End != deltaTestPeriod+50 {
		t.Fatalf("the next epoch: %+v", ep)
	}
	c.settleTraced(nil)
	for k, g := range c.differentialFrom(len(c.batches) - 1) {
		gas[k] = max(gas[k], g)
	}
	t.Logf("stepFraud gas: vote-delta %d, propose-period %d, vote-period %d, forced %d", gas[0x0c], gas[0x0e], gas[0x0f], gas[0x0a])
	if gas[0x0c] == 0 || gas[0x0e] == 0 || gas[0x0f] == 0 {
		t.Fatalf("a kind was not re-executed: %v", gas)
	}

	// A lying sequencer: the root after a period vote is wrong; one challenge removes the batch.
	c.add(votePeriod(t1, nonce(t1), id, 0))
	lie := c.settleTraced(func(leaves []rollup.StepLeaf, _ *bindings.RollupBatchHeader) {
		leaves[1].Root = common.HexToHash("0x0bad") // step 0 is the block start
	})
	r := e.d.Rollup
	count := call(e, r.Instance, r.Binding.PackBatchCount(), r.Binding.UnpackBatchCount)
	rcpt := e.mustSend(e.bob, r.Instance, r.Binding.PackChallengeStep(lie.record, c.stepChallenge(lie, 1, c.trace(lie.first, lie.last, 1).Witness())))
	if got := call(e, r.Instance, r.Binding.PackBatchCount(), r.Binding.UnpackBatchCount); got != count-1 {
		t.Fatalf("batch count %d after the challenge, want %d", got, count-1)
	}
	t.Logf("challenge of a lying vote-period: %d gas", rcpt.GasUsed)
}
