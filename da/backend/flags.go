package backend

import (
	"errors"

	opservice "github.com/ethereum-optimism/optimism/op-service"
	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/retry"
)

// The DA flags every service shares.
const (
	URLFlagName = "da"
	DirFlagName = "da-dir"
	PinFlagName = "da.pin"
)

// CLIFlags are the DA flags of a service whose environment variables start
// with envPrefix (NRN_SEQUENCER_DA, ..._DA_DIR, ..._DA_PIN).
func CLIFlags(envPrefix string) []cli.Flag {
	env := func(name string) []string { return opservice.PrefixEnvVar(envPrefix, name) }
	return []cli.Flag{
		&cli.StringFlag{Name: URLFlagName, Usage: "DA HTTP API URL (kubo-compatible); or --da-dir", EnvVars: env("DA")},
		&cli.StringFlag{Name: DirFlagName, Usage: "embedded DA store directory; or --da", EnvVars: env("DA_DIR")},
		&cli.BoolFlag{Name: PinFlagName, Value: true, Usage: "pin what this service puts on a kubo node (--da) so that `ipfs repo gc` keeps it; --da.pin=false leaves pinning to the operator", EnvVars: env("DA_PIN")},
	}
}

// CLIConfig is what the DA flags say: the backend's Options.
type CLIConfig Options

// ReadCLIConfig reads the DA flags.
func ReadCLIConfig(c *cli.Context) CLIConfig {
	return CLIConfig{URL: c.String(URLFlagName), Dir: c.String(DirFlagName), NoPin: !c.Bool(PinFlagName)}
}

// Check says what is wrong with the DA flags: exactly one of --da and
// --da-dir must be given.
func (c CLIConfig) Check() error {
	if (c.URL == "") == (c.Dir == "") {
		return errors.New("give exactly one of --da and --da-dir")
	}
	return nil
}

// Open opens the backend the flags name.
func (c CLIConfig) Open() (da.Store, error) { return Options(c).Open() }

// OpenRetrying opens the backend the flags name behind da/retry with o: a
// DA node that is down or slow for a while costs retries with backoff and,
// when they run out, an error naming the operation (wrapping
// retry.ErrUnavailable), never a skipped object. The services that read
// and write DA outside a block loop (prover, trainer, light client) open it
// this way with retry.DefaultOptions.
func (c CLIConfig) OpenRetrying(o retry.Options, logger log.Logger) (da.Store, error) {
	s, err := c.Open()
	if err != nil {
		return nil, err
	}
	return retry.New(s, o, logger)
}
