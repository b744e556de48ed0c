package sequencer

import (
	"context"
	"crypto/ecdsa"
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

	"github.com/neuron-rollup/neuron/da"
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

// TestFeeMarketFlood: a flood of cheap transactions costs the flooder, more
// with every block it keeps up. With the fee market on (a target of about
// 100 transfers a block), 20 funded keys send 400 one-wei transfers a
// block for 12 blocks while a user sends one transfer a block signed with
// the suggested cap (twice the next base fee, as rpcclient.SignWithFeeCap
// does). The base fee rises every flooded block, by at most 1/8; each
// flooded block costs the flooder units × that block's base fee per
// transfer (its balance drop is exactly the fees and the 1-wei amounts); the
// last flooded block costs it more than twice the first; the user's
// transfers are all included. Once the flood stops the base fee falls back
// to the floor.
func TestFeeMarketFlood(t *testing.T) {
	ctx := context.Background()
	flooders := testKeys(21)
	user, flooders := flooders[0], flooders[1:]
	userAddr := crypto.PubkeyToAddress(user.PublicKey)
	to := common.Address{0xee}
	cfg := testConfig(t.TempDir())
	floor := uint256.NewInt(rollup.DefaultMinBaseFee)
	cfg.Chain.Fees = rollup.FeeRule{MinBaseFee: floor, TargetUnits: 750_000, BurnBps: 5_000, Recipient: common.Address{0x5e}}
	s, err := New(cfg, Deps{DA: da.NewMemory(), L1: funding(append([]*ecdsa.PrivateKey{user}, flooders...), 1e18)})
	require.NoError(t, err)
	t.Cleanup(func() { _ = s.Stop(ctx) })
	require.NoError(t, s.syncL1(ctx))
	_, err = s.ProduceBlock(ctx)
	require.NoError(t, err)
	balances := func() (flood *uint256.Int, base *uint256.Int) {
		flood = new(uint256.Int)
		require.NoError(t, s.View(func(st *rollup.State, _ *rollup.Header) error {
			for _, k := range flooders {
				flood.Add(flood, st.Account(crypto.PubkeyToAddress(k.PublicKey)).Balance)
			}
			base = st.BaseFee()
			return nil
		}))
		return flood, base
	}

	const blocks, perKey = 12, 20
	var costs []*uint256.Int
	prevBase := floor
	for b := 0; b < blocks; b++ {
		var raws [][]byte
		for i, k := range flooders {
			for j := 0; j < perKey; j++ {
				raws = append(raws, transfer(t, k, uint64(b*perKey+j), common.Address{byte(i)}, 1).Encode())
			}
		}
		_, errs := s.SendTxs(ctx, raws)
		for _, err := range errs {
			require.NoError(t, err)
		}
		var feeCap *uint256.Int
		s.stateMu.RLock()
		feeCap = new(uint256.Int).Lsh(s.nextBaseFee(), 1)
		s.stateMu.RUnlock()
		userTx, err := rollup.SignTxCap(&rollup.Transfer{Nonce: uint64(b), To: to, Amount: uint256.NewInt(1)}, testChainID, feeCap, user)
		require.NoError(t, err)
		_, err = s.SendTx(ctx, userTx.Encode())
		require.NoError(t, err, "block %d: the user's capped transfer is admitted", b)
		before, _ := balances()
		blk, err := s.ProduceBlock(ctx)
		require.NoError(t, err)
		require.Len(t, blk.Txs, len(raws)+1, "block %d takes the whole flood and the user", b)
		after, base := balances()
		if b > 0 {
			require.True(t, base.Gt(prevBase), "block %d: the base fee rises (%s after %s)", b, base.Dec(), prevBase.Dec())
			require.False(t, base.Gt(new(uint256.Int).Add(prevBase, new(uint256.Int).Rsh(prevBase, 3))), "block %d: by at most 1/8", b)
		}
		want := new(uint256.Int)
		for _, raw := range raws {
			tx, _ := rollup.DecodeTx(raw)
			want.Add(want, cfg.Chain.Fee(tx, base))
			want.AddUint64(want, 1)
		}
		spent := new(uint256.Int).Sub(before, after)
		require.Equal(t, want, spent, "block %d: the flooder paid units x the base fee for every transfer", b)
		costs = append(costs, spent)
		prevBase = base
	}
	require.True(t, costs[blocks-1].Gt(new(uint256.Int).Lsh(costs[0], 1)),
		"the last flooded block cost %s, more than twice the first's %s", costs[blocks-1].Dec(), costs[0].Dec())
	require.NoError(t, s.View(func(st *rollup.State, _ *rollup.Header) error {
		require.Equal(t, uint64(blocks), st.Nonce(userAddr), "every capped user transfer was included")
		return nil
	}))
	t.Logf("flood: %d transfers a block for %d blocks; base fee %s -> %s wei/unit; the flooder's block cost %s -> %s wei",
		len(flooders)*perKey, blocks, floor.Dec(), prevBase.Dec(), costs[0].Dec(), costs[blocks-1].Dec())
	for i := 0; i < 40; i++ {
		_, err := s.ProduceBlock(ctx)
		require.NoError(t, err)
	}
	_, base := balances()
	require.Equal(t, floor, base, "idle blocks bring the base fee back to the floor")
}
