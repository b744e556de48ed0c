package httpstore_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/chunked"
	"github.com/neuron-rollup/neuron/da/fsstore"
	"github.com/neuron-rollup/neuron/da/httpstore"
	"github.com/neuron-rollup/neuron/da/storetest"
)

func newClient(t *testing.T, h http.Handler) *httpstore.Client {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	c, err := httpstore.NewClient(httpstore.ClientOptions{URL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) da.Store {
		fs, err := fsstore.Open(fsstore.Options{Dir: t.TempDir(), NoSync: true})
		if err != nil {
			t.Fatal(err)
		}
		return newClient(t, httpstore.NewHandler(fs, nil))
	})
}

func TestCorruptServer(t *testing.T) {
	ctx := context.Background()
	mem := da.NewMemory()
	c := newClient(t, httpstore.NewHandler(mem, nil))
	id, err := c.Put(ctx, []byte("batch 7"))
	if err != nil {
		t.Fatal(err)
	}
	// A server that lies: it returns other bytes for the CID.
	liar := newClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("batch 8"))
	}))
	if _, err := liar.Get(ctx, id); !errors.Is(err, da.ErrCorrupt) {
		t.Fatalf("Get from lying server: err = %v, want ErrCorrupt", err)
	}
}

// TestKuboWire checks the exact requests the client sends, as kubo expects them.
func TestKuboWire(t *testing.T) {
	ctx := context.Background()
	var seen []string
	c := newClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen = append(seen, r.Method+" "+r.URL.Path+"?"+r.URL.RawQuery)
		switch r.URL.Path {
		case "/api/v0/block/put":
			f, _, err := r.FormFile("file")
			if err != nil {
				t.Errorf("no multipart file: %v", err)
				return
			}
			f.Close()
			w.Write([]byte(`{"Key":"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku","Size":0}`))
		case "/api/v0/block/stat":
			// What kubo says for a block it lacks with offline=true.
			w.WriteHeader(500)
			w.Write([]byte(`{"Message":"block was not found locally (offline): ipld: could not find bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku","Code":0,"Type":"error"}`))
		case "/api/v0/pin/ls":
			// What kubo 0.43 says for an object it does not pin.
			w.WriteHeader(500)
			w.Write([]byte(`{"Message":"path 'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku' is not pinned","Code":0,"Type":"error"}`))
		}
	}))
	id, err := c.Put(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	ok, err := c.Has(ctx, id)
	if err != nil || ok {
		t.Fatalf("Has = %v, %v; want false, nil", ok, err)
	}
	ok, err = c.Pinned(ctx, id)
	if err != nil || ok {
		t.Fatalf("Pinned = %v, %v; want false, nil", ok, err)
	}
	want := []string{
		"POST /api/v0/block/put?cid-codec=raw&mhlen=-1&mhtype=sha2-256&pin=true",
		"POST /api/v0/block/stat?arg=bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku&offline=true",
		"POST /api/v0/pin/ls?arg=bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku&type=recursive",
	}
	if strings.Join(seen, "\n") != strings.Join(want, "\n") {
		t.Fatalf("requests:\n%s\nwant:\n%s", strings.Join(seen, "\n"), strings.Join(want, "\n"))
	}
}

// TestPinOption checks that Put asks kubo to pin unless NoPin is set: an
// unpinned object goes with the node's next `ipfs repo gc`.
func TestPinOption(t *testing.T) {
	for _, tc := range []struct {
		name  string
		noPin bool
		want  string
	}{
		{"default pins", false, "true"},
		{"NoPin", true, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var pin []string
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				pin = append(pin, r.URL.Query().Get("pin"))
				w.Write([]byte(`{"Key":"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku","Size":0}`))
			}))
			defer srv.Close()
			c, err := httpstore.NewClient(httpstore.ClientOptions{URL: srv.URL, NoPin: tc.noPin})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := c.Put(context.Background(), nil); err != nil {
				t.Fatal(err)
			}
			if len(pin) != 1 || pin[0] != tc.want {
				t.Fatalf("block/put pin=%q, want %q", pin, tc.want)
			}
		})
	}
}

func TestServerLifecycle(t *testing.T) {
	ctx := context.Background()
	s := httpstore.NewServer("127.0.0.1:0", da.NewMemory(), nil)
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	c, err := httpstore.NewClient(httpstore.ClientOptions{URL: s.URL()})
	if err != nil {
		t.Fatal(err)
	}
	id, err := c.Put(ctx, []byte("x"))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := c.Get(ctx, id); err != nil || string(got) != "x" {
		t.Fatalf("Get = %q, %v", got, err)
	}
	sctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := s.Stop(sctx); err != nil {
		t.Fatal(err)
	}
	if !s.Stopped() {
		t.Fatal("Stopped() = false after Stop")
	}
}

func TestRejectsGET(t *testing.T) {
	srv := httptest.NewServer(httpstore.NewHandler(da.NewMemory(), nil))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/api/v0/block/get?arg=x")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Fatalf("GET status %d, want 405 (kubo RPC is POST-only)", resp.StatusCode)
	}
}

func TestClientOptions(t *testing.T) {
	for _, u := range []string{"", "ftp://x", "127.0.0.1:5001"} {
		if _, err := httpstore.NewClient(httpstore.ClientOptions{URL: u}); err == nil {
			t.Errorf("NewClient(%q) succeeded", u)
		}
	}
}

// TestRealKubo runs the conformance suite against a kubo node when
// NRN_TEST_KUBO_API names its RPC address (e.g. http://127.0.0.1:5001).
func TestRealKubo(t *testing.T) {
	url := kuboURL(t)
	storetest.Run(t, func(t *testing.T) da.Store {
		c, err := httpstore.NewClient(httpstore.ClientOptions{URL: url, Offline: true})
		if err != nil {
			t.Fatal(err)
		}
		return c
	})
}

// TestRealKuboGC runs kubo's garbage collection (repo/gc) after a put: a
// pinned object (the default) survives it, an unpinned one (NoPin) does not.
func TestRealKuboGC(t *testing.T) {
	url := kuboURL(t)
	ctx := context.Background()
	for _, tc := range []struct {
		name  string
		noPin bool
	}{
		{"pinned", false},
		{"NoPin", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := httpstore.NewClient(httpstore.ClientOptions{URL: url, Offline: true, NoPin: tc.noPin})
			if err != nil {
				t.Fatal(err)
			}
			id, err := c.Put(ctx, []byte(fmt.Sprintf("checkpoint %s %d", tc.name, time.Now().UnixNano())))
			if err != nil {
				t.Fatal(err)
			}
			resp, err := http.Post(url+"/api/v0/repo/gc", "", nil)
			if err != nil {
				t.Fatal(err)
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("repo/gc: HTTP %d", resp.StatusCode)
			}
			_, err = c.Get(ctx, id)
			if kept := err == nil; kept == tc.noPin {
				t.Fatalf("after repo/gc: Get = %v; want kept = %v", err, !tc.noPin)
			}
		})
	}
}

// TestRealKuboChunked puts a 2.5 MiB object as chunks (da/chunked, as
// checkpoints and traces are), runs kubo's garbage collection and reads it
// back: every chunk was pinned and none was over kubo's 1 MiB block limit.
func TestRealKuboChunked(t *testing.T) {
	url := kuboURL(t)
	ctx := context.Background()
	c, err := httpstore.NewClient(httpstore.ClientOptions{URL: url, Offline: true})
	if err != nil {
		t.Fatal(err)
	}
	data := make([]byte, 5*chunked.ChunkSize/2)
	binary.LittleEndian.PutUint64(data, uint64(time.Now().UnixNano()))
	id, err := chunked.Put(ctx, c, data)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post(url+"/api/v0/repo/gc", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	got, err := chunked.Get(ctx, c, id, int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, data) {
		t.Fatal("read back other bytes")
	}
}

func kuboURL(t *testing.T) string {
	url := os.Getenv("NRN_TEST_KUBO_API")
	if url == "" {
		t.Skip("set NRN_TEST_KUBO_API=http://127.0.0.1:5001 to test against a running kubo")
	}
	return url
}
