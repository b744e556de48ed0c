package deploy_test

import (
	"context"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/da/delta"
	"github.com/neuron-rollup/neuron/rollup"
)

// fuzzDeltaSet is FuzzStepDifferential's training set for delta votes (built once): testSpec
// over 200 real examples (a depth the chain supports), and three patches of it: one that only
// removes (ready when proposed), one that adds (pending: its data never comes) and one whose
// data leads to another root than it claims (rejected once its data is in).
var fuzzDeltaSet = sync.OnceValues(func() (rollup.MLSCSpec, []*delta.Built) {
	ctx := context.Background()
	store := da.NewMemory()
	base := deltaExamples(200, 11)
	c, err := dataset.Write(ctx, store, base, dataset.Options{Classes: 4})
	if err != nil {
		panic(err)
	}
	leaf := delta.LeafFunc(mlp.SquaredError)
	var builts []*delta.Built
	for _, p := range []struct {
		removed []uint64
		added   int
	}{{[]uint64{3, 9}, 0}, {[]uint64{5}, 2}, {nil, 1}, {[]uint64{0, 100, 199}, 2}} {
		// one example a chunk: the fourth patch's data comes in two delta-data steps
		b, err := delta.BuildWith(ctx, store, c, base, 4, leaf, p.removed, deltaExamples(p.added, uint64(p.added)+20), delta.Options{ChunkExamples: 1})
		if err != nil {
			panic(err)
		}
		builts = append(builts, b)
	}
	spec := testSpec()
	spec.DatasetCID, spec.DatasetRoot, spec.DatasetSize, spec.CommitBlocks = c.Bytes(), builts[0].BaseRoot.Bytes(), uint64(len(base)), 1000
	return spec, builts
})

// fuzzDeltas sets up MLSC 0's training-set governance on st, block by block (block leaves out
// what fails), the choices drawn from in: an account creates MLSC 0 over fuzzDeltaSet and
// another creates MLSC 1 (testSpec, no epoch); accounts propose some of the three patches (the
// third's data sent: rejected), propose periods of MLSC 0 and vote for them, and vote for the
// proposals with random amounts (first votes, moves, additions).
func fuzzDeltas(t *testing.T, st *rollup.State, block func(...*rollup.Tx), in *fuzzByte) {
	sign := func(i byte, d rollup.TxData) *rollup.Tx {
		tx, err := rollup.SignTx(d, testL2ChainID, fuzzKeys[int(i)%len(fuzzKeys)])
		if err != nil {
			t.Fatal(err)
		}
		return tx
	}
	n := func(i byte) uint64 { return st.Nonce(fuzzAddr(i)) }
	spec, builts := fuzzDeltaSet()
	a, b := in.next(), in.next()
	block(sign(a, &rollup.CreateMLSC{Nonce: n(a), Spec: spec, Bounty: uint256.NewInt(1)}))
	block(sign(b, &rollup.CreateMLSC{Nonce: n(b), Spec: testSpec(), Bounty: uint256.NewInt(1)}))
	mask := in.next()
	for k, bt := range builts {
		if mask>>k&1 == 0 {
			continue
		}
		who := in.next()
		p := rollup.ProposalTx(n(who), 0, bt, uint256.NewInt(uint64(in.next())+1))
		if k == 2 {
			p.NewRoot = common.Hash{1}
		}
		block(sign(who, p))
		if k == 2 {
			if m, ok := st.MLSC(0); ok && m.Data != nil {
				block(sign(who, rollup.DataTx(n(who), 0, m.Data.NextProposal-1, bt, 0)))
			}
		}
	}
	for range in.next() % 4 { // period proposals and votes, by any account
		who, v := in.next(), in.next()
		block(sign(who, &rollup.ProposePeriod{Nonce: n(who), MLSC: 0, Blocks: uint64(v)%64 + 1}))
		block(sign(v, &rollup.VotePeriod{Nonce: n(v), MLSC: 0, Proposal: uint64(v>>4) % 3}))
	}
	for range in.next() % 5 { // delta votes of 0 to 0.0255 NRN
		who, v := in.next(), in.next()
		block(sign(who, &rollup.VoteDelta{Nonce: n(who), MLSC: 0, Proposal: uint64(v % 4),
			Amount: new(uint256.Int).Mul(uint256.NewInt(uint64(v>>2)), uint256.NewInt(1e15))}))
	}
}

// fuzzDeltaTx is FuzzStepDifferential's delta step, chosen by b: a vote-delta (proposal 0-3,
// amount), a propose-period (0, 1, 30, the most or one more blocks), a vote-period (proposal
// 0-3), a propose-delta (one of fuzzDeltaSet's patches with the amount as deposit, as built or
// with its root, size, a proof element, its siblings or its CID broken) or a delta-data
// (proposal 0-4, step 0-2 of one of the patches with its proof, or with junk bytes, a wrong
// path or a leaf short), of MLSC mlsc (0: with the
// proposals, 1: without an epoch, 2: none).
func fuzzDeltaTx(b byte, nonce, mlsc uint64, amount *uint256.Int, in *fuzzByte) rollup.TxData {
	_, builts := fuzzDeltaSet()
	switch b % 5 {
	case 0:
		return &rollup.VoteDelta{Nonce: nonce, MLSC: mlsc, Proposal: uint64(in.next() % 4), Amount: amount}
	case 1:
		return &rollup.ProposePeriod{Nonce: nonce, MLSC: mlsc, Blocks: []uint64{0, 1, 30, rollup.MaxPeriod, rollup.MaxPeriod + 1}[in.next()%5]}
	case 3:
		bt := builts[int(in.next())%len(builts)]
		p := rollup.ProposalTx(nonce, mlsc, bt, amount)
		switch in.next() % 8 {
		case 1:
			p.NewRoot = common.Hash{byte(in.next())}
		case 2:
			p.NewSize++
		case 3:
			if len(p.Leaves) > 0 {
				p.Leaves[0][31] ^= 1
			}
		case 4:
			if len(p.Siblings) > 0 {
				p.Siblings = p.Siblings[1:]
			}
		case 5:
			p.CID = builts[(int(in.next())+1)%len(builts)].CID.Bytes()
		}
		return p
	case 4:
		bt := builts[int(in.next())%len(builts)]
		step := int(in.next() % 3)
		d := &rollup.DeltaData{Chunk: uint32(step), Data: []byte("junk")}
		if step < len(bt.Steps) {
			d = rollup.DataTx(0, 0, 0, bt, step)
			switch in.next() % 8 {
			case 0:
				d.Data = []byte("junk")
			case 1:
				if len(d.Siblings) > 0 {
					d.Siblings[0][31] ^= 1
				}
			case 2:
				if len(d.Leaves) > 0 {
					d.Leaves = d.Leaves[1:]
				}
			case 3:
				d.Count++
			case 4:
				d.First++
			case 5:
				if len(d.Path) > 0 {
					d.Path[0][0] ^= 1
				} else {
					d.Path = append(d.Path, common.Hash{1})
				}
			}
		}
		d.Nonce, d.MLSC, d.Proposal = nonce, mlsc, uint64(in.next()%5)
		return d
	}
	return &rollup.VotePeriod{Nonce: nonce, MLSC: mlsc, Proposal: uint64(in.next() % 4)}
}
