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

type pending struct {
	tx   *rollup.Tx
	from common.Address
	seq  uint64 // arrival order
}

// Mempool holds accepted transactions in nonce order per account. It is
// safe for concurrent use.
type Mempool struct {
	mu         sync.Mutex
	perAccount int
	max        int
	seq        uint64
	byHash     map[common.Hash]*pending
	byAccount  map[common.Address]map[uint64]*pending
}

// NewMempool returns a pool holding at most max transactions and
// perAccount per sender.
func NewMempool(perAccount, max int) *Mempool {
	return &Mempool{perAccount: perAccount, max: max,
		byHash: make(map[common.Hash]*pending), byAccount: make(map[common.Address]map[uint64]*pending)}
}

// Add inserts tx from sender from, whose account nonce is stateNonce. A tx
// with the nonce of a pending one replaces it; the replaced hash is returned.
func (m *Mempool) Add(tx *rollup.Tx, from common.Address, stateNonce uint64) (replaced *common.Hash, err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
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
		delete(m.byHash, old.tx.Hash())
		h := old.tx.Hash()
		replaced = &h
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
	m.seq++
	p := &pending{tx: tx, from: from, seq: m.seq}
	q[n] = p
	m.byHash[tx.Hash()] = p
	return replaced, nil
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

// Executable returns up to max transactions that can run in order: for each
// account the run of consecutive nonces from its state nonce, accounts taken
// by the arrival of their oldest such transaction.
func (m *Mempool) Executable(nonceOf func(common.Address) uint64, max int) []*rollup.Tx {
	m.mu.Lock()
	defer m.mu.Unlock()
	type run struct {
		first uint64
		txs   []*rollup.Tx
	}
	runs := make([]run, 0, len(m.byAccount))
	for from, q := range m.byAccount {
		n := nonceOf(from)
		var r run
		for p, ok := q[n]; ok; p, ok = q[n] {
			if len(r.txs) == 0 {
				r.first = p.seq
			}
			r.txs = append(r.txs, p.tx)
			n++
		}
		if len(r.txs) > 0 {
			runs = append(runs, r)
		}
	}
	sort.Slice(runs, func(i, j int) bool { return runs[i].first < runs[j].first })
	var out []*rollup.Tx
	for _, r := range runs {
		for _, tx := range r.txs {
			if len(out) == max {
				return out
			}
			out = append(out, tx)
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
		delete(m.byHash, h)
		q := m.byAccount[p.from]
		delete(q, p.tx.Nonce())
		if len(q) == 0 {
			delete(m.byAccount, p.from)
		}
	}
}

// Prune drops every transaction whose nonce its account has passed and
// returns their hashes.
func (m *Mempool) Prune(nonceOf func(common.Address) uint64) []common.Hash {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []common.Hash
	for from, q := range m.byAccount {
		n := nonceOf(from)
		for nonce, p := range q {
			if nonce < n {
				delete(q, nonce)
				delete(m.byHash, p.tx.Hash())
				out = append(out, p.tx.Hash())
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
