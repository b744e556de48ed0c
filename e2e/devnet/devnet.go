// Package devnet runs the whole Neuron system in one process on embedded
// defaults: an in-process L1 (ethclient/simulated) with the contracts
// deployed, the DA store, the sequencer with its JSON-RPC, the prover and two
// trainers. It posts a sample MLSC on a small generated dataset, moves a
// deposit L1→L2 and a withdrawal L2→L1, and runs rounds until stopped or
// until the asked number of rounds is settled on L1; with Rounds the MLSC
// completes after them and its model is minted on L1 (ModelNFT), from the
// final batch that carries its completion message. With Config.Delta it
// also evolves the training set: a delta proposed after round 1, voted by
// two holders, applied at the end of a short epoch, then proven on.
//
// Every key here is derived from a public string: the devnet is for
// development only.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"math/rand"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/chainfile"
	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/fsstore"
	"github.com/neuron-rollup/neuron/explorer"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/l1/l1client"
	"github.com/neuron-rollup/neuron/l1/simchain"
	"github.com/neuron-rollup/neuron/prover"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcclient"
	"github.com/neuron-rollup/neuron/sequencer"
	"github.com/neuron-rollup/neuron/trainer"
)

// Config configures a devnet run.
type Config struct {
	DataDir   string        // wiped at start
	Rounds    int           // stop once this many rounds are settled on L1; 0 = run until ctx ends
	BlockTime time.Duration // L2 block time
	RPCAddr   string        // sequencer JSON-RPC listen address; "" = 127.0.0.1:0
	// ExplorerAddr is where the web explorer listens ("" = no explorer;
	// port 0 picks one).
	ExplorerAddr string
	KeyDir       string // devnet proving key directory (sampledloss.DevnetKeyDir from the repo root)
	// Model is ModelToy ("" too) or ModelFMNIST.
	Model string
	// FMNISTDir holds the Fashion-MNIST IDX files (scripts/fetch-fashion-mnist.sh);
	// FMNISTExamples limits the training images used (0: all 60,000).
	FMNISTDir      string
	FMNISTExamples int
	// KeyCache is the root of the cached proving keys of ModelFMNIST
	// (sampledloss.KeyCacheDir).
	KeyCache string
	// DeltaPeriod is the training-set epoch in L2 blocks (0:
	// DefaultDeltaPeriod).
	DeltaPeriod uint64
	// Delta: after round 1 the user proposes a delta of the training set
	// (a few examples removed, a few added), the user and a second holder
	// vote for it, and the run goes on until it is applied and a round on
	// the new set is verified on L1.
	Delta bool
	Out   io.Writer  // progress lines; nil = discard
	Log   log.Logger // component logs; nil = discard
}

// Check validates the config.
func (c *Config) Check() error {
	var errs []error
	if c.DataDir == "" {
		errs = append(errs, errors.New("devnet: data dir unset"))
	}
	if c.Rounds < 0 {
		errs = append(errs, fmt.Errorf("devnet: rounds %d is negative", c.Rounds))
	}
	if c.BlockTime <= 0 {
		errs = append(errs, fmt.Errorf("devnet: block time %s must be positive", c.BlockTime))
	}
	if c.KeyDir == "" {
		errs = append(errs, errors.New("devnet: proving key dir unset"))
	}
	switch c.Model {
	case "", ModelToy:
	case ModelFMNIST:
		if c.FMNISTDir == "" {
			errs = append(errs, errors.New("devnet: Fashion-MNIST directory unset"))
		}
		if c.KeyCache == "" {
			errs = append(errs, errors.New("devnet: proving key cache unset"))
		}
		if c.FMNISTExamples < 0 {
			errs = append(errs, fmt.Errorf("devnet: %d Fashion-MNIST examples", c.FMNISTExamples))
		}
	default:
		errs = append(errs, fmt.Errorf("devnet: unknown model %q (want %s or %s)", c.Model, ModelToy, ModelFMNIST))
	}
	if c.DeltaPeriod > rollup.MaxPeriod {
		errs = append(errs, fmt.Errorf("devnet: delta period %d blocks above the most, %d", c.DeltaPeriod, rollup.MaxPeriod))
	}
	if c.Delta && c.DeltaPeriod != 0 && c.DeltaPeriod <= deltaMargin {
		errs = append(errs, fmt.Errorf("devnet: delta period %d blocks leaves no time to propose and vote (want more than %d)", c.DeltaPeriod, deltaMargin))
	}
	return errors.Join(errs...)
}

// Summary is what a finished run reports.
type Summary struct {
	RoundsSettled      int    `json:"rounds_settled"`
	ProofsVerifiedOnL1 int    `json:"proofs_verified_on_l1"`
	BatchesSettled     int    `json:"batches_settled"`
	Deposits           int    `json:"deposits"`
	WithdrawalsClaimed int    `json:"withdrawals_claimed"`
	VerifyGasPerProof  int    `json:"verify_gas_per_proof"`
	BestLossSum        uint64 `json:"best_loss_sum"`
	L2Height           uint64 `json:"l2_height"`
	L1GasUsed          uint64 `json:"l1_gas_used"`
	ElapsedSeconds     int    `json:"elapsed_seconds"`
	// DeltasApplied counts the training-set deltas applied; ProposerRewards
	// the proposer rewards paid for them, ProposerRewardWei their sum.
	DeltasApplied     int    `json:"deltas_applied"`
	ProposerRewards   int    `json:"proposer_rewards"`
	ProposerRewardWei string `json:"proposer_reward_wei"`
	// NewSetProofsOnL1 counts the loss proofs L1 verified for rounds on the
	// training set a delta made, each checked against its dataset root.
	NewSetProofsOnL1 int `json:"new_set_proofs_verified_on_l1"`
	// ModelsMinted counts the ModelNFT tokens minted on L1 (ModelMinted
	// events): the devnet mints its MLSC's model once the MLSC completes
	// and the batch with its completion message is final.
	ModelsMinted int `json:"models_minted"`
	// MintGas is the L1 gas of the devnet's ModelNFT.mint (0: none yet).
	MintGas uint64 `json:"mint_gas"`
	// ModelUses counts the paid uses of the devnet MLSC's finished model
	// (the use-model transactions applied: its ModelPool.Uses).
	ModelUses uint64 `json:"model_uses"`
	// FeesPaid is the total L2 fee, in wei NRN, that the run's transactions
	// paid: the sum of rollup.Receipt.Fee over every receipt of every L2
	// block (deposits and loss proofs pay none). FeePayingTxs counts the
	// receipts with a fee.
	FeesPaid     string `json:"fees_paid"`
	FeePayingTxs int    `json:"fee_paying_txs"`
	// ShareWithdrawals are the fee shares of the model's use withdrawn to
	// L1: the creator's (credited at the use) and each winning trainer's
	// (claimed with claim-earnings), each with its L1 NRN balance just
	// before and after its Bridge claim.
	ShareWithdrawals []ShareWithdrawal `json:"share_withdrawals"`
	// ProverRewardWei is what the prover earned, in wei NRN: the L2 balance
	// of its reward address (prover.Config.RewardTo), which nothing else
	// pays; ProverKeyWei is its signing key's balance, which stays 0 (a
	// loss proof pays no L2 fee, and the reward goes elsewhere).
	ProverRewardWei string `json:"prover_reward_wei"`
	ProverKeyWei    string `json:"prover_key_wei"`
}

// ShareWithdrawal is one fee share withdrawn L2→L1 and claimed on L1; the
// amounts are wei NRN in decimal.
type ShareWithdrawal struct {
	Role     string         `json:"role"` // "creator" or "trainer"
	Account  common.Address `json:"account"`
	Share    string         `json:"share"`
	L1Before string         `json:"l1_before"`
	L1After  string         `json:"l1_after"`
}

const (
	l2ChainID   = 424242
	nrnDecimals = 18
	datasetSize = 256
)

// confirmations is the devnet's deposit depth. Real networks credit deposits
// at L1 finality (l1client.Finalized), but the simulated beacon finalizes
// only every 32nd block (simchain.FinalizedAt) and the devnet's L1 mines one
// block a second, so finality would hold each deposit up to 32 s; the
// in-process L1 never reorgs, so 2 blocks lose nothing here.
const confirmations = 2

func nrn(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(nrnDecimals), nil))
}

// devKey derives a public, development-only key.
func devKey(name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("neuron-devnet-insecure/" + name)))
	if err != nil {
		panic(err)
	}
	return k
}

type actor struct {
	name string
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newActor(name string) actor {
	k := devKey(name)
	return actor{name: name, key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
}

func (a actor) opts() *bind.TransactOpts {
	return bind.NewKeyedTransactor(a.key, big.NewInt(simchain.ChainID))
}

// net is one running devnet.
type network struct {
	cfg   Config
	out   io.Writer
	log   log.Logger
	start time.Time

	admin, seqr, prv, user actor
	holder                 actor // a second NRN holder, voting on the delta
	customer               actor // pays to use the finished model
	rewards                actor // the prover's --reward-address: paid its share of each round
	trainers               []actor

	chain    *simchain.Chain
	dep      *deploy.Deployment
	store    da.Store
	seq      *sequencer.Sequencer
	rpc      *http.Server
	rpcURL   string
	explorer *explorer.Server
	client   *rpcclient.Client
	prover   *prover.Service
	daemons  []*trainer.Daemon
	mlscID   uint64
	model    *model
	gasMu    sync.Mutex
	l1Gas    uint64
	wg       sync.WaitGroup
	cancelL1 context.CancelFunc
}

// Run starts the devnet and blocks until ctx ends or cfg.Rounds rounds are
// settled on L1, then stops everything and returns the summary.
func Run(ctx context.Context, cfg Config) (*Summary, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	n := &network{cfg: cfg, out: cfg.Out, log: cfg.Log, start: time.Now(),
		admin: newActor("admin"), seqr: newActor("sequencer"), prv: newActor("prover"), user: newActor("user"), holder: newActor("holder"), customer: newActor("customer"), rewards: newActor("prover-rewards"),
		trainers: []actor{newActor("trainer-1"), newActor("trainer-2")}}
	if n.out == nil {
		n.out = io.Discard
	}
	if n.log == nil {
		n.log = log.NewLogger(slog.DiscardHandler)
	}
	if err := os.RemoveAll(cfg.DataDir); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		return nil, err
	}
	sum, err := n.run(ctx)
	return sum, errors.Join(err, n.stop())
}

func (n *network) printf(format string, args ...any) {
	fmt.Fprintf(n.out, "[%6.1fs] ", time.Since(n.start).Seconds())
	fmt.Fprintf(n.out, format+"\n", args...)
}

func (n *network) run(ctx context.Context) (*Summary, error) {
	steps := []struct {
		name string
		fn   func(context.Context) error
	}{
		{"model", n.initModel},
		{"L1", n.initL1},
		{"DA", n.initDA},
		{"sequencer", n.initSequencer},
		{"explorer", n.initExplorer},
		{"funding", n.initFunding},
		{"MLSC", n.initMLSC},
		{"prover", n.initProver},
		{"trainers", n.initTrainers},
	}
	for _, s := range steps {
		if err := s.fn(ctx); err != nil {
			return nil, fmt.Errorf("init %s: %w", s.name, err)
		}
	}
	return n.loop(ctx)
}

func (n *network) initL1(ctx context.Context) error {
	alloc := types.GenesisAlloc{}
	eth := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	for _, a := range append([]actor{n.admin, n.seqr, n.prv, n.user}, n.trainers...) {
		alloc[a.addr] = types.Account{Balance: eth}
	}
	n.chain = simchain.New(alloc)
	genesis := n.genesis()
	_, gh, _, err := genesis.State()
	if err != nil {
		return err
	}
	var verifiers map[string]*sampledloss.BatchVerifierKey
	if n.model.batchKey != nil {
		verifiers = map[string]*sampledloss.BatchVerifierKey{n.model.params.String(): n.model.batchKey}
	}
	n.dep, err = deploy.Deploy(ctx, n.chain, n.admin.opts(), deploy.Config{
		L2ChainID: l2ChainID, Devnet: true, Sequencer: n.seqr.addr, GenesisHolder: n.admin.addr, InitialSupply: nrn(1_000_000_000),
		GenesisStateRoot: gh.StateRoot, FinalizationPeriod: 2 * time.Second, Verifiers: verifiers,
		Fees:          chainfile.DeployFees(rollup.DefaultFeeRule(n.seqr.addr)), // chainConfig's fees
		MinStake:      nrn(100),                                                 // and its MinStake
		SequencerBond: deploy.DefaultSequencerBond,                              // what a challenge would earn
		DeltaPeriod:   n.deltaPeriod(),                                          // and its training-set epoch
		// chainConfig's reward rule, which L1 re-executes an applied loss proof with.
		Reward: deploy.RewardRule{GenesisTime: uint64(n.start.Unix()), ProverBps: rollup.DefaultProverBps},
	})
	if err != nil {
		return err
	}
	// What nrn-sequencer checks at start: L1 re-executes steps with these rules.
	l2 := n.chainConfig()
	if err := n.dep.CheckMinStake(ctx, l2.MinStake.ToBig()); err != nil {
		return err
	}
	if err := n.dep.CheckDeltaRules(ctx, l2.MinDeltaDepositOrDefault().ToBig(), l2.DeltaPeriodOrDefault()); err != nil {
		return err
	}
	// The sequencer posts its bond: without it no batch settles.
	post := n.seqr.opts()
	post.Context, post.Value = ctx, deploy.DefaultSequencerBond
	tx, err := bind.Transact(n.dep.Rollup.Instance, post, n.dep.Rollup.Binding.PackPostBond())
	if err != nil {
		return fmt.Errorf("post the sequencer bond: %w", err)
	}
	n.chain.Commit()
	if rc, err := n.chain.TransactionReceipt(ctx, tx.Hash()); err != nil || rc.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("post the sequencer bond: tx %s: %v", tx.Hash(), err)
	}
	if err := n.dep.CheckBond(ctx); err != nil {
		return err
	}
	a := n.dep.Addresses()
	n.printf("L1 up (simulated, chain %d): NRN %s, Rollup %s, Bridge %s, LossVerifier %s", simchain.ChainID, a.NRN, a.Rollup, a.Bridge, a.LossVerifier)
	// L1 keeps producing blocks so deposits reach their confirmation depth.
	l1ctx, cancel := context.WithCancel(context.Background())
	n.cancelL1 = cancel
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-l1ctx.Done():
				return
			case <-t.C:
				n.chain.Commit()
			}
		}
	}()
	return nil
}

func (n *network) genesis() *rollup.Genesis {
	supply, _ := uint256.FromBig(nrn(1_000_000_000))
	return &rollup.Genesis{Time: uint64(n.start.Unix()), Issued: supply}
}

func (n *network) chainConfig() *rollup.Config {
	// L2 fees on, as a chain file that sets none has them (chainfile's
	// defaults), with the sequencer as fee recipient, as nrn deploy writes.
	return &rollup.Config{ChainID: l2ChainID, Rollup: n.dep.Rollup.Address, GenesisTime: uint64(n.start.Unix()), MinStake: uint256.MustFromBig(nrn(100)),
		RewardDivisor: 100_000, HalvingSeconds: rollup.HalvingSeconds4Years, Verifier: n.model.verifier, DeltaPeriod: n.deltaPeriod(),
		Fees: rollup.DefaultFeeRule(n.seqr.addr), ProverBps: rollup.DefaultProverBps}
}

// deltaPeriod is the devnet's training-set epoch in blocks.
func (n *network) deltaPeriod() uint64 {
	if n.cfg.DeltaPeriod == 0 {
		return DefaultDeltaPeriod
	}
	return n.cfg.DeltaPeriod
}

func (n *network) initDA(ctx context.Context) error {
	st, err := fsstore.Open(fsstore.Options{Dir: filepath.Join(n.cfg.DataDir, "da")})
	if err != nil {
		return err
	}
	n.store = st
	return nil
}

func (n *network) initSequencer(ctx context.Context) error {
	l1c := l1client.New(n.chain, n.dep, n.dep.Block, confirmations, n.seqr.opts())
	seq, err := sequencer.New(sequencer.Config{
		DataDir: filepath.Join(n.cfg.DataDir, "sequencer"), BlockTime: n.cfg.BlockTime, MaxBlockTxs: 5000,
		BatchBlocks: 16, MempoolPerAccount: 64, MempoolMax: 10000, Chain: n.chainConfig(), Genesis: n.genesis(),
	}, sequencer.Deps{Log: n.log.New("svc", "sequencer"), DA: n.store, L1: l1c, Poster: &gasCounter{Client: l1c, n: n}})
	if err != nil {
		return err
	}
	n.seq = seq
	h, err := sequencer.NewRPCHandler(seq)
	if err != nil {
		return err
	}
	addr := n.cfg.RPCAddr
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	lis, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", addr, err)
	}
	n.rpc = &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = n.rpc.Serve(lis) }()
	n.rpcURL = "http://" + lis.Addr().String()
	if err := seq.Start(ctx); err != nil {
		return err
	}
	n.client, err = rpcclient.Dial(ctx, n.rpcURL)
	if err != nil {
		return err
	}
	n.printf("sequencer up: JSON-RPC %s (nrn_ namespace), block time %s", n.rpcURL, n.cfg.BlockTime)
	return nil
}

// initExplorer serves the web explorer over the sequencer's RPC and the
// in-process L1, if asked to.
func (n *network) initExplorer(ctx context.Context) error {
	if n.cfg.ExplorerAddr == "" {
		return nil
	}
	a := n.dep.Addresses()
	e, err := explorer.New(explorer.Config{RPCURL: n.rpcURL, L1URL: "in-process simulated L1", Rollup: a.Rollup, Bridge: a.Bridge,
		DeployBlock: n.dep.Block, Refresh: 2 * time.Second}, explorer.Deps{L2: n.client, L1: n.chain, Log: n.log.New("svc", "explorer")})
	if err != nil {
		return err
	}
	srv, err := explorer.Listen(e, n.cfg.ExplorerAddr, time.Second)
	if err != nil {
		return err
	}
	if err := srv.Start(ctx); err != nil {
		return err
	}
	n.explorer = srv
	n.printf("explorer up: %s", srv.URL())
	return nil
}

// gasCounter adds up the L1 gas of batch submissions.
type gasCounter struct {
	*l1client.Client
	n *network
}

func (g *gasCounter) PostBatch(ctx context.Context, hdr *rollup.BatchHeader, proofs []rollup.ProofRecord) (common.Hash, uint64, error) {
	h, blk, err := g.Client.PostBatch(ctx, hdr, proofs)
	if err == nil {
		if rc, rerr := g.n.chain.TransactionReceipt(ctx, h); rerr == nil {
			g.n.addGas(rc.GasUsed)
		}
	}
	return h, blk, err
}

func (n *network) addGas(g uint64) {
	n.gasMu.Lock()
	n.l1Gas += g
	n.gasMu.Unlock()
}

// send submits L1 calldata from a and waits for a successful receipt.
func (n *network) send(ctx context.Context, a actor, c *bind.BoundContract, data []byte) (*types.Receipt, error) {
	opts := a.opts()
	opts.Context = ctx
	tx, err := bind.Transact(c, opts, data)
	if err != nil {
		return nil, err
	}
	rc, err := bind.WaitMined(ctx, n.chain, tx.Hash())
	if err != nil {
		return nil, err
	}
	n.addGas(rc.GasUsed)
	if rc.Status != types.ReceiptStatusSuccessful {
		return rc, fmt.Errorf("L1 transaction %s reverted", tx.Hash())
	}
	return rc, nil
}

// deposit bridges amount NRN of a's L1 balance to a's L2 account.
func (n *network) deposit(ctx context.Context, from actor, amount *big.Int) error {
	nrnC, br := n.dep.NRN, n.dep.Bridge
	if _, err := n.send(ctx, n.admin, nrnC.Instance, nrnC.Binding.PackTransfer(from.addr, amount)); err != nil {
		return fmt.Errorf("fund %s on L1: %w", from.name, err)
	}
	if _, err := n.send(ctx, from, nrnC.Instance, nrnC.Binding.PackApprove(br.Address, amount)); err != nil {
		return fmt.Errorf("approve bridge for %s: %w", from.name, err)
	}
	if _, err := n.send(ctx, from, br.Instance, br.Binding.PackDeposit(from.addr, amount)); err != nil {
		return fmt.Errorf("deposit for %s: %w", from.name, err)
	}
	return nil
}

func (n *network) initFunding(ctx context.Context) error {
	for _, a := range append([]actor{n.user}, n.trainers...) {
		if err := n.deposit(ctx, a, nrn(10_000)); err != nil {
			return err
		}
	}
	n.printf("deposited 10000 NRN L1→L2 for user and both trainers; waiting for %d L1 confirmations", confirmations)
	for _, a := range append([]actor{n.user}, n.trainers...) {
		if err := n.waitBalance(ctx, a.addr, nrn(10_000)); err != nil {
			return err
		}
	}
	n.printf("deposits credited on L2")
	return nil
}

func (n *network) waitBalance(ctx context.Context, a common.Address, atLeast *big.Int) error {
	for {
		acc, err := n.client.Account(ctx, a)
		if err != nil {
			return err
		}
		if acc.Balance.ToInt().Cmp(atLeast) >= 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// sampleDataset is a small classification task: four Gaussian clusters in
// 16 dimensions, quantized to the fixed-point spec.
func sampleDataset() []mlp.Example { return clusterExamples(datasetSize, 0) }

// clusterExamples draws n examples of sampleDataset's clusters; seed 0 gives
// the dataset itself, others more examples of the same task.
func clusterExamples(n int, seed int64) []mlp.Example {
	rng := rand.New(rand.NewSource(7))
	const width, classes = 16, 4
	centers := make([][]float64, classes)
	for c := range centers {
		centers[c] = make([]float64, width)
		for i := range centers[c] {
			centers[c][i] = rng.Float64()*1.6 - 0.8
		}
	}
	if seed != 0 {
		rng = rand.New(rand.NewSource(7 + seed))
	}
	out := make([]mlp.Example, n)
	for i := range out {
		label := i % classes
		x := make([]int64, width)
		for j := range x {
			x[j] = fixedpoint.Quantize(float32(centers[label][j] + rng.NormFloat64()*0.35))
		}
		out[i] = mlp.Example{X: x, Label: label}
	}
	return out
}

func (n *network) initMLSC(ctx context.Context) error {
	m := n.model
	p := m.params
	// With Rounds the MLSC completes (max rounds) after the rounds the run
	// waits for, and the run mints its model on L1; with Delta it goes on
	// into rounds on the delta's new set.
	maxRounds := 1000
	switch {
	case n.cfg.Rounds > 0 && n.cfg.Delta:
		maxRounds = 10 * n.cfg.Rounds
	case n.cfg.Rounds > 0:
		maxRounds = n.cfg.Rounds
	}
	blocks := func(d time.Duration) uint64 { return uint64(max(1, int(d/n.cfg.BlockTime))) }
	spec := rollup.MLSCSpec{
		Optimizer: uint8(rollup.OptAdam), LearningRate: m.learningRate, BatchSize: m.batchSize, Epochs: m.epochs,
		CommitBlocks: blocks(m.commit), RevealBlocks: blocks(m.reveal), ProofBlocks: blocks(m.proof), MaxRounds: uint32(maxRounds),
		UseFee: uint256.MustFromBig(nrn(useFee)),
	}
	c, err := prover.PostDataset(ctx, n.store, p, m.examples, m.classes, &spec)
	if err != nil {
		return err
	}
	bounty, _ := uint256.FromBig(nrn(1000))
	rc, err := n.client.Submit(ctx, n.user.key, l2ChainID, func(nonce uint64) rollup.TxData {
		return &rollup.CreateMLSC{Nonce: nonce, Spec: spec, Bounty: bounty}
	})
	if err != nil {
		return err
	}
	n.mlscID = *rc.MLSC
	n.printf("user posted MLSC %d: MLP %s, dataset %s (%d examples, root %x…), k=%d, bounty 1000 NRN, use fee %d NRN",
		n.mlscID, p.Shape, c, len(m.examples), spec.DatasetRoot[:6], p.K, useFee)
	return nil
}

func (n *network) initProver(ctx context.Context) error {
	keyDir, m := n.cfg.KeyDir, n.model
	engine := prover.NewEngine(n.store, m.verifier, func(p sampledloss.Params) (*sampledloss.Keys, error) {
		switch {
		case p.String() != m.params.String():
			return nil, fmt.Errorf("devnet has keys for %s only", m.params)
		case m.keys != nil:
			return m.keys, nil
		}
		return sampledloss.LoadOrSetup(keyDir, p)
	})
	svc, err := prover.New(prover.Config{PollInterval: n.cfg.BlockTime, ChainID: l2ChainID, RewardTo: n.rewards.addr},
		prover.Deps{Log: n.log.New("svc", "prover"), Client: n.client, Engine: engine, Key: n.prv.key})
	if err != nil {
		return err
	}
	n.prover = svc
	return svc.Start(ctx)
}
