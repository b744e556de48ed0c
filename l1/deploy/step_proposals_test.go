package deploy_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/chainfile"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/da/delta"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/rollup"
)

// TestStepProposals: propose-delta (0x0b, StepProposals) and delta-data (0x0d, StepDeltaData)
// are re-executed on L1 with the L2 fee, bare and inside forced entries. An honest chain agrees
// with the Go STF at every step and survives every challenge: a removal-only proposal (ready at
// once) that opens the epoch (a new due record), proposals appended to it that fill then append,
// remove more than they add (examples moved down) and add in several chunks; chunks out of
// order, the one that completes a proposal (ready), one whose data leads to another root and
// one whose bytes are not examples (each rejects its delta: the deposit to the MLSC's escrow,
// or, for an MLSC that completed with proposals pending, to its creator, once the sender).
// Every rejection of both rules is invalid on L1 too, bare and, consumed, forced; a batch whose
// propose-delta or delta-data has a wrong root is removed by one challengeStep.
func TestStepProposals(t *testing.T) {
	feeKey := newKey(t)
	feeTo := crypto.PubkeyToAddress(feeKey.PublicKey)
	fees := testFees(feeTo)
	e, l := newExitEnv(t, func(cfg *deploy.Config) {
		cfg.SequencerBond = big.NewInt(testBond)
		cfg.Fees = chainfile.DeployFees(fees)
		cfg.MinStake = big.NewInt(1)
		cfg.MinDeltaDeposit = big.NewInt(50)
		cfg.DeltaPeriod = deltaTestPeriod
	})
	l.cfg.Fees, l.cfg.DeltaPeriod, l.cfg.MinDeltaDeposit = fees, deltaTestPeriod, uint256.NewInt(50)
	postBond(e, e.sequencer, big.NewInt(testBond))
	c := &faultChain{l2: l}
	ctx := context.Background()
	addr := func(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addr(k)) }
	u := func(n int64) *uint256.Int { return uint256.MustFromBig(nrn(n)) }

	// Batch 0 (not re-executed): deposits, a finished model, two MLSCs over a 200-example set.
	done := c.playModel(modelPlayers{creator: newKey(t), trainer: newKey(t), prover: newKey(t)}, func(s *rollup.MLSCSpec) { s.MaxRounds = 1 })
	creator, p1, p2, poor := newKey(t), newKey(t), newKey(t), newKey(t)
	for _, k := range []*ecdsa.PrivateKey{creator, p1, p2} {
		c.add(c.deposit(e.alice, addr(k), nrn(20)))
	}
	c.add(c.deposit(e.alice, feeTo, nrn(5)), c.deposit(e.alice, addr(poor), big.NewInt(1e17)))
	store := da.NewMemory()
	base := deltaExamples(200, 1)
	setCID, err := dataset.Write(ctx, store, base, dataset.Options{Classes: 4})
	if err != nil {
		t.Fatal(err)
	}
	leaf := delta.LeafFunc(mlp.SquaredError)
	build := func(removed []uint64, added int, seed uint64) *delta.Built {
		t.Helper()
		b, err := delta.BuildWith(ctx, store, setCID, base, 4, leaf, removed, deltaExamples(added, seed), delta.Options{ChunkExamples: 2})
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	bReady := build([]uint64{1, 4}, 0, 0)             // removal only: ready at once
	bFill := build([]uint64{7}, 3, 2)                 // fills 7, appends 2; two chunks
	bWrong := build(nil, 2, 3)                        // its data leads elsewhere
	bShrink := build([]uint64{3, 50, 150, 199}, 1, 4) // fills 3, moves the last examples down
	bJunk := build([]uint64{10}, 2, 5)                // its chunk will not be examples
	// bJunk's manifest names junk bytes as its chunk: they match the CID but do not decode.
	junk := []byte("NDSC not a chunk of examples at all")
	junkCID, err := store.Put(ctx, junk)
	if err != nil {
		t.Fatal(err)
	}
	// recommit is b whose manifest commits to other chunks (datas, with the entries' counts
	// and first indices, adding added examples), as a proposer may lie.
	recommit := func(b *delta.Built, added uint64, datas [][]byte, counts []int, firsts []uint64) *delta.Built {
		t.Helper()
		m, err := delta.DecodeManifest(b.Manifest)
		if err != nil {
			t.Fatal(err)
		}
		es := make([]delta.ChunkEntry, len(datas))
		for i := range datas {
			es[i] = delta.ChunkEntry{CID: da.Sum(datas[i]), Count: counts[i], First: firsts[i]}
		}
		if m.ChunkList, err = store.Put(ctx, delta.EncodeChunkList(es)); err != nil {
			t.Fatal(err)
		}
		m.ChunkCount, m.AddedCount, m.ChunkRoot = len(es), added, delta.ChunkRoot(es)
		out := *b
		if out.Manifest, err = delta.EncodeManifest(m); err != nil {
			t.Fatal(err)
		}
		out.CID, out.NewSize, out.Chunks, out.Entries, out.Steps = da.Sum(out.Manifest), m.NewSize(), datas, es, nil
		for i, p := range delta.ChunkPaths(es) {
			out.Steps = append(out.Steps, delta.Step{Data: datas[i], Count: uint32(counts[i]), First: firsts[i], Path: p, Proof: &delta.Proof{}})
		}
		return &out
	}
	bJunk = recommit(bJunk, 2, [][]byte{junk}, []int{2}, []uint64{0})
	// Entries that do not fit: one over the step's work bound (60 examples of 16 inputs; the
	// set stays at depth 8, which has a circuit), one short of the declared added count. Each
	// rejects its delta at its step.
	bOver := recommit(build([]uint64{11, 12, 13, 14}, 2, 6), 60, [][]byte{dataset.EncodeChunk(deltaExamples(60, 9), 16)}, []int{60}, []uint64{0})
	bShort := recommit(build([]uint64{12}, 2, 8), 3, [][]byte{dataset.EncodeChunk(deltaExamples(2, 10), 16)}, []int{2}, []uint64{0})
	spec := testSpec()
	spec.DatasetCID, spec.DatasetRoot, spec.DatasetSize = setCID.Bytes(), bReady.BaseRoot.Bytes(), uint64(len(base))
	deposit := uint256.NewInt(100)
	propose := func(k *ecdsa.PrivateKey, n, mlsc uint64, b *delta.Built) *rollup.Tx {
		return c.sign(k, rollup.ProposalTx(n, mlsc, b, deposit))
	}
	// data is delta-data step `chunk` of b (a removal group or a chunk, with its proof); raw,
	// when not nil, replaces its bytes.
	data := func(k *ecdsa.PrivateKey, n, mlsc, p uint64, chunk uint32, b *delta.Built, raw []byte) *rollup.Tx {
		d := rollup.DataTx(n, mlsc, p, b, int(chunk))
		if raw != nil {
			d.Data = raw
		}
		return c.sign(k, d)
	}
	id := c.st.Globals().NextMLSC
	cn := nonce(creator)
	c.add(c.sign(creator, &rollup.CreateMLSC{Nonce: cn, Spec: spec, Bounty: u(1)}),
		c.sign(creator, &rollup.CreateMLSC{Nonce: cn + 1, Spec: spec, Bounty: u(1)}))
	// MLSC fin (id+2) over the same set completes (one round) with two proposals pending whose
	// chunks are junk: their forfeits pay its creator, once sent by the creator itself.
	fin, trainer, prover := id+2, newKey(t), newKey(t)
	c.add(c.deposit(e.alice, addr(trainer), nrn(10)), c.deposit(e.alice, addr(prover), nrn(1)))
	fspec := spec
	fspec.CommitBlocks, fspec.RevealBlocks, fspec.ProofBlocks, fspec.MaxRounds = 2, 2, 2, 1
	// MLSC fin2 (id+3), created by the fee recipient, completes alongside with one junk
	// proposal: its forfeit, sent by another, pays the creator who is also the paid fee
	// recipient (one account credited twice in one step).
	fin2 := id + 3
	c.add(c.sign(trainer, &rollup.Stake{Nonce: nonce(trainer), Amount: u(1)}),
		c.sign(creator, &rollup.CreateMLSC{Nonce: nonce(creator), Spec: fspec, Bounty: u(3)}),
		c.sign(feeKey, &rollup.CreateMLSC{Nonce: nonce(feeKey), Spec: fspec, Bounty: u(1)}),
		propose(p1, nonce(p1), fin, bJunk), propose(p2, nonce(p2), fin, bJunk), propose(p1, nonce(p1)+1, fin2, bJunk))
	wts, trc, salt, loss := crypto.Keccak256Hash([]byte("weights")), crypto.Keccak256Hash([]byte("trace")), common.Hash{7}, uint64(500)
	wts2 := crypto.Keccak256Hash([]byte("weights 2")) // a checkpoint is revealed once
	c.add(c.sign(trainer, &rollup.Commit{Nonce: nonce(trainer), MLSC: fin, Round: 1,
		Commitment: rollup.CommitmentHash(fin, 1, wts, trc, loss, addr(trainer), salt)}),
		c.sign(trainer, &rollup.Commit{Nonce: nonce(trainer) + 1, MLSC: fin2, Round: 1,
			Commitment: rollup.CommitmentHash(fin2, 1, wts2, trc, loss, addr(trainer), salt)}))
	for _, r := range []struct {
		m uint64
		w common.Hash
	}{{fin, wts}, {fin2, wts2}} {
		m, w := r.m, r.w
		c.untilPhase(m, rollup.PhaseReveal)
		c.add(c.sign(trainer, &rollup.Reveal{Nonce: nonce(trainer), MLSC: m, Round: 1, CheckpointCID: []byte("ckpt"),
			WeightCommitment: w, TraceCID: []byte("trace"), TraceRoot: trc, ClaimedLossSum: loss, Salt: salt}))
	}
	for _, m := range []uint64{fin, fin2} {
		c.untilPhase(m, rollup.PhaseProof)
		claim, err := c.st.ClaimOf(m, 1)
		if err != nil {
			t.Fatal(err)
		}
		c.add(c.sign(prover, &rollup.LossProof{Nonce: nonce(prover), MLSC: m, Round: 1, Proof: claimHashProof(claim)}))
	}
	c.untilPhase(fin, rollup.PhaseDone)
	c.untilPhase(fin2, rollup.PhaseDone)
	if ep, open := c.st.DeltaEpoch(fin); !open || len(ep.Proposals) != 2 {
		t.Fatalf("MLSC %d's epoch: %+v", fin, ep)
	}
	c.settleTraced(nil)

	// Batch 1: proposals and data, bare and forced.
	wrong := rollup.ProposalTx(nonce(p1)+2, id, bWrong, deposit)
	wrong.NewRoot = common.Hash{1}
	c.add(propose(p1, nonce(p1), id, bReady), propose(p1, nonce(p1)+1, id, bFill), c.sign(p1, wrong), // 0, 1, 2
		propose(p2, nonce(p2), id, bShrink), propose(p2, nonce(p2)+1, id, bJunk), // 3, 4
		propose(p2, nonce(p2)+2, id, bOver), propose(p2, nonce(p2)+3, id, bShort)) // 5, 6
	c.add(data(p2, nonce(p2), id, 1, 0, bFill, nil), data(p2, nonce(p2)+1, id, 1, 1, bFill, nil), // in order: ready
		data(p1, nonce(p1), id, 2, 0, bWrong, nil),                                                // another root: rejected
		data(p1, nonce(p1)+1, id, 4, 0, bJunk, nil),                                               // not examples: rejected
		data(p1, nonce(p1)+2, id, 5, 0, bOver, nil), data(p1, nonce(p1)+3, id, 6, 0, bShort, nil), // entries that do not fit: rejected
		data(creator, nonce(creator), fin, 0, 0, bJunk, nil), data(p1, nonce(p1)+4, fin, 1, 0, bJunk, nil)) // a done MLSC's creator paid
	feeBefore := c.st.Account(feeTo).Balance
	c.add(data(p2, nonce(p2), fin2, 0, 0, bJunk, nil)) // ... who is the paid fee recipient
	if p, _ := c.st.DeltaProposal(fin2, 0); p.Status != rollup.DeltaRejected {
		t.Fatalf("proposal 0 of MLSC %d (its creator the fee recipient) is %v", fin2, p.Status)
	}
	if got, min := c.st.Account(feeTo).Balance, new(uint256.Int).Add(feeBefore, deposit); !got.Gt(min) {
		t.Fatalf("fee recipient and creator %s: balance %s, want more than %s (the forfeit and its fee)", feeTo, got.Dec(), min.Dec())
	}
	for i, want := range []rollup.DeltaStatus{rollup.DeltaReady, rollup.DeltaReady, rollup.DeltaRejected, rollup.DeltaPending, rollup.DeltaRejected,
		rollup.DeltaRejected, rollup.DeltaRejected} {
		if p, _ := c.st.DeltaProposal(id, uint64(i)); p.Status != want {
			t.Fatalf("proposal %d is %v (%s), want %v", i, p.Status, p.Reason, want)
		}
	}
	for i := range uint64(2) {
		if p, _ := c.st.DeltaProposal(id, 5+i); p.Reason != "chunk 0's entry does not fit the patch" {
			t.Fatalf("proposal %d: %q", 5+i, p.Reason)
		}
	}
	for i := range uint64(2) {
		if p, _ := c.st.DeltaProposal(fin, i); p.Status != rollup.DeltaRejected {
			t.Fatalf("proposal %d of the done MLSC is %v", i, p.Status)
		}
	}
	np1, np2 := nonce(p1), nonce(p2)
	entries := []struct {
		tx   *rollup.Tx
		want error // nil: the inner transaction applies
	}{
		{data(p2, np2, id, 3, 0, bShrink, nil), nil},   // bShrink's chunk
		{data(p2, np2+1, id, 3, 1, bShrink, nil), nil}, // its removal group: ready
		{propose(p1, np1, id+1, bFill), nil},           // opens MLSC id+1's epoch
		{data(p1, np1+1, id+1, 0, 0, bFill, nil), nil},
		{data(p1, np1+2, id+1, 0, 0, bFill, nil), rollup.ErrDeltaData}, // replayed
		{propose(p1, np1+2, id+1, bReady), nil},
		{c.sign(p2, rollup.ProposalTx(np2+2, id+1, bReady, uint256.NewInt(1))), rollup.ErrDelta},
		{propose(p2, np2+2, done, bReady), rollup.ErrWrongPhase},
	}
	var forced []*rollup.Tx
	for _, en := range entries {
		f, _ := c.force(e.bob, en.tx.Encode())
		forced = append(forced, f)
	}
	for i, rc := range c.add(forced...) {
		want := entries[i].want
		switch {
		case rc.Forced == nil:
			t.Fatalf("entry %d: no forced result", i)
		case want == nil && rc.Forced.Error != "":
			t.Fatalf("entry %d: %s", i, rc.Forced.Error)
		case want != nil && !strings.Contains(rc.Forced.Error, want.Error()):
			t.Fatalf("entry %d: %q, want %v", i, rc.Forced.Error, want)
		}
	}
	c.settleTraced(nil)
	gas := c.differentialFrom(len(c.batches) - 1)
	t.Logf("stepFraud gas: propose-delta %d, delta-data %d, forced %d", gas[0x0b], gas[0x0d], gas[0x0a])
	t.Logf("%d steps decided alike at every gas limit that does not revert", c.starveSteps(1))
	if gas[0x0b] == 0 || gas[0x0d] == 0 {
		t.Fatalf("a kind was not re-executed: %v", gas)
	}

	// Every rule broken, bare, against the state after batch 1.
	st := c.stateAt(len(c.blocks))
	sv, svInst, sctx := c.stepVerifier()
	np1, np2 = st.Nonce(addr(p1)), st.Nonce(addr(p2))
	ghost := newKey(t)
	tamper := func(edit func(*rollup.ProposeDelta)) *rollup.Tx {
		p := rollup.ProposalTx(np1, id, bFill, deposit)
		edit(p)
		return c.sign(p1, p)
	}
	// remanifest is b with its manifest edited (and its CID the new manifest's).
	remanifest := func(b *delta.Built, edit func(*delta.Manifest)) *delta.Built {
		m, err := delta.DecodeManifest(b.Manifest)
		if err != nil {
			t.Fatal(err)
		}
		edit(m)
		out := *b
		if out.Manifest, err = delta.EncodeManifest(m); err != nil {
			t.Fatal(err)
		}
		out.CID = da.Sum(out.Manifest)
		return &out
	}
	otherSet := remanifest(bReady, func(m *delta.Manifest) { m.Parent = junkCID })
	otherBase := remanifest(bReady, func(m *delta.Manifest) { m.BaseRoot[31]++ })
	narrow := remanifest(bFill, func(m *delta.Manifest) { m.Width = 15 })
	classes := remanifest(bFill, func(m *delta.Manifest) { m.Classes = 5 })
	pending := build([]uint64{20}, 3, 7)
	tamperReady := func(edit func(*rollup.ProposeDelta)) *rollup.Tx {
		p := rollup.ProposalTx(np1, id, bReady, deposit)
		edit(p)
		return c.sign(p1, p)
	}
	pathTx := func(edit func(*rollup.DeltaData)) *rollup.Tx {
		d := rollup.DataTx(np1, id+1, 0, bFill, 1)
		d.Siblings = append([]common.Hash(nil), d.Siblings...)
		d.Path = append([]common.Hash(nil), d.Path...)
		edit(d)
		return c.sign(p1, d)
	}
	wrongPath := pathTx(func(d *rollup.DeltaData) { d.Siblings[0][31] ^= 1 })
	nonField := pathTx(func(d *rollup.DeltaData) { d.Siblings[0] = common.MaxHash })
	for _, tc := range []struct {
		name string
		tx   *rollup.Tx
		want error
	}{
		{"propose, wrong nonce", propose(p1, np1+1, id, bFill), rollup.ErrNonce},
		{"propose, unknown MLSC", propose(p1, np1, 99, bFill), rollup.ErrUnknownMLSC},
		{"propose, MLSC done", propose(p1, np1, done, bFill), rollup.ErrWrongPhase},
		{"propose, deposit below the least", c.sign(p1, rollup.ProposalTx(np1, id, bFill, uint256.NewInt(49))), rollup.ErrDelta},
		{"propose, deposit over the balance", c.sign(p1, rollup.ProposalTx(np1, id, bFill, u(100))), rollup.ErrBalance},
		{"propose, not even the fee", c.sign(ghost, rollup.ProposalTx(0, id, bFill, deposit)), rollup.ErrFee},
		{"propose, the fee but not the deposit", c.sign(poor, rollup.ProposalTx(0, id, bFill, uint256.NewInt(2e17))), rollup.ErrBalance},
		{"propose, CID of other bytes", tamper(func(p *rollup.ProposeDelta) { p.CID = bReady.CID.Bytes() }), rollup.ErrDelta},
		{"propose, a CIDv0", tamper(func(p *rollup.ProposeDelta) { p.CID = p.CID[2:] }), rollup.ErrDelta},
		{"propose, CID too long", tamper(func(p *rollup.ProposeDelta) { p.CID = make([]byte, 129) }), rollup.ErrDelta},
		{"propose, manifest truncated", tamper(func(p *rollup.ProposeDelta) {
			p.Manifest = p.Manifest[:len(p.Manifest)-1]
			p.CID = da.Sum(p.Manifest).Bytes()
		}), rollup.ErrDelta},
		{"propose, another parent set", propose(p1, np1, id, otherSet), rollup.ErrDelta},
		{"propose, another base root", propose(p1, np1, id, otherBase), rollup.ErrDelta},
		{"propose, examples of another width", propose(p1, np1, id, narrow), rollup.ErrDeltaShape},
		{"propose, more classes than outputs", propose(p1, np1, id, classes), rollup.ErrDeltaShape},
		{"propose, wrong size claimed", tamper(func(p *rollup.ProposeDelta) { p.NewSize++ }), rollup.ErrDelta},
		{"propose, a wrong proof leaf", tamperReady(func(p *rollup.ProposeDelta) { p.Leaves[0] = common.Hash{7} }), rollup.ErrDeltaRoot},
		{"propose, a sibling short", tamperReady(func(p *rollup.ProposeDelta) { p.Siblings = p.Siblings[1:] }), rollup.ErrDeltaRoot},
		{"propose, a non-canonical sibling", tamperReady(func(p *rollup.ProposeDelta) { p.Siblings[0] = common.MaxHash }), rollup.ErrDeltaRoot},
		{"propose, a proof with chunks", tamper(func(p *rollup.ProposeDelta) { p.Leaves = []common.Hash{{1}} }), rollup.ErrDeltaRoot},
		{"propose, a non-field new root", tamper(func(p *rollup.ProposeDelta) { p.NewRoot = common.MaxHash }), rollup.ErrDelta},
		{"propose, removal only with a wrong root", c.sign(p1, func() *rollup.ProposeDelta {
			p := rollup.ProposalTx(np1, id, bReady, deltaDeposit())
			p.NewRoot = common.Hash{2}
			return p
		}()), rollup.ErrDeltaRoot},
		{"propose, cap below the base fee", signCap(t, p1, rollup.ProposalTx(np1, id, bFill, deposit), uint256.NewInt(1)), rollup.ErrFeeCap},
		{"data, wrong nonce", data(p2, np2+1, id, 3, 1, bShrink, nil), rollup.ErrNonce},
		{"data, unknown MLSC", data(p2, np2, 99, 0, 0, bFill, nil), rollup.ErrUnknownMLSC},
		{"data, no such proposal", data(p2, np2, id, 9, 0, bFill, nil), rollup.ErrNoProposal},
		{"data, a ready proposal", data(p2, np2, id, 1, 0, bFill, nil), rollup.ErrDeltaData},
		{"data, a rejected proposal", data(p2, np2, id, 2, 0, bWrong, nil), rollup.ErrDeltaData},
		{"data, step out of range", pathTx(func(d *rollup.DeltaData) { d.Chunk = 2 }), rollup.ErrDeltaData},
		{"data, out of order", data(p2, np2, id+1, 1, 1, pending, nil), rollup.ErrDeltaData},
		{"data, step done", data(p1, np1, id+1, 0, 0, bFill, nil), rollup.ErrDeltaData},
		{"data, bytes of another chunk", data(p1, np1, id+1, 0, 1, bFill, bFill.Chunks[0]), rollup.ErrDeltaData},
		{"data, a wrong path", wrongPath, rollup.ErrDeltaData},
		{"data, a forged entry count", pathTx(func(d *rollup.DeltaData) { d.Count++ }), rollup.ErrDeltaData},
		{"data, a forged entry first", pathTx(func(d *rollup.DeltaData) { d.First++ }), rollup.ErrDeltaData},
		{"data, a forged entry path", pathTx(func(d *rollup.DeltaData) { d.Path[0][3] ^= 1 }), rollup.ErrDeltaData},
		{"data, no entry path", pathTx(func(d *rollup.DeltaData) { d.Path = nil }), rollup.ErrDeltaData},
		{"data, an entry path too long", pathTx(func(d *rollup.DeltaData) { d.Path = append(d.Path, common.Hash{}) }), rollup.ErrDeltaData},
		{"data, the step before's entry replayed", pathTx(func(d *rollup.DeltaData) {
			s0 := rollup.DataTx(0, 0, 0, bFill, 0)
			d.Data, d.Count, d.First, d.Path = s0.Data, s0.Count, s0.First, s0.Path
		}), rollup.ErrDeltaData},
		{"data, a non-field path element", nonField, rollup.ErrDeltaData},
		{"data, not even the fee", data(ghost, 0, id+1, 0, 0, bFill, nil), rollup.ErrFee},
	} {
		if _, err := c.stateAt(len(c.blocks)).ApplyTx(c.cfg, tc.tx, 0); !errors.Is(err, tc.want) {
			t.Fatalf("%s: the STF says %v, want %v", tc.name, err, tc.want)
		}
		w, err := rollup.InvalidStepWitness(c.cfg, st, tc.tx.Encode())
		if err != nil {
			t.Fatal(err)
		}
		if out := call(e, svInst, sv.PackExecute(sctx, st.Root(), tc.tx.Encode(), w), sv.UnpackExecute); out.Valid {
			t.Fatalf("%s: L1 finds the step valid (root %x)", tc.name, out.PostRoot)
		}
	}

	// A lying sequencer: the root after a propose-delta is wrong (batch A), and after the
	// delta-data that completes a proposal (batch B, after it); one challenge removes each,
	// B first.
	lie := func(leaves []rollup.StepLeaf, _ *bindings.RollupBatchHeader) {
		leaves[1].Root = common.HexToHash("0x0bad") // step 0 is the block start
	}
	c.add(propose(p2, nonce(p2), id+1, pending))
	lieA := c.settleTraced(lie)
	c.add(data(p1, nonce(p1), id+1, 0, 1, bFill, nil))
	if p, _ := c.st.DeltaProposal(id+1, 0); p.Status != rollup.DeltaReady {
		t.Fatalf("proposal 0 of MLSC id+1 is %v", p.Status)
	}
	lieB := c.settleTraced(lie)
	r := e.d.Rollup
	for _, b := range []faultBatch{lieB, lieA} {
		count := call(e, r.Instance, r.Binding.PackBatchCount(), r.Binding.UnpackBatchCount)
		rcpt := e.mustSend(e.bob, r.Instance, r.Binding.PackChallengeStep(b.record, c.stepChallenge(b, 1, c.trace(b.first, b.last, 1).Witness())))
		if got := call(e, r.Instance, r.Binding.PackBatchCount(), r.Binding.UnpackBatchCount); got != count-1 {
			t.Fatalf("batch count %d after the challenge, want %d", got, count-1)
		}
		t.Logf("challenge of a lying %x step: %d gas", b.inputs[1][0], rcpt.GasUsed)
	}
}

func deltaDeposit() *uint256.Int { return uint256.NewInt(100) }
