package driver_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/l1/l1client"
	"github.com/neuron-rollup/neuron/l1/simchain"
	"github.com/neuron-rollup/neuron/lightclient"
	"github.com/neuron-rollup/neuron/lightclient/driver"
	"github.com/neuron-rollup/neuron/lightclient/internal/testchain"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rollup/rolluptest"
)

const keys, fund = 3, 1_000_000

// net is a chain settled on a simulated L1 by a real sequencer through the
// L1 client, with its batches on an in-memory DA.
type net struct {
	t     *testing.T
	l1    *simchain.Chain
	dep   *deploy.Deployment
	c     *testchain.Chain
	da    *da.Memory
	lying *lyingPoster
}

// lyingPoster posts batches through the L1 client, with the state root
// changed for batch lieAt and the loss proofs left out of batch dropProofsAt
// (its header then commits to none): a sequencer made to lie.
type lyingPoster struct {
	*l1client.Client
	lieAt, dropProofsAt uint64
}

func (p *lyingPoster) PostBatch(ctx context.Context, h *rollup.BatchHeader, proofs []rollup.ProofRecord) (common.Hash, uint64, error) {
	c := *h
	if h.Index == p.lieAt {
		c.StateRoot[0] ^= 1
	}
	if h.Index == p.dropProofsAt {
		proofs, c.ProofsHash = nil, rollup.ProofsHash(nil)
	}
	return p.Client.PostBatch(ctx, &c, proofs)
}

// acceptAll is the creation code of a contract whose code is one STOP: a
// call to it succeeds and returns nothing, so as the Rollup's verifier of
// rolluptest.HashProofs' circuit it accepts every loss proof, which the STF
// checks natively.
var acceptAll = common.FromHex("0x600060005360016000f3")

func newNet(t *testing.T) *net {
	ctx := context.Background()
	admin, seqKey := testchain.Key(100), testchain.Key(101)
	addr := func(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
	eth := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	chain := simchain.New(types.GenesisAlloc{addr(admin): {Balance: eth}, addr(seqKey): {Balance: eth}})
	t.Cleanup(func() { chain.Close() })
	opts := func(k *ecdsa.PrivateKey) *bind.TransactOpts {
		return bind.NewKeyedTransactor(k, big.NewInt(simchain.ChainID))
	}
	_, gh, _, err := testchain.Genesis().State()
	require.NoError(t, err)
	dep, err := deploy.Deploy(ctx, chain, opts(admin), deploy.Config{L2ChainID: testchain.ChainID, Sequencer: addr(seqKey),
		GenesisHolder: addr(admin), InitialSupply: big.NewInt(1e18), GenesisStateRoot: gh.StateRoot})
	require.NoError(t, err)
	send := func(c *bind.BoundContract, data []byte) {
		tx, err := bind.Transact(c, opts(admin), data)
		require.NoError(t, err)
		rc, err := bind.WaitMined(ctx, chain, tx.Hash())
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, rc.Status)
	}
	send(dep.NRN.Instance, dep.NRN.Binding.PackApprove(dep.Bridge.Address, big.NewInt(keys*fund)))
	for i := range keys {
		send(dep.Bridge.Instance, dep.Bridge.Binding.PackDeposit(testchain.Addr(i), big.NewInt(fund)))
	}
	verifier, tx, err := bind.DeployContract(opts(admin), acceptAll, chain, nil)
	require.NoError(t, err)
	_, err = bind.WaitDeployed(ctx, chain, tx.Hash())
	require.NoError(t, err)
	circuit, err := rolluptest.HashProofs{}.CircuitID(&rollup.MLSCSpec{SampleCount: testchain.SampleCount})
	require.NoError(t, err)
	send(dep.Rollup.Instance, dep.Rollup.Binding.PackSetVerifier(circuit, verifier))
	chain.Commit() // one block on top: the deposits are confirmed
	client := l1client.New(chain, dep, dep.Block, 1, opts(seqKey))
	n := &net{t: t, l1: chain, dep: dep, da: da.NewMemory(), lying: &lyingPoster{Client: client, lieAt: ^uint64(0), dropProofsAt: ^uint64(0)}}
	n.c = testchain.New(t, testchain.Options{Dir: t.TempDir(), Keys: keys, Fund: fund, Rollup: dep.Rollup.Address,
		DA: n.da, L1: client, Poster: n.lying})
	return n
}

// batches makes count batches of transfers and a withdrawal and settles them.
func (n *net) batches(count int) {
	c := n.c
	c.Seal()
	for i := range count {
		c.Step(c.Transfer(0, 1, 10), c.Transfer(1, 2, 5))
		c.Step(c.Withdraw(2, uint64(1+i)), c.Transfer(0, 2, 1))
		c.Seal()
	}
	c.Post()
}

// proofBatch settles a batch with a loss proof (tx 0 of its last block
// but one) and returns the block.
func (n *net) proofBatch() uint64 {
	c := n.c
	proof := c.Round(0, 1, 2)
	c.Seal()
	num := c.Step(proof, c.Transfer(2, 0, 1)).Header.Number
	c.Step(c.Transfer(1, 0, 1))
	c.Seal()
	c.Post()
	return num
}

func (n *net) config(snapshot string) driver.Config {
	return driver.Config{Chain: n.c.Cfg, Genesis: n.c.Genesis, Snapshot: snapshot, DeployBlock: n.dep.Block}
}

func (n *net) run(cfg driver.Config) ([]driver.Line, error) {
	var lines []driver.Line
	err := driver.Run(context.Background(), cfg, driver.Deps{L1: driver.NewL1(n.l1, n.dep.Rollup.Address), DA: n.da,
		Out: func(l driver.Line) { lines = append(lines, l) }})
	return lines, err
}

// TestHonestChainResumes: a chain settled on L1 verifies, one line per
// batch; a second run resumes from the snapshot and verifies only the
// batches settled since.
func TestHonestChainResumes(t *testing.T) {
	n := newNet(t)
	n.batches(3)
	snap := filepath.Join(t.TempDir(), "lightclient.snap")
	lines, err := n.run(n.config(snap))
	require.NoError(t, err)
	require.Len(t, lines, 4, "the funding batch and three more")
	for i, l := range lines {
		require.Equal(t, uint64(i), l.Batch)
		t.Log(l)
	}
	require.Equal(t, uint64(1), lines[3].Withdrawals)

	n.batches(2)
	lines, err = n.run(n.config(snap))
	require.NoError(t, err)
	require.Len(t, lines, 2)
	require.Equal(t, uint64(4), lines[0].Batch)

	// Nothing new: a run reports nothing and succeeds.
	lines, err = n.run(n.config(snap))
	require.NoError(t, err)
	require.Empty(t, lines)

	// A fresh run from genesis that reports from batch 5 on only.
	cfg := n.config("")
	cfg.FromBatch = 5
	lines, err = n.run(cfg)
	require.NoError(t, err)
	require.Len(t, lines, 1)
	require.Equal(t, uint64(5), lines[0].Batch)
}

// TestLossProofsOnL1: the proofs L1 verified, read from its ProofVerified
// events, are those the blocks applied; a sequencer that settles a batch
// without its proof (a header committing to none) is caught at the proof's
// transaction.
func TestLossProofsOnL1(t *testing.T) {
	n := newNet(t)
	n.batches(1)
	n.proofBatch()
	lines, err := n.run(n.config(""))
	require.NoError(t, err)
	last := lines[len(lines)-1]
	require.Equal(t, 1, last.Proofs, "the proof batch: %v", last)

	n.lying.dropProofsAt = uint64(len(lines)) + 1 // the Round's batch comes first
	block := n.proofBatch()
	lines, err = n.run(n.config(""))
	var r *lightclient.Report
	require.ErrorAs(t, err, &r)
	t.Log(r)
	require.ErrorIs(t, err, lightclient.ErrProofs)
	require.Equal(t, n.lying.dropProofsAt, r.Batch)
	require.NotNil(t, r.Block)
	require.Equal(t, block, *r.Block)
	require.NotNil(t, r.Tx)
	require.Equal(t, 0, r.Tx.Index)
	require.Len(t, lines, int(r.Batch))
}

// TestLyingSequencerOnL1: a sequencer that settles a wrong state root is
// caught at that batch; so are DA bytes that are not the CID's.
func TestLyingSequencerOnL1(t *testing.T) {
	n := newNet(t)
	n.lying.lieAt = 2
	n.batches(2)
	lines, err := n.run(n.config(""))
	var r *lightclient.Report
	require.ErrorAs(t, err, &r)
	t.Log(r)
	require.ErrorIs(t, err, lightclient.ErrStateRoot)
	require.Equal(t, uint64(2), r.Batch)
	require.Len(t, lines, 2)

	b, err := n.c.Seq.Store().Batch(1)
	require.NoError(t, err)
	id, err := cid.Cast(b.CID)
	require.NoError(t, err)
	require.True(t, n.da.Tamper(id, []byte("not the batch")))
	_, err = n.run(n.config(""))
	require.ErrorAs(t, err, &r)
	require.ErrorIs(t, err, lightclient.ErrCID)
	require.Equal(t, uint64(1), r.Batch)
}
