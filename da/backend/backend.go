// Package backend opens the DA backend a command line names: a kubo
// compatible HTTP API (this project's DA server or a real IPFS node) or the
// embedded store in a local directory.
package backend

import (
	"errors"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/fsstore"
	"github.com/neuron-rollup/neuron/da/httpstore"
)

// Options name a backend: exactly one of URL and Dir.
type Options struct {
	// URL is a kubo-compatible RPC base ("http://127.0.0.1:5001").
	URL string
	// Dir is the embedded store's directory.
	Dir string
	// NoPin leaves objects put on a kubo node unpinned (httpstore
	// ClientOptions.NoPin); by default they are pinned, so that the node's
	// garbage collection keeps them.
	NoPin bool
}

// Open returns the HTTP store at o.URL if set, else the embedded store in
// o.Dir. Exactly one must be set.
func (o Options) Open() (da.Store, error) {
	switch {
	case o.URL != "" && o.Dir != "":
		return nil, errors.New("da: give a DA URL or a DA directory, not both")
	case o.URL != "":
		return httpstore.NewClient(httpstore.ClientOptions{URL: o.URL, NoPin: o.NoPin})
	case o.Dir != "":
		return fsstore.Open(fsstore.Options{Dir: o.Dir})
	}
	return nil, errors.New("da: no DA URL or directory given")
}

// Open returns the HTTP store at url if url is set, else the embedded store
// in dir; what is put on a kubo node is pinned. Exactly one must be set.
func Open(url, dir string) (da.Store, error) {
	return Options{URL: url, Dir: dir}.Open()
}
