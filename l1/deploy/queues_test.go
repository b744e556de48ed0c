package deploy_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/rollup"
)

// TestQueueAccumulators: the Go twins of the L1 queues' hash chains
// (rollup.DepositAccumulator, rollup.ForcedAccumulator), which the light
// client holds each L2 deposit and forced entry to, equal what the Bridge
// and the Rollup store, link by link.
func TestQueueAccumulators(t *testing.T) {
	e := newEnv(t)
	b, r := e.d.Bridge, e.d.Rollup
	e.fund(e.alice, nrn(10))
	var acc common.Hash
	for i, amount := range []int64{3, 2, 1} {
		e.mustSend(e.alice, b.Instance, b.Binding.PackDeposit(e.bob.addr, nrn(amount)))
		a, _ := uint256.FromBig(nrn(amount))
		acc = rollup.DepositAccumulator(acc, &rollup.Deposit{L1Nonce: uint64(i), From: e.alice.addr, To: e.bob.addr, Amount: a})
		if got := call(e, b.Instance, b.Binding.PackDepositAccumulator(uint64(i)), b.Binding.UnpackDepositAccumulator); common.Hash(got) != acc {
			t.Fatalf("deposit %d: Bridge has accumulator %x, rollup.DepositAccumulator %s", i, got, acc)
		}
	}
	acc = common.Hash{}
	for i, raw := range [][]byte{{0x01, 0x02}, make([]byte, 300), {0xff}} {
		e.mustSend(e.alice, r.Instance, r.Binding.PackForceInclude(raw))
		acc = rollup.ForcedAccumulator(acc, raw)
		got := call(e, r.Instance, r.Binding.PackForcedEntry(uint64(i)), r.Binding.UnpackForcedEntry)
		if common.Hash(got.Accumulator) != acc {
			t.Fatalf("forced entry %d: Rollup has accumulator %x, rollup.ForcedAccumulator %s", i, got.Accumulator, acc)
		}
	}
}
