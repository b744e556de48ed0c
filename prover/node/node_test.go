package node

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
	"github.com/urfave/cli/v2"
)

// readFlags parses nrn-prover's flags with the required ones set, plus
// args, and checks the config.
func readFlags(t *testing.T, args ...string) (CLIConfig, error) {
	t.Helper()
	var cfg CLIConfig
	app := &cli.App{Flags: Flags(), Action: func(c *cli.Context) error { cfg = ReadCLIConfig(c); return nil }}
	key := "0x" + common.Bytes2Hex(common.LeftPadBytes([]byte{1}, 32))
	base := []string{"nrn-prover", "--sequencer", "http://seq", "--da-dir", t.TempDir(), "--private-key", key}
	require.NoError(t, app.Run(append(base, args...)))
	return cfg, cfg.Check()
}

// TestRewardAddressFlag: --reward-address (or NRN_PROVER_REWARD_ADDRESS)
// names who is paid the prover share; unset, the signing key is; anything
// but a non-zero address is refused by Check.
func TestRewardAddressFlag(t *testing.T) {
	addr := common.HexToAddress("0x00000000000000000000000000000000000000ee")
	for _, tc := range []struct {
		name string
		args []string
		env  string
		want common.Address
		bad  string
	}{
		{name: "unset: the signing key", want: common.Address{}},
		{name: "flag", args: []string{"--reward-address", addr.Hex()}, want: addr},
		{name: "env", env: addr.Hex(), want: addr},
		{name: "not an address", args: []string{"--reward-address", "0x1234"}, bad: "not an address"},
		{name: "zero address", args: []string{"--reward-address", common.Address{}.Hex()}, bad: "zero address"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.env != "" {
				t.Setenv("NRN_PROVER_REWARD_ADDRESS", tc.env)
			}
			cfg, err := readFlags(t, tc.args...)
			if tc.bad != "" {
				require.ErrorContains(t, err, tc.bad)
				return
			}
			require.NoError(t, err)
			got, err := cfg.rewardTo()
			require.NoError(t, err)
			require.Equal(t, tc.want, got)
		})
	}
}
