// Package challenge builds and sends L1 fault-proof challenges of Neuron batches (issue 14.3)
// from what a light client has: the verified state before a batch, L1's record of the batch
// and its DA bytes, whose step trace (rollup.Batch.Trace) opens every leaf the batch header's
// stepRoot commits to. Build finds the first thing L1 can prove wrong; Step and End build the
// challenge of one step or of the trace's end whatever it shows (an honest batch's are all
// refused by the Rollup with NoFraud). Watch follows L1 with the light client and challenges
// at the first divergence.
package challenge

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/lightclient"
	"github.com/neuron-rollup/neuron/rollup"
)

var (
	// ErrUnopenable: the batch's DA bytes do not open L1's stepRoot (no trace, a trace of
	// other leaves, bytes that do not decode), so no step can be challenged. L1 cannot tell;
	// only challengeEnd of a batch with stepCount 0 needs no opening.
	ErrUnopenable = errors.New("challenge: the batch's published trace does not open L1's step root")
	// ErrNoFraud: every step of the batch and the end of its trace agree with re-execution;
	// whatever the light client found (an L1 hash, a loss proof...) is not a fault proof's.
	ErrNoFraud = errors.New("challenge: nothing in the batch is provably wrong on L1")
	// ErrPreState: the state given as the batch's start is not the one L1 says it builds on.
	ErrPreState = errors.New("challenge: pre-state is not the batch's previous state root")
	// ErrStep: the step asked for is not in the batch's trace.
	ErrStep = errors.New("challenge: no such step")
)

// Challenge is a challenge ready to send to the Rollup.
type Challenge struct {
	Batch uint64
	// Step is the step opened by challengeStep, or -1 for challengeEnd.
	Step int
	// Reason says what the challenge shows wrong (or, for Step and End on an honest batch,
	// what it opens).
	Reason string
	// Calldata is the Rollup call: challengeStep(record, stepChallenge) or
	// challengeEnd(record, endChallenge), record being L1's record of the batch.
	Calldata []byte
}

// opened is a batch whose published trace opens L1's stepRoot.
type opened struct {
	cfg    *rollup.Config
	pre    *lightclient.Checkpoint
	rec    *lightclient.BatchRecord
	batch  *rollup.Batch
	leaves []rollup.StepLeaf
	hashes []common.Hash
	record bindings.RollupBatch // what the Rollup keeps the hash of
	rb     *bindings.Rollup
	fp     *bindings.FaultProver
}

// state loads the checkpoint's state.
func loadState(cp *lightclient.Checkpoint) (*rollup.State, error) {
	st := rollup.NewState()
	for _, e := range cp.Entries {
		if err := st.LoadEntry(e.Key, e.Value); err != nil {
			return nil, fmt.Errorf("challenge: load pre-state: %w", err)
		}
	}
	if _, _, err := st.Commit(); err != nil {
		return nil, fmt.Errorf("challenge: load pre-state: %w", err)
	}
	return st, nil
}

// open checks the pre-state against L1's record and, unless L1 has no trace, that the
// batch's published trace opens L1's stepRoot.
func open(cfg *rollup.Config, pre *lightclient.Checkpoint, rec *lightclient.BatchRecord, data []byte) (*opened, error) {
	if rec.StepCount == 0 {
		return start(cfg, pre, rec, nil)
	}
	o, err := start(cfg, pre, rec, data)
	if err != nil {
		return nil, err
	}
	if o.leaves, err = rollup.BatchLeaves(o.batch); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnopenable, err)
	}
	o.hashes = rollup.LeafHashes(o.leaves)
	if root := rollup.StepTreeRoot(o.hashes); root != rec.StepRoot || uint64(len(o.leaves)) != rec.StepCount {
		return nil, fmt.Errorf("%w: batch %d's trace gives %s over %d steps, L1 has %s over %d", ErrUnopenable, rec.Index,
			root, len(o.leaves), rec.StepRoot, rec.StepCount)
	}
	return o, nil
}

// start checks the pre-state against L1's record and decodes the batch's data (unless data
// is nil), without its trace's leaves.
func start(cfg *rollup.Config, pre *lightclient.Checkpoint, rec *lightclient.BatchRecord, data []byte) (*opened, error) {
	st, err := loadState(pre)
	if err != nil {
		return nil, err
	}
	if st.Root() != rec.PrevStateRoot {
		return nil, fmt.Errorf("%w: batch %d builds on %s, the state given is %s", ErrPreState, rec.Index, rec.PrevStateRoot, st.Root())
	}
	o := &opened{cfg: cfg, pre: pre, rec: rec, rb: bindings.NewRollup(), fp: bindings.NewFaultProver(), record: recordOf(rec)}
	if data == nil {
		return o, nil
	}
	if o.batch, err = rollup.DecodeBatch(data); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnopenable, err)
	}
	return o, nil
}

// Build returns the challenge of the first thing in batch rec (DA bytes data) that L1 can
// prove wrong, replaying it from pre (the verified state before it): a batch without a trace
// (challengeEnd); else the first step whose published leaf differs from re-execution or that
// the STF refuses (challengeStep); else a trace end that is not the batch's state root,
// withdrawal root or counters (challengeEnd). ErrNoFraud if all agree, ErrUnopenable if the
// published trace does not open L1's stepRoot.
func Build(cfg *rollup.Config, pre *lightclient.Checkpoint, rec *lightclient.BatchRecord, data []byte) (*Challenge, error) {
	o, err := open(cfg, pre, rec, data)
	if err != nil {
		return nil, err
	}
	if rec.StepCount == 0 {
		return o.end("the batch has no step trace on L1 (stepCount 0)", nil), nil
	}
	k, why, err := o.firstWrongStep()
	if err != nil {
		return nil, err
	}
	if k >= 0 {
		return o.step(k, why)
	}
	return o.endChallenge(true)
}

// Step returns the challenge of step k of batch rec with the published leaves, whether or
// not the step is wrong (the Rollup refuses it with NoFraud if it is right).
func Step(cfg *rollup.Config, pre *lightclient.Checkpoint, rec *lightclient.BatchRecord, data []byte, k int) (*Challenge, error) {
	o, err := open(cfg, pre, rec, data)
	if err != nil {
		return nil, err
	}
	if k < 0 || k >= len(o.leaves) {
		return nil, fmt.Errorf("%w: step %d of batch %d (%d steps)", ErrStep, k, rec.Index, len(o.leaves))
	}
	return o.step(k, fmt.Sprintf("opens step %d", k))
}

// End returns the challenge of the end of batch rec's trace, whether or not it is wrong.
func End(cfg *rollup.Config, pre *lightclient.Checkpoint, rec *lightclient.BatchRecord, data []byte) (*Challenge, error) {
	o, err := open(cfg, pre, rec, data)
	if err != nil {
		return nil, err
	}
	if rec.StepCount == 0 {
		return o.end("the batch has no step trace on L1 (stepCount 0)", nil), nil
	}
	if _, _, err := o.replay(len(o.leaves), -1); err != nil {
		return nil, err
	}
	return o.endChallenge(false)
}

// stepInput is step k's input bytes and the block and tx (-1: block start) it belongs to.
func (o *opened) stepInput(k int) ([]byte, *rollup.Block, int) {
	for _, blk := range o.batch.Blocks {
		if k == 0 {
			return rollup.BeginStepInput(&blk.Header), blk, -1
		}
		k--
		if k < len(blk.Txs) {
			return blk.Txs[k].Encode(), blk, k
		}
		k -= len(blk.Txs)
	}
	return nil, nil, 0
}

// replay applies the batch's steps [0, n) to a fresh copy of the pre-state with a Tracer
// building the witness of step target (-1: none), committing at each block's end. It stops
// at the first step the STF refuses, returning its index (n if none did) and the state
// before it.
func (o *opened) replay(n, target int) (*rollup.Tracer, *rollup.State, error) {
	st, err := loadState(o.pre)
	if err != nil {
		return nil, nil, err
	}
	tr := rollup.NewTracer(o.cfg, target)
	k := 0
	for _, blk := range o.batch.Blocks {
		if k >= n {
			break
		}
		if err := tr.BeginBlock(st, &blk.Header); err != nil {
			return tr, st, nil
		}
		k++
		for i, tx := range blk.Txs {
			if k >= n {
				return tr, st, nil
			}
			if _, err := tr.ApplyTx(st, tx, uint64(i)); err != nil {
				return tr, st, nil
			}
			k++
		}
		if _, _, err := st.Commit(); err != nil {
			return nil, nil, err
		}
	}
	return tr, st, nil
}

// firstWrongStep replays the batch and returns the first step whose leaf differs from the
// published one or that the STF refuses, and why; -1 if none.
func (o *opened) firstWrongStep() (int, string, error) {
	tr, _, err := o.replay(len(o.leaves), -1)
	if err != nil {
		return 0, "", err
	}
	got := tr.Leaves()
	for k := range o.leaves {
		if k >= len(got) {
			return k, "the STF refuses the step", nil
		}
		want := &o.leaves[k]
		switch {
		case got[k].Root != want.Root:
			return k, fmt.Sprintf("the step's state root is %s, the batch says %s", got[k].Root, want.Root), nil
		case got[k].Withdrawals.Hash() != want.Withdrawals.Hash():
			return k, fmt.Sprintf("the step's withdrawal tree has %d leaves (root %s), the batch's %d (root %s)",
				got[k].Withdrawals.Count, got[k].Withdrawals.Root(), want.Withdrawals.Count, want.Withdrawals.Root()), nil
		case got[k].Messages.Hash() != want.Messages.Hash():
			return k, fmt.Sprintf("the step's message tree has %d leaves (root %s), the batch's %d (root %s)",
				got[k].Messages.Count, got[k].Messages.Root(), want.Messages.Count, want.Messages.Root()), nil
		}
	}
	return -1, "", nil
}

func leafOf(l *rollup.StepLeaf) bindings.FaultProverLeaf {
	nodes := func(f *rollup.WithdrawalFrontier) [][32]byte {
		out := make([][32]byte, len(f.Nodes))
		for i, n := range f.Nodes {
			out[i] = n
		}
		return out
	}
	return bindings.FaultProverLeaf{Input: l.Input, Offset: l.Offset, Length: l.Length, Root: l.Root, Wcount: l.Withdrawals.Count, Wnodes: nodes(&l.Withdrawals),
		Mcount: l.Messages.Count, Mnodes: nodes(&l.Messages)}
}

func path(p []common.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for i, h := range p {
		out[i] = h
	}
	return out
}

// step builds the challenge of step k: its leaf and the one before (the previous state root
// for step 0), their paths, the input and the witness of its re-execution (of the reads
// before the STF refuses it, for an invalid step).
func (o *opened) step(k int, why string) (*Challenge, error) {
	pre, prePath := bindings.FaultProverLeaf{Root: o.rec.PrevStateRoot, Wnodes: [][32]byte{}, Mnodes: [][32]byte{}}, [][32]byte{}
	if k > 0 {
		pre, prePath = leafOf(&o.leaves[k-1]), path(rollup.StepTreeProof(o.hashes, k-1))
	}
	return o.stepWith(k, why, pre, prePath, leafOf(&o.leaves[k]), path(rollup.StepTreeProof(o.hashes, k)))
}

// stepWith builds the challenge of step k with the given leaves before and after it (pre is
// the previous state root's for step 0) and their paths.
func (o *opened) stepWith(k int, why string, pre bindings.FaultProverLeaf, prePath [][32]byte, post bindings.FaultProverLeaf, postPath [][32]byte) (*Challenge, error) {
	input, blk, tx := o.stepInput(k)
	if blk == nil {
		return nil, fmt.Errorf("%w: step %d of batch %d: the data has no such step", ErrStep, k, o.rec.Index)
	}
	tr, st, err := o.replay(k+1, k)
	if err != nil {
		return nil, err
	}
	witness := tr.Witness()
	if len(tr.Leaves()) <= k { // the STF refused step k: st is the state before it
		if witness, err = rollup.InvalidStepWitness(o.cfg, st, input); err != nil {
			return nil, err
		}
	}
	where := fmt.Sprintf("step %d (block %d start)", k, blk.Header.Number)
	if tx >= 0 {
		where = fmt.Sprintf("step %d (block %d tx %d %s)", k, blk.Header.Number, tx, blk.Txs[tx].Hash())
	}
	// L1 re-executes every step: each transaction type, bare or forced, and every block start.
	ch := bindings.FaultProverStepChallenge{Step: uint64(k), Post: post, PostPath: postPath, Input: input, Witness: witness, Pre: pre, PrePath: prePath}
	if ch.Witness == nil {
		ch.Witness = [][]byte{}
	}
	enc := o.fp.PackEncodeStepChallenge(ch)[4:]
	return &Challenge{Batch: o.rec.Index, Step: k, Reason: where + ": " + why,
		Calldata: o.rb.PackChallengeStep(o.record, enc)}, nil
}

func (o *opened) end(why string, enc []byte) *Challenge {
	if enc == nil {
		enc = []byte{}
	}
	return &Challenge{Batch: o.rec.Index, Step: -1, Reason: "end of trace: " + why, Calldata: o.rb.PackChallengeEnd(o.record, enc)}
}

// endChallenge builds the challenge of the trace's end: the last leaf, its path, and a proof
// of the globals at the batch's state root when that root is the last leaf's. The state is
// re-executed to the batch's end. With onlyWrong it fails with ErrNoFraud if the end agrees
// with L1's record.
func (o *opened) endChallenge(onlyWrong bool) (*Challenge, error) {
	n := len(o.leaves)
	return o.endWith(&o.leaves[n-1], path(rollup.StepTreeProof(o.hashes, n-1)), n, onlyWrong)
}

// endWith is endChallenge with the last of count leaves and its path given.
func (o *opened) endWith(last *rollup.StepLeaf, lastPath [][32]byte, count int, onlyWrong bool) (*Challenge, error) {
	tr, st, err := o.replay(count, -1)
	if err != nil {
		return nil, err
	}
	rec := o.rec
	var why string
	g := st.Globals()
	switch {
	case len(tr.Leaves()) < count:
		return nil, fmt.Errorf("challenge: batch %d: a step the STF refuses, challenge it with Step", rec.Index)
	case last.Root != rec.StateRoot:
		why = fmt.Sprintf("the last step's root is %s, L1's state root %s", last.Root, rec.StateRoot)
	case last.Withdrawals.Root() != rec.WithdrawalRoot:
		why = fmt.Sprintf("the trace's withdrawal root is %s, L1's %s", last.Withdrawals.Root(), rec.WithdrawalRoot)
	case last.Messages.Root() != rec.MessageRoot:
		why = fmt.Sprintf("the trace's message root is %s, L1's %s", last.Messages.Root(), rec.MessageRoot)
	case g.Height != rec.L2Height || g.DepositsConsumed != rec.DepositsConsumed || g.ForcedConsumed != rec.ForcedConsumed:
		why = fmt.Sprintf("the state's height, deposits and forced entries are %d, %d, %d; L1 says %d, %d, %d",
			g.Height, g.DepositsConsumed, g.ForcedConsumed, rec.L2Height, rec.DepositsConsumed, rec.ForcedConsumed)
	case onlyWrong:
		return nil, fmt.Errorf("%w: batch %d", ErrNoFraud, rec.Index)
	default:
		why = "opens the last step"
	}
	end := bindings.FaultProverEndChallenge{Last: leafOf(last), Path: lastPath, GlobalsProof: []byte{}}
	if st.Root() == rec.StateRoot {
		nodes, err := st.ProveOrdered(rollup.GlobalsKey())
		if err != nil {
			return nil, err
		}
		if end.GlobalsProof, err = rlp.EncodeToBytes(nodes); err != nil {
			return nil, err
		}
	}
	return o.end(why, o.fp.PackEncodeEndChallenge(end)[4:]), nil
}
