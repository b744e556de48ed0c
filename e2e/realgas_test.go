//go:build e2ereal

package e2e

import (
	"context"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/da/httpstore"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/l1/l1client"
	"github.com/neuron-rollup/neuron/l1/txsend"
	"github.com/neuron-rollup/neuron/lossverify"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/sequencer"
)

type gasMeasure struct {
	txs      int
	gas      uint64
	calldata int // bytes of the L1 transaction's input
	l2Bytes  int // bytes of the L2 transactions, which go to DA
}

// measureGasPerTx deploys a chain on nodes, credits one L2 account by a
// deposit, and for each count seals that many transfers into one batch and
// posts it, returning each batch's L1 gas.
func measureGasPerTx(ctx context.Context, t *testing.T, nodes *realNodes, counts []int) []gasMeasure {
	t.Helper()
	ec := nodes.ec
	adminKey, _ := crypto.GenerateKey()
	seqKey, _ := crypto.GenerateKey()
	userKey, _ := crypto.GenerateKey()
	admin, seq, user := crypto.PubkeyToAddress(adminKey.PublicKey), crypto.PubkeyToAddress(seqKey.PublicKey), crypto.PubkeyToAddress(userKey.PublicKey)
	nodes.fund(ctx, t, 100, admin.Hex(), seq.Hex())
	l1ID, err := ec.ChainID(ctx)
	require.NoError(t, err)
	logger := log.NewLogger(slog.DiscardHandler)
	cfg := txsend.DefaultConfig(l1ID)
	cfg.ReceiptQueryInterval = 250 * time.Millisecond
	adminTx, err := txsend.New("admin", ec, adminKey, cfg, logger, nil)
	require.NoError(t, err)
	defer adminTx.Close()
	seqTx, err := txsend.New("batcher", ec, seqKey, cfg, logger, nil)
	require.NoError(t, err)
	defer seqTx.Close()

	const l2ChainID = 4244
	one := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	genesis := &rollup.Genesis{Time: uint64(time.Now().Unix()), Issued: uint256.MustFromBig(new(big.Int).Mul(big.NewInt(1e6), one))}
	_, gh, _, err := genesis.State()
	require.NoError(t, err)
	d, err := deploy.Deploy(ctx, ec, bind.NewKeyedTransactor(adminKey, l1ID), deploy.Config{L2ChainID: l2ChainID, Sequencer: seq,
		GenesisHolder: admin, InitialSupply: new(big.Int).Mul(big.NewInt(1e6), one), GenesisStateRoot: gh.StateRoot, FinalizationPeriod: time.Hour})
	require.NoError(t, err)
	_, err = adminTx.Send(ctx, d.NRN.Address, d.NRN.Binding.PackApprove(d.Bridge.Address, one), nil)
	require.NoError(t, err)
	_, err = adminTx.Send(ctx, d.Bridge.Address, d.Bridge.Binding.PackDeposit(user, one), nil)
	require.NoError(t, err)

	store, err := httpstore.NewClient(httpstore.ClientOptions{URL: nodes.daURL})
	require.NoError(t, err)
	l1c := l1client.New(ec, d, d.Block, 1, nil).WithSender(seqTx)
	chain := &rollup.Config{ChainID: l2ChainID, Rollup: d.Rollup.Address, GenesisTime: genesis.Time, MinStake: uint256.NewInt(10),
		MinBounty: uint256.NewInt(1), RewardDivisor: 100000, HalvingSeconds: rollup.HalvingSeconds4Years, Verifier: lossverify.New(nil)}
	scfg := sequencer.Config{DataDir: t.TempDir(), BlockTime: 100 * time.Millisecond, MaxBlockTxs: 4096, BatchBlocks: 1 << 40,
		MempoolPerAccount: 4096, MempoolMax: 1 << 16, Chain: chain, Genesis: genesis}
	// With the block loop and L1, until the deposit is credited.
	s, err := sequencer.New(scfg, sequencer.Deps{Log: logger, DA: store, L1: l1c})
	require.NoError(t, err)
	require.NoError(t, s.Start(ctx))
	waitFor(ctx, t, "the deposit credited on L2", func() bool {
		var consumed uint64
		_ = s.View(func(st *rollup.State, _ *rollup.Header) error { consumed = st.Globals().DepositsConsumed; return nil })
		return consumed == 1
	})
	require.NoError(t, s.Stop(ctx))
	// Then block by block, each count of transfers alone in a batch.
	scfg.BlockTime = time.Hour
	s, err = sequencer.New(scfg, sequencer.Deps{Log: logger, DA: store, Poster: l1c})
	require.NoError(t, err)
	defer s.Stop(context.Background())
	require.NoError(t, s.MaybeSealBatch(ctx, true))
	require.NoError(t, s.PostBatches(ctx))

	var out []gasMeasure
	nonce := uint64(0)
	sink := common.Address{0xee}
	for _, n := range counts {
		raws, l2Bytes := make([][]byte, n), 0
		for i := range raws {
			tx, err := rollup.SignTx(&rollup.Transfer{Nonce: nonce, To: sink, Amount: uint256.NewInt(1)}, l2ChainID, userKey)
			require.NoError(t, err)
			raws[i] = tx.Encode()
			l2Bytes += len(raws[i])
			nonce++
		}
		_, errs := s.SendTxs(ctx, raws)
		for i, err := range errs {
			require.NoError(t, err, "transfer %d", i)
		}
		included := 0
		for included < n {
			blk, err := s.ProduceBlock(ctx)
			require.NoError(t, err)
			included += len(blk.Txs)
		}
		require.Equal(t, n, included)
		index, _, err := s.Store().NextBatch()
		require.NoError(t, err)
		require.NoError(t, s.MaybeSealBatch(ctx, true))
		require.NoError(t, s.PostBatches(ctx))
		rec, err := s.Store().Batch(index)
		require.NoError(t, err)
		rc, err := ec.TransactionReceipt(ctx, rec.L1Tx)
		require.NoError(t, err)
		tx, _, err := ec.TransactionByHash(ctx, rec.L1Tx)
		require.NoError(t, err)
		out = append(out, gasMeasure{txs: n, gas: rc.GasUsed, calldata: len(tx.Data()), l2Bytes: l2Bytes})
	}
	return out
}
