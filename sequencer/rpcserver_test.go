package sequencer

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/rpcapi"
	"github.com/neuron-rollup/neuron/rpcclient"
)

// startRPC serves s on loopback with the default limits changed by edit,
// and returns the server and its URL.
func startRPC(t *testing.T, s *Sequencer, edit func(*RPCConfig)) (*RPCServer, string) {
	t.Helper()
	cfg := DefaultRPCConfig("127.0.0.1:0")
	if edit != nil {
		edit(&cfg)
	}
	srv, err := StartRPCServer(s, cfg)
	require.NoError(t, err)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		require.NoError(t, srv.Stop(ctx))
	})
	return srv, "http://" + srv.Addr().String()
}

// chainWithBlock is a sequencer with one block.
func chainWithBlock(t *testing.T, keys int) *Sequencer {
	t.Helper()
	s := newTestSequencer(t, t.TempDir(), funding(testKeys(keys), 1000))
	ctx := context.Background()
	t.Cleanup(func() { s.Stop(ctx) })
	require.NoError(t, s.syncL1(ctx))
	_, err := s.ProduceBlock(ctx)
	require.NoError(t, err)
	return s
}

// rpcAnswer is one answer of a JSON-RPC response.
type rpcAnswer struct {
	ID     json.RawMessage `json:"id"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// batchOf is a JSON-RPC batch of n calls of method with params.
func batchOf(n int, method string, params func(i int) []any) []byte {
	calls := make([]map[string]any, n)
	for i := range calls {
		calls[i] = map[string]any{"jsonrpc": "2.0", "id": i, "method": method, "params": params(i)}
	}
	b, _ := json.Marshal(calls)
	return b
}

func noParams(int) []any { return []any{} }

// post sends body to url with the Host header host (the URL's if empty)
// from client hc (http.DefaultClient if nil).
func post(t *testing.T, hc *http.Client, url, host string, body []byte) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	if host != "" {
		req.Host = host
	}
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, out
}

// postBatch posts a batch and decodes its answers.
func postBatch(t *testing.T, url string, body []byte) []rpcAnswer {
	t.Helper()
	resp, out := post(t, nil, url, "", body)
	require.Equal(t, http.StatusOK, resp.StatusCode, "%s", out)
	var answers []rpcAnswer
	require.NoError(t, json.Unmarshal(out, &answers), "%s", out)
	return answers
}

func TestRPCConfigCheck(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*RPCConfig)
		want string
	}{
		{name: "defaults", edit: func(*RPCConfig) {}},
		{name: "no rate limit", edit: func(c *RPCConfig) { c.CallRate, c.CallBurst = 0, 0 }},
		{name: "no address", edit: func(c *RPCConfig) { c.Addr = "" }, want: "listen address"},
		{name: "batch items", edit: func(c *RPCConfig) { c.BatchItems = 0 }, want: "batch item limit"},
		{name: "batch bytes", edit: func(c *RPCConfig) { c.BatchResponseBytes = -1 }, want: "batch response limit"},
		{name: "connections", edit: func(c *RPCConfig) { c.MaxConns = 0 }, want: "connection cap"},
		{name: "negative rate", edit: func(c *RPCConfig) { c.CallRate = -1 }, want: "call rate"},
		{name: "burst below a batch", edit: func(c *RPCConfig) { c.CallBurst = c.BatchItems - 1 }, want: "call burst"},
		{name: "timeout", edit: func(c *RPCConfig) { c.RequestTimeout = 0 }, want: "request timeout"},
		{name: "vhost with port", edit: func(c *RPCConfig) { c.VHosts = []string{"localhost:8645"} }, want: "virtual host"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultRPCConfig("127.0.0.1:0")
			tc.edit(&cfg)
			err := cfg.Check()
			if tc.want == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorContains(t, err, tc.want)
		})
	}
}

// TestRPCBatchLimits sends batches over the item limit and over the
// response-size limit (the amplification of many full blocks).
func TestRPCBatchLimits(t *testing.T) {
	s := chainWithBlock(t, 2)
	const items, respBytes = 10, 5000
	_, url := startRPC(t, s, func(c *RPCConfig) { c.BatchItems, c.BatchResponseBytes, c.CallRate = items, respBytes, 0 })

	t.Run("items", func(t *testing.T) {
		require.Len(t, postBatch(t, url, batchOf(items, "nrn_blockNumber", noParams)), items)
		ans := postBatch(t, url, batchOf(items+1, "nrn_blockNumber", noParams))
		require.Len(t, ans, 1)
		require.NotNil(t, ans[0].Error)
		require.Contains(t, ans[0].Error.Message, "batch too large")
	})
	t.Run("response size", func(t *testing.T) {
		full := func(int) []any { return []any{"0x1", true} }
		one := postBatch(t, url, batchOf(1, "nrn_getBlockByNumber", full))
		require.Nil(t, one[0].Error)
		require.Less(t, len(one[0].Result), respBytes/2, "the test needs several blocks to pass the limit")
		ans := postBatch(t, url, batchOf(items, "nrn_getBlockByNumber", full))
		require.Len(t, ans, items)
		sent, cut := 0, 0
		for _, a := range ans {
			if a.Error != nil {
				require.Equal(t, rpcapi.CodeResponseTooLarge, a.Error.Code)
				cut++
				continue
			}
			sent += len(a.Result)
		}
		require.Positive(t, cut, "no call cut at the response limit")
		require.LessOrEqual(t, sent, respBytes+len(one[0].Result))
	})
}

// TestRPCConnCap opens idle connections far beyond the cap: the server
// never holds more than the cap, and a client still gets its answer
// because connections that send nothing are closed when the cap is full.
func TestRPCConnCap(t *testing.T) {
	s := chainWithBlock(t, 1)
	const maxConns = 4
	srv, url := startRPC(t, s, func(c *RPCConfig) { c.MaxConns = maxConns })
	var idle []net.Conn
	defer func() {
		for _, c := range idle {
			c.Close()
		}
	}()
	for range 3 * maxConns {
		c, err := net.Dial("tcp", srv.Addr().String())
		require.NoError(t, err)
		idle = append(idle, c)
	}
	time.Sleep(200 * time.Millisecond)
	require.LessOrEqual(t, srv.ln.open(), maxConns)

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	peak := 0
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ctx.Err() == nil {
			peak = max(peak, srv.ln.open())
			time.Sleep(5 * time.Millisecond)
		}
	}()
	c, err := rpcclient.Dial(ctx, url)
	require.NoError(t, err)
	defer c.Close()
	n, err := c.BlockNumber(ctx)
	require.NoError(t, err)
	require.Equal(t, uint64(1), n)
	cancel()
	<-done
	require.LessOrEqual(t, peak, maxConns, "open connections")
}

// TestRPCRateLimit spends a client's burst: the next call is refused with
// 429 and ErrRateLimited, a batch counts each of its calls, and another
// client (another loopback address) is not affected.
func TestRPCRateLimit(t *testing.T) {
	s := chainWithBlock(t, 1)
	const burst = 10
	_, url := startRPC(t, s, func(c *RPCConfig) { c.CallRate, c.CallBurst, c.BatchItems = 0.1, burst, burst })
	ctx := context.Background()
	from := func(ip string) *http.Client {
		d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
		return &http.Client{Transport: &http.Transport{DialContext: d.DialContext}}
	}
	client := func(ip string) *rpcclient.Client {
		c, err := rpc.DialOptions(ctx, url, rpc.WithHTTPClient(from(ip)))
		require.NoError(t, err)
		t.Cleanup(c.Close)
		return rpcclient.NewClient(c)
	}

	a := client("127.0.0.1")
	for i := range burst {
		_, err := a.ChainID(ctx)
		require.NoError(t, err, "call %d", i)
	}
	_, err := a.ChainID(ctx)
	require.ErrorIs(t, err, ErrRateLimited)
	resp, body := post(t, from("127.0.0.1"), url, "", batchOf(1, "nrn_chainId", noParams))
	require.Equal(t, http.StatusTooManyRequests, resp.StatusCode)
	require.NotEmpty(t, resp.Header.Get("Retry-After"))
	var ans rpcAnswer
	require.NoError(t, json.Unmarshal(body, &ans), "%s", body)
	require.Equal(t, rpcapi.CodeRateLimited, ans.Error.Code)

	b := client("127.0.0.2")
	_, err = b.ChainID(ctx)
	require.NoError(t, err, "another client has its own rate")

	// A batch of burst calls needs burst tokens: one call before it
	// leaves too few.
	resp, body = post(t, from("127.0.0.3"), url, "", batchOf(1, "nrn_chainId", noParams))
	require.Equal(t, http.StatusOK, resp.StatusCode, "%s", body)
	resp, body = post(t, from("127.0.0.3"), url, "", batchOf(burst, "nrn_chainId", noParams))
	require.Equal(t, http.StatusTooManyRequests, resp.StatusCode, "%s", body)
	resp, body = post(t, from("127.0.0.4"), url, "", batchOf(burst, "nrn_chainId", noParams))
	require.Equal(t, http.StatusOK, resp.StatusCode, "%s", body)
}

// TestRPCVHosts checks the Host header as go-ethereum does: IP addresses
// and allowed names pass, other names get 403 (DNS rebinding).
func TestRPCVHosts(t *testing.T) {
	s := chainWithBlock(t, 1)
	_, local := startRPC(t, s, nil)
	_, named := startRPC(t, s, func(c *RPCConfig) { c.VHosts = []string{"Node.Example"} })
	_, any := startRPC(t, s, func(c *RPCConfig) { c.VHosts = []string{"*"} })
	call := batchOf(1, "nrn_chainId", noParams)
	for _, tc := range []struct {
		name, url, host string
		want            int
	}{
		{name: "localhost", url: local, host: "localhost:8645", want: http.StatusOK},
		{name: "LOCALHOST", url: local, host: "LOCALHOST", want: http.StatusOK},
		{name: "IPv4", url: local, host: "127.0.0.1:8645", want: http.StatusOK},
		{name: "IPv6", url: local, host: "[::1]:8645", want: http.StatusOK},
		{name: "rebinding name", url: local, host: "attacker.example:8645", want: http.StatusForbidden},
		{name: "allowed name", url: named, host: "node.example", want: http.StatusOK},
		{name: "localhost not listed", url: named, host: "localhost", want: http.StatusForbidden},
		{name: "any", url: any, host: "attacker.example", want: http.StatusOK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := post(t, nil, tc.url, tc.host, call)
			require.Equal(t, tc.want, resp.StatusCode, "%s", body)
		})
	}
	// The client brings 403 back as ErrHostNotAllowed.
	ctx := context.Background()
	c, err := rpcclient.Dial(ctx, strings.Replace(named, "127.0.0.1", "localhost", 1))
	require.NoError(t, err)
	defer c.Close()
	_, err = c.ChainID(ctx)
	require.ErrorIs(t, err, ErrHostNotAllowed)
}

// TestRPCBatchTimeout sends a batch of transactions that outlives the
// request timeout: the answer is a JSON-RPC response in which the calls
// not done are answered with error -32002 and the transactions answered
// with their hash were admitted, not a bare EOF at the write deadline.
func TestRPCBatchTimeout(t *testing.T) {
	const n = 100
	keys := testKeys(n)
	s := chainWithBlock(t, n)
	_, url := startRPC(t, s, func(c *RPCConfig) { c.RequestTimeout, c.BatchItems, c.CallRate = 5*time.Millisecond, n, 0 })
	to := crypto.PubkeyToAddress(keys[0].PublicKey)
	body := batchOf(n, "nrn_sendRawTransaction", func(i int) []any {
		return []any{hexutil.Bytes(transfer(t, keys[i], 0, to, 1).Encode())}
	})
	start := time.Now()
	ans := postBatch(t, url, body)
	require.Less(t, time.Since(start), rpcWriteMargin/2, "answered near the write deadline")
	require.Len(t, ans, n)
	timedOut := 0
	for _, a := range ans {
		if a.Error != nil {
			require.Equal(t, rpcapi.CodeRequestTimeout, a.Error.Code, a.Error.Message)
			timedOut++
			continue
		}
		var h common.Hash
		require.NoError(t, json.Unmarshal(a.Result, &h))
		require.True(t, s.pool.Has(h), "tx %s answered but not pending", h)
	}
	require.Positive(t, timedOut, "no call timed out")
}

// TestListMLSCsPages walks nrn_listMLSCs page by page over the server:
// every MLSC comes exactly once, in order; bad limits are refused with
// ErrBadPage.
func TestListMLSCsPages(t *testing.T) {
	const mlscs = 25 // newProofChain makes n+1
	pc := newProofChain(t, testConfig(t.TempDir()), mlscs-1)
	_, url := startRPC(t, pc.s, nil)
	ctx := context.Background()
	c, err := rpcclient.Dial(ctx, url)
	require.NoError(t, err)
	defer c.Close()
	for _, limit := range []int{1, 7, 25, rpcapi.MaxPage} {
		t.Run(fmt.Sprint(limit), func(t *testing.T) {
			var got []uint64
			pages := 0
			for cursor, more := uint64(0), true; more; pages++ {
				var ids []uint64
				ids, cursor, more, err = c.MLSCPage(ctx, cursor, limit)
				require.NoError(t, err)
				require.LessOrEqual(t, len(ids), limit)
				got = append(got, ids...)
			}
			want := make([]uint64, mlscs)
			for i := range want {
				want[i] = uint64(i)
			}
			require.Equal(t, want, got)
			require.Equal(t, (mlscs+limit-1)/limit, pages)
		})
	}
	all, err := c.MLSCs(ctx)
	require.NoError(t, err)
	require.Len(t, all, mlscs)
	ids, _, more, err := c.MLSCPage(ctx, mlscs+5, 10)
	require.NoError(t, err)
	require.Empty(t, ids)
	require.False(t, more)
	for _, bad := range []int{0, rpcapi.MaxPage + 1} {
		_, _, _, err := c.MLSCPage(ctx, 0, bad)
		require.ErrorIs(t, err, ErrBadPage, "limit %d", bad)
	}
}

// FuzzCountCalls: any body counts at least one call and at most one per
// byte.
func FuzzCountCalls(f *testing.F) {
	f.Add([]byte(`{"jsonrpc":"2.0","id":1,"method":"nrn_chainId"}`))
	f.Add(batchOf(3, "nrn_chainId", noParams))
	f.Add([]byte(` [1,2,`))
	f.Fuzz(func(t *testing.T, body []byte) {
		n := countCalls(body)
		if n < 1 || n > max(1, len(body)) {
			t.Fatalf("countCalls(%q) = %d", body, n)
		}
	})
}
