package rollup

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/circuits/mlp"
)

// Optimizer names the optimiser a trainer is expected to use.
type Optimizer uint8

// Optimisers.
const (
	OptSGD  Optimizer = 1
	OptAdam Optimizer = 2
)

// MLSCSpec is everything a user fixes when creating a machine-learning smart
// contract. Round timing is in L2 blocks.
type MLSCSpec struct {
	Layers []uint32
	Loss   uint8

	InitCheckpointCID []byte // optional starting checkpoint on DA
	DatasetCID        []byte // dataset manifest on DA
	DatasetRoot       common.Hash
	DatasetSize       uint64

	Optimizer    uint8
	LearningRate uint32 // in millionths
	BatchSize    uint32
	Epochs       uint32 // local epochs per round

	SampleCount  uint32 // k, examples sampled per proof
	CommitBlocks uint64
	RevealBlocks uint64
	ProofBlocks  uint64
	MaxRounds    uint32
	TargetLoss   uint64 // stop once the best loss sum is at or below; 0 = none

	// Added for finished models (issue 16), optional in the encoding: a
	// spec that sets none of them encodes as before.
	//
	// DeadlineL1 completes the MLSC at the end of the first round that ends
	// in an L2 block whose L1 view (Header.L1Number, the L1 block the
	// sequencer had confirmed) is at or past this L1 block number; 0 = none.
	DeadlineL1 uint64 `rlp:"optional"`
	// InitWeights is the weight commitment of InitCheckpointCID (the
	// circuit's, lossverify.ParamsFor(spec).CommitWeights); it is the
	// MLSC's best weights until a round is won. Zero = not given.
	InitWeights common.Hash `rlp:"optional"`
	// UseFee is the NRN a use-model transaction pays once the model is
	// finished (economy.go); nil or zero = free.
	UseFee *uint256.Int `rlp:"optional"`
}

// Shape returns the model shape.
func (s *MLSCSpec) Shape() mlp.Shape {
	sh := mlp.Shape{Loss: mlp.Loss(s.Loss), Layers: make([]int, len(s.Layers))}
	for i, n := range s.Layers {
		sh.Layers[i] = int(n)
	}
	return sh
}

// Limits on MLSC parameters.
const (
	MaxCIDLen      = 128
	MaxSampleCount = 1024
	MaxWindow      = 1 << 20
	// MaxRoundCommits bounds the commitments (so the reveals) of one round:
	// a fault proof of a commit or reveal step re-executes on L1 against the
	// whole round record, whose cost grows with it (about 12k gas per
	// commitment and 70k per reveal), and must stay well under the
	// 16,777,216 gas a transaction may use (docs/contracts.md). 64 keeps the
	// worst step near 10M.
	MaxRoundCommits = 64
)

// ErrBadSpec is wrapped by every MLSC spec validation error.
var ErrBadSpec = errors.New("rollup: bad MLSC spec")

// Validate checks the spec on its own; the state transition also checks that
// a verifying key exists for it.
func (s *MLSCSpec) Validate() error {
	if len(s.Layers) > mlp.MaxLayers {
		return fmt.Errorf("%w: %d layers", ErrBadSpec, len(s.Layers))
	}
	if err := s.Shape().Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrBadSpec, err)
	}
	switch {
	case len(s.DatasetCID) == 0 || len(s.DatasetCID) > MaxCIDLen:
		return fmt.Errorf("%w: dataset CID of %d bytes", ErrBadSpec, len(s.DatasetCID))
	case len(s.InitCheckpointCID) > MaxCIDLen:
		return fmt.Errorf("%w: initial checkpoint CID of %d bytes", ErrBadSpec, len(s.InitCheckpointCID))
	case s.InitWeights != (common.Hash{}) && len(s.InitCheckpointCID) == 0:
		return fmt.Errorf("%w: initial weight commitment without an initial checkpoint CID", ErrBadSpec)
	case s.DatasetSize == 0:
		return fmt.Errorf("%w: empty dataset", ErrBadSpec)
	case s.Optimizer != uint8(OptSGD) && s.Optimizer != uint8(OptAdam):
		return fmt.Errorf("%w: unknown optimizer %d", ErrBadSpec, s.Optimizer)
	case s.BatchSize == 0:
		return fmt.Errorf("%w: batch size 0", ErrBadSpec)
	case s.SampleCount == 0 || s.SampleCount > MaxSampleCount:
		return fmt.Errorf("%w: sample count %d, want 1..%d", ErrBadSpec, s.SampleCount, MaxSampleCount)
	case s.CommitBlocks == 0 || s.RevealBlocks == 0 || s.ProofBlocks == 0:
		return fmt.Errorf("%w: commit, reveal and proof windows must be at least one block", ErrBadSpec)
	case s.CommitBlocks > MaxWindow || s.RevealBlocks > MaxWindow || s.ProofBlocks > MaxWindow:
		return fmt.Errorf("%w: a window is longer than %d blocks", ErrBadSpec, MaxWindow)
	case s.MaxRounds == 0:
		return fmt.Errorf("%w: max rounds 0", ErrBadSpec)
	}
	return nil
}

// Phase of an MLSC's current round.
type Phase uint8

// Round phases, in order. PhaseDone means the MLSC is complete.
const (
	PhaseCommit Phase = 1
	PhaseReveal Phase = 2
	PhaseProof  Phase = 3
	PhaseDone   Phase = 4
)

func (p Phase) String() string {
	switch p {
	case PhaseCommit:
		return "commit"
	case PhaseReveal:
		return "reveal"
	case PhaseProof:
		return "proof"
	case PhaseDone:
		return "done"
	}
	return fmt.Sprintf("phase(%d)", uint8(p))
}

// MLSC is the on-L2 record of a machine-learning smart contract.
type MLSC struct {
	ID      uint64
	Creator common.Address
	Spec    MLSCSpec
	Escrow  *uint256.Int // bounty not yet paid out

	Round uint64 // current round, from 1
	// RoundStart is the L2 height the current round's commit window opened, moved on by the
	// blocks a phase ended late (a block start carried the MLSC over: MaxBlockMLSCs), so
	// that every window has its full length.
	RoundStart uint64
	Phase      Phase

	BestCheckpointCID []byte
	BestWeights       common.Hash
	BestLossSum       uint64 // MaxUint64 until a round is won
	BestTrainer       common.Address
	RoundsWon         uint32

	// Data is the training-set governance record (delta.go), nil until the
	// first proposal; optional in the encoding, so MLSCs without one keep
	// their state roots.
	Data *DataState `rlp:"optional"`
}

// CommitEnd is the first height of the reveal window.
func (m *MLSC) CommitEnd() uint64 { return m.RoundStart + m.Spec.CommitBlocks }

// RevealEnd is the first height after the reveal window.
func (m *MLSC) RevealEnd() uint64 { return m.CommitEnd() + m.Spec.RevealBlocks }

// ProofEnd is the first height after the proof window.
func (m *MLSC) ProofEnd() uint64 { return m.RevealEnd() + m.Spec.ProofBlocks }

// NextBoundary is the height at which the MLSC's current phase ends: the
// first block whose BeginBlock moves it on. It is 0 once the MLSC is done.
func (m *MLSC) NextBoundary() uint64 {
	switch m.Phase {
	case PhaseCommit:
		return m.CommitEnd()
	case PhaseReveal:
		return m.RevealEnd()
	case PhaseProof:
		return m.ProofEnd()
	}
	return 0
}

// RevealRecord is a revealed claim.
type RevealRecord struct {
	Trainer          common.Address
	CheckpointCID    []byte
	WeightCommitment common.Hash
	TraceCID         []byte
	TraceRoot        common.Hash
	ClaimedLossSum   uint64
	Height           uint64
}

// Round is the per-round record of one MLSC.
type Round struct {
	MLSC    uint64
	Round   uint64
	Commits []CommitRecord // in arrival order
	Reveals []RevealRecord // in arrival order
	Seed    common.Hash    // set when the reveal window closes
	Best    uint64         // 1 + index into Reveals of the best claim, 0 if none
	Proven  bool
	Slashed bool
	// Released counts the reveals, from the first, whose open claims the settlement of the
	// round released (MaxBlockReleases a block start); optional in the encoding (absent
	// while zero).
	Released uint64 `rlp:"optional"`
}

// CommitRecord is one trainer's commitment in a round.
type CommitRecord struct {
	Trainer    common.Address
	Commitment common.Hash
	Revealed   bool
}

// CommitmentHash is what a trainer commits to: every value the reveal opens,
// bound to the MLSC, the round and the trainer's own address, so a copied
// commitment is useless to anyone else.
func CommitmentHash(mlscID, round uint64, weights, traceRoot common.Hash, lossSum uint64, trainer common.Address, salt common.Hash) common.Hash {
	var buf [8 + 8 + 32 + 32 + 8 + 20 + 32]byte
	putU64(buf[0:], mlscID)
	putU64(buf[8:], round)
	copy(buf[16:], weights[:])
	copy(buf[48:], traceRoot[:])
	putU64(buf[80:], lossSum)
	copy(buf[88:], trainer[:])
	copy(buf[108:], salt[:])
	return crypto.Keccak256Hash([]byte("neuron-commit"), buf[:])
}

// RoundSeed derives the sampling seed once the reveal window has closed from
// an L1 block hash nobody knew at commit time, the chain (L2 chain id and the
// L1 Rollup contract), the MLSC, the round and the reveals themselves. The
// seed is part of the claim that a loss proof's public digest commits to, so
// a proof made for one chain, MLSC and round verifies for no other.
func RoundSeed(chainID uint64, rollupAddr common.Address, l1Hash common.Hash, mlscID, round uint64, reveals []RevealRecord) common.Hash {
	h := crypto.NewKeccakState()
	h.Write([]byte("neuron-seed-v2"))
	var c [8]byte
	putU64(c[:], chainID)
	h.Write(c[:])
	h.Write(rollupAddr[:])
	h.Write(l1Hash[:])
	var b [16]byte
	putU64(b[:], mlscID)
	putU64(b[8:], round)
	h.Write(b[:])
	for _, r := range reveals {
		h.Write(r.Trainer[:])
		h.Write(r.WeightCommitment[:])
		h.Write(r.TraceRoot[:])
	}
	var out common.Hash
	h.Read(out[:])
	return out
}
