// Package verifydiff checks that the L2's native loss-proof verifier
// (sampledloss.Verify, which lossverify.Verifier calls for every LossProof) and the L1
// verifier contracts accept exactly the same byte strings. Anyone may send a
// LossProof; a proof the L2 accepts and the L1 rejects pays a reward on L2 and
// makes the batch holding it revert on L1 forever. The package holds tests only:
// the version-1 LossVerifier (gnark's exported verifier of the devnet key) and the
// version-2 BatchLossVerifier (verifyProof and batched verifyProofs) run on the
// simulated backend against the native verifier, on named re-encodings
// (TestVerifiersAgree) and on fuzzed mutations of honest proofs
// (FuzzVerifiersAgree).
package verifydiff

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/simchain"
)

// The committed honest proofs (made by l1/deploy's tests with -update-proof):
// one version-1 proof under the devnet key, three version-2 proofs under the key
// stored beside them.
const (
	v1File = "../deploy/testdata/lossproof.json"
	v2File = "../deploy/testdata/lossproofs-v2.json"
)

// proofCase is one honest proof and the digest it proves.
type proofCase struct {
	proof  []byte
	digest [32]byte
}

// harness is a simulated L1 with both verifier kinds deployed and the honest
// proofs they accept. Deploying takes about a second, so a fuzz worker does it once.
type harness struct {
	ctx      context.Context
	chain    *simchain.Chain
	v1, v2   common.Address // LossVerifier (devnet key), BatchLossVerifier (v2 key)
	v1VK     *sampledloss.VerifyingKey
	v2VK     *sampledloss.VerifyingKey
	v2Raw    []byte
	v1Proof  proofCase
	v2Proofs []proofCase
	lv       *bindings.LossVerifier
	blv      *bindings.BatchLossVerifier
	// deployerKey funds the chain and deploys the verifiers.
	deployerKey *ecdsa.PrivateKey
}

func newHarness(tb testing.TB) *harness {
	tb.Helper()
	h := &harness{ctx: context.Background(), lv: bindings.NewLossVerifier(), blv: bindings.NewBatchLossVerifier()}
	h.v1Proof = readV1(tb)
	h.v2Raw, h.v2Proofs = readV2(tb)
	var err error
	if h.v1VK, err = sampledloss.ParseVerifyingKey(sampledloss.DevnetVerifyingKey()); err != nil {
		tb.Fatal(err)
	}
	if h.v2VK, err = sampledloss.ParseVerifyingKey(h.v2Raw); err != nil {
		tb.Fatal(err)
	}
	key, err := sampledloss.NewBatchVerifierKey(h.v2Raw)
	if err != nil {
		tb.Fatal(err)
	}

	if h.deployerKey, err = crypto.GenerateKey(); err != nil {
		tb.Fatal(err)
	}
	deployer := h.deployerKey
	from := crypto.PubkeyToAddress(deployer.PublicKey)
	h.chain = simchain.New(types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))}})
	tb.Cleanup(func() { _ = h.chain.Close() })
	opts := bind.NewKeyedTransactor(deployer, big.NewInt(simchain.ChainID))
	h.v1 = h.deploy(tb, opts, &bindings.LossVerifierMetaData, nil)
	h.v2 = h.deploy(tb, opts, &bindings.BatchLossVerifierMetaData, h.blv.PackConstructor(
		key.Alpha, key.BetaNeg, key.GammaNeg, key.DeltaNeg, key.K, key.PedersenG, key.PedersenSigmaNeg))
	return h
}

func (h *harness) deploy(tb testing.TB, opts *bind.TransactOpts, meta *bind.MetaData, args []byte) common.Address {
	tb.Helper()
	addr, tx, err := bind.DeployContract(opts, common.FromHex(meta.Bin), h.chain, args)
	if err != nil {
		tb.Fatal(err)
	}
	rcpt, err := bind.WaitMined(h.ctx, h.chain, tx.Hash())
	if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
		tb.Fatalf("deploy: receipt %+v, %v", rcpt, err)
	}
	return addr
}

func readV1(tb testing.TB) proofCase {
	tb.Helper()
	var f struct {
		Digest hexutil.Bytes `json:"digest"`
		Proof  hexutil.Bytes `json:"proof"`
	}
	readJSON(tb, v1File, &f)
	if len(f.Digest) != 32 {
		tb.Fatalf("%s: digest is %d bytes", v1File, len(f.Digest))
	}
	return proofCase{proof: f.Proof, digest: [32]byte(f.Digest)}
}

func readV2(tb testing.TB) ([]byte, []proofCase) {
	tb.Helper()
	var f struct {
		VK     hexutil.Bytes `json:"vk"`
		Proofs []struct {
			Digest hexutil.Bytes `json:"digest"`
			Proof  hexutil.Bytes `json:"proof"`
		} `json:"proofs"`
	}
	readJSON(tb, v2File, &f)
	out := make([]proofCase, len(f.Proofs))
	for i, p := range f.Proofs {
		if len(p.Digest) != 32 {
			tb.Fatalf("%s: proof %d: digest is %d bytes", v2File, i, len(p.Digest))
		}
		out[i] = proofCase{proof: p.Proof, digest: [32]byte(p.Digest)}
	}
	if len(out) < 3 {
		tb.Fatalf("%s holds %d proofs, want 3", v2File, len(out))
	}
	return f.VK, out
}

func readJSON(tb testing.TB, path string, v any) {
	tb.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
}

// verifierKind says which L1 entry point a call goes to.
type verifierKind int

const (
	v1Single verifierKind = iota // LossVerifier.verifyProof (devnet key)
	v2Single                     // BatchLossVerifier.verifyProof
	v2Batch                      // BatchLossVerifier.verifyProofs
)

func (k verifierKind) String() string {
	return [...]string{"LossVerifier.verifyProof", "BatchLossVerifier.verifyProof", "BatchLossVerifier.verifyProofs"}[k]
}

// call is one input to both verifiers: proofs with their digests under one key.
// A batch is valid for the L2 when each of its proofs is: the L2 verifies every
// LossProof on its own.
type call struct {
	kind    verifierKind
	proofs  [][]byte
	digests [][32]byte
}

// native runs the L2's verifier (sampledloss.VerifyingKey.Verify, which
// lossverify.Verifier.Verify calls for every LossProof); nil means accepted.
func (h *harness) native(c call) error {
	vk := h.v2VK
	if c.kind == v1Single {
		vk = h.v1VK
	}
	for i := range c.proofs {
		if err := vk.Verify(c.proofs[i], c.digests[i]); err != nil {
			return err
		}
	}
	return nil
}

// l1 runs the verifier contract with eth_call; nil means accepted, a revert is
// returned as its error, and anything else (the call did not run) fails tb.
func (h *harness) l1(tb testing.TB, c call) error {
	tb.Helper()
	digests := make([]*big.Int, len(c.digests))
	for i, d := range c.digests {
		digests[i] = new(big.Int).SetBytes(d[:])
	}
	msg := ethereum.CallMsg{To: &h.v2}
	switch c.kind {
	case v1Single:
		msg.To, msg.Data = &h.v1, h.lv.PackVerifyProof(c.proofs[0], [1]*big.Int{digests[0]})
	case v2Single:
		msg.Data = h.blv.PackVerifyProof(c.proofs[0], [1]*big.Int{digests[0]})
	case v2Batch:
		msg.Data = h.blv.PackVerifyProofs(c.proofs, digests)
	}
	_, err := h.chain.CallContract(h.ctx, msg, nil)
	if err == nil {
		return nil
	}
	var de rpc.DataError
	if errors.As(err, &de) || strings.Contains(err.Error(), "execution reverted") {
		return &revertError{err: err, name: h.revertName(err)}
	}
	tb.Fatalf("%v: eth_call failed without a revert: %v", c.kind, err)
	return nil
}

// revertError is an L1 verifier's revert, named by its custom error when known.
type revertError struct {
	err  error
	name string
}

func (e *revertError) Error() string { return "L1 reverted: " + e.name }
func (e *revertError) Unwrap() error { return e.err }

func (h *harness) revertName(err error) string {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return err.Error()
	}
	s, _ := de.ErrorData().(string)
	data := common.FromHex(s)
	if len(data) < 4 {
		return err.Error()
	}
	for _, e := range []struct {
		id   common.Hash
		name string
	}{
		{bindings.LossVerifierProofInvalidErrorID(), "ProofInvalid"},
		{bindings.LossVerifierPublicInputNotInFieldErrorID(), "PublicInputNotInField"},
		{bindings.BatchLossVerifierBadInputErrorID(), "BadInput"},
		{bindings.BatchLossVerifierProofInvalidErrorID(), "ProofInvalid"},
	} {
		if [4]byte(e.id[:4]) == [4]byte(data[:4]) {
			return e.name
		}
	}
	if [4]byte(data[:4]) == [4]byte{0x08, 0xc3, 0x79, 0xa0} { // Error(string)
		return "Error(string): " + err.Error()
	}
	return err.Error()
}
