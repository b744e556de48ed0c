package challenge

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/l1errors"
	"github.com/neuron-rollup/neuron/lightclient"
	"github.com/neuron-rollup/neuron/lightclient/driver"
)

// Backend is what the watcher needs of an L1 node (ethclient.Client has it).
type Backend interface {
	driver.Backend
	bind.DeployBackend
}

// WatchConfig configures Watch.
type WatchConfig struct {
	// Driver is the light client's run; Snapshot must be set (the state before a diverging
	// batch is read back from it) and Follow is forced on.
	Driver driver.Config
	// Rollup is the Rollup contract's address.
	Rollup common.Address
}

// WatchDeps are Watch's collaborators.
type WatchDeps struct {
	L1 Backend
	DA da.Store
	// Opts signs and pays for the challenge (its sender receives the bond).
	Opts *bind.TransactOpts
	// Out is told of each verified batch and of what the watcher does; may be nil.
	Out func(string)
}

// Outcome is what Watch did at a divergence.
type Outcome struct {
	Report    *lightclient.Report
	Challenge *Challenge
	Tx        common.Hash
	GasUsed   uint64
	// Removed is the BatchesRemoved event of the challenge: the batches removed and the bond
	// paid to the challenger.
	Removed *bindings.RollupBatchesRemoved
	// Bisection is set when the batch's data did not open its stepRoot and the watcher played
	// the leaf-reveal game: the leaves it requested, and either the challenge the revealed
	// leaves allowed (then Challenge, Tx and Removed are the challenge's) or the removal for
	// an unrevealed leaf (Challenge nil; Tx, GasUsed and Removed are the removal's).
	Bisection *Bisection
	// Unavailable is set when the watcher played the data-availability game: it challenged
	// chunks of a batch whose data was not on DA (or not the bytes L1 committed to) and
	// either read the resolved chunks back from L1 (Removed nil there; the run went on) or
	// removed the batch after the resolve window (then Report and Challenge are nil).
	Unavailable *DAOutcome
}

// ErrFinal: the diverging batch is final on L1; it can no longer be challenged.
var ErrFinal = errors.New("challenge: the batch is final")

// Watch follows L1 with the light client (driver.Run with Follow) until ctx ends (nil, nil)
// or the first divergence. A batch whose data DA does not serve (after the store's own
// retries), or serves other bytes than the CID or data hash L1 holds, is challenged on L1's
// DataChallenge chunk by chunk (chunk 0 first, which tells the data's length, then every
// chunk); once every chunk is resolved the batch is read back from the resolutions' calldata
// and verified as any other; once a challenge is past its deadline unresolved the watcher
// removes the batch and every later one (the sequencer's bond goes to the challenger) and
// returns (Outcome.Unavailable). At a divergence in a batch still inside its finalization window
// it builds the challenge of the first thing L1 can prove wrong (Build), sends it, and
// returns what it did; the challenge's removal of the batch is checked on its receipt. When
// the batch's data is there but its trace does not open L1's stepRoot, the watcher plays the
// leaf-reveal game first (DAGame.Bisect): the sequencer must reveal the leaves it committed
// to, and the step where they turn wrong is challenged, or the batch removed when a reveal
// does not come. A divergence that is not provable on L1 (ErrNoFraud,
// ErrUnopenable, ErrUnprovable) or in a
// final batch (ErrFinal) comes back as an error wrapping the reason, with the Outcome's
// Report set.
func Watch(ctx context.Context, cfg WatchConfig, deps WatchDeps) (*Outcome, error) {
	if cfg.Driver.Snapshot == "" {
		return nil, errors.New("challenge: the watcher needs a snapshot file")
	}
	if deps.Opts == nil {
		return nil, errors.New("challenge: no key to send challenges with")
	}
	say := func(format string, args ...any) {
		if deps.Out != nil {
			deps.Out(fmt.Sprintf(format, args...))
		}
	}
	dcfg := cfg.Driver
	dcfg.Follow = true
	l1 := driver.NewL1(deps.L1, cfg.Rollup)
	game, err := NewDAGame(ctx, deps.L1, cfg.Rollup, dcfg.DeployBlock)
	if err != nil {
		return nil, err
	}
	var report *lightclient.Report
	var av *availability
	distrust := map[cid.Cid]bool{}
	for {
		runCtx, cancel := context.WithCancel(ctx)
		av = &availability{Store: deps.DA, game: game, l1: l1, opts: deps.Opts, from: dcfg.DeployBlock, snap: dcfg.Snapshot, say: say, cancel: cancel, distrust: distrust}
		err = driver.Run(runCtx, dcfg, driver.Deps{L1: l1, DA: av, Out: func(l driver.Line) { say("%s", l) }})
		cancel()
		switch {
		case errors.Is(av.err, errRemoved):
			return &Outcome{Unavailable: av.outcome}, nil
		case av.err != nil:
			return &Outcome{Unavailable: av.outcome}, av.err
		case !errors.As(err, &report):
			if ctx.Err() != nil {
				return nil, nil // ctx ended (an L1 call it cut short may have returned its error)
			}
			return nil, err
		}
		if !errors.Is(report, lightclient.ErrCID) && !errors.Is(report, lightclient.ErrDataHash) {
			break
		}
		// The bytes on DA are not the ones L1 committed to: for L1 the data is unavailable.
		c, err := cidOf(ctx, l1, dcfg.DeployBlock, report.Batch)
		if err != nil || distrust[c] {
			return &Outcome{Report: report, Unavailable: av.outcome}, fmt.Errorf("batch %d: %w (%v)", report.Batch, report, err)
		}
		say("divergence: %v: challenging its data's availability", report)
		distrust[c] = true
	}
	out := &Outcome{Report: report, Unavailable: av.outcome}
	say("divergence: %v", report)

	// The state before the batch is the snapshot's: Run keeps the verified progress.
	pre, scan, err := preState(&dcfg, report.Batch)
	if err != nil {
		return out, err
	}
	rb := bindings.NewRollup()
	inst := rb.Instance(deps.L1, cfg.Rollup)
	final, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, rb.PackIsFinalized(report.Batch), rb.UnpackIsFinalized)
	if err != nil {
		return out, fmt.Errorf("Rollup.isFinalized(%d): %w", report.Batch, err)
	}
	if final {
		return out, fmt.Errorf("%w: batch %d: too late to challenge (%w)", ErrFinal, report.Batch, report)
	}
	head, err := l1.Head(ctx)
	if err != nil {
		return out, err
	}
	recs, err := l1.Batches(ctx, max(scan, dcfg.DeployBlock), head, report.Batch)
	if err != nil {
		return out, err
	}
	if len(recs) == 0 || recs[0].Index != report.Batch {
		return out, fmt.Errorf("challenge: L1 no longer holds batch %d", report.Batch)
	}
	rec := recs[0]
	c, err := cid.Cast(rec.CID)
	if err != nil {
		return out, fmt.Errorf("%w: batch %d's CID: %w", ErrUnopenable, rec.Index, err)
	}
	data, err := av.Get(ctx, c)
	if err != nil {
		return out, fmt.Errorf("batch %d: DA object %s: %w", rec.Index, c, err)
	}
	ch, err := Build(dcfg.Chain, pre, rec, data)
	if errors.Is(err, ErrUnopenable) && rec.StepCount > 0 {
		// The data is there but its trace does not open stepRoot: make the sequencer reveal
		// the leaves it committed to.
		say("batch %d: %v: requesting the sequencer's committed leaves", rec.Index, err)
		out.Bisection, err = game.Bisect(ctx, dcfg.Chain, pre, rec, data, deps.Opts, dcfg.Poll, deps.Out)
		if err == nil && out.Bisection.Removed != nil {
			out.Tx, out.GasUsed, out.Removed = out.Bisection.Tx, out.Bisection.GasUsed, out.Bisection.Removed
			return out, nil
		}
		if err == nil {
			ch = out.Bisection.Challenge
		}
	}
	if err != nil {
		return out, fmt.Errorf("batch %d: %w (divergence: %w)", rec.Index, err, report)
	}
	out.Challenge = ch
	say("challenging batch %d: %s", ch.Batch, ch.Reason)
	opts := *deps.Opts
	opts.Context = ctx
	tx, err := bind.Transact(inst, &opts, ch.Calldata)
	if err != nil {
		return out, fmt.Errorf("send challenge of batch %d: %w", ch.Batch, l1errors.Decode(err))
	}
	out.Tx = tx.Hash()
	rcpt, err := bind.WaitMined(ctx, deps.L1, tx.Hash())
	if err != nil {
		return out, fmt.Errorf("wait for challenge tx %s: %w", tx.Hash(), err)
	}
	out.GasUsed = rcpt.GasUsed
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return out, fmt.Errorf("challenge tx %s of batch %d reverted", tx.Hash(), ch.Batch)
	}
	for _, lg := range rcpt.Logs {
		if ev, err := rb.UnpackBatchesRemovedEvent(lg); err == nil {
			out.Removed = ev
		}
	}
	if out.Removed == nil {
		return out, fmt.Errorf("challenge tx %s of batch %d removed nothing", tx.Hash(), ch.Batch)
	}
	say("challenge tx %s (%d gas): batches %d-%d removed, %s wei of the bond paid to %s", tx.Hash(), rcpt.GasUsed,
		out.Removed.Index, out.Removed.Index+out.Removed.Count-1, out.Removed.Paid, out.Removed.Challenger)
	return out, nil
}

// cidOf is the CID of batch index's newest record on L1.
func cidOf(ctx context.Context, l1 *driver.L1, from, index uint64) (cid.Cid, error) {
	head, err := l1.Head(ctx)
	if err != nil {
		return cid.Undef, err
	}
	recs, err := l1.Batches(ctx, from, head, index)
	if err != nil {
		return cid.Undef, err
	}
	if len(recs) == 0 || recs[0].Index != index {
		return cid.Undef, fmt.Errorf("challenge: L1 no longer holds batch %d", index)
	}
	return cid.Cast(recs[0].CID)
}

// preState is the verified state before batch index, from the snapshot Run kept (genesis if
// it kept none yet), and the L1 block to scan from for the batch.
func preState(cfg *driver.Config, index uint64) (*lightclient.Checkpoint, uint64, error) {
	snap, err := driver.LoadSnapshot(cfg.Snapshot)
	switch {
	case errors.Is(err, os.ErrNotExist):
		cp, err := lightclient.GenesisCheckpoint(cfg.Genesis)
		return cp, 0, err
	case err != nil:
		return nil, 0, err
	}
	if snap.NextBatch != index {
		return nil, 0, fmt.Errorf("challenge: the snapshot is at batch %d, the divergence at %d", snap.NextBatch, index)
	}
	return &snap.Checkpoint, snap.Scan, nil
}
