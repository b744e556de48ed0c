package rollup

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// TestProverRewardTo: a loss proof naming RewardTo pays the prover share
// to that address, not to the sender, whose balance stays as it was.
func TestProverRewardTo(t *testing.T) {
	h := staked(t, "bob")
	h.cfg.ProverBps = 1000
	h.mustBlock(h.sign("alice", &CreateMLSC{Nonce: h.nonce("alice"), Spec: testSpec(), Bounty: uint256.NewInt(3000)}))
	to := common.Address{0xee, 1}
	h.untilPhase(0, PhaseCommit)
	c := claimVals{w: common.Hash{1, 5}, trace: common.Hash{2, 1}, salt: common.Hash{3}, loss: 500}
	h.mustBlock(h.commitTx("bob", 0, 1, c))
	h.untilPhase(0, PhaseReveal)
	h.mustBlock(h.revealTx("bob", 0, 1, c))
	h.untilPhase(0, PhaseProof)
	claim, err := h.s.ClaimOf(0, 1)
	require.NoError(t, err)
	proverBefore := h.s.Account(h.addr("prover")).Balance.Clone()
	h.mustBlock(h.sign("prover", &LossProof{Nonce: h.nonce("prover"), MLSC: 0, Round: 1, Proof: claimProof(claim), RewardTo: to}))
	// 3000/3 = 1000 of bounty this round: 100 to the reward address.
	require.Equal(t, uint64(100), h.receipts[0].ProverReward.Uint64())
	require.Equal(t, uint64(100), h.s.Account(to).Balance.Uint64())
	require.Equal(t, proverBefore, h.s.Account(h.addr("prover")).Balance, "the signing key is not paid")
}

// TestLossProofEncoding: a loss proof without RewardTo encodes as before
// the field existed; one with it round-trips; a zero RewardTo spelled out is
// not canonical and is refused.
func TestLossProofEncoding(t *testing.T) {
	key := newHarness(t).keys["prover"]
	old, err := rlp.EncodeToBytes([]any{uint64(1), uint64(2), uint64(3), []byte{4}})
	require.NoError(t, err)
	now, err := rlp.EncodeToBytes(&LossProof{Nonce: 1, MLSC: 2, Round: 3, Proof: []byte{4}})
	require.NoError(t, err)
	require.Equal(t, old, now)

	tx, err := SignTx(&LossProof{Nonce: 1, MLSC: 2, Round: 3, Proof: []byte{4}, RewardTo: common.Address{9}}, testChainID, key)
	require.NoError(t, err)
	dec, err := DecodeTx(tx.Encode())
	require.NoError(t, err)
	require.Equal(t, common.Address{9}, dec.Data().(*LossProof).RewardTo)
	require.Equal(t, tx.Hash(), dec.Hash())

	body, err := rlp.EncodeToBytes([]any{uint64(1), uint64(2), uint64(3), []byte{4}, common.Address{}})
	require.NoError(t, err)
	raw := append([]byte{byte(TxLossProof)}, big.NewInt(testChainID).FillBytes(make([]byte, 8))...)
	raw = append(raw, 0x80) // no fee cap
	raw = append(raw, body...)
	raw = append(raw, make([]byte, 65)...)
	raw[len(raw)-65], raw[len(raw)-33] = 1, 1 // r = s = small, v = 0
	_, err = DecodeTx(raw)
	require.ErrorIs(t, err, ErrTxEncoding)
	require.ErrorContains(t, err, "reward address")
}
