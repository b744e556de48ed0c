package fsstore_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/fsstore"
	"github.com/neuron-rollup/neuron/da/storetest"
)

func open(t *testing.T, dir string) *fsstore.Store {
	t.Helper()
	s, err := fsstore.Open(fsstore.Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) da.Store { return open(t, t.TempDir()) })
}

func TestOptionsValidate(t *testing.T) {
	if _, err := fsstore.Open(fsstore.Options{}); err == nil {
		t.Fatal("Open with empty Dir succeeded")
	}
}

func TestReopenAndCorrupt(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	c, err := open(t, dir).Put(ctx, []byte("checkpoint bytes"))
	if err != nil {
		t.Fatal(err)
	}
	s := open(t, dir) // a second process sees the object
	if got, err := s.Get(ctx, c); err != nil || string(got) != "checkpoint bytes" {
		t.Fatalf("Get after reopen = %q, %v", got, err)
	}
	// Flip the file on disk: reads must notice.
	var path string
	filepath.WalkDir(filepath.Join(dir, "blocks"), func(p string, d os.DirEntry, err error) error {
		if d != nil && !d.IsDir() {
			path = p
		}
		return nil
	})
	if err := os.WriteFile(path, []byte("checkpoint bytez"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, c); !errors.Is(err, da.ErrCorrupt) {
		t.Fatalf("Get of a tampered file: err = %v, want ErrCorrupt", err)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "tmp"))
	if len(entries) != 0 {
		t.Fatalf("tmp/ has %d leftovers", len(entries))
	}
}
