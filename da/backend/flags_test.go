package backend

import (
	"testing"

	"github.com/urfave/cli/v2"
)

// TestCLIFlags: the DA flags read from arguments and the env, pin by
// default, and Check wants exactly one of --da and --da-dir.
func TestCLIFlags(t *testing.T) {
	for _, tc := range []struct {
		name    string
		args    []string
		env     map[string]string
		want    CLIConfig
		wantErr bool
	}{
		{name: "url", args: []string{"--da", "http://da"}, want: CLIConfig{URL: "http://da"}},
		{name: "dir, no pin", args: []string{"--da-dir", "d", "--da.pin=false"}, want: CLIConfig{Dir: "d", NoPin: true}},
		{name: "env", env: map[string]string{"NRN_X_DA_DIR": "e", "NRN_X_DA_PIN": "false"}, want: CLIConfig{Dir: "e", NoPin: true}},
		{name: "neither", wantErr: true},
		{name: "both", args: []string{"--da", "http://da", "--da-dir", "d"}, want: CLIConfig{URL: "http://da", Dir: "d"}, wantErr: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			var got CLIConfig
			app := &cli.App{Flags: CLIFlags("NRN_X"), Action: func(c *cli.Context) error { got = ReadCLIConfig(c); return nil }}
			if err := app.Run(append([]string{"x"}, tc.args...)); err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Fatalf("config %+v, want %+v", got, tc.want)
			}
			if err := got.Check(); (err != nil) != tc.wantErr {
				t.Fatalf("Check() = %v, want error %v", err, tc.wantErr)
			}
		})
	}
}
