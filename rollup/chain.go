package rollup

import (
	"fmt"

	"github.com/holiman/uint256"
)

// Genesis fixes the L2 state at height 0.
type Genesis struct {
	Time uint64
	// Issued is the NRN supply minted on L1 at genesis; rewards are computed
	// from it and grow it.
	Issued *uint256.Int
}

// State builds the genesis state and header, and returns every entry of
// the state for persistence.
func (g *Genesis) State() (*State, *Header, []Entry, error) {
	if g.Issued == nil {
		return nil, nil, nil, fmt.Errorf("rollup genesis: issued supply unset")
	}
	s := NewState()
	s.g.Time = g.Time
	s.g.Issued = g.Issued.Clone()
	root, entries, err := s.Commit()
	if err != nil {
		return nil, nil, nil, err
	}
	return s, &Header{Number: 0, Time: g.Time, TxHash: TxListHash(nil), StateRoot: root}, entries, nil
}

// ApplyBlock re-executes a block on s and checks the resulting state root.
// The block must be at most MaxBlockSize bytes encoded and every
// transaction must apply. It returns the changed state entries (State.Commit)
// and the transactions' receipts, in order. On error s is left partly
// modified and must be discarded.
func ApplyBlock(cfg *Config, s *State, b *Block) ([]Entry, []*Receipt, error) {
	return applyBlock(plainSteps{cfg}, s, b)
}

// stepper applies a block's start and its transactions: the STF alone
// (plainSteps) or the STF recording each step (Tracer).
type stepper interface {
	BeginBlock(s *State, h *Header) error
	ApplyTx(s *State, tx *Tx, index uint64) (*Receipt, error)
}

// plainSteps is the STF with no trace.
type plainSteps struct{ cfg *Config }

func (p plainSteps) BeginBlock(s *State, h *Header) error { return s.BeginBlock(p.cfg, h) }

func (p plainSteps) ApplyTx(s *State, tx *Tx, index uint64) (*Receipt, error) {
	return s.ApplyTx(p.cfg, tx, index)
}

// applyBlock is ApplyBlock through st.
func applyBlock(st stepper, s *State, b *Block) ([]Entry, []*Receipt, error) {
	if n := b.Size(); n > MaxBlockSize {
		return nil, nil, fmt.Errorf("%w: block %d is %d bytes > %d", ErrBlock, b.Header.Number, n, MaxBlockSize)
	}
	if got := TxListHash(b.Txs); got != b.Header.TxHash {
		return nil, nil, fmt.Errorf("%w: block %d tx hash mismatch", ErrBlock, b.Header.Number)
	}
	if err := st.BeginBlock(s, &b.Header); err != nil {
		return nil, nil, err
	}
	receipts := make([]*Receipt, len(b.Txs))
	for i, tx := range b.Txs {
		rc, err := st.ApplyTx(s, tx, uint64(i))
		if err != nil {
			return nil, nil, fmt.Errorf("block %d tx %d (%s): %w", b.Header.Number, i, tx.Hash(), err)
		}
		receipts[i] = rc
	}
	root, entries, err := s.Commit()
	if err != nil {
		return nil, nil, err
	}
	if root != b.Header.StateRoot {
		return nil, nil, fmt.Errorf("%w: block %d state root %s, header says %s", ErrBlock, b.Header.Number, root, b.Header.StateRoot)
	}
	return entries, receipts, nil
}
