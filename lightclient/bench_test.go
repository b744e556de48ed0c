package lightclient_test

import (
	"context"
	"runtime"
	"testing"
	"time"

	"github.com/neuron-rollup/neuron/lightclient"
	"github.com/neuron-rollup/neuron/lightclient/internal/testchain"
	"github.com/neuron-rollup/neuron/rollup"
)

// BenchmarkVerify replays a chain of transfer blocks made by a real
// sequencer and reports the re-executed transactions per second, the
// sequencer's rate making the same blocks (admission, STF, pebble), their
// ratio and the peak heap during the replay. Both sides spend most of
// their time recovering signatures (secp256k1), on all cores.
func BenchmarkVerify(b *testing.B) {
	const keys, blocks, perBatch = 64, 200, 20
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
	var peak uint64
	var ms runtime.MemStats
	b.ResetTimer()
	for b.Loop() {
		v, err := lightclient.New(c.Cfg, c.L1.(*testchain.FakeL1), cp)
		if err != nil {
			b.Fatal(err)
		}
		for i, rec := range recs {
			if _, err := v.VerifyBatch(context.Background(), rec, datas[i]); err != nil {
				b.Fatal(err)
			}
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}
	}
	b.StopTimer()
	perOp := b.Elapsed().Seconds() / float64(b.N)
	verifyRate := float64(txs) / perOp
	seqRate := float64(txs) / produced.Seconds()
	b.ReportMetric(verifyRate, "tx/s")
	b.ReportMetric(seqRate, "seq-tx/s")
	b.ReportMetric(float64(blocks)/perOp, "blocks/s")
	b.ReportMetric(verifyRate/seqRate, "x-sequencer")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
}
