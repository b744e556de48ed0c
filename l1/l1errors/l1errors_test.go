package l1errors_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/l1/l1errors"
	"github.com/neuron-rollup/neuron/l1/simchain"
)

// TestDecodeRealRevert: a claim of a withdrawal from a batch that does not exist reverts on
// the simulated L1 with the Bridge's custom error, and Decode names it with its argument
// where the raw error says only "execution reverted". A mined reverted transaction is
// explained by Replay.
func TestDecodeRealRevert(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	chain := simchain.New(types.GenesisAlloc{addr: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))}})
	t.Cleanup(func() { _ = chain.Close() })
	ctx := context.Background()
	opts := bind.NewKeyedTransactor(key, big.NewInt(simchain.ChainID))
	d, err := deploy.Deploy(ctx, chain, opts, deploy.Config{L2ChainID: 1, Sequencer: addr, GenesisHolder: addr,
		InitialSupply: big.NewInt(1), GenesisStateRoot: common.Hash{1}, FinalizationPeriod: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	b := d.Bridge
	claim := b.Binding.PackClaimWithdrawal(bindings.RollupBatch{Index: 7}, 3, addr, addr, big.NewInt(5), nil)
	o := *opts
	_, raw := bind.Transact(b.Instance, &o, claim)
	if raw == nil {
		t.Fatal("claim from an unknown batch succeeded")
	}
	err = l1errors.Decode(raw)
	var re *l1errors.RevertError
	if !errors.As(err, &re) || re.Name != "BatchNotFinalized" || len(re.Args) != 1 || re.Args[0].Name != "batchIndex" || re.Args[0].Value != uint64(7) {
		t.Fatalf("Decode(%v) = %v (%+v), want BatchNotFinalized(batchIndex=7)", raw, err, re)
	}
	if want := "BatchNotFinalized(batchIndex=7)"; !strings.Contains(err.Error(), want) {
		t.Fatalf("error %q does not say %q", err, want)
	}
	if !errors.Is(err, raw) {
		t.Fatal("decoded error does not wrap the original")
	}
	if again := l1errors.Decode(err); again != err {
		t.Fatal("Decode of a decoded error changed it")
	}
	if plain := errors.New("dial tcp: refused"); l1errors.Decode(plain) != plain || l1errors.Decode(nil) != nil {
		t.Fatal("Decode changed an error without revert data")
	}

	// A transaction mined despite the revert (gas set, so no estimate): Replay explains it.
	o = *opts
	o.GasLimit = 200_000
	tx, err := bind.Transact(b.Instance, &o, claim)
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := bind.WaitMined(ctx, chain, tx.Hash())
	if err != nil || rcpt.Status != types.ReceiptStatusFailed {
		t.Fatalf("receipt %+v, %v: want a failed transaction", rcpt, err)
	}
	if err := l1errors.Replay(ctx, chain, addr, tx, rcpt); !errors.As(err, &re) || re.Name != "BatchNotFinalized" {
		t.Fatalf("Replay = %v, want BatchNotFinalized", err)
	}
}

// TestDecodeData: standard reverts and unknown selectors.
func TestDecodeData(t *testing.T) {
	msg := common.FromHex("0x08c379a0" + // Error(string) "no"
		"0000000000000000000000000000000000000000000000000000000000000020" +
		"0000000000000000000000000000000000000000000000000000000000000002" +
		"6e6f000000000000000000000000000000000000000000000000000000000000")
	if re := l1errors.DecodeData(msg, nil); re.Name != "Error" || re.Args[0].Value != "no" {
		t.Errorf("DecodeData(Error) = %+v", re)
	}
	if re := l1errors.DecodeData([]byte{1, 2, 3, 4}, nil); re.Name != "" || !strings.Contains(re.Error(), "0x01020304") {
		t.Errorf("DecodeData(unknown) = %v", re)
	}
}

func FuzzDecodeData(f *testing.F) {
	f.Add([]byte{0x08, 0xc3, 0x79, 0xa0})
	f.Add(common.FromHex("0x5c1e1d5b0000000000000000000000000000000000000000000000000000000000000007"))
	f.Fuzz(func(t *testing.T, data []byte) {
		re := l1errors.DecodeData(data, nil)
		_ = re.Error()
	})
}
