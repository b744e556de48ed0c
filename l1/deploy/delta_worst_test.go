package deploy_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/chainfile"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/da/delta"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/lossverify"
	"github.com/neuron-rollup/neuron/rollup"
)

// halfCap is half of the 16,777,216 gas transaction cap: every step must stay under it.
const halfCap = 8_388_608

// wideExamples are n random examples of width inputs over fixedpoint's whole range (4-byte
// varints: the costliest to decode) and classes labels.
func wideExamples(n, width, classes int, seed uint64) []mlp.Example {
	r := rand.New(rand.NewPCG(seed, 3))
	out := make([]mlp.Example, n)
	for i := range out {
		x := make([]int64, width)
		for j := range x {
			x[j] = r.Int64N(1<<25) - 1<<24
		}
		out[i] = mlp.Example{X: x, Label: r.IntN(classes)}
	}
	return out
}

// TestDeltaWorstSteps re-executes on L1 the costliest training-set steps the bounds allow and
// requires each under half the transaction cap, L1 equal to the Go STF and NoFraud at every
// step (differential). At depth 24 (the deepest dataset tree, 2^23 + 100 examples): a
// removal-only proposal of delta.MaxRemoved scattered indices and two of its removal groups;
// a chunk of 16-input examples filling scattered holes and one appending them (the most tree
// nodes a chunk may rewrite); a 784-input (Fashion-MNIST) example filling a hole and one
// appended (the most hashing); the largest manifest (delta.MaxRemoved removed and 32,769
// chunks of one 16-input example: a chunk tree of depth 16, the deepest MaxChunks allows)
// proposed, its first step (the longest entry path), and a vote on it. At depth 16 a
// 784-input example appended and a removal the proposal applies itself.
func TestDeltaWorstSteps(t *testing.T) {
	if testing.Short() {
		t.Skip("builds trees of depth 24")
	}
	ctx := context.Background()
	feeKey := newKey(t)
	feeTo := crypto.PubkeyToAddress(feeKey.PublicKey)
	fees := testFees(feeTo)
	spec16 := testSpec()
	spec16.DatasetSize = 1<<23 + 100
	spec784 := spec16
	spec784.Layers = []uint32{784, 16, 10}
	spec784d16 := spec784
	spec784d16.DatasetSize = 40_000
	circuits := testCircuits()
	for _, s := range []rollup.MLSCSpec{spec16, spec784, spec784d16} {
		for _, d := range []int{dataset.Depth(int(s.DatasetSize)), dataset.Depth(int(s.DatasetSize)) - 1} { // the removal shrinks a level
			p := sampledloss.Params{Shape: s.Shape(), K: int(s.SampleCount), Depth: d}
			circuits[p.String()] = sampledloss.DevnetVerifyingKey()
		}
	}
	e, l := newExitEnv(t, func(cfg *deploy.Config) {
		cfg.SequencerBond = big.NewInt(testBond)
		cfg.Fees = chainfile.DeployFees(fees)
		cfg.MinStake = big.NewInt(1)
		cfg.MinDeltaDeposit = big.NewInt(50)
		cfg.DeltaPeriod = deltaTestPeriod
		cfg.Circuits = circuits
	})
	l.cfg.Fees, l.cfg.DeltaPeriod, l.cfg.MinDeltaDeposit = fees, deltaTestPeriod, uint256.NewInt(50)
	l.cfg.Verifier = lossverify.New(circuits)
	postBond(e, e.sequencer, big.NewInt(testBond))
	c := &faultChain{l2: l}
	addr := func(k *ecdsa.PrivateKey) [20]byte { return crypto.PubkeyToAddress(k.PublicKey) }
	creator, p1, voter := newKey(t), newKey(t), newKey(t)
	for _, k := range []*ecdsa.PrivateKey{creator, p1, voter} {
		c.add(c.deposit(e.alice, addr(k), nrn(1000)))
	}
	c.add(c.deposit(e.alice, feeTo, nrn(5)))
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addr(k)) }

	// The base sets: sparse trees (empty leaves but at the positions the patches touch and a
	// few more), as a sender holding the set would compute them.
	r := rand.New(rand.NewPCG(1, 2))
	leafAt := func(positions []uint64) map[uint64]fr.Element {
		out := map[uint64]fr.Element{}
		for _, p := range positions {
			var v fr.Element
			v.SetUint64(r.Uint64())
			out[p] = v
		}
		return out
	}
	deep := spec16.DatasetSize
	var removedMax []uint64
	for i := range uint64(delta.MaxRemoved) {
		removedMax = append(removedMax, i*131_071+13)
	}
	holes := []uint64{11, 300_007, 1_000_003, 2_500_001, 4_000_037, 6_100_003, 8_000_009}
	var touched []uint64
	touched = append(touched, removedMax...)
	touched = append(touched, holes...)
	for p := deep - 300; p < deep; p++ {
		touched = append(touched, p)
	}
	deepLeaves := leafAt(append(touched, 5, 77, 4_194_304))
	shallowLeaves := leafAt([]uint64{0, 1, 39_999, 20_000})
	tree := func(depth int, leaves map[uint64]fr.Element) *delta.Tree {
		t := delta.NewTree(depth, nil)
		for p, v := range leaves {
			t.Set(p, v)
		}
		return t
	}
	deepRoot := tree(24, deepLeaves).Root()
	shallowRoot := tree(16, shallowLeaves).Root()
	store := da.NewMemory()
	parent := da.Sum([]byte("the base set"))
	spec16.DatasetCID, spec16.DatasetRoot = parent.Bytes(), deepRoot.Bytes()
	spec784.DatasetCID, spec784.DatasetRoot = parent.Bytes(), deepRoot.Bytes()
	spec784d16.DatasetCID, spec784d16.DatasetRoot = parent.Bytes(), shallowRoot.Bytes()

	// build is the patch (removed, added) of a base set, with its proofs.
	build := func(s rollup.MLSCSpec, leaves map[uint64]fr.Element, removed []uint64, added []mlp.Example, opts delta.Options) *delta.Built {
		t.Helper()
		m := &delta.Manifest{Parent: parent, BaseRoot: s.DatasetRoot, BaseSize: s.DatasetSize, Width: int(s.Layers[0]),
			Classes: int(s.Layers[len(s.Layers)-1]), Removed: removed}
		id, raw, entries, err := delta.Write(ctx, store, m, added, opts)
		if err != nil {
			t.Fatal(err)
		}
		man, err := delta.DecodeManifest(raw)
		if err != nil {
			t.Fatal(err)
		}
		var chunks [][]byte
		for _, ch := range entries {
			b, err := store.Get(ctx, ch.CID)
			if err != nil {
				t.Fatal(err)
			}
			chunks = append(chunks, b)
		}
		addedLeaves, err := delta.Leaves(added, delta.LeafFunc(mlp.SquaredError))
		if err != nil {
			t.Fatal(err)
		}
		run := tree(man.Depth(), leaves)
		proof, steps, err := man.ProveOn(run, addedLeaves, entries, chunks)
		if err != nil {
			t.Fatal(err)
		}
		return &delta.Built{CID: id, Manifest: raw, NewRoot: run.Node(dataset.Depth(int(man.NewSize())), 0), NewSize: man.NewSize(),
			Proof: proof, Chunks: chunks, Entries: entries, Steps: steps}
	}
	none := delta.Options{}
	removal := build(spec16, deepLeaves, removedMax, nil, none)
	filled := build(spec16, deepLeaves, holes[:2], wideExamples(2, 16, 4, 1), none)
	appended := build(spec16, deepLeaves, nil, wideExamples(5, 16, 4, 2), none)
	fashion := build(spec784, deepLeaves, holes[:1], wideExamples(2, 784, 10, 3), none)
	fashion16 := build(spec784d16, shallowLeaves, nil, wideExamples(1, 784, 10, 4), none)
	removal16 := build(spec784d16, shallowLeaves, []uint64{20_000}, nil, none)
	const bigChunks = delta.MaxChunks/2 + 1
	bigManifest := build(spec16, deepLeaves, removedMax, wideExamples(bigChunks, 16, 4, 5), delta.Options{ChunkExamples: 1})
	for name, b := range map[string]struct {
		b     *delta.Built
		steps int
	}{"removal": {removal, delta.MaxRemoved}, "filled": {filled, 1}, "appended": {appended, 1}, "fashion": {fashion, 2},
		"fashion16": {fashion16, 1}, "removal16": {removal16, 0}, "bigManifest": {bigManifest, bigChunks}} {
		if len(b.b.Steps) != b.steps {
			t.Fatalf("%s: %d steps, want %d", name, len(b.b.Steps), b.steps)
		}
	}
	if d := len(bigManifest.Steps[0].Path); d != 16 {
		t.Fatalf("the largest manifest's entry path has %d hashes, want 16", d)
	}
	t.Logf("the largest manifest: %d bytes, %d chunks", len(bigManifest.Manifest), bigChunks)

	id := c.st.Globals().NextMLSC
	cn := nonce(creator)
	c.add(c.sign(creator, &rollup.CreateMLSC{Nonce: cn, Spec: spec16, Bounty: uint256.MustFromBig(nrn(1))}),
		c.sign(creator, &rollup.CreateMLSC{Nonce: cn + 1, Spec: spec784, Bounty: uint256.MustFromBig(nrn(1))}),
		c.sign(creator, &rollup.CreateMLSC{Nonce: cn + 2, Spec: spec784d16, Bounty: uint256.MustFromBig(nrn(1))}))
	c.settleTraced(nil)
	from := len(c.batches)

	deposit := uint256.NewInt(100)
	n := nonce(p1)
	propose := func(mlsc uint64, b *delta.Built) {
		c.add(c.sign(p1, rollup.ProposalTx(n, mlsc, b, deposit)))
		n++
	}
	data := func(mlsc, p uint64, b *delta.Built, i int) {
		c.add(c.sign(p1, rollup.DataTx(n, mlsc, p, b, i)))
		n++
	}
	propose(id, removal)     // proposal 0 of MLSC id
	propose(id, filled)      // 1
	propose(id, appended)    // 2
	propose(id, bigManifest) // 3
	data(id, 0, removal, 0)
	data(id, 0, removal, 1)
	data(id, 1, filled, 0)
	data(id, 2, appended, 0)
	data(id, 3, bigManifest, 0)
	propose(id+1, fashion) // proposal 0 of MLSC id+1
	data(id+1, 0, fashion, 0)
	data(id+1, 0, fashion, 1)
	propose(id+2, fashion16)
	propose(id+2, removal16)
	data(id+2, 0, fashion16, 0)
	c.add(c.sign(voter, &rollup.VoteDelta{Nonce: nonce(voter), MLSC: id, Proposal: 3, Amount: uint256.NewInt(5)}))
	for _, w := range []struct {
		mlsc, p uint64
		status  rollup.DeltaStatus
	}{{id, 0, rollup.DeltaPending}, {id, 1, rollup.DeltaReady}, {id, 2, rollup.DeltaReady}, {id, 3, rollup.DeltaPending},
		{id + 1, 0, rollup.DeltaReady}, {id + 2, 0, rollup.DeltaReady}, {id + 2, 1, rollup.DeltaReady}} {
		if p, _ := c.st.DeltaProposal(w.mlsc, w.p); p.Status != w.status {
			t.Fatalf("MLSC %d proposal %d is %v (%s), want %v", w.mlsc, w.p, p.Status, p.Reason, w.status)
		}
	}
	c.settleTraced(nil)
	gas := c.differentialFrom(from)
	t.Logf("worst stepFraud gas: propose-delta %d, vote-delta %d, delta-data %d (half the cap: %d)", gas[0x0b], gas[0x0c], gas[0x0d], halfCap)
	for _, k := range []byte{0x0b, 0x0c, 0x0d} {
		if gas[k] == 0 || gas[k] >= halfCap {
			t.Fatalf("step %#x: %d gas, want (0, %d)", k, gas[k], halfCap)
		}
	}
}
