package rollup

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// withFees sets a fee rule of 1000 per tx and 10 per byte, half burnt, the
// rest to "seq".
func withFees(h *harness) {
	h.addKey("seq")
	h.cfg.Fees = FeeRule{PerTx: uint256.NewInt(1000), PerByte: uint256.NewInt(10), BurnBps: 5000, Recipient: h.addr("seq")}
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
	feeOf := func(tx *Tx) uint64 { return 1000 + 10*uint64(tx.EncodedSize()) }
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
			fee := feeOf(tx)
			require.Equal(t, fee, h.receipts[0].Fee.Uint64())
			require.Equal(t, fee, h.cfg.Fee(tx).Uint64())
			amt := h.cfg.amount(tx).Uint64()
			require.Equal(t, amt+fee, h.cfg.Cost(tx).Uint64())
			after := h.s.Account(from)
			spent := before.Balance.Uint64() - after.Balance.Uint64()
			if _, un := tx.Data().(*Unstake); un {
				require.Equal(t, fee-100, spent, "unstake credits 100 and takes the fee")
			} else {
				require.Equal(t, amt+fee, spent)
			}
			require.Equal(t, seqBefore+fee/2, h.s.Account(h.addr("seq")).Balance.Uint64())
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
	// A loss proof pays nothing: its sender may hold nothing at all.
	h.cfg.Fees = FeeRule{}
	h.fund("alice", 10_000)
	h.fund("bob", 10_000)
	h.mustBlock(h.sign("bob", &Stake{Nonce: 0, Amount: uint256.NewInt(100)}))
	h.mustBlock(h.sign("alice", &CreateMLSC{Nonce: 0, Spec: testSpec(), Bounty: uint256.NewInt(300)}))
	withFees(h)
	h.winRound(0, 1, "bob", 500)
	require.Nil(t, h.receipts[0].Fee)
	require.True(t, h.s.Account(h.addr("prover")).Balance.IsZero())
	require.Equal(t, uint64(1), h.nonce("prover"))

	lp := h.sign("prover", &LossProof{Nonce: 0, MLSC: 0, Round: 1, Proof: []byte{1}})
	require.True(t, h.cfg.Fee(lp).IsZero())
	d, _ := NewDeposit(&Deposit{L1Nonce: 0, From: common.Address{1}, To: common.Address{1}, Amount: uint256.NewInt(5)})
	require.True(t, h.cfg.Fee(d).IsZero())
	f, _ := NewForced(&Forced{Index: 0, From: common.Address{1}, Tx: lp.Encode()})
	require.True(t, h.cfg.Fee(f).IsZero())
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
	require.Equal(t, h.cfg.Fee(inner), h.receipts[0].Fee)
	require.Equal(t, 100_000-10-h.cfg.Fee(inner).Uint64(), h.s.Account(h.addr("alice")).Balance.Uint64())
	require.Contains(t, h.receipts[1].Forced.Error, ErrFee.Error())
}

// A flood of cheap transactions costs the flooder its fees: 200 one-wei
// transfers cost 200 fees, and the flood stops when the balance runs out.
func TestFeeFlood(t *testing.T) {
	h := newHarness(t)
	withFees(h)
	const funds = 500_000
	h.fund("alice", funds)
	var txs []*Tx
	for i := uint64(0); i < 400; i++ {
		txs = append(txs, h.sign("alice", &Transfer{Nonce: i, To: h.addr("bob"), Amount: uint256.NewInt(1)}))
	}
	errs := h.block(txs...)
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
		spent += 1 + h.cfg.Fee(txs[i]).Uint64()
	}
	require.Greater(t, applied, 200)
	require.True(t, h.s.Account(h.addr("alice")).Balance.Lt(h.cfg.Fee(txs[applied])), "the flood stops when the fees have eaten the balance")
	require.Equal(t, uint64(funds)-spent, h.s.Account(h.addr("alice")).Balance.Uint64())
	require.Equal(t, uint64(applied), h.s.Account(h.addr("bob")).Balance.Uint64(), "the victim got 1 wei per tx")
	// Half of every fee is burnt: the supply on L2 shrank by it.
	total := new(uint256.Int)
	for _, n := range []string{"alice", "bob", "seq"} {
		total.Add(total, h.s.Account(h.addr(n)).Balance)
	}
	burnt := uint64(0)
	for _, tx := range txs[:applied] {
		f := h.cfg.Fee(tx).Uint64()
		burnt += f - f/2
	}
	require.Equal(t, uint64(funds)-burnt, total.Uint64())
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
	// The zero rule charges nothing; the default charges per tx and byte.
	h := newHarness(t)
	tx := h.sign("alice", &Transfer{Nonce: 0, To: h.addr("bob"), Amount: uint256.NewInt(1)})
	require.True(t, (&Config{}).Fee(tx).IsZero())
	def := &Config{Fees: DefaultFeeRule(common.Address{})}
	require.Equal(t, uint64(DefaultFeePerTx+DefaultFeePerByte*tx.EncodedSize()), def.Fee(tx).Uint64())
}
