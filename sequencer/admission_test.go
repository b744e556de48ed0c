package sequencer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/rollup"
)

func sign(t testing.TB, d rollup.TxData, chainID uint64, key *ecdsa.PrivateKey) *rollup.Tx {
	t.Helper()
	tx, err := rollup.SignTx(d, chainID, key)
	require.NoError(t, err)
	return tx
}

// freshKeys are keys nobody funds.
func freshKeys(n int, tag string) []*ecdsa.PrivateKey {
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		keys[i], _ = crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("unfunded-%s-%d", tag, i))))
	}
	return keys
}

func mlscSpec() rollup.MLSCSpec {
	return rollup.MLSCSpec{Layers: []uint32{4, 2}, Loss: 1, DatasetCID: []byte{1}, DatasetSize: 8, Optimizer: uint8(rollup.OptSGD),
		BatchSize: 1, SampleCount: 4, CommitBlocks: 1, RevealBlocks: 1, ProofBlocks: 1, MaxRounds: 1}
}

// TestSendTxAdmission: SendTx refuses, with its sentinel, every
// transaction whose sender cannot pay or that is for another chain, before
// it takes a place in the pool.
func TestSendTxAdmission(t *testing.T) {
	keys := testKeys(2)
	user, other := keys[0], keys[1]
	stranger := freshKeys(1, "admission")[0]
	to := crypto.PubkeyToAddress(other.PublicKey)
	cfg := testConfig(t.TempDir())
	cfg.MempoolGappedPerAccount = 2
	s, err := New(cfg, Deps{DA: da.NewMemory(), L1: funding(keys, 1000)})
	require.NoError(t, err)
	defer s.Stop(context.Background())
	ctx := context.Background()
	require.NoError(t, s.syncL1(ctx))
	_, err = s.ProduceBlock(ctx)
	require.NoError(t, err)

	flipped := transfer(t, user, 0, to, 1).Encode()
	flipped[len(flipped)-40] ^= 1
	dep, err := rollup.NewDeposit(&rollup.Deposit{L1Nonce: 9, From: to, To: to, Amount: uint256.NewInt(5)})
	require.NoError(t, err)
	for _, tc := range []struct {
		name string
		raw  []byte
		want error // nil: admitted
		also error // admitted by neither rule, either error will do
	}{
		{"funded transfer", transfer(t, user, 0, to, 10).Encode(), nil, nil},
		{"wrong chain id", sign(t, &rollup.Transfer{Nonce: 1, To: to, Amount: uint256.NewInt(1)}, testChainID+1, user).Encode(), rollup.ErrChainID, nil},
		{"bad signature", flipped, rollup.ErrBadSignature, ErrCannotPay},
		{"unfunded sender", transfer(t, stranger, 0, to, 1).Encode(), ErrCannotPay, nil},
		{"unfunded gapped nonce", transfer(t, stranger, 5, to, 1).Encode(), ErrCannotPay, nil},
		{"unfunded commit costs nothing but holds nothing", sign(t, &rollup.Commit{Nonce: 0, MLSC: 0, Round: 1}, testChainID, stranger).Encode(), ErrCannotPay, nil},
		{"unfunded MLSC with a bounty", sign(t, &rollup.CreateMLSC{Nonce: 0, Spec: mlscSpec(), Bounty: uint256.NewInt(5)}, testChainID, stranger).Encode(), ErrCannotPay, nil},
		{"unfunded loss proof of no open claim", sign(t, &rollup.LossProof{Nonce: 0, MLSC: 0, Round: 1, Proof: []byte{1}}, testChainID, stranger).Encode(), ErrCannotPay, nil},
		{"zero-bounty MLSC", sign(t, &rollup.CreateMLSC{Nonce: 1, Spec: mlscSpec(), Bounty: new(uint256.Int)}, testChainID, user).Encode(), rollup.ErrLowBounty, nil},
		{"overdraft with the pending tx", transfer(t, user, 1, to, 991).Encode(), ErrCannotPay, nil},
		{"spends the rest", transfer(t, user, 1, to, 990).Encode(), nil, nil},
		{"deposit", dep.Encode(), rollup.ErrTxType, nil},
		{"another funded sender", transfer(t, other, 0, to, 1).Encode(), nil, nil},
		{"gapped, funded", transfer(t, other, 2, to, 1).Encode(), nil, nil},
		{"gapped, funded, 2nd", transfer(t, other, 3, to, 1).Encode(), nil, nil},
		{"gapped, over the account's budget", transfer(t, other, 5, to, 1).Encode(), ErrGapBudget, nil},
		{"malformed", []byte{1, 2, 3}, rollup.ErrTxEncoding, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := s.pool.Len()
			h, err := s.SendTx(ctx, tc.raw)
			if tc.want == nil {
				require.NoError(t, err)
				require.True(t, s.pool.Has(h))
				return
			}
			if tc.also != nil && !errors.Is(err, tc.want) {
				require.ErrorIs(t, err, tc.also)
			} else {
				require.ErrorIs(t, err, tc.want)
			}
			require.Equal(t, before, s.pool.Len())
		})
	}
	_, err = s.SendTx(ctx, sign(t, &rollup.Transfer{Nonce: 2, To: to, Amount: uint256.NewInt(1)}, testChainID+1, user).Encode())
	require.ErrorContains(t, err, fmt.Sprintf("signed for chain %d, this chain is %d", testChainID+1, testChainID))
	blk, err := s.ProduceBlock(ctx)
	require.NoError(t, err)
	require.Len(t, blk.Txs, 3, "the user's two transfers and other's nonce 0")
}

// TestRestoreRechecks: a pending log filled before the admission rules (by
// senders that cannot pay, with gapped nonces, or for another chain) does
// not fill the pool after a restart; the funded user's transactions get in.
func TestRestoreRechecks(t *testing.T) {
	dir := t.TempDir()
	keys := testKeys(1)
	user := keys[0]
	to := common.Address{7}
	cfg := testConfig(dir)
	cfg.MempoolMax = 100
	s, err := New(cfg, Deps{DA: da.NewMemory(), L1: funding(keys, 1000)})
	require.NoError(t, err)
	ctx := context.Background()
	require.NoError(t, s.syncL1(ctx))
	_, err = s.ProduceBlock(ctx)
	require.NoError(t, err)
	valid, err := s.SendTx(ctx, transfer(t, user, 0, to, 1).Encode())
	require.NoError(t, err)

	// Write junk into the log behind admission's back, as an older node did.
	var junk []Entry
	seq := uint64(1000)
	for i, k := range freshKeys(150, "restore") {
		junk = append(junk, Entry{Tx: transfer(t, k, uint64(1+i%63), to, 1), Seq: seq})
		seq++
	}
	junk = append(junk, Entry{Tx: sign(t, &rollup.Transfer{Nonce: 1, To: to, Amount: uint256.NewInt(1)}, testChainID+1, user), Seq: seq})
	require.NoError(t, s.store.AddPendings(junk, nil))
	require.NoError(t, s.Stop(ctx))

	s, err = New(cfg, Deps{DA: da.NewMemory(), L1: funding(keys, 1000)})
	require.NoError(t, err)
	defer s.Stop(ctx)
	require.Equal(t, 1, s.pool.Len(), "only the valid tx is restored")
	require.True(t, s.pool.Has(valid))
	logged, err := s.store.Pending()
	require.NoError(t, err)
	require.Len(t, logged, 1, "the junk left the log")
	h, err := s.SendTx(ctx, transfer(t, user, 1, to, 1).Encode())
	require.NoError(t, err)
	blk, err := s.ProduceBlock(ctx)
	require.NoError(t, err)
	require.Len(t, blk.Txs, 2)
	require.Equal(t, h, blk.Txs[1].Hash())
}

// TestProduceBlockBytes: a block stops taking transactions before its
// size in a batch (rollup.Block.Size) would pass Config.MaxBlockBytes; the rest follow in order in the
// next blocks. Config.Check refuses a bound above rollup.MaxBlockSize.
func TestProduceBlockBytes(t *testing.T) {
	keys := testKeys(1)
	cfg := testConfig(t.TempDir())
	cfg.MaxBlockBytes = 2000
	s, err := New(cfg, Deps{DA: da.NewMemory(), L1: funding(keys, 1000)})
	require.NoError(t, err)
	defer s.Stop(context.Background())
	ctx := context.Background()
	require.NoError(t, s.syncL1(ctx))
	_, err = s.ProduceBlock(ctx)
	require.NoError(t, err)
	var raws [][]byte
	for n := uint64(0); n < 40; n++ {
		raws = append(raws, transfer(t, keys[0], n, common.Address{1}, 1).Encode())
	}
	_, errs := s.SendTxs(ctx, raws)
	for _, err := range errs {
		require.NoError(t, err)
	}
	next, blocks := uint64(0), 0
	for next < 40 {
		blk, err := s.ProduceBlock(ctx)
		require.NoError(t, err)
		size := blk.Size() // what it takes in a batch: at least its encoding
		require.LessOrEqual(t, size, cfg.MaxBlockBytes)
		require.NotEmpty(t, blk.Txs)
		for _, tx := range blk.Txs {
			require.Equal(t, next, tx.Nonce(), "in order")
			next++
		}
		if next < 40 {
			require.Greater(t, size+len(raws[next])+rollup.StepPrefixSize, cfg.MaxBlockBytes, "the block is full")
		}
		blocks++
	}
	require.Equal(t, 3, blocks)

	bad := testConfig(t.TempDir())
	bad.MaxBlockBytes = rollup.MaxBlockSize + 1
	require.ErrorContains(t, bad.Check(), "max block bytes")
}
