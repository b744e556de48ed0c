package sequencer

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/rollup"
)

// SendTx admits one encoded transaction. It returns only once the
// transaction is durably stored: an acknowledged transaction survives a
// crash.
func (s *Sequencer) SendTx(ctx context.Context, raw []byte) (common.Hash, error) {
	hashes, errs := s.SendTxs(ctx, [][]byte{raw})
	return hashes[0], errs[0]
}

// admitSegment is how many transactions SendTxs decodes and recovers as
// one unit of work; segments are admitted to the mempool and persisted in
// order while later ones are still being recovered.
const admitSegment = 256

// SendTxs admits many encoded transactions, recovering their senders in
// parallel, and returns once every accepted one is durably stored. It
// persists the accepted transactions of the segments recovered so far with
// one synced write while the workers recover the next segments. The
// accepted transactions become executable together when it returns, so
// that blocks take them whole rather than a segment at a time.
func (s *Sequencer) SendTxs(ctx context.Context, raws [][]byte) ([]common.Hash, []error) {
	n := len(raws)
	txs := make([]*rollup.Tx, n)
	froms := make([]common.Address, n)
	hashes := make([]common.Hash, n)
	errs := make([]error, n)
	segs := (n + admitSegment - 1) / admitSegment
	done := make([]chan struct{}, segs)
	for i := range done {
		done[i] = make(chan struct{})
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	defer wg.Wait()
	for w := min(runtime.GOMAXPROCS(0), segs); w > 0; w-- {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for seg := int(next.Add(1) - 1); seg < segs; seg = int(next.Add(1) - 1) {
				for i := seg * admitSegment; i < min(n, (seg+1)*admitSegment); i++ {
					txs[i], froms[i], errs[i] = s.recoverTx(raws[i])
					if txs[i] != nil {
						hashes[i] = txs[i].Hash()
					}
				}
				close(done[seg])
			}
		}()
	}
	var all []Entry
	for seg := 0; seg < segs; {
		<-done[seg]
		// Admit this segment and every later one already recovered.
		end := seg + 1
		for end < segs && isClosed(done[end]) {
			end++
		}
		all = append(all, s.admit(txs[seg*admitSegment:min(n, end*admitSegment)], froms[seg*admitSegment:], errs[seg*admitSegment:])...)
		seg = end
	}
	s.pool.Release(all)
	s.m.RecordMempool(s.pool.Len())
	return hashes, errs
}

func isClosed(c chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// recoverTx decodes a submitted transaction and recovers its sender.
func (s *Sequencer) recoverTx(raw []byte) (*rollup.Tx, common.Address, error) {
	tx, err := rollup.DecodeTx(raw)
	if err != nil {
		return nil, common.Address{}, err
	}
	if tx.Type() == rollup.TxDeposit {
		return nil, common.Address{}, fmt.Errorf("%w: deposits come from L1 only", rollup.ErrTxType)
	}
	from, err := tx.Sender(s.cfg.Chain.ChainID)
	if err != nil {
		return nil, common.Address{}, err
	}
	return tx, from, nil
}

// nextBaseFee is the base fee of the block the sequencer makes next (from the
// head's base fee and units, rollup.FeeRule.NextBaseFee); nil with fees off.
// s.stateMu must be held.
func (s *Sequencer) nextBaseFee() *uint256.Int {
	g := s.state.Globals()
	return s.cfg.Chain.Fees.NextBaseFee(g.BaseFee, g.BlockUnits)
}

// openProof reports whether tx, from a sender with account acc that has
// no balance and no stake, is a loss proof that verifies against a claim
// open in the state now: the one transaction such a sender may send (see
// Mempool.Add), since anyone may prove a claim. It verifies the proof only
// for such senders. s.stateMu must be held.
func (s *Sequencer) openProof(tx *rollup.Tx, acc *rollup.Account) bool {
	lp, ok := tx.Data().(*rollup.LossProof)
	if !ok || !acc.Balance.IsZero() || !acc.Stake.IsZero() {
		return false
	}
	claim, err := s.state.ClaimOf(lp.MLSC, lp.Round)
	if err != nil {
		return false
	}
	m, ok := s.state.MLSC(lp.MLSC)
	return ok && s.cfg.Chain.Verifier.Verify(&m.Spec, claim, lp.Proof) == nil
}

// admit adds recovered transactions (nil where recovery failed) to the
// mempool, held, and persists the accepted ones, which it returns for the
// caller to release; it sets errs[i] for each one not admitted. Besides the
// pool's rules (Mempool.Add: the sender can pay, nonce and gapped budgets)
// a create-mlsc must carry the chain's minimum bounty, and a fee cap must be
// at least the next block's base fee (the pool budgets the sender's balance
// for the fee at its cap, Config.Cost).
func (s *Sequencer) admit(txs []*rollup.Tx, froms []common.Address, errs []error) []Entry {
	var added, replaced []Entry
	idx := make([]int, 0, len(txs))
	s.stateMu.RLock()
	base := s.nextBaseFee()
	for i, tx := range txs {
		if tx == nil {
			continue
		}
		if cp := tx.FeeCap(); base != nil && !cp.IsZero() && cp.Lt(base) {
			errs[i] = fmt.Errorf("%w: the %s's cap is %s wei per unit, the next block's base fee is %s (nrn_estimateFee suggests a cap)",
				rollup.ErrFeeCap, tx.Type(), cp.Dec(), base.Dec())
			continue
		}
		if c, ok := tx.Data().(*rollup.CreateMLSC); ok && c.Bounty.Lt(s.cfg.Chain.MinBountyOrDefault()) {
			errs[i] = fmt.Errorf("%w: bounty %s, minimum %s", rollup.ErrLowBounty, c.Bounty.Dec(), s.cfg.Chain.MinBountyOrDefault().Dec())
			continue
		}
		acc := s.state.Account(froms[i])
		e, old, err := s.pool.Add(tx, froms[i], &acc, s.cfg.Chain.Cost(tx, base), s.openProof(tx, &acc))
		if err != nil {
			errs[i] = err
			continue
		}
		if old != nil {
			replaced = append(replaced, *old)
		}
		added = append(added, e)
		idx = append(idx, i)
	}
	s.stateMu.RUnlock()
	if len(added) == 0 {
		return nil
	}
	if err := s.store.AddPendings(added, replaced); err != nil {
		for j, e := range added {
			s.pool.Remove(e.Tx.Hash())
			errs[idx[j]] = fmt.Errorf("persist pending tx: %w", err)
		}
		return nil
	}
	return added
}
