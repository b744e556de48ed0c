package dataset_test

import (
	"context"
	"fmt"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/mlp"
	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/dataset"
)

func ExampleWrite() {
	ctx := context.Background()
	store := da.NewMemory()
	exs := []mlp.Example{
		{X: []int64{0, fixedpoint.One}, Label: 1},
		{X: []int64{fixedpoint.One, 0}, Label: 0},
	}
	c, err := dataset.Write(ctx, store, exs, dataset.Options{Classes: 2})
	if err != nil {
		panic(err)
	}
	got, m, _ := dataset.Read(ctx, store, c)
	root, _ := dataset.Root(got, dataset.Depth(m.N))
	fmt.Println(m.N, m.Width, m.Classes, len(m.Chunks), got[0].X, got[0].Label, root.IsZero())
	// Output: 2 2 2 1 [0 65536] 1 false
}
