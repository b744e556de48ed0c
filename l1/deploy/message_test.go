package deploy_test

import (
	"crypto/ecdsa"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/rollup"
)

// claimHashVerifier accepts exactly the "proof" keccak256(rlp(claim)): the fault chains'
// stand-in for Groth16, so that an L2 run by the real STF can win a round and complete a
// model (its completion message is what these tests follow). L1 never sees these proofs:
// the fault chains' batches commit to none (proofsHash zero).
type claimHashVerifier struct{}

func (claimHashVerifier) Supports(*rollup.MLSCSpec) error { return nil }
func (claimHashVerifier) Verify(_ *rollup.MLSCSpec, c *rollup.Claim, proof []byte) error {
	if string(proof) != string(claimHashProof(c)) {
		return errors.New("proof does not match the claim")
	}
	return nil
}
func (claimHashVerifier) PublicInput(_ *rollup.MLSCSpec, c *rollup.Claim) (common.Hash, error) {
	return common.BytesToHash(claimHashProof(c)), nil
}
func (claimHashVerifier) CircuitID(*rollup.MLSCSpec) (common.Hash, error) {
	return crypto.Keccak256Hash([]byte("claim hash")), nil
}

func claimHashProof(c *rollup.Claim) []byte {
	b, _ := rlp.EncodeToBytes(c)
	return crypto.Keccak256(b)
}

// modelPlayers are the accounts of completeModel: the MLSC's creator, the trainer who wins
// its one round and the prover who proves it.
type modelPlayers struct {
	creator, trainer, prover *ecdsa.PrivateKey
}

// completeModel funds three new accounts, creates an MLSC of one round with use fee useFee,
// has the trainer win it and the prover prove it, so that MLSC id completes with a proven
// model and queues its completion message. The chain's verifier becomes claimHashVerifier.
func (c *faultChain) completeModel(useFee *uint256.Int) (modelPlayers, uint64) {
	c.t.Helper()
	p := modelPlayers{creator: newKey(c.t), trainer: newKey(c.t), prover: newKey(c.t)}
	id := c.playModel(p, func(s *rollup.MLSCSpec) { s.MaxRounds, s.UseFee = 1, useFee })
	if md, ok := c.st.Model(id); !ok || !md.Done || md.Message == 0 {
		c.t.Fatalf("MLSC %d did not complete with a message: %+v", id, md)
	}
	return p, id
}

// playModel deposits 10, 10 and 1 NRN to p's creator, trainer and prover, has the creator
// create an MLSC (testSpec with windows of two blocks, edited by edit), the trainer stake and
// win its round 1 and the prover prove it, and returns the MLSC's id. The chain's verifier
// becomes claimHashVerifier.
func (c *faultChain) playModel(p modelPlayers, edit func(*rollup.MLSCSpec)) uint64 {
	c.t.Helper()
	c.cfg.Verifier = claimHashVerifier{}
	addr := func(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
	e := c.e
	c.add(c.deposit(e.alice, addr(p.creator), nrn(10)), c.deposit(e.alice, addr(p.trainer), nrn(10)), c.deposit(e.alice, addr(p.prover), nrn(1)))
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addr(k)) }
	spec := testSpec()
	spec.CommitBlocks, spec.RevealBlocks, spec.ProofBlocks = 2, 2, 2
	edit(&spec)
	id := c.st.Globals().NextMLSC
	c.add(c.sign(p.trainer, &rollup.Stake{Nonce: nonce(p.trainer), Amount: uint256.MustFromBig(nrn(1))}),
		c.sign(p.creator, &rollup.CreateMLSC{Nonce: nonce(p.creator), Spec: spec, Bounty: uint256.MustFromBig(nrn(3))}))
	w, tr, salt, loss := crypto.Keccak256Hash([]byte("weights"), []byte{byte(id)}), crypto.Keccak256Hash([]byte("trace")), common.Hash{7}, uint64(500)
	c.add(c.sign(p.trainer, &rollup.Commit{Nonce: nonce(p.trainer), MLSC: id, Round: 1,
		Commitment: rollup.CommitmentHash(id, 1, w, tr, loss, addr(p.trainer), salt)}))
	c.untilPhase(id, rollup.PhaseReveal)
	c.add(c.sign(p.trainer, &rollup.Reveal{Nonce: nonce(p.trainer), MLSC: id, Round: 1, CheckpointCID: []byte("ckpt"),
		WeightCommitment: w, TraceCID: []byte("trace"), TraceRoot: tr, ClaimedLossSum: loss, Salt: salt}))
	c.untilPhase(id, rollup.PhaseProof)
	claim, err := c.st.ClaimOf(id, 1)
	if err != nil {
		c.t.Fatal(err)
	}
	c.add(c.sign(p.prover, &rollup.LossProof{Nonce: nonce(p.prover), MLSC: id, Round: 1, Proof: claimHashProof(claim)}))
	c.settleRound(id, 1)
	return id
}

// settleRound adds empty blocks until round `round` of MLSC id is settled (the block starts
// after its loss proof or slash release its claims, then open the next round or complete it).
func (c *faultChain) settleRound(id, round uint64) {
	c.t.Helper()
	for range 80 {
		if m, _ := c.st.MLSC(id); m.Round > round || m.Phase == rollup.PhaseDone {
			return
		}
		c.add()
	}
	c.t.Fatalf("round %d of MLSC %d was never settled", round, id)
}

// untilPhase adds empty blocks until MLSC id is in phase p.
func (c *faultChain) untilPhase(id uint64, p rollup.Phase) {
	c.t.Helper()
	for range 20 {
		if m, _ := c.st.MLSC(id); m.Phase == p {
			return
		}
		c.add()
	}
	c.t.Fatalf("MLSC %d never reached phase %s", id, p)
}

// messageRoot is the root of the messages the open batch made (rollup.MessageRoot).
func (c *faultChain) messageRoot(from uint64) common.Hash {
	c.t.Helper()
	r, err := rollup.MessageRoot(c.cfg, c.st, from, c.st.Globals().NextMessage)
	if err != nil {
		c.t.Fatal(err)
	}
	return r
}

// endChallenge is the end challenge of batch b: its last leaf and a proof of the globals at
// the state after its blocks.
func (c *faultChain) endChallenge(b faultBatch) []byte {
	c.t.Helper()
	last := len(b.leaves) - 1
	gp, err := c.stateAt(b.last + 1).ProveOrdered(rollup.GlobalsKey())
	if err != nil {
		c.t.Fatal(err)
	}
	enc, _ := rlpList(gp)
	end := bindings.FaultProverEndChallenge{Last: leafOf(b.leaves[last]), Path: path(rollup.StepTreeProof(rollup.LeafHashes(b.leaves), last)), GlobalsProof: enc}
	return c.e.d.FaultProver.Binding.PackEncodeEndChallenge(end)[4:]
}

// TestMessageRootChallenge: a batch's L2→L1 messages (the ModelNFT's completion messages) are
// in its step trace. An honest batch whose loss proof completes a model (one message) survives
// the challenge of its end; a later batch that claims a message root its steps never made
// (a sequencer minting itself a model NFT) is removed by challengeEnd; and one whose trace
// also claims the forged message, at a transfer, is removed by challenging that step (a
// transfer makes no message).
func TestMessageRootChallenge(t *testing.T) {
	forged := crypto.Keccak256Hash([]byte("a model NFT for the sequencer"))
	// honest settles a batch whose loss proof completes a model, checks that its end stands,
	// and adds a block with a transfer for the next batch.
	honest := func(t *testing.T) (*env, *faultChain) {
		e, c := newFaultChain(t, rollup.FeeRule{})
		p, _ := c.completeModel(nil)
		b := c.settleTraced(func(_ []rollup.StepLeaf, h *bindings.RollupBatchHeader) { h.MessageRoot = c.messageRoot(0) })
		if got := b.leaves[len(b.leaves)-1].Messages; got.Count != 1 || got.Root() != c.messageRoot(0) || b.header.MessageRoot == ([32]byte{}) {
			t.Fatalf("the trace's message tree has %d leaves (root %s), the batch's message root %x", got.Count, got.Root(), b.header.MessageRoot)
		}
		_, err := e.send(e.bob, e.d.Rollup.Instance, e.d.Rollup.Binding.PackChallengeEnd(b.record, c.endChallenge(b)))
		wantRevert(t, err, bindings.RollupNoFraudErrorID())
		from := crypto.PubkeyToAddress(p.creator.PublicKey)
		c.add(c.sign(p.creator, &rollup.Transfer{Nonce: c.st.Nonce(from), To: e.bob.addr, Amount: uint256.NewInt(1)}))
		return e, c
	}
	removed := func(t *testing.T, e *env, index uint64, data []byte) {
		t.Helper()
		rcpt := e.mustSend(e.bob, e.d.Rollup.Instance, data)
		t.Logf("challenge: %d gas", rcpt.GasUsed)
		if n := call(e, e.d.Rollup.Instance, e.d.Rollup.Binding.PackBatchCount(), e.d.Rollup.Binding.UnpackBatchCount); n != index {
			t.Fatalf("batch count %d after the challenge, want %d", n, index)
		}
	}

	t.Run("forged message root", func(t *testing.T) {
		e, c := honest(t)
		b := c.settleTraced(func(_ []rollup.StepLeaf, h *bindings.RollupBatchHeader) { h.MessageRoot = forged })
		removed(t, e, 1, e.d.Rollup.Binding.PackChallengeEnd(b.record, c.endChallenge(b)))
	})

	t.Run("forged message in the trace", func(t *testing.T) {
		e, c := honest(t)
		front := rollup.WithdrawalFrontier{}.Append(forged)
		b := c.settleTraced(func(leaves []rollup.StepLeaf, h *bindings.RollupBatchHeader) {
			leaves[1].Messages = front // the transfer's step (after the block start)
			h.MessageRoot = front.Root()
		})
		// The end agrees with the record: only the step shows the lie.
		r := e.d.Rollup
		_, err := e.send(e.bob, r.Instance, r.Binding.PackChallengeEnd(b.record, c.endChallenge(b)))
		wantRevert(t, err, bindings.RollupNoFraudErrorID())
		// The block start (re-executed with the MLSC: StepBlocks) made no message: it stands.
		_, err = e.send(e.bob, r.Instance, r.Binding.PackChallengeStep(b.record, c.stepChallenge(b, 0, c.trace(b.first, b.last, 0).Witness())))
		wantRevert(t, err, bindings.RollupNoFraudErrorID())
		removed(t, e, 1, r.Binding.PackChallengeStep(b.record, c.stepChallenge(b, 1, c.trace(b.first, b.last, 1).Witness())))
	})
}
