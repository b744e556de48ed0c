// Package driver runs the light client against a live chain: it reads the
// Rollup's BatchSubmitted and ProofVerified events from an L1 node (and each
// batch's header from its submitBatch calldata), fetches
// each batch from a DA store, feeds the lightclient.Verifier and keeps its
// progress in a snapshot file so that a restarted run resumes where the
// last one stopped.
package driver

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/lightclient"
	"github.com/neuron-rollup/neuron/rollup"
)

// Line is what the driver says of one verified batch.
type Line struct {
	Batch       uint64      `json:"batch"`
	FirstBlock  uint64      `json:"firstBlock"`
	LastBlock   uint64      `json:"lastBlock"`
	Txs         int         `json:"txs"`
	Proofs      int         `json:"proofs"`
	Withdrawals uint64      `json:"withdrawals"`
	StateRoot   common.Hash `json:"stateRoot"`
	L1Block     uint64      `json:"l1Block"`
}

// String is the line's text form.
func (l Line) String() string {
	return fmt.Sprintf("batch %d ok: blocks %d-%d, %d txs, %d proofs, %d withdrawals, state root %s (L1 block %d)",
		l.Batch, l.FirstBlock, l.LastBlock, l.Txs, l.Proofs, l.Withdrawals, l.StateRoot, l.L1Block)
}

// Config configures a run.
type Config struct {
	Chain   *rollup.Config
	Genesis *rollup.Genesis
	// Snapshot is the progress file; "" keeps no progress.
	Snapshot string
	// DeployBlock is the L1 block the Rollup was deployed in: the first to
	// scan for batches.
	DeployBlock uint64
	// FromBatch: batches below it are re-executed but not reported (a
	// light client trusts no state it did not compute).
	FromBatch uint64
	// Follow keeps polling L1 for new batches until ctx ends; otherwise Run
	// returns once it has verified every batch L1 holds.
	Follow bool
	// Poll is the wait between polls and retries (default 2 s).
	Poll time.Duration
	// SaveEvery is the least time between two snapshot writes (0: after
	// every batch); the last progress is always saved when Run returns.
	SaveEvery time.Duration
}

// Check lists every problem.
func (c *Config) Check() error {
	var errs []error
	if c.Chain == nil {
		errs = append(errs, errors.New("lightclient driver: no chain config"))
	} else if err := c.Chain.Check(); err != nil {
		errs = append(errs, err)
	}
	if c.Genesis == nil {
		errs = append(errs, errors.New("lightclient driver: no genesis"))
	}
	if c.Poll < 0 || c.SaveEvery < 0 {
		errs = append(errs, errors.New("lightclient driver: negative poll or save interval"))
	}
	return errors.Join(errs...)
}

// Source is the driver's L1: the batches it settled, its block hashes and
// its deposit and forced queues.
// *L1 implements it over an L1 node.
type Source interface {
	lightclient.L1
	Head(ctx context.Context) (uint64, error)
	GenesisStateRoot(ctx context.Context) (common.Hash, error)
	Batches(ctx context.Context, from, to, fromIndex uint64) ([]*lightclient.BatchRecord, error)
}

var _ Source = (*L1)(nil)

// Deps are the driver's collaborators.
type Deps struct {
	L1  Source
	DA  da.Store
	Out func(Line) // called for each verified batch from FromBatch on; may be nil
}

// Run verifies batches from the snapshot (or genesis) on. It returns nil
// once caught up (without Follow) or when ctx ends (with Follow), a
// *lightclient.Report at the first divergence, or another error if L1 or DA
// fail (without Follow; with it they are retried). Progress is saved either
// way.
func Run(ctx context.Context, cfg Config, deps Deps) (err error) {
	if err := cfg.Check(); err != nil {
		return err
	}
	if cfg.Poll == 0 {
		cfg.Poll = 2 * time.Second
	}
	snap, err := loadOrGenesis(&cfg)
	if err != nil {
		return err
	}
	if snap.NextBatch == 0 {
		root, err := deps.L1.GenesisStateRoot(ctx)
		if err != nil {
			return err
		}
		if root != snap.Head.StateRoot {
			return fmt.Errorf("lightclient driver: the chain file's genesis state root is %s, the Rollup's %s: wrong chain file or Rollup", snap.Head.StateRoot, root)
		}
	}
	v, err := lightclient.New(cfg.Chain, deps.L1, &snap.Checkpoint)
	if err != nil {
		return err
	}
	state := newStateEntries(snap.Entries)
	snap.Entries = nil
	saved, dirty := time.Now(), false
	save := func() error {
		if cfg.Snapshot == "" || !dirty {
			return nil
		}
		snap.NextBatch, snap.Head, snap.Entries = v.NextBatch(), v.Head(), state.sorted()
		err := snap.Save(cfg.Snapshot)
		snap.Entries, saved, dirty = nil, time.Now(), false
		return err
	}
	defer func() { err = errors.Join(err, save()) }()
	for {
		n, err := step(ctx, &cfg, deps, v, snap, state, &dirty)
		var report *lightclient.Report
		switch {
		case errors.As(err, &report):
			return err
		case err != nil && (!cfg.Follow || ctx.Err() != nil):
			return err
		case err == nil && n == 0 && !cfg.Follow:
			return nil
		}
		if time.Since(saved) >= cfg.SaveEvery {
			if err := save(); err != nil {
				return fmt.Errorf("save snapshot: %w", err)
			}
		}
		if n > 0 && err == nil {
			continue // more may be waiting
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(cfg.Poll):
		}
	}
}

// step verifies the batches L1 holds beyond the verifier's and returns how
// many it verified.
func step(ctx context.Context, cfg *Config, deps Deps, v *lightclient.Verifier, snap *Snapshot, state stateEntries, dirty *bool) (int, error) {
	head, err := deps.L1.Head(ctx)
	if err != nil {
		return 0, err
	}
	from := max(snap.Scan, cfg.DeployBlock)
	if from > head {
		return 0, nil
	}
	recs, err := deps.L1.Batches(ctx, from, head, v.NextBatch())
	if err != nil {
		return 0, err
	}
	done := 0
	for _, rec := range recs {
		if rec.Index != v.NextBatch() {
			return done, fmt.Errorf("lightclient driver: L1 blocks %d-%d hold batch %d, not %d", from, head, rec.Index, v.NextBatch())
		}
		data, err := fetch(ctx, deps.DA, rec)
		if err != nil {
			return done, err
		}
		res, err := v.VerifyBatch(ctx, rec, data)
		if err != nil {
			return done, err
		}
		state.apply(res.Entries)
		snap.Scan, *dirty = rec.L1Block, true
		done++
		if deps.Out != nil && rec.Index >= cfg.FromBatch {
			deps.Out(Line{Batch: rec.Index, FirstBlock: res.FirstBlock, LastBlock: res.LastBlock, Txs: res.Txs,
				Proofs: len(res.Proofs), Withdrawals: res.Withdrawals, StateRoot: res.StateRoot, L1Block: rec.L1Block})
		}
	}
	return done, nil
}

// fetch gets a batch's bytes from DA. Bytes that do not match the CID are
// the sequencer's lie (a report); a missing object is an error to retry.
func fetch(ctx context.Context, store da.Store, rec *lightclient.BatchRecord) ([]byte, error) {
	c, err := cid.Cast(rec.CID)
	if err != nil {
		return nil, &lightclient.Report{Batch: rec.Index, Check: lightclient.ErrCID, Expected: "a CID", Found: fmt.Sprintf("%x (L1)", rec.CID), Err: err}
	}
	data, err := store.Get(ctx, c)
	switch {
	case errors.Is(err, da.ErrCorrupt), errors.Is(err, da.ErrBadCID):
		return nil, &lightclient.Report{Batch: rec.Index, Check: lightclient.ErrCID, Expected: c.String() + " (L1)", Found: "other bytes on DA", Err: err}
	case err != nil:
		return nil, fmt.Errorf("batch %d: DA object %s: %w", rec.Index, c, err)
	}
	return data, nil
}

// loadOrGenesis reads the snapshot file, or starts from genesis if there is
// none. A snapshot of another chain is refused.
func loadOrGenesis(cfg *Config) (*Snapshot, error) {
	if cfg.Snapshot != "" {
		s, err := LoadSnapshot(cfg.Snapshot)
		switch {
		case err == nil:
			if s.ChainID != cfg.Chain.ChainID || s.Rollup != cfg.Chain.Rollup {
				return nil, fmt.Errorf("lightclient driver: snapshot %s is of chain %d (Rollup %s), not %d (Rollup %s)",
					cfg.Snapshot, s.ChainID, s.Rollup, cfg.Chain.ChainID, cfg.Chain.Rollup)
			}
			return s, nil
		case !errors.Is(err, os.ErrNotExist):
			return nil, err
		}
	}
	cp, err := lightclient.GenesisCheckpoint(cfg.Genesis)
	if err != nil {
		return nil, err
	}
	return &Snapshot{ChainID: cfg.Chain.ChainID, Rollup: cfg.Chain.Rollup, Checkpoint: *cp}, nil
}
