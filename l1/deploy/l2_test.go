package deploy_test

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/lossverify"
	"github.com/neuron-rollup/neuron/rollup"
)

// anyVerifier supports the test chains' circuits (testCircuits, also L1's table: StepMLSC
// re-executes creates with it) and verifies no loss proof: the exit tests need MLSCs with
// escrow, never a proven round.
type anyVerifier struct{}

func (anyVerifier) Supports(s *rollup.MLSCSpec) error { return testVerifier().Supports(s) }
func (anyVerifier) Verify(*rollup.MLSCSpec, *rollup.Claim, []byte) error {
	return errors.New("no proofs in this test")
}
func (anyVerifier) PublicInput(*rollup.MLSCSpec, *rollup.Claim) (common.Hash, error) {
	return common.Hash{}, nil
}
func (anyVerifier) CircuitID(*rollup.MLSCSpec) (common.Hash, error) { return common.Hash{}, nil }

// testCircuits are the test chains' circuits, both with the devnet key: testSpec's (16-8-4
// squared error, 4 samples, 256 examples) and the devnet's.
func testCircuits() map[string][]byte {
	return map[string][]byte{"16-8-4/mse k=4 depth=8": sampledloss.DevnetVerifyingKey(), sampledloss.DevnetParams().String(): sampledloss.DevnetVerifyingKey()}
}

// testVerifier is the chain verifier of testCircuits (parsed once).
var testVerifier = sync.OnceValue(func() *lossverify.Verifier { return lossverify.New(testCircuits()) })

func testSpec() rollup.MLSCSpec {
	return rollup.MLSCSpec{Layers: []uint32{16, 8, 4}, Loss: 1, DatasetCID: []byte{1, 2, 3}, DatasetRoot: common.Hash{9},
		DatasetSize: 256, Optimizer: uint8(rollup.OptSGD), LearningRate: 10000, BatchSize: 16, Epochs: 1,
		SampleCount: 4, CommitBlocks: 1000, RevealBlocks: 4, ProofBlocks: 5, MaxRounds: 3}
}

// l2 is an honest L2 chain run with the real STF next to the env's L1: the test plays its
// sequencer, settling batches whose roots, deposits and forced entries are what the STF
// computed.
type l2 struct {
	t       *testing.T
	e       *env
	cfg     *rollup.Config
	st      *rollup.State
	head    *rollup.Header
	batches uint64
	settled common.Hash // state root of the last settled batch
	firstW  uint64      // first withdrawal of the open batch
}

// l2Genesis is the genesis every l2 starts from; its root goes into the deploy config.
func l2Genesis() *rollup.Genesis {
	return &rollup.Genesis{Time: 1, Issued: uint256.MustFromBig(nrn(1_000_000))}
}

// newExitEnv deploys with the L2 genesis root and short windows, and starts the L2.
func newExitEnv(t *testing.T, edit func(*deploy.Config)) (*env, *l2) {
	t.Helper()
	st, head, _, err := l2Genesis().State()
	if err != nil {
		t.Fatal(err)
	}
	e := newEnvWith(t, func(c *deploy.Config) {
		c.GenesisStateRoot = head.StateRoot
		c.Circuits = testCircuits()
		if edit != nil {
			edit(c)
		}
	})
	cfg := &rollup.Config{ChainID: testL2ChainID, Rollup: e.d.Rollup.Address, GenesisTime: 1, MinStake: uint256.NewInt(1),
		RewardDivisor: 100000, HalvingSeconds: rollup.HalvingSeconds4Years, ProverBps: testProverBps, Verifier: anyVerifier{}}
	if err := cfg.Check(); err != nil {
		t.Fatal(err)
	}
	return e, &l2{t: t, e: e, cfg: cfg, st: st, head: head, settled: head.StateRoot}
}

// block applies txs as the next L2 block; each must apply (a forced entry always does).
func (c *l2) block(txs ...*rollup.Tx) []*rollup.Receipt {
	c.t.Helper()
	hdr := &rollup.Header{Number: c.head.Number + 1, ParentHash: c.head.Hash(), Time: c.head.Time + 1}
	if err := c.st.BeginBlock(c.cfg, hdr); err != nil {
		c.t.Fatal(err)
	}
	rcs := make([]*rollup.Receipt, len(txs))
	for i, tx := range txs {
		rc, err := c.st.ApplyTx(c.cfg, tx, uint64(i))
		if err != nil {
			c.t.Fatalf("L2 block %d tx %d (%s): %v", hdr.Number, i, tx.Type(), err)
		}
		rcs[i] = rc
	}
	root, _, err := c.st.Commit()
	if err != nil {
		c.t.Fatal(err)
	}
	hdr.StateRoot, hdr.TxHash = root, rollup.TxListHash(txs)
	c.head = hdr
	return rcs
}

// header is the header of the next batch over the blocks since the last, as the STF left
// them; forced overrides the forced-queue position it commits to (a censoring sequencer).
func (c *l2) header(forced *uint64) bindings.RollupBatchHeader {
	c.t.Helper()
	g := c.st.Globals()
	wroot, err := rollup.WithdrawalRoot(c.cfg, c.st, c.firstW, g.NextWithdrawal)
	if err != nil {
		c.t.Fatal(err)
	}
	fc := g.ForcedConsumed
	if forced != nil {
		fc = *forced
	}
	return bindings.RollupBatchHeader{Index: c.batches, Cid: []byte("bafk"), PrevStateRoot: c.settled, StateRoot: c.st.Root(),
		WithdrawalRoot: wroot, DepositsConsumed: g.DepositsConsumed, L2Height: c.head.Number, ForcedConsumed: fc}
}

// settle submits h (from header) and, if L1 accepts it, moves the L2's settled point.
func (c *l2) settle(h bindings.RollupBatchHeader) (*types.Receipt, error) {
	c.t.Helper()
	rcpt, err := c.e.send(c.e.sequencer, c.e.d.Rollup.Instance, packSubmit(c.e.d.Rollup, h, nil))
	if err == nil {
		c.batches++
		c.settled = h.StateRoot
		c.firstW = c.st.Globals().NextWithdrawal
	}
	return rcpt, err
}

func (c *l2) mustSettle() {
	c.t.Helper()
	if _, err := c.settle(c.header(nil)); err != nil {
		c.t.Fatalf("settle batch %d: %v", c.batches, err)
	}
}

// sign signs an L2 transaction with key for this chain.
func (c *l2) sign(key *ecdsa.PrivateKey, d rollup.TxData) *rollup.Tx {
	c.t.Helper()
	tx, err := rollup.SignTx(d, c.cfg.ChainID, key)
	if err != nil {
		c.t.Fatal(err)
	}
	return tx
}

// deposit makes an L1 deposit of amount from `from` for `to` and returns the L2 deposit the
// sequencer derives from its Deposited event.
func (c *l2) deposit(from account, to common.Address, amount *big.Int) *rollup.Tx {
	c.t.Helper()
	e := c.e
	e.fund(from, amount)
	rcpt := e.mustSend(from, e.d.Bridge.Instance, e.d.Bridge.Binding.PackDeposit(to, amount))
	for _, l := range rcpt.Logs {
		if ev, err := e.d.Bridge.Binding.UnpackDepositedEvent(l); err == nil {
			tx, err := rollup.NewDeposit(&rollup.Deposit{L1Nonce: ev.Nonce, From: ev.From, To: ev.To, Amount: uint256.MustFromBig(ev.Amount)})
			if err != nil {
				c.t.Fatal(err)
			}
			return tx
		}
	}
	c.t.Fatal("no Deposited event")
	return nil
}

// force queues raw on L1 from `from` and returns the L2 Forced entry the sequencer derives
// from its ForcedTxQueued event, and the receipt.
func (c *l2) force(from account, raw []byte) (*rollup.Tx, *types.Receipt) {
	c.t.Helper()
	e := c.e
	rcpt := e.mustSend(from, e.d.Rollup.Instance, e.d.Rollup.Binding.PackForceInclude(raw))
	for _, l := range rcpt.Logs {
		if ev, err := e.d.Rollup.Binding.UnpackForcedTxQueuedEvent(l); err == nil {
			tx, err := rollup.NewForced(&rollup.Forced{Index: ev.Index, From: ev.From, Tx: ev.Tx})
			if err != nil {
				c.t.Fatal(err)
			}
			return tx, rcpt
		}
	}
	c.t.Fatal("no ForcedTxQueued event")
	return nil, nil
}

// newKey is a fresh key with no L1 ether: an L2-only user.
func newKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}
