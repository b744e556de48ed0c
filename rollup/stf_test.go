package rollup

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// hashVerifier accepts exactly the "proof" keccak(rlp(claim)). It stands in
// for Groth16 in the state-transition tests; the real verifier is exercised
// by the circuits, prover and e2e tests.
type hashVerifier struct{}

func (hashVerifier) Supports(spec *MLSCSpec) error {
	if spec.SampleCount != 4 {
		return fmt.Errorf("only k=4")
	}
	return nil
}

func (hashVerifier) Verify(_ *MLSCSpec, c *Claim, proof []byte) error {
	if string(proof) != string(claimProof(c)) {
		return errors.New("proof does not match claim")
	}
	return nil
}

func (hashVerifier) CircuitID(*MLSCSpec) (common.Hash, error) {
	return crypto.Keccak256Hash([]byte("hash")), nil
}

func (hashVerifier) PublicInput(_ *MLSCSpec, c *Claim) (common.Hash, error) {
	return common.BytesToHash(claimProof(c)), nil
}

func claimProof(c *Claim) []byte {
	b, _ := rlp.EncodeToBytes(c)
	return crypto.Keccak256(b)
}

const testChainID = 7777

type harness struct {
	t    *testing.T
	cfg  *Config
	s    *State
	head *Header
	keys map[string]*ecdsa.PrivateKey
	// receipts are the last block's, nil for a rejected tx.
	receipts []*Receipt
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	cfg := &Config{ChainID: testChainID, GenesisTime: 1000, MinStake: uint256.NewInt(100),
		RewardDivisor: 100000, HalvingSeconds: HalvingSeconds4Years, Verifier: hashVerifier{}}
	require.NoError(t, cfg.Check())
	s, head, _, err := (&Genesis{Time: 1000, Issued: uint256.NewInt(1_000_000_000)}).State()
	require.NoError(t, err)
	h := &harness{t: t, cfg: cfg, s: s, head: head, keys: map[string]*ecdsa.PrivateKey{}}
	for _, n := range []string{"alice", "bob", "carol", "prover"} {
		k, err := crypto.GenerateKey()
		require.NoError(t, err)
		h.keys[n] = k
	}
	return h
}

func (h *harness) addr(n string) common.Address { return crypto.PubkeyToAddress(h.keys[n].PublicKey) }

func (h *harness) nonce(n string) uint64 { return h.s.Account(h.addr(n)).Nonce }

func (h *harness) sign(n string, d TxData) *Tx {
	tx, err := SignTx(d, testChainID, h.keys[n])
	require.NoError(h.t, err)
	return tx
}

// signCap signs d by n with fee cap feeCap.
func (h *harness) signCap(n string, d TxData, feeCap *uint256.Int) *Tx {
	tx, err := SignTxCap(d, testChainID, feeCap, h.keys[n])
	require.NoError(h.t, err)
	return tx
}

// block opens the next block and applies txs, returning each tx's error.
func (h *harness) block(txs ...*Tx) []error {
	h.t.Helper()
	hdr := &Header{Number: h.head.Number + 1, ParentHash: h.head.Hash(), Time: h.head.Time + 2,
		L1Number: h.head.Number, L1Hash: crypto.Keccak256Hash([]byte{byte(h.head.Number)})}
	require.NoError(h.t, h.s.BeginBlock(h.cfg, hdr))
	errs := make([]error, len(txs))
	h.receipts = make([]*Receipt, len(txs))
	for i, tx := range txs {
		h.receipts[i], errs[i] = h.s.ApplyTx(h.cfg, tx, uint64(i))
	}
	root, _, err := h.s.Commit()
	require.NoError(h.t, err)
	hdr.StateRoot = root
	h.head = hdr
	return errs
}

func (h *harness) mustBlock(txs ...*Tx) {
	h.t.Helper()
	for i, err := range h.block(txs...) {
		require.NoError(h.t, err, "tx %d", i)
	}
}

func (h *harness) fund(n string, amt uint64) {
	g := h.s.Globals()
	d, err := NewDeposit(&Deposit{L1Nonce: g.DepositsConsumed, From: h.addr(n), To: h.addr(n), Amount: uint256.NewInt(amt)})
	require.NoError(h.t, err)
	h.mustBlock(d)
}

func testSpec() MLSCSpec {
	return MLSCSpec{Layers: []uint32{16, 8, 4}, Loss: 1, DatasetCID: []byte{1, 2, 3}, DatasetRoot: common.Hash{9},
		DatasetSize: 256, Optimizer: uint8(OptSGD), LearningRate: 10000, BatchSize: 16, Epochs: 1,
		SampleCount: 4, CommitBlocks: 6, RevealBlocks: 4, ProofBlocks: 5, MaxRounds: 3}
}

func TestTransfers(t *testing.T) {
	h := newHarness(t)
	h.fund("alice", 1000)
	tamper := h.sign("alice", &Transfer{Nonce: 0, To: h.addr("bob"), Amount: uint256.NewInt(1)})
	raw := tamper.Encode()
	raw[len(raw)-40] ^= 1 // flip a bit of S
	badSig, err := DecodeTx(raw)
	require.NoError(t, err)
	for _, tc := range []struct {
		name string
		tx   func() *Tx
		want error
	}{
		{"valid", func() *Tx {
			return h.sign("alice", &Transfer{Nonce: h.nonce("alice"), To: h.addr("bob"), Amount: uint256.NewInt(10)})
		}, nil},
		{"bad signature", func() *Tx { return badSig }, ErrNonce}, // recovers some other address, whose nonce is 0 ...
		{"bad nonce", func() *Tx { return h.sign("alice", &Transfer{Nonce: 5, To: h.addr("bob"), Amount: uint256.NewInt(10)}) }, ErrNonce},
		{"overdraft", func() *Tx {
			return h.sign("alice", &Transfer{Nonce: h.nonce("alice"), To: h.addr("bob"), Amount: uint256.NewInt(10_000)})
		}, ErrBalance},
		{"zero", func() *Tx {
			return h.sign("alice", &Transfer{Nonce: h.nonce("alice"), To: h.addr("bob"), Amount: uint256.NewInt(0)})
		}, ErrZeroAmount},
		{"stranger overdraft", func() *Tx { return h.sign("carol", &Transfer{Nonce: 0, To: h.addr("bob"), Amount: uint256.NewInt(1)}) }, ErrBalance},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := h.s.Root()
			err := h.block(tc.tx())[0]
			if tc.want == nil {
				require.NoError(t, err)
				return
			}
			if tc.name == "bad signature" {
				// A flipped bit either fails recovery or recovers a stranger
				// with no balance: both are rejected and change nothing.
				require.Error(t, err)
			} else {
				require.ErrorIs(t, err, tc.want)
			}
			_ = before
		})
	}
	require.Equal(t, uint64(990), h.s.Account(h.addr("alice")).Balance.Uint64())
	require.Equal(t, uint64(10), h.s.Account(h.addr("bob")).Balance.Uint64())
	require.Equal(t, uint64(1), h.nonce("alice"))
}

func TestBadSignatureRejected(t *testing.T) {
	h := newHarness(t)
	h.fund("alice", 1000)
	tx := h.sign("alice", &Transfer{Nonce: 0, To: h.addr("bob"), Amount: uint256.NewInt(5)})
	raw := tx.Encode()
	raw[len(raw)-1] = 7 // V out of range
	_, err := DecodeTx(raw)
	require.ErrorIs(t, err, ErrBadSignature)

	// A transaction signed for another chain is refused as such.
	other, err := SignTx(&Transfer{Nonce: 0, To: h.addr("bob"), Amount: uint256.NewInt(5)}, testChainID+1, h.keys["alice"])
	require.NoError(t, err)
	dec, err := DecodeTx(other.Encode())
	require.NoError(t, err)
	_, err = dec.Sender(testChainID)
	require.ErrorIs(t, err, ErrChainID)
	require.ErrorIs(t, h.block(dec)[0], ErrChainID)
	require.Equal(t, uint64(0), h.nonce("alice"))
}

func TestDepositsAndWithdrawals(t *testing.T) {
	h := newHarness(t)
	h.fund("alice", 500)
	skip, _ := NewDeposit(&Deposit{L1Nonce: 5, From: h.addr("bob"), To: h.addr("bob"), Amount: uint256.NewInt(1)})
	require.ErrorIs(t, h.block(skip)[0], ErrDepositOrder)
	w := h.sign("alice", &Withdraw{Nonce: 0, To: h.addr("carol"), Amount: uint256.NewInt(200)})
	over := h.sign("alice", &Withdraw{Nonce: 1, To: h.addr("carol"), Amount: uint256.NewInt(301)})
	errs := h.block(w, over)
	require.NoError(t, errs[0])
	require.ErrorIs(t, errs[1], ErrBalance)
	wd, ok := h.s.Withdrawal(0)
	require.True(t, ok)
	require.Equal(t, h.addr("carol"), wd.To)
	require.Equal(t, uint64(200), wd.Amount.Uint64())
	require.Equal(t, uint64(300), h.s.Account(h.addr("alice")).Balance.Uint64())
}

func TestStake(t *testing.T) {
	h := newHarness(t)
	h.fund("bob", 500)
	errs := h.block(
		h.sign("bob", &Stake{Nonce: 0, Amount: uint256.NewInt(150)}),
		h.sign("bob", &Stake{Nonce: 1, Amount: uint256.NewInt(1000)}),
		h.sign("bob", &Unstake{Nonce: 1, Amount: uint256.NewInt(200)}),
		h.sign("bob", &Unstake{Nonce: 1, Amount: uint256.NewInt(50)}),
	)
	require.NoError(t, errs[0])
	require.ErrorIs(t, errs[1], ErrBalance)
	require.ErrorIs(t, errs[2], ErrStake)
	require.NoError(t, errs[3])
	acc := h.s.Account(h.addr("bob"))
	require.Equal(t, uint64(100), acc.Stake.Uint64())
	require.Equal(t, uint64(400), acc.Balance.Uint64())
}

type claimVals struct {
	w, trace, salt common.Hash
	loss           uint64
}

func (h *harness) commitTx(n string, id, round uint64, c claimVals) *Tx {
	return h.sign(n, &Commit{Nonce: h.nonce(n), MLSC: id, Round: round,
		Commitment: CommitmentHash(id, round, c.w, c.trace, c.loss, h.addr(n), c.salt)})
}

func (h *harness) revealTx(n string, id, round uint64, c claimVals) *Tx {
	return h.sign(n, &Reveal{Nonce: h.nonce(n), MLSC: id, Round: round, CheckpointCID: []byte("ckpt"),
		WeightCommitment: c.w, TraceCID: []byte("trace"), TraceRoot: c.trace, ClaimedLossSum: c.loss, Salt: c.salt})
}

func (h *harness) untilPhase(id uint64, p Phase) {
	for i := 0; i < 20; i++ {
		if m, _ := h.s.MLSC(id); m.Phase == p {
			return
		}
		h.mustBlock()
	}
	h.t.Fatalf("MLSC %d never reached %s", id, p)
}

func TestRoundLifecycle(t *testing.T) {
	h := newHarness(t)
	for _, n := range []string{"alice", "bob", "carol"} {
		h.fund(n, 10_000)
	}
	h.mustBlock(h.sign("bob", &Stake{Nonce: 0, Amount: uint256.NewInt(100)}),
		h.sign("carol", &Stake{Nonce: 0, Amount: uint256.NewInt(100)}))

	bad := testSpec()
	bad.SampleCount = 5
	require.ErrorIs(t, h.block(h.sign("alice", &CreateMLSC{Nonce: 0, Spec: bad, Bounty: uint256.NewInt(10)}))[0], ErrUnsupported)
	bad = testSpec()
	bad.Layers = []uint32{16}
	require.ErrorIs(t, h.block(h.sign("alice", &CreateMLSC{Nonce: 0, Spec: bad, Bounty: uint256.NewInt(10)}))[0], ErrBadSpec)
	h.mustBlock(h.sign("alice", &CreateMLSC{Nonce: 0, Spec: testSpec(), Bounty: uint256.NewInt(3000)}))
	require.Equal(t, uint64(7000), h.s.Account(h.addr("alice")).Balance.Uint64())

	bobClaim := claimVals{w: common.Hash{1}, trace: common.Hash{2}, salt: common.Hash{3}, loss: 500}
	carolClaim := claimVals{w: common.Hash{4}, trace: common.Hash{5}, salt: common.Hash{6}, loss: 700}

	// Commit phase: reveal too early, unstaked commit, rival's commitment copied.
	errs := h.block(
		h.revealTx("bob", 0, 1, bobClaim),
		h.commitTx("alice", 0, 1, bobClaim),
		h.commitTx("bob", 0, 1, bobClaim),
		h.sign("carol", &Commit{Nonce: 1, MLSC: 0, Round: 1, Commitment: CommitmentHash(0, 1, bobClaim.w, bobClaim.trace, bobClaim.loss, h.addr("bob"), bobClaim.salt)}),
		h.commitTx("carol", 0, 2, carolClaim),
		h.commitTx("carol", 7, 1, carolClaim),
	)
	require.ErrorIs(t, errs[0], ErrWrongPhase)
	require.ErrorIs(t, errs[1], ErrStake)
	require.NoError(t, errs[2])
	require.ErrorIs(t, errs[3], ErrCommitReused)
	require.ErrorIs(t, errs[4], ErrWrongRound)
	require.ErrorIs(t, errs[5], ErrUnknownMLSC)
	require.ErrorIs(t, h.block(h.commitTx("bob", 0, 1, carolClaim))[0], ErrDoubleCommit)
	// Carol commits her own hash but will try to reveal Bob's values.
	h.mustBlock(h.commitTx("carol", 0, 1, carolClaim))

	h.untilPhase(0, PhaseReveal)
	errs = h.block(
		h.revealTx("carol", 0, 1, bobClaim), // rival's values under her name
		h.revealTx("alice", 0, 1, bobClaim), // never committed
		h.revealTx("bob", 0, 1, claimVals{w: common.Hash{1}, trace: common.Hash{2}, salt: common.Hash{3}, loss: 499}), // lies about loss
		h.revealTx("bob", 0, 1, bobClaim),
		h.revealTx("carol", 0, 1, carolClaim),
	)
	require.ErrorIs(t, errs[0], ErrCommitMatch)
	require.ErrorIs(t, errs[1], ErrNoCommit)
	require.ErrorIs(t, errs[2], ErrCommitMatch)
	require.NoError(t, errs[3])
	require.NoError(t, errs[4])
	require.ErrorIs(t, h.block(h.sign("bob", &Unstake{Nonce: h.nonce("bob"), Amount: uint256.NewInt(1)}))[0], ErrStakeLocked)

	h.untilPhase(0, PhaseProof)
	require.ErrorIs(t, h.block(h.revealTx("bob", 0, 1, bobClaim))[0], ErrWrongPhase) // reveal after its window
	claim, err := h.s.ClaimOf(0, 1)
	require.NoError(t, err)
	require.Equal(t, h.addr("bob"), claim.Trainer)
	require.Equal(t, uint64(500), claim.LossSum)
	require.NotEqual(t, common.Hash{}, claim.Seed)

	wrong := *claim
	wrong.Trainer = h.addr("carol")
	errs = h.block(
		h.sign("prover", &LossProof{Nonce: 0, MLSC: 0, Round: 1, Proof: claimProof(&wrong)}),
		h.sign("prover", &LossProof{Nonce: 0, MLSC: 0, Round: 2, Proof: claimProof(claim)}),
	)
	require.ErrorIs(t, errs[0], ErrBadProof)
	require.ErrorIs(t, errs[1], ErrWrongRound)
	bobBefore := h.s.Account(h.addr("bob")).Balance
	issued := h.s.Globals().Issued
	h.mustBlock(h.sign("prover", &LossProof{Nonce: 0, MLSC: 0, Round: 1, Proof: claimProof(claim)}))
	// The receipt names what L1 verifies: the spec's circuit and the claim's digest.
	require.Equal(t, &AppliedProof{Circuit: crypto.Keccak256Hash([]byte("hash")), Digest: common.BytesToHash(claimProof(claim))},
		h.receipts[0].Proof)
	m, _ := h.s.MLSC(0)
	require.Equal(t, uint64(1), m.Round) // settled by the block starts after the proof
	require.Equal(t, PhaseProof, m.Phase)
	require.Equal(t, uint64(500), m.BestLossSum)
	require.Equal(t, h.addr("bob"), m.BestTrainer)
	reward := issued.Uint64() / 100000
	require.Equal(t, bobBefore.Uint64()+reward+1000, h.s.Account(h.addr("bob")).Balance.Uint64())
	require.Equal(t, issued.Uint64()+reward, h.s.Globals().Issued.Uint64())
	require.Equal(t, uint64(1), h.s.Account(h.addr("bob")).OpenClaims)
	r1, _ := h.s.Round(0, 1)
	require.True(t, r1.Proven)
	due, _ := h.s.DueAt(h.s.Globals().Height + 1)
	require.Equal(t, []uint64{0}, due.MLSCs) // the next block start settles it
	_, err = h.s.ClaimOf(0, 1)
	require.ErrorIs(t, err, ErrWrongPhase) // proven: no second proof
	// This block's start releases both revealers' claims (MaxBlockReleases); in it the round
	// is still proven and in its proof phase: a second proof is refused.
	require.ErrorIs(t, h.block(h.sign("prover", &LossProof{Nonce: 1, MLSC: 0, Round: 1, Proof: claimProof(claim)}))[0], ErrWrongPhase)
	require.Equal(t, uint64(0), h.s.Account(h.addr("bob")).OpenClaims)
	m, _ = h.s.MLSC(0)
	require.Equal(t, uint64(1), m.Round)
	h.mustBlock() // settles the round: the next one
	m, _ = h.s.MLSC(0)
	require.Equal(t, uint64(2), m.Round)
	require.Equal(t, PhaseCommit, m.Phase)

	// Round 2: replaying round 1's checkpoint is refused, a worse loss too.
	h.mustBlock(h.commitTx("bob", 0, 2, bobClaim), h.commitTx("carol", 0, 2, claimVals{w: common.Hash{8}, trace: common.Hash{2}, salt: common.Hash{3}, loss: 600}))
	h.untilPhase(0, PhaseReveal)
	errs = h.block(h.revealTx("bob", 0, 2, bobClaim), h.revealTx("carol", 0, 2, claimVals{w: common.Hash{8}, trace: common.Hash{2}, salt: common.Hash{3}, loss: 600}))
	require.ErrorIs(t, errs[0], ErrReplay)
	require.ErrorIs(t, errs[1], ErrNoImprovement)

	// Round 3: a claim nobody proves costs the trainer its stake.
	h.untilPhase(0, PhaseCommit)
	c3 := claimVals{w: common.Hash{10}, trace: common.Hash{11}, salt: common.Hash{12}, loss: 100}
	h.mustBlock(h.commitTx("carol", 0, 3, c3))
	h.untilPhase(0, PhaseReveal)
	h.mustBlock(h.revealTx("carol", 0, 3, c3))
	h.untilPhase(0, PhaseDone)
	require.True(t, h.s.Account(h.addr("carol")).Stake.IsZero())
	m, _ = h.s.MLSC(0)
	require.True(t, m.Escrow.IsZero())
	// Unspent escrow (2000) plus carol's slashed stake (100) returns to alice.
	require.Equal(t, uint64(7000+2100), h.s.Account(h.addr("alice")).Balance.Uint64())
}

func TestReward(t *testing.T) {
	cfg := &Config{GenesisTime: 0, RewardDivisor: 100000, HalvingSeconds: HalvingSeconds4Years}
	issued := uint256.NewInt(100_000_000)
	for _, tc := range []struct {
		t    uint64
		want uint64
	}{{0, 1000}, {HalvingSeconds4Years - 1, 1000}, {HalvingSeconds4Years, 500}, {3 * HalvingSeconds4Years, 125}, {300 * HalvingSeconds4Years, 0}} {
		require.Equal(t, tc.want, cfg.Reward(issued, tc.t).Uint64(), "t=%d", tc.t)
	}
}

func TestStateProofsAndReload(t *testing.T) {
	h := newHarness(t)
	h.fund("alice", 1000)
	h.mustBlock(h.sign("alice", &CreateMLSC{Nonce: 0, Spec: testSpec(), Bounty: uint256.NewInt(10)}))
	root := h.s.Root()

	nodes, err := h.s.Prove(AccountKey(h.addr("alice")))
	require.NoError(t, err)
	v, err := VerifyProof(root, AccountKey(h.addr("alice")), nodes)
	require.NoError(t, err)
	var acc Account
	require.NoError(t, rlp.DecodeBytes(v, &acc))
	require.Equal(t, uint64(990), acc.Balance.Uint64())

	nodes, err = h.s.Prove(MLSCKey(0))
	require.NoError(t, err)
	v, err = VerifyProof(root, MLSCKey(0), nodes)
	require.NoError(t, err)
	var m MLSC
	require.NoError(t, rlp.DecodeBytes(v, &m))
	require.Equal(t, h.addr("alice"), m.Creator)

	nodes, err = h.s.Prove(AccountKey(h.addr("bob")))
	require.NoError(t, err)
	v, err = VerifyProof(root, AccountKey(h.addr("bob")), nodes)
	require.NoError(t, err)
	require.Nil(t, v, "absent account proves absent")

	_, err = VerifyProof(common.Hash{1}, AccountKey(h.addr("alice")), nodes)
	require.Error(t, err)

	// Reload every entry into a fresh state: same root.
	fresh := NewState()
	for _, key := range h.s.allKeys() {
		val, err := h.s.encode(key)
		require.NoError(t, err)
		require.NoError(t, fresh.LoadEntry([]byte(key), val))
	}
	got, _, err := fresh.Commit()
	require.NoError(t, err)
	require.Equal(t, root, got)
}

// TestCreateMLSCCost: an MLSC is never free. Its bounty must reach the
// chain's MinBounty (1 wei by default, so never zero) and the creator must
// hold it.
func TestCreateMLSCCost(t *testing.T) {
	for _, tc := range []struct {
		name      string
		minBounty *uint256.Int
		bounty    uint64
		want      error
	}{
		{"zero bounty, default minimum", nil, 0, ErrLowBounty},
		{"one wei, default minimum", nil, 1, nil},
		{"below the minimum", uint256.NewInt(500), 499, ErrLowBounty},
		{"at the minimum", uint256.NewInt(500), 500, nil},
		{"more than the balance", uint256.NewInt(500), 5000, ErrBalance},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t)
			h.cfg.MinBounty = tc.minBounty
			require.NoError(t, h.cfg.Check())
			h.fund("alice", 1000)
			tx := h.sign("alice", &CreateMLSC{Nonce: 0, Spec: testSpec(), Bounty: uint256.NewInt(tc.bounty)})
			require.Equal(t, tc.bounty, h.cfg.Cost(tx, h.s.BaseFee()).Uint64())
			err := h.block(tx)[0]
			if tc.want != nil {
				require.ErrorIs(t, err, tc.want)
				require.Equal(t, uint64(1000), h.s.Account(h.addr("alice")).Balance.Uint64(), "a refused create changes nothing")
				require.Zero(t, h.s.Globals().NextMLSC)
				return
			}
			require.NoError(t, err)
			require.Equal(t, 1000-tc.bounty, h.s.Account(h.addr("alice")).Balance.Uint64())
		})
	}
	cfg := newHarness(t).cfg
	cfg.MinBounty = new(uint256.Int)
	require.ErrorContains(t, cfg.Check(), "min bounty 0")
}

func TestCost(t *testing.T) {
	h := newHarness(t)
	for _, tc := range []struct {
		d    TxData
		want uint64
	}{
		{&Transfer{Amount: uint256.NewInt(5)}, 5},
		{&Withdraw{To: common.Address{1}, Amount: uint256.NewInt(6)}, 6},
		{&CreateMLSC{Spec: testSpec(), Bounty: uint256.NewInt(7)}, 7},
		{&Stake{Amount: uint256.NewInt(8)}, 8},
		{&Unstake{Amount: uint256.NewInt(9)}, 0},
		{&Commit{}, 0},
		{&Reveal{}, 0},
		{&LossProof{}, 0},
	} {
		tx := h.sign("alice", tc.d)
		require.Equal(t, tc.want, h.cfg.Cost(tx, h.s.BaseFee()).Uint64(), tx.Type().String())
	}
}

// dueByScan lists the MLSCs a block start at height h must visit, found without the due
// index: those not done whose next boundary is at or below h (the ones carried past their
// boundary included).
func dueByScan(s *State, h uint64) []uint64 {
	var ids []uint64
	for _, id := range s.MLSCIDs() {
		if m := s.mlscs[id]; m.Phase != PhaseDone && s.nextBoundary(m) <= h {
			ids = append(ids, id)
		}
	}
	return ids
}

// checkDue asserts the index invariant: every MLSC that is not done is
// filed at its next boundary, above the current height; done ones are not.
func checkDue(t *testing.T, s *State) {
	t.Helper()
	s.indexDue()
	for h, d := range s.due {
		if h > s.g.Height {
			for _, id := range d.MLSCs {
				require.Equal(t, h, s.dueHeight[id], "MLSC %d listed at %d", id, h)
			}
		}
	}
	active := 0
	for id, m := range s.mlscs {
		at, ok := s.dueHeight[id]
		if m.Phase == PhaseDone {
			require.False(t, ok, "done MLSC %d is indexed", id)
			continue
		}
		active++
		require.True(t, ok, "MLSC %d (%s) is not indexed", id, m.Phase)
		require.Equal(t, max(s.nextBoundary(m), s.g.Height+1), at, "MLSC %d", id)
		require.Greater(t, at, s.g.Height, "MLSC %d", id)
		require.Contains(t, s.due[at].MLSCs, id)
	}
	require.Equal(t, active, s.ActiveMLSCs())
}

// TestDueIndex runs MLSCs through every phase path (rounds without reveals,
// a proven round, an unproven one that is slashed, completion, MLSCs carried
// over when several are due at once). Before every block the due index at its
// height lists exactly the MLSCs a scan of them all finds due, also after the
// state is reloaded from its entries in the middle; idle and finished MLSCs are
// never visited.
func TestDueIndex(t *testing.T) {
	h := newHarness(t)
	visited := 0
	step := func(txs ...*Tx) {
		t.Helper()
		hdr := &Header{Number: h.head.Number + 1, ParentHash: h.head.Hash(), Time: h.head.Time + 2,
			L1Number: h.head.Number, L1Hash: crypto.Keccak256Hash([]byte{byte(h.head.Number)})}
		d, _ := h.s.DueAt(hdr.Number)
		require.ElementsMatch(t, dueByScan(h.s, hdr.Number), d.MLSCs, "height %d", hdr.Number)
		visited += min(len(d.MLSCs), MaxBlockMLSCs) // the others are carried, not visited
		require.NoError(t, h.s.BeginBlock(h.cfg, hdr))
		for i, tx := range txs {
			_, err := h.s.ApplyTx(h.cfg, tx, uint64(i))
			require.NoError(t, err, "tx %d (%s)", i, tx.Type())
		}
		root, _, err := h.s.Commit()
		require.NoError(t, err)
		hdr.StateRoot = root
		h.head = hdr
		checkDue(t, h.s)
	}
	fund := func(n string) *Tx {
		d, err := NewDeposit(&Deposit{L1Nonce: h.s.Globals().DepositsConsumed, From: h.addr(n), To: h.addr(n), Amount: uint256.NewInt(1_000_000)})
		require.NoError(t, err)
		return d
	}
	step(fund("alice"))
	step(fund("bob"))
	step(fund("carol"))
	step(h.sign("bob", &Stake{Nonce: 0, Amount: uint256.NewInt(100)}), h.sign("carol", &Stake{Nonce: 0, Amount: uint256.NewInt(100)}))

	// MLSC 0 is worked by trainers, 1..30 run empty rounds of varied windows,
	// 31 sits in a commit window longer than the test.
	creates := []*Tx{h.sign("alice", &CreateMLSC{Nonce: 0, Spec: testSpec(), Bounty: uint256.NewInt(3000)})}
	for i := 1; i <= 30; i++ {
		sp := testSpec()
		sp.CommitBlocks, sp.RevealBlocks, sp.ProofBlocks, sp.MaxRounds = uint64(1+i%5), uint64(1+i%3), uint64(1+i%2), uint32(1+i%2)
		creates = append(creates, h.sign("alice", &CreateMLSC{Nonce: uint64(i), Spec: sp, Bounty: uint256.NewInt(10)}))
	}
	idle := testSpec()
	idle.CommitBlocks = MaxWindow
	creates = append(creates, h.sign("alice", &CreateMLSC{Nonce: 31, Spec: idle, Bounty: uint256.NewInt(10)}))
	step(creates...)
	require.Equal(t, 32, h.s.ActiveMLSCs())

	bob1 := claimVals{w: common.Hash{1}, trace: common.Hash{2}, salt: common.Hash{3}, loss: 500}
	carol1 := claimVals{w: common.Hash{4}, trace: common.Hash{5}, salt: common.Hash{6}, loss: 700}
	bob2 := claimVals{w: common.Hash{7}, trace: common.Hash{8}, salt: common.Hash{9}, loss: 400}
	done := map[string]bool{}
	once := func(key string, mk func() []*Tx) []*Tx {
		if done[key] {
			return nil
		}
		done[key] = true
		return mk()
	}
	for i := 0; i < 150; i++ {
		if i == 20 { // restart: reload the indexed state from its entries
			fresh := NewState()
			for _, key := range h.s.allKeys() {
				v, err := h.s.encode(key)
				require.NoError(t, err)
				require.NoError(t, fresh.LoadEntry([]byte(key), v))
			}
			root, _, err := fresh.Commit()
			require.NoError(t, err)
			require.Equal(t, h.s.Root(), root)
			h.s = fresh
		}
		m, _ := h.s.MLSC(0)
		var txs []*Tx
		switch {
		case m.Round == 1 && m.Phase == PhaseCommit:
			txs = once("c1", func() []*Tx { return []*Tx{h.commitTx("bob", 0, 1, bob1), h.commitTx("carol", 0, 1, carol1)} })
		case m.Round == 1 && m.Phase == PhaseReveal:
			txs = once("r1", func() []*Tx { return []*Tx{h.revealTx("bob", 0, 1, bob1), h.revealTx("carol", 0, 1, carol1)} })
		case m.Round == 1 && m.Phase == PhaseProof:
			txs = once("p1", func() []*Tx {
				claim, err := h.s.ClaimOf(0, 1)
				require.NoError(t, err)
				return []*Tx{h.sign("prover", &LossProof{Nonce: 0, MLSC: 0, Round: 1, Proof: claimProof(claim)})}
			})
		case m.Round == 2 && m.Phase == PhaseCommit:
			txs = once("c2", func() []*Tx { return []*Tx{h.commitTx("bob", 0, 2, bob2)} })
		case m.Round == 2 && m.Phase == PhaseReveal:
			txs = once("r2", func() []*Tx { return []*Tx{h.revealTx("bob", 0, 2, bob2)} })
		}
		step(txs...)
	}
	m, _ := h.s.MLSC(0)
	require.Equal(t, PhaseDone, m.Phase)
	require.Equal(t, uint32(1), m.RoundsWon)
	require.True(t, h.s.Account(h.addr("bob")).Stake.IsZero(), "bob's unproven round 2 claim was slashed")
	require.Equal(t, 1, h.s.ActiveMLSCs(), "only the idle MLSC is left")
	require.Less(t, visited, 200, "BeginBlock visits MLSCs only at their boundaries")

	// Hundreds of idle and finished MLSCs: no block visits any of them.
	var more []*Tx
	for i := 0; i < 300; i++ {
		more = append(more, h.sign("alice", &CreateMLSC{Nonce: h.nonce("alice") + uint64(i), Spec: idle, Bounty: uint256.NewInt(1)}))
	}
	step(more...)
	visited = 0
	for i := 0; i < 10; i++ {
		step()
	}
	require.Zero(t, visited)
	require.Equal(t, 301, h.s.ActiveMLSCs())
}
