package sequencer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/fsstore"
	"github.com/neuron-rollup/neuron/rollup"
)

const testChainID = 4242

// transfersOnly is a chain without verifying keys: MLSCs cannot be created,
// which is all these tests of ordering and storage need.
type transfersOnly struct{}

func (transfersOnly) CircuitID(*rollup.MLSCSpec) (common.Hash, error) {
	return common.Hash{}, errors.New("no circuits")
}

func (transfersOnly) Supports(*rollup.MLSCSpec) error {
	return errors.New("no verifying keys on this chain")
}
func (transfersOnly) Verify(*rollup.MLSCSpec, *rollup.Claim, []byte) error {
	return errors.New("no verifying keys on this chain")
}
func (transfersOnly) PublicInput(*rollup.MLSCSpec, *rollup.Claim) (common.Hash, error) {
	return common.Hash{}, errors.New("no verifying keys on this chain")
}

// fundingL1 is an L1 whose confirmed history holds one deposit per key.
type fundingL1 struct{ deps []*rollup.Deposit }

func (f *fundingL1) ConfirmedHead(context.Context) (uint64, common.Hash, error) {
	return 1, common.Hash{1}, nil
}

func (f *fundingL1) Deposits(_ context.Context, from, _ uint64) ([]*rollup.Deposit, error) {
	if from >= uint64(len(f.deps)) {
		return nil, nil
	}
	return f.deps[from:], nil
}

func testKeys(n int) []*ecdsa.PrivateKey {
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		keys[i], _ = crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("sequencer-test-key-%d", i))))
	}
	return keys
}

func funding(keys []*ecdsa.PrivateKey, amount uint64) *fundingL1 {
	f := &fundingL1{}
	for i, k := range keys {
		a := crypto.PubkeyToAddress(k.PublicKey)
		f.deps = append(f.deps, &rollup.Deposit{L1Nonce: uint64(i), From: a, To: a, Amount: uint256.NewInt(amount)})
	}
	return f
}

func testConfig(dir string) Config {
	return Config{
		DataDir: dir, BlockTime: 20 * time.Millisecond, MaxBlockTxs: 20000, BatchBlocks: 1 << 30,
		MempoolPerAccount: 1 << 16, MempoolMax: 1 << 20,
		Chain: &rollup.Config{ChainID: testChainID, MinStake: uint256.NewInt(1), RewardDivisor: 100000,
			HalvingSeconds: rollup.HalvingSeconds4Years, Verifier: transfersOnly{}},
		Genesis: &rollup.Genesis{Time: 1, Issued: uint256.NewInt(1e18)},
	}
}

func newTestSequencer(t testing.TB, dir string, l1 L1View) *Sequencer {
	t.Helper()
	s, err := New(testConfig(dir), Deps{DA: da.NewMemory(), L1: l1})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func transfer(t testing.TB, key *ecdsa.PrivateKey, nonce uint64, to common.Address, amt uint64) *rollup.Tx {
	tx, err := rollup.SignTx(&rollup.Transfer{Nonce: nonce, To: to, Amount: uint256.NewInt(amt)}, testChainID, key)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func uint256One() *uint256.Int { return uint256.NewInt(1) }

func newDiskDA(dir string) da.Store {
	st, err := fsstore.Open(fsstore.Options{Dir: dir + "-da"})
	if err != nil {
		panic(err)
	}
	return st
}
