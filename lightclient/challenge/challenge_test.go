package challenge_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/ipfs/go-cid"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/l1/l1client"
	"github.com/neuron-rollup/neuron/l1/l1errors"
	"github.com/neuron-rollup/neuron/l1/simchain"
	"github.com/neuron-rollup/neuron/lightclient"
	"github.com/neuron-rollup/neuron/lightclient/challenge"
	"github.com/neuron-rollup/neuron/lightclient/driver"
	"github.com/neuron-rollup/neuron/lightclient/internal/testchain"
	"github.com/neuron-rollup/neuron/rollup"
)

const keys, fund = 3, 1_000_000

var bond = big.NewInt(1e18)

// lie is what the poster changes in one batch.
type lie int

const (
	honest      lie = iota
	stateRoot       // the header's state root (the trace stays honest): its end is wrong
	stepRoot        // one intermediate root in the published trace, and the header's stepRoot to match
	dataHash        // the header's data hash: L1 commits to other bytes than DA holds
	hiddenTrace     // stepRoot over unpublished leaves, wrong from the middle on, and the state root to match; DA holds the honest batch
	hiddenEnd       // stepRoot over unpublished leaves, one wrong in the middle, and a wrong withdrawal root; DA holds the honest batch
	hiddenInput     // hiddenTrace whose first wrong leaf also commits to another input than the data's step
	hiddenPlace     // hiddenTrace whose first wrong leaf also commits to another place in the data than the data's step
	hiddenShort     // stepRoot over the honest leaves less the last one, and the state root they end in
	// forcedOutOfOrder: the last block gains a transfer funding forcedKey and forced entry 1
	// (forcedKey's transfer, valid then) ahead of entry 0; the liar applies it as the next entry.
	forcedOutOfOrder
	// forcedTwice: the last block gains forced entry 0 (forcedKey's transfer, which fails: no
	// balance yet), a transfer funding forcedKey, and entry 0 again, whose transfer the liar
	// applies (now valid) without counting the entry.
	forcedTwice
)

// forcedKey signs the inner transaction of the forced lies: an account with no deposit.
var forcedKey = testchain.Key(7)

// forcedInner is the forced lies' inner transaction: forcedKey's transfer of 1 to key 1.
func forcedInner(t *testing.T) []byte {
	tx, err := rollup.SignTx(&rollup.Transfer{Nonce: 0, To: testchain.Addr(1), Amount: uint256.NewInt(1)}, testchain.ChainID, forcedKey)
	require.NoError(t, err)
	return tx.Encode()
}

// poster posts batches through the L1 client, lying in batch `at` as `how` says: a sequencer
// made to lie, whose trace is still published on DA.
type poster struct {
	*l1client.Client
	da  da.Store
	at  uint64
	how lie
	t   *testing.T
	// committed are the leaves a hiddenTrace lie committed to, by batch: what the liar
	// reveals.
	committed map[uint64][]rollup.StepLeaf
	// cfg is the chain's config and st its state after the batches posted so far (the
	// forced lies build on it); set once the chain exists.
	cfg *rollup.Config
	st  *rollup.State
}

// appendLie appends to the last block of batch b the steps of a forced lie (p.how), each
// with the root the liar's state gives it, and returns the root after them. p.st is the
// state after b's honest blocks.
func (p *poster) appendLie(b *rollup.Batch) common.Hash {
	t := p.t
	from := crypto.PubkeyToAddress(forcedKey.PublicKey)
	forced := func(index uint64) *rollup.Tx {
		tx, err := rollup.NewForced(&rollup.Forced{Index: index, From: testchain.Addr(0), Tx: forcedInner(t)})
		require.NoError(t, err)
		return tx
	}
	fund, err := rollup.SignTx(&rollup.Transfer{Nonce: p.st.Nonce(testchain.Addr(0)), To: from, Amount: uint256.NewInt(100)},
		testchain.ChainID, testchain.Key(0))
	require.NoError(t, err)
	inner, err := rollup.DecodeTx(forcedInner(t))
	require.NoError(t, err)
	// Each step as published, and what the liar's state applies for it.
	var steps [][2]*rollup.Tx
	if p.how == forcedOutOfOrder {
		steps = [][2]*rollup.Tx{{fund, fund}, {forced(1), forced(0)}}
	} else {
		steps = [][2]*rollup.Tx{{forced(0), forced(0)}, {fund, fund}, {forced(0), inner}}
	}
	last := b.Blocks[len(b.Blocks)-1]
	var root common.Hash
	for _, s := range steps {
		rc, err := p.st.ApplyTx(p.cfg, s[1], uint64(len(last.Txs)))
		require.NoError(t, err)
		if rc.Forced != nil && s[1] == s[0] && p.how == forcedTwice {
			require.NotEmpty(t, rc.Forced.Error, "the first consumption fails")
		}
		root, err = p.st.StepRoot()
		require.NoError(t, err)
		last.Txs = append(last.Txs, s[0])
		b.Trace = append(b.Trace, rollup.TraceStep{Root: root})
	}
	_, _, err = p.st.Commit()
	require.NoError(t, err)
	last.Header.TxHash, last.Header.StateRoot = rollup.TxListHash(last.Txs), root
	return root
}

func (p *poster) PostBatch(ctx context.Context, h *rollup.BatchHeader, proofs []rollup.ProofRecord) (common.Hash, uint64, error) {
	c := *h
	if p.how == forcedOutOfOrder || p.how == forcedTwice {
		id, err := cid.Cast(h.CID)
		require.NoError(p.t, err)
		data, err := p.da.Get(ctx, id)
		require.NoError(p.t, err)
		b, err := rollup.DecodeBatch(data)
		require.NoError(p.t, err)
		for _, blk := range b.Blocks {
			_, _, err := rollup.ApplyBlock(p.cfg, p.st, blk)
			require.NoError(p.t, err)
		}
		if h.Index == p.at {
			c.StateRoot = p.appendLie(b)
			c.ForcedConsumed = p.st.Globals().ForcedConsumed
			data, err = b.Encode()
			require.NoError(p.t, err)
			id, err = p.da.Put(ctx, data)
			require.NoError(p.t, err)
			leaves, err := rollup.BatchLeaves(b)
			require.NoError(p.t, err)
			c.CID, c.DataHash, c.StepRoot, c.StepCount = id.Bytes(), rollup.DataHash(data), rollup.StepTreeRoot(rollup.LeafHashes(leaves)), uint64(len(leaves))
		}
	}
	if h.Index == p.at+1 && (p.how == stateRoot || p.how == hiddenTrace || p.how == hiddenInput || p.how == hiddenPlace) {
		c.PrevStateRoot[0] ^= 1 // the next batch builds on the lie, or L1 refuses it
	}
	if h.Index == p.at+1 && p.how == hiddenShort {
		short := p.committed[p.at]
		c.PrevStateRoot = short[len(short)-1].Root
	}
	if h.Index == p.at {
		switch p.how {
		case dataHash:
			c.DataHash[0] ^= 1
		case stateRoot:
			c.StateRoot[0] ^= 1
		case hiddenTrace, hiddenEnd, hiddenInput, hiddenPlace, hiddenShort:
			id, err := cid.Cast(h.CID)
			require.NoError(p.t, err)
			data, err := p.da.Get(ctx, id)
			require.NoError(p.t, err)
			b, err := rollup.DecodeBatch(data)
			require.NoError(p.t, err)
			leaves, err := rollup.BatchLeaves(b)
			require.NoError(p.t, err)
			switch p.how {
			case hiddenShort:
				leaves = leaves[:len(leaves)-1]
			case hiddenEnd:
				leaves[len(leaves)/2].Root[0] ^= 1
				c.WithdrawalRoot[0] ^= 1
			default:
				for k := len(leaves)/2 + 1; k < len(leaves); k++ {
					leaves[k].Root[0] ^= 1
				}
			}
			switch p.how {
			case hiddenInput:
				leaves[len(leaves)/2+1].Input[0] ^= 1
			case hiddenPlace:
				leaves[len(leaves)/2+1].Offset++
			}
			c.StepRoot, c.StepCount, c.StateRoot = rollup.StepTreeRoot(rollup.LeafHashes(leaves)), uint64(len(leaves)), leaves[len(leaves)-1].Root
			if p.committed == nil {
				p.committed = map[uint64][]rollup.StepLeaf{}
			}
			p.committed[h.Index] = leaves
		case stepRoot:
			id, err := cid.Cast(h.CID)
			require.NoError(p.t, err)
			data, err := p.da.Get(ctx, id)
			require.NoError(p.t, err)
			b, err := rollup.DecodeBatch(data)
			require.NoError(p.t, err)
			b.Trace[len(b.Trace)-2].Root[0] ^= 1 // the root after the batch's last tx but one
			data, err = b.Encode()
			require.NoError(p.t, err)
			id, err = p.da.Put(ctx, data)
			require.NoError(p.t, err)
			leaves, err := rollup.BatchLeaves(b)
			require.NoError(p.t, err)
			c.CID, c.DataHash, c.StepRoot = id.Bytes(), rollup.DataHash(data), rollup.StepTreeRoot(rollup.LeafHashes(leaves))
		}
	}
	return p.Client.PostBatch(ctx, &c, proofs)
}

// net is a chain settled by a real sequencer through the L1 client on a simulated L1 with the
// real contracts (finalization period one hour, sequencer bond 1 ETH posted), its batches
// and their traces on an in-memory DA.
type net struct {
	t          *testing.T
	l1         *simchain.Chain
	dep        *deploy.Deployment
	c          *testchain.Chain
	da         *da.Memory
	challenger *ecdsa.PrivateKey
	poster     *poster
}

func opts(k *ecdsa.PrivateKey) *bind.TransactOpts {
	return bind.NewKeyedTransactor(k, big.NewInt(simchain.ChainID))
}

func newNet(t *testing.T, at uint64, how lie) *net {
	ctx := context.Background()
	admin, seqKey, challenger := testchain.Key(100), testchain.Key(101), testchain.Key(102)
	addr := func(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
	eth := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	chain := simchain.New(types.GenesisAlloc{addr(admin): {Balance: eth}, addr(seqKey): {Balance: eth}, addr(challenger): {Balance: eth}})
	t.Cleanup(func() { chain.Close() })
	_, gh, _, err := testchain.Genesis().State()
	require.NoError(t, err)
	dep, err := deploy.Deploy(ctx, chain, opts(admin), deploy.Config{L2ChainID: testchain.ChainID, Sequencer: addr(seqKey),
		GenesisHolder: addr(admin), InitialSupply: big.NewInt(1e18), GenesisStateRoot: gh.StateRoot,
		FinalizationPeriod: time.Hour, SequencerBond: bond})
	require.NoError(t, err)
	send := func(k *ecdsa.PrivateKey, c *bind.BoundContract, data []byte, value *big.Int) {
		o := opts(k)
		o.Value = value
		tx, err := bind.Transact(c, o, data)
		require.NoError(t, err)
		rc, err := bind.WaitMined(ctx, chain, tx.Hash())
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, rc.Status)
	}
	send(seqKey, dep.Rollup.Instance, dep.Rollup.Binding.PackPostBond(), bond)
	send(admin, dep.NRN.Instance, dep.NRN.Binding.PackApprove(dep.Bridge.Address, big.NewInt(keys*fund)), nil)
	for i := range keys {
		send(admin, dep.Bridge.Instance, dep.Bridge.Binding.PackDeposit(testchain.Addr(i), big.NewInt(fund)), nil)
	}
	chain.Commit() // one block on top: the deposits are confirmed
	client := l1client.New(chain, dep, dep.Block, 1, opts(seqKey))
	n := &net{t: t, l1: chain, dep: dep, da: da.NewMemory(), challenger: challenger}
	n.poster = &poster{Client: client, da: n.da, at: at, how: how, t: t}
	n.c = testchain.New(t, testchain.Options{Dir: t.TempDir(), Keys: keys, Fund: fund, Rollup: dep.Rollup.Address,
		DA: n.da, L1: client, Poster: n.poster})
	n.poster.cfg = n.c.Cfg
	n.poster.st, _, _, err = n.c.Genesis.State()
	require.NoError(t, err)
	return n
}

// batches seals the funding deposits' blocks into a batch, then makes count batches of
// transfers (to new and existing accounts and to oneself) and withdrawals, and settles them.
func (n *net) batches(count int) {
	c := n.c
	c.Seal()
	for i := range count {
		c.Step(c.Transfer(0, 1, 10), c.Transfer(1, 2, 5), c.Transfer(2, 2, 1))
		c.Step()
		c.Step(c.Withdraw(2, uint64(1+i)), c.Transfer(0, 2, 1), c.Withdraw(0, 2))
		c.Seal()
	}
	c.Post()
}

func (n *net) driverConfig(snapshot string) driver.Config {
	return driver.Config{Chain: n.c.Cfg, Genesis: n.c.Genesis, Snapshot: snapshot, DeployBlock: n.dep.Block, Poll: 20 * time.Millisecond}
}

// batch is L1's record of batch i, its DA bytes and the verified state before it.
func (n *net) batch(i uint64) (*lightclient.BatchRecord, []byte, *lightclient.Checkpoint) {
	ctx := context.Background()
	l1 := driver.NewL1(n.l1, n.dep.Rollup.Address)
	pre, err := driver.ReplayTo(ctx, n.driverConfig(""), driver.Deps{L1: l1, DA: n.da}, i)
	require.NoError(n.t, err)
	head, err := l1.Head(ctx)
	require.NoError(n.t, err)
	recs, err := l1.Batches(ctx, n.dep.Block, head, i)
	require.NoError(n.t, err)
	require.NotEmpty(n.t, recs)
	id, err := cid.Cast(recs[0].CID)
	require.NoError(n.t, err)
	data, err := n.da.Get(ctx, id)
	require.NoError(n.t, err)
	return recs[0], data, pre
}

// call runs a challenge as the challenger would send it, without sending it.
func (n *net) call(data []byte) error {
	to := n.dep.Rollup.Address
	_, err := n.l1.CallContract(context.Background(), ethereum.CallMsg{From: crypto.PubkeyToAddress(n.challenger.PublicKey), To: &to, Data: data}, nil)
	return l1errors.Decode(err)
}

func (n *net) batchCount() uint64 {
	got, err := bind.Call(n.dep.Rollup.Instance, nil, n.dep.Rollup.Binding.PackBatchCount(), n.dep.Rollup.Binding.UnpackBatchCount)
	require.NoError(n.t, err)
	return got
}

func wantNoFraud(t *testing.T, err error, what string) {
	t.Helper()
	var re *l1errors.RevertError
	require.True(t, errors.As(err, &re), "%s: %v, want a revert NoFraud", what, err)
	require.Equal(t, "NoFraud", re.Name, "%s: %v", what, err)
}

// TestHonestSequencerSurvivesEveryChallenge: a real sequencer settles batches with their
// traces through l1client on the real contracts, and every challenge a challenger can build
// from L1 and the published data (challengeEnd of each batch, challengeStep of each step of
// each batch with the published leaves and a witness of its re-execution) is refused with
// NoFraud; Build finds nothing to challenge; the light client agrees with every batch.
func TestHonestSequencerSurvivesEveryChallenge(t *testing.T) {
	n := newNet(t, ^uint64(0), honest)
	n.batches(2)
	count := n.batchCount()
	require.Equal(t, uint64(3), count)
	steps := 0
	for i := range count {
		rec, data, pre := n.batch(i)
		require.NotZero(t, rec.StepCount, "batch %d has a trace on L1", i)
		end, err := challenge.End(n.c.Cfg, pre, rec, data)
		require.NoError(t, err)
		wantNoFraud(t, n.call(end.Calldata), "challengeEnd")
		for k := range int(rec.StepCount) {
			ch, err := challenge.Step(n.c.Cfg, pre, rec, data, k)
			require.NoError(t, err)
			wantNoFraud(t, n.call(ch.Calldata), ch.Reason)
			steps++
		}
		_, err = challenge.Build(n.c.Cfg, pre, rec, data)
		require.ErrorIs(t, err, challenge.ErrNoFraud)
		// A trace other than the one L1 committed to opens nothing; nor does another state.
		b, err := rollup.DecodeBatch(data)
		require.NoError(t, err)
		b.Trace[0].Root[0] ^= 1
		other, err := b.Encode()
		require.NoError(t, err)
		_, err = challenge.Build(n.c.Cfg, pre, rec, other)
		require.ErrorIs(t, err, challenge.ErrUnopenable)
		_, err = challenge.Step(n.c.Cfg, pre, rec, data, int(rec.StepCount))
		require.ErrorIs(t, err, challenge.ErrStep)
		if i > 0 {
			genesis, err := lightclient.GenesisCheckpoint(n.c.Genesis)
			require.NoError(t, err)
			_, err = challenge.Build(n.c.Cfg, genesis, rec, data)
			require.ErrorIs(t, err, challenge.ErrPreState)
		}
	}
	t.Logf("%d batches, %d steps: every challenge refused", count, steps)
	require.Equal(t, count, n.batchCount())
	require.NoError(t, driver.Run(context.Background(), n.driverConfig(""), driver.Deps{L1: driver.NewL1(n.l1, n.dep.Rollup.Address), DA: n.da}))
}

// TestWatchRemovesLyingSequencer: a sequencer made to lie in batch 1 (of 3) is caught by the
// watcher (nrn challenge --watch's loop, in-process): it follows L1 with the light client,
// builds the challenge from the published trace at the first divergence and sends it; the
// batch and the one after it are removed and the bond goes to the challenger.
func TestWatchRemovesLyingSequencer(t *testing.T) {
	for _, tc := range []struct {
		name  string
		how   lie
		check error
		step  bool // challengeStep, else challengeEnd
	}{
		{"wrong state root", stateRoot, lightclient.ErrStateRoot, false},
		{"wrong intermediate root", stepRoot, lightclient.ErrTrace, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := newNet(t, 1, tc.how)
			n.batches(2)
			require.Equal(t, uint64(3), n.batchCount())
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			who := crypto.PubkeyToAddress(n.challenger.PublicKey)
			before, err := n.l1.BalanceAt(ctx, who, nil)
			require.NoError(t, err)
			out, err := challenge.Watch(ctx, challenge.WatchConfig{Driver: n.driverConfig(filepath.Join(t.TempDir(), "snap")), Rollup: n.dep.Rollup.Address},
				challenge.WatchDeps{L1: n.l1, DA: n.da, Opts: opts(n.challenger), Out: func(s string) { t.Log(s) }})
			require.NoError(t, err)
			require.ErrorIs(t, out.Report, tc.check)
			require.Equal(t, uint64(1), out.Report.Batch)
			require.Equal(t, tc.step, out.Challenge.Step >= 0, out.Challenge.Reason)
			require.Equal(t, uint64(1), out.Removed.Index)
			require.Equal(t, uint64(2), out.Removed.Count)
			require.Equal(t, who, out.Removed.Challenger)
			require.Zero(t, out.Removed.Paid.Cmp(bond))
			require.Equal(t, uint64(1), n.batchCount())
			after, err := n.l1.BalanceAt(ctx, who, nil)
			require.NoError(t, err)
			rcpt, err := n.l1.TransactionReceipt(ctx, out.Tx)
			require.NoError(t, err)
			fee := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
			require.Zero(t, new(big.Int).Sub(new(big.Int).Add(after, fee), before).Cmp(bond), "the challenger gets the bond")
			t.Logf("challenge: %d gas", out.GasUsed)
		})
	}
}

// TestWatchRemovesMisplacedForcedEntry: a sequencer whose last batch applies a forced entry
// out of queue order, or one consumed already, while its inner transaction would apply (so
// that L1's StepVerifier runs the inner transaction before it finds the index wrong) is
// removed by the watcher (nrn challenge --watch's code path): the witness it builds for the
// step the STF refuses (rollup.InvalidStepWitness) is that of the same bytes at the right
// index, and L1 decides the step invalid. Both entries are queued on L1.
func TestWatchRemovesMisplacedForcedEntry(t *testing.T) {
	for _, tc := range []struct {
		name   string
		how    lie
		queued [][]byte
	}{
		{"out of order", forcedOutOfOrder, [][]byte{{1, 2, 3}, forcedInner(t)}},
		{"consumed twice", forcedTwice, [][]byte{forcedInner(t)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := newNet(t, 2, tc.how)
			for _, raw := range tc.queued {
				tx, err := bind.Transact(n.dep.Rollup.Instance, opts(n.challenger), n.dep.Rollup.Binding.PackForceInclude(raw))
				require.NoError(t, err)
				rc, err := bind.WaitMined(context.Background(), n.l1, tx.Hash())
				require.NoError(t, err)
				require.Equal(t, types.ReceiptStatusSuccessful, rc.Status)
			}
			n.batches(2)
			require.Equal(t, uint64(3), n.batchCount())
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			out, err := challenge.Watch(ctx, challenge.WatchConfig{Driver: n.driverConfig(filepath.Join(t.TempDir(), "snap")), Rollup: n.dep.Rollup.Address},
				challenge.WatchDeps{L1: n.l1, DA: n.da, Opts: opts(n.challenger), Out: func(s string) { t.Log(s) }})
			require.NoError(t, err)
			require.Equal(t, uint64(2), out.Report.Batch)
			require.GreaterOrEqual(t, out.Challenge.Step, 0, out.Challenge.Reason)
			require.Equal(t, uint64(2), out.Removed.Index)
			require.Equal(t, uint64(1), out.Removed.Count)
			require.Equal(t, uint64(2), n.batchCount())
			t.Logf("%s: %d gas", out.Challenge.Reason, out.GasUsed)
		})
	}
}
