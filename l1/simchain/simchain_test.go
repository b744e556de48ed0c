package simchain_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/neuron-rollup/neuron/l1/simchain"
)

func TestSendMinesAndTimeMoves(t *testing.T) {
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	c := simchain.New(types.GenesisAlloc{from: {Balance: big.NewInt(1e18)}})
	defer c.Close()

	signer := types.LatestSignerForChainID(big.NewInt(simchain.ChainID))
	for nonce := uint64(0); nonce < 3; nonce++ {
		head, err := c.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{
			ChainID: big.NewInt(simchain.ChainID), Nonce: nonce, To: &common.Address{1}, Value: big.NewInt(1),
			Gas: 21000, GasTipCap: big.NewInt(1e9), GasFeeCap: new(big.Int).Add(head.BaseFee, big.NewInt(2e9)),
		})
		if err := c.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		// Mined at once: the receipt is there without waiting.
		rcpt, err := c.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			t.Fatalf("tx %d not mined: %v", nonce, err)
		}
		if want := head.Number.Uint64() + 1; rcpt.BlockNumber.Uint64() != want {
			t.Fatalf("tx %d in block %v, want %d", nonce, rcpt.BlockNumber, want)
		}
		if nonce == 1 {
			if err := c.AdjustTime(time.Hour); err != nil {
				t.Fatal(err)
			}
		}
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	first, err := c.HeaderByNumber(ctx, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if head.Time-first.Time < 3600 {
		t.Fatalf("time moved %d s, want at least an hour", head.Time-first.Time)
	}
}

// TestFinalized checks what the simulated beacon reports as the "finalized" block, block by
// block across two epochs: FinalizedAt of the head.
func TestFinalized(t *testing.T) {
	ctx := context.Background()
	c := simchain.New(types.GenesisAlloc{})
	defer c.Close()
	for {
		head, err := c.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		fin, err := c.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
		if err != nil {
			t.Fatalf("head %d: finalized: %v", head.Number, err)
		}
		if want := simchain.FinalizedAt(head.Number.Uint64()); fin.Number.Uint64() != want {
			t.Fatalf("head %d: finalized block %d, want %d", head.Number, fin.Number, want)
		}
		if head.Number.Uint64() > 2*simchain.EpochLength+1 {
			return
		}
		c.Commit()
	}
}

// TestFork reorgs two blocks away: the head goes back to the fork point, the side chain
// built on it becomes canonical, and the transfer of a dropped block goes back to the pool
// and is mined again there (in a block with another hash).
func TestFork(t *testing.T) {
	ctx := context.Background()
	key1, _ := crypto.GenerateKey()
	key2, _ := crypto.GenerateKey()
	from1, from2 := crypto.PubkeyToAddress(key1.PublicKey), crypto.PubkeyToAddress(key2.PublicKey)
	c := simchain.New(types.GenesisAlloc{from1: {Balance: big.NewInt(1e18)}, from2: {Balance: big.NewInt(1e18)}})
	defer c.Close()
	signer := types.LatestSignerForChainID(big.NewInt(simchain.ChainID))
	transfer := func(key *ecdsa.PrivateKey) *types.Transaction {
		return types.MustSignNewTx(key, signer, &types.DynamicFeeTx{
			ChainID: big.NewInt(simchain.ChainID), Nonce: 0, To: &common.Address{1}, Value: big.NewInt(1),
			Gas: 21000, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(50e9),
		})
	}
	parent, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	dropped := transfer(key1)
	if err := c.SendTransaction(ctx, dropped); err != nil {
		t.Fatal(err)
	}
	old, err := c.TransactionReceipt(ctx, dropped.Hash())
	if err != nil {
		t.Fatal(err)
	}
	c.Commit()
	if err := c.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	if head, err := c.HeaderByNumber(ctx, nil); err != nil || head.Hash() != parent.Hash() {
		t.Fatalf("head after Fork = %v, %v; want block %d", head.Number, err, parent.Number)
	}
	other := transfer(key2)
	if err := c.SendTransaction(ctx, other); err != nil {
		t.Fatal(err)
	}
	for _, tx := range []*types.Transaction{dropped, other} {
		rcpt, err := c.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			t.Fatalf("tx %s not mined on the side chain: %v", tx.Hash(), err)
		}
		if want := parent.Number.Uint64() + 1; rcpt.BlockNumber.Uint64() != want || rcpt.BlockHash == old.BlockHash {
			t.Fatalf("tx %s in block %d (%s), want block %d of the side chain", tx.Hash(), rcpt.BlockNumber, rcpt.BlockHash, want)
		}
	}
}

func TestFinalizedAt(t *testing.T) {
	for _, tc := range []struct{ head, want uint64 }{
		{0, 0}, {1, 0}, {31, 0}, {32, 32}, {33, 32}, {63, 32}, {64, 64},
	} {
		if got := simchain.FinalizedAt(tc.head); got != tc.want {
			t.Errorf("FinalizedAt(%d) = %d, want %d", tc.head, got, tc.want)
		}
	}
}
