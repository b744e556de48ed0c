package l1

import "github.com/ethereum/go-ethereum/common"

// MaxTxGas is the most gas one L1 transaction may use (EIP-7825, 2^24). A
// Rollup.submitBatch that needs more can never be included, and every later
// batch would queue behind it: the batcher keeps each batch under
// BatchGasBudget.
const MaxTxGas = 1 << 24

// BatchGasBudget is the default L1 gas the batcher plans for one
// submitBatch: MaxTxGas less a margin for what the table below does not
// model (a cold Bridge read, a longer CID, a gas price oracle's padding).
const BatchGasBudget = 15_000_000

// VerifierKind says how the Rollup verifies a circuit's proofs.
type VerifierKind uint8

const (
	// VerifierUnknown is a circuit whose verifier the batcher was not told
	// about: it is budgeted at the worst of the kinds below.
	VerifierUnknown VerifierKind = iota
	// VerifierSingle is a verifier that checks one proof per call (gnark's
	// exported LossVerifier): the Rollup calls it once per proof.
	VerifierSingle
	// VerifierBatch answers ERC-165 for IBatchLossVerifier
	// (BatchLossVerifier): the Rollup checks all of a batch's proofs of the
	// circuit in one call, one pairing of n+5 pairs.
	VerifierBatch
)

// ProofGas is what a batch's proofs of one circuit cost L1 on top of the
// batch itself: PerCircuit once if the batch holds any, and PerProof for
// each, calldata included.
type ProofGas struct {
	PerCircuit uint64
	PerProof   uint64
}

// The gas table: one place for what settlement costs, measured on the
// simulated backend and rounded up (l1/deploy's TestGasTable fails when a
// measurement exceeds its entry).
const (
	// batchBaseGas is submitBatch with no proof: intrinsic gas, header
	// calldata (with the fault-proof step root, the forced-queue count and
	// the message root), two new slots per batch (the hash of its record and
	// its time and counters), the last state root and the counters, and the
	// event: 95,909 measured here (97,213 on geth with a real CID; 122,108
	// when the Rollup stored the record's fields). The margin covers a batch
	// that consumes deposits (a cold Bridge call) and non-zero roots.
	batchBaseGas = 110_000
	// One version-1 proof checked by gnark's exported verifier, calldata,
	// the replay guard and the ProofVerified event: 231,191 measured.
	singlePerProof = 260_000
	// A version-2 circuit's proofs through BatchLossVerifier, above an empty
	// batch: 332,984 for one proof, 459,710 for two, 571,338 for three.
	batchPerCircuit = 230_000
	batchPerProof   = 130_000
)

// BatchBaseGas is what a submitBatch costs before its proofs.
func BatchBaseGas() uint64 { return batchBaseGas }

// GasOf returns the table's entry for a verifier kind.
func GasOf(k VerifierKind) ProofGas {
	switch k {
	case VerifierSingle:
		return ProofGas{PerProof: singlePerProof}
	case VerifierBatch:
		return ProofGas{PerCircuit: batchPerCircuit, PerProof: batchPerProof}
	default:
		return ProofGas{PerCircuit: batchPerCircuit, PerProof: singlePerProof}
	}
}

// GasMeter adds up the L1 gas of a batch's proofs as they are added. The
// zero value is not ready: use NewGasMeter. A GasMeter is not safe for
// concurrent use.
type GasMeter struct {
	kind   func(circuit common.Hash) VerifierKind
	counts map[common.Hash]int
	gas    uint64
}

// NewGasMeter returns a meter at BatchBaseGas. kind says how the Rollup
// verifies each circuit; nil treats every circuit as VerifierUnknown.
func NewGasMeter(kind func(circuit common.Hash) VerifierKind) *GasMeter {
	if kind == nil {
		kind = func(common.Hash) VerifierKind { return VerifierUnknown }
	}
	return &GasMeter{kind: kind, counts: map[common.Hash]int{}, gas: batchBaseGas}
}

// Gas is the estimate so far.
func (m *GasMeter) Gas() uint64 { return m.gas }

// Cost is what adding proofs of the given circuits would add.
func (m *GasMeter) Cost(circuits ...common.Hash) uint64 {
	var add uint64
	seen := map[common.Hash]bool{}
	for _, c := range circuits {
		g := GasOf(m.kind(c))
		if m.counts[c] == 0 && !seen[c] {
			add += g.PerCircuit
		}
		seen[c] = true
		add += g.PerProof
	}
	return add
}

// Add counts proofs of the given circuits.
func (m *GasMeter) Add(circuits ...common.Hash) {
	m.gas += m.Cost(circuits...)
	for _, c := range circuits {
		m.counts[c]++
	}
}
