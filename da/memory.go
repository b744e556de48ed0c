package da

import (
	"context"
	"fmt"
	"sync"

	"github.com/ipfs/go-cid"
)

// Memory is an in-memory Store, for tests and short-lived tools. The zero
// value is not usable; call NewMemory.
type Memory struct {
	mu   sync.RWMutex
	objs map[string][]byte
}

var _ Store = (*Memory)(nil)

// NewMemory returns an empty in-memory store.
func NewMemory() *Memory { return &Memory{objs: make(map[string][]byte)} }

// Put implements Store.
func (m *Memory) Put(ctx context.Context, data []byte) (cid.Cid, error) {
	if err := ctx.Err(); err != nil {
		return cid.Undef, err
	}
	if err := CheckSize(len(data)); err != nil {
		return cid.Undef, err
	}
	c := Sum(data)
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.objs[c.KeyString()]; !ok {
		m.objs[c.KeyString()] = append([]byte(nil), data...)
	}
	return c, nil
}

// Get implements Store.
func (m *Memory) Get(ctx context.Context, c cid.Cid) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := CheckCID(c); err != nil {
		return nil, err
	}
	m.mu.RLock()
	data, ok := m.objs[c.KeyString()]
	m.mu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, c)
	}
	out := append([]byte(nil), data...)
	if err := Verify(c, out); err != nil {
		return nil, err
	}
	return out, nil
}

// Has implements Store.
func (m *Memory) Has(ctx context.Context, c cid.Cid) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	m.mu.RLock()
	_, ok := m.objs[c.KeyString()]
	m.mu.RUnlock()
	return ok, nil
}

// Tamper replaces the stored bytes of c, so tests can exercise ErrCorrupt.
// It reports whether c was present.
func (m *Memory) Tamper(c cid.Cid, data []byte) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.objs[c.KeyString()]; !ok {
		return false
	}
	m.objs[c.KeyString()] = append([]byte(nil), data...)
	return true
}
