package deploy_test

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/rollup"
)

// TestStepCreate: create-mlsc steps (StepMLSC), with fees on and off, agree with the Go STF at
// every step and survive every challenge: a plain spec, every optional field set, a zero use
// fee present (kept in the record), two MLSCs due at the same height (the second appended to
// the due record), the fee recipient creating, and forced creates (applied, and rejected:
// consumed). Every rule of applyCreate (the spec's, the chain's support for its circuit, the
// bounty, nonce and fee) is invalid on L1 too, and a create whose root the sequencer changed
// is removed by one challenge.
func TestStepCreate(t *testing.T) {
	for _, on := range []bool{true, false} {
		name := "fees off"
		if on {
			name = "fees on"
		}
		t.Run(name, func(t *testing.T) { testStepCreate(t, on) })
	}
}

func testStepCreate(t *testing.T, feesOn bool) {
	feeKey := newKey(t)
	feeTo := crypto.PubkeyToAddress(feeKey.PublicKey)
	var fees rollup.FeeRule
	if feesOn {
		fees = testFees(feeTo)
	}
	e, c := newRoundsChain(t, fees, uint256.NewInt(1))
	u := func(n int64) *uint256.Int { return uint256.MustFromBig(nrn(n)) }
	creator, other := newKey(t), newKey(t)
	addr := func(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addr(k)) }
	create := func(k *ecdsa.PrivateKey, n uint64, spec rollup.MLSCSpec, bounty *uint256.Int) *rollup.Tx {
		return c.sign(k, &rollup.CreateMLSC{Nonce: n, Spec: spec, Bounty: bounty})
	}
	c.add(c.deposit(e.alice, addr(creator), nrn(20)), c.deposit(e.bob, feeTo, nrn(5)), c.deposit(e.bob, addr(other), nrn(5)))

	spec := testSpec()
	full := testSpec()
	full.DeadlineL1, full.InitCheckpointCID, full.InitWeights, full.UseFee = 1<<40, []byte("init"), common.Hash{7}, uint256.NewInt(5)
	zeroUse := testSpec()
	zeroUse.UseFee = new(uint256.Int)
	deadlineOnly := testSpec()
	deadlineOnly.DeadlineL1 = 1 << 30
	n := nonce(creator)
	c.add(create(creator, n, spec, u(1)), create(creator, n+1, full, u(2)), create(creator, n+2, zeroUse, uint256.NewInt(1)),
		create(creator, n+3, deadlineOnly, uint256.NewInt(1)))
	c.add(create(feeKey, nonce(feeKey), spec, u(1)))
	ok, _ := c.force(e.bob, create(other, nonce(other), spec, u(1)).Encode())
	over, _ := c.force(e.bob, create(other, nonce(other)+1, spec, u(100)).Encode()) // over the balance: consumed
	rcs := c.add(ok, over)
	if rcs[0].Forced.Error != "" || rcs[1].Forced.Error == "" {
		t.Fatalf("forced creates: %+v, %+v", rcs[0].Forced, rcs[1].Forced)
	}
	b := c.settleTraced(nil)
	gas := c.differential()
	t.Logf("stepFraud gas: create-mlsc %d, forced %d", gas[0x04], gas[0x0a])
	if gas[0x04] == 0 {
		t.Fatalf("no create re-executed: %v", gas)
	}

	sv, svInst, ctx := c.stepVerifier()
	st := func() *rollup.State { return c.stateAt(len(c.blocks)) }
	invalid := func(name string, tx *rollup.Tx, want error) {
		t.Helper()
		if _, err := st().ApplyTx(c.cfg, tx, 0); !errors.Is(err, want) {
			t.Fatalf("%s: the STF says %v, want %v", name, err, want)
		}
		s := st()
		w, err := rollup.InvalidStepWitness(c.cfg, s, tx.Encode())
		if err != nil {
			t.Fatal(err)
		}
		if out := call(e, svInst, sv.PackExecute(ctx, s.Root(), tx.Encode(), w), sv.UnpackExecute); out.Valid {
			t.Fatalf("%s: L1 finds the step valid (root %x)", name, out.PostRoot)
		}
	}
	edit := func(f func(*rollup.MLSCSpec)) rollup.MLSCSpec {
		s := testSpec()
		f(&s)
		return s
	}
	cn := nonce(creator)
	ghost := newKey(t)
	cases := []struct {
		name string
		tx   *rollup.Tx
		want error
	}{
		{"wrong nonce", create(creator, cn+1, spec, u(1)), rollup.ErrNonce},
		{"one layer", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.Layers = []uint32{16} }), u(1)), rollup.ErrBadSpec},
		{"nine layers", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.Layers = []uint32{2, 2, 2, 2, 2, 2, 2, 2, 2} }), u(1)), rollup.ErrBadSpec},
		{"layer of 0", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.Layers = []uint32{16, 0, 4} }), u(1)), rollup.ErrBadSpec},
		{"layer of 4097", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.Layers = []uint32{4097, 8, 4} }), u(1)), rollup.ErrBadSpec},
		{"unknown loss", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.Loss = 3 }), u(1)), rollup.ErrBadSpec},
		{"cross-entropy, one output", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.Layers, s.Loss = []uint32{16, 1}, 2 }), u(1)), rollup.ErrBadSpec},
		{"no dataset CID", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.DatasetCID = nil }), u(1)), rollup.ErrBadSpec},
		{"dataset CID of 129 bytes", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.DatasetCID = make([]byte, 129) }), u(1)), rollup.ErrBadSpec},
		{"initial CID of 129 bytes", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.InitCheckpointCID = make([]byte, 129) }), u(1)), rollup.ErrBadSpec},
		{"initial weights without a CID", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.InitWeights = common.Hash{1} }), u(1)), rollup.ErrBadSpec},
		{"empty dataset", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.DatasetSize = 0 }), u(1)), rollup.ErrBadSpec},
		{"unknown optimizer", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.Optimizer = 3 }), u(1)), rollup.ErrBadSpec},
		{"batch size 0", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.BatchSize = 0 }), u(1)), rollup.ErrBadSpec},
		{"sample count 0", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.SampleCount = 0 }), u(1)), rollup.ErrBadSpec},
		{"sample count 1025", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.SampleCount = 1025 }), u(1)), rollup.ErrBadSpec},
		{"commit window 0", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.CommitBlocks = 0 }), u(1)), rollup.ErrBadSpec},
		{"proof window 0", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.ProofBlocks = 0 }), u(1)), rollup.ErrBadSpec},
		{"reveal window over the most", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.RevealBlocks = rollup.MaxWindow + 1 }), u(1)), rollup.ErrBadSpec},
		{"max rounds 0", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.MaxRounds = 0 }), u(1)), rollup.ErrBadSpec},
		{"unsupported sample count", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.SampleCount = 5 }), u(1)), rollup.ErrUnsupported},
		{"unsupported dataset depth", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.DatasetSize = 257 }), u(1)), rollup.ErrUnsupported},
		{"unsupported shape", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.Layers = []uint32{16, 8, 3} }), u(1)), rollup.ErrUnsupported},
		{"zero bounty", create(creator, cn, spec, new(uint256.Int)), rollup.ErrLowBounty},
		{"bounty over the balance", create(creator, cn, spec, u(1000)), rollup.ErrBalance},
		{"not even the fee", create(ghost, 0, spec, uint256.NewInt(1)), rollup.ErrBalance},
	}
	if feesOn {
		cases[len(cases)-1].want = rollup.ErrFee
		cases = append(cases, struct {
			name string
			tx   *rollup.Tx
			want error
		}{"cap below the base fee", signCap(t, creator, &rollup.CreateMLSC{Nonce: cn, Spec: spec, Bounty: u(1)}, uint256.NewInt(1)), rollup.ErrFeeCap})
	}
	if l1n := c.st.Globals().L1Number; l1n > 0 {
		cases = append(cases, struct {
			name string
			tx   *rollup.Tx
			want error
		}{"deadline at the L1 view", create(creator, cn, edit(func(s *rollup.MLSCSpec) { s.DeadlineL1 = l1n }), u(1)), rollup.ErrBadSpec})
	}
	for _, tc := range cases {
		invalid(tc.name, tc.tx, tc.want)
	}

	// Bodies rollup.DecodeTx refuses (checkCanonicalSpec: a trailing optional field spelled out
	// at zero) are invalid on L1 too, and read nothing; the same builder's canonical body decodes.
	fields := func(extra ...any) []byte {
		s := testSpec()
		f := []any{s.Layers, s.Loss, s.InitCheckpointCID, s.DatasetCID, s.DatasetRoot, s.DatasetSize, s.Optimizer, s.LearningRate,
			s.BatchSize, s.Epochs, s.SampleCount, s.CommitBlocks, s.RevealBlocks, s.ProofBlocks, s.MaxRounds, s.TargetLoss}
		body, err := rlp.EncodeToBytes([]any{cn, append(f, extra...), u(1)})
		if err != nil {
			t.Fatal(err)
		}
		return rawSigned(t, creator, 0x04, body)
	}
	if _, err := rollup.DecodeTx(fields(uint64(1 << 40))); err != nil {
		t.Fatalf("a canonical body built by hand: %v", err)
	}
	for name, raw := range map[string][]byte{
		"deadline 0 spelled out":           fields(uint64(0)),
		"zero initial weights spelled out": fields(uint64(1<<40), common.Hash{}),
		"twenty spec fields":               fields(uint64(1<<40), common.Hash{1}, uint256.NewInt(1), uint64(0)),
	} {
		if _, err := rollup.DecodeTx(raw); !errors.Is(err, rollup.ErrTxEncoding) {
			t.Fatalf("%s: DecodeTx %v, want ErrTxEncoding", name, err)
		}
		s := st()
		if out := call(e, svInst, sv.PackExecute(ctx, s.Root(), raw, [][]byte{}), sv.UnpackExecute); out.Valid {
			t.Fatalf("%s: L1 finds the step valid", name)
		}
	}

	// A create whose root the sequencer changed: one challenge of that step finds fraud.
	k := -1
	for i, in := range b.inputs {
		if in[0] == 0x04 {
			k = i
		}
	}
	leaves := append([]rollup.StepLeaf(nil), b.leaves...)
	leaves[k].Root = common.HexToHash("0x0bad")
	lie := b
	lie.leaves = leaves
	lie.record.StepRoot = rollup.StepTreeRoot(rollup.LeafHashes(leaves))
	w := c.trace(b.first, b.last, k).Witness()
	if ok := call(e, e.d.FaultProver.Instance, e.d.FaultProver.Binding.PackStepFraud(ctx, bindings.FaultProverBatchClaim{StepRoot: lie.record.StepRoot,
		StepCount: lie.record.StepCount, PrevRoot: lie.header.PrevStateRoot}, c.stepChallenge(lie, k, w)), e.d.FaultProver.Binding.UnpackStepFraud); !ok {
		t.Fatal("a create with a wrong root: stepFraud finds no fraud")
	}
}

// rawSigned is a signed transaction of type typ with the RLP body body as it is (no fee cap):
// rollup.SignTx's encoding for bodies its encoder would not write.
func rawSigned(t *testing.T, key *ecdsa.PrivateKey, typ byte, body []byte) []byte {
	t.Helper()
	head := binary.BigEndian.AppendUint64([]byte{typ}, testL2ChainID)
	head = append(head, 0x80) // rlp of a zero fee cap
	digest := crypto.Keccak256([]byte(rollup.SigDomain), head[1:9], []byte{typ}, []byte{0x80}, body)
	sig, err := crypto.Sign(digest, key)
	if err != nil {
		t.Fatal(err)
	}
	return append(append(head, body...), sig...)
}
