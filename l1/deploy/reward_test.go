package deploy_test

import (
	"errors"
	"testing"

	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/rollup"
)

// TestCheckReward: the sequencer refuses to start under a reward rule that is not L1's (the
// StepProofs re-executes applied loss proofs with it), field by field; zero divisor and
// halving period are the defaults Deploy writes.
func TestCheckReward(t *testing.T) {
	rule := deploy.RewardRule{Divisor: 50_000, GenesisTime: 7, HalvingSeconds: 1000, ProverBps: 250}
	e := newEnvWith(t, func(c *deploy.Config) { c.Reward = rule })
	if err := e.d.CheckReward(e.ctx, rule); err != nil {
		t.Fatalf("the deployment's own: %v", err)
	}
	other := func(edit func(r *deploy.RewardRule)) deploy.RewardRule {
		r := rule
		edit(&r)
		return r
	}
	for name, r := range map[string]deploy.RewardRule{
		"divisor":         other(func(r *deploy.RewardRule) { r.Divisor++ }),
		"default divisor": other(func(r *deploy.RewardRule) { r.Divisor = 0 }),
		"genesis time":    other(func(r *deploy.RewardRule) { r.GenesisTime = 0 }),
		"halving period":  other(func(r *deploy.RewardRule) { r.HalvingSeconds = rollup.HalvingSeconds4Years }),
		"prover share":    other(func(r *deploy.RewardRule) { r.ProverBps = 0 }),
	} {
		if err := e.d.CheckReward(e.ctx, r); !errors.Is(err, deploy.ErrRewardMismatch) {
			t.Errorf("%s: %v, want ErrRewardMismatch", name, err)
		}
	}
	// The defaults: a rule that sets no divisor or halving period is checked as Deploy wrote it.
	d := newEnvWith(t, func(c *deploy.Config) { c.Reward = deploy.RewardRule{GenesisTime: 7} })
	if err := d.d.CheckReward(d.ctx, deploy.RewardRule{Divisor: deploy.DefaultRewardDivisor, GenesisTime: 7,
		HalvingSeconds: rollup.HalvingSeconds4Years}); err != nil {
		t.Fatalf("the defaults: %v", err)
	}
	if _, err := deploy.Deploy(e.ctx, e.chain, e.deployer.opts(), deploy.Config{L2ChainID: 1, Sequencer: e.sequencer.addr,
		GenesisHolder: e.holder.addr, InitialSupply: nrn(1), FinalizationPeriod: testPeriod,
		Reward: deploy.RewardRule{ProverBps: rollup.BasisPoints + 1}}); !errors.Is(err, deploy.ErrInvalidConfig) {
		t.Fatalf("a prover share above 100 %%: %v", err)
	}
}
