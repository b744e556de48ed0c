package rollup

import (
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/trie"
)

// deltaStepType reports whether StepDeltas (l1/contracts) re-executes type t: vote-delta,
// propose-period and vote-period itself, propose-delta (StepProposals) and delta-data
// (StepDeltaData) through the contracts it forwards them to.
func deltaStepType(t TxType) bool {
	return t >= TxProposeDelta && t <= TxVotePeriod
}

// preRead reads the record at a state key before the step (nil: absent).
type preRead func(key []byte) ([]byte, error)

// trieRead is the preRead of trie t.
func trieRead(t *trie.Trie) preRead {
	return func(key []byte) ([]byte, error) { return preValue(t, key) }
}

// stateRead is the preRead of state s (the state before the step).
func stateRead(s *State) preRead {
	return func(key []byte) ([]byte, error) { return s.encode(string(key)) }
}

// prevEpoch is an MLSC's open epoch before the step, nil if none.
func prevEpoch(prev preRead, mlsc uint64) (*DeltaEpoch, error) {
	raw, err := prev(DeltaEpochKey(mlsc))
	if err != nil || raw == nil {
		return nil, err
	}
	e, err := DecodeDeltaEpoch(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrStepWitness, err)
	}
	return e, nil
}

// deltaKeys are the keys StepDeltas (and StepProposals, StepDeltaData) read and write for a
// training-set step from `from` (applied: whether it applies; if not, those it reads before it
// decides, all read only). It reads first, read only, fees on or off: the globals (the base
// fee, the height), the MLSC, its open epoch and, for a vote-delta or delta-data, the
// proposal, and for a delta-data the proposal's manifest; for a vote-delta or vote-period
// whose proposal the open epoch has, the sender's vote record of that epoch (present or
// not; the epoch before the step, prev, names it); then the sender. An applied one then
// writes:
//   - propose-delta: the MLSC (NextProposal), the epoch, the due record at its end if the step
//     opened it, the new proposal, its manifest if it is pending (it needs delta-data steps);
//   - delta-data: the proposal and, if it rejected the delta, the MLSC (its escrow) or, once
//     the MLSC is done, its creator's account unless the sender is the creator;
//   - vote-delta: the proposal the sender's earlier vote of the epoch backed, if another
//     (its votes less that vote; read from its vote record before the step, prev), the
//     proposal voted for, the sender's vote record (DeltaVoteKey), the epoch if the sender
//     had no vote (its tally);
//   - propose-period: the MLSC (its training-set record, created if it had none) and the
//     due record at the epoch's end if the step opened the epoch (s after the step holds it
//     with this proposal alone), the epoch;
//   - vote-period: the sender's period vote record (PeriodVoteKey), the epoch (its stake
//     sums and tally);
//
// then the fee recipient if it is paid and is neither the sender nor the done MLSC's creator
// just listed (its key is written once with the forfeit and the fee), and with fees on the
// globals (the units).
func deltaKeys(cfg *Config, s *State, pre *Globals, prev preRead, tx *Tx, from common.Address, applied bool) ([]StepKey, error) {
	ro := func(k []byte) StepKey { return StepKey{Key: k, ReadOnly: true} }
	var id uint64
	var proposal []byte
	switch d := tx.Data().(type) {
	case *ProposeDelta:
		id = d.MLSC
	case *DeltaData:
		id, proposal = d.MLSC, DeltaProposalKey(d.MLSC, d.Proposal)
	case *VoteDelta:
		id, proposal = d.MLSC, DeltaProposalKey(d.MLSC, d.Proposal)
	case *ProposePeriod:
		id = d.MLSC
	case *VotePeriod:
		id = d.MLSC
	default:
		return nil, nil
	}
	keys := []StepKey{ro(GlobalsKey()), ro(MLSCKey(id)), ro(DeltaEpochKey(id))}
	if proposal != nil {
		keys = append(keys, ro(proposal))
	}
	if d, ok := tx.Data().(*DeltaData); ok {
		keys = append(keys, ro(DeltaManifestKey(d.MLSC, d.Proposal)))
	}
	// A vote's own record (present or not), read only, if the epoch is open: its number names it.
	var voteKey []byte
	var epoch *DeltaEpoch
	switch tx.Data().(type) {
	case *VoteDelta, *VotePeriod:
		if prev == nil {
			return nil, fmt.Errorf("%w: a vote's keys need the epoch before it", ErrStepWitness)
		}
		var err error
		if epoch, err = prevEpoch(prev, id); err != nil {
			return nil, err
		}
	}
	if epoch != nil {
		switch tx.Data().(type) {
		case *VoteDelta:
			if proposal != nil && slices.Contains(epoch.Proposals, tx.Data().(*VoteDelta).Proposal) {
				voteKey = DeltaVoteKey(id, epoch.Epoch, from)
			}
		case *VotePeriod:
			if tx.Data().(*VotePeriod).Proposal < uint64(len(epoch.Periods)) {
				voteKey = PeriodVoteKey(id, epoch.Epoch, from)
			}
		}
	}
	if voteKey != nil {
		keys = append(keys, ro(voteKey))
	}
	keys = append(keys, StepKey{Key: AccountKey(from), ReadOnly: !applied})
	if !applied {
		return keys, nil
	}
	var credited *common.Address // a done MLSC's creator credited a forfeit (delta-data)
	switch d := tx.Data().(type) {
	case *ProposeDelta:
		m, ok := s.mlscs[id]
		e, open := s.epochs[id]
		if !ok || m.Data == nil || m.Data.NextProposal == 0 || !open {
			return nil, fmt.Errorf("%w: MLSC %d has no proposal after a propose-delta", ErrStepWitness, id)
		}
		keys = append(keys, StepKey{Key: MLSCKey(id)}, StepKey{Key: DeltaEpochKey(id)})
		if len(e.Proposals) == 1 && len(e.Periods) == 0 { // it opened the epoch
			keys = append(keys, StepKey{Key: DueKey(e.End)})
		}
		keys = append(keys, StepKey{Key: DeltaProposalKey(id, m.Data.NextProposal-1)})
		if p := s.proposals[[2]uint64{id, m.Data.NextProposal - 1}]; p != nil && p.Status == DeltaPending {
			keys = append(keys, StepKey{Key: DeltaManifestKey(id, p.ID)})
		}
	case *DeltaData:
		keys = append(keys, StepKey{Key: proposal})
		if p, ok := s.proposals[[2]uint64{id, d.Proposal}]; ok && p.Status == DeltaRejected { // it forfeited the deposit
			m := s.mlscs[id]
			switch {
			case m.Phase != PhaseDone:
				keys = append(keys, StepKey{Key: MLSCKey(id)})
			case m.Creator != from:
				keys = append(keys, StepKey{Key: AccountKey(m.Creator)})
				credited = &m.Creator
			}
		}
	case *VoteDelta:
		if epoch == nil || voteKey == nil {
			return nil, fmt.Errorf("%w: MLSC %d has no open epoch with delta %d before a vote-delta", ErrStepWitness, id, d.Proposal)
		}
		raw, err := prev(voteKey)
		if err != nil {
			return nil, err
		}
		var v *DeltaVote
		if raw != nil {
			if v, err = DecodeDeltaVote(raw); err != nil {
				return nil, fmt.Errorf("%w: %v", ErrStepWitness, err)
			}
		}
		if v != nil && v.Proposal != d.Proposal {
			keys = append(keys, StepKey{Key: DeltaProposalKey(id, v.Proposal)})
		}
		keys = append(keys, StepKey{Key: proposal}, StepKey{Key: voteKey})
		if v == nil { // a new voter: the epoch's tally
			keys = append(keys, StepKey{Key: DeltaEpochKey(id)})
		}
	case *ProposePeriod:
		e, ok := s.epochs[id]
		if !ok {
			return nil, fmt.Errorf("%w: MLSC %d has no epoch after a propose-period", ErrStepWitness, id)
		}
		opened := len(e.Periods) == 1 && len(e.Proposals) == 0 // an epoch exists only with a proposal
		if opened {
			keys = append(keys, StepKey{Key: MLSCKey(id)})
		}
		keys = append(keys, StepKey{Key: DeltaEpochKey(id)})
		if opened {
			keys = append(keys, StepKey{Key: DueKey(e.End)})
		}
	case *VotePeriod:
		if voteKey == nil {
			return nil, fmt.Errorf("%w: MLSC %d has no open epoch with period proposal %d before a vote-period", ErrStepWitness, id, d.Proposal)
		}
		keys = append(keys, StepKey{Key: voteKey}, StepKey{Key: DeltaEpochKey(id)})
	}
	// The fee recipient, unless it is the sender or the done MLSC's creator the step credited
	// already (one key, written once with both).
	if _, paid := cfg.Fees.FeeSplit(cfg.Fee(tx, pre.BaseFee)); !paid.IsZero() && cfg.Fees.Recipient != from &&
		(credited == nil || *credited != cfg.Fees.Recipient) {
		keys = append(keys, StepKey{Key: AccountKey(cfg.Fees.Recipient)})
	}
	if cfg.Fees.On() {
		keys = append(keys, StepKey{Key: GlobalsKey()})
	}
	return keys, nil
}
