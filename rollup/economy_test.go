package rollup

import (
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/l1"
)

// addKey gives the harness one more named account.
func (h *harness) addKey(n string) {
	k, err := crypto.GenerateKey()
	require.NoError(h.t, err)
	h.keys[n] = k
}

// winRound runs round `round` of MLSC id to its proof: trainer commits and
// reveals loss, "prover" proves it.
func (h *harness) winRound(id, round uint64, trainer string, loss uint64) {
	h.t.Helper()
	h.untilPhase(id, PhaseCommit)
	m, _ := h.s.MLSC(id)
	require.Equal(h.t, round, m.Round)
	c := claimVals{w: common.Hash{byte(round), byte(loss)}, trace: common.Hash{2, byte(round)}, salt: common.Hash{3}, loss: loss}
	h.mustBlock(h.commitTx(trainer, id, round, c))
	h.untilPhase(id, PhaseReveal)
	h.mustBlock(h.revealTx(trainer, id, round, c))
	h.untilPhase(id, PhaseProof)
	claim, err := h.s.ClaimOf(id, round)
	require.NoError(h.t, err)
	h.mustBlock(h.sign("prover", &LossProof{Nonce: h.nonce("prover"), MLSC: id, Round: round, Proof: claimProof(claim)}))
	proof := h.receipts
	h.settled(id, round)
	h.receipts = proof // the loss proof's
}

// settled plays empty blocks until round `round` of MLSC id is settled: the block starts after
// a loss proof release its claims and open the next round or complete the MLSC.
func (h *harness) settled(id, round uint64) {
	h.t.Helper()
	for i := 0; i < 40; i++ {
		if m, _ := h.s.MLSC(id); m.Round > round || m.Phase == PhaseDone {
			return
		}
		h.mustBlock()
	}
	h.t.Fatalf("round %d of MLSC %d was never settled", round, id)
}

// skipRound lets round `round` of MLSC id pass with no claim.
func (h *harness) skipRound(id, round uint64) {
	h.t.Helper()
	for i := 0; i < 40; i++ {
		m, _ := h.s.MLSC(id)
		if m.Round > round || m.Phase == PhaseDone {
			return
		}
		h.mustBlock()
	}
	h.t.Fatalf("round %d of MLSC %d never ended", round, id)
}

func staked(t *testing.T, names ...string) *harness {
	h := newHarness(t)
	for _, n := range []string{"alice", "bob", "carol", "dave", "erin"} {
		if _, ok := h.keys[n]; !ok {
			h.addKey(n)
		}
		h.fund(n, 100_000)
	}
	for _, n := range names {
		h.mustBlock(h.sign(n, &Stake{Nonce: h.nonce(n), Amount: uint256.NewInt(100)}))
	}
	return h
}

func TestCompletion(t *testing.T) {
	for _, tc := range []struct {
		name   string
		spec   func(h *harness, s *MLSCSpec)
		play   func(h *harness)
		reason CompletionReason
		rounds uint64 // the round the MLSC completed in
	}{
		{"max rounds", func(h *harness, s *MLSCSpec) { s.MaxRounds = 2 },
			func(h *harness) { h.winRound(0, 1, "bob", 500); h.skipRound(0, 2) }, CompletedMaxRounds, 2},
		{"target loss", func(h *harness, s *MLSCSpec) { s.MaxRounds = 10; s.TargetLoss = 400 },
			func(h *harness) { h.winRound(0, 1, "bob", 500); h.winRound(0, 2, "carol", 400) }, CompletedTargetLoss, 2},
		{"deadline", func(h *harness, s *MLSCSpec) {
			// The harness's L1 view is the previous L2 height: the deadline
			// falls inside round 2, which ends it.
			s.MaxRounds = 10
			s.DeadlineL1 = h.head.Number + 20
		}, func(h *harness) { h.winRound(0, 1, "bob", 500); h.skipRound(0, 2); h.skipRound(0, 3) }, CompletedDeadline, 2},
		{"deadline with no winner", func(h *harness, s *MLSCSpec) { s.MaxRounds = 10; s.DeadlineL1 = h.head.Number + 2 },
			func(h *harness) { h.skipRound(0, 1) }, CompletedDeadline, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := staked(t, "bob", "carol")
			spec := testSpec()
			spec.UseFee = uint256.NewInt(1000)
			tc.spec(h, &spec)
			h.mustBlock(h.sign("alice", &CreateMLSC{Nonce: h.nonce("alice"), Spec: spec, Bounty: uint256.NewInt(3000)}))
			tc.play(h)
			m, _ := h.s.MLSC(0)
			require.Equal(t, PhaseDone, m.Phase)
			require.Equal(t, tc.rounds, m.Round)
			md, ok := h.s.Model(0)
			require.True(t, ok)
			require.True(t, md.Done)
			require.Equal(t, tc.reason, md.Reason)
			require.Equal(t, m.BestLossSum, md.LossSum)
			require.Equal(t, m.BestWeights, md.Weights)
			require.Equal(t, m.BestCheckpointCID, md.CheckpointCID)
			require.Equal(t, uint64(1000), md.UseFee.Uint64())
			if !md.Proven() {
				require.Equal(t, uint64(math.MaxUint64), md.LossSum)
				require.Zero(t, md.Message)
				require.Zero(t, h.s.Globals().NextMessage)
				return
			}
			// The completion message carries the final model.
			require.Equal(t, uint64(1), md.Message)
			msg, ok := h.s.Message(0)
			require.True(t, ok)
			require.Equal(t, MsgModelCompleted, msg.Kind)
			mc, err := DecodeModelCompleted(msg.Data)
			require.NoError(t, err)
			require.Equal(t, &ModelCompleted{MLSC: 0, Creator: h.addr("alice"), CheckpointCID: md.CheckpointCID, Weights: md.Weights,
				LossSum: md.LossSum, Proof: md.Proof, L2Height: md.Height, Reason: tc.reason}, mc)
			require.NotEqual(t, common.Hash{}, md.Proof.Digest)
			// Fixed: later blocks change nothing.
			before := md
			for i := 0; i < 5; i++ {
				h.mustBlock()
			}
			after, _ := h.s.Model(0)
			require.Equal(t, before, after)
		})
	}
}

func TestCreateRules(t *testing.T) {
	h := staked(t)
	for _, tc := range []struct {
		name string
		spec func(s *MLSCSpec)
		want error
	}{
		{"deadline now", func(s *MLSCSpec) { s.DeadlineL1 = h.head.Number }, ErrBadSpec}, // the next block's L1 view
		{"deadline past", func(s *MLSCSpec) { s.DeadlineL1 = 1 }, ErrBadSpec},            // long gone
		{"weights without CID", func(s *MLSCSpec) { s.InitWeights = common.Hash{7} }, ErrBadSpec},
		{"initial checkpoint", func(s *MLSCSpec) { s.InitCheckpointCID, s.InitWeights = []byte("init"), common.Hash{7} }, nil},
		{"deadline ahead", func(s *MLSCSpec) { s.DeadlineL1 = h.head.Number + 2 }, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec := testSpec()
			tc.spec(&spec)
			err := h.block(h.sign("alice", &CreateMLSC{Nonce: h.nonce("alice"), Spec: spec, Bounty: uint256.NewInt(10)}))[0]
			if tc.want != nil {
				require.ErrorIs(t, err, tc.want)
				return
			}
			require.NoError(t, err)
			m, _ := h.s.MLSC(h.s.Globals().NextMLSC - 1)
			require.Equal(t, spec.InitWeights, m.BestWeights)
			require.Equal(t, spec.InitCheckpointCID, m.BestCheckpointCID)
		})
	}
}

// finished is a harness where MLSC 0 (creator alice, use fee 1000) has
// completed after bob won rounds 1 and 3 and carol round 2.
func finished(t *testing.T) *harness {
	h := staked(t, "bob", "carol")
	spec := testSpec()
	spec.UseFee = uint256.NewInt(1000)
	h.mustBlock(h.sign("alice", &CreateMLSC{Nonce: h.nonce("alice"), Spec: spec, Bounty: uint256.NewInt(3000)}))
	h.winRound(0, 1, "bob", 500)
	h.winRound(0, 2, "carol", 400)
	h.winRound(0, 3, "bob", 300)
	return h
}

func TestPaidUse(t *testing.T) {
	h := finished(t)
	md, _ := h.s.Model(0)
	require.Equal(t, []Contributor{{Addr: h.addr("bob"), Rounds: 2}, {Addr: h.addr("carol"), Rounds: 1}}, sortedContribs(md.Contributors, h))
	require.Equal(t, uint64(3), md.TrainerWeight)

	// A second MLSC that is still open, and a third nobody won.
	spec := testSpec()
	spec.UseFee = uint256.NewInt(1000)
	spec.MaxRounds = 1
	h.mustBlock(h.sign("alice", &CreateMLSC{Nonce: h.nonce("alice"), Spec: spec, Bounty: uint256.NewInt(10)}),
		h.sign("erin", &CreateMLSC{Nonce: h.nonce("erin"), Spec: spec, Bounty: uint256.NewInt(10)}))
	h.skipRound(2, 1)
	h.mustBlock(h.sign("alice", &CreateMLSC{Nonce: h.nonce("alice"), Spec: testSpec(), Bounty: uint256.NewInt(10)}))

	aliceBefore := h.s.Account(h.addr("alice")).Balance.Uint64()
	for _, tc := range []struct {
		name string
		tx   func() *Tx
		want error
	}{
		{"unknown MLSC", func() *Tx {
			return h.sign("dave", &UseModel{Nonce: h.nonce("dave"), MLSC: 99, Fee: uint256.NewInt(1000)})
		}, ErrUnknownMLSC},
		{"still training", func() *Tx { return h.sign("dave", &UseModel{Nonce: h.nonce("dave"), MLSC: 3, Fee: uint256.NewInt(0)}) }, ErrNoModel},
		{"nobody won", func() *Tx {
			return h.sign("dave", &UseModel{Nonce: h.nonce("dave"), MLSC: 2, Fee: uint256.NewInt(1000)})
		}, ErrNoModel},
		{"fee too low", func() *Tx {
			return h.sign("dave", &UseModel{Nonce: h.nonce("dave"), MLSC: 0, Fee: uint256.NewInt(999)})
		}, ErrUseFee},
		{"fee too high", func() *Tx {
			return h.sign("dave", &UseModel{Nonce: h.nonce("dave"), MLSC: 0, Fee: uint256.NewInt(1001)})
		}, ErrUseFee},
		{"cannot pay", func() *Tx {
			return h.sign("prover", &UseModel{Nonce: h.nonce("prover"), MLSC: 0, Fee: uint256.NewInt(1000)})
		}, ErrBalance},
		{"claim before any use", func() *Tx { return h.sign("bob", &ClaimEarnings{Nonce: h.nonce("bob"), MLSC: 0}) }, ErrNothingOwed},
		{"valid", func() *Tx {
			return h.sign("dave", &UseModel{Nonce: h.nonce("dave"), MLSC: 0, Fee: uint256.NewInt(1000)})
		}, nil},
		{"claim by a stranger", func() *Tx { return h.sign("dave", &ClaimEarnings{Nonce: h.nonce("dave"), MLSC: 0}) }, ErrNotContributor},
		{"claim by the creator", func() *Tx { return h.sign("alice", &ClaimEarnings{Nonce: h.nonce("alice"), MLSC: 0}) }, ErrNotContributor},
		{"claim of an open MLSC", func() *Tx { return h.sign("bob", &ClaimEarnings{Nonce: h.nonce("bob"), MLSC: 3}) }, ErrNoModel},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tx := tc.tx()
			from, _ := tx.Sender(testChainID)
			before := h.s.Account(from)
			err := h.block(tx)[0]
			if tc.want == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tc.want)
			require.Equal(t, before, h.s.Account(from), "a rejected tx changes nothing")
		})
	}
	// One use of 1000: 700 to the trainers' pool, 300 to alice at once.
	require.Equal(t, aliceBefore+300, h.s.Account(h.addr("alice")).Balance.Uint64())
	pool := h.s.ModelPool(0)
	require.Equal(t, uint64(1), pool.Uses)
	require.Equal(t, uint64(700), pool.TrainerPaid.Uint64())
	use, ok := h.s.Use(0, h.addr("dave"))
	require.True(t, ok)
	require.Equal(t, uint64(1000), use.Paid.Uint64())
	_, ok = h.s.Use(0, h.addr("erin"))
	require.False(t, ok)

	// Bob won 2 of 3 rounds: floor(700·2/3) = 466; carol 233; 1 wei stays.
	require.Equal(t, uint64(466), h.s.Owed(0, h.addr("bob")).Uint64())
	require.Equal(t, uint64(233), h.s.Owed(0, h.addr("carol")).Uint64())
	bobBefore := h.s.Account(h.addr("bob")).Balance.Uint64()
	h.mustBlock(h.sign("bob", &ClaimEarnings{Nonce: h.nonce("bob"), MLSC: 0}))
	require.Equal(t, uint64(466), h.receipts[0].Reward.Uint64())
	require.Equal(t, bobBefore+466, h.s.Account(h.addr("bob")).Balance.Uint64())
	require.ErrorIs(t, h.block(h.sign("bob", &ClaimEarnings{Nonce: h.nonce("bob"), MLSC: 0}))[0], ErrNothingOwed)

	// Two more uses: bob is owed floor(2100·2/3) − 466 = 934.
	h.mustBlock(h.sign("dave", &UseModel{Nonce: h.nonce("dave"), MLSC: 0, Fee: uint256.NewInt(1000)}),
		h.sign("erin", &UseModel{Nonce: h.nonce("erin"), MLSC: 0, Fee: uint256.NewInt(1000)}))
	require.Equal(t, uint64(934), h.s.Owed(0, h.addr("bob")).Uint64())
	require.Equal(t, uint64(700), h.s.Owed(0, h.addr("carol")).Uint64())
	use, _ = h.s.Use(0, h.addr("dave"))
	require.Equal(t, uint64(2), use.Uses)
	h.mustBlock(h.sign("carol", &ClaimEarnings{Nonce: h.nonce("carol"), MLSC: 0}))
	require.True(t, h.s.Owed(0, h.addr("carol")).IsZero())

	// Earnings are NRN like any other: carol withdraws them.
	bal := h.s.Account(h.addr("carol")).Balance
	h.mustBlock(h.sign("carol", &Withdraw{Nonce: h.nonce("carol"), To: h.addr("carol"), Amount: bal}))
	w, ok := h.s.Withdrawal(h.s.Globals().NextWithdrawal - 1)
	require.True(t, ok)
	require.Equal(t, bal, w.Amount)

	// The state reloads from its entries to the same root.
	requireReload(t, h.s)
}

func sortedContribs(cs []Contributor, h *harness) []Contributor {
	if len(cs) == 2 && cs[0].Addr != h.addr("bob") {
		cs[0], cs[1] = cs[1], cs[0]
	}
	return cs
}

// requireReload rebuilds s from its encoded entries and checks the root.
func requireReload(t *testing.T, s *State) {
	t.Helper()
	fresh := NewState()
	for _, k := range s.allKeys() {
		v, err := s.encode(k)
		require.NoError(t, err)
		require.NoError(t, fresh.LoadEntry([]byte(k), v))
	}
	root, _, err := fresh.Commit()
	require.NoError(t, err)
	require.Equal(t, s.Root(), root)
}

func TestUseSplit(t *testing.T) {
	for _, tc := range []struct {
		name                string
		trainers, deltas    uint64
		fee                 uint64
		wantC, wantT, wantD uint64
	}{
		{"both pools", 3, 2, 1000, 200, 700, 100},
		{"no deltas: their cut to the creator", 3, 0, 1000, 300, 700, 0},
		{"nobody: all to the creator", 0, 0, 1000, 1000, 0, 0},
		{"remainders to the creator", 1, 1, 9, 3, 6, 0},
		{"zero fee", 1, 1, 0, 0, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, tr, d := UseSplit(&Model{TrainerWeight: tc.trainers, DeltaWeight: tc.deltas}, uint256.NewInt(tc.fee))
			require.Equal(t, []uint64{tc.wantC, tc.wantT, tc.wantD}, []uint64{c.Uint64(), tr.Uint64(), d.Uint64()})
			require.Equal(t, tc.fee, c.Uint64()+tr.Uint64()+d.Uint64())
		})
	}
	// Owed never overflows on a huge pool.
	huge := new(uint256.Int).Lsh(uint256.NewInt(1), 250)
	m := &Model{TrainerWeight: math.MaxUint32, DeltaWeight: 3}
	owed := Owed(m, &ModelPool{TrainerPaid: huge, DeltaPaid: huge}, &Contributor{Rounds: math.MaxUint32, Deltas: 3}, new(uint256.Int))
	require.Equal(t, new(uint256.Int).Add(huge, huge), owed)
}

func TestProverPaid(t *testing.T) {
	h := staked(t, "bob")
	h.cfg.ProverBps = 1000
	require.NoError(t, h.cfg.Check())
	h.mustBlock(h.sign("alice", &CreateMLSC{Nonce: h.nonce("alice"), Spec: testSpec(), Bounty: uint256.NewInt(3000)}))
	bobBefore, proverBefore := h.s.Account(h.addr("bob")).Balance.Uint64(), h.s.Account(h.addr("prover")).Balance.Uint64()
	issued := h.s.Globals().Issued.Uint64()
	h.winRound(0, 1, "bob", 500)
	// The round pays 3000/3 = 1000 of bounty: 100 to the prover, 900 and the
	// minted reward to bob.
	reward := issued / 100000
	require.Equal(t, uint64(100), h.receipts[0].ProverReward.Uint64())
	require.Equal(t, reward+900, h.receipts[0].Reward.Uint64())
	require.Equal(t, proverBefore+100, h.s.Account(h.addr("prover")).Balance.Uint64())
	require.Equal(t, bobBefore+reward+900, h.s.Account(h.addr("bob")).Balance.Uint64())

	h.cfg.ProverBps = BasisPoints + 1
	require.Error(t, h.cfg.Check())
}

func TestSpecEncoding(t *testing.T) {
	// A spec without the new fields encodes as before they existed.
	type oldSpec struct {
		Layers                                  []uint32
		Loss                                    uint8
		InitCheckpointCID, DatasetCID           []byte
		DatasetRoot                             common.Hash
		DatasetSize                             uint64
		Optimizer                               uint8
		LearningRate, BatchSize, Epochs         uint32
		SampleCount                             uint32
		CommitBlocks, RevealBlocks, ProofBlocks uint64
		MaxRounds                               uint32
		TargetLoss                              uint64
	}
	s := testSpec()
	now, err := rlp.EncodeToBytes(&s)
	require.NoError(t, err)
	old, err := rlp.EncodeToBytes(&oldSpec{Layers: s.Layers, Loss: s.Loss, DatasetCID: s.DatasetCID, DatasetRoot: s.DatasetRoot,
		DatasetSize: s.DatasetSize, Optimizer: s.Optimizer, LearningRate: s.LearningRate, BatchSize: s.BatchSize, Epochs: s.Epochs,
		SampleCount: s.SampleCount, CommitBlocks: s.CommitBlocks, RevealBlocks: s.RevealBlocks, ProofBlocks: s.ProofBlocks, MaxRounds: s.MaxRounds})
	require.NoError(t, err)
	require.Equal(t, old, now)

	key, _ := crypto.GenerateKey()
	full := testSpec()
	full.DeadlineL1, full.InitCheckpointCID, full.InitWeights, full.UseFee = 99, []byte("init"), common.Hash{5}, uint256.NewInt(7)
	for _, sp := range []MLSCSpec{testSpec(), full} {
		tx, err := SignTx(&CreateMLSC{Nonce: 1, Spec: sp, Bounty: uint256.NewInt(5)}, testChainID, key)
		require.NoError(t, err)
		dec, err := DecodeTx(tx.Encode())
		require.NoError(t, err)
		require.Equal(t, tx.Encode(), dec.Encode())
		require.Equal(t, sp.DeadlineL1, dec.Data().(*CreateMLSC).Spec.DeadlineL1)
	}

	// A trailing optional field spelled out at zero is not canonical.
	padded := append([]any{}, specFields(s)...)
	padded = append(padded, uint64(0)) // DeadlineL1 = 0, written out
	body, err := rlp.EncodeToBytes([]any{uint64(1), padded, uint256.NewInt(5)})
	require.NoError(t, err)
	raw := append([]byte{byte(TxCreateMLSC)}, big.NewInt(testChainID).FillBytes(make([]byte, 8))...)
	raw = append(raw, body...)
	raw = append(raw, make([]byte, 65)...)
	raw[len(raw)-65], raw[len(raw)-33] = 1, 1 // r = s = small, v = 0
	_, err = DecodeTx(raw)
	require.ErrorIs(t, err, ErrTxEncoding)
}

func specFields(s MLSCSpec) []any {
	return []any{s.Layers, s.Loss, s.InitCheckpointCID, s.DatasetCID, s.DatasetRoot, s.DatasetSize, s.Optimizer, s.LearningRate,
		s.BatchSize, s.Epochs, s.SampleCount, s.CommitBlocks, s.RevealBlocks, s.ProofBlocks, s.MaxRounds, s.TargetLoss}
}

func economyTxs(t testing.TB) []*Tx {
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("economy")))
	var txs []*Tx
	for _, d := range []TxData{
		&UseModel{Nonce: 3, MLSC: 7, Fee: uint256.NewInt(1_000_000)},
		&UseModel{Nonce: 0, MLSC: 0, Fee: new(uint256.Int)},
		&ClaimEarnings{Nonce: 9, MLSC: 2},
	} {
		tx, err := SignTx(d, testChainID, key)
		require.NoError(t, err)
		txs = append(txs, tx)
	}
	return txs
}

func TestEconomyTxCodec(t *testing.T) {
	for _, tx := range economyTxs(t) {
		dec, err := DecodeTx(tx.Encode())
		require.NoError(t, err)
		require.Equal(t, tx.Encode(), dec.Encode())
		require.Equal(t, tx.Nonce(), dec.Nonce())
	}
	// A use-model without a fee does not decode.
	body, _ := rlp.EncodeToBytes([]any{uint64(1), uint64(2)})
	raw := append(append([]byte{byte(TxUseModel)}, make([]byte, 8)...), body...)
	raw = append(raw, economyTxs(t)[0].Encode()[len(economyTxs(t)[0].Encode())-65:]...)
	_, err := DecodeTx(raw)
	require.ErrorIs(t, err, ErrTxEncoding)
}

func FuzzDecodeEconomyTx(f *testing.F) {
	for _, tx := range economyTxs(f) {
		f.Add(tx.Encode())
	}
	key, _ := crypto.GenerateKey()
	full := testSpec()
	full.DeadlineL1, full.InitCheckpointCID, full.InitWeights, full.UseFee = 99, []byte("init"), common.Hash{5}, uint256.NewInt(7)
	tx, _ := SignTx(&CreateMLSC{Nonce: 1, Spec: full, Bounty: uint256.NewInt(5)}, testChainID, key)
	f.Add(tx.Encode())
	f.Fuzz(func(t *testing.T, b []byte) {
		tx, err := DecodeTx(b)
		if err != nil {
			return
		}
		if string(tx.Encode()) != string(b) {
			t.Fatalf("decoded transaction re-encodes differently")
		}
	})
}

func TestMessageLeaf(t *testing.T) {
	cfg := &Config{ChainID: testChainID, Rollup: common.HexToAddress("0x00000000000000000000000000000000000000aa")}
	msg := &Message{ID: 5, Kind: MsgModelCompleted, Data: []byte("payload")}
	// The leaf as Solidity computes it, through the ABI encoder.
	ty := func(s string) abi.Type { x, _ := abi.NewType(s, "", nil); return x }
	enc, err := abi.Arguments{{Type: ty("uint256")}, {Type: ty("address")}, {Type: ty("uint256")}, {Type: ty("uint256")}, {Type: ty("bytes32")}}.
		Pack(big.NewInt(testChainID), cfg.Rollup, big.NewInt(5), big.NewInt(1), crypto.Keccak256Hash(msg.Data))
	require.NoError(t, err)
	inner := crypto.Keccak256(enc)
	require.Equal(t, crypto.Keccak256Hash(inner), common.Hash(MessageLeaf(cfg, msg)))

	for _, tc := range []struct {
		name string
		cfg  Config
		msg  Message
	}{
		{"other chain", Config{ChainID: testChainID + 1, Rollup: cfg.Rollup}, *msg},
		{"other rollup", Config{ChainID: testChainID, Rollup: common.Address{1}}, *msg},
		{"other id", *cfg, Message{ID: 6, Kind: msg.Kind, Data: msg.Data}},
		{"other kind", *cfg, Message{ID: 5, Kind: 2, Data: msg.Data}},
		{"other data", *cfg, Message{ID: 5, Kind: msg.Kind, Data: []byte("payloaD")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.NotEqual(t, MessageLeaf(cfg, msg), MessageLeaf(&tc.cfg, &tc.msg))
		})
	}
}

func TestMessageRoot(t *testing.T) {
	h := finished(t)
	// A second finished model makes a second message.
	spec := testSpec()
	spec.MaxRounds = 1
	h.mustBlock(h.sign("erin", &CreateMLSC{Nonce: h.nonce("erin"), Spec: spec, Bounty: uint256.NewInt(10)}))
	h.winRound(1, 1, "bob", 100)
	require.Equal(t, uint64(2), h.s.Globals().NextMessage)
	root, err := MessageRoot(h.cfg, h.s, 0, 2)
	require.NoError(t, err)
	leaves, err := MessageLeaves(h.cfg, h.s, 0, 2)
	require.NoError(t, err)
	for i, leaf := range leaves {
		require.True(t, l1.VerifyMerkleProof(root, leaf, l1.MerkleProof(leaves, i)))
	}
	none, err := MessageRoot(h.cfg, h.s, 2, 2)
	require.NoError(t, err)
	require.Equal(t, common.Hash{}, none)
	_, err = MessageRoot(h.cfg, h.s, 0, 3)
	require.Error(t, err)
	requireReload(t, h.s)
}

func TestDecodeModelCompleted(t *testing.T) {
	m := &Model{MLSC: 3, Creator: common.Address{1}, CheckpointCID: []byte("cid"), Weights: common.Hash{2}, LossSum: 9,
		Proof: AppliedProof{Circuit: common.Hash{3}, Digest: common.Hash{4}}, Height: 10, Reason: CompletedDeadline}
	data := ModelCompletedData(m)
	mc, err := DecodeModelCompleted(data)
	require.NoError(t, err)
	require.Equal(t, &ModelCompleted{MLSC: 3, Creator: common.Address{1}, CheckpointCID: []byte("cid"), Weights: common.Hash{2},
		LossSum: 9, Proof: m.Proof, L2Height: 10, Reason: CompletedDeadline}, mc)
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"truncated", data[:len(data)-40]},
		{"empty", nil},
		{"mlsc beyond 64 bits", func() []byte { d := append([]byte(nil), data...); d[0] = 1; return d }()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeModelCompleted(tc.data)
			require.Error(t, err)
		})
	}
}

// Proposers of applied deltas join the contributors, one weight per delta,
// and share the delta pool.
func TestDeltaProposersEarn(t *testing.T) {
	h := staked(t, "bob")
	spec := testSpec()
	spec.UseFee = uint256.NewInt(1000)
	spec.MaxRounds = 1
	h.mustBlock(h.sign("alice", &CreateMLSC{Nonce: h.nonce("alice"), Spec: spec, Bounty: uint256.NewInt(10)}))
	// Two deltas of erin's and one of bob's were applied (as delta.go's
	// epoch close records them).
	h.s.mlscs[0].Data = &DataState{Applied: []AppliedDelta{{Proposer: h.addr("erin")}, {Proposer: h.addr("bob")}, {Proposer: h.addr("erin")}}}
	h.winRound(0, 1, "bob", 500)
	md, _ := h.s.Model(0)
	require.True(t, md.Done)
	require.Equal(t, uint64(3), md.DeltaWeight)
	require.Equal(t, uint64(1), md.TrainerWeight)
	h.mustBlock(h.sign("dave", &UseModel{Nonce: h.nonce("dave"), MLSC: 0, Fee: uint256.NewInt(1000)}))
	// 700 to bob as the trainer, 100 to the proposers (erin 2/3, bob 1/3).
	require.Equal(t, uint64(700+33), h.s.Owed(0, h.addr("bob")).Uint64())
	require.Equal(t, uint64(66), h.s.Owed(0, h.addr("erin")).Uint64())
	erin := h.s.Account(h.addr("erin")).Balance.Uint64()
	h.mustBlock(h.sign("erin", &ClaimEarnings{Nonce: h.nonce("erin"), MLSC: 0}))
	require.Equal(t, erin+66, h.s.Account(h.addr("erin")).Balance.Uint64())
}
