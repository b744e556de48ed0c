package deploy_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/rollup"
)

// encodeOpen is the batch data of the blocks since the last batch, with their honest trace
// (rollup batch version 3), and their honest leaves.
func (c *faultChain) encodeOpen() ([]byte, []rollup.StepLeaf) {
	c.t.Helper()
	first, last := c.first, len(c.blocks)-1
	tr := c.trace(first, last, -1)
	b := &rollup.Batch{Index: c.l2.batches, Blocks: c.blocks[first : last+1], Trace: tr.Steps()}
	data, err := b.Encode()
	if err != nil {
		c.t.Fatal(err)
	}
	leaves, err := rollup.BatchLeaves(b)
	if err != nil {
		c.t.Fatal(err)
	}
	for i := range leaves {
		if leaves[i].Hash() != tr.Leaves()[i].Hash() {
			c.t.Fatalf("leaf %d: the batch's and the tracer's differ", i)
		}
	}
	return data, leaves
}

// settleLeaves settles the blocks since the last batch committing to data and to a trace of
// the given leaves (a lying sequencer's, or the honest one).
func (c *faultChain) settleLeaves(data []byte, leaves []rollup.StepLeaf) faultBatch {
	c.t.Helper()
	h := c.header(nil)
	h.DataHash = rollup.DataHash(data)
	h.StepRoot, h.StepCount = rollup.StepTreeRoot(rollup.LeafHashes(leaves)), uint64(len(leaves))
	if _, err := c.settle(h); err != nil {
		c.t.Fatalf("settle: %v", err)
	}
	b := faultBatch{first: c.first, last: len(c.blocks) - 1, header: h, leaves: leaves, record: c.e.record(h.Index)}
	c.batches = append(c.batches, b)
	c.first = len(c.blocks)
	return b
}

// opening opens the chunks of data that hold bytes [from, to).
func opening(data []byte, from, to int) bindings.DataChallengeDataOpening {
	d := bindings.DataChallengeDataOpening{Root: rollup.DataRoot(data), Length: uint64(len(data)), First: uint64(from / rollup.DataChunkSize),
		Chunks: [][]byte{}, Paths: [][][32]byte{}}
	for i := from / rollup.DataChunkSize; i*rollup.DataChunkSize < to; i++ {
		d.Chunks = append(d.Chunks, rollup.DataChunk(data, i))
		d.Paths = append(d.Paths, path(rollup.DataChunkProof(data, i)))
	}
	return d
}

// leafProofs packs DataChallenge's leaf-data proofs against batch b (committed to leaves)
// over data.
type leafProofs struct {
	e      *env
	b      faultBatch
	data   []byte
	hashes []common.Hash
}

func newLeafProofs(e *env, b faultBatch, data []byte) *leafProofs {
	return &leafProofs{e: e, b: b, data: data, hashes: rollup.LeafHashes(b.leaves)}
}

func (p *leafProofs) leaf(k int) (bindings.FaultProverLeaf, [][32]byte) {
	return fullLeaf(p.b.leaves[k]), path(rollup.StepTreeProof(p.hashes, k))
}

// input is proveLeafInput of step k, with the chunks under its committed range (clamped to
// the data).
func (p *leafProofs) input(k int) []byte {
	l := p.b.leaves[k]
	from, to := max(int(l.Offset)-rollup.StepPrefixSize, 0), min(int(l.Offset)+int(l.Length), len(p.data))
	return p.inputWith(k, opening(p.data, from, to))
}

func (p *leafProofs) inputWith(k int, d bindings.DataChallengeDataOpening) []byte {
	l, lp := p.leaf(k)
	return p.e.d.DataChallenge.Binding.PackProveLeafInput(p.b.record, uint64(k), l, lp, d)
}

// order is proveLeafOrder of step k with leaf k-1 before it (an empty leaf for step 0).
func (p *leafProofs) order(k int) []byte {
	pre, pp := bindings.FaultProverLeaf{Wnodes: [][32]byte{}, Mnodes: [][32]byte{}}, [][32]byte{}
	if k > 0 {
		pre, pp = p.leaf(k - 1)
	}
	post, qp := p.leaf(k)
	return p.e.d.DataChallenge.Binding.PackProveLeafOrder(p.b.record, uint64(k), pre, pp, post, qp)
}

// end is proveLeafEnd of step k, with chunk 0.
func (p *leafProofs) end(k int) []byte {
	l, lp := p.leaf(k)
	return p.e.d.DataChallenge.Binding.PackProveLeafEnd(p.b.record, uint64(k), l, lp, opening(p.data, 0, rollup.StepInputsStart))
}

// leafDataChain is a DA chain with two blocks: a deposit, then two transfers (5 steps).
func leafDataChain(t *testing.T) (*env, *faultChain) {
	e, c := newDAChain(t)
	alice := newKey(t)
	u := func(n int64) *uint256.Int { return uint256.MustFromBig(nrn(n)) }
	c.add(c.deposit(e.alice, crypto.PubkeyToAddress(alice.PublicKey), nrn(3)))
	c.add(c.sign(alice, &rollup.Transfer{Nonce: 0, To: e.bob.addr, Amount: u(1)}), c.sign(alice, &rollup.Transfer{Nonce: 1, To: e.bob.addr, Amount: u(1)}))
	return e, c
}

// TestLeafDataHonest: against a batch whose committed leaves are its data's, every
// leaf-data proof of every step is refused (NoLeafFraud), and so are forged ones: a chunk
// with a flipped byte, a chunk from another index, chunks that do not cover the leaf, a
// wrong data root or length, a leaf that is not the committed one (another batch's, or the
// neighbour two steps back passed as the one before). The batch stands.
func TestLeafDataHonest(t *testing.T) {
	e, c := leafDataChain(t)
	data, leaves := c.encodeOpen()
	b := c.settleLeaves(data, leaves)
	c.add(c.deposit(e.alice, e.bob.addr, nrn(1)))
	c.add(c.deposit(e.alice, e.bob.addr, nrn(1)))
	c.add()
	other, otherLeaves := c.encodeOpen() // as many steps: the same path length
	ob := c.settleLeaves(other, otherLeaves)
	dc := e.d.DataChallenge
	p := newLeafProofs(e, b, data)
	noFraud := bindings.DataChallengeNoLeafFraudErrorID()
	for k := range leaves {
		_, err := e.send(e.bob, dc.Instance, p.input(k))
		wantRevert(t, err, noFraud)
		_, err = e.send(e.bob, dc.Instance, p.order(k))
		wantRevert(t, err, noFraud)
		_, err = e.send(e.bob, dc.Instance, p.end(k))
		wantRevert(t, err, noFraud)
	}
	k := 3 // a transfer
	l := leaves[k]
	from, to := int(l.Offset)-rollup.StepPrefixSize, int(l.Offset+l.Length)
	forged := opening(data, from, to)
	forged.Chunks[0] = append([]byte(nil), forged.Chunks[0]...)
	forged.Chunks[0][l.Offset] ^= 1
	short := opening(data, from, to)
	short.Chunks, short.Paths = short.Chunks[:0], short.Paths[:0]
	wrongRoot := opening(data, from, to)
	wrongRoot.Root[0] ^= 1
	wrongLen := opening(data, from, to)
	wrongLen.Length--
	leaf, lp := p.leaf(k)
	ol, op := newLeafProofs(e, ob, other).leaf(1)
	two, twoPath := p.leaf(k - 2)
	post, postPath := p.leaf(k)
	last, lastPath := p.leaf(len(leaves) - 1)
	for _, tc := range []struct {
		name string
		call []byte
		want common.Hash
	}{
		{"forged chunk", p.inputWith(k, forged), bindings.DataChallengeBadChunkProofErrorID()},
		{"no chunks", p.inputWith(k, short), bindings.DataChallengeDataNotOpenedErrorID()},
		{"wrong data root", p.inputWith(k, wrongRoot), bindings.DataChallengeDataHashMismatchErrorID()},
		{"wrong data length", p.inputWith(k, wrongLen), bindings.DataChallengeDataHashMismatchErrorID()},
		{"leaf reused from another batch", dc.Binding.PackProveLeafInput(b.record, 1, ol, op, opening(data, 0, len(data))),
			bindings.DataChallengeBadLeafProofErrorID()},
		{"another step's path", dc.Binding.PackProveLeafInput(b.record, uint64(k+1), leaf, lp, opening(data, from, to)),
			bindings.DataChallengeBadLeafProofErrorID()},
		{"wrong neighbour", dc.Binding.PackProveLeafOrder(b.record, uint64(k), two, twoPath, post, postPath), bindings.DataChallengeBadLeafProofErrorID()},
		{"end without chunk 0", dc.Binding.PackProveLeafEnd(b.record, uint64(len(leaves)-1), last, lastPath, opening(data, 0, 0)),
			bindings.DataChallengeDataNotOpenedErrorID()},
		{"another batch's record", dc.Binding.PackProveLeafInput(ob.record, uint64(k), leaf, lp, opening(data, from, to)),
			bindings.DataChallengeBadLeafProofErrorID()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.send(e.bob, dc.Instance, tc.call)
			wantRevert(t, err, tc.want)
		})
	}
	if n := e.batchCount(); n != 2 {
		t.Fatalf("batch count %d, want 2: the honest batches stand", n)
	}
}

// TestLeafDataFraud: a sequencer that publishes its data and commits to a trace whose leaf
// is not over the data's step there is removed by one leaf-data proof, whichever way the leaf
// lies: another input hash at the right place or a wrong length (proveLeafInput), an offset
// that does not follow the leaf before or a leaf 0 not at the first input (proveLeafOrder), a
// leaf past the step inputs or a last leaf short of their end (proveLeafEnd). The sequencer's
// bond goes to the prover; the same proof against the batch again is refused (it is gone).
func TestLeafDataFraud(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lie   func(leaves []rollup.StepLeaf) []rollup.StepLeaf
		prove func(p *leafProofs) []byte
	}{
		{"another input", func(l []rollup.StepLeaf) []rollup.StepLeaf {
			l[3].Input = crypto.Keccak256Hash([]byte("other"))
			return l
		},
			func(p *leafProofs) []byte { return p.input(3) }},
		{"another length", func(l []rollup.StepLeaf) []rollup.StepLeaf { l[3].Length--; return l },
			func(p *leafProofs) []byte { return p.input(3) }},
		{"a block start's input", func(l []rollup.StepLeaf) []rollup.StepLeaf { l[2].Input[0] ^= 1; return l },
			func(p *leafProofs) []byte { return p.input(2) }},
		{"past the data", func(l []rollup.StepLeaf) []rollup.StepLeaf { l[4].Offset = 1 << 30; return l },
			func(p *leafProofs) []byte { return p.input(4) }},
		{"longer than any input", func(l []rollup.StepLeaf) []rollup.StepLeaf { l[4].Length = rollup.MaxTxSize + 1; return l },
			func(p *leafProofs) []byte {
				return p.inputWith(4, opening(p.data, 0, 0)) // no bytes needed
			}},
		{"offset not after the leaf before", func(l []rollup.StepLeaf) []rollup.StepLeaf { l[3].Offset++; return l },
			func(p *leafProofs) []byte { return p.order(3) }},
		{"leaf 0 not first", func(l []rollup.StepLeaf) []rollup.StepLeaf { l[0].Offset = l[1].Offset; return l },
			func(p *leafProofs) []byte { return p.order(0) }},
		{"a leaf past the inputs", func(l []rollup.StepLeaf) []rollup.StepLeaf {
			x := l[len(l)-1]
			x.Offset += x.Length + rollup.StepPrefixSize
			return append(l, x)
		}, func(p *leafProofs) []byte { return p.end(len(p.b.leaves) - 1) }},
		{"a step short", func(l []rollup.StepLeaf) []rollup.StepLeaf { return l[:len(l)-1] },
			func(p *leafProofs) []byte { return p.end(len(p.b.leaves) - 1) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, c := leafDataChain(t)
			data, leaves := c.encodeOpen()
			b := c.settleLeaves(data, tc.lie(leaves))
			c.add()
			c.settleData(batchData(9, 100))
			p := newLeafProofs(e, b, data)
			before := e.eth(e.bob.addr)
			rcpt := e.mustSend(e.bob, e.d.DataChallenge.Instance, tc.prove(p))
			t.Logf("%s: removed for %d gas", tc.name, rcpt.GasUsed)
			if n := e.batchCount(); n != 0 {
				t.Fatalf("batch count %d after the proof, want 0", n)
			}
			gain := new(big.Int).Sub(new(big.Int).Add(e.eth(e.bob.addr), fee(rcpt)), before)
			if gain.Cmp(big.NewInt(testBond)) != 0 {
				t.Fatalf("prover gained %v wei, want the sequencer's bond", gain)
			}
			_, err := e.send(e.bob, e.d.DataChallenge.Instance, tc.prove(p))
			wantRevert(t, err, bindings.DataChallengeUnknownRecordErrorID())
		})
	}
}

// TestLeafDataGas: proveLeafInput of the largest step input (rollup.MaxTxSize bytes, whose
// prefix and bytes span three 64 KiB chunks) and of a small one, and proveLeafEnd (chunk 0),
// over 3 full chunks of data: what one leaf-data proof costs at most.
func TestLeafDataGas(t *testing.T) {
	e, c := leafDataChain(t)
	data := batchData(11, 3*rollup.DataChunkSize)
	const off = rollup.DataChunkSize + 3 // the prefix starts in chunk 0's last byte
	big := rollup.StepLeaf{Input: crypto.Keccak256Hash([]byte("not it")), Offset: off, Length: rollup.MaxTxSize}
	small := rollup.StepLeaf{Input: crypto.Keccak256Hash([]byte("not it")), Offset: 2*rollup.DataChunkSize + 100, Length: 200}
	b := c.settleLeaves(data, []rollup.StepLeaf{big, small})
	c.add()
	c.settleData(batchData(9, 100))
	p := newLeafProofs(e, b, data)
	if n := len(opening(data, off-rollup.StepPrefixSize, off+rollup.MaxTxSize).Chunks); n != 3 {
		t.Fatalf("the largest input spans %d chunks, want 3", n)
	}
	for _, tc := range []struct {
		name string
		call []byte
	}{{"largest input, 3 chunks", p.input(0)}, {"200-byte input, 1 chunk", p.input(1)}, {"end, chunk 0", p.end(1)}} {
		gas, err := e.chain.EstimateGas(e.ctx, ethereum.CallMsg{From: e.bob.addr, To: &e.d.DataChallenge.Address, Data: tc.call})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		t.Logf("%s: %d gas", tc.name, gas)
		if gas > 16_777_216/2 {
			t.Fatalf("%s: %d gas, over half the transaction cap", tc.name, gas)
		}
	}
}
