package chainfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/rollup"
)

// TestChainFileVerifyingKeys: verifyingKeys extend the devnet key set, and a
// malformed key is refused with its circuit named.
func TestChainFileVerifyingKeys(t *testing.T) {
	base := File{ChainID: 7, Issued: (*hexutil.Big)(hexutil.MustDecodeBig("0x64")),
		MinStake: (*hexutil.Big)(hexutil.MustDecodeBig("0x1")), RewardDivisor: 10, HalvingSeconds: 10, Verifier: "devnet"}
	write := func(f File) string {
		path := filepath.Join(t.TempDir(), "chain.json")
		if err := f.Write(path); err != nil {
			t.Fatal(err)
		}
		return path
	}

	f, err := Read(write(base))
	if err != nil {
		t.Fatal(err)
	}
	if ks := f.KeySet(); len(ks) != 1 || !bytes.Equal(ks[sampledloss.DevnetParams().String()], sampledloss.DevnetVerifyingKey()) {
		t.Fatalf("default key set %v", ks)
	}

	const other = "784-100-10/xent k=8 depth=16 v2"
	withKey := base
	withKey.VerifyingKeys = map[string]hexutil.Bytes{other: sampledloss.DevnetVerifyingKey()}
	f, err = Read(write(withKey))
	if err != nil {
		t.Fatal(err)
	}
	if ks := f.KeySet(); len(ks) != 2 || ks[other] == nil {
		t.Fatalf("key set %v", ks)
	}
	raw, _ := os.ReadFile(write(withKey))
	var back map[string]json.RawMessage
	if err := json.Unmarshal(raw, &back); err != nil || back["verifyingKeys"] == nil {
		t.Fatalf("verifyingKeys not written: %s", raw)
	}

	bad := base
	bad.VerifyingKeys = map[string]hexutil.Bytes{other: {1, 2, 3}}
	if _, err := Read(write(bad)); err == nil || !strings.Contains(err.Error(), other) {
		t.Fatalf("malformed key: %v", err)
	}
}

// TestChainFileKeySets: the "keys" set holds only the chain file's own keys
// (no INSECURE devnet key) and needs one; an unknown set is refused.
func TestChainFileKeySets(t *testing.T) {
	const other = "784-100-10/xent k=8 depth=16 v2"
	for _, tc := range []struct {
		name    string
		set     string
		keys    map[string]hexutil.Bytes
		want    []string // key set's circuits
		wantErr string
	}{
		{name: "devnet", set: KeySetDevnet, want: []string{sampledloss.DevnetParams().String()}},
		{name: "devnet and more", set: KeySetDevnet, keys: map[string]hexutil.Bytes{other: sampledloss.DevnetVerifyingKey()},
			want: []string{sampledloss.DevnetParams().String(), other}},
		{name: "own keys only", set: KeySetKeys, keys: map[string]hexutil.Bytes{other: sampledloss.DevnetVerifyingKey()}, want: []string{other}},
		{name: "own keys, none", set: KeySetKeys, wantErr: "at least one"},
		{name: "unknown set", set: "mainnet", wantErr: `unknown verifier key set "mainnet"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := File{ChainID: 7, Issued: (*hexutil.Big)(hexutil.MustDecodeBig("0x64")),
				MinStake: (*hexutil.Big)(hexutil.MustDecodeBig("0x1")), RewardDivisor: 10, HalvingSeconds: 10,
				Verifier: tc.set, VerifyingKeys: tc.keys}
			err := f.Check()
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			ks := f.KeySet()
			if len(ks) != len(tc.want) {
				t.Fatalf("key set has %d keys, want %v", len(ks), tc.want)
			}
			for _, p := range tc.want {
				if ks[p] == nil {
					t.Fatalf("key set lacks %q", p)
				}
			}
		})
	}
}

// TestChainFileMinBounty: minBounty reaches the chain config, and zero (a
// free MLSC) is refused.
func TestChainFileMinBounty(t *testing.T) {
	f := File{ChainID: 7, Issued: (*hexutil.Big)(hexutil.MustDecodeBig("0x64")),
		MinStake: (*hexutil.Big)(hexutil.MustDecodeBig("0x1")), RewardDivisor: 10, HalvingSeconds: 10, Verifier: KeySetDevnet}
	cfg, err := f.Config(noKeys{})
	if err != nil || cfg.MinBounty != nil {
		t.Fatalf("no minBounty: %v, %v", cfg, err)
	}
	f.MinBounty = (*hexutil.Big)(hexutil.MustDecodeBig("0x2a"))
	if cfg, err = f.Config(noKeys{}); err != nil || cfg.MinBounty.Uint64() != 42 {
		t.Fatalf("minBounty 42: %v, %v", cfg.MinBounty, err)
	}
	f.MinBounty = (*hexutil.Big)(hexutil.MustDecodeBig("0x0"))
	if _, err := f.Config(noKeys{}); err == nil || !strings.Contains(err.Error(), "min bounty") {
		t.Fatalf("minBounty 0: %v", err)
	}
}

// noKeys is a loss verifier with no keys: Config only needs one to exist.
type noKeys struct{}

func (noKeys) Supports(*rollup.MLSCSpec) error { return errors.New("no keys") }
func (noKeys) Verify(*rollup.MLSCSpec, *rollup.Claim, []byte) error {
	return errors.New("no keys")
}
func (noKeys) PublicInput(*rollup.MLSCSpec, *rollup.Claim) (common.Hash, error) {
	return common.Hash{}, errors.New("no keys")
}
func (noKeys) CircuitID(*rollup.MLSCSpec) (common.Hash, error) {
	return common.Hash{}, errors.New("no keys")
}

// TestChainFileFees: omitted fees and prover share take the defaults; set
// ones are used; a bad rule is refused.
func TestChainFileFees(t *testing.T) {
	base := File{ChainID: 7, Issued: (*hexutil.Big)(hexutil.MustDecodeBig("0x64")),
		MinStake: (*hexutil.Big)(hexutil.MustDecodeBig("0x1")), RewardDivisor: 10, HalvingSeconds: 10, Verifier: "devnet"}
	big := func(s string) *hexutil.Big { return (*hexutil.Big)(hexutil.MustDecodeBig(s)) }
	three := uint64(3)
	for _, tc := range []struct {
		name      string
		fees      *Fees
		prover    *uint64
		want      rollup.FeeRule
		wantBps   uint64
		wantError string
	}{
		{name: "defaults", want: rollup.DefaultFeeRule(common.Address{}), wantBps: rollup.DefaultProverBps},
		{name: "set", fees: &Fees{PerTx: big("0x5"), PerByte: big("0x2"), BurnBps: 100, Recipient: common.Address{9}}, prover: &three,
			want: rollup.FeeRule{PerTx: uint256.NewInt(5), PerByte: uint256.NewInt(2), BurnBps: 100, Recipient: common.Address{9}}, wantBps: 3},
		{name: "deploy default", fees: DefaultFees(common.Address{8}), want: rollup.DefaultFeeRule(common.Address{8}), wantBps: rollup.DefaultProverBps},
		{name: "no per-byte price", fees: &Fees{PerTx: big("0x5")}, wantError: "perTx and perByte"},
		{name: "burn above 100 %", fees: &Fees{PerTx: big("0x5"), PerByte: big("0x5"), BurnBps: 10001}, wantError: "burn share"},
		{name: "prover above 100 %", prover: func() *uint64 { v := uint64(10001); return &v }(), wantError: "prover share"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := base
			f.Fees, f.ProverBps = tc.fees, tc.prover
			cfg, err := f.Config(noKeys{})
			if tc.wantError != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantError) {
					t.Fatalf("error %v, want %q", err, tc.wantError)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Fees.PerTx.Cmp(tc.want.PerTx) != 0 || cfg.Fees.PerByte.Cmp(tc.want.PerByte) != 0 || cfg.Fees.BurnBps != tc.want.BurnBps ||
				cfg.Fees.Recipient != tc.want.Recipient || cfg.ProverBps != tc.wantBps {
				t.Fatalf("config fees %+v, prover %d; want %+v, %d", cfg.Fees, cfg.ProverBps, tc.want, tc.wantBps)
			}
		})
	}
}
