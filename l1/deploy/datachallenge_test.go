package deploy_test

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/rollup"
)

const testDABond = 1e16 // wei

// newDAChain is newFaultChain with a data-availability challenge bond of testDABond; its
// windows are the defaults for testPeriod (challenge 30 s, resolve 15 s).
func newDAChain(t *testing.T) (*env, *faultChain) {
	e, c := newExitEnv(t, func(cfg *deploy.Config) {
		cfg.SequencerBond = big.NewInt(testBond)
		cfg.DAChallengeBond = big.NewInt(testDABond)
	})
	postBond(e, e.sequencer, big.NewInt(testBond))
	return e, &faultChain{l2: c}
}

// batchData is n pseudo-random bytes standing for a batch's encoding (L1 sees only their
// data hash and the chunks posted).
func batchData(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, 7))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// settleData settles the open blocks with their trace, committing to data.
func (c *faultChain) settleData(data []byte) faultBatch {
	return c.settleTraced(func(_ []rollup.StepLeaf, h *bindings.RollupBatchHeader) { h.DataHash = rollup.DataHash(data) })
}

// sendValue is send with value wei attached.
func (e *env) sendValue(from account, c *bind.BoundContract, data []byte, value *big.Int) (*types.Receipt, error) {
	e.t.Helper()
	opts := from.opts()
	opts.Context, opts.Value = e.ctx, value
	tx, err := bind.Transact(c, opts, data)
	if err != nil {
		return nil, err
	}
	rcpt, err := bind.WaitMined(e.ctx, e.chain, tx.Hash())
	if err != nil {
		return nil, err
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return rcpt, deploy.ErrReverted
	}
	return rcpt, nil
}

func (e *env) eth(a common.Address) *big.Int {
	e.t.Helper()
	b, err := e.chain.BalanceAt(e.ctx, a, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// fee is what rcpt cost its sender.
func fee(rcpt *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
}

// daChallenge challenges chunk of batch b from a with the bond.
func (e *env) daChallenge(from account, b bindings.RollupBatch, chunk uint64) (*types.Receipt, error) {
	return e.sendValue(from, e.d.DataChallenge.Instance, e.d.DataChallenge.Binding.PackChallenge(b, chunk), big.NewInt(testDABond))
}

// resolution is DataChallenge.resolve's calldata for chunk i of data (b: its batch).
func (e *env) resolution(b bindings.RollupBatch, data []byte, i int) []byte {
	root, n := rollup.DataRoot(data), uint64(len(data))
	if i >= rollup.DataChunks(len(data)) {
		return e.d.DataChallenge.Binding.PackResolve(b, uint64(i), root, n, []byte{}, [][32]byte{})
	}
	return e.d.DataChallenge.Binding.PackResolve(b, uint64(i), root, n, rollup.DataChunk(data, i), path(rollup.DataChunkProof(data, i)))
}

func (e *env) batchCount() uint64 {
	return call(e, e.d.Rollup.Instance, e.d.Rollup.Binding.PackBatchCount(), e.d.Rollup.Binding.UnpackBatchCount)
}

// TestDataWithheld: a batch whose challenged chunk is never posted is removed, with the batch
// after it, once the resolve window ends: by anyone, the challenger receiving the sequencer's
// bond and its own back; the removed batch's withdrawal can never be claimed, and a challenge
// of the later batch gets its bond back. Removing early, or from outside DataChallenge, and
// challenging twice, with the wrong bond, a chunk past 64 or a forged record are refused.
func TestDataWithheld(t *testing.T) {
	e, c := newDAChain(t)
	c.add()
	c.settleData(batchData(1, 1000))
	c.add(c.deposit(e.alice, e.alice.addr, nrn(1)))
	c.add(c.sign(e.alice.key, &rollup.Withdraw{Nonce: 0, To: e.alice.addr, Amount: uint256.MustFromBig(nrn(1))}))
	data := batchData(2, 200_000)
	b := c.settleData(data) // batch 1: the withheld one
	c.add()
	later := c.settleData(batchData(3, 500)) // batch 2

	before := e.eth(e.bob.addr)
	rcpt, err := e.daChallenge(e.bob, b.record, 2)
	if err != nil {
		t.Fatal(err)
	}
	spent := fee(rcpt)
	t.Logf("DataChallenge.challenge: %d gas", rcpt.GasUsed)
	if _, err := e.daChallenge(e.holder, later.record, 0); err != nil { // decided by the removal
		t.Fatal(err)
	}
	dc := e.d.DataChallenge
	_, err = e.daChallenge(e.alice, b.record, 2)
	wantRevert(t, err, bindings.DataChallengeChallengeExistsErrorID())
	_, err = e.sendValue(e.alice, dc.Instance, dc.Binding.PackChallenge(b.record, 1), big.NewInt(testDABond-1))
	wantRevert(t, err, bindings.DataChallengeWrongBondErrorID())
	_, err = e.daChallenge(e.alice, b.record, 64)
	wantRevert(t, err, bindings.DataChallengeChunkIndexTooLargeErrorID())
	for name, forge := range forgeries() {
		other := b.record
		forge(&other)
		if _, err = e.daChallenge(e.alice, other, 1); err == nil {
			t.Fatalf("challenge with a forged %s accepted", name)
		}
		wantRevert(t, err, bindings.DataChallengeUnknownRecordErrorID())
	}
	_, err = e.send(e.alice, dc.Instance, dc.Binding.PackRemoveUnavailable(b.record, 2))
	wantRevert(t, err, bindings.DataChallengeResolveWindowOpenErrorID())
	_, err = e.send(e.alice, e.d.Rollup.Instance, e.d.Rollup.Binding.PackRemoveUnavailable(b.record, e.alice.addr))
	wantRevert(t, err, bindings.RollupNotDataChallengeErrorID())
	_, err = e.send(e.holder, dc.Instance, dc.Binding.PackReclaim(later.record, 0))
	wantRevert(t, err, bindings.DataChallengeNotReclaimableErrorID())

	_, rw := e.cfg.DAWindows()
	if err := e.chain.AdjustTime(rw); err != nil {
		t.Fatal(err)
	}
	// Too late to resolve; anyone (alice) removes.
	_, err = e.send(e.sequencer, dc.Instance, e.resolution(b.record, data, 2))
	wantRevert(t, err, bindings.DataChallengeResolveWindowClosedErrorID())
	rcpt = e.mustSend(e.alice, dc.Instance, dc.Binding.PackRemoveUnavailable(b.record, 2))
	t.Logf("DataChallenge.removeUnavailable (2 batches): %d gas", rcpt.GasUsed)
	if n := e.batchCount(); n != 1 {
		t.Fatalf("batch count %d after the removal, want 1", n)
	}
	got := new(big.Int).Sub(new(big.Int).Add(e.eth(e.bob.addr), spent), before)
	if want := big.NewInt(testBond); got.Cmp(want) != 0 {
		t.Fatalf("challenger gained %v wei, want the sequencer's bond %v (its own bond back)", got, want)
	}
	if bond := call(e, e.d.Rollup.Instance, e.d.Rollup.Binding.PackBond(), e.d.Rollup.Binding.UnpackBond); bond.Sign() != 0 {
		t.Fatalf("sequencer bond %v left", bond)
	}
	var removed *bindings.RollupBatchesRemoved
	for _, l := range rcpt.Logs {
		if ev, err := e.d.Rollup.Binding.UnpackBatchesRemovedEvent(l); err == nil {
			removed = ev
		}
	}
	if removed == nil || removed.Index != 1 || removed.Count != 2 || removed.Challenger != e.bob.addr {
		t.Fatalf("BatchesRemoved %+v, want batches 1-2 paid to bob %s", removed, e.bob.addr)
	}
	_, err = e.send(e.alice, dc.Instance, dc.Binding.PackRemoveUnavailable(b.record, 2))
	wantRevert(t, err, bindings.DataChallengeUnknownRecordErrorID())
	// The later batch's challenger gets its bond back.
	hb := e.eth(e.holder.addr)
	rcpt = e.mustSend(e.holder, dc.Instance, dc.Binding.PackReclaim(later.record, 0))
	if got := new(big.Int).Sub(new(big.Int).Add(e.eth(e.holder.addr), fee(rcpt)), hb); got.Cmp(big.NewInt(testDABond)) != 0 {
		t.Fatalf("reclaim paid %v, want %v", got, int64(testDABond))
	}
	_, err = e.send(e.holder, dc.Instance, dc.Binding.PackReclaim(later.record, 0))
	wantRevert(t, err, bindings.DataChallengeNoOpenChallengeErrorID())

	if err := e.chain.AdjustTime(2 * testPeriod); err != nil {
		t.Fatal(err)
	}
	w, _ := c.st.Withdrawal(0)
	_, err = e.send(e.alice, e.d.Bridge.Instance, e.d.Bridge.Binding.PackClaimWithdrawal(b.record, w.ID, w.From, w.To, w.Amount.ToBig(), [][32]byte{}))
	wantRevert(t, err, bindings.BridgeBatchNotFinalizedErrorID())
	if !call(e, e.d.Rollup.Instance, e.d.Rollup.Binding.PackIsFinalized(0), e.d.Rollup.Binding.UnpackIsFinalized) {
		t.Fatal("batch 0 is not final")
	}
}

// TestDataResolved: the sequencer answers a griefer's challenges of a full chunk, the short
// last chunk and a chunk past the end; each forged resolution is refused with its error; the
// resolver is paid its cost from each bond and the griefer gets the rest back; the batch stays
// and finalizes, and can no longer be challenged then.
func TestDataResolved(t *testing.T) {
	e, c := newDAChain(t)
	c.add()
	other := batchData(4, 70_000)
	ob := c.settleData(other)
	c.add()
	data := batchData(5, 200_000) // chunks of 65,536 x 3 and 3,392
	b := c.settleData(data)
	dc := e.d.DataChallenge

	for _, k := range []uint64{1, 3, 9} {
		if _, err := e.daChallenge(e.alice, b.record, k); err != nil {
			t.Fatalf("challenge chunk %d: %v", k, err)
		}
	}
	root, n := rollup.DataRoot(data), uint64(len(data))
	chunk1, path1 := rollup.DataChunk(data, 1), path(rollup.DataChunkProof(data, 1))
	flipped := append([]byte(nil), chunk1...)
	flipped[100] ^= 1
	badPath := append([][32]byte(nil), path1...)
	badPath[0][0] ^= 1
	short := rollup.DataChunk(data, 3)
	forged := []struct {
		name string
		call []byte
		want common.Hash
	}{
		{"wrong bytes", dc.Binding.PackResolve(b.record, 1, root, n, flipped, path1), bindings.DataChallengeBadChunkProofErrorID()},
		{"another chunk's bytes and path", dc.Binding.PackResolve(b.record, 1, root, n, rollup.DataChunk(data, 2), path(rollup.DataChunkProof(data, 2))), bindings.DataChallengeBadChunkProofErrorID()},
		{"wrong path", dc.Binding.PackResolve(b.record, 1, root, n, chunk1, badPath), bindings.DataChallengeBadChunkProofErrorID()},
		{"path too short", dc.Binding.PackResolve(b.record, 1, root, n, chunk1, path1[:1]), bindings.DataChallengeBadChunkProofErrorID()},
		{"another batch's chunk", dc.Binding.PackResolve(b.record, 1, rollup.DataRoot(other), uint64(len(other)), rollup.DataChunk(other, 1), path(rollup.DataChunkProof(other, 1))), bindings.DataChallengeDataHashMismatchErrorID()},
		{"another batch's record", dc.Binding.PackResolve(ob.record, 1, rollup.DataRoot(other), uint64(len(other)), rollup.DataChunk(other, 1), path(rollup.DataChunkProof(other, 1))), bindings.DataChallengeNoOpenChallengeErrorID()},
		{"wrong length", dc.Binding.PackResolve(b.record, 9, root, 10*65536, []byte{}, [][32]byte{}), bindings.DataChallengeDataHashMismatchErrorID()},
		{"last chunk padded", dc.Binding.PackResolve(b.record, 3, root, n, append(append([]byte(nil), short...), 0), path(rollup.DataChunkProof(data, 3))), bindings.DataChallengeChunkSizeMismatchErrorID()},
		{"chunk not challenged", e.resolution(b.record, data, 2), bindings.DataChallengeNoOpenChallengeErrorID()},
	}
	for _, f := range forged {
		_, err := e.send(e.sequencer, dc.Instance, f.call)
		if err == nil {
			t.Fatalf("%s: resolution accepted", f.name)
		}
		wantRevert(t, err, f.want)
	}

	for _, k := range []int{1, 3, 9} {
		sb, ab := e.eth(e.sequencer.addr), e.eth(e.alice.addr)
		rcpt := e.mustSend(e.sequencer, dc.Instance, e.resolution(b.record, data, k))
		var ev *bindings.DataChallengeChunkResolved
		for _, l := range rcpt.Logs {
			if x, err := dc.Binding.UnpackChunkResolvedEvent(l); err == nil {
				ev = x
			}
		}
		if ev == nil || ev.Chunk != uint64(k) || ev.Length != n || ev.InRange != (k < 4) || ev.ResolverPaid.Sign() <= 0 {
			t.Fatalf("chunk %d: ChunkResolved %+v", k, ev)
		}
		t.Logf("DataChallenge.resolve chunk %d (%d bytes): %d gas, resolver paid %v wei", k, len(chunkOrNil(data, k)), rcpt.GasUsed, ev.ResolverPaid)
		gotS := new(big.Int).Sub(new(big.Int).Add(e.eth(e.sequencer.addr), fee(rcpt)), sb)
		gotA := new(big.Int).Sub(e.eth(e.alice.addr), ab)
		if gotS.Cmp(ev.ResolverPaid) != 0 || new(big.Int).Add(gotA, gotS).Cmp(big.NewInt(testDABond)) != 0 {
			t.Fatalf("chunk %d: resolver got %v, challenger %v; want %v and the rest of %v", k, gotS, gotA, ev.ResolverPaid, int64(testDABond))
		}
		// The resolver's pay covers what the resolution cost it.
		if gotS.Cmp(fee(rcpt)) < 0 {
			t.Fatalf("chunk %d: resolver paid %v for a %v wei transaction", k, gotS, fee(rcpt))
		}
	}
	_, err := e.send(e.sequencer, dc.Instance, e.resolution(b.record, data, 1))
	wantRevert(t, err, bindings.DataChallengeNoOpenChallengeErrorID())
	_, rw := e.cfg.DAWindows()
	if err := e.chain.AdjustTime(rw); err != nil {
		t.Fatal(err)
	}
	_, err = e.send(e.bob, dc.Instance, dc.Binding.PackRemoveUnavailable(b.record, 1))
	wantRevert(t, err, bindings.DataChallengeNoOpenChallengeErrorID())
	cw, _ := e.cfg.DAWindows()
	if err := e.chain.AdjustTime(cw); err != nil {
		t.Fatal(err)
	}
	_, err = e.daChallenge(e.bob, b.record, 0)
	wantRevert(t, err, bindings.DataChallengeChallengeWindowClosedErrorID())
	if err := e.chain.AdjustTime(testPeriod); err != nil {
		t.Fatal(err)
	}
	if n := e.batchCount(); n != 2 || !call(e, e.d.Rollup.Instance, e.d.Rollup.Binding.PackIsFinalized(1), e.d.Rollup.Binding.UnpackIsFinalized) {
		t.Fatalf("batch count %d, batch 1 not final", n)
	}
	_, err = e.daChallenge(e.bob, b.record, 0) // final
	wantRevert(t, err, bindings.DataChallengeChallengeWindowClosedErrorID())
}

func chunkOrNil(data []byte, k int) []byte {
	if k >= rollup.DataChunks(len(data)) {
		return nil
	}
	return rollup.DataChunk(data, k)
}

// TestResolveGas: the gas of resolving a chunk of each size, in a batch of one chunk and in a
// 4 MiB batch (64 chunks: a 6-node path), measured.
func TestResolveGas(t *testing.T) {
	e, c := newDAChain(t)
	dc := e.d.DataChallenge
	for i, size := range []int{1 << 10, 16 << 10, 32 << 10, 64 << 10, rollup.MaxBatchSize} {
		c.add()
		data := batchData(uint64(10+i), size)
		b := c.settleData(data)
		k := rollup.DataChunks(size) - 1
		if _, err := e.daChallenge(e.alice, b.record, uint64(k)); err != nil {
			t.Fatal(err)
		}
		rcpt := e.mustSend(e.sequencer, dc.Instance, e.resolution(b.record, data, k))
		t.Logf("resolve a %d-byte chunk of a %d-byte batch (%d-node path): %d gas", len(rollup.DataChunk(data, k)), size,
			len(rollup.DataChunkProof(data, k)), rcpt.GasUsed)
		if rcpt.GasUsed > 16_777_216/4 {
			t.Fatalf("%d gas: too close to the transaction cap", rcpt.GasUsed)
		}
	}
}

// TestDataChallengeWiring: a DataChallenge the Rollup does not name is refused at deployment,
// and windows that do not fit in the finalization period are refused by Config.Check.
func TestDataChallengeWiring(t *testing.T) {
	e := newEnv(t)
	cw, rw := e.cfg.DAWindows()
	if cw != 30*time.Second || rw != 15*time.Second {
		t.Fatalf("default windows %v, %v for a %v period", cw, rw, testPeriod)
	}
	opts := e.deployer.opts()
	opts.Context = e.ctx
	_, _, err := bind.DeployContract(opts, common.FromHex(bindings.DataChallengeMetaData.Bin), e.chain,
		e.d.DataChallenge.Binding.PackConstructor(e.d.Rollup.Address, 10, 10, big.NewInt(1)))
	wantRevert(t, err, bindings.DataChallengeNotWiredErrorID())
	for _, w := range [][2]time.Duration{{40 * time.Second, 20 * time.Second}, {30 * time.Second, 0}, {time.Minute, time.Second}} {
		cfg := e.cfg
		cfg.DAChallengeWindow, cfg.DAResolveWindow = w[0], w[1]
		if err := cfg.Check(); !errors.Is(err, deploy.ErrInvalidConfig) {
			t.Fatalf("windows %v: Check = %v", w, err)
		}
	}
}

// forwarder deploys a contract that forwards calls (and value) from owner to target and
// refuses ether from anyone else: a challenger that cannot be paid.
func (e *env) forwarder(owner account, target common.Address) common.Address {
	e.t.Helper()
	rt := append([]byte{0x33, 0x73}, owner.addr[:]...)
	rt = append(rt, 0x14, 0x60, 0x1e, 0x57, 0x60, 0x00, 0x80, 0xfd, // EQ, JUMPI fwd; else revert
		0x5b, 0x36, 0x60, 0x00, 0x60, 0x00, 0x37, // fwd: CALLDATACOPY(0, 0, CALLDATASIZE)
		0x60, 0x00, 0x60, 0x00, 0x36, 0x60, 0x00, 0x34, 0x73)
	rt = append(rt, target[:]...)
	rt = append(rt, 0x5a, 0xf1, 0x60, 0x4b, 0x57, 0x60, 0x00, 0x80, 0xfd, 0x5b, 0x00) // CALL; JUMPI ok; revert; ok: STOP
	if len(rt) != 77 {
		e.t.Fatalf("forwarder runtime %d bytes", len(rt))
	}
	code := append([]byte{0x60, byte(len(rt)), 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}, rt...)
	opts := owner.opts()
	opts.Context = e.ctx
	addr, tx, err := bind.DeployContract(opts, code, e.chain, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	if _, err := bind.WaitMined(e.ctx, e.chain, tx.Hash()); err != nil {
		e.t.Fatal(err)
	}
	return addr
}

// TestUnpayableChallenger: a challenger that refuses ether can neither block an honest
// resolution nor a removal: what it is due is owed to it instead (DataChallenge.owed).
func TestUnpayableChallenger(t *testing.T) {
	e, c := newDAChain(t)
	dc := e.d.DataChallenge
	fwd := e.forwarder(e.alice, dc.Address)
	owed := func() *big.Int { return call(e, dc.Instance, dc.Binding.PackOwed(fwd), dc.Binding.UnpackOwed) }
	c.add()
	data := batchData(20, 1000)
	b := c.settleData(data)
	challenge := func(rec bindings.RollupBatch, chunk uint64) {
		t.Helper()
		if _, err := e.sendValue(e.alice, dc.Binding.Instance(e.chain, fwd), dc.Binding.PackChallenge(rec, chunk), big.NewInt(testDABond)); err != nil {
			t.Fatalf("challenge through the forwarder: %v", err)
		}
	}
	challenge(b.record, 0)
	rcpt := e.mustSend(e.sequencer, dc.Instance, e.resolution(b.record, data, 0))
	var paid *big.Int
	for _, l := range rcpt.Logs {
		if ev, err := dc.Binding.UnpackChunkResolvedEvent(l); err == nil {
			paid = ev.ResolverPaid
		}
	}
	if want := new(big.Int).Sub(big.NewInt(testDABond), paid); owed().Cmp(want) != 0 {
		t.Fatalf("owed %v after the resolution, want the bond's rest %v", owed(), want)
	}
	before := owed()
	c.add()
	w := c.settleData(batchData(21, 1000))
	challenge(w.record, 0)
	_, rw := e.cfg.DAWindows()
	if err := e.chain.AdjustTime(rw); err != nil {
		t.Fatal(err)
	}
	e.mustSend(e.bob, dc.Instance, dc.Binding.PackRemoveUnavailable(w.record, 0))
	if n := e.batchCount(); n != 1 {
		t.Fatalf("batch count %d, want 1", n)
	}
	got := new(big.Int).Sub(owed(), before)
	if want := big.NewInt(testBond + testDABond); got.Cmp(want) != 0 {
		t.Fatalf("owed %v more after the removal, want the sequencer's bond and the challenge bond %v", got, want)
	}
	_, err := e.sendValue(e.bob, dc.Instance, nil, big.NewInt(1)) // only the Rollup sends ether
	wantRevert(t, err, bindings.DataChallengeNotRollupErrorID())
}
