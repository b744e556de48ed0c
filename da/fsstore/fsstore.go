// Package fsstore is the embedded da.Store: one file per object in a
// directory tree, written crash-safely (temporary file, fsync, rename, fsync
// of the directory), so a crash leaves either the whole object or nothing.
//
// Layout under Options.Dir:
//
//	blocks/<xy>/<cid>   one object, named by its CIDv1 string (base32),
//	                    sharded by the two characters before the last one
//	tmp/                files being written; stale ones are removed by Open
package fsstore

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/da"
)

// Options configures a Store.
type Options struct {
	// Dir is the root directory; it is created if missing.
	Dir string
	// NoSync skips fsync. Only for tests and scratch stores: a crash may
	// then leave a truncated object (which Get reports as ErrCorrupt).
	NoSync bool
}

// Validate lists every problem with the options.
func (o Options) Validate() error {
	var errs []error
	if o.Dir == "" {
		errs = append(errs, errors.New("fsstore: Dir is empty"))
	}
	return errors.Join(errs...)
}

// Store is a directory-backed da.Store, safe for concurrent use by several
// goroutines and by several processes sharing the directory.
type Store struct {
	opts Options
}

var _ da.Store = (*Store)(nil)

// Open creates the directory layout if needed and removes leftovers of
// interrupted writes older than an hour.
func Open(opts Options) (*Store, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	s := &Store{opts: opts}
	for _, d := range []string{s.blocksDir(), s.tmpDir()} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, fmt.Errorf("fsstore: open %s: %w", opts.Dir, err)
		}
	}
	s.removeStaleTemps()
	return s, nil
}

// staleAfter is how old a file in tmp/ must be before Open deletes it; younger
// files may belong to another process writing right now.
const staleAfter = time.Hour

func (s *Store) removeStaleTemps() {
	entries, err := os.ReadDir(s.tmpDir())
	if err != nil {
		return
	}
	for _, e := range entries {
		if fi, err := e.Info(); err == nil && time.Since(fi.ModTime()) > staleAfter {
			os.Remove(filepath.Join(s.tmpDir(), e.Name()))
		}
	}
}

func (s *Store) blocksDir() string { return filepath.Join(s.opts.Dir, "blocks") }
func (s *Store) tmpDir() string    { return filepath.Join(s.opts.Dir, "tmp") }

func (s *Store) path(c cid.Cid) string {
	name := c.String()
	shard := name[len(name)-3 : len(name)-1]
	return filepath.Join(s.blocksDir(), shard, name)
}

// Put implements da.Store.
func (s *Store) Put(ctx context.Context, data []byte) (cid.Cid, error) {
	if err := ctx.Err(); err != nil {
		return cid.Undef, err
	}
	if err := da.CheckSize(len(data)); err != nil {
		return cid.Undef, err
	}
	c := da.Sum(data)
	dst := s.path(c)
	if _, err := os.Stat(dst); err == nil {
		return c, nil
	}
	if err := s.writeFile(dst, data); err != nil {
		return cid.Undef, fmt.Errorf("fsstore: put %s: %w", c, err)
	}
	return c, nil
}

func (s *Store) writeFile(dst string, data []byte) (err error) {
	dir := filepath.Dir(dst)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(s.tmpDir(), "put-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err := f.Write(data); err != nil {
		return err
	}
	if !s.opts.NoSync {
		if err := f.Sync(); err != nil {
			return err
		}
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(f.Name(), dst); err != nil {
		return err
	}
	if s.opts.NoSync {
		return nil
	}
	return syncDir(dir)
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// Get implements da.Store.
func (s *Store) Get(ctx context.Context, c cid.Cid) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := da.CheckCID(c); err != nil {
		return nil, err
	}
	p := s.path(c)
	fi, err := os.Stat(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", da.ErrNotFound, c)
	}
	if err != nil {
		return nil, fmt.Errorf("fsstore: get %s: %w", c, err)
	}
	if err := da.CheckSize(int(min(fi.Size(), da.MaxObjectSize+1))); err != nil {
		return nil, fmt.Errorf("fsstore: %s on disk: %w", c, errors.Join(da.ErrCorrupt, err))
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("fsstore: get %s: %w", c, err)
	}
	if err := da.Verify(c, data); err != nil {
		return nil, fmt.Errorf("fsstore: %s: %w", p, err)
	}
	return data, nil
}

// Has implements da.Store.
func (s *Store) Has(ctx context.Context, c cid.Cid) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	if err := da.CheckCID(c); err != nil {
		return false, err
	}
	_, err := os.Stat(s.path(c))
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("fsstore: has %s: %w", c, err)
	}
	return true, nil
}
