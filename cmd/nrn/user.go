package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/chainfile"
	"github.com/neuron-rollup/neuron/l1/batchrecord"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/l1/keys"
	"github.com/neuron-rollup/neuron/l1/l1errors"
	"github.com/neuron-rollup/neuron/l1/txsend"
	"github.com/neuron-rollup/neuron/lightclient"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcapi"
	"github.com/neuron-rollup/neuron/rpcclient"
)

var (
	rpcFlag    = &cli.StringFlag{Name: "rpc", Value: "http://127.0.0.1:8645", Usage: "sequencer JSON-RPC URL", EnvVars: []string{"NRN_RPC"}}
	toFlag     = &cli.StringFlag{Name: "to", Usage: "recipient address", Required: true}
	amountFlag = &cli.StringFlag{Name: "amount", Usage: "amount in NRN (decimals allowed, e.g. 1.5)", Required: true}
	l1Flag     = &cli.StringFlag{Name: "l1", Usage: "L1 JSON-RPC URL", Required: true, EnvVars: []string{"NRN_L1"}}
	chainFlag  = &cli.StringFlag{Name: "chain", Usage: "chain file (JSON)", Required: true, EnvVars: []string{"NRN_CHAIN"}}
)

// signerFlags are the shared signer flags (l1/keys: --private-key,
// --keystore, --password-file; NRN_PRIVATE_KEY, ...) of every command that
// signs; loadKey checks and loads what they name.
func signerFlags() []cli.Flag { return keys.CLIFlags("NRN", "your L1 and L2 transactions") }

// loadKey loads the key the signer flags name, after their Check.
func loadKey(c *cli.Context) (*ecdsa.PrivateKey, error) {
	cfg := keys.ReadCLIConfig(c)
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("signer flags: %w", err)
	}
	return cfg.Load()
}

func userCommands() []*cli.Command {
	return []*cli.Command{
		{Name: "account", Usage: "show an L2 account", ArgsUsage: "ADDRESS", Flags: []cli.Flag{rpcFlag}, Action: cmdAccount},
		{Name: "transfer", Usage: "send NRN on L2", Flags: append([]cli.Flag{rpcFlag, toFlag, amountFlag}, signerFlags()...), Action: cmdTransfer},
		{Name: "withdraw", Usage: "start an L2→L1 withdrawal", Flags: append([]cli.Flag{rpcFlag, toFlag, amountFlag}, signerFlags()...), Action: cmdWithdraw},
		{Name: "mlsc", Usage: "list MLSCs a page at a time, or show one", ArgsUsage: "[ID]", Flags: []cli.Flag{rpcFlag,
			&cli.Uint64Flag{Name: "cursor", Usage: "first MLSC id of the page (the previous page's \"next\")"},
			&cli.IntFlag{Name: "limit", Value: rpcapi.MaxPage, Usage: fmt.Sprintf("MLSCs per page, 1..%d", rpcapi.MaxPage)}}, Action: cmdMLSC},
		{Name: "fee", Usage: "show the L2 fee (nrn_estimateFee): the head's and the next block's base fee per fee unit and the fee cap every signing command here signs (twice the next base fee); with --tx, that transaction's fee units, the fee it pays now and the most it can pay",
			Flags: []cli.Flag{rpcFlag, &cli.StringFlag{Name: "tx", Usage: "a signed L2 transaction, hex (0x...)"}}, Action: cmdFee},
		{Name: "tx", Usage: "show what became of an L2 transaction: included, pending, rejected, or unknown (never received, or its rejection reason expired)", ArgsUsage: "HASH", Flags: []cli.Flag{rpcFlag}, Action: cmdTx},
		{Name: "prove-account", Usage: "prove an account against the latest state root finalized on L1, from L1 and DA alone (not the sequencer's word)",
			ArgsUsage: "ADDRESS", Flags: lightClientFlags("NRN_PROVE_"), Action: cmdProveAccount},
		{Name: "deposit", Usage: "bridge NRN from L1 to your L2 account", Flags: append([]cli.Flag{l1Flag, chainFlag, amountFlag,
			&cli.StringFlag{Name: "to", Usage: "L2 recipient (default: the sender)"}}, append(signerFlags(), l1TxFlags()...)...), Action: cmdDeposit},
		{Name: "claim", Usage: "claim a finalized withdrawal on L1", Flags: append([]cli.Flag{rpcFlag, l1Flag, chainFlag, &cli.Uint64Flag{Name: "id", Usage: "withdrawal id", Required: true}}, append(signerFlags(), l1TxFlags()...)...), Action: cmdClaim},
	}
}

// parseNRN parses a decimal NRN amount into wei (18 decimals).
func parseNRN(s string) (*big.Int, error) {
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 18 {
		return nil, fmt.Errorf("amount %q has more than 18 decimals", s)
	}
	frac += strings.Repeat("0", 18-len(frac))
	v, ok := new(big.Int).SetString(whole+frac, 10)
	if !ok || v.Sign() <= 0 {
		return nil, fmt.Errorf("amount %q is not a positive decimal number", s)
	}
	return v, nil
}

// withL2 dials the sequencer's RPC (--rpc), runs f with the client and closes it.
func withL2(c *cli.Context, f func(cl *rpcclient.Client) error) error {
	cl, err := rpcclient.Dial(c.Context, c.String("rpc"))
	if err != nil {
		return err
	}
	defer cl.Close()
	return f(cl)
}

// showL2 is withL2 for a read-only command: it prints what read returns as JSON.
func showL2[T any](c *cli.Context, read func(cl *rpcclient.Client) (T, error)) error {
	return withL2(c, func(cl *rpcclient.Client) error {
		v, err := read(cl)
		if err != nil {
			return err
		}
		return printJSON(v)
	})
}

func printJSON(v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	fmt.Println(string(b))
	return nil
}

func addrArg(c *cli.Context) (common.Address, error) {
	a := c.Args().First()
	if !common.IsHexAddress(a) {
		return common.Address{}, fmt.Errorf("%q is not an address", a)
	}
	return common.HexToAddress(a), nil
}

func cmdAccount(c *cli.Context) error {
	a, err := addrArg(c)
	if err != nil {
		return err
	}
	return showL2(c, func(cl *rpcclient.Client) (*rpcapi.Account, error) { return cl.Account(c.Context, a) })
}

// cmdFee prints the sequencer's fee estimate, for --tx's transaction if
// given.
func cmdFee(c *cli.Context) error {
	var tx *rollup.Tx
	if raw := c.String("tx"); raw != "" {
		b, err := hexutil.Decode(raw)
		if err != nil {
			return fmt.Errorf("--tx: %w", err)
		}
		if tx, err = rollup.DecodeTx(b); err != nil {
			return fmt.Errorf("--tx: %w", err)
		}
	}
	return withL2(c, func(cl *rpcclient.Client) error {
		est, err := cl.EstimateFee(c.Context, tx)
		if err != nil {
			return err
		}
		b, err := json.MarshalIndent(est, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(c.App.Writer, string(b))
		return err
	})
}

// sendL2 signs body with the user's key (filling the nonce) and waits for inclusion.
func sendL2(c *cli.Context, build func(nonce uint64) rollup.TxData) error {
	key, err := loadKey(c)
	if err != nil {
		return err
	}
	return showL2(c, func(cl *rpcclient.Client) (*rollup.Receipt, error) {
		chainID, err := cl.ChainID(c.Context)
		if err != nil {
			return nil, err
		}
		return cl.Submit(c.Context, key, chainID, build)
	})
}

func toAndAmount(c *cli.Context) (common.Address, *uint256.Int, error) {
	if !common.IsHexAddress(c.String("to")) {
		return common.Address{}, nil, fmt.Errorf("--to %q is not an address", c.String("to"))
	}
	amt, err := parseNRN(c.String("amount"))
	if err != nil {
		return common.Address{}, nil, err
	}
	u, overflow := uint256.FromBig(amt)
	if overflow {
		return common.Address{}, nil, errors.New("amount overflows")
	}
	return common.HexToAddress(c.String("to")), u, nil
}

func cmdTransfer(c *cli.Context) error {
	to, amt, err := toAndAmount(c)
	if err != nil {
		return err
	}
	return sendL2(c, func(n uint64) rollup.TxData { return &rollup.Transfer{Nonce: n, To: to, Amount: amt} })
}

func cmdWithdraw(c *cli.Context) error {
	to, amt, err := toAndAmount(c)
	if err != nil {
		return err
	}
	return sendL2(c, func(n uint64) rollup.TxData { return &rollup.Withdraw{Nonce: n, To: to, Amount: amt} })
}

func cmdMLSC(c *cli.Context) error {
	if c.Args().Len() == 0 {
		return showL2(c, func(cl *rpcclient.Client) (any, error) {
			ids, next, more, err := cl.MLSCPage(c.Context, c.Uint64("cursor"), c.Int("limit"))
			if err != nil {
				return nil, err
			}
			page := struct {
				IDs  []uint64 `json:"ids"`
				Next *uint64  `json:"next,omitempty"` // --cursor of the next page; absent on the last
			}{IDs: ids}
			if more {
				page.Next = &next
			}
			return page, nil
		})
	}
	return withL2(c, func(cl *rpcclient.Client) error {
		id, err := strconv.ParseUint(c.Args().First(), 10, 64)
		if err != nil {
			return fmt.Errorf("MLSC id %q: %w", c.Args().First(), err)
		}
		m, err := cl.MLSC(c.Context, id)
		if err != nil {
			return err
		}
		return printJSON(m)
	})
}

func cmdTx(c *cli.Context) error {
	h := c.Args().First()
	if b, err := hexutil.Decode(h); err != nil || len(b) != common.HashLength {
		return fmt.Errorf("%q is not a transaction hash (0x and 64 hex digits)", h)
	}
	return showL2(c, func(cl *rpcclient.Client) (*rpcapi.TxStatus, error) {
		return cl.TxStatus(c.Context, common.HexToHash(h))
	})
}

func cmdProveAccount(c *cli.Context) error {
	a, err := addrArg(c)
	if err != nil {
		return err
	}
	lc, err := openLightClient(c)
	if err != nil {
		return err
	}
	defer lc.ec.Close()
	// The replay re-executes every batch up to the last final one and checks its state
	// root against L1's record of that batch: the proof below is against L1's root.
	cp, _, err := lc.replayExitState(c.Context)
	if err != nil {
		return err
	}
	nodes, v, err := lightclient.ProveEntry(cp, rollup.AccountKey(a))
	if err != nil {
		return err
	}
	where := fmt.Sprintf("state root %s finalized on L1 (batch %d, L2 height %d, %d trie nodes)", cp.Head.StateRoot, int64(cp.NextBatch)-1, cp.Head.Number, len(nodes))
	if v == nil {
		fmt.Printf("verified: %s is absent from the %s\n", a, where)
		return nil
	}
	var acc rollup.Account
	if err := rlp.DecodeBytes(v, &acc); err != nil {
		return err
	}
	fmt.Printf("verified against the %s: nonce %d, balance %s, stake %s\n", where, acc.Nonce, acc.Balance.Dec(), acc.Stake.Dec())
	return nil
}

// l1Session is an L1 connection, the user's transactor and sender, and the
// contracts.
type l1Session struct {
	client *ethclient.Client
	opts   *bind.TransactOpts
	sender *txsend.Sender // op-service txmgr: nonces, fee bumps, resubmission (--l1.tx.*)
	dep    *deploy.Deployment
	from   uint64 // the deployment's L1 block: where its events start
}

// batch is accepted batch index's record, read from L1 (batchrecord.Read): what a
// claim or a mint passes, and the Rollup holds to the hash it keeps.
func (s *l1Session) batch(ctx context.Context, index uint64) (bindings.RollupBatch, error) {
	b, err := batchrecord.Read(ctx, s.client, s.dep.Rollup.Address, s.from, index)
	if err != nil {
		return bindings.RollupBatch{}, fmt.Errorf("batch %d's record on L1: %w", index, err)
	}
	return b, nil
}

// l1TxFlags are the L1-sending commands' --l1.tx.* flags (txsend).
func l1TxFlags() []cli.Flag { return txsend.CLIFlags("NRN") }

func openL1(c *cli.Context) (*l1Session, error) {
	key, err := loadKey(c)
	if err != nil {
		return nil, err
	}
	chain, err := chainfile.Read(c.String("chain"))
	if err != nil {
		return nil, err
	}
	txc := txsend.ReadCLIConfig(c)
	if err := txc.Check(); err != nil {
		return nil, err
	}
	ec, err := ethclient.DialContext(c.Context, c.String("l1"))
	if err != nil {
		return nil, fmt.Errorf("dial L1: %w", err)
	}
	l1ID := new(big.Int).SetUint64(chain.L1.ChainID)
	sender, err := txsend.New("nrn", ec, key, txc.Config(l1ID), log.NewLogger(slog.DiscardHandler), nil)
	if err != nil {
		ec.Close()
		return nil, err
	}
	return &l1Session{client: ec, opts: bind.NewKeyedTransactor(key, l1ID), sender: sender,
		dep: deploy.Bind(ec, chain.L1.Contracts), from: chain.L1.DeployBlock}, nil
}

func (s *l1Session) Close() {
	s.sender.Close()
	s.client.Close()
}

// send sends data to the contract at to through the transaction manager and
// prints the receipt; a call L1 would refuse fails before anything is sent,
// naming the contract's error.
func (s *l1Session) send(ctx context.Context, what string, to common.Address, data []byte) error {
	return s.sendValue(ctx, what, to, data, nil)
}

// sendValue is send with value wei attached.
func (s *l1Session) sendValue(ctx context.Context, what string, to common.Address, data []byte, value *big.Int) error {
	rc, err := s.sender.Send(ctx, to, data, value)
	if errors.Is(err, txsend.ErrReverted) && rc != nil {
		tx, _, terr := s.client.TransactionByHash(ctx, rc.TxHash)
		if terr == nil {
			err = fmt.Errorf("%w: %w", err, l1errors.Replay(ctx, s.client, s.sender.From(), tx, rc))
		}
	}
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	fmt.Printf("%s: %s (L1 block %d, gas %d)\n", what, rc.TxHash, rc.BlockNumber, rc.GasUsed)
	return nil
}

func cmdDeposit(c *cli.Context) error {
	amt, err := parseNRN(c.String("amount"))
	if err != nil {
		return err
	}
	s, err := openL1(c)
	if err != nil {
		return err
	}
	defer s.Close()
	nrnC, br := s.dep.NRN, s.dep.Bridge
	if err := s.send(c.Context, "approve", nrnC.Address, nrnC.Binding.PackApprove(br.Address, amt)); err != nil {
		return err
	}
	to := s.opts.From
	if t := c.String("to"); t != "" {
		if !common.IsHexAddress(t) {
			return fmt.Errorf("--to %q is not an address", t)
		}
		to = common.HexToAddress(t)
	}
	return s.send(c.Context, "deposit", br.Address, br.Binding.PackDeposit(to, amt))
}

func cmdClaim(c *cli.Context) error {
	s, err := openL1(c)
	if err != nil {
		return err
	}
	defer s.Close()
	return withL2(c, func(cl *rpcclient.Client) error {
		p, err := cl.WithdrawalProof(c.Context, c.Uint64("id"))
		if err != nil {
			return err
		}
		if !p.Settled {
			return fmt.Errorf("withdrawal %d is in batch %d, which is not on L1 yet", p.ID, p.BatchIndex)
		}
		proof := make([][32]byte, len(p.Proof))
		for i, h := range p.Proof {
			proof[i] = h
		}
		rec, err := s.batch(c.Context, uint64(p.BatchIndex))
		if err != nil {
			return err
		}
		br := s.dep.Bridge
		return s.send(c.Context, "claim", br.Address, br.Binding.PackClaimWithdrawal(rec, uint64(p.ID), p.From, p.To, p.Amount.ToInt(), proof))
	})
}
