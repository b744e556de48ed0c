package rollup

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// withFees sets a fee rule with a base fee floor of 1 wei per unit and a
// target no test block reaches (so the base fee stays at the floor), half
// burnt, the rest to "seq".
func withFees(h *harness) {
	h.addKey("seq")
	h.cfg.Fees = FeeRule{MinBaseFee: uint256.NewInt(1), TargetUnits: 10_000_000, BurnBps: 5000, Recipient: h.addr("seq")}
	require.NoError(h.t, h.cfg.Check())
}

func TestFees(t *testing.T) {
	h := newHarness(t)
	withFees(h)
	h.fund("alice", 100_000)
	h.fund("bob", 1_000)
	transfer := func(n string, amt uint64) *Tx {
		return h.sign(n, &Transfer{Nonce: h.nonce(n), To: h.addr("carol"), Amount: uint256.NewInt(amt)})
	}
	for _, tc := range []struct {
		name string
		tx   func() *Tx
		want error
	}{
		{"pays amount and fee", func() *Tx { return transfer("alice", 10) }, nil},
		{"cannot pay the fee", func() *Tx { return transfer("bob", 1) }, ErrFee},
		{"fee paid, amount not: refunded", func() *Tx { return transfer("alice", 100_000) }, ErrBalance},
		{"stake pays the fee too", func() *Tx { return h.sign("alice", &Stake{Nonce: h.nonce("alice"), Amount: uint256.NewInt(100)}) }, nil},
		{"unstake pays the fee", func() *Tx { return h.sign("alice", &Unstake{Nonce: h.nonce("alice"), Amount: uint256.NewInt(100)}) }, nil},
		{"stranger", func() *Tx { return transfer("carol", 1) }, ErrFee},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tx := tc.tx()
			from, _ := tx.Sender(testChainID)
			before, seqBefore := h.s.Account(from), h.s.Account(h.addr("seq")).Balance.Uint64()
			err := h.block(tx)[0]
			if tc.want != nil {
				require.ErrorIs(t, err, tc.want)
				require.Equal(t, before, h.s.Account(from), "a rejected tx changes nothing")
				require.Equal(t, seqBefore, h.s.Account(h.addr("seq")).Balance.Uint64())
				return
			}
			require.NoError(t, err)
			fee := KindUnits(tx.Type()) + FeeUnitsPerByte*uint64(tx.EncodedSize()) // × base fee 1
			require.Equal(t, fee, h.receipts[0].Fee.Uint64())
			require.Equal(t, fee, h.cfg.Fee(tx, h.s.BaseFee()).Uint64())
			amt := h.cfg.amount(tx).Uint64()
			require.Equal(t, amt+fee, h.cfg.Cost(tx, h.s.BaseFee()).Uint64())
			after := h.s.Account(from)
			spent := before.Balance.Uint64() - after.Balance.Uint64()
			if _, un := tx.Data().(*Unstake); un {
				require.Equal(t, fee-100, spent, "unstake credits 100 and takes the fee")
			} else {
				require.Equal(t, amt+fee, spent)
			}
			require.Equal(t, seqBefore+fee/2, h.s.Account(h.addr("seq")).Balance.Uint64())
			require.Equal(t, FeeUnits(tx), h.s.Globals().BlockUnits, "the block counts the units")
		})
	}
}

func TestFeeExemptions(t *testing.T) {
	h := newHarness(t)
	withFees(h)
	// A deposit pays nothing.
	h.fund("alice", 50)
	require.Equal(t, uint64(50), h.s.Account(h.addr("alice")).Balance.Uint64())
	require.Nil(t, h.receipts[0].Fee)
	require.Zero(t, h.s.Globals().BlockUnits)
	// A loss proof pays nothing: its sender may hold nothing at all.
	h.cfg.Fees = FeeRule{}
	h.fund("alice", 10_000_000)
	h.fund("bob", 10_000_000)
	h.mustBlock(h.sign("bob", &Stake{Nonce: 0, Amount: uint256.NewInt(100)}))
	h.mustBlock(h.sign("alice", &CreateMLSC{Nonce: 0, Spec: testSpec(), Bounty: uint256.NewInt(300)}))
	withFees(h)
	h.winRound(0, 1, "bob", 500)
	require.Nil(t, h.receipts[0].Fee)
	require.True(t, h.s.Account(h.addr("prover")).Balance.IsZero())
	require.Equal(t, uint64(1), h.nonce("prover"))

	lp := h.sign("prover", &LossProof{Nonce: 0, MLSC: 0, Round: 1, Proof: []byte{1}})
	base := uint256.NewInt(1)
	require.True(t, h.cfg.Fee(lp, base).IsZero())
	d, _ := NewDeposit(&Deposit{L1Nonce: 0, From: common.Address{1}, To: common.Address{1}, Amount: uint256.NewInt(5)})
	require.True(t, h.cfg.Fee(d, base).IsZero())
	f, _ := NewForced(&Forced{Index: 0, From: common.Address{1}, Tx: lp.Encode()})
	require.True(t, h.cfg.Fee(f, base).IsZero())
}

// A forced entry's inner transaction pays its fee like any other, and one
// that cannot pay is consumed with the reason on its receipt.
func TestForcedPaysFee(t *testing.T) {
	h := newHarness(t)
	withFees(h)
	h.fund("alice", 100_000)
	inner := h.sign("alice", &Transfer{Nonce: 0, To: h.addr("bob"), Amount: uint256.NewInt(10)})
	poor := h.sign("carol", &Transfer{Nonce: 0, To: h.addr("bob"), Amount: uint256.NewInt(10)})
	f0, _ := NewForced(&Forced{Index: 0, From: common.Address{1}, Tx: inner.Encode()})
	f1, _ := NewForced(&Forced{Index: 1, From: common.Address{1}, Tx: poor.Encode()})
	h.mustBlock(f0, f1)
	fee := h.cfg.Fee(inner, h.s.BaseFee())
	require.Equal(t, fee, h.receipts[0].Fee)
	require.Equal(t, 100_000-10-fee.Uint64(), h.s.Account(h.addr("alice")).Balance.Uint64())
	require.Contains(t, h.receipts[1].Forced.Error, ErrFee.Error())
	require.Equal(t, FeeUnits(inner), h.s.Globals().BlockUnits, "only the applied inner transaction counts")
}

// A flood of cheap transactions costs the flooder its fees: one-wei
// transfers cost a fee each, and the flood stops when the balance runs out.
func TestFeeFlood(t *testing.T) {
	h := newHarness(t)
	withFees(h)
	const funds = 2_000_000
	h.fund("alice", funds)
	var txs []*Tx
	for i := uint64(0); i < 400; i++ {
		txs = append(txs, h.sign("alice", &Transfer{Nonce: i, To: h.addr("bob"), Amount: uint256.NewInt(1)}))
	}
	errs := h.block(txs...)
	base := h.s.BaseFee()
	applied, spent := 0, uint64(0)
	for i, err := range errs {
		if err != nil {
			if i == applied {
				require.ErrorIs(t, err, ErrFee, "tx %d", i) // the first one it cannot pay
			} else {
				require.ErrorIs(t, err, ErrNonce, "tx %d", i) // the rest follow a gap
			}
			continue
		}
		applied++
		spent += 1 + h.cfg.Fee(txs[i], base).Uint64()
	}
	require.Greater(t, applied, 200)
	require.True(t, h.s.Account(h.addr("alice")).Balance.Lt(h.cfg.Fee(txs[applied], base)), "the flood stops when the fees have eaten the balance")
	require.Equal(t, uint64(funds)-spent, h.s.Account(h.addr("alice")).Balance.Uint64())
	require.Equal(t, uint64(applied), h.s.Account(h.addr("bob")).Balance.Uint64(), "the victim got 1 wei per tx")
	// Half of every fee is burnt: the supply on L2 shrank by it.
	total := new(uint256.Int)
	for _, n := range []string{"alice", "bob", "seq"} {
		total.Add(total, h.s.Account(h.addr(n)).Balance)
	}
	burnt := uint64(0)
	for _, tx := range txs[:applied] {
		f := h.cfg.Fee(tx, base).Uint64()
		burnt += f - f/2
	}
	require.Equal(t, uint64(funds)-burnt, total.Uint64())
}

// TestNextBaseFee: EIP-1559's update, at most 1/8 a block, at least 1 wei
// up over the target, never below the floor.
func TestNextBaseFee(t *testing.T) {
	rule := FeeRule{MinBaseFee: uint256.NewInt(100), TargetUnits: 1_000}
	u := uint256.NewInt
	for _, tc := range []struct {
		name   string
		parent *uint256.Int
		units  uint64
		want   uint64
	}{
		{"first block: the floor", nil, 0, 100},
		{"at the target: unchanged", u(8_000), 1_000, 8_000},
		{"full block (2x target): +1/8", u(8_000), 2_000, 9_000},
		{"far over the target: still +1/8", u(8_000), 50_000, 9_000},
		{"half over: +1/16", u(8_000), 1_500, 8_500},
		{"empty block: -1/8", u(8_000), 0, 7_000},
		{"a quarter below: -1/32", u(8_000), 750, 7_750},
		{"over the target at the floor: at least 1 wei", u(100), 1_001, 101},
		{"under the target at the floor: the floor", u(100), 0, 100},
		{"below the floor (rule raised): the floor", u(10), 2_000, 100},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, rule.NextBaseFee(tc.parent, tc.units).Uint64())
		})
	}
	off := FeeRule{}
	require.Nil(t, off.NextBaseFee(u(5), 10), "fees off: no base fee")
}

// TestBaseFeeFollowsDemand: blocks over the target raise the base fee by
// 1/8 each, and what each transaction pays with it; a transaction whose cap
// the base fee passed no longer applies (ErrFeeCap, nothing changes); idle
// blocks bring the base fee back to the floor.
func TestBaseFeeFollowsDemand(t *testing.T) {
	h := newHarness(t)
	h.addKey("seq")
	h.cfg.Fees = FeeRule{MinBaseFee: uint256.NewInt(1_000), TargetUnits: 20_000, BurnBps: 5000, Recipient: h.addr("seq")}
	require.NoError(t, h.cfg.Check())
	h.fund("alice", 1e15)
	require.Equal(t, uint64(1_000), h.s.BaseFee().Uint64())
	capped := h.signCap("alice", &Transfer{Nonce: 20, To: h.addr("bob"), Amount: uint256.NewInt(1)}, uint256.NewInt(1_000))
	prev := h.s.BaseFee().Uint64()
	for i := uint64(0); i < 5; i++ { // 4 transfers a block: 29,000+ units, over the target
		var txs []*Tx
		for j := uint64(0); j < 4; j++ {
			txs = append(txs, h.sign("alice", &Transfer{Nonce: 4*i + j, To: h.addr("bob"), Amount: uint256.NewInt(1)}))
		}
		before := h.s.Account(h.addr("alice")).Balance.Clone()
		h.mustBlock(txs...)
		base := h.s.BaseFee().Uint64()
		if i > 0 {
			require.Greater(t, base, prev, "block %d: the base fee rises after a block over the target", i)
			require.LessOrEqual(t, base, prev+prev/8, "block %d: by at most 1/8", i)
		}
		paid := new(uint256.Int).Sub(before, h.s.Account(h.addr("alice")).Balance).Uint64()
		want := uint64(0)
		for _, tx := range txs {
			want += 1 + FeeUnits(tx)*base
		}
		require.Equal(t, want, paid, "block %d: each transfer pays units x the block's base fee", i)
		prev = base
	}
	// The capped transfer (cap 1,000, the floor) is refused now, changing nothing.
	before := h.s.Account(h.addr("alice"))
	errs := h.block(capped)
	require.ErrorIs(t, errs[0], ErrFeeCap)
	require.Contains(t, errs[0].Error(), "the base fee")
	require.Equal(t, before, h.s.Account(h.addr("alice")))
	// A cap at the base fee, and no cap, apply.
	h.mustBlock(h.signCap("alice", &Transfer{Nonce: 20, To: h.addr("bob"), Amount: uint256.NewInt(1)}, h.s.Globals().BaseFee),
		h.sign("alice", &Transfer{Nonce: 21, To: h.addr("bob"), Amount: uint256.NewInt(1)}))
	// Idle blocks bring it back down to the floor.
	for i := 0; i < 60; i++ {
		h.mustBlock()
	}
	require.Equal(t, uint64(1_000), h.s.BaseFee().Uint64())
}

func TestFeeRule(t *testing.T) {
	for _, tc := range []struct {
		name        string
		rule        FeeRule
		fee         uint64
		burnt, paid uint64
		bad         bool
	}{
		{"half", FeeRule{BurnBps: 5000, Recipient: common.Address{1}}, 1001, 501, 500, false},
		{"no recipient: all burnt", FeeRule{BurnBps: 1000}, 1000, 1000, 0, false},
		{"none burnt", FeeRule{BurnBps: 0, Recipient: common.Address{1}}, 1000, 0, 1000, false},
		{"all burnt", FeeRule{BurnBps: BasisPoints, Recipient: common.Address{1}}, 1000, 1000, 0, false},
		{"burn above 100 %", FeeRule{BurnBps: BasisPoints + 1}, 0, 0, 0, true},
		{"on without a floor", FeeRule{TargetUnits: 1}, 0, 0, 0, true},
		{"on with a zero floor", FeeRule{TargetUnits: 1, MinBaseFee: new(uint256.Int)}, 0, 0, 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.bad {
				require.Error(t, tc.rule.Check())
				cfg := &Config{ChainID: 1, MinStake: uint256.NewInt(1), RewardDivisor: 1, HalvingSeconds: 1, Verifier: hashVerifier{}, Fees: tc.rule}
				require.Error(t, cfg.Check())
				return
			}
			require.NoError(t, tc.rule.Check())
			b, p := tc.rule.FeeSplit(uint256.NewInt(tc.fee))
			require.Equal(t, []uint64{tc.burnt, tc.paid}, []uint64{b.Uint64(), p.Uint64()})
		})
	}
	// The zero rule charges nothing; the default charges units x base fee.
	h := newHarness(t)
	tx := h.sign("alice", &Transfer{Nonce: 0, To: h.addr("bob"), Amount: uint256.NewInt(1)})
	require.True(t, (&Config{}).Fee(tx, uint256.NewInt(5)).IsZero())
	def := &Config{Fees: DefaultFeeRule(common.Address{})}
	require.Equal(t, (KindUnits(TxTransfer)+FeeUnitsPerByte*uint64(tx.EncodedSize()))*DefaultMinBaseFee,
		def.Fee(tx, uint256.NewInt(DefaultMinBaseFee)).Uint64())
	// A capped transaction budgets its cap; an uncapped one the base fee.
	capped := h.signCap("alice", &Transfer{Nonce: 0, To: h.addr("bob"), Amount: uint256.NewInt(1)}, uint256.NewInt(3*DefaultMinBaseFee))
	require.Equal(t, def.Fee(capped, uint256.NewInt(3*DefaultMinBaseFee)), def.MaxFee(capped, uint256.NewInt(DefaultMinBaseFee)))
	require.Equal(t, def.Fee(tx, uint256.NewInt(DefaultMinBaseFee)), def.MaxFee(tx, uint256.NewInt(DefaultMinBaseFee)))
}

// TestIdleFees: the L2 fee of each kind at the default rule's idle base fee
// (its floor), signed with the cap wallets sign (twice the floor: 5 bytes):
// every paying kind pays, none pays more than 0.002 NRN, a transfer less
// than 0.00001 NRN, and the kinds that leave more to others pay more. The
// log is docs/performance.md's table.
func TestIdleFees(t *testing.T) {
	def := &Config{Fees: DefaultFeeRule(common.Address{})}
	base := uint256.NewInt(DefaultMinBaseFee)
	feeCap := new(uint256.Int).Lsh(base, 1)
	fees := map[TxType]uint64{}
	key, _ := crypto.GenerateKey()
	txs := sampleTxs(t)
	for _, d := range []TxData{&UseModel{Nonce: 9, MLSC: 1, Fee: uint256.NewInt(1e18)}, &ClaimEarnings{Nonce: 10, MLSC: 1}} {
		tx, err := SignTx(d, testChainID, key)
		require.NoError(t, err)
		txs = append(txs, tx)
	}
	for _, tx := range txs {
		if tx.Type().signed() {
			var err error
			tx, err = SignTxCap(tx.Data(), testChainID, feeCap, key)
			require.NoError(t, err)
		}
		f := def.Fee(tx, base).Uint64()
		fees[tx.Type()] = f
		t.Logf("%-14s %5d bytes %7d units  %.7f NRN", tx.Type(), tx.EncodedSize(), FeeUnits(tx), float64(f)/1e18)
		if paysFee(tx.Type()) {
			require.NotZero(t, f, tx.Type().String())
			require.Less(t, f, uint64(2e15), tx.Type().String())
		} else {
			require.Zero(t, f, tx.Type().String())
		}
	}
	require.Less(t, fees[TxTransfer], uint64(1e13))
	require.Less(t, fees[TxTransfer], fees[TxWithdraw])
	require.Less(t, fees[TxWithdraw], fees[TxCreateMLSC])
}
