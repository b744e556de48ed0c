package deploy_test

import (
	"bytes"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/rollup"
)

const (
	testExodusDelay = time.Hour
	// exitPeriod: batches of the exit tests take longer to finalize than a forced entry to
	// fall due, so that a censoring sequencer's last batch is still pending at exodus.
	exitPeriod = time.Hour
)

func exodusState(e *env) bindings.ExodusStateOutput {
	e.t.Helper()
	return call(e, e.d.Rollup.Instance, e.d.Rollup.Binding.PackExodusState(), e.d.Rollup.Binding.UnpackExodusState)
}

// TestExodusIdle: nobody may enter exodus while batches finalize; once none has for
// exodusDelay (counted from deployment before the first), anyone may, at the state of the
// batches final then. Afterwards no batch, deposit or forced entry is taken.
func TestExodusIdle(t *testing.T) {
	t.Run("no batch ever", func(t *testing.T) {
		e, c := newExitEnv(t, func(cfg *deploy.Config) { cfg.ExodusDelay = testExodusDelay })
		r := e.d.Rollup
		_, err := e.send(e.bob, r.Instance, r.Binding.PackEnterExodus(e.exodusRecord()))
		wantRevert(t, err, bindings.RollupExodusNotDueErrorID())
		_, err = bindCall(e, r, r.Binding.PackExodusState())
		wantRevert(t, err, bindings.RollupNotInExodusErrorID())
		if err := e.chain.AdjustTime(testExodusDelay); err != nil {
			t.Fatal(err)
		}
		rcpt := e.mustSend(e.bob, r.Instance, r.Binding.PackEnterExodus(e.exodusRecord()))
		t.Logf("Rollup.enterExodus (no batch): %d gas", rcpt.GasUsed)
		if s := exodusState(e); s.StateRoot != c.settled || s.Batches != 0 || s.Deposits != 0 {
			t.Fatalf("exodus state %+v, want genesis %x", s, c.settled)
		}
	})

	e, c := newExitEnv(t, func(cfg *deploy.Config) {
		cfg.ExodusDelay, cfg.FinalizationPeriod, cfg.ForcedWindow = testExodusDelay, testPeriod, 24*time.Hour
	})
	r, b := e.d.Rollup, e.d.Bridge
	c.block(c.deposit(e.alice, e.alice.addr, nrn(1)))
	c.mustSettle()
	final := c.settled
	if err := e.chain.AdjustTime(testPeriod + testExodusDelay - 10*time.Second); err != nil {
		t.Fatal(err)
	}
	// A batch submitted now is not final within the delay: it does not hold exodus off.
	c.block(c.sign(e.alice.key, &rollup.Transfer{Nonce: 0, To: e.bob.addr, Amount: uint256.MustFromBig(nrn(1))}))
	c.mustSettle()
	_, err := e.send(e.bob, r.Instance, r.Binding.PackEnterExodus(e.exodusRecord()))
	wantRevert(t, err, bindings.RollupExodusNotDueErrorID())
	if err := e.chain.AdjustTime(20 * time.Second); err != nil {
		t.Fatal(err)
	}
	// Batch 0 is final and batch 1 is not: the exit state is batch 0's, from its record.
	rec := e.exodusRecord()
	if rec.Index != 0 || rec.StateRoot != final {
		t.Fatalf("exodus record %+v, want batch 0's", rec)
	}
	_, err = e.send(e.bob, r.Instance, r.Binding.PackEnterExodus(e.record(1)))
	wantRevert(t, err, bindings.RollupExodusRecordErrorID())
	for name, forge := range forgeries() {
		if name == "index" {
			continue // batch 1's record: ExodusRecord above
		}
		forged := rec
		forge(&forged)
		_, err = e.send(e.bob, r.Instance, r.Binding.PackEnterExodus(forged))
		if err == nil {
			t.Fatalf("enterExodus with a forged %s", name)
		}
		wantRevert(t, err, bindings.RollupBatchRecordMismatchErrorID())
	}
	rcpt := e.mustSend(e.bob, r.Instance, r.Binding.PackEnterExodus(rec))
	t.Logf("Rollup.enterExodus (2 batches): %d gas", rcpt.GasUsed)
	if s := exodusState(e); s.StateRoot != final || s.Batches != 1 || s.Deposits != 1 {
		t.Fatalf("exodus state %+v, want batch 0's root %x", s, final)
	}
	if err := e.chain.AdjustTime(testPeriod); err != nil {
		t.Fatal(err)
	}
	if call(e, r.Instance, r.Binding.PackIsFinalized(1), r.Binding.UnpackIsFinalized) {
		t.Fatal("batch 1, pending at exodus, became final")
	}
	if !call(e, r.Instance, r.Binding.PackIsFinalized(0), r.Binding.UnpackIsFinalized) {
		t.Fatal("batch 0 is no longer final")
	}
	e.fund(e.alice, nrn(1))
	c.block()
	after := []struct {
		name string
		from account
		to   common.Address
		data []byte
		want [32]byte
	}{
		{"batch", e.sequencer, r.Address, packSubmit(r, c.header(nil), nil), bindings.RollupInExodusErrorID()},
		{"forced entry", e.bob, r.Address, r.Binding.PackForceInclude([]byte{1}), bindings.RollupInExodusErrorID()},
		{"deposit", e.alice, b.Address, b.Binding.PackDeposit(e.alice.addr, nrn(1)), bindings.BridgeBridgeClosedErrorID()},
		{"exodus again", e.bob, r.Address, r.Binding.PackEnterExodus(bindings.RollupBatch{}), bindings.RollupInExodusErrorID()},
	}
	for _, tt := range after {
		t.Run(tt.name, func(t *testing.T) {
			inst := r.Instance
			if tt.to == b.Address {
				inst = b.Instance
			}
			_, err := e.send(tt.from, inst, tt.data)
			wantRevert(t, err, tt.want)
		})
	}
	t.Run("only the Rollup closes the Bridge", func(t *testing.T) {
		_, err := e.send(e.bob, b.Instance, b.Binding.PackClose())
		wantRevert(t, err, bindings.BridgeNotRollupErrorID())
	})
}

// exitUser is an L2 account of the exit test, with its key (L2 address = L1 address).
type exitUser struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// TestExodusExits runs a small L2 chain with the STF, settles it, lets a censoring sequencer
// run the forced window out and enters exodus. Then every account leaves with exactly its
// balance plus stake at the last final state, once; the MLSC escrow goes to its creator; the
// deposit that state had not consumed goes back; stale and forged proofs are refused, and the
// Solidity reading of the state trie agrees with Go's on every key.
func TestExodusExits(t *testing.T) {
	e, c := newExitEnv(t, func(cfg *deploy.Config) {
		cfg.ForcedWindow, cfg.FinalizationPeriod = testForcedWindow, exitPeriod
	})
	r, b := e.d.Rollup, e.d.Bridge
	rng := rand.New(rand.NewPCG(14, 2))
	users := []exitUser{{e.alice.key, e.alice.addr}, {e.bob.key, e.bob.addr}}
	for range 6 {
		k := newKey(t)
		users = append(users, exitUser{k, crypto.PubkeyToAddress(k.PublicKey)})
	}
	// Block 1: deposits to every user, from alice and bob on L1.
	var deps []*rollup.Tx
	for i, u := range users {
		from := e.alice
		if i%2 == 1 {
			from = e.bob
		}
		deps = append(deps, c.deposit(from, u.addr, nrn(int64(10+rng.IntN(90)))))
	}
	c.block(deps...)
	// Block 2: random transfers, a stake, an MLSC with escrow, a withdrawal.
	nonce := map[common.Address]uint64{}
	send := func(u exitUser, d rollup.TxData) *rollup.Tx {
		return c.sign(u.key, d)
	}
	var txs []*rollup.Tx
	for range 12 {
		from, to := users[rng.IntN(len(users))], users[rng.IntN(len(users))]
		txs = append(txs, send(from, &rollup.Transfer{Nonce: nonce[from.addr], To: to.addr, Amount: uint256.NewInt(1 + rng.Uint64N(1e18))}))
		nonce[from.addr]++
	}
	txs = append(txs,
		send(users[1], &rollup.Stake{Nonce: nonce[users[1].addr], Amount: uint256.MustFromBig(nrn(3))}),
		send(users[0], &rollup.CreateMLSC{Nonce: nonce[users[0].addr], Spec: testSpec(), Bounty: uint256.MustFromBig(nrn(4))}),
		send(users[2], &rollup.Withdraw{Nonce: nonce[users[2].addr], To: users[2].addr, Amount: uint256.MustFromBig(nrn(2))}),
	)
	c.block(txs...)
	c.mustSettle() // batch 0: the exit state

	// Proofs at the exit state, taken now: the L2 moves on below.
	exitRoot := c.st.Root()
	type entry struct {
		key   []byte
		proof [][]byte
		value []byte
	}
	prove := func(key []byte) entry {
		p, err := c.st.ProveOrdered(key)
		if err != nil {
			t.Fatal(err)
		}
		v, err := rollup.VerifyProof(c.st.Root(), key, p)
		if err != nil || v == nil {
			t.Fatalf("Go refuses its own proof of %x: %v", key, err)
		}
		return entry{key, p, v}
	}
	accounts := map[common.Address]rollup.Account{}
	proofs := map[common.Address]entry{}
	for _, u := range users {
		accounts[u.addr] = c.st.Account(u.addr)
		proofs[u.addr] = prove(rollup.AccountKey(u.addr))
	}
	mlsc, _ := c.st.MLSC(0)
	mlscProof := prove(rollup.MLSCKey(0))
	others := []entry{prove(rollup.GlobalsKey()), prove(rollup.WithdrawalKey(0)), prove(rollup.RoundKey(0, 1))}

	// The differential: the Bridge's reading of each proof is Go's, byte for byte.
	for _, en := range append(append(others, mlscProof), proofs[users[0].addr], proofs[users[1].addr]) {
		got, err := bind1(e, b, b.Binding.PackVerifyStateEntry(en.key, en.proof, exitRoot), b.Binding.UnpackVerifyStateEntry)
		if err != nil || !bytes.Equal(got, en.value) {
			t.Fatalf("Bridge.verifyStateEntry(%x) = %x, %v; Go: %x", en.key, got, err, en.value)
		}
	}

	// A deposit batch 0 did not consume; a censored forced transfer; a later batch that
	// changes balances (its state is stale for exits) before the window runs out.
	late := c.deposit(e.alice, users[3].addr, nrn(9))
	if err := e.chain.AdjustTime(exitPeriod); err != nil {
		t.Fatal(err)
	}
	c.force(e.bob, send(users[4], &rollup.Transfer{Nonce: 0, To: users[5].addr, Amount: uint256.NewInt(1)}).Encode())
	c.block(late, send(users[3], &rollup.Transfer{Nonce: nonce[users[3].addr], To: users[0].addr, Amount: uint256.MustFromBig(nrn(5))}),
		send(users[1], &rollup.Withdraw{Nonce: nonce[users[1].addr] + 1, To: users[1].addr, Amount: uint256.NewInt(1)}))
	none := uint64(0)
	if _, err := c.settle(c.header(&none)); err != nil {
		t.Fatalf("batch 1: %v", err)
	}
	staleRoot := c.st.Root()
	stale := prove(rollup.AccountKey(users[3].addr))

	_, err := e.send(e.bob, b.Instance, b.Binding.PackExitAccount(users[0].addr, proofs[users[0].addr].proof))
	wantRevert(t, err, bindings.RollupNotInExodusErrorID())
	if err := e.chain.AdjustTime(testForcedWindow); err != nil {
		t.Fatal(err)
	}
	c.block()
	_, err = c.settle(c.header(&none))
	wantRevert(t, err, bindings.RollupForcedTxOverdueErrorID())
	e.mustSend(e.holder, r.Instance, r.Binding.PackEnterExodus(e.exodusRecord()))
	if s := exodusState(e); s.StateRoot != exitRoot || s.Batches != 1 || s.Deposits != uint64(len(users)) {
		t.Fatalf("exodus state %+v, want batch 0 (root %x, %d deposits)", s, exitRoot, len(users))
	}
	if staleRoot == exitRoot {
		t.Fatal("batch 1 changed nothing")
	}

	// Refused proofs, before anyone exits.
	tampered := func(en entry, node, at int) [][]byte {
		p := make([][]byte, len(en.proof))
		for i := range p {
			p[i] = bytes.Clone(en.proof[i])
		}
		p[node][at] ^= 1
		return p
	}
	u0, u1 := proofs[users[0].addr], proofs[users[1].addr]
	refused := []struct {
		name    string
		account common.Address
		proof   [][]byte
	}{
		{"stale state", users[3].addr, stale.proof},
		{"another account's proof", users[1].addr, u0.proof},
		{"tampered leaf", users[0].addr, tampered(u0, len(u0.proof)-1, len(u0.proof[len(u0.proof)-1])-3)},
		{"tampered root node", users[0].addr, tampered(u0, 0, 5)},
		{"truncated", users[1].addr, u1.proof[:len(u1.proof)-1]},
		{"empty", users[1].addr, nil},
		{"absent account", e.holder.addr, u0.proof},
	}
	for _, tt := range refused {
		t.Run("refused/"+tt.name, func(t *testing.T) {
			_, err := e.send(e.bob, b.Instance, b.Binding.PackExitAccount(tt.account, tt.proof))
			wantRevert(t, err, bindings.BridgeInvalidStateProofErrorID())
		})
	}

	// Every account leaves with exactly its balance and stake; nobody twice.
	paid := new(big.Int)
	for i, u := range users {
		acc := accounts[u.addr]
		want := new(big.Int).Add(acc.Balance.ToBig(), acc.Stake.ToBig())
		before := e.balance(u.addr)
		rcpt := e.mustSend(e.bob, b.Instance, b.Binding.PackExitAccount(u.addr, proofs[u.addr].proof))
		if i < 2 {
			t.Logf("Bridge.exitAccount, %d-node proof: %d gas", len(proofs[u.addr].proof), rcpt.GasUsed)
		}
		if got := new(big.Int).Sub(e.balance(u.addr), before); got.Cmp(want) != 0 {
			t.Fatalf("account %d exited with %v, its L2 balance+stake is %v", i, got, want)
		}
		paid.Add(paid, want)
		_, err := e.send(e.bob, b.Instance, b.Binding.PackExitAccount(u.addr, proofs[u.addr].proof))
		wantRevert(t, err, bindings.BridgeAlreadyExitedErrorID())
	}

	// The MLSC's escrow goes back to its creator, once.
	before := e.balance(mlsc.Creator)
	rcpt := e.mustSend(e.bob, b.Instance, b.Binding.PackExitEscrow(0, mlscProof.proof))
	t.Logf("Bridge.exitEscrow, %d-node proof: %d gas", len(mlscProof.proof), rcpt.GasUsed)
	if got := new(big.Int).Sub(e.balance(mlsc.Creator), before); got.Cmp(mlsc.Escrow.ToBig()) != 0 || mlsc.Creator != users[0].addr {
		t.Fatalf("creator %v got %v, escrow %v", mlsc.Creator, got, mlsc.Escrow)
	}
	paid.Add(paid, mlsc.Escrow.ToBig())
	_, err = e.send(e.bob, b.Instance, b.Binding.PackExitEscrow(0, mlscProof.proof))
	wantRevert(t, err, bindings.BridgeEscrowAlreadyExitedErrorID())
	_, err = e.send(e.bob, b.Instance, b.Binding.PackExitEscrow(1, mlscProof.proof))
	wantRevert(t, err, bindings.BridgeInvalidStateProofErrorID())

	// The finalized withdrawal stays claimable the usual way.
	wd, _ := c.st.Withdrawal(0) // batch 0's only withdrawal: its leaf is the root
	e.mustSend(e.bob, b.Instance, b.Binding.PackClaimWithdrawal(e.record(0), 0, wd.From, wd.To, wd.Amount.ToBig(), [][32]byte{}))
	paid.Add(paid, wd.Amount.ToBig())
	// batch 1's withdrawal never becomes claimable.
	if err := e.chain.AdjustTime(2 * exitPeriod); err != nil {
		t.Fatal(err)
	}
	w1, _ := c.st.Withdrawal(1)
	_, err = e.send(e.bob, b.Instance, b.Binding.PackClaimWithdrawal(e.record(1), 1, w1.From, w1.To, w1.Amount.ToBig(), [][32]byte{}))
	wantRevert(t, err, bindings.BridgeBatchNotFinalizedErrorID())

	// The deposit the exit state had not consumed goes back to its L1 sender, once.
	ld := late.Data().(*rollup.Deposit)
	refund := func(nonce uint64, amount *big.Int) error {
		_, err := e.send(e.bob, b.Instance, b.Binding.PackRefundDeposit(nonce, ld.From, ld.To, amount))
		return err
	}
	wantRevert(t, refund(ld.L1Nonce, nrn(10)), bindings.BridgeUnknownDepositErrorID())
	wantRevert(t, refund(0, nrn(9)), bindings.BridgeDepositConsumedErrorID())
	wantRevert(t, refund(ld.L1Nonce+1, nrn(9)), bindings.BridgeUnknownDepositErrorID())
	before = e.balance(ld.From)
	rcpt = e.mustSend(e.bob, b.Instance, b.Binding.PackRefundDeposit(ld.L1Nonce, ld.From, ld.To, ld.Amount.ToBig()))
	t.Logf("Bridge.refundDeposit: %d gas", rcpt.GasUsed)
	if got := new(big.Int).Sub(e.balance(ld.From), before); got.Cmp(ld.Amount.ToBig()) != 0 {
		t.Fatalf("refund paid %v, want %v", got, ld.Amount)
	}
	paid.Add(paid, ld.Amount.ToBig())
	wantRevert(t, refund(ld.L1Nonce, ld.Amount.ToBig()), bindings.BridgeDepositAlreadyRefundedErrorID())

	// Everything locked went out, and nothing was minted: the L2 issued no rewards.
	locked := call(e, b.Instance, b.Binding.PackLockedBalance(), b.Binding.UnpackLockedBalance)
	if locked.Sign() != 0 {
		t.Fatalf("%v NRN still locked after every exit (paid %v)", locked, paid)
	}
	if bal := e.balance(b.Address); bal.Sign() != 0 {
		t.Fatalf("the Bridge holds %v NRN after every exit", bal)
	}
}

// bind1 is a view call that returns the error instead of failing the test.
func bind1[T any](e *env, c deploy.Contract[bindings.Bridge], data []byte, unpack func([]byte) (T, error)) (T, error) {
	out, err := c.Instance.CallRaw(nil, data)
	if err != nil {
		var zero T
		return zero, err
	}
	return unpack(out)
}

// TestExitGas measures Bridge.exitAccount against states of growing size, whose proofs grow
// by a node per sixteenfold: the state is loaded directly (rollup.State.LoadEntry), settled
// as batch 0 and left for exodusDelay.
func TestExitGas(t *testing.T) {
	for _, n := range []int{1_000, 50_000} {
		t.Run(fmt.Sprint(n, " accounts"), func(t *testing.T) {
			e, c := newExitEnv(t, func(cfg *deploy.Config) { cfg.ExodusDelay = testExodusDelay })
			addrs := make([]common.Address, n)
			for i := range addrs {
				addrs[i] = common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprint("exit", i)))[:20])
				enc, err := rlp.EncodeToBytes(&rollup.Account{Nonce: 3, Balance: uint256.MustFromBig(nrn(int64(i + 1))), Stake: uint256.NewInt(uint64(i)), OpenClaims: 1})
				if err != nil {
					t.Fatal(err)
				}
				if err := c.st.LoadEntry(rollup.AccountKey(addrs[i]), enc); err != nil {
					t.Fatal(err)
				}
			}
			if _, _, err := c.st.Commit(); err != nil {
				t.Fatal(err)
			}
			c.mustSettle()
			if err := e.chain.AdjustTime(testPeriod + testExodusDelay); err != nil {
				t.Fatal(err)
			}
			b := e.d.Bridge
			e.mustSend(e.bob, e.d.Rollup.Instance, e.d.Rollup.Binding.PackEnterExodus(e.exodusRecord()))
			for _, i := range []int{0, n / 2, n - 1} {
				p, err := c.st.ProveOrdered(rollup.AccountKey(addrs[i]))
				if err != nil {
					t.Fatal(err)
				}
				size := 0
				for _, node := range p {
					size += len(node)
				}
				rcpt := e.mustSend(e.bob, b.Instance, b.Binding.PackExitAccount(addrs[i], p))
				want := new(big.Int).Add(nrn(int64(i+1)), big.NewInt(int64(i)))
				if got := e.balance(addrs[i]); got.Cmp(want) != 0 {
					t.Fatalf("account %d exited with %v, want %v", i, got, want)
				}
				t.Logf("Bridge.exitAccount in a state of %d accounts: %d-node proof of %d bytes, %d gas", n, len(p), size, rcpt.GasUsed)
			}
		})
	}
}

// orderedNodes collects trie.Prove's nodes in the order it writes them: root first.
type orderedNodes [][]byte

func (p *orderedNodes) Put(_ []byte, v []byte) error { *p = append(*p, bytes.Clone(v)); return nil }
func (p *orderedNodes) Delete([]byte) error          { return nil }

// TestExitMalformed: a root L1 takes on the sequencer's word may hold entries the Go STF
// never writes; the Bridge decodes them as strictly as go-ethereum's rlp does (no leading
// zeros, at most 32 bytes, the right field count, the entry's own key) and pays nothing
// for a zero account.
func TestExitMalformed(t *testing.T) {
	e, c := newExitEnv(t, func(cfg *deploy.Config) { cfg.ExodusDelay = testExodusDelay })
	b := e.d.Bridge
	addr := func(i byte) common.Address { return common.Address{0xa0, i} }
	enc := func(v any) []byte {
		out, err := rlp.EncodeToBytes(v)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	entry := func(key []byte, value []byte) []byte { return enc([][]byte{key, value}) }
	cases := []struct {
		name  string
		at    common.Address // the account exited
		key   []byte         // the key stored in the entry
		value []byte
		want  [32]byte
	}{
		{"leading zero", addr(1), nil, enc([]any{uint64(0), []byte{0, 0xff}, uint64(0), uint64(0)}), bindings.BridgeMalformedStateEntryErrorID()},
		{"33-byte balance", addr(2), nil, enc([]any{uint64(0), bytes.Repeat([]byte{1}, 33), uint64(0), uint64(0)}), bindings.BridgeMalformedStateEntryErrorID()},
		{"three fields", addr(3), nil, enc([]any{uint64(1), uint64(2), uint64(3)}), bindings.BridgeMalformedStateEntryErrorID()},
		{"zero account", addr(4), nil, enc(&rollup.Account{Balance: new(uint256.Int), Stake: new(uint256.Int)}), bindings.BridgeNothingToExitErrorID()},
		{"another key's entry", addr(5), rollup.AccountKey(addr(6)), enc(&rollup.Account{Balance: uint256.NewInt(1), Stake: new(uint256.Int)}), bindings.BridgeInvalidStateProofErrorID()},
	}
	tr := trie.NewEmpty(nil)
	for _, tc := range cases {
		key := rollup.AccountKey(tc.at)
		stored := key
		if tc.key != nil {
			stored = tc.key
		}
		if err := tr.Update(crypto.Keccak256(key), entry(stored, tc.value)); err != nil {
			t.Fatal(err)
		}
	}
	root := tr.Hash()
	// The sequencer settles that root; L1 takes it, and exodus makes it the exit state.
	h := c.header(nil)
	h.StateRoot = root
	if _, err := c.settle(h); err != nil {
		t.Fatal(err)
	}
	if err := e.chain.AdjustTime(testPeriod + testExodusDelay); err != nil {
		t.Fatal(err)
	}
	e.mustSend(e.bob, e.d.Rollup.Instance, e.d.Rollup.Binding.PackEnterExodus(e.exodusRecord()))
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var p orderedNodes
			if err := tr.Prove(crypto.Keccak256(rollup.AccountKey(tc.at)), &p); err != nil {
				t.Fatal(err)
			}
			_, err := e.send(e.bob, b.Instance, b.Binding.PackExitAccount(tc.at, p))
			wantRevert(t, err, tc.want)
			if tc.key != nil {
				_, err := b.Instance.CallRaw(nil, b.Binding.PackVerifyStateEntry(rollup.AccountKey(tc.at), p, root))
				wantRevert(t, err, bindings.BridgeMalformedStateEntryErrorID())
			}
		})
	}
}
