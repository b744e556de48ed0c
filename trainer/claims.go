package trainer

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcapi"
	"github.com/neuron-rollup/neuron/rpcclient"
)

// The commit/reveal state machine of a journaled claim: committing (the
// Commit's hash journaled, maybe sent) → committed (on L2) → revealed, or
// abandoned with a reason. Each step journals before it sends, so a crash
// at any point resumes here without committing twice or losing a reveal.

func open(c *Claim) bool { return c.State == ClaimCommitting || c.State == ClaimCommitted }

func (d *Daemon) put(c *Claim) error {
	if err := d.journal.put(c); err != nil {
		return err
	}
	d.claims[roundKey{c.MLSC, c.Round}] = c
	return nil
}

func (d *Daemon) abandon(c *Claim, reason string) error {
	d.log.Warn("Claim abandoned", "mlsc", c.MLSC, "round", c.Round, "loss_sum", c.LossSum, "reason", reason)
	c.State, c.Reason = ClaimAbandoned, reason
	return d.put(c)
}

// ourCommit returns this trainer's commit record in a round, if any.
func (d *Daemon) ourCommit(r *rollup.Round) *rollup.CommitRecord {
	for i := range r.Commits {
		if r.Commits[i].Trainer == d.addr {
			return &r.Commits[i]
		}
	}
	return nil
}

// closeStale settles a claim whose reveal window has passed: revealed if L2
// says so, abandoned otherwise.
func (d *Daemon) closeStale(ctx context.Context, m *rpcapi.MLSCView, c *Claim) error {
	r, err := d.seq.Round(ctx, c.MLSC, c.Round)
	if err != nil {
		return fmt.Errorf("get round %d: %w", c.Round, err)
	}
	if rec := d.ourCommit(r); rec != nil && rec.Commitment == c.Commitment && rec.Revealed {
		c.State = ClaimRevealed
		d.metrics.RecordReveal(c.MLSC)
		d.log.Info("Claim revealed", "mlsc", c.MLSC, "round", c.Round, "loss_sum", c.LossSum)
		return d.put(c)
	}
	return d.abandon(c, fmt.Sprintf("round %d left its reveal window (now round %d, %s phase) before the claim was revealed", c.Round, m.Round, m.PhaseName))
}

// resolveCommit finds out whether a journaled Commit reached L2, and sends
// it again while the commit window is open if it did not.
func (d *Daemon) resolveCommit(ctx context.Context, m *rpcapi.MLSCView, c *Claim) error {
	st, err := d.seq.TxStatus(ctx, c.CommitTx)
	if err != nil {
		return fmt.Errorf("commit status: %w", err)
	}
	switch st.Status {
	case rpcapi.StatusIncluded:
		return d.committed(c)
	case rpcapi.StatusPending:
		if _, err := d.wait(ctx, c.CommitTx); err == nil {
			return d.committed(c)
		} else if !errors.Is(err, rpcclient.ErrTxRejected) {
			return err
		}
	}
	r, err := d.seq.Round(ctx, c.MLSC, c.Round)
	if err != nil {
		return fmt.Errorf("get round %d: %w", c.Round, err)
	}
	if rec := d.ourCommit(r); rec != nil {
		if rec.Commitment != c.Commitment {
			return d.abandon(c, fmt.Sprintf("L2 holds another commitment %s from this trainer for the round", rec.Commitment))
		}
		return d.committed(c)
	}
	if m.Round != c.Round || m.Phase != rollup.PhaseCommit {
		reason := "commit window closed before the commit landed"
		if st.Error != "" {
			reason += ": " + st.Error
		}
		return d.abandon(c, reason)
	}
	d.log.Info("Sending commit", "mlsc", c.MLSC, "round", c.Round, "loss_sum", c.LossSum, "previous_tx", c.CommitTx, "previous_status", st.Status)
	d.at("commit-resend", c.CommitTx)
	return d.sendCommit(ctx, c)
}

// sendCommit journals c with the hash of a freshly signed Commit, then
// sends it.
func (d *Daemon) sendCommit(ctx context.Context, c *Claim) error {
	_, err := d.send(ctx, func(n uint64) rollup.TxData { return c.Commit(n) }, func(tx *rollup.Tx) error {
		c.CommitTx, c.State = tx.Hash(), ClaimCommitting
		return d.put(c)
	})
	if err != nil {
		if errors.Is(err, rpcclient.ErrTxRejected) {
			d.log.Warn("Commit rejected", "mlsc", c.MLSC, "round", c.Round, "err", err)
		}
		return err // the claim stays committing: the next tick resolves it
	}
	return d.committed(c)
}

func (d *Daemon) committed(c *Claim) error {
	c.State = ClaimCommitted
	if err := d.put(c); err != nil {
		return err
	}
	d.metrics.RecordCommit(c.MLSC)
	d.at("claim-committed", c.CommitTx)
	d.log.Info("Claim committed", "mlsc", c.MLSC, "round", c.Round, "loss_sum", c.LossSum, "commitment", c.Commitment, "tx", c.CommitTx)
	return nil
}

// reveal opens a committed claim in the reveal window.
func (d *Daemon) reveal(ctx context.Context, m *rpcapi.MLSCView, c *Claim) error {
	r, err := d.seq.Round(ctx, c.MLSC, c.Round)
	if err != nil {
		return fmt.Errorf("get round %d: %w", c.Round, err)
	}
	rec := d.ourCommit(r)
	switch {
	case rec == nil:
		return d.abandon(c, "no commit from this trainer on L2")
	case rec.Commitment != c.Commitment:
		return d.abandon(c, fmt.Sprintf("L2 holds another commitment %s from this trainer for the round", rec.Commitment))
	case rec.Revealed:
		return d.revealed(c)
	}
	if c.RevealTx != (common.Hash{}) {
		st, err := d.seq.TxStatus(ctx, c.RevealTx)
		if err != nil {
			return fmt.Errorf("reveal status: %w", err)
		}
		switch st.Status {
		case rpcapi.StatusIncluded:
			return d.revealed(c)
		case rpcapi.StatusPending:
			d.log.Info("Waiting for the pending reveal", "mlsc", c.MLSC, "round", c.Round, "tx", c.RevealTx)
			d.at("reveal-pending", c.RevealTx)
			if _, err := d.wait(ctx, c.RevealTx); err == nil {
				return d.revealed(c)
			}
		}
	}
	d.log.Info("Revealing", "mlsc", c.MLSC, "round", c.Round, "loss_sum", c.LossSum,
		"checkpoint", c.CheckpointCID, "trace", c.TraceCID, "deadline_blocks", blocksLeft(m.RevealEnd, m.Height))
	rv, err := c.Reveal(0)
	if err != nil {
		return err
	}
	_, err = d.send(ctx, func(n uint64) rollup.TxData { rv.Nonce = n; return rv }, func(tx *rollup.Tx) error {
		c.RevealTx = tx.Hash()
		return d.put(c)
	})
	if err != nil {
		if st, serr := d.seq.TxStatus(ctx, c.RevealTx); serr == nil && st.Status == rpcapi.StatusRejected {
			d.log.Error("Reveal rejected", "mlsc", c.MLSC, "round", c.Round, "err", st.Error)
		}
		return err // retried on the next tick while the window is open
	}
	return d.revealed(c)
}

func (d *Daemon) revealed(c *Claim) error {
	c.State = ClaimRevealed
	if err := d.put(c); err != nil {
		return err
	}
	d.metrics.RecordReveal(c.MLSC)
	d.log.Info("Claim revealed", "mlsc", c.MLSC, "round", c.Round, "loss_sum", c.LossSum, "tx", c.RevealTx)
	return nil
}
