package deploy_test

import (
	"crypto/ecdsa"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/rollup"
)

// TestStepBlocksDataRecord: block starts of an MLSC with a training-set record (a period
// proposal made it) and no delta applied are re-executed on L1 (StepBlocks keeps the record as
// it is): commit → reveal → proof, the proof window missed (the best revealer slashed: the
// globals' TotalStake less the slash, on L1 too), the claims released, round 2 opened on the
// unchanged set and the MLSC completed. A period vote locks its voter's stake (no unstake), and
// stake and unstake keep TotalStake (fees on, and the stake of a trainer with no fee to pay).
// L1 gives the Go STF's root at every step and no challenge succeeds.
func TestStepBlocksDataRecord(t *testing.T) {
	minStake := uint256.MustFromBig(nrn(1))
	feeTo := crypto.PubkeyToAddress(newKey(t).PublicKey)
	e, c := newRoundsChain(t, testFees(feeTo), minStake)
	c.cfg.Verifier = claimHashVerifier{}
	creator := newKey(t)
	var trs []*trainer
	for i := range 3 {
		trs = append(trs, &trainer{key: newKey(t), weights: crypto.Keccak256Hash([]byte("data weights"), []byte{byte(i)}),
			trace: crypto.Keccak256Hash([]byte("data trace"), []byte{byte(i)}), salt: common.Hash{byte(i + 1)}, loss: 500 - uint64(i),
			checkpoint: []byte("ckpt"), traceCIDs: []byte("trace")})
	}
	nonce := func(k *ecdsa.PrivateKey) uint64 { return c.st.Nonce(addrOf(k)) }
	deposits := []*rollup.Tx{c.deposit(e.alice, addrOf(creator), nrn(10))}
	for _, tr := range trs {
		deposits = append(deposits, c.deposit(e.alice, tr.addr(), nrn(3)))
	}
	c.add(deposits...)
	spec := testSpec()
	spec.CommitBlocks, spec.RevealBlocks, spec.ProofBlocks, spec.MaxRounds = 2, 2, 2, 2
	id := c.st.Globals().NextMLSC
	// One block: the MLSC, the stakes, a period proposal and vote (the training-set record),
	// and round 1's commitments of t0 and t2 (t2 claims the least); nobody will prove it.
	t0, t1, t2 := trs[0], trs[1], trs[2]
	txs := []*rollup.Tx{c.sign(creator, &rollup.CreateMLSC{Nonce: 0, Spec: spec, Bounty: uint256.MustFromBig(nrn(2))})}
	for _, tr := range trs {
		txs = append(txs, c.sign(tr.key, &rollup.Stake{Nonce: 0, Amount: minStake.Clone()}))
	}
	txs = append(txs, c.sign(t1.key, &rollup.ProposePeriod{Nonce: 1, MLSC: id, Blocks: 100}),
		c.sign(t1.key, &rollup.VotePeriod{Nonce: 2, MLSC: id, Proposal: 0}),
		c.sign(t0.key, &rollup.Commit{Nonce: 1, MLSC: id, Round: 1, Commitment: t0.commitment(id, 1)}),
		c.sign(t2.key, &rollup.Commit{Nonce: 1, MLSC: id, Round: 1, Commitment: t2.commitment(id, 1)}))
	c.add(txs...)
	if m, _ := c.st.MLSC(id); m.Data == nil {
		t.Fatal("no training-set record")
	}
	if a := c.st.Account(t1.addr()); a.OpenClaims != 1 {
		t.Fatalf("period voter's open claims %d, want 1 (its stake locked)", a.OpenClaims)
	}
	unstake := c.sign(t1.key, &rollup.Unstake{Nonce: nonce(t1.key), Amount: minStake.Clone()})
	if _, err := c.stateAt(len(c.blocks)).ApplyTx(c.cfg, unstake, 0); !errors.Is(err, rollup.ErrStakeLocked) {
		t.Fatalf("a locked voter unstakes: %v", err)
	}
	c.settleTraced(nil)

	c.untilPhase(id, rollup.PhaseReveal)
	c.add(c.sign(t0.key, t0.reveal(nonce(t0.key), id, 1)), c.sign(t2.key, t2.reveal(nonce(t2.key), id, 1)))
	c.untilPhase(id, rollup.PhaseProof)
	for range 20 {
		if m, _ := c.st.MLSC(id); m.Round == 2 {
			break
		}
		c.add()
	}
	if r, _ := c.st.Round(id, 1); !r.Slashed || r.Released != 2 {
		t.Fatalf("round 1: slashed %v, %d released", r.Slashed, r.Released)
	}
	// The slash left TotalStake at the sum of the stakes; t0 unstakes it all, t2 adds some.
	c.add(c.sign(t0.key, &rollup.Unstake{Nonce: nonce(t0.key), Amount: minStake.Clone()}),
		c.sign(t2.key, &rollup.Stake{Nonce: nonce(t2.key), Amount: uint256.NewInt(7)}))
	for range 20 {
		if m, _ := c.st.MLSC(id); m.Phase == rollup.PhaseDone {
			break
		}
		c.add()
	}
	m, _ := c.st.MLSC(id)
	if m.Phase != rollup.PhaseDone || m.Data == nil || len(m.Data.Applied) != 0 {
		t.Fatalf("MLSC %d: phase %s, data %+v", id, m.Phase, m.Data)
	}
	var total uint64
	for _, tr := range trs {
		total += c.st.Account(tr.addr()).Stake.Uint64()
	}
	if g := c.st.Globals(); g.TotalStake == nil || g.TotalStake.Uint64() != total {
		t.Fatalf("TotalStake %v, the stakes sum to %d", g.TotalStake, total)
	}
	c.settleTraced(nil)

	// Every block start of the MLSC with its record was re-executed (none refused).
	var withData int
	for n := range c.blocks {
		h := c.blocks[n].Header.Number
		d, ok := c.stateAt(n).DueAt(h)
		if !ok || len(d.MLSCs) == 0 || d.MLSCs[0] != id {
			continue
		}
		if m, _ := c.stateAt(n).MLSC(id); m.Data == nil {
			continue
		}
		if ok, why := rollup.BlockStartReexecutable(c.stateAt(n), h); !ok {
			t.Fatalf("block %d is not re-executed: %s", h, why)
		}
		withData++
	}
	if withData < 5 {
		t.Fatalf("%d block starts of the MLSC with a training-set record", withData)
	}
	gas := c.differential()
	t.Logf("%d block starts with a training-set record re-executed; stepFraud gas by kind %v", withData, gas)
}
