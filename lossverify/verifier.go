// Package lossverify is the chain's native loss-proof verifier: the
// rollup.LossVerifier every node (the sequencer, the light client, the
// prover) uses to check sampled-loss proofs (circuits/sampledloss) against
// the chain's verifying keys, and the one answer to which circuit proves an
// MLSC (ParamsFor, Verifier.CircuitID). It sits below the services: it
// links no store, network client or prover.
package lossverify

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/rollup"
)

// ErrNoKey is returned for an MLSC whose circuit has no verifying key on
// this chain.
var ErrNoKey = errors.New("lossverify: no verifying key for these circuit params")

// ParamsFor returns the circuit parameters that prove an MLSC: its model,
// its sample count and the depth of its dataset tree.
func ParamsFor(spec *rollup.MLSCSpec) sampledloss.Params {
	return sampledloss.Params{Shape: spec.Shape(), K: int(spec.SampleCount), Depth: dataset.Depth(int(spec.DatasetSize))}
}

// ClaimOf converts the L2 claim to the circuit's public statement.
func ClaimOf(c *rollup.Claim) sampledloss.Claim {
	return sampledloss.Claim{
		WeightCommitment: c.WeightCommitment, DatasetRoot: c.DatasetRoot, N: c.DatasetSize,
		TraceRoot: c.TraceRoot, ClaimedLossSum: c.LossSum, Seed: c.Seed, Trainer: c.Trainer,
		MLSC: c.MLSC, Round: c.Round,
	}
}

// Verifier is the chain's rollup.LossVerifier: a fixed set of Groth16
// verifying keys, one per circuit parameter set, each parsed once. It is
// immutable and safe for concurrent use.
type Verifier struct {
	keys   map[string][]byte    // Params.String() → verifying key (sampledloss encoding)
	parsed map[string]parsedKey // the same keys, parsed
}

// parsedKey is a verifying key, or why it could not be parsed.
type parsedKey struct {
	vk  *sampledloss.VerifyingKey
	err error
}

var _ rollup.LossVerifier = (*Verifier)(nil)

// New builds a verifier from verifying keys (sampledloss encoding)
// by circuit params. A key that does not parse is kept with its error: Verify
// and Supports return that error for its circuit.
func New(keys map[string][]byte) *Verifier {
	v := &Verifier{keys: make(map[string][]byte, len(keys)), parsed: make(map[string]parsedKey, len(keys))}
	for p, raw := range keys {
		v.keys[p] = append([]byte(nil), raw...)
		vk, err := sampledloss.ParseVerifyingKey(raw)
		if err != nil {
			err = fmt.Errorf("verifying key of %s: %w", p, err)
		}
		v.parsed[p] = parsedKey{vk: vk, err: err}
	}
	return v
}

// Devnet knows the committed INSECURE devnet key only.
func Devnet() *Verifier {
	return New(map[string][]byte{sampledloss.DevnetParams().String(): sampledloss.DevnetVerifyingKey()})
}

// VerifyingKey is the chain's verifying key (sampledloss encoding) for the
// circuit params p, if it has one. The caller must not modify it.
func (v *Verifier) VerifyingKey(p sampledloss.Params) ([]byte, bool) {
	k, ok := v.keys[p.String()]
	return k, ok
}

func (v *Verifier) key(spec *rollup.MLSCSpec) (sampledloss.Params, *sampledloss.VerifyingKey, error) {
	p := ParamsFor(spec)
	if err := p.Validate(); err != nil {
		return p, nil, err
	}
	k, ok := v.parsed[p.String()]
	if !ok {
		return p, nil, fmt.Errorf("%w: %s", ErrNoKey, p)
	}
	return p, k.vk, k.err
}

// Supports reports whether the chain can verify proofs for spec.
func (v *Verifier) Supports(spec *rollup.MLSCSpec) error {
	_, _, err := v.key(spec)
	return err
}

// Verify checks a Groth16 proof in the L1 verifiers' format against the claim
// with sampledloss.VerifyingKey.Verify: it accepts exactly the proof bytes the
// L1 verifier of spec's circuit accepts for the claim's digest.
func (v *Verifier) Verify(spec *rollup.MLSCSpec, claim *rollup.Claim, proof []byte) error {
	p, vk, err := v.key(spec)
	if err != nil {
		return err
	}
	c := ClaimOf(claim)
	if err := c.Validate(p); err != nil {
		return err
	}
	return vk.Verify(proof, c.Digest())
}

// PublicInput is the digest the L1 verifier checks the proof against.
func (v *Verifier) PublicInput(spec *rollup.MLSCSpec, claim *rollup.Claim) (common.Hash, error) {
	p, _, err := v.key(spec)
	if err != nil {
		return common.Hash{}, err
	}
	c := ClaimOf(claim)
	if err := c.Validate(p); err != nil {
		return common.Hash{}, err
	}
	return c.Digest(), nil
}
