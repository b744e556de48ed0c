package l1client_test

import (
	"context"
	"encoding/json"
	"errors"
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
// proof fixture, in gnark's encoding and converted.
func batchKey(t *testing.T) ([]byte, *sampledloss.BatchVerifierKey) {
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
	return f.VK, k
}

// TestVerifiers deploys a chain that is not a devnet, with a BatchLossVerifier
// for one version-2 key, and asks the client for the verifiers of that key
// (there, batching) and of the devnet key (none: the devnet verifier is only
// deployed with --devnet).
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
	vk, bk := batchKey(t)
	d, err := deploy.Deploy(ctx, chain, opts, deploy.Config{L2ChainID: 1, Sequencer: addr, GenesisHolder: addr,
		InitialSupply: big.NewInt(1), GenesisStateRoot: common.Hash{1}, FinalizationPeriod: time.Minute,
		Verifiers: map[string]*sampledloss.BatchVerifierKey{v2: bk}})
	if err != nil {
		t.Fatal(err)
	}
	devnet := sampledloss.DevnetParams().String()
	got, err := l1client.New(chain, d, 0, 0, nil).Verifiers(ctx, map[string][]byte{devnet: sampledloss.DevnetVerifyingKey(), v2: vk})
	if err != nil {
		t.Fatal(err)
	}
	if v := got[v2]; v.Err != nil || v.Address != d.Verifiers[v2] || !v.Batch || v.Circuit != deploy.KeyCircuitID(bk) {
		t.Errorf("verifier of %q = %+v, want %v, batching, circuit %v", v2, v, d.Verifiers[v2], deploy.KeyCircuitID(bk))
	}
	if v := got[devnet]; !errors.Is(v.Err, deploy.ErrNoVerifier) || v.Address != (common.Address{}) || v.Circuit != deploy.DevnetCircuitID() {
		t.Errorf("verifier of %q = %+v, want none", devnet, v)
	}
}
