package sequencer

import (
	"crypto/ecdsa"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/rollup"
)

func funds(nonce, balance, stake uint64) *rollup.Account {
	return &rollup.Account{Nonce: nonce, Balance: uint256.NewInt(balance), Stake: uint256.NewInt(stake)}
}

// poolTx is one transaction offered to a pool in a test: key k's tx with
// nonce n moving amt (a commit, which costs nothing, if commit is set), from
// an account with the given state.
type poolTx struct {
	k      int
	n      uint64
	amt    uint64
	commit bool
	acc    *rollup.Account
}

func (p poolTx) tx(t *testing.T, keys []*ecdsa.PrivateKey) *rollup.Tx {
	if p.commit {
		tx, err := rollup.SignTx(&rollup.Commit{Nonce: p.n, MLSC: 1, Round: 1}, testChainID, keys[p.k])
		require.NoError(t, err)
		return tx
	}
	return transfer(t, keys[p.k], p.n, common.Address{9}, p.amt)
}

func addTo(t *testing.T, p *Mempool, keys []*ecdsa.PrivateKey, in poolTx) (Entry, *Entry, error) {
	tx := in.tx(t, keys)
	from := crypto.PubkeyToAddress(keys[in.k].PublicKey)
	return p.Add(tx, from, in.acc, chainCfg().Cost(tx, nil), false)
}

func chainCfg() *rollup.Config { return testConfig("").Chain }

var testLimits = MempoolLimits{PerAccount: 8, Max: 6, MaxBytes: 1 << 20, GappedPerAccount: 2, GappedMax: 3, GappedLifetime: time.Minute}

// TestMempoolAdmission: one case per admission rule. Each starts from an
// empty pool with testLimits, adds setup (which must be accepted), then
// offers add and checks the error, the evictions and what stays pending.
func TestMempoolAdmission(t *testing.T) {
	keys := testKeys(8)
	rich := funds(0, 1000, 0)
	for _, tc := range []struct {
		name    string
		lim     *MempoolLimits
		setup   []poolTx
		add     poolTx
		want    error
		evicted []int // the setup txs it evicts, in order
		gapped  int   // gapped txs pending afterwards
	}{
		{name: "funded, ready", add: poolTx{0, 0, 10, false, rich}},
		{name: "nonce passed", add: poolTx{0, 2, 10, false, funds(3, 1000, 0)}, want: ErrNonceTooLow},
		{name: "too far ahead", add: poolTx{0, 8, 10, false, rich}, want: ErrNonceGap},
		{name: "unfunded transfer", add: poolTx{0, 0, 1, false, funds(0, 0, 0)}, want: ErrCannotPay},
		{name: "unfunded gapped transfer", add: poolTx{0, 5, 1, false, funds(0, 0, 0)}, want: ErrCannotPay},
		{name: "amount over balance", add: poolTx{0, 0, 1001, false, rich}, want: ErrCannotPay},
		{name: "costless tx from an empty account", add: poolTx{0, 0, 0, true, funds(0, 0, 0)}, want: ErrCannotPay},
		{name: "costless tx with stake only", add: poolTx{0, 0, 0, true, funds(0, 0, 100)}},
		{name: "costless tx with a balance", add: poolTx{0, 0, 0, true, funds(0, 1, 0)}},
		{name: "pending txs spend the balance",
			setup: []poolTx{{0, 0, 600, false, rich}}, add: poolTx{0, 1, 500, false, rich}, want: ErrCannotPay},
		{name: "replacement frees its cost",
			setup: []poolTx{{0, 0, 600, false, rich}}, add: poolTx{0, 0, 900, false, rich}},
		{name: "included txs not yet resolved are paid",
			setup: []poolTx{{0, 0, 600, false, rich}}, add: poolTx{0, 1, 400, false, funds(1, 400, 0)}},
		{name: "known", setup: []poolTx{{0, 0, 10, false, rich}}, add: poolTx{0, 0, 10, false, rich}, want: ErrKnownTx},
		{name: "gapped within budget", add: poolTx{0, 3, 10, false, rich}, gapped: 1},
		{name: "gapped over the account's budget",
			setup: []poolTx{{0, 3, 1, false, rich}, {0, 5, 1, false, rich}}, add: poolTx{0, 7, 1, false, rich}, want: ErrGapBudget, gapped: 2},
		{name: "gap fills",
			setup: []poolTx{{0, 1, 1, false, rich}, {0, 2, 1, false, rich}}, add: poolTx{0, 0, 1, false, rich}, gapped: 0},
		{name: "global gapped budget evicts the oldest gapped",
			setup: []poolTx{{0, 1, 1, false, rich}, {1, 1, 1, false, rich}, {2, 1, 1, false, rich}},
			add:   poolTx{3, 1, 1, false, rich}, evicted: []int{0}, gapped: 3},
		{name: "full pool evicts gapped for a ready tx",
			setup: []poolTx{{0, 1, 1, false, rich}, {1, 0, 1, false, rich}, {2, 0, 1, false, rich}, {3, 0, 1, false, rich}, {4, 0, 1, false, rich}, {5, 0, 1, false, rich}},
			add:   poolTx{6, 0, 1, false, rich}, evicted: []int{0}},
		{name: "full pool of ready txs refuses",
			setup: []poolTx{{0, 0, 1, false, rich}, {1, 0, 1, false, rich}, {2, 0, 1, false, rich}, {3, 0, 1, false, rich}, {4, 0, 1, false, rich}, {5, 0, 1, false, rich}},
			add:   poolTx{6, 0, 1, false, rich}, want: ErrPoolFull},
		{name: "a gapped tx never evicts a ready one",
			setup: []poolTx{{0, 0, 1, false, rich}, {1, 0, 1, false, rich}, {2, 0, 1, false, rich}, {3, 0, 1, false, rich}, {4, 0, 1, false, rich}, {5, 0, 1, false, rich}},
			add:   poolTx{6, 1, 1, false, rich}, want: ErrPoolFull},
		{name: "byte budget", lim: &MempoolLimits{PerAccount: 8, Max: 100, MaxBytes: 250},
			setup: []poolTx{{0, 0, 1, false, rich}, {1, 0, 1, false, rich}}, add: poolTx{2, 0, 1, false, rich}, want: ErrPoolFull},
		{name: "byte budget evicts gapped", lim: &MempoolLimits{PerAccount: 8, Max: 100, MaxBytes: 250},
			setup: []poolTx{{0, 0, 1, false, rich}, {1, 1, 1, false, rich}}, add: poolTx{2, 0, 1, false, rich}, evicted: []int{1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lim := testLimits
			if tc.lim != nil {
				lim = *tc.lim
			}
			p := NewMempool(lim)
			var setup []Entry
			for i, in := range tc.setup {
				e, _, err := addTo(t, p, keys, in)
				require.NoError(t, err, "setup %d", i)
				setup = append(setup, e)
			}
			before := p.Len()
			e, replaced, err := addTo(t, p, keys, tc.add)
			ev := p.TakeEvicted()
			require.Len(t, ev, len(tc.evicted))
			for i, j := range tc.evicted {
				require.Equal(t, setup[j].Tx.Hash(), ev[i].Tx.Hash(), "eviction %d is the oldest gapped", i)
				require.Contains(t, ev[i].Reason, "evicted")
				require.False(t, p.Has(ev[i].Tx.Hash()))
			}
			if tc.want != nil {
				require.ErrorIs(t, err, tc.want)
				require.Equal(t, before, p.Len(), "a refused tx changes nothing")
			} else {
				require.NoError(t, err)
				require.True(t, p.Has(e.Tx.Hash()))
				after := before + 1 - len(ev)
				if replaced != nil {
					after--
				}
				require.Equal(t, after, p.Len())
			}
			_, _, gapped := p.Stats()
			require.Equal(t, tc.gapped, gapped)
		})
	}
}

// TestMempoolLifecycle follows one account through a block that rejects a
// transaction in the middle of its run (the later ones become gapped), a
// replacement that fills the gap, and the expiry of gapped transactions.
func TestMempoolLifecycle(t *testing.T) {
	keys := testKeys(2)
	a := crypto.PubkeyToAddress(keys[0].PublicKey)
	clock := time.Unix(1000, 0)
	p := NewMempool(testLimits)
	p.now = func() time.Time { return clock }
	rich := funds(0, 1000, 0)
	var es []Entry
	for n := uint64(0); n < 4; n++ {
		e, _, err := addTo(t, p, keys, poolTx{0, n, 1, false, rich})
		require.NoError(t, err)
		es = append(es, e)
	}
	p.Release(es)
	_, _, gapped := p.Stats()
	require.Zero(t, gapped)
	nonce := map[common.Address]uint64{}
	nonceOf := func(x common.Address) uint64 { return nonce[x] }
	require.Len(t, p.Executable(nonceOf, 10), 4)

	// A block includes nonce 0 and rejects nonce 1: 2 and 3 wait for a new 1.
	nonce[a] = 1
	require.Empty(t, p.Resolve(nonceOf, []common.Hash{es[0].Tx.Hash(), es[1].Tx.Hash()}, []common.Address{a}))
	_, _, gapped = p.Stats()
	require.Equal(t, 2, gapped)
	require.Empty(t, p.Executable(nonceOf, 10))

	clock = clock.Add(30 * time.Second)
	fill, _, err := addTo(t, p, keys, poolTx{0, 1, 1, false, funds(1, 999, 0)})
	require.NoError(t, err)
	p.Release([]Entry{fill})
	_, _, gapped = p.Stats()
	require.Zero(t, gapped, "the replacement fills the gap")
	require.Len(t, p.Executable(nonceOf, 10), 3)

	// Gapped txs expire after GappedLifetime; ready ones never do.
	_, _, err = addTo(t, p, keys, poolTx{0, 6, 1, false, funds(1, 999, 0)})
	require.NoError(t, err)
	clock = clock.Add(59 * time.Second)
	p.Expire()
	require.Empty(t, p.TakeEvicted())
	clock = clock.Add(time.Second)
	p.Expire()
	ev := p.TakeEvicted()
	require.Len(t, ev, 1)
	require.Equal(t, uint64(6), ev[0].Tx.Nonce())
	require.Equal(t, 3, p.Len())

	// A block includes 1..3: they leave, and so does a stale replacement.
	nonce[a] = 4
	gone := []common.Hash{}
	for _, e := range p.Executable(nonceOf, 10) {
		gone = append(gone, e.Tx.Hash())
	}
	require.Empty(t, gone, "nonce 4 is next: nothing of a is executable")
	nonce[a] = 1
	for _, e := range p.Executable(nonceOf, 10) {
		gone = append(gone, e.Tx.Hash())
	}
	nonce[a] = 4
	require.Empty(t, p.Resolve(nonceOf, gone, []common.Address{a}))
	require.Zero(t, p.Len())
	require.Zero(t, p.countFrom(a))
}

// TestMempoolOrder: Executable takes each account's run from its nonce,
// accounts by arrival, only released txs; Oldest and Resolve keep the
// pending log's bookkeeping.
func TestMempoolOrder(t *testing.T) {
	keys := testKeys(2)
	a := crypto.PubkeyToAddress(keys[0].PublicKey)
	b := crypto.PubkeyToAddress(keys[1].PublicKey)
	p := NewMempool(MempoolLimits{PerAccount: 4, Max: 6, GappedPerAccount: 4, GappedMax: 6})
	atA := funds(3, 1000, 0)
	rich := funds(0, 1000, 0)
	var added []Entry
	for _, in := range []poolTx{{0, 3, 1, false, atA}, {0, 5, 1, false, atA}, {0, 3, 2, false, atA}, {0, 4, 1, false, atA}, {0, 6, 1, false, atA}, {1, 0, 1, false, rich}, {1, 1, 1, false, rich}} {
		e, _, err := addTo(t, p, keys, in)
		require.NoError(t, err)
		added = append(added, e)
	}
	nonceOf := func(x common.Address) uint64 {
		if x == a {
			return 3
		}
		return 0
	}
	require.Empty(t, p.Executable(nonceOf, 100), "held until released")
	require.Equal(t, added[1].Seq, p.Oldest(func(common.Hash) bool { return false }), "the replaced first entry is gone")
	p.Release(added)
	ex := p.Executable(nonceOf, 100)
	require.Len(t, ex, 6)
	require.Equal(t, uint64(3), ex[0].Tx.Nonce())
	require.Equal(t, uint64(2), ex[0].Tx.Data().(*rollup.Transfer).Amount.Uint64(), "replacement wins")
	require.Equal(t, added[2].Seq, p.Oldest(func(h common.Hash) bool { return h == added[1].Tx.Hash() }))
	passed := func(x common.Address) uint64 {
		if x == a {
			return 5
		}
		return 0
	}
	require.Empty(t, p.Resolve(passed, nil, []common.Address{b}), "only the given accounts")
	require.Len(t, p.Resolve(passed, nil, []common.Address{a, b}), 2)
	require.Equal(t, 4, p.Len())
}

// TestMempoolOpenProofs: a sender with no balance and no stake may send only
// an executable loss proof of a claim open now (the sequencer verifies it),
// and only one such proof per claim is pending; funded senders are not
// limited so.
func TestMempoolOpenProofs(t *testing.T) {
	keys := testKeys(4)
	proof := func(k int, n, mlsc uint64) (*rollup.Tx, common.Address) {
		tx, err := rollup.SignTx(&rollup.LossProof{Nonce: n, MLSC: mlsc, Round: 1, Proof: []byte{byte(k)}}, testChainID, keys[k])
		require.NoError(t, err)
		return tx, crypto.PubkeyToAddress(keys[k].PublicKey)
	}
	empty := funds(0, 0, 0)
	zero := new(uint256.Int)
	for _, tc := range []struct {
		name  string
		setup [][3]uint64 // key, nonce, MLSC of open proofs added first
		k     int
		n     uint64
		mlsc  uint64
		acc   *rollup.Account
		open  bool
		want  error
	}{
		{name: "open proof", k: 0, mlsc: 1, acc: empty, open: true},
		{name: "proof that does not verify", k: 0, mlsc: 1, acc: empty, want: ErrCannotPay},
		{name: "gapped open proof", k: 0, n: 1, mlsc: 1, acc: empty, open: true, want: ErrCannotPay},
		{name: "second proof of the claim", setup: [][3]uint64{{1, 0, 1}}, k: 0, mlsc: 1, acc: empty, open: true, want: ErrCannotPay},
		{name: "proof of another claim", setup: [][3]uint64{{1, 0, 1}}, k: 0, mlsc: 2, acc: empty, open: true},
		{name: "funded sender, second proof", setup: [][3]uint64{{1, 0, 1}}, k: 0, mlsc: 1, acc: funds(0, 1, 0)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := NewMempool(testLimits)
			for _, s := range tc.setup {
				tx, from := proof(int(s[0]), s[1], s[2])
				_, _, err := p.Add(tx, from, empty, zero, true)
				require.NoError(t, err)
			}
			tx, from := proof(tc.k, tc.n, tc.mlsc)
			_, _, err := p.Add(tx, from, tc.acc, zero, tc.open)
			if tc.want != nil {
				require.ErrorIs(t, err, tc.want)
				return
			}
			require.NoError(t, err)
		})
	}

	// The claim's slot frees once its proof leaves the pool.
	p := NewMempool(testLimits)
	first, a := proof(1, 0, 1)
	_, _, err := p.Add(first, a, empty, zero, true)
	require.NoError(t, err)
	second, b := proof(2, 0, 1)
	_, _, err = p.Add(second, b, empty, zero, true)
	require.ErrorIs(t, err, ErrCannotPay)
	p.Resolve(func(common.Address) uint64 { return 0 }, []common.Hash{first.Hash()}, []common.Address{a})
	_, _, err = p.Add(second, b, empty, zero, true)
	require.NoError(t, err)
}
