package explorer

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"
)

func get(t testing.TB, srv string, path string) (int, string) {
	t.Helper()
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Get(srv + path)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	if loc := resp.Header.Get("Location"); loc != "" {
		return resp.StatusCode, loc
	}
	return resp.StatusCode, string(b)
}

// TestPages opens every page of a populated chain and checks what it shows.
func TestPages(t *testing.T) {
	n := newTestNet(t)
	s := n.populate()
	_, srv := n.explorer(5 * time.Second)
	head := n.seq.Head().Number
	proofRound := fmt.Sprintf("/mlsc/%d/round/1", s.mlsc)

	cases := []struct {
		name, path string
		status     int
		want       []string
		wantNot    []string
	}{
		{name: "home", path: "/", status: 200, want: []string{
			`<meta http-equiv="refresh" content="5">`, fmt.Sprintf(`href="/block/%d"`, head), "Recent batches", `href="/batch/0"`,
			"finalized", "submitted", "batches sealed / on L1"}},
		{name: "blocks", path: "/blocks", status: 200, want: []string{fmt.Sprintf(`href="/block/%d"`, head), `href="/block/1"`}},
		{name: "blocks page", path: "/blocks?before=3", status: 200, want: []string{`href="/block/2"`, `href="/block/0"`},
			wantNot: []string{`href="/block/3"`, "http-equiv"}},
		{name: "block with transfers", path: "/block/" + fmt.Sprint(n.blockOf(s.transfer)), status: 200,
			want: []string{s.transfer.Hex(), "transfer", "0.000000000000001 NRN", "parent <a"}},
		{name: "transaction", path: "/tx/" + s.transfer.Hex(), status: 200,
			want: []string{"included", s.transfer.Hex(), testAddr(0).Hex(), testAddr(1).Hex()}},
		{name: "loss proof transaction", path: "/tx/" + s.proofTx.Hex(), status: 200, want: []string{"loss-proof", "proof digest"}},
		{name: "account", path: "/account/" + testAddr(1).Hex(), status: 200,
			want: []string{s.transfer.Hex(), "commit", "reveal", "stake", "Transactions"}},
		{name: "account without transactions", path: "/account/0x00000000000000000000000000000000000000aa", status: 200,
			want: []string{"No transactions"}},
		{name: "mlscs", path: "/mlscs", status: 200, want: []string{fmt.Sprintf(`href="/mlsc/%d"`, s.mlsc), "[16 8 4]", "3.00000"}},
		{name: "rounds table", path: fmt.Sprintf("/mlsc/%d", s.mlsc), status: 200, want: []string{"<td>3.00000</td>", "<td>2.00000</td>", "mse loss"}},
		{name: "mlsc with loss curve", path: fmt.Sprintf("/mlsc/%d", s.mlsc), status: 200, want: []string{
			`<svg class="chart" id="loss-chart"`, "<polyline", `class="proven"`, `class="unproven"`, "round 1: 3.00000 (proven)",
			"round 2: 2.00000 (not proven)", "not a CID: &#34;\\&#34;&gt;&lt;img src=x onerror=alert(1)&gt;&#34;"},
			wantNot: []string{"<img src=x"}},
		{name: "round with proof", path: proofRound, status: 200, want: []string{
			"Commits", "Reveals", s.proofTx.Hex(), "verified in", "not a CID: &#34;&lt;script&gt;alert(\\&#34;xss\\&#34;)&lt;/script&gt;&#34;"},
			wantNot: []string{"<script>"}},
		{name: "round waiting for its proof", path: fmt.Sprintf("/mlsc/%d/round/2", s.mlsc), status: 200,
			want: []string{"No loss proof", "http-equiv"}},
		{name: "batches", path: "/batches", status: 200, want: []string{"finalized", "submitted", "bafk"}},
		{name: "batch", path: fmt.Sprintf("/batch/%d", s.claimBatch), status: 200, want: []string{"finalized", "L1 gas", "bafk"}},
		{name: "bridge", path: "/bridge", status: 200, want: []string{
			"Deposits (L1 → L2)", testAddr(2).Hex()[:6], "claimed on L1", "3 deposits on L1", "1 withdrawals on L2"}},
		{name: "search block", path: "/search?q=2", status: 303, want: []string{"/block/2"}},
		{name: "search tx", path: "/search?q=" + s.transfer.Hex(), status: 303, want: []string{"/tx/" + strings.ToLower(s.transfer.Hex())}},
		{name: "search address", path: "/search?q=" + testAddr(0).Hex(), status: 303, want: []string{"/account/" + testAddr(0).Hex()}},
		{name: "hostile search", path: "/search?q=" + url.QueryEscape(`"><script>alert(1)</script>`), status: 404,
			want: []string{"Nothing found", "&lt;script&gt;"}, wantNot: []string{"<script>"}},
		{name: "unknown block", path: "/block/999999", status: 404, want: []string{"Not found", "block 999999"}},
		{name: "unknown mlsc", path: "/mlsc/77", status: 404, want: []string{"Not found"}},
		{name: "unknown round", path: fmt.Sprintf("/mlsc/%d/round/9", s.mlsc), status: 404, want: []string{"Not found"}},
		{name: "unknown batch", path: "/batch/4242", status: 404, want: []string{"Not found"}},
		{name: "unknown tx", path: "/tx/0x" + strings.Repeat("ab", 32), status: 200, want: []string{"unknown"}},
		{name: "bad block number", path: "/block/" + url.PathEscape("<b>x"), status: 400, want: []string{"Bad block number", "&lt;b&gt;x"}},
		{name: "bad address", path: "/account/0x12", status: 400, want: []string{"Bad address"}},
		{name: "bad cursor", path: "/mlscs?cursor=-1", status: 400, want: []string{"Bad cursor"}},
		{name: "no such page", path: "/nope", status: 404, want: []string{"No such page"}},
		{name: "stylesheet", path: "/static/style.css", status: 200, want: []string{"svg.chart"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, body := get(t, srv.URL, c.path)
			require.Equal(t, c.status, status, body)
			for _, w := range c.want {
				require.Contains(t, body, w)
			}
			// No page prints a formatting error or a hex number where a
			// decimal one belongs.
			for _, w := range append(c.wantNot, "%!", `/block/0x`, `/batch/0x`, `>0x0<`, `>0x1<`) {
				require.NotContains(t, body, w)
			}
		})
	}
}

// blockOf is the block that included transaction h.
func (n *testNet) blockOf(h [32]byte) uint64 {
	n.t.Helper()
	st, err := n.client.TxStatus(context.Background(), h)
	must(n.t, err)
	return st.Receipt.Height
}

// TestPagesFollowTheChain: a block made after a page was served shows up
// on the next load.
func TestPagesFollowTheChain(t *testing.T) {
	n := newTestNet(t)
	_, srv := n.explorer(time.Second)
	_, body := get(t, srv.URL, "/account/"+testAddr(5).Hex())
	require.Contains(t, body, "No transactions")
	tx := n.transfer(0, 5, 5)
	blk := n.step(tx)
	_, body = get(t, srv.URL, "/")
	require.Contains(t, body, fmt.Sprintf(`href="/block/%d"`, blk.Header.Number))
	_, body = get(t, srv.URL, "/account/"+testAddr(5).Hex())
	require.Contains(t, body, tx.Hash().Hex())
}

// TestFailedFetch: with the sequencer's RPC down, or the L1 node, a page
// is an error page (502) that names what failed, never an empty page.
func TestFailedFetch(t *testing.T) {
	n := newTestNet(t)
	n.step(n.transfer(0, 1, 1))
	n.seal()
	n.post()
	_, srv := n.explorer(0)
	status, _ := get(t, srv.URL, "/")
	require.Equal(t, 200, status)

	// The L1 node is gone: a page that needs it fails and says so; a page
	// of the sequencer alone still works.
	l1down, err := New(Config{RPCURL: n.rpc.URL, L1URL: "http://127.0.0.1:1", Rollup: n.dep.Rollup.Address, Bridge: n.dep.Bridge.Address},
		Deps{L2: n.client, L1: deadL1(t)})
	require.NoError(t, err)
	for _, path := range []string{"/", "/batches", "/batch/0", "/bridge"} {
		rec := serve(l1down, path)
		require.Equal(t, http.StatusBadGateway, rec.status, path)
		require.Contains(t, rec.body, "Cannot read the L1 node", path)
		require.Contains(t, rec.body, "http://127.0.0.1:1", path)
	}
	require.Equal(t, 200, serve(l1down, "/block/1").status)

	n.rpc.Close()
	for _, path := range []string{"/", "/blocks", "/block/1", "/account/" + testAddr(0).Hex(), "/mlscs", "/mlsc/0", "/mlsc/0/round/1",
		"/batches", "/bridge", "/tx/0x" + strings.Repeat("00", 32)} {
		status, body := get(t, srv.URL, path)
		require.Equal(t, http.StatusBadGateway, status, path)
		require.Contains(t, body, "Cannot read the sequencer&#39;s RPC", path)
		require.Contains(t, body, n.rpc.URL, path)
		require.Contains(t, body, `id="error"`, path)
	}
}

// TestCheck lists every problem with a config.
func TestCheck(t *testing.T) {
	err := (&Config{Refresh: -time.Second, NRNDecimals: 99}).Check()
	require.Error(t, err)
	for _, w := range []string{"Rollup address unset", "Bridge address unset", "refresh -1s", "99 NRN decimals"} {
		require.ErrorContains(t, err, w)
	}
}

func TestSearchTarget(t *testing.T) {
	h := "0x" + strings.Repeat("Ab", 32)
	a := "0x" + strings.Repeat("cd", 20)
	for _, c := range []struct{ q, want string }{
		{"", ""},
		{"12", "/block/12"},
		{"-1", ""},
		{"18446744073709551616", ""},
		{h, "/tx/" + strings.ToLower(h)},
		{a, "/account/" + a},
		{h[:65], ""},
		{"0x" + strings.Repeat("zz", 20), ""},
		{"<script>", ""},
		{"../../etc", ""},
	} {
		require.Equal(t, c.want, searchTarget(c.q), c.q)
	}
}

// FuzzSearchTarget: whatever is searched, the redirect stays on this site
// and names one of three page kinds.
func FuzzSearchTarget(f *testing.F) {
	for _, s := range []string{"1", "0x" + strings.Repeat("00", 32), "0x" + strings.Repeat("11", 20), "//evil.example", "<x>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if got := searchTarget(q); got != "" && !targetRE.MatchString(got) {
			t.Fatalf("%q → %q", q, got)
		}
	})
}

var targetRE = regexp.MustCompile(`^/(block/[0-9]+|tx/0x[0-9a-f]{64}|account/0x[0-9a-fA-F]{40})$`)

// deadL1 is an L1 client of a node that is not there.
func deadL1(t *testing.T) *ethclient.Client {
	c, err := ethclient.Dial("http://127.0.0.1:1")
	require.NoError(t, err)
	t.Cleanup(c.Close)
	return c
}

type recorded struct {
	status int
	body   string
}

func serve(h http.Handler, path string) recorded {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return recorded{rec.Code, rec.Body.String()}
}

// TestServer: a server listens, its background sync indexes blocks made
// after it started without a page asking, and Stop ends it.
func TestServer(t *testing.T) {
	n := newTestNet(t)
	e, err := New(Config{RPCURL: n.rpc.URL, Rollup: n.dep.Rollup.Address, Bridge: n.dep.Bridge.Address, DeployBlock: n.dep.Block},
		Deps{L2: n.client, L1: n.l1, Log: testLog(t)})
	require.NoError(t, err)
	srv, err := Listen(e, "127.0.0.1:0", 10*time.Millisecond)
	require.NoError(t, err)
	require.NoError(t, srv.Start(context.Background()))
	blk := n.step(n.transfer(0, 1, 1))
	require.Eventually(t, func() bool {
		e.idx.mu.RLock()
		defer e.idx.mu.RUnlock()
		return e.idx.l2Next > blk.Header.Number
	}, 10*time.Second, 10*time.Millisecond)
	status, body := get(t, srv.URL(), "/")
	require.Equal(t, http.StatusOK, status, body)
	require.NoError(t, srv.Stop(context.Background()))
	_, err = http.Get(srv.URL())
	require.Error(t, err, "stopped")
}
