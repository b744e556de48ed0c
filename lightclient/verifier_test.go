package lightclient_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/l1"
	"github.com/neuron-rollup/neuron/lightclient"
	"github.com/neuron-rollup/neuron/lightclient/internal/testchain"
	"github.com/neuron-rollup/neuron/rollup"
)

// where is a block of the fixture chain.
type where struct{ batch, block uint64 }

// fixture is an honest chain with deposits, transfers, withdrawals and a
// loss proof, and what L1 and DA hold of it.
type fixture struct {
	c     *testchain.Chain
	l1    *testchain.FakeL1
	recs  []*lightclient.BatchRecord
	datas [][]byte
	// transfers holds key 0's transfers with nonces n and n+1, then key 1's
	// one transfer; withdrawals two withdrawals; proof a loss proof (tx 0).
	transfers, withdrawals, proof where
}

func newFixture(t *testing.T) *fixture {
	c := testchain.New(t, testchain.Options{Dir: t.TempDir(), Keys: 4})
	f := &fixture{c: c, l1: c.L1.(*testchain.FakeL1)}
	batch := uint64(0)
	seal := func() { c.Seal(); batch++ }
	seal() // the funding deposits
	c.Step(c.Transfer(0, 3, 5))
	f.transfers = where{batch, c.Step(c.Transfer(0, 1, 7), c.Transfer(0, 2, 9), c.Transfer(1, 3, 11)).Header.Number}
	c.Step(c.Transfer(3, 0, 1))
	seal()
	f.withdrawals = where{batch, c.Step(c.Withdraw(3, 100), c.Transfer(2, 1, 1), c.Withdraw(1, 50)).Header.Number}
	seal()
	proof := c.Round(0, 1, 2)
	seal()
	f.proof = where{batch, c.Step(proof, c.Transfer(3, 2, 1)).Header.Number}
	c.Step(c.Withdraw(2, 3))
	seal()
	c.Step(c.Transfer(1, 0, 2))
	seal()
	f.recs, f.datas = c.Records()
	require.Len(t, f.recs, int(batch))
	return f
}

// verify runs a fresh verifier over recs and datas with headers; it returns
// the results and the first error.
func (f *fixture) verify(t *testing.T, headers lightclient.L1, recs []*lightclient.BatchRecord, datas [][]byte) ([]*lightclient.Result, error) {
	t.Helper()
	cp, err := lightclient.GenesisCheckpoint(f.c.Genesis)
	require.NoError(t, err)
	v, err := lightclient.New(f.c.Cfg, headers, cp)
	require.NoError(t, err)
	var out []*lightclient.Result
	for i, rec := range recs {
		res, err := v.VerifyBatch(context.Background(), rec, datas[i])
		if err != nil {
			return out, err
		}
		out = append(out, res)
	}
	return out, nil
}

func TestVerifyHonestChain(t *testing.T) {
	f := newFixture(t)
	res, err := f.verify(t, f.l1, f.recs, f.datas)
	require.NoError(t, err)
	require.Len(t, res, len(f.recs))
	var txs int
	for i, r := range res {
		require.Equal(t, f.recs[i].StateRoot, r.StateRoot, "batch %d", i)
		txs += r.Txs
	}
	require.Equal(t, uint64(2), res[f.withdrawals.batch].Withdrawals)
	require.Len(t, res[f.proof.batch].Proofs, 1)
	require.Equal(t, f.recs[f.proof.batch].Proofs, res[f.proof.batch].Proofs)
	require.Equal(t, 4, res[0].Txs, "the funding deposits")
	require.Greater(t, txs, 4)
	require.Equal(t, f.c.Seq.Head().Number, res[len(res)-1].LastBlock)
}

// TestResume: a verifier restarted from the genesis checkpoint plus the
// entries every verified batch changed continues where the first stopped.
func TestResume(t *testing.T) {
	f := newFixture(t)
	cp, err := lightclient.GenesisCheckpoint(f.c.Genesis)
	require.NoError(t, err)
	state := map[string][]byte{}
	for _, e := range cp.Entries {
		state[string(e.Key)] = e.Value
	}
	v, err := lightclient.New(f.c.Cfg, f.l1, cp)
	require.NoError(t, err)
	half := len(f.recs) / 2
	for i := range half {
		res, err := v.VerifyBatch(context.Background(), f.recs[i], f.datas[i])
		require.NoError(t, err)
		for _, e := range res.Entries {
			if e.Value == nil {
				delete(state, string(e.Key))
			} else {
				state[string(e.Key)] = e.Value
			}
		}
	}
	resumed := &lightclient.Checkpoint{NextBatch: v.NextBatch(), Head: v.Head()}
	for k, val := range state {
		resumed.Entries = append(resumed.Entries, rollup.Entry{Key: []byte(k), Value: val})
	}
	v2, err := lightclient.New(f.c.Cfg, f.l1, resumed)
	require.NoError(t, err)
	for i := half; i < len(f.recs); i++ {
		_, err := v2.VerifyBatch(context.Background(), f.recs[i], f.datas[i])
		require.NoError(t, err, "batch %d", i)
	}

	// A checkpoint whose state is not its head's is refused.
	resumed.Entries = resumed.Entries[1:]
	_, err = lightclient.New(f.c.Cfg, f.l1, resumed)
	require.ErrorContains(t, err, "checkpoint state root")
}

// flaky fails its first call, as an L1 node that cannot be reached.
type flaky struct {
	lightclient.L1
	failed bool
}

func (f *flaky) HashAt(ctx context.Context, n uint64) (common.Hash, error) {
	if !f.failed {
		f.failed = true
		return common.Hash{}, errors.New("connection refused")
	}
	return f.L1.HashAt(ctx, n)
}

// TestRetryAfterL1Failure: a batch whose L1 hashes could not be fetched is
// not a divergence, and leaves the verifier able to verify it again.
func TestRetryAfterL1Failure(t *testing.T) {
	f := newFixture(t)
	cp, err := lightclient.GenesisCheckpoint(f.c.Genesis)
	require.NoError(t, err)
	v, err := lightclient.New(f.c.Cfg, &flaky{L1: f.l1}, cp)
	require.NoError(t, err)
	_, err = v.VerifyBatch(context.Background(), f.recs[0], f.datas[0])
	require.ErrorContains(t, err, "connection refused")
	var r *lightclient.Report
	require.False(t, errors.As(err, &r), "a failure to ask L1 is not a report")
	for i := range f.recs {
		_, err := v.VerifyBatch(context.Background(), f.recs[i], f.datas[i])
		require.NoError(t, err, "batch %d", i)
	}
}

// forged is an L1 whose block n has hash h.
type forged struct {
	lightclient.L1
	n uint64
	h common.Hash
}

func (f forged) HashAt(ctx context.Context, n uint64) (common.Hash, error) {
	if n == f.n {
		return f.h, nil
	}
	return f.L1.HashAt(ctx, n)
}

// noDeposits is an L1 whose Bridge took no deposit.
type noDeposits struct{ lightclient.L1 }

func (noDeposits) DepositAccumulator(_ context.Context, nonce uint64) (common.Hash, error) {
	return common.Hash{}, fmt.Errorf("%w: deposit %d", lightclient.ErrNoL1Entry, nonce)
}

// short is an L1 whose head is block head.
type short struct {
	lightclient.L1
	head uint64
}

func (s short) HashAt(ctx context.Context, n uint64) (common.Hash, error) {
	if n > s.head {
		return common.Hash{}, lightclient.ErrNoL1Block
	}
	return s.L1.HashAt(ctx, n)
}

// rewrite decodes data, lets edit change the blocks, re-links them (tx
// hashes and parent hashes, not state roots) and re-encodes: what a
// sequencer that posts a doctored batch to DA and its CID to L1 does.
func rewrite(t *testing.T, rec *lightclient.BatchRecord, data []byte, edit func(b *rollup.Batch)) []byte {
	t.Helper()
	b, err := rollup.DecodeBatch(data)
	require.NoError(t, err)
	edit(b)
	for i, blk := range b.Blocks {
		blk.Header.TxHash = rollup.TxListHash(blk.Txs)
		if i > 0 {
			blk.Header.ParentHash = b.Blocks[i-1].Hash()
		}
	}
	// A trace that no longer has one step per block start and transaction is
	// cut or padded to fit (a liar's trace must still decode).
	for n := rollup.StepCount(b.Blocks); b.Trace != nil && len(b.Trace) != n; {
		if len(b.Trace) > n {
			b.Trace = b.Trace[:n]
		} else {
			b.Trace = append(b.Trace, b.Trace[len(b.Trace)-1])
		}
	}
	out, err := b.Encode()
	require.NoError(t, err)
	rec.CID, rec.DataHash = da.Sum(out).Bytes(), rollup.DataHash(out)
	return out
}

// blockOf returns the block numbered num in b.
func blockOf(t *testing.T, b *rollup.Batch, num uint64) *rollup.Block {
	i := slices.IndexFunc(b.Blocks, func(blk *rollup.Block) bool { return blk.Header.Number == num })
	require.GreaterOrEqual(t, i, 0, "block %d not in batch %d", num, b.Index)
	return b.Blocks[i]
}

// stepOf is the index in batch b's trace of the step of tx (-1: the block start) of block num.
func stepOf(t *testing.T, b *rollup.Batch, num uint64, tx int) int {
	k := 0
	for _, blk := range b.Blocks {
		if blk.Header.Number == num {
			return k + 1 + tx
		}
		k += 1 + len(blk.Txs)
	}
	t.Fatalf("block %d not in batch %d", num, b.Index)
	return 0
}

// TestLies: a sequencer that lies about one thing, in its L1 record or its
// DA bytes, is caught at the right batch, block and transaction.
func TestLies(t *testing.T) {
	f := newFixture(t)
	lastOf := func(batch uint64) uint64 { return f.recs[batch].L2Height }
	decoded := func(batch uint64) *rollup.Batch {
		b, err := rollup.DecodeBatch(f.datas[batch])
		require.NoError(t, err)
		return b
	}
	txHash := func(w where, i int) common.Hash { return blockOf(t, decoded(w.batch), w.block).Txs[i].Hash() }
	// The first block that refers to L1 block n, for the forged-hash lies.
	n := blockOf(t, decoded(f.transfers.batch), f.transfers.block).Header.L1Number
	var firstAtN where
	for i := range f.datas {
		for _, blk := range decoded(uint64(i)).Blocks {
			if blk.Header.L1Number == n && firstAtN.block == 0 {
				firstAtN = where{uint64(i), blk.Header.Number}
			}
		}
	}
	require.NotZero(t, n)

	type lie struct {
		name string
		// tamper changes the copies of the records and bytes of batch at.
		at      uint64
		tamper  func(rec *lightclient.BatchRecord, data []byte) []byte
		headers lightclient.L1
		check   error
		also    error  // another error the report wraps, if any
		block   uint64 // 0: none
		tx      int    // -1: none
		txHash  common.Hash
	}
	// The block of batch 0 that credits the funding deposits.
	var depositBlock uint64
	for _, blk := range decoded(0).Blocks {
		if len(blk.Txs) > 0 && blk.Txs[0].Type() == rollup.TxDeposit && depositBlock == 0 {
			depositBlock = blk.Header.Number
		}
	}
	require.NotZero(t, depositBlock)
	editDeposit := func(i int, edit func(d *rollup.Deposit)) func(r *lightclient.BatchRecord, d []byte) []byte {
		return func(r *lightclient.BatchRecord, data []byte) []byte {
			return rewrite(t, r, data, func(b *rollup.Batch) {
				blk := blockOf(t, b, depositBlock)
				dep := *blk.Txs[i].Data().(*rollup.Deposit)
				edit(&dep)
				tx, err := rollup.NewDeposit(&dep)
				require.NoError(t, err)
				blk.Txs[i] = tx
			})
		}
	}
	lies := []lie{
		{name: "deposit credited above what L1 took", at: 0, check: lightclient.ErrL1Deposit, block: depositBlock, tx: 1,
			tamper: editDeposit(1, func(d *rollup.Deposit) { d.Amount = new(uint256.Int).AddUint64(d.Amount, 1) })},
		{name: "deposit credited to another account", at: 0, check: lightclient.ErrL1Deposit, block: depositBlock, tx: 0,
			tamper: editDeposit(0, func(d *rollup.Deposit) { d.To = common.Address{0xee} })},
		{name: "deposit L1 never queued", at: 0, check: lightclient.ErrL1Deposit, also: lightclient.ErrNoL1Entry, block: depositBlock, tx: 0,
			headers: noDeposits{f.l1}},
		{name: "wrong state root", at: f.transfers.batch, check: lightclient.ErrStateRoot, block: lastOf(f.transfers.batch), tx: -1,
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte { r.StateRoot[0] ^= 1; return d }},
		{name: "wrong withdrawal root", at: f.withdrawals.batch, check: lightclient.ErrWithdrawalRoot, block: lastOf(f.withdrawals.batch), tx: -1,
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte { r.WithdrawalRoot[5] ^= 1; return d }},
		{name: "withdrawal root of no withdrawals", at: f.transfers.batch, check: lightclient.ErrWithdrawalRoot, block: lastOf(f.transfers.batch), tx: -1,
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte { r.WithdrawalRoot = common.Hash{1}; return d }},
		{name: "message root of no messages", at: f.transfers.batch, check: lightclient.ErrMessageRoot, block: lastOf(f.transfers.batch), tx: -1,
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte { r.MessageRoot = common.Hash{1}; return d }},
		{name: "bytes do not match the CID", at: f.transfers.batch, check: lightclient.ErrCID, also: da.ErrCorrupt, tx: -1,
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte { d = bytes.Clone(d); d[len(d)/2] ^= 1; return d }},
		{name: "another batch's bytes", at: f.transfers.batch, check: lightclient.ErrCID, also: da.ErrCorrupt, tx: -1,
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte { return f.datas[f.withdrawals.batch] }},
		{name: "bytes do not match the data hash", at: f.transfers.batch, check: lightclient.ErrDataHash, tx: -1,
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte { r.DataHash[0] ^= 1; return d }},
		{name: "wrong previous state root", at: f.withdrawals.batch, check: lightclient.ErrPrevStateRoot, tx: -1,
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte { r.PrevStateRoot[0] ^= 1; return d }},
		{name: "wrong deposit count", at: f.transfers.batch, check: lightclient.ErrDeposits, block: lastOf(f.transfers.batch), tx: -1,
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte { r.DepositsConsumed++; return d }},
		{name: "wrong L2 height", at: f.transfers.batch, check: lightclient.ErrL2Height, tx: -1,
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte { r.L2Height--; return d }},
		{name: "forged L1 hash", at: firstAtN.batch, check: lightclient.ErrL1Hash, block: firstAtN.block, tx: -1,
			headers: forged{f.l1, n, common.Hash{0xf0}}},
		{name: "L1 block that does not exist", at: firstAtN.batch, check: lightclient.ErrL1Hash, also: lightclient.ErrNoL1Block, block: firstAtN.block, tx: -1,
			headers: short{f.l1, n - 1}},
		{name: "L1 number before the parent's", at: f.transfers.batch, check: lightclient.ErrL1Order, block: f.transfers.block, tx: -1,
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte {
				return rewrite(t, r, d, func(b *rollup.Batch) { blockOf(t, b, f.transfers.block).Header.L1Number = 0 })
			}},
		{name: "L1 number after the batch settled", at: f.transfers.batch, check: lightclient.ErrL1Order, block: decoded(f.transfers.batch).Blocks[0].Header.Number, tx: -1,
			// One below the batch's first block's L1 number, so that the first block is the
			// first past it whatever L1 blocks the fixture's batch spans.
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte {
				first := decoded(f.transfers.batch).Blocks[0].Header.L1Number
				require.NotZero(t, first)
				r.L1Block = first - 1
				return d
			}},
		{name: "dropped transaction", at: f.transfers.batch, check: lightclient.ErrTx, also: rollup.ErrNonce,
			block: f.transfers.block, tx: 0, txHash: txHash(f.transfers, 1),
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte {
				return rewrite(t, r, d, func(b *rollup.Batch) { blk := blockOf(t, b, f.transfers.block); blk.Txs = blk.Txs[1:] })
			}},
		{name: "dropped lone transaction", at: f.transfers.batch, check: lightclient.ErrStateRoot, block: f.transfers.block, tx: -1,
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte {
				return rewrite(t, r, d, func(b *rollup.Batch) { blk := blockOf(t, b, f.transfers.block); blk.Txs = blk.Txs[:2] })
			}},
		{name: "extra transaction", at: f.transfers.batch, check: lightclient.ErrTx, also: rollup.ErrNonce,
			block: f.transfers.block, tx: 3, txHash: txHash(f.transfers, 2),
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte {
				return rewrite(t, r, d, func(b *rollup.Batch) { blk := blockOf(t, b, f.transfers.block); blk.Txs = append(blk.Txs, blk.Txs[2]) })
			}},
		{name: "proof L1 never saw", at: f.proof.batch, check: lightclient.ErrProofs, block: f.proof.block, tx: 0, txHash: txHash(f.proof, 0),
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte {
				r.Proofs, r.ProofsHash = nil, l1.ProofsHash(nil)
				return d
			}},
		{name: "L1 verified another proof", at: f.proof.batch, check: lightclient.ErrProofs, block: f.proof.block, tx: 0, txHash: txHash(f.proof, 0),
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte {
				r.Proofs = slices.Clone(r.Proofs)
				r.Proofs[0].Digest[0] ^= 1
				r.ProofsHash = l1.ProofsHash(r.Proofs)
				return d
			}},
		{name: "L1 verified a proof no block applied", at: f.transfers.batch, check: lightclient.ErrProofs, tx: -1,
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte {
				r.Proofs = []l1.ProofRef{{Circuit: common.Hash{1}, Digest: common.Hash{2}}}
				r.ProofsHash = l1.ProofsHash(r.Proofs)
				return d
			}},
		{name: "proofsHash of other proofs", at: f.proof.batch, check: lightclient.ErrProofs, tx: -1,
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte { r.ProofsHash[0] ^= 1; return d }},
		{name: "wrong intermediate root in the trace", at: f.transfers.batch, check: lightclient.ErrTrace, block: f.transfers.block, tx: 1, txHash: txHash(f.transfers, 1),
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte {
				return rewrite(t, r, d, func(b *rollup.Batch) { b.Trace[stepOf(t, b, f.transfers.block, 1)].Root[3] ^= 1 })
			}},
		{name: "wrong block-start root in the trace", at: f.transfers.batch, check: lightclient.ErrTrace, block: f.transfers.block, tx: -1,
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte {
				return rewrite(t, r, d, func(b *rollup.Batch) { b.Trace[stepOf(t, b, f.transfers.block, -1)].Root[3] ^= 1 })
			}},
		{name: "withdrawal left out of the trace", at: f.withdrawals.batch, check: lightclient.ErrTrace, block: f.withdrawals.block, tx: 2, txHash: txHash(f.withdrawals, 2),
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte {
				return rewrite(t, r, d, func(b *rollup.Batch) { b.Trace[stepOf(t, b, f.withdrawals.block, 2)].Withdrawal = nil })
			}},
		{name: "withdrawal added to the trace", at: f.transfers.batch, check: lightclient.ErrTrace, block: f.transfers.block, tx: 0, txHash: txHash(f.transfers, 0),
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte {
				return rewrite(t, r, d, func(b *rollup.Batch) { b.Trace[stepOf(t, b, f.transfers.block, 0)].Withdrawal = &common.Hash{7} })
			}},
		{name: "L1 step root of another trace", at: f.transfers.batch, check: lightclient.ErrTrace, tx: -1,
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte { r.StepRoot[0] ^= 1; return d }},
		{name: "L1 step count of another trace", at: f.transfers.batch, check: lightclient.ErrTrace, tx: -1,
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte { r.StepCount++; return d }},
		{name: "no trace on L1 for a traced batch", at: f.withdrawals.batch, check: lightclient.ErrTrace, tx: -1,
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte {
				r.StepRoot, r.StepCount = common.Hash{}, 0
				return d
			}},
		{name: "loss proof the STF rejects", at: f.proof.batch, check: lightclient.ErrTx, also: rollup.ErrBadProof,
			block: f.proof.block, tx: 0,
			tamper: func(r *lightclient.BatchRecord, d []byte) []byte {
				return rewrite(t, r, d, func(b *rollup.Batch) {
					blk := blockOf(t, b, f.proof.block)
					lp := *blk.Txs[0].Data().(*rollup.LossProof)
					lp.Proof = common.Hash{0xba, 0xd}.Bytes()
					tx, err := rollup.SignTx(&lp, testchain.ChainID, testchain.Key(2))
					require.NoError(t, err)
					blk.Txs[0] = tx
				})
			}},
	}
	for _, l := range lies {
		t.Run(l.name, func(t *testing.T) {
			recs := make([]*lightclient.BatchRecord, len(f.recs))
			for i, r := range f.recs {
				c := *r
				recs[i] = &c
			}
			datas := slices.Clone(f.datas)
			if l.tamper != nil {
				datas[l.at] = l.tamper(recs[l.at], datas[l.at])
			}
			headers := l.headers
			if headers == nil {
				headers = f.l1
			}
			res, err := f.verify(t, headers, recs, datas)
			require.Len(t, res, int(l.at), "batches verified before the lie")
			var r *lightclient.Report
			require.ErrorAs(t, err, &r)
			t.Log(r)
			require.ErrorIs(t, err, l.check)
			if l.also != nil {
				require.ErrorIs(t, err, l.also)
			}
			require.Equal(t, l.at, r.Batch, "batch")
			if l.block == 0 {
				require.Nil(t, r.Block, "block")
			} else {
				require.NotNil(t, r.Block, "block")
				require.Equal(t, l.block, *r.Block, "block")
			}
			if l.tx < 0 {
				require.Nil(t, r.Tx, "tx")
			} else {
				require.NotNil(t, r.Tx, "tx")
				require.Equal(t, l.tx, r.Tx.Index, "tx index")
				if l.txHash != (common.Hash{}) {
					require.Equal(t, l.txHash, r.Tx.Hash, "tx hash")
				}
			}
		})
	}
}

// TestOutOfOrder: a record for another batch is refused without spoiling
// the verifier.
func TestOutOfOrder(t *testing.T) {
	f := newFixture(t)
	cp, err := lightclient.GenesisCheckpoint(f.c.Genesis)
	require.NoError(t, err)
	v, err := lightclient.New(f.c.Cfg, f.l1, cp)
	require.NoError(t, err)
	_, err = v.VerifyBatch(context.Background(), f.recs[1], f.datas[1])
	require.ErrorIs(t, err, lightclient.ErrIndex)
	_, err = v.VerifyBatch(context.Background(), f.recs[0], f.datas[0])
	require.NoError(t, err)
}
