package driver_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/l1"
	"github.com/neuron-rollup/neuron/l1/batchrecord"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/l1/l1client"
	"github.com/neuron-rollup/neuron/l1/simchain"
	"github.com/neuron-rollup/neuron/lightclient/driver"
	"github.com/neuron-rollup/neuron/lightclient/internal/testchain"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rollup/rolluptest"
	"github.com/neuron-rollup/neuron/sequencer"
)

// TestForcedWithdrawalThroughSequencer: a user signs a withdrawal and, instead of sending it
// to the sequencer, queues it on L1 (Rollup.forceInclude, sent by someone else). The real
// sequencer, reading L1 through l1client, applies it ahead of its mempool, seals and settles
// the batch with forcedConsumed = 1; the light client agrees with every batch; the Bridge
// pays the withdrawal. A bad entry queued after it is consumed as a failure and does not
// stop the chain.
func TestForcedWithdrawalThroughSequencer(t *testing.T) {
	ctx := context.Background()
	admin, seqKey, user := testchain.Key(100), testchain.Key(101), testchain.Key(0)
	adminAddr, seqAddr, userAddr := crypto.PubkeyToAddress(admin.PublicKey), crypto.PubkeyToAddress(seqKey.PublicKey), crypto.PubkeyToAddress(user.PublicKey)
	eth := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	chain := simchain.New(types.GenesisAlloc{adminAddr: {Balance: eth}, seqAddr: {Balance: eth}})
	t.Cleanup(func() { chain.Close() })
	opts := func() *bind.TransactOpts { return bind.NewKeyedTransactor(admin, big.NewInt(simchain.ChainID)) }
	_, gh, _, err := testchain.Genesis().State()
	require.NoError(t, err)
	dep, err := deploy.Deploy(ctx, chain, opts(), deploy.Config{L2ChainID: testchain.ChainID, Sequencer: seqAddr,
		GenesisHolder: adminAddr, InitialSupply: big.NewInt(1e18), GenesisStateRoot: gh.StateRoot, ForcedWindow: time.Hour})
	require.NoError(t, err)
	send := func(c *bind.BoundContract, data []byte) {
		tx, err := bind.Transact(c, opts(), data)
		require.NoError(t, err)
		rc, err := bind.WaitMined(ctx, chain, tx.Hash())
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, rc.Status)
	}
	send(dep.NRN.Instance, dep.NRN.Binding.PackApprove(dep.Bridge.Address, big.NewInt(fund)))
	send(dep.Bridge.Instance, dep.Bridge.Binding.PackDeposit(userAddr, big.NewInt(fund)))

	client := l1client.New(chain, dep, dep.Block, 1, bind.NewKeyedTransactor(seqKey, big.NewInt(simchain.ChainID)))
	store := da.NewMemory()
	cfg := &rollup.Config{ChainID: testchain.ChainID, Rollup: dep.Rollup.Address, GenesisTime: 1, MinStake: uint256.NewInt(10),
		RewardDivisor: 100000, HalvingSeconds: rollup.HalvingSeconds4Years, Verifier: rolluptest.HashProofs{}}
	seq, err := sequencer.New(sequencer.Config{DataDir: t.TempDir(), BlockTime: 10 * time.Millisecond, MaxBlockTxs: 1000, BatchBlocks: 5,
		MempoolPerAccount: 16, MempoolMax: 1024, Chain: cfg, Genesis: testchain.Genesis()},
		sequencer.Deps{DA: store, L1: client, Poster: client})
	require.NoError(t, err)
	require.NoError(t, seq.Start(ctx))
	t.Cleanup(func() { seq.Stop(ctx) })
	waitFor := func(what string, cond func(g rollup.Globals) bool) {
		t.Helper()
		deadline := time.Now().Add(60 * time.Second)
		for {
			var ok bool
			_ = seq.View(func(st *rollup.State, _ *rollup.Header) error { ok = cond(st.Globals()); return nil })
			if ok {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
			chain.Commit() // L1 moves on, so that what was queued is confirmed
			time.Sleep(20 * time.Millisecond)
		}
	}
	waitFor("the deposit", func(g rollup.Globals) bool { return g.DepositsConsumed == 1 })

	w, err := rollup.SignTx(&rollup.Withdraw{Nonce: 0, To: userAddr, Amount: uint256.NewInt(400)}, testchain.ChainID, user)
	require.NoError(t, err)
	send(dep.Rollup.Instance, dep.Rollup.Binding.PackForceInclude(w.Encode()))
	send(dep.Rollup.Instance, dep.Rollup.Binding.PackForceInclude([]byte("not a transaction")))
	waitFor("both forced entries", func(g rollup.Globals) bool { return g.ForcedConsumed == 2 })
	var wd rollup.Withdrawal
	require.NoError(t, seq.View(func(st *rollup.State, _ *rollup.Header) error {
		var ok bool
		wd, ok = st.Withdrawal(0)
		require.True(t, ok, "the forced withdrawal applied")
		require.Equal(t, uint64(fund-400), st.Account(userAddr).Balance.Uint64())
		return nil
	}))

	// The batches reach L1 with the queue consumed.
	deadline := time.Now().Add(60 * time.Second)
	for {
		n, err := bind.Call(dep.Rollup.Instance, nil, dep.Rollup.Binding.PackForcedConsumed(), dep.Rollup.Binding.UnpackForcedConsumed)
		require.NoError(t, err)
		if n == 2 {
			break
		}
		require.False(t, time.Now().After(deadline), "L1 forcedConsumed %d after 60 s", n)
		time.Sleep(50 * time.Millisecond)
	}
	batch, err := seq.Store().WithdrawalBatch(0)
	require.NoError(t, err)
	rec, err := seq.Store().Batch(batch)
	require.NoError(t, err)
	require.NoError(t, seq.Stop(ctx))

	// The light client re-executes every settled batch from L1 and DA and agrees.
	err = driver.Run(ctx, driver.Config{Chain: cfg, Genesis: testchain.Genesis(), DeployBlock: dep.Block},
		driver.Deps{L1: driver.NewL1(chain, dep.Rollup.Address), DA: store})
	require.NoError(t, err)

	// The Bridge pays the forced withdrawal from the batch that holds it.
	var leaves [][32]byte
	for id := rec.FirstWithdrawal; id < rec.NextWithdrawal; id++ {
		leaves = append(leaves, l1.WithdrawalLeaf(cfg.ChainID, cfg.Rollup, id, userAddr, userAddr, big.NewInt(400)))
	}
	onL1, err := batchrecord.Read(ctx, chain, dep.Rollup.Address, dep.Block, batch)
	require.NoError(t, err)
	send(dep.Bridge.Instance, dep.Bridge.Binding.PackClaimWithdrawal(onL1, wd.ID, wd.From, wd.To, wd.Amount.ToBig(),
		l1.NewMerkleTree(leaves).Proof(int(wd.ID-rec.FirstWithdrawal))))
	got, err := bind.Call(dep.NRN.Instance, nil, dep.NRN.Binding.PackBalanceOf(userAddr), dep.NRN.Binding.UnpackBalanceOf)
	require.NoError(t, err)
	require.Equal(t, int64(400), got.Int64())
}
