package deploy_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/neuron-rollup/neuron/l1/deploy"
)

// TestCheckFeeRule: the Rollup reports the fee rule it was deployed with,
// and CheckFeeRule refuses a chain file whose rule differs in any field
// (the sequencer's start check: under another rule L1 would re-execute its
// honest steps to other roots).
func TestCheckFeeRule(t *testing.T) {
	rule := deploy.FeeRule{MinBaseFee: big.NewInt(1_000), TargetUnits: 15_000_000, BurnBps: 5_000, Recipient: common.Address{0xfe}}
	e := newEnvWith(t, func(c *deploy.Config) { c.Fees = rule })
	have, err := e.d.FeeRule(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if have.MinBaseFee.Cmp(rule.MinBaseFee) != 0 || have.TargetUnits != rule.TargetUnits || have.BurnBps != rule.BurnBps || have.Recipient != rule.Recipient {
		t.Fatalf("FeeRule() = %+v, deployed %+v", have, rule)
	}
	if err := e.d.CheckFeeRule(e.ctx, rule); err != nil {
		t.Fatalf("the deployed rule: %v", err)
	}
	for _, tc := range []struct {
		name string
		edit func(*deploy.FeeRule)
	}{
		{"base fee floor", func(r *deploy.FeeRule) { r.MinBaseFee = big.NewInt(999) }},
		{"target", func(r *deploy.FeeRule) { r.TargetUnits++ }},
		{"burn", func(r *deploy.FeeRule) { r.BurnBps = 10_000 }},
		{"recipient", func(r *deploy.FeeRule) { r.Recipient = common.Address{0xfd} }},
		{"fees off", func(r *deploy.FeeRule) { *r = deploy.FeeRule{} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := rule
			tc.edit(&r)
			err := e.d.CheckFeeRule(e.ctx, r)
			if !errors.Is(err, deploy.ErrFeeRuleMismatch) || !strings.Contains(err.Error(), "minBaseFee 1000") {
				t.Fatalf("CheckFeeRule(%+v) = %v, want ErrFeeRuleMismatch naming L1's rule", r, err)
			}
		})
	}
}

// TestCheckBond: the sequencer's start check refuses a Rollup holding less
// bond than submitBatch needs, naming both amounts, until enough is posted.
func TestCheckBond(t *testing.T) {
	e := newEnvWith(t, func(c *deploy.Config) { c.SequencerBond = deploy.DefaultSequencerBond })
	half := new(big.Int).Div(deploy.DefaultSequencerBond, big.NewInt(2))
	for _, post := range []*big.Int{nil, half} {
		if post != nil {
			postBond(e, e.sequencer, post)
		}
		err := e.d.CheckBond(e.ctx)
		if !errors.Is(err, deploy.ErrBondTooLow) || !strings.Contains(err.Error(), deploy.DefaultSequencerBond.String()) {
			t.Fatalf("after posting %v: CheckBond = %v, want ErrBondTooLow naming the %v needed", post, err, deploy.DefaultSequencerBond)
		}
	}
	postBond(e, e.sequencer, half)
	if err := e.d.CheckBond(e.ctx); err != nil {
		t.Fatalf("the whole bond posted: %v", err)
	}
	have, need, err := e.d.Bond(e.ctx)
	if err != nil || have.Cmp(need) != 0 || need.Cmp(deploy.DefaultSequencerBond) != 0 {
		t.Fatalf("Bond() = %v, %v, %v", have, need, err)
	}
}
