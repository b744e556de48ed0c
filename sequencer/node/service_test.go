package node

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/l1/l1client"
	"github.com/neuron-rollup/neuron/l1/simchain"
)

// rollupQuery answers Verifiers from vs, or with err.
type rollupQuery struct {
	vs  map[string]l1client.CircuitVerifier
	err error
}

func (q rollupQuery) Verifiers(_ context.Context, keys map[string][]byte) (map[string]l1client.CircuitVerifier, error) {
	out := map[string]l1client.CircuitVerifier{}
	for c := range keys {
		if v, ok := q.vs[c]; ok {
			out[c] = v
		} else {
			out[c] = l1client.CircuitVerifier{Err: deploy.ErrNoVerifier}
		}
	}
	return out, q.err
}

func TestCheckVerifiers(t *testing.T) {
	one := l1client.CircuitVerifier{Address: common.Address{1}}
	batch := l1client.CircuitVerifier{Address: common.Address{2}, Batch: true}
	wrong := l1client.CircuitVerifier{Address: common.Address{3}, Batch: true, Err: deploy.ErrWrongVerifier}
	keys := func(names ...string) map[string][]byte {
		m := map[string][]byte{}
		for _, n := range names {
			m[n] = []byte(n)
		}
		return m
	}
	for _, tc := range []struct {
		name    string
		keys    map[string][]byte
		q       rollupQuery
		wait    uint64
		want    uint64
		wantErr string
	}{
		{name: "a batch verifier", keys: keys("a", "b"), q: rollupQuery{vs: map[string]l1client.CircuitVerifier{"a": one, "b": batch}}, wait: 60, want: 60},
		{name: "one-by-one verifiers only", keys: keys("a"), q: rollupQuery{vs: map[string]l1client.CircuitVerifier{"a": one}}, wait: 60, want: 0},
		{name: "wait off", keys: keys("b"), q: rollupQuery{vs: map[string]l1client.CircuitVerifier{"b": batch}}, wait: 0, want: 0},
		{name: "circuit without verifier", keys: keys("a", "c"), q: rollupQuery{vs: map[string]l1client.CircuitVerifier{"a": one}}, wait: 60, wantErr: `"c"`},
		{name: "wrong verifier", keys: keys("a", "w"), q: rollupQuery{vs: map[string]l1client.CircuitVerifier{"a": one, "w": wrong}}, wait: 60, wantErr: `"w"`},
		{name: "L1 unreachable", keys: keys("a"), q: rollupQuery{err: errors.New("dial tcp: refused")}, wait: 60, wantErr: "refused"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := checkVerifiers(context.Background(), tc.q, tc.keys, tc.wait, log.NewLogger(slog.DiscardHandler))
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("checkVerifiers error %v, want one naming %s", err, tc.wantErr)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("checkVerifiers = %d, %v; want %d", got, err, tc.want)
			}
		})
	}
}

// TestCheckVerifiersL1: the start check against a real Rollup on the simulated L1. A chain
// deployed without --devnet, whose chain file has no devnet key, starts; a chain file that
// still holds the devnet key does not, and says why. A key whose id the Rollup's owner
// registered with a verifier of other code is refused as not holding the key until anyone
// registers the key, which replaces the unused wrong verifier.
func TestCheckVerifiersL1(t *testing.T) {
	raw, err := os.ReadFile("../../l1/deploy/testdata/lossproofs-v2.json")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Params string        `json:"params"`
		VK     hexutil.Bytes `json:"vk"`
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	owner := crypto.PubkeyToAddress(key.PublicKey)
	chain := simchain.New(types.GenesisAlloc{owner: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))}})
	t.Cleanup(func() { _ = chain.Close() })
	ctx := context.Background()
	opts := bind.NewKeyedTransactor(key, big.NewInt(simchain.ChainID))
	d, err := deploy.Deploy(ctx, chain, opts, deploy.Config{L2ChainID: 1, Sequencer: owner, GenesisHolder: owner,
		InitialSupply: big.NewInt(1), GenesisStateRoot: common.Hash{1}, FinalizationPeriod: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	c := l1client.New(chain, d, 0, 0, nil)
	logger := log.NewLogger(slog.DiscardHandler)
	v2 := map[string][]byte{f.Params: f.VK}
	withDevnet := map[string][]byte{f.Params: f.VK, sampledloss.DevnetParams().String(): sampledloss.DevnetVerifyingKey()}

	// The owner puts a verifier of other code (a BatchLossVerifier of the key that the
	// Rollup did not deploy) under the key's id.
	bk, err := sampledloss.NewBatchVerifierKey(f.VK)
	if err != nil {
		t.Fatal(err)
	}
	o := *opts
	addr, tx, err := bind.DeployContract(&o, common.FromHex(bindings.BatchLossVerifierMetaData.Bin), chain,
		bindings.NewBatchLossVerifier().PackConstructor(bk.Alpha, bk.BetaNeg, bk.GammaNeg, bk.DeltaNeg, bk.K, bk.PedersenG, bk.PedersenSigmaNeg))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitDeployed(ctx, chain, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	tx, err = bind.Transact(d.Rollup.Instance, &o, d.Rollup.Binding.PackSetVerifier(deploy.KeyCircuitID(bk), addr))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, chain, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	if _, err := checkVerifiers(ctx, c, v2, 60, logger); !errors.Is(err, deploy.ErrWrongVerifier) || !strings.Contains(err.Error(), f.Params) {
		t.Fatalf("checkVerifiers with a wrong registration: %v, want ErrWrongVerifier naming %q", err, f.Params)
	}

	if _, _, err := deploy.RegisterVerifier(ctx, chain, opts, d, f.VK); err != nil {
		t.Fatalf("RegisterVerifier: %v", err)
	}
	if got, err := checkVerifiers(ctx, c, v2, 60, logger); err != nil || got != 60 {
		t.Fatalf("checkVerifiers without the devnet key = %d, %v; want 60, nil", got, err)
	}
	_, err = checkVerifiers(ctx, c, withDevnet, 60, logger)
	if !errors.Is(err, deploy.ErrNoVerifier) || !strings.Contains(err.Error(), "--devnet") || !strings.Contains(err.Error(), sampledloss.DevnetParams().String()) {
		t.Fatalf("checkVerifiers with the devnet key on a chain without it: %v", err)
	}
}

func TestProofWaitFlag(t *testing.T) {
	read := func(t *testing.T, args ...string) CLIConfig {
		t.Helper()
		var cfg CLIConfig
		app := &cli.App{Flags: Flags(), Action: func(c *cli.Context) error { cfg = ReadCLIConfig(c); return nil }}
		base := []string{"nrn-sequencer", "--chain", "c.json", "--data-dir", "d", "--l1", "http://l1"}
		if err := app.Run(append(base, args...)); err != nil {
			t.Fatal(err)
		}
		if err := cfg.Check(); err != nil {
			t.Fatalf("Check: %v", err)
		}
		return cfg
	}
	t.Run("default", func(t *testing.T) {
		if got := read(t, "--da-dir", "x", "--private-key", "k").ProofWait; got != 60 {
			t.Fatalf("default proof wait %d, want 60", got)
		}
	})
	t.Run("flag", func(t *testing.T) {
		if got := read(t, "--da-dir", "x", "--private-key", "k", "--batch.proof-wait", "0").ProofWait; got != 0 {
			t.Fatalf("proof wait %d, want 0", got)
		}
	})
	t.Run("env", func(t *testing.T) {
		t.Setenv("NRN_SEQUENCER_BATCH_PROOF_WAIT", "7")
		if got := read(t, "--da-dir", "x", "--private-key", "k").ProofWait; got != 7 {
			t.Fatalf("proof wait %d, want 7", got)
		}
	})
}
