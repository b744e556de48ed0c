package deploy_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/da/delta"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/lossverify"
	"github.com/neuron-rollup/neuron/rollup"
)

// xentCircuits are testCircuits and the cross-entropy (version-2) circuits of
// TestStepDeltaDataCrossEntropy's two MLSCs, all with the devnet key.
func xentCircuits() map[string][]byte {
	c := testCircuits()
	c["16-8-4/xent k=4 depth=8 v2"] = sampledloss.DevnetVerifyingKey()
	c["784-16-10/xent k=4 depth=6 v2"] = sampledloss.DevnetVerifyingKey()
	return c
}

// xentVerifier supports xentCircuits and verifies no loss proof (anyVerifier's twin).
type xentVerifier struct{ *lossverify.Verifier }

func (v xentVerifier) Verify(*rollup.MLSCSpec, *rollup.Claim, []byte) error {
	return anyVerifier{}.Verify(nil, nil, nil)
}

// TestStepDeltaDataCrossEntropy: a delta-data (0x0d) of a cross-entropy MLSC, whose dataset
// leaves are version 2 (merkle.ExampleLeafV2, the wide sponge), is re-executed on L1
// (StepDeltaData through DatasetLeavesV2): chunks of 16-input examples that complete a
// proposal (ready) and one whose data leads to another root (rejected), then a chunk of
// 784-input examples, agree with the Go STF at every step and survive every challenge
// (NoFraud); a batch whose delta-data root is a lie is removed by one challengeStep. It logs
// the stepFraud gas of a chunk of 1 and of 6 examples of 784 inputs; differentialFrom holds
// each to half the transaction cap (six fit, seven would not).
func TestStepDeltaDataCrossEntropy(t *testing.T) {
	e, l := newExitEnv(t, func(cfg *deploy.Config) {
		cfg.SequencerBond = big.NewInt(testBond)
		cfg.MinStake = big.NewInt(1)
		cfg.MinDeltaDeposit = big.NewInt(50)
		cfg.DeltaPeriod = deltaTestPeriod
		cfg.Circuits = xentCircuits()
	})
	l.cfg.DeltaPeriod, l.cfg.MinDeltaDeposit = deltaTestPeriod, uint256.NewInt(50)
	l.cfg.Verifier = xentVerifier{lossverify.New(xentCircuits())}
	postBond(e, e.sequencer, big.NewInt(testBond))
	c := &faultChain{l2: l}
	ctx := context.Background()
	addr := func(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addr(k)) }
	u := func(n int64) *uint256.Int { return uint256.MustFromBig(nrn(n)) }
	deposit := uint256.NewInt(100)

	// Batch 0 (not re-executed): deposits and two cross-entropy MLSCs, over a set of 200
	// examples of 16 inputs (4 classes) and one of 40 examples of 784 inputs (10 classes).
	creator, p1, p2 := newKey(t), newKey(t), newKey(t)
	for _, k := range []*ecdsa.PrivateKey{creator, p1, p2} {
		c.add(c.deposit(e.alice, addr(k), nrn(20)))
	}
	store := da.NewMemory()
	type set struct {
		cid  cid.Cid
		base []mlp.Example
		spec rollup.MLSCSpec
	}
	leaf := delta.LeafFunc(mlp.CrossEntropy)
	newSet := func(base []mlp.Example, classes int, layers []uint32) set {
		setCID, err := dataset.Write(ctx, store, base, dataset.Options{Classes: classes})
		if err != nil {
			t.Fatal(err)
		}
		// The version-2 root, as a delta's builder computes its base's.
		b, err := delta.BuildWith(ctx, store, setCID, base, classes, leaf, []uint64{0}, nil, delta.Options{})
		if err != nil {
			t.Fatal(err)
		}
		spec := testSpec()
		spec.Layers, spec.Loss = layers, uint8(mlp.CrossEntropy)
		spec.DatasetCID, spec.DatasetRoot, spec.DatasetSize = setCID.Bytes(), b.BaseRoot.Bytes(), uint64(len(base))
		return set{setCID, base, spec}
	}
	narrow := newSet(deltaExamples(200, 1), 4, []uint32{16, 8, 4})
	wide := newSet(randomExamples(rand.New(rand.NewPCG(78, 4)), 784, 40, 10), 10, []uint32{784, 16, 10})
	build := func(s set, classes int, removed []uint64, added []mlp.Example, chunk int) *delta.Built {
		t.Helper()
		b, err := delta.BuildWith(ctx, store, s.cid, s.base, classes, leaf, removed, added, delta.Options{ChunkExamples: chunk})
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	id := c.st.Globals().NextMLSC
	cn := nonce(creator)
	c.add(c.sign(creator, &rollup.CreateMLSC{Nonce: cn, Spec: narrow.spec, Bounty: u(1)}),
		c.sign(creator, &rollup.CreateMLSC{Nonce: cn + 1, Spec: wide.spec, Bounty: u(1)}))
	c.settleTraced(nil)

	// Batch 1: a proposal filled by two chunks of 16-input examples (delta-data steps, in
	// order), one whose data leads to another root.
	bFill := build(narrow, 4, []uint64{7}, deltaExamples(3, 2), 2)
	bWrong := build(narrow, 4, nil, deltaExamples(2, 3), 2)
	wrong := rollup.ProposalTx(nonce(p1)+1, id, bWrong, deposit)
	wrong.NewRoot = common.Hash{1}
	data := func(k *ecdsa.PrivateKey, n, mlsc, p uint64, step int, b *delta.Built) *rollup.Tx {
		return c.sign(k, rollup.DataTx(n, mlsc, p, b, step))
	}
	c.add(c.sign(p1, rollup.ProposalTx(nonce(p1), id, bFill, deposit)), c.sign(p1, wrong))
	c.add(data(p2, nonce(p2), id, 0, 0, bFill), data(p2, nonce(p2)+1, id, 0, 1, bFill),
		data(p2, nonce(p2)+2, id, 1, 0, bWrong))
	for i, want := range []rollup.DeltaStatus{rollup.DeltaReady, rollup.DeltaRejected} {
		if p, _ := c.st.DeltaProposal(id, uint64(i)); p.Status != want {
			t.Fatalf("proposal %d is %v (%s), want %v", i, p.Status, p.Reason, want)
		}
	}
	c.settleTraced(nil)
	if gas := c.differentialFrom(len(c.batches) - 1); gas[0x0d] == 0 {
		t.Fatalf("no delta-data re-executed: %v", gas)
	}

	// Batches 2 to 5: one, then six, examples of 784 inputs (one a chunk: delta.MaxStepWork),
	// each proposed in a batch before its data.
	rng := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{1, 6} {
		b := build(wide, 10, nil, randomExamples(rng, 784, n, 10), n)
		p := uint64(0)
		if q, open := c.st.DeltaEpoch(id + 1); open {
			p = uint64(len(q.Proposals))
		}
		c.add(c.sign(p1, rollup.ProposalTx(nonce(p1), id+1, b, deposit)))
		c.settleTraced(nil)
		for i := range b.Steps {
			c.add(data(p2, nonce(p2), id+1, p, i, b))
		}
		if q, _ := c.st.DeltaProposal(id+1, p); q.Status != rollup.DeltaReady {
			t.Fatalf("784-input proposal %d is %v (%s)", p, q.Status, q.Reason)
		}
		c.settleTraced(nil)
		gas := c.differentialFrom(len(c.batches) - 1)
		t.Logf("stepFraud gas of the delta-data steps of %d example(s) of 784 inputs: at most %d", n, gas[0x0d])
	}

	// A lying sequencer: the root after a delta-data that completes a cross-entropy proposal.
	bLie := build(narrow, 4, nil, deltaExamples(1, 9), 1)
	c.add(c.sign(p1, rollup.ProposalTx(nonce(p1), id, bLie, deposit)))
	c.settleTraced(nil)
	c.add(data(p2, nonce(p2), id, 2, 0, bLie))
	if p, _ := c.st.DeltaProposal(id, 2); p.Status != rollup.DeltaReady {
		t.Fatalf("proposal 2 is %v (%s)", p.Status, p.Reason)
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
	t.Logf("challenge of a lying cross-entropy delta-data: %d gas", rcpt.GasUsed)
}
