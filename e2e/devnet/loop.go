package devnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/l1/batchrecord"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/trainer"
)

func (n *network) initTrainers(ctx context.Context) error {
	for _, a := range n.trainers {
		cfg := trainer.DefaultConfig()
		cfg.DataDir = filepath.Join(n.cfg.DataDir, a.name)
		cfg.MLSCs = []uint64{n.mlscID}
		cfg.MinStake = uint256.MustFromBig(nrn(100))
		cfg.PollInterval = n.cfg.BlockTime
		cfg.Threads = 1
		d, err := trainer.New(cfg, trainer.Deps{Log: n.log.New("svc", a.name), Key: a.key, Sequencer: n.client, DA: n.store})
		if err != nil {
			return fmt.Errorf("%s: %w", a.name, err)
		}
		if err := d.Start(ctx); err != nil {
			return fmt.Errorf("%s: %w", a.name, err)
		}
		n.daemons = append(n.daemons, d)
	}
	n.printf("trainers %s and %s staked and following MLSC %d", n.trainers[0].addr, n.trainers[1].addr, n.mlscID)
	return nil
}

// withdrawal tracks one L2→L1 withdrawal of amount from who's L2 account to
// its L1 address through its stages: sent on L2, settled in a batch, the
// batch final, claimed on the L1 Bridge. Before and After are who's L1 NRN
// balance just before and after the claim, which must differ by amount.
type withdrawal struct {
	who     actor
	amount  *big.Int
	what    string // for the progress lines: "50 NRN", "its creator share"
	id      uint64
	sent    bool
	claimed bool
	batch   uint64
	before  *big.Int
	after   *big.Int
}

func (n *network) l1Balance(ctx context.Context, a common.Address) (*big.Int, error) {
	return bind.Call(n.dep.NRN.Instance, &bind.CallOpts{Context: ctx}, n.dep.NRN.Binding.PackBalanceOf(a), n.dep.NRN.Binding.UnpackBalanceOf)
}

// stepWithdrawal moves w on by at most one stage; it returns nil while the
// withdrawal waits for its batch to be on L1 and final.
func (n *network) stepWithdrawal(ctx context.Context, w *withdrawal) error {
	if w.claimed {
		return nil
	}
	if !w.sent {
		amt, _ := uint256.FromBig(w.amount)
		rc, err := n.client.Submit(ctx, w.who.key, l2ChainID, func(nonce uint64) rollup.TxData {
			return &rollup.Withdraw{Nonce: nonce, To: w.who.addr, Amount: amt}
		})
		if err != nil {
			return fmt.Errorf("%s withdraws %s: %w", w.who.name, w.what, err)
		}
		w.id, w.sent = *rc.Withdrawal, true
		n.printf("%s withdrew %s (%s wei) L2→L1 (withdrawal %d, L2 block %d)", w.who.name, w.what, w.amount, w.id, rc.Height)
		return nil
	}
	p, err := n.client.WithdrawalProof(ctx, w.id)
	if err != nil || !p.Settled {
		return nil // not batched or not on L1 yet
	}
	final, err := bind.Call(n.dep.Rollup.Instance, &bind.CallOpts{Context: ctx}, n.dep.Rollup.Binding.PackIsFinalized(uint64(p.BatchIndex)), n.dep.Rollup.Binding.UnpackIsFinalized)
	if err != nil || !final {
		return err
	}
	if p.To != w.who.addr || p.Amount.ToInt().Cmp(w.amount) != 0 {
		return fmt.Errorf("withdrawal %d pays %s to %s, %s asked %s to itself", w.id, p.Amount.ToInt(), p.To, w.who.name, w.amount)
	}
	proof := make([][32]byte, len(p.Proof))
	for i, h := range p.Proof {
		proof[i] = h
	}
	if w.before, err = n.l1Balance(ctx, w.who.addr); err != nil {
		return err
	}
	rec, err := batchrecord.Read(ctx, n.chain, n.dep.Rollup.Address, n.dep.Block, uint64(p.BatchIndex))
	if err != nil {
		return fmt.Errorf("claim withdrawal %d: %w", w.id, err)
	}
	br := n.dep.Bridge
	if _, err := n.send(ctx, w.who, br.Instance, br.Binding.PackClaimWithdrawal(rec, uint64(p.ID), p.From, p.To, p.Amount.ToInt(), proof)); err != nil {
		return fmt.Errorf("claim withdrawal %d: %w", w.id, err)
	}
	if w.after, err = n.l1Balance(ctx, w.who.addr); err != nil {
		return err
	}
	if got := new(big.Int).Sub(w.after, w.before); got.Cmp(w.amount) != 0 {
		return fmt.Errorf("withdrawal %d paid %s on L1, want %s", w.id, got, w.amount)
	}
	w.claimed, w.batch = true, uint64(p.BatchIndex)
	n.printf("%s claimed withdrawal %d on L1 from finalized batch %d: L1 NRN %s -> %s (+%s)", w.who.name, w.id, p.BatchIndex, w.before, w.after, w.amount)
	return nil
}

// l1Stats reads what has settled on L1.
type l1Stats struct {
	batches, proofs, deposits, claims int
	minted                            int // ModelNFT tokens
	lastDigest                        *big.Int
	lastProof                         []byte
	// verified are the proofs L1 verified: the MLSC and round from the
	// sequencer's batch record, the digest from L1's event.
	verified []verifiedProof
}

// verifiedProof is one loss proof L1 verified.
type verifiedProof struct {
	MLSC, Round uint64
	Digest      common.Hash
}

func (n *network) readL1(ctx context.Context) (*l1Stats, error) {
	co := &bind.CallOpts{Context: ctx}
	r, br := n.dep.Rollup, n.dep.Bridge
	batches, err := bind.Call(r.Instance, co, r.Binding.PackBatchCount(), r.Binding.UnpackBatchCount)
	if err != nil {
		return nil, err
	}
	deps, err := bind.Call(br.Instance, co, br.Binding.PackDepositCount(), br.Binding.UnpackDepositCount)
	if err != nil {
		return nil, err
	}
	st := &l1Stats{batches: int(batches), deposits: int(deps)}
	it, err := bind.FilterEvents(r.Instance, &bind.FilterOpts{Start: n.dep.Block, Context: ctx}, r.Binding.UnpackProofVerifiedEvent)
	if err != nil {
		return nil, err
	}
	for it.Next() {
		st.proofs++
		st.lastDigest = it.Value().Digest
		st.lastProof = nil
		if rec := n.batchProof(it.Value().BatchIndex, it.Value().ProofIndex); rec != nil {
			st.lastProof = rec.Proof
			st.verified = append(st.verified, verifiedProof{MLSC: rec.MLSC, Round: rec.Round, Digest: common.BigToHash(it.Value().Digest)})
		}
	}
	if err := errors.Join(it.Error(), it.Close()); err != nil {
		return nil, err
	}
	cl, err := bind.FilterEvents(br.Instance, &bind.FilterOpts{Start: n.dep.Block, Context: ctx}, br.Binding.UnpackWithdrawalClaimedEvent)
	if err != nil {
		return nil, err
	}
	for cl.Next() {
		st.claims++
	}
	if err := errors.Join(cl.Error(), cl.Close()); err != nil {
		return nil, err
	}
	nft := n.dep.ModelNFT
	mi, err := bind.FilterEvents(nft.Instance, &bind.FilterOpts{Start: n.dep.Block, Context: ctx}, nft.Binding.UnpackModelMintedEvent)
	if err != nil {
		return nil, err
	}
	for mi.Next() {
		st.minted++
	}
	return st, errors.Join(mi.Error(), mi.Close())
}

// batchProof is the sequencer's record of proof idx of batch, nil if it
// has none.
func (n *network) batchProof(batch uint64, idx *big.Int) *rollup.ProofRecord {
	rec, err := n.seq.Store().Batch(batch)
	if err != nil || !idx.IsUint64() || idx.Uint64() >= uint64(len(rec.Proofs)) {
		return nil
	}
	return &rec.Proofs[idx.Uint64()]
}

// verifyGas is the gas of a standalone verifyProof call to the model's
// circuit's verifier for a proof that L1 accepted, without the 21,000
// intrinsic transaction gas.
func (n *network) verifyGas(ctx context.Context, st *l1Stats) (int, error) {
	if st.lastProof == nil {
		return 0, nil
	}
	to, ok := n.dep.Verifiers[n.model.params.String()]
	if !ok {
		return 0, fmt.Errorf("no verifier deployed for %s", n.model.params)
	}
	// LossVerifier and BatchLossVerifier share verifyProof(bytes, uint256[1]).
	data := n.dep.LossVerifier.Binding.PackVerifyProof(st.lastProof, [1]*big.Int{st.lastDigest})
	g, err := n.chain.EstimateGas(ctx, ethereum.CallMsg{From: n.user.addr, To: &to, Data: data})
	if err != nil {
		return 0, fmt.Errorf("estimate verifyProof gas: %w", err)
	}
	return int(g) - 21000, nil
}

func (n *network) loop(ctx context.Context) (*Summary, error) {
	w, df, mf, ef := &withdrawal{who: n.user, amount: nrn(50), what: "50 NRN"}, &deltaFlow{}, &mintFlow{}, &earnFlow{}
	fc := &feeCount{}
	t := time.NewTicker(time.Second)
	defer t.Stop()
	lastLine, lastPrint := "", time.Now()
	var sum Summary
	for {
		if err := n.stepWithdrawal(ctx, w); err != nil {
			return nil, err
		}
		m, err := n.client.MLSC(ctx, n.mlscID)
		if err != nil {
			return nil, err
		}
		if n.cfg.Delta {
			if err := n.stepDelta(ctx, df, m); err != nil {
				return nil, fmt.Errorf("delta: %w", err)
			}
		}
		if err := n.stepMint(ctx, mf, m); err != nil {
			return nil, err
		}
		if !n.cfg.Delta {
			if err := n.stepEarn(ctx, ef, m); err != nil {
				return nil, err
			}
		}
		// L1 is read after the steps, so that the summary counts what they did.
		st, err := n.readL1(ctx)
		if err != nil {
			return nil, fmt.Errorf("read L1: %w", err)
		}
		if err := n.countFees(fc); err != nil {
			return nil, fmt.Errorf("count L2 fees: %w", err)
		}
		var pool rollup.ModelPool
		if err := n.seq.View(func(st *rollup.State, _ *rollup.Header) error {
			pool = st.ModelPool(n.mlscID)
			return nil
		}); err != nil {
			return nil, err
		}
		best := "none"
		if m.RoundsWon > 0 {
			best = fmt.Sprintf("%.5f", float64(m.BestLossSum)/float64(m.Spec.DatasetSize)/65536.0)
		}
		n.gasMu.Lock()
		gas := n.l1Gas
		n.gasMu.Unlock()
		line := fmt.Sprintf("MLSC %d round %d (%s) | best mean loss %s | rounds won %d | proofs: %d on L2, %d verified on L1 | batches settled %d | L1 gas %d",
			m.ID, m.Round, m.PhaseName, best, m.RoundsWon, n.prover.Proofs(), st.proofs, st.batches, gas)
		if line != lastLine || time.Since(lastPrint) >= 10*time.Second {
			n.printf("L2 block %d | %s", m.Height, line)
			lastLine, lastPrint = line, time.Now()
		}
		sum = Summary{RoundsSettled: st.proofs, ProofsVerifiedOnL1: st.proofs, BatchesSettled: st.batches, Deposits: st.deposits,
			WithdrawalsClaimed: st.claims, BestLossSum: m.BestLossSum, L2Height: m.Height, L1GasUsed: gas,
			ElapsedSeconds: int(time.Since(n.start).Seconds()), ModelsMinted: st.minted, MintGas: mf.gas,
			ModelUses: pool.Uses, FeesPaid: fc.total.String(), FeePayingTxs: fc.txs, ShareWithdrawals: ef.summary()}
		if sum.ProverRewardWei, sum.ProverKeyWei, err = n.proverBalances(ctx); err != nil {
			return nil, err
		}
		sum.ProposerRewardWei = "0"
		if m.Data != nil {
			paid := new(uint256.Int)
			for _, a := range m.Data.Applied {
				sum.DeltasApplied++
				if a.Reward != nil && !a.Reward.IsZero() {
					sum.ProposerRewards++
					paid.Add(paid, a.Reward)
				}
			}
			sum.ProposerRewardWei = paid.Dec()
		}
		if sum.NewSetProofsOnL1, err = n.checkNewRootProofs(df, st); err != nil {
			return nil, fmt.Errorf("delta: %w", err)
		}
		deltaDone := !n.cfg.Delta || sum.NewSetProofsOnL1 > 0
		// Without Delta the MLSC completes after Rounds rounds: wait for its token.
		mintDone := n.cfg.Delta || sum.ModelsMinted > 0
		// ... and for the paid use, its fee shares claimed on L1.
		earnDone := n.cfg.Delta || ef.done()
		if n.cfg.Rounds > 0 && st.proofs >= n.cfg.Rounds && w.claimed && deltaDone && mintDone && earnDone {
			if sum.VerifyGasPerProof, err = n.verifyGas(ctx, st); err != nil {
				return nil, err
			}
			n.printf("done: %d rounds settled on L1, %d batches, %d model(s) minted (%d gas), %d paid use(s), %d fee shares claimed on L1, L2 fees %s wei from %d transactions, verifyProof gas %d",
				sum.RoundsSettled, sum.BatchesSettled, sum.ModelsMinted, sum.MintGas, sum.ModelUses, len(sum.ShareWithdrawals), sum.FeesPaid, sum.FeePayingTxs, sum.VerifyGasPerProof)
			return &sum, nil
		}
		if m.Phase == rollup.PhaseDone && n.cfg.Rounds > 0 && int(m.RoundsWon) < n.cfg.Rounds {
			return &sum, fmt.Errorf("MLSC finished after %d rounds with only %d won (%d settled on L1)", m.Round, m.RoundsWon, st.proofs)
		}
		if m.Phase == rollup.PhaseDone && !deltaDone && st.proofs >= n.cfg.Rounds {
			return &sum, fmt.Errorf("MLSC finished after %d rounds with no proof on the delta's training set verified on L1 (%d delta(s) applied)", m.Round, sum.DeltasApplied)
		}
		select {
		case <-ctx.Done():
			sum.VerifyGasPerProof, _ = n.verifyGas(context.Background(), st)
			return &sum, nil
		case <-t.C:
		}
	}
}

func (n *network) stop() error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var errs []error
	if n.explorer != nil {
		errs = append(errs, n.explorer.Stop(ctx))
	}
	for _, d := range n.daemons {
		errs = append(errs, d.Stop(ctx))
	}
	if n.prover != nil {
		errs = append(errs, n.prover.Stop(ctx))
	}
	if n.seq != nil {
		errs = append(errs, n.seq.Stop(ctx))
	}
	if n.rpc != nil {
		errs = append(errs, n.rpc.Shutdown(ctx))
	}
	if n.client != nil {
		n.client.Close()
	}
	if n.cancelL1 != nil {
		n.cancelL1()
	}
	n.wg.Wait()
	if n.chain != nil {
		errs = append(errs, n.chain.Close())
	}
	return errors.Join(errs...)
}
