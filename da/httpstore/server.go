// Package httpstore shares a da.Store between processes over HTTP, speaking
// the subset of kubo's RPC API (/api/v0) that content-addressed blocks need:
//
//	POST /api/v0/block/put?cid-codec=raw&mhtype=sha2-256   multipart field "file"
//	     -> {"Key":"<cid>","Size":<n>}
//	POST /api/v0/block/get?arg=<cid>   -> the raw bytes
//	POST /api/v0/block/stat?arg=<cid>  -> {"Key":"<cid>","Size":<n>}
//	POST /api/v0/pin/ls?arg=<cid>&type=recursive -> {"Keys":{"<cid>":{"Type":"recursive"}}}
//
// The store behind a Handler never collects garbage, so block/put's pin
// option changes nothing and pin/ls reports every object it holds as pinned.
//
// Errors are kubo's JSON {"Message":…,"Code":0,"Type":"error"}. Handler serves
// any da.Store with these routes; Client is a da.Store that talks to a
// Handler or to a real kubo node.
package httpstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/neuron-rollup/neuron/da"
)

// maxRequestBody bounds a block/put request: one object plus multipart framing.
const maxRequestBody = da.MaxObjectSize + 64<<10

// Handler serves a da.Store with kubo-compatible block routes. It is safe for
// concurrent use if the store is.
type Handler struct {
	store da.Store
	log   *slog.Logger
	mux   *http.ServeMux
}

// NewHandler returns a Handler for store. A nil log discards messages.
func NewHandler(store da.Store, log *slog.Logger) *Handler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	h := &Handler{store: store, log: log, mux: http.NewServeMux()}
	h.mux.HandleFunc("POST /api/v0/block/put", h.put)
	h.mux.HandleFunc("POST /api/v0/block/get", h.get)
	h.mux.HandleFunc("POST /api/v0/block/stat", h.stat)
	h.mux.HandleFunc("POST /api/v0/pin/ls", h.pinLs)
	return h
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

// kuboError is the body kubo sends with a failed RPC.
type kuboError struct {
	Message string
	Code    int
	Type    string
}

// blockStat is the body of block/put and block/stat.
type blockStat struct {
	Key  string
	Size int
}

// pinList is the body of pin/ls (kubo's PinLsList).
type pinList struct {
	Keys map[string]pinType
}

type pinType struct {
	Type string
	Name string
}

func (h *Handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	status := http.StatusInternalServerError
	switch {
	case errors.Is(err, da.ErrNotFound):
		status = http.StatusNotFound
	case errors.Is(err, da.ErrTooLarge):
		status = http.StatusRequestEntityTooLarge
	case errors.Is(err, da.ErrBadCID), errors.Is(err, errBadRequest):
		status = http.StatusBadRequest
	}
	if status == http.StatusInternalServerError {
		h.log.Error("da request failed", "path", r.URL.Path, "err", err)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(kuboError{Message: err.Error(), Type: "error"})
}

var errBadRequest = errors.New("bad request")

func (h *Handler) put(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if v := q.Get("cid-codec"); v != "" && v != "raw" {
		h.fail(w, r, fmt.Errorf("%w: cid-codec %q, this store only holds raw blocks", errBadRequest, v))
		return
	}
	if v := q.Get("mhtype"); v != "" && v != "sha2-256" {
		h.fail(w, r, fmt.Errorf("%w: mhtype %q, this store only uses sha2-256", errBadRequest, v))
		return
	}
	if v := q.Get("mhlen"); v != "" && v != "-1" && v != "32" {
		h.fail(w, r, fmt.Errorf("%w: mhlen %q, want 32", errBadRequest, v))
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxRequestBody)
	mr, err := r.MultipartReader()
	if err != nil {
		h.fail(w, r, fmt.Errorf("%w: block/put wants a multipart body: %v", errBadRequest, err))
		return
	}
	part, err := mr.NextPart()
	if err != nil {
		h.fail(w, r, fmt.Errorf("%w: block/put: no file part: %v", errBadRequest, err))
		return
	}
	data, err := io.ReadAll(io.LimitReader(part, da.MaxObjectSize+1))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			err = fmt.Errorf("%w: request body over %d bytes", da.ErrTooLarge, maxRequestBody)
		}
		h.fail(w, r, err)
		return
	}
	c, err := h.store.Put(r.Context(), data)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, blockStat{Key: c.String(), Size: len(data)})
}

func (h *Handler) get(w http.ResponseWriter, r *http.Request) {
	c, err := da.ParseCID(r.URL.Query().Get("arg"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	data, err := h.store.Get(r.Context(), c)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Length", fmt.Sprint(len(data)))
	w.Write(data)
}

func (h *Handler) stat(w http.ResponseWriter, r *http.Request) {
	c, err := da.ParseCID(r.URL.Query().Get("arg"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	ok, err := h.store.Has(r.Context(), c)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if !ok {
		h.fail(w, r, fmt.Errorf("%w: %s", da.ErrNotFound, c))
		return
	}
	data, err := h.store.Get(r.Context(), c)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, blockStat{Key: c.String(), Size: len(data)})
}

// pinLs answers as kubo does for a recursive pin: every object the store
// holds is kept, so it is pinned; any other is "not pinned".
func (h *Handler) pinLs(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	c, err := da.ParseCID(q.Get("arg"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if t := q.Get("type"); t != "" && t != "recursive" && t != "all" {
		h.fail(w, r, fmt.Errorf("%w: pin type %q, this store only has recursive pins", errBadRequest, t))
		return
	}
	ok, err := h.store.Has(r.Context(), c)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if !ok {
		h.fail(w, r, fmt.Errorf("%w: path '%s' is not pinned", da.ErrNotFound, c))
		return
	}
	writeJSON(w, pinList{Keys: map[string]pinType{c.String(): {Type: "recursive"}}})
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

// Server runs a Handler on a TCP address, with the Start/Stop/Stopped
// lifecycle of the project's services.
type Server struct {
	addr    string
	handler http.Handler
	srv     *http.Server
	ln      net.Listener
	done    chan struct{}
	stopped atomic.Bool
	err     error
}

// NewServer returns a Server for store on addr ("127.0.0.1:5001"; port 0
// picks a free port, see Addr).
func NewServer(addr string, store da.Store, log *slog.Logger) *Server {
	return &Server{addr: addr, handler: NewHandler(store, log)}
}

// Start listens and serves in the background.
func (s *Server) Start(ctx context.Context) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", s.addr)
	if err != nil {
		return fmt.Errorf("httpstore: listen %s: %w", s.addr, err)
	}
	s.ln = ln
	s.srv = &http.Server{Handler: s.handler, ReadHeaderTimeout: 10 * time.Second}
	s.done = make(chan struct{})
	go func() {
		defer close(s.done)
		if err := s.srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			s.err = err
		}
	}()
	return nil
}

// Addr is the address the server listens on, once started.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// URL is the base URL for Client, once started.
func (s *Server) URL() string { return "http://" + s.Addr() }

// Stop shuts down gracefully, aborting open requests when ctx ends.
func (s *Server) Stop(ctx context.Context) error {
	if s.srv == nil || s.stopped.Swap(true) {
		return nil
	}
	err := s.srv.Shutdown(ctx)
	if err != nil {
		err = errors.Join(err, s.srv.Close())
	}
	<-s.done
	return errors.Join(err, s.err)
}

// Stopped reports whether Stop was called.
func (s *Server) Stopped() bool { return s.stopped.Load() }
