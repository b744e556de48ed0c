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
