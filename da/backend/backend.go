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

// Open returns the HTTP store at url if url is set, else the embedded store
// in dir. Exactly one must be set.
func Open(url, dir string) (da.Store, error) {
	switch {
	case url != "" && dir != "":
		return nil, errors.New("da: give a DA URL or a DA directory, not both")
	case url != "":
		return httpstore.NewClient(httpstore.ClientOptions{URL: url})
	case dir != "":
		return fsstore.Open(fsstore.Options{Dir: dir})
	}
	return nil, errors.New("da: no DA URL or directory given")
}
