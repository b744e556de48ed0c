package lossverify

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/neuron-rollup/neuron/l1"
	"github.com/neuron-rollup/neuron/rollup"
)

// CircuitID is the L1 circuit id of the circuit that proves spec's claims: l1.CircuitIDOfKey
// of its verifying key on this chain, the id under which the Rollup holds its verifier. It
// fails with ErrNoKey if the chain has no key for the circuit.
func (v *Verifier) CircuitID(spec *rollup.MLSCSpec) (common.Hash, error) {
	p, _, err := v.key(spec)
	if err != nil {
		return common.Hash{}, err
	}
	return l1.CircuitIDOfKey(v.keys[p.String()])
}
