package deploy_test

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/chainfile"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/rollup"
)

// roundsTrainers is how many trainers commit in TestStepRounds' round besides the named ones:
// enough that the round's commits are more than the 32 items RLPReader.readList takes, and
// with the five named ones a full round (rollup.MaxRoundCommits), the worst case of a step.
const roundsTrainers = rollup.MaxRoundCommits - 5

// newRoundsChain is newFaultChain with fee rule fees and minimum stake minStake on both the
// L2 and the Rollup.
func newRoundsChain(t *testing.T, fees rollup.FeeRule, minStake *uint256.Int) (*env, *faultChain) {
	e, c := newExitEnv(t, func(cfg *deploy.Config) {
		cfg.SequencerBond = big.NewInt(testBond)
		cfg.Fees = chainfile.DeployFees(fees)
		cfg.MinStake = minStake.ToBig()
	})
	c.cfg.Fees, c.cfg.MinStake = fees, minStake
	postBond(e, e.sequencer, big.NewInt(testBond))
	return e, &faultChain{l2: c}
}

// trainer is a key with what it committed to.
type trainer struct {
	key                   *ecdsa.PrivateKey
	weights, trace, salt  common.Hash
	loss                  uint64
	checkpoint, traceCIDs []byte
}

func (tr *trainer) addr() common.Address { return crypto.PubkeyToAddress(tr.key.PublicKey) }

func (tr *trainer) commitment(id, round uint64) common.Hash {
	return rollup.CommitmentHash(id, round, tr.weights, tr.trace, tr.loss, tr.addr(), tr.salt)
}

func (tr *trainer) reveal(nonce, id, round uint64) *rollup.Reveal {
	return &rollup.Reveal{Nonce: nonce, MLSC: id, Round: round, CheckpointCID: tr.checkpoint, WeightCommitment: tr.weights,
		TraceCID: tr.traceCIDs, TraceRoot: tr.trace, ClaimedLossSum: tr.loss, Salt: tr.salt}
}

// TestStepRounds: commit (0x07) and reveal (0x08) are re-executed on L1 (StepRounds) with the
// L2 fee and the Rollup's minimum stake. An honest full round of rollup.MaxRoundCommits
// trainers (the fee recipient among them; more commits than RLPReader.readList takes; reveals
// that move the round's best claim and one that does not) agrees with the Go STF at every step and survives every
// challenge; every rejection of applyCommit and applyReveal (and of the nonce and the fee) is
// invalid on L1 too; a wrong root in a commit or reveal step is removed by one challenge; and
// forced reveals (applied, and failed: consumed with the fee refunded) and a forced commit
// out of its phase agree too.
func TestStepRounds(t *testing.T) {
	feeKey := newKey(t)
	feeTo := crypto.PubkeyToAddress(feeKey.PublicKey)
	minStake := uint256.MustFromBig(nrn(1))
	e, c := newRoundsChain(t, testFees(feeTo), minStake)
	u := func(n int64) *uint256.Int { return uint256.MustFromBig(nrn(n)) }
	creator, carol := newKey(t), newKey(t)
	newTrainer := func(key *ecdsa.PrivateKey, i int, loss uint64) *trainer {
		return &trainer{key: key, weights: crypto.Keccak256Hash([]byte("weights"), []byte{byte(i)}), trace: crypto.Keccak256Hash([]byte{byte(i)}),
			salt: common.Hash{byte(i)}, loss: loss, checkpoint: []byte("ckpt"), traceCIDs: []byte("trace")}
	}
	alice, bob := newTrainer(newKey(t), 1, 500), newTrainer(newKey(t), 2, 400)
	fee := newTrainer(feeKey, 3, 450) // the fee recipient trains: its part goes to its own write
	eve := newTrainer(newKey(t), 4, 300)
	eve.weights = alice.weights // eve commits to alice's weights: revealed after alice's, a replay
	frank := newTrainer(newKey(t), 5, math.MaxUint64)
	var crowd []*trainer
	for i := range roundsTrainers {
		crowd = append(crowd, newTrainer(newKey(t), 100+i, 1000+uint64(i)))
	}
	named := []*trainer{alice, bob, fee, eve, frank}
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(crypto.PubkeyToAddress(k.PublicKey)) }

	// Batch 0: funds, the MLSC and the stakes.
	c.add(c.deposit(e.alice, alice.addr(), nrn(200)), c.deposit(e.bob, crypto.PubkeyToAddress(creator.PublicKey), nrn(10)),
		c.deposit(e.bob, feeTo, nrn(5)), c.deposit(e.bob, crypto.PubkeyToAddress(carol.PublicKey), nrn(5)))
	var funds []*rollup.Tx
	for _, tr := range append(named[1:], crowd...) {
		if tr != fee {
			funds = append(funds, c.sign(alice.key, &rollup.Transfer{Nonce: nonce(alice.key) + uint64(len(funds)), To: tr.addr(), Amount: u(2)}))
		}
	}
	c.add(funds...)
	spec := testSpec()
	spec.CommitBlocks, spec.RevealBlocks = 3, 3
	id := c.st.Globals().NextMLSC
	txs := []*rollup.Tx{c.sign(creator, &rollup.CreateMLSC{Nonce: 0, Spec: spec, Bounty: u(1)}),
		c.sign(carol, &rollup.Stake{Nonce: 0, Amount: new(uint256.Int).SubUint64(minStake, 1)})} // below the minimum
	for _, tr := range append(named, crowd...) {
		txs = append(txs, c.sign(tr.key, &rollup.Stake{Nonce: nonce(tr.key), Amount: minStake}))
	}
	c.add(txs...)
	c.settleTraced(nil)

	// Batch 1: everyone commits, then the named trainers (but frank) and some of the crowd reveal.
	txs = nil
	for _, tr := range append(named, crowd...) {
		txs = append(txs, c.sign(tr.key, &rollup.Commit{Nonce: nonce(tr.key), MLSC: id, Round: 1, Commitment: tr.commitment(id, 1)}))
	}
	g := c.st.Globals()
	txs = append(txs[:1], append([]*rollup.Tx{signCap(t, alice.key, &rollup.Transfer{Nonce: nonce(alice.key) + 1, To: feeTo, Amount: u(1)},
		c.cfg.Fees.NextBaseFee(g.BaseFee, g.BlockUnits))}, txs[1:]...)...) // a transfer between commits
	c.add(txs...)
	commitAt := len(c.blocks)
	c.untilPhase(id, rollup.PhaseReveal)
	c.add(c.sign(alice.key, alice.reveal(nonce(alice.key), id, 1)), // best: 1
		c.sign(bob.key, bob.reveal(nonce(bob.key), id, 1)), // lower: best 2
		c.sign(fee.key, fee.reveal(nonce(fee.key), id, 1)), // between: best stays 2
		c.sign(crowd[32].key, crowd[32].reveal(nonce(crowd[32].key), id, 1)))
	b1 := c.settleTraced(nil)
	if r, _ := c.st.Round(id, 1); len(r.Commits) != len(named)+len(crowd) || len(r.Reveals) != 4 || r.Best != 2 {
		t.Fatalf("round: %d commits, %d reveals, best %d", len(r.Commits), len(r.Reveals), r.Best)
	}
	gas := c.differentialFrom(1)
	t.Logf("%d steps decided alike at every gas limit that does not revert", c.starveSteps(1))
	for k, in := range b1.inputs {
		if in[0] == 0x07 || in[0] == 0x08 {
			t.Logf("step %d type %x: %d gas", k, in[0], c.stepGas(b1, k))
		}
	}
	t.Logf("stepFraud gas (a round of %d commits): commit %d, reveal %d", len(named)+len(crowd), gas[0x07], gas[0x08])
	if gas[0x07] == 0 || gas[0x08] == 0 {
		t.Fatalf("no commit or reveal re-executed: %v", gas)
	}

	sv, svInst, ctx := c.stepVerifier()
	// invalid requires the STF and L1 to reject tx on the state mk makes.
	invalid := func(t *testing.T, mk func() *rollup.State, name string, tx *rollup.Tx, want error) {
		t.Helper()
		if _, err := mk().ApplyTx(c.cfg, tx, 0); !errors.Is(err, want) {
			t.Fatalf("%s: the STF says %v, want %v", name, err, want)
		}
		st := mk()
		w, err := rollup.InvalidStepWitness(c.cfg, st, tx.Encode())
		if err != nil {
			t.Fatal(err)
		}
		if out := call(e, svInst, sv.PackExecute(ctx, st.Root(), tx.Encode(), w), sv.UnpackExecute); out.Valid {
			t.Fatalf("%s: L1 finds the step valid (root %x)", name, out.PostRoot)
		}
	}
	at := func(n int) func() *rollup.State { return func() *rollup.State { return c.stateAt(n) } }
	under := func(st *rollup.State) *uint256.Int { return new(uint256.Int).SubUint64(st.BaseFee(), 1) }
	ghost := newKey(t) // no balance at all
	commit := func(k *ecdsa.PrivateKey, n, mlsc, round uint64, h common.Hash) *rollup.Tx {
		return c.sign(k, &rollup.Commit{Nonce: n, MLSC: mlsc, Round: round, Commitment: h})
	}

	t.Run("commit rejections", func(t *testing.T) {
		st := c.stateAt(commitAt)
		dave := newTrainer(carol, 9, 1) // carol's stake is below the minimum
		an := st.Nonce(alice.addr())
		cn := st.Nonce(crypto.PubkeyToAddress(carol.PublicKey))
		fresh := newTrainer(newKey(t), 10, 1)
		for _, tc := range []struct {
			name string
			tx   *rollup.Tx
			want error
		}{
			{"wrong nonce", commit(alice.key, an+1, id, 1, common.Hash{0xa1}), rollup.ErrNonce},
			{"cap below the base fee", signCap(t, carol, &rollup.Commit{Nonce: cn, MLSC: id, Round: 1, Commitment: common.Hash{0xa2}}, under(st)), rollup.ErrFeeCap},
			{"not even the fee", commit(ghost, 0, id, 1, fresh.commitment(id, 1)), rollup.ErrFee},
			{"unknown MLSC", commit(carol, cn, id+1, 1, common.Hash{0xa3}), rollup.ErrUnknownMLSC},
			{"wrong round", commit(carol, cn, id, 2, common.Hash{0xa4}), rollup.ErrWrongRound},
			{"stake below the minimum", commit(carol, cn, id, 1, dave.commitment(id, 1)), rollup.ErrStake},
			{"twice in a round", commit(alice.key, an, id, 1, common.Hash{0xa5}), rollup.ErrDoubleCommit},
			{"twice in a round (past 32 commits)", commit(crowd[32].key, st.Nonce(crowd[32].addr()), id, 1, common.Hash{0xa6}), rollup.ErrDoubleCommit},
			{"reveal in the commit phase", c.sign(alice.key, alice.reveal(an, id, 1)), rollup.ErrWrongPhase},
		} {
			invalid(t, at(commitAt), tc.name, tc.tx, tc.want)
		}
		// A commitment hash used before (bob's), by a staked trainer with none in the round:
		// a fresh one, funded and staked on a copy of the state.
		stake := c.sign(fresh.key, &rollup.Stake{Nonce: 0, Amount: minStake})
		fund := c.sign(alice.key, &rollup.Transfer{Nonce: an, To: fresh.addr(), Amount: u(2)})
		funded := func() *rollup.State {
			st := c.stateAt(commitAt)
			for i, tx := range []*rollup.Tx{fund, stake} {
				if _, err := st.ApplyTx(c.cfg, tx, uint64(i)); err != nil {
					t.Fatal(err)
				}
			}
			if _, _, err := st.Commit(); err != nil {
				t.Fatal(err)
			}
			return st
		}
		invalid(t, funded, "commitment used before", commit(fresh.key, 1, id, 1, bob.commitment(id, 1)), rollup.ErrCommitReused)
		invalid(t, funded, "the round is full", commit(fresh.key, 1, id, 1, fresh.commitment(id, 1)), rollup.ErrRoundFull)
	})

	t.Run("reveal rejections", func(t *testing.T) {
		st := c.stateAt(len(c.blocks))
		n := func(tr *trainer) uint64 { return st.Nonce(tr.addr()) }
		wrongSalt := *crowd[0]
		wrongSalt.salt = common.Hash{0xee}
		noCID, longCID, noTrace := *crowd[1], *crowd[1], *crowd[1]
		noCID.checkpoint, longCID.checkpoint, noTrace.traceCIDs = nil, bytes.Repeat([]byte{1}, rollup.MaxCIDLen+1), nil
		for _, tc := range []struct {
			name string
			tx   *rollup.Tx
			want error
		}{
			{"wrong nonce", c.sign(crowd[0].key, crowd[0].reveal(n(crowd[0])+1, id, 1)), rollup.ErrNonce},
			{"cap below the base fee", signCap(t, crowd[0].key, crowd[0].reveal(n(crowd[0]), id, 1), under(st)), rollup.ErrFeeCap},
			{"not even the fee", c.sign(ghost, crowd[0].reveal(0, id, 1)), rollup.ErrFee},
			{"unknown MLSC", c.sign(crowd[0].key, crowd[0].reveal(n(crowd[0]), id+1, 1)), rollup.ErrUnknownMLSC},
			{"wrong round", c.sign(crowd[0].key, crowd[0].reveal(n(crowd[0]), id, 2)), rollup.ErrWrongRound},
			{"commit in the reveal phase", commit(carol, st.Nonce(crypto.PubkeyToAddress(carol.PublicKey)), id, 1, common.Hash{0xb1}), rollup.ErrWrongPhase},
			{"no commitment", c.sign(carol, crowd[0].reveal(st.Nonce(crypto.PubkeyToAddress(carol.PublicKey)), id, 1)), rollup.ErrNoCommit},
			{"revealed already", c.sign(alice.key, alice.reveal(n(alice), id, 1)), rollup.ErrNoCommit},
			{"revealed already (past 32 commits)", c.sign(crowd[32].key, crowd[32].reveal(n(crowd[32]), id, 1)), rollup.ErrNoCommit},
			{"does not open the commitment", c.sign(crowd[0].key, wrongSalt.reveal(n(crowd[0]), id, 1)), rollup.ErrCommitMatch},
			{"weights revealed before", c.sign(eve.key, eve.reveal(n(eve), id, 1)), rollup.ErrReplay},
			{"no improvement on the best", c.sign(frank.key, frank.reveal(n(frank), id, 1)), rollup.ErrNoImprovement},
			{"no checkpoint CID", c.sign(crowd[1].key, noCID.reveal(n(crowd[1]), id, 1)), rollup.ErrTxEncoding},
			{"checkpoint CID too long", c.sign(crowd[1].key, longCID.reveal(n(crowd[1]), id, 1)), rollup.ErrTxEncoding},
			{"no trace CID", c.sign(crowd[1].key, noTrace.reveal(n(crowd[1]), id, 1)), rollup.ErrTxEncoding},
		} {
			invalid(t, at(len(c.blocks)), tc.name, tc.tx, tc.want)
		}
	})

	t.Run("lying sequencer", func(t *testing.T) {
		// A commit and a reveal whose roots the sequencer changed: each batch is removed by
		// one challenge of that step.
		for _, kind := range []byte{0x07, 0x08} {
			k := -1
			for i, in := range b1.inputs {
				if in[0] == kind {
					k = i
				}
			}
			leaves := append([]rollup.StepLeaf(nil), b1.leaves...)
			leaves[k].Root = common.HexToHash("0x0bad")
			hashes := rollup.LeafHashes(leaves)
			lie := b1
			lie.leaves = leaves
			lie.record.StepRoot = rollup.StepTreeRoot(hashes)
			w := c.trace(b1.first, b1.last, k).Witness()
			pre := leaves[k-1].Root
			out := call(e, svInst, sv.PackExecute(ctx, pre, b1.inputs[k], w), sv.UnpackExecute)
			if !out.Valid || common.Hash(out.PostRoot) == leaves[k].Root {
				t.Fatalf("step %x: L1 says valid=%v root %x, the lie %x", kind, out.Valid, out.PostRoot, leaves[k].Root)
			}
			ok := call(e, e.d.FaultProver.Instance, e.d.FaultProver.Binding.PackStepFraud(ctx, bindings.FaultProverBatchClaim{StepRoot: lie.record.StepRoot,
				StepCount: lie.record.StepCount, PrevRoot: lie.header.PrevStateRoot}, c.stepChallenge(lie, k, w)), e.d.FaultProver.Binding.UnpackStepFraud)
			if !ok {
				t.Fatalf("step %x with a wrong root: stepFraud finds no fraud", kind)
			}
		}
	})

	t.Run("forced", func(t *testing.T) {
		bad := *crowd[3]
		bad.salt = common.Hash{0xcc}
		var txs []*rollup.Tx
		for _, tx := range []*rollup.Tx{
			c.sign(crowd[2].key, crowd[2].reveal(nonce(crowd[2].key), id, 1)),                        // applies
			c.sign(crowd[3].key, bad.reveal(nonce(crowd[3].key), id, 1)),                             // does not open
			commit(carol, nonce(carol), id, 1, common.Hash{0xc1}),                                    // out of its phase
			c.sign(crowd[4].key, crowd[4].reveal(nonce(crowd[4].key)+1, id, 1)),                      // wrong nonce
			signCap(t, crowd[5].key, crowd[5].reveal(nonce(crowd[5].key), id, 1), uint256.NewInt(1)), // cap below the base fee
		} {
			f, _ := c.force(e.bob, tx.Encode())
			txs = append(txs, f)
		}
		rcs := c.add(txs...)
		for i, rc := range rcs {
			if failed := rc.Forced.Error != ""; failed != (i > 0) {
				t.Fatalf("forced entry %d: %+v", i, rc.Forced)
			}
		}
		c.settleTraced(nil)
		gas := c.differentialFrom(len(c.batches) - 1)
		t.Logf("stepFraud gas: forced reveal %d (the entry %d)", gas[0x08], gas[0x0a])
		if gas[0x08] == 0 || gas[0x0a] == 0 {
			t.Fatalf("no forced reveal re-executed: %v", gas)
		}
	})

}

// TestCheckMinStake: the Rollup reports the minimum stake it was deployed with, and
// CheckMinStake refuses another (a sequencer must not run under a minimum L1 does not
// re-execute commits with).
func TestCheckMinStake(t *testing.T) {
	e := newEnvWith(t, func(cfg *deploy.Config) { cfg.MinStake = nrn(3) })
	if err := e.d.CheckMinStake(e.ctx, nrn(3)); err != nil {
		t.Fatal(err)
	}
	for _, v := range []*big.Int{nil, nrn(2), new(big.Int).Add(nrn(3), big.NewInt(1))} {
		if err := e.d.CheckMinStake(e.ctx, v); !errors.Is(err, deploy.ErrMinStakeMismatch) {
			t.Fatalf("CheckMinStake(%v) = %v, want ErrMinStakeMismatch", v, err)
		}
	}
}

// stepGas is what FaultProver.stepFraud costs for step k of batch b (honest: no fraud).
func (c *faultChain) stepGas(b faultBatch, k int) uint64 {
	c.t.Helper()
	_, _, ctx := c.stepVerifier()
	w := c.trace(b.first, b.last, k).Witness()
	g, err := c.e.chain.EstimateGas(c.e.ctx, callMsg(c.e.d.FaultProver.Address,
		c.e.d.FaultProver.Binding.PackStepFraud(ctx, bindings.FaultProverBatchClaim{StepRoot: b.record.StepRoot,
			StepCount: b.record.StepCount, PrevRoot: b.header.PrevStateRoot}, c.stepChallenge(b, k, w))))
	if err != nil {
		c.t.Fatal(err)
	}
	return g
}

// TestStepRoundsNoFees: with the fee market off a commit reads no globals and a reveal still
// reads them (the height it records): an honest round agrees with the Go STF at every step,
// and a commit below the minimum stake and a reveal that does not open its commitment are
// invalid on both.
func TestStepRoundsNoFees(t *testing.T) {
	minStake := uint256.NewInt(5)
	e, c := newRoundsChain(t, rollup.FeeRule{}, minStake)
	creator, poor := newKey(t), newKey(t)
	var trs []*trainer
	for i := range 2 {
		trs = append(trs, &trainer{key: newKey(t), weights: common.Hash{byte(i + 1)}, trace: common.Hash{byte(i + 10)},
			salt: common.Hash{byte(i + 20)}, loss: 700 - 100*uint64(i), checkpoint: []byte{byte(i)}, traceCIDs: []byte("t")})
	}
	c.add(c.deposit(e.alice, trs[0].addr(), nrn(1)), c.deposit(e.alice, trs[1].addr(), nrn(1)),
		c.deposit(e.alice, crypto.PubkeyToAddress(creator.PublicKey), nrn(1)), c.deposit(e.alice, crypto.PubkeyToAddress(poor.PublicKey), nrn(1)))
	spec := testSpec()
	spec.CommitBlocks, spec.RevealBlocks = 2, 2
	id := c.st.Globals().NextMLSC
	c.add(c.sign(creator, &rollup.CreateMLSC{Nonce: 0, Spec: spec, Bounty: uint256.NewInt(1)}),
		c.sign(trs[0].key, &rollup.Stake{Nonce: 0, Amount: minStake}), c.sign(trs[1].key, &rollup.Stake{Nonce: 0, Amount: minStake}),
		c.sign(poor, &rollup.Stake{Nonce: 0, Amount: new(uint256.Int).SubUint64(minStake, 1)}))
	c.settleTraced(nil)
	// trs[1] commits through L1's forced queue; so do poor (below the minimum stake) and a key
	// that has no account at all: both consumed as failed, reading but writing nothing.
	fc, _ := c.force(e.bob, c.sign(trs[1].key, &rollup.Commit{Nonce: 1, MLSC: id, Round: 1, Commitment: trs[1].commitment(id, 1)}).Encode())
	fpoor, _ := c.force(e.bob, c.sign(poor, &rollup.Commit{Nonce: 1, MLSC: id, Round: 1, Commitment: common.Hash{0xd2}}).Encode())
	fnone, _ := c.force(e.bob, c.sign(newKey(t), &rollup.Commit{Nonce: 0, MLSC: id, Round: 1, Commitment: common.Hash{0xd3}}).Encode())
	rcs := c.add(c.sign(trs[0].key, &rollup.Commit{Nonce: 1, MLSC: id, Round: 1, Commitment: trs[0].commitment(id, 1)}), fc, fpoor, fnone)
	if rcs[1].Forced.Error != "" || rcs[2].Forced.Error == "" || rcs[3].Forced.Error == "" {
		t.Fatalf("forced commits: %+v %+v %+v", rcs[1].Forced, rcs[2].Forced, rcs[3].Forced)
	}
	st := c.stateAt(len(c.blocks))
	poorCommit := c.sign(poor, &rollup.Commit{Nonce: 1, MLSC: id, Round: 1, Commitment: common.Hash{0xd1}})
	c.untilPhase(id, rollup.PhaseReveal)
	fr, _ := c.force(e.bob, c.sign(trs[1].key, trs[1].reveal(2, id, 1)).Encode())
	c.add(c.sign(trs[0].key, trs[0].reveal(2, id, 1)), fr)
	c.settleTraced(nil)
	if r, _ := c.st.Round(id, 1); len(r.Reveals) != 2 || r.Best != 2 {
		t.Fatalf("round: %d reveals, best %d", len(r.Reveals), r.Best)
	}
	gas := c.differentialFrom(1)
	t.Logf("stepFraud gas without fees: commit %d, reveal %d, forced entries %d", gas[0x07], gas[0x08], gas[0x0a])
	if gas[0x07] == 0 || gas[0x08] == 0 || gas[0x0a] == 0 {
		t.Fatalf("no commit or reveal re-executed: %v", gas)
	}
	sv, svInst, ctx := c.stepVerifier()
	bad := *trs[0]
	bad.salt = common.Hash{0xff}
	for _, tc := range []struct {
		name string
		st   *rollup.State
		tx   *rollup.Tx
		want error
	}{
		{"commit below the minimum stake", st, poorCommit, rollup.ErrStake},
		{"reveal not opening", c.stateAt(len(c.blocks) - 1), c.sign(trs[0].key, bad.reveal(2, id, 1)), rollup.ErrCommitMatch},
	} {
		if _, err := tc.st.ApplyTx(c.cfg, tc.tx, 0); !errors.Is(err, tc.want) {
			t.Fatalf("%s: the STF says %v, want %v", tc.name, err, tc.want)
		}
		w, err := rollup.InvalidStepWitness(c.cfg, tc.st, tc.tx.Encode())
		if err != nil {
			t.Fatal(err)
		}
		if out := call(e, svInst, sv.PackExecute(ctx, tc.st.Root(), tc.tx.Encode(), w), sv.UnpackExecute); out.Valid {
			t.Fatalf("%s: L1 finds the step valid (root %x)", tc.name, out.PostRoot)
		}
	}
}
