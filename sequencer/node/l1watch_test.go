package node

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/l1/batchrecord"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/l1/l1client"
	"github.com/neuron-rollup/neuron/l1/simchain"
	"github.com/neuron-rollup/neuron/l1/txsend"
	"github.com/neuron-rollup/neuron/lossverify"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/sequencer"
)

// outageProxy forwards TCP connections to target; while down it refuses
// them (accepts and closes at once) and cuts the ones open, as an L1 node
// that is restarting or unreachable does.
type outageProxy struct {
	ln     net.Listener
	target string
	down   atomic.Bool
	mu     sync.Mutex
	conns  map[net.Conn]struct{}
}

func newOutageProxy(t *testing.T, target string) *outageProxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &outageProxy{ln: ln, target: target, conns: map[net.Conn]struct{}{}}
	t.Cleanup(func() { _ = ln.Close(); p.setDown(true) })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			if p.down.Load() {
				_ = c.Close()
				continue
			}
			go p.forward(c)
		}
	}()
	return p
}

func (p *outageProxy) forward(c net.Conn) {
	u, err := net.Dial("tcp", p.target)
	if err != nil {
		_ = c.Close()
		return
	}
	p.mu.Lock()
	p.conns[c], p.conns[u] = struct{}{}, struct{}{}
	p.mu.Unlock()
	go func() { _, _ = io.Copy(u, c); _ = u.Close() }()
	_, _ = io.Copy(c, u)
	_ = c.Close()
	p.mu.Lock()
	delete(p.conns, c)
	delete(p.conns, u)
	p.mu.Unlock()
}

func (p *outageProxy) setDown(down bool) {
	p.down.Store(down)
	if down {
		p.mu.Lock()
		for c := range p.conns {
			_ = c.Close()
		}
		p.mu.Unlock()
	}
}

func (p *outageProxy) url() string { return "http://" + p.ln.Addr().String() }

// gauge reads a gauge from the registry /metrics serves.
func gauge(t *testing.T, m *sequencer.Metrics, name string) float64 {
	t.Helper()
	mfs, err := m.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == name {
			return mf.GetMetric()[0].GetGauge().GetValue()
		}
	}
	t.Fatalf("no metric %s", name)
	return 0
}

// TestL1Outage runs a sequencer against L1 through a proxy and takes L1
// away for a while (seconds here, standing for minutes): blocks keep coming,
// batches are sealed on DA and queue, /metrics reports how long L1 has been
// unreachable and how many batches wait; when L1 returns they are all
// posted, in order, once each, and the gauges go back to 0.
func TestL1Outage(t *testing.T) {
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	seqAddr := crypto.PubkeyToAddress(key.PublicKey)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	_ = ln.Close()
	l1 := simchain.New(types.GenesisAlloc{seqAddr: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))}}, simchain.WithHTTP("127.0.0.1", port))
	t.Cleanup(func() { _ = l1.Close() })
	genesis := &rollup.Genesis{Time: 1, Issued: uint256.NewInt(1e18)}
	_, gh, _, err := genesis.State()
	if err != nil {
		t.Fatal(err)
	}
	d, err := deploy.Deploy(ctx, l1, bind.NewKeyedTransactor(key, big.NewInt(simchain.ChainID)), deploy.Config{L2ChainID: 7, Devnet: true,
		Sequencer: seqAddr, GenesisHolder: seqAddr, InitialSupply: big.NewInt(1e18), GenesisStateRoot: gh.StateRoot, FinalizationPeriod: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	startNonce, err := l1.NonceAt(ctx, seqAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	// L1 makes a block every 20 ms, as a node with a block time does.
	mineEvery(t, l1, 20*time.Millisecond)

	proxy := newOutageProxy(t, "127.0.0.1:"+strconv.Itoa(port))
	ec, err := ethclient.DialContext(ctx, proxy.url())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ec.Close)
	logger := log.NewLogger(slog.DiscardHandler)
	tcfg := txsend.DefaultConfig(big.NewInt(simchain.ChainID))
	tcfg.ReceiptQueryInterval, tcfg.ResubmissionTimeout, tcfg.NetworkTimeout = 20*time.Millisecond, time.Second, time.Second
	sender, err := txsend.New("batcher", ec, key, tcfg, logger, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(sender.Close)
	l1c := l1client.New(ec, deploy.Bind(ec, d.Addresses()), d.Block, 1, nil).WithSender(sender)
	var seq *sequencer.Sequencer
	watch := newL1Watch(l1c, time.Second, func() (uint64, error) { n, _, err := seq.Store().NextBatch(); return n, err })
	m := sequencer.NewMetrics()
	if err := watch.register(m.Registry); err != nil {
		t.Fatal(err)
	}
	chain := &rollup.Config{ChainID: 7, Rollup: d.Rollup.Address, GenesisTime: 1, MinStake: uint256.NewInt(10),
		MinBounty: uint256.NewInt(1), RewardDivisor: 100000, HalvingSeconds: rollup.HalvingSeconds4Years, Verifier: lossverify.New(nil)}
	seq, err = sequencer.New(sequencer.Config{DataDir: t.TempDir(), BlockTime: 20 * time.Millisecond, MaxBlockTxs: 100, BatchBlocks: 5,
		HeartbeatBlocks: 5, MempoolPerAccount: 16, MempoolMax: 1024, Chain: chain, Genesis: genesis},
		sequencer.Deps{Log: logger, Metrics: m, DA: da.NewMemory(), L1: watch, Poster: watch})
	if err != nil {
		t.Fatal(err)
	}
	if err := seq.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = seq.Stop(context.Background()) })

	onL1 := func() uint64 {
		n, err := l1client.New(l1, d, d.Block, 1, nil).NextBatchIndex(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	waitUntil(t, "a batch on L1", func() bool { return onL1() >= 1 })

	proxy.setDown(true)
	downAt := time.Now()
	headAtDown := seq.Head().Number
	postedAtDown := onL1()
	const outage = 3 * time.Second
	time.Sleep(outage)
	if h := seq.Head().Number; h < headAtDown+50 {
		t.Fatalf("during the outage the head went from %d to %d: block production stalled", headAtDown, h)
	}
	sealed, _, err := seq.Store().NextBatch()
	if err != nil {
		t.Fatal(err)
	}
	if sealed <= postedAtDown+2 {
		t.Fatalf("%d batches sealed, %d on L1 when it went away: batches did not queue", sealed, postedAtDown)
	}
	if got := onL1(); got > postedAtDown+1 { // one may have been in flight
		t.Fatalf("%d batches reached L1 while it was unreachable (had %d)", got, postedAtDown)
	}
	unreach, unposted := gauge(t, m, "nrn_sequencer_l1_unreachable_seconds"), gauge(t, m, "nrn_sequencer_batches_unposted")
	if unreach < (outage/2).Seconds() || unreach > time.Since(downAt).Seconds()+1 {
		t.Errorf("nrn_sequencer_l1_unreachable_seconds %v after an outage of %v", unreach, time.Since(downAt))
	}
	if unposted < 2 {
		t.Errorf("nrn_sequencer_batches_unposted %v with %d sealed and %d on L1", unposted, sealed, postedAtDown)
	}
	t.Logf("after %v without L1: head %d -> %d, %d batches sealed, %d on L1, gauges unreachable=%.1fs unposted=%v",
		time.Since(downAt).Round(time.Millisecond), headAtDown, seq.Head().Number, sealed, postedAtDown, unreach, unposted)

	proxy.setDown(false)
	waitUntil(t, "the queued batches on L1", func() bool { return onL1() >= sealed })
	waitUntil(t, "the gauges to clear", func() bool {
		return gauge(t, m, "nrn_sequencer_l1_unreachable_seconds") == 0 && gauge(t, m, "nrn_sequencer_batches_unposted") <= 1
	})
	// Nothing lost, nothing twice: every batch on L1 is the one the store
	// sealed under its index (same CID), and the sequencer's account sent one
	// transaction per batch.
	// The sequencer keeps posting: count its transactions with the batches, before
	// reading each batch's record from L1 (several calls each).
	n := onL1()
	nonce, err := l1.NonceAt(ctx, seqAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := uint64(0); i < n; i++ {
		rec, err := seq.Store().Batch(i)
		if err != nil {
			t.Fatal(err)
		}
		got, err := batchrecord.Read(ctx, l1, d.Rollup.Address, d.Block, i)
		if err != nil {
			t.Fatal(err)
		}
		if got.StateRoot != rec.StateRoot || got.L2Height != rec.LastBlock {
			t.Fatalf("batch %d on L1 has state root %v at L2 height %d, the store sealed %v at %d", i, common.Hash(got.StateRoot), got.L2Height, rec.StateRoot, rec.LastBlock)
		}
	}
	if sent := nonce - startNonce; sent != n {
		t.Errorf("the sequencer sent %d L1 transactions for %d batches", sent, n)
	}
	if err := seq.Stop(ctx); err != nil && !errors.Is(err, context.Canceled) {
		t.Fatal(err)
	}
}
