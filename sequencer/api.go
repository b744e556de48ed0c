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

// API is the nrn_ JSON-RPC namespace.
type API struct {
	s *Sequencer
}

// NewRPCHandler returns an HTTP handler serving the nrn_ namespace.
func NewRPCHandler(s *Sequencer) (http.Handler, error) {
	srv := rpc.NewServer()
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
	return a.s.SendTx(ctx, raw)
}

// TxStatus is the answer to nrn_getTransactionStatus.
type TxStatus struct {
	Status  string          `json:"status"` // included, pending, rejected, unknown
	Receipt *rollup.Receipt `json:"receipt,omitempty"`
	Error   string          `json:"error,omitempty"`
}

// GetTransactionStatus reports what became of a transaction.
func (a *API) GetTransactionStatus(h common.Hash) (*TxStatus, error) {
	rc, err := a.s.store.Receipt(h)
	if err == nil {
		return &TxStatus{Status: "included", Receipt: rc}, nil
	}
	if !errors.Is(err, ErrNotFound) {
		return nil, err
	}
	if a.s.pool.Has(h) {
		return &TxStatus{Status: "pending"}, nil
	}
	reason, err := a.s.store.Rejected(h)
	if err == nil {
		return &TxStatus{Status: "rejected", Error: reason}, nil
	}
	return &TxStatus{Status: "unknown"}, nil
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
		return nil, fmt.Errorf("block %d: %w", n, err)
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
	return out, err
}

// ListMLSCs returns every MLSC id.
func (a *API) ListMLSCs() ([]hexutil.Uint64, error) {
	var out []hexutil.Uint64
	err := a.s.View(func(st *rollup.State, _ *rollup.Header) error {
		for _, id := range st.MLSCIDs() {
			out = append(out, hexutil.Uint64(id))
		}
		return nil
	})
	return out, err
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
	return out, err
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
			return fmt.Errorf("sequencer: MLSC %d has no round %d", id, round)
		}
		out = &r
		return nil
	})
	return out, err
}

// GetClaim returns the statement the round's loss proof must prove.
func (a *API) GetClaim(id, round hexutil.Uint64) (*rollup.Claim, error) {
	var out *rollup.Claim
	err := a.s.View(func(st *rollup.State, _ *rollup.Header) error {
		c, err := st.ClaimOf(uint64(id), uint64(round))
		out = c
		return err
	})
	return out, err
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
	return out, err
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
// is sealed.
func (a *API) GetWithdrawalProof(id hexutil.Uint64) (*WithdrawalProof, error) {
	next, _, err := a.s.store.NextBatch()
	if err != nil {
		return nil, err
	}
	for i := uint64(0); i < next; i++ { // few batches in the skeleton; an index comes later
		rec, err := a.s.store.Batch(i)
		if err != nil {
			return nil, err
		}
		if uint64(id) < rec.FirstWithdrawal || uint64(id) >= rec.NextWithdrawal {
			continue
		}
		leaves, err := a.s.withdrawalLeaves(rec.FirstWithdrawal, rec.NextWithdrawal)
		if err != nil {
			return nil, err
		}
		var w rollup.Withdrawal
		_ = a.s.View(func(st *rollup.State, _ *rollup.Header) error { w, _ = st.Withdrawal(uint64(id)); return nil })
		out := &WithdrawalProof{BatchIndex: hexutil.Uint64(i), ID: id, From: w.From, To: w.To,
			Amount: (*hexutil.Big)(w.Amount.ToBig()), Settled: rec.L1Tx != (common.Hash{})}
		for _, p := range l1.MerkleProof(leaves, int(uint64(id)-rec.FirstWithdrawal)) {
			out.Proof = append(out.Proof, p)
		}
		return out, nil
	}
	return nil, fmt.Errorf("%w: withdrawal %d is not in a sealed batch yet", ErrNotFound, id)
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
		return nil, fmt.Errorf("batch %d: %w", i, err)
	}
	return &RPCBatch{Index: i, FirstBlock: hexutil.Uint64(rec.FirstBlock), LastBlock: hexutil.Uint64(rec.LastBlock),
		CID: cidString(rec.CID), DataHash: rec.DataHash, StateRoot: rec.StateRoot, WithdrawalRoot: rec.WithdrawalRoot,
		Proofs: len(rec.Proofs), L1Tx: rec.L1Tx}, nil
}
