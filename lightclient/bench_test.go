package lightclient_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/lightclient"
	"github.com/neuron-rollup/neuron/lightclient/internal/testchain"
	"github.com/neuron-rollup/neuron/rollup"
)

// BenchmarkVerify replays chains of transfer blocks made by a real
// sequencer and reports the re-executed transactions per second, the
// sequencer's rate making the same blocks (admission, STF, pebble), their
// ratio and the peak heap during the replay, for two chain lengths (the
// peak must not grow with the chain). Both sides spend most of their time
// recovering signatures (secp256k1), on all cores.
func BenchmarkVerify(b *testing.B) {
	for _, blocks := range []int{100, 400} {
		b.Run(fmt.Sprintf("blocks=%d", blocks), func(b *testing.B) { benchmarkVerify(b, blocks) })
	}
}

func benchmarkVerify(b *testing.B, blocks int) {
	const keys, perBatch = 64, 20
	c := testchain.New(b, testchain.Options{Dir: b.TempDir(), Keys: keys})
	c.Seal()
	// Sign outside the timed production: the sequencer receives signed txs.
	signed := make([][]*rollup.Tx, blocks)
	for n := range signed {
		for k := range keys {
			signed[n] = append(signed[n], c.Transfer(k, (k+n+1)%keys, 1))
		}
	}
	start := time.Now()
	for n, txs := range signed {
		c.Step(txs...)
		if (n+1)%perBatch == 0 {
			c.Seal()
		}
	}
	produced := time.Since(start)
	recs, datas := c.Records()
	txs := 0
	for _, blk := range signed {
		txs += len(blk)
	}
	cp, err := lightclient.GenesisCheckpoint(c.Genesis)
	if err != nil {
		b.Fatal(err)
	}
	replay := func(after func()) {
		v, err := lightclient.New(c.Cfg, c.L1.(*testchain.FakeL1), cp)
		if err != nil {
			b.Fatal(err)
		}
		for i, rec := range recs {
			if _, err := v.VerifyBatch(context.Background(), rec, datas[i]); err != nil {
				b.Fatal(err)
			}
			after()
		}
	}
	// The light client's own memory, outside the timed loop: the live heap
	// after each batch, less what the benchmark itself holds (the chain's
	// records and bytes, which a real client streams from L1 and DA).
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	base, live := ms.HeapAlloc, uint64(0)
	replay(func() {
		runtime.GC()
		runtime.ReadMemStats(&ms)
		live = max(live, ms.HeapAlloc-min(base, ms.HeapAlloc))
	})
	b.ResetTimer()
	for b.Loop() {
		replay(func() {})
	}
	b.StopTimer()
	perOp := b.Elapsed().Seconds() / float64(b.N)
	verifyRate := float64(txs) / perOp
	seqRate := float64(txs) / produced.Seconds()
	b.ReportMetric(verifyRate, "tx/s")
	b.ReportMetric(seqRate, "seq-tx/s")
	b.ReportMetric(float64(blocks)/perOp, "blocks/s")
	b.ReportMetric(verifyRate/seqRate, "x-sequencer")
	b.ReportMetric(float64(live)/(1<<10), "live-heap-KiB")
}

// BenchmarkVerifyProofs reports how many version-2 loss proofs per second a
// light client checks natively (the same check the STF runs on every
// LossProof), with the committed proofs of l1/deploy/testdata.
func BenchmarkVerifyProofs(b *testing.B) {
	raw, err := os.ReadFile("../l1/deploy/testdata/lossproofs-v2.json")
	if err != nil {
		b.Fatal(err)
	}
	var fx struct {
		VK     hexutil.Bytes `json:"vk"`
		Proofs []struct {
			Digest hexutil.Bytes `json:"digest"`
			Proof  hexutil.Bytes `json:"proof"`
		} `json:"proofs"`
	}
	if err := json.Unmarshal(raw, &fx); err != nil {
		b.Fatal(err)
	}
	vk, err := sampledloss.ParseVerifyingKey(fx.VK)
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for b.Loop() {
		p := fx.Proofs[n%len(fx.Proofs)]
		if err := vk.Verify(p.Proof, [32]byte(common.LeftPadBytes(p.Digest, 32))); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "proofs/s")
}
