package lightclient_test

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/da/delta"
	"github.com/neuron-rollup/neuron/lightclient"
	"github.com/neuron-rollup/neuron/lightclient/internal/testchain"
	"github.com/neuron-rollup/neuron/rollup"
)

const deltaTestPeriod = 12

func randomExamples(n int, seed uint64) []mlp.Example {
	r := rand.New(rand.NewPCG(seed, 3))
	out := make([]mlp.Example, n)
	for i := range out {
		x := make([]int64, 16)
		for j := range x {
			x[j] = r.Int64N(1<<16) - 1<<15
		}
		out[i] = mlp.Example{X: x, Label: r.IntN(4)}
	}
	return out
}

// deltaFixture is an honest chain whose MLSC (over a real 40-example set on
// DA) gets two delta proposals in one epoch: proposal 0 (key 1: -2 +10
// examples, true root), completed and voted by keys 1 and 2, and proposal
// 1 (key 3: -1 +10 examples claiming proposal 0's root, a lie), whose data
// the STF checks and rejects. The epoch's close applies proposal 0.
type deltaFixture struct {
	*fixture
	// base is the MLSC's set and its CID; honest the built proposal 0.
	base   []mlp.Example
	set    []byte
	honest *delta.Built
	// proposals holds both proposals (txs 0, 1); chunks both chunks (txs
	// 0, 1); closed the block that applied proposal 0.
	proposals, chunks, closed where
}

func newDeltaFixture(t *testing.T) *deltaFixture {
	ctx := context.Background()
	c := testchain.New(t, testchain.Options{Dir: t.TempDir(), Keys: 4, DeltaPeriod: deltaTestPeriod})
	f := &deltaFixture{fixture: &fixture{c: c, l1: c.L1.(*testchain.FakeL1)}}
	batch := uint64(0)
	seal := func() { c.Seal(); batch++ }
	seal() // the funding deposits

	f.base = randomExamples(40, 1)
	setCID, err := dataset.Write(ctx, c.DA, f.base, dataset.Options{Classes: 4})
	require.NoError(t, err)
	f.set = setCID.Bytes()
	leaf := delta.LeafFunc(mlp.SquaredError)
	f.honest, err = delta.Build(ctx, c.DA, setCID, f.base, 4, leaf, []uint64{3, 9}, randomExamples(10, 2))
	require.NoError(t, err)
	other, err := delta.Build(ctx, c.DA, setCID, f.base, 4, leaf, []uint64{5}, randomExamples(10, 3))
	require.NoError(t, err)
	require.Len(t, f.honest.Chunks, 1)
	require.Len(t, other.Chunks, 1)

	spec := rollup.MLSCSpec{Layers: []uint32{16, 8, 4}, Loss: uint8(mlp.SquaredError), DatasetCID: f.set,
		DatasetRoot: f.honest.BaseRoot.Bytes(), DatasetSize: 40, Optimizer: uint8(rollup.OptSGD), LearningRate: 10000,
		BatchSize: 16, Epochs: 1, SampleCount: testchain.SampleCount, CommitBlocks: 2, RevealBlocks: 2, ProofBlocks: 40, MaxRounds: 100}
	c.Step(c.Sign(0, func(n uint64) rollup.TxData {
		return &rollup.CreateMLSC{Nonce: n, Spec: spec, Bounty: uint256.NewInt(1000)}
	}))
	seal()

	deposit := uint256.NewInt(10)
	f.proposals = where{batch, c.Step(
		c.Sign(1, func(n uint64) rollup.TxData { return rollup.ProposalTx(n, 0, f.honest, deposit) }),
		c.Sign(3, func(n uint64) rollup.TxData {
			p := rollup.ProposalTx(n, 0, other, deposit)
			p.NewRoot = f.honest.NewRoot.Bytes() // a lie: not where this patch leads
			return p
		})).Header.Number}
	seal()
	f.chunks = where{batch, c.Step(
		c.Sign(1, func(n uint64) rollup.TxData {
			return rollup.DataTx(n, 0, 0, f.honest, 0)
		}),
		c.Sign(3, func(n uint64) rollup.TxData {
			return rollup.DataTx(n, 0, 1, other, 0)
		})).Header.Number}
	c.Step(c.Sign(1, func(n uint64) rollup.TxData {
		return &rollup.VoteDelta{Nonce: n, MLSC: 0, Proposal: 0, Amount: uint256.NewInt(100)}
	}), c.Sign(2, func(n uint64) rollup.TxData {
		return &rollup.VoteDelta{Nonce: n, MLSC: 0, Proposal: 0, Amount: uint256.NewInt(50)}
	}))
	seal()
	var end uint64
	require.NoError(t, c.Seq.View(func(st *rollup.State, _ *rollup.Header) error {
		e, ok := st.DeltaEpoch(0)
		require.True(t, ok)
		end = e.End
		return nil
	}))
	for c.Seq.Head().Number < end {
		c.Step()
	}
	// Closed at end, settled (proposal 0 applied) at the next block start that does epoch work
	// (rollup.EpochWorkAt: one that advances an MLSC instead carries the epoch on).
	for range 4 {
		c.Step()
		var applied []rollup.AppliedDelta
		require.NoError(t, c.Seq.View(func(st *rollup.State, _ *rollup.Header) error {
			if m, _ := st.MLSC(0); m.Data != nil {
				applied = m.Data.Applied
			}
			return nil
		}))
		if len(applied) > 0 {
			f.closed = where{batch, applied[0].Height}
			break
		}
	}
	require.Equal(t, c.Seq.Head().Number, f.closed.block, "applied within 4 block starts of the close")
	seal()
	f.recs, f.datas = c.Records()
	require.Len(t, f.recs, int(batch))

	// The sequencer applied proposal 0 and rejected the lie.
	require.NoError(t, c.Seq.View(func(st *rollup.State, _ *rollup.Header) error {
		m, _ := st.MLSC(0)
		require.NotNil(t, m.Data)
		require.Len(t, m.Data.Applied, 1)
		require.Equal(t, common.Hash(f.honest.NewRoot.Bytes()), m.Data.Root)
		require.Equal(t, f.closed.block, m.Data.Applied[0].Height)
		p, _ := st.DeltaProposal(0, 1)
		require.Equal(t, rollup.DeltaRejected, p.Status)
		require.Contains(t, p.Reason, "does not lead to root")
		return nil
	}))
	return f
}

// TestVerifyDeltaChain: a light client replaying a chain in which a delta
// is proposed, completed, voted and applied at the epoch's close, and
// another whose root is a lie is rejected, agrees with the sequencer block
// by block, and its state says the same: proposal 0 applied, proposal 1
// rejected, the MLSC on the new set.
func TestVerifyDeltaChain(t *testing.T) {
	f := newDeltaFixture(t)
	res, err := f.verify(t, f.l1, f.recs, f.datas)
	require.NoError(t, err)
	require.Len(t, res, len(f.recs))
	for i, r := range res {
		require.Equal(t, f.recs[i].StateRoot, r.StateRoot, "batch %d", i)
	}
	// The entries the light client re-executed hold the decided proposals.
	status := map[uint64]rollup.DeltaStatus{}
	var applied []rollup.AppliedDelta
	for _, r := range res {
		for _, e := range r.Entries {
			for id := range uint64(2) {
				if slices.Equal(e.Key, rollup.DeltaProposalKey(0, id)) {
					p, err := rollup.DecodeDeltaProposal(e.Value)
					require.NoError(t, err)
					status[id] = p.Status
				}
			}
		}
	}
	require.Equal(t, map[uint64]rollup.DeltaStatus{0: rollup.DeltaApplied, 1: rollup.DeltaRejected}, status)
	// And a verifier resumed from them reads the MLSC's new training set.
	cp, err := lightclient.GenesisCheckpoint(f.c.Genesis)
	require.NoError(t, err)
	st := rollup.NewState()
	for _, e := range cp.Entries {
		require.NoError(t, st.LoadEntry(e.Key, e.Value))
	}
	for _, r := range res {
		for _, e := range r.Entries {
			if e.Value != nil {
				require.NoError(t, st.LoadEntry(e.Key, e.Value))
			}
		}
	}
	m, ok := st.MLSC(0)
	require.True(t, ok)
	require.NotNil(t, m.Data)
	applied = m.Data.Applied
	require.Len(t, applied, 1)
	_, root, size := m.DataHead()
	require.Equal(t, [2]any{common.Hash(f.honest.NewRoot.Bytes()), f.honest.NewSize}, [2]any{root, size})
	require.Equal(t, f.closed.block, applied[0].Height)
}

// TestDeltaLies: a sequencer whose batch carries a delta that does not
// lead where it says, or data that is not the patch's, is caught at the
// right block and transaction, although L1 holds the state roots of the
// chain that applied it.
func TestDeltaLies(t *testing.T) {
	f := newDeltaFixture(t)
	ctx := context.Background()
	setCID, err := dataset.Write(ctx, f.c.DA, f.base, dataset.Options{Classes: 4})
	require.NoError(t, err)
	removalOnly, err := delta.Build(ctx, f.c.DA, setCID, f.base, 4, delta.LeafFunc(mlp.SquaredError), []uint64{1, 2}, nil)
	require.NoError(t, err)
	resign := func(blk *rollup.Block, i, key int, edit func(d rollup.TxData) rollup.TxData) {
		tx, err := rollup.SignTx(edit(blk.Txs[i].Data()), testchain.ChainID, testchain.Key(key))
		require.NoError(t, err)
		blk.Txs[i] = tx
	}
	for _, l := range []struct {
		name   string
		at     where
		tamper func(b *rollup.Block)
		check  error
		also   error
		tx     int // -1: none
	}{
		{name: "removal-only delta with a wrong root", at: f.proposals, check: lightclient.ErrTx, also: rollup.ErrDeltaRoot, tx: 1,
			tamper: func(b *rollup.Block) {
				resign(b, 1, 3, func(d rollup.TxData) rollup.TxData {
					p := rollup.ProposalTx(d.(*rollup.ProposeDelta).Nonce, 0, removalOnly, uint256.NewInt(10))
					p.NewRoot = f.honest.NewRoot.Bytes()
					return p
				})
			}},
		{name: "delta claiming another root than its patch's", at: f.proposals, check: lightclient.ErrStateRoot, tx: -1,
			tamper: func(b *rollup.Block) {
				resign(b, 0, 1, func(d rollup.TxData) rollup.TxData {
					p := *d.(*rollup.ProposeDelta)
					p.NewRoot = common.Hash{0x0a, 0x11}
					return &p
				})
			}},
		{name: "delta data of another patch", at: f.chunks, check: lightclient.ErrTx, also: rollup.ErrDeltaData, tx: 0,
			tamper: func(b *rollup.Block) {
				resign(b, 0, 1, func(d rollup.TxData) rollup.TxData {
					dd := *d.(*rollup.DeltaData)
					dd.Data = b.Txs[1].Data().(*rollup.DeltaData).Data
					return &dd
				})
			}},
	} {
		t.Run(l.name, func(t *testing.T) {
			recs := make([]*lightclient.BatchRecord, len(f.recs))
			for i, r := range f.recs {
				c := *r
				recs[i] = &c
			}
			datas := slices.Clone(f.datas)
			datas[l.at.batch] = rewrite(t, recs[l.at.batch], datas[l.at.batch], func(b *rollup.Batch) { l.tamper(blockOf(t, b, l.at.block)) })
			res, err := f.verify(t, f.l1, recs, datas)
			require.Len(t, res, int(l.at.batch), "batches verified before the lie")
			var r *lightclient.Report
			require.ErrorAs(t, err, &r)
			t.Log(r)
			require.ErrorIs(t, err, l.check)
			if l.also != nil {
				require.ErrorIs(t, err, l.also)
			}
			require.Equal(t, l.at.batch, r.Batch)
			require.NotNil(t, r.Block)
			require.Equal(t, l.at.block, *r.Block)
			if l.tx < 0 {
				require.Nil(t, r.Tx)
			} else {
				require.NotNil(t, r.Tx)
				require.Equal(t, l.tx, r.Tx.Index)
			}
		})
	}
}
