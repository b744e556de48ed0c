package main

// Finished models (issue 16): show a model's record, pay to use it, claim a
// contributor's earnings, download its final checkpoint checked against the
// weight commitment the chain holds, and run it locally once use is paid.
// Also unstake, which nothing sent before.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/ipfs/go-cid"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/backend"
	"github.com/neuron-rollup/neuron/da/checkpoint"
	"github.com/neuron-rollup/neuron/lossverify"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcclient"
	"github.com/neuron-rollup/neuron/trainer"
	"github.com/neuron-rollup/neuron/trainer/idx"
)

// Errors of the model commands.
var (
	// ErrCommitment: the checkpoint on DA is not the one the chain fixed.
	ErrCommitment = errors.New("checkpoint does not match the model's weight commitment")
	// ErrNotPaid: the account has not paid to use the model.
	ErrNotPaid = errors.New("use of the model is not paid")
	// ErrStateProof: the sequencer's answer does not prove the entry.
	ErrStateProof = errors.New("state proof does not check out")
)

var daFlags = []cli.Flag{
	&cli.StringFlag{Name: "da", Usage: "DA HTTP API URL (kubo-compatible); or --da-dir", EnvVars: []string{"NRN_DA"}},
	&cli.StringFlag{Name: "da-dir", Usage: "embedded DA store directory; or --da", EnvVars: []string{"NRN_DA_DIR"}},
}

func economyCommands() []*cli.Command {
	return []*cli.Command{
		{
			Name:  "model",
			Usage: "finished models: show, pay to use, claim earnings, download and run",
			Subcommands: []*cli.Command{
				{Name: "show", Usage: "show a model's record, its uses and (with --account) what an account is owed or paid", ArgsUsage: "MLSC",
					Flags: []cli.Flag{rpcFlag, &cli.StringFlag{Name: "account", Usage: "also show this account's use and earnings"}}, Action: cmdModelShow},
				{Name: "use", Usage: "pay the model's use fee (the fee set when its MLSC was created)", ArgsUsage: "MLSC",
					Flags: append([]cli.Flag{rpcFlag}, signerFlags()...), Action: cmdModelUse},
				{Name: "claim", Usage: "claim what you earned from the model's use fees as a trainer or delta proposer", ArgsUsage: "MLSC",
					Flags: append([]cli.Flag{rpcFlag}, signerFlags()...), Action: cmdModelClaim},
				{Name: "get", Usage: "download the final checkpoint and check it against the weight commitment on chain", ArgsUsage: "MLSC",
					Flags: append([]cli.Flag{rpcFlag, &cli.StringFlag{Name: "out", Usage: "write the checkpoint here", Required: true}}, daFlags...), Action: cmdModelGet},
				{Name: "predict", Usage: "run the final model on IDX images, once --from has paid to use it", ArgsUsage: "MLSC",
					Flags: append([]cli.Flag{rpcFlag,
						&cli.StringFlag{Name: "input", Usage: "IDX image file (e.g. t10k-images-idx3-ubyte[.gz])", Required: true},
						&cli.StringFlag{Name: "from", Usage: "the account that paid (default: the signer's)"}},
						append(daFlags, signerFlags()...)...), Action: cmdModelPredict},
				{Name: "mint", Usage: "mint the model's NFT on L1 to its creator, once the batch with its completion message is final", ArgsUsage: "MLSC",
					Flags: append([]cli.Flag{rpcFlag, l1Flag, chainFlag}, append(signerFlags(), l1TxFlags()...)...), Action: cmdModelMint},
			},
		},
		{Name: "unstake", Usage: "release trainer stake to your balance (refused while you have unsettled reveals)",
			Flags: append([]cli.Flag{rpcFlag, amountFlag}, signerFlags()...), Action: cmdUnstake},
	}
}

func mlscArg(c *cli.Context) (uint64, error) {
	id, err := strconv.ParseUint(c.Args().First(), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("MLSC id %q: %w", c.Args().First(), err)
	}
	return id, nil
}

// readEntry reads the state entry at key at the sequencer's head and checks
// it: the trie proof against the root it names, and that root against the
// header of the block it names. It returns nil for an absent entry.
func readEntry(ctx context.Context, cl *rpcclient.Client, key []byte) ([]byte, error) {
	p, err := cl.StateProof(ctx, key)
	if err != nil {
		return nil, err
	}
	nodes := make([][]byte, len(p.Nodes))
	for i, n := range p.Nodes {
		nodes[i] = n
	}
	v, err := rollup.VerifyProof(p.Root, key, nodes)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrStateProof, err)
	}
	if string(v) != string(p.Value) {
		return nil, fmt.Errorf("%w: entry %x: the value served is not the one proven", ErrStateProof, key)
	}
	b, err := cl.Block(ctx, uint64(p.Height), false)
	if err != nil {
		return nil, err
	}
	if b.StateRoot != p.Root {
		return nil, fmt.Errorf("%w: root %s is not block %d's state root %s", ErrStateProof, p.Root, p.Height, b.StateRoot)
	}
	return v, nil
}

// readModel reads MLSC id's model record and its MLSC spec, proven.
func readModel(ctx context.Context, cl *rpcclient.Client, id uint64) (*rollup.Model, *rollup.MLSC, error) {
	mv, err := readEntry(ctx, cl, rollup.MLSCKey(id))
	if err != nil {
		return nil, nil, err
	}
	if mv == nil {
		return nil, nil, fmt.Errorf("%w: %d", rollup.ErrUnknownMLSC, id)
	}
	var m rollup.MLSC
	if err := rlp.DecodeBytes(mv, &m); err != nil {
		return nil, nil, fmt.Errorf("MLSC %d: %w", id, err)
	}
	v, err := readEntry(ctx, cl, rollup.ModelKey(id))
	if err != nil {
		return nil, nil, err
	}
	var md rollup.Model
	if v != nil {
		if err := rlp.DecodeBytes(v, &md); err != nil {
			return nil, nil, fmt.Errorf("model %d: %w", id, err)
		}
	}
	if v == nil || !md.Done || !md.Proven() {
		return nil, nil, fmt.Errorf("%w: MLSC %d (phase %s, %d rounds won)", rollup.ErrNoModel, id, m.Phase, m.RoundsWon)
	}
	return &md, &m, nil
}

// ErrNoMessage: the model's completion made no L2→L1 message.
var ErrNoMessage = errors.New("model has no completion message")

// cmdModelMint sends ModelNFT.mint with the model's completion message and
// its proof (nrn_getMessageProof); anyone may, the token goes to the
// creator. L1 refuses it (named in the error) until the batch is final.
func cmdModelMint(c *cli.Context) error {
	id, err := mlscArg(c)
	if err != nil {
		return err
	}
	return withL2(c, func(cl *rpcclient.Client) error {
		md, _, err := readModel(c.Context, cl, id)
		if err != nil {
			return err
		}
		if md.Message == 0 {
			return fmt.Errorf("%w: MLSC %d", ErrNoMessage, id)
		}
		p, err := cl.MessageProof(c.Context, md.Message-1)
		if err != nil {
			return fmt.Errorf("message %d of MLSC %d: %w", md.Message-1, id, err)
		}
		if !p.Settled {
			return fmt.Errorf("message %d of MLSC %d is in batch %d, which is not on L1 yet", p.ID, id, p.BatchIndex)
		}
		s, err := openL1(c)
		if err != nil {
			return err
		}
		defer s.Close()
		nft := s.dep.ModelNFT
		if nft.Address == (common.Address{}) {
			return fmt.Errorf("the chain file names no modelNFT contract (deployed before it existed)")
		}
		proof := make([][32]byte, len(p.Proof))
		for i, h := range p.Proof {
			proof[i] = h
		}
		rec, err := s.batch(c.Context, uint64(p.BatchIndex))
		if err != nil {
			return err
		}
		return s.send(c.Context, "mint", nft.Address, nft.Binding.PackMint(rec, uint64(p.ID), p.Data, proof))
	})
}

// readUse reads what user paid to use MLSC id's model (nil: never).
func readUse(ctx context.Context, cl *rpcclient.Client, id uint64, user common.Address) (*rollup.UseRecord, error) {
	v, err := readEntry(ctx, cl, rollup.UseKey(id, user))
	if err != nil || v == nil {
		return nil, err
	}
	var u rollup.UseRecord
	if err := rlp.DecodeBytes(v, &u); err != nil {
		return nil, fmt.Errorf("use record: %w", err)
	}
	return &u, nil
}

// modelView is what nrn model show prints.
type modelView struct {
	*rollup.Model
	Reason      string              `json:"reason"`
	Uses        uint64              `json:"uses"`
	CreatorPaid *uint256.Int        `json:"creatorPaid"`
	TrainerPaid *uint256.Int        `json:"trainerPaid"`
	DeltaPaid   *uint256.Int        `json:"deltaPaid"`
	Account     *common.Address     `json:"account,omitempty"`
	Use         *rollup.UseRecord   `json:"use,omitempty"`
	Owed        *uint256.Int        `json:"owed,omitempty"`
	Contributor *rollup.Contributor `json:"contributor,omitempty"`
}

func cmdModelShow(c *cli.Context) error {
	id, err := mlscArg(c)
	if err != nil {
		return err
	}
	return withL2(c, func(cl *rpcclient.Client) error {
		md, _, err := readModel(c.Context, cl, id)
		if err != nil {
			return err
		}
		pool, err := readPool(c.Context, cl, id)
		if err != nil {
			return err
		}
		view := modelView{Model: md, Reason: md.Reason.String(), Uses: pool.Uses, CreatorPaid: pool.CreatorPaid, TrainerPaid: pool.TrainerPaid, DeltaPaid: pool.DeltaPaid}
		if a := c.String("account"); a != "" {
			if !common.IsHexAddress(a) {
				return fmt.Errorf("--account %q is not an address", a)
			}
			acc := common.HexToAddress(a)
			view.Account = &acc
			if view.Use, err = readUse(c.Context, cl, id, acc); err != nil {
				return err
			}
			for i := range md.Contributors {
				if md.Contributors[i].Addr == acc {
					view.Contributor = &md.Contributors[i]
				}
			}
			if view.Contributor != nil {
				claimed := new(uint256.Int)
				v, err := readEntry(c.Context, cl, rollup.ClaimedKey(id, acc))
				if err != nil {
					return err
				}
				if v != nil {
					if err := rlp.DecodeBytes(v, claimed); err != nil {
						return fmt.Errorf("claimed: %w", err)
					}
				}
				view.Owed = rollup.Owed(md, pool, view.Contributor, claimed)
			}
		}
		return printJSON(view)
	})
}

func readPool(ctx context.Context, cl *rpcclient.Client, id uint64) (*rollup.ModelPool, error) {
	p := &rollup.ModelPool{CreatorPaid: new(uint256.Int), TrainerPaid: new(uint256.Int), DeltaPaid: new(uint256.Int)}
	v, err := readEntry(ctx, cl, rollup.ModelPoolKey(id))
	if err != nil || v == nil {
		return p, err
	}
	if err := rlp.DecodeBytes(v, p); err != nil {
		return nil, fmt.Errorf("model pool: %w", err)
	}
	return p, nil
}

func cmdModelUse(c *cli.Context) error {
	id, err := mlscArg(c)
	if err != nil {
		return err
	}
	var md *rollup.Model
	if err := withL2(c, func(cl *rpcclient.Client) (err error) {
		md, _, err = readModel(c.Context, cl, id)
		return err
	}); err != nil {
		return err
	}
	fee := md.UseFee
	if fee == nil {
		fee = new(uint256.Int)
	}
	fmt.Fprintf(os.Stderr, "model %d: use fee %s wei NRN (plus the L2 fee)\n", id, fee.Dec())
	return sendL2(c, func(n uint64) rollup.TxData { return &rollup.UseModel{Nonce: n, MLSC: id, Fee: fee} })
}

func cmdModelClaim(c *cli.Context) error {
	id, err := mlscArg(c)
	if err != nil {
		return err
	}
	return sendL2(c, func(n uint64) rollup.TxData { return &rollup.ClaimEarnings{Nonce: n, MLSC: id} })
}

func cmdUnstake(c *cli.Context) error {
	amt, err := parseNRN(c.String("amount"))
	if err != nil {
		return err
	}
	u, overflow := uint256.FromBig(amt)
	if overflow {
		return errors.New("amount overflows")
	}
	return sendL2(c, func(n uint64) rollup.TxData { return &rollup.Unstake{Nonce: n, Amount: u} })
}

// fetchModel reads MLSC id's finished model, fetches its final checkpoint
// from DA and checks it: the shape is the MLSC's and the weights, quantized
// as the circuit does, hash to the weight commitment the chain fixed.
func fetchModel(c *cli.Context, id uint64) (*checkpoint.Checkpoint, *rollup.Model, error) {
	var ck *checkpoint.Checkpoint
	var md *rollup.Model
	err := withL2(c, func(cl *rpcclient.Client) error {
		var m *rollup.MLSC
		var err error
		if md, m, err = readModel(c.Context, cl, id); err != nil {
			return err
		}
		ck, err = fetchCheckpoint(c.Context, c.String("da"), c.String("da-dir"), md, &m.Spec)
		return err
	})
	if md == nil {
		return nil, nil, err
	}
	return ck, md, err
}

func fetchCheckpoint(ctx context.Context, daURL, daDir string, md *rollup.Model, spec *rollup.MLSCSpec) (*checkpoint.Checkpoint, error) {
	store, err := backend.Open(daURL, daDir)
	if err != nil {
		return nil, err
	}
	id, err := cid.Cast(md.CheckpointCID)
	if err != nil {
		return nil, fmt.Errorf("model %d: checkpoint CID: %w", md.MLSC, err)
	}
	ck, err := checkpoint.Get(ctx, store, id)
	if err != nil {
		return nil, err
	}
	if !ck.Shape.Equal(spec.Shape()) {
		return nil, fmt.Errorf("%w: checkpoint %s has shape %s, the MLSC's is %s", ErrCommitment, id, ck.Shape, spec.Shape())
	}
	wc, err := lossverify.ParamsFor(spec).CommitWeights(fixedpoint.QuantizeAll(ck.Weights))
	if err != nil {
		return nil, fmt.Errorf("weight commitment of %s: %w", id, err)
	}
	if got := common.Hash(wc.Bytes()); got != md.Weights {
		return nil, fmt.Errorf("%w: checkpoint %s commits to %s, model %d to %s", ErrCommitment, id, got, md.MLSC, md.Weights)
	}
	return ck, nil
}

func cmdModelGet(c *cli.Context) error {
	id, err := mlscArg(c)
	if err != nil {
		return err
	}
	ck, md, err := fetchModel(c, id)
	if err != nil {
		return err
	}
	b, err := checkpoint.Encode(ck)
	if err != nil {
		return err
	}
	if err := trainer.WriteFileAtomic(c.String("out"), b); err != nil {
		return err
	}
	fmt.Printf("model %d: checkpoint %s (%s, %d bytes) matches weight commitment %s; proven loss sum %d; written to %s\n",
		id, cidString(md.CheckpointCID), ck.Shape, len(b), md.Weights, md.LossSum, c.String("out"))
	return nil
}

func cidString(b []byte) string {
	id, err := cid.Cast(b)
	if err != nil {
		return ""
	}
	return id.String()
}

// Prediction is one input's output as nrn model predict prints it.
type Prediction struct {
	Index   int       `json:"index"`
	Class   int       `json:"class"`
	Outputs []float64 `json:"outputs"`
}

func cmdModelPredict(c *cli.Context) error {
	id, err := mlscArg(c)
	if err != nil {
		return err
	}
	var user common.Address
	if f := c.String("from"); f != "" {
		if !common.IsHexAddress(f) {
			return fmt.Errorf("--from %q is not an address", f)
		}
		user = common.HexToAddress(f)
	} else {
		key, err := loadKey(c)
		if err != nil {
			return fmt.Errorf("predict needs --from or a signer: %w", err)
		}
		user = crypto.PubkeyToAddress(key.PublicKey)
	}
	var use *rollup.UseRecord
	if err := withL2(c, func(cl *rpcclient.Client) (err error) {
		use, err = readUse(c.Context, cl, id, user)
		return err
	}); err != nil {
		return err
	}
	if use == nil || use.Uses == 0 {
		return fmt.Errorf("%w: %s has not paid to use model %d (nrn model use %d)", ErrNotPaid, user, id, id)
	}
	ck, _, err := fetchModel(c, id)
	if err != nil {
		return err
	}
	in, err := idx.ReadFile(c.String("input"))
	if err != nil {
		return err
	}
	preds, err := Predict(ck, in)
	if err != nil {
		return err
	}
	return json.NewEncoder(os.Stdout).Encode(preds)
}

// Predict runs ck in fixed point (the arithmetic the loss proofs check) on
// every image of an IDX image file.
func Predict(ck *checkpoint.Checkpoint, images *idx.File) ([]Prediction, error) {
	if len(images.Dims) != 3 {
		return nil, fmt.Errorf("input: want IDX images [N, rows, cols], got dimensions %v", images.Dims)
	}
	n, px := images.Dims[0], images.Dims[1]*images.Dims[2]
	if px != ck.Shape.Inputs() {
		return nil, fmt.Errorf("input: images have %d pixels, the model takes %d inputs", px, ck.Shape.Inputs())
	}
	params := fixedpoint.QuantizeAll(ck.Weights)
	x := make([]int64, px)
	out := make([]Prediction, n)
	for i := range n {
		for j, p := range images.Data[i*px : (i+1)*px] {
			x[j] = fixedpoint.QuantizePixel(p)
		}
		y := ck.Shape.Forward(params, x)
		p := Prediction{Index: i, Outputs: make([]float64, len(y))}
		for k, v := range y {
			p.Outputs[k] = fixedpoint.Float(v)
			if v > y[p.Class] {
				p.Class = k
			}
		}
		out[i] = p
	}
	return out, nil
}

// completionFlags puts create-mlsc's completion, initial checkpoint and use
// fee flags in spec, whose dataset fields are set.
func completionFlags(c *cli.Context, store da.Store, spec *rollup.MLSCSpec) error {
	spec.DeadlineL1 = c.Uint64("deadline-l1")
	if tl := c.Float64("target-loss"); tl != 0 {
		sum := tl * float64(fixedpoint.One) * float64(spec.DatasetSize)
		if !(tl > 0) || sum >= math.MaxUint64 {
			return fmt.Errorf("--target-loss %v: want a positive mean loss", tl)
		}
		spec.TargetLoss = max(uint64(sum), 1)
	}
	if fee := c.String("use-fee"); fee != "" && fee != "0" {
		v, err := parseNRN(fee)
		if err != nil {
			return fmt.Errorf("--use-fee: %w", err)
		}
		u, overflow := uint256.FromBig(v)
		if overflow {
			return fmt.Errorf("--use-fee %s overflows", fee)
		}
		spec.UseFee = u
	}
	if s := c.String("init-checkpoint"); s != "" {
		id, err := cid.Parse(s)
		if err != nil {
			return fmt.Errorf("--init-checkpoint %q: %w", s, err)
		}
		ck, err := checkpoint.Get(c.Context, store, id)
		if err != nil {
			return fmt.Errorf("--init-checkpoint: %w", err)
		}
		if !ck.Shape.Equal(spec.Shape()) {
			return fmt.Errorf("--init-checkpoint %s has shape %s, the model is %s", id, ck.Shape, spec.Shape())
		}
		wc, err := lossverify.ParamsFor(spec).CommitWeights(fixedpoint.QuantizeAll(ck.Weights))
		if err != nil {
			return fmt.Errorf("--init-checkpoint: weight commitment: %w", err)
		}
		spec.InitCheckpointCID, spec.InitWeights = id.Bytes(), wc.Bytes()
	}
	return nil
}
