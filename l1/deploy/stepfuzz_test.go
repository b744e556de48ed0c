package deploy_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/l1/bindings"
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

// stepFuzzVerifier deploys a FaultProver (and so its StepVerifier) alone on a fresh simulated
// L1: the signed types the fuzz target sends read nothing of the Rollup or the Bridge.
func stepFuzzVerifier(tb testing.TB) (*bindings.StepVerifier, *bind.BoundContract) {
	tb.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		tb.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	// No eth_call time limit (go-ethereum's default is 5 s): on a loaded machine a slow call is
	// not a disagreement.
	chain := simchain.New(types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))}},
		func(_ *node.Config, ec *ethconfig.Config) { ec.RPCEVMTimeout = 0 })
	tb.Cleanup(func() { _ = chain.Close() })
	opts := bind.NewKeyedTransactor(key, big.NewInt(simchain.ChainID))
	deploy := func(meta *bind.MetaData, args []byte) common.Address {
		addr, tx, err := bind.DeployContract(opts, common.FromHex(meta.Bin), chain, args)
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := bind.WaitMined(context.Background(), chain, tx.Hash()); err != nil {
			tb.Fatal(err)
		}
		return addr
	}
	fp := bindings.NewFaultProver()
	trie := deploy(&bindings.StepTrieMetaData, nil)
	rounds := deploy(&bindings.StepRoundsMetaData, bindings.NewStepRounds().PackConstructor(trie))
	addr := deploy(&bindings.FaultProverMetaData, fp.PackConstructor(trie, rounds))
	out, err := fp.Instance(chain, addr).CallRaw(nil, fp.PackStepVerifier())
	if err != nil {
		tb.Fatal(err)
	}
	svAddr, err := fp.UnpackStepVerifier(out)
	if err != nil {
		tb.Fatal(err)
	}
	sv := bindings.NewStepVerifier()
	return sv, sv.Instance(chain, svAddr)
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

// FuzzStepDifferential: from a random small L2 state (up to four accounts with random
// balances, stakes and nonces, a random fee rule and so base fee, for paid use a model played
// to its end or not: fuzzModel) a random transfer, withdrawal, stake, unstake, use-model or
// claim-earnings (valid or not: wrong nonce, use fees off by one, unknown MLSCs, claims by
// non-contributors and with nothing owed, amounts of zero, of the balance, of
// the balance less the fee, of the stake and one over, caps below, at and above the base fee,
// self-transfers, the fee recipient as sender or recipient, zero recipients) is applied by the
// Go STF and re-executed by the StepVerifier on the simulated L1; both must agree on whether
// it applies and on the state root after it. Each input costs one eth_call of the
// re-execution (about 7 ms on two cores), so make fuzz runs it for FUZZTIME_SLOW (5000x,
// about 35 s) rather than the 30,000 inputs of the other targets (over 2 minutes).
func FuzzStepDifferential(f *testing.F) {
	for i := range 16 {
		f.Add(crypto.Keccak256([]byte("step fuzz seed"), []byte{byte(i)}))
	}
	// Fees off, four funded accounts: a use of a finished model by account 3, and the trainer's
	// (account 1) claim after account 3's use.
	f.Add([]byte{4, 0, 100, 100, 100, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 0, 3, 0, 0, 0, 0, 0})
	f.Add([]byte{5, 0, 100, 100, 100, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 1, 3, 1, 0, 0, 0, 0, 0})
	sv, inst := stepFuzzVerifier(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		in := fuzzByte(data)
		typ := []rollup.TxType{rollup.TxTransfer, rollup.TxWithdraw, rollup.TxStake, rollup.TxUnstake,
			rollup.TxUseModel, rollup.TxClaimEarnings}[in.next()%6]
		addr := func(i byte) common.Address { return crypto.PubkeyToAddress(fuzzKeys[int(i)%len(fuzzKeys)].PublicKey) }
		// The fee rule: off, or on with a floor of 1..256 gwei a unit, a recipient among the
		// accounts or zero, and 0-100 % burnt.
		var fees rollup.FeeRule
		if r := in.next(); r%4 != 0 {
			fees = rollup.FeeRule{MinBaseFee: uint256.NewInt(uint64(in.next())+1).Mul(uint256.NewInt(uint64(in.next())+1), uint256.NewInt(1e9)),
				TargetUnits: 20_000, BurnBps: uint64(in.next()%5) * 2_500}
			if r%4 != 3 {
				fees.Recipient = addr(in.next())
			}
		}
		cfg := &rollup.Config{ChainID: testL2ChainID, Rollup: common.Address{0x11}, GenesisTime: 1, MinStake: uint256.NewInt(1),
			RewardDivisor: 100000, HalvingSeconds: rollup.HalvingSeconds4Years, Verifier: anyVerifier{}, Fees: fees}
		st, head, _, err := l2Genesis().State()
		if err != nil {
			t.Fatal(err)
		}
		// Block 1 funds each account (a deposit of 0..255 × 0.01 NRN), block 2 stakes part of
		// it and spends a few nonces; its failures are left out as a sequencer would.
		unit := uint256.NewInt(1e16)
		var block func(txs ...*rollup.Tx)
		block = func(txs ...*rollup.Tx) {
			hdr := &rollup.Header{Number: head.Number + 1, Time: head.Time + 1}
			if err := st.BeginBlock(cfg, hdr); err != nil {
				t.Fatal(err)
			}
			for _, tx := range txs {
				_, _ = st.ApplyTx(cfg, tx, 0)
			}
			if _, _, err := st.Commit(); err != nil {
				t.Fatal(err)
			}
			head = hdr
		}
		var deposits, setup []*rollup.Tx
		for i := range fuzzKeys {
			b := in.next()
			if b%8 == 7 {
				continue // no account
			}
			amt := new(uint256.Int).Mul(uint256.NewInt(uint64(b)+1), unit)
			d, err := rollup.NewDeposit(&rollup.Deposit{L1Nonce: uint64(len(deposits)), To: addr(byte(i)), Amount: amt})
			if err != nil {
				t.Fatal(err)
			}
			deposits = append(deposits, d)
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
		if typ == rollup.TxUseModel || typ == rollup.TxClaimEarnings {
			useFee = fuzzModel(t, cfg, st, block, &in)
		}
		hdr := &rollup.Header{Number: head.Number + 1, Time: head.Time + 1}
		tr := rollup.NewTracer(cfg, 1) // step 0 the block start, step 1 the transaction
		if err := tr.BeginBlock(st, hdr); err != nil {
			t.Fatal(err)
		}

		// The transaction.
		fromIdx := in.next()
		from := addr(fromIdx)
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
		to := addr(in.next()) // the sender itself, the fee recipient, another account
		if typ == rollup.TxWithdraw && in.next()%8 == 0 {
			to = common.Address{}
		}
		mlsc := uint64(in.next() % 4 / 3) // mostly the model's (0); MLSC 1 does not exist
		sign := func(amount *uint256.Int) *rollup.Tx {
			var d rollup.TxData
			switch typ {
			case rollup.TxTransfer:
				d = &rollup.Transfer{Nonce: nonce, To: to, Amount: amount}
			case rollup.TxWithdraw:
				d = &rollup.Withdraw{Nonce: nonce, To: to, Amount: amount}
			case rollup.TxUseModel:
				d = &rollup.UseModel{Nonce: nonce, MLSC: mlsc, Fee: amount}
			case rollup.TxClaimEarnings:
				d = &rollup.ClaimEarnings{Nonce: nonce, MLSC: mlsc}
			case rollup.TxStake:
				d = &rollup.Stake{Nonce: nonce, Amount: amount}
			default:
				d = &rollup.Unstake{Nonce: nonce, Amount: amount}
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
		if typ == rollup.TxUseModel { // the model's use fee, or one more or less
			switch amount = useFee.Clone(); pick % 4 {
			case 1:
				amount.AddUint64(amount, 1)
			case 2:
				if !amount.IsZero() {
					amount.SubUint64(amount, 1)
				}
			}
		}
		tx := sign(amount)

		input := tx.Encode()
		pre := tr.Leaves()[0].Root
		_, goErr := tr.ApplyTx(st, tx, 0)
		var witness [][]byte
		if goErr == nil {
			witness = tr.Witness()
		} else if witness, err = rollup.InvalidStepWitness(cfg, st, input); err != nil {
			t.Fatal(err)
		}
		ctx := bindings.StepStateContext{ChainId: cfg.ChainID, Rollup: cfg.Rollup, Fees: bindings.StepStateFeeRule{
			MinBaseFee: fees.MinBaseFee.ToBig(), TargetUnits: fees.TargetUnits, BurnBps: fees.BurnBps, Recipient: fees.Recipient},
			MinStake: cfg.MinStake.ToBig()}
		if fees.MinBaseFee == nil {
			ctx.Fees.MinBaseFee = new(big.Int)
		}
		raw, err := inst.CallRaw(nil, sv.PackExecute(ctx, pre, input, witness))
		if err != nil {
			t.Fatalf("%s (Go STF: %v): L1 reverts: %v", typ, goErr, err)
		}
		out, err := sv.UnpackExecute(raw)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case out.Valid != (goErr == nil):
			t.Fatalf("%s from %s amount %s: L1 valid=%v, Go STF %v", typ, from, amount.Dec(), out.Valid, goErr)
		case goErr == nil && common.Hash(out.PostRoot) != tr.Leaves()[1].Root:
			t.Fatalf("%s from %s amount %s: L1 root %x, Go STF %x", typ, from, amount.Dec(), out.PostRoot, tr.Leaves()[1].Root)
		case goErr != nil && !errors.Is(goErr, rollup.ErrNonce) && !errors.Is(goErr, rollup.ErrBalance) && !errors.Is(goErr, rollup.ErrFee) &&
			!errors.Is(goErr, rollup.ErrFeeCap) && !errors.Is(goErr, rollup.ErrZeroAmount) && !errors.Is(goErr, rollup.ErrStake) &&
			!errors.Is(goErr, rollup.ErrZeroRecipient) && !errors.Is(goErr, rollup.ErrUnknownMLSC) && !errors.Is(goErr, rollup.ErrNoModel) &&
			!errors.Is(goErr, rollup.ErrUseFee) && !errors.Is(goErr, rollup.ErrNotContributor) && !errors.Is(goErr, rollup.ErrNothingOwed):
			t.Fatalf("%s: an STF rejection the target does not expect: %v", typ, goErr)
		}
	})
}
