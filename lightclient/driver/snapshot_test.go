package driver

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/lightclient"
	"github.com/neuron-rollup/neuron/rollup"
)

func testSnapshot() *Snapshot {
	return &Snapshot{ChainID: 7, Rollup: common.Address{1}, Scan: 42, Checkpoint: lightclient.Checkpoint{
		NextBatch: 3, Head: rollup.Header{Number: 9, L1Number: 40, StateRoot: common.Hash{2}},
		Entries: []rollup.Entry{{Key: []byte("a1"), Value: []byte{1}}, {Key: []byte("b2"), Value: []byte{2, 3}}}}}
}

func TestSnapshotRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.snap")
	_, err := LoadSnapshot(path)
	require.ErrorIs(t, err, os.ErrNotExist)
	s := testSnapshot()
	require.NoError(t, s.Save(path))
	got, err := LoadSnapshot(path)
	require.NoError(t, err)
	require.Equal(t, s, got)
	entries, err := os.ReadDir(filepath.Dir(path))
	require.NoError(t, err)
	require.Len(t, entries, 1, "no temporary file left")
}

func TestDecodeSnapshotRejects(t *testing.T) {
	good, err := testSnapshot().Encode()
	require.NoError(t, err)
	reencode := func(edit func(s *Snapshot)) []byte {
		s := testSnapshot()
		edit(s)
		b, err := s.Encode()
		require.NoError(t, err)
		return b
	}
	flipped := bytes.Clone(good)
	flipped[3] ^= 1
	for name, b := range map[string][]byte{
		"empty":        nil,
		"torn":         good[:len(good)-1],
		"flipped byte": flipped,
		"unsorted":     reencode(func(s *Snapshot) { s.Entries[0], s.Entries[1] = s.Entries[1], s.Entries[0] }),
		"repeated key": reencode(func(s *Snapshot) { s.Entries[1].Key = s.Entries[0].Key }),
		"empty value":  reencode(func(s *Snapshot) { s.Entries[0].Value = nil }),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := DecodeSnapshot(b)
			require.ErrorIs(t, err, ErrSnapshot)
		})
	}
}

func FuzzDecodeSnapshot(f *testing.F) {
	good, _ := testSnapshot().Encode()
	f.Add(good)
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := DecodeSnapshot(b)
		if err != nil {
			if !errors.Is(err, ErrSnapshot) {
				t.Fatalf("error %v does not wrap ErrSnapshot", err)
			}
			return
		}
		again, err := s.Encode()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("decoded snapshot re-encodes differently (%v)", err)
		}
	})
}
