package deploy_test

import (
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/chainfile"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/rollup"
)

const testBond = 1e18 // wei

// faultChain is an L2 run by the real STF whose batches carry their step trace: blocks are
// kept so that any batch's steps can be replayed with a witness.
type faultChain struct {
	*l2
	blocks  []*rollup.Block // every block since genesis
	first   int             // first block of the open batch
	batches []faultBatch
}

// faultBatch is a settled batch: its blocks and the trace L1 committed to.
type faultBatch struct {
	first, last int
	header      bindings.RollupBatchHeader
	record      bindings.RollupBatch // what L1 accepted, as batchrecord.Read reads it
	leaves      []rollup.StepLeaf
	inputs      [][]byte
}

// newFaultChain deploys with a sequencer bond and the L2 fee rule fees (the zero rule: none)
// and starts an L2 with that rule.
func newFaultChain(t *testing.T, fees rollup.FeeRule) (*env, *faultChain) {
	e, c := newExitEnv(t, func(cfg *deploy.Config) {
		cfg.SequencerBond = big.NewInt(testBond)
		cfg.Fees = chainfile.DeployFees(fees)
		cfg.MinStake = big.NewInt(1) // newExitEnv's L2 MinStake
	})
	c.cfg.Fees = fees
	postBond(e, e.sequencer, big.NewInt(testBond))
	return e, &faultChain{l2: c}
}

// stepContext is the StepVerifier context the Rollup builds for challenges: its chain, its
// queues and the fee rule and minimum stake it was deployed with, which must be the L2's.
func stepContext(e *env, cfg *rollup.Config) bindings.StepStateContext {
	e.t.Helper()
	fees := call(e, e.d.Rollup.Instance, e.d.Rollup.Binding.PackFeeRule(), e.d.Rollup.Binding.UnpackFeeRule)
	rule := bindings.StepStateFeeRule{MinBaseFee: fees.MinBaseFee, TargetUnits: fees.TargetUnits, BurnBps: fees.BurnBps, Recipient: fees.Recipient}
	if want := chainfile.DeployFees(cfg.Fees); rule.MinBaseFee.Cmp(want.MinBaseFee) != 0 || rule.TargetUnits != want.TargetUnits ||
		rule.BurnBps != want.BurnBps || rule.Recipient != want.Recipient {
		e.t.Fatalf("Rollup.feeRule %+v, the L2's %+v", rule, cfg.Fees)
	}
	minStake := call(e, e.d.Rollup.Instance, e.d.Rollup.Binding.PackMinStake(), e.d.Rollup.Binding.UnpackMinStake)
	if minStake.Cmp(cfg.MinStake.ToBig()) != 0 {
		e.t.Fatalf("Rollup.minStake %v, the L2's %v", minStake, cfg.MinStake)
	}
	return bindings.StepStateContext{ChainId: cfg.ChainID, Rollup: e.d.Rollup.Address, Bridge: e.d.Bridge.Address, Fees: rule, MinStake: minStake}
}

func postBond(e *env, from account, v *big.Int) {
	e.t.Helper()
	opts := from.opts()
	opts.Context, opts.Value = e.ctx, v
	tx, err := bind.Transact(e.d.Rollup.Instance, opts, e.d.Rollup.Binding.PackPostBond())
	if err != nil {
		e.t.Fatal(err)
	}
	if _, err := bind.WaitMined(e.ctx, e.chain, tx.Hash()); err != nil {
		e.t.Fatal(err)
	}
}

// add applies txs as the next block and returns their receipts.
func (c *faultChain) add(txs ...*rollup.Tx) []*rollup.Receipt {
	c.t.Helper()
	rcs := c.block(txs...)
	c.blocks = append(c.blocks, &rollup.Block{Header: *c.head, Txs: txs})
	return rcs
}

// stateAt replays the first n blocks from genesis.
func (c *faultChain) stateAt(n int) *rollup.State {
	c.t.Helper()
	st, _, _, err := l2Genesis().State()
	if err != nil {
		c.t.Fatal(err)
	}
	for _, b := range c.blocks[:n] {
		if _, _, err := rollup.ApplyBlock(c.cfg, st, b); err != nil {
			c.t.Fatal(err)
		}
	}
	return st
}

// trace replays blocks [first, last] of the chain with a tracer (witness for step target).
func (c *faultChain) trace(first, last, target int) *rollup.Tracer {
	c.t.Helper()
	st := c.stateAt(first)
	tr := rollup.NewTracer(c.cfg, target)
	for _, b := range c.blocks[first : last+1] {
		if _, _, err := tr.ApplyBlock(st, b); err != nil {
			c.t.Fatal(err)
		}
	}
	return tr
}

// settleTraced settles the blocks since the last batch with their honest trace, after edit
// (if any) changed the leaves (a lying sequencer) and the header.
func (c *faultChain) settleTraced(edit func(leaves []rollup.StepLeaf, h *bindings.RollupBatchHeader)) faultBatch {
	c.t.Helper()
	first, last := c.first, len(c.blocks)-1
	tr := c.trace(first, last, -1)
	leaves := append([]rollup.StepLeaf(nil), tr.Leaves()...)
	h := c.header(nil)
	if edit != nil {
		edit(leaves, &h)
	}
	hashes := make([]common.Hash, len(leaves))
	for i := range leaves {
		hashes[i] = leaves[i].Hash()
	}
	h.StepRoot, h.StepCount = rollup.StepTreeRoot(hashes), uint64(len(leaves))
	if _, err := c.settle(h); err != nil {
		c.t.Fatalf("settle: %v", err)
	}
	b := faultBatch{first: first, last: last, header: h, leaves: leaves, inputs: tr.Inputs(), record: c.e.record(h.Index)}
	c.batches = append(c.batches, b)
	c.first = len(c.blocks)
	return b
}

func leafOf(l rollup.StepLeaf) bindings.FaultProverLeaf {
	nodes := func(f rollup.WithdrawalFrontier) [][32]byte {
		out := make([][32]byte, len(f.Nodes))
		for i, n := range f.Nodes {
			out[i] = n
		}
		return out
	}
	return bindings.FaultProverLeaf{Input: l.Input, Offset: l.Offset, Length: l.Length, Root: l.Root, Wcount: l.Withdrawals.Count, Wnodes: nodes(l.Withdrawals),
		Mcount: l.Messages.Count, Mnodes: nodes(l.Messages)}
}

func path(p []common.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for i, h := range p {
		out[i] = h
	}
	return out
}

// stepChallenge is the challenge of step k of batch b with the given witness.
func (c *faultChain) stepChallenge(b faultBatch, k int, witness [][]byte) []byte {
	hashes := make([]common.Hash, len(b.leaves))
	for i := range b.leaves {
		hashes[i] = b.leaves[i].Hash()
	}
	ch := bindings.FaultProverStepChallenge{Step: uint64(k), Post: leafOf(b.leaves[k]), PostPath: path(rollup.StepTreeProof(hashes, k)),
		Input: b.inputs[k], Witness: witness, Pre: bindings.FaultProverLeaf{Root: b.header.PrevStateRoot}, PrePath: [][32]byte{}}
	if k > 0 {
		ch.Pre, ch.PrePath = leafOf(b.leaves[k-1]), path(rollup.StepTreeProof(hashes, k-1))
	}
	if ch.Pre.Wnodes == nil {
		ch.Pre.Wnodes = [][32]byte{}
	}
	if ch.Post.Wnodes == nil {
		ch.Post.Wnodes = [][32]byte{}
	}
	return c.e.d.FaultProver.Binding.PackEncodeStepChallenge(ch)[4:]
}

// testFees is the L2 fee market of the fault chains: a base fee floor of 1e12 wei (0.000001
// NRN) per unit, a target of 20,000 units a block (two or three transfers, so that the test's
// blocks move the base fee both ways), 30 % burnt and the rest paid to recipient.
func testFees(recipient common.Address) rollup.FeeRule {
	return rollup.FeeRule{MinBaseFee: uint256.NewInt(1e12), TargetUnits: 20_000, BurnBps: 3_000, Recipient: recipient}
}

// TestStepDifferential runs an honest chain of every step StepVerifier re-executes (block
// starts, deposits, transfers to new, existing and the same account, withdrawals, forced
// entries wrapping a transfer, a withdrawal, junk and failing transactions), with an L2 fee
// rule that burns part of each fee and pays the rest to a recipient that also sends and
// receives, and checks, for every step, that StepVerifier computes the Go STF's root and
// withdrawal leaf from the witness, and that challenging it fails (NoFraud): an honest
// sequencer survives every challenge of its steps and of its ends. A transfer its sender can
// pay the amount of but not the amount and the fee is invalid on L1 as in the STF, and as a
// forced entry it is consumed with its fee refunded.
func TestStepDifferential(t *testing.T) {
	feeKey := newKey(t)
	feeTo := crypto.PubkeyToAddress(feeKey.PublicKey)
	e, c := newFaultChain(t, testFees(feeTo))
	alice, bob, carol, dave := newKey(t), newKey(t), newKey(t), newKey(t)
	aAddr, bAddr := crypto.PubkeyToAddress(alice.PublicKey), crypto.PubkeyToAddress(bob.PublicKey)
	dAddr := crypto.PubkeyToAddress(dave.PublicKey)
	u := func(n int64) *uint256.Int { return uint256.MustFromBig(nrn(n)) }
	c.add(c.deposit(e.alice, aAddr, nrn(10)), c.deposit(e.bob, bAddr, nrn(5)), c.deposit(e.bob, feeTo, nrn(1)))
	c.add(c.sign(alice, &rollup.Transfer{Nonce: 0, To: bAddr, Amount: u(2)}),
		c.sign(alice, &rollup.Transfer{Nonce: 1, To: crypto.PubkeyToAddress(carol.PublicKey), Amount: u(1)}),
		c.sign(bob, &rollup.Transfer{Nonce: 0, To: bAddr, Amount: u(1)}),
		c.sign(alice, &rollup.Withdraw{Nonce: 2, To: e.alice.addr, Amount: u(3)}),
		c.sign(alice, &rollup.Transfer{Nonce: 3, To: feeTo, Amount: u(1)}),       // to the fee recipient
		c.sign(feeKey, &rollup.Transfer{Nonce: 0, To: aAddr, Amount: u(1)}),      // from it
		c.sign(feeKey, &rollup.Transfer{Nonce: 1, To: feeTo, Amount: u(1)}),      // to itself
		c.sign(feeKey, &rollup.Withdraw{Nonce: 2, To: e.bob.addr, Amount: u(1)})) // its withdrawal
	c.settleTraced(nil)
	fwd, _ := c.force(e.bob, c.sign(bob, &rollup.Withdraw{Nonce: 1, To: e.bob.addr, Amount: u(1)}).Encode())
	ftr, _ := c.force(e.bob, c.sign(alice, &rollup.Transfer{Nonce: 4, To: bAddr, Amount: u(1)}).Encode())
	fjunk, _ := c.force(e.bob, []byte{0x01, 0x02, 0x03})
	fpoor, _ := c.force(e.bob, c.sign(carol, &rollup.Transfer{Nonce: 0, To: bAddr, Amount: u(50)}).Encode())
	// dave holds exactly the amount he sends: he cannot pay the fee on top, so the forced
	// transfer is rejected and its fee refunded; then a transfer he cannot even pay the fee of.
	fnofee, _ := c.force(e.bob, c.sign(dave, &rollup.Transfer{Nonce: 0, To: bAddr, Amount: u(1)}).Encode())
	fnonce, _ := c.force(e.bob, c.sign(bob, &rollup.Transfer{Nonce: 9, To: aAddr, Amount: u(1)}).Encode())
	fdust, _ := c.force(e.bob, c.sign(dave, &rollup.Transfer{Nonce: 1, To: bAddr, Amount: uint256.NewInt(1)}).Encode())
	// A forced transfer whose fee cap (1 wei a unit) is below the base fee: consumed, not applied.
	fcap, _ := c.force(e.bob, signCap(t, alice, &rollup.Transfer{Nonce: 6, To: bAddr, Amount: u(1)}, uint256.NewInt(1)).Encode())
	c.add(c.deposit(e.alice, dAddr, nrn(1)))
	rcs := c.add(fwd, ftr, fjunk, fpoor, fnofee, fnonce, c.sign(bob, &rollup.Withdraw{Nonce: 2, To: e.bob.addr, Amount: u(1)}))
	for i, want := range map[int]string{3: "insufficient balance", 4: "insufficient balance", 5: "wrong nonce"} {
		if rcs[i].Forced == nil || !strings.Contains(rcs[i].Forced.Error, want) {
			t.Fatalf("forced entry %d: receipt %+v, want the error %q", i, rcs[i].Forced, want)
		}
	}
	if got := c.st.Account(dAddr).Balance; !got.Eq(u(1)) {
		t.Fatalf("dave has %s after his rejected forced transfer, want his 1 NRN back (fee refunded)", got.Dec())
	}
	c.add(c.deposit(e.alice, crypto.PubkeyToAddress(carol.PublicKey), nrn(1)))
	// dave keeps 0.001 NRN, less than a fee.
	spend := c.sign(dave, &rollup.Transfer{Nonce: 0, To: aAddr, Amount: u(1)})
	g := c.st.Globals()
	left := new(uint256.Int).Sub(u(1), c.cfg.Fee(spend, c.cfg.Fees.NextBaseFee(g.BaseFee, g.BlockUnits)))
	c.add(c.sign(dave, &rollup.Transfer{Nonce: 0, To: aAddr, Amount: left.Sub(left, uint256.NewInt(1e15))}),
		signCap(t, alice, &rollup.Transfer{Nonce: 5, To: bAddr, Amount: u(1)}, c.cfg.Fees.NextBaseFee(g.BaseFee, g.BlockUnits))) // capped at the base fee
	// The blocks went over the target and back: the base fee rose above the floor and the
	// block starts after them moved it (the differential below re-executes each one).
	if peak := c.baseFeePeak(); peak.Cmp(c.cfg.Fees.MinBaseFee) <= 0 {
		t.Fatalf("base fee never left the floor (%s)", peak.Dec())
	}
	if rc := c.add(fdust)[0]; rc.Forced == nil || !strings.Contains(rc.Forced.Error, "cannot pay the L2 fee") {
		t.Fatalf("forced transfer without the fee: receipt %+v", rc.Forced)
	}
	if rc := c.add(fcap)[0]; rc.Forced == nil || !strings.Contains(rc.Forced.Error, "fee cap below the base fee") {
		t.Fatalf("forced transfer capped below the base fee: receipt %+v", rc.Forced)
	}
	c.settleTraced(nil)
	if got := c.st.Account(feeTo).Balance; got.Cmp(uint256.NewInt(1e16)) < 0 {
		t.Fatalf("fee recipient holds %s: no fees paid", got.Dec())
	}

	sv, svInst, ctx := c.stepVerifier()
	c.differential()

	// Steps the STF rejects are invalid on L1: a transfer of the sender's whole balance (the
	// fee does not fit), and one whose sender cannot pay the fee alone.
	st := c.stateAt(len(c.blocks))
	for name, tx := range map[string]*rollup.Tx{
		"amount but not amount+fee": c.sign(bob, &rollup.Transfer{Nonce: st.Nonce(bAddr), To: aAddr, Amount: st.Account(bAddr).Balance}),
		"not the fee":               c.sign(dave, &rollup.Transfer{Nonce: 1, To: aAddr, Amount: uint256.NewInt(1)}),
		"withdraw without the fee":  c.sign(bob, &rollup.Withdraw{Nonce: st.Nonce(bAddr), To: e.bob.addr, Amount: st.Account(bAddr).Balance}),
		"cap below the base fee": signCap(t, alice, &rollup.Transfer{Nonce: st.Nonce(aAddr), To: bAddr, Amount: uint256.NewInt(1)},
			new(uint256.Int).SubUint64(st.BaseFee(), 1)),
	} {
		if _, err := c.stateAt(len(c.blocks)).ApplyTx(c.cfg, tx, 0); err == nil {
			t.Fatalf("%s: the STF applies it", name)
		}
		w, err := rollup.InvalidStepWitness(c.cfg, st, tx.Encode())
		if err != nil {
			t.Fatal(err)
		}
		out := call(e, svInst, sv.PackExecute(ctx, st.Root(), tx.Encode(), w), sv.UnpackExecute)
		if out.Valid {
			t.Fatalf("%s: L1 finds the step valid (root %x)", name, out.PostRoot)
		}
	}
}

// stepVerifier is the FaultProver's StepVerifier and the context the Rollup gives it.
func (c *faultChain) stepVerifier() (*bindings.StepVerifier, *bind.BoundContract, bindings.StepStateContext) {
	e := c.e
	sv := bindings.NewStepVerifier()
	svAddr := call(e, e.d.FaultProver.Instance, e.d.FaultProver.Binding.PackStepVerifier(), e.d.FaultProver.Binding.UnpackStepVerifier)
	return sv, sv.Instance(e.chain, svAddr), stepContext(e, c.cfg)
}

// differential re-executes every step of every settled batch on L1 with its witness and
// requires the Go STF's root, and that challenging it fails (NoFraud). It returns the most gas
// FaultProver.stepFraud (openings and re-execution) costs for a step of each kind: its input's
// first byte (0x00 a block start, else the transaction type; a forced entry's is its inner's,
// plus 0x0a itself).
func (c *faultChain) differential() map[byte]uint64 { return c.differentialFrom(0) }

// differentialFrom is differential over the batches from index first on. The message leaves
// L1 returns must be those the step's leaf adds to the message tree. L1 decides every step;
// loss proofs are skipped (the fault chains' are claimHashVerifier stand-ins, which L1's
// verifier refuses).
func (c *faultChain) differentialFrom(first int) map[byte]uint64 {
	t, e, r := c.t, c.e, c.e.d.Rollup
	t.Helper()
	sv, svInst, ctx := c.stepVerifier()
	gas := map[byte]uint64{}
	var maxGas uint64
	for bi, b := range c.batches[first:] {
		bi += first
		for k := range b.leaves {
			tr := c.trace(b.first, b.last, k)
			w := tr.Witness()
			pre := b.header.PrevStateRoot
			if k > 0 {
				pre = b.leaves[k-1].Root
			}
			if _, standIn := c.cfg.Verifier.(claimHashVerifier); standIn && b.inputs[k][0] == 0x09 {
				continue // the fault chains' loss proofs are stand-ins (claimHashVerifier) L1's verifier refuses
			}
			out := call(e, svInst, sv.PackExecute(ctx, pre, b.inputs[k], w), sv.UnpackExecute)
			want := b.leaves[k]
			if !out.Valid || common.Hash(out.PostRoot) != want.Root {
				t.Fatalf("batch %d step %d (input %x): L1 says valid=%v root %x, Go STF root %x", bi, k, b.inputs[k][:1], out.Valid, out.PostRoot, want.Root)
			}
			msgs := rollup.WithdrawalFrontier{}
			if k > 0 {
				msgs = b.leaves[k-1].Messages
			}
			for _, m := range out.MessageLeaves {
				msgs = msgs.Append(m)
			}
			if msgs.Hash() != want.Messages.Hash() {
				t.Fatalf("batch %d step %d: L1 made %d messages, the Go STF's message tree is %+v", bi, k, len(out.MessageLeaves), want.Messages)
			}
			data := r.Binding.PackChallengeStep(b.record, c.stepChallenge(b, k, w))
			_, err := e.send(e.bob, r.Instance, data)
			wantRevert(t, err, bindings.RollupNoFraudErrorID())
			g, err := e.chain.EstimateGas(e.ctx, callMsg(e.d.FaultProver.Address,
				e.d.FaultProver.Binding.PackStepFraud(ctx, bindings.FaultProverBatchClaim{StepRoot: b.record.StepRoot,
					StepCount: b.record.StepCount, PrevRoot: b.header.PrevStateRoot}, c.stepChallenge(b, k, w))))
			if err != nil {
				t.Fatalf("batch %d step %d: estimate: %v", bi, k, err)
			}
			kind := b.inputs[k][0]
			if tx, err := rollup.DecodeTx(b.inputs[k]); err == nil {
				if f, ok := tx.Data().(*rollup.Forced); ok && len(f.Tx) > 0 {
					gas[kind] = max(gas[kind], g)
					kind = f.Tx[0]
				}
			}
			gas[kind] = max(gas[kind], g)
			if kind == 0x09 {
				// StepMLSC must have its verifier's fixed 2,000,000 gas left (VerifierOutOfGas
				// otherwise), most of which the verifier does not use: held to half the cap
				// without it.
				g = max(g, 2_000_000) - 2_000_000
			}
			maxGas = max(maxGas, g)
		}
	}
	t.Logf("FaultProver.stepFraud (one step: openings and re-execution): at most %d gas (a loss proof's less its verifier's 2M); by kind %v", maxGas, gas)
	// A use-model touches eight keys (about 5.3M gas); the others at most five (about 3.1M).
	if maxGas > 16_777_216/2 {
		t.Fatalf("a dispute step costs %d gas, more than half the transaction cap", maxGas)
	}
	return gas
}

func (b faultBatch) index() uint64 { return b.header.Index }

// signCap signs d with key and fee cap feeCap for the fault chains.
func signCap(t *testing.T, key *ecdsa.PrivateKey, d rollup.TxData, feeCap *uint256.Int) *rollup.Tx {
	t.Helper()
	tx, err := rollup.SignTxCap(d, testL2ChainID, feeCap, key)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// baseFeePeak is the highest base fee of c's blocks so far.
func (c *faultChain) baseFeePeak() *uint256.Int {
	peak := new(uint256.Int)
	for n := 1; n <= len(c.blocks); n++ {
		if b := c.stateAt(n).BaseFee(); b != nil && b.Gt(peak) {
			peak = b
		}
	}
	return peak
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

// TestLyingSequencer: a batch that credits a deposit L1 never saw (and withdraws it), a
// batch with one wrong intermediate root, and a batch whose withdrawal root pays an extra
// withdrawal are each removed by one challenge, with every batch after them; the bond goes to
// the challenger, and the removed batch's withdrawal can never be claimed.
func TestLyingSequencer(t *testing.T) {
	u := func(n int64) *uint256.Int { return uint256.MustFromBig(nrn(n)) }
	removed := func(t *testing.T, e *env, index uint64, data []byte) {
		t.Helper()
		eth := func() *big.Int {
			b, err := e.chain.BalanceAt(e.ctx, e.bob.addr, nil)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
		before := eth()
		rcpt := e.mustSend(e.bob, e.d.Rollup.Instance, data)
		t.Logf("challenge of batch %d: %d gas", index, rcpt.GasUsed)
		if n := call(e, e.d.Rollup.Instance, e.d.Rollup.Binding.PackBatchCount(), e.d.Rollup.Binding.UnpackBatchCount); n != index {
			t.Fatalf("batch count %d after the challenge, want %d", n, index)
		}
		fee := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
		got := new(big.Int).Sub(new(big.Int).Add(eth(), fee), before)
		if got.Cmp(big.NewInt(testBond)) != 0 {
			t.Fatalf("challenger got %v of the bond, want %v", got, int64(testBond))
		}
		if b := call(e, e.d.Rollup.Instance, e.d.Rollup.Binding.PackBond(), e.d.Rollup.Binding.UnpackBond); b.Sign() != 0 {
			t.Fatalf("bond %v left", b)
		}
	}

	t.Run("deposit L1 never saw", func(t *testing.T) {
		e, c := newFaultChain(t, rollup.FeeRule{})
		c.add(c.deposit(e.alice, e.alice.addr, nrn(1)))
		c.settleTraced(nil)
		thief := newKey(t)
		_ = c.deposit(e.alice, e.alice.addr, nrn(1)) // L1 deposit 1, which the sequencer replaces
		fake, err := rollup.NewDeposit(&rollup.Deposit{L1Nonce: 1, From: e.sequencer.addr, To: crypto.PubkeyToAddress(thief.PublicKey), Amount: u(1_000_000)})
		if err != nil {
			t.Fatal(err)
		}
		c.add(fake, c.sign(thief, &rollup.Withdraw{Nonce: 0, To: e.sequencer.addr, Amount: u(1_000_000)}))
		// (The Rollup checks only that depositsConsumed is within the Bridge's count.)
		b := c.settleTraced(nil)
		c.add()
		c.settleTraced(nil) // a later batch goes with it
		// The fake deposit is step 1 (after the block start).
		tr := c.trace(b.first, b.last, 1)
		removed(t, e, 1, e.d.Rollup.Binding.PackChallengeStep(b.record, c.stepChallenge(b, 1, tr.Witness())))
		if err := e.chain.AdjustTime(2 * testPeriod); err != nil {
			t.Fatal(err)
		}
		w, _ := c.st.Withdrawal(0)
		_, err = e.send(e.bob, e.d.Bridge.Instance, e.d.Bridge.Binding.PackClaimWithdrawal(b.record, w.ID, w.From, w.To, w.Amount.ToBig(), [][32]byte{}))
		wantRevert(t, err, bindings.BridgeBatchNotFinalizedErrorID())
		// The honest first batch stands and finalizes.
		if !call(e, e.d.Rollup.Instance, e.d.Rollup.Binding.PackIsFinalized(0), e.d.Rollup.Binding.UnpackIsFinalized) {
			t.Fatal("batch 0 is not final")
		}
	})

	t.Run("wrong intermediate root", func(t *testing.T) {
		e, c := newFaultChain(t, rollup.FeeRule{})
		alice := newKey(t)
		c.add(c.deposit(e.alice, crypto.PubkeyToAddress(alice.PublicKey), nrn(3)))
		c.add(c.sign(alice, &rollup.Transfer{Nonce: 0, To: e.bob.addr, Amount: u(1)}))
		b := c.settleTraced(func(leaves []rollup.StepLeaf, _ *bindings.RollupBatchHeader) {
			leaves[3].Root = common.HexToHash("0x0bad") // the transfer's root
		})
		tr := c.trace(b.first, b.last, 3)
		// Step 2 (the deposit) is right: challenging it fails.
		_, err := e.send(e.bob, e.d.Rollup.Instance, e.d.Rollup.Binding.PackChallengeStep(b.record,
			c.stepChallenge(b, 2, c.trace(b.first, b.last, 2).Witness())))
		wantRevert(t, err, bindings.RollupNoFraudErrorID())
		// A challenge with a forged record is refused, whichever field it changes.
		for name, forge := range forgeries() {
			other := b.record
			forge(&other)
			_, err = e.send(e.bob, e.d.Rollup.Instance, e.d.Rollup.Binding.PackChallengeStep(other, c.stepChallenge(b, 3, tr.Witness())))
			if name == "index" {
				wantRevert(t, err, bindings.RollupUnknownBatchErrorID()) // batch 1 was never accepted
				continue
			}
			wantRevert(t, err, bindings.RollupBatchRecordMismatchErrorID())
			_, err = e.send(e.bob, e.d.Rollup.Instance, e.d.Rollup.Binding.PackChallengeEnd(other, []byte{}))
			wantRevert(t, err, bindings.RollupBatchRecordMismatchErrorID())
		}
		removed(t, e, 0, e.d.Rollup.Binding.PackChallengeStep(b.record, c.stepChallenge(b, 3, tr.Witness())))
	})

	t.Run("extra withdrawal in the root", func(t *testing.T) {
		e, c := newFaultChain(t, rollup.FeeRule{})
		c.add(c.deposit(e.alice, e.alice.addr, nrn(1)))
		b := c.settleTraced(func(_ []rollup.StepLeaf, h *bindings.RollupBatchHeader) {
			h.WithdrawalRoot = crypto.Keccak256Hash([]byte("pays the thief"))
		})
		hashes := make([]common.Hash, len(b.leaves))
		for i := range b.leaves {
			hashes[i] = b.leaves[i].Hash()
		}
		last := len(b.leaves) - 1
		st := c.stateAt(b.last + 1)
		gp, err := st.ProveOrdered(rollup.GlobalsKey())
		if err != nil {
			t.Fatal(err)
		}
		enc, _ := rlpList(gp)
		end := bindings.FaultProverEndChallenge{Last: leafOf(b.leaves[last]), Path: path(rollup.StepTreeProof(hashes, last)), GlobalsProof: enc}
		if end.Last.Wnodes == nil {
			end.Last.Wnodes = [][32]byte{}
		}
		removed(t, e, 0, e.d.Rollup.Binding.PackChallengeEnd(b.record, e.d.FaultProver.Binding.PackEncodeEndChallenge(end)[4:]))
	})
}

func rlpList(nodes [][]byte) ([]byte, error) { return rlp.EncodeToBytes(nodes) }

// starveSteps checks, for every step of every settled batch from index first on, that no gas
// limit makes StepVerifier.execute decide it otherwise than with plenty of gas: it either
// reverts or gives the same validity and root. A challenger must not make an honest step's body
// look malformed, and the step invalid, by starving the try-call that decodes it (EIP-150 leaves
// the caller 1/64 of the gas: StepState._notStarved reverts StarvedDecode then). It finds the
// least gas at which execute returns, by bisection, and checks the answer there and just above.
// It returns how many steps it checked.
func (c *faultChain) starveSteps(first int) int {
	t, e := c.t, c.e
	t.Helper()
	sv, svInst, ctx := c.stepVerifier()
	n := 0
	for bi, b := range c.batches[first:] {
		bi += first
		for k := range b.leaves {
			if _, standIn := c.cfg.Verifier.(claimHashVerifier); standIn && b.inputs[k][0] == 0x09 {
				continue // stand-in proofs: L1's verifier refuses them (differentialFrom)
			}
			pre := b.header.PrevStateRoot
			if k > 0 {
				pre = b.leaves[k-1].Root
			}
			data := sv.PackExecute(ctx, pre, b.inputs[k], c.trace(b.first, b.last, k).Witness())
			full := call(e, svInst, data, sv.UnpackExecute)
			exec := func(gas uint64) bool {
				msg := callMsg(svInst.Address(), data)
				msg.Gas = gas
				raw, err := e.chain.CallContract(e.ctx, msg, nil)
				if err != nil {
					return false
				}
				out, err := sv.UnpackExecute(raw)
				if err != nil {
					t.Fatalf("batch %d step %d: unpack: %v", bi, k, err)
				}
				if out.Valid != full.Valid || out.PostRoot != full.PostRoot {
					t.Fatalf("batch %d step %d (input %x): with %d gas L1 says valid=%v root %x, with plenty valid=%v root %x",
						bi, k, b.inputs[k][:1], gas, out.Valid, out.PostRoot, full.Valid, full.PostRoot)
				}
				return true
			}
			lo, hi := uint64(21_000), uint64(30_000_000)
			if !exec(hi) {
				t.Fatalf("batch %d step %d: execute reverts with %d gas", bi, k, hi)
			}
			for hi-lo > 1 {
				if mid := lo + (hi-lo)/2; exec(mid) {
					hi = mid
				} else {
					lo = mid
				}
			}
			for _, g := range []uint64{hi + 1, hi + 100, hi + 10_000, hi + hi/63} {
				exec(g)
			}
			n++
		}
	}
	return n
}
