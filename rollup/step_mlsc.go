package rollup

import "github.com/ethereum/go-ethereum/common"

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

// lossKeys are the keys StepMLSC reads to decide loss proof tx from `from`, all read only:
// the MLSC, the round and the sender (its nonce; a loss proof pays no fee). L1 decides only
// whether the step is rejected; an applied one's effects are not re-executed there yet
// (it reverts Unsupported), so these are its keys either way.
func lossKeys(tx *Tx, from common.Address) []StepKey {
	d, ok := tx.Data().(*LossProof)
	if !ok {
		return nil
	}
	return []StepKey{{Key: MLSCKey(d.MLSC), ReadOnly: true}, {Key: RoundKey(d.MLSC, d.Round), ReadOnly: true},
		{Key: AccountKey(from), ReadOnly: true}}
}
