package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/ipfs/go-cid"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da/backend"
	"github.com/neuron-rollup/neuron/da/delta"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcclient"
	"github.com/neuron-rollup/neuron/trainer"
	"github.com/neuron-rollup/neuron/trainer/idx"
)

var mlscFlag = &cli.Uint64Flag{Name: "mlsc", Usage: "MLSC id", Required: true}

// deltaCommands are `nrn delta …` and `nrn period …`: the training-set
// governance of docs/protocol.md.
func deltaCommands() []*cli.Command {
	daFlags := []cli.Flag{
		&cli.StringFlag{Name: "da", Usage: "DA HTTP API URL (kubo-compatible); or --da-dir"},
		&cli.StringFlag{Name: "da-dir", Usage: "embedded DA store directory; or --da"},
	}
	return []*cli.Command{{
		Name:  "delta",
		Usage: "propose, vote on and list training-set deltas",
		Subcommands: []*cli.Command{
			{
				Name:  "propose",
				Usage: "build a patch of an MLSC's current training set, put it on DA, propose it and send its data",
				Flags: append(append([]cli.Flag{rpcFlag, mlscFlag,
					&cli.StringFlag{Name: "add", Usage: "IDX image file of examples to add"},
					&cli.StringFlag{Name: "add-labels", Usage: "IDX label file of the examples to add (with --add)"},
					&cli.StringFlag{Name: "remove", Usage: "comma-separated indices of the current set to remove, e.g. 3,17"},
					&cli.StringFlag{Name: "deposit", Usage: "NRN deposit, refunded unless the delta is rejected (decimals allowed; at least the chain's minimum, by default its min stake)"},
					&cli.StringFlag{Name: "deposit-wei", Usage: "deposit in wei (instead of --deposit)"},
				}, daFlags...), signerFlags()...),
				Action: cmdDeltaPropose,
			},
			{
				Name:  "vote",
				Usage: "lock NRN behind a delta of the current epoch (a second vote moves all of it; locked until the epoch closes)",
				Flags: append([]cli.Flag{rpcFlag, mlscFlag,
					&cli.Uint64Flag{Name: "proposal", Usage: "delta proposal id", Required: true},
					&cli.StringFlag{Name: "amount", Value: "0", Usage: "NRN to lock in addition (0: move the vote)"},
					&cli.StringFlag{Name: "amount-wei", Usage: "amount in wei (instead of --amount)"},
				}, signerFlags()...),
				Action: cmdDeltaVote,
			},
			{
				Name:   "list",
				Usage:  "an MLSC's training set: open epoch, proposals, votes, time left, applied history",
				Flags:  []cli.Flag{rpcFlag, mlscFlag},
				Action: cmdDeltaList,
			},
		},
	}, {
		Name:  "period",
		Usage: "propose or vote an MLSC's epoch length (decided by more than half of all trainer stake)",
		Subcommands: []*cli.Command{
			{
				Name: "propose", Usage: "propose a new epoch length in L2 blocks",
				Flags: append([]cli.Flag{rpcFlag, mlscFlag, &cli.Uint64Flag{Name: "blocks", Required: true, Usage: "epoch length in L2 blocks"}}, signerFlags()...),
				Action: func(c *cli.Context) error {
					return sendL2(c, func(n uint64) rollup.TxData {
						return &rollup.ProposePeriod{Nonce: n, MLSC: c.Uint64("mlsc"), Blocks: c.Uint64("blocks")}
					})
				},
			},
			{
				Name: "vote", Usage: "back a period proposal of the current epoch with your trainer stake",
				Flags: append([]cli.Flag{rpcFlag, mlscFlag, &cli.Uint64Flag{Name: "proposal", Required: true, Usage: "index in the epoch's period proposals"}}, signerFlags()...),
				Action: func(c *cli.Context) error {
					return sendL2(c, func(n uint64) rollup.TxData {
						return &rollup.VotePeriod{Nonce: n, MLSC: c.Uint64("mlsc"), Proposal: c.Uint64("proposal")}
					})
				},
			},
		},
	}}
}

// amountFlagWei reads NRN from name (decimal) or name-wei; zero allowed.
func amountFlagWei(c *cli.Context, name string) (*uint256.Int, error) {
	if s := c.String(name + "-wei"); s != "" {
		v, err := uint256.FromDecimal(s)
		if err != nil {
			return nil, fmt.Errorf("--%s-wei %q: %w", name, s, err)
		}
		return v, nil
	}
	if s := c.String(name); s != "0" && s != "" {
		b, err := parseNRN(s)
		if err != nil {
			return nil, fmt.Errorf("--%s: %w", name, err)
		}
		v, overflow := uint256.FromBig(b)
		if overflow {
			return nil, fmt.Errorf("--%s %s overflows", name, s)
		}
		return v, nil
	}
	return new(uint256.Int), nil
}

// parseIndices parses "3,17,…" into strictly increasing indices.
func parseIndices(s string) ([]uint64, error) {
	if s == "" {
		return nil, nil
	}
	var out []uint64
	for _, f := range strings.Split(s, ",") {
		v, err := strconv.ParseUint(strings.TrimSpace(f), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("--remove: %q is not an index", f)
		}
		out = append(out, v)
	}
	for i := 1; i < len(out); i++ {
		if out[i] <= out[i-1] {
			return nil, fmt.Errorf("--remove: indices must be given once each, in increasing order (%d after %d)", out[i], out[i-1])
		}
	}
	return out, nil
}

func cmdDeltaPropose(c *cli.Context) error {
	removed, err := parseIndices(c.String("remove"))
	if err != nil {
		return err
	}
	deposit, err := amountFlagWei(c, "deposit")
	if err != nil {
		return err
	}
	if deposit.IsZero() {
		return fmt.Errorf("give a --deposit or --deposit-wei")
	}
	var added []mlp.Example
	if c.String("add") != "" {
		set, err := idx.LoadSet(c.String("add"), c.String("add-labels"))
		if err != nil {
			return err
		}
		added = trainer.Examples(set)
	}
	store, err := backend.Open(c.String("da"), c.String("da-dir"))
	if err != nil {
		return err
	}
	return withL2(c, func(cl *rpcclient.Client) error {
		m, err := cl.MLSC(c.Context, c.Uint64("mlsc"))
		if err != nil {
			return err
		}
		headCID, headRoot, headSize := m.DataHead()
		parent, err := cid.Cast(headCID)
		if err != nil {
			return fmt.Errorf("MLSC %d training set CID: %w", m.ID, err)
		}
		base, err := delta.ReadSet(c.Context, store, parent)
		if err != nil {
			return err
		}
		leaf := delta.LeafFunc(mlp.Loss(m.Spec.Loss))
		outputs := int(m.Spec.Layers[len(m.Spec.Layers)-1])
		b, err := delta.Build(c.Context, store, parent, base, outputs, leaf, removed, added)
		if err != nil {
			return err
		}
		if b.BaseRoot.Bytes() != headRoot || uint64(len(base)) != headSize {
			return fmt.Errorf("the set on DA (root %x, %d examples) is not the MLSC's (root %x, %d)", b.BaseRoot.Bytes(), len(base), headRoot, headSize)
		}
		fmt.Fprintf(os.Stderr, "patch %s: -%d +%d examples, %d -> %d, new root %x, %d chunks\n", b.CID, len(removed), len(added), len(base), b.NewSize, b.NewRoot.Bytes(), len(b.Chunks))
		id, err := proposeBuilt(c, cl, m.ID, b, deposit)
		if err != nil {
			return err
		}
		return printJSON(map[string]any{"mlsc": m.ID, "proposal": id, "cid": b.CID.String(), "newRoot": common.Hash(b.NewRoot.Bytes()), "newSize": b.NewSize})
	})
}

// proposeBuilt sends the proposal and every delta-data step, in order, and returns
// the proposal's id.
func proposeBuilt(c *cli.Context, cl *rpcclient.Client, mlsc uint64, b *delta.Built, deposit *uint256.Int) (uint64, error) {
	key, err := loadKey(c)
	if err != nil {
		return 0, err
	}
	chainID, err := cl.ChainID(c.Context)
	if err != nil {
		return 0, err
	}
	if _, err := cl.Submit(c.Context, key, chainID, func(n uint64) rollup.TxData {
		return rollup.ProposalTx(n, mlsc, b, deposit)
	}); err != nil {
		return 0, fmt.Errorf("propose: %w", err)
	}
	id, err := findProposal(c, cl, mlsc, b.CID)
	if err != nil {
		return 0, err
	}
	for i := range b.Steps {
		if _, err := cl.Submit(c.Context, key, chainID, func(n uint64) rollup.TxData {
			return rollup.DataTx(n, mlsc, id, b, i)
		}); err != nil {
			return id, fmt.Errorf("delta data step %d: %w", i, err)
		}
	}
	return id, nil
}

// findProposal finds the open epoch's proposal of the patch c.
func findProposal(c *cli.Context, cl *rpcclient.Client, mlsc uint64, patch cid.Cid) (uint64, error) {
	e, err := readEpoch(c, cl, mlsc)
	if err != nil {
		return 0, err
	}
	if e != nil {
		for _, id := range e.Proposals {
			p, err := readProposal(c, cl, mlsc, id)
			if err == nil && string(p.CID) == string(patch.Bytes()) {
				return id, nil
			}
		}
	}
	return 0, fmt.Errorf("proposal of %s not found in MLSC %d's open epoch", patch, mlsc)
}

func readEpoch(c *cli.Context, cl *rpcclient.Client, mlsc uint64) (*rollup.DeltaEpoch, error) {
	sp, err := cl.StateProof(c.Context, rollup.DeltaEpochKey(mlsc))
	if err != nil {
		return nil, err
	}
	if len(sp.Value) == 0 {
		return nil, nil
	}
	return rollup.DecodeDeltaEpoch(sp.Value)
}

func readProposal(c *cli.Context, cl *rpcclient.Client, mlsc, id uint64) (*rollup.DeltaProposal, error) {
	sp, err := cl.StateProof(c.Context, rollup.DeltaProposalKey(mlsc, id))
	if err != nil {
		return nil, err
	}
	if len(sp.Value) == 0 {
		return nil, fmt.Errorf("MLSC %d has no delta proposal %d", mlsc, id)
	}
	return rollup.DecodeDeltaProposal(sp.Value)
}

func cmdDeltaVote(c *cli.Context) error {
	amt, err := amountFlagWei(c, "amount")
	if err != nil {
		return err
	}
	return sendL2(c, func(n uint64) rollup.TxData {
		return &rollup.VoteDelta{Nonce: n, MLSC: c.Uint64("mlsc"), Proposal: c.Uint64("proposal"), Amount: amt}
	})
}

// deltaListing is what `nrn delta list` prints.
type deltaListing struct {
	MLSC       uint64                  `json:"mlsc"`
	Height     uint64                  `json:"height"`
	SetCID     string                  `json:"setCid"`
	SetRoot    common.Hash             `json:"setRoot"`
	SetSize    uint64                  `json:"setSize"`
	Epoch      *epochListing           `json:"epoch,omitempty"`
	Applied    []rollup.AppliedDelta   `json:"applied"`
	Period     uint64                  `json:"periodBlocks,omitempty"`
	Proposals  []proposalListing       `json:"proposals,omitempty"`
	Tally      *rollup.DeltaTally      `json:"tally,omitempty"` // voters: one record each (rollup.DeltaVoteKey)
	PeriodVote []rollup.PeriodProposal `json:"periodProposals,omitempty"`
}

type epochListing struct {
	Number     uint64 `json:"number"`
	End        uint64 `json:"end"`
	BlocksLeft uint64 `json:"blocksLeft"`
}

type proposalListing struct {
	ID       uint64         `json:"id"`
	Proposer common.Address `json:"proposer"`
	CID      string         `json:"cid"`
	NewRoot  common.Hash    `json:"newRoot"`
	NewSize  uint64         `json:"newSize"`
	Deposit  string         `json:"deposit"`
	Votes    string         `json:"votes"`
	Status   string         `json:"status"`
	Reason   string         `json:"reason,omitempty"`
}

func cmdDeltaList(c *cli.Context) error {
	return withL2(c, func(cl *rpcclient.Client) error {
		m, err := cl.MLSC(c.Context, c.Uint64("mlsc"))
		if err != nil {
			return err
		}
		headCID, headRoot, headSize := m.DataHead()
		out := deltaListing{MLSC: m.ID, Height: m.Height, SetRoot: headRoot, SetSize: headSize, Applied: []rollup.AppliedDelta{}}
		if hc, err := cid.Cast(headCID); err == nil {
			out.SetCID = hc.String()
		}
		if m.Data != nil {
			out.Applied, out.Period = m.Data.Applied, m.Data.Period
		}
		e, err := readEpoch(c, cl, m.ID)
		if err != nil {
			return err
		}
		if e != nil {
			out.Epoch = &epochListing{Number: e.Epoch, End: e.End}
			if e.End > m.Height {
				out.Epoch.BlocksLeft = e.End - m.Height
			}
			out.Tally, out.PeriodVote = &e.Tally, e.Periods
			for _, id := range e.Proposals {
				p, err := readProposal(c, cl, m.ID, id)
				if err != nil {
					return err
				}
				pc, _ := cid.Cast(p.CID)
				out.Proposals = append(out.Proposals, proposalListing{ID: p.ID, Proposer: p.Proposer, CID: pc.String(), NewRoot: p.NewRoot,
					NewSize: p.NewSize, Deposit: p.Deposit.Dec(), Votes: p.Votes.Dec(), Status: p.Status.String(), Reason: p.Reason})
			}
		}
		return printJSON(out)
	})
}
