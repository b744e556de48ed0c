package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/checkpoint"
	"github.com/neuron-rollup/neuron/da/fsstore"
	"github.com/neuron-rollup/neuron/lossverify"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rollup/rolluptest"
	"github.com/neuron-rollup/neuron/rpcclient"
	"github.com/neuron-rollup/neuron/sequencer"
	"github.com/neuron-rollup/neuron/trainer/idx"
	"github.com/neuron-rollup/neuron/trainer/idx/idxtest"
)

const modelChainID = 4646

// depositsL1 is an L1 whose confirmed history holds the given deposits.
type depositsL1 struct{ deps []*rollup.Deposit }

func (f *depositsL1) ConfirmedHead(context.Context) (uint64, common.Hash, error) {
	return 1, common.Hash{1}, nil
}

func (f *depositsL1) Deposits(_ context.Context, from, _ uint64) ([]*rollup.Deposit, error) {
	if from >= uint64(len(f.deps)) {
		return nil, nil
	}
	return f.deps[from:], nil
}

func modelKey(i int) *ecdsa.PrivateKey {
	k, _ := crypto.ToECDSA(crypto.Keccak256(fmt.Appendf(nil, "nrn-model-test-%d", i)))
	return k
}

func modelAddr(i int) common.Address { return crypto.PubkeyToAddress(modelKey(i).PublicKey) }

func keyHex(i int) string { return fmt.Sprintf("%x", crypto.FromECDSA(modelKey(i))) }

// Actors of the model test.
const (
	creator = iota
	trainerKey
	user
	proverKey // holds nothing: a loss proof pays no fee
	seqKey    // the fee recipient
)

type modelNet struct {
	t      *testing.T
	seq    *sequencer.Sequencer
	cl     *rpcclient.Client
	url    string
	daDir  string
	store  da.Store
	chain  *rollup.Config
	nonces map[int]uint64
	sent   atomic.Int64 // transactions sent through the RPC
	made   int64        // of them, how many nrn has made a block for
}

func newModelNet(t *testing.T) *modelNet {
	ctx := context.Background()
	n := &modelNet{t: t, daDir: t.TempDir(), nonces: map[int]uint64{}}
	st, err := fsstore.Open(fsstore.Options{Dir: n.daDir})
	require.NoError(t, err)
	n.store = st
	l1 := &depositsL1{}
	for i, k := range []int{creator, trainerKey, user} {
		l1.deps = append(l1.deps, &rollup.Deposit{L1Nonce: uint64(i), From: modelAddr(k), To: modelAddr(k), Amount: nrnWei(1000)})
	}
	n.chain = &rollup.Config{ChainID: modelChainID, GenesisTime: 1, MinStake: nrnWei(10), RewardDivisor: 100000,
		HalvingSeconds: rollup.HalvingSeconds4Years, Verifier: rolluptest.HashProofs{}, Fees: rollup.DefaultFeeRule(modelAddr(seqKey)),
		ProverBps: rollup.DefaultProverBps}
	cfg := sequencer.Config{DataDir: t.TempDir(), BlockTime: 5 * time.Millisecond, MaxBlockTxs: 1000, BatchBlocks: 1 << 40,
		MempoolPerAccount: 64, MempoolMax: 1024, Chain: n.chain, Genesis: &rollup.Genesis{Time: 1, Issued: nrnWei(1_000_000)}}
	seq, err := sequencer.New(cfg, sequencer.Deps{DA: st, L1: l1})
	require.NoError(t, err)
	require.NoError(t, seq.Start(ctx))
	require.Eventually(t, func() bool {
		var consumed uint64
		_ = seq.View(func(s *rollup.State, _ *rollup.Header) error { consumed = s.Globals().DepositsConsumed; return nil })
		return consumed == 3
	}, time.Minute, 10*time.Millisecond)
	require.NoError(t, seq.Stop(ctx))
	// From here on the test makes every block.
	cfg.BlockTime = time.Hour
	n.seq, err = sequencer.New(cfg, sequencer.Deps{DA: st})
	require.NoError(t, err)
	h, err := sequencer.NewRPCHandler(n.seq)
	require.NoError(t, err)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		h.ServeHTTP(w, r)
		if bytes.Contains(body, []byte("nrn_sendRawTransaction")) {
			n.sent.Add(1) // once it is in the mempool
		}
	}))
	n.url = srv.URL
	n.cl, err = rpcclient.Dial(ctx, srv.URL)
	require.NoError(t, err)
	t.Cleanup(func() {
		n.cl.Close()
		srv.Close()
		_ = n.seq.Stop(context.Background())
	})
	return n
}

func nrnWei(n uint64) *uint256.Int {
	return new(uint256.Int).Mul(uint256.NewInt(n), uint256.NewInt(1e18))
}

// step sends txs and makes a block that must hold them all.
func (n *modelNet) step(txs ...*rollup.Tx) {
	n.t.Helper()
	ctx := context.Background()
	for _, tx := range txs {
		_, err := n.cl.SendTx(ctx, tx)
		require.NoError(n.t, err)
		n.made++
	}
	blk, err := n.seq.ProduceBlock(ctx)
	require.NoError(n.t, err)
	for _, tx := range txs {
		st, err := n.cl.TxStatus(ctx, tx.Hash())
		require.NoError(n.t, err)
		require.Equal(n.t, "included", string(st.Status), "%s: %s", tx.Type(), st.Error)
	}
	require.Len(n.t, blk.Txs, len(txs))
}

func (n *modelNet) sign(i int, d func(nonce uint64) rollup.TxData) *rollup.Tx {
	tx, err := rollup.SignTx(d(n.nonces[i]), modelChainID, modelKey(i))
	require.NoError(n.t, err)
	n.nonces[i]++
	return tx
}

func (n *modelNet) state(f func(s *rollup.State)) {
	_ = n.seq.View(func(s *rollup.State, _ *rollup.Header) error { f(s); return nil })
}

func (n *modelNet) until(id uint64, p rollup.Phase) {
	n.t.Helper()
	for i := 0; i < 100; i++ {
		var ph rollup.Phase
		n.state(func(s *rollup.State) { m, _ := s.MLSC(id); ph = m.Phase })
		if ph == p {
			return
		}
		n.step()
	}
	n.t.Fatalf("MLSC %d never reached %s", id, p)
}

// nrn runs the CLI with args while blocks are made, so that its
// transactions are included; it returns the command's error.
func (n *modelNet) nrn(args ...string) error {
	app := &cli.App{Name: "nrn", Commands: append(append(userCommands(), opsCommands()...), economyCommands()...)}
	done := make(chan error, 1)
	go func() { done <- app.RunContext(context.Background(), append([]string{"nrn"}, args...)) }()
	for {
		select {
		case err := <-done:
			// The nonces the CLI used.
			n.state(func(s *rollup.State) {
				for i := range 5 {
					n.nonces[i] = s.Nonce(modelAddr(i))
				}
			})
			return err
		case <-time.After(5 * time.Millisecond):
			// A block for each transaction the command sent, and no more:
			// rounds move only when the test says.
			if sent := n.sent.Load(); sent > n.made {
				n.made = sent
				_, err := n.seq.ProduceBlock(context.Background())
				require.NoError(n.t, err)
			}
		}
	}
}

// revealRound has the staked trainer commit and reveal a checkpoint with
// weight commitment weights and loss sum loss in round of MLSC id, moves on
// to the round's proof phase and returns its claim.
func (n *modelNet) revealRound(id, round uint64, ckCID []byte, weights common.Hash, loss uint64) *rollup.Claim {
	n.t.Helper()
	trace, salt := common.Hash{7}, common.Hash{8}
	n.until(id, rollup.PhaseCommit)
	n.step(n.sign(trainerKey, func(nonce uint64) rollup.TxData {
		return &rollup.Commit{Nonce: nonce, MLSC: id, Round: round, Commitment: rollup.CommitmentHash(id, round, weights, trace, loss, modelAddr(trainerKey), salt)}
	}))
	n.until(id, rollup.PhaseReveal)
	n.step(n.sign(trainerKey, func(nonce uint64) rollup.TxData {
		return &rollup.Reveal{Nonce: nonce, MLSC: id, Round: round, CheckpointCID: ckCID, WeightCommitment: weights,
			TraceCID: []byte("trace"), TraceRoot: trace, ClaimedLossSum: loss, Salt: salt}
	}))
	n.until(id, rollup.PhaseProof)
	var (
		claim *rollup.Claim
		err   error
	)
	n.state(func(s *rollup.State) { claim, err = s.ClaimOf(id, round) })
	require.NoError(n.t, err)
	return claim
}

func randomCheckpoint(shape mlp.Shape, seed uint64) *checkpoint.Checkpoint {
	r := rand.New(rand.NewPCG(seed, 1))
	w := make([]float32, shape.ParamCount())
	for i := range w {
		w[i] = float32(r.NormFloat64() * 0.3)
	}
	return &checkpoint.Checkpoint{Shape: shape, Weights: w}
}

// TestModelLifecycle runs an MLSC to completion on a sequencer with fees on
// and the nrn CLI against its RPC: create-mlsc with the completion, initial
// checkpoint and use-fee flags, a round won and proven by an unfunded
// prover, the completion message, model get checked against the
// commitment, predict refused before use and run after it, the use fee
// split, the trainer's claim and withdrawal, and unstake.
func TestModelLifecycle(t *testing.T) {
	n := newModelNet(t)
	ctx := context.Background()
	dir := t.TempDir()
	idxtest.Tiny(t, dir)
	images := filepath.Join(dir, "train-images-idx3-ubyte")
	shape := mlp.Shape{Layers: []int{16, 8, 4}, Loss: mlp.SquaredError}
	initCk, err := checkpoint.Put(ctx, n.store, randomCheckpoint(shape, 1))
	require.NoError(t, err)

	require.NoError(t, n.nrn("create-mlsc", "--rpc", n.url, "--da-dir", n.daDir, "--images", images,
		"--labels", filepath.Join(dir, "train-labels-idx1-ubyte"), "--model", "16-8-4", "--loss", "mse", "--k", "4",
		"--commit-blocks", "8", "--reveal-blocks", "6", "--proof-blocks", "8", "--max-rounds", "1", "--bounty", "100",
		"--use-fee", "1", "--target-loss", "0.001", "--deadline-l1", "1000", "--init-checkpoint", initCk.String(),
		"--private-key", keyHex(creator)))
	var m rollup.MLSC
	n.state(func(s *rollup.State) { m, _ = s.MLSC(0) })
	require.Equal(t, nrnWei(1), m.Spec.UseFee)
	require.Equal(t, uint64(1000), m.Spec.DeadlineL1)
	tl := 0.001 * float64(fixedpoint.One) * 300
	require.Equal(t, uint64(tl), m.Spec.TargetLoss)
	require.Equal(t, initCk.Bytes(), m.Spec.InitCheckpointCID)
	wantInit, err := lossverify.ParamsFor(&m.Spec).CommitWeights(fixedpoint.QuantizeAll(randomCheckpoint(shape, 1).Weights))
	require.NoError(t, err)
	require.Equal(t, common.Hash(wantInit.Bytes()), m.BestWeights)

	// Predict refuses an MLSC still training, and the model has no record.
	require.ErrorIs(t, n.nrn("model", "get", "--rpc", n.url, "--da-dir", n.daDir, "--out", filepath.Join(dir, "early"), "0"), rollup.ErrNoModel)

	// Round 1: the trainer stakes, commits and reveals its checkpoint; an
	// account with no NRN at all proves it.
	final := randomCheckpoint(shape, 2)
	finalCID, err := checkpoint.Put(ctx, n.store, final)
	require.NoError(t, err)
	wc, err := lossverify.ParamsFor(&m.Spec).CommitWeights(fixedpoint.QuantizeAll(final.Weights))
	require.NoError(t, err)
	weights := common.Hash(wc.Bytes())
	n.step(n.sign(trainerKey, func(nonce uint64) rollup.TxData { return &rollup.Stake{Nonce: nonce, Amount: nrnWei(10)} }))
	claim := n.revealRound(0, 1, finalCID.Bytes(), weights, 50)
	n.step(n.sign(proverKey, func(nonce uint64) rollup.TxData {
		return &rollup.LossProof{Nonce: nonce, MLSC: 0, Round: 1, Proof: rolluptest.ClaimDigest(claim).Bytes()}
	}))
	n.until(0, rollup.PhaseDone) // the block starts after the proof release the claim and settle the round

	// Completed (target loss reached first), the model fixed, its message queued.
	var md rollup.Model
	var msg rollup.Message
	var proverBal *uint256.Int
	n.state(func(s *rollup.State) {
		md, _ = s.Model(0)
		msg, _ = s.Message(0)
		proverBal = s.Account(modelAddr(proverKey)).Balance
	})
	require.True(t, md.Done)
	require.Equal(t, rollup.CompletedTargetLoss, md.Reason)
	require.Equal(t, weights, md.Weights)
	require.Equal(t, []rollup.Contributor{{Addr: modelAddr(trainerKey), Rounds: 1}}, md.Contributors)
	// The prover earned 10 % of the round's 100 NRN bounty payout.
	require.Equal(t, nrnWei(10), proverBal)
	mc, err := rollup.DecodeModelCompleted(msg.Data)
	require.NoError(t, err)
	require.Equal(t, finalCID.Bytes(), mc.CheckpointCID)
	require.Equal(t, modelAddr(creator), mc.Creator)

	// nrn model get downloads the checkpoint and checks its commitment.
	out := filepath.Join(dir, "model.nrnc")
	require.NoError(t, n.nrn("model", "get", "--rpc", n.url, "--da-dir", n.daDir, "--out", out, "0"))
	raw, err := os.ReadFile(out)
	require.NoError(t, err)
	got, err := checkpoint.Decode(raw)
	require.NoError(t, err)
	require.Equal(t, final.Weights, got.Weights)
	// A checkpoint that is not the committed one is refused.
	forged := md
	forged.Weights = common.Hash{1}
	_, err = fetchCheckpoint(ctx, "", n.daDir, &forged, &m.Spec)
	require.ErrorIs(t, err, ErrCommitment)
	forged = md
	forged.CheckpointCID = initCk.Bytes()
	_, err = fetchCheckpoint(ctx, "", n.daDir, &forged, &m.Spec)
	require.ErrorIs(t, err, ErrCommitment)

	// Predict refuses until the user has paid.
	predict := []string{"model", "predict", "--rpc", n.url, "--da-dir", n.daDir, "--input", images}
	require.ErrorIs(t, n.nrn(append(predict, "--from", modelAddr(user).Hex(), "0")...), ErrNotPaid)

	var before [5]*uint256.Int
	n.state(func(s *rollup.State) {
		for i := range before {
			before[i] = s.Account(modelAddr(i)).Balance
		}
	})
	require.NoError(t, n.nrn("model", "use", "--rpc", n.url, "--private-key", keyHex(user), "0"))
	var after [5]*uint256.Int
	var useRec rollup.UseRecord
	n.state(func(s *rollup.State) {
		for i := range after {
			after[i] = s.Account(modelAddr(i)).Balance
		}
		useRec, _ = s.Use(0, modelAddr(user))
	})
	useTx := n.sign(user, func(nonce uint64) rollup.TxData { return &rollup.UseModel{Nonce: nonce - 1, MLSC: 0, Fee: nrnWei(1)} })
	// nrn signs with the suggested fee cap (twice the idle base fee), whose bytes count.
	useTx, err = rollup.SignTxCap(useTx.Data(), modelChainID, new(uint256.Int).Lsh(n.chain.Fees.MinBaseFee, 1), modelKey(user))
	require.NoError(t, err)
	l2Fee := n.chain.Fee(useTx, n.chain.Fees.MinBaseFee)
	require.Equal(t, new(uint256.Int).Add(nrnWei(1), l2Fee), new(uint256.Int).Sub(before[user], after[user]), "the user paid the use fee and the L2 fee")
	require.Equal(t, uint256.NewInt(3e17), new(uint256.Int).Sub(after[creator], before[creator]), "30 % to the creator")
	require.Equal(t, new(uint256.Int).Div(l2Fee, uint256.NewInt(2)), new(uint256.Int).Sub(after[seqKey], before[seqKey]), "half the L2 fee to the sequencer")
	require.Equal(t, uint64(1), useRec.Uses)
	require.NoError(t, n.nrn(append(predict, "--private-key", keyHex(user), "0")...))
	in, err := idx.ReadFile(images)
	require.NoError(t, err)
	preds, err := Predict(got, in)
	require.NoError(t, err)
	require.Len(t, preds, 300)

	// The trainer claims its 70 % and withdraws it like any NRN, then unstakes.
	require.NoError(t, n.nrn("model", "claim", "--rpc", n.url, "--private-key", keyHex(trainerKey), "0"))
	var owed *uint256.Int
	n.state(func(s *rollup.State) { owed = s.Owed(0, modelAddr(trainerKey)) })
	require.True(t, owed.IsZero())
	require.Error(t, n.nrn("model", "claim", "--rpc", n.url, "--private-key", keyHex(trainerKey), "0"), "nothing left to claim")
	require.NoError(t, n.nrn("withdraw", "--rpc", n.url, "--to", modelAddr(trainerKey).Hex(), "--amount", "0.7", "--private-key", keyHex(trainerKey)))
	require.NoError(t, n.nrn("unstake", "--rpc", n.url, "--amount", "10", "--private-key", keyHex(trainerKey)))
	var w rollup.Withdrawal
	var acc rollup.Account
	n.state(func(s *rollup.State) {
		w, _ = s.Withdrawal(s.Globals().NextWithdrawal - 1)
		acc = s.Account(modelAddr(trainerKey))
	})
	require.Equal(t, uint256.NewInt(7e17), w.Amount)
	require.True(t, acc.Stake.IsZero())
}

// TestProverRace: two provers prove the same claim. The first valid proof
// applies and its sender is paid the prover share; the second is rejected
// with an error naming the round that moved on, and changes nothing: its
// sender's balance and nonce stay as they were (a loss proof pays no L2 fee,
// and a rejected transaction is dropped whole). Round 1: both proofs reach
// the same block; round 2: the loser's proof arrives a block late.
func TestProverRace(t *testing.T) {
	n := newModelNet(t)
	ctx := context.Background()
	dir := t.TempDir()
	idxtest.Tiny(t, dir)
	require.NoError(t, n.nrn("create-mlsc", "--rpc", n.url, "--da-dir", n.daDir, "--images", filepath.Join(dir, "train-images-idx3-ubyte"),
		"--labels", filepath.Join(dir, "train-labels-idx1-ubyte"), "--model", "16-8-4", "--loss", "mse", "--k", "4",
		"--commit-blocks", "8", "--reveal-blocks", "6", "--proof-blocks", "8", "--max-rounds", "2", "--bounty", "100",
		"--private-key", keyHex(creator)))
	const rival = seqKey + 1
	// The rival prover holds some NRN, so that "unchanged" means something.
	n.step(n.sign(user, func(nonce uint64) rollup.TxData {
		return &rollup.Transfer{Nonce: nonce, To: modelAddr(rival), Amount: nrnWei(5)}
	}), n.sign(trainerKey, func(nonce uint64) rollup.TxData { return &rollup.Stake{Nonce: nonce, Amount: nrnWei(10)} }))
	account := func(i int) (bal *uint256.Int, nonce uint64) {
		n.state(func(s *rollup.State) { bal, nonce = s.Account(modelAddr(i)).Balance, s.Nonce(modelAddr(i)) })
		return bal, nonce
	}
	proofOf := func(i int, claim *rollup.Claim) *rollup.Tx {
		return n.sign(i, func(nonce uint64) rollup.TxData {
			return &rollup.LossProof{Nonce: nonce, MLSC: claim.MLSC, Round: claim.Round, Proof: rolluptest.ClaimDigest(claim).Bytes()}
		})
	}
	for _, tc := range []struct {
		round uint64
		late  bool // the loser's proof arrives after the winner's block
	}{{1, false}, {2, true}} {
		ck, err := checkpoint.Put(ctx, n.store, randomCheckpoint(mlp.Shape{Layers: []int{16, 8, 4}, Loss: mlp.SquaredError}, 10+tc.round))
		require.NoError(t, err)
		claim := n.revealRound(0, tc.round, ck.Bytes(), common.Hash{byte(tc.round)}, 60-10*tc.round)
		winBefore, _ := account(proverKey)
		loseBefore, loseNonce := account(rival)
		win, lose := proofOf(proverKey, claim), proofOf(rival, claim)
		_, err = n.cl.SendTx(ctx, win)
		require.NoError(t, err)
		if !tc.late {
			_, err = n.cl.SendTx(ctx, lose)
			require.NoError(t, err, "a proof of an open claim is admitted")
		}
		blk, err := n.seq.ProduceBlock(ctx)
		require.NoError(t, err)
		var sendErr error
		if tc.late {
			_, sendErr = n.cl.SendTx(ctx, lose)
			if sendErr == nil {
				_, err = n.seq.ProduceBlock(ctx)
				require.NoError(t, err)
			}
		}
		st, err := n.cl.TxStatus(ctx, win.Hash())
		require.NoError(t, err)
		require.Equal(t, "included", string(st.Status), "round %d: the first proof: %s", tc.round, st.Error)
		require.NotNil(t, st.Receipt.ProverReward, "round %d: the winner is paid", tc.round)
		require.Equal(t, nrnWei(5), st.Receipt.ProverReward, "10 % of the round's 50 NRN payout")
		winAfter, _ := account(proverKey)
		require.Equal(t, new(uint256.Int).Add(winBefore, st.Receipt.ProverReward), winAfter)
		// The loser: refused at admission or dropped from the block, with the reason.
		reason := ""
		if sendErr != nil {
			reason = sendErr.Error()
		} else {
			st, err = n.cl.TxStatus(ctx, lose.Hash())
			require.NoError(t, err)
			require.Equal(t, "rejected", string(st.Status), "round %d: the second proof", tc.round)
			reason = st.Error
		}
		require.Regexp(t, fmt.Sprintf("wrong round: MLSC 0 is in round %d, not %d|round has no claim|MLSC 0 round %d", tc.round+1, tc.round, tc.round), reason)
		t.Logf("round %d (late %v): the second proof: %s", tc.round, tc.late, reason)
		for _, tx := range blk.Txs {
			require.NotEqual(t, lose.Hash(), tx.Hash(), "the losing proof is in no block")
		}
		loseAfter, loseNonceAfter := account(rival)
		require.Equal(t, loseBefore, loseAfter, "round %d: the loser's balance", tc.round)
		require.Equal(t, loseNonce, loseNonceAfter, "round %d: the loser's nonce", tc.round)
		n.nonces[rival] = loseNonceAfter
	}
}
