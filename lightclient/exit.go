package lightclient

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"

	"github.com/neuron-rollup/neuron/rollup"
)

// ErrNoExit is wrapped by BuildExitProof when the state holds nothing the
// Bridge would pay: no such account or MLSC, or a zero amount.
var ErrNoExit = errors.New("lightclient: nothing to exit")

// ExitProof is what the Bridge's exodus exits need for one L2 account
// (Bridge.exitAccount) or one MLSC's escrow (Bridge.exitEscrow): the state
// entry, proven against the state root after Batches batches, with the
// amounts it holds. Proof runs from the root down, as L1 checks it.
type ExitProof struct {
	// Account is set for an account exit, MLSC for an escrow exit.
	Account   *common.Address `json:"account,omitempty"`
	MLSC      *uint64         `json:"mlsc,omitempty"`
	Key       hexutil.Bytes   `json:"key"`
	StateRoot common.Hash     `json:"stateRoot"`
	Batches   uint64          `json:"batches"`
	Proof     []hexutil.Bytes `json:"proof"`
	// Balance and Stake are an account's; Escrow and Creator an MLSC's.
	// PayTo receives Amount on L1.
	Balance *uint256.Int    `json:"balance,omitempty"`
	Stake   *uint256.Int    `json:"stake,omitempty"`
	Escrow  *uint256.Int    `json:"escrow,omitempty"`
	Creator *common.Address `json:"creator,omitempty"`
	PayTo   common.Address  `json:"payTo"`
	Amount  *uint256.Int    `json:"amount"`
}

// ProofBytes is Proof as the Bridge's bytes[] argument.
func (p *ExitProof) ProofBytes() [][]byte {
	out := make([][]byte, len(p.Proof))
	for i, n := range p.Proof {
		out[i] = n
	}
	return out
}

// ExitTarget names what to exit: an account, or (if MLSC is set) an MLSC's
// escrow.
type ExitTarget struct {
	Account common.Address
	MLSC    *uint64
}

// BuildExitProof rebuilds the state cp holds (a verifier's checkpoint after
// the exit state's last batch, cp.NextBatch of them), checks that its root
// is cp.Head's, and proves target's entry. It fails with ErrNoExit when the
// Bridge would pay nothing. It reads no network.
func BuildExitProof(cp *Checkpoint, target ExitTarget) (*ExitProof, error) {
	st, err := cp.State()
	if err != nil {
		return nil, fmt.Errorf("lightclient: exit state: %w", err)
	}
	root := cp.Head.StateRoot
	out := &ExitProof{StateRoot: root, Batches: cp.NextBatch}
	if target.MLSC != nil {
		m, ok := st.MLSC(*target.MLSC)
		if !ok {
			return nil, fmt.Errorf("%w: no MLSC %d in the state after batch %d", ErrNoExit, *target.MLSC, cp.NextBatch)
		}
		id, creator := m.ID, m.Creator
		out.MLSC, out.Key, out.Escrow, out.Creator, out.PayTo, out.Amount = &id, rollup.MLSCKey(id), m.Escrow, &creator, creator, m.Escrow.Clone()
	} else {
		a := target.Account
		acc := st.Account(a)
		out.Account, out.Key, out.Balance, out.Stake, out.PayTo = &a, rollup.AccountKey(a), acc.Balance, acc.Stake, a
		out.Amount = new(uint256.Int).Add(acc.Balance, acc.Stake)
	}
	if out.Amount.IsZero() {
		return nil, fmt.Errorf("%w: %x holds no NRN in the state after batch %d", ErrNoExit, out.Key, cp.NextBatch)
	}
	nodes, err := st.ProveOrdered(out.Key)
	if err != nil {
		return nil, fmt.Errorf("lightclient: exit proof: %w", err)
	}
	if v, err := rollup.VerifyProof(root, out.Key, nodes); err != nil || v == nil {
		return nil, fmt.Errorf("lightclient: exit proof of %x does not verify: %v", out.Key, err)
	}
	for _, n := range nodes {
		out.Proof = append(out.Proof, n)
	}
	return out, nil
}

// CheckExitProof checks p the way the Bridge does, in Go: the proof leads
// from p.StateRoot to p.Key's entry, which holds p.Amount for p.PayTo.
func CheckExitProof(p *ExitProof) error {
	v, err := rollup.VerifyProof(p.StateRoot, p.Key, p.ProofBytes())
	if err != nil {
		return err
	}
	if v == nil {
		return fmt.Errorf("%w: the proof shows %x absent", ErrNoExit, []byte(p.Key))
	}
	var amount *uint256.Int
	var payTo common.Address
	if p.MLSC != nil {
		var m rollup.MLSC
		if err := rlp.DecodeBytes(v, &m); err != nil {
			return fmt.Errorf("lightclient: MLSC entry: %w", err)
		}
		amount, payTo = m.Escrow, m.Creator
	} else {
		var a rollup.Account
		if err := rlp.DecodeBytes(v, &a); err != nil {
			return fmt.Errorf("lightclient: account entry: %w", err)
		}
		amount, payTo = new(uint256.Int).Add(a.Balance, a.Stake), *p.Account
	}
	if p.Amount == nil || !amount.Eq(p.Amount) || payTo != p.PayTo {
		return fmt.Errorf("lightclient: exit proof pays %s to %s, the entry %s to %s", p.Amount, p.PayTo, amount, payTo)
	}
	return nil
}

// State rebuilds the state cp holds and checks that its root is cp.Head's.
// The caller owns the returned state.
func (cp *Checkpoint) State() (*rollup.State, error) {
	st := rollup.NewState()
	for _, e := range cp.Entries {
		if err := st.LoadEntry(e.Key, e.Value); err != nil {
			return nil, err
		}
	}
	root, _, err := st.Commit()
	if err != nil {
		return nil, err
	}
	if root != cp.Head.StateRoot {
		return nil, fmt.Errorf("state root %s, its head %d says %s", root, cp.Head.Number, cp.Head.StateRoot)
	}
	return st, nil
}

// ProveEntry proves the state entry at key, or its absence (value nil),
// against the root of the state cp holds (cp.Head.StateRoot), and checks
// the proof before returning it. It reads no network.
func ProveEntry(cp *Checkpoint, key []byte) (nodes [][]byte, value []byte, err error) {
	st, err := cp.State()
	if err != nil {
		return nil, nil, fmt.Errorf("lightclient: state: %w", err)
	}
	if nodes, err = st.ProveOrdered(key); err != nil {
		return nil, nil, fmt.Errorf("lightclient: prove %x: %w", key, err)
	}
	if value, err = rollup.VerifyProof(cp.Head.StateRoot, key, nodes); err != nil {
		return nil, nil, fmt.Errorf("lightclient: proof of %x does not verify: %w", key, err)
	}
	return nodes, value, nil
}
