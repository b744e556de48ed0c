// Package prover proves sampled-loss claims (circuits/sampledloss) and runs
// the nrn-prover service that watches the sequencer for rounds awaiting a
// proof. The chain's native verifier of those proofs is package lossverify.
package prover

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/merkle"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/checkpoint"
	"github.com/neuron-rollup/neuron/da/delta"
	"github.com/neuron-rollup/neuron/da/trace"
	"github.com/neuron-rollup/neuron/lossverify"
	"github.com/neuron-rollup/neuron/rollup"
)

// ErrUnprovable means the revealed data does not support the claim: the
// trainer lied (or published unreadable data) and no proof exists.
var ErrUnprovable = errors.New("prover: claim is not provable from the revealed data")

// KeySource loads proving keys for circuit params.
type KeySource func(p sampledloss.Params) (*sampledloss.Keys, error)

// Engine turns a claim plus the data behind it into a proof. It caches keys
// and datasets and is safe for concurrent use.
type Engine struct {
	da       da.Store
	verifier *lossverify.Verifier
	load     KeySource

	mu       sync.Mutex
	keys     map[string]*sampledloss.Keys
	datasets map[string]*datasetEntry
}

type datasetEntry struct {
	examples []mlp.Example
	tree     *merkle.Tree
}

// NewEngine returns an engine reading from store. Keys come from load and
// must match the chain's verifying keys in v.
func NewEngine(store da.Store, v *lossverify.Verifier, load KeySource) *Engine {
	return &Engine{da: store, verifier: v, load: load,
		keys: make(map[string]*sampledloss.Keys), datasets: make(map[string]*datasetEntry)}
}

func (e *Engine) keysFor(p sampledloss.Params) (*sampledloss.Keys, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if k, ok := e.keys[p.String()]; ok {
		return k, nil
	}
	k, err := e.load(p)
	if err != nil {
		return nil, fmt.Errorf("load proving key %s: %w", p, err)
	}
	if want, ok := e.verifier.VerifyingKey(p); !ok || !bytes.Equal(want, k.VerifyingKeyBytes()) {
		return nil, fmt.Errorf("%w: proving key for %s does not match the chain's verifying key", lossverify.ErrNoKey, p)
	}
	e.keys[p.String()] = k
	return k, nil
}

func (e *Engine) dataset(ctx context.Context, spec *rollup.MLSCSpec, p sampledloss.Params) (*datasetEntry, error) {
	key := string(spec.DatasetCID)
	e.mu.Lock()
	d, ok := e.datasets[key]
	e.mu.Unlock()
	if ok {
		return d, nil
	}
	c, err := cid.Cast(spec.DatasetCID)
	if err != nil {
		return nil, fmt.Errorf("dataset CID: %w", err)
	}
	examples, err := delta.ReadSet(ctx, e.da, c) // a dataset, or the last applied patch of a chain from one
	if err != nil {
		return nil, fmt.Errorf("read dataset %s: %w", c, err)
	}
	if uint64(len(examples)) != spec.DatasetSize {
		return nil, fmt.Errorf("dataset %s has %d examples, MLSC says %d", c, len(examples), spec.DatasetSize)
	}
	tree, err := p.DatasetTree(examples) // the leaf hash depends on the circuit version
	if err != nil {
		return nil, err
	}
	if r := tree.Root(); r.Bytes() != spec.DatasetRoot {
		root := r.Bytes()
		return nil, fmt.Errorf("dataset %s root %x, MLSC says %x", c, root, spec.DatasetRoot)
	}
	d = &datasetEntry{examples: examples, tree: tree}
	e.mu.Lock()
	e.datasets[key] = d
	e.mu.Unlock()
	return d, nil
}

// cid parses a CID the L2 recorded; a malformed one makes the claim
// unprovable.
func (e *Engine) cid(raw []byte, what string) (cid.Cid, error) {
	c, err := cid.Cast(raw)
	if err != nil {
		return cid.Undef, fmt.Errorf("%w: %s CID: %v", ErrUnprovable, what, err)
	}
	return c, nil
}

// Prove builds the proof for the round's best reveal. It returns an error
// wrapping ErrUnprovable when the revealed checkpoint and trace do not
// support the claim.
func (e *Engine) Prove(ctx context.Context, spec *rollup.MLSCSpec, claim *rollup.Claim, reveal *rollup.RevealRecord) ([]byte, error) {
	p := lossverify.ParamsFor(spec)
	ds, err := e.dataset(ctx, spec, p)
	if err != nil {
		return nil, err
	}
	id, err := e.cid(reveal.CheckpointCID, "checkpoint")
	if err != nil {
		return nil, err
	}
	ck, err := checkpoint.Get(ctx, e.da, id)
	if errors.Is(err, checkpoint.ErrFormat) {
		return nil, fmt.Errorf("%w: %w", ErrUnprovable, err)
	}
	if err != nil {
		return nil, fmt.Errorf("fetch checkpoint: %w", err)
	}
	if !ck.Shape.Equal(p.Shape) {
		return nil, fmt.Errorf("%w: checkpoint shape %s, MLSC %s", ErrUnprovable, ck.Shape, p.Shape)
	}
	weights := fixedpoint.QuantizeAll(ck.Weights)
	if id, err = e.cid(reveal.TraceCID, "trace"); err != nil {
		return nil, err
	}
	losses, err := trace.Get(ctx, e.da, id)
	if errors.Is(err, trace.ErrFormat) {
		return nil, fmt.Errorf("%w: %w", ErrUnprovable, err)
	}
	if err != nil {
		return nil, fmt.Errorf("fetch trace: %w", err)
	}
	sum, err := p.TraceTree(losses)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnprovable, err)
	}
	a, err := sampledloss.NewAssignment(p, weights, ds.examples, ds.tree, sum, lossverify.ClaimOf(claim))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnprovable, err)
	}
	keys, err := e.keysFor(p) // loaded only once the data is known to be provable
	if err != nil {
		return nil, err
	}
	return keys.Prove(a)
}
