package sequencer

import (
	"errors"
	"fmt"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/neuron-rollup/neuron/rollup"
)

// Mempool errors.
var (
	ErrNonceTooLow = errors.New("sequencer: nonce too low")
	ErrNonceGap    = errors.New("sequencer: nonce too far ahead")
	ErrAccountFull = errors.New("sequencer: too many pending transactions for account")
	ErrPoolFull    = errors.New("sequencer: mempool full")
	ErrKnownTx     = errors.New("sequencer: transaction already known")
)

// Entry is a pending transaction and its arrival sequence number. Numbers
// only grow, also across restarts: the store keys its pending log by them.
type Entry struct {
	Tx  *rollup.Tx
	Seq uint64
}

type pending struct {
	Entry
	from       common.Address
	held       bool     // not yet durable: Executable skips it
	prev, next *pending // arrival order
}

// Mempool holds accepted transactions in nonce order per account. It is
// safe for concurrent use.
type Mempool struct {
	mu          sync.Mutex
	perAccount  int
	max         int
	nextSeq     uint64
	ready       int // entries not held
	byHash      map[common.Hash]*pending
	byAccount   map[common.Address]map[uint64]*pending
	first, last *pending // arrival order
}

// NewMempool returns a pool holding at most max transactions and
// perAccount per sender.
func NewMempool(perAccount, max int) *Mempool {
	return &Mempool{perAccount: perAccount, max: max,
		byHash: make(map[common.Hash]*pending), byAccount: make(map[common.Address]map[uint64]*pending)}
}

// Add inserts tx from sender from, whose account nonce is stateNonce, and
// returns it with its new sequence number. The transaction is held:
// Executable skips it until Release, so that no block includes it before
// it is durable. A tx with the nonce of a pending one replaces it; the
// replaced entry is returned.
func (m *Mempool) Add(tx *rollup.Tx, from common.Address, stateNonce uint64) (added Entry, replaced *Entry, err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	replaced, err = m.add(Entry{Tx: tx, Seq: m.nextSeq}, from, stateNonce, true)
	if err != nil {
		return Entry{}, nil, err
	}
	return Entry{Tx: tx, Seq: m.nextSeq - 1}, replaced, nil
}

// Restore inserts a durable entry read back from the store, keeping its
// sequence number. Entries must be restored in increasing sequence order,
// before any Add.
func (m *Mempool) Restore(e Entry, from common.Address, stateNonce uint64) (replaced *Entry, err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if e.Seq < m.nextSeq {
		return nil, fmt.Errorf("sequencer: restored entry %d after %d", e.Seq, m.nextSeq-1)
	}
	return m.add(e, from, stateNonce, false)
}

func (m *Mempool) add(e Entry, from common.Address, stateNonce uint64, held bool) (replaced *Entry, err error) {
	tx := e.Tx
	if _, ok := m.byHash[tx.Hash()]; ok {
		return nil, fmt.Errorf("%w: %s", ErrKnownTx, tx.Hash())
	}
	n := tx.Nonce()
	if n < stateNonce {
		return nil, fmt.Errorf("%w: %d, account %s is at %d", ErrNonceTooLow, n, from, stateNonce)
	}
	if n >= stateNonce+uint64(m.perAccount) {
		return nil, fmt.Errorf("%w: %d, account %s is at %d, limit %d ahead", ErrNonceGap, n, from, stateNonce, m.perAccount)
	}
	q := m.byAccount[from]
	if old, ok := q[n]; ok {
		m.unlink(old)
		replaced = &old.Entry
	} else {
		if len(q) >= m.perAccount {
			return nil, fmt.Errorf("%w: %s has %d", ErrAccountFull, from, len(q))
		}
		if len(m.byHash) >= m.max {
			return nil, fmt.Errorf("%w: %d transactions", ErrPoolFull, len(m.byHash))
		}
	}
	if q == nil {
		q = make(map[uint64]*pending)
		m.byAccount[from] = q
	}
	m.nextSeq = e.Seq + 1
	if !held {
		m.ready++
	}
	p := &pending{Entry: e, from: from, held: held, prev: m.last}
	if m.last != nil {
		m.last.next = p
	} else {
		m.first = p
	}
	m.last = p
	q[n] = p
	m.byHash[tx.Hash()] = p
	return replaced, nil
}

// unlink drops p from the hash index and the arrival list; the caller
// updates byAccount.
func (m *Mempool) unlink(p *pending) {
	delete(m.byHash, p.Tx.Hash())
	if !p.held {
		m.ready--
	}
	if p.prev != nil {
		p.prev.next = p.next
	} else {
		m.first = p.next
	}
	if p.next != nil {
		p.next.prev = p.prev
	} else {
		m.last = p.prev
	}
	p.prev, p.next = nil, nil
}

// Release makes held transactions executable once they are durable.
func (m *Mempool) Release(entries []Entry) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, e := range entries {
		if p, ok := m.byHash[e.Tx.Hash()]; ok && p.Seq == e.Seq && p.held {
			p.held = false
			m.ready++
		}
	}
}

// Oldest returns the smallest sequence number of a pending transaction for
// which skip is false, or the number Add assigns next if there is none.
// Every entry ever added with a smaller number is gone from the pool or
// skipped.
func (m *Mempool) Oldest(skip func(common.Hash) bool) uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	for p := m.first; p != nil; p = p.next {
		if !skip(p.Tx.Hash()) {
			return p.Seq
		}
	}
	return m.nextSeq
}

// Len is the number of pending transactions.
func (m *Mempool) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.byHash)
}

// Has reports whether a transaction is pending.
func (m *Mempool) Has(h common.Hash) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	_, ok := m.byHash[h]
	return ok
}

// Executable returns up to max released transactions that can run in
// order: for each account the run of consecutive nonces from its state
// nonce, accounts taken by the arrival of their oldest such transaction.
func (m *Mempool) Executable(nonceOf func(common.Address) uint64, max int) []Entry {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.ready == 0 {
		return nil
	}
	type run struct {
		first uint64
		txs   []Entry
	}
	runs := make([]run, 0, len(m.byAccount))
	for from, q := range m.byAccount {
		n := nonceOf(from)
		var r run
		for p, ok := q[n]; ok && !p.held; p, ok = q[n] {
			if len(r.txs) == 0 {
				r.first = p.Seq
			}
			r.txs = append(r.txs, p.Entry)
			n++
		}
		if len(r.txs) > 0 {
			runs = append(runs, r)
		}
	}
	sort.Slice(runs, func(i, j int) bool { return runs[i].first < runs[j].first })
	var out []Entry
	for _, r := range runs {
		for _, e := range r.txs {
			if len(out) == max {
				return out
			}
			out = append(out, e)
		}
	}
	return out
}

// Remove drops transactions by hash.
func (m *Mempool) Remove(hashes ...common.Hash) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, h := range hashes {
		p, ok := m.byHash[h]
		if !ok {
			continue
		}
		m.unlink(p)
		q := m.byAccount[p.from]
		delete(q, p.Tx.Nonce())
		if len(q) == 0 {
			delete(m.byAccount, p.from)
		}
	}
}

// Prune drops every transaction of the given accounts whose nonce its
// account has passed and returns them. Only a block that includes
// transactions of an account moves its nonce.
func (m *Mempool) Prune(nonceOf func(common.Address) uint64, accounts []common.Address) []Entry {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Entry
	for _, from := range accounts {
		q, ok := m.byAccount[from]
		if !ok {
			continue
		}
		n := nonceOf(from)
		for nonce, p := range q {
			if nonce < n {
				delete(q, nonce)
				m.unlink(p)
				out = append(out, p.Entry)
			}
		}
		if len(q) == 0 {
			delete(m.byAccount, from)
		}
	}
	return out
}

// countFrom is the number of pending transactions of one account.
func (m *Mempool) countFrom(a common.Address) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.byAccount[a])
}
