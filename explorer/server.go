package explorer

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"
)

// Server serves an Explorer over HTTP and keeps its index caught up in the
// background, so that pages find it done. Start and Stop once each.
type Server struct {
	e      *Explorer
	lis    net.Listener
	srv    *http.Server
	every  time.Duration
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// Listen opens addr (host:port; port 0 picks one) for e; the index is
// synced every syncEvery (default 2 s).
func Listen(e *Explorer, addr string, syncEvery time.Duration) (*Server, error) {
	if syncEvery <= 0 {
		syncEvery = 2 * time.Second
	}
	lis, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("explorer: listen %s: %w", addr, err)
	}
	return &Server{e: e, lis: lis, every: syncEvery, srv: &http.Server{Handler: e, ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout: 10 * time.Second, WriteTimeout: time.Minute, IdleTimeout: time.Minute}}, nil
}

// URL is the explorer's address, http://host:port.
func (s *Server) URL() string { return "http://" + s.lis.Addr().String() }

// Start serves and syncs until Stop.
func (s *Server) Start(ctx context.Context) error {
	ctx, s.cancel = context.WithCancel(context.WithoutCancel(ctx))
	s.wg.Add(2)
	go func() {
		defer s.wg.Done()
		if err := s.srv.Serve(s.lis); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.e.log.Error("Explorer server failed", "err", err)
		}
	}()
	go func() {
		defer s.wg.Done()
		t := time.NewTicker(s.every)
		defer t.Stop()
		for {
			if err := s.e.Sync(ctx); err != nil && ctx.Err() == nil {
				s.e.log.Warn("Explorer index sync failed", "err", err)
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return nil
}

// Stop stops syncing and shuts the server down, waiting for open requests
// until ctx ends.
func (s *Server) Stop(ctx context.Context) error {
	if s.cancel != nil {
		s.cancel()
	}
	err := s.srv.Shutdown(ctx)
	s.wg.Wait()
	return err
}
