package l1

import (
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/neuron-rollup/neuron/circuits/sampledloss"
)

// ErrBadTable is wrapped by CircuitTable errors.
var ErrBadTable = errors.New("l1: bad circuit table")

var paramsArgs = func() abi.Arguments {
	ty := func(s string) abi.Type {
		t, err := abi.NewType(s, "", nil)
		if err != nil {
			panic(err)
		}
		return t
	}
	return abi.Arguments{{Type: ty("uint32[]")}, {Type: ty("uint8")}, {Type: ty("uint32")}, {Type: ty("uint32")}}
}()

// ParamsKey is how L1 names a circuit's parameters (LossCircuits.paramsKey):
// keccak256(abi.encode(uint32[] layers, uint8 loss, uint32 k, uint32 depth)). The circuit
// version is not in it: a spec's circuit has its loss's version (ParamsFor). p must be valid
// (sampledloss.Params.Validate), so that every field fits.
func ParamsKey(p sampledloss.Params) common.Hash {
	layers := make([]uint32, len(p.Shape.Layers))
	for i, n := range p.Shape.Layers {
		layers[i] = uint32(n)
	}
	enc, err := paramsArgs.Pack(layers, uint8(p.Shape.Loss), uint32(p.K), uint32(p.Depth))
	if err != nil {
		panic("l1: ParamsKey: " + err.Error()) // fixed types
	}
	return crypto.Keccak256Hash(enc)
}

// CircuitTable is L1's table of the chain's circuits (LossCircuits' constructor arguments):
// for each circuit, by its parameter string (sampledloss.Params.String, as a chain file names
// its keys), the ParamsKey and the circuit id, in the order of the parameter strings. A
// circuit no spec maps to (its version is not its loss's, e.g. "16-8-4/mse k=8 depth=8 v2")
// is left out: Verifier.Supports never reaches it either. It fails with ErrBadTable for a
// parameter string that does not parse or a zero id.
func CircuitTable(ids map[string]common.Hash) (keys, circuits []common.Hash, err error) {
	for _, s := range slices.Sorted(maps.Keys(ids)) {
		p, err := sampledloss.ParseParams(s)
		if err != nil {
			return nil, nil, fmt.Errorf("%w: %w", ErrBadTable, err)
		}
		if ids[s] == (common.Hash{}) {
			return nil, nil, fmt.Errorf("%w: circuit %q has a zero id", ErrBadTable, s)
		}
		if q := (sampledloss.Params{Shape: p.Shape, K: p.K, Depth: p.Depth}); q.String() != s {
			continue // a spec maps to q (ParamsFor), whose key set entry is another one
		}
		keys, circuits = append(keys, ParamsKey(p)), append(circuits, ids[s])
	}
	return keys, circuits, nil
}

// CircuitIDs are the circuit ids (CircuitIDOfKey) of verifying keys by parameter string,
// e.g. a chain file's key set (chainfile.File.KeySet). It fails with ErrBadTable for a key
// that has no circuit id.
func CircuitIDs(keys map[string][]byte) (map[string]common.Hash, error) {
	ids := make(map[string]common.Hash, len(keys))
	for _, s := range slices.Sorted(maps.Keys(keys)) {
		id, err := CircuitIDOfKey(keys[s])
		if err != nil {
			return nil, fmt.Errorf("%w: key of %q: %w", ErrBadTable, s, err)
		}
		ids[s] = id
	}
	return ids, nil
}
