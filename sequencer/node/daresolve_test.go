package node

import (
	"context"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/l1/batchrecord"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/l1/l1client"
	"github.com/neuron-rollup/neuron/l1/simchain"
	"github.com/neuron-rollup/neuron/l1/txsend"
	"github.com/neuron-rollup/neuron/lightclient/challenge"
	"github.com/neuron-rollup/neuron/lossverify"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/sequencer"
)

// TestSequencerResolvesDAChallenges: a griefer challenges the data of a
// batch the sequencer posted and requests two leaves of its step trace; the
// sequencer's resolver answers both from its own DA store through the
// batcher's txmgr (one nonce sequence: batches go on landing after it), so
// the honest batch stands.
func TestSequencerResolvesDAChallenges(t *testing.T) {
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	griefer, _ := crypto.GenerateKey()
	seqAddr, grieferAddr := crypto.PubkeyToAddress(key.PublicKey), crypto.PubkeyToAddress(griefer.PublicKey)
	eth := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	l1 := simchain.New(types.GenesisAlloc{seqAddr: {Balance: eth}, grieferAddr: {Balance: eth}})
	t.Cleanup(func() { _ = l1.Close() })
	genesis := &rollup.Genesis{Time: 1, Issued: uint256.NewInt(1e18)}
	_, gh, _, err := genesis.State()
	if err != nil {
		t.Fatal(err)
	}
	d, err := deploy.Deploy(ctx, l1, bind.NewKeyedTransactor(key, big.NewInt(simchain.ChainID)), deploy.Config{L2ChainID: 7, Devnet: true,
		Sequencer: seqAddr, GenesisHolder: seqAddr, InitialSupply: big.NewInt(1e18), GenesisStateRoot: gh.StateRoot, FinalizationPeriod: 100 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	mineEvery(t, l1, 20*time.Millisecond)

	logger := log.NewLogger(slog.DiscardHandler)
	tcfg := txsend.DefaultConfig(big.NewInt(simchain.ChainID))
	tcfg.ReceiptQueryInterval, tcfg.ResubmissionTimeout, tcfg.NetworkTimeout = 20*time.Millisecond, time.Second, time.Second
	sender, err := txsend.New("batcher", l1, key, tcfg, logger, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(sender.Close)
	l1c := l1client.New(l1, deploy.Bind(l1, d.Addresses()), d.Block, 1, nil).WithSender(sender)
	store := da.NewMemory()
	chain := &rollup.Config{ChainID: 7, Rollup: d.Rollup.Address, GenesisTime: 1, MinStake: uint256.NewInt(10),
		MinBounty: uint256.NewInt(1), RewardDivisor: 100000, HalvingSeconds: rollup.HalvingSeconds4Years, Verifier: lossverify.New(nil)}
	seq, err := sequencer.New(sequencer.Config{DataDir: t.TempDir(), BlockTime: 20 * time.Millisecond, MaxBlockTxs: 100, BatchBlocks: 5,
		HeartbeatBlocks: 5, MempoolPerAccount: 16, MempoolMax: 1024, Chain: chain, Genesis: genesis},
		sequencer.Deps{Log: logger, DA: store, L1: l1c, Poster: l1c})
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

	r, err := newDAResolver(ctx, l1, d.Rollup.Address, d.Block, store, sender, time.Second, logger)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := batchrecord.Read(ctx, l1, d.Rollup.Address, d.Block, 0)
	if err != nil {
		t.Fatal(err)
	}
	game, err := challenge.NewDAGame(ctx, l1, d.Rollup.Address, d.Block)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := game.Challenge(ctx, bind.NewKeyedTransactor(griefer, big.NewInt(simchain.ChainID)), rec, 0); err != nil {
		t.Fatal(err)
	}
	if st, _, err := game.State(ctx, rec, 0); err != nil || st != challenge.ChunkOpen {
		t.Fatalf("after the challenge: state %d, %v; want open", st, err)
	}
	steps := []uint64{0, rec.StepCount - 1}
	if _, err := game.RequestLeaves(ctx, bind.NewKeyedTransactor(griefer, big.NewInt(simchain.ChainID)), rec, steps); err != nil {
		t.Fatal(err)
	}
	before := onL1()
	// A poll can fail while the simulated L1's log index is behind its head
	// ("failed to retrieve log value pointer"); the service polls again, so
	// does the test, a few times.
	n, err := r.once(ctx)
	for try := 0; err != nil && try < 20; try++ {
		time.Sleep(50 * time.Millisecond)
		n, err = r.once(ctx)
	}
	if err != nil || n != 1+len(steps) {
		t.Fatalf("resolver: %d answered, %v; want the chunk and %d leaves", n, err, len(steps))
	}
	for _, s := range steps {
		if st, _, err := game.LeafState(ctx, rec, s); err != nil || st != challenge.LeafRevealed {
			t.Fatalf("leaf %d after the answer: state %d, %v; want revealed", s, st, err)
		}
	}
	if st, _, err := game.State(ctx, rec, 0); err != nil || st != challenge.ChunkResolved {
		t.Fatalf("after the answer: state %d, %v; want resolved", st, err)
	}
	if n, err := r.once(ctx); err != nil || n != 0 {
		t.Fatalf("second pass: %d resolved, %v; want nothing left to answer", n, err)
	}
	waitUntil(t, "batches after the resolution (shared nonces)", func() bool { return onL1() >= before+2 })

	if _, err := newDAResolver(ctx, l1, d.Rollup.Address, d.Block, store, sender, 0, logger); err == nil {
		t.Fatal("a zero poll interval was accepted")
	}
}
