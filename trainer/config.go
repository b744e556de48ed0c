package trainer

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/da"
)

// Config configures a Daemon.
type Config struct {
	// DataDir holds the claim journal and the lock that keeps a second
	// daemon out. Required.
	DataDir string
	// MLSCs restricts the daemon to these MLSC ids; empty follows all.
	MLSCs []uint64
	// MinStake is the stake the daemon keeps: at start it stakes the
	// difference if the account holds less. It must be at least the chain's
	// minimum stake for commits to be accepted. Nil or zero stakes nothing.
	MinStake *uint256.Int
	// UnstakeOnExit makes Stop release the account's whole stake once the
	// loop has ended (Daemon.Unstake): after the claims of ended rounds are
	// released (a bounded wait); while a reveal's round has not ended the
	// STF would refuse, and Stop logs why it did not unstake.
	UnstakeOnExit bool
	// PollInterval is how often the daemon looks at L2.
	PollInterval time.Duration
	// TxTimeout bounds the wait for one transaction's inclusion.
	TxTimeout time.Duration
	// HTTPAddr, if set, serves GET /healthz and /metrics ("127.0.0.1:7300";
	// port 0 picks a free port, see Daemon.HTTPAddr).
	HTTPAddr string
	// Threads for training; 0 means GOMAXPROCS.
	Threads int
	// BatchSize overrides the MLSC's minibatch size if positive (smaller
	// batches need less memory; any batch size gives a valid claim).
	BatchSize int
	// Device trains on "cpu" (or empty), "cuda" or "cuda:N" (a binary
	// built with the cuda tag). New fails if the device cannot be used.
	Device string
	// MaxMemory caps the memory a round may take, in bytes (0: no cap). A
	// round whose dataset and model would not fit is skipped with an error
	// naming both, before the dataset is loaded. nrn-trainer's main also
	// makes it the Go runtime's soft memory limit (debug.SetMemoryLimit), a
	// process-wide setting the daemon leaves alone.
	MaxMemory uint64
}

// DefaultConfig returns a config with every default filled in except
// DataDir.
func DefaultConfig() Config {
	return Config{PollInterval: 2 * time.Second, TxTimeout: 2 * time.Minute}
}

// Check lists every problem with the config.
func (c *Config) Check() error {
	var errs []error
	if c.DataDir == "" {
		errs = append(errs, errors.New("trainer: data dir unset"))
	}
	if c.PollInterval <= 0 {
		errs = append(errs, fmt.Errorf("trainer: poll interval %s must be positive", c.PollInterval))
	}
	if c.TxTimeout <= 0 {
		errs = append(errs, fmt.Errorf("trainer: tx timeout %s must be positive", c.TxTimeout))
	}
	if c.HTTPAddr != "" {
		if _, _, err := net.SplitHostPort(c.HTTPAddr); err != nil {
			errs = append(errs, fmt.Errorf("trainer: HTTP address %q: %w", c.HTTPAddr, err))
		}
	}
	if c.Threads < 0 {
		errs = append(errs, fmt.Errorf("trainer: %d threads", c.Threads))
	}
	if _, err := parseDevice(c.Device); err != nil {
		errs = append(errs, fmt.Errorf("trainer: %w", err))
	}
	if c.BatchSize < 0 {
		errs = append(errs, fmt.Errorf("trainer: batch size %d", c.BatchSize))
	}
	if c.MaxMemory != 0 && c.MaxMemory < minMaxMemory {
		errs = append(errs, fmt.Errorf("trainer: max memory %s is below the %s the daemon itself needs", formatBytes(c.MaxMemory), formatBytes(minMaxMemory)))
	}
	seen := make(map[uint64]bool)
	for _, id := range c.MLSCs {
		if seen[id] {
			errs = append(errs, fmt.Errorf("trainer: MLSC %d listed twice", id))
		}
		seen[id] = true
	}
	return errors.Join(errs...)
}

// minMaxMemory is the smallest MaxMemory Check accepts.
const minMaxMemory = 64 << 20

// Deps are the daemon's collaborators. Log and Metrics may be nil (discard
// and a fresh Prometheus registry).
type Deps struct {
	Log log.Logger
	// Key signs every L2 transaction; its address is the trainer's.
	Key       *ecdsa.PrivateKey
	Sequencer SequencerClient
	DA        da.Store
	Metrics   Metricer
	// Blocks, if set, reads block timestamps to measure the block time
	// (RPCBlocks over the sequencer's RPC). Without it the daemon uses the
	// Sequencer if that implements BlockTimestamps, else it times the head
	// itself.
	Blocks BlockTimestamps
}

func (d *Deps) check() error {
	var errs []error
	if d.Key == nil {
		errs = append(errs, errors.New("trainer: no private key"))
	}
	if d.Sequencer == nil {
		errs = append(errs, errors.New("trainer: no sequencer client"))
	}
	if d.DA == nil {
		errs = append(errs, errors.New("trainer: no DA store"))
	}
	return errors.Join(errs...)
}
