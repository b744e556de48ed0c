package l1client_test

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/l1/l1client"
	"github.com/neuron-rollup/neuron/l1/simchain"
)

// batchKey is the version-2 verifying key committed with the l1/deploy batch
// proof fixture.
func batchKey(t *testing.T) *sampledloss.BatchVerifierKey {
	t.Helper()
	raw, err := os.ReadFile("../deploy/testdata/lossproofs-v2.json")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		VK hexutil.Bytes `json:"vk"`
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	k, err := sampledloss.NewBatchVerifierKey(f.VK)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// TestBatchVerifier deploys the Rollup with the default verifier and with a
// BatchLossVerifier and asks the client whether each verifies proofs in one
// call.
func TestBatchVerifier(t *testing.T) {
	for _, tc := range []struct {
		name string
		key  func(*testing.T) *sampledloss.BatchVerifierKey
		want bool
	}{
		{"gnark verifier", func(*testing.T) *sampledloss.BatchVerifierKey { return nil }, false},
		{"batch verifier", batchKey, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			key, err := crypto.GenerateKey()
			if err != nil {
				t.Fatal(err)
			}
			addr := crypto.PubkeyToAddress(key.PublicKey)
			chain := simchain.New(types.GenesisAlloc{addr: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))}})
			t.Cleanup(func() { _ = chain.Close() })
			ctx := context.Background()
			opts := bind.NewKeyedTransactor(key, big.NewInt(simchain.ChainID))
			d, err := deploy.Deploy(ctx, chain, opts, deploy.Config{Sequencer: addr, GenesisHolder: addr,
				InitialSupply: big.NewInt(1), GenesisStateRoot: common.Hash{1}, FinalizationPeriod: time.Minute,
				BatchVerifier: tc.key(t)})
			if err != nil {
				t.Fatal(err)
			}
			got, err := l1client.New(chain, d, 0, 0, nil).BatchVerifier(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Fatalf("BatchVerifier = %v, want %v", got, tc.want)
			}
		})
	}
}
