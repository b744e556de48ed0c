package explorer

import (
	"context"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/da/delta"
	"github.com/neuron-rollup/neuron/rollup"
)

// TestDecodeDeltaTxs: the training-set governance transactions show their
// type name, MLSC, amount and key fields on block and transaction pages.
func TestDecodeDeltaTxs(t *testing.T) {
	ctx := context.Background()
	store := da.NewMemory()
	base := make([]mlp.Example, 10)
	for i := range base {
		base[i] = mlp.Example{X: make([]int64, 16), Label: i % 4}
		base[i].X[0] = int64(i)
	}
	set, err := dataset.Write(ctx, store, base, dataset.Options{Classes: 4})
	require.NoError(t, err)
	b, err := delta.Build(ctx, store, set, base, 4, delta.LeafFunc(mlp.SquaredError), []uint64{2, 5}, base[:3])
	require.NoError(t, err)
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("explorer-delta")))
	require.NoError(t, err)
	from := crypto.PubkeyToAddress(key.PublicKey)
	badManifest := rollup.ProposalTx(0, 3, b, uint256.NewInt(5))
	badManifest.Manifest = []byte("junk")
	for _, tc := range []struct {
		name   string
		data   rollup.TxData
		typ    string
		amount uint64 // 0: none
		notes  []string
	}{
		{"propose delta", rollup.ProposalTx(0, 3, b, uint256.NewInt(5)), "propose-delta", 5,
			[]string{"patch " + b.CID.String(), "-2 +3 examples, 10 -> 11", "new root " + common.Hash(b.NewRoot.Bytes()).Hex()}},
		{"propose delta, manifest junk", badManifest, "propose-delta", 5, []string{"manifest does not decode"}},
		{"vote delta", &rollup.VoteDelta{MLSC: 3, Proposal: 7, Amount: uint256.NewInt(9)}, "vote-delta", 9, []string{"vote for delta 7"}},
		{"delta data", &rollup.DeltaData{MLSC: 3, Proposal: 7, Chunk: 1, Data: make([]byte, 1234)}, "delta-data", 0, []string{"delta 7 chunk 1, 1234 bytes"}},
		{"propose period", &rollup.ProposePeriod{MLSC: 3, Blocks: 600}, "propose-period", 0, []string{"epoch of 600 blocks"}},
		{"vote period", &rollup.VotePeriod{MLSC: 3, Proposal: 2}, "vote-period", 0, []string{"vote for period proposal 2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tx, err := rollup.SignTx(tc.data, 4242, key)
			require.NoError(t, err)
			row := decodeTx(tx, 12, 1)
			require.Equal(t, tc.typ, row.Type)
			require.Equal(t, from, row.From)
			require.NotNil(t, row.MLSC)
			require.Equal(t, uint64(3), *row.MLSC)
			if tc.amount == 0 {
				require.Nil(t, row.Amount)
			} else {
				require.Equal(t, tc.amount, row.Amount.Uint64())
			}
			for _, n := range tc.notes {
				require.True(t, strings.Contains(row.Note, n), "note %q lacks %q", row.Note, n)
			}
		})
	}
}
