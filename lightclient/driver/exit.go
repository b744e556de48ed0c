package driver

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/neuron-rollup/neuron/lightclient"
)

// ErrNotSettled is wrapped by ReplayTo when L1 holds fewer batches than asked.
var ErrNotSettled = errors.New("lightclient driver: L1 has not settled that many batches")

// ExitBatches is the number of batches whose state the Bridge pays exits
// against: Rollup.exodusState's in exodus; otherwise the batches final now
// (Rollup.finalizedCount), which is what an exodus entered now would take.
// inExodus says which.
func (l *L1) ExitBatches(ctx context.Context) (batches uint64, inExodus bool, err error) {
	opts := &bind.CallOpts{Context: ctx}
	inExodus, err = bind.Call(l.rollup, opts, l.binding.PackExodus(), l.binding.UnpackExodus)
	if err != nil {
		return 0, false, fmt.Errorf("Rollup.exodus: %w", err)
	}
	if inExodus {
		s, err := bind.Call(l.rollup, opts, l.binding.PackExodusState(), l.binding.UnpackExodusState)
		if err != nil {
			return 0, true, fmt.Errorf("Rollup.exodusState: %w", err)
		}
		return s.Batches, true, nil
	}
	n, err := bind.Call(l.rollup, opts, l.binding.PackFinalizedCount(), l.binding.UnpackFinalizedCount)
	if err != nil {
		return 0, false, fmt.Errorf("Rollup.finalizedCount: %w", err)
	}
	return n, false, nil
}

// ReplayTo re-executes the first `batches` batches L1 settled, from genesis,
// with every check of Run, and returns the checkpoint after the last: the
// state an exit proof is taken from (lightclient.BuildExitProof). It keeps
// no snapshot (cfg.Snapshot, Follow and FromBatch are ignored) and reports
// nothing. A divergence is a *lightclient.Report; ErrNotSettled if L1 has
// fewer batches.
func ReplayTo(ctx context.Context, cfg Config, deps Deps, batches uint64) (*lightclient.Checkpoint, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cp, err := lightclient.GenesisCheckpoint(cfg.Genesis)
	if err != nil {
		return nil, err
	}
	root, err := deps.L1.GenesisStateRoot(ctx)
	if err != nil {
		return nil, err
	}
	if root != cp.Head.StateRoot {
		return nil, fmt.Errorf("lightclient driver: the chain file's genesis state root is %s, the Rollup's %s: wrong chain file or Rollup", cp.Head.StateRoot, root)
	}
	v, err := lightclient.New(cfg.Chain, deps.L1, cp)
	if err != nil {
		return nil, err
	}
	state := newStateEntries(cp.Entries)
	head, err := deps.L1.Head(ctx)
	if err != nil {
		return nil, err
	}
	if batches > 0 {
		recs, err := deps.L1.Batches(ctx, cfg.DeployBlock, head, 0)
		if err != nil {
			return nil, err
		}
		for _, rec := range recs {
			if v.NextBatch() == batches {
				break
			}
			if rec.Index != v.NextBatch() {
				return nil, fmt.Errorf("lightclient driver: L1 holds batch %d where %d was expected", rec.Index, v.NextBatch())
			}
			data, err := fetch(ctx, deps.DA, rec)
			if err != nil {
				return nil, err
			}
			res, err := v.VerifyBatch(ctx, rec, data)
			if err != nil {
				return nil, err
			}
			state.apply(res.Entries)
		}
	}
	if v.NextBatch() != batches {
		return nil, fmt.Errorf("%w: %d, asked for %d", ErrNotSettled, v.NextBatch(), batches)
	}
	return &lightclient.Checkpoint{NextBatch: v.NextBatch(), Head: v.Head(), Entries: state.sorted()}, nil
}
