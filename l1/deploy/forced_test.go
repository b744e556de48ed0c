package deploy_test

import (
	"bytes"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/l1"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/rollup"
)

const testForcedWindow = 10 * time.Minute

// TestForceInclude: anyone queues bytes of 1 to MAX_FORCED_TX_SIZE (= rollup.MaxForcedTxSize)
// bytes; each entry gets the next index and extends the accumulator; the gas of an entry.
func TestForceInclude(t *testing.T) {
	e, c := newExitEnv(t, func(cfg *deploy.Config) { cfg.ForcedWindow = testForcedWindow })
	r := e.d.Rollup
	max := call(e, r.Instance, r.Binding.PackMAXFORCEDTXSIZE(), r.Binding.UnpackMAXFORCEDTXSIZE)
	if max.Cmp(big.NewInt(rollup.MaxForcedTxSize)) != 0 {
		t.Fatalf("Rollup.MAX_FORCED_TX_SIZE = %v, rollup.MaxForcedTxSize = %d", max, rollup.MaxForcedTxSize)
	}
	for _, tt := range []struct {
		name string
		size int
	}{{"empty", 0}, {"one byte over", rollup.MaxForcedTxSize + 1}} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := e.send(e.alice, r.Instance, r.Binding.PackForceInclude(make([]byte, tt.size)))
			wantRevert(t, err, bindings.RollupForcedTxSizeErrorID())
		})
	}
	transfer := c.sign(e.alice.key, &rollup.Transfer{Nonce: 0, To: e.bob.addr, Amount: uint256.NewInt(1)}).Encode()
	var acc [32]byte
	for i, raw := range [][]byte{transfer, bytes.Repeat([]byte{7}, rollup.MaxForcedTxSize), transfer} {
		tx, rcpt := c.force(e.bob, raw)
		f := tx.Data().(*rollup.Forced)
		if f.Index != uint64(i) || f.From != e.bob.addr || !bytes.Equal(f.Tx, raw) {
			t.Fatalf("entry %d: index %d from %v, %d bytes", i, f.Index, f.From, len(f.Tx))
		}
		acc = crypto.Keccak256Hash(acc[:], crypto.Keccak256(raw))
		got := call(e, r.Instance, r.Binding.PackForcedEntry(uint64(i)), r.Binding.UnpackForcedEntry)
		if got.Accumulator != acc {
			t.Fatalf("entry %d accumulator %x, want %x", i, got.Accumulator, acc)
		}
		t.Logf("Rollup.forceInclude #%d of %d bytes: %d gas", i, len(raw), rcpt.GasUsed)
	}
	if n := call(e, r.Instance, r.Binding.PackForcedCount(), r.Binding.UnpackForcedCount); n != 3 {
		t.Fatalf("forcedCount %d, want 3", n)
	}
	_, err := bindCall(e, r, r.Binding.PackForcedEntry(3))
	wantRevert(t, err, bindings.RollupUnknownForcedTxErrorID())
}

// TestCensoringSequencer: a sequencer that leaves a queued transaction out settles only
// until its window ends; then every batch that does not consume it is refused, and a
// batch that consumes it (the honest one) is accepted.
func TestCensoringSequencer(t *testing.T) {
	e, c := newExitEnv(t, func(cfg *deploy.Config) { cfg.ForcedWindow = testForcedWindow })
	c.block(c.deposit(e.alice, e.alice.addr, nrn(10)))
	c.mustSettle()
	forced, _ := c.force(e.bob, c.sign(e.alice.key, &rollup.Transfer{Nonce: 0, To: e.bob.addr, Amount: uint256.NewInt(5)}).Encode())

	// Inside the window the entry may wait: an empty batch that leaves it is accepted.
	none := uint64(0)
	c.block()
	if _, err := c.settle(c.header(&none)); err != nil {
		t.Fatalf("batch inside the window: %v", err)
	}
	if err := e.chain.AdjustTime(testForcedWindow); err != nil {
		t.Fatal(err)
	}
	c.block()
	bad := map[string]struct {
		forced uint64
		want   [32]byte
	}{
		"censoring":        {0, bindings.RollupForcedTxOverdueErrorID()},
		"beyond the queue": {2, bindings.RollupForcedConsumedExceedQueueErrorID()},
	}
	for name, tt := range bad {
		t.Run(name, func(t *testing.T) {
			_, err := c.settle(c.header(&tt.forced))
			wantRevert(t, err, tt.want)
		})
	}
	// The honest batch consumes the entry and settles, late or not.
	rcs := c.block(forced)
	if rcs[0].Forced == nil || rcs[0].Forced.Error != "" {
		t.Fatalf("forced transfer: %+v", rcs[0].Forced)
	}
	c.mustSettle()
	if got := call(e, e.d.Rollup.Instance, e.d.Rollup.Binding.PackForcedConsumed(), e.d.Rollup.Binding.UnpackForcedConsumed); got != 1 {
		t.Fatalf("forcedConsumed %d, want 1", got)
	}
	t.Run("decreased", func(t *testing.T) {
		c.block()
		_, err := c.settle(c.header(&none))
		wantRevert(t, err, bindings.RollupForcedConsumedDecreasedErrorID())
	})
}

// TestForcedWithdrawal: a user whose withdrawals the sequencer ignores signs one and queues
// it on L1; the sequencer must apply it, the batch's withdrawal root holds it, and the
// Bridge pays it once the batch is final.
func TestForcedWithdrawal(t *testing.T) {
	e, c := newExitEnv(t, func(cfg *deploy.Config) { cfg.ForcedWindow = testForcedWindow })
	user := newKey(t)
	userAddr := crypto.PubkeyToAddress(user.PublicKey)
	c.block(c.deposit(e.alice, userAddr, nrn(3)))
	c.mustSettle()

	// The user has no L1 ether: bob queues the signed withdrawal for it.
	w := c.sign(user, &rollup.Withdraw{Nonce: 0, To: userAddr, Amount: uint256.MustFromBig(nrn(2))})
	forced, _ := c.force(e.bob, w.Encode())
	if err := e.chain.AdjustTime(testForcedWindow / 2); err != nil {
		t.Fatal(err)
	}
	rcs := c.block(forced)
	if rcs[0].Withdrawal == nil || rcs[0].From != userAddr {
		t.Fatalf("forced withdrawal receipt: %+v (forced %+v)", rcs[0], rcs[0].Forced)
	}
	c.mustSettle()
	if err := e.chain.AdjustTime(testPeriod); err != nil {
		t.Fatal(err)
	}
	wd, _ := c.st.Withdrawal(*rcs[0].Withdrawal)
	leaves, err := rollup.WithdrawalLeaves(c.cfg, c.st, wd.ID, wd.ID+1)
	if err != nil {
		t.Fatal(err)
	}
	b := e.d.Bridge
	e.mustSend(e.bob, b.Instance, b.Binding.PackClaimWithdrawal(e.record(1), wd.ID, wd.From, wd.To, wd.Amount.ToBig(), l1.NewMerkleTree(leaves).Proof(0)))
	if got := e.balance(userAddr); got.Cmp(nrn(2)) != 0 {
		t.Fatalf("user has %v NRN on L1, want %v", got, nrn(2))
	}
}
