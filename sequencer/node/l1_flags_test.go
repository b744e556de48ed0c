package node

import (
	"testing"

	"github.com/urfave/cli/v2"
)

// TestDAL1Flags: batches are pinned unless --da.pin=false, and deposits are
// credited at the chain file's depth (0: L1 finality) unless
// --l1.confirmations says otherwise, 0 included.
func TestDAL1Flags(t *testing.T) {
	const chainFile = 5
	for _, tc := range []struct {
		name      string
		args      []string
		env       string
		noPin     bool
		confirmed uint64
	}{
		{"defaults", nil, "", false, chainFile},
		{"no pin", []string{"--da.pin=false"}, "", true, chainFile},
		{"depth", []string{"--l1.confirmations", "12"}, "", false, 12},
		{"finality over the chain file's depth", []string{"--l1.confirmations", "0"}, "", false, 0},
		{"env", nil, "3", false, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.env != "" {
				t.Setenv("NRN_SEQUENCER_L1_CONFIRMATIONS", tc.env)
			}
			var cfg CLIConfig
			app := &cli.App{Flags: Flags(), Action: func(c *cli.Context) error { cfg = ReadCLIConfig(c); return nil }}
			args := append([]string{"nrn-sequencer", "--chain", "c.json", "--data-dir", "d", "--l1", "http://l1", "--da", "http://da"}, tc.args...)
			if err := app.Run(args); err != nil {
				t.Fatal(err)
			}
			if cfg.DA.NoPin != tc.noPin {
				t.Errorf("DA.NoPin = %v, want %v", cfg.DA.NoPin, tc.noPin)
			}
			if got := confirmations(cfg.L1Confirms, chainFile); got != tc.confirmed {
				t.Errorf("confirmations = %d, want %d", got, tc.confirmed)
			}
		})
	}
}
