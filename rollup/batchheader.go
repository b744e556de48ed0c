package rollup

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/neuron-rollup/neuron/l1"
)

// AppliedProof is a loss proof as L1 verifies it: the id of its circuit
// (LossVerifier.CircuitID, the hash of the chain's verifying key) and its
// public input (LossVerifier.PublicInput, the claim digest). The STF puts it
// on the receipt of every loss proof it applies; a batch header commits to
// its blocks' applied proofs, in order, with ProofsHash. It is l1.ProofRef,
// the pair the Rollup contract's proofsHash is computed over.
type AppliedProof = l1.ProofRef

// AppliedProofOf is the AppliedProof of a loss proof of claim for an MLSC
// with spec: the one place that says which circuit proves it and against
// which digest.
func AppliedProofOf(cfg *Config, spec *MLSCSpec, claim *Claim) (*AppliedProof, error) {
	circuit, err := cfg.Verifier.CircuitID(spec)
	if err != nil {
		return nil, fmt.Errorf("circuit of MLSC %d: %w", claim.MLSC, err)
	}
	digest, err := cfg.Verifier.PublicInput(spec, claim)
	if err != nil {
		return nil, fmt.Errorf("public input of MLSC %d round %d: %w", claim.MLSC, claim.Round, err)
	}
	return &AppliedProof{Circuit: circuit, Digest: digest}, nil
}

// ProofCircuit is the circuit that proves loss proof d if it applied to s
// now, for a sequencer that budgets a block's L1 verification gas before
// applying it; ok is false when d names no claim or MLSC (ApplyTx then
// rejects it).
func (s *State) ProofCircuit(cfg *Config, d *LossProof) (circuit common.Hash, ok bool, err error) {
	if _, err := s.ClaimOf(d.MLSC, d.Round); err != nil {
		return common.Hash{}, false, nil
	}
	m, found := s.mlscs[d.MLSC]
	if !found {
		return common.Hash{}, false, nil
	}
	circuit, err = cfg.Verifier.CircuitID(&m.Spec)
	if err != nil {
		return common.Hash{}, false, fmt.Errorf("circuit of MLSC %d: %w", d.MLSC, err)
	}
	return circuit, true, nil
}

// ProofRecord is a loss proof a block applied, with what the Rollup
// contract needs to verify it: the proof bytes, its circuit and its digest.
// (Its RLP encoding is the sequencer's stored block meta: fields may only be
// appended.)
type ProofRecord struct {
	MLSC, Round uint64
	Proof       []byte
	Digest      common.Hash
	// Circuit is the proof's circuit id on L1 (l1.CircuitIDOfKey of the
	// circuit's verifying key): the Rollup verifies the proof with the
	// verifier it registered under it.
	Circuit common.Hash
}

// Applied is the (circuit, digest) pair of the proof.
func (p *ProofRecord) Applied() AppliedProof {
	return AppliedProof{Circuit: p.Circuit, Digest: p.Digest}
}

// ProofsHash is the commitment of a batch header to the loss proofs its
// blocks applied, in order (l1.ProofsHash): the zero hash for none.
func ProofsHash(proofs []AppliedProof) common.Hash { return l1.ProofsHash(proofs) }

// BatchHeader is what the Rollup contract records of a batch
// (Rollup.BatchHeader): where its bytes are on DA and their hash, the state
// roots before and after it, the root of the withdrawals it made, the L1
// deposits consumed after it, its last block and its loss proofs'
// commitment. The sequencer settles it, the L1 client submits it and a light
// client re-derives it; all build it with BuildBatchHeader.
type BatchHeader struct {
	Index            uint64
	CID              []byte
	DataHash         common.Hash
	PrevStateRoot    common.Hash
	StateRoot        common.Hash
	WithdrawalRoot   common.Hash
	DepositsConsumed uint64
	L2Height         uint64
	ProofsHash       common.Hash
	// ForcedConsumed is the L1 forced-queue entries consumed after the
	// batch (Globals.ForcedConsumed).
	ForcedConsumed uint64
	// StepRoot and StepCount commit to the batch's step trace (StepTreeRoot
	// of its leaves' hashes, and their number): what L1 fault proofs open.
	// Both zero for a batch without a trace, which anyone may remove on L1
	// while it is not final.
	StepRoot  common.Hash
	StepCount uint64
	// MessageRoot is the root of the batch's L2→L1 messages other than
	// withdrawals (MessageRoot over [FirstMessage, NextMessage)): what
	// ModelNFT.mint proves a message against once the batch is final.
	MessageRoot common.Hash
}

// BatchContents is what a batch header is built from: the batch's index,
// its DA address (CID bytes) and encoding, the state roots before and after
// it, the withdrawal ids [FirstWithdrawal, NextWithdrawal) its blocks made,
// the deposits consumed after it, its last block's number and the loss
// proofs its blocks applied, in order (the receipts' Proof), and its step
// trace (BatchLeaves of the batch; nil for a batch without one).
type BatchContents struct {
	Index                           uint64
	CID, Data                       []byte
	PrevStateRoot, StateRoot        common.Hash
	FirstWithdrawal, NextWithdrawal uint64
	DepositsConsumed, L2Height      uint64
	Proofs                          []AppliedProof
	ForcedConsumed                  uint64
	Steps                           []StepLeaf
	// FirstMessage and NextMessage are the message ids [first, next) the
	// batch's blocks made (Globals.NextMessage before and after it).
	FirstMessage, NextMessage uint64
}

// ErrTrace is wrapped when a batch's step trace disagrees with the rest of
// its header: its last root is not the state root, or its withdrawal or
// message tree not the withdrawal or message root.
var ErrTrace = errors.New("rollup: step trace disagrees with the batch")

// BuildBatchHeader builds the header of batch c. st is a state that holds
// the batch's withdrawals and messages (the state after its last block, or
// a later one: neither is ever removed); their leaves are read from it. With a
// trace (c.Steps) the header commits to it, and it fails with ErrTrace if
// the trace's last root, withdrawal or message tree is not the batch's: a batch L1
// would remove is never built.
func BuildBatchHeader(cfg *Config, st *State, c *BatchContents) (*BatchHeader, error) {
	wroot, err := WithdrawalRoot(cfg, st, c.FirstWithdrawal, c.NextWithdrawal)
	if err != nil {
		return nil, err
	}
	if c.NextMessage < c.FirstMessage {
		return nil, fmt.Errorf("rollup: batch %d: messages %d..%d run backwards", c.Index, c.FirstMessage, c.NextMessage)
	}
	mroot, err := MessageRoot(cfg, st, c.FirstMessage, c.NextMessage)
	if err != nil {
		return nil, err
	}
	h := &BatchHeader{Index: c.Index, CID: c.CID, DataHash: DataHash(c.Data), PrevStateRoot: c.PrevStateRoot,
		StateRoot: c.StateRoot, WithdrawalRoot: wroot, DepositsConsumed: c.DepositsConsumed, L2Height: c.L2Height,
		ProofsHash: ProofsHash(c.Proofs), ForcedConsumed: c.ForcedConsumed, MessageRoot: mroot}
	if n := len(c.Steps); n > 0 {
		last := &c.Steps[n-1]
		if last.Root != c.StateRoot {
			return nil, fmt.Errorf("%w: batch %d: last step root %s, state root %s", ErrTrace, c.Index, last.Root, c.StateRoot)
		}
		if r := last.Withdrawals.Root(); r != wroot {
			return nil, fmt.Errorf("%w: batch %d: trace withdrawal root %s, withdrawals %d..%d give %s", ErrTrace, c.Index, r, c.FirstWithdrawal, c.NextWithdrawal, wroot)
		}
		if r := last.Messages.Root(); r != mroot {
			return nil, fmt.Errorf("%w: batch %d: trace message root %s, messages %d..%d give %s", ErrTrace, c.Index, r, c.FirstMessage, c.NextMessage, mroot)
		}
		h.StepRoot, h.StepCount = StepTreeRoot(LeafHashes(c.Steps)), uint64(n)
	}
	return h, nil
}

// WithdrawalLeaves are the withdrawal tree leaves (l1.Withdrawal.Leaf, as
// the Bridge computes them) of the withdrawals [from, to) in st.
func WithdrawalLeaves(cfg *Config, st *State, from, to uint64) ([][32]byte, error) {
	leaves := make([][32]byte, 0, to-from)
	for id := from; id < to; id++ {
		w, ok := st.Withdrawal(id)
		if !ok {
			return nil, fmt.Errorf("rollup: withdrawal %d missing from the state", id)
		}
		leaves = append(leaves, l1.WithdrawalLeaf(cfg.ChainID, cfg.Rollup, w.ID, w.From, w.To, w.Amount.ToBig()))
	}
	return leaves, nil
}

// WithdrawalRoot is the root of the withdrawal tree (l1.MerkleRoot) over
// the withdrawals [from, to) in st: a batch header's withdrawal root, which
// the Bridge pays withdrawals against. It is the zero hash for none.
func WithdrawalRoot(cfg *Config, st *State, from, to uint64) (common.Hash, error) {
	leaves, err := WithdrawalLeaves(cfg, st, from, to)
	if err != nil {
		return common.Hash{}, err
	}
	return l1.MerkleRoot(leaves), nil
}

// DataChunkSize is the size of the chunks a batch's data hash commits to one by one: an L1
// data-availability challenge names one chunk, and its resolution posts the chunk's bytes in
// L1 calldata (DataChallenge.resolve; about 2.7M gas for a full chunk at EIP-7623's 40 gas
// per byte floor, far below the 16,777,216-gas transaction cap).
const DataChunkSize = 64 << 10

// MaxDataChunks is the most chunks a batch can have: MaxBatchSize / DataChunkSize.
const MaxDataChunks = MaxBatchSize / DataChunkSize

// DataChunks is the number of chunks of n bytes of batch data: ceil(n / DataChunkSize).
func DataChunks(n int) int { return (n + DataChunkSize - 1) / DataChunkSize }

// DataChunk is chunk i of data: bytes [i*DataChunkSize, (i+1)*DataChunkSize), the last one
// shorter. It panics for i out of range.
func DataChunk(data []byte, i int) []byte {
	return data[i*DataChunkSize : min((i+1)*DataChunkSize, len(data))]
}

// dataChunkHashes is keccak256 of each chunk of data.
func dataChunkHashes(data []byte) []common.Hash {
	h := make([]common.Hash, DataChunks(len(data)))
	for i := range h {
		h[i] = crypto.Keccak256Hash(DataChunk(data, i))
	}
	return h
}

// DataRoot is the root of the chunk tree of data: the positional Merkle tree of StepTreeRoot
// (keccak256(left ‖ right), zero leaves padding to the next power of two) over keccak256 of
// each chunk; the zero hash for no data.
func DataRoot(data []byte) common.Hash { return StepTreeRoot(dataChunkHashes(data)) }

// DataHashOf is the data hash of a batch whose chunk tree has root root over length bytes:
// keccak256(root ‖ uint64 length, 8 bytes big-endian), DataChallenge.dataHashOf.
func DataHashOf(root common.Hash, length uint64) common.Hash {
	return crypto.Keccak256Hash(root[:], binary.BigEndian.AppendUint64(nil, length))
}

// DataHash is the commitment of a batch header (and of L1's batch record) to the encoded
// batch: DataHashOf(DataRoot(data), len(data)). Committing to chunks instead of the whole
// (keccak256 of the bytes, before) lets L1 check any one chunk on its own (DataChunkProof),
// so that a batch whose data is withheld can be challenged and resolved chunk by chunk on
// L1; committing to the length lets L1 tell which chunks exist and how long each is.
func DataHash(data []byte) common.Hash { return DataHashOf(DataRoot(data), uint64(len(data))) }

// DataChunkProof is chunk i's path in data's chunk tree (siblings from the leaf up), what
// DataChallenge.resolve checks the chunk with. It panics for i out of range.
func DataChunkProof(data []byte, i int) []common.Hash {
	if i < 0 || i >= DataChunks(len(data)) {
		panic(fmt.Sprintf("rollup: chunk %d of %d", i, DataChunks(len(data))))
	}
	return StepTreeProof(dataChunkHashes(data), i)
}

// ErrDataChunk is wrapped when a chunk does not open a data hash.
var ErrDataChunk = errors.New("rollup: data chunk does not open the data hash")

// VerifyDataChunk checks that chunk is chunk i of the data with hash dataHash, whose chunk
// tree has root root over length bytes, with path proof: what DataChallenge.resolve checks.
func VerifyDataChunk(dataHash, root common.Hash, length uint64, i uint64, chunk []byte, proof []common.Hash) error {
	if DataHashOf(root, length) != dataHash {
		return fmt.Errorf("%w: root %s over %d bytes is not data hash %s", ErrDataChunk, root, length, dataHash)
	}
	if length > MaxBatchSize {
		return fmt.Errorf("%w: %d bytes > %d", ErrDataChunk, length, MaxBatchSize)
	}
	n := uint64(DataChunks(int(length)))
	if i >= n {
		return fmt.Errorf("%w: chunk %d of %d", ErrDataChunk, i, n)
	}
	if want := min(length-i*DataChunkSize, DataChunkSize); uint64(len(chunk)) != want {
		return fmt.Errorf("%w: chunk %d has %d bytes, want %d", ErrDataChunk, i, len(chunk), want)
	}
	depth := 0
	for uint64(1)<<depth < n {
		depth++
	}
	if len(proof) != depth {
		return fmt.Errorf("%w: chunk %d path has %d nodes, want %d", ErrDataChunk, i, len(proof), depth)
	}
	h, k := crypto.Keccak256Hash(chunk), i
	for _, s := range proof {
		if k&1 == 0 {
			h = crypto.Keccak256Hash(h[:], s[:])
		} else {
			h = crypto.Keccak256Hash(s[:], h[:])
		}
		k >>= 1
	}
	if h != root {
		return fmt.Errorf("%w: chunk %d and its path give root %s, not %s", ErrDataChunk, i, h, root)
	}
	return nil
}
