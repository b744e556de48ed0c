package simchain_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

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
