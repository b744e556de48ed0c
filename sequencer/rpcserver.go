package sequencer

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/time/rate"

	"github.com/neuron-rollup/neuron/rpcapi"
)

// RPCConfig is the JSON-RPC server's address and limits. Every limit
// bounds what one client, or all of them together, can make the node
// spend; docs/operations.md lists them with their flags.
type RPCConfig struct {
	// Addr is the listen address (host:port).
	Addr string
	// VHosts are the names the Host header may carry ("*": any). A request
	// whose Host is an IP address is always served; a name not listed gets
	// 403, which closes DNS rebinding (as go-ethereum's --http.vhosts).
	VHosts []string
	// BatchItems is the most calls one JSON-RPC batch may hold.
	BatchItems int
	// BatchResponseBytes bounds a batch's response: calls past it are
	// answered with error -32003.
	BatchResponseBytes int
	// MaxConns caps the open connections, so that clients cannot take the
	// file descriptors the node's own work (store, DA, L1) needs. At the
	// cap, connections that idle or send nothing are closed and new ones
	// wait in the listen backlog.
	MaxConns int
	// CallRate is the calls per second one client (IP address) may make;
	// each call of a batch counts. 0 sets no rate limit.
	CallRate float64
	// CallBurst is how many calls a client may make at once; at least
	// BatchItems when CallRate is set.
	CallBurst int
	// RequestTimeout bounds a request from its first byte to its answer:
	// calls not answered in it are answered with error -32002 (a batch's
	// answered calls stand), well before the connection's write deadline.
	RequestTimeout time.Duration
}

// Defaults of RPCConfig.
const (
	DefaultRPCBatchItems         = 100
	DefaultRPCBatchResponseBytes = 10 << 20
	DefaultRPCMaxConns           = 512
	DefaultRPCCallRate           = 500
	DefaultRPCCallBurst          = 1000
	DefaultRPCRequestTimeout     = 20 * time.Second
)

// Fixed server timeouts (see docs/operations.md).
const (
	// rpcWriteMargin is how long after RequestTimeout the connection's
	// write deadline falls: the timeout answer is written in it.
	rpcWriteMargin = 10 * time.Second
	// rpcHeaderTimeout bounds reading a request's header.
	rpcHeaderTimeout = 5 * time.Second
	// rpcIdleTimeout closes a keep-alive connection idle this long.
	rpcIdleTimeout = 30 * time.Second
	// rpcBodyLimit is the largest request body (go-ethereum's default).
	rpcBodyLimit = 5 << 20
	// rpcMaxClients bounds the clients the rate limiter tracks; beyond
	// them, new clients share one limiter.
	rpcMaxClients = 1 << 16
)

// DefaultRPCConfig returns the default limits, listening on addr.
func DefaultRPCConfig(addr string) RPCConfig {
	return RPCConfig{Addr: addr, VHosts: []string{"localhost"}, BatchItems: DefaultRPCBatchItems,
		BatchResponseBytes: DefaultRPCBatchResponseBytes, MaxConns: DefaultRPCMaxConns, CallRate: DefaultRPCCallRate,
		CallBurst: DefaultRPCCallBurst, RequestTimeout: DefaultRPCRequestTimeout}
}

// Check lists every problem with the configuration.
func (c *RPCConfig) Check() error {
	var errs []error
	if c.Addr == "" {
		errs = append(errs, errors.New("rpc: no listen address"))
	}
	if c.BatchItems <= 0 {
		errs = append(errs, fmt.Errorf("rpc: batch item limit %d must be positive", c.BatchItems))
	}
	if c.BatchResponseBytes <= 0 {
		errs = append(errs, fmt.Errorf("rpc: batch response limit %d must be positive", c.BatchResponseBytes))
	}
	if c.MaxConns <= 0 {
		errs = append(errs, fmt.Errorf("rpc: connection cap %d must be positive", c.MaxConns))
	}
	if c.CallRate < 0 || math.IsNaN(c.CallRate) || math.IsInf(c.CallRate, 0) {
		errs = append(errs, fmt.Errorf("rpc: call rate %v must be a number >= 0 (0: no limit)", c.CallRate))
	}
	if c.CallRate > 0 && c.CallBurst < c.BatchItems {
		errs = append(errs, fmt.Errorf("rpc: call burst %d is below the batch item limit %d: a full batch could never pass", c.CallBurst, c.BatchItems))
	}
	if c.RequestTimeout <= 0 {
		errs = append(errs, fmt.Errorf("rpc: request timeout %s must be positive", c.RequestTimeout))
	}
	for _, h := range c.VHosts {
		if h == "" || strings.ContainsAny(h, " /:") {
			errs = append(errs, fmt.Errorf("rpc: virtual host %q is not a host name (or *)", h))
		}
	}
	return errors.Join(errs...)
}

// RPCServer serves the nrn_ API over HTTP with RPCConfig's limits.
type RPCServer struct {
	rpc  *rpc.Server
	http *http.Server
	ln   *connLimiter
	done chan error
}

// StartRPCServer listens on cfg.Addr and serves the nrn_ API of s. Stop
// stops it.
func StartRPCServer(s *Sequencer, cfg RPCConfig) (*RPCServer, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	rs, err := newRPCServer(s, cfg.BatchItems, cfg.BatchResponseBytes)
	if err != nil {
		return nil, err
	}
	rs.SetHTTPBodyLimit(rpcBodyLimit)
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		rs.Stop()
		return nil, fmt.Errorf("rpc: listen on %s: %w", cfg.Addr, err)
	}
	lim := newConnLimiter(ln, cfg.MaxConns)
	var h http.Handler = rs
	if cfg.CallRate > 0 {
		h = &rateLimitHandler{next: h, clients: newClientLimiter(rate.Limit(cfg.CallRate), cfg.CallBurst)}
	}
	h = &deadlineHandler{next: h, timeout: cfg.RequestTimeout}
	h = newVHostHandler(cfg.VHosts, h)
	srv := &RPCServer{rpc: rs, ln: lim, done: make(chan error, 1), http: &http.Server{
		Handler:           h,
		ReadHeaderTimeout: rpcHeaderTimeout,
		// A body still arriving at the deadline is cut rpcHeaderTimeout
		// later, and the timeout answer still has time to be written.
		ReadTimeout:  cfg.RequestTimeout + rpcHeaderTimeout,
		WriteTimeout: cfg.RequestTimeout + rpcWriteMargin,
		IdleTimeout:  rpcIdleTimeout,
		ConnState:    lim.track,
	}}
	go func() { srv.done <- srv.http.Serve(lim) }()
	return srv, nil
}

// Addr is the address the server listens on.
func (r *RPCServer) Addr() net.Addr { return r.ln.Addr() }

// Stop stops accepting, waits for the requests in flight until ctx ends
// and then closes every connection.
func (r *RPCServer) Stop(ctx context.Context) error {
	err := r.http.Shutdown(ctx)
	if err != nil {
		err = errors.Join(err, r.http.Close())
	}
	r.rpc.Stop()
	if serr := <-r.done; !errors.Is(serr, http.ErrServerClosed) {
		err = errors.Join(err, serr)
	}
	return err
}

// deadlineHandler gives each request a deadline timeout after it starts
// (deadlineOnly). go-ethereum's rpc.Server answers the calls still
// unanswered at the deadline with error -32002 and flushes the answer; with the connection's
// write deadline rpcWriteMargin later, the answer gets out even when the
// body was slow to arrive or the machine is loaded, where go-ethereum's own
// margin (100 ms before the write deadline, counted from after the body)
// left the client a bare EOF.
type deadlineHandler struct {
	next    http.Handler
	timeout time.Duration
}

func (h *deadlineHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx := deadlineOnly{Context: r.Context(), deadline: time.Now().Add(h.timeout)}
	h.next.ServeHTTP(w, r.WithContext(ctx))
}

// deadlineOnly reports a deadline without ending at it: go-ethereum's
// rpc.Server reads the deadline (ContextRequestTimeout), and at it cancels
// the calls itself and answers those left with -32002. A context that also
// ended at the deadline raced that timer: a batch loop that saw it ended
// first stopped and wrote only the answers it had, leaving the rest of the
// batch unanswered (seen under load: 4 answers to 100 calls).
type deadlineOnly struct {
	context.Context
	deadline time.Time
}

func (c deadlineOnly) Deadline() (time.Time, bool) { return c.deadline, true }

// vhostHandler answers 403 to a request whose Host header names a host
// not allowed, like go-ethereum's virtualHostHandler: a missing Host and an
// IP address pass, "*" lets any name pass. A DNS-rebinding page reaches the
// server under its attacker's name, which is not allowed.
type vhostHandler struct {
	next  http.Handler
	hosts map[string]bool
}

func newVHostHandler(vhosts []string, next http.Handler) *vhostHandler {
	h := &vhostHandler{next: next, hosts: map[string]bool{}}
	for _, v := range vhosts {
		h.hosts[strings.ToLower(v)] = true
	}
	return h
}

func (h *vhostHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Host == "" {
		h.next.ServeHTTP(w, r)
		return
	}
	host, _, err := net.SplitHostPort(r.Host)
	if err != nil {
		host = r.Host // no port
	}
	if net.ParseIP(strings.Trim(host, "[]")) != nil || h.hosts["*"] || h.hosts[strings.ToLower(host)] {
		h.next.ServeHTTP(w, r)
		return
	}
	http.Error(w, fmt.Sprintf("invalid host %q: not in --rpc.vhosts", host), http.StatusForbidden)
}

// rateLimitHandler charges each request's calls (one per item of a batch)
// to its client's rate and answers 429 with a JSON-RPC error (code -32005)
// and Retry-After when they are over it.
type rateLimitHandler struct {
	next    http.Handler
	clients *clientLimiter
}

func (h *rateLimitHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	calls := 1
	if r.Method == http.MethodPost {
		body, err := io.ReadAll(io.LimitReader(r.Body, rpcBodyLimit+1))
		if err != nil {
			http.Error(w, fmt.Sprintf("read body: %v", err), http.StatusBadRequest)
			return
		}
		if len(body) > rpcBodyLimit {
			http.Error(w, fmt.Sprintf("body over %d bytes", rpcBodyLimit), http.StatusRequestEntityTooLarge)
			return
		}
		calls = countCalls(body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
	}
	ip, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		ip = r.RemoteAddr
	}
	if wait, ok := h.clients.allow(ip, calls, time.Now()); !ok {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
		w.WriteHeader(http.StatusTooManyRequests)
		_ = json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": nil, "error": map[string]any{
			"code": rpcapi.CodeRateLimited, "message": fmt.Sprintf("rate limit exceeded: %d calls; retry in %s", calls, wait.Round(time.Millisecond))}})
		return
	}
	h.next.ServeHTTP(w, r)
}

// countCalls is the number of calls in a JSON-RPC request body: the items
// of a batch, else 1 (a malformed body is the RPC server's to reject).
func countCalls(body []byte) int {
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	if len(trimmed) == 0 || trimmed[0] != '[' {
		return 1
	}
	var items []json.RawMessage
	if err := json.Unmarshal(trimmed, &items); err != nil || len(items) == 0 {
		return 1
	}
	return len(items)
}

// clientLimiter keeps a token bucket per client. Buckets unused long
// enough to have refilled are dropped; beyond rpcMaxClients, new clients
// share one bucket. Safe for concurrent use.
type clientLimiter struct {
	limit     rate.Limit
	burst     int
	mu        sync.Mutex
	clients   map[string]*clientBucket
	shared    *rate.Limiter
	lastSweep time.Time
}

type clientBucket struct {
	lim  *rate.Limiter
	seen time.Time
}

func newClientLimiter(limit rate.Limit, burst int) *clientLimiter {
	return &clientLimiter{limit: limit, burst: burst, clients: map[string]*clientBucket{}, shared: rate.NewLimiter(limit, burst)}
}

// refill is how long an unused bucket takes to fill up again.
func (l *clientLimiter) refill() time.Duration {
	return time.Duration(float64(l.burst) / float64(l.limit) * float64(time.Second))
}

// allow charges n calls to client at now, or reports how long the client
// should wait.
func (l *clientLimiter) allow(client string, n int, now time.Time) (time.Duration, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.lastSweep) > l.refill() || len(l.clients) >= rpcMaxClients {
		for k, b := range l.clients {
			if now.Sub(b.seen) > l.refill() {
				delete(l.clients, k)
			}
		}
		l.lastSweep = now
	}
	lim := l.shared
	if b, ok := l.clients[client]; ok {
		b.seen, lim = now, b.lim
	} else if len(l.clients) < rpcMaxClients {
		lim = rate.NewLimiter(l.limit, l.burst)
		l.clients[client] = &clientBucket{lim: lim, seen: now}
	}
	res := lim.ReserveN(now, n)
	if !res.OK() {
		return l.refill(), false
	}
	if d := res.DelayFrom(now); d > 0 {
		res.CancelAt(now)
		return d, false
	}
	return 0, true
}

// connLimiter is a listener that keeps at most max connections open. When
// it is full it closes connections that idle between requests or have
// sent nothing for newConnGrace, so that clients holding connections
// without using them cannot lock others out; others wait in the backlog.
type connLimiter struct {
	net.Listener
	slots chan struct{}
	done  chan struct{}
	close sync.Once

	mu    sync.Mutex
	conns map[net.Conn]connState
}

type connState struct {
	state http.ConnState
	since time.Time
}

// newConnGrace is how long a new connection may send nothing before a
// full limiter closes it.
const newConnGrace = time.Second

// reclaimEvery is how often a full limiter looks for connections to close.
const reclaimEvery = 100 * time.Millisecond

func newConnLimiter(ln net.Listener, max int) *connLimiter {
	return &connLimiter{Listener: ln, slots: make(chan struct{}, max), done: make(chan struct{}), conns: map[net.Conn]connState{}}
}

// Accept waits for a free slot, then accepts.
func (l *connLimiter) Accept() (net.Conn, error) {
	select {
	case l.slots <- struct{}{}:
	default:
		t := time.NewTicker(reclaimEvery)
		defer t.Stop()
	wait:
		for {
			l.reclaim(time.Now())
			select {
			case l.slots <- struct{}{}:
				break wait
			case <-l.done:
				return nil, net.ErrClosed
			case <-t.C:
			}
		}
	}
	c, err := l.Listener.Accept()
	if err != nil {
		<-l.slots
		return nil, err
	}
	lc := &limitedConn{Conn: c, l: l}
	l.mu.Lock()
	l.conns[lc] = connState{state: http.StateNew, since: time.Now()}
	l.mu.Unlock()
	return lc, nil
}

// Close closes the listener; a waiting Accept returns.
func (l *connLimiter) Close() error {
	l.close.Do(func() { close(l.done) })
	return l.Listener.Close()
}

// open is the number of open connections.
func (l *connLimiter) open() int { return len(l.slots) }

// track is the http.Server's ConnState hook.
func (l *connLimiter) track(c net.Conn, s http.ConnState) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.conns[c]; !ok {
		return
	}
	if s == http.StateClosed || s == http.StateHijacked {
		delete(l.conns, c)
		return
	}
	l.conns[c] = connState{state: s, since: time.Now()}
}

// reclaim closes the connections idle between requests, and those that
// have sent nothing for newConnGrace.
func (l *connLimiter) reclaim(now time.Time) {
	var idle []net.Conn
	l.mu.Lock()
	for c, s := range l.conns {
		if s.state == http.StateIdle || (s.state == http.StateNew && now.Sub(s.since) >= newConnGrace) {
			idle = append(idle, c)
		}
	}
	l.mu.Unlock()
	for _, c := range idle {
		_ = c.Close()
	}
}

// limitedConn frees its slot when closed.
type limitedConn struct {
	net.Conn
	l    *connLimiter
	once sync.Once
}

func (c *limitedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() {
		c.l.mu.Lock()
		delete(c.l.conns, c)
		c.l.mu.Unlock()
		<-c.l.slots
	})
	return err
}
