package rollup

import (
	"slices"

	"github.com/ethereum/go-ethereum/common"
)

// createKeys are the keys StepMLSC reads and writes for create-mlsc tx from `from` (applied:
// whether it applies; if not, the two it decides on): the globals, read only (the base fee,
// the L1 view for the deadline, NextMLSC and the height, fees on or off), the sender, then the
// new MLSC (pre.NextMLSC), its first round, the due record of its commit window's end
// (State.schedule), the fee recipient if it is paid and is not the sender, and the globals
// (NextMLSC and the units).
func createKeys(cfg *Config, pre *Globals, tx *Tx, from common.Address, applied bool) []StepKey {
	d, ok := tx.Data().(*CreateMLSC)
	if !ok {
		return nil
	}
	keys := []StepKey{{Key: GlobalsKey(), ReadOnly: true}, {Key: AccountKey(from), ReadOnly: !applied}}
	if !applied {
		return keys
	}
	id := pre.NextMLSC
	keys = append(keys, StepKey{Key: MLSCKey(id)}, StepKey{Key: RoundKey(id, 1)}, StepKey{Key: DueKey(pre.Height + d.Spec.CommitBlocks)})
	if _, paid := cfg.Fees.FeeSplit(cfg.Fee(tx, pre.BaseFee)); !paid.IsZero() && cfg.Fees.Recipient != from {
		keys = append(keys, StepKey{Key: AccountKey(cfg.Fees.Recipient)})
	}
	return append(keys, StepKey{Key: GlobalsKey()})
}

// lossKeys are the keys StepMLSC and StepProofs touch for loss proof tx from `from` on state
// s (after it), rc its receipt if it applied (nil if not): the three StepMLSC decides on, the
// MLSC and the sender's nonce read only (a loss proof pays no fee), then the round (read only
// unless it applied: then read and written at once, Proven, its record the largest); if it
// applied, then StepProofs': the globals (Issued), the accounts it credits or counts up (the
// best revealer, the sender, the payee of a non-zero prover share: its RewardTo or the
// sender) once each in increasing address order, the model (recordWin), the MLSC, and, if its
// proof window ends after the next height, the due records at the next height (where
// State.schedule files it) and at its proof end (where it was).
func lossKeys(s *State, tx *Tx, from common.Address, rc *Receipt) []StepKey {
	d, ok := tx.Data().(*LossProof)
	if !ok {
		return nil
	}
	keys := []StepKey{{Key: MLSCKey(d.MLSC), ReadOnly: true}, {Key: AccountKey(from), ReadOnly: true},
		{Key: RoundKey(d.MLSC, d.Round), ReadOnly: true}}
	m, okm := s.mlscs[d.MLSC]
	r, okr := s.rounds[[2]uint64{d.MLSC, d.Round}]
	if rc == nil || !okm || !okr || r.Best == 0 || r.Best > uint64(len(r.Reveals)) {
		return keys
	}
	keys[2].ReadOnly = false // read and written at once: proven
	accounts := []common.Address{r.Reveals[r.Best-1].Trainer, from}
	if rc.ProverReward != nil {
		payee := from
		if d.RewardTo != (common.Address{}) {
			payee = d.RewardTo
		}
		accounts = append(accounts, payee)
	}
	slices.SortFunc(accounts, func(a, b common.Address) int { return a.Cmp(b) })
	keys = append(keys, StepKey{Key: GlobalsKey()})
	for _, a := range slices.Compact(accounts) {
		keys = append(keys, StepKey{Key: AccountKey(a)})
	}
	keys = append(keys, StepKey{Key: ModelKey(d.MLSC)}, StepKey{Key: MLSCKey(d.MLSC)})
	if h := s.g.Height; m.ProofEnd() > h+1 {
		keys = append(keys, StepKey{Key: DueKey(h + 1)}, StepKey{Key: DueKey(m.ProofEnd())})
	}
	return keys
}
