package driver

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/neuron-rollup/neuron/lightclient"
	"github.com/neuron-rollup/neuron/rollup"
)

// snapshotVersion is the version byte of the snapshot encoding.
const snapshotVersion = 1

// ErrSnapshot is wrapped by snapshot decoding errors.
var ErrSnapshot = errors.New("lightclient driver: bad snapshot")

// Snapshot is the driver's progress, kept in one file: the verified state
// after batch NextBatch-1 and where on L1 to look for the next batch. It
// names the chain it belongs to, so that a snapshot of another chain is
// refused.
type Snapshot struct {
	ChainID uint64
	Rollup  common.Address
	// Scan is the L1 block to scan from for the next batch's events: the
	// block that settled the last verified batch (0 before any).
	Scan uint64
	lightclient.Checkpoint
}

type snapshotRLP struct {
	Version   uint8
	ChainID   uint64
	Rollup    common.Address
	Scan      uint64
	NextBatch uint64
	Head      rollup.Header
	Entries   []rollup.Entry
}

// MaxSnapshotSize bounds a snapshot file.
const MaxSnapshotSize = 1 << 30

// Encode returns rlp([version, chainID, rollup, scan, nextBatch, head,
// [[key, value]...]]) followed by the keccak256 of all that.
func (s *Snapshot) Encode() ([]byte, error) {
	b, err := rlp.EncodeToBytes(&snapshotRLP{Version: snapshotVersion, ChainID: s.ChainID, Rollup: s.Rollup, Scan: s.Scan,
		NextBatch: s.NextBatch, Head: s.Head, Entries: s.Entries})
	if err != nil {
		return nil, err
	}
	return append(b, crypto.Keccak256(b)...), nil
}

// DecodeSnapshot parses what Encode wrote. It checks the checksum, the
// version and that keys are unique, sorted and values present; not that the
// state has the head's root (lightclient.New does).
func DecodeSnapshot(b []byte) (*Snapshot, error) {
	if len(b) > MaxSnapshotSize {
		return nil, fmt.Errorf("%w: %d bytes", ErrSnapshot, len(b))
	}
	if len(b) < common.HashLength {
		return nil, fmt.Errorf("%w: %d bytes", ErrSnapshot, len(b))
	}
	body, sum := b[:len(b)-common.HashLength], b[len(b)-common.HashLength:]
	if !bytes.Equal(crypto.Keccak256(body), sum) {
		return nil, fmt.Errorf("%w: checksum", ErrSnapshot)
	}
	var r snapshotRLP
	if err := rlp.DecodeBytes(body, &r); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSnapshot, err)
	}
	if r.Version != snapshotVersion {
		return nil, fmt.Errorf("%w: version %d", ErrSnapshot, r.Version)
	}
	for i, e := range r.Entries {
		if len(e.Key) == 0 || len(e.Value) == 0 {
			return nil, fmt.Errorf("%w: entry %d has an empty key or value", ErrSnapshot, i)
		}
		if i > 0 && bytes.Compare(r.Entries[i-1].Key, e.Key) >= 0 {
			return nil, fmt.Errorf("%w: entry %d out of order", ErrSnapshot, i)
		}
	}
	return &Snapshot{ChainID: r.ChainID, Rollup: r.Rollup, Scan: r.Scan,
		Checkpoint: lightclient.Checkpoint{NextBatch: r.NextBatch, Head: r.Head, Entries: r.Entries}}, nil
}

// LoadSnapshot reads the snapshot at path; an error wrapping os.ErrNotExist
// if there is none.
func LoadSnapshot(path string) (*Snapshot, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	s, err := DecodeSnapshot(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// Save writes the snapshot to path atomically: a temporary file, synced,
// renamed over path, and the directory synced. A crash leaves the old or
// the new snapshot, never a mix.
func (s *Snapshot) Save(path string) error {
	b, err := s.Encode()
	if err != nil {
		return err
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	_, err = f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		return errors.Join(err, os.Remove(f.Name()))
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	return errors.Join(d.Sync(), d.Close())
}

// stateEntries is the whole verified state as the driver tracks it.
type stateEntries map[string][]byte

func newStateEntries(entries []rollup.Entry) stateEntries {
	m := make(stateEntries, len(entries))
	m.apply(entries)
	return m
}

// apply records changed entries (nil value: deleted).
func (m stateEntries) apply(entries []rollup.Entry) {
	for _, e := range entries {
		if e.Value == nil {
			delete(m, string(e.Key))
		} else {
			m[string(e.Key)] = e.Value
		}
	}
}

// sorted returns the entries in key order.
func (m stateEntries) sorted() []rollup.Entry {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make([]rollup.Entry, len(keys))
	for i, k := range keys {
		out[i] = rollup.Entry{Key: []byte(k), Value: m[k]}
	}
	return out
}
