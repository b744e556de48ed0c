package devnet

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/da/delta"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcapi"
)

// DefaultDeltaPeriod is the devnet's training-set epoch in L2 blocks (10 s
// at the default 250 ms block time), so that a delta proposed after round 1
// is applied a few rounds later rather than in a week.
const DefaultDeltaPeriod = 40

// deltaMargin is the fewest blocks an epoch must have left for the devnet
// to propose in it: the proposal, its data and both votes must land before
// it closes.
const deltaMargin = 20

// The devnet's delta: the user proposes removing deltaRemoved examples and
// adding deltaAdded, and votes for it with voteUser NRN; the holder, funded
// by the user on L2, with voteHolder.
const (
	deltaAdded   = 4
	deltaRemoved = 6
	voteUser     = 200
	voteHolder   = 300
	holderFunds  = 1000
)

// deltaFlow tracks the devnet's training-set delta (Config.Delta) through
// its stages: a second holder funded, the delta proposed after round 1
// with its data and two votes, applied when the epoch closes with the
// proposer paid, then rounds on the new set proven on L2 and verified on L1.
type deltaFlow struct {
	funded   bool
	proposed bool
	applied  bool
	id       uint64
	newRoot  common.Hash
	newSize  uint64
	deposit  *uint256.Int
	// before is the proposer's balance once its deposit and vote are
	// locked: the epoch's close returns both and adds the reward.
	before *uint256.Int
	// adoptRound is the first round seen training on the new set (0: none
	// yet); rounds from it on are proven on the new root.
	adoptRound uint64
	// checked holds the digests of new-root proofs L1 verified, each
	// rebuilt here from the round's claim and the new root.
	checked map[common.Hash]bool
}

// deltaSet returns the examples to remove and to add: a few of each, the
// size kept within the dataset tree depth the circuit key covers.
func (n *network) deltaSet(size int) (removed []uint64, added []mlp.Example, err error) {
	removedN := deltaRemoved
	if dataset.Depth(size-removedN+deltaAdded) != dataset.Depth(size) {
		removedN = deltaAdded // keep the size: the key is for one depth
	}
	for i := range removedN {
		removed = append(removed, uint64((i*size)/removedN+3)%uint64(size))
	}
	added, err = n.model.extra(deltaAdded)
	return removed, added, err
}

// stepDelta moves the delta flow on by at most one stage per call.
func (n *network) stepDelta(ctx context.Context, f *deltaFlow, m *rpcapi.MLSCView) error {
	cfg := n.chainConfig()
	switch {
	case !f.funded:
		amt, _ := uint256.FromBig(nrn(holderFunds))
		if _, err := n.client.Submit(ctx, n.user.key, l2ChainID, func(nonce uint64) rollup.TxData {
			return &rollup.Transfer{Nonce: nonce, To: n.holder.addr, Amount: amt}
		}); err != nil {
			return fmt.Errorf("fund holder: %w", err)
		}
		f.funded = true
		n.printf("user sent %d NRN to holder %s on L2 (to vote on a delta)", holderFunds, n.holder.addr)
	case !f.proposed:
		if m.RoundsWon < 1 {
			return nil
		}
		if _, end := cfg.EpochAt(&m.MLSC, m.Height); end-m.Height < deltaMargin {
			return nil // too close to the epoch's end: wait for the next
		}
		return n.proposeDelta(ctx, f, m)
	case !f.applied:
		if m.Data == nil || len(m.Data.Applied) == 0 {
			return nil
		}
		return n.checkApplied(ctx, f, m)
	}
	if f.adoptRound == 0 && m.Spec.DatasetRoot == f.newRoot {
		if m.Spec.DatasetSize != f.newSize {
			return fmt.Errorf("round %d trains on root %x with %d examples, the delta has %d", m.Round, f.newRoot[:6], m.Spec.DatasetSize, f.newSize)
		}
		f.adoptRound = m.Round
		n.printf("MLSC %d round %d opened on the new training set (%d examples, root %x…); the best loss carried over per example: %d",
			m.ID, m.Round, m.Spec.DatasetSize, f.newRoot[:6], m.BestLossSum)
	}
	return nil
}

// proposeDelta builds the patch of the MLSC's current set, puts it on DA,
// proposes it, sends its data and votes for it from two holders.
func (n *network) proposeDelta(ctx context.Context, f *deltaFlow, m *rpcapi.MLSCView) error {
	headCID, headRoot, headSize := m.DataHead()
	parent, err := cid.Cast(headCID)
	if err != nil {
		return fmt.Errorf("MLSC %d training set CID: %w", m.ID, err)
	}
	base, err := delta.ReadSet(ctx, n.store, parent)
	if err != nil {
		return err
	}
	removed, added, err := n.deltaSet(len(base))
	if err != nil {
		return err
	}
	b, err := delta.Build(ctx, n.store, parent, base, n.model.classes, delta.LeafFunc(mlp.Loss(m.Spec.Loss)), removed, added)
	if err != nil {
		return fmt.Errorf("build delta: %w", err)
	}
	if b.BaseRoot.Bytes() != headRoot || uint64(len(base)) != headSize {
		return fmt.Errorf("the set on DA (root %x, %d examples) is not MLSC %d's (root %x, %d)", b.BaseRoot.Bytes(), len(base), m.ID, headRoot, headSize)
	}
	f.deposit = n.chainConfig().MinDeltaDepositOrDefault().Clone()
	var id uint64
	if _, err := n.client.Submit(ctx, n.user.key, l2ChainID, func(nonce uint64) rollup.TxData {
		return rollup.ProposalTx(nonce, m.ID, b, f.deposit)
	}); err != nil {
		return fmt.Errorf("propose delta: %w", err)
	}
	if err := n.seq.View(func(st *rollup.State, _ *rollup.Header) error {
		e, ok := st.DeltaEpoch(m.ID)
		if !ok || len(e.Proposals) == 0 {
			return fmt.Errorf("MLSC %d has no open epoch after the proposal", m.ID)
		}
		id = e.Proposals[len(e.Proposals)-1]
		return nil
	}); err != nil {
		return err
	}
	f.id, f.newRoot, f.newSize = id, b.NewRoot.Bytes(), b.NewSize
	for i := range b.Steps {
		if _, err := n.client.Submit(ctx, n.user.key, l2ChainID, func(nonce uint64) rollup.TxData {
			return rollup.DataTx(nonce, m.ID, id, b, i)
		}); err != nil {
			return fmt.Errorf("delta data step %d: %w", i, err)
		}
	}
	for _, v := range []struct {
		who actor
		nrn int64
	}{{n.user, voteUser}, {n.holder, voteHolder}} {
		amt, _ := uint256.FromBig(nrn(v.nrn))
		if _, err := n.client.Submit(ctx, v.who.key, l2ChainID, func(nonce uint64) rollup.TxData {
			return &rollup.VoteDelta{Nonce: nonce, MLSC: m.ID, Proposal: id, Amount: amt}
		}); err != nil {
			return fmt.Errorf("%s votes for delta %d: %w", v.who.name, id, err)
		}
	}
	var p rollup.DeltaProposal
	var end uint64
	if err := n.seq.View(func(st *rollup.State, _ *rollup.Header) error {
		var ok bool
		if p, ok = st.DeltaProposal(m.ID, id); !ok {
			return fmt.Errorf("delta %d vanished", id)
		}
		e, _ := st.DeltaEpoch(m.ID)
		end = e.End
		acc := st.Account(n.user.addr)
		f.before = acc.Balance.Clone()
		return nil
	}); err != nil {
		return err
	}
	if p.Status != rollup.DeltaReady {
		return fmt.Errorf("delta %d is %s after its data (%s)", id, p.Status, p.Reason)
	}
	if p.Votes.Cmp(uint256.MustFromBig(nrn(voteUser+voteHolder))) != 0 {
		return fmt.Errorf("delta %d has %s votes, want %d NRN", id, p.Votes.Dec(), voteUser+voteHolder)
	}
	f.proposed = true
	n.printf("user proposed delta %d on MLSC %d: -%d +%d examples (%d -> %d), new root %x…, %d chunk(s) sent; votes %d + %d NRN; epoch %d closes at block %d",
		id, m.ID, len(removed), len(added), len(base), b.NewSize, f.newRoot[:6], len(b.Chunks), voteUser, voteHolder, p.Epoch, end)
	return nil
}

// maxSettleBlocks bounds how many block starts after its epoch's boundary a
// one-proposal delta is applied: three block starts of epoch work (close,
// proposal, winner), each possibly after one of round work.
const maxSettleBlocks = 6

// checkApplied checks the applied delta: the one proposed, applied within
// maxSettleBlocks block starts after an epoch boundary (the epoch closes at
// the boundary's block start or the next, its proposal is settled in one,
// the winner in its own; round work of the MLSC may take every other block
// start in between, rollup.EpochWorkAt), and, once the epoch's settlement is
// over (its votes are released after the winner, rollup.MaxEpochWork a block
// start; until then it reports nothing and is called again), the proposer
// paid deposit, vote and reward back, the holder's vote released.
func (n *network) checkApplied(ctx context.Context, f *deltaFlow, m *rpcapi.MLSCView) error {
	a := m.Data.Applied[0]
	cfg := n.chainConfig()
	switch {
	case a.Proposal != f.id || a.Root != f.newRoot || a.Size != f.newSize:
		return fmt.Errorf("applied delta %d root %x size %d, proposed %d root %x size %d", a.Proposal, a.Root, a.Size, f.id, f.newRoot, f.newSize)
	case a.Proposer != n.user.addr:
		return fmt.Errorf("applied delta's proposer %s, want the user %s", a.Proposer, n.user.addr)
	case a.Height%cfg.DeltaPeriodOrDefault() == 0 || a.Height%cfg.DeltaPeriodOrDefault() > maxSettleBlocks:
		return fmt.Errorf("delta applied at block %d, not within %d block starts after an epoch boundary (period %d)", a.Height, maxSettleBlocks, cfg.DeltaPeriodOrDefault())
	case a.Reward == nil || a.Reward.IsZero():
		return fmt.Errorf("delta %d applied without a reward", a.Proposal)
	}
	var settling bool
	if err := n.seq.View(func(s *rollup.State, _ *rollup.Header) error {
		_, settling = s.DeltaClosing(m.ID)
		return nil
	}); err != nil {
		return err
	}
	if settling {
		return nil // the votes are released by the block starts after the winner's
	}
	user, err := n.client.Account(ctx, n.user.addr)
	if err != nil {
		return err
	}
	holder, err := n.client.Account(ctx, n.holder.addr)
	if err != nil {
		return err
	}
	want := new(uint256.Int).Add(f.before, f.deposit)
	want.Add(want, uint256.MustFromBig(nrn(voteUser)))
	want.Add(want, a.Reward)
	if got := uint256.MustFromBig(user.Balance.ToInt()); got.Cmp(want) != 0 {
		return fmt.Errorf("proposer's balance %s after the epoch closed, want %s (deposit and vote back, reward %s)", got.Dec(), want.Dec(), a.Reward.Dec())
	}
	if got, lockedAll := holder.Balance.ToInt(), nrn(holderFunds); got.Cmp(new(big.Int).Sub(lockedAll, nrn(voteHolder))) <= 0 {
		return fmt.Errorf("holder's vote not released: balance %s", got)
	}
	f.applied = true
	n.printf("delta %d applied after the epoch boundary, block %d: MLSC %d trains on %d examples (root %x…); proposer paid %s wei (deposit and votes released)",
		a.Proposal, a.Height, m.ID, a.Size, a.Root[:6], a.Reward.Dec())
	return nil
}

// checkNewRootProofs checks every proof L1 verified for a round on the new
// set: its digest must be the one rebuilt here from the round's claim and
// the new dataset root and size. It returns how many there are.
func (n *network) checkNewRootProofs(f *deltaFlow, st *l1Stats) (int, error) {
	if f.adoptRound == 0 {
		return 0, nil
	}
	if f.checked == nil {
		f.checked = map[common.Hash]bool{}
	}
	for _, p := range st.verified {
		if p.MLSC != n.mlscID || p.Round < f.adoptRound || f.checked[p.Digest] {
			continue
		}
		var want common.Hash
		if err := n.seq.View(func(s *rollup.State, _ *rollup.Header) error {
			m, ok := s.MLSC(p.MLSC)
			r, rok := s.Round(p.MLSC, p.Round)
			if !ok || !rok || r.Best == 0 {
				return fmt.Errorf("MLSC %d round %d: no winning claim", p.MLSC, p.Round)
			}
			best := r.Reveals[r.Best-1]
			claim := &rollup.Claim{MLSC: p.MLSC, Round: p.Round, Trainer: best.Trainer, WeightCommitment: best.WeightCommitment,
				TraceRoot: best.TraceRoot, LossSum: best.ClaimedLossSum, DatasetRoot: f.newRoot, DatasetSize: f.newSize,
				Seed: r.Seed, SampleCount: m.Spec.SampleCount}
			var err error
			want, err = n.model.verifier.PublicInput(&m.Spec, claim)
			return err
		}); err != nil {
			return 0, err
		}
		if want != p.Digest {
			return 0, fmt.Errorf("L1 verified round %d's proof against digest %s; the claim on the new root %x gives %s", p.Round, p.Digest, f.newRoot[:6], want)
		}
		f.checked[p.Digest] = true
		n.printf("round %d's loss proof verified on L1 against the new dataset root %x… (%d examples)", p.Round, f.newRoot[:6], f.newSize)
	}
	return len(f.checked), nil
}
