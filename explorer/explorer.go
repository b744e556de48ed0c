// Package explorer is Neuron's web explorer: plain server-rendered HTML pages
// (html/template, embedded assets, inline SVG charts drawn here, no
// JavaScript needed) over a sequencer's nrn_ JSON-RPC API and the L1
// contracts' events. It shows blocks and transactions, accounts, MLSCs with
// their best loss per round as a curve, rounds with their commits, reveals
// and loss proof, batches with their L1 status, gas and DA CID, and bridge
// deposits and withdrawals.
//
// What the API cannot answer directly (an account's transactions, the proof
// transaction of a round, the L1 record of batches, proofs, deposits and
// claims) comes from an in-memory index that follows both chains (index.go).
// It is rebuilt from the chains at start, so the explorer keeps no state on
// disk; it suits devnets and test networks, not chains of millions of
// transactions.
//
// A page whose data cannot be read (the sequencer's RPC or the L1 node is
// down) is an error page naming what failed, with HTTP status 502.
package explorer

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"

	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcapi"
	"github.com/neuron-rollup/neuron/rpcclient"
)

// L2 is what the explorer reads from the sequencer (the nrn_ RPC client
// has it). Errors wrap rpcapi's sentinels (rpcapi.ErrNotFound).
type L2 interface {
	BlockNumber(ctx context.Context) (uint64, error)
	Block(ctx context.Context, number uint64, full bool) (*rpcapi.Block, error)
	TxStatus(ctx context.Context, h common.Hash) (*rpcapi.TxStatus, error)
	Account(ctx context.Context, a common.Address) (*rpcapi.Account, error)
	MLSCPage(ctx context.Context, cursor uint64, limit int) (ids []uint64, next uint64, more bool, err error)
	MLSC(ctx context.Context, id uint64) (*rpcapi.MLSCView, error)
	Round(ctx context.Context, id, round uint64) (*rollup.Round, error)
	Batch(ctx context.Context, i uint64) (*rpcapi.Batch, error)
}

// L1 is what the explorer reads from the L1 node: the contracts' events and
// calls, headers and receipts (ethclient.Client and simchain.Chain have it).
type L1 interface {
	bind.ContractBackend
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error)
	// TransactionByHash reads a batch's submitBatch call: BatchSubmitted logs
	// only its index, state root and proof count.
	TransactionByHash(ctx context.Context, h common.Hash) (*types.Transaction, bool, error)
}

// Config configures an explorer.
type Config struct {
	// RPCURL and L1URL name the sequencer's RPC and the L1 node on pages
	// (an error page says which one failed); they are not dialled here.
	RPCURL, L1URL string
	// Rollup and Bridge are the L1 contracts; DeployBlock is the first L1
	// block to read their events from.
	Rollup, Bridge common.Address
	DeployBlock    uint64
	// Refresh makes the pages that change while the chain runs reload
	// themselves this often (a meta refresh); 0 turns it off.
	Refresh time.Duration
	// L1Range bounds the L1 blocks of one log query (0: 5000); nodes refuse
	// large ones.
	L1Range uint64
	// NRNDecimals is the token's decimals for amounts (0: 18).
	NRNDecimals int
}

// Check lists every problem with the config.
func (c *Config) Check() error {
	var errs []error
	if c.Rollup == (common.Address{}) {
		errs = append(errs, errors.New("explorer: Rollup address unset"))
	}
	if c.Bridge == (common.Address{}) {
		errs = append(errs, errors.New("explorer: Bridge address unset"))
	}
	if c.Refresh < 0 {
		errs = append(errs, fmt.Errorf("explorer: refresh %s is negative", c.Refresh))
	}
	if c.NRNDecimals < 0 || c.NRNDecimals > 77 {
		errs = append(errs, fmt.Errorf("explorer: %d NRN decimals outside 0..77", c.NRNDecimals))
	}
	return errors.Join(errs...)
}

// Deps are the explorer's clients.
type Deps struct {
	L2  L2
	L1  L1
	Log log.Logger // nil: discard
}

// Explorer serves the pages. It is an http.Handler, safe for concurrent use.
type Explorer struct {
	cfg   Config
	l2    L2
	l1    *l1Reader
	log   log.Logger
	idx   *index
	pages map[string]*template.Template
	mux   *http.ServeMux
}

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// New returns an explorer reading through deps.
func New(cfg Config, deps Deps) (*Explorer, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if deps.L2 == nil || deps.L1 == nil {
		return nil, errors.New("explorer: L2 and L1 clients are required")
	}
	if cfg.L1Range == 0 {
		cfg.L1Range = 5000
	}
	if cfg.NRNDecimals == 0 {
		cfg.NRNDecimals = 18
	}
	e := &Explorer{cfg: cfg, l2: deps.L2, log: deps.Log}
	if e.log == nil {
		e.log = log.NewLogger(slog.DiscardHandler)
	}
	e.l1 = newL1Reader(deps.L1, cfg.Rollup, cfg.Bridge, cfg.L1Range)
	e.idx = newIndex(deps.L2, e.l1, cfg.DeployBlock)
	if err := e.initTemplates(); err != nil {
		return nil, fmt.Errorf("init templates: %w", err)
	}
	e.initRoutes()
	return e, nil
}

// ServeHTTP serves the explorer's pages.
func (e *Explorer) ServeHTTP(w http.ResponseWriter, r *http.Request) { e.mux.ServeHTTP(w, r) }

// Sync brings the index up to the heads of both chains. Pages call it
// themselves; a server calls it in the background so that they find it
// done.
func (e *Explorer) Sync(ctx context.Context) error {
	if err := e.idx.syncL2(ctx); err != nil {
		return err
	}
	return e.idx.syncL1(ctx)
}

func (e *Explorer) initTemplates() error {
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return err
	}
	base, err := template.New("layout").Funcs(e.funcs()).ParseFS(templateFS, "templates/layout.html", "templates/parts.html")
	if err != nil {
		return err
	}
	e.pages = map[string]*template.Template{}
	for _, n := range names {
		if n == "templates/layout.html" || n == "templates/parts.html" {
			continue
		}
		t, err := base.Clone()
		if err == nil {
			t, err = t.ParseFS(templateFS, n)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", n, err)
		}
		e.pages[n[len("templates/"):len(n)-len(".html")]] = t
	}
	return nil
}

func (e *Explorer) initRoutes() {
	m := http.NewServeMux()
	static, _ := fs.Sub(staticFS, "static")
	m.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	m.HandleFunc("GET /{$}", e.page("home", e.home))
	m.HandleFunc("GET /blocks", e.page("blocks", e.blocks))
	m.HandleFunc("GET /block/{n}", e.page("block", e.block))
	m.HandleFunc("GET /tx/{hash}", e.page("tx", e.tx))
	m.HandleFunc("GET /account/{addr}", e.page("account", e.account))
	m.HandleFunc("GET /mlscs", e.page("mlscs", e.mlscs))
	m.HandleFunc("GET /mlsc/{id}", e.page("mlsc", e.mlsc))
	m.HandleFunc("GET /mlsc/{id}/round/{round}", e.page("round", e.round))
	m.HandleFunc("GET /batches", e.page("batches", e.batches))
	m.HandleFunc("GET /batch/{i}", e.page("batch", e.batch))
	m.HandleFunc("GET /bridge", e.page("bridge", e.bridge))
	m.HandleFunc("GET /search", e.search)
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		e.fail(w, r, &pageError{Status: http.StatusNotFound, Title: "No such page", Detail: r.URL.Path})
	})
	e.mux = m
}

// view is what every page template gets: the page's own data and the
// layout's.
type view struct {
	Title   string
	Refresh int // seconds; 0: none
	RPCURL  string
	L1URL   string
	Data    any
}

// pageFunc reads what one page shows. It returns the page title, whether the
// page changes while the chain runs (it then refreshes), and its data.
type pageFunc func(ctx context.Context, r *http.Request) (title string, live bool, data any, err error)

func (e *Explorer) page(name string, fn pageFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		title, live, data, err := fn(r.Context(), r)
		if err != nil {
			e.fail(w, r, err)
			return
		}
		v := &view{Title: title, RPCURL: e.cfg.RPCURL, L1URL: e.cfg.L1URL, Data: data}
		if live {
			v.Refresh = int(e.cfg.Refresh.Round(time.Second) / time.Second)
		}
		e.render(w, http.StatusOK, name, v)
	}
}

func (e *Explorer) render(w http.ResponseWriter, status int, name string, v *view) {
	var buf bytes.Buffer
	if err := e.pages[name].ExecuteTemplate(&buf, "layout", v); err != nil {
		// A template error is a bug; say so rather than send half a page.
		e.log.Error("Explorer page failed to render", "page", name, "err", err)
		http.Error(w, "explorer: page "+name+" failed to render", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self' data:")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

var _ L2 = (*rpcclient.Client)(nil)
