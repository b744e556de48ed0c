package httpstore

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"

	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/da"
)

// kuboSoftBlockLimit is the size over which kubo's block/put wants
// allow-big-block=true.
const kuboSoftBlockLimit = 1 << 20

// ClientOptions configures a Client.
type ClientOptions struct {
	// URL is the RPC base, e.g. "http://127.0.0.1:5001" (kubo's default).
	URL string
	// HTTPClient defaults to http.DefaultClient. Deadlines come from ctx.
	HTTPClient *http.Client
	// NoPin leaves what Put stores unpinned. By default Put asks kubo to pin
	// it (block/put pin=true), so that `ipfs repo gc` keeps it; an unpinned
	// checkpoint or batch is deleted by the node's next garbage collection.
	// Handler's stores never collect garbage and ignore the option.
	NoPin bool
	// Offline makes Get ask kubo for its local blockstore only
	// (offline=true): a missing block is ErrNotFound at once instead of a
	// search of the IPFS network that lasts until ctx ends.
	Offline bool
}

// Validate lists every problem with the options.
func (o ClientOptions) Validate() error {
	var errs []error
	if o.URL == "" {
		errs = append(errs, errors.New("httpstore: URL is empty"))
	} else if u, err := url.Parse(o.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, fmt.Errorf("httpstore: URL %q is not an http(s) base URL", o.URL))
	}
	return errors.Join(errs...)
}

// Client is a da.Store backed by a kubo-compatible RPC endpoint: this
// package's Handler or a real kubo node. Every Get checks the bytes against
// the CID, so a lying server yields ErrCorrupt, never bad data. Safe for
// concurrent use.
type Client struct {
	base    string
	hc      *http.Client
	noPin   bool
	offline bool
}

var _ da.Store = (*Client)(nil)

// NewClient returns a Client for opts.
func NewClient(opts ClientOptions) (*Client, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	hc := opts.HTTPClient
	if hc == nil {
		hc = http.DefaultClient
	}
	return &Client{base: strings.TrimRight(opts.URL, "/") + "/api/v0/", hc: hc, noPin: opts.NoPin, offline: opts.Offline}, nil
}

// Put implements da.Store.
func (c *Client) Put(ctx context.Context, data []byte) (cid.Cid, error) {
	if err := ctx.Err(); err != nil {
		return cid.Undef, err
	}
	if err := da.CheckSize(len(data)); err != nil {
		return cid.Undef, err
	}
	want := da.Sum(data)
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, err := mw.CreateFormFile("file", "block")
	if err != nil {
		return cid.Undef, err
	}
	fw.Write(data)
	if err := mw.Close(); err != nil {
		return cid.Undef, err
	}
	q := url.Values{"cid-codec": {"raw"}, "mhtype": {"sha2-256"}, "mhlen": {"-1"}}
	if !c.noPin {
		q.Set("pin", "true")
	}
	if len(data) > kuboSoftBlockLimit {
		q.Set("allow-big-block", "true")
	}
	resp, err := c.call(ctx, "block/put", q, mw.FormDataContentType(), &body)
	if err != nil {
		return cid.Undef, fmt.Errorf("httpstore: put %s: %w", want, err)
	}
	defer resp.Body.Close()
	var st blockStat
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<16)).Decode(&st); err != nil {
		return cid.Undef, fmt.Errorf("httpstore: put %s: bad response: %w", want, err)
	}
	if st.Key != want.String() {
		return cid.Undef, fmt.Errorf("httpstore: put: server stored the block as %q, want %s", st.Key, want)
	}
	return want, nil
}

// Get implements da.Store.
func (c *Client) Get(ctx context.Context, id cid.Cid) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := da.CheckCID(id); err != nil {
		return nil, err
	}
	q := url.Values{"arg": {id.String()}}
	if c.offline {
		q.Set("offline", "true")
	}
	resp, err := c.call(ctx, "block/get", q, "", nil)
	if err != nil {
		return nil, fmt.Errorf("httpstore: get %s: %w", id, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, da.MaxObjectSize+1))
	if err != nil {
		return nil, fmt.Errorf("httpstore: get %s: %w", id, err)
	}
	if err := da.Verify(id, data); err != nil {
		if errors.Is(err, da.ErrTooLarge) {
			err = errors.Join(da.ErrCorrupt, err)
		}
		return nil, fmt.Errorf("httpstore: get %s from %s: %w", id, c.base, err)
	}
	return data, nil
}

// Has implements da.Store. Against kubo it asks only the node's own
// blockstore (offline=true), so it never waits on the IPFS network.
func (c *Client) Has(ctx context.Context, id cid.Cid) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	if err := da.CheckCID(id); err != nil {
		return false, err
	}
	resp, err := c.call(ctx, "block/stat", url.Values{"arg": {id.String()}, "offline": {"true"}}, "", nil)
	if errors.Is(err, da.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("httpstore: has %s: %w", id, err)
	}
	resp.Body.Close()
	return true, nil
}

// Pinned reports whether the node pins id (kubo's pin/ls type=recursive,
// which block/put pin=true makes): an object that is not pinned may be
// deleted by the node's garbage collection. Handler reports every object its
// store holds as pinned.
func (c *Client) Pinned(ctx context.Context, id cid.Cid) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	if err := da.CheckCID(id); err != nil {
		return false, err
	}
	q := url.Values{"arg": {id.String()}, "type": {"recursive"}}
	if c.offline {
		q.Set("offline", "true")
	}
	resp, err := c.call(ctx, "pin/ls", q, "", nil)
	if errors.Is(err, errNotPinned) || errors.Is(err, da.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("httpstore: pinned %s: %w", id, err)
	}
	defer resp.Body.Close()
	var ls pinList
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<16)).Decode(&ls); err != nil {
		return false, fmt.Errorf("httpstore: pinned %s: bad response: %w", id, err)
	}
	_, ok := ls.Keys[id.String()]
	return ok, nil
}

// errNotPinned is kubo's answer to pin/ls for an object it does not pin.
var errNotPinned = errors.New("httpstore: not pinned")

// call POSTs to an RPC route and turns error replies into Go errors; the
// caller closes the body of a successful response.
func (c *Client) call(ctx context.Context, route string, q url.Values, ctype string, body io.Reader) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+route+"?"+q.Encode(), body)
	if err != nil {
		return nil, err
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode == http.StatusOK {
		return resp, nil
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
	var ke kuboError
	msg := strings.TrimSpace(string(raw))
	if json.Unmarshal(raw, &ke) == nil && ke.Message != "" {
		msg = ke.Message
	}
	low := strings.ToLower(msg)
	switch {
	case strings.Contains(low, "is not pinned"):
		return nil, fmt.Errorf("%w: %s", errNotPinned, msg)
	case resp.StatusCode == http.StatusNotFound,
		strings.Contains(low, "not found"), strings.Contains(low, "could not find"):
		return nil, fmt.Errorf("%w: %s", da.ErrNotFound, msg)
	case resp.StatusCode == http.StatusRequestEntityTooLarge,
		strings.Contains(low, "too large"), strings.Contains(low, "over 1mib"):
		return nil, fmt.Errorf("%w: %s", da.ErrTooLarge, msg)
	}
	return nil, fmt.Errorf("%s: HTTP %d: %s", route, resp.StatusCode, msg)
}
