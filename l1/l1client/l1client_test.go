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

// TestVerifiers deploys the Rollup with a BatchLossVerifier for one version-2
// circuit and asks the client for the verifiers of that circuit, of the
// devnet circuit (the gnark verifier, one proof per call) and of a circuit
// with none.
func TestVerifiers(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	chain := simchain.New(types.GenesisAlloc{addr: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))}})
	t.Cleanup(func() { _ = chain.Close() })
	ctx := context.Background()
	opts := bind.NewKeyedTransactor(key, big.NewInt(simchain.ChainID))
	const v2 = "12-6-4/xent k=3 depth=4 v2"
	d, err := deploy.Deploy(ctx, chain, opts, deploy.Config{Sequencer: addr, GenesisHolder: addr,
		InitialSupply: big.NewInt(1), GenesisStateRoot: common.Hash{1}, FinalizationPeriod: time.Minute,
		Verifiers: map[string]*sampledloss.BatchVerifierKey{v2: batchKey(t)}})
	if err != nil {
		t.Fatal(err)
	}
	devnet := sampledloss.DevnetParams().String()
	got, err := l1client.New(chain, d, 0, 0, nil).Verifiers(ctx, []string{devnet, v2, "none"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]l1client.CircuitVerifier{
		devnet: {Address: d.LossVerifier.Address},
		v2:     {Address: d.Verifiers[v2], Batch: true},
		"none": {},
	}
	if len(got) != len(want) {
		t.Fatalf("Verifiers = %+v, want %+v", got, want)
	}
	for c, w := range want {
		if got[c] != w {
			t.Errorf("verifier of %q = %+v, want %+v", c, got[c], w)
		}
	}
}
