package chainfile

import (
	"bytes"
	"encoding/json"
	"errors"
	mathbig "math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

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
		{name: "set", fees: &Fees{MinBaseFee: big("0x5"), TargetUnits: 2_000, BurnBps: 100, Recipient: common.Address{9}}, prover: &three,
			want: rollup.FeeRule{MinBaseFee: uint256.NewInt(5), TargetUnits: 2_000, BurnBps: 100, Recipient: common.Address{9}}, wantBps: 3},
		{name: "deploy default", fees: DefaultFees(common.Address{8}), want: rollup.DefaultFeeRule(common.Address{8}), wantBps: rollup.DefaultProverBps},
		{name: "no target", fees: &Fees{MinBaseFee: big("0x5")}, wantError: "minBaseFee and targetUnits"},
		{name: "no floor", fees: &Fees{TargetUnits: 5}, wantError: "minBaseFee and targetUnits"},
		{name: "zero floor", fees: &Fees{MinBaseFee: big("0x0"), TargetUnits: 5}, wantError: "zero minimum base fee"},
		{name: "burn above 100 %", fees: &Fees{MinBaseFee: big("0x5"), TargetUnits: 5, BurnBps: 10001}, wantError: "burn share"},
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
			if cfg.Fees.MinBaseFee.Cmp(tc.want.MinBaseFee) != 0 || cfg.Fees.TargetUnits != tc.want.TargetUnits || cfg.Fees.BurnBps != tc.want.BurnBps ||
				cfg.Fees.Recipient != tc.want.Recipient || cfg.ProverBps != tc.wantBps {
				t.Fatalf("config fees %+v, prover %d; want %+v, %d", cfg.Fees, cfg.ProverBps, tc.want, tc.wantBps)
			}
		})
	}
}

// TestChainFileDeltaSettings: the training-set governance settings
// (deltaPeriod, minDeltaDeposit, deltaRewardDivisor) are optional, reach the
// chain config when set, keep rollup.Config's defaults when omitted (and are
// then not written), and out-of-range values are refused by Read and Config.
func TestChainFileDeltaSettings(t *testing.T) {
	base := File{ChainID: 7, Issued: (*hexutil.Big)(hexutil.MustDecodeBig("0x64")),
		MinStake: (*hexutil.Big)(hexutil.MustDecodeBig("0x5")), RewardDivisor: 10, HalvingSeconds: 10, Verifier: KeySetDevnet}
	big := func(s string) *hexutil.Big { return (*hexutil.Big)(hexutil.MustDecodeBig(s)) }
	for _, tc := range []struct {
		name        string
		edit        func(f *File)
		period      uint64 // cfg.DeltaPeriodOrDefault()
		deposit     uint64 // cfg.MinDeltaDepositOrDefault()
		divisor     uint64 // cfg.DeltaRewardDivisor
		wantErr     string
		wantWritten []string // JSON keys present
	}{
		{name: "omitted: defaults", edit: func(*File) {}, period: rollup.DefaultDeltaPeriod, deposit: 5},
		{name: "all set", edit: func(f *File) { f.DeltaPeriod, f.MinDeltaDeposit, f.DeltaRewardDivisor = 40, big("0x2a"), 1000 },
			period: 40, deposit: 42, divisor: 1000, wantWritten: []string{"deltaPeriod", "minDeltaDeposit", "deltaRewardDivisor"}},
		{name: "period only", edit: func(f *File) { f.DeltaPeriod = 1 }, period: 1, deposit: 5, wantWritten: []string{"deltaPeriod"}},
		{name: "longest period", edit: func(f *File) { f.DeltaPeriod = rollup.MaxPeriod }, period: rollup.MaxPeriod, deposit: 5, wantWritten: []string{"deltaPeriod"}},
		{name: "period too long", edit: func(f *File) { f.DeltaPeriod = rollup.MaxPeriod + 1 }, wantErr: "deltaPeriod"},
		{name: "zero deposit", edit: func(f *File) { f.MinDeltaDeposit = big("0x0") }, wantErr: "minDeltaDeposit"},
		{name: "deposit overflows", edit: func(f *File) { f.MinDeltaDeposit = (*hexutil.Big)(new(mathbig.Int).Lsh(mathbig.NewInt(1), 256)) }, wantErr: "minDeltaDeposit"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := base
			tc.edit(&f)
			path := filepath.Join(t.TempDir(), "chain.json")
			require.NoError(t, f.Write(path))
			raw, err := os.ReadFile(path)
			require.NoError(t, err)
			var keys map[string]json.RawMessage
			require.NoError(t, json.Unmarshal(raw, &keys))
			for _, k := range []string{"deltaPeriod", "minDeltaDeposit", "deltaRewardDivisor"} {
				if _, ok := keys[k]; ok != slices.Contains(tc.wantWritten, k) && tc.wantErr == "" {
					t.Fatalf("%s written: %v, want %v", k, ok, !ok)
				}
			}
			read, rerr := Read(path)
			cfg, cerr := f.Config(noKeys{})
			if tc.wantErr != "" {
				require.ErrorContains(t, rerr, tc.wantErr, "Read")
				require.ErrorContains(t, cerr, tc.wantErr, "Config")
				return
			}
			require.NoError(t, rerr)
			require.NoError(t, cerr)
			back, err := read.Config(noKeys{})
			require.NoError(t, err)
			for _, c := range []*rollup.Config{cfg, back} {
				require.Equal(t, tc.period, c.DeltaPeriodOrDefault())
				require.Equal(t, tc.deposit, c.MinDeltaDepositOrDefault().Uint64())
				require.Equal(t, tc.divisor, c.DeltaRewardDivisor)
			}
		})
	}
}
