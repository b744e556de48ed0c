package explorer

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/da/delta"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcapi"
)

// Page sizes.
const (
	homeRows    = 10
	blocksPage  = 25
	batchesPage = 20
	mlscsPage   = 50
	bridgeRows  = 50
	accountRows = 100
	blockTxRows = 500
	chartRounds = 500
)

// pageError is a page that could not be shown: the status, a title and
// what failed. Source names the service that failed, if one did.
type pageError struct {
	Status int
	Title  string
	Detail string
	Source string
}

func (e *pageError) Error() string { return e.Title + ": " + e.Detail }

func badRequest(what, got string) *pageError {
	return &pageError{Status: http.StatusBadRequest, Title: "Bad " + what, Detail: fmt.Sprintf("%q is not a valid %s", got, what)}
}

// fail shows the error page of err: 404 for what the chain does not have,
// 502 naming the sequencer's RPC or the L1 node when one of them failed.
func (e *Explorer) fail(w http.ResponseWriter, r *http.Request, err error) {
	var pe *pageError
	var l1e *l1Error
	switch {
	case errors.As(err, &pe):
	case errors.Is(err, rpcapi.ErrNotFound), errors.Is(err, rollup.ErrUnknownMLSC):
		pe = &pageError{Status: http.StatusNotFound, Title: "Not found", Detail: err.Error()}
	case errors.As(err, &l1e):
		pe = &pageError{Status: http.StatusBadGateway, Title: "Cannot read the L1 node", Detail: err.Error(), Source: e.cfg.L1URL}
	case errors.Is(err, context.Canceled):
		return // the client went away
	default:
		pe = &pageError{Status: http.StatusBadGateway, Title: "Cannot read the sequencer's RPC", Detail: err.Error(), Source: e.cfg.RPCURL}
	}
	if pe.Status >= 500 {
		e.log.Warn("Explorer page failed", "path", r.URL.Path, "err", err)
	}
	e.render(w, pe.Status, "error", &view{Title: pe.Title, RPCURL: e.cfg.RPCURL, L1URL: e.cfg.L1URL, Data: pe})
}

// l2err marks err as the sequencer's.
func l2err(err error) error {
	var l2e *l2Error
	if err == nil || errors.As(err, &l2e) {
		return err
	}
	return &l2Error{err}
}

func pathUint(r *http.Request, name, what string) (uint64, error) {
	s := r.PathValue(name)
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, badRequest(what, s)
	}
	return n, nil
}

// queryUint reads an optional number from the query; def when absent.
func queryUint(r *http.Request, name string, def uint64) (uint64, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, badRequest(name, s)
	}
	return n, nil
}

// blockRow is one line of a block list.
type blockRow struct {
	Number, Time, L1Number uint64
	Hash                   common.Hash
	Txs                    int
}

func rowOf(b *rpcapi.Block) blockRow {
	return blockRow{Number: uint64(b.Number), Time: uint64(b.Time), L1Number: uint64(b.L1Number), Hash: b.Hash, Txs: len(b.Transactions)}
}

// blockRows reads blocks from (inclusive) down, count at most.
func (e *Explorer) blockRows(ctx context.Context, from uint64, count int) ([]blockRow, error) {
	var rows []blockRow
	for n := from; len(rows) < count; n-- {
		b, err := e.l2.Block(ctx, n, false)
		if err != nil {
			return nil, l2err(fmt.Errorf("block %d: %w", n, err))
		}
		rows = append(rows, rowOf(b))
		if n == 0 {
			break
		}
	}
	return rows, nil
}

// batchRow is a batch with its L1 status.
type batchRow struct {
	Index, FirstBlock, LastBlock              uint64
	CID                                       string
	DataHash, StateRoot, WithdrawalRoot, L1Tx common.Hash
	Proofs                                    int
	Status                                    string // sealed, submitted, finalized
	L1                                        *batchL1
	Gas                                       uint64
	Finalized                                 bool
}

func (e *Explorer) batchRow(ctx context.Context, i uint64) (*batchRow, error) {
	b, err := e.l2.Batch(ctx, i)
	if err != nil {
		return nil, l2err(fmt.Errorf("batch %d: %w", i, err))
	}
	row := &batchRow{Index: uint64(b.Index), FirstBlock: uint64(b.FirstBlock), LastBlock: uint64(b.LastBlock), CID: b.CID,
		DataHash: b.DataHash, StateRoot: b.StateRoot, WithdrawalRoot: b.WithdrawalRoot, L1Tx: b.L1Tx, Proofs: b.Proofs,
		Status: "sealed, not on L1 yet"}
	e.idx.mu.RLock()
	if i < uint64(len(e.idx.submitted)) {
		s := e.idx.submitted[i]
		row.L1 = &s
	}
	e.idx.mu.RUnlock()
	if row.L1 == nil {
		return row, nil
	}
	row.Status = "submitted"
	if row.Gas, err = e.idx.gasOf(ctx, row.L1.Tx); err != nil {
		return nil, err
	}
	if row.Finalized, err = e.idx.finalized(ctx, i); err != nil {
		return nil, err
	}
	if row.Finalized {
		row.Status = "finalized"
	}
	return row, nil
}

// batchRows reads batches from (inclusive) down, count at most.
func (e *Explorer) batchRows(ctx context.Context, from uint64, count int) ([]*batchRow, error) {
	var rows []*batchRow
	for i := from; len(rows) < count; i-- {
		row, err := e.batchRow(ctx, i)
		if err != nil {
			return nil, err
		}
		rows = append(rows, row)
		if i == 0 {
			break
		}
	}
	return rows, nil
}

type homeData struct {
	Head              blockRow
	Blocks            []blockRow
	Batches           []*batchRow
	Txs               uint64
	Sealed, Submitted uint64
	L1Head            uint64
}

func (e *Explorer) home(ctx context.Context, r *http.Request) (string, bool, any, error) {
	if err := e.Sync(ctx); err != nil {
		return "", false, nil, err
	}
	d := &homeData{}
	head, err := e.l2.BlockNumber(ctx)
	if err != nil {
		return "", false, nil, l2err(err)
	}
	if d.Blocks, err = e.blockRows(ctx, head, homeRows); err != nil {
		return "", false, nil, err
	}
	d.Head = d.Blocks[0]
	e.idx.mu.RLock()
	d.Txs, d.Sealed, d.Submitted, d.L1Head = e.idx.l2Txs, e.idx.sealed, uint64(len(e.idx.submitted)), e.idx.l1Head
	e.idx.mu.RUnlock()
	if d.Sealed > 0 {
		if d.Batches, err = e.batchRows(ctx, d.Sealed-1, homeRows); err != nil {
			return "", false, nil, err
		}
	}
	return "Neuron explorer", true, d, nil
}

type blocksData struct {
	Blocks []blockRow
	Head   uint64
	Older  uint64 // the before= of the next page; 0: none
}

func (e *Explorer) blocks(ctx context.Context, r *http.Request) (string, bool, any, error) {
	head, err := e.l2.BlockNumber(ctx)
	if err != nil {
		return "", false, nil, l2err(err)
	}
	before, err := queryUint(r, "before", head+1)
	if err != nil {
		return "", false, nil, err
	}
	d := &blocksData{Head: head}
	if before = min(before, head+1); before > 0 {
		if d.Blocks, err = e.blockRows(ctx, before-1, blocksPage); err != nil {
			return "", false, nil, err
		}
		if last := d.Blocks[len(d.Blocks)-1].Number; last > 0 {
			d.Older = last
		}
	}
	return "Blocks", r.URL.Query().Get("before") == "", d, nil
}

// txRow is a decoded transaction.
type txRow struct {
	Hash       common.Hash
	Type       string
	From       common.Address
	FromL1     bool // From is an L1 address (deposits, forced entries)
	To         *common.Address
	Amount     *uint256.Int
	MLSC       *uint64
	Round      *uint64
	Height     uint64
	Index      int
	Note       string
	SenderNote string // why From is unknown
}

func decodeTx(tx *rollup.Tx, height uint64, index int) txRow {
	row := txRow{Hash: tx.Hash(), Type: tx.Type().String(), Height: height, Index: index}
	u := func(v uint64) *uint64 { return &v }
	switch d := tx.Data().(type) {
	case *rollup.Deposit:
		row.From, row.FromL1, row.To, row.Amount = d.From, true, &d.To, d.Amount
		row.Note = fmt.Sprintf("L1 deposit nonce %d", d.L1Nonce)
		return row
	case *rollup.Forced:
		row.From, row.FromL1 = d.From, true
		row.Note = fmt.Sprintf("L1 forced-queue entry %d", d.Index)
		return row
	case *rollup.Transfer:
		row.To, row.Amount = &d.To, d.Amount
	case *rollup.Withdraw:
		row.To, row.Amount = &d.To, d.Amount
		row.Note = "to L1"
	case *rollup.CreateMLSC:
		row.Amount = d.Bounty
		row.Note = fmt.Sprintf("model %v, %d examples, k=%d, %d rounds", d.Spec.Layers, d.Spec.DatasetSize, d.Spec.SampleCount, d.Spec.MaxRounds)
	case *rollup.Stake:
		row.Amount = d.Amount
	case *rollup.Unstake:
		row.Amount = d.Amount
	case *rollup.Commit:
		row.MLSC, row.Round = u(d.MLSC), u(d.Round)
	case *rollup.Reveal:
		row.MLSC, row.Round = u(d.MLSC), u(d.Round)
		row.Note = fmt.Sprintf("claimed loss sum %d", d.ClaimedLossSum)
	case *rollup.LossProof:
		row.MLSC, row.Round = u(d.MLSC), u(d.Round)
		row.Note = fmt.Sprintf("%d-byte proof", len(d.Proof))
	case *rollup.ProposeDelta:
		row.MLSC, row.Amount = u(d.MLSC), d.Deposit
		row.Note = deltaNote(d)
	case *rollup.VoteDelta:
		row.MLSC, row.Amount = u(d.MLSC), d.Amount
		row.Note = fmt.Sprintf("vote for delta %d (locked until the epoch ends)", d.Proposal)
	case *rollup.DeltaData:
		row.MLSC = u(d.MLSC)
		row.Note = fmt.Sprintf("delta %d chunk %d, %d bytes", d.Proposal, d.Chunk, len(d.Data))
	case *rollup.ProposePeriod:
		row.MLSC = u(d.MLSC)
		row.Note = fmt.Sprintf("epoch of %d blocks proposed", d.Blocks)
	case *rollup.VotePeriod:
		row.MLSC = u(d.MLSC)
		row.Note = fmt.Sprintf("vote for period proposal %d", d.Proposal)
	}
	from, err := tx.Sender(tx.ChainID())
	if err != nil {
		row.SenderNote = err.Error()
	}
	row.From = from
	return row
}

// deltaNote describes a delta proposal: its patch, what it changes and
// the root it claims (the STF checks it; the page only reports it).
func deltaNote(d *rollup.ProposeDelta) string {
	c := "patch with a malformed CID"
	if id, err := cid.Cast(d.CID); err == nil {
		c = "patch " + id.String()
	}
	m, err := delta.DecodeManifest(d.Manifest)
	if err != nil {
		return fmt.Sprintf("%s (manifest does not decode), new root %s", c, d.NewRoot)
	}
	return fmt.Sprintf("%s: -%d +%d examples, %d -> %d, new root %s", c, len(m.Removed), m.Added(), m.BaseSize, d.NewSize, d.NewRoot)
}

type blockData struct {
	Block                                 blockRow
	ParentHash, L1Hash, TxHash, StateRoot common.Hash
	Txs                                   []txRow
	More                                  int // transactions not listed
	Size                                  int
}

func (e *Explorer) block(ctx context.Context, r *http.Request) (string, bool, any, error) {
	n, err := pathUint(r, "n", "block number")
	if err != nil {
		return "", false, nil, err
	}
	b, err := e.l2.Block(ctx, n, true)
	if err != nil {
		return "", false, nil, l2err(fmt.Errorf("block %d: %w", n, err))
	}
	blk, err := rollup.DecodeBlock(b.Raw)
	if err != nil {
		return "", false, nil, l2err(fmt.Errorf("block %d: %w", n, err))
	}
	d := &blockData{Block: rowOf(b), ParentHash: b.ParentHash, L1Hash: b.L1Hash, TxHash: b.TxHash, StateRoot: b.StateRoot, Size: len(b.Raw)}
	for i, tx := range blk.Txs {
		if i == blockTxRows {
			d.More = len(blk.Txs) - i
			break
		}
		d.Txs = append(d.Txs, decodeTx(tx, n, i))
	}
	return fmt.Sprintf("Block %d", n), false, d, nil
}

type txData struct {
	Status  *rpcapi.TxStatus
	Tx      *txRow
	Receipt *rollup.Receipt
}

func (e *Explorer) tx(ctx context.Context, r *http.Request) (string, bool, any, error) {
	s := r.PathValue("hash")
	if !isHexOf(s, common.HashLength) {
		return "", false, nil, badRequest("transaction hash", s)
	}
	h := common.HexToHash(s)
	st, err := e.l2.TxStatus(ctx, h)
	if err != nil {
		return "", false, nil, l2err(err)
	}
	d := &txData{Status: st, Receipt: st.Receipt}
	if rc := st.Receipt; rc != nil {
		b, err := e.l2.Block(ctx, rc.Height, true)
		if err != nil {
			return "", false, nil, l2err(fmt.Errorf("block %d: %w", rc.Height, err))
		}
		blk, err := rollup.DecodeBlock(b.Raw)
		if err != nil {
			return "", false, nil, l2err(fmt.Errorf("block %d: %w", rc.Height, err))
		}
		if rc.Index >= uint64(len(blk.Txs)) || blk.Txs[rc.Index].Hash() != h {
			return "", false, nil, l2err(fmt.Errorf("receipt of %s names block %d tx %d, which is not it", h, rc.Height, rc.Index))
		}
		row := decodeTx(blk.Txs[rc.Index], rc.Height, int(rc.Index))
		d.Tx = &row
	}
	return "Transaction " + shortHex(h), st.Status == rpcapi.StatusPending, d, nil
}

type accountData struct {
	Address           common.Address
	Nonce, OpenClaims uint64
	Balance, Stake    *hexutil.Big
	Txs               []txRef
	Total             int
	Dropped           int // transactions the index no longer holds
}

func (e *Explorer) account(ctx context.Context, r *http.Request) (string, bool, any, error) {
	s := r.PathValue("addr")
	if !isHexOf(s, common.AddressLength) {
		return "", false, nil, badRequest("address", s)
	}
	a := common.HexToAddress(s)
	if err := e.idx.syncL2(ctx); err != nil {
		return "", false, nil, err
	}
	acc, err := e.l2.Account(ctx, a)
	if err != nil {
		return "", false, nil, l2err(err)
	}
	d := &accountData{Address: a, Nonce: uint64(acc.Nonce), OpenClaims: uint64(acc.OpenClaims), Balance: acc.Balance, Stake: acc.Stake}
	e.idx.mu.RLock()
	txs := e.idx.accounts[a]
	d.Total = e.idx.accountTxs[a]
	d.Txs = make([]txRef, 0, min(len(txs), accountRows))
	for i := len(txs) - 1; i >= 0 && len(d.Txs) < accountRows; i-- {
		d.Txs = append(d.Txs, txs[i])
	}
	e.idx.mu.RUnlock()
	d.Dropped = d.Total - len(d.Txs)
	return "Account " + shortHex(a), true, d, nil
}

type mlscsData struct {
	MLSCs []*rpcapi.MLSCView
	Next  *uint64
}

func (e *Explorer) mlscs(ctx context.Context, r *http.Request) (string, bool, any, error) {
	cursor, err := queryUint(r, "cursor", 0)
	if err != nil {
		return "", false, nil, err
	}
	ids, next, more, err := e.l2.MLSCPage(ctx, cursor, mlscsPage)
	if err != nil {
		return "", false, nil, l2err(err)
	}
	d := &mlscsData{}
	if more {
		d.Next = &next
	}
	for _, id := range ids {
		m, err := e.l2.MLSC(ctx, id)
		if err != nil {
			return "", false, nil, l2err(fmt.Errorf("MLSC %d: %w", id, err))
		}
		d.MLSCs = append(d.MLSCs, m)
	}
	return "MLSCs", true, d, nil
}

// roundRow is one round in an MLSC's table.
type roundRow struct {
	Round            uint64
	Commits, Reveals int
	BestLoss         float64
	Claimed          bool // a reveal has the best claim
	Proven, Slashed  bool
	Trainer          common.Address
}

type mlscData struct {
	M      *rpcapi.MLSCView
	Chart  *chart
	Rounds []roundRow // newest first
	Older  uint64     // rounds before the chart's first are not shown
}

func (e *Explorer) mlsc(ctx context.Context, r *http.Request) (string, bool, any, error) {
	id, err := pathUint(r, "id", "MLSC id")
	if err != nil {
		return "", false, nil, err
	}
	m, err := e.l2.MLSC(ctx, id)
	if err != nil {
		return "", false, nil, l2err(fmt.Errorf("MLSC %d: %w", id, err))
	}
	d := &mlscData{M: m}
	first := uint64(1)
	if m.Round > chartRounds {
		first = m.Round - chartRounds + 1
		d.Older = first - 1
	}
	var pts []lossPoint
	for rn := first; rn <= m.Round; rn++ {
		rd, err := e.idx.round(ctx, m, rn)
		if errors.Is(err, rpcapi.ErrNotFound) {
			continue
		}
		if err != nil {
			return "", false, nil, l2err(fmt.Errorf("MLSC %d round %d: %w", id, rn, err))
		}
		row := roundRow{Round: rn, Commits: len(rd.Commits), Reveals: len(rd.Reveals), Proven: rd.Proven, Slashed: rd.Slashed}
		if rd.Best > 0 && int(rd.Best) <= len(rd.Reveals) {
			best := rd.Reveals[rd.Best-1]
			l := meanLoss(best.ClaimedLossSum, m.Spec.DatasetSize)
			row.BestLoss, row.Claimed, row.Trainer = l, true, best.Trainer
			pts = append(pts, lossPoint{Round: rn, Loss: l, Proven: rd.Proven})
		}
		d.Rounds = append(d.Rounds, row)
	}
	slices.Reverse(d.Rounds)
	d.Chart = lossChart(pts)
	return fmt.Sprintf("MLSC %d", id), m.Phase != rollup.PhaseDone, d, nil
}

type roundData struct {
	M       *rpcapi.MLSCView
	R       *rollup.Round
	BestIdx int // index into R.Reveals of the best claim; -1 if none
	Proof   *proofRef
	OnL1    *proofL1
	Current bool
	SeedSet bool
}

func (e *Explorer) round(ctx context.Context, r *http.Request) (string, bool, any, error) {
	id, err := pathUint(r, "id", "MLSC id")
	if err != nil {
		return "", false, nil, err
	}
	rn, err := pathUint(r, "round", "round")
	if err != nil {
		return "", false, nil, err
	}
	if err := e.Sync(ctx); err != nil {
		return "", false, nil, err
	}
	m, err := e.l2.MLSC(ctx, id)
	if err != nil {
		return "", false, nil, l2err(fmt.Errorf("MLSC %d: %w", id, err))
	}
	rd, err := e.idx.round(ctx, m, rn)
	if err != nil {
		return "", false, nil, l2err(fmt.Errorf("MLSC %d round %d: %w", id, rn, err))
	}
	d := &roundData{M: m, R: rd, BestIdx: int(rd.Best) - 1, Current: rn == m.Round && m.Phase != rollup.PhaseDone,
		SeedSet: rd.Seed != (common.Hash{})}
	e.idx.mu.RLock()
	if p, ok := e.idx.proofs[roundKey{id, rn}]; ok {
		d.Proof = &p
		if v, ok := e.idx.verified[p.Digest]; ok {
			d.OnL1 = &v
		}
	}
	e.idx.mu.RUnlock()
	live := d.Current || (d.Proof != nil && d.OnL1 == nil)
	return fmt.Sprintf("MLSC %d round %d", id, rn), live, d, nil
}

type batchesData struct {
	Batches []*batchRow
	Older   uint64
	Sealed  uint64
}

func (e *Explorer) batches(ctx context.Context, r *http.Request) (string, bool, any, error) {
	if err := e.Sync(ctx); err != nil {
		return "", false, nil, err
	}
	e.idx.mu.RLock()
	sealed := e.idx.sealed
	e.idx.mu.RUnlock()
	before, err := queryUint(r, "before", sealed)
	if err != nil {
		return "", false, nil, err
	}
	d := &batchesData{Sealed: sealed}
	if before = min(before, sealed); before > 0 {
		if d.Batches, err = e.batchRows(ctx, before-1, batchesPage); err != nil {
			return "", false, nil, err
		}
		d.Older = d.Batches[len(d.Batches)-1].Index
	}
	return "Batches", r.URL.Query().Get("before") == "", d, nil
}

type batchData struct {
	B      *batchRow
	Proofs []proofL1
}

func (e *Explorer) batch(ctx context.Context, r *http.Request) (string, bool, any, error) {
	i, err := pathUint(r, "i", "batch index")
	if err != nil {
		return "", false, nil, err
	}
	if err := e.idx.syncL1(ctx); err != nil {
		return "", false, nil, err
	}
	row, err := e.batchRow(ctx, i)
	if err != nil {
		return "", false, nil, err
	}
	d := &batchData{B: row}
	e.idx.mu.RLock()
	for _, p := range e.idx.verified {
		if p.Batch == i {
			d.Proofs = append(d.Proofs, p)
		}
	}
	e.idx.mu.RUnlock()
	sort.Slice(d.Proofs, func(a, b int) bool { return d.Proofs[a].ProofIndex < d.Proofs[b].ProofIndex })
	return fmt.Sprintf("Batch %d", i), !row.Finalized, d, nil
}

// depositRow is an L1 deposit and where L2 credited it.
type depositRow struct {
	depositL1
	Credited *txRef
}

// withdrawalRow is an L2 withdrawal and its way to L1.
type withdrawalRow struct {
	withdrawalRef
	Batch     *uint64 // the submitted batch that holds it
	Finalized bool
	Claim     *claimL1
}

type bridgeData struct {
	Deposits    []depositRow
	Withdrawals []withdrawalRow
	DepositsAll int
	WithdrawAll int
}

func (e *Explorer) bridge(ctx context.Context, r *http.Request) (string, bool, any, error) {
	if err := e.Sync(ctx); err != nil {
		return "", false, nil, err
	}
	d := &bridgeData{}
	e.idx.mu.RLock()
	d.DepositsAll, d.WithdrawAll = len(e.idx.deposits), len(e.idx.withdrawals)
	for i := len(e.idx.deposits) - 1; i >= 0 && len(d.Deposits) < bridgeRows; i-- {
		row := depositRow{depositL1: e.idx.deposits[i]}
		if c, ok := e.idx.credited[row.Nonce]; ok {
			row.Credited = &c
		}
		d.Deposits = append(d.Deposits, row)
	}
	for i := len(e.idx.withdrawals) - 1; i >= 0 && len(d.Withdrawals) < bridgeRows; i-- {
		row := withdrawalRow{withdrawalRef: e.idx.withdrawals[i]}
		if b, ok := e.idx.batchOfHeight(row.Height); ok {
			row.Batch = &b
		}
		if c, ok := e.idx.claims[row.ID]; ok {
			row.Claim = &c
		}
		d.Withdrawals = append(d.Withdrawals, row)
	}
	e.idx.mu.RUnlock()
	for i := range d.Withdrawals {
		w := &d.Withdrawals[i]
		if w.Batch == nil || w.Claim != nil {
			continue
		}
		var err error
		if w.Finalized, err = e.idx.finalized(ctx, *w.Batch); err != nil {
			return "", false, nil, err
		}
	}
	return "Deposits and withdrawals", true, d, nil
}

// search sends a block number, transaction hash or address to its page.
func (e *Explorer) search(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	target := searchTarget(q)
	if target == "" {
		e.fail(w, r, &pageError{Status: http.StatusNotFound, Title: "Nothing found",
			Detail: fmt.Sprintf("%q is not a block number, transaction hash or address", q)})
		return
	}
	http.Redirect(w, r, target, http.StatusSeeOther)
}

// searchTarget is the page of q: a block number, a transaction hash or an
// address, "" for anything else.
func searchTarget(q string) string {
	switch {
	case q == "":
		return ""
	case isHexOf(q, common.HashLength):
		return "/tx/" + url.PathEscape(strings.ToLower(q))
	case isHexOf(q, common.AddressLength):
		return "/account/0x" + url.PathEscape(q[2:])
	}
	if n, err := strconv.ParseUint(q, 10, 64); err == nil {
		return "/block/" + strconv.FormatUint(n, 10)
	}
	return ""
}

// isHexOf reports whether s is 0x and the hex of n bytes.
func isHexOf(s string, n int) bool {
	if len(s) != 2+2*n || (s[:2] != "0x" && s[:2] != "0X") {
		return false
	}
	for _, c := range s[2:] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}
