package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcapi"
)

// TestFeeCommand: nrn fee shows the chain's base fee and the cap the CLI
// signs, and with --tx a transaction's units and fee, as the STF counts
// them; a transaction that does not decode is refused, naming --tx.
func TestFeeCommand(t *testing.T) {
	n := newModelNet(t)
	run := func(args ...string) (*rpcapi.FeeEstimate, error) {
		var out bytes.Buffer
		app := &cli.App{Name: "nrn", Writer: &out, Commands: userCommands()}
		if err := app.RunContext(context.Background(), append([]string{"nrn", "fee", "--rpc", n.url}, args...)); err != nil {
			return nil, err
		}
		var est rpcapi.FeeEstimate
		require.NoError(t, json.Unmarshal(out.Bytes(), &est), out.String())
		return &est, nil
	}
	floor := n.chain.Fees.MinBaseFee.ToBig()

	est, err := run()
	require.NoError(t, err)
	require.Zero(t, est.BaseFee.ToInt().Cmp(floor), "an idle chain is at the floor")
	require.Zero(t, est.FeeCap.ToInt().Cmp(new(big.Int).Mul(est.NextBaseFee.ToInt(), big.NewInt(2))), "the cap is twice the next base fee")
	require.Nil(t, est.Units)

	tx, err := rollup.SignTx(&rollup.Transfer{Nonce: 0, To: common.Address{7}, Amount: uint256.NewInt(1)}, modelChainID, modelKey(user))
	require.NoError(t, err)
	est, err = run("--tx", hexutil.Encode(tx.Encode()))
	require.NoError(t, err)
	require.NotNil(t, est.Units)
	require.Equal(t, rollup.FeeUnits(tx), uint64(*est.Units))
	next, _ := uint256.FromBig(est.NextBaseFee.ToInt())
	require.Zero(t, est.Fee.ToInt().Cmp(n.chain.Fee(tx, next).ToBig()), "the fee is the STF's at the next base fee")

	_, err = run("--tx", "0x0102")
	require.ErrorContains(t, err, "--tx")
}
