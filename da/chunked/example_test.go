package chunked_test

import (
	"context"
	"fmt"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/chunked"
)

func Example() {
	ctx := context.Background()
	store := da.NewMemory()
	data := make([]byte, 2*chunked.ChunkSize+100) // e.g. a checkpoint of ~540k parameters
	id, err := chunked.Put(ctx, store, data)
	if err != nil {
		panic(err)
	}
	raw, _ := store.Get(ctx, id)
	m, _ := chunked.DecodeManifest(raw)
	fmt.Println("manifest bytes:", len(raw), "chunks:", len(m.Chunks), "last chunk:", m.Chunks[2].Size)
	back, err := chunked.Get(ctx, store, id, chunked.MaxSize)
	fmt.Println(len(back), err)
	// Output:
	// manifest bytes: 160 chunks: 3 last chunk: 100
	// 2097252 <nil>
}
