package deploy_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/da/delta"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/rollup"
)

// adoptPeriod is the training-set epoch of the adopt chains (L2 and L1 alike).
const adoptPeriod = 12

// adoptChain is an MLSC of two rounds on a set of 20 examples (target loss 100) whose delta,
// removing two examples, is applied during round 1's commit window; round 1 is won with a loss
// sum of 500 and proven. All of it is settled in one honest batch (not re-executed: its create's
// spec is not in L1's circuit table); the next block starts release
// round 1's claim and open round 2 on the new set.
type adoptChain struct {
	*faultChain
	id                uint64
	trainer, proposer common.Address
	proposerKey       *ecdsa.PrivateKey
	newRoot           common.Hash
}

// newAdoptChain plays the adopt chain, its MLSC's spec changed by edits (a use fee, say).
func newAdoptChain(t *testing.T, edits ...func(*rollup.MLSCSpec)) *adoptChain {
	e, l := newExitEnv(t, func(cfg *deploy.Config) {
		cfg.SequencerBond = big.NewInt(testBond)
		cfg.MinStake = big.NewInt(1)
		cfg.DeltaPeriod = adoptPeriod
	})
	l.cfg.MinStake, l.cfg.DeltaPeriod = uint256.NewInt(1), adoptPeriod
	postBond(e, e.sequencer, big.NewInt(testBond))
	c := &faultChain{l2: l}
	c.cfg.Verifier = claimHashVerifier{}
	ctx := context.Background()
	addr := func(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addr(k)) }
	u := func(n int64) *uint256.Int { return uint256.MustFromBig(nrn(n)) }
	creator, trainer, prover, proposer, voter := newKey(t), newKey(t), newKey(t), newKey(t), newKey(t)
	var deposits []*rollup.Tx
	for _, k := range []*ecdsa.PrivateKey{creator, trainer, prover, proposer, voter} {
		deposits = append(deposits, c.deposit(e.alice, addr(k), nrn(10)))
	}
	c.add(deposits...)
	store := da.NewMemory()
	base := deltaExamples(20, 5)
	setCID, err := dataset.Write(ctx, store, base, dataset.Options{Classes: 4})
	if err != nil {
		t.Fatal(err)
	}
	b, err := delta.Build(ctx, store, setCID, base, 4, delta.LeafFunc(mlp.SquaredError), []uint64{1, 4}, nil) // ready at once
	if err != nil {
		t.Fatal(err)
	}
	spec := testSpec()
	spec.DatasetCID, spec.DatasetRoot, spec.DatasetSize = setCID.Bytes(), b.BaseRoot.Bytes(), uint64(len(base))
	spec.CommitBlocks, spec.RevealBlocks, spec.ProofBlocks = 2*adoptPeriod+8, 2, 2
	spec.MaxRounds, spec.TargetLoss = 2, 100
	for _, edit := range edits {
		edit(&spec)
	}
	id := c.st.Globals().NextMLSC
	c.add(c.sign(trainer, &rollup.Stake{Nonce: nonce(trainer), Amount: u(1)}),
		c.sign(creator, &rollup.CreateMLSC{Nonce: nonce(creator), Spec: spec, Bounty: u(3)}))
	w, tr, salt, loss := crypto.Keccak256Hash([]byte("adopt weights")), crypto.Keccak256Hash([]byte("adopt trace")), common.Hash{9}, uint64(500)
	c.add(c.sign(proposer, rollup.ProposalTx(nonce(proposer), id, b, uint256.NewInt(100))),
		c.sign(trainer, &rollup.Commit{Nonce: nonce(trainer), MLSC: id, Round: 1,
			Commitment: rollup.CommitmentHash(id, 1, w, tr, loss, addr(trainer), salt)}))
	c.add(c.sign(voter, &rollup.VoteDelta{Nonce: nonce(voter), MLSC: id, Proposal: 0, Amount: u(2)}))
	for range 3 * adoptPeriod {
		m, _ := c.st.MLSC(id)
		if _, closing := c.st.DeltaClosing(id); m.Data != nil && len(m.Data.Applied) == 1 && !closing {
			break
		}
		c.add()
	}
	m, _ := c.st.MLSC(id)
	if m.Data == nil || len(m.Data.Applied) != 1 || m.Phase != rollup.PhaseCommit || m.Data.Size != 18 {
		t.Fatalf("MLSC %d: phase %s, data %+v", id, m.Phase, m.Data)
	}
	for range 3 * adoptPeriod {
		if m, _ := c.st.MLSC(id); m.Phase == rollup.PhaseReveal {
			break
		}
		c.add()
	}
	c.add(c.sign(trainer, &rollup.Reveal{Nonce: nonce(trainer), MLSC: id, Round: 1, CheckpointCID: []byte("ckpt"),
		WeightCommitment: w, TraceCID: []byte("trace"), TraceRoot: tr, ClaimedLossSum: loss, Salt: salt}))
	c.untilPhase(id, rollup.PhaseProof)
	claim, err := c.st.ClaimOf(id, 1)
	if err != nil {
		t.Fatal(err)
	}
	c.add(c.sign(prover, &rollup.LossProof{Nonce: nonce(prover), MLSC: id, Round: 1, Proof: claimHashProof(claim)}))
	if m, _ := c.st.MLSC(id); m.BestLossSum != loss || m.Spec.DatasetSize != 20 {
		t.Fatalf("after the proof: best loss %d, spec size %d", m.BestLossSum, m.Spec.DatasetSize)
	}
	c.settleTraced(nil)
	return &adoptChain{faultChain: c, id: id, trainer: addr(trainer), proposer: addr(proposer), proposerKey: proposer, newRoot: common.Hash(b.NewRoot.Bytes())}
}

// openRound2 adds blocks until round 2 opens; it returns the block (index into c.blocks) whose
// block start opened it.
func (c *adoptChain) openRound2(t *testing.T) int {
	start := len(c.blocks)
	c.settleRound(c.id, 1)
	for n := start; n < len(c.blocks); n++ {
		if m, _ := c.stateAt(n + 1).MLSC(c.id); m.Round == 2 {
			return n
		}
	}
	t.Fatal("round 2 never opened")
	return 0
}

// TestStepBlocksAdoptDelta: block starts of an MLSC whose training set took a delta (applied
// at an epoch's close, which L1 does not re-execute) are re-executed on L1: round 2 opens on
// the new set (rollup adoptDataset: the best loss sum 500 and target loss 100 scaled by 18 /
// 20, the spec's dataset CID, root and size the record's; BlockDeltas.adopt) and the MLSC
// completes with the delta's proposer among the model's contributors (one delta, the delta
// weight 1; BlockDeltas.proposers) beside the trainer's round. From round 1's release to the
// completion L1 gives the Go STF's root and message tree at every step and no challenge
// succeeds; a block start that opens round 2 with
// the best loss sum left unscaled is removed by one challenge.
func TestStepBlocksAdoptDelta(t *testing.T) {
	t.Run("honest", func(t *testing.T) {
		c := newAdoptChain(t)
		c.openRound2(t)
		m, _ := c.st.MLSC(c.id)
		if m.BestLossSum != 450 || m.Spec.TargetLoss != 90 || m.Spec.DatasetSize != 18 ||
			common.Hash(m.Spec.DatasetRoot) != c.newRoot || string(m.Spec.DatasetCID) != string(m.Data.CID) {
			t.Fatalf("round 2 opened with best loss %d, target %d, set %x (%d): want 450, 90, %x (18)",
				m.BestLossSum, m.Spec.TargetLoss, m.Spec.DatasetRoot, m.Spec.DatasetSize, c.newRoot)
		}
		for range 4 * adoptPeriod {
			if m, _ := c.st.MLSC(c.id); m.Phase == rollup.PhaseDone {
				break
			}
			c.add()
		}
		md, ok := c.st.Model(c.id)
		if !ok || !md.Done || md.Message == 0 || md.DeltaWeight != 1 || md.TrainerWeight != 1 || len(md.Contributors) != 2 {
			t.Fatalf("model: %+v", md)
		}
		for _, ct := range md.Contributors {
			if ct.Addr == c.proposer && (ct.Deltas != 1 || ct.Rounds != 0) || ct.Addr == c.trainer && (ct.Rounds != 1 || ct.Deltas != 0) {
				t.Fatalf("contributor %+v", ct)
			}
		}
		c.settleWithMessages(nil)
		c.differentialFrom(1) // batch 0's create has a spec L1's circuit table does not know
		t.Logf("block start stepFraud gas by case %v", c.differentialBlocks(1, 16_777_216/2))
	})
	t.Run("unscaled best loss", func(t *testing.T) {
		c := newAdoptChain(t)
		first := len(c.blocks)
		n := c.openRound2(t)
		k := 0
		for b := first; b < n; b++ {
			k += 1 + len(c.blocks[b].Txs)
		}
		bt := c.settleWithMessages(func(leaves []rollup.StepLeaf) {
			m, _ := c.stateAt(n + 1).MLSC(c.id)
			m.BestLossSum = 500
			v, err := rlp.EncodeToBytes(&m)
			if err != nil {
				t.Fatal(err)
			}
			post := c.stateAt(n + 1)
			if err := post.LoadEntry(rollup.MLSCKey(c.id), v); err != nil {
				t.Fatal(err)
			}
			root, _, err := post.Commit()
			if err != nil || root == leaves[k].Root {
				t.Fatalf("root %x: %v", root, err)
			}
			leaves[k].Root = root
		})
		e, r := c.e, c.e.d.Rollup
		if k > 0 {
			_, err := e.send(e.bob, r.Instance, r.Binding.PackChallengeStep(bt.record, c.stepChallenge(bt, k-1, c.trace(bt.first, bt.last, k-1).Witness())))
			wantRevert(t, err, bindings.RollupNoFraudErrorID())
		}
		rcpt := e.mustSend(e.bob, r.Instance, r.Binding.PackChallengeStep(bt.record, c.stepChallenge(bt, k, c.trace(bt.first, bt.last, k).Witness())))
		t.Logf("challenge of the lying block start %d: %d gas", k, rcpt.GasUsed)
		if got := call(e, r.Instance, r.Binding.PackBatchCount(), r.Binding.UnpackBatchCount); got != bt.header.Index {
			t.Fatalf("batch count %d after the challenge, want %d", got, bt.header.Index)
		}
	})
}
