package l1client_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"

	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/l1/l1client"
	"github.com/neuron-rollup/neuron/l1/simchain"
	"github.com/neuron-rollup/neuron/l1/txsend"
	"github.com/neuron-rollup/neuron/rollup"
)

// poolChain is the simulated L1 as a real node behaves: a transaction sent
// waits in the pool until the test mines a block (simchain.Chain mines one
// per transaction). It records what the sequencer's account sent, and can
// drop the next such transaction: the node says it took it and loses it, as
// a node that restarts or evicts it from a full pool does.
type poolChain struct {
	*simchain.Chain
	from common.Address

	mu       sync.Mutex
	sent     []*types.Transaction
	dropNext bool
	dropped  []*types.Transaction
}

func (p *poolChain) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	sender, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		return err
	}
	p.mu.Lock()
	if sender == p.from {
		if p.dropNext {
			p.dropNext = false
			p.dropped = append(p.dropped, tx)
			p.mu.Unlock()
			return nil
		}
		p.sent = append(p.sent, tx)
	}
	p.mu.Unlock()
	return p.Chain.Client.SendTransaction(ctx, tx)
}

func (p *poolChain) sentTxs() []*types.Transaction {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]*types.Transaction(nil), p.sent...)
}

// mine mines a block every interval until the returned stop is called.
func (p *poolChain) mine(interval time.Duration) (stop func()) {
	done, exited := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(exited)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				p.Commit()
			}
		}
	}()
	var once sync.Once
	return func() { once.Do(func() { close(done); <-exited }) }
}

const blockGasLimit = 16_000_000

// txFixture is a Rollup on a pool-backed simulated L1 whose sequencer key
// posts through txsend, and a second funded key that can fill blocks.
type txFixture struct {
	chain     *poolChain
	d         *deploy.Deployment
	seqKey    *ecdsa.PrivateKey
	seq       common.Address
	fillerKey *ecdsa.PrivateKey
	burner    common.Address // a contract whose every call uses all its gas
}

func newTxFixture(t *testing.T) *txFixture {
	t.Helper()
	seqKey, _ := crypto.GenerateKey()
	fillerKey, _ := crypto.GenerateKey()
	seq, filler := crypto.PubkeyToAddress(seqKey.PublicKey), crypto.PubkeyToAddress(fillerKey.PublicKey)
	lots := new(big.Int).Mul(big.NewInt(1e6), big.NewInt(params.Ether))
	sc := simchain.New(types.GenesisAlloc{seq: {Balance: lots}, filler: {Balance: lots}}, simulated.WithBlockGasLimit(blockGasLimit))
	t.Cleanup(func() { _ = sc.Close() })
	ctx := context.Background()
	opts := bind.NewKeyedTransactor(seqKey, big.NewInt(simchain.ChainID))
	d, err := deploy.Deploy(ctx, sc, opts, deploy.Config{L2ChainID: 1, Devnet: true, Sequencer: seq, GenesisHolder: seq,
		InitialSupply: big.NewInt(1), GenesisStateRoot: common.Hash{1}, FinalizationPeriod: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	// Runtime code 0xfe (INVALID): a call uses all the gas it is given.
	fo := bind.NewKeyedTransactor(fillerKey, big.NewInt(simchain.ChainID))
	burner, tx, err := bind.DeployContract(fo, common.FromHex("0x60fe60005360016000f3"), sc, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitDeployed(ctx, sc, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	return &txFixture{chain: &poolChain{Chain: sc, from: seq}, d: d, seqKey: seqKey, seq: seq, fillerKey: fillerKey, burner: burner}
}

// client returns a batch poster for the sequencer through a fresh txsend
// Sender (a fresh process), bumping after bump.
func (f *txFixture) client(t *testing.T, bump time.Duration) (*l1client.Client, *txsend.Sender) {
	t.Helper()
	cfg := txsend.DefaultConfig(big.NewInt(simchain.ChainID))
	cfg.ResubmissionTimeout, cfg.ReceiptQueryInterval = bump, 20*time.Millisecond
	cfg.MinBaseFee, cfg.MinTipCap = nil, nil
	cfg.FeeLimitMultiplier = 1000
	s, err := txsend.New("test", f.chain, f.seqKey, cfg, log.NewLogger(slog.DiscardHandler), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return l1client.New(f.chain, f.d, f.d.Block, 2, nil).WithSender(s), s
}

// header is a batch header the Rollup accepts as batch i after headers
// 0..i-1 (no deposits, proofs or withdrawals to check).
func header(i uint64) *rollup.BatchHeader {
	prev := common.Hash{1}
	if i > 0 {
		prev = common.Hash{2, byte(i - 1)}
	}
	return &rollup.BatchHeader{Index: i, CID: []byte{0x01, 0x55, byte(i)}, PrevStateRoot: prev, StateRoot: common.Hash{2, byte(i)},
		L2Height: i, ProofsHash: rollup.ProofsHash(nil)}
}

// waitPending waits until the sequencer has a transaction in the pool.
func (f *txFixture) waitPending(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		mined, err := f.chain.NonceAt(ctx, f.seq, nil)
		if err != nil {
			t.Fatal(err)
		}
		pending, err := f.chain.PendingNonceAt(ctx, f.seq)
		if err != nil {
			t.Fatal(err)
		}
		if pending > mined {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("the sequencer's transaction never reached the pool")
}

// checkBumps checks that each replacement of a nonce raised the tip and the
// fee cap by at least 10 % over the one before.
func checkBumps(t *testing.T, txs []*types.Transaction) {
	t.Helper()
	last := map[uint64]*types.Transaction{}
	for _, tx := range txs {
		if prev, ok := last[tx.Nonce()]; ok && prev.Hash() != tx.Hash() {
			for _, f := range []struct {
				name      string
				old, bump *big.Int
			}{{"tip", prev.GasTipCap(), tx.GasTipCap()}, {"fee cap", prev.GasFeeCap(), tx.GasFeeCap()}} {
				if min := new(big.Int).Div(new(big.Int).Mul(f.old, big.NewInt(110)), big.NewInt(100)); f.bump.Cmp(min) < 0 {
					t.Errorf("nonce %d: %s bumped from %v to %v, less than 10 %%", tx.Nonce(), f.name, f.old, f.bump)
				}
			}
		}
		last[tx.Nonce()] = tx
	}
}

// TestPostBatchFeeSpike: the batch is sent at the current base fee, then
// full blocks of higher-tipped transactions push the base fee past its fee
// cap before it is mined. The sender bumps it (>= 10 % each time, to at
// least what the new base fee asks) and it lands.
func TestPostBatchFeeSpike(t *testing.T) {
	f := newTxFixture(t)
	ctx := context.Background()
	c, _ := f.client(t, 300*time.Millisecond)

	// The spike is queued first: calls to the burner, each filling a block,
	// tipped far above the batch, so that no block the builder makes from
	// here on has room for the batch until they are all mined. Enough of them
	// to take the base fee to 1.5 times the fee cap the batch will get (tip +
	// twice the base fee, txmgr's rule).
	head, err := f.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := f.chain.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	target := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	target.Mul(target, big.NewInt(3)).Div(target, big.NewInt(2))
	blocks := 0
	for fee := new(big.Int).Set(head.BaseFee); fee.Cmp(target) <= 0; blocks++ {
		fee.Add(fee, new(big.Int).Div(fee, big.NewInt(8))) // +12.5 % per full block
	}
	filler := crypto.PubkeyToAddress(f.fillerKey.PublicKey)
	nonce, err := f.chain.PendingNonceAt(ctx, filler)
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(big.NewInt(simchain.ChainID))
	for i := 0; i < blocks; i++ {
		tx := types.MustSignNewTx(f.fillerKey, signer, &types.DynamicFeeTx{ChainID: big.NewInt(simchain.ChainID), Nonce: nonce + uint64(i),
			GasTipCap: big.NewInt(20 * params.GWei), GasFeeCap: big.NewInt(60 * params.GWei), Gas: blockGasLimit, To: &f.burner})
		if err := f.chain.Chain.Client.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}

	type result struct {
		tx  common.Hash
		blk uint64
		err error
	}
	res := make(chan result, 1)
	go func() {
		tx, blk, err := c.PostBatch(ctx, header(0), nil)
		res <- result{tx, blk, err}
	}()
	f.waitPending(t)
	first := f.chain.sentTxs()[0]
	for i := 0; i < blocks; i++ {
		f.chain.Commit()
	}
	head, err = f.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	spiked := head.BaseFee
	if spiked.Cmp(first.GasFeeCap()) <= 0 {
		t.Fatalf("base fee %v after %d full blocks, not above the batch's fee cap %v", spiked, blocks, first.GasFeeCap())
	}
	select {
	case r := <-res:
		t.Fatalf("the batch landed during the spike: %+v", r)
	default:
	}
	// No block is mined until the sender has bumped: L1 stays at the spike.
	for deadline := time.Now().Add(30 * time.Second); len(f.chain.sentTxs()) < 2; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the sender never bumped the batch")
		}
	}
	t.Logf("base fee spiked to %v over %d full blocks, above the batch's first fee cap %v", spiked, blocks, first.GasFeeCap())

	stop := f.chain.mine(50 * time.Millisecond)
	defer stop()
	var r result
	select {
	case r = <-res:
	case <-time.After(60 * time.Second):
		t.Fatal("the batch did not land after the spike")
	}
	if r.err != nil {
		t.Fatalf("PostBatch: %v", r.err)
	}
	stop()
	if n, err := c.NextBatchIndex(ctx); err != nil || n != 1 {
		t.Fatalf("batchCount %d, %v; want 1", n, err)
	}
	sent := f.chain.sentTxs()
	if r.tx == first.Hash() || len(sent) < 2 {
		t.Fatalf("the batch landed as its first transaction %v (%d sent): no bump", r.tx, len(sent))
	}
	landed := sent[len(sent)-1]
	for _, tx := range sent {
		if tx.Hash() == r.tx {
			landed = tx
		}
	}
	if landed.Nonce() != first.Nonce() || landed.GasFeeCap().Cmp(spiked) <= 0 {
		t.Errorf("landed tx nonce %d fee cap %v; want nonce %d and a fee cap above the spiked base fee %v", landed.Nonce(), landed.GasFeeCap(), first.Nonce(), spiked)
	}
	checkBumps(t, sent)
	t.Logf("%d transactions for one batch: fee cap %v -> %v", len(sent), first.GasFeeCap(), landed.GasFeeCap())
}

// TestPostBatchDropped: the node takes the batch transaction and loses it.
// The sender finds no receipt, republishes it (bumped) and it lands.
func TestPostBatchDropped(t *testing.T) {
	f := newTxFixture(t)
	ctx := context.Background()
	c, _ := f.client(t, 300*time.Millisecond)
	f.chain.dropNext = true
	stop := f.chain.mine(50 * time.Millisecond)
	defer stop()
	tctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	tx, _, err := c.PostBatch(tctx, header(0), nil)
	if err != nil {
		t.Fatalf("PostBatch: %v", err)
	}
	if len(f.chain.dropped) != 1 {
		t.Fatalf("%d transactions dropped, want 1", len(f.chain.dropped))
	}
	if tx == f.chain.dropped[0].Hash() {
		t.Fatal("the dropped transaction itself was mined")
	}
	if n, err := c.NextBatchIndex(ctx); err != nil || n != 1 {
		t.Fatalf("batchCount %d, %v; want 1", n, err)
	}
	checkBumps(t, append(f.chain.dropped, f.chain.sentTxs()...))
}

// postPending is what the sequencer's batcher does each round
// (sequencer.Batcher.PostBatches): the Rollup's batchCount says which
// batches L1 has, and every later one is posted in order.
func postPending(ctx context.Context, c *l1client.Client, sealed uint64) error {
	next, err := c.NextBatchIndex(ctx)
	if err != nil {
		return err
	}
	for i := next; i < sealed; i++ {
		if _, _, err := c.PostBatch(ctx, header(i), nil); err != nil {
			return err
		}
	}
	return nil
}

// TestPostBatchRestart: the sequencer sends batch 0 and dies before it is
// mined. Its successor (a fresh Sender: no memory of the nonce or the
// transaction) posts what batchCount says L1 lacks. Batch 0 is not lost and
// not posted twice: the sequencer's account sends exactly one successful
// transaction per batch, and none reverts. Run both ways: the old
// transaction mined before the successor reads batchCount, and after.
func TestPostBatchRestart(t *testing.T) {
	for _, tc := range []struct {
		name        string
		mineOldLate bool
	}{{"old tx mined first", false}, {"old tx still pending", true}} {
		t.Run(tc.name, func(t *testing.T) {
			f := newTxFixture(t)
			ctx := context.Background()
			start, err := f.chain.NonceAt(ctx, f.seq, nil)
			if err != nil {
				t.Fatal(err)
			}
			first, _ := f.client(t, 300*time.Millisecond)
			dctx, die := context.WithCancel(ctx)
			done := make(chan error, 1)
			go func() { _, _, err := first.PostBatch(dctx, header(0), nil); done <- err }()
			f.waitPending(t)
			die() // the process is killed with batch 0 in the pool
			if err := <-done; !errors.Is(err, context.Canceled) {
				t.Fatalf("killed PostBatch: %v, want context.Canceled", err)
			}
			if !tc.mineOldLate {
				f.chain.Commit()
			}
			second, _ := f.client(t, 300*time.Millisecond)
			stop := f.chain.mine(50 * time.Millisecond)
			defer stop()
			tctx, cancel := context.WithTimeout(ctx, time.Minute)
			defer cancel()
			var perr error
			for try := 0; try < 5; try++ { // the batcher retries a failed round
				if perr = postPending(tctx, second, 3); perr == nil {
					break
				}
				t.Logf("round %d: %v", try, perr)
			}
			if perr != nil {
				t.Fatal(perr)
			}
			stop()
			if n, err := second.NextBatchIndex(ctx); err != nil || n != 3 {
				t.Fatalf("batchCount %d, %v; want 3", n, err)
			}
			end, err := f.chain.NonceAt(ctx, f.seq, nil)
			if err != nil {
				t.Fatal(err)
			}
			if end-start != 3 {
				t.Fatalf("the sequencer's account sent %d transactions for 3 batches", end-start)
			}
			checkBumps(t, f.chain.sentTxs())
		})
	}
}
