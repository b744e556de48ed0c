package sequencer

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/neuron-rollup/neuron/l1"
	"github.com/neuron-rollup/neuron/rollup"
)

// API is the nrn_ JSON-RPC namespace. Its errors carry the codes of
// rpcCodes, which Client turns back into the same sentinels.
type API struct {
	s *Sequencer
}

// MaxPage is the most items one page of a list call holds.
const MaxPage = 1000

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
	return h, toRPC(err)
}

// Transaction statuses of nrn_getTransactionStatus.
const (
	StatusIncluded = "included"
	StatusPending  = "pending"
	StatusRejected = "rejected"
	// StatusUnknown: the node has no record of the transaction. It never
	// arrived, or it was rejected so long ago that its reason expired (the
	// node keeps the last Store.RejectedMax reasons).
	StatusUnknown = "unknown"
)

// TxStatus is the answer to nrn_getTransactionStatus.
type TxStatus struct {
	Status  string          `json:"status"` // one of the Status constants
	Receipt *rollup.Receipt `json:"receipt,omitempty"`
	// Error is why a rejected transaction was dropped; for an unknown one it
	// says that a rejection reason may have expired.
	Error string `json:"error,omitempty"`
}

// GetTransactionStatus reports what became of a transaction.
func (a *API) GetTransactionStatus(h common.Hash) (*TxStatus, error) {
	rc, err := a.s.store.Receipt(h)
	if err == nil {
		return &TxStatus{Status: StatusIncluded, Receipt: rc}, nil
	}
	if !errors.Is(err, ErrNotFound) {
		return nil, toRPC(err)
	}
	if a.s.pool.Has(h) {
		return &TxStatus{Status: StatusPending}, nil
	}
	reason, err := a.s.store.Rejected(h)
	switch {
	case err == nil:
		return &TxStatus{Status: StatusRejected, Error: reason}, nil
	case errors.Is(err, ErrNotFound):
		return &TxStatus{Status: StatusUnknown, Error: fmt.Sprintf(
			"unknown or expired: the node never received %s, or rejected it before its last %d rejections (older reasons are not kept)",
			h, a.s.store.RejectedMax())}, nil
	default:
		return nil, toRPC(err)
	}
}

// RPCBlock is a block as served over RPC.
type RPCBlock struct {
	Number       hexutil.Uint64 `json:"number"`
	Hash         common.Hash    `json:"hash"`
	ParentHash   common.Hash    `json:"parentHash"`
	Time         hexutil.Uint64 `json:"timestamp"`
	L1Number     hexutil.Uint64 `json:"l1Number"`
	L1Hash       common.Hash    `json:"l1Hash"`
	TxHash       common.Hash    `json:"txHash"`
	StateRoot    common.Hash    `json:"stateRoot"`
	Transactions []common.Hash  `json:"transactions"`
	Raw          hexutil.Bytes  `json:"raw,omitempty"`
}

// GetBlockByNumber returns a block; full adds its canonical encoding.
func (a *API) GetBlockByNumber(n hexutil.Uint64, full bool) (*RPCBlock, error) {
	blk, err := a.s.store.Block(uint64(n))
	if err != nil {
		return nil, toRPC(fmt.Errorf("block %d: %w", n, err))
	}
	h := blk.Header
	out := &RPCBlock{Number: hexutil.Uint64(h.Number), Hash: blk.Hash(), ParentHash: h.ParentHash, Time: hexutil.Uint64(h.Time),
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

// RPCAccount is an account as served over RPC.
type RPCAccount struct {
	Nonce      hexutil.Uint64 `json:"nonce"`
	Balance    *hexutil.Big   `json:"balance"`
	Stake      *hexutil.Big   `json:"stake"`
	OpenClaims hexutil.Uint64 `json:"openClaims"`
}

// GetAccount returns an account at the head.
func (a *API) GetAccount(addr common.Address) (*RPCAccount, error) {
	var out *RPCAccount
	err := a.s.View(func(st *rollup.State, _ *rollup.Header) error {
		acc := st.Account(addr)
		out = &RPCAccount{Nonce: hexutil.Uint64(acc.Nonce), Balance: (*hexutil.Big)(acc.Balance.ToBig()),
			Stake: (*hexutil.Big)(acc.Stake.ToBig()), OpenClaims: hexutil.Uint64(acc.OpenClaims)}
		return nil
	})
	return out, toRPC(err)
}

// IDPage is one page of a list of ids.
type IDPage struct {
	IDs []hexutil.Uint64 `json:"ids"`
	// Next is the cursor of the next page; absent on the last page.
	Next *hexutil.Uint64 `json:"next,omitempty"`
}

// ListMLSCs returns the MLSC ids in [cursor, cursor+limit), in increasing
// order; limit is at most MaxPage, and absent means MaxPage. MLSC ids are
// consecutive, so a page is full but for the last, and its cost does not
// grow with the number of MLSCs.
func (a *API) ListMLSCs(cursor hexutil.Uint64, limit *hexutil.Uint64) (*IDPage, error) {
	n := uint64(MaxPage)
	if limit != nil {
		n = uint64(*limit)
	}
	if n == 0 || n > MaxPage {
		return nil, toRPC(fmt.Errorf("%w: limit %d outside 1..%d", ErrBadPage, n, MaxPage))
	}
	out := &IDPage{IDs: []hexutil.Uint64{}}
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
	return out, toRPC(err)
}

// GetMLSC returns an MLSC record with its round windows.
func (a *API) GetMLSC(id hexutil.Uint64) (*MLSCView, error) {
	var out *MLSCView
	err := a.s.View(func(st *rollup.State, head *rollup.Header) error {
		m, ok := st.MLSC(uint64(id))
		if !ok {
			return fmt.Errorf("%w: %d", rollup.ErrUnknownMLSC, id)
		}
		out = &MLSCView{MLSC: m, Height: head.Number, CommitEnd: m.CommitEnd(), RevealEnd: m.RevealEnd(), ProofEnd: m.ProofEnd(), PhaseName: m.Phase.String()}
		return nil
	})
	return out, toRPC(err)
}

// MLSCView is an MLSC with derived round windows.
type MLSCView struct {
	rollup.MLSC
	PhaseName string `json:"phaseName"`
	Height    uint64 `json:"height"`
	CommitEnd uint64 `json:"commitEnd"`
	RevealEnd uint64 `json:"revealEnd"`
	ProofEnd  uint64 `json:"proofEnd"`
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
	return out, toRPC(err)
}

// GetClaim returns the statement the round's loss proof must prove.
func (a *API) GetClaim(id, round hexutil.Uint64) (*rollup.Claim, error) {
	var out *rollup.Claim
	err := a.s.View(func(st *rollup.State, _ *rollup.Header) error {
		c, err := st.ClaimOf(uint64(id), uint64(round))
		out = c
		return err
	})
	return out, toRPC(err)
}

// StateProof proves one state entry against a block's state root.
type StateProof struct {
	Height hexutil.Uint64  `json:"height"`
	Root   common.Hash     `json:"root"`
	Key    hexutil.Bytes   `json:"key"`
	Value  hexutil.Bytes   `json:"value"` // RLP of the entry; empty if absent
	Nodes  []hexutil.Bytes `json:"nodes"`
}

// GetStateProof proves the entry at key (see rollup.AccountKey, MLSCKey,
// RoundKey, WithdrawalKey) at the head.
func (a *API) GetStateProof(key hexutil.Bytes) (*StateProof, error) {
	var out *StateProof
	err := a.s.View(func(st *rollup.State, head *rollup.Header) error {
		nodes, err := st.Prove(key)
		if err != nil {
			return err
		}
		val, err := rollup.VerifyProof(head.StateRoot, key, nodes)
		if err != nil {
			return err
		}
		out = &StateProof{Height: hexutil.Uint64(head.Number), Root: head.StateRoot, Key: key, Value: val}
		for _, n := range nodes {
			out.Nodes = append(out.Nodes, n)
		}
		return nil
	})
	return out, toRPC(err)
}

// WithdrawalProof is what Bridge.claimWithdrawal needs.
type WithdrawalProof struct {
	BatchIndex hexutil.Uint64 `json:"batchIndex"`
	ID         hexutil.Uint64 `json:"id"`
	From       common.Address `json:"from"`
	To         common.Address `json:"to"`
	Amount     *hexutil.Big   `json:"amount"`
	Proof      []common.Hash  `json:"proof"`
	Settled    bool           `json:"settled"` // batch submitted to L1
}

// GetWithdrawalProof returns the Merkle proof of a withdrawal once its batch
// is sealed. It finds the batch in the store's withdrawal index, so its
// cost does not grow with the number of batches.
func (a *API) GetWithdrawalProof(id hexutil.Uint64) (*WithdrawalProof, error) {
	p, err := a.withdrawalProof(uint64(id))
	return p, toRPC(err)
}

func (a *API) withdrawalProof(id uint64) (*WithdrawalProof, error) {
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

// RPCBatch is a sealed batch.
type RPCBatch struct {
	Index          hexutil.Uint64 `json:"index"`
	FirstBlock     hexutil.Uint64 `json:"firstBlock"`
	LastBlock      hexutil.Uint64 `json:"lastBlock"`
	CID            string         `json:"cid"`
	DataHash       common.Hash    `json:"dataHash"`
	StateRoot      common.Hash    `json:"stateRoot"`
	WithdrawalRoot common.Hash    `json:"withdrawalRoot"`
	Proofs         int            `json:"proofs"`
	L1Tx           common.Hash    `json:"l1Tx"`
}

// GetBatch returns a sealed batch.
func (a *API) GetBatch(i hexutil.Uint64) (*RPCBatch, error) {
	rec, err := a.s.store.Batch(uint64(i))
	if err != nil {
		return nil, toRPC(fmt.Errorf("batch %d: %w", i, err))
	}
	return &RPCBatch{Index: i, FirstBlock: hexutil.Uint64(rec.FirstBlock), LastBlock: hexutil.Uint64(rec.LastBlock),
		CID: cidString(rec.CID), DataHash: rec.DataHash, StateRoot: rec.StateRoot, WithdrawalRoot: rec.WithdrawalRoot,
		Proofs: len(rec.Proofs), L1Tx: rec.L1Tx}, nil
}

// withdrawalProof builds the proof of withdrawal id, which batch rec holds.
func (s *Sequencer) withdrawalProof(rec *BatchRecord, id uint64) (*WithdrawalProof, error) {
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
	out := &WithdrawalProof{BatchIndex: hexutil.Uint64(rec.Index), ID: hexutil.Uint64(id), From: w.From, To: w.To,
		Amount: (*hexutil.Big)(w.Amount.ToBig()), Settled: rec.L1Tx != (common.Hash{})}
	for _, p := range l1.MerkleProof(leaves, int(id-rec.FirstWithdrawal)) {
		out.Proof = append(out.Proof, p)
	}
	return out, nil
}
