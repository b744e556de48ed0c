package l1client_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/l1/l1client"
	"github.com/neuron-rollup/neuron/l1/simchain"
	"github.com/neuron-rollup/neuron/rollup"
)

// TestDepositsAtFinality makes a deposit, lets it sink a few blocks, then reorgs it out of
// L1: on the side chain an account the depositor had approved takes the depositor's NRN
// first, so the deposit (back in the pool) reverts. That account then deposits too. Between
// every two L1 blocks the test asks the client what the sequencer would credit (Deposits up
// to ConfirmedHead). At finality (the default) the dropped deposit is never credited and the
// second one is once its block is finalized; at a depth of 2 blocks (the default before) the
// dropped deposit is credited, which is what the finality rule stops.
func TestDepositsAtFinality(t *testing.T) {
	for _, tc := range []struct {
		name          string
		confirmations uint64
		creditDropped bool
	}{
		{"finalized", l1client.Finalized, false},
		{"depth 2", 2, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			key, _ := crypto.GenerateKey()
			thiefKey, _ := crypto.GenerateKey()
			addr, thief := crypto.PubkeyToAddress(key.PublicKey), crypto.PubkeyToAddress(thiefKey.PublicKey)
			eth := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
			chain := simchain.New(types.GenesisAlloc{addr: {Balance: eth}, thief: {Balance: eth}})
			t.Cleanup(func() { _ = chain.Close() })
			opts := bind.NewKeyedTransactor(key, big.NewInt(simchain.ChainID))
			thiefOpts := bind.NewKeyedTransactor(thiefKey, big.NewInt(simchain.ChainID))
			supply := big.NewInt(1e18)
			d, err := deploy.Deploy(ctx, chain, opts, deploy.Config{L2ChainID: 1, Devnet: true, Sequencer: addr, GenesisHolder: addr,
				InitialSupply: supply, GenesisStateRoot: common.Hash{1}, FinalizationPeriod: time.Minute})
			if err != nil {
				t.Fatal(err)
			}
			transact(t, chain, opts, d.NRN.Instance, d.NRN.Binding.PackApprove(d.Bridge.Address, supply))
			transact(t, chain, opts, d.NRN.Instance, d.NRN.Binding.PackApprove(thief, supply))
			c := l1client.New(chain, d, d.Block, tc.confirmations, nil)

			dropped, kept := big.NewInt(111), big.NewInt(222)
			var droppedCredited bool
			// credited is what the sequencer would credit now; it also checks that a
			// finalized client reports the simulated beacon's finalized block.
			credited := func() []*rollup.Deposit {
				t.Helper()
				num, hash, err := c.ConfirmedHead(ctx)
				if err != nil {
					t.Fatal(err)
				}
				head, err := chain.HeaderByNumber(ctx, nil)
				if err != nil {
					t.Fatal(err)
				}
				want := simchain.FinalizedAt(head.Number.Uint64())
				if tc.confirmations != l1client.Finalized {
					want = head.Number.Uint64() - tc.confirmations
				}
				if num != want {
					t.Fatalf("head %d: ConfirmedHead = %d, want %d", head.Number, num, want)
				}
				if h, err := chain.HeaderByNumber(ctx, new(big.Int).SetUint64(num)); err != nil || h.Hash() != hash {
					t.Fatalf("ConfirmedHead hash %s is not block %d's", hash, num)
				}
				deps, err := c.Deposits(ctx, 0, num)
				if err != nil {
					t.Fatal(err)
				}
				for _, dep := range deps {
					if dep.Amount.ToBig().Cmp(dropped) == 0 {
						droppedCredited = true
					}
				}
				return deps
			}
			commitUntil := func(stop func(head uint64) bool) {
				t.Helper()
				for {
					credited()
					head, err := chain.HeaderByNumber(ctx, nil)
					if err != nil {
						t.Fatal(err)
					}
					if stop(head.Number.Uint64()) {
						return
					}
					chain.Commit()
				}
			}

			// Fork from a block just past an epoch boundary, so that nothing finalized
			// is reorged (a real L1 never reorgs finalized blocks).
			commitUntil(func(h uint64) bool { return h%simchain.EpochLength == 2 })
			fork, err := chain.HeaderByNumber(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			transact(t, chain, opts, d.Bridge.Instance, d.Bridge.Binding.PackDeposit(addr, dropped))
			commitUntil(func(h uint64) bool { return h == fork.Number.Uint64()+4 })

			// The reorg. On the side chain the approved account takes all the
			// depositor's NRN before the deposit, which the pool mines again after it
			// and which reverts.
			if err := chain.Fork(fork.Hash()); err != nil {
				t.Fatal(err)
			}
			steal := *thiefOpts
			steal.GasTipCap = big.NewInt(10e9) // ahead of the re-mined deposit
			transact(t, chain, &steal, d.NRN.Instance, d.NRN.Binding.PackTransferFrom(addr, thief, supply))
			commitUntil(func(h uint64) bool { return simchain.FinalizedAt(h) > fork.Number.Uint64()+4 })
			if got, err := bind.Call(d.Bridge.Instance, nil, d.Bridge.Binding.PackDepositCount(), d.Bridge.Binding.UnpackDepositCount); err != nil || got != 0 {
				t.Fatalf("Bridge.depositCount after the reorg = %v, %v; want 0", got, err)
			}

			transact(t, chain, thiefOpts, d.NRN.Instance, d.NRN.Binding.PackApprove(d.Bridge.Address, kept))
			transact(t, chain, thiefOpts, d.Bridge.Instance, d.Bridge.Binding.PackDeposit(thief, kept))
			deposited, err := chain.HeaderByNumber(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			commitUntil(func(h uint64) bool { return simchain.FinalizedAt(h) >= deposited.Number.Uint64() })

			if droppedCredited != tc.creditDropped {
				t.Errorf("dropped deposit credited = %v, want %v", droppedCredited, tc.creditDropped)
			}
			deps := credited()
			if len(deps) != 1 || deps[0].L1Nonce != 0 || deps[0].To != thief || deps[0].Amount.ToBig().Cmp(kept) != 0 {
				t.Fatalf("credited after the reorg: %+v, want the one deposit of %v", deps, kept)
			}
		})
	}
}

// TestNoFinalizedTag checks that a client at finality fails clearly on an L1 that reports no
// finalized block, and that one with a depth does not ask for it.
func TestNoFinalizedTag(t *testing.T) {
	ctx := context.Background()
	chain := simchain.New(types.GenesisAlloc{})
	t.Cleanup(func() { _ = chain.Close() })
	noTag := noFinalized{chain}
	d := deploy.Bind(chain, deploy.Addresses{})
	if _, _, err := l1client.New(noTag, d, 0, l1client.Finalized, nil).ConfirmedHead(ctx); !errors.Is(err, l1client.ErrNoFinalized) {
		t.Fatalf("ConfirmedHead without the finalized tag: err = %v, want ErrNoFinalized", err)
	}
	chain.Commit()
	if n, _, err := l1client.New(noTag, d, 0, 1, nil).ConfirmedHead(ctx); err != nil || n != 0 {
		t.Fatalf("ConfirmedHead at depth 1 = %d, %v; want 0, nil", n, err)
	}
}

// noFinalized is an L1 node that predates the finalized tag: it refuses it as geth does
// an unknown block.
type noFinalized struct{ *simchain.Chain }

func (n noFinalized) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	if number != nil && number.Sign() < 0 && number.Int64() == int64(rpc.FinalizedBlockNumber) {
		return nil, errors.New("finalized block not found")
	}
	return n.Chain.HeaderByNumber(ctx, number)
}

func transact(t *testing.T, chain *simchain.Chain, opts *bind.TransactOpts, c *bind.BoundContract, data []byte) {
	t.Helper()
	tx, err := bind.Transact(c, opts, data)
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := bind.WaitMined(context.Background(), chain, tx.Hash())
	if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("tx %s: %v, status %v", tx.Hash(), err, rcpt)
	}
}
