package trainer

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcclient"
	"github.com/neuron-rollup/neuron/sequencer"
)

const testChainID = 4343

// testExamples is a small, learnable 3-class problem: the label is the
// largest of the first three inputs.
func testExamples(n, width int, seed uint64) []mlp.Example {
	r := rand.New(rand.NewPCG(seed, 1))
	out := make([]mlp.Example, n)
	for i := range out {
		x := make([]int64, width)
		for j := range x {
			x[j] = r.Int64N(fixedpoint.One + 1)
		}
		lab := 0
		for j := 1; j < 3; j++ {
			if x[j] > x[lab] {
				lab = j
			}
		}
		out[i] = mlp.Example{X: x, Label: lab}
	}
	return out
}

// testSpec stores a dataset of n examples in store and returns an MLSC spec
// over it.
func testSpec(t testing.TB, store da.Store, n int) rollup.MLSCSpec {
	t.Helper()
	exs := testExamples(n, 6, 7)
	c, err := dataset.Write(context.Background(), store, exs, dataset.Options{Classes: 3, ChunkExamples: 50})
	require.NoError(t, err)
	root, err := dataset.Root(exs, 0)
	require.NoError(t, err)
	return rollup.MLSCSpec{
		Layers: []uint32{6, 8, 3}, Loss: uint8(mlp.SquaredError),
		DatasetCID: c.Bytes(), DatasetRoot: root.Bytes(), DatasetSize: uint64(n),
		Optimizer: uint8(rollup.OptSGD), LearningRate: 50000, BatchSize: 8, Epochs: 3,
		SampleCount: 4, CommitBlocks: 60, RevealBlocks: 60, ProofBlocks: 5, MaxRounds: 2,
	}
}

// anySpec is a test chain's verifier: every spec is supported, no proof
// verifies (rounds end by slashing, which these tests do not reach or mind).
type anySpec struct{}

func (anySpec) CircuitID(*rollup.MLSCSpec) (common.Hash, error) {
	return crypto.Keccak256Hash([]byte("any")), nil
}
func (anySpec) Supports(*rollup.MLSCSpec) error { return nil }
func (anySpec) Verify(*rollup.MLSCSpec, *rollup.Claim, []byte) error {
	return fmt.Errorf("test chain verifies no proofs")
}
func (anySpec) PublicInput(*rollup.MLSCSpec, *rollup.Claim) (common.Hash, error) {
	return common.Hash{}, fmt.Errorf("test chain verifies no proofs")
}

// fundingL1 is an L1 whose confirmed history holds one deposit per key.
type fundingL1 struct{ deps []*rollup.Deposit }

func (f *fundingL1) ConfirmedHead(context.Context) (uint64, common.Hash, error) {
	return 1, common.Hash{1}, nil
}

func (f *fundingL1) Deposits(_ context.Context, from, _ uint64) ([]*rollup.Deposit, error) {
	if from >= uint64(len(f.deps)) {
		return nil, nil
	}
	return f.deps[from:], nil
}

func testKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("trainer-test-key-%d", i))))
	if err != nil {
		panic(err)
	}
	return k
}

// chain is an in-process sequencer behind its real RPC handler, served over
// HTTP at url. pause and resume restart the sequencer on its data directory
// without and with block production.
type chain struct {
	seq    *sequencer.Sequencer
	client *rpcclient.Client
	blocks RPCBlocks
	url    string
	da     *da.Memory
	keys   []*ecdsa.PrivateKey // key 0 creates MLSCs; the others train

	cfg     sequencer.Config
	deps    sequencer.Deps
	handler atomic.Pointer[http.Handler]
}

// pause stops block production: the sequencer is reopened on its data
// directory and serves RPC (and admits transactions) but is not started.
func (c *chain) pause(t *testing.T) {
	t.Helper()
	require.NoError(t, c.seq.Stop(context.Background()))
	seq, err := sequencer.New(c.cfg, c.deps)
	require.NoError(t, err)
	c.serve(t, seq)
}

// resume starts block production again after pause.
func (c *chain) resume(t *testing.T) {
	t.Helper()
	require.NoError(t, c.seq.Start(context.Background()))
}

func (c *chain) serve(t *testing.T, seq *sequencer.Sequencer) {
	h, err := sequencer.NewRPCHandler(seq)
	require.NoError(t, err)
	c.seq = seq
	c.handler.Store(&h)
}

func newChain(t *testing.T, trainers int, funds uint64) *chain {
	t.Helper()
	return newChainWith(t, trainers, funds, nil)
}

// newChainWith is newChain with the chain rules changed by edit (nil: none).
func newChainWith(t *testing.T, trainers int, funds uint64, edit func(*rollup.Config)) *chain {
	t.Helper()
	ctx := context.Background()
	keys := make([]*ecdsa.PrivateKey, trainers+1)
	l1 := &fundingL1{}
	for i := range keys {
		keys[i] = testKey(i)
		a := crypto.PubkeyToAddress(keys[i].PublicKey)
		l1.deps = append(l1.deps, &rollup.Deposit{L1Nonce: uint64(i), From: a, To: a, Amount: uint256.NewInt(funds)})
	}
	store := da.NewMemory()
	cfg := sequencer.Config{
		DataDir: t.TempDir(), BlockTime: 20 * time.Millisecond, MaxBlockTxs: 1000, BatchBlocks: 1 << 30,
		MempoolPerAccount: 64, MempoolMax: 1024,
		Chain: &rollup.Config{ChainID: testChainID, MinStake: uint256.NewInt(100), RewardDivisor: 100000,
			HalvingSeconds: rollup.HalvingSeconds4Years, Verifier: anySpec{}},
		Genesis: &rollup.Genesis{Time: 1, Issued: uint256.NewInt(1e18)},
	}
	if edit != nil {
		edit(cfg.Chain)
	}
	c := &chain{da: store, keys: keys, cfg: cfg, deps: sequencer.Deps{Log: log.NewLogger(log.DiscardHandler()), DA: store, L1: l1}}
	seq, err := sequencer.New(cfg, c.deps)
	require.NoError(t, err)
	require.NoError(t, seq.Start(ctx))
	c.serve(t, seq)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		(*c.handler.Load()).ServeHTTP(w, r)
	}))
	rc, err := rpc.DialContext(ctx, srv.URL)
	require.NoError(t, err)
	c.client, c.blocks, c.url = rpcclient.NewClient(rc), RPCBlocks{C: rc}, srv.URL
	t.Cleanup(func() {
		rc.Close()
		srv.Close()
		require.NoError(t, c.seq.Stop(ctx))
	})
	return c
}

// createMLSC has key 0 open an MLSC over spec and returns its id.
func (c *chain) createMLSC(t *testing.T, spec rollup.MLSCSpec) uint64 {
	t.Helper()
	ctx := context.Background()
	require.Eventually(t, func() bool {
		acc, err := c.client.Account(ctx, crypto.PubkeyToAddress(c.keys[0].PublicKey))
		return err == nil && acc.Balance.ToInt().Sign() > 0
	}, 10*time.Second, 20*time.Millisecond, "deposits never arrived")
	acc, err := c.client.Account(ctx, crypto.PubkeyToAddress(c.keys[0].PublicKey))
	require.NoError(t, err)
	tx, err := rollup.SignTx(&rollup.CreateMLSC{Nonce: uint64(acc.Nonce), Spec: spec, Bounty: uint256.NewInt(10)}, testChainID, c.keys[0])
	require.NoError(t, err)
	h, err := c.client.SendTx(ctx, tx)
	require.NoError(t, err)
	rc, err := c.client.WaitTx(ctx, h)
	require.NoError(t, err)
	require.NotNil(t, rc.MLSC)
	return *rc.MLSC
}

func testLogger(t *testing.T) log.Logger {
	return log.NewLogger(log.NewTerminalHandlerWithLevel(testWriter{t}, log.LevelInfo, false))
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(string(p[:len(p)-1]))
	return len(p), nil
}

func testConfig(dir string) Config {
	cfg := DefaultConfig()
	cfg.DataDir = dir
	cfg.PollInterval = 30 * time.Millisecond
	cfg.TxTimeout = 10 * time.Second
	cfg.MinStake = uint256.NewInt(100)
	cfg.Threads = 1
	return cfg
}

func newDaemon(t *testing.T, c *chain, key *ecdsa.PrivateKey, cfg Config) *Daemon {
	t.Helper()
	d, err := New(cfg, Deps{Log: testLogger(t), Key: key, Sequencer: c.client, Blocks: c.blocks, DA: c.da})
	require.NoError(t, err)
	return d
}

// waitClaim waits until the daemon's claim for (mlsc, round) reaches state.
func waitClaim(t *testing.T, d *Daemon, mlsc, round uint64, state ClaimState, within time.Duration) ClaimSummary {
	t.Helper()
	var got ClaimSummary
	require.Eventually(t, func() bool {
		for _, c := range d.Health().Claims {
			if c.MLSC == mlsc && c.Round == round && c.State == state {
				got = c
				return true
			}
		}
		return false
	}, within, 10*time.Millisecond, "claim for MLSC %d round %d never %s; health %+v", mlsc, round, state, d.Health())
	return got
}

func counterValue(t *testing.T, m *Metrics, name string) float64 {
	t.Helper()
	mfs, err := m.Registry.Gather()
	require.NoError(t, err)
	var sum float64
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, x := range mf.GetMetric() {
			if x.Counter != nil {
				sum += x.Counter.GetValue()
			}
			if x.Gauge != nil {
				sum += x.Gauge.GetValue()
			}
		}
	}
	return sum
}

func newMemory() *da.Memory { return da.NewMemory() }

// dummySeq is a SequencerClient for tests that never reach the sequencer.
type dummySeq struct{ SequencerClient }
