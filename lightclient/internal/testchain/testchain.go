// Package testchain builds Neuron chains for the light client's tests: a
// real sequencer.Sequencer produces the blocks and seals the batches, with
// a hash standing in for Groth16 loss proofs (HashProofs) and, unless the
// test brings a real L1, a deterministic fake L1 (FakeL1). Only tests
// import it: it links the sequencer and pebble, which the light client's
// core must not.
package testchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/lightclient"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rollup/rolluptest"
	"github.com/neuron-rollup/neuron/sequencer"
)

// ChainID is the L2 chain id of test chains.
const ChainID = 4242

// SampleCount is the sample count of Round's MLSCs: their proofs' circuit
// is HashProofs.Circuit of it.
const SampleCount = 4

// FakeL1 is a deterministic L1: block n's hash is L1Hash(n) unless Forge
// says otherwise, and its head moves one block per ConfirmedHead call. It is
// the sequencer's L1View (with deposits) and, with the same hashes and
// deposits, the light client's L1. Safe for concurrent use.
type FakeL1 struct {
	mu       sync.Mutex
	head     uint64
	deposits []*rollup.Deposit
	forge    map[uint64]common.Hash
}

// L1Hash is FakeL1's honest hash of block n.
func L1Hash(n uint64) common.Hash {
	return crypto.Keccak256Hash([]byte("testchain-l1"), new(uint256.Int).SetUint64(n).Bytes())
}

// Forge makes the L1 report hash h for block n from now on.
func (f *FakeL1) Forge(n uint64, h common.Hash) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.forge == nil {
		f.forge = map[uint64]common.Hash{}
	}
	f.forge[n] = h
}

func (f *FakeL1) hash(n uint64) common.Hash {
	if h, ok := f.forge[n]; ok {
		return h
	}
	return L1Hash(n)
}

// ConfirmedHead advances the head by one and returns it.
func (f *FakeL1) ConfirmedHead(context.Context) (uint64, common.Hash, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.head++
	return f.head, f.hash(f.head), nil
}

// Deposits returns the deposits from nonce from on.
func (f *FakeL1) Deposits(_ context.Context, from, _ uint64) ([]*rollup.Deposit, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if from >= uint64(len(f.deposits)) {
		return nil, nil
	}
	return f.deposits[from:], nil
}

// HashAt implements lightclient.L1.
func (f *FakeL1) HashAt(_ context.Context, n uint64) (common.Hash, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if n > f.head {
		return common.Hash{}, fmt.Errorf("%w: %d, head is %d", lightclient.ErrNoL1Block, n, f.head)
	}
	return f.hash(n), nil
}

// DepositAccumulator implements lightclient.L1Queues over the deposits
// the sequencer is given.
func (f *FakeL1) DepositAccumulator(_ context.Context, nonce uint64) (common.Hash, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if nonce >= uint64(len(f.deposits)) {
		return common.Hash{}, fmt.Errorf("%w: deposit %d of %d", lightclient.ErrNoL1Entry, nonce, len(f.deposits))
	}
	var acc common.Hash
	for _, d := range f.deposits[:nonce+1] {
		acc = rollup.DepositAccumulator(acc, d)
	}
	return acc, nil
}

// ForcedAccumulator implements lightclient.L1Queues: this L1 queues no
// forced entries.
func (f *FakeL1) ForcedAccumulator(_ context.Context, index uint64) (common.Hash, error) {
	return common.Hash{}, fmt.Errorf("%w: forced entry %d (none queued)", lightclient.ErrNoL1Entry, index)
}

// Options configure a chain.
type Options struct {
	Dir  string // the sequencer's data directory
	Keys int    // funded accounts (at least 3 for Round)
	// Fund is each key's deposit (default 1e12).
	Fund uint64
	// Rollup is the chain config's L1 Rollup address (default 0x…7011).
	Rollup common.Address
	// DA defaults to an in-memory store.
	DA da.Store
	// L1 is the sequencer's L1 view; it must hold one deposit of Fund for
	// each key, in key order. Nil: a FakeL1 that does.
	L1 sequencer.L1View
	// Poster settles batches (PostBatches); nil for none.
	Poster sequencer.BatchPoster
	// DeltaPeriod is the chain's training-set epoch in blocks (0: the
	// rollup default, a week).
	DeltaPeriod uint64
}

// Chain is a sequencer driven block by block.
type Chain struct {
	T       testing.TB
	Cfg     *rollup.Config
	Genesis *rollup.Genesis
	DA      da.Store
	L1      sequencer.L1View
	Seq     *sequencer.Sequencer
	Keys    []*ecdsa.PrivateKey
	nonces  map[int]uint64
}

// Genesis is the genesis of test chains.
func Genesis() *rollup.Genesis { return &rollup.Genesis{Time: 1, Issued: uint256.NewInt(1e18)} }

// Key returns test key i.
func Key(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("lightclient-test-key-%d", i))))
	if err != nil {
		panic(err)
	}
	return k
}

// Addr is the address of Key(i).
func Addr(i int) common.Address { return crypto.PubkeyToAddress(Key(i).PublicKey) }

// New starts a sequencer, lets its block loop take the deposits that fund
// the keys, then restarts it without the loop so that the test makes each
// block (Step) and batch (Seal). The L1 view of later blocks stays the one
// the loop saw last.
func New(t testing.TB, o Options) *Chain {
	t.Helper()
	if o.Fund == 0 {
		o.Fund = 1e12
	}
	if o.Rollup == (common.Address{}) {
		o.Rollup = common.HexToAddress("0x0000000000000000000000000000000000007011")
	}
	if o.DA == nil {
		o.DA = da.NewMemory()
	}
	c := &Chain{T: t, DA: o.DA, nonces: map[int]uint64{},
		Cfg: &rollup.Config{ChainID: ChainID, Rollup: o.Rollup, GenesisTime: 1, MinStake: uint256.NewInt(10),
			RewardDivisor: 100000, HalvingSeconds: rollup.HalvingSeconds4Years, Verifier: rolluptest.HashProofs{}, DeltaPeriod: o.DeltaPeriod},
		Genesis: Genesis()}
	for i := range o.Keys {
		c.Keys = append(c.Keys, Key(i))
	}
	c.L1 = o.L1
	if c.L1 == nil {
		f := &FakeL1{}
		for i := range o.Keys {
			f.deposits = append(f.deposits, &rollup.Deposit{L1Nonce: uint64(i), From: Addr(i), To: Addr(i), Amount: uint256.NewInt(o.Fund)})
		}
		c.L1 = f
	}
	cfg := sequencer.Config{DataDir: o.Dir, BlockTime: 5 * time.Millisecond, MaxBlockTxs: 100000, BatchBlocks: 1 << 40,
		MempoolPerAccount: 1 << 16, MempoolMax: 1 << 20, Chain: c.Cfg, Genesis: c.Genesis}
	ctx := context.Background()
	seq, err := sequencer.New(cfg, sequencer.Deps{DA: o.DA, L1: c.L1})
	if err != nil {
		t.Fatal(err)
	}
	if err := seq.Start(ctx); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for consumed := uint64(0); consumed < uint64(o.Keys); {
		if time.Now().After(deadline) {
			t.Fatalf("testchain: %d of %d funding deposits consumed after 60 s", consumed, o.Keys)
		}
		time.Sleep(10 * time.Millisecond)
		_ = seq.View(func(st *rollup.State, _ *rollup.Header) error { consumed = st.Globals().DepositsConsumed; return nil })
	}
	if err := seq.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	cfg.BlockTime = time.Hour
	c.Seq, err = sequencer.New(cfg, sequencer.Deps{DA: o.DA, Poster: o.Poster})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Seq.Stop(ctx) })
	return c
}

// Sign signs d for key i with its next nonce.
func (c *Chain) Sign(i int, d func(nonce uint64) rollup.TxData) *rollup.Tx {
	c.T.Helper()
	tx, err := rollup.SignTx(d(c.nonces[i]), ChainID, c.Keys[i])
	if err != nil {
		c.T.Fatal(err)
	}
	c.nonces[i]++
	return tx
}

// Transfer is a transfer of amount from key from to key to.
func (c *Chain) Transfer(from, to int, amount uint64) *rollup.Tx {
	return c.Sign(from, func(n uint64) rollup.TxData {
		return &rollup.Transfer{Nonce: n, To: Addr(to), Amount: uint256.NewInt(amount)}
	})
}

// Withdraw is a withdrawal of amount from key from to its own L1 address.
func (c *Chain) Withdraw(from int, amount uint64) *rollup.Tx {
	return c.Sign(from, func(n uint64) rollup.TxData {
		return &rollup.Withdraw{Nonce: n, To: Addr(from), Amount: uint256.NewInt(amount)}
	})
}

// Step admits txs, produces a block that must include them all and returns it.
func (c *Chain) Step(txs ...*rollup.Tx) *rollup.Block {
	c.T.Helper()
	ctx := context.Background()
	raws := make([][]byte, len(txs))
	for i, tx := range txs {
		raws[i] = tx.Encode()
	}
	if _, errs := c.Seq.SendTxs(ctx, raws); errors.Join(errs...) != nil {
		c.T.Fatal(errors.Join(errs...))
	}
	blk, err := c.Seq.ProduceBlock(ctx)
	if err != nil {
		c.T.Fatal(err)
	}
	if len(blk.Txs) != len(txs) {
		for _, tx := range txs {
			if reason, err := c.Seq.Store().Rejected(tx.Hash()); err == nil {
				c.T.Fatalf("testchain: %s %s rejected: %s", tx.Type(), tx.Hash(), reason)
			}
		}
		c.T.Fatalf("testchain: block %d holds %d of %d txs", blk.Header.Number, len(blk.Txs), len(txs))
	}
	return blk
}

// Seal seals every unbatched block into batches and, with a Poster, settles them.
func (c *Chain) Seal() {
	c.T.Helper()
	ctx := context.Background()
	for {
		_, first, err := c.Seq.Store().NextBatch()
		if err != nil {
			c.T.Fatal(err)
		}
		if first > c.Seq.Head().Number {
			break
		}
		if err := c.Seq.MaybeSealBatch(ctx, true); err != nil {
			c.T.Fatal(err)
		}
	}
}

// Post settles the sealed batches through the Poster.
func (c *Chain) Post() {
	c.T.Helper()
	if err := c.Seq.PostBatches(context.Background()); err != nil {
		c.T.Fatal(err)
	}
}

// Round opens an MLSC (created by key creator, staked and claimed by key
// trainer) and runs its round 1 to the proof phase; it returns the loss
// proof, signed by key prover, that the round waits for.
func (c *Chain) Round(creator, trainer, prover int) *rollup.Tx {
	c.T.Helper()
	spec := rollup.MLSCSpec{Layers: []uint32{16, 8, 4}, Loss: 1, DatasetCID: []byte{1}, DatasetSize: 256,
		Optimizer: uint8(rollup.OptSGD), LearningRate: 10000, BatchSize: 16, Epochs: 1, SampleCount: SampleCount,
		CommitBlocks: 2, RevealBlocks: 2, ProofBlocks: 40, MaxRounds: 1}
	var id uint64
	_ = c.Seq.View(func(st *rollup.State, _ *rollup.Header) error { id = st.Globals().NextMLSC; return nil })
	c.Step(c.Sign(trainer, func(n uint64) rollup.TxData { return &rollup.Stake{Nonce: n, Amount: uint256.NewInt(10)} }),
		c.Sign(creator, func(n uint64) rollup.TxData {
			return &rollup.CreateMLSC{Nonce: n, Spec: spec, Bounty: uint256.NewInt(1000)}
		}))
	w, trace, salt, loss := common.Hash{1, byte(id)}, common.Hash{2, byte(id)}, common.Hash{3, byte(id)}, uint64(100)
	c.Step(c.Sign(trainer, func(n uint64) rollup.TxData {
		return &rollup.Commit{Nonce: n, MLSC: id, Round: 1, Commitment: rollup.CommitmentHash(id, 1, w, trace, loss, Addr(trainer), salt)}
	}))
	c.until(id, rollup.PhaseReveal)
	c.Step(c.Sign(trainer, func(n uint64) rollup.TxData {
		return &rollup.Reveal{Nonce: n, MLSC: id, Round: 1, CheckpointCID: []byte("ckpt"), WeightCommitment: w,
			TraceCID: []byte("trace"), TraceRoot: trace, ClaimedLossSum: loss, Salt: salt}
	}))
	c.until(id, rollup.PhaseProof)
	var claim *rollup.Claim
	if err := c.Seq.View(func(st *rollup.State, _ *rollup.Header) (err error) {
		claim, err = st.ClaimOf(id, 1)
		return err
	}); err != nil {
		c.T.Fatal(err)
	}
	d := rolluptest.ClaimDigest(claim)
	return c.Sign(prover, func(n uint64) rollup.TxData { return &rollup.LossProof{Nonce: n, MLSC: id, Round: 1, Proof: d[:]} })
}

func (c *Chain) until(id uint64, p rollup.Phase) {
	c.T.Helper()
	for i := 0; ; i++ {
		var phase rollup.Phase
		_ = c.Seq.View(func(st *rollup.State, _ *rollup.Header) error { m, _ := st.MLSC(id); phase = m.Phase; return nil })
		if phase == p {
			return
		}
		if i > 20 {
			c.T.Fatalf("testchain: MLSC %d never reached %s", id, p)
		}
		c.Step()
	}
}

// Records returns what L1 records of each sealed batch (as Rollup.submitBatch
// would from the sequencer's batch record) and the batch's DA bytes.
func (c *Chain) Records() ([]*lightclient.BatchRecord, [][]byte) {
	c.T.Helper()
	n, _, err := c.Seq.Store().NextBatch()
	if err != nil {
		c.T.Fatal(err)
	}
	recs, datas := make([]*lightclient.BatchRecord, n), make([][]byte, n)
	for i := range n {
		b, err := c.Seq.Store().Batch(i)
		if err != nil {
			c.T.Fatal(err)
		}
		r := &lightclient.BatchRecord{BatchHeader: *b.Header()}
		for _, p := range b.Proofs {
			r.Proofs = append(r.Proofs, p.Applied())
		}
		recs[i] = r
		id, err := cid.Cast(b.CID)
		if err != nil {
			c.T.Fatal(err)
		}
		if datas[i], err = c.DA.Get(context.Background(), id); err != nil {
			c.T.Fatal(err)
		}
	}
	return recs, datas
}
