package deploy_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/l1/simchain"
	"github.com/neuron-rollup/neuron/rollup"
)

// fuzzKeys are the fuzz target's L2 accounts (fixed, so that inputs replay).
var fuzzKeys = func() []*ecdsa.PrivateKey {
	keys := make([]*ecdsa.PrivateKey, 4)
	for i := range keys {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte{'f', 'u', 'z', 'z', byte(i)}))
		if err != nil {
			panic(err)
		}
		keys[i] = k
	}
	return keys
}()

// fuzzL1Key is key i of the fuzz target's L1 accounts (fixed, so that inputs replay): 0
// deploys, 1 sequences, 2 holds the NRN supply and makes the deposits and forced entries.
func fuzzL1Key(i byte) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("fuzz l1"), []byte{i}))
	if err != nil {
		panic(err)
	}
	return k
}

const (
	fuzzDepositCount = 8  // deposits queued on the fuzz L1's Bridge
	fuzzForcedCount  = 16 // entries queued on its Rollup's forced queue, then fuzzForcedEconomy more
	fuzzForcedNonce  = 4  // the nonce of every signed forced entry of the first fuzzForcedCount (fuzzForcedTx)
	// fuzzForcedEconomy entries follow: paid use of MLSC 0, signed with nonce fuzzEconomyNonce
	// (above what fuzzModel's accounts reach).
	fuzzForcedEconomy = 20
	fuzzEconomyNonce  = 12
	// fuzzForcedDelta entries follow: training-set steps of MLSC 0 (fuzzForcedDeltaTx), signed
	// with nonce fuzzDeltaNonce (above what fuzzDeltas' accounts reach).
	fuzzForcedDelta = 8
	fuzzDeltaNonce  = 24
)

// fuzzL1 is the fuzz target's L1: every contract deployed, with fuzzDepositCount deposits
// queued on the Bridge (deposits, in nonce order) and fuzzForcedCount + fuzzForcedEconomy +
// fuzzForcedDelta entries on the Rollup's
// forced queue (forced: fuzzForcedTx(0..)), all from holder. A deposit or forced step is
// valid on L1 only if it is the one queued there.
type fuzzL1 struct {
	sv       *bindings.StepVerifier
	inst     *bind.BoundContract
	rollup   common.Address
	bridge   common.Address
	holder   common.Address
	deposits []rollup.Deposit
	forced   [][]byte
}

// fuzzDepositTo is the recipient of queued deposit k: the fuzz accounts in turn, and for k = 5
// an address that has no account.
func fuzzDepositTo(k int) common.Address {
	if k == 5 {
		return common.Address{0xde, 0xad}
	}
	return fuzzAddr(byte(k))
}

// newFuzzL1 deploys the fuzz L1 on a fresh simulated chain and queues its deposits and forced
// entries.
func newFuzzL1(tb testing.TB) *fuzzL1 {
	tb.Helper()
	ctx := context.Background()
	alloc := types.GenesisAlloc{}
	for i := range byte(3) {
		alloc[crypto.PubkeyToAddress(fuzzL1Key(i).PublicKey)] = types.Account{Balance: nrn(100)}
	}
	// No eth_call time limit (go-ethereum's default is 5 s): on a loaded machine a slow call is
	// not a disagreement.
	chain := simchain.New(alloc, func(_ *node.Config, ec *ethconfig.Config) { ec.RPCEVMTimeout = 0 })
	tb.Cleanup(func() { _ = chain.Close() })
	opts := func(i byte) *bind.TransactOpts {
		return bind.NewKeyedTransactor(fuzzL1Key(i), big.NewInt(simchain.ChainID))
	}
	_, head, _, err := l2Genesis().State()
	if err != nil {
		tb.Fatal(err)
	}
	holder := crypto.PubkeyToAddress(fuzzL1Key(2).PublicKey)
	d, err := deploy.Deploy(ctx, chain, opts(0), deploy.Config{L2ChainID: testL2ChainID, Devnet: true, Circuits: testCircuits(),
		Sequencer: crypto.PubkeyToAddress(fuzzL1Key(1).PublicKey), GenesisHolder: holder, InitialSupply: nrn(1_000_000),
		GenesisStateRoot: head.StateRoot, FinalizationPeriod: testPeriod, Reward: deploy.RewardRule{GenesisTime: 1, ProverBps: testProverBps},
		DeltaPeriod: fuzzEpochPeriod, MinDeltaDeposit: big.NewInt(1)})
	if err != nil {
		tb.Fatalf("deploy: %v", err)
	}
	send := func(c *bind.BoundContract, data []byte) {
		tx, err := bind.Transact(c, opts(2), data)
		if err != nil {
			tb.Fatal(err)
		}
		if rc, err := bind.WaitMined(ctx, chain, tx.Hash()); err != nil || rc.Status != types.ReceiptStatusSuccessful {
			tb.Fatalf("fuzz L1 setup: %v %v", err, rc)
		}
	}
	l := &fuzzL1{rollup: d.Rollup.Address, bridge: d.Bridge.Address, holder: holder}
	send(d.NRN.Instance, d.NRN.Binding.PackApprove(d.Bridge.Address, nrn(1000)))
	for k := range fuzzDepositCount {
		amt := uint256.NewInt(uint64(k*37%11+1) * 1e16)
		send(d.Bridge.Instance, d.Bridge.Binding.PackDeposit(fuzzDepositTo(k), amt.ToBig()))
		l.deposits = append(l.deposits, rollup.Deposit{L1Nonce: uint64(k), From: holder, To: fuzzDepositTo(k), Amount: amt})
	}
	for j := range fuzzForcedCount + fuzzForcedEconomy + fuzzForcedDelta {
		raw := fuzzForcedTx(j)
		send(d.Rollup.Instance, d.Rollup.Binding.PackForceInclude(raw))
		l.forced = append(l.forced, raw)
	}
	svAddr, err := bind.Call(d.FaultProver.Instance, nil, d.FaultProver.Binding.PackStepVerifier(), d.FaultProver.Binding.UnpackStepVerifier)
	if err != nil {
		tb.Fatal(err)
	}
	l.sv = bindings.NewStepVerifier()
	l.inst = l.sv.Instance(chain, svAddr)
	return l
}

func fuzzAddr(i byte) common.Address {
	return crypto.PubkeyToAddress(fuzzKeys[int(i)%len(fuzzKeys)].PublicKey)
}

// fuzzTrainer is what fuzz account i commits to in MLSC 0's first round: its weights (account
// 3 those of account 0), trace root, salt and claimed loss (1000, 900, the most (it does not
// improve on the MLSC's best), 700).
func fuzzTrainer(i int) (w, tr, salt common.Hash, loss uint64) {
	i %= len(fuzzKeys)
	loss = 1000 - 100*uint64(i)
	if i == 2 {
		loss = math.MaxUint64 // no loss improves on the MLSC's best of none
	}
	wi := i % 3 // account 3 commits to account 0's weights: revealed after 0's, a replay
	return crypto.Keccak256Hash([]byte("w"), []byte{byte(wi)}), crypto.Keccak256Hash([]byte("t"), []byte{byte(i)}),
		common.Hash{byte(i + 1)}, loss
}

// fuzzCommitment is fuzz account i's commitment in MLSC 0's round 1.
func fuzzCommitment(i int) common.Hash {
	w, tr, salt, loss := fuzzTrainer(i)
	return rollup.CommitmentHash(0, 1, w, tr, loss, fuzzAddr(byte(i)), salt)
}

// fuzzReveal is fuzz account i's reveal in MLSC 0's round 1, opening fuzzCommitment(i).
func fuzzReveal(i int, nonce uint64) *rollup.Reveal {
	w, tr, salt, loss := fuzzTrainer(i)
	return &rollup.Reveal{Nonce: nonce, MLSC: 0, Round: 1, CheckpointCID: []byte("c"), WeightCommitment: w, TraceCID: []byte("t"),
		TraceRoot: tr, ClaimedLossSum: loss, Salt: salt}
}

// fuzzForcedTx is forced entry j's bytes: by j mod 8 a transfer, withdrawal, stake, unstake
// (0.001 NRN), commit and reveal (fuzzCommitment, fuzzReveal) signed with nonce
// fuzzForcedNonce by one of the fuzz accounts, a transfer of more than any account holds, and
// bytes that decode to no transaction; from fuzzForcedCount on, fuzzForcedEconomy entries of
// paid use of MLSC 0 signed with nonce fuzzEconomyNonce: a use-model by each account with each
// use fee fuzzModel draws (0 to 0.003 NRN), then a claim-earnings by each account; then
// fuzzForcedDelta training-set steps (fuzzForcedDeltaTx).
func fuzzForcedTx(j int) []byte {
	k := (j + j/8) % len(fuzzKeys)
	small := uint256.NewInt(1e15)
	var d rollup.TxData
	if m := j - fuzzForcedCount - fuzzForcedEconomy; m >= 0 && m < fuzzForcedDelta {
		tx, err := rollup.SignTx(fuzzForcedDeltaTx(m), testL2ChainID, fuzzKeys[m%len(fuzzKeys)])
		if err != nil {
			panic(err)
		}
		return tx.Encode()
	}
	if m := j - fuzzForcedCount; m >= 0 && m < fuzzForcedEconomy {
		k = m / 4 % len(fuzzKeys)
		d = &rollup.UseModel{Nonce: fuzzEconomyNonce, MLSC: 0, Fee: new(uint256.Int).Mul(uint256.NewInt(uint64(m%4)), small)}
		if m >= 16 {
			k, d = m-16, &rollup.ClaimEarnings{Nonce: fuzzEconomyNonce, MLSC: 0}
		}
		tx, err := rollup.SignTx(d, testL2ChainID, fuzzKeys[k])
		if err != nil {
			panic(err)
		}
		return tx.Encode()
	}
	switch j % 8 {
	case 0:
		d = &rollup.Transfer{Nonce: fuzzForcedNonce, To: fuzzAddr(byte(k + 1)), Amount: small}
	case 1:
		d = &rollup.Withdraw{Nonce: fuzzForcedNonce, To: common.Address{0x1d}, Amount: small}
	case 2:
		d = &rollup.Stake{Nonce: fuzzForcedNonce, Amount: small}
	case 3:
		d = &rollup.Unstake{Nonce: fuzzForcedNonce, Amount: small}
	case 4:
		d = &rollup.Commit{Nonce: fuzzForcedNonce, MLSC: 0, Round: 1, Commitment: fuzzCommitment(k)}
	case 5:
		d = fuzzReveal(k, fuzzForcedNonce)
	case 6:
		d = &rollup.Transfer{Nonce: fuzzForcedNonce, To: fuzzAddr(byte(k + 1)), Amount: uint256.MustFromBig(nrn(1000))}
	default:
		return []byte{0x01, 0x02, 0x03}
	}
	tx, err := rollup.SignTx(d, testL2ChainID, fuzzKeys[k])
	if err != nil {
		panic(err)
	}
	return tx.Encode()
}

// fuzzByte hands out the fuzz input byte by byte (zero once it runs out).
type fuzzByte []byte

func (b *fuzzByte) next() byte {
	if len(*b) == 0 {
		return 0
	}
	v := (*b)[0]
	*b = (*b)[1:]
	return v
}

// fuzzModel plays an MLSC (0) of one round to its finished model on st, block by block
// (block applies a block, leaving out what fails), the accounts and use fee drawn from in:
// a trainer stakes and commits, the creator creates it, the trainer reveals, an account
// proves the round (claimHashVerifier; cfg's verifier becomes it), then up to two uses fill
// its pool. It returns the use fee. With fees too high for the accounts some step fails and
// the model is left unfinished (or absent): paid use is then rejected, on L1 too.
func fuzzModel(t *testing.T, cfg *rollup.Config, st *rollup.State, block func(...*rollup.Tx), in *fuzzByte) *uint256.Int {
	cfg.Verifier = claimHashVerifier{}
	key := func(i byte) *ecdsa.PrivateKey { return fuzzKeys[int(i)%len(fuzzKeys)] }
	addr := func(i byte) common.Address { return crypto.PubkeyToAddress(key(i).PublicKey) }
	send := func(i byte, d func(nonce uint64) rollup.TxData) {
		tx, err := rollup.SignTx(d(st.Nonce(addr(i))), testL2ChainID, key(i))
		if err != nil {
			t.Fatal(err)
		}
		block(tx)
	}
	creator, trainer, prover := in.next(), in.next(), in.next()
	useFee := new(uint256.Int).Mul(uint256.NewInt(uint64(in.next()%4)), uint256.NewInt(1e15))
	spec := testSpec()
	spec.CommitBlocks, spec.RevealBlocks, spec.ProofBlocks, spec.MaxRounds, spec.UseFee = 2, 2, 3, 1, useFee
	w, tr, salt := common.Hash{1}, common.Hash{2}, common.Hash{3}
	send(trainer, func(n uint64) rollup.TxData { return &rollup.Stake{Nonce: n, Amount: uint256.NewInt(1)} })
	send(creator, func(n uint64) rollup.TxData {
		return &rollup.CreateMLSC{Nonce: n, Spec: spec, Bounty: uint256.NewInt(1)}
	})
	send(trainer, func(n uint64) rollup.TxData {
		return &rollup.Commit{Nonce: n, MLSC: 0, Round: 1, Commitment: rollup.CommitmentHash(0, 1, w, tr, 500, addr(trainer), salt)}
	})
	for range 3 {
		if m, ok := st.MLSC(0); !ok || m.Phase != rollup.PhaseCommit {
			break
		}
		block()
	}
	send(trainer, func(n uint64) rollup.TxData {
		return &rollup.Reveal{Nonce: n, MLSC: 0, Round: 1, CheckpointCID: []byte("c"), WeightCommitment: w, TraceCID: []byte("t"),
			TraceRoot: tr, ClaimedLossSum: 500, Salt: salt}
	})
	for range 3 {
		if m, ok := st.MLSC(0); !ok || m.Phase != rollup.PhaseReveal {
			break
		}
		block()
	}
	if claim, err := st.ClaimOf(0, 1); err == nil {
		send(prover, func(n uint64) rollup.TxData {
			return &rollup.LossProof{Nonce: n, MLSC: 0, Round: 1, Proof: claimHashProof(claim)}
		})
	}
	for range in.next() % 3 {
		send(in.next(), func(n uint64) rollup.TxData { return &rollup.UseModel{Nonce: n, MLSC: 0, Fee: useFee} })
	}
	return useFee
}

// fuzzRound plays MLSC 0's first round up to the step under test on st, block by block
// (block leaves out what fails), the choices drawn from in: an account creates the MLSC
// (commit phase of 2 or 3 blocks), some accounts commit their fuzzCommitment (below the
// minimum stake it fails), and, half the time, the round moves to its reveal phase and some
// of them (one in four) reveal, in a drawn order; before a reveal step (reveal) the round always moves to its reveal phase. With fees too high for an account some step fails, leaving the round (or the MLSC)
// short of what was drawn.
func fuzzRound(t *testing.T, st *rollup.State, block func(...*rollup.Tx), in *fuzzByte, reveal bool) {
	sign := func(i byte, d rollup.TxData) *rollup.Tx {
		tx, err := rollup.SignTx(d, testL2ChainID, fuzzKeys[int(i)%len(fuzzKeys)])
		if err != nil {
			t.Fatal(err)
		}
		return tx
	}
	spec := testSpec()
	spec.CommitBlocks, spec.RevealBlocks, spec.MaxRounds = 2+uint64(in.next()%2), 3, 1
	creator := in.next()
	block(sign(creator, &rollup.CreateMLSC{Nonce: st.Nonce(fuzzAddr(creator)), Spec: spec, Bounty: uint256.NewInt(1)}))
	var txs []*rollup.Tx
	mask := in.next() // each account commits one time in two (before a reveal step, three in four)
	if reveal {
		mask |= in.next()
	}
	for i := range byte(len(fuzzKeys)) {
		if mask>>i&1 == 1 {
			txs = append(txs, sign(i, &rollup.Commit{Nonce: st.Nonce(fuzzAddr(i)), MLSC: 0, Round: 1, Commitment: fuzzCommitment(int(i))}))
		}
	}
	block(txs...)
	if r := in.next(); r%2 == 1 || reveal {
		for range 4 {
			if m, ok := st.MLSC(0); !ok || m.Phase != rollup.PhaseCommit {
				break
			}
			block()
		}
		txs = txs[:0]
		for k := range byte(len(fuzzKeys)) {
			if i := (k + r/2) % 4; r>>(k+3)&1 == 1 && r>>(k+4)&1 == 1 { // one in four reveals
				txs = append(txs, sign(i, fuzzReveal(int(i), st.Nonce(fuzzAddr(i)))))
			}
		}
		block(txs...)
	}
}

// fuzzKind is the kind of step FuzzStepDifferential tests: the first six are the signed types
// it started with (the first input byte keeps choosing them as before).
type fuzzKind byte

const (
	fzTransfer fuzzKind = iota
	fzWithdraw
	fzStake
	fzUnstake
	fzUseModel
	fzClaim
	fzDeposit
	fzForced      // a forced entry, in a state without MLSCs
	fzBegin       // a block start
	fzCommit      // in a round of MLSC 0 (fuzzRound)
	fzReveal      // in a round of MLSC 0
	fzForcedRound // a forced entry (commit and reveal among them) in a round of MLSC 0
	fzForcedUse   // a forced entry (use-model and claim-earnings among them) after fuzzModel
	fzCreate      // a create-mlsc (fuzzSpec)
	fzLossProof   // a loss proof (never a valid one) for a round of MLSC 0, mostly in its proof phase
	fzDelta       // a training-set step (fuzzDeltaTx) after fuzzDeltas
	fzBeginRound  // a block start 0 to 23 blocks after a round of MLSC 0 (and maybe MLSC 1) began
	fzBeginEpoch  // a block start after fuzzEpochs, mostly one that does the epoch work fuzzEpochGoal draws
	fzDeltaEpoch  // a training-set step (fuzzDeltaTx) after fuzzEpochs and fuzzEpochGoal
	fzForcedDelta // a forced entry (training-set steps among them: fuzzForcedDeltaTx) after fuzzDeltas
	fzKinds
)

var fuzzKindNames = [...]string{"transfer", "withdraw", "stake", "unstake", "use-model", "claim-earnings", "deposit", "forced",
	"block start", "commit", "reveal", "forced in a round", "forced paid use", "create-mlsc", "loss proof", "delta step",
	"block start in a round", "block start with epochs", "delta step with epochs", "forced delta step"}

// FuzzStepDifferential: from a random small L2 state (up to four accounts with random
// balances, stakes and nonces, a random fee rule and so base fee, for paid use a model played
// to its end or not: fuzzModel; for commits and reveals a round of MLSC 0 in its commit or
// reveal phase with some trainers committed or revealed: fuzzRound) a random step of every
// kind StepVerifier re-executes, valid or not, is applied by the Go STF and re-executed by the
// StepVerifier on a simulated L1 that holds the deposits and forced entries it queued
// (fuzzL1); both must agree on whether it applies and on the state root after it.
//
// The steps: transfers, withdrawals, stakes, unstakes, use-model and claim-earnings (wrong
// nonce, use fees off by one, unknown MLSCs, claims by non-contributors and with nothing owed,
// amounts of zero, of the balance, of the balance less the fee, of the stake and one over,
// caps below, at and above the base fee, self-transfers, the fee recipient as sender or
// recipient, zero recipients); deposits (the Bridge's next, out of order, replayed, or with
// another amount, recipient or sender than it queued, or never queued: the Go STF applies
// those last three, L1 must not); forced entries wrapping each inner type L1 re-executes and
// junk (valid, rejected inner transactions, out of order, already consumed, other bytes than
// queued, never queued; paid use after fuzzModel; training-set steps after fuzzDeltas:
// fuzzForcedDeltaTx); block starts (height, time and L1 number right, equal, one less and
// one more, after a block of random fee units, with fee targets from 1 to 200,000 units, with
// an MLSC or not; and 0 to 23 blocks into a round of MLSC 0, with a second MLSC at times: every
// phase change, slashes, releases and settlements, MLSCs carried); commits and reveals (stake above and below a
// random minimum, double commits, reused commitments, wrong phase, round and MLSC, reveals
// that open or do not open their commitment, no improvement, CIDs of 0, 1, 128 and 129 bytes);
// create-mlscs (fuzzSpec: a rule of the spec broken, a circuit the chain has not, optional
// fields set or present at zero; bounties of zero, the balance, the balance less the fee);
// loss proofs of MLSC 0's round (mostly in its proof phase, with a claim, or not), of another
// round or MLSC, with a wrong nonce, proofs of 0, 255, 256 or 384 random bytes (the Go side's
// verifier accepts none, L1's is the devnet circuit's) and a reward address or not; delta
// votes (fuzzDeltas: MLSC 0 over a real training set with a ready, a pending and a rejected
// proposal, period proposals and votes, delta votes) of vote-delta, propose-period and
// vote-period, of MLSC 0, of one without an epoch and of none, with any proposal index,
// amount and period length; and training-set epochs (the chain's epoch is fuzzEpochPeriod
// blocks, on L1 too): block starts after fuzzEpochs (one or two MLSCs over the delta set whose
// rounds pass every few blocks, random proposals, delta-data, votes, period proposals and
// votes, stakes and unstakes) at what fuzzEpochGoal draws: an epoch's close (with a new period
// or not), its proposals, winner (a second delta too), delta votes or period votes settled, at
// even and odd heights, round work with epochs carried, or round work on an MLSC with an
// applied delta; and delta steps after fuzzEpochs (epochs closed, being settled, stale
// proposals). The epoch-* seeds in testdata/fuzz reach each of those
// (TestStepDifferentialEpochSeeds).
// Each input costs one eth_call of the re-execution (about 7 ms on two cores), so make fuzz
// runs it for FUZZTIME_SLOW rather than the 30,000 inputs of the other targets.
func FuzzStepDifferential(f *testing.F) {
	for i := range 16 {
		seed := crypto.Keccak256([]byte("step fuzz seed"), []byte{byte(i)})
		seed[0] %= byte(fzBeginEpoch) // the kind it drew among the kinds before the epoch kinds
		f.Add(seed)
	}
	// Fees off, four funded accounts: a use of a finished model by account 3, and the trainer's
	// (account 1) claim after account 3's use.
	f.Add([]byte{4, 0, 100, 100, 100, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 0, 3, 0, 0, 0, 0, 0})
	f.Add([]byte{5, 0, 100, 100, 100, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 1, 3, 1, 0, 0, 0, 0, 0})
	// Each new kind, a few random ways.
	for k := fzDeposit; k < fzKinds; k++ {
		for i := range 3 {
			f.Add(append([]byte{byte(k)}, crypto.Keccak256([]byte("step fuzz kind"), []byte{byte(k), byte(i)})...))
		}
	}
	// Fees off, four funded accounts, all staked 0.1 NRN: deposit 4, the Bridge's next after
	// four queued ones; forced entry 0 (a transfer) padded to its nonce; a valid block start;
	// account 2's commit in a round where 0 and 1 committed (minimum stake 0.065 NRN); account
	// 1's reveal after account 0's (in the reveal phase).
	f.Add([]byte{6, 0, 4, 0, 100, 0, 100, 0, 100, 0, 100, 0})
	f.Add([]byte{7, 0, 100, 100, 100, 100, 100, 0, 100, 0, 100, 0, 100, 0, 0, 0, 1})
	f.Add([]byte{8, 0, 100, 100, 100, 100, 100, 0, 100, 0, 100, 0, 100, 0, 0, 0, 0, 0, 0})
	f.Add([]byte{9, 0, 1, 100, 100, 100, 100, 100, 0, 100, 0, 100, 0, 100, 0, 0, 0, 3, 0, 2, 0, 0, 0, 0, 0, 0, 0})
	f.Add([]byte{10, 0, 1, 100, 100, 100, 100, 100, 0, 100, 0, 100, 0, 100, 0, 0, 0, 3, 0x0b, 1, 0, 0, 0, 0, 0, 0, 0})
	// Fees off, four funded accounts, a model of use fee 0.001 NRN used once by account 3: forced
	// entry 29 (account 3's use at that fee), entry 33 (the trainer's claim, account 1), and
	// entry 29 out of order (in place of 28), its inner use valid.
	f.Add([]byte{12, 0, 100, 100, 100, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 1, 3, 0, 13<<2 | 1, 0, 1})
	f.Add([]byte{12, 0, 100, 100, 100, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 1, 3, 0, 17<<2 | 1, 0, 1})
	f.Add([]byte{12, 0, 100, 100, 100, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 1, 3, 0, 12<<2 | 1, 5, 1})
	l1 := newFuzzL1(f)
	// What the block starts under test did with training-set epochs: logged at the end of a
	// seeds-only run; with -fuzz the workers run the inputs, and each appends a line per epoch
	// block start under test to the file NRN_FUZZ_EPOCHS names, if set.
	var stats fuzzEpochStats
	f.Cleanup(func() {
		if stats.inputs > 0 {
			f.Logf("FuzzStepDifferential: %v", &stats)
		}
	})
	log := os.Getenv("NRN_FUZZ_EPOCHS")
	f.Fuzz(func(t *testing.T, data []byte) {
		w := stepDifferential(t, l1, data)
		stats.add(w)
		if log != "" && (w.epoch || w.carry || w.applied) {
			appendLine(t, log, w.String())
		}
	})
}

// appendLine appends line to the file at path (created if need be).
func appendLine(t *testing.T, path, line string) {
	fl, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err == nil {
		_, err = fmt.Fprintln(fl, line)
		err = errors.Join(err, fl.Close())
	}
	if err != nil {
		t.Fatal(err)
	}
}

// TestStepDifferentialRegressions replays the inputs on which FuzzStepDifferential found the
// Go side and L1 apart, each named by what it showed.
func TestStepDifferentialRegressions(t *testing.T) {
	l1 := newFuzzL1(t)
	for _, tc := range []struct {
		name string
		in   string // hex
	}{
		// Fees off: a commit from an address with no account (account 3) fails on its stake
		// and leaves an empty account of it in memory only (applyCommit's s.account); forced
		// entry 3 (its unstake) then fails on the nonce and is consumed, out of order here.
		// rollup.StepKeys listed the failed inner transaction's account as written, so the
		// witness wrote that empty account into the trie before proving the globals and L1
		// reverted (Invalid root hash) where it finds the step invalid: a lie about such a
		// step stood. The account is read only now.
		{"failed forced inner from an account only in memory", "0b2c7acd324ea7e1556e8bce5766a053b01f231d036ea3cd38ab8c3c3518e834d2640d7cd2b34ae18b"},
		// The consumed forced entry 0, a transfer whose inner transaction would apply: L1
		// applies the inner transaction before it checks the index, so the witness is that of
		// the entry at the right index (rollup.InvalidStepWitness builds it; it listed only the
		// failed inner transaction's reads, and L1 reverted).
		{"forced entry consumed already, inner valid", "07" + hex.EncodeToString(crypto.Keccak256([]byte("step fuzz kind"), []byte{7, 0}))},
	} {
		t.Run(tc.name, func(t *testing.T) { stepDifferential(t, l1, common.FromHex(tc.in)) })
	}
}

// stepDifferential is FuzzStepDifferential's check of one input on l1. It returns what its
// block start under test did with training-set epochs (fuzzEpochWorkAt; zero for other steps
// and for a block start the Go STF refuses).
func stepDifferential(t *testing.T, l1 *fuzzL1, data []byte) fuzzEpochWork {
	in := fuzzByte(data)
	kind := fuzzKind(in.next() % byte(fzKinds))
	rounds := kind == fzCommit || kind == fzReveal || kind == fzForcedRound || kind == fzLossProof || kind == fzBeginRound
	begin := kind == fzBegin || kind == fzBeginRound || kind == fzBeginEpoch
	addr := fuzzAddr
	// The fee rule: off, or on with a floor of 1..256 gwei a unit, a recipient among the
	// accounts or zero, and 0-100 % burnt, and a target of 20,000, 2,000, 200,000 or 1 unit.
	var fees rollup.FeeRule
	if r := in.next(); r%4 != 0 {
		fees = rollup.FeeRule{MinBaseFee: uint256.NewInt(uint64(in.next())+1).Mul(uint256.NewInt(uint64(in.next())+1), uint256.NewInt(1e9)),
			TargetUnits: 20_000, BurnBps: uint64(in.next()%5) * 2_500}
		if r%4 != 3 {
			fees.Recipient = addr(in.next())
		}
		if kind >= fzDeposit {
			fees.TargetUnits = []uint64{20_000, 2_000, 200_000, 1}[in.next()%4]
		}
	}
	cfg := &rollup.Config{ChainID: testL2ChainID, Rollup: l1.rollup, GenesisTime: 1, MinStake: uint256.NewInt(1),
		RewardDivisor: 100000, HalvingSeconds: rollup.HalvingSeconds4Years, ProverBps: testProverBps, Verifier: anyVerifier{}, Fees: fees,
		DeltaPeriod: fuzzEpochPeriod, MinDeltaDeposit: uint256.NewInt(1)} // the fuzz L1's (newFuzzL1)
	if rounds { // 0.001 to 0.193 NRN: the setup's stakes are 0 to 0.255 NRN
		cfg.MinStake = new(uint256.Int).Mul(uint256.NewInt(uint64(in.next()%4)*64+1), uint256.NewInt(1e15))
	}
	st, head, _, err := l2Genesis().State()
	if err != nil {
		t.Fatal(err)
	}
	// Block 1 funds each account (a deposit of 0..255 × 0.01 NRN; for a deposit step the
	// first of the Bridge's deposits instead), block 2 stakes part of it and spends a few
	// nonces; its failures are left out as a sequencer would.
	unit := uint256.NewInt(1e16)
	var block func(txs ...*rollup.Tx)
	block = func(txs ...*rollup.Tx) {
		hdr := &rollup.Header{Number: head.Number + 1, Time: head.Time + 1, L1Number: head.L1Number + 1,
			L1Hash: common.Hash{byte(head.Number)}}
		if err := st.BeginBlock(cfg, hdr); err != nil {
			t.Fatal(err)
		}
		for i, tx := range txs {
			_, _ = st.ApplyTx(cfg, tx, uint64(i))
		}
		if _, _, err := st.Commit(); err != nil {
			t.Fatal(err)
		}
		head = hdr
	}
	newDeposit := func(d rollup.Deposit) *rollup.Tx {
		tx, err := rollup.NewDeposit(&d)
		if err != nil {
			t.Fatal(err)
		}
		return tx
	}
	var deposits, setup []*rollup.Tx
	if kind == fzDeposit {
		for _, d := range l1.deposits[:int(in.next())%(fuzzDepositCount+1)] {
			deposits = append(deposits, newDeposit(d))
		}
	} else {
		for i := range fuzzKeys {
			b := in.next()
			if b%8 == 7 {
				continue // no account
			}
			amt := new(uint256.Int).Mul(uint256.NewInt(uint64(b)+1), unit)
			deposits = append(deposits, newDeposit(rollup.Deposit{L1Nonce: uint64(len(deposits)), To: addr(byte(i)), Amount: amt}))
		}
	}
	block(deposits...)
	for i, k := range fuzzKeys {
		n := st.Nonce(addr(byte(i)))
		if s := in.next(); s != 0 {
			tx, _ := rollup.SignTx(&rollup.Stake{Nonce: n, Amount: new(uint256.Int).Mul(uint256.NewInt(uint64(s)), uint256.NewInt(1e15))}, testL2ChainID, k)
			setup = append(setup, tx)
			n++
		}
		for range in.next() % 3 {
			tx, _ := rollup.SignTx(&rollup.Transfer{Nonce: n, To: addr(byte(i + 1)), Amount: uint256.NewInt(1)}, testL2ChainID, k)
			setup = append(setup, tx)
			n++
		}
	}
	block(setup...)
	useFee := new(uint256.Int)
	if kind == fzUseModel || kind == fzClaim || kind == fzForcedUse {
		useFee = fuzzModel(t, cfg, st, block, &in)
	}
	goal := byte(0) // fzBeginRound: what the block start under test does to MLSC 0
	if kind == fzBeginRound {
		goal = in.next() % 7
	}
	if rounds {
		fuzzRound(t, st, block, &in, kind == fzReveal || kind == fzLossProof || goal >= 2)
	}
	if kind == fzDelta || kind == fzForcedDelta {
		// MLSC 0's first proposal at height 16, so that fuzzDeltas' blocks (at most 17) stay in
		// its first epoch (fzDeltaEpoch crosses epochs).
		for head.Number < fuzzEpochPeriod-3 {
			block()
		}
		fuzzDeltas(t, st, block, &in)
	}
	if kind == fzBeginEpoch || kind == fzDeltaEpoch {
		goal := in.next() % 10 // drawn first: fuzzEpochs may use up the input
		if kind == fzDeltaEpoch && goal < 7 {
			goal = 0 // mostly right after fuzzEpochs' blocks: open epochs with proposals
		}
		fuzzEpochs(t, st, block, &in, goal)
		fuzzEpochGoal(st, block, goal)
	}
	if kind == fzLossProof && in.next()%4 != 0 { // mostly on to the proof phase
		for range 6 {
			if m, ok := st.MLSC(0); !ok || m.Phase != rollup.PhaseReveal {
				break
			}
			block()
		}
	}
	// proveRound applies a loss proof of MLSC 0's round 1 in Go, if it has a claim to prove:
	// a stand-in proof the setup's verifier accepts for that one block (L1's refuses it, so
	// the step under test never is one). The round is then proven and the block starts after
	// it release its claims and settle it.
	proveRound := func(from byte) {
		claim, err := st.ClaimOf(0, 1)
		if err != nil {
			return
		}
		saved := cfg.Verifier
		cfg.Verifier = claimHashVerifier{}
		tx, _ := rollup.SignTx(&rollup.LossProof{Nonce: st.Nonce(addr(from)), MLSC: 0, Round: 1, Proof: claimHashProof(claim)},
			testL2ChainID, fuzzKeys[int(from)%len(fuzzKeys)])
		block(tx)
		cfg.Verifier = saved
	}
	if kind == fzLossProof && in.next()%3 == 0 { // a proven round: a second proof of it is refused
		proveRound(in.next())
		for range in.next() % 3 {
			block()
		}
	}

	// A step that L1 holds the input of (a deposit, a forced entry) is valid there only if
	// it is the one L1 queued: queued says whether it is.
	queued := true
	var step *rollup.Tx // a deposit or forced entry, chosen before the step's block
	switch kind {
	case fzDeposit:
		m := int(st.Globals().DepositsConsumed)
		d := rollup.Deposit{L1Nonce: uint64(m), From: l1.holder, To: addr(0), Amount: unit.Clone()} // never queued
		if m < fuzzDepositCount {
			d = l1.deposits[m]
		}
		switch v := in.next(); v % 8 {
		case 4: // the one after
			d.L1Nonce++
			if m+1 < fuzzDepositCount {
				d = l1.deposits[m+1]
			}
		case 5:
			d.Amount = new(uint256.Int).AddUint64(d.Amount, 1+uint64(v>>3))
		case 6:
			d.To = addr(byte(m) + 1 + v>>3%3)
		case 7:
			if m > 0 && v>>3%2 == 0 { // replayed
				d = l1.deposits[m-1]
			} else {
				d.From = addr(v >> 3)
			}
		}
		queued = int(d.L1Nonce) < fuzzDepositCount && d == l1.deposits[d.L1Nonce]
		step = newDeposit(d)
	case fzForced, fzForcedRound, fzForcedUse, fzForcedDelta:
		// Consume entries 0..j-1 as a sequencer would, then entry j (or another).
		j := int(in.next()) % (fuzzForcedCount + 1)
		if kind == fzForcedRound { // mostly a commit or reveal entry
			if b := in.next(); b%4 != 0 {
				j = 8*int(b>>2%2) + 4 + int(b>>3%2)
			}
		}
		if kind == fzForcedUse { // mostly a use-model or claim-earnings entry
			if b := in.next(); b%4 != 0 {
				j = fuzzForcedCount + int(b>>2)%fuzzForcedEconomy
			}
		}
		if kind == fzForcedDelta { // mostly a training-set entry
			if b := in.next(); b%4 != 0 {
				j = fuzzForcedCount + fuzzForcedEconomy + int(b>>2)%fuzzForcedDelta
			}
		}
		var txs []*rollup.Tx
		for i := range j {
			f, err := rollup.NewForced(&rollup.Forced{Index: uint64(i), From: l1.holder, Tx: l1.forced[i]})
			if err != nil {
				t.Fatal(err)
			}
			txs = append(txs, f)
		}
		block(txs...)
		idx, raw := j, fuzzForcedTx(j)
		switch v := in.next(); v % 8 {
		case 5: // out of order
			idx, raw = j+1, fuzzForcedTx(j+1)
		case 6: // consumed already
			if j > 0 {
				idx, raw = j-1, fuzzForcedTx(j-1)
			}
		case 7: // other bytes than L1 queued
			raw = fuzzForcedTx(j + 1 + int(v>>3%7))
		}
		queued = idx < len(l1.forced) && bytes.Equal(raw, l1.forced[idx])
		// Bring the inner transaction's sender to its nonce (most of the time).
		if inner, err := rollup.DecodeTx(raw); err == nil && in.next()%4 != 0 {
			if from, err := inner.Sender(testL2ChainID); err == nil {
				var pad []*rollup.Tx
				i := slices.IndexFunc(fuzzKeys, func(k *ecdsa.PrivateKey) bool { return crypto.PubkeyToAddress(k.PublicKey) == from })
				for n := st.Nonce(from); n < inner.Nonce(); n++ {
					tx, _ := rollup.SignTx(&rollup.Transfer{Nonce: n, To: from, Amount: uint256.NewInt(1)}, testL2ChainID, fuzzKeys[i])
					pad = append(pad, tx)
				}
				block(pad...)
			}
		}
		f, err := rollup.NewForced(&rollup.Forced{Index: uint64(idx), From: l1.holder, Tx: raw})
		if err != nil {
			t.Fatal(err)
		}
		step = f
	case fzBeginRound:
		if m, ok := st.MLSC(0); ok && m.Phase == rollup.PhaseReveal && goal >= 3 {
			// Every trainer reveals (those that cannot fail and are left out): the proof window
			// then passes with up to four claims to release, two a block start.
			var txs []*rollup.Tx
			for i := range byte(len(fuzzKeys)) {
				tx, _ := rollup.SignTx(fuzzReveal(int(i), st.Nonce(fuzzAddr(i))), testL2ChainID, fuzzKeys[i])
				txs = append(txs, tx)
			}
			block(txs...)
		}
		// Maybe a second MLSC with other windows (due with MLSC 0 at times: one is carried),
		// then 0 to 23 blocks: the block start under test may end a commit, reveal or proof
		// window, slash, release claims, settle the round (MaxRounds 1: completion).
		if b := in.next(); b%2 == 1 {
			sp := testSpec()
			sp.CommitBlocks, sp.RevealBlocks, sp.ProofBlocks, sp.MaxRounds = 1+uint64(b>>1%4), 1+uint64(b>>3%4), 1+uint64(b>>5%4), 2
			tx, _ := rollup.SignTx(&rollup.CreateMLSC{Nonce: st.Nonce(addr(1)), Spec: sp, Bounty: uint256.NewInt(1)}, testL2ChainID, fuzzKeys[1])
			block(tx)
		}
		// Goal 6: the round proven (a stand-in proof, in its proof phase), then 0 to 3 blocks:
		// the block start under test releases its claims or settles it.
		if goal == 6 {
			for range 12 {
				if m, ok := st.MLSC(0); !ok || m.Phase != rollup.PhaseReveal {
					break
				}
				block()
			}
			proveRound(in.next())
			for range in.next() % 4 {
				block()
			}
		}
		// Blocks until the next block start ends MLSC 0's commit window (goal 1), its reveal
		// window (2), its proof window (3), or works on a slashed round: releases or settles it
		// (4); else (0, 5, 6) 0 to 23 blocks (6: none).
		reached := func() bool {
			m, ok := st.MLSC(0)
			r, _ := st.Round(0, m.Round)
			next := head.Number + 1
			switch {
			case !ok:
				return true
			case goal == 1:
				return m.Phase != rollup.PhaseCommit || next >= m.CommitEnd()
			case goal == 2:
				return m.Phase == rollup.PhaseReveal && next >= m.RevealEnd() || m.Phase > rollup.PhaseReveal
			case goal == 3:
				return m.Phase == rollup.PhaseProof && next >= m.ProofEnd() || m.Phase == rollup.PhaseDone
			case goal == 4:
				return r.Slashed || m.Phase == rollup.PhaseDone
			}
			return true
		}
		if goal == 0 || goal == 5 {
			for range in.next() % 24 {
				block()
			}
		}
		for range 40 {
			if reached() {
				break
			}
			block()
		}
	case fzBegin:
		if in.next()%8 == 0 { // an MLSC exists: L1 re-executes the block start (StepBlocks)
			tx, _ := rollup.SignTx(&rollup.CreateMLSC{Nonce: st.Nonce(addr(0)), Spec: testSpec(), Bounty: uint256.NewInt(1)}, testL2ChainID, fuzzKeys[0])
			block(tx)
		}
		// A block of random fee units: up to five transfers of random accounts.
		var txs []*rollup.Tx
		nonces := map[byte]uint64{}
		for range in.next() % 6 {
			i := in.next() % 4
			if _, ok := nonces[i]; !ok {
				nonces[i] = st.Nonce(addr(i))
			}
			tx, _ := rollup.SignTx(&rollup.Transfer{Nonce: nonces[i], To: addr(i + 1), Amount: uint256.NewInt(uint64(in.next()) * 1e13)}, testL2ChainID, fuzzKeys[i])
			nonces[i]++
			txs = append(txs, tx)
		}
		block(txs...)
	}

	hdr := &rollup.Header{Number: head.Number + 1, Time: head.Time + 1, L1Number: head.L1Number + 1, L1Hash: common.Hash{0xb1}}
	// The header's fields right, equal to the parent's, one less, or more (after fuzzEpochs one
	// time in four: its block start is there for the epoch work).
	if begin && (kind != fzBeginEpoch || in.next()%4 == 0) {
		move := func(v uint64) uint64 {
			switch b := in.next(); b % 8 {
			case 5:
				return v - 1
			case 6:
				return v - 2
			case 7:
				return v + uint64(b)
			}
			return v
		}
		hdr.Number, hdr.Time, hdr.L1Number = move(hdr.Number), move(hdr.Time), move(hdr.L1Number)
		hdr.L1Hash = common.Hash{in.next()}
	}
	target := 1 // step 0 the block start, step 1 the step under test
	if begin {
		target = 0
	}
	var epochWork fuzzEpochWork // what the block start under test does with epochs
	if begin {
		epochWork = fuzzEpochWorkAt(st, hdr.Number)
	}
	tr := rollup.NewTracer(cfg, target)
	var pre common.Hash
	var goErr error
	var input []byte
	desc := fuzzKindNames[kind]
	if begin {
		if pre, err = st.StepRoot(); err != nil {
			t.Fatal(err)
		}
		input = rollup.BeginStepInput(hdr)
		goErr = tr.BeginBlock(st, hdr)
		desc = fmt.Sprintf("%s %d time %d L1 %d after %d, %d, %d (%v)", desc, hdr.Number, hdr.Time, hdr.L1Number, head.Number, head.Time, head.L1Number, epochWork)
		if goErr != nil {
			epochWork = fuzzEpochWork{}
		}
	} else {
		if err := tr.BeginBlock(st, hdr); err != nil {
			t.Fatal(err)
		}
		pre = tr.Leaves()[0].Root
		if step == nil {
			step = fuzzSigned(t, cfg, st, kind, useFee, &in)
		}
		input = step.Encode()
		_, goErr = tr.ApplyTx(st, step, 0)
		desc = fmt.Sprintf("%s %x", desc, input)
	}
	var witness [][]byte
	if goErr == nil {
		witness = tr.Witness()
	} else if witness, err = rollup.InvalidStepWitness(cfg, st, input); err != nil {
		t.Fatal(err)
	}
	ctx := bindings.StepStateContext{ChainId: cfg.ChainID, Rollup: l1.rollup, Bridge: l1.bridge, Fees: bindings.StepStateFeeRule{
		MinBaseFee: fees.MinBaseFee.ToBig(), TargetUnits: fees.TargetUnits, BurnBps: fees.BurnBps, Recipient: fees.Recipient},
		MinStake: cfg.MinStake.ToBig()}
	if fees.MinBaseFee == nil {
		ctx.Fees.MinBaseFee = new(big.Int)
	}
	raw, err := l1.inst.CallRaw(nil, l1.sv.PackExecute(ctx, pre, input, witness))
	if err != nil {
		t.Fatalf("%s (Go STF: %v): L1 reverts: %v", desc, goErr, err)
	}
	out, err := l1.sv.UnpackExecute(raw)
	if err != nil {
		t.Fatal(err)
	}
	var post common.Hash
	if goErr == nil {
		post = tr.Leaves()[target].Root
	}
	switch want := goErr == nil && queued; {
	case out.Valid != want:
		t.Fatalf("%s: L1 valid=%v, Go STF %v (L1 queued it: %v)", desc, out.Valid, goErr, queued)
	case want && common.Hash(out.PostRoot) != post:
		t.Fatalf("%s: L1 root %x, Go STF %x", desc, out.PostRoot, post)
	case want && !slices.Equal(hashes(out.MessageLeaves), tr.Steps()[target].Messages):
		t.Fatalf("%s: L1 made messages %x, Go STF %x", desc, out.MessageLeaves, tr.Steps()[target].Messages)
	case goErr != nil && !slices.ContainsFunc(fuzzExpected, func(e error) bool { return errors.Is(goErr, e) }):
		t.Fatalf("%s: an STF rejection the target does not expect: %v", desc, goErr)
	}
	return epochWork
}

// hashes converts leaves to hashes (nil for none, as a TraceStep without messages has).
func hashes(leaves [][32]byte) []common.Hash {
	var out []common.Hash
	for _, l := range leaves {
		out = append(out, l)
	}
	return out
}

// fuzzExpected are the STF rejections FuzzStepDifferential's steps may meet.
var fuzzExpected = []error{rollup.ErrNonce, rollup.ErrBalance, rollup.ErrFee, rollup.ErrFeeCap, rollup.ErrZeroAmount, rollup.ErrStake,
	rollup.ErrZeroRecipient, rollup.ErrUnknownMLSC, rollup.ErrNoModel, rollup.ErrUseFee, rollup.ErrNotContributor, rollup.ErrNothingOwed,
	rollup.ErrBlock, rollup.ErrDepositOrder, rollup.ErrForcedOrder, rollup.ErrWrongRound, rollup.ErrWrongPhase, rollup.ErrDoubleCommit,
	rollup.ErrCommitReused, rollup.ErrRoundFull, rollup.ErrNoCommit, rollup.ErrCommitMatch, rollup.ErrReplay, rollup.ErrNoImprovement,
	rollup.ErrTxEncoding, rollup.ErrBadSpec, rollup.ErrUnsupported, rollup.ErrLowBounty, rollup.ErrBadProof, rollup.ErrNoClaim,
	rollup.ErrNoProposal, rollup.ErrVote, rollup.ErrPeriod, rollup.ErrTooManyItems, rollup.ErrDelta, rollup.ErrDeltaRoot,
	rollup.ErrDeltaShape, rollup.ErrDeltaData}

// fuzzSpec is testSpec (supported by the fuzz chain) or, by b, with one field from in: one
// layer, an unsupported shape, sample count or dataset size, any loss, optimizer, dataset CID
// length or commit window, initial weights with or without a checkpoint CID, a deadline
// around the block's L1 view, a use fee (zero too, present in the encoding), every optional
// field, or no batch size or rounds.
func fuzzSpec(b byte, in *fuzzByte) rollup.MLSCSpec {
	s := testSpec()
	switch b % 16 {
	case 1:
		s.Layers = []uint32{16}
	case 2:
		s.Layers = []uint32{16, 8, uint32(in.next() % 8)}
	case 3:
		s.Loss = in.next() % 4
	case 4:
		s.SampleCount = uint32(in.next()) << (in.next() % 4 * 4)
	case 5:
		s.DatasetSize = uint64(in.next()) << (in.next() % 64)
	case 6:
		s.DatasetCID = bytes.Repeat([]byte{'d'}, int(in.next()))
	case 7:
		s.InitCheckpointCID, s.InitWeights = []byte("init"), common.Hash{in.next() % 2}
	case 8:
		s.InitWeights = common.Hash{1} // without a checkpoint CID
	case 9:
		s.DeadlineL1 = uint64(in.next() % 8)
	case 10:
		s.UseFee = uint256.NewInt(uint64(in.next() % 2))
	case 11:
		s.CommitBlocks = uint64(in.next()) << 13
	case 12:
		s.Optimizer = in.next() % 4
	case 13:
		s.BatchSize, s.MaxRounds = uint32(in.next()%2), uint32(in.next()%2)
	case 14:
		s.DeadlineL1, s.InitCheckpointCID, s.InitWeights, s.UseFee = 1<<40, []byte("init"), common.Hash{7}, uint256.NewInt(5)
	}
	return s
}

// fuzzSigned draws FuzzStepDifferential's signed transaction of kind from in, on st (whose
// step block has begun): the sender, nonce (right, one more, one less), fee cap (none, below,
// at, above the base fee), recipient, MLSC (mostly 0; 1 does not exist) and the kind's amount,
// use fee, commitment or reveal.
func fuzzSigned(t *testing.T, cfg *rollup.Config, st *rollup.State, kind fuzzKind, useFee *uint256.Int, in *fuzzByte) *rollup.Tx {
	fromIdx := in.next()
	from := fuzzAddr(fromIdx)
	acc := st.Account(from)
	base := st.BaseFee()
	if base == nil {
		base = new(uint256.Int)
	}
	nonce := acc.Nonce
	switch in.next() % 8 {
	case 1:
		nonce++
	case 2:
		nonce-- // wraps at 0
	}
	var capv *uint256.Int
	switch in.next() % 4 {
	case 1:
		capv = new(uint256.Int).Sub(base, uint256.NewInt(1)) // below (or wrapped to the max)
	case 2:
		capv = base.Clone()
	case 3:
		capv = new(uint256.Int).Add(base, uint256.NewInt(uint64(in.next())))
	}
	to := fuzzAddr(in.next()) // the sender itself, the fee recipient, another account
	if kind == fzWithdraw && in.next()%8 == 0 {
		to = common.Address{}
	}
	mlsc := uint64(in.next() % 4 / 3) // mostly the model's (0); MLSC 1 does not exist
	var round *rollup.Reveal
	var commitment common.Hash
	switch kind {
	case fzCommit: // its own commitment, another's, or any
		switch b := in.next(); b % 4 {
		case 1:
			commitment = fuzzCommitment(int(fromIdx) + 1 + int(b>>2%3))
		case 2:
			commitment = common.Hash{b}
		default:
			commitment = fuzzCommitment(int(fromIdx))
		}
	case fzReveal: // its own reveal, or with a wrong salt or loss, and CIDs of 1, 0, 128 or 129 bytes
		round = fuzzReveal(int(fromIdx), 0)
		b := in.next()
		switch b % 8 {
		case 5:
			round.Salt[31] ^= 1
		case 6:
			round.ClaimedLossSum--
		}
		cid := func(c byte) []byte {
			switch c % 16 {
			case 4:
				return nil
			case 5:
				return bytes.Repeat([]byte{'c'}, rollup.MaxCIDLen)
			case 6:
				return bytes.Repeat([]byte{'c'}, rollup.MaxCIDLen+1)
			}
			return []byte("c")
		}
		round.CheckpointCID, round.TraceCID = cid(in.next()), cid(in.next())
	}
	var spec rollup.MLSCSpec
	if kind == fzCreate {
		spec = fuzzSpec(in.next(), in)
	}
	var deltaKind byte
	var deltaIn fuzzByte // the delta body's bytes, read the same at each sign
	if kind == fzDelta || kind == fzDeltaEpoch {
		deltaKind, mlsc = in.next(), uint64(in.next()%8/3) // mostly MLSC 0; 1 has no epoch, 2 does not exist
		deltaIn = *in
		in.next()
	}
	var proof []byte
	var rewardTo common.Address
	if kind == fzLossProof {
		b := in.next()
		proof = make([]byte, []int{0, 255, 256, 384}[b%4])
		for i := range proof {
			proof[i] = in.next() ^ byte(i)
		}
		if b&4 != 0 {
			rewardTo = fuzzAddr(in.next())
		}
	}
	rnd := uint64(1)
	if (kind == fzCommit || kind == fzReveal || kind == fzLossProof) && in.next()%8 == 7 {
		rnd = 2
	}
	sign := func(amount *uint256.Int) *rollup.Tx {
		var d rollup.TxData
		switch kind {
		case fzTransfer:
			d = &rollup.Transfer{Nonce: nonce, To: to, Amount: amount}
		case fzWithdraw:
			d = &rollup.Withdraw{Nonce: nonce, To: to, Amount: amount}
		case fzUseModel:
			d = &rollup.UseModel{Nonce: nonce, MLSC: mlsc, Fee: amount}
		case fzClaim:
			d = &rollup.ClaimEarnings{Nonce: nonce, MLSC: mlsc}
		case fzStake:
			d = &rollup.Stake{Nonce: nonce, Amount: amount}
		case fzUnstake:
			d = &rollup.Unstake{Nonce: nonce, Amount: amount}
		case fzCommit:
			d = &rollup.Commit{Nonce: nonce, MLSC: mlsc, Round: rnd, Commitment: commitment}
		case fzReveal:
			r := *round
			r.Nonce, r.MLSC, r.Round = nonce, mlsc, rnd
			d = &r
		case fzCreate:
			d = &rollup.CreateMLSC{Nonce: nonce, Spec: spec, Bounty: amount}
		case fzLossProof:
			d = &rollup.LossProof{Nonce: nonce, MLSC: mlsc, Round: rnd, Proof: proof, RewardTo: rewardTo}
		case fzDelta, fzDeltaEpoch:
			di := deltaIn
			d = fuzzDeltaTx(deltaKind, nonce, mlsc, amount, &di)
			if kind == fzDeltaEpoch {
				fuzzEpochProposal(st, d)
			}
		default:
			t.Fatalf("fuzzSigned: kind %d", kind)
		}
		var tx *rollup.Tx
		var err error
		if capv == nil {
			tx, err = rollup.SignTx(d, testL2ChainID, fuzzKeys[int(fromIdx)%len(fuzzKeys)])
		} else {
			tx, err = rollup.SignTxCap(d, testL2ChainID, capv, fuzzKeys[int(fromIdx)%len(fuzzKeys)])
		}
		if err != nil {
			t.Fatal(err)
		}
		return tx
	}
	// The amount: zero, the balance, the balance less the fee, the stake, one over it, a
	// small one.
	probe := sign(uint256.NewInt(1))
	fee := cfg.Fee(probe, base)
	var amount *uint256.Int
	pick := in.next()
	switch pick % 6 {
	case 5:
		amount = new(uint256.Int)
	case 1:
		amount = acc.Balance.Clone()
	case 2:
		amount = new(uint256.Int).Sub(acc.Balance, fee)
		if acc.Balance.Lt(fee) {
			amount.Clear()
		}
	case 3:
		amount = acc.Stake.Clone()
	case 4:
		amount = new(uint256.Int).AddUint64(acc.Stake, 1)
	default:
		amount = new(uint256.Int).Mul(uint256.NewInt(uint64(pick)+1), uint256.NewInt(1e14))
	}
	if kind == fzUseModel { // the model's use fee, or one more or less
		switch amount = useFee.Clone(); pick % 4 {
		case 1:
			amount.AddUint64(amount, 1)
		case 2:
			if !amount.IsZero() {
				amount.SubUint64(amount, 1)
			}
		}
	}
	return sign(amount)
}
