package deploy_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/neuron-rollup/neuron/l1"
	"github.com/neuron-rollup/neuron/l1/batchrecord"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/l1/simchain"
)

const (
	testPeriod    = time.Minute
	testL2ChainID = 424242
	// testProverBps is the test L2's prover share of a round's escrow payout (and L1's).
	testProverBps = 1000
)

// nrn is n whole NRN in wei.
func nrn(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18))
}

type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newAccount(t *testing.T) account {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return account{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

func (a account) opts() *bind.TransactOpts {
	return bind.NewKeyedTransactor(a.key, big.NewInt(simchain.ChainID))
}

// env is a simulated L1 with the contracts deployed (a devnet: with the devnet verifier): the
// deployer is the NRN admin and Rollup owner, the holder has the initial supply, alice and
// bob are users.
type env struct {
	t                                       *testing.T
	ctx                                     context.Context
	chain                                   *simchain.Chain
	d                                       *deploy.Deployment
	cfg                                     deploy.Config
	deployer, sequencer, holder, alice, bob account
}

func newEnv(t *testing.T) *env { return newEnvWith(t, nil) }

// newEnvWith is newEnv with the deploy config changed by edit (if not nil).
func newEnvWith(t *testing.T, edit func(*deploy.Config)) *env {
	t.Helper()
	e := &env{t: t, ctx: context.Background()}
	e.deployer, e.sequencer, e.holder, e.alice, e.bob = newAccount(t), newAccount(t), newAccount(t), newAccount(t), newAccount(t)
	alloc := types.GenesisAlloc{}
	for _, a := range []account{e.deployer, e.sequencer, e.holder, e.alice, e.bob} {
		alloc[a.addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))}
	}
	e.chain = simchain.New(alloc)
	t.Cleanup(func() { _ = e.chain.Close() })
	e.cfg = deploy.Config{
		L2ChainID:          testL2ChainID,
		Devnet:             true,
		Sequencer:          e.sequencer.addr,
		GenesisHolder:      e.holder.addr,
		InitialSupply:      nrn(1_000_000),
		GenesisStateRoot:   common.HexToHash("0x6e65"),
		FinalizationPeriod: testPeriod,
		Reward:             deploy.RewardRule{GenesisTime: 1, ProverBps: testProverBps}, // the test L2's (l2_test.go)
	}
	if edit != nil {
		edit(&e.cfg)
	}
	d, err := deploy.Deploy(e.ctx, e.chain, e.deployer.opts(), e.cfg)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	e.d = d
	return e
}

// send sends calldata to c from a and waits for the receipt. A revert caught by gas
// estimation comes back as the error (see revertID); one in the mined transaction as
// deploy.ErrReverted.
func (e *env) send(from account, c *bind.BoundContract, data []byte) (*types.Receipt, error) {
	e.t.Helper()
	opts := from.opts()
	opts.Context = e.ctx
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

// mustSend is send that fails the test on any error.
func (e *env) mustSend(from account, c *bind.BoundContract, data []byte) *types.Receipt {
	e.t.Helper()
	rcpt, err := e.send(from, c, data)
	if err != nil {
		e.t.Fatalf("transaction from %v failed: %v", from.addr, err)
	}
	return rcpt
}

// record is accepted batch index's record, read from L1 as a claimant would (batchrecord.Read).
func (e *env) record(index uint64) bindings.RollupBatch {
	e.t.Helper()
	b, err := batchrecord.Read(e.ctx, e.chain, e.d.Rollup.Address, 0, index)
	if err != nil {
		e.t.Fatalf("read batch %d: %v", index, err)
	}
	return b
}

// exodusRecord is the record enterExodus needs now (batchrecord.ForExodus).
func (e *env) exodusRecord() bindings.RollupBatch {
	e.t.Helper()
	b, err := batchrecord.ForExodus(e.ctx, e.chain, e.d.Rollup.Address, 0)
	if err != nil {
		e.t.Fatalf("exodus record: %v", err)
	}
	return b
}

// forgeries change one field of a batch record each: every function that takes a record
// must refuse each forged one (BatchRecordMismatch; "index" names batch Index+1, which a
// test may not have accepted).
func forgeries() map[string]func(*bindings.RollupBatch) {
	return map[string]func(*bindings.RollupBatch){
		"index":           func(b *bindings.RollupBatch) { b.Index++ },
		"submittedAt":     func(b *bindings.RollupBatch) { b.SubmittedAt-- },
		"prev state root": func(b *bindings.RollupBatch) { b.PrevStateRoot[31] ^= 1 },
		"state root":      func(b *bindings.RollupBatch) { b.StateRoot[31] ^= 1 },
		"withdrawal root": func(b *bindings.RollupBatch) { b.WithdrawalRoot[31] ^= 1 },
		"message root":    func(b *bindings.RollupBatch) { b.MessageRoot[31] ^= 1 },
		"deposits":        func(b *bindings.RollupBatch) { b.DepositsConsumed++ },
		"l2 height":       func(b *bindings.RollupBatch) { b.L2Height++ },
		"forced":          func(b *bindings.RollupBatch) { b.ForcedConsumed++ },
		"proof count":     func(b *bindings.RollupBatch) { b.ProofCount++ },
		"step root":       func(b *bindings.RollupBatch) { b.StepRoot[31] ^= 1 },
		"step count":      func(b *bindings.RollupBatch) { b.StepCount++ },
		"data hash":       func(b *bindings.RollupBatch) { b.DataHash[31] ^= 1 },
	}
}

func call[T any](e *env, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	v, err := bind.Call(c, &bind.CallOpts{Context: e.ctx}, data, unpack)
	if err != nil {
		e.t.Fatalf("call: %v", err)
	}
	return v
}

func (e *env) balance(a common.Address) *big.Int {
	return call(e, e.d.NRN.Instance, e.d.NRN.Binding.PackBalanceOf(a), e.d.NRN.Binding.UnpackBalanceOf)
}

// fund gives a amount NRN from the holder and lets the Bridge spend it.
func (e *env) fund(a account, amount *big.Int) {
	e.t.Helper()
	e.mustSend(e.holder, e.d.NRN.Instance, e.d.NRN.Binding.PackTransfer(a.addr, amount))
	e.mustSend(a, e.d.NRN.Instance, e.d.NRN.Binding.PackApprove(e.d.Bridge.Address, amount))
}

// revertData is the revert data carried by err, a failed gas estimation; nil if none.
func revertData(err error) []byte {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	s, _ := de.ErrorData().(string)
	return common.FromHex(s)
}

// revertID is the custom error selector carried by err, zero if none.
func revertID(err error) [4]byte {
	var id [4]byte
	if data := revertData(err); len(data) >= 4 {
		copy(id[:], data)
	}
	return id
}

// wantRevert fails unless err is a revert with the custom error whose ID is want.
func wantRevert(t *testing.T, err error, want common.Hash) {
	t.Helper()
	if err == nil {
		t.Fatalf("succeeded, want revert %x", want[:4])
	}
	if got := revertID(err); [4]byte(want[:4]) != got {
		t.Fatalf("error %v (selector %x), want selector %x", err, got, want[:4])
	}
}

// proofsHash is l1.ProofsHash of the proofs' (circuit, digest) pairs.
func proofsHash(proofs []bindings.RollupLossProof) [32]byte {
	refs := make([]l1.ProofRef, len(proofs))
	for i, p := range proofs {
		refs[i] = l1.ProofRef{Circuit: p.Circuit, Digest: common.BigToHash(p.Digest)}
	}
	return l1.ProofsHash(refs)
}

// packSubmit packs submitBatch(h, proofs) with h committing to exactly these proofs.
func packSubmit(r deploy.Contract[bindings.Rollup], h bindings.RollupBatchHeader, proofs []bindings.RollupLossProof) []byte {
	h.ProofsHash = proofsHash(proofs)
	return r.Binding.PackSubmitBatch(h, proofs)
}

// deployAlone deploys one contract (bin, its creation code; args, its packed constructor
// arguments) on a fresh simulated L1 with no eth_call time limit, its deployer's key derived
// from seed, for the tests of a contract on its own: the chain and the contract's address.
func deployAlone(tb testing.TB, seed, bin string, args []byte, name string) (*simchain.Chain, common.Address) {
	tb.Helper()
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	if err != nil {
		tb.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	chain := simchain.New(types.GenesisAlloc{from: {Balance: nrn(100)}}, func(_ *node.Config, ec *ethconfig.Config) { ec.RPCEVMTimeout = 0 })
	tb.Cleanup(func() { _ = chain.Close() })
	addr, tx, err := bind.DeployContract(bind.NewKeyedTransactor(key, big.NewInt(simchain.ChainID)), common.FromHex(bin), chain, args)
	if err != nil {
		tb.Fatal(err)
	}
	if rc, err := bind.WaitMined(context.Background(), chain, tx.Hash()); err != nil || rc.Status != types.ReceiptStatusSuccessful {
		tb.Fatalf("deploy %s: %v", name, err)
	}
	return chain, addr
}
