package rollup

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
)

// blockKeys are the keys a block start at height h touches on L1 (StepVerifier with no MLSC
// in the state, StepBlocks once there is one), in witness order, given the trie before it
// (pre), the globals before it (preG) and the state after it (s):
//
//   - no MLSC (NextMLSC 0): [globals];
//   - else globals ro, DueKey(h) ro (present or not); if the block start does epoch work
//     (EpochWorkAt), epochKeys (StepEpochs); if it files no MLSC,
//     globals; else, for the first MLSC filed (MaxBlockMLSCs), its record ro; its current
//     round, read and written at once, if the block start reaches its reveal end or the MLSC
//     is in its proof phase (the seed, the Slashed flag, claims released; a proven round is
//     filed at the height after its loss proof); the best revealer's account ro if the proof
//     window passed, the round is not proven and it is slashed now (its stake); then each key whose value the
//     block start changed, in this order: the accounts (revealers of the round and the
//     creator) in increasing address order; the model; the messages made; the next round; the
//     MLSC; the due records at h+1 and at the MLSC's new boundary, lower height first; the
//     globals.
//
// A key whose value did not change is not written (and so not listed), as StepBlocks writes
// only what it changes (the round, listed as written, is written again unchanged by the
// witness: the root stays).
func blockKeys(s *State, pre *trie.Trie, preG *Globals, h uint64) ([]StepKey, error) {
	ro := func(k []byte) StepKey { return StepKey{Key: k, ReadOnly: true} }
	if preG.NextMLSC == 0 {
		return []StepKey{{Key: GlobalsKey()}}, nil
	}
	keys := []StepKey{ro(GlobalsKey()), ro(DueKey(h))}
	d, ok := s.due[h] // a block start leaves its own record as it was
	if ok && EpochWorkAt(h, len(d.MLSCs), len(d.Epochs)) {
		return epochKeys(s, pre, preG, h, d, keys)
	}
	if !ok || len(d.MLSCs) == 0 {
		return append(keys, StepKey{Key: GlobalsKey()}), nil
	}
	id := d.MLSCs[0]
	raw, err := preValue(pre, MLSCKey(id))
	if err != nil || raw == nil {
		return nil, fmt.Errorf("%w: MLSC %d due at %d is not in the state before it: %v", ErrStepWitness, id, h, err)
	}
	var m MLSC
	if err := rlp.DecodeBytes(raw, &m); err != nil {
		return nil, fmt.Errorf("%w: MLSC %d: %v", ErrStepWitness, id, err)
	}
	keys = append(keys, ro(MLSCKey(id)))
	if m.Phase == PhaseReveal && h >= m.RevealEnd() || m.Phase == PhaseProof {
		// The round is read and written at once: its record is the largest.
		keys = append(keys, StepKey{Key: RoundKey(id, m.Round)})
	}
	if m.Phase == PhaseProof { // slashed now unless it was or is proven: its stake is read
		rawRound, err := preValue(pre, RoundKey(id, m.Round))
		if err != nil || rawRound == nil {
			return nil, fmt.Errorf("%w: round %d of MLSC %d: %v", ErrStepWitness, m.Round, id, err)
		}
		var r Round
		if err := rlp.DecodeBytes(rawRound, &r); err != nil || r.Best == 0 || r.Best > uint64(len(r.Reveals)) {
			return nil, fmt.Errorf("%w: round %d of MLSC %d: %v", ErrStepWitness, m.Round, id, err)
		}
		if !r.Slashed && !r.Proven && h >= m.ProofEnd() {
			keys = append(keys, ro(AccountKey(r.Reveals[r.Best-1].Trainer)))
		}
	}
	var cand [][]byte
	var accounts []common.Address
	if r, ok := s.rounds[[2]uint64{id, m.Round}]; ok {
		for _, rv := range r.Reveals {
			accounts = append(accounts, rv.Trainer)
		}
	}
	accounts = append(accounts, m.Creator)
	slices.SortFunc(accounts, func(a, b common.Address) int { return a.Cmp(b) })
	for _, a := range slices.Compact(accounts) {
		cand = append(cand, AccountKey(a))
	}
	cand = append(cand, ModelKey(id))
	for n := preG.NextMessage; n < s.g.NextMessage; n++ {
		cand = append(cand, MessageKey(n))
	}
	cand = append(cand, RoundKey(id, m.Round+1), MLSCKey(id))
	heights := []uint64{h + 1}
	if at, filed := s.dueHeight[id]; filed && at != h+1 {
		heights = append(heights, at)
	}
	slices.Sort(heights)
	for _, at := range heights {
		cand = append(cand, DueKey(at))
	}
	for _, k := range cand {
		changed, err := valueChanged(s, pre, k)
		if err != nil {
			return nil, err
		}
		if changed {
			keys = append(keys, StepKey{Key: k})
		}
	}
	return append(keys, StepKey{Key: GlobalsKey()}), nil
}

// preValue is the record at key in trie t (nil if absent).
func preValue(t *trie.Trie, key []byte) ([]byte, error) {
	kv, err := t.Get(crypto.Keccak256(key))
	if err != nil || kv == nil {
		return nil, err
	}
	var pair [][]byte
	if err := rlp.DecodeBytes(kv, &pair); err != nil || len(pair) != 2 {
		return nil, fmt.Errorf("%w: entry %x is malformed", ErrStepWitness, key)
	}
	return pair[1], nil
}

// valueChanged reports whether the record at key in s differs from the one in pre.
func valueChanged(s *State, pre *trie.Trie, key []byte) (bool, error) {
	before, err := preValue(pre, key)
	if err != nil {
		return false, err
	}
	after, err := s.encode(string(key))
	if err != nil {
		return false, err
	}
	return !bytes.Equal(before, after), nil
}

// epochKeys are the keys of a block start at height h that does epoch work (EpochWorkAt:
// closeEpochs on MLSC X, the first of d.Epochs; L1's StepEpochs), after globals ro and
// DueKey(h) ro:
//
//   - DeltaClosingKey(X) ro (present or not);
//   - if present (settleEpoch): MLSCKey(X) ro if a proposal or the winner item is settled now
//     (Cursor at most the proposals' count); the proposal of each proposal item settled now
//     and the winner's at the winner item, each read and written at once; the accounts the
//     items credit or release (refunded proposers, a done MLSC's creator paid a forfeit, the
//     winner's proposer, delta voters, period voters), increasing address, each read and
//     written at once; MLSCKey(X) if it changed; DeltaClosingKey(X), written or, once every
//     item is done, deleted;
//   - else DeltaEpochKey(X) ro (present or not); if it has ended (beginClose): MLSCKey(X) read
//     and written at once if a period proposal wins; DeltaEpochKey(X) deleted;
//     DeltaClosingKey(X) written;
//   - DueKey(h+1) if it changed; the globals.
//
// A deleted key's witness is its proof and the node its branch collapses into (stepWitness).
func epochKeys(s *State, pre *trie.Trie, preG *Globals, h uint64, d *Due, keys []StepKey) ([]StepKey, error) {
	ro := func(k []byte) StepKey { return StepKey{Key: k, ReadOnly: true} }
	id := d.Epochs[0]
	keys = append(keys, ro(DeltaClosingKey(id)))
	raw, err := preValue(pre, DeltaClosingKey(id))
	if err != nil {
		return nil, err
	}
	if raw != nil {
		e, err := DecodeDeltaEpoch(raw)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrStepWitness, err)
		}
		rawM, err := preValue(pre, MLSCKey(id))
		if err != nil || rawM == nil {
			return nil, fmt.Errorf("%w: MLSC %d of an epoch being settled: %v", ErrStepWitness, id, err)
		}
		var m MLSC
		if err := rlp.DecodeBytes(rawM, &m); err != nil {
			return nil, fmt.Errorf("%w: MLSC %d: %v", ErrStepWitness, id, err)
		}
		np, nv := uint64(len(e.Proposals)), e.Tally.Voters
		head, periodHead := e.Tally.Head, e.Tally.PeriodHead
		if e.Cursor <= np { // a proposal or the winner item: the MLSC is read
			keys = append(keys, ro(MLSCKey(id)))
		}
		var accounts []common.Address
		total := epochItems(e)
		for used, c := 0, e.Cursor; c < total; c++ {
			w := epochItemWork(c, np)
			if used > 0 && used+w > MaxEpochWork {
				break
			}
			used += w
			switch {
			case c < np || c == np && e.Winner != 0:
				pid := e.Proposals[min(c, np-1)]
				if c == np {
					pid = e.Proposals[e.Winner-1]
				}
				rawP, err := preValue(pre, DeltaProposalKey(id, pid))
				if err != nil || rawP == nil {
					return nil, fmt.Errorf("%w: proposal %d of MLSC %d: %v", ErrStepWitness, pid, id, err)
				}
				p, err := DecodeDeltaProposal(rawP)
				if err != nil {
					return nil, fmt.Errorf("%w: %v", ErrStepWitness, err)
				}
				keys = append(keys, StepKey{Key: DeltaProposalKey(id, pid)})
				switch {
				case c == np || p.Status == DeltaReady:
					accounts = append(accounts, p.Proposer)
				case p.Status == DeltaPending && m.Phase == PhaseDone:
					accounts = append(accounts, m.Creator)
				}
			case c == np:
			case c < np+1+nv:
				key := DeltaVoteKey(id, e.Epoch, head)
				rawV, err := preValue(pre, key)
				if err != nil || rawV == nil {
					return nil, fmt.Errorf("%w: delta vote of %x in MLSC %d epoch %d: %v", ErrStepWitness, head, id, e.Epoch, err)
				}
				v, err := DecodeDeltaVote(rawV)
				if err != nil {
					return nil, fmt.Errorf("%w: %v", ErrStepWitness, err)
				}
				keys = append(keys, StepKey{Key: key}) // deleted
				accounts = append(accounts, head)
				head = v.Next
			default:
				key := PeriodVoteKey(id, e.Epoch, periodHead)
				rawV, err := preValue(pre, key)
				if err != nil || rawV == nil {
					return nil, fmt.Errorf("%w: period vote of %x in MLSC %d epoch %d: %v", ErrStepWitness, periodHead, id, e.Epoch, err)
				}
				v, err := DecodePeriodVote(rawV)
				if err != nil {
					return nil, fmt.Errorf("%w: %v", ErrStepWitness, err)
				}
				keys = append(keys, StepKey{Key: key}) // deleted
				accounts = append(accounts, periodHead)
				periodHead = v.Next
			}
		}
		slices.SortFunc(accounts, func(a, b common.Address) int { return a.Cmp(b) })
		for _, a := range slices.Compact(accounts) {
			keys = append(keys, StepKey{Key: AccountKey(a)})
		}
		if changed, err := valueChanged(s, pre, MLSCKey(id)); err != nil {
			return nil, err
		} else if changed {
			keys = append(keys, StepKey{Key: MLSCKey(id)})
		}
		keys = append(keys, StepKey{Key: DeltaClosingKey(id)})
	} else {
		keys = append(keys, ro(DeltaEpochKey(id)))
		rawE, err := preValue(pre, DeltaEpochKey(id))
		if err != nil {
			return nil, err
		}
		if rawE != nil {
			e, err := DecodeDeltaEpoch(rawE)
			if err != nil {
				return nil, fmt.Errorf("%w: %v", ErrStepWitness, err)
			}
			if e.End <= h {
				if periodWinner(preG, e) >= 0 {
					keys = append(keys, StepKey{Key: MLSCKey(id)})
				}
				keys = append(keys, StepKey{Key: DeltaEpochKey(id)}, StepKey{Key: DeltaClosingKey(id)})
			}
		}
	}
	if changed, err := valueChanged(s, pre, DueKey(h+1)); err != nil {
		return nil, err
	} else if changed {
		keys = append(keys, StepKey{Key: DueKey(h + 1)})
	}
	return append(keys, StepKey{Key: GlobalsKey()}), nil
}
