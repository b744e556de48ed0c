package deploy_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/delta"
	"github.com/neuron-rollup/neuron/rollup"
)

// fuzzEpochPeriod is the fuzz chain's training-set epoch in blocks, on L2
// (rollup.Config.DeltaPeriod) and on its L1 (deploy.Config.DeltaPeriod) alike: short, so that
// the epochs fuzzEpochs opens close and are settled within the blocks it plays.
const fuzzEpochPeriod = 16

// fuzzDeltaSet2 are two patches of the set fuzzDeltaSet's first patch leaves, so that an MLSC
// whose first applied delta is that patch applies a second: one that only removes (ready when
// proposed) and one that removes and adds (pending until its two delta-data steps are in).
var fuzzDeltaSet2 = sync.OnceValue(func() []*delta.Built {
	_, builts := fuzzDeltaSet()
	first := builts[0]
	var out []*delta.Built
	for _, p := range []struct {
		removed []uint64
		added   int
	}{{[]uint64{0, 1}, 0}, {[]uint64{7}, 2}} {
		b, err := delta.BuildWith(context.Background(), da.NewMemory(), first.CID, first.Set, 4, delta.LeafFunc(mlp.SquaredError),
			p.removed, deltaExamples(p.added, 40), delta.Options{ChunkExamples: 1})
		if err != nil {
			panic(err)
		}
		if b.BaseRoot != first.NewRoot {
			panic("fuzzDeltaSet2: not a patch of the set fuzzDeltaSet's first patch leaves")
		}
		out = append(out, b)
	}
	return out
})

// fuzzSecondDue reports whether MLSC id is live with fuzzDeltaSet's first patch as its only
// applied delta and no proposal of fuzzDeltaSet2's first in its open epoch (fuzzEpochs then
// proposes it).
func fuzzSecondDue(st *rollup.State, id uint64) bool {
	_, builts := fuzzDeltaSet()
	m, ok := st.MLSC(id)
	if !ok || m.Phase == rollup.PhaseDone || m.Data == nil || len(m.Data.Applied) != 1 || string(m.Data.CID) != string(builts[0].CID.Bytes()) {
		return false
	}
	e, _ := st.DeltaEpoch(id)
	for _, p := range e.Proposals {
		if q, _ := st.DeltaProposal(id, p); string(q.CID) == string(fuzzDeltaSet2()[0].CID.Bytes()) {
			return false
		}
	}
	return true
}

// fuzzPatches are fuzzDeltaSet's patches, then fuzzDeltaSet2's.
func fuzzPatches() []*delta.Built {
	_, builts := fuzzDeltaSet()
	return append(slices.Clip(builts), fuzzDeltaSet2()...)
}

// fuzzEpochs plays training-set governance on st block by block (block leaves out what fails),
// every choice drawn from in: MLSC 0 and, one time in two, MLSC 1 over fuzzDeltaSet with short
// windows that nobody trains (a round passes every 3 to 9 blocks, so their block starts do
// round work among the epoch work; after 1 to 8 rounds an MLSC is done, and its pending
// proposals are forfeited to its creator), then 6 to 37 blocks of up to three transactions
// each, of any account: propose-delta of one of fuzzPatches (fuzzDeltaSet's third with a root
// its data does not lead to: rejected once its data is in; fuzzDeltaSet2's apply once the
// first patch has won), delta-data (the next step of a proposal of the open epoch), vote-delta
// for a proposal of the open epoch or any id, with 0 to 0.0255 NRN, propose-period of 1 to 8
// blocks (a majority of stake shortens the next epochs), vote-period (mostly for a period
// proposal of the open epoch), stake and unstake (TotalStake, the period tally's base; a
// period vote locks the stake); and, while a closed epoch's winner is not applied yet, one time
// in two a proposal of the first patch. With 16-block epochs this opens, closes and settles
// epochs with and without a winner (a second delta too), with pending, ready, rejected and
// stale proposals (made while the epoch before is settled, on the set its winner replaces),
// and files a new epoch while the last is settled. With a goal (fuzzEpochGoal) it stops once
// the next block start reaches it.
func fuzzEpochs(t *testing.T, st *rollup.State, block func(...*rollup.Tx), in *fuzzByte, goal byte) {
	spec, builts := fuzzDeltaSet()
	patches := fuzzPatches()
	var nonces map[byte]uint64 // the next nonce of each account in the block being built
	sign := func(i byte, d func(nonce uint64) rollup.TxData) *rollup.Tx {
		i %= byte(len(fuzzKeys))
		n, ok := nonces[i]
		if !ok {
			n = st.Nonce(fuzzAddr(i))
		}
		nonces[i] = n + 1
		tx, err := rollup.SignTx(d(n), testL2ChainID, fuzzKeys[i])
		if err != nil {
			t.Fatal(err)
		}
		return tx
	}
	mlscs := 1 + uint64(in.next()%2)
	for range mlscs {
		nonces = map[byte]uint64{}
		w := in.next()
		sp := spec
		sp.CommitBlocks, sp.RevealBlocks, sp.ProofBlocks, sp.MaxRounds = 1+uint64(w%4), 1+uint64(w>>2%4), 1, 1+uint32(w>>4%8)
		block(sign(in.next(), func(n uint64) rollup.TxData {
			return &rollup.CreateMLSC{Nonce: n, Spec: sp, Bounty: uint256.NewInt(1)}
		}))
	}
	// pick is a proposal of mlsc's open epoch (or, if it has none, any id up to 7).
	pick := func(mlsc uint64, b byte) uint64 {
		if e, ok := st.DeltaEpoch(mlsc); ok && len(e.Proposals) > 0 && b%8 != 7 {
			return e.Proposals[int(b)%len(e.Proposals)]
		}
		return uint64(b % 8)
	}
	blocks := 6 + int(in.next()%32)
	if goal == 9 { // a second applied delta takes two epochs
		blocks += 64
	}
	for range blocks {
		if goal != 0 && fuzzEpochReached(st, goal) {
			break
		}
		nonces = map[byte]uint64{}
		var txs []*rollup.Tx
		// While a closed epoch's winner is not applied yet, one time in two a proposal of the
		// first patch (ready at once) on the set the winner replaces: stale when its own epoch
		// is settled.
		for id := range mlscs {
			if c, ok := st.DeltaClosing(id); ok && c.Winner != 0 && c.Cursor <= uint64(len(c.Proposals)) && in.next()%2 == 0 {
				txs = append(txs, sign(in.next(), func(n uint64) rollup.TxData { return rollup.ProposalTx(n, id, builts[0], uint256.NewInt(1)) }))
			}
		}
		// Once the first patch is applied to a live MLSC's set, one time in two a proposal of
		// fuzzDeltaSet2's first (ready at once) and a vote for it, if its open epoch has none:
		// a second delta to apply.
		for id := range mlscs {
			if fuzzSecondDue(st, id) && in.next()%2 == 0 {
				m, _ := st.MLSC(id)
				who := in.next()
				txs = append(txs, sign(who, func(n uint64) rollup.TxData {
					return rollup.ProposalTx(n, id, fuzzDeltaSet2()[0], uint256.NewInt(1))
				}), sign(who+1, func(n uint64) rollup.TxData {
					return &rollup.VoteDelta{Nonce: n, MLSC: id, Proposal: m.Data.NextProposal, Amount: uint256.NewInt(1e15)}
				}))
			}
		}
		for range in.next() % 4 {
			a, who := in.next(), in.next()
			mlsc := uint64(a>>7) % mlscs
			switch a % 8 {
			case 0, 1: // propose-delta
				k := int(in.next()) % len(patches)
				dep := uint256.NewInt(uint64(in.next()) + 1)
				txs = append(txs, sign(who, func(n uint64) rollup.TxData {
					p := rollup.ProposalTx(n, mlsc, patches[k], dep)
					if k == 2 {
						p.NewRoot = common.Hash{1}
					}
					return p
				}))
			case 2: // delta-data: a pending proposal's next step
				id := pick(mlsc, in.next())
				p, ok := st.DeltaProposal(mlsc, id)
				if !ok || p.Status != rollup.DeltaPending {
					continue
				}
				for _, bt := range patches {
					if string(bt.CID.Bytes()) == string(p.CID) && int(p.Next) < len(bt.Steps) {
						txs = append(txs, sign(who, func(n uint64) rollup.TxData { return rollup.DataTx(n, mlsc, id, bt, int(p.Next)) }))
						break
					}
				}
			case 3, 4: // vote-delta
				id, v := pick(mlsc, in.next()), in.next()
				amount := new(uint256.Int).Mul(uint256.NewInt(uint64(v>>2)), uint256.NewInt(1e15))
				txs = append(txs, sign(who, func(n uint64) rollup.TxData {
					return &rollup.VoteDelta{Nonce: n, MLSC: mlsc, Proposal: id, Amount: amount}
				}))
			case 5: // propose-period
				blocks := 1 + uint64(in.next()%8)
				txs = append(txs, sign(who, func(n uint64) rollup.TxData {
					return &rollup.ProposePeriod{Nonce: n, MLSC: mlsc, Blocks: blocks}
				}))
			case 6: // vote-period: a period proposal of the open epoch (or any index up to 3)
				id := uint64(in.next() % 4)
				if e, ok := st.DeltaEpoch(mlsc); ok && len(e.Periods) > 0 && id != 3 {
					id %= uint64(len(e.Periods))
				}
				txs = append(txs, sign(who, func(n uint64) rollup.TxData { return &rollup.VotePeriod{Nonce: n, MLSC: mlsc, Proposal: id} }))
			case 7: // stake or unstake 0.001 to 0.128 NRN
				v := in.next()
				amount := new(uint256.Int).Mul(uint256.NewInt(uint64(v>>1%128)+1), uint256.NewInt(1e15))
				txs = append(txs, sign(who, func(n uint64) rollup.TxData {
					if v%2 == 0 {
						return &rollup.Stake{Nonce: n, Amount: amount}
					}
					return &rollup.Unstake{Nonce: n, Amount: amount}
				}))
			}
		}
		block(txs...)
	}
}

// fuzzForcedDeltaTx is the training-set step of forced entry fuzzForcedCount +
// fuzzForcedEconomy + m (fuzzForcedTx), for MLSC 0 after fuzzDeltas, signed with nonce
// fuzzDeltaNonce by fuzz account m mod 4: by m mod 8 a vote-delta of 0.001 NRN for proposal 0
// and for 1, a propose-period of 5 blocks, a vote-period for period proposal 0, a propose-delta
// (0.001 NRN deposit) of the delta set's first patch (ready at once) and of its second
// (pending), a delta-data of the second patch's first step for proposal 1, and a vote-delta of
// nothing for proposal 2 (a move of an earlier vote, or refused as a first vote).
func fuzzForcedDeltaTx(m int) rollup.TxData {
	_, builts := fuzzDeltaSet()
	n, small := uint64(fuzzDeltaNonce), uint256.NewInt(1e15)
	switch m % 8 {
	case 0, 1:
		return &rollup.VoteDelta{Nonce: n, MLSC: 0, Proposal: uint64(m % 8), Amount: small}
	case 2:
		return &rollup.ProposePeriod{Nonce: n, MLSC: 0, Blocks: 5}
	case 3:
		return &rollup.VotePeriod{Nonce: n, MLSC: 0, Proposal: 0}
	case 4:
		return rollup.ProposalTx(n, 0, builts[0], small)
	case 5:
		return rollup.ProposalTx(n, 0, builts[1], small)
	case 6:
		return rollup.DataTx(n, 0, 1, builts[1], 0)
	}
	return &rollup.VoteDelta{Nonce: n, MLSC: 0, Proposal: 2, Amount: new(uint256.Int)}
}

// fuzzEpochProposal moves a delta step's proposal (fuzzDeltaTx: 0 to 3 or 4) onto its MLSC's
// open epoch, so that a delta step after fuzzEpochs meets the epochs after the first (their
// vote records, a voter's vote of an earlier epoch, a proposal made while the last epoch is
// settled): a vote-delta's 0 to 2 to that epoch's proposals, a vote-period's 0 to 2 to its
// period proposals (if it has any), and a delta-data's to a pending proposal of the epoch
// whose next step the data is, or, if the data is another step of a patch, the data becomes the
// next step of a pending proposal of the epoch (if there is one).
func fuzzEpochProposal(st *rollup.State, d rollup.TxData) {
	switch x := d.(type) {
	case *rollup.VoteDelta:
		if e, ok := st.DeltaEpoch(x.MLSC); ok && len(e.Proposals) > 0 && x.Proposal < 3 {
			x.Proposal = e.Proposals[int(x.Proposal)%len(e.Proposals)]
		}
	case *rollup.VotePeriod:
		if e, ok := st.DeltaEpoch(x.MLSC); ok && len(e.Periods) > 0 && x.Proposal < 3 {
			x.Proposal %= uint64(len(e.Periods))
		}
	case *rollup.DeltaData:
		e, _ := st.DeltaEpoch(x.MLSC)
		var pending []uint64 // the open epoch's pending proposals
		isStep := false      // whether the data is a step of a patch (not junk)
		for _, id := range e.Proposals {
			if p, _ := st.DeltaProposal(x.MLSC, id); p.Status == rollup.DeltaPending {
				pending = append(pending, id)
			}
		}
		for _, bt := range fuzzPatches() {
			for i := range bt.Steps {
				isStep = isStep || string(rollup.DataTx(0, 0, 0, bt, i).Data) == string(x.Data)
			}
		}
		for _, id := range pending {
			p, _ := st.DeltaProposal(x.MLSC, id)
			for _, bt := range fuzzPatches() {
				if p.Next == uint64(x.Chunk) && string(bt.CID.Bytes()) == string(p.CID) && int(p.Next) < len(bt.Steps) &&
					string(rollup.DataTx(0, x.MLSC, id, bt, int(p.Next)).Data) == string(x.Data) {
					x.Proposal = id // the step the data is, possibly with a broken proof
					return
				}
			}
		}
		if !isStep || len(pending) == 0 {
			return
		}
		// A step of another patch: the next step of a pending proposal instead, as built.
		id := pending[int(x.Chunk)%len(pending)]
		p, _ := st.DeltaProposal(x.MLSC, id)
		for _, bt := range fuzzPatches() {
			if string(bt.CID.Bytes()) == string(p.CID) && int(p.Next) < len(bt.Steps) {
				*x = *rollup.DataTx(x.Nonce, x.MLSC, id, bt, int(p.Next))
				return
			}
		}
	}
}

// fuzzEpochWork is what the block start at a height does with training-set epochs, as
// rollup.BeginBlock would do it on the state before it (fuzzEpochWorkAt).
type fuzzEpochWork struct {
	epoch  bool // it does epoch work (closeEpochs)
	even   bool // at an even height (epoch work there while MLSCs are due, carried to h+1)
	carry  bool // it does round work while its due record lists epochs (carried to h+1)
	close  bool // it closes an ended epoch (beginClose)
	period bool // and that epoch's period proposal wins
	// Items it settles of a closed epoch: proposals, the winner applied, delta votes released,
	// period votes released; done: the epoch's last.
	proposals, winner, votes, periodVotes int
	done                                  bool
	// Of the proposals: pending ones forfeited (to the creator of a done MLSC: forfeitDone),
	// ready ones stale (proposed on a set an earlier winner replaced: refunded, cannot win).
	forfeits, forfeitDone, stale int
	second                       bool // the winner is the MLSC's second applied delta
	twice                        bool // its due record lists an MLSC twice (a closed epoch and the next)
	// last: no epoch work is left after it (no MLSC has an open epoch or another closed one).
	last bool
	// applied: it does round work on an MLSC with an applied delta (StepBlocks' BlockDeltas:
	// a round opening adopts the set, a completion counts the proposers).
	applied bool
}

func (w fuzzEpochWork) String() string {
	applied := ""
	if w.applied {
		applied = ", a delta applied"
	}
	switch {
	case w.carry:
		return "round work, epochs carried" + applied
	case w.applied:
		return "round work" + applied
	case !w.epoch:
		return "no epoch work"
	}
	var parts []string
	if w.even {
		parts = append(parts, "even height")
	} else {
		parts = append(parts, "odd height")
	}
	if w.close {
		parts = append(parts, "close")
	}
	if w.period {
		parts = append(parts, "period changed")
	}
	for _, c := range []struct {
		n    int
		name string
	}{{w.proposals, "proposals"}, {w.forfeits, "forfeited"}, {w.forfeitDone, "forfeited to a done MLSC's creator"},
		{w.stale, "stale"}, {w.winner, "winner"}, {w.votes, "delta votes"}, {w.periodVotes, "period votes"}} {
		if c.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", c.n, c.name))
		}
	}
	if w.second {
		parts = append(parts, "a second delta")
	}
	if w.twice {
		parts = append(parts, "an MLSC listed twice")
	}
	return "epoch work: " + strings.Join(parts, ", ")
}

// fuzzEpochWorkAt says what the block start at height h will do on st with training-set epochs
// (rollup.EpochWorkAt, closeEpochs, beginClose, settleEpoch with MaxEpochWork and their item
// order, as their doc comments state them).
func fuzzEpochWorkAt(st *rollup.State, h uint64) (w fuzzEpochWork) {
	d, _ := st.DueAt(h)
	if len(d.MLSCs) > 0 && !rollup.EpochWorkAt(h, len(d.MLSCs), len(d.Epochs)) {
		m, _ := st.MLSC(d.MLSCs[0])
		w.applied = m.Data != nil && len(m.Data.Applied) > 0
	}
	if len(d.Epochs) == 0 {
		return w
	}
	if !rollup.EpochWorkAt(h, len(d.MLSCs), len(d.Epochs)) {
		w.carry = true
		return w
	}
	w.epoch, w.even = true, h%2 == 0
	id := d.Epochs[0]
	w.twice = len(slices.Compact(slices.Sorted(slices.Values(d.Epochs)))) < len(d.Epochs)
	defer func() {
		w.last = w.done
		for _, other := range st.MLSCIDs() {
			_, open := st.DeltaEpoch(other)
			_, closing := st.DeltaClosing(other)
			w.last = w.last && !open && (!closing || other == id)
		}
	}()
	c, ok := st.DeltaClosing(id)
	if !ok {
		if e, ok := st.DeltaEpoch(id); ok && e.End <= h {
			w.close = true
			g := st.Globals()
			total := new(uint256.Int)
			if g.TotalStake != nil {
				total.Set(g.TotalStake)
			}
			for _, pp := range e.Periods {
				if pp.Stake != nil && new(uint256.Int).Lsh(pp.Stake, 1).Gt(total) {
					w.period = true
				}
			}
		}
		return w
	}
	np := uint64(len(c.Proposals))
	total := np + 1 + c.Tally.Voters + c.Tally.PeriodVoters
	cur := c.Cursor
	for used := 0; cur < total; cur++ {
		work := 2
		if cur == np {
			work = 3
		}
		if used > 0 && used+work > rollup.MaxEpochWork {
			break
		}
		used += work
		switch {
		case cur < np:
			w.proposals++
			p, _ := st.DeltaProposal(id, c.Proposals[cur])
			m, _ := st.MLSC(id)
			switch {
			case p.Status == rollup.DeltaPending && m.Phase == rollup.PhaseDone:
				w.forfeitDone++
			case p.Status == rollup.DeltaPending:
				w.forfeits++
			case p.Status == rollup.DeltaReady && m.Data != nil && (p.BaseRoot != m.Data.Root || p.BaseSize != m.Data.Size):
				w.stale++
			}
		case cur == np:
			if c.Winner != 0 {
				w.winner++
				m, _ := st.MLSC(id)
				w.second = m.Data != nil && len(m.Data.Applied) > 0
			}
		case cur < np+1+c.Tally.Voters:
			w.votes++
		default:
			w.periodVotes++
		}
	}
	w.done = cur == total
	return w
}

// fuzzEpochGoal adds blocks to st (at most 96) until the next block start does what goal asks of
// the epochs (fuzzEpochWorkAt): 1 close an epoch, 2 apply a winner, 3 release a delta vote, 4
// release a period vote, 5 settle a proposal, 6 round work with epochs carried, 7 epoch work at
// an even height (MLSCs due there carried), 8 round work on an MLSC with an applied delta, 9
// apply a second delta, or, if it never comes, the last epoch work there is; 0 none, the block
// start right after fuzzEpochs.
func fuzzEpochGoal(st *rollup.State, block func(...*rollup.Tx), goal byte) {
	for range 96 {
		if fuzzEpochReached(st, goal) {
			return
		}
		block()
	}
}

// fuzzEpochReached reports whether the next block start on st does what goal asks
// (fuzzEpochGoal), or the last epoch work there is.
func fuzzEpochReached(st *rollup.State, goal byte) bool {
	w := fuzzEpochWorkAt(st, st.Globals().Height+1)
	if goal == 8 && !w.applied && w.last { // unless a delta is applied already: its round work is to come
		for _, id := range st.MLSCIDs() {
			if m, _ := st.MLSC(id); m.Data != nil && len(m.Data.Applied) > 0 && m.Phase != rollup.PhaseDone {
				return false
			}
		}
	}
	if goal == 9 && !w.second && w.last { // unless a second delta can still come
		for _, id := range st.MLSCIDs() {
			if fuzzSecondDue(st, id) {
				return false
			}
		}
	}
	if w.last {
		return true
	}
	switch goal {
	case 1:
		return w.close
	case 2:
		return w.winner > 0
	case 3:
		return w.votes > 0
	case 4:
		return w.periodVotes > 0
	case 5:
		return w.proposals > 0
	case 6:
		return w.carry
	case 7:
		return w.epoch && w.even
	case 8:
		return w.applied
	case 9:
		return w.second
	}
	return true
}

// fuzzEpochStats counts the block starts under test of a FuzzStepDifferential run by what they
// did with training-set epochs (fuzzEpochWorkAt; only those the Go STF applied).
type fuzzEpochStats struct {
	mu                                                                                        sync.Mutex
	inputs, epoch, even, carry, close, period, proposals, winner, votes, periodVotes, applied int
	forfeits, forfeitDone, stale, second, twice                                               int
}

func (s *fuzzEpochStats) add(w fuzzEpochWork) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.inputs++
	one := func(c *int, b bool) {
		if b {
			*c++
		}
	}
	one(&s.epoch, w.epoch)
	one(&s.even, w.epoch && w.even)
	one(&s.carry, w.carry)
	one(&s.applied, w.applied)
	one(&s.forfeits, w.forfeits > 0)
	one(&s.forfeitDone, w.forfeitDone > 0)
	one(&s.stale, w.stale > 0)
	one(&s.second, w.second)
	one(&s.twice, w.twice)
	one(&s.close, w.close)
	one(&s.period, w.period)
	one(&s.proposals, w.proposals > 0)
	one(&s.winner, w.winner > 0)
	one(&s.votes, w.votes > 0)
	one(&s.periodVotes, w.periodVotes > 0)
}

func (s *fuzzEpochStats) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return fmt.Sprintf("%d inputs: %d epoch block starts (%d at even heights, %d listing an MLSC twice), %d round work with epochs carried, %d round work after a delta applied; "+
		"%d closes (%d changing the period), %d settling proposals (%d forfeiting, %d to a done MLSC's creator, %d stale ones), %d applying a winner (%d a second delta), %d releasing delta votes, %d releasing period votes",
		s.inputs, s.epoch, s.even, s.twice, s.carry, s.applied, s.close, s.period, s.proposals, s.forfeits, s.forfeitDone, s.stale, s.winner, s.second, s.votes, s.periodVotes)
}

// TestStepDifferentialEpochSeeds: the seed corpus entries of FuzzStepDifferential named
// epoch-* (testdata/fuzz/FuzzStepDifferential) reach the epoch work their name says, so that a
// plain go test (seeds only) re-executes on L1 a close, a settlement with a winner and the
// release of delta and period votes, and both sides agree on each (stepDifferential).
func TestStepDifferentialEpochSeeds(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "fuzz", "FuzzStepDifferential", "epoch-*"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]func(fuzzEpochWork) bool{
		"close":        func(w fuzzEpochWork) bool { return w.close },
		"period":       func(w fuzzEpochWork) bool { return w.close && w.period },
		"winner":       func(w fuzzEpochWork) bool { return w.winner > 0 },
		"proposals":    func(w fuzzEpochWork) bool { return w.proposals > 0 },
		"forfeit-done": func(w fuzzEpochWork) bool { return w.forfeitDone > 0 },
		"stale":        func(w fuzzEpochWork) bool { return w.stale > 0 },
		"second":       func(w fuzzEpochWork) bool { return w.second },
		"votes":        func(w fuzzEpochWork) bool { return w.votes > 0 },
		"period-votes": func(w fuzzEpochWork) bool { return w.periodVotes > 0 },
		"carry":        func(w fuzzEpochWork) bool { return w.carry },
		"even":         func(w fuzzEpochWork) bool { return w.epoch && w.even },
		"odd":          func(w fuzzEpochWork) bool { return w.epoch && !w.even },
		"applied":      func(w fuzzEpochWork) bool { return w.applied },
	}
	seen := map[string]bool{}
	l1 := newFuzzL1(t)
	for _, f := range files {
		name := strings.TrimPrefix(filepath.Base(f), "epoch-")
		what := name[:max(strings.LastIndexByte(name, '-'), 0)]
		check, ok := want[what]
		if !ok {
			t.Fatalf("%s: no such epoch seed kind %q", f, what)
		}
		seen[what] = true
		data := readFuzzSeed(t, f)
		t.Run(name, func(t *testing.T) {
			if w := stepDifferential(t, l1, data); !check(w) {
				t.Fatalf("%s reaches %v, not %s", f, w, what)
			}
		})
	}
	for _, what := range []string{"close", "winner", "votes", "period-votes"} {
		if !seen[what] {
			t.Errorf("no epoch-%s seed", what)
		}
	}
}

// readFuzzSeed reads a corpus file of one []byte value (go test fuzz v1).
func readFuzzSeed(t *testing.T, path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 2 || lines[0] != "go test fuzz v1" || !strings.HasPrefix(lines[1], "[]byte(") || !strings.HasSuffix(lines[1], ")") {
		t.Fatalf("%s: not a corpus file of one []byte", path)
	}
	s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(lines[1], "[]byte("), ")"))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return []byte(s)
}
