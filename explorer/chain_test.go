package explorer

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/l1/batchrecord"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/l1/l1client"
	"github.com/neuron-rollup/neuron/l1/simchain"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rollup/rolluptest"
	"github.com/neuron-rollup/neuron/rpcclient"
	"github.com/neuron-rollup/neuron/sequencer"
)

// The test chain: a real sequencer over a simulated L1 with the contracts
// deployed, served over a real JSON-RPC endpoint, whose blocks the test
// makes one by one. Loss proofs are checked by rolluptest.HashProofs (a proof is the
// claim's hash) in the STF and by a contract that accepts every proof on L1,
// as in the light client's tests.

const (
	testChainID = 4343
	testKeys    = 3
	testFund    = 1_000_000_000
	sampleCount = 4
)

// Hostile strings a trainer or an MLSC creator can put on chain, where a
// page shows them.
const (
	hostileCID     = `<script>alert("xss")</script>`
	hostileDataset = `"><img src=x onerror=alert(1)>`
)

// acceptAll is the creation code of a contract whose code is one STOP: as
// the Rollup's verifier of rolluptest.HashProofs' circuit it accepts every proof.
var acceptAll = common.FromHex("0x600060005360016000f3")

func testKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256(fmt.Appendf(nil, "explorer-test-key-%d", i)))
	if err != nil {
		panic(err)
	}
	return k
}

func testAddr(i int) common.Address { return crypto.PubkeyToAddress(testKey(i).PublicKey) }

// testNet is a running test chain.
type testNet struct {
	t      testing.TB
	l1     *simchain.Chain
	dep    *deploy.Deployment
	l1c    *l1client.Client
	seq    *sequencer.Sequencer
	rpc    *httptest.Server
	client *rpcclient.Client
	cfg    sequencer.Config
	nonces map[int]uint64
}

func opts(k *ecdsa.PrivateKey) *bind.TransactOpts {
	return bind.NewKeyedTransactor(k, big.NewInt(simchain.ChainID))
}

// newTestNet deploys the contracts, deposits testFund for each test key,
// lets a sequencer's block loop credit them, and restarts the sequencer
// without the loop, so that the test makes each block (step) and batch
// (seal, post).
func newTestNet(t testing.TB) *testNet {
	t.Helper()
	ctx := context.Background()
	admin, seqKey := testKey(100), testKey(101)
	eth := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	alloc := types.GenesisAlloc{crypto.PubkeyToAddress(admin.PublicKey): {Balance: eth}, crypto.PubkeyToAddress(seqKey.PublicKey): {Balance: eth}}
	for i := range testKeys {
		alloc[testAddr(i)] = types.Account{Balance: eth}
	}
	n := &testNet{t: t, l1: simchain.New(alloc), nonces: map[int]uint64{}}
	t.Cleanup(func() { n.l1.Close() })
	genesis := &rollup.Genesis{Time: 1, Issued: uint256.NewInt(1e18)}
	_, gh, _, err := genesis.State()
	must(t, err)
	n.dep, err = deploy.Deploy(ctx, n.l1, opts(admin), deploy.Config{L2ChainID: testChainID, Sequencer: crypto.PubkeyToAddress(seqKey.PublicKey),
		GenesisHolder: crypto.PubkeyToAddress(admin.PublicKey), InitialSupply: big.NewInt(1e18), GenesisStateRoot: gh.StateRoot,
		FinalizationPeriod: time.Hour})
	must(t, err)
	n.send(admin, n.dep.NRN.Instance, n.dep.NRN.Binding.PackApprove(n.dep.Bridge.Address, big.NewInt(testKeys*testFund)))
	for i := range testKeys {
		n.send(admin, n.dep.Bridge.Instance, n.dep.Bridge.Binding.PackDeposit(testAddr(i), big.NewInt(testFund)))
	}
	verifier, tx, err := bind.DeployContract(opts(admin), acceptAll, n.l1, nil)
	must(t, err)
	_, err = bind.WaitDeployed(ctx, n.l1, tx.Hash())
	must(t, err)
	circuit, err := rolluptest.HashProofs{}.CircuitID(&rollup.MLSCSpec{SampleCount: sampleCount})
	must(t, err)
	n.send(admin, n.dep.Rollup.Instance, n.dep.Rollup.Binding.PackSetVerifier(circuit, verifier))
	n.l1.Commit() // one block on top: the deposits are confirmed
	n.l1c = l1client.New(n.l1, n.dep, n.dep.Block, 1, opts(seqKey))

	chain := &rollup.Config{ChainID: testChainID, Rollup: n.dep.Rollup.Address, GenesisTime: 1, MinStake: uint256.NewInt(10),
		MinBounty: uint256.NewInt(1), RewardDivisor: 100000, HalvingSeconds: rollup.HalvingSeconds4Years, Verifier: rolluptest.HashProofs{}}
	n.cfg = sequencer.Config{DataDir: t.TempDir(), BlockTime: 5 * time.Millisecond, MaxBlockTxs: 10000, BatchBlocks: 1 << 40,
		MempoolPerAccount: 1 << 10, MempoolMax: 1 << 16, Chain: chain, Genesis: genesis}
	store := da.NewMemory()
	seq, err := sequencer.New(n.cfg, sequencer.Deps{DA: store, L1: n.l1c})
	must(t, err)
	must(t, seq.Start(ctx))
	for deadline := time.Now().Add(time.Minute); ; {
		var consumed uint64
		_ = seq.View(func(st *rollup.State, _ *rollup.Header) error { consumed = st.Globals().DepositsConsumed; return nil })
		if consumed == testKeys {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d deposits credited after a minute", consumed, testKeys)
		}
		time.Sleep(10 * time.Millisecond)
	}
	must(t, seq.Stop(ctx))
	n.cfg.BlockTime = time.Hour
	n.seq, err = sequencer.New(n.cfg, sequencer.Deps{DA: store, Poster: n.l1c})
	must(t, err)
	h, err := sequencer.NewRPCHandler(n.seq)
	must(t, err)
	n.rpc = httptest.NewServer(h)
	n.client, err = rpcclient.Dial(ctx, n.rpc.URL)
	must(t, err)
	t.Cleanup(func() {
		n.client.Close()
		n.rpc.Close()
		_ = n.seq.Stop(context.Background())
	})
	return n
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// send sends L1 calldata from k and waits for a successful receipt.
func (n *testNet) send(k *ecdsa.PrivateKey, c *bind.BoundContract, data []byte) *types.Receipt {
	n.t.Helper()
	ctx := context.Background()
	tx, err := bind.Transact(c, opts(k), data)
	must(n.t, err)
	rc, err := bind.WaitMined(ctx, n.l1, tx.Hash())
	must(n.t, err)
	if rc.Status != types.ReceiptStatusSuccessful {
		n.t.Fatalf("L1 transaction %s reverted", tx.Hash())
	}
	return rc
}

// sign signs d for test key i with its next nonce.
func (n *testNet) sign(i int, d func(nonce uint64) rollup.TxData) *rollup.Tx {
	n.t.Helper()
	tx, err := rollup.SignTx(d(n.nonces[i]), testChainID, testKey(i))
	must(n.t, err)
	n.nonces[i]++
	return tx
}

func (n *testNet) transfer(from, to int, amount uint64) *rollup.Tx {
	return n.sign(from, func(nonce uint64) rollup.TxData {
		return &rollup.Transfer{Nonce: nonce, To: testAddr(to), Amount: uint256.NewInt(amount)}
	})
}

// step admits txs through the RPC and makes a block that must hold them all.
func (n *testNet) step(txs ...*rollup.Tx) *rollup.Block {
	n.t.Helper()
	ctx := context.Background()
	for _, tx := range txs {
		_, err := n.client.SendTx(ctx, tx)
		must(n.t, err)
	}
	blk, err := n.seq.ProduceBlock(ctx)
	must(n.t, err)
	if len(blk.Txs) != len(txs) {
		n.t.Fatalf("block %d holds %d of %d transactions", blk.Header.Number, len(blk.Txs), len(txs))
	}
	return blk
}

// seal seals every unbatched block into one batch.
func (n *testNet) seal() {
	n.t.Helper()
	must(n.t, n.seq.MaybeSealBatch(context.Background(), true))
}

// post settles the sealed batches on L1.
func (n *testNet) post() {
	n.t.Helper()
	must(n.t, n.seq.PostBatches(context.Background()))
}

func (n *testNet) phase(id uint64) rollup.Phase {
	var p rollup.Phase
	_ = n.seq.View(func(st *rollup.State, _ *rollup.Header) error { m, _ := st.MLSC(id); p = m.Phase; return nil })
	return p
}

func (n *testNet) until(id uint64, p rollup.Phase) {
	n.t.Helper()
	for i := 0; n.phase(id) != p; i++ {
		if i > 50 {
			n.t.Fatalf("MLSC %d never reached %s", id, p)
		}
		n.step()
	}
}

// scenario is what populate made, for the tests to look for.
type scenario struct {
	mlsc         uint64
	transfer     common.Hash
	proofTx      common.Hash
	proofBlock   uint64
	withdrawal   common.Hash
	withdrawalID uint64
	claimBatch   uint64
}

// populate makes a chain with everything the pages show: transfers, a
// withdrawal claimed on L1, an MLSC whose round 1 is proven (its reveal's
// CIDs and dataset CID hostile strings) and round 2 claimed but not proven,
// batches finalized on L1 and one submitted after them.
func (n *testNet) populate() *scenario {
	n.t.Helper()
	ctx := context.Background()
	s := &scenario{}
	tr := n.transfer(0, 1, 1000)
	s.transfer = tr.Hash()
	n.step(tr, n.transfer(1, 2, 500))
	w := n.sign(2, func(nonce uint64) rollup.TxData {
		return &rollup.Withdraw{Nonce: nonce, To: testAddr(2), Amount: uint256.NewInt(300)}
	})
	s.withdrawal = w.Hash()
	n.step(w)
	n.seal()
	n.post()

	spec := rollup.MLSCSpec{Layers: []uint32{16, 8, 4}, Loss: 1, DatasetCID: []byte(hostileDataset), DatasetSize: 256,
		Optimizer: uint8(rollup.OptSGD), LearningRate: 10000, BatchSize: 16, Epochs: 1, SampleCount: sampleCount,
		CommitBlocks: 2, RevealBlocks: 2, ProofBlocks: 6, MaxRounds: 3}
	var id uint64
	_ = n.seq.View(func(st *rollup.State, _ *rollup.Header) error { id = st.Globals().NextMLSC; return nil })
	s.mlsc = id
	n.step(n.sign(1, func(nonce uint64) rollup.TxData { return &rollup.Stake{Nonce: nonce, Amount: uint256.NewInt(100)} }),
		n.sign(0, func(nonce uint64) rollup.TxData {
			return &rollup.CreateMLSC{Nonce: nonce, Spec: spec, Bounty: uint256.NewInt(1_000_000)}
		}))
	for round, loss := range []uint64{3 << 16 * 256, 2 << 16 * 256} {
		r := uint64(round + 1)
		wc, trace, salt := common.Hash{1, byte(r)}, common.Hash{2, byte(r)}, common.Hash{3, byte(r)}
		n.step(n.sign(1, func(nonce uint64) rollup.TxData {
			return &rollup.Commit{Nonce: nonce, MLSC: id, Round: r, Commitment: rollup.CommitmentHash(id, r, wc, trace, loss, testAddr(1), salt)}
		}))
		n.until(id, rollup.PhaseReveal)
		n.step(n.sign(1, func(nonce uint64) rollup.TxData {
			return &rollup.Reveal{Nonce: nonce, MLSC: id, Round: r, CheckpointCID: []byte(hostileCID), WeightCommitment: wc,
				TraceCID: []byte(hostileCID), TraceRoot: trace, ClaimedLossSum: loss, Salt: salt}
		}))
		n.until(id, rollup.PhaseProof)
		if r == 2 {
			break // round 2 waits for a proof that does not come
		}
		claim, err := n.client.Claim(ctx, id, r)
		must(n.t, err)
		d := rolluptest.ClaimDigest(claim)
		proof := n.sign(2, func(nonce uint64) rollup.TxData {
			return &rollup.LossProof{Nonce: nonce, MLSC: id, Round: r, Proof: d[:]}
		})
		s.proofTx = proof.Hash()
		s.proofBlock = n.step(proof).Header.Number
		n.seal()
		n.post()
		n.until(id, rollup.PhaseCommit) // the block starts after the proof settle the round: round 2
	}
	n.seal()
	n.post()

	// The batches so far are final an hour and a block later: claim the
	// withdrawal.
	must(n.t, n.l1.AdjustTime(2*time.Hour))
	n.l1.Commit()
	p, err := n.client.WithdrawalProof(ctx, 0)
	must(n.t, err)
	s.withdrawalID, s.claimBatch = uint64(p.ID), uint64(p.BatchIndex)
	proof := make([][32]byte, len(p.Proof))
	for i, h := range p.Proof {
		proof[i] = h
	}
	br := n.dep.Bridge
	rec, err := batchrecord.Read(ctx, n.l1, n.dep.Rollup.Address, n.dep.Block, uint64(p.BatchIndex))
	must(n.t, err)
	n.send(testKey(2), br.Instance, br.Binding.PackClaimWithdrawal(rec, uint64(p.ID), p.From, p.To, p.Amount.ToInt(), proof))

	// One more batch, submitted but not final, and a block not sealed.
	n.step(n.transfer(0, 2, 7))
	n.seal()
	n.post()
	n.step()
	return s
}

// newTestExplorer serves an explorer of the test net.
func (n *testNet) explorer(refresh time.Duration) (*Explorer, *httptest.Server) {
	n.t.Helper()
	e, err := New(Config{RPCURL: n.rpc.URL, L1URL: "simulated L1", Rollup: n.dep.Rollup.Address, Bridge: n.dep.Bridge.Address,
		DeployBlock: n.dep.Block, Refresh: refresh}, Deps{L2: n.client, L1: n.l1, Log: testLog(n.t)})
	must(n.t, err)
	srv := httptest.NewServer(e)
	n.t.Cleanup(srv.Close)
	return e, srv
}

// testLog logs through t.
func testLog(t testing.TB) log.Logger {
	return log.NewLogger(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

type tWriter struct{ t testing.TB }

func (w tWriter) Write(b []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(b)))
	return len(b), nil
}
