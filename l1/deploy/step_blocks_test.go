package deploy_test

import (
	"bytes"
	"crypto/ecdsa"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/rollup"
)

// blocksPlay is the chain TestStepBlocks plays: a creator, six trainers, a prover and three
// MLSCs created in one block with windows of two blocks: A (two rounds) has its round 1 won
// and proven and completes at the end of round 2, which nobody joins (a completion message);
// B (two rounds) has six reveals in round 1 that nobody proves (the best revealer slashed,
// the claims released over two block starts, rollup.MaxBlockReleases) and completes unproven
// (no message, the escrow with the slash back to the creator); C (one round) has no
// commitment and completes at its first reveal end.
type blocksPlay struct {
	creator, prover *ecdsa.PrivateKey
	trainers        []*trainer
	a, b, cc        uint64
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// playBlocks plays blocksPlay on c, settling a batch after the MLSCs are created, one after
// round 1's reveals, one after A's proof and B's releases, and one after all three completed
// and a few blocks with nothing due.
func playBlocks(t *testing.T, e *env, c *faultChain) *blocksPlay {
	c.cfg.Verifier = claimHashVerifier{}
	p := &blocksPlay{creator: newKey(t), prover: newKey(t)}
	for i := range 6 {
		p.trainers = append(p.trainers, &trainer{key: newKey(t), weights: crypto.Keccak256Hash([]byte("blocks weights"), []byte{byte(i)}),
			trace: crypto.Keccak256Hash([]byte("blocks trace"), []byte{byte(i)}), salt: common.Hash{byte(i + 1)}, loss: 900 - uint64(i),
			checkpoint: []byte("ckpt"), traceCIDs: []byte("trace")})
	}
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addrOf(k)) }
	deposits := []*rollup.Tx{c.deposit(e.alice, addrOf(p.creator), nrn(10)), c.deposit(e.alice, addrOf(p.prover), nrn(1))}
	for _, tr := range p.trainers {
		deposits = append(deposits, c.deposit(e.alice, tr.addr(), nrn(3)))
	}
	c.add(deposits...)
	spec := testSpec()
	spec.CommitBlocks, spec.RevealBlocks, spec.ProofBlocks, spec.MaxRounds = 2, 2, 2, 2
	one := spec
	one.MaxRounds = 1
	p.a = c.st.Globals().NextMLSC
	p.b, p.cc = p.a+1, p.a+2
	txs := []*rollup.Tx{
		c.sign(p.creator, &rollup.CreateMLSC{Nonce: 0, Spec: spec, Bounty: uint256.MustFromBig(nrn(2))}),
		c.sign(p.creator, &rollup.CreateMLSC{Nonce: 1, Spec: spec, Bounty: uint256.MustFromBig(nrn(2))}),
		c.sign(p.creator, &rollup.CreateMLSC{Nonce: 2, Spec: one, Bounty: uint256.MustFromBig(nrn(1))}),
	}
	for _, tr := range p.trainers {
		txs = append(txs, c.sign(tr.key, &rollup.Stake{Nonce: nonce(tr.key), Amount: c.cfg.MinStake.Clone()}))
	}
	c.add(txs...)
	c.settleTraced(nil)

	// Trainer 0 commits in A (with other weights: a checkpoint is revealed once) and B.
	t0 := p.trainers[0]
	t0a := *t0
	t0a.weights = crypto.Keccak256Hash([]byte("blocks weights of A"))
	txs = []*rollup.Tx{c.sign(t0.key, &rollup.Commit{Nonce: nonce(t0.key), MLSC: p.a, Round: 1, Commitment: t0a.commitment(p.a, 1)})}
	for i, tr := range p.trainers {
		n := nonce(tr.key)
		if i == 0 {
			n++
		}
		txs = append(txs, c.sign(tr.key, &rollup.Commit{Nonce: n, MLSC: p.b, Round: 1, Commitment: tr.commitment(p.b, 1)}))
	}
	c.add(txs...)
	c.untilPhase(p.a, rollup.PhaseReveal)
	c.add(c.sign(t0.key, t0a.reveal(nonce(t0.key), p.a, 1)))
	c.untilPhase(p.b, rollup.PhaseReveal)
	txs = nil
	for _, tr := range p.trainers {
		txs = append(txs, c.sign(tr.key, tr.reveal(nonce(tr.key), p.b, 1)))
	}
	c.add(txs...)
	if r, _ := c.st.Round(p.b, 1); len(r.Reveals) != len(p.trainers) {
		t.Fatalf("MLSC B round 1 has %d reveals", len(r.Reveals))
	}
	c.settleTraced(nil)

	c.untilPhase(p.a, rollup.PhaseProof)
	claim, err := c.st.ClaimOf(p.a, 1)
	if err != nil {
		t.Fatal(err)
	}
	c.add(c.sign(p.prover, &rollup.LossProof{Nonce: 0, MLSC: p.a, Round: 1, Proof: claimHashProof(claim)}))
	for range 20 {
		if m, _ := c.st.MLSC(p.b); m.Round == 2 {
			break
		}
		c.add()
	}
	if r, _ := c.st.Round(p.b, 1); !r.Slashed || r.Released != uint64(len(p.trainers)) {
		t.Fatalf("MLSC B round 1: slashed %v, %d claims released", r.Slashed, r.Released)
	}
	c.settleTraced(nil)

	for range 30 {
		if c.st.ActiveMLSCs() == 0 {
			break
		}
		c.add()
	}
	for _, id := range []uint64{p.a, p.b, p.cc} {
		if m, _ := c.st.MLSC(id); m.Phase != rollup.PhaseDone {
			t.Fatalf("MLSC %d is in its %s phase", id, m.Phase)
		}
	}
	c.add()
	c.add()
	return p
}

// blockCase names what the block start at height h does between states pre and post (post
// after its whole block: the cases are told apart by the due MLSC's record and round).
func blockCase(pre, post *rollup.State, h uint64) string {
	d, _ := pre.DueAt(h)
	if len(d.MLSCs) == 0 {
		return "nothing due"
	}
	carried := ""
	if len(d.MLSCs) > 1 {
		carried = ", others carried"
	}
	id := d.MLSCs[0]
	a, _ := pre.MLSC(id)
	b, _ := post.MLSC(id)
	ra, _ := pre.Round(id, a.Round)
	rb, _ := post.Round(id, a.Round)
	switch {
	case a.Phase == rollup.PhaseProof && !ra.Slashed && rb.Slashed:
		return "proof window missed: slash" + carried
	case a.Phase == rollup.PhaseProof && rb.Released > ra.Released:
		return "claims released" + carried
	case a.Phase == rollup.PhaseProof && ra.Slashed:
		return "round settled: " + b.Phase.String() + carried
	case a.Phase == rollup.PhaseReveal && b.Phase == rollup.PhaseDone:
		return "reveal end: completion" + carried
	}
	return a.Phase.String() + " → " + b.Phase.String() + carried
}

// settleWithMessages settles the open batch with its message root (the honest one unless the
// trace was edited).
func (c *faultChain) settleWithMessages(edit func(leaves []rollup.StepLeaf)) faultBatch {
	return c.settleTraced(func(leaves []rollup.StepLeaf, h *bindings.RollupBatchHeader) {
		if edit != nil {
			edit(leaves)
		}
		h.MessageRoot = leaves[len(leaves)-1].Messages.Root()
	})
}

// TestStepBlocks: block starts once MLSCs exist are re-executed on L1 (StepBlocks). An honest
// chain (playBlocks: commit → reveal, reveal → proof with the round's seed, reveal with no
// reveal → the next round, the proof window missed → the best revealer slashed and six
// claims released over two block starts, completion with a message and without, the escrow
// refunded, three MLSCs due at one height and carried, heights with nothing due) agrees with
// the Go STF at every step, on the root and the message tree, and no challenge of it succeeds;
// the block start that completes MLSC A makes its completion message on L1.
func TestStepBlocks(t *testing.T) {
	minStake := uint256.MustFromBig(nrn(1))
	feeTo := crypto.PubkeyToAddress(newKey(t).PublicKey)
	e, c := newRoundsChain(t, testFees(feeTo), minStake)
	p := playBlocks(t, e, c)
	c.settleWithMessages(nil)
	gas := c.differential()
	t.Logf("stepFraud gas of a block start with MLSCs: at most %d", gas[0])
	worst := map[string]uint64{}
	for _, b := range c.batches[1:] {
		step := 0
		for n := b.first; n <= b.last; n++ {
			g := c.stepGas(b, step)
			what := blockCase(c.stateAt(n), c.stateAt(n+1), c.blocks[n].Header.Number)
			worst[what] = max(worst[what], g)
			step += 1 + len(c.blocks[n].Txs)
		}
	}
	for what, g := range worst {
		t.Logf("block start, %s: %d gas", what, g)
	}

	// The completion of A made one message, at a block start, and B's none.
	var made int
	for _, b := range c.batches {
		var before uint64 // a batch's message tree starts empty
		for k, in := range b.inputs {
			if in[0] == 0 && b.leaves[k].Messages.Count > before {
				made++
			}
			before = b.leaves[k].Messages.Count
		}
	}
	if made != 1 {
		t.Fatalf("%d block starts made a message, want 1 (A's completion)", made)
	}
	if md, _ := c.st.Model(p.a); !md.Done || md.Message == 0 || md.Reason != rollup.CompletedMaxRounds {
		t.Fatalf("model of A: %+v", md)
	}
	if md, _ := c.st.Model(p.b); !md.Done || md.Message != 0 || md.Proven() {
		t.Fatalf("model of B: %+v", md)
	}
	best := p.trainers[len(p.trainers)-1] // the lowest claimed loss
	if a := c.st.Account(best.addr()); !a.Stake.IsZero() || a.OpenClaims != 0 {
		t.Fatalf("B's best revealer: stake %s, %d open claims", a.Stake, a.OpenClaims)
	}
	for _, tr := range p.trainers {
		if a := c.st.Account(tr.addr()); a.OpenClaims != 0 {
			t.Fatalf("trainer %s has %d open claims", tr.addr(), a.OpenClaims)
		}
	}
}

// TestStepBlocksLies: a lying block start is removed by one challenge of it: a wrong root
// after a phase change, a due MLSC left where it was (the block start did the rest), and a
// completion message that the block start did not make (or one of other bytes) in the trace,
// with a message root to match.
func TestStepBlocksLies(t *testing.T) {
	forged := crypto.Keccak256Hash([]byte("a model NFT for the sequencer"))
	for _, tc := range []struct {
		name string
		// lie edits the last batch's leaves; k is a block start of it that changes an MLSC's
		// phase (want: the completing one).
		complete bool
		lie      func(t *testing.T, c *faultChain, leaves []rollup.StepLeaf, k, block int, id uint64)
	}{
		{"wrong root after a phase change", false, func(t *testing.T, c *faultChain, leaves []rollup.StepLeaf, k, _ int, _ uint64) {
			leaves[k].Root[0] ^= 1
		}},
		{"due MLSC not advanced", false, func(t *testing.T, c *faultChain, leaves []rollup.StepLeaf, k, block int, id uint64) {
			// The state after the block start (its block has no transaction) with the MLSC's
			// record as it was before.
			m, _ := c.stateAt(block).MLSC(id)
			v, err := rlp.EncodeToBytes(&m)
			if err != nil {
				t.Fatal(err)
			}
			post := c.stateAt(block + 1)
			if err := post.LoadEntry(rollup.MLSCKey(id), v); err != nil {
				t.Fatal(err)
			}
			root, _, err := post.Commit()
			if err != nil || root == leaves[k].Root {
				t.Fatalf("root %x: %v", root, err)
			}
			leaves[k].Root = root
		}},
		{"forged completion message", true, func(t *testing.T, c *faultChain, leaves []rollup.StepLeaf, k, _ int, _ uint64) {
			for i := k; i < len(leaves); i++ {
				leaves[i].Messages = leaves[k-1].Messages.Append(forged)
			}
		}},
		{"completion message left out", true, func(t *testing.T, c *faultChain, leaves []rollup.StepLeaf, k, _ int, _ uint64) {
			for i := k; i < len(leaves); i++ {
				leaves[i].Messages = leaves[k-1].Messages
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, c := newRoundsChain(t, rollup.FeeRule{}, uint256.NewInt(1))
			c.cfg.Verifier = claimHashVerifier{}
			pl := modelPlayers{creator: newKey(t), trainer: newKey(t), prover: newKey(t)}
			id := c.playModel(pl, func(s *rollup.MLSCSpec) { s.MaxRounds = 2 }) // round 1 won and proven
			c.settleWithMessages(nil)
			// The lying batch: round 2 runs empty to the completion.
			start := len(c.blocks)
			for range 12 {
				if m, _ := c.st.MLSC(id); m.Phase == rollup.PhaseDone {
					break
				}
				c.add()
			}
			var k, block int
			step := 0
			for n := start; n < len(c.blocks); n++ {
				pre, post := c.stateAt(n), c.stateAt(n+1)
				before, _ := pre.MLSC(id)
				after, _ := post.MLSC(id)
				if before.Phase != after.Phase && (after.Phase == rollup.PhaseDone) == tc.complete {
					k, block = step, n
					break
				}
				step += 1 + len(c.blocks[n].Txs)
			}
			if block == 0 {
				t.Fatal("no block start of the batch changes the MLSC's phase")
			}
			b := c.settleWithMessages(func(leaves []rollup.StepLeaf) { tc.lie(t, c, leaves, k, block, id) })
			r := e.d.Rollup
			if k > 0 { // the step before is right
				_, err := e.send(e.bob, r.Instance, r.Binding.PackChallengeStep(b.record, c.stepChallenge(b, k-1, c.trace(b.first, b.last, k-1).Witness())))
				wantRevert(t, err, bindings.RollupNoFraudErrorID())
			}
			rcpt := e.mustSend(e.bob, r.Instance, r.Binding.PackChallengeStep(b.record, c.stepChallenge(b, k, c.trace(b.first, b.last, k).Witness())))
			t.Logf("challenge of block start %d: %d gas", k, rcpt.GasUsed)
			if n := call(e, r.Instance, r.Binding.PackBatchCount(), r.Binding.UnpackBatchCount); n != b.header.Index {
				t.Fatalf("batch count %d after the challenge, want %d", n, b.header.Index)
			}
		})
	}
}

// differentialBlocks re-executes every block start of c's batches from index first on with its
// witness: L1 must give the Go STF's root and message tree and refuse a challenge of it
// (NoFraud), for at most limit gas. It returns the most FaultProver.stepFraud gas by blockCase.
func (c *faultChain) differentialBlocks(first int, limit uint64) map[string]uint64 {
	t, e, r := c.t, c.e, c.e.d.Rollup
	t.Helper()
	sv, svInst, ctx := c.stepVerifier()
	worst := map[string]uint64{}
	for _, b := range c.batches[first:] {
		k := 0
		for n := b.first; n <= b.last; n++ {
			w := c.trace(b.first, b.last, k).Witness()
			pre, msgs := b.header.PrevStateRoot, rollup.WithdrawalFrontier{}
			if k > 0 {
				pre, msgs = b.leaves[k-1].Root, b.leaves[k-1].Messages
			}
			out := call(e, svInst, sv.PackExecute(ctx, pre, b.inputs[k], w), sv.UnpackExecute)
			for _, m := range out.MessageLeaves {
				msgs = msgs.Append(m)
			}
			if !out.Valid || common.Hash(out.PostRoot) != b.leaves[k].Root || msgs.Hash() != b.leaves[k].Messages.Hash() {
				t.Fatalf("block %d: L1 valid=%v root %x (%d messages), Go STF root %x", n, out.Valid, out.PostRoot, len(out.MessageLeaves), b.leaves[k].Root)
			}
			_, err := e.send(e.bob, r.Instance, r.Binding.PackChallengeStep(b.record, c.stepChallenge(b, k, w)))
			wantRevert(t, err, bindings.RollupNoFraudErrorID())
			what := blockCase(c.stateAt(n), c.stateAt(n+1), c.blocks[n].Header.Number)
			worst[what] = max(worst[what], c.stepGas(b, k))
			k += 1 + len(c.blocks[n].Txs)
		}
	}
	for what, g := range worst {
		t.Logf("block start, %s: %d gas", what, g)
		if g > limit {
			t.Fatalf("a block start (%s) costs %d gas, more than %d", what, g, limit)
		}
	}
	return worst
}

// TestStepBlocksFullRound measures the costliest block starts: MLSC F's last round has a full
// round of rollup.MaxRoundCommits reveals with CIDs of rollup.MaxCIDLen bytes (the largest
// round record) that nobody proves, so
// the block starts after its proof window slash the best revealer, release the claims
// rollup.MaxBlockReleases at a time, and complete F (proven in round 1: a completion message)
// with the escrow back to its creator; MLSC G, created with it, is due at the same heights and
// carried. Every block start of those batches agrees with the Go STF and stays under 60 % of
// the transaction cap.
func TestStepBlocksFullRound(t *testing.T) {
	if testing.Short() {
		t.Skip("a full round: slow")
	}
	minStake := uint256.MustFromBig(nrn(1))
	feeTo := crypto.PubkeyToAddress(newKey(t).PublicKey)
	e, c := newRoundsChain(t, testFees(feeTo), minStake)
	c.cfg.Verifier = claimHashVerifier{}
	creator, prover, funder := newKey(t), newKey(t), newKey(t)
	var crowd []*trainer
	for i := range rollup.MaxRoundCommits {
		crowd = append(crowd, &trainer{key: newKey(t), weights: crypto.Keccak256Hash([]byte("full round"), []byte{byte(i)}),
			trace: crypto.Keccak256Hash([]byte{byte(i)}), salt: common.Hash{byte(i)}, loss: 10_000 - uint64(i),
			checkpoint: bytes.Repeat([]byte{'c'}, rollup.MaxCIDLen), traceCIDs: bytes.Repeat([]byte{'t'}, rollup.MaxCIDLen)})
	}
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addrOf(k)) }
	c.add(c.deposit(e.alice, addrOf(funder), nrn(300)), c.deposit(e.alice, addrOf(creator), nrn(10)), c.deposit(e.alice, addrOf(prover), nrn(1)))
	var txs []*rollup.Tx
	for i, tr := range crowd {
		txs = append(txs, c.sign(funder, &rollup.Transfer{Nonce: uint64(i), To: tr.addr(), Amount: uint256.MustFromBig(nrn(3))}))
	}
	c.add(txs...)
	spec := testSpec()
	spec.CommitBlocks, spec.RevealBlocks, spec.ProofBlocks, spec.MaxRounds = 3, 3, 2, 2
	idle := spec
	idle.MaxRounds = 100
	f := c.st.Globals().NextMLSC
	txs = []*rollup.Tx{c.sign(creator, &rollup.CreateMLSC{Nonce: 0, Spec: spec, Bounty: uint256.MustFromBig(nrn(2))}),
		c.sign(creator, &rollup.CreateMLSC{Nonce: 1, Spec: idle, Bounty: uint256.MustFromBig(nrn(1))})}
	for _, tr := range crowd {
		txs = append(txs, c.sign(tr.key, &rollup.Stake{Nonce: nonce(tr.key), Amount: minStake}))
	}
	c.add(txs...)
	// Round 1: crowd[0] wins it (other weights than its round 2 ones).
	w1 := *crowd[0]
	w1.weights, w1.loss = crypto.Keccak256Hash([]byte("round 1")), 20_000
	c.add(c.sign(w1.key, &rollup.Commit{Nonce: nonce(w1.key), MLSC: f, Round: 1, Commitment: w1.commitment(f, 1)}))
	c.untilPhase(f, rollup.PhaseReveal)
	c.add(c.sign(w1.key, w1.reveal(nonce(w1.key), f, 1)))
	c.untilPhase(f, rollup.PhaseProof)
	claim, err := c.st.ClaimOf(f, 1)
	if err != nil {
		t.Fatal(err)
	}
	c.add(c.sign(prover, &rollup.LossProof{Nonce: 0, MLSC: f, Round: 1, Proof: claimHashProof(claim)}))
	c.settleRound(f, 1) // the block starts after the proof release the 64 claims, then open round 2
	// Round 2: everyone commits and reveals; nobody proves.
	txs = nil
	for _, tr := range crowd {
		txs = append(txs, c.sign(tr.key, &rollup.Commit{Nonce: nonce(tr.key), MLSC: f, Round: 2, Commitment: tr.commitment(f, 2)}))
	}
	c.add(txs...)
	c.untilPhase(f, rollup.PhaseReveal)
	txs = nil
	for _, tr := range crowd {
		txs = append(txs, c.sign(tr.key, tr.reveal(nonce(tr.key), f, 2)))
	}
	c.add(txs...)
	if r, _ := c.st.Round(f, 2); len(r.Reveals) != rollup.MaxRoundCommits {
		t.Fatalf("round 2 has %d reveals", len(r.Reveals))
	}
	c.settleWithMessages(nil)
	for range 3 * rollup.MaxRoundCommits {
		if m, _ := c.st.MLSC(f); m.Phase == rollup.PhaseDone {
			break
		}
		c.add()
	}
	if md, _ := c.st.Model(f); !md.Done || md.Message == 0 {
		t.Fatalf("F did not complete with a message: %+v", md)
	}
	c.settleWithMessages(nil)
	// The round record of 64 reveals with 128-byte CIDs (27 KB) is proven in every block start
	// that settles the round: those cost about half the transaction cap (8.3M measured), as the
	// costliest commit and reveal steps into such a round do (docs/contracts.md).
	c.differentialBlocks(1, 16_777_216*6/10)
}
