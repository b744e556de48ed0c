package keys

import (
	"crypto/ecdsa"
	"errors"

	opservice "github.com/ethereum-optimism/optimism/op-service"
	"github.com/urfave/cli/v2"
)

// The signer flags every service shares.
const (
	PrivateKeyFlagName   = "private-key"
	KeystoreFlagName     = "keystore"
	PasswordFileFlagName = "password-file"
)

// CLIFlags are the flags of the key a service signs with, whose
// environment variables start with envPrefix (NRN_PROVER_PRIVATE_KEY, ...);
// signs says what the key signs ("batch submissions").
func CLIFlags(envPrefix, signs string) []cli.Flag {
	env := func(name string) []string { return opservice.PrefixEnvVar(envPrefix, name) }
	return []cli.Flag{
		&cli.StringFlag{Name: PrivateKeyFlagName, Usage: "hex key that signs " + signs + " (development only)", EnvVars: env("PRIVATE_KEY")},
		&cli.StringFlag{Name: KeystoreFlagName, Usage: "Ethereum keystore file of the key that signs " + signs, EnvVars: env("KEYSTORE")},
		&cli.StringFlag{Name: PasswordFileFlagName, Usage: "file holding the keystore password", EnvVars: env("PASSWORD_FILE")},
	}
}

// CLIConfig is what the signer flags say.
type CLIConfig struct {
	PrivateKey, Keystore, PasswordFile string
}

// ReadCLIConfig reads the signer flags.
func ReadCLIConfig(c *cli.Context) CLIConfig {
	return CLIConfig{PrivateKey: c.String(PrivateKeyFlagName), Keystore: c.String(KeystoreFlagName), PasswordFile: c.String(PasswordFileFlagName)}
}

// Check lists every problem with the signer flags: exactly one of
// --private-key and --keystore, and a password file with a keystore.
func (c CLIConfig) Check() error {
	var errs []error
	if (c.PrivateKey == "") == (c.Keystore == "") {
		errs = append(errs, errors.New("give exactly one of --private-key and --keystore"))
	}
	if c.Keystore != "" && c.PasswordFile == "" {
		errs = append(errs, errors.New("--keystore needs --password-file"))
	}
	return errors.Join(errs...)
}

// Load loads the key the flags name (Load).
func (c CLIConfig) Load() (*ecdsa.PrivateKey, error) {
	return Load(c.PrivateKey, c.Keystore, c.PasswordFile)
}
