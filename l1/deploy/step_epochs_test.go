package deploy_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/da/delta"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/rollup"
)

// TestStepBlocksDataRecord: block starts of an MLSC with a training-set record (a period
// proposal made it) and no delta applied are re-executed on L1 (StepBlocks keeps the record as
// it is): commit → reveal → proof, the proof window missed (the best revealer slashed: the
// globals' TotalStake less the slash, on L1 too), the claims released, round 2 opened on the
// unchanged set and the MLSC completed. A period vote locks its voter's stake (no unstake), and
// stake and unstake keep TotalStake (fees on, and the stake of a trainer with no fee to pay).
// L1 gives the Go STF's root at every step and no challenge succeeds.
func TestStepBlocksDataRecord(t *testing.T) {
	minStake := uint256.MustFromBig(nrn(1))
	feeTo := crypto.PubkeyToAddress(newKey(t).PublicKey)
	e, c := newRoundsChain(t, testFees(feeTo), minStake)
	c.cfg.Verifier = claimHashVerifier{}
	creator := newKey(t)
	var trs []*trainer
	for i := range 3 {
		trs = append(trs, &trainer{key: newKey(t), weights: crypto.Keccak256Hash([]byte("data weights"), []byte{byte(i)}),
			trace: crypto.Keccak256Hash([]byte("data trace"), []byte{byte(i)}), salt: common.Hash{byte(i + 1)}, loss: 500 - uint64(i),
			checkpoint: []byte("ckpt"), traceCIDs: []byte("trace")})
	}
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addrOf(k)) }
	deposits := []*rollup.Tx{c.deposit(e.alice, addrOf(creator), nrn(10))}
	for _, tr := range trs {
		deposits = append(deposits, c.deposit(e.alice, tr.addr(), nrn(3)))
	}
	c.add(deposits...)
	spec := testSpec()
	spec.CommitBlocks, spec.RevealBlocks, spec.ProofBlocks, spec.MaxRounds = 2, 2, 2, 2
	id := c.st.Globals().NextMLSC
	// One block: the MLSC, the stakes, a period proposal and vote (the training-set record),
	// and round 1's commitments of t0 and t2 (t2 claims the least); nobody will prove it.
	t0, t1, t2 := trs[0], trs[1], trs[2]
	txs := []*rollup.Tx{c.sign(creator, &rollup.CreateMLSC{Nonce: 0, Spec: spec, Bounty: uint256.MustFromBig(nrn(2))})}
	for _, tr := range trs {
		txs = append(txs, c.sign(tr.key, &rollup.Stake{Nonce: 0, Amount: minStake.Clone()}))
	}
	txs = append(txs, c.sign(t1.key, &rollup.ProposePeriod{Nonce: 1, MLSC: id, Blocks: 100}),
		c.sign(t1.key, &rollup.VotePeriod{Nonce: 2, MLSC: id, Proposal: 0}),
		c.sign(t0.key, &rollup.Commit{Nonce: 1, MLSC: id, Round: 1, Commitment: t0.commitment(id, 1)}),
		c.sign(t2.key, &rollup.Commit{Nonce: 1, MLSC: id, Round: 1, Commitment: t2.commitment(id, 1)}))
	c.add(txs...)
	if m, _ := c.st.MLSC(id); m.Data == nil {
		t.Fatal("no training-set record")
	}
	if a := c.st.Account(t1.addr()); a.OpenClaims != 1 {
		t.Fatalf("period voter's open claims %d, want 1 (its stake locked)", a.OpenClaims)
	}
	unstake := c.sign(t1.key, &rollup.Unstake{Nonce: nonce(t1.key), Amount: minStake.Clone()})
	if _, err := c.stateAt(len(c.blocks)).ApplyTx(c.cfg, unstake, 0); !errors.Is(err, rollup.ErrStakeLocked) {
		t.Fatalf("a locked voter unstakes: %v", err)
	}
	c.settleTraced(nil)

	c.untilPhase(id, rollup.PhaseReveal)
	c.add(c.sign(t0.key, t0.reveal(nonce(t0.key), id, 1)), c.sign(t2.key, t2.reveal(nonce(t2.key), id, 1)))
	c.untilPhase(id, rollup.PhaseProof)
	for range 20 {
		if m, _ := c.st.MLSC(id); m.Round == 2 {
			break
		}
		c.add()
	}
	if r, _ := c.st.Round(id, 1); !r.Slashed || r.Released != 2 {
		t.Fatalf("round 1: slashed %v, %d released", r.Slashed, r.Released)
	}
	// The slash left TotalStake at the sum of the stakes; t0 unstakes it all, t2 adds some.
	c.add(c.sign(t0.key, &rollup.Unstake{Nonce: nonce(t0.key), Amount: minStake.Clone()}),
		c.sign(t2.key, &rollup.Stake{Nonce: nonce(t2.key), Amount: uint256.NewInt(7)}))
	for range 20 {
		if m, _ := c.st.MLSC(id); m.Phase == rollup.PhaseDone {
			break
		}
		c.add()
	}
	m, _ := c.st.MLSC(id)
	if m.Phase != rollup.PhaseDone || m.Data == nil || len(m.Data.Applied) != 0 {
		t.Fatalf("MLSC %d: phase %s, data %+v", id, m.Phase, m.Data)
	}
	var total uint64
	for _, tr := range trs {
		total += c.st.Account(tr.addr()).Stake.Uint64()
	}
	if g := c.st.Globals(); g.TotalStake == nil || g.TotalStake.Uint64() != total {
		t.Fatalf("TotalStake %v, the stakes sum to %d", g.TotalStake, total)
	}
	c.settleTraced(nil)

	// Every block start of the MLSC with its record was re-executed (none refused).
	var withData int
	for n := range c.blocks {
		h := c.blocks[n].Header.Number
		d, ok := c.stateAt(n).DueAt(h)
		if !ok || len(d.MLSCs) == 0 || d.MLSCs[0] != id {
			continue
		}
		if m, _ := c.stateAt(n).MLSC(id); m.Data == nil {
			continue
		}
		withData++
	}
	if withData < 5 {
		t.Fatalf("%d block starts of the MLSC with a training-set record", withData)
	}
	gas := c.differential()
	t.Logf("%d block starts with a training-set record re-executed; stepFraud gas by kind %v", withData, gas)
}

// epochPeriod is the training-set epoch of the epoch chains (L2 and L1 alike).
const epochPeriod = 10

// epochChain has two MLSCs whose epochs close at the same height. MLSC a (rounds of 2+2+2
// blocks that nobody trains, so it is due every other block or so) has a ready delta with
// delta votes (the winner), a pending one (its data never comes: forfeited to a's escrow), a
// ready one without votes (refunded), a stale one proposed while the first epoch was
// settled (refunded, cannot win) and a period proposal backed by two of three staked trainers
// (a majority: the period changes at the close); MLSC b has a ready delta with a vote and a
// pending one, and completes (MaxRounds 1) before its epoch closes, so the forfeit goes to its
// creator. Nothing is settled to L1 yet.
type epochChain struct {
	*faultChain
	a, b          uint64
	creator       *ecdsa.PrivateKey
	stakers       []*ecdsa.PrivateKey
	proposer      *ecdsa.PrivateKey
	proposers     []*ecdsa.PrivateKey
	voters        []*ecdsa.PrivateKey
	base          []mlp.Example
	setCID        cid.Cid
	store         da.Store
	firstEpochEnd uint64
}

func newEpochChain(t *testing.T) *epochChain {
	c := newEpochChainWith(t, 3, 1, 3)
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addrOf(k)) }
	u := func(n int64) *uint256.Int { return uint256.MustFromBig(nrn(n)) }
	win, pending, idle := c.build([]uint64{1, 4}, nil), c.build([]uint64{2}, deltaExamples(2, 8)), c.build([]uint64{3}, nil)
	pn := nonce(c.proposer)
	s0, s1 := c.stakers[0], c.stakers[1]
	c.add(c.sign(c.proposer, rollup.ProposalTx(pn, c.a, win, uint256.NewInt(100))),
		c.sign(c.proposer, rollup.ProposalTx(pn+1, c.a, pending, uint256.NewInt(100))),
		c.sign(c.proposer, rollup.ProposalTx(pn+2, c.a, idle, uint256.NewInt(100))),
		c.sign(c.proposer, rollup.ProposalTx(pn+3, c.b, win, uint256.NewInt(100))),
		c.sign(c.proposer, rollup.ProposalTx(pn+4, c.b, pending, uint256.NewInt(100))),
		c.sign(s0, &rollup.ProposePeriod{Nonce: nonce(s0), MLSC: c.a, Blocks: 7}),
		c.sign(s0, &rollup.VotePeriod{Nonce: nonce(s0) + 1, MLSC: c.a, Proposal: 0}),
		c.sign(s1, &rollup.VotePeriod{Nonce: nonce(s1), MLSC: c.a, Proposal: 0}))
	v := c.voters
	c.add(c.sign(v[0], &rollup.VoteDelta{Nonce: nonce(v[0]), MLSC: c.a, Proposal: 0, Amount: u(2)}),
		c.sign(v[1], &rollup.VoteDelta{Nonce: nonce(v[1]), MLSC: c.a, Proposal: 1, Amount: u(1)}),
		c.sign(v[2], &rollup.VoteDelta{Nonce: nonce(v[2]), MLSC: c.b, Proposal: 0, Amount: u(1)}))
	ea, ok := c.st.DeltaEpoch(c.a)
	eb, okb := c.st.DeltaEpoch(c.b)
	if !ok || !okb || ea.End != eb.End {
		t.Fatalf("epochs: %+v %+v", ea, eb)
	}
	c.firstEpochEnd = ea.End
	for c.head.Number < ea.End-1 {
		c.add()
	}
	if m, _ := c.st.MLSC(c.b); m.Phase != rollup.PhaseDone {
		t.Fatalf("MLSC b is %s at the epoch's end", m.Phase)
	}
	return c
}

// build is a delta on the chain's base set removing removed and adding added.
func (c *epochChain) build(removed []uint64, added []mlp.Example) *delta.Built {
	b, err := delta.Build(context.Background(), c.store, c.setCID, c.base, 4, delta.LeafFunc(mlp.SquaredError), removed, added)
	if err != nil {
		c.t.Fatal(err)
	}
	return b
}

// newEpochChainWith funds the creator, stakers staked trainers, proposers proposers (the
// first is c.proposer) and voters delta voters, creates MLSCs a (rounds of 3+2 blocks nobody trains, 40 of
// them) and b (one round: done 4 blocks later) on a set of 200 examples in the last block of
// an epoch.
func newEpochChainWith(t *testing.T, stakers, proposers, voters int) *epochChain {
	e, l := newExitEnv(t, func(cfg *deploy.Config) {
		cfg.SequencerBond = big.NewInt(testBond)
		cfg.MinStake = big.NewInt(1)
		cfg.DeltaPeriod = epochPeriod
	})
	l.cfg.MinStake, l.cfg.DeltaPeriod = uint256.NewInt(1), epochPeriod
	postBond(e, e.sequencer, big.NewInt(testBond))
	c := &epochChain{faultChain: &faultChain{l2: l}, creator: newKey(t), store: da.NewMemory()}
	c.cfg.Verifier = claimHashVerifier{}
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addrOf(k)) }
	u := func(n int64) *uint256.Int { return uint256.MustFromBig(nrn(n)) }
	for range stakers {
		c.stakers = append(c.stakers, newKey(t))
	}
	for range proposers {
		c.proposers = append(c.proposers, newKey(t))
	}
	for range voters {
		c.voters = append(c.voters, newKey(t))
	}
	c.proposer = c.proposers[0]
	deposits := []*rollup.Tx{c.deposit(e.alice, addrOf(c.creator), nrn(10))}
	for _, k := range slices.Concat(c.stakers, c.proposers, c.voters) {
		deposits = append(deposits, c.deposit(e.alice, addrOf(k), nrn(10)))
	}
	c.add(deposits...)
	c.base = deltaExamples(200, 5)
	var err error
	if c.setCID, err = dataset.Write(context.Background(), c.store, c.base, dataset.Options{Classes: 4}); err != nil {
		t.Fatal(err)
	}
	spec := testSpec()
	spec.DatasetCID, spec.DatasetRoot, spec.DatasetSize = c.setCID.Bytes(), common.Hash(c.build([]uint64{0}, nil).BaseRoot.Bytes()), uint64(len(c.base))
	spec.CommitBlocks, spec.RevealBlocks, spec.ProofBlocks, spec.MaxRounds = 3, 2, 2, 40 // boundaries of both parities
	c.a = c.st.Globals().NextMLSC
	c.b = c.a + 1
	specB := spec
	specB.MaxRounds = 1
	txs := []*rollup.Tx{c.sign(c.creator, &rollup.CreateMLSC{Nonce: nonce(c.creator), Spec: spec, Bounty: u(3)}),
		c.sign(c.creator, &rollup.CreateMLSC{Nonce: nonce(c.creator) + 1, Spec: specB, Bounty: u(1)})}
	for _, k := range c.stakers {
		txs = append(txs, c.sign(k, &rollup.Stake{Nonce: nonce(k), Amount: u(1)}))
	}
	for c.head.Number%epochPeriod != epochPeriod-2 { // created in an epoch's last block
		c.add()
	}
	c.add(txs...)
	return c
}

// settleEpochs adds blocks until both MLSCs' epochs are closed and settled; in the block after
// the first epoch work on a, a delta proposed on a's set before the winner is applied (stale).
// It returns the blocks (indexes into c.blocks) whose block start did epoch work, and whether a
// block start with MLSCs and epochs due did each kind of work.
func (c *epochChain) settleEpochs(t *testing.T) (epochBlocks []int, epochWithMLSC, roundWithEpochs bool) {
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addrOf(k)) }
	stale, err := delta.Build(context.Background(), c.store, c.setCID, c.base, 4, delta.LeafFunc(mlp.SquaredError), []uint64{5}, nil)
	if err != nil {
		t.Fatal(err)
	}
	proposed := false
	for range 8 * epochPeriod {
		_, openA := c.st.DeltaEpoch(c.a)
		_, closingA := c.st.DeltaClosing(c.a)
		_, openB := c.st.DeltaEpoch(c.b)
		_, closingB := c.st.DeltaClosing(c.b)
		if proposed && !openA && !closingA && !openB && !closingB {
			return
		}
		h := c.head.Number + 1
		d, _ := c.st.DueAt(h)
		work := rollup.EpochWorkAt(h, len(d.MLSCs), len(d.Epochs))
		if work {
			epochBlocks = append(epochBlocks, len(c.blocks))
		}
		epochWithMLSC = epochWithMLSC || work && len(d.MLSCs) > 0
		roundWithEpochs = roundWithEpochs || !work && len(d.Epochs) > 0
		var txs []*rollup.Tx
		if _, closing := c.st.DeltaClosing(c.a); closing && !proposed {
			txs = append(txs, c.sign(c.proposer, rollup.ProposalTx(nonce(c.proposer), c.a, stale, uint256.NewInt(100))))
			proposed = true
		}
		c.add(txs...)
	}
	t.Fatal("the epochs were not settled")
	return
}

// TestStepEpochs: every block start around two MLSCs' epoch closes is re-executed on L1: the
// closes (a's with its period vote winning: the period changes), the settlements over several
// block starts (a's pending delta forfeited to its escrow, its ready one without votes refunded,
// the winner applied with the delta reward minted, delta votes and period locks released; b
// done before its close, so its forfeit pays its creator), a stale delta proposed while a's
// epoch was settled (refunded, not applied) and the close and settlement of its epoch; the two
// MLSCs' epochs in turn (round robin); with MLSC a due at the same heights, even heights doing
// the epoch work (StepEpochs, forwarded by StepBlocks) and odd ones advancing a and carrying the
// epochs (StepBlocks). L1 gives the Go STF's root at every step under half the transaction cap
// and no challenge of an honest step succeeds.
func TestStepEpochs(t *testing.T) {
	c := newEpochChain(t)
	creatorBefore := c.st.Account(addrOf(c.creator)).Balance.Clone()
	epochBlocks, epochWithMLSC, roundWithEpochs := c.settleEpochs(t)
	if !epochWithMLSC || !roundWithEpochs {
		t.Fatalf("epoch work with MLSCs due %v, round work with epochs listed %v", epochWithMLSC, roundWithEpochs)
	}
	ma, _ := c.st.MLSC(c.a)
	mb, _ := c.st.MLSC(c.b)
	if ma.Data == nil || len(ma.Data.Applied) != 1 || ma.Data.Period != 7 || mb.Data == nil || len(mb.Data.Applied) != 1 {
		t.Fatalf("a's data %+v, b's %+v", ma.Data, mb.Data)
	}
	if p, ok := c.st.DeltaProposal(c.a, 3); !ok || p.Status != rollup.DeltaLost {
		t.Fatalf("the stale proposal: %v %+v", ok, p.Status)
	}
	if got := c.st.Account(addrOf(c.creator)).Balance; !got.Gt(creatorBefore) {
		t.Fatalf("b's creator got no forfeit: %v then %v", creatorBefore, got)
	}
	for _, k := range append(slices.Clone(c.stakers), c.voters...) {
		if a := c.st.Account(addrOf(k)); a.OpenClaims != 0 {
			t.Fatalf("%x: %d open claims", addrOf(k), a.OpenClaims)
		}
	}
	// Round robin: b's settlement ends before a's first one does.
	var doneA, doneB uint64
	for _, n := range epochBlocks {
		pre, post := c.stateAt(n), c.stateAt(n+1)
		h := c.blocks[n].Header.Number
		if _, was := pre.DeltaClosing(c.a); was && doneA == 0 {
			if _, still := post.DeltaClosing(c.a); !still {
				doneA = h
			}
		}
		if _, was := pre.DeltaClosing(c.b); was && doneB == 0 {
			if _, still := post.DeltaClosing(c.b); !still {
				doneB = h
			}
		}
	}
	if doneB == 0 || doneA == 0 || doneB > doneA {
		t.Fatalf("settlements ended at %d (b) and %d (a): b's should end first", doneB, doneA)
	}
	c.settleWithMessages(nil)
	for _, n := range epochBlocks {
		t.Logf("epoch block start at %d (%s): %d gas", c.blocks[n].Header.Number, epochCase(c.stateAt(n), c.blocks[n].Header.Number), c.blockGas(n))
	}
	gas := c.differential()
	t.Logf("%d epoch block starts; stepFraud gas by kind %v", len(epochBlocks), gas)
}

// epochCase names the epoch work of the block start at height h on state pre (before it).
func epochCase(pre *rollup.State, h uint64) string {
	d, _ := pre.DueAt(h)
	id := d.Epochs[0]
	if c, ok := pre.DeltaClosing(id); ok {
		return fmt.Sprintf("MLSC %d settles from item %d", id, c.Cursor)
	}
	return fmt.Sprintf("MLSC %d closes", id)
}

// blockGas is FaultProver.stepFraud's gas for the block start of block n (settled in a batch).
func (c *faultChain) blockGas(n int) uint64 {
	c.t.Helper()
	for _, b := range c.batches {
		if n < b.first || n > b.last {
			continue
		}
		k := 0
		for m := b.first; m < n; m++ {
			k += 1 + len(c.blocks[m].Txs)
		}
		return c.stepGas(b, k)
	}
	c.t.Fatalf("block %d is in no batch", n)
	return 0
}

// TestStepEpochsWorstGas measures the costliest epoch block starts: MLSC a's epoch has eight
// period proposals (the most an epoch takes), five of eight staked trainers backing the first
// and the three others one each (the period changes at the close, eight period voters to
// release), a pending delta and two ready ones from distinct proposers with two delta votes
// each from four distinct voters. So one block start settles two proposals crediting two
// accounts, one the winner with its proposer and a voter, one four distinct voters, one a
// period voter's lock each up to four. L1 gives the Go STF's root at every step under half the
// transaction cap (differential) and no challenge succeeds.
func TestStepEpochsWorstGas(t *testing.T) {
	c := newEpochChainWith(t, 8, 3, 4)
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addrOf(k)) }
	u := func(n int64) *uint256.Int { return uint256.MustFromBig(nrn(n)) }
	var txs []*rollup.Tx
	for i, k := range c.stakers {
		txs = append(txs, c.sign(k, &rollup.ProposePeriod{Nonce: nonce(k), MLSC: c.a, Blocks: uint64(7 + i)}))
	}
	c.add(txs...)
	txs = nil
	for i, k := range c.stakers {
		txs = append(txs, c.sign(k, &rollup.VotePeriod{Nonce: nonce(k), MLSC: c.a, Proposal: uint64(max(0, i-4))}))
	}
	p := c.proposers
	txs = append(txs, c.sign(p[0], rollup.ProposalTx(nonce(p[0]), c.a, c.build([]uint64{2}, deltaExamples(2, 8)), uint256.NewInt(100))),
		c.sign(p[1], rollup.ProposalTx(nonce(p[1]), c.a, c.build([]uint64{1, 4}, nil), uint256.NewInt(100))),
		c.sign(p[2], rollup.ProposalTx(nonce(p[2]), c.a, c.build([]uint64{3}, nil), uint256.NewInt(100))))
	c.add(txs...)
	v := c.voters
	c.add(c.sign(v[0], &rollup.VoteDelta{Nonce: nonce(v[0]), MLSC: c.a, Proposal: 1, Amount: u(2)}),
		c.sign(v[1], &rollup.VoteDelta{Nonce: nonce(v[1]), MLSC: c.a, Proposal: 1, Amount: u(1)}),
		c.sign(v[2], &rollup.VoteDelta{Nonce: nonce(v[2]), MLSC: c.a, Proposal: 2, Amount: u(1)}),
		c.sign(v[3], &rollup.VoteDelta{Nonce: nonce(v[3]), MLSC: c.a, Proposal: 2, Amount: u(1)}))
	e, _ := c.st.DeltaEpoch(c.a)
	if len(e.Periods) != 8 || len(e.Proposals) != 3 || e.Tally.Voters != 4 {
		t.Fatalf("epoch: %d periods, %d proposals, %d votes", len(e.Periods), len(e.Proposals), e.Tally.Voters)
	}
	var epochBlocks []int
	for range 8 * epochPeriod {
		_, open := c.st.DeltaEpoch(c.a)
		_, closing := c.st.DeltaClosing(c.a)
		if !open && !closing {
			break
		}
		h := c.head.Number + 1
		if d, _ := c.st.DueAt(h); rollup.EpochWorkAt(h, len(d.MLSCs), len(d.Epochs)) {
			epochBlocks = append(epochBlocks, len(c.blocks))
		}
		c.add()
	}
	if m, _ := c.st.MLSC(c.a); m.Data.Period != 7 || len(m.Data.Applied) != 1 || m.Data.Applied[0].Proposal != 1 {
		t.Fatalf("a's data: %+v", m.Data)
	}
	c.settleWithMessages(nil)
	for _, n := range epochBlocks {
		t.Logf("epoch block start at %d (%s): %d gas", c.blocks[n].Header.Number, epochCase(c.stateAt(n), c.blocks[n].Header.Number), c.blockGas(n))
	}
	c.differential()
}

// TestStepEpochsLies: a sequencer lying in an epoch block start of the epoch chain is removed by
// one challengeStep of that block start (the step before it is refused NoFraud): the winner's
// reward one wei high (its proposer and Issued), a delta vote not released, the winner not
// applied (the MLSC's training set as it was), the epochs not rotated (the MLSC worked on left
// first in the next height's list), and round work done with the epoch work (the due MLSC
// advanced as the next block start advances it).
func TestStepEpochsLies(t *testing.T) {
	type lieFn func(t *testing.T, c *epochChain, n int, post *rollup.State)
	load := func(t *testing.T, post *rollup.State, key []byte, v any) {
		b, err := rlp.EncodeToBytes(v)
		if err != nil {
			t.Fatal(err)
		}
		if err := post.LoadEntry(key, b); err != nil {
			t.Fatal(err)
		}
	}
	winner := func(c *epochChain, n int) bool { // block n applies a's winner
		a, _ := c.stateAt(n).MLSC(c.a)
		b, _ := c.stateAt(n + 1).MLSC(c.a)
		return len(b.Data.Applied) > len(a.Data.Applied)
	}
	for _, tc := range []struct {
		name string
		at   func(c *epochChain, n int) bool // the lying block start: the first epoch block n that matches
		lie  lieFn
	}{
		{"reward one wei high", winner, func(t *testing.T, c *epochChain, n int, post *rollup.State) {
			m, _ := post.MLSC(c.a)
			to := m.Data.Applied[0].Proposer
			acc := post.Account(to)
			acc.Balance.AddUint64(acc.Balance, 1)
			load(t, post, rollup.AccountKey(to), &acc)
			g := post.Globals()
			g.Issued.AddUint64(g.Issued, 1)
			load(t, post, rollup.GlobalsKey(), &g)
		}},
		{"delta vote not released", func(c *epochChain, n int) bool {
			v := addrOf(c.voters[0])
			return c.stateAt(n + 1).Account(v).Balance.Gt(c.stateAt(n).Account(v).Balance)
		}, func(t *testing.T, c *epochChain, n int, post *rollup.State) {
			v := addrOf(c.voters[0])
			acc := c.stateAt(n).Account(v)
			load(t, post, rollup.AccountKey(v), &acc)
		}},
		{"winner not applied", winner, func(t *testing.T, c *epochChain, n int, post *rollup.State) {
			m, _ := c.stateAt(n).MLSC(c.a)
			load(t, post, rollup.MLSCKey(c.a), &m)
		}},
		{"epochs not rotated", func(c *epochChain, n int) bool {
			h := c.blocks[n].Header.Number
			d, _ := c.stateAt(n + 1).DueAt(h + 1)
			return len(d.Epochs) > 1 && d.Epochs[len(d.Epochs)-1] != d.Epochs[0]
		}, func(t *testing.T, c *epochChain, n int, post *rollup.State) {
			h := c.blocks[n].Header.Number
			d, _ := post.DueAt(h + 1)
			last := d.Epochs[len(d.Epochs)-1]
			d.Epochs = append([]uint64{last}, d.Epochs[:len(d.Epochs)-1]...)
			load(t, post, rollup.DueKey(h+1), &d)
		}},
		{"round work done too", func(c *epochChain, n int) bool {
			d, _ := c.stateAt(n).DueAt(c.blocks[n].Header.Number)
			if len(d.MLSCs) == 0 {
				return false
			}
			a, _ := c.stateAt(n + 1).MLSC(d.MLSCs[0])
			b, _ := c.stateAt(n + 2).MLSC(d.MLSCs[0])
			return a.Phase != b.Phase
		}, func(t *testing.T, c *epochChain, n int, post *rollup.State) {
			d, _ := c.stateAt(n).DueAt(c.blocks[n].Header.Number)
			m, _ := c.stateAt(n + 2).MLSC(d.MLSCs[0])
			load(t, post, rollup.MLSCKey(d.MLSCs[0]), &m)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newEpochChain(t)
			c.settleWithMessages(nil)
			start := len(c.blocks)
			epochBlocks, _, _ := c.settleEpochs(t)
			block := -1
			for _, n := range epochBlocks {
				if n >= start && len(c.blocks[n].Txs) == 0 && n+2 <= len(c.blocks) && tc.at(c, n) {
					block = n
					break
				}
			}
			if block < 0 {
				t.Fatal("no epoch block start to lie in")
			}
			k := 0
			for n := start; n < block; n++ {
				k += 1 + len(c.blocks[n].Txs)
			}
			b := c.settleWithMessages(func(leaves []rollup.StepLeaf) {
				post := c.stateAt(block + 1) // its block has no transaction: the state after its start
				tc.lie(t, c, block, post)
				root, _, err := post.Commit()
				if err != nil || root == leaves[k].Root {
					t.Fatalf("root %x: %v", root, err)
				}
				leaves[k].Root = root
			})
			e, r := c.e, c.e.d.Rollup
			if k > 0 {
				_, err := e.send(e.bob, r.Instance, r.Binding.PackChallengeStep(b.record, c.stepChallenge(b, k-1, c.trace(b.first, b.last, k-1).Witness())))
				wantRevert(t, err, bindings.RollupNoFraudErrorID())
			}
			rcpt := e.mustSend(e.bob, r.Instance, r.Binding.PackChallengeStep(b.record, c.stepChallenge(b, k, c.trace(b.first, b.last, k).Witness())))
			t.Logf("challenge of the lying epoch block start at %d (%s): %d gas", c.blocks[block].Header.Number, epochCase(c.stateAt(block), c.blocks[block].Header.Number), rcpt.GasUsed)
			if got := call(e, r.Instance, r.Binding.PackBatchCount(), r.Binding.UnpackBatchCount); got != b.header.Index {
				t.Fatalf("batch count %d after the challenge, want %d", got, b.header.Index)
			}
		})
	}
}
