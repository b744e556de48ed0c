package main

// Operator commands: a development L1, contract deployment, verifier registration and
// posting an MLSC from IDX files. With them the separate binaries (nrn-sequencer,
// nrn-prover, nrn-trainer) run a network outside the in-process devnet (e2e/TestBinaries).

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/ctxinterrupt"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/chainfile"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/da/backend"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/l1/simchain"
	"github.com/neuron-rollup/neuron/prover"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/trainer"
	"github.com/neuron-rollup/neuron/trainer/idx"
)

func opsCommands() []*cli.Command {
	return []*cli.Command{
		{
			Name:  "l1",
			Usage: "run a development L1 (simulated Ethereum, chain id 1337) with JSON-RPC over HTTP until interrupted",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "http.addr", Value: "127.0.0.1:8545", Usage: "JSON-RPC listen address (host:port)"},
				&cli.StringSliceFlag{Name: "fund", Usage: "address to give ether at genesis (repeatable or comma-separated)"},
				&cli.Uint64Flag{Name: "fund-eth", Value: 1000, Usage: "ether per funded address"},
				&cli.DurationFlag{Name: "block-time", Value: time.Second, Usage: "mine a block this often"},
			},
			Action: cmdL1,
		},
		{
			Name:  "deploy",
			Usage: "deploy NRN, Rollup, Bridge and a verifier per circuit of a chain-file template, and write the chain file",
			Flags: append([]cli.Flag{
				&cli.StringFlag{Name: "l1", Usage: "L1 JSON-RPC URL", Required: true, EnvVars: []string{"NRN_L1"}},
				&cli.StringFlag{Name: "template", Usage: "chain file without its l1 section: chain id, genesis, reward, verifying keys", Required: true},
				&cli.StringFlag{Name: "out", Usage: "write the complete chain file here", Required: true},
				&cli.StringFlag{Name: "sequencer", Usage: "the sequencer's L1 address (the only batch submitter)", Required: true},
				&cli.StringFlag{Name: "admin", Usage: "NRN admin and Rollup owner, a multisig on real networks (default: the deploying account); both change hands in two steps"},
				&cli.DurationFlag{Name: "admin-delay", Value: 0, Usage: "how long a started NRN admin transfer waits before the new admin may accept it (whole seconds)"},
				&cli.BoolFlag{Name: "devnet", Usage: "also deploy and register the INSECURE devnet verifier (committed devnet keys: whoever ran their setup can forge proofs); development chains only"},
				&cli.DurationFlag{Name: "finalization-period", Value: 7 * 24 * time.Hour, Usage: "how long after submission a batch is final (whole seconds)"},
				&cli.DurationFlag{Name: "da-challenge-window", Usage: "how long after submission a chunk of a batch's data may be challenged on L1 (default: half the finalization period)"},
				&cli.DurationFlag{Name: "da-resolve-window", Usage: "how long a data challenge has to be resolved (default: a quarter of the finalization period); with the challenge window, below the finalization period"},
				&cli.StringFlag{Name: "da-challenge-bond", Value: deploy.DefaultDAChallengeBond.String(), Usage: "wei each data-availability challenge posts (the resolver is paid its cost from it)"},
				&cli.StringFlag{Name: "sequencer-bond", Value: deploy.DefaultSequencerBond.String(), Usage: "wei the sequencer must hold in the Rollup to submit batches (nrn post-bond); a proven-wrong or unavailable batch pays it to its challenger, so it is what watching the chain earns"},
				&cli.Uint64Flag{Name: "confirmations", Usage: "0: L2 credits a deposit once L1 finalizes its block (the finalized block tag); N: once N blocks sit on it, for an L1 without that tag (a deeper reorg can drop a credited deposit)"},
			}, signerFlags()...),
			Action: cmdDeploy,
		},
		{
			Name:  "post-bond",
			Usage: "add ether to the sequencer's bond in the Rollup (anyone may); submitBatch needs the bond set at deploy (Rollup.sequencerBond), and a proven-wrong batch pays it to its challenger",
			Flags: append([]cli.Flag{l1Flag, chainFlag,
				&cli.StringFlag{Name: "amount", Usage: "ether to add (decimals allowed, e.g. 0.5)", Required: true},
			}, append(signerFlags(), l1TxFlags()...)...),
			Action: cmdPostBond,
		},
		{
			Name:  "register-verifier",
			Usage: "register a version-2 verifying key of the chain file in the Rollup, which deploys its BatchLossVerifier (anyone may)",
			Flags: append([]cli.Flag{l1Flag, chainFlag,
				&cli.StringFlag{Name: "circuit", Usage: `circuit parameter string, a key of the chain file's verifyingKeys (e.g. "784-100-10/xent k=8 depth=16 v2")`, Required: true},
			}, append(signerFlags(), l1TxFlags()...)...),
			Action: cmdRegisterVerifier,
		},
		{
			Name:  "create-mlsc",
			Usage: "put an IDX dataset on DA and post an MLSC that trains a model on it",
			Flags: append([]cli.Flag{rpcFlag,
				&cli.StringFlag{Name: "da", Usage: "DA HTTP API URL (kubo-compatible); or --da-dir"},
				&cli.StringFlag{Name: "da-dir", Usage: "embedded DA store directory; or --da"},
				&cli.StringFlag{Name: "images", Usage: "IDX image file (e.g. train-images-idx3-ubyte[.gz])", Required: true},
				&cli.StringFlag{Name: "labels", Usage: "IDX label file", Required: true},
				&cli.IntFlag{Name: "examples", Usage: "use only the first N examples (0: all)"},
				&cli.StringFlag{Name: "model", Usage: "layer sizes, input first (must equal the pixels per image), e.g. 784-100-10", Required: true},
				&cli.StringFlag{Name: "loss", Value: "xent", Usage: "xent (softmax cross-entropy) or mse"},
				&cli.IntFlag{Name: "k", Value: 8, Usage: "examples sampled per loss proof"},
				&cli.StringFlag{Name: "optimizer", Value: "adam", Usage: "adam or sgd"},
				&cli.Float64Flag{Name: "lr", Value: 0.001, Usage: "learning rate"},
				&cli.UintFlag{Name: "batch-size", Value: 64, Usage: "minibatch size"},
				&cli.UintFlag{Name: "epochs", Value: 1, Usage: "local epochs per round"},
				&cli.Uint64Flag{Name: "commit-blocks", Value: 240, Usage: "L2 blocks of the commit window"},
				&cli.Uint64Flag{Name: "reveal-blocks", Value: 60, Usage: "L2 blocks of the reveal window"},
				&cli.Uint64Flag{Name: "proof-blocks", Value: 360, Usage: "L2 blocks of the proof window"},
				&cli.UintFlag{Name: "max-rounds", Value: 100, Usage: "rounds before the MLSC closes"},
				&cli.StringFlag{Name: "bounty", Value: "1", Usage: "NRN escrowed for the winners (decimals allowed); the chain refuses less than its minBounty"},
				&cli.Uint64Flag{Name: "deadline-l1", Usage: "complete at the end of the first round that ends once the L2 block's L1 view (the L1 block the sequencer confirmed) reaches this L1 block number (0: none)"},
				&cli.Float64Flag{Name: "target-loss", Usage: "complete once the proven mean per-example loss is at or below this (fixed-point loss sum over the dataset on chain; 0: none)"},
				&cli.StringFlag{Name: "init-checkpoint", Usage: "CID of a starting checkpoint on DA (its weight commitment is computed and put in the spec)"},
				&cli.StringFlag{Name: "use-fee", Value: "0", Usage: "NRN a user pays per use of the finished model (0: free)"},
			}, signerFlags()...),
			Action: cmdCreateMLSC,
		},
	}
}

func cmdL1(c *cli.Context) error {
	host, portStr, err := net.SplitHostPort(c.String("http.addr"))
	if err != nil {
		return fmt.Errorf("--http.addr %q: %w", c.String("http.addr"), err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil || port <= 0 || port > 65535 {
		return fmt.Errorf("--http.addr %q: port must be 1..65535", c.String("http.addr"))
	}
	if c.Duration("block-time") <= 0 {
		return errors.New("--block-time must be positive")
	}
	eth := new(big.Int).Mul(new(big.Int).SetUint64(c.Uint64("fund-eth")), big.NewInt(1e18))
	alloc := types.GenesisAlloc{}
	for _, f := range c.StringSlice("fund") {
		for _, a := range strings.Split(f, ",") {
			if a = strings.TrimSpace(a); a == "" {
				continue
			}
			if !common.IsHexAddress(a) {
				return fmt.Errorf("--fund %q is not an address", a)
			}
			alloc[common.HexToAddress(a)] = types.Account{Balance: eth}
		}
	}
	ctx, stop := ctxinterrupt.WithSignalWaiter(c.Context)
	defer stop()
	ctx = ctxinterrupt.WithCancelOnInterrupt(ctx)
	chain := simchain.New(alloc, simchain.WithHTTP(host, port))
	defer chain.Close()
	fmt.Printf("L1 (simulated, chain %d, INSECURE development chain): JSON-RPC http://%s, a block every %s, %d funded accounts\n",
		simchain.ChainID, c.String("http.addr"), c.Duration("block-time"), len(alloc))
	t := time.NewTicker(c.Duration("block-time"))
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			chain.Commit()
		}
	}
}

func cmdDeploy(c *cli.Context) error {
	tmpl, err := chainfile.Read(c.String("template"))
	if err != nil {
		return err
	}
	if !common.IsHexAddress(c.String("sequencer")) {
		return fmt.Errorf("--sequencer %q is not an address", c.String("sequencer"))
	}
	var admin common.Address
	if a := c.String("admin"); a != "" {
		if !common.IsHexAddress(a) || common.HexToAddress(a) == (common.Address{}) {
			return fmt.Errorf("--admin %q is not a nonzero address", a)
		}
		admin = common.HexToAddress(a)
	}
	key, err := loadKey(c)
	if err != nil {
		return err
	}
	if tmpl.Verifier == chainfile.KeySetDevnet && !c.Bool("devnet") {
		return fmt.Errorf("the chain file template names the %q key set, which holds the INSECURE devnet key: deploy with --devnet, or set \"verifier\": %q with your own verifyingKeys",
			chainfile.KeySetDevnet, chainfile.KeySetKeys)
	}
	verifiers, err := batchKeys(tmpl, c.Bool("devnet"))
	if err != nil {
		return err
	}
	genesis, err := tmpl.Genesis()
	if err != nil {
		return err
	}
	_, gh, _, err := genesis.State()
	if err != nil {
		return err
	}
	ec, err := ethclient.DialContext(c.Context, c.String("l1"))
	if err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	defer ec.Close()
	l1ID, err := ec.ChainID(c.Context)
	if err != nil {
		return fmt.Errorf("L1 chain id: %w", err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	if admin == (common.Address{}) {
		admin = from
	}
	fees := tmpl.Fees
	if fees == nil { // the default fee rule, paying the sequencer
		fees = chainfile.DefaultFees(common.HexToAddress(c.String("sequencer")))
	}
	rule, err := fees.Rule()
	if err != nil {
		return err
	}
	daBond, ok := new(big.Int).SetString(c.String("da-challenge-bond"), 10)
	if !ok || daBond.Sign() < 0 {
		return fmt.Errorf("--da-challenge-bond %q is not a number of wei", c.String("da-challenge-bond"))
	}
	seqBond, ok := new(big.Int).SetString(c.String("sequencer-bond"), 10)
	if !ok || seqBond.Sign() < 0 {
		return fmt.Errorf("--sequencer-bond %q is not a number of wei", c.String("sequencer-bond"))
	}
	d, err := deploy.Deploy(c.Context, ec, bind.NewKeyedTransactor(key, l1ID), deploy.Config{
		Admin: admin, AdminDelay: c.Duration("admin-delay"), L2ChainID: tmpl.ChainID, Devnet: c.Bool("devnet"),
		Sequencer: common.HexToAddress(c.String("sequencer")), GenesisHolder: from, InitialSupply: tmpl.Issued.ToInt(),
		GenesisStateRoot: gh.StateRoot, FinalizationPeriod: c.Duration("finalization-period"), Verifiers: verifiers,
		Circuits:          tmpl.KeySet(),                // the circuits the L2 verifies with, for L1's fault proofs
		Fees:              chainfile.DeployFees(rule),   // the L1 step charges the L2's fees
		MinStake:          tmpl.MinStake.ToInt(),        // and needs the L2's stake for a commit
		MinBounty:         minBounty(tmpl),              // and its least bounty for a create-mlsc
		DeltaPeriod:       tmpl.DeltaPeriod,             // and its epoch length for a period proposal
		MinDeltaDeposit:   tmpl.MinDeltaDeposit.ToInt(), // and its least deposit for a delta proposal
		Reward:            rewardRule(tmpl),             // and its reward rule for a loss proof
		DAChallengeWindow: c.Duration("da-challenge-window"), DAResolveWindow: c.Duration("da-resolve-window"), DAChallengeBond: daBond,
		SequencerBond: seqBond,
	})
	if err != nil {
		return err
	}
	out := *tmpl
	out.Fees = fees
	out.L1.ChainID, out.L1.Contracts, out.L1.DeployBlock, out.L1.Confirmations = l1ID.Uint64(), d.Addresses(), d.Block, c.Uint64("confirmations")
	if err := out.Write(c.String("out")); err != nil {
		return err
	}
	a := d.Addresses()
	fmt.Printf("deployed at L1 block %d: NRN %s, Rollup %s, Bridge %s, DataChallenge %s; %d circuit verifiers (devnet verifier: %v); NRN admin and Rollup owner %s; NRN holder %s; chain file %s\n",
		d.Block, a.NRN, a.Rollup, a.Bridge, a.DataChallenge, len(d.Verifiers), c.Bool("devnet"), admin, from, c.String("out"))
	return nil
}

// batchKeys returns a BatchLossVerifier key for each chain-file verifying key. The devnet
// circuit's key is a version-1 key: it is left out, and verified on L1 only on a chain
// deployed with --devnet (the committed devnet verifier).
func batchKeys(f *chainfile.File, devnet bool) (map[string]*sampledloss.BatchVerifierKey, error) {
	out := map[string]*sampledloss.BatchVerifierKey{}
	for params, vk := range f.VerifyingKeys {
		if params == sampledloss.DevnetParams().String() && bytes.Equal(vk, sampledloss.DevnetVerifyingKey()) {
			if !devnet {
				return nil, fmt.Errorf("the chain file holds the INSECURE devnet key %q: deploy with --devnet, or remove it", params)
			}
			continue
		}
		k, err := sampledloss.NewBatchVerifierKey(vk)
		if err != nil {
			return nil, fmt.Errorf("verifying key for %q: no L1 batch verifier for it: %w", params, err)
		}
		out[params] = k
	}
	return out, nil
}

func cmdPostBond(c *cli.Context) error {
	amt, err := parseNRN(c.String("amount")) // 18 decimals, as ether
	if err != nil {
		return err
	}
	s, err := openL1(c)
	if err != nil {
		return err
	}
	defer s.Close()
	r := s.dep.Rollup
	if err := s.sendValue(c.Context, "Rollup.postBond", r.Address, r.Binding.PackPostBond(), amt); err != nil {
		return err
	}
	have, need, err := s.dep.Bond(c.Context)
	if err != nil {
		return err
	}
	fmt.Printf("sequencer bond: %s wei held, %s wei required\n", have, need)
	return nil
}

func cmdRegisterVerifier(c *cli.Context) error {
	s, err := openL1(c)
	if err != nil {
		return err
	}
	defer s.Close()
	chain, err := chainfile.Read(c.String("chain"))
	if err != nil {
		return err
	}
	params := c.String("circuit")
	vk, ok := chain.VerifyingKeys[params]
	if !ok {
		return fmt.Errorf("circuit %q has no verifying key in %s (its verifyingKeys hold %d)", params, c.String("chain"), len(chain.VerifyingKeys))
	}
	id, addr, data, err := deploy.RegisterVerifierCall(c.Context, s.dep, vk)
	if err != nil {
		return err
	}
	if err := s.send(c.Context, "register verifier", s.dep.Rollup.Address, data); err != nil {
		return err
	}
	fmt.Printf("circuit %q (id %s): BatchLossVerifier %s registered in Rollup %s\n", params, id, addr, s.dep.Rollup.Address)
	return nil
}

func cmdCreateMLSC(c *cli.Context) error {
	loss, err := mlp.ParseLoss(c.String("loss"))
	if err != nil {
		return fmt.Errorf("--loss: %w", err)
	}
	shape, err := mlp.ParseShape(c.String("model"), loss)
	if err != nil {
		return fmt.Errorf("--model: %w", err)
	}
	var opt rollup.Optimizer
	switch c.String("optimizer") {
	case "adam":
		opt = rollup.OptAdam
	case "sgd":
		opt = rollup.OptSGD
	default:
		return fmt.Errorf("--optimizer %q: want adam or sgd", c.String("optimizer"))
	}
	lr := c.Float64("lr")
	if !(lr > 0 && lr*1e6 <= float64(^uint32(0))) {
		return fmt.Errorf("--lr %v: want a positive rate below %d", lr, ^uint32(0)/1e6)
	}
	bounty, err := parseNRN(c.String("bounty"))
	if err != nil {
		return fmt.Errorf("--bounty: %w", err)
	}
	b256, overflow := uint256.FromBig(bounty)
	if overflow {
		return fmt.Errorf("--bounty %s overflows", c.String("bounty"))
	}
	set, err := idx.LoadSet(c.String("images"), c.String("labels"))
	if err != nil {
		return err
	}
	set.Head(c.Int("examples"))
	if px := set.Rows * set.Cols; shape.Inputs() != px {
		return fmt.Errorf("--model %s takes %d inputs, the images have %d pixels", c.String("model"), shape.Inputs(), px)
	}
	examples := trainer.Examples(set) // PostDataset refuses a label beyond the model's outputs
	p := sampledloss.Params{Shape: shape, K: c.Int("k"), Depth: dataset.Depth(len(examples))}
	store, err := backend.Open(c.String("da"), c.String("da-dir"))
	if err != nil {
		return err
	}
	spec := rollup.MLSCSpec{
		Optimizer: uint8(opt), LearningRate: uint32(lr * 1e6), BatchSize: uint32(c.Uint("batch-size")), Epochs: uint32(c.Uint("epochs")),
		CommitBlocks: c.Uint64("commit-blocks"), RevealBlocks: c.Uint64("reveal-blocks"), ProofBlocks: c.Uint64("proof-blocks"),
		MaxRounds: uint32(c.Uint("max-rounds")),
	}
	cidv, err := prover.PostDataset(c.Context, store, p, examples, shape.Outputs(), &spec)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "dataset: %d examples on DA as %s, root %x, circuit %s\n", len(examples), cidv, spec.DatasetRoot, p)
	if err := completionFlags(c, store, &spec); err != nil {
		return err
	}
	return sendL2(c, func(nonce uint64) rollup.TxData {
		return &rollup.CreateMLSC{Nonce: nonce, Spec: spec, Bounty: b256}
	})
}

// rewardRule is the chain file's reward rule (rollup.Config.Reward, ProverBps), which L1
// re-executes an applied loss proof with.
func rewardRule(f *chainfile.File) deploy.RewardRule {
	bps := uint64(rollup.DefaultProverBps)
	if f.ProverBps != nil {
		bps = *f.ProverBps
	}
	return deploy.RewardRule{Divisor: f.RewardDivisor, GenesisTime: f.GenesisTime, HalvingSeconds: f.HalvingSeconds, ProverBps: bps}
}

// minBounty is the chain file's minimum bounty, nil (rollup.DefaultMinBounty) if it sets none.
func minBounty(f *chainfile.File) *big.Int {
	if f.MinBounty == nil {
		return nil
	}
	return f.MinBounty.ToInt()
}
