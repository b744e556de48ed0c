package deploy_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/rollup"
)

// leafBond is DataChallenge.leafBond() on newDAChain's chain.
func (e *env) leafBond() *big.Int {
	e.t.Helper()
	return call(e, e.d.DataChallenge.Instance, e.d.DataChallenge.Binding.PackLeafBond(), e.d.DataChallenge.Binding.UnpackLeafBond)
}

// requestLeaves requests the leaves at steps of batch b from `from`, with their bonds.
func (e *env) requestLeaves(from account, b bindings.RollupBatch, steps ...uint64) (*types.Receipt, error) {
	bond := new(big.Int).Mul(e.leafBond(), big.NewInt(int64(len(steps))))
	return e.sendValue(from, e.d.DataChallenge.Instance, e.d.DataChallenge.Binding.PackRequestLeaves(b, steps), bond)
}

// revealCall is DataChallenge.revealLeaves's calldata for the leaves at steps of batch b,
// which committed to leaves.
func (e *env) revealCall(b bindings.RollupBatch, leaves []rollup.StepLeaf, steps ...uint64) []byte {
	hashes := rollup.LeafHashes(leaves)
	ls, ps := make([]bindings.FaultProverLeaf, len(steps)), make([][][32]byte, len(steps))
	for i, s := range steps {
		ls[i], ps[i] = fullLeaf(leaves[s]), path(rollup.StepTreeProof(hashes, int(s)))
	}
	return e.d.DataChallenge.Binding.PackRevealLeaves(b, steps, ls, ps)
}

// fullLeaf is leafOf with empty (not nil) frontiers, as the ABI encoder needs.
func fullLeaf(l rollup.StepLeaf) bindings.FaultProverLeaf {
	f := leafOf(l)
	if f.Wnodes == nil {
		f.Wnodes = [][32]byte{}
	}
	if f.Mnodes == nil {
		f.Mnodes = [][32]byte{}
	}
	return f
}

// revealed are the LeafRevealed events of rcpt by step.
func (e *env) revealed(rcpt *types.Receipt) map[uint64]*bindings.DataChallengeLeafRevealed {
	out := map[uint64]*bindings.DataChallengeLeafRevealed{}
	for _, l := range rcpt.Logs {
		if ev, err := e.d.DataChallenge.Binding.UnpackLeafRevealedEvent(l); err == nil {
			out[ev.Step] = ev
		}
	}
	return out
}

// stepLeafOf is the rollup.StepLeaf of a revealed leaf.
func stepLeafOf(l bindings.FaultProverLeaf) rollup.StepLeaf {
	hs := func(n [][32]byte) []common.Hash {
		out := make([]common.Hash, len(n))
		for i := range n {
			out[i] = n[i]
		}
		return out
	}
	return rollup.StepLeaf{Input: l.Input, Offset: l.Offset, Length: l.Length, Root: l.Root, Withdrawals: rollup.WithdrawalFrontier{Count: l.Wcount, Nodes: hs(l.Wnodes)},
		Messages: rollup.WithdrawalFrontier{Count: l.Mcount, Nodes: hs(l.Mnodes)}}
}

// TestLeafRevealFraud: a sequencer that published data without its trace and committed a
// stepRoot over leaves with a wrong intermediate root (and the state root that follows from
// it) is found out: the challenger requests leaves, the sequencer must reveal them, and the
// revealed leaves i-1 and i (read back from LeafRevealed) are exactly what challengeStep
// needs; the batch and the one after it are removed. A second liar that never reveals is
// removed by removeUnrevealed after the deadline, the requester receiving the sequencer's
// bond and its leaf bond back; its other requests' bonds come back through reclaimLeaf.
func TestLeafRevealFraud(t *testing.T) {
	u := func(n int64) *uint256.Int { return uint256.MustFromBig(nrn(n)) }
	t.Run("revealed and proven wrong", func(t *testing.T) {
		e, c := newDAChain(t)
		alice := newKey(t)
		c.add(c.deposit(e.alice, crypto.PubkeyToAddress(alice.PublicKey), nrn(3)))
		c.add(c.sign(alice, &rollup.Transfer{Nonce: 0, To: e.bob.addr, Amount: u(1)}))
		data := batchData(7, 3000) // its trace (none here) does not open stepRoot
		b := c.settleTraced(func(leaves []rollup.StepLeaf, h *bindings.RollupBatchHeader) {
			for k := 3; k < len(leaves); k++ {
				leaves[k].Root = common.HexToHash("0x0bad") // from the transfer on
			}
			h.StateRoot = leaves[len(leaves)-1].Root
			h.DataHash = rollup.DataHash(data)
		})
		c.add()
		c.settleTraced(func(_ []rollup.StepLeaf, h *bindings.RollupBatchHeader) {
			h.DataHash = rollup.DataHash(batchData(8, 100))
		})
		// The end agrees with the trace: only a step can be proven wrong, and only with leaves.
		dc := e.d.DataChallenge
		n := b.record.StepCount
		steps := []uint64{0, 1, 2, 3}
		if n != 4 {
			t.Fatalf("%d steps, want 4", n)
		}
		rcpt, err := e.requestLeaves(e.bob, b.record, steps...)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("requestLeaves (%d leaves): %d gas", len(steps), rcpt.GasUsed)
		rcpt = e.mustSend(e.sequencer, dc.Instance, e.revealCall(b.record, b.leaves, steps...))
		t.Logf("revealLeaves (%d leaves): %d gas", len(steps), rcpt.GasUsed)
		got := e.revealed(rcpt)
		truth := c.trace(b.first, b.last, 3)
		first := -1
		for k := range steps {
			ev := got[uint64(k)]
			if ev == nil {
				t.Fatalf("leaf %d not revealed", k)
			}
			l := stepLeafOf(ev.Leaf)
			if l.Hash() != b.leaves[k].Hash() || !rollup.VerifyStepProof(b.record.StepRoot, n, uint64(k), l.Hash(), hashesOf(ev.Path)) {
				t.Fatalf("leaf %d revealed as %+v, not the committed one", k, l)
			}
			if first < 0 && l.Hash() != truth.Leaves()[k].Hash() {
				first = k
			}
		}
		if first != 3 {
			t.Fatalf("first wrong leaf %d, want 3", first)
		}
		pre, post := got[2], got[3]
		ch := bindings.FaultProverStepChallenge{Step: 3, Pre: pre.Leaf, PrePath: pre.Path, Post: post.Leaf, PostPath: post.Path,
			Input: truth.Inputs()[3], Witness: truth.Witness()}
		enc := e.d.FaultProver.Binding.PackEncodeStepChallenge(ch)[4:]
		rcpt = e.mustSend(e.bob, e.d.Rollup.Instance, e.d.Rollup.Binding.PackChallengeStep(b.record, enc))
		t.Logf("challengeStep from revealed leaves: %d gas", rcpt.GasUsed)
		if n := e.batchCount(); n != 0 {
			t.Fatalf("batch count %d after the challenge, want 0", n)
		}
	})

	t.Run("never revealed", func(t *testing.T) {
		e, c := newDAChain(t)
		c.add()
		c.settleData(batchData(1, 500))
		c.add(c.deposit(e.alice, e.alice.addr, nrn(1)))
		b := c.settleTraced(func(leaves []rollup.StepLeaf, h *bindings.RollupBatchHeader) {
			leaves[1].Root = common.HexToHash("0x0bad")
			h.DataHash = rollup.DataHash(batchData(2, 500))
		})
		dc := e.d.DataChallenge
		bond := e.leafBond()
		before := e.eth(e.bob.addr)
		rcpt, err := e.requestLeaves(e.bob, b.record, 0, 1)
		if err != nil {
			t.Fatal(err)
		}
		spent := fee(rcpt)
		_, err = e.send(e.alice, dc.Instance, dc.Binding.PackRemoveUnrevealed(b.record, 1))
		wantRevert(t, err, bindings.DataChallengeRevealWindowOpenErrorID())
		_, rw := e.cfg.DAWindows()
		if err := e.chain.AdjustTime(rw); err != nil {
			t.Fatal(err)
		}
		_, err = e.send(e.sequencer, dc.Instance, e.revealCall(b.record, b.leaves, 1))
		wantRevert(t, err, bindings.DataChallengeRevealWindowClosedErrorID())
		rcpt = e.mustSend(e.alice, dc.Instance, dc.Binding.PackRemoveUnrevealed(b.record, 1))
		t.Logf("removeUnrevealed: %d gas", rcpt.GasUsed)
		if n := e.batchCount(); n != 1 {
			t.Fatalf("batch count %d after the removal, want 1", n)
		}
		// The request of leaf 0 is undecided: its bond comes back.
		rcpt = e.mustSend(e.bob, dc.Instance, dc.Binding.PackReclaimLeaf(b.record, 0))
		spent.Add(spent, fee(rcpt))
		gain := new(big.Int).Sub(new(big.Int).Add(e.eth(e.bob.addr), spent), before)
		if gain.Cmp(big.NewInt(testBond)) != 0 {
			t.Fatalf("requester gained %v wei, want the sequencer's bond %v (its leaf bonds %v back)", gain, int64(testBond), bond)
		}
		_, err = e.send(e.bob, dc.Instance, dc.Binding.PackReclaimLeaf(b.record, 0))
		wantRevert(t, err, bindings.DataChallengeNoOpenLeafRequestErrorID())
		_, err = e.send(e.alice, dc.Instance, dc.Binding.PackRemoveUnrevealed(b.record, 1))
		wantRevert(t, err, bindings.DataChallengeUnknownRecordErrorID())
	})
}

func leafHashOf(l bindings.FaultProverLeaf) common.Hash {
	s := stepLeafOf(l)
	return s.Hash()
}

func hashesOf(p [][32]byte) []common.Hash {
	out := make([]common.Hash, len(p))
	for i := range p {
		out[i] = p[i]
	}
	return out
}

// TestLeafRevealHonest: an honest sequencer answers every request and keeps its batch; the
// requester pays each reveal's cost from its leaf bonds and gets the rest back. Forged
// reveals (a wrong path, another step's leaf, another batch's leaf, a malformed frontier, a
// leaf never requested, mismatched lengths) and bad requests (twice, past the step count,
// none or too many leaves, the wrong bond, a forged record, after the window) are refused
// with their errors.
func TestLeafRevealHonest(t *testing.T) {
	e, c := newDAChain(t)
	c.add(c.deposit(e.alice, e.alice.addr, nrn(2)))
	c.add(c.sign(e.alice.key, &rollup.Withdraw{Nonce: 0, To: e.alice.addr, Amount: uint256.MustFromBig(nrn(1))}))
	ob := c.settleData(batchData(3, 100))
	c.add()
	c.add(c.sign(e.alice.key, &rollup.Withdraw{Nonce: 1, To: e.alice.addr, Amount: uint256.MustFromBig(nrn(1))}))
	c.add(c.deposit(e.alice, e.alice.addr, nrn(1)))
	b := c.settleData(batchData(4, 100)) // 5 steps
	dc := e.d.DataChallenge
	n := b.record.StepCount
	bond := e.leafBond()

	steps := []uint64{0, 1, 2, n - 1}
	if n != 5 {
		t.Fatalf("%d steps, want 5", n)
	}
	if _, err := e.requestLeaves(e.alice, b.record, steps...); err != nil {
		t.Fatal(err)
	}
	badReq := []struct {
		name  string
		steps []uint64
		value *big.Int
		rec   func(*bindings.RollupBatch)
		want  common.Hash
	}{
		{"twice", []uint64{1}, bond, nil, bindings.DataChallengeLeafRequestExistsErrorID()},
		{"twice in one request", []uint64{n - 2, n - 2}, new(big.Int).Mul(bond, big.NewInt(2)), nil, bindings.DataChallengeLeafRequestExistsErrorID()},
		{"step past the trace", []uint64{n}, bond, nil, bindings.DataChallengeStepIndexTooLargeErrorID()},
		{"no leaves", []uint64{}, new(big.Int), nil, bindings.DataChallengeBadLeafCountErrorID()},
		{"17 leaves", make([]uint64, 17), new(big.Int).Mul(bond, big.NewInt(17)), nil, bindings.DataChallengeBadLeafCountErrorID()},
		{"bond short", []uint64{n - 2}, new(big.Int).Sub(bond, big.NewInt(1)), nil, bindings.DataChallengeWrongBondErrorID()},
		{"forged record", []uint64{n - 2}, bond, func(r *bindings.RollupBatch) { r.StepRoot[0] ^= 1 }, bindings.DataChallengeUnknownRecordErrorID()},
	}
	for _, r := range badReq {
		rec := b.record
		if r.rec != nil {
			r.rec(&rec)
		}
		_, err := e.sendValue(e.bob, dc.Instance, dc.Binding.PackRequestLeaves(rec, r.steps), r.value)
		if err == nil {
			t.Fatalf("%s: request accepted", r.name)
		}
		wantRevert(t, err, r.want)
	}

	hashes := rollup.LeafHashes(b.leaves)
	l1, p1 := fullLeaf(b.leaves[1]), path(rollup.StepTreeProof(hashes, 1))
	badPath := append([][32]byte(nil), p1...)
	badPath[0][0] ^= 1
	ol := fullLeaf(ob.leaves[1])
	op := path(rollup.StepTreeProof(rollup.LeafHashes(ob.leaves), 1))
	badFront := fullLeaf(b.leaves[n-1])
	badFront.Wnodes = append(badFront.Wnodes, [32]byte{1})
	reveal := func(steps []uint64, ls []bindings.FaultProverLeaf, ps [][][32]byte) []byte {
		return dc.Binding.PackRevealLeaves(b.record, steps, ls, ps)
	}
	forged := []struct {
		name string
		call []byte
		want common.Hash
	}{
		{"wrong path", reveal([]uint64{1}, []bindings.FaultProverLeaf{l1}, [][][32]byte{badPath}), bindings.DataChallengeBadLeafProofErrorID()},
		{"path too short", reveal([]uint64{1}, []bindings.FaultProverLeaf{l1}, [][][32]byte{p1[:1]}), bindings.DataChallengeBadLeafProofErrorID()},
		{"another step's leaf", reveal([]uint64{2}, []bindings.FaultProverLeaf{l1}, [][][32]byte{p1}), bindings.DataChallengeBadLeafProofErrorID()},
		{"another batch's leaf", reveal([]uint64{1}, []bindings.FaultProverLeaf{ol}, [][][32]byte{op}), bindings.DataChallengeBadLeafProofErrorID()},
		{"malformed frontier", reveal([]uint64{n - 1}, []bindings.FaultProverLeaf{badFront}, [][][32]byte{path(rollup.StepTreeProof(hashes, int(n-1)))}), bindings.DataChallengeBadLeafFrontierErrorID()},
		{"not requested", e.revealCall(b.record, b.leaves, 3), bindings.DataChallengeNoOpenLeafRequestErrorID()},
		{"another batch's record", dc.Binding.PackRevealLeaves(ob.record, []uint64{1}, []bindings.FaultProverLeaf{ol}, [][][32]byte{op}), bindings.DataChallengeNoOpenLeafRequestErrorID()},
		{"lengths differ", reveal([]uint64{1, 2}, []bindings.FaultProverLeaf{l1}, [][][32]byte{p1}), bindings.DataChallengeRevealLengthMismatchErrorID()},
	}
	for _, f := range forged {
		_, err := e.send(e.sequencer, dc.Instance, f.call)
		if err == nil {
			t.Fatalf("%s: reveal accepted", f.name)
		}
		wantRevert(t, err, f.want)
	}

	sb, ab := e.eth(e.sequencer.addr), e.eth(e.alice.addr)
	rcpt := e.mustSend(e.sequencer, dc.Instance, e.revealCall(b.record, b.leaves, steps...))
	paid := new(big.Int)
	for _, s := range steps {
		ev := e.revealed(rcpt)[s]
		if ev == nil || leafHashOf(ev.Leaf) != hashes[s] || ev.RevealerPaid.Sign() <= 0 {
			t.Fatalf("leaf %d: LeafRevealed %+v", s, ev)
		}
		paid.Add(paid, ev.RevealerPaid)
	}
	t.Logf("revealLeaves (%d leaves of %d): %d gas, revealer paid %v wei", len(steps), n, rcpt.GasUsed, paid)
	gotS := new(big.Int).Sub(new(big.Int).Add(e.eth(e.sequencer.addr), fee(rcpt)), sb)
	gotA := new(big.Int).Sub(e.eth(e.alice.addr), ab)
	all := new(big.Int).Mul(bond, big.NewInt(int64(len(steps))))
	if gotS.Cmp(paid) != 0 || new(big.Int).Add(gotS, gotA).Cmp(all) != 0 {
		t.Fatalf("revealer got %v, requester %v; want %v and the rest of %v", gotS, gotA, paid, all)
	}
	if gotS.Cmp(fee(rcpt)) < 0 {
		t.Fatalf("revealer paid %v for a %v wei transaction", gotS, fee(rcpt))
	}
	_, err := e.send(e.sequencer, dc.Instance, e.revealCall(b.record, b.leaves, 1))
	wantRevert(t, err, bindings.DataChallengeNoOpenLeafRequestErrorID())

	_, rw := e.cfg.DAWindows()
	if err := e.chain.AdjustTime(rw); err != nil {
		t.Fatal(err)
	}
	_, err = e.send(e.bob, dc.Instance, dc.Binding.PackRemoveUnrevealed(b.record, 1))
	wantRevert(t, err, bindings.DataChallengeNoOpenLeafRequestErrorID())
	cw, _ := e.cfg.DAWindows()
	if err := e.chain.AdjustTime(cw); err != nil {
		t.Fatal(err)
	}
	_, err = e.requestLeaves(e.bob, b.record, 3)
	wantRevert(t, err, bindings.DataChallengeChallengeWindowClosedErrorID())
	if err := e.chain.AdjustTime(testPeriod); err != nil {
		t.Fatal(err)
	}
	if k := e.batchCount(); k != 2 || !call(e, e.d.Rollup.Instance, e.d.Rollup.Binding.PackIsFinalized(1), e.d.Rollup.Binding.UnpackIsFinalized) {
		t.Fatalf("batch count %d, batch 1 not final", k)
	}
}

// TestLeafRevealGas: the gas of a request and a reveal per leaf as traces grow (a path of
// log2(steps) nodes; frontiers of a few nodes), measured, and the revealer's pay against it.
func TestLeafRevealGas(t *testing.T) {
	e, c := newDAChain(t)
	dc := e.d.DataChallenge
	for _, size := range []int{32, 1 << 10, 1 << 14, 1 << 17} {
		// Stand-in leaves: a committed trace of size steps with 3-node frontiers.
		leaves := make([]rollup.StepLeaf, size)
		for i := range leaves {
			f := rollup.WithdrawalFrontier{Count: 7, Nodes: []common.Hash{{1}, {2}, {3}}}
			leaves[i] = rollup.StepLeaf{Input: common.Hash{byte(i)}, Root: common.Hash{byte(i >> 8)}, Withdrawals: f, Messages: f}
		}
		c.add()
		h := c.header(nil)
		h.StepRoot, h.StepCount = rollup.StepTreeRoot(rollup.LeafHashes(leaves)), uint64(size)
		h.DataHash = rollup.DataHash(batchData(uint64(size), 100))
		if _, err := c.settle(h); err != nil {
			t.Fatal(err)
		}
		c.first = len(c.blocks)
		b := faultBatch{record: e.record(h.Index)}
		one, err := e.requestLeaves(e.alice, b.record, uint64(size-1))
		if err != nil {
			t.Fatal(err)
		}
		steps := make([]uint64, 16)
		for i := range steps {
			steps[i] = uint64(i * size / 16)
		}
		sixteen, err := e.requestLeaves(e.alice, b.record, steps...)
		if err != nil {
			t.Fatal(err)
		}
		r1 := e.mustSend(e.sequencer, dc.Instance, e.revealCall(b.record, leaves, uint64(size-1)))
		r16 := e.mustSend(e.sequencer, dc.Instance, e.revealCall(b.record, leaves, steps...))
		ev := e.revealed(r1)[uint64(size-1)]
		t.Logf("%7d steps (%2d-node path): request 1 leaf %d gas, 16 leaves %d gas (%d/leaf); reveal 1 leaf %d gas (paid for %d), 16 leaves %d gas (%d/leaf)",
			size, len(ev.Path), one.GasUsed, sixteen.GasUsed, sixteen.GasUsed/16, r1.GasUsed,
			new(big.Int).Div(ev.RevealerPaid, r1.EffectiveGasPrice).Uint64(), r16.GasUsed, r16.GasUsed/16)
		if fee(r1).Cmp(ev.RevealerPaid) > 0 {
			t.Fatalf("%d steps: a reveal costs %v wei, the revealer is paid %v", size, fee(r1), ev.RevealerPaid)
		}
	}
}
