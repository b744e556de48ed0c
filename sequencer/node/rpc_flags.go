package node

import (
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/sequencer"
)

// rpcFlags are the JSON-RPC server's limits (sequencer.RPCConfig); the
// listen address is --rpc.addr.
func rpcFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringSliceFlag{Name: "rpc.vhosts", Value: cli.NewStringSlice("localhost"), Usage: "host names the Host header may carry (comma-separated, * for any); requests by IP address always pass; others get 403 (DNS rebinding)", EnvVars: env("RPC_VHOSTS")},
		&cli.IntFlag{Name: "rpc.batch-items", Value: sequencer.DefaultRPCBatchItems, Usage: "calls one JSON-RPC batch may hold at most", EnvVars: env("RPC_BATCH_ITEMS")},
		&cli.IntFlag{Name: "rpc.batch-response-bytes", Value: sequencer.DefaultRPCBatchResponseBytes, Usage: "response bytes of one batch at most; later calls get error -32003", EnvVars: env("RPC_BATCH_RESPONSE_BYTES")},
		&cli.IntFlag{Name: "rpc.max-conns", Value: sequencer.DefaultRPCMaxConns, Usage: "open RPC connections at most (keep it well under the file-descriptor limit); at the cap idle ones are closed and new ones wait", EnvVars: env("RPC_MAX_CONNS")},
		&cli.Float64Flag{Name: "rpc.rate", Value: sequencer.DefaultRPCCallRate, Usage: "calls per second per client IP (each call of a batch counts); 0 sets no limit", EnvVars: env("RPC_RATE")},
		&cli.IntFlag{Name: "rpc.burst", Value: sequencer.DefaultRPCCallBurst, Usage: "calls a client may make at once above its rate; at least --rpc.batch-items", EnvVars: env("RPC_BURST")},
		&cli.DurationFlag{Name: "rpc.request-timeout", Value: sequencer.DefaultRPCRequestTimeout, Usage: "time from a request's first byte to its answer; calls not done get error -32002", EnvVars: env("RPC_REQUEST_TIMEOUT")},
		&cli.IntFlag{Name: "store.rejected-max", Value: sequencer.DefaultRejectedMax, Usage: "rejection reasons kept for nrn_getTransactionStatus; older ones are forgotten", EnvVars: env("STORE_REJECTED_MAX")},
	}
}

// readRPCConfig reads rpcFlags and --rpc.addr.
func readRPCConfig(c *cli.Context) sequencer.RPCConfig {
	return sequencer.RPCConfig{
		Addr: c.String("rpc.addr"), VHosts: c.StringSlice("rpc.vhosts"), BatchItems: c.Int("rpc.batch-items"),
		BatchResponseBytes: c.Int("rpc.batch-response-bytes"), MaxConns: c.Int("rpc.max-conns"),
		CallRate: c.Float64("rpc.rate"), CallBurst: c.Int("rpc.burst"), RequestTimeout: c.Duration("rpc.request-timeout"),
	}
}
