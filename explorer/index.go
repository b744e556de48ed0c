package explorer

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcapi"
)

// maxAccountTxs is how many of an account's transactions the index keeps
// (the newest); the account page says when older ones were dropped.
const maxAccountTxs = 500

// fetchWindow is how many L2 blocks one step of a sync reads at once, and
// fetchWorkers how many calls it has in flight.
const (
	fetchWindow  = 64
	fetchWorkers = 4
)

// txRef locates an L2 transaction.
type txRef struct {
	Hash   common.Hash
	Height uint64
	Index  int
	Type   rollup.TxType
}

type roundKey struct{ mlsc, round uint64 }

// proofRef is an applied loss proof: its transaction and what L1 verifies.
type proofRef struct {
	txRef
	Circuit, Digest common.Hash
}

// withdrawalRef is an L2 withdrawal.
type withdrawalRef struct {
	txRef
	ID       uint64
	From, To common.Address
	Amount   *uint256.Int
}

// index holds what the nrn_ API cannot answer directly: it follows the L2
// blocks (an account's transactions, each round's proof transaction,
// deposits credited, withdrawals) and the L1 events (batches submitted,
// proofs verified, deposits, claims). It only grows; reorgs of L1 are not
// undone (removed logs are skipped when read). Safe for concurrent use.
type index struct {
	l2          L2
	l1          *l1Reader
	deployBlock uint64

	syncL2Mu, syncL1Mu sync.Mutex // one sync of each chain at a time

	mu          sync.RWMutex
	l2Next      uint64 // the next L2 block to read
	l2Txs       uint64
	accounts    map[common.Address][]txRef // oldest first; the newest maxAccountTxs
	accountTxs  map[common.Address]int     // all the account's transactions
	proofs      map[roundKey]proofRef
	credited    map[uint64]txRef // deposit L1 nonce → its L2 transaction
	withdrawals []withdrawalRef  // in id order
	rounds      map[roundKey]*rollup.Round

	l1Next    uint64 // the next L1 block to read
	l1Head    uint64
	submitted []batchL1 // by batch index (the Rollup takes them in order)
	verified  map[common.Hash]proofL1
	deposits  []depositL1 // by nonce
	claims    map[uint64]claimL1
	sealed    uint64 // batches [0, sealed) are sealed on the sequencer
	gas       map[common.Hash]uint64
	final     map[uint64]bool // batches known finalized (it does not change back)
}

func newIndex(l2 L2, l1 *l1Reader, deployBlock uint64) *index {
	return &index{l2: l2, l1: l1, deployBlock: deployBlock, l1Next: deployBlock,
		accounts: map[common.Address][]txRef{}, accountTxs: map[common.Address]int{}, proofs: map[roundKey]proofRef{},
		credited: map[uint64]txRef{}, rounds: map[roundKey]*rollup.Round{},
		verified: map[common.Hash]proofL1{}, claims: map[uint64]claimL1{}, gas: map[common.Hash]uint64{}, final: map[uint64]bool{}}
}

// l2Error says that the sequencer's RPC failed; l1Error that the L1 node
// did. Pages turn them into error pages naming the URL.
type l2Error struct{ err error }

func (e *l2Error) Error() string { return "sequencer RPC: " + e.err.Error() }
func (e *l2Error) Unwrap() error { return e.err }

type l1Error struct{ err error }

func (e *l1Error) Error() string { return "L1 node: " + e.err.Error() }
func (e *l1Error) Unwrap() error { return e.err }

// syncL2 reads the L2 blocks up to the head and the sealed batches.
func (x *index) syncL2(ctx context.Context) error {
	x.syncL2Mu.Lock()
	defer x.syncL2Mu.Unlock()
	head, err := x.l2.BlockNumber(ctx)
	if err != nil {
		return &l2Error{fmt.Errorf("head: %w", err)}
	}
	x.mu.RLock()
	next := x.l2Next
	x.mu.RUnlock()
	for next <= head {
		end := min(head, next+fetchWindow-1)
		blocks, err := x.fetch(ctx, next, end)
		if err != nil {
			return &l2Error{err}
		}
		for _, b := range blocks {
			if err := x.addBlock(ctx, b); err != nil {
				return &l2Error{err}
			}
		}
		next = end + 1
	}
	return x.syncSealed(ctx)
}

// fetch reads and decodes blocks [from, to], fetchWorkers calls at a time.
func (x *index) fetch(ctx context.Context, from, to uint64) ([]*rollup.Block, error) {
	out := make([]*rollup.Block, to-from+1)
	errs := make([]error, len(out))
	var wg sync.WaitGroup
	sem := make(chan struct{}, fetchWorkers)
	for i := range out {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			n := from + uint64(i)
			b, err := x.l2.Block(ctx, n, true)
			if err != nil {
				errs[i] = fmt.Errorf("block %d: %w", n, err)
				return
			}
			if out[i], err = rollup.DecodeBlock(b.Raw); err != nil {
				errs[i] = fmt.Errorf("block %d: %w", n, err)
			}
		}()
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

// addBlock indexes one block's transactions. It reads the receipts of
// withdrawals (their ids) and loss proofs (what L1 verifies).
func (x *index) addBlock(ctx context.Context, b *rollup.Block) error {
	type entry struct {
		addrs []common.Address
		ref   txRef
		proof *proofRef
		round roundKey
		w     *withdrawalRef
		dep   *uint64
	}
	entries := make([]entry, 0, len(b.Txs))
	for i, tx := range b.Txs {
		ref := txRef{Hash: tx.Hash(), Height: b.Header.Number, Index: i, Type: tx.Type()}
		e := entry{ref: ref}
		var from common.Address
		switch d := tx.Data().(type) {
		case *rollup.Deposit:
			e.addrs = []common.Address{d.To}
			e.dep = &d.L1Nonce
		case *rollup.Forced:
			e.addrs = []common.Address{d.From}
		default:
			var err error
			if from, err = tx.Sender(tx.ChainID()); err != nil {
				return fmt.Errorf("block %d tx %d: %w", b.Header.Number, i, err)
			}
			e.addrs = []common.Address{from}
		}
		switch d := tx.Data().(type) {
		case *rollup.Transfer:
			if d.To != from {
				e.addrs = append(e.addrs, d.To)
			}
		case *rollup.Withdraw:
			rc, err := x.receipt(ctx, ref.Hash)
			if err != nil {
				return err
			}
			if rc.Withdrawal == nil {
				return fmt.Errorf("withdrawal %s: receipt without an id", ref.Hash)
			}
			e.w = &withdrawalRef{txRef: ref, ID: *rc.Withdrawal, From: from, To: d.To, Amount: d.Amount}
		case *rollup.LossProof:
			rc, err := x.receipt(ctx, ref.Hash)
			if err != nil {
				return err
			}
			p := &proofRef{txRef: ref}
			if rc.Proof != nil {
				p.Circuit, p.Digest = rc.Proof.Circuit, rc.Proof.Digest
			}
			e.proof, e.round = p, roundKey{d.MLSC, d.Round}
		}
		entries = append(entries, e)
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if b.Header.Number != x.l2Next {
		return nil // another sync got here first
	}
	for _, e := range entries {
		for _, a := range e.addrs {
			l := append(x.accounts[a], e.ref)
			if len(l) > maxAccountTxs {
				l = slices.Delete(l, 0, len(l)-maxAccountTxs)
			}
			x.accounts[a] = l
			x.accountTxs[a]++
		}
		if e.proof != nil {
			x.proofs[e.round] = *e.proof
		}
		if e.w != nil {
			x.withdrawals = append(x.withdrawals, *e.w)
		}
		if e.dep != nil {
			x.credited[*e.dep] = e.ref
		}
	}
	x.l2Txs += uint64(len(b.Txs))
	x.l2Next++
	return nil
}

func (x *index) receipt(ctx context.Context, h common.Hash) (*rollup.Receipt, error) {
	st, err := x.l2.TxStatus(ctx, h)
	if err != nil {
		return nil, fmt.Errorf("receipt %s: %w", h, err)
	}
	if st.Receipt == nil {
		return nil, fmt.Errorf("receipt %s: transaction is %s", h, st.Status)
	}
	return st.Receipt, nil
}

// syncSealed finds the batches sealed since the last look.
func (x *index) syncSealed(ctx context.Context) error {
	x.mu.RLock()
	next := max(x.sealed, uint64(len(x.submitted)))
	x.mu.RUnlock()
	for ; ; next++ {
		_, err := x.l2.Batch(ctx, next)
		if errors.Is(err, rpcapi.ErrNotFound) {
			break
		}
		if err != nil {
			return &l2Error{fmt.Errorf("batch %d: %w", next, err)}
		}
	}
	x.mu.Lock()
	x.sealed = max(x.sealed, next)
	x.mu.Unlock()
	return nil
}

// syncL1 reads the contracts' events up to L1's head.
func (x *index) syncL1(ctx context.Context) error {
	x.syncL1Mu.Lock()
	defer x.syncL1Mu.Unlock()
	head, err := x.l1.head(ctx)
	if err != nil {
		return &l1Error{err}
	}
	x.mu.RLock()
	from := x.l1Next
	x.mu.RUnlock()
	if head < from {
		return nil
	}
	ev, err := x.l1.events(ctx, from, head)
	if err != nil {
		return &l1Error{err}
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	for _, b := range ev.batches {
		if b.Index == uint64(len(x.submitted)) {
			x.submitted = append(x.submitted, b)
		}
	}
	for _, p := range ev.proofs {
		x.verified[p.Digest] = p
	}
	for _, d := range ev.deposits {
		if d.Nonce == uint64(len(x.deposits)) {
			x.deposits = append(x.deposits, d)
		}
	}
	for _, c := range ev.claims {
		x.claims[c.ID] = c
	}
	x.sealed = max(x.sealed, uint64(len(x.submitted)))
	x.l1Next, x.l1Head = head+1, head
	return nil
}

// gasOf returns the gas of L1 transaction h, read once.
func (x *index) gasOf(ctx context.Context, h common.Hash) (uint64, error) {
	x.mu.RLock()
	g, ok := x.gas[h]
	x.mu.RUnlock()
	if ok {
		return g, nil
	}
	g, err := x.l1.gasUsed(ctx, h)
	if err != nil {
		return 0, &l1Error{err}
	}
	x.mu.Lock()
	x.gas[h] = g
	x.mu.Unlock()
	return g, nil
}

// round returns a round record; rounds an MLSC has moved past no longer
// change and are kept.
func (x *index) round(ctx context.Context, m *rpcapi.MLSCView, round uint64) (*rollup.Round, error) {
	k := roundKey{m.ID, round}
	x.mu.RLock()
	r, ok := x.rounds[k]
	x.mu.RUnlock()
	if ok {
		return r, nil
	}
	r, err := x.l2.Round(ctx, m.ID, round)
	if err != nil {
		return nil, err
	}
	if round < m.Round || m.Phase == rollup.PhaseDone {
		x.mu.Lock()
		x.rounds[k] = r
		x.mu.Unlock()
	}
	return r, nil
}

// finalized reports whether submitted batch i is final on L1; a yes is kept.
func (x *index) finalized(ctx context.Context, i uint64) (bool, error) {
	x.mu.RLock()
	ok := x.final[i]
	x.mu.RUnlock()
	if ok {
		return true, nil
	}
	ok, err := x.l1.finalized(ctx, i)
	if err != nil {
		return false, &l1Error{err}
	}
	if ok {
		x.mu.Lock()
		x.final[i] = true
		x.mu.Unlock()
	}
	return ok, nil
}

// batchOfHeight is the submitted batch that holds L2 block h. The caller
// holds x.mu.
func (x *index) batchOfHeight(h uint64) (uint64, bool) {
	i := sort.Search(len(x.submitted), func(i int) bool { return x.submitted[i].L2Height >= h })
	if i == len(x.submitted) {
		return 0, false
	}
	return uint64(i), true
}
