package sequencer

import (
	"context"
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/rollup"
)

// floodHeapBound is the most heap the flooded sequencer (and the test's
// pre-signed junk, about 3 MiB) may hold after a GC.
const floodHeapBound = 64 << 20

// TestFlood floods a sequencer whose pool holds 2,000 transactions with
// what once locked it for free: unfunded keys sending nonces 1..20, zero-
// and one-wei-bounty MLSCs from unfunded keys, bad signatures, transactions
// for another chain, and funded keys sending only gapped nonces. Meanwhile a
// funded user sends one transfer per block. The user's transfer is included
// within 2 blocks every time, also after a restart in the middle; the pool
// never holds more gapped transactions than their budget; no junk is
// admitted; the heap stays under floodHeapBound.
func TestFlood(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	funded := testKeys(11)
	user, gappers := funded[0], funded[1:]
	userAddr := crypto.PubkeyToAddress(user.PublicKey)
	to := common.Address{0xee}
	cfg := testConfig(dir)
	cfg.MempoolMax, cfg.MempoolPerAccount = 2000, 64
	cfg.MempoolGappedPerAccount, cfg.MempoolGappedMax = 16, 128
	l1 := funding(funded, 1e12)
	start := func() *Sequencer {
		s, err := New(cfg, Deps{DA: newDiskDA(dir), L1: l1})
		require.NoError(t, err)
		require.NoError(t, s.syncL1(ctx))
		_, err = s.ProduceBlock(ctx) // takes the funding deposits the first time
		require.NoError(t, err)
		return s
	}
	s := start()

	// Junk, signed once and sent over and over in batches.
	var junk [][]byte
	for i, k := range freshKeys(1000, "flood") {
		for n := uint64(1); n <= 20; n++ {
			junk = append(junk, transfer(t, k, n, to, 1).Encode())
		}
		junk = append(junk,
			sign(t, &rollup.CreateMLSC{Nonce: 0, Spec: mlscSpec(), Bounty: new(uint256.Int)}, testChainID, k).Encode(),
			sign(t, &rollup.CreateMLSC{Nonce: 0, Spec: mlscSpec(), Bounty: uint256.NewInt(1)}, testChainID, k).Encode(),
			sign(t, &rollup.Transfer{Nonce: uint64(i), To: to, Amount: uint256.NewInt(1)}, testChainID+1, user).Encode())
		bad := transfer(t, user, uint64(1000+i), to, 1).Encode()
		bad[len(bad)-40] ^= 1
		junk = append(junk, bad)
	}
	for _, k := range gappers {
		for n := uint64(2); n < 60; n++ {
			junk = append(junk, transfer(t, k, n, to, 1).Encode())
		}
	}
	var (
		admitted atomic.Int64 // junk txs admitted: only the funded gappers'
		sent     atomic.Int64
	)
	flood := func(s *Sequencer) (stop func()) {
		done := make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				for off := 0; off < len(junk); off += 256 {
					select {
					case <-done:
						return
					default:
					}
					_, errs := s.SendTxs(ctx, junk[off:min(off+256, len(junk))])
					for _, err := range errs {
						sent.Add(1)
						switch {
						case err == nil:
							admitted.Add(1)
						case errors.Is(err, ErrCannotPay), errors.Is(err, rollup.ErrChainID), errors.Is(err, rollup.ErrBadSignature),
							errors.Is(err, rollup.ErrLowBounty), errors.Is(err, ErrGapBudget), errors.Is(err, ErrKnownTx),
							errors.Is(err, ErrNonceTooLow), errors.Is(err, ErrPoolFull):
						default:
							t.Errorf("junk refused for an unexpected reason: %v", err)
							return
						}
					}
				}
			}
		}()
		return func() { close(done); wg.Wait() }
	}
	heap := func() uint64 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}

	stop := flood(s)
	var peak uint64
	began := time.Now()
	const blocks = 60 // and one more each start
	for i := 0; i < blocks; i++ {
		if i == blocks/2 { // restart in the middle of the flood
			stop()
			require.NoError(t, s.Stop(ctx))
			s = start()
			txs, _, gapped := s.pool.Stats()
			require.LessOrEqual(t, gapped, cfg.MempoolGappedMax, "restored gapped txs keep their budget")
			require.Less(t, txs, cfg.MempoolMax/2)
			stop = flood(s)
		}
		time.Sleep(50 * time.Millisecond) // let the flood get ahead
		var nonce uint64
		require.NoError(t, s.View(func(st *rollup.State, _ *rollup.Header) error { nonce = st.Nonce(userAddr); return nil }))
		h, err := s.SendTx(ctx, transfer(t, user, nonce, to, 1).Encode())
		require.NoError(t, err, "block %d: the funded user's transfer is admitted", i)
		included := false
		for try := 0; try < 2 && !included; try++ {
			blk, err := s.ProduceBlock(ctx)
			require.NoError(t, err)
			for _, tx := range blk.Txs {
				included = included || tx.Hash() == h
			}
		}
		require.True(t, included, "block %d: the user's transfer waited more than 2 blocks", i)
		txs, _, gapped := s.pool.Stats()
		require.LessOrEqual(t, gapped, cfg.MempoolGappedMax)
		require.Less(t, txs, cfg.MempoolMax/2, "junk never fills the pool")
		if i%10 == 9 {
			peak = max(peak, heap())
		}
	}
	stop()
	require.NoError(t, s.Stop(ctx))
	require.NoError(t, s.View(func(st *rollup.State, _ *rollup.Header) error {
		require.Equal(t, uint64(blocks), st.Nonce(userAddr))
		require.Zero(t, st.Globals().NextMLSC, "no junk MLSC was created")
		return nil
	}))
	t.Logf("%d junk txs sent in %s, %d admitted (funded gappers' gapped nonces, within budget); peak heap %d MiB",
		sent.Load(), time.Since(began).Round(time.Millisecond), admitted.Load(), peak>>20)
	require.Greater(t, sent.Load(), int64(len(junk)), "the flood ran")
	require.LessOrEqual(t, peak, uint64(floodHeapBound))
}
