package keys

import (
	"testing"

	"github.com/urfave/cli/v2"
)

// TestCLIFlags: the signer flags read from arguments and the env, and
// Check wants exactly one key source and a password file with a keystore.
func TestCLIFlags(t *testing.T) {
	const hexKey = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
	for _, tc := range []struct {
		name    string
		args    []string
		env     map[string]string
		want    CLIConfig
		wantErr bool
	}{
		{name: "hex key", args: []string{"--private-key", hexKey}, want: CLIConfig{PrivateKey: hexKey}},
		{name: "keystore", args: []string{"--keystore", "k.json", "--password-file", "pw"}, want: CLIConfig{Keystore: "k.json", PasswordFile: "pw"}},
		{name: "env", env: map[string]string{"NRN_X_PRIVATE_KEY": hexKey}, want: CLIConfig{PrivateKey: hexKey}},
		{name: "none", wantErr: true},
		{name: "both", args: []string{"--private-key", hexKey, "--keystore", "k.json", "--password-file", "pw"},
			want: CLIConfig{PrivateKey: hexKey, Keystore: "k.json", PasswordFile: "pw"}, wantErr: true},
		{name: "keystore without password", args: []string{"--keystore", "k.json"}, want: CLIConfig{Keystore: "k.json"}, wantErr: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			var got CLIConfig
			app := &cli.App{Flags: CLIFlags("NRN_X", "tests"), Action: func(c *cli.Context) error { got = ReadCLIConfig(c); return nil }}
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
	if _, err := (CLIConfig{PrivateKey: hexKey}).Load(); err != nil {
		t.Fatal(err)
	}
}
