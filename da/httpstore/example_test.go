package httpstore_test

import (
	"context"
	"fmt"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/httpstore"
)

// A sequencer serves its store; a prover in another process reads from it.
func Example() {
	ctx := context.Background()
	srv := httpstore.NewServer("127.0.0.1:0", da.NewMemory(), nil)
	if err := srv.Start(ctx); err != nil {
		panic(err)
	}
	defer srv.Stop(ctx)

	client, err := httpstore.NewClient(httpstore.ClientOptions{URL: srv.URL()})
	if err != nil {
		panic(err)
	}
	c, _ := client.Put(ctx, []byte("batch 1"))
	data, _ := client.Get(ctx, c) // checked against c
	fmt.Println(c, string(data))
	// Output: bafkreihi3u6w57f4x7lgdtqyh5cbianc7ulwktm5fi6kkyqu23xqlgek4e batch 1
}
