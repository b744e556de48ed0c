package sequencer

import (
	"context"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/rollup"
)

// BenchmarkSequencer admits signed transfers (decode, parallel sender
// recovery, mempool, synced pending write) while blocks are produced from
// them (state transition with the default L2 fee market on, state trie,
// step trace, synced pebble batch), and measures the time until all are
// included. It reports tx/s; ecrecover-ratio: tx/s over the rate at which
// the same number of cores only recovers the same signatures, measured in
// the same run; and basefee-x: the base fee after the burst over the floor
// (blocks of up to 5,000 transfers are 2.5x the 15M-unit target, so it rises
// 1/8 a block).
func BenchmarkSequencer(b *testing.B) {
	const senders = 1000
	const blockTxs = 5000
	keys := testKeys(senders)
	cfg := testConfig(b.TempDir())
	cfg.Chain.Fees = rollup.DefaultFeeRule(common.Address{0x5e})
	s, err := New(cfg, Deps{DA: da.NewMemory(), L1: funding(keys, 1e18)})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Stop(context.Background())
	ctx := context.Background()
	if err := s.syncL1(ctx); err != nil {
		b.Fatal(err)
	}
	if _, err := s.ProduceBlock(ctx); err != nil {
		b.Fatal(err)
	}
	// Pre-sign b.N transfers round-robin over the senders.
	raws := make([][]byte, b.N)
	sigs := make([][2][]byte, b.N)
	for i := range raws {
		k := keys[i%senders]
		to := crypto.PubkeyToAddress(keys[(i+1)%senders].PublicKey)
		tx := transfer(b, k, uint64(i/senders), to, 1)
		raws[i] = tx.Encode()
		dec, _ := rollup.DecodeTx(raws[i])
		sigs[i] = [2][]byte{rollup.SigningHash(dec, testChainID).Bytes(), raws[i][len(raws[i])-65:]}
	}

	b.ResetTimer()
	start := time.Now()
	// Admission (as concurrent RPC calls would do it) overlaps block
	// production, as in the running service.
	admitted := make(chan error, 1)
	go func() {
		for off := 0; off < b.N; off += blockTxs {
			_, errs := s.SendTxs(ctx, raws[off:min(off+blockTxs, b.N)])
			for _, err := range errs {
				if err != nil {
					admitted <- err
					return
				}
			}
		}
		admitted <- nil
	}()
	blocks := 0
	for included := 0; included < b.N; {
		select {
		case err := <-admitted:
			if err != nil {
				b.Fatal(err)
			}
		default:
		}
		blk, err := s.ProduceBlock(ctx)
		if err != nil {
			b.Fatal(err)
		}
		included += len(blk.Txs)
		blocks++
	}
	elapsed := time.Since(start)
	b.StopTimer()

	// Pure signature recovery on the same cores.
	rstart := time.Now()
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < b.N; i += workers {
				if _, err := crypto.Ecrecover(sigs[i][0], sigs[i][1]); err != nil {
					panic(err)
				}
			}
		}(w)
	}
	wg.Wait()
	recoverRate := float64(b.N) / time.Since(rstart).Seconds()
	txRate := float64(b.N) / elapsed.Seconds()
	b.ReportMetric(txRate, "tx/s")
	b.ReportMetric(txRate/recoverRate, "ecrecover-ratio")
	var base *uint256.Int
	_ = s.View(func(st *rollup.State, _ *rollup.Header) error { base = st.BaseFee(); return nil })
	if base != nil {
		b.ReportMetric(float64(base.Uint64())/rollup.DefaultMinBaseFee, "basefee-x")
	}
	b.ReportMetric(float64(blocks), "blocks")
	b.ReportMetric(0, "ns/op")
}
