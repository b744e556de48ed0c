package deploy_test

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/neuron-rollup/neuron/l1"
	"github.com/neuron-rollup/neuron/l1/batchrecord"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/rollup"
)

func TestConfigCheck(t *testing.T) {
	good := func() deploy.Config {
		return deploy.Config{
			L2ChainID:          1,
			Sequencer:          common.Address{1},
			GenesisHolder:      common.Address{2},
			InitialSupply:      big.NewInt(1),
			FinalizationPeriod: time.Minute,
		}
	}
	tests := []struct {
		name   string
		change func(*deploy.Config)
		ok     bool
	}{
		{"good", func(*deploy.Config) {}, true},
		{"zero period", func(c *deploy.Config) { c.FinalizationPeriod = 0 }, true},
		{"no supply, no holder", func(c *deploy.Config) { c.InitialSupply, c.GenesisHolder = new(big.Int), common.Address{} }, true},
		{"no sequencer", func(c *deploy.Config) { c.Sequencer = common.Address{} }, false},
		{"no L2 chain id", func(c *deploy.Config) { c.L2ChainID = 0 }, false},
		{"admin delay", func(c *deploy.Config) { c.AdminDelay = 24 * time.Hour }, true},
		{"fractional admin delay", func(c *deploy.Config) { c.AdminDelay = time.Millisecond }, false},
		{"negative admin delay", func(c *deploy.Config) { c.AdminDelay = -time.Second }, false},
		{"nil supply", func(c *deploy.Config) { c.InitialSupply = nil }, false},
		{"negative supply", func(c *deploy.Config) { c.InitialSupply = big.NewInt(-1) }, false},
		{"supply over uint256", func(c *deploy.Config) { c.InitialSupply = new(big.Int).Lsh(big.NewInt(1), 256) }, false},
		{"supply without holder", func(c *deploy.Config) { c.GenesisHolder = common.Address{} }, false},
		{"negative period", func(c *deploy.Config) { c.FinalizationPeriod = -time.Second }, false},
		{"fractional period", func(c *deploy.Config) { c.FinalizationPeriod = 1500 * time.Millisecond }, false},
		{"forced window and exodus delay", func(c *deploy.Config) { c.ForcedWindow, c.ExodusDelay = time.Minute, time.Hour }, true},
		{"negative forced window", func(c *deploy.Config) { c.ForcedWindow = -time.Second }, false},
		{"fractional forced window", func(c *deploy.Config) { c.ForcedWindow = 1500 * time.Millisecond }, false},
		{"negative exodus delay", func(c *deploy.Config) { c.ExodusDelay = -time.Second }, false},
		{"fractional exodus delay", func(c *deploy.Config) { c.ExodusDelay = time.Millisecond }, false},
		{"fees", func(c *deploy.Config) {
			c.Fees = deploy.FeeRule{MinBaseFee: big.NewInt(5), TargetUnits: 100, BurnBps: 10_000}
		}, true},
		{"fee burn above 100 %", func(c *deploy.Config) { c.Fees.BurnBps = 10_001 }, false},
		{"negative base fee", func(c *deploy.Config) { c.Fees.MinBaseFee = big.NewInt(-1) }, false},
		{"fees on without a floor", func(c *deploy.Config) { c.Fees.TargetUnits = 100 }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := good()
			tt.change(&c)
			err := c.Check()
			if tt.ok != (err == nil) {
				t.Fatalf("Check() = %v, want ok %v", err, tt.ok)
			}
			if err != nil && !errors.Is(err, deploy.ErrInvalidConfig) {
				t.Fatalf("Check() = %v, not ErrInvalidConfig", err)
			}
		})
	}
}

func TestDeploy(t *testing.T) {
	e := newEnv(t)
	d := e.d
	for name, addr := range map[string]common.Address{
		"LossVerifier": d.LossVerifier.Address, "NRN": d.NRN.Address, "Rollup": d.Rollup.Address, "Bridge": d.Bridge.Address,
	} {
		code, err := e.chain.CodeAt(e.ctx, addr, nil)
		if err != nil || len(code) == 0 {
			t.Errorf("%s at %v: no code (%v)", name, addr, err)
		}
	}
	if got := deploy.Bind(e.chain, d.Addresses()).Addresses(); got != d.Addresses() {
		t.Errorf("Bind(Addresses()) = %+v, want %+v", got, d.Addresses())
	}

	n, r, b := d.NRN, d.Rollup, d.Bridge
	minter := call(e, n.Instance, n.Binding.PackMINTERROLE(), n.Binding.UnpackMINTERROLE)
	admin := call(e, n.Instance, n.Binding.PackDEFAULTADMINROLE(), n.Binding.UnpackDEFAULTADMINROLE)
	checks := []struct {
		name      string
		got, want any
	}{
		{"holder balance", e.balance(e.holder.addr), e.cfg.InitialSupply},
		{"total supply", call(e, n.Instance, n.Binding.PackTotalSupply(), n.Binding.UnpackTotalSupply), e.cfg.InitialSupply},
		{"bridge is minter", call(e, n.Instance, n.Binding.PackHasRole(minter, b.Address), n.Binding.UnpackHasRole), true},
		{"deployer is admin", call(e, n.Instance, n.Binding.PackHasRole(admin, e.deployer.addr), n.Binding.UnpackHasRole), true},
		{"NRN default admin", call(e, n.Instance, n.Binding.PackDefaultAdmin(), n.Binding.UnpackDefaultAdmin), e.deployer.addr},
		{"rollup's L2 chain id", call(e, r.Instance, r.Binding.PackL2ChainId(), r.Binding.UnpackL2ChainId), uint64(testL2ChainID)},
		{"bridge's L2 chain id", call(e, b.Instance, b.Binding.PackL2ChainId(), b.Binding.UnpackL2ChainId), uint64(testL2ChainID)},
		{"deployer is not minter", call(e, n.Instance, n.Binding.PackHasRole(minter, e.deployer.addr), n.Binding.UnpackHasRole), false},
		{"sequencer", call(e, r.Instance, r.Binding.PackSequencer(), r.Binding.UnpackSequencer), e.sequencer.addr},
		{"owner", call(e, r.Instance, r.Binding.PackOwner(), r.Binding.UnpackOwner), e.deployer.addr},
		{"devnet circuit's verifier", call(e, r.Instance, r.Binding.PackVerifierOf(devnetCircuit), r.Binding.UnpackVerifierOf).Verifier, d.LossVerifier.Address},
		{"rollup's bridge", call(e, r.Instance, r.Binding.PackBridge(), r.Binding.UnpackBridge), b.Address},
		{"finalization period", call(e, r.Instance, r.Binding.PackFinalizationPeriod(), r.Binding.UnpackFinalizationPeriod), uint64(60)},
		{"forced window (default)", call(e, r.Instance, r.Binding.PackForcedWindow(), r.Binding.UnpackForcedWindow), uint64(deploy.DefaultForcedWindow / time.Second)},
		{"exodus delay (default)", call(e, r.Instance, r.Binding.PackExodusDelay(), r.Binding.UnpackExodusDelay), uint64(deploy.DefaultExodusDelay / time.Second)},
		{"not in exodus", call(e, r.Instance, r.Binding.PackExodus(), r.Binding.UnpackExodus), false},
		{"genesis root", common.Hash(call(e, r.Instance, r.Binding.PackGenesisStateRoot(), r.Binding.UnpackGenesisStateRoot)), e.cfg.GenesisStateRoot},
		{"last root", common.Hash(call(e, r.Instance, r.Binding.PackLastStateRoot(), r.Binding.UnpackLastStateRoot)), e.cfg.GenesisStateRoot},
		{"batch count", call(e, r.Instance, r.Binding.PackBatchCount(), r.Binding.UnpackBatchCount), uint64(0)},
		{"bridge's token", call(e, b.Instance, b.Binding.PackToken(), b.Binding.UnpackToken), n.Address},
		{"bridge's rollup", call(e, b.Instance, b.Binding.PackRollup(), b.Binding.UnpackRollup), r.Address},
	}
	for _, c := range checks {
		if g, w := c.got, c.want; !equal(g, w) {
			t.Errorf("%s = %v, want %v", c.name, g, w)
		}
	}

	// Only the Bridge mints.
	_, err := e.send(e.deployer, n.Instance, n.Binding.PackMint(e.alice.addr, big.NewInt(1)))
	wantRevert(t, err, bindings.NRNAccessControlUnauthorizedAccountErrorID())
}

func equal(a, b any) bool {
	if x, ok := a.(*big.Int); ok {
		y, ok := b.(*big.Int)
		return ok && x.Cmp(y) == 0
	}
	return a == b
}

func TestDeposit(t *testing.T) {
	e := newEnv(t)
	b := e.d.Bridge
	e.fund(e.alice, nrn(10))

	for i, amount := range []*big.Int{nrn(3), nrn(2)} {
		rcpt := e.mustSend(e.alice, b.Instance, b.Binding.PackDeposit(e.bob.addr, amount))
		var ev *bindings.BridgeDeposited
		for _, l := range rcpt.Logs {
			if got, err := b.Binding.UnpackDepositedEvent(l); err == nil {
				ev = got
			}
		}
		if ev == nil {
			t.Fatalf("deposit %d: no Deposited event", i)
		}
		t.Logf("Bridge.deposit #%d: %d gas", i, rcpt.GasUsed)
		if ev.Nonce != uint64(i) || ev.From != e.alice.addr || ev.To != e.bob.addr || ev.Amount.Cmp(amount) != 0 {
			t.Errorf("deposit %d: event %+v", i, ev)
		}
	}
	if got := call(e, b.Instance, b.Binding.PackDepositCount(), b.Binding.UnpackDepositCount); got != 2 {
		t.Errorf("depositCount = %d, want 2", got)
	}
	if got := call(e, b.Instance, b.Binding.PackLockedBalance(), b.Binding.UnpackLockedBalance); got.Cmp(nrn(5)) != 0 {
		t.Errorf("lockedBalance = %v, want %v", got, nrn(5))
	}
	if got := e.balance(b.Address); got.Cmp(nrn(5)) != 0 {
		t.Errorf("bridge balance = %v, want %v", got, nrn(5))
	}
	if got := e.balance(e.alice.addr); got.Cmp(nrn(5)) != 0 {
		t.Errorf("alice balance = %v, want %v", got, nrn(5))
	}

	bad := []struct {
		name   string
		to     common.Address
		amount *big.Int
		want   common.Hash
	}{
		{"zero amount", e.bob.addr, new(big.Int), bindings.BridgeZeroAmountErrorID()},
		{"zero recipient", common.Address{}, nrn(1), bindings.BridgeZeroRecipientErrorID()},
		{"over allowance", e.bob.addr, nrn(6), bindings.NRNERC20InsufficientAllowanceErrorID()},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := e.send(e.alice, b.Instance, b.Binding.PackDeposit(tt.to, tt.amount))
			wantRevert(t, err, tt.want)
		})
	}
}

// root returns a distinct test hash.
func root(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

func TestSubmitBatch(t *testing.T) {
	e := newEnv(t)
	r, b := e.d.Rollup, e.d.Bridge
	e.fund(e.alice, nrn(1))
	e.mustSend(e.alice, b.Instance, b.Binding.PackDeposit(e.alice.addr, nrn(1))) // one deposit

	genesis := [32]byte(e.cfg.GenesisStateRoot)
	next := func(index uint64, prev, state [32]byte, deposits, height uint64) bindings.RollupBatchHeader {
		return bindings.RollupBatchHeader{
			Index: index, Cid: []byte("bafk-test"), DataHash: root("data"), PrevStateRoot: prev, StateRoot: state,
			WithdrawalRoot: root("w"), DepositsConsumed: deposits, L2Height: height,
		}
	}
	steps := []struct {
		name   string
		from   account
		header bindings.RollupBatchHeader
		want   common.Hash // revert; zero if accepted
	}{
		{"not sequencer", e.alice, next(0, genesis, root("s1"), 0, 1), bindings.RollupNotSequencerErrorID()},
		{"index skips", e.sequencer, next(1, genesis, root("s1"), 0, 1), bindings.RollupUnexpectedBatchIndexErrorID()},
		{"wrong prev root", e.sequencer, next(0, root("x"), root("s1"), 0, 1), bindings.RollupPrevStateRootMismatchErrorID()},
		{"empty cid", e.sequencer, func() bindings.RollupBatchHeader { h := next(0, genesis, root("s1"), 0, 1); h.Cid = nil; return h }(), bindings.RollupEmptyCIDErrorID()},
		{"more deposits than made", e.sequencer, next(0, genesis, root("s1"), 2, 1), bindings.RollupDepositsConsumedExceedDepositsErrorID()},
		{"batch 0", e.sequencer, next(0, genesis, root("s1"), 1, 5), common.Hash{}},
		{"batch 0 again", e.sequencer, next(0, genesis, root("s1"), 1, 5), bindings.RollupUnexpectedBatchIndexErrorID()},
		{"stale prev root", e.sequencer, next(1, genesis, root("s2"), 1, 6), bindings.RollupPrevStateRootMismatchErrorID()},
		{"deposits go down", e.sequencer, next(1, root("s1"), root("s2"), 0, 6), bindings.RollupDepositsConsumedDecreasedErrorID()},
		{"height goes down", e.sequencer, next(1, root("s1"), root("s2"), 1, 4), bindings.RollupL2HeightDecreasedErrorID()},
		{"batch 1", e.sequencer, next(1, root("s1"), root("s2"), 1, 5), common.Hash{}},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			rcpt, err := e.send(s.from, r.Instance, packSubmit(r, s.header, nil))
			if s.want != (common.Hash{}) {
				wantRevert(t, err, s.want)
				return
			}
			if err != nil {
				t.Fatalf("submit: %v", err)
			}
			var ev *bindings.RollupBatchSubmitted
			for _, l := range rcpt.Logs {
				if got, err := r.Binding.UnpackBatchSubmittedEvent(l); err == nil {
					ev = got
				}
			}
			h := s.header
			if ev == nil || ev.Index != h.Index || ev.StateRoot != h.StateRoot || ev.ProofCount != 0 {
				t.Fatalf("BatchSubmitted = %+v for header %+v", ev, h)
			}
			// The Rollup keeps the hash of the record of h, proofs and the block's time;
			// batchrecord.Read rebuilds that record from the call, and batchrecord.Hash is hashBatch.
			blk, err := e.chain.HeaderByNumber(e.ctx, rcpt.BlockNumber)
			if err != nil {
				t.Fatal(err)
			}
			want := batchrecord.Of(h, 0, blk.Time)
			if got := e.record(h.Index); got != want {
				t.Fatalf("batchrecord.Read(%d) = %+v, want %+v", h.Index, got, want)
			}
			stored := call(e, r.Instance, r.Binding.PackBatchHash(h.Index), r.Binding.UnpackBatchHash)
			if onchain := call(e, r.Instance, r.Binding.PackHashBatch(want), r.Binding.UnpackHashBatch); stored != onchain || common.Hash(stored) != batchrecord.Hash(want) {
				t.Fatalf("batchHash = %x, hashBatch = %x, batchrecord.Hash = %x", stored, onchain, batchrecord.Hash(want))
			}
			if final := call(e, r.Instance, r.Binding.PackCheckBatch(want), r.Binding.UnpackCheckBatch); final {
				t.Fatalf("checkBatch(%d) = final inside the window", h.Index)
			}
			if last := call(e, r.Instance, r.Binding.PackLastStateRoot(), r.Binding.UnpackLastStateRoot); last != h.StateRoot {
				t.Fatalf("lastStateRoot = %x, want %x", last, h.StateRoot)
			}
		})
	}
	if n := call(e, r.Instance, r.Binding.PackBatchCount(), r.Binding.UnpackBatchCount); n != 2 {
		t.Fatalf("batchCount = %d, want 2", n)
	}
	_, err := bindCall(e, r, r.Binding.PackBatchHash(2))
	wantRevert(t, err, bindings.RollupUnknownBatchErrorID())
}

type withdrawal struct {
	id       uint64
	from, to common.Address
	amount   *big.Int
}

func (w withdrawal) leaf(rollup common.Address) [32]byte {
	return l1.WithdrawalLeaf(testL2ChainID, rollup, w.id, w.from, w.to, w.amount)
}

func TestWithdrawalClaim(t *testing.T) {
	e := newEnv(t)
	r, b := e.d.Rollup, e.d.Bridge
	e.fund(e.alice, nrn(10))
	e.mustSend(e.alice, b.Instance, b.Binding.PackDeposit(e.alice.addr, nrn(10))) // 10 locked

	// Five withdrawals (odd counts on two layers of the tree) paying 13 NRN: the last 3 are minted.
	ws := []withdrawal{
		{7, e.alice.addr, e.bob.addr, nrn(4)},
		{8, e.alice.addr, e.alice.addr, nrn(1)},
		{9, e.bob.addr, e.bob.addr, nrn(2)},
		{10, e.alice.addr, e.bob.addr, nrn(3)},
		{11, e.bob.addr, e.alice.addr, nrn(3)},
	}
	leaves := make([][32]byte, len(ws))
	for i, w := range ws {
		leaves[i] = w.leaf(r.Address)
		got := call(e, b.Instance, b.Binding.PackWithdrawalLeaf(w.id, w.from, w.to, w.amount), b.Binding.UnpackWithdrawalLeaf)
		if got != leaves[i] {
			t.Fatalf("Bridge.withdrawalLeaf = %x, l1.WithdrawalLeaf = %x", got, leaves[i])
		}
	}
	tree := l1.NewMerkleTree(leaves)
	single := withdrawal{12, e.bob.addr, e.bob.addr, nrn(1)} // batch 1 holds only this one

	genesis := [32]byte(e.cfg.GenesisStateRoot)
	for i, h := range []bindings.RollupBatchHeader{
		{Index: 0, Cid: []byte("b0"), PrevStateRoot: genesis, StateRoot: root("s1"), WithdrawalRoot: tree.Root(), DepositsConsumed: 1, L2Height: 1},
		{Index: 1, Cid: []byte("b1"), PrevStateRoot: root("s1"), StateRoot: root("s2"), WithdrawalRoot: single.leaf(r.Address), DepositsConsumed: 1, L2Height: 2},
	} {
		e.mustSend(e.sequencer, r.Instance, packSubmit(r, h, nil))
		if i == 0 {
			// Still in the window: too early to claim.
			w := ws[0]
			_, err := e.send(e.bob, b.Instance, b.Binding.PackClaimWithdrawal(e.record(0), w.id, w.from, w.to, w.amount, tree.Proof(0)))
			wantRevert(t, err, bindings.BridgeBatchNotFinalizedErrorID())
		}
	}
	if err := e.chain.AdjustTime(testPeriod); err != nil {
		t.Fatal(err)
	}
	if !call(e, r.Instance, r.Binding.PackIsFinalized(1), r.Binding.UnpackIsFinalized) {
		t.Fatal("batch 1 not finalized after the window")
	}

	before := map[common.Address]*big.Int{e.alice.addr: e.balance(e.alice.addr), e.bob.addr: e.balance(e.bob.addr)}
	paid := map[common.Address]*big.Int{e.alice.addr: new(big.Int), e.bob.addr: new(big.Int)}
	recs := []bindings.RollupBatch{e.record(0), e.record(1), {Index: 2}} // batch 2 was never accepted
	claim := func(batch uint64, w withdrawal, proof [][32]byte) error {
		_, err := e.send(e.alice, b.Instance, b.Binding.PackClaimWithdrawal(recs[batch], w.id, w.from, w.to, w.amount, proof))
		return err
	}
	// A forged record of batch 0 is refused, whichever field it changes ("index" names batch 1).
	for name, forge := range forgeries() {
		rec := recs[0]
		forge(&rec)
		_, err := e.send(e.alice, b.Instance, b.Binding.PackClaimWithdrawal(rec, ws[0].id, ws[0].from, ws[0].to, ws[0].amount, tree.Proof(0)))
		if err == nil {
			t.Fatalf("claim with a forged %s paid", name)
		}
		wantRevert(t, err, bindings.RollupBatchRecordMismatchErrorID())
	}
	// Before any claim: a proof of the true withdrawal does not carry a changed one.
	for i, w := range ws[:2] {
		forged := w
		forged.amount = new(big.Int).Add(w.amount, big.NewInt(1))
		wantRevert(t, claim(0, forged, tree.Proof(i)), bindings.BridgeInvalidWithdrawalProofErrorID())
		forged = w
		forged.to = e.deployer.addr
		wantRevert(t, claim(0, forged, tree.Proof(i)), bindings.BridgeInvalidWithdrawalProofErrorID())
	}
	for i, w := range ws {
		rcpt, err := e.send(e.alice, b.Instance, b.Binding.PackClaimWithdrawal(recs[0], w.id, w.from, w.to, w.amount, tree.Proof(i)))
		if err != nil {
			t.Fatalf("claim %d: %v", w.id, err)
		}
		paid[w.to].Add(paid[w.to], w.amount)
		t.Logf("Bridge.claimWithdrawal id %d (%d-hash proof): %d gas", w.id, len(tree.Proof(i)), rcpt.GasUsed)
		ev, err := b.Binding.UnpackWithdrawalClaimedEvent(rcpt.Logs[len(rcpt.Logs)-1])
		if err != nil || ev.Id != w.id || ev.BatchIndex != 0 || ev.To != w.to || ev.From != w.from || ev.Amount.Cmp(w.amount) != 0 {
			t.Fatalf("claim %d: WithdrawalClaimed %+v (%v)", w.id, ev, err)
		}
		wantMinted := new(big.Int)
		if i == len(ws)-1 {
			wantMinted = nrn(3)
		}
		if ev.Minted.Cmp(wantMinted) != 0 {
			t.Errorf("claim %d minted %v, want %v", w.id, ev.Minted, wantMinted)
		}
	}
	if err := claim(1, single, nil); err != nil {
		t.Fatalf("claim from a one-leaf tree: %v", err)
	}
	paid[single.to].Add(paid[single.to], single.amount)
	for a, p := range paid {
		if got, want := e.balance(a), new(big.Int).Add(before[a], p); got.Cmp(want) != 0 {
			t.Errorf("balance of %v = %v, want %v", a, got, want)
		}
	}
	if got := call(e, b.Instance, b.Binding.PackLockedBalance(), b.Binding.UnpackLockedBalance); got.Sign() != 0 {
		t.Errorf("lockedBalance = %v, want 0", got)
	}
	if got := e.balance(b.Address); got.Sign() != 0 {
		t.Errorf("bridge balance = %v, want 0", got)
	}

	fresh := withdrawal{13, e.alice.addr, e.alice.addr, nrn(1)}
	bad := []struct {
		name  string
		batch uint64
		w     withdrawal
		proof [][32]byte
		want  common.Hash
	}{
		{"double claim", 0, ws[2], tree.Proof(2), bindings.BridgeWithdrawalAlreadyClaimedErrorID()},
		{"unknown batch", 2, fresh, nil, bindings.BridgeBatchNotFinalizedErrorID()},
		{"leaf not in tree", 0, fresh, tree.Proof(0), bindings.BridgeInvalidWithdrawalProofErrorID()},
		{"wrong batch", 1, fresh, tree.Proof(0), bindings.BridgeInvalidWithdrawalProofErrorID()},
		{"zero recipient", 0, withdrawal{14, e.alice.addr, common.Address{}, nrn(1)}, nil, bindings.BridgeZeroRecipientErrorID()},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			wantRevert(t, claim(tt.batch, tt.w, tt.proof), tt.want)
		})
	}
}

// bindCall is a raw eth_call, for checking reverts of view functions.
func bindCall(e *env, c deploy.Contract[bindings.Rollup], data []byte) ([]byte, error) {
	return c.Instance.CallRaw(nil, data)
}

// TestDefaultsAreRollups: the defaults Deploy and CheckCircuits fill in are the L2's.
func TestDefaultsAreRollups(t *testing.T) {
	if deploy.DefaultMinBounty != rollup.DefaultMinBounty {
		t.Errorf("deploy.DefaultMinBounty %d, rollup's %d", deploy.DefaultMinBounty, rollup.DefaultMinBounty)
	}
	if deploy.DefaultDeltaPeriod != rollup.DefaultDeltaPeriod {
		t.Errorf("deploy.DefaultDeltaPeriod %d, rollup's %d", deploy.DefaultDeltaPeriod, rollup.DefaultDeltaPeriod)
	}
	if deploy.DefaultDeltaRewardDivisor != rollup.DefaultDeltaRewardDivisor {
		t.Errorf("deploy.DefaultDeltaRewardDivisor %d, rollup's %d", deploy.DefaultDeltaRewardDivisor, rollup.DefaultDeltaRewardDivisor)
	}
	if deploy.DefaultHalvingSeconds != rollup.HalvingSeconds4Years {
		t.Errorf("deploy.DefaultHalvingSeconds %d, rollup's %d", deploy.DefaultHalvingSeconds, rollup.HalvingSeconds4Years)
	}
}

// TestCheckDeltaRules: CheckDeltaRules accepts the least delta deposit and epoch length the
// deployment was made with and refuses any other, naming it.
func TestCheckDeltaRules(t *testing.T) {
	e := newEnvWith(t, func(c *deploy.Config) { c.MinDeltaDeposit, c.DeltaPeriod = big.NewInt(7), 40 })
	if err := e.d.CheckDeltaRules(e.ctx, big.NewInt(7), 40); err != nil {
		t.Fatalf("the deployment's own: %v", err)
	}
	for name, tc := range map[string]struct {
		deposit *big.Int
		period  uint64
	}{
		"other deposit": {big.NewInt(8), 40},
		"no deposit":    {nil, 40},
		"other period":  {big.NewInt(7), 41},
	} {
		if err := e.d.CheckDeltaRules(e.ctx, tc.deposit, tc.period); !errors.Is(err, deploy.ErrDeltaRulesMismatch) {
			t.Errorf("%s: %v, want ErrDeltaRulesMismatch", name, err)
		}
	}
}
