package trainer

import (
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"sort"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// startHTTP serves GET /healthz (JSON Health, always 200 while the process
// answers; read Status) and /metrics.
func (d *Daemon) startHTTP() error {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(d.Health())
	})
	if reg := d.promRegistry(); reg != nil {
		mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	}
	ln, err := net.Listen("tcp", d.cfg.HTTPAddr)
	if err != nil {
		return err
	}
	d.httpLn = ln
	d.httpSrv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		if err := d.httpSrv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			d.log.Error("HTTP server failed", "err", err)
		}
	}()
	return nil
}

func sortClaims(cs []ClaimSummary) {
	sort.Slice(cs, func(a, b int) bool {
		if cs[a].MLSC != cs[b].MLSC {
			return cs[a].MLSC < cs[b].MLSC
		}
		return cs[a].Round < cs[b].Round
	})
}
