package rollup

import "github.com/ethereum/go-ethereum/common"

// roundType reports whether StepRounds (l1/contracts) re-executes type t: commit and reveal.
func roundType(t TxType) bool { return t == TxCommit || t == TxReveal }

// roundKeys are the keys StepRounds reads and writes for a commit or reveal from `from`
// (applied: whether it applies; if not, those it reads before it decides, all read only): the
// globals first, read only, with fees on and for a reveal always (its height); the MLSC, the
// round and the commitment's (commit) or weights' (reveal) used-marker, read only; the sender;
// then, if it applies, the round and the marker again (written), the fee recipient if it is
// paid and is not the sender, and with fees on the globals (the units).
func roundKeys(cfg *Config, pre *Globals, tx *Tx, from common.Address, applied bool) []StepKey {
	ro := func(k []byte) StepKey { return StepKey{Key: k, ReadOnly: true} }
	var keys []StepKey
	if cfg.Fees.On() || tx.Type() == TxReveal {
		keys = append(keys, ro(GlobalsKey()))
	}
	var round, marker []byte
	switch d := tx.Data().(type) {
	case *Commit:
		round, marker = RoundKey(d.MLSC, d.Round), commitmentKey(d.Commitment)
		keys = append(keys, ro(MLSCKey(d.MLSC)))
	case *Reveal:
		round, marker = RoundKey(d.MLSC, d.Round), checkpointKey(d.WeightCommitment)
		keys = append(keys, ro(MLSCKey(d.MLSC)))
	default:
		return nil
	}
	keys = append(keys, ro(round), ro(marker), StepKey{Key: AccountKey(from), ReadOnly: !applied})
	if !applied {
		return keys
	}
	keys = append(keys, StepKey{Key: round}, StepKey{Key: marker})
	if _, paid := cfg.Fees.FeeSplit(cfg.Fee(tx, pre.BaseFee)); !paid.IsZero() && cfg.Fees.Recipient != from {
		keys = append(keys, StepKey{Key: AccountKey(cfg.Fees.Recipient)})
	}
	if cfg.Fees.On() {
		keys = append(keys, StepKey{Key: GlobalsKey()})
	}
	return keys
}
