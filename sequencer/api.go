package sequencer

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/l1"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcapi"
)

// API is the nrn_ JSON-RPC namespace (its views are package rpcapi's). Its
// errors carry rpcapi's codes (rpcapi.ToRPC), which rpcclient turns back into
// the same sentinels.
type API struct {
	s *Sequencer
}

// NewRPCHandler returns an HTTP handler serving the nrn_ namespace with
// go-ethereum's default limits and none of RPCServer's; tests and the
// in-process devnet use it. A node serves the API with StartRPCServer.
func NewRPCHandler(s *Sequencer) (http.Handler, error) {
	return newRPCServer(s, 0, 0)
}

// newRPCServer returns the JSON-RPC server of the nrn_ namespace with
// batches of at most batchItems calls and batchBytes response bytes (0: no
// limit).
func newRPCServer(s *Sequencer, batchItems, batchBytes int) (*rpc.Server, error) {
	srv := rpc.NewServer()
	srv.SetBatchLimits(batchItems, batchBytes)
	if err := srv.RegisterName("nrn", &API{s: s}); err != nil {
		return nil, fmt.Errorf("register nrn api: %w", err)
	}
	return srv, nil
}

// ChainId returns the L2 chain id.
func (a *API) ChainId() hexutil.Uint64 { return hexutil.Uint64(a.s.cfg.Chain.ChainID) }

// BlockNumber returns the latest block number.
func (a *API) BlockNumber() hexutil.Uint64 { return hexutil.Uint64(a.s.Head().Number) }

// SendRawTransaction admits an encoded transaction and returns its hash once
// it is durably stored.
func (a *API) SendRawTransaction(ctx context.Context, raw hexutil.Bytes) (common.Hash, error) {
	h, err := a.s.SendTx(ctx, raw)
	return h, rpcapi.ToRPC(err)
}

// GetTransactionStatus reports what became of a transaction.
func (a *API) GetTransactionStatus(h common.Hash) (*rpcapi.TxStatus, error) {
	rc, err := a.s.store.Receipt(h)
	if err == nil {
		return &rpcapi.TxStatus{Status: rpcapi.StatusIncluded, Receipt: rc}, nil
	}
	if !errors.Is(err, ErrNotFound) {
		return nil, rpcapi.ToRPC(err)
	}
	if a.s.pool.Has(h) {
		return &rpcapi.TxStatus{Status: rpcapi.StatusPending}, nil
	}
	reason, err := a.s.store.Rejected(h)
	switch {
	case err == nil:
		return &rpcapi.TxStatus{Status: rpcapi.StatusRejected, Error: reason}, nil
	case errors.Is(err, ErrNotFound):
		return &rpcapi.TxStatus{Status: rpcapi.StatusUnknown, Error: fmt.Sprintf(
			"unknown or expired: the node never received %s, or rejected it before its last %d rejections (older reasons are not kept)",
			h, a.s.store.RejectedMax())}, nil
	default:
		return nil, rpcapi.ToRPC(err)
	}
}

// GetBlockByNumber returns a block; full adds its canonical encoding.
func (a *API) GetBlockByNumber(n hexutil.Uint64, full bool) (*rpcapi.Block, error) {
	blk, err := a.s.store.Block(uint64(n))
	if err != nil {
		return nil, rpcapi.ToRPC(fmt.Errorf("block %d: %w", n, err))
	}
	h := blk.Header
	out := &rpcapi.Block{Number: hexutil.Uint64(h.Number), Hash: blk.Hash(), ParentHash: h.ParentHash, Time: hexutil.Uint64(h.Time),
		L1Number: hexutil.Uint64(h.L1Number), L1Hash: h.L1Hash, TxHash: h.TxHash, StateRoot: h.StateRoot, Transactions: []common.Hash{}}
	for _, tx := range blk.Txs {
		out.Transactions = append(out.Transactions, tx.Hash())
	}
	if full {
		if out.Raw, err = blk.Encode(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// EstimateFee returns the base fee the next block will charge and the fee cap
// a wallet should sign (twice it), and, if raw is given (an encoded
// transaction; its signature is not checked, and the fee cap it carries
// should be the one it will be signed with, as the cap's bytes count), its fee
// units and fee (rollup.FeeRule).
func (a *API) EstimateFee(raw *hexutil.Bytes) (*rpcapi.FeeEstimate, error) {
	var tx *rollup.Tx
	if raw != nil {
		var err error
		if tx, err = rollup.DecodeTx(*raw); err != nil {
			return nil, rpcapi.ToRPC(err)
		}
	}
	cfg := a.s.cfg.Chain
	var out *rpcapi.FeeEstimate
	err := a.s.View(func(st *rollup.State, _ *rollup.Header) error {
		g := st.Globals()
		base, next := new(uint256.Int), new(uint256.Int)
		if g.BaseFee != nil {
			base = g.BaseFee
		}
		if nb := cfg.Fees.NextBaseFee(g.BaseFee, g.BlockUnits); nb != nil {
			next = nb
		}
		feeCap := new(uint256.Int).Lsh(next, 1)
		out = &rpcapi.FeeEstimate{BaseFee: (*hexutil.Big)(base.ToBig()), NextBaseFee: (*hexutil.Big)(next.ToBig()),
			FeeCap: (*hexutil.Big)(feeCap.ToBig())}
		if tx != nil {
			units := hexutil.Uint64(0)
			if cfg.Fees.On() {
				units = hexutil.Uint64(rollup.FeeUnits(tx))
			}
			out.Units = &units
			out.Fee = (*hexutil.Big)(cfg.Fee(tx, next).ToBig())
			out.MaxFee = (*hexutil.Big)(cfg.Fee(tx, feeCap).ToBig())
		}
		return nil
	})
	return out, rpcapi.ToRPC(err)
}

// GetAccount returns an account at the head.
func (a *API) GetAccount(addr common.Address) (*rpcapi.Account, error) {
	var out *rpcapi.Account
	err := a.s.View(func(st *rollup.State, _ *rollup.Header) error {
		acc := st.Account(addr)
		out = &rpcapi.Account{Nonce: hexutil.Uint64(acc.Nonce), Balance: (*hexutil.Big)(acc.Balance.ToBig()),
			Stake: (*hexutil.Big)(acc.Stake.ToBig()), OpenClaims: hexutil.Uint64(acc.OpenClaims)}
		return nil
	})
	return out, rpcapi.ToRPC(err)
}

// ListMLSCs returns the MLSC ids in [cursor, cursor+limit), in increasing
// order; limit is at most MaxPage, and absent means MaxPage. MLSC ids are
// consecutive, so a page is full but for the last, and its cost does not
// grow with the number of MLSCs.
func (a *API) ListMLSCs(cursor hexutil.Uint64, limit *hexutil.Uint64) (*rpcapi.IDPage, error) {
	n := uint64(rpcapi.MaxPage)
	if limit != nil {
		n = uint64(*limit)
	}
	if n == 0 || n > rpcapi.MaxPage {
		return nil, rpcapi.ToRPC(fmt.Errorf("%w: limit %d outside 1..%d", ErrBadPage, n, rpcapi.MaxPage))
	}
	out := &rpcapi.IDPage{IDs: []hexutil.Uint64{}}
	err := a.s.View(func(st *rollup.State, _ *rollup.Header) error {
		end := st.Globals().NextMLSC
		for id := uint64(cursor); id < end && id-uint64(cursor) < n; id++ {
			if _, ok := st.MLSC(id); ok {
				out.IDs = append(out.IDs, hexutil.Uint64(id))
			}
		}
		if uint64(cursor) < end && end-uint64(cursor) > n {
			next := hexutil.Uint64(uint64(cursor) + n)
			out.Next = &next
		}
		return nil
	})
	return out, rpcapi.ToRPC(err)
}

// GetMLSC returns an MLSC record with its round windows.
func (a *API) GetMLSC(id hexutil.Uint64) (*rpcapi.MLSCView, error) {
	var out *rpcapi.MLSCView
	err := a.s.View(func(st *rollup.State, head *rollup.Header) error {
		m, ok := st.MLSC(uint64(id))
		if !ok {
			return fmt.Errorf("%w: %d", rollup.ErrUnknownMLSC, id)
		}
		out = &rpcapi.MLSCView{MLSC: m, Height: head.Number, CommitEnd: m.CommitEnd(), RevealEnd: m.RevealEnd(), ProofEnd: m.ProofEnd(), PhaseName: m.Phase.String()}
		return nil
	})
	return out, rpcapi.ToRPC(err)
}

// GetRound returns a round record.
func (a *API) GetRound(id, round hexutil.Uint64) (*rollup.Round, error) {
	var out *rollup.Round
	err := a.s.View(func(st *rollup.State, _ *rollup.Header) error {
		r, ok := st.Round(uint64(id), uint64(round))
		if !ok {
			return fmt.Errorf("%w: MLSC %d has no round %d", ErrNotFound, id, round)
		}
		out = &r
		return nil
	})
	return out, rpcapi.ToRPC(err)
}

// GetClaim returns the statement the round's loss proof must prove.
func (a *API) GetClaim(id, round hexutil.Uint64) (*rollup.Claim, error) {
	var out *rollup.Claim
	err := a.s.View(func(st *rollup.State, _ *rollup.Header) error {
		c, err := st.ClaimOf(uint64(id), uint64(round))
		out = c
		return err
	})
	return out, rpcapi.ToRPC(err)
}

// GetStateProof proves the entry at key (see rollup.AccountKey, MLSCKey,
// RoundKey, WithdrawalKey) at the head.
func (a *API) GetStateProof(key hexutil.Bytes) (*rpcapi.StateProof, error) {
	var out *rpcapi.StateProof
	err := a.s.View(func(st *rollup.State, head *rollup.Header) error {
		nodes, err := st.Prove(key)
		if err != nil {
			return err
		}
		val, err := rollup.VerifyProof(head.StateRoot, key, nodes)
		if err != nil {
			return err
		}
		out = &rpcapi.StateProof{Height: hexutil.Uint64(head.Number), Root: head.StateRoot, Key: key, Value: val}
		for _, n := range nodes {
			out.Nodes = append(out.Nodes, n)
		}
		return nil
	})
	return out, rpcapi.ToRPC(err)
}

// GetWithdrawalProof returns the Merkle proof of a withdrawal once its batch
// is sealed. It finds the batch in the store's withdrawal index, so its
// cost does not grow with the number of batches.
func (a *API) GetWithdrawalProof(id hexutil.Uint64) (*rpcapi.WithdrawalProof, error) {
	p, err := a.withdrawalProof(uint64(id))
	return p, rpcapi.ToRPC(err)
}

func (a *API) withdrawalProof(id uint64) (*rpcapi.WithdrawalProof, error) {
	i, err := a.s.store.WithdrawalBatch(id)
	if err != nil {
		return nil, err
	}
	rec, err := a.s.store.Batch(i)
	if err != nil {
		return nil, fmt.Errorf("batch %d of withdrawal %d: %w", i, id, err)
	}
	if id < rec.FirstWithdrawal || id >= rec.NextWithdrawal {
		return nil, fmt.Errorf("sequencer: withdrawal index names batch %d for withdrawal %d, which holds %d..%d",
			i, id, rec.FirstWithdrawal, rec.NextWithdrawal)
	}
	return a.s.withdrawalProof(rec, id)
}

// GetMessageProof returns L2→L1 message id with its Merkle proof against
// the message root of the sealed batch that made it (ErrNotFound for an
// unknown message or one not in a sealed batch yet). It finds the batch by
// the message's L2 height with a binary search over the batch records.
func (a *API) GetMessageProof(id hexutil.Uint64) (*rpcapi.MessageProof, error) {
	p, err := a.s.messageProof(uint64(id))
	return p, rpcapi.ToRPC(err)
}

func (s *Sequencer) messageProof(id uint64) (*rpcapi.MessageProof, error) {
	var msg rollup.Message
	var ok bool
	if err := s.View(func(st *rollup.State, _ *rollup.Header) error {
		msg, ok = st.Message(id)
		return nil
	}); err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("%w: message %d", ErrNotFound, id)
	}
	n, next, err := s.store.NextBatch()
	if err != nil {
		return nil, err
	}
	if msg.Height >= next {
		return nil, fmt.Errorf("%w: message %d (block %d) is not in a sealed batch yet", ErrNotFound, id, msg.Height)
	}
	lo, hi := uint64(0), n
	var rec *BatchRecord
	for lo < hi {
		mid := lo + (hi-lo)/2
		r, err := s.store.Batch(mid)
		if err != nil {
			return nil, fmt.Errorf("batch %d: %w", mid, err)
		}
		if r.LastBlock >= msg.Height {
			hi, rec = mid, r
		} else {
			lo = mid + 1
		}
	}
	if rec == nil || id < rec.FirstMessage || id >= rec.NextMessage {
		return nil, fmt.Errorf("sequencer: message %d (block %d) is not among the messages of the batch holding its block", id, msg.Height)
	}
	var leaves [][32]byte
	if err := s.View(func(st *rollup.State, _ *rollup.Header) error {
		var err error
		leaves, err = rollup.MessageLeaves(s.cfg.Chain, st, rec.FirstMessage, rec.NextMessage)
		return err
	}); err != nil {
		return nil, err
	}
	out := &rpcapi.MessageProof{BatchIndex: hexutil.Uint64(rec.Index), ID: hexutil.Uint64(id), Kind: hexutil.Uint64(msg.Kind),
		Data: msg.Data, Settled: rec.L1Tx != (common.Hash{})}
	for _, p := range l1.MerkleProof(leaves, int(id-rec.FirstMessage)) {
		out.Proof = append(out.Proof, p)
	}
	return out, nil
}

// GetBatch returns a sealed batch.
func (a *API) GetBatch(i hexutil.Uint64) (*rpcapi.Batch, error) {
	rec, err := a.s.store.Batch(uint64(i))
	if err != nil {
		return nil, rpcapi.ToRPC(fmt.Errorf("batch %d: %w", i, err))
	}
	return &rpcapi.Batch{Index: i, FirstBlock: hexutil.Uint64(rec.FirstBlock), LastBlock: hexutil.Uint64(rec.LastBlock),
		CID: cidString(rec.CID), DataHash: rec.DataHash, StateRoot: rec.StateRoot, WithdrawalRoot: rec.WithdrawalRoot,
		Proofs: len(rec.Proofs), L1Tx: rec.L1Tx}, nil
}

// withdrawalProof builds the proof of withdrawal id, which batch rec holds.
func (s *Sequencer) withdrawalProof(rec *BatchRecord, id uint64) (*rpcapi.WithdrawalProof, error) {
	var leaves [][32]byte
	var w rollup.Withdrawal
	err := s.View(func(st *rollup.State, _ *rollup.Header) error {
		var err error
		leaves, err = rollup.WithdrawalLeaves(s.cfg.Chain, st, rec.FirstWithdrawal, rec.NextWithdrawal)
		w, _ = st.Withdrawal(id)
		return err
	})
	if err != nil {
		return nil, err
	}
	out := &rpcapi.WithdrawalProof{BatchIndex: hexutil.Uint64(rec.Index), ID: hexutil.Uint64(id), From: w.From, To: w.To,
		Amount: (*hexutil.Big)(w.Amount.ToBig()), Settled: rec.L1Tx != (common.Hash{})}
	for _, p := range l1.MerkleProof(leaves, int(id-rec.FirstWithdrawal)) {
		out.Proof = append(out.Proof, p)
	}
	return out, nil
}
