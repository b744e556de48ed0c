package sequencer

import (
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/rollup"
)

// Defaults of the mempool limits that Config leaves at zero.
const (
	DefaultMempoolMaxBytes         = 256 << 20
	DefaultMempoolGappedPerAccount = 16
	DefaultMempoolGappedMax        = 4096
	DefaultMempoolGappedLifetime   = 5 * time.Minute
)

// MempoolLimits bounds the pool. Zero fields of the gapped budget and of
// MaxBytes take the defaults above.
type MempoolLimits struct {
	// PerAccount bounds an account's pending transactions, and how far
	// ahead of its nonce they may be.
	PerAccount int
	// Max and MaxBytes bound the pool in transactions and encoded bytes.
	Max      int
	MaxBytes int
	// A transaction is nonce-gapped while a nonce between its account's
	// nonce and its own is missing from the pool: it cannot run until
	// that one arrives. GappedPerAccount and GappedMax bound such
	// transactions per account and in all; GappedLifetime is how long one
	// may wait for its gap to fill before it is evicted.
	GappedPerAccount int
	GappedMax        int
	GappedLifetime   time.Duration
}

func (l MempoolLimits) withDefaults() MempoolLimits {
	if l.MaxBytes == 0 {
		l.MaxBytes = DefaultMempoolMaxBytes
	}
	if l.GappedPerAccount == 0 {
		l.GappedPerAccount = DefaultMempoolGappedPerAccount
	}
	if l.GappedMax == 0 {
		l.GappedMax = DefaultMempoolGappedMax
	}
	if l.GappedLifetime == 0 {
		l.GappedLifetime = DefaultMempoolGappedLifetime
	}
	return l
}

// Entry is a pending transaction and its arrival sequence number. Numbers
// only grow, also across restarts: the store keys its pending log by them.
type Entry struct {
	Tx  *rollup.Tx
	Seq uint64
}

// Evicted is an entry the pool dropped to make room or because it waited
// too long for its nonce gap to fill, and why.
type Evicted struct {
	Entry
	Reason string
}

type pending struct {
	Entry
	from         common.Address
	cost         *uint256.Int // what it takes from the sender's balance (rollup.Config.Cost)
	size         int          // encoded bytes
	arrived      time.Time
	slot         *[2]uint64 // the (MLSC, round) of a loss proof sent by a sender with nothing
	held         bool       // not yet durable: Executable skips it
	gapped       bool       // a nonce below it is missing; listed from gFirst
	prev, next   *pending   // arrival order
	gprev, gnext *pending   // arrival order of the gapped ones
}

// account is the pool's view of one sender.
type account struct {
	txs  map[uint64]*pending
	cost uint256.Int // sum of the pending transactions' costs
	// run is the first nonce after the run of pending nonces that starts
	// at the account's nonce as last seen (settle): those in the run are
	// ready, the ones above it gapped.
	run    uint64
	gapped int
}

// Mempool holds accepted transactions in nonce order per account. It
// admits a transaction only if its sender can pay for it together with its
// other pending ones, gives nonce-gapped transactions a small budget per
// account and in all, and when full evicts the oldest gapped transaction
// before it refuses a ready one. It is safe for concurrent use.
type Mempool struct {
	mu          sync.Mutex
	lim         MempoolLimits
	now         func() time.Time
	nextSeq     uint64
	ready       int // entries not held
	bytes       int
	gapped      int
	byHash      map[common.Hash]*pending
	byAccount   map[common.Address]*account
	first, last *pending // arrival order
	gFirst      *pending // the oldest gapped entry
	gLast       *pending
	evicted     []Evicted // since the last TakeEvicted
	// proofSlots holds, per (MLSC, round), the one loss proof pending from
	// a sender with no balance and no stake.
	proofSlots map[[2]uint64]*pending
}

// NewMempool returns a pool with the given limits.
func NewMempool(lim MempoolLimits) *Mempool {
	return &Mempool{lim: lim.withDefaults(), now: time.Now,
		byHash: make(map[common.Hash]*pending), byAccount: make(map[common.Address]*account), proofSlots: make(map[[2]uint64]*pending)}
}

// Add inserts tx from sender from, whose account is acc (its state now),
// costing cost (rollup.Config.Cost), and returns it with its new sequence
// number. openProof says tx is a loss proof that verifies against a claim
// the state holds open now. The transaction is held: Executable skips it until Release, so
// that no block includes it before it is durable. A tx with the nonce of a
// pending one replaces it; the replaced entry is returned. Add does not
// keep acc or cost.
//
// Add refuses a transaction whose nonce the account has passed or which is
// PerAccount or more ahead; one its sender cannot pay (its balance must
// cover the cost of all its pending transactions, and a sender with no
// balance and no stake can send nothing, not even a transaction that costs
// nothing, but an executable open proof, one per claim: anyone may prove a
// claim); a gapped one beyond the account's gapped budget. When the pool
// is full it evicts the oldest gapped transactions (see TakeEvicted), never
// a ready one, and refuses the transaction if that does not make room.
func (m *Mempool) Add(tx *rollup.Tx, from common.Address, acc *rollup.Account, cost *uint256.Int, openProof bool) (added Entry, replaced *Entry, err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	replaced, err = m.add(Entry{Tx: tx, Seq: m.nextSeq}, from, acc, cost, openProof, true)
	if err != nil {
		return Entry{}, nil, err
	}
	return Entry{Tx: tx, Seq: m.nextSeq - 1}, replaced, nil
}

// Restore inserts a durable entry read back from the store, keeping its
// sequence number, under the same rules as Add. Entries must be restored in
// increasing sequence order, before any Add.
func (m *Mempool) Restore(e Entry, from common.Address, acc *rollup.Account, cost *uint256.Int, openProof bool) (replaced *Entry, err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if e.Seq < m.nextSeq {
		return nil, fmt.Errorf("sequencer: restored entry %d after %d", e.Seq, m.nextSeq-1)
	}
	return m.add(e, from, acc, cost, openProof, false)
}

func (m *Mempool) add(e Entry, from common.Address, acc *rollup.Account, cost *uint256.Int, openProof, held bool) (replaced *Entry, err error) {
	tx := e.Tx
	if _, ok := m.byHash[tx.Hash()]; ok {
		return nil, fmt.Errorf("%w: %s", ErrKnownTx, tx.Hash())
	}
	n := tx.Nonce()
	var slot *[2]uint64
	if acc.Balance.IsZero() && acc.Stake.IsZero() {
		lp, isProof := tx.Data().(*rollup.LossProof)
		if !isProof || !openProof || n != acc.Nonce {
			return nil, fmt.Errorf("%w: %s has no balance and no stake to send a %s (only an executable loss proof of an open claim goes without)", ErrCannotPay, from, tx.Type())
		}
		slot = &[2]uint64{lp.MLSC, lp.Round}
		if p, ok := m.proofSlots[*slot]; ok && (p.from != from || p.Tx.Nonce() != n) {
			return nil, fmt.Errorf("%w: %s has nothing at stake and a loss proof for MLSC %d round %d is pending already", ErrCannotPay, from, lp.MLSC, lp.Round)
		}
	}
	if n < acc.Nonce {
		return nil, fmt.Errorf("%w: %d, account %s is at %d", ErrNonceTooLow, n, from, acc.Nonce)
	}
	if n >= acc.Nonce+uint64(m.lim.PerAccount) {
		return nil, fmt.Errorf("%w: %d, account %s is at %d, limit %d ahead", ErrNonceGap, n, from, acc.Nonce, m.lim.PerAccount)
	}
	q := m.byAccount[from]
	if q == nil {
		q = &account{txs: make(map[uint64]*pending), run: acc.Nonce}
	} else {
		m.settle(q, acc.Nonce)
	}
	old := q.txs[n]
	gapped := n > q.run
	if old == nil {
		if len(q.txs) >= m.lim.PerAccount {
			return nil, fmt.Errorf("%w: %s has %d", ErrAccountFull, from, len(q.txs))
		}
		if gapped && q.gapped >= m.lim.GappedPerAccount {
			return nil, fmt.Errorf("%w: %s has %d waiting for nonce %d", ErrGapBudget, from, q.gapped, q.run)
		}
	}
	if err := m.canPay(q, from, acc, tx, old, cost); err != nil {
		return nil, err
	}
	size := tx.EncodedSize()
	freed := 0
	if old != nil {
		freed = old.size
	}
	full := func() bool {
		return (old == nil && len(m.byHash) >= m.lim.Max) || m.bytes-freed+size > m.lim.MaxBytes ||
			(gapped && (old == nil || !old.gapped) && m.gapped >= m.lim.GappedMax)
	}
	for full() && m.gFirst != nil && m.gFirst != old {
		v := m.gFirst
		m.evict(v, fmt.Sprintf("evicted: waited %s for nonce %d of %s while the pool was full",
			m.now().Sub(v.arrived).Round(time.Millisecond), m.byAccount[v.from].run, v.from))
	}
	if full() {
		return nil, fmt.Errorf("%w: %d transactions, %d bytes, %d nonce-gapped", ErrPoolFull, len(m.byHash), m.bytes, m.gapped)
	}
	if old != nil {
		m.drop(q, old)
		replaced = &old.Entry
	}
	if len(q.txs) == 0 {
		m.byAccount[from] = q
	}
	m.nextSeq = e.Seq + 1
	if !held {
		m.ready++
	}
	p := &pending{Entry: e, from: from, cost: cost.Clone(), size: size, arrived: m.now(), slot: slot, held: held, prev: m.last}
	if m.last != nil {
		m.last.next = p
	} else {
		m.first = p
	}
	m.last = p
	q.txs[n] = p
	if slot != nil {
		m.proofSlots[*slot] = p
	}
	q.cost.Add(&q.cost, p.cost)
	m.byHash[tx.Hash()] = p
	m.bytes += size
	if gapped {
		m.gap(q, p)
	} else if n == q.run {
		m.extend(q)
	}
	return replaced, nil
}

// canPay checks that from, with account acc, can pay cost on top of its
// other pending transactions (but the one tx replaces). add has refused
// senders with nothing at all.
func (m *Mempool) canPay(q *account, from common.Address, acc *rollup.Account, tx *rollup.Tx, old *pending, cost *uint256.Int) error {
	need := new(uint256.Int).Add(&q.cost, cost)
	if old != nil {
		need.Sub(need, old.cost)
	}
	if !acc.Balance.Lt(need) {
		return nil
	}
	// Transactions a block has included but the pool has not resolved yet
	// are paid already.
	for nonce, p := range q.txs {
		if nonce < acc.Nonce {
			need.Sub(need, p.cost)
		}
	}
	if acc.Balance.Lt(need) {
		return fmt.Errorf("%w: %s has %s, its pending transactions with this %s cost %s", ErrCannotPay, from, acc.Balance.Dec(), tx.Type(), need.Dec())
	}
	return nil
}

// settle moves q's run up to the account's nonce once a block has passed
// it.
func (m *Mempool) settle(q *account, nonce uint64) {
	if q.run < nonce {
		q.run = nonce
		m.extend(q)
	}
}

// extend grows q's run over the pending nonces that continue it; the
// transactions it reaches are no longer gapped.
func (m *Mempool) extend(q *account) {
	for p, ok := q.txs[q.run]; ok; p, ok = q.txs[q.run] {
		if p.gapped {
			m.ungap(q, p)
		}
		q.run++
	}
}

// cut ends q's run at nonce (its transaction left the pool): those above it
// are gapped now.
func (m *Mempool) cut(q *account, nonce uint64) {
	if nonce >= q.run {
		return
	}
	q.run = nonce
	for n, p := range q.txs {
		if n > nonce && !p.gapped {
			m.gap(q, p)
		}
	}
}

func (m *Mempool) gap(q *account, p *pending) {
	p.gapped = true
	q.gapped++
	m.gapped++
	// Keep the gapped list in arrival order: a transaction gapped by a cut
	// may be older than the last one listed.
	at := m.gLast
	for at != nil && at.Seq > p.Seq {
		at = at.gprev
	}
	p.gprev = at
	if at != nil {
		p.gnext, at.gnext = at.gnext, p
	} else {
		p.gnext, m.gFirst = m.gFirst, p
	}
	if p.gnext != nil {
		p.gnext.gprev = p
	} else {
		m.gLast = p
	}
}

func (m *Mempool) ungap(q *account, p *pending) {
	p.gapped = false
	q.gapped--
	m.gapped--
	if p.gprev != nil {
		p.gprev.gnext = p.gnext
	} else {
		m.gFirst = p.gnext
	}
	if p.gnext != nil {
		p.gnext.gprev = p.gprev
	} else {
		m.gLast = p.gprev
	}
	p.gprev, p.gnext = nil, nil
}

// drop removes p from every index but leaves q's run as it is; callers
// that drop a ready transaction cut the run.
func (m *Mempool) drop(q *account, p *pending) {
	if p.gapped {
		m.ungap(q, p)
	}
	delete(m.byHash, p.Tx.Hash())
	delete(q.txs, p.Tx.Nonce())
	if p.slot != nil && m.proofSlots[*p.slot] == p {
		delete(m.proofSlots, *p.slot)
	}
	q.cost.Sub(&q.cost, p.cost)
	m.bytes -= p.size
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
	if len(q.txs) == 0 {
		delete(m.byAccount, p.from)
	}
}

// evict drops a gapped transaction and records it for TakeEvicted.
func (m *Mempool) evict(p *pending, reason string) {
	q := m.byAccount[p.from]
	m.drop(q, p)
	m.evicted = append(m.evicted, Evicted{Entry: p.Entry, Reason: reason})
}

// Expire evicts every gapped transaction that has waited GappedLifetime or
// longer for its gap to fill (see TakeEvicted).
func (m *Mempool) Expire() {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	for p := m.gFirst; p != nil && now.Sub(p.arrived) >= m.lim.GappedLifetime; p = m.gFirst {
		m.evict(p, fmt.Sprintf("evicted: waited %s for nonce %d of %s", m.lim.GappedLifetime, m.byAccount[p.from].run, p.from))
	}
}

// TakeEvicted returns the entries evicted since the last call, oldest
// eviction first; the caller removes them from the store.
func (m *Mempool) TakeEvicted() []Evicted {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := m.evicted
	m.evicted = nil
	return out
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

// Stats returns the pending transactions, their encoded bytes and how many
// of them are nonce-gapped.
func (m *Mempool) Stats() (txs, bytes, gapped int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.byHash), m.bytes, m.gapped
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
		for p, ok := q.txs[n]; ok && !p.held; p, ok = q.txs[n] {
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

// Remove drops transactions by hash. A ready transaction removed this way
// leaves the account's later ones gapped until the gap fills.
func (m *Mempool) Remove(hashes ...common.Hash) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, h := range hashes {
		p, ok := m.byHash[h]
		if !ok {
			continue
		}
		q := m.byAccount[p.from]
		m.drop(q, p)
		m.cut(q, p.Tx.Nonce())
	}
}

// Resolve drops the transactions a block included or rejected (gone), and
// every pending transaction of the given accounts whose nonce its account
// has passed, which it returns; it then reclassifies the accounts'
// remaining transactions as ready or gapped against their nonces. accounts
// must hold every sender of gone: only a block that includes transactions
// of an account moves its nonce.
func (m *Mempool) Resolve(nonceOf func(common.Address) uint64, gone []common.Hash, accounts []common.Address) []Entry {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, h := range gone {
		p, ok := m.byHash[h]
		if !ok {
			continue
		}
		q := m.byAccount[p.from]
		m.drop(q, p)
		if n := p.Tx.Nonce(); n >= nonceOf(p.from) {
			m.cut(q, n) // rejected: the later ones wait for a replacement
		}
	}
	var out []Entry
	for _, from := range accounts {
		q, ok := m.byAccount[from]
		if !ok {
			continue
		}
		n := nonceOf(from)
		for nonce, p := range q.txs {
			if nonce < n {
				m.drop(q, p)
				out = append(out, p.Entry)
			}
		}
		m.settle(q, n)
	}
	return out
}

// countFrom is the number of pending transactions of one account.
func (m *Mempool) countFrom(a common.Address) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	if q, ok := m.byAccount[a]; ok {
		return len(q.txs)
	}
	return 0
}
