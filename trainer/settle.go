package trainer

import (
	"context"
	"fmt"
)

// How a revealed claim's round ended (Claim.Settled), recorded once the
// round has moved on: proven (a loss proof of its best reveal applied) or
// slashed (none applied in the proof window).
const (
	// SettledWon: this trainer's reveal was the round's best and its loss
	// proof applied; the trainer was paid the round's reward.
	SettledWon = "won"
	// SettledBeaten: another trainer's reveal was the round's best.
	SettledBeaten = "beaten"
	// SettledSlashed: this trainer's reveal was the round's best and no
	// loss proof of it applied before the proof window closed, so the chain
	// took up to its MinStake of the trainer's stake.
	SettledSlashed = "slashed"
)

// settle records how the round of revealed claim c ended, once L2 has
// settled it, and journals it so that each outcome is seen once, across
// restarts too. A slash of this trainer's stake is logged as an error and
// counted (nrn_trainer_slashed_total), and the stake is topped up again to
// Config.MinStake so that the daemon can go on committing.
func (d *Daemon) settle(ctx context.Context, c *Claim) error {
	r, err := d.seq.Round(ctx, c.MLSC, c.Round)
	if err != nil {
		return fmt.Errorf("get round %d: %w", c.Round, err)
	}
	if !r.Proven && !r.Slashed {
		return nil // the round's proof window is still open
	}
	ours := false
	if r.Best > 0 && int(r.Best) <= len(r.Reveals) {
		best := r.Reveals[r.Best-1]
		ours = best.Trainer == d.addr && best.WeightCommitment == c.WeightCommitment
	}
	switch {
	case ours && r.Slashed:
		c.Settled = SettledSlashed
		d.metrics.RecordSlash(c.MLSC)
		stake := "unknown"
		if acc, err := d.seq.Account(ctx, d.addr); err == nil {
			stake = toU256(acc.Stake).Dec()
		}
		d.log.Error("Stake slashed: our claim was the round's best and no loss proof of it applied before the proof window closed",
			"mlsc", c.MLSC, "round", c.Round, "loss_sum", c.LossSum, "stake_left", stake)
	case ours:
		c.Settled = SettledWon
		d.log.Info("Claim won: its loss proof applied", "mlsc", c.MLSC, "round", c.Round, "loss_sum", c.LossSum)
	default:
		c.Settled = SettledBeaten
		d.log.Info("Claim beaten: another trainer's claim was the round's best", "mlsc", c.MLSC, "round", c.Round, "loss_sum", c.LossSum)
	}
	if err := d.put(c); err != nil {
		return err
	}
	if c.Settled == SettledSlashed && !d.stopped.Load() {
		if err := d.ensureStake(ctx); err != nil {
			return fmt.Errorf("restake after the slash: %w", err)
		}
	}
	return nil
}
