package devnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcapi"
)

// Paid use of the devnet's finished model (issue 16): once the MLSC is
// done, a customer (funded by the user on L2) pays its use fee; the
// creator's share is credited at once and each trainer that won rounds
// claims its share (claim-earnings); then the creator and those trainers
// withdraw their shares to L1 and claim them on the Bridge once their batch
// is final.

// useFee is the devnet MLSC's use fee in NRN.
const useFee = 10

// ErrEarn: the paid use of the devnet's model went wrong.
var ErrEarn = errors.New("devnet: paid use")

// share is one fee share on its way to L1.
type share struct {
	role string // "creator" or "trainer"
	w    *withdrawal
}

// earnFlow tracks the paid use of the devnet's model through its stages.
type earnFlow struct {
	used    bool
	claimed bool
	creator *uint256.Int // the creator's share of the use fee
	shares  []share
}

// done reports whether every share is claimed on L1.
func (f *earnFlow) done() bool {
	if !f.claimed {
		return false
	}
	for _, s := range f.shares {
		if !s.w.claimed {
			return false
		}
	}
	return true
}

// summary lists the shares claimed on L1 so far.
func (f *earnFlow) summary() []ShareWithdrawal {
	out := []ShareWithdrawal{}
	for _, s := range f.shares {
		if !s.w.claimed {
			continue
		}
		out = append(out, ShareWithdrawal{Role: s.role, Account: s.w.who.addr, Share: s.w.amount.String(),
			L1Before: s.w.before.String(), L1After: s.w.after.String()})
	}
	return out
}

// stepEarn moves the paid use on by at most one stage per call; it returns
// nil while the MLSC is still training or a withdrawal waits for L1.
func (n *network) stepEarn(ctx context.Context, f *earnFlow, m *rpcapi.MLSCView) error {
	if m.Phase != rollup.PhaseDone {
		return nil
	}
	switch {
	case !f.used:
		return n.useModel(ctx, f)
	case !f.claimed:
		return n.claimShares(ctx, f)
	}
	for _, s := range f.shares {
		if err := n.stepWithdrawal(ctx, s.w); err != nil {
			return fmt.Errorf("%w: %s share: %w", ErrEarn, s.role, err)
		}
	}
	return nil
}

// finishedModel is the devnet MLSC's model record, which must be done and
// proven.
func (n *network) finishedModel() (*rollup.Model, error) {
	var (
		md rollup.Model
		ok bool
	)
	if err := n.seq.View(func(st *rollup.State, _ *rollup.Header) error {
		md, ok = st.Model(n.mlscID)
		return nil
	}); err != nil {
		return nil, err
	}
	if !ok || !md.Done || !md.Proven() {
		return nil, fmt.Errorf("%w: MLSC %d is done without a finished, proven model", ErrEarn, n.mlscID)
	}
	return &md, nil
}

// l2Balance is a's L2 balance at the sequencer's head.
func (n *network) l2Balance(ctx context.Context, a actor) (*uint256.Int, error) {
	acc, err := n.client.Account(ctx, a.addr)
	if err != nil {
		return nil, err
	}
	return uint256.MustFromBig(acc.Balance.ToInt()), nil
}

// useModel funds the customer and has it pay the use fee, then checks the
// split: the customer paid the use fee and its L2 fee, the creator got its
// share at once, the rest went to the contributors' pools.
func (n *network) useModel(ctx context.Context, f *earnFlow) error {
	md, err := n.finishedModel()
	if err != nil {
		return err
	}
	fee := md.UseFee
	if fee == nil || fee.IsZero() {
		return fmt.Errorf("%w: MLSC %d's model has no use fee", ErrEarn, n.mlscID)
	}
	// The use fee and a margin for the customer's L2 fee.
	funds := new(uint256.Int).Add(fee, uint256.MustFromBig(nrn(1)))
	if _, err := n.client.Submit(ctx, n.user.key, l2ChainID, func(nonce uint64) rollup.TxData {
		return &rollup.Transfer{Nonce: nonce, To: n.customer.addr, Amount: funds}
	}); err != nil {
		return fmt.Errorf("%w: fund the customer: %w", ErrEarn, err)
	}
	creatorBefore, err := n.l2Balance(ctx, n.user)
	if err != nil {
		return err
	}
	rc, err := n.client.Submit(ctx, n.customer.key, l2ChainID, func(nonce uint64) rollup.TxData {
		return &rollup.UseModel{Nonce: nonce, MLSC: n.mlscID, Fee: fee}
	})
	if err != nil {
		return fmt.Errorf("%w: use model %d: %w", ErrEarn, n.mlscID, err)
	}
	creatorAfter, err := n.l2Balance(ctx, n.user)
	if err != nil {
		return err
	}
	customer, err := n.l2Balance(ctx, n.customer)
	if err != nil {
		return err
	}
	creator, trainers, deltas := rollup.UseSplit(md, fee)
	l2Fee := new(uint256.Int)
	if rc.Fee != nil {
		l2Fee = rc.Fee
	}
	switch {
	case md.Creator != n.user.addr:
		return fmt.Errorf("%w: model %d's creator %s, want the user %s", ErrEarn, n.mlscID, md.Creator, n.user.addr)
	case new(uint256.Int).Sub(creatorAfter, creatorBefore).Cmp(creator) != 0:
		return fmt.Errorf("%w: the creator's balance rose %s -> %s, want +%s", ErrEarn, creatorBefore.Dec(), creatorAfter.Dec(), creator.Dec())
	case new(uint256.Int).Add(customer, new(uint256.Int).Add(fee, l2Fee)).Cmp(funds) != 0:
		return fmt.Errorf("%w: the customer holds %s of %s after paying the use fee %s and the L2 fee %s", ErrEarn, customer.Dec(), funds.Dec(), fee.Dec(), l2Fee.Dec())
	}
	f.used, f.creator = true, creator
	n.printf("customer %s paid %d NRN to use the model of MLSC %d (L2 block %d, L2 fee %s wei): creator +%s wei at once, trainers' pool %s wei, delta proposers' pool %s wei",
		n.customer.addr, useFee, n.mlscID, rc.Height, l2Fee.Dec(), creator.Dec(), trainers.Dec(), deltas.Dec())
	return nil
}

// claimShares has each trainer that won rounds claim what it is owed, and
// queues the creator's and those trainers' withdrawals of their shares.
func (n *network) claimShares(ctx context.Context, f *earnFlow) error {
	md, err := n.finishedModel()
	if err != nil {
		return err
	}
	f.shares = []share{{role: "creator", w: &withdrawal{who: n.user, amount: f.creator.ToBig(), what: "its creator share"}}}
	for _, c := range md.Contributors {
		if c.Rounds == 0 {
			continue
		}
		var tr *actor
		for i := range n.trainers {
			if n.trainers[i].addr == c.Addr {
				tr = &n.trainers[i]
			}
		}
		if tr == nil {
			return fmt.Errorf("%w: contributor %s is none of the devnet's trainers", ErrEarn, c.Addr)
		}
		var owed *uint256.Int
		if err := n.seq.View(func(st *rollup.State, _ *rollup.Header) error {
			owed = st.Owed(n.mlscID, c.Addr)
			return nil
		}); err != nil {
			return err
		}
		rc, err := n.client.Submit(ctx, tr.key, l2ChainID, func(nonce uint64) rollup.TxData {
			return &rollup.ClaimEarnings{Nonce: nonce, MLSC: n.mlscID}
		})
		if err != nil {
			return fmt.Errorf("%w: %s claims its earnings: %w", ErrEarn, tr.name, err)
		}
		if rc.Reward == nil || rc.Reward.Cmp(owed) != 0 || owed.IsZero() {
			return fmt.Errorf("%w: %s claimed %v, it was owed %s", ErrEarn, tr.name, rc.Reward, owed.Dec())
		}
		n.printf("%s (won %d of %d rounds) claimed %s wei of the model's use fees (L2 block %d)", tr.name, c.Rounds, md.TrainerWeight, owed.Dec(), rc.Height)
		f.shares = append(f.shares, share{role: "trainer", w: &withdrawal{who: *tr, amount: owed.ToBig(), what: "its trainer share"}})
	}
	if len(f.shares) < 2 {
		return fmt.Errorf("%w: no trainer won a round of MLSC %d", ErrEarn, n.mlscID)
	}
	f.claimed = true
	return nil
}

// feeCount adds up the L2 fees of the receipts of every block made so far.
type feeCount struct {
	next  uint64 // the next block to read
	total *big.Int
	txs   int
}

// countFees reads the receipts of the blocks made since the last call.
func (n *network) countFees(f *feeCount) error {
	if f.total == nil {
		f.total, f.next = new(big.Int), 1
	}
	st := n.seq.Store()
	head, err := st.Head()
	if err != nil {
		return err
	}
	for ; f.next <= head.Number; f.next++ {
		blk, err := st.Block(f.next)
		if err != nil {
			return fmt.Errorf("block %d: %w", f.next, err)
		}
		for _, tx := range blk.Txs {
			rc, err := st.Receipt(tx.Hash())
			if err != nil {
				return fmt.Errorf("receipt of %s in block %d: %w", tx.Hash(), f.next, err)
			}
			if rc.Fee != nil && !rc.Fee.IsZero() {
				f.total.Add(f.total, rc.Fee.ToBig())
				f.txs++
			}
		}
	}
	return nil
}

// proverBalances are the L2 balances, in wei, of the prover's reward
// address and of its signing key.
func (n *network) proverBalances(ctx context.Context) (reward, key string, err error) {
	r, err := n.l2Balance(ctx, n.rewards)
	if err != nil {
		return "", "", err
	}
	k, err := n.l2Balance(ctx, n.prv)
	if err != nil {
		return "", "", err
	}
	return r.Dec(), k.Dec(), nil
}
