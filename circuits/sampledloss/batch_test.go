package sampledloss

import (
	"bytes"
	"context"
	"encoding/hex"
	"math/big"
	"strings"
	"testing"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/l1/bindings"
)

// TestL1GasBatch deploys the committed BatchLossVerifier with a version-2
// key on ethclient/simulated and prints the gas of verifying one proof and
// batches of 2, 4 and 8 (transaction gas, 21,000 base and calldata
// included). The verifier's cost does not depend on the circuit's size, so
// the small version-2 shape gives the Fashion-MNIST numbers. Batches of two
// or more must cost at most 230,000 gas per proof. Any bad proof, digest or
// length makes the call revert.
func TestL1GasBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up keys and proves 8 claims")
	}
	p := smallV2(mlp.CrossEntropy)
	k, err := LoadOrSetup(t.TempDir(), p)
	if err != nil {
		t.Fatal(err)
	}
	const n = 8
	proofs := make([][]byte, n)
	digests := make([]*big.Int, n)
	for i := range n {
		f := newFixture(t, p, 16, uint64(100+i))
		if proofs[i], err = k.Prove(f.assignment(t)); err != nil {
			t.Fatal(err)
		}
		d := f.claim.Digest()
		digests[i] = new(big.Int).SetBytes(d[:])
	}
	vk, err := NewBatchVerifierKey(k.VerifyingKeyBytes())
	if err != nil {
		t.Fatal(err)
	}
	c := bindings.NewBatchLossVerifier()
	code, err := hex.DecodeString(strings.TrimPrefix(bindings.BatchLossVerifierMetaData.Bin, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	code = append(code, c.PackConstructor(vk.Alpha, vk.BetaNeg, vk.GammaNeg, vk.DeltaNeg, vk.K, vk.PedersenG, vk.PedersenSigmaNeg)...)
	chain := newGasChain(t, code)

	single := chain.gas(t, c.PackVerifyProof(proofs[0], [1]*big.Int{digests[0]}))
	if single == 0 {
		t.Fatal("verifyProof rejected a valid proof")
	}
	t.Logf("verifyProof: %d gas", single)
	for _, m := range []int{1, 2, 4, 8} {
		g := chain.gas(t, c.PackVerifyProofs(proofs[:m], digests[:m]))
		if g == 0 {
			t.Fatalf("verifyProofs rejected %d valid proofs", m)
		}
		t.Logf("verifyProofs, %d proofs: %d gas, %d per proof", m, g, g/uint64(m))
		if m >= 2 && g/uint64(m) > 230_000 {
			t.Errorf("%d proofs cost %d gas per proof, target 230,000", m, g/uint64(m))
		}
	}

	other := new(big.Int).Add(digests[1], big.NewInt(1))
	bad := map[string][]byte{
		"single, another digest": c.PackVerifyProof(proofs[0], [1]*big.Int{digests[1]}),
		"digests swapped":        c.PackVerifyProofs(proofs[:2], []*big.Int{digests[1], digests[0]}),
		"one digest changed":     c.PackVerifyProofs(proofs[:4], []*big.Int{digests[0], other, digests[2], digests[3]}),
		"one proof short":        c.PackVerifyProofs([][]byte{proofs[0], proofs[1][:383]}, digests[:2]),
		"fewer digests":          c.PackVerifyProofs(proofs[:2], digests[:1]),
		"empty batch":            c.PackVerifyProofs(nil, nil),
		"digest not reduced":     c.PackVerifyProof(proofs[0], [1]*big.Int{new(big.Int).Add(digests[0], ecR)}),
	}
	for _, part := range []struct {
		name     string
		from, to int
	}{{"A", 0, 64}, {"B", 64, 192}, {"C", 192, 256}, {"commitment", 256, 320}, {"proof of knowledge", 320, 384}} {
		// another proof's point in this slot: on the curve, but wrong
		mixed := bytes.Clone(proofs[2])
		copy(mixed[part.from:part.to], proofs[3][part.from:part.to])
		bad["third proof's "+part.name+" replaced"] = c.PackVerifyProofs([][]byte{proofs[0], proofs[1], mixed}, digests[:3])
	}
	for name, data := range bad {
		if chain.gas(t, data) != 0 {
			t.Errorf("%s: accepted", name)
		}
	}
}

// ecR is the BN254 scalar field modulus.
var ecR, _ = new(big.Int).SetString("21888242871839275222246405745257275088548364400416034343698204186575808495617", 10)

// gasChain is a simulated chain with one deployed contract.
type gasChain struct {
	sim  *simulated.Backend
	from common.Address
	to   common.Address
}

func newGasChain(t *testing.T, code []byte) *gasChain {
	t.Helper()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Lsh(big.NewInt(1), 100)}})
	t.Cleanup(func() { sim.Close() })
	ctx := context.Background()
	h := sendTx(t, ctx, sim.Client(), key, nil, code)
	sim.Commit()
	rec, err := sim.Client().TransactionReceipt(ctx, h)
	if err != nil || rec.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("deploy: %v", err)
	}
	return &gasChain{sim: sim, from: from, to: rec.ContractAddress}
}

// gas is the estimated gas of a transaction with data, or 0 if it reverts.
func (c *gasChain) gas(t *testing.T, data []byte) uint64 {
	t.Helper()
	g, err := c.sim.Client().EstimateGas(context.Background(), ethereum.CallMsg{From: c.from, To: &c.to, Data: data})
	if err != nil {
		return 0
	}
	return g
}
