package explorer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// chromiumPath is Debian's chromium (scripts/install-chromium.sh).
const chromiumPath = "/usr/bin/chromium"

// browser starts a headless chromium with a fresh profile, or skips the
// test when it is not installed (fails instead with NRN_BROWSER=1).
func browser(t *testing.T) context.Context {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("NRN_BROWSER") == "1" {
			t.Fatalf("NRN_BROWSER=1 but %s is missing: run scripts/install-chromium.sh", chromiumPath)
		}
		t.Skipf("%s not installed: scripts/install-chromium.sh installs it (NRN_BROWSER=1 makes this skip a failure)", chromiumPath)
	}
	// Without the background-networking flags chromium reaches for Google's
	// services, which this machine's closed network refuses.
	alloc, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromiumPath),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	t.Cleanup(cancel)
	ctx, cancelCtx := chromedp.NewContext(alloc, chromedp.WithLogf(t.Logf))
	t.Cleanup(cancelCtx)
	// The first call starts the browser, which lives as long as its
	// context: no timeout on this one.
	require.NoError(t, chromedp.Do(ctx), "start chromium")
	return ctx
}

// TestBrowser opens every page of a running chain in a real headless
// chromium, checks what it shows, saves a screenshot of each (the log says
// where), watches a live page follow a new block, and checks the error page
// once the sequencer's RPC is down.
func TestBrowser(t *testing.T) {
	ctx := browser(t)
	n := newTestNet(t)
	s := n.populate()
	_, srv := n.explorer(time.Second)
	shots, err := os.MkdirTemp("", "nrn-explorer-screenshots-")
	require.NoError(t, err)
	t.Logf("screenshots: %s", shots)

	open := func(t *testing.T, name, path string) string {
		t.Helper()
		ctx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL+path), chromedp.WaitVisible(chromedp.CSS("main h1"))), path)
		text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("body")))
		require.NoError(t, err, path)
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		require.NoError(t, err, path)
		file := filepath.Join(shots, name+".png")
		require.NoError(t, os.WriteFile(file, png, 0o644))
		t.Logf("%s: %s (%d bytes)", path, file, len(png))
		return text
	}

	pages := []struct {
		name, path string
		want       []string
	}{
		{"home", "/", []string{"Recent blocks", "Recent batches", "finalized", "submitted"}},
		{"blocks", "/blocks", []string{"Blocks", "L1 block"}},
		{"block", fmt.Sprintf("/block/%d", n.blockOf(s.transfer)), []string{"transfer", "0.000000000000001 NRN"}},
		{"tx", "/tx/" + s.proofTx.Hex(), []string{"loss-proof", "proof digest", "included"}},
		{"account", "/account/" + testAddr(1).Hex(), []string{"balance", "reveal", "commit"}},
		{"mlscs", "/mlscs", []string{"[16 8 4]", "3.00000"}},
		{"mlsc", fmt.Sprintf("/mlsc/%d", s.mlsc), []string{"Best loss per round", "not a CID", `"><img src=x onerror=alert(1)>`}},
		{"round", fmt.Sprintf("/mlsc/%d/round/1", s.mlsc), []string{"Commits", "Reveals", s.proofTx.Hex(), "verified in batch",
			`<script>alert(\"xss\")</script>`}},
		{"batches", "/batches", []string{"finalized", "submitted", "bafk"}},
		{"batch", fmt.Sprintf("/batch/%d", s.claimBatch), []string{"finalized", "L1 gas"}},
		{"bridge", "/bridge", []string{"Deposits (L1 → L2)", "claimed on L1", "Withdrawals (L2 → L1)"}},
	}
	for _, p := range pages {
		t.Run(p.name, func(t *testing.T) {
			text := open(t, p.name, p.path)
			for _, w := range p.want {
				require.Contains(t, text, w)
			}
		})
	}

	t.Run("loss curve", func(t *testing.T) {
		count := func(sel string) int {
			n, err := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf("document.querySelectorAll(%q).length", sel)))
			require.NoError(t, err, sel)
			return n
		}
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(fmt.Sprintf("%s/mlsc/%d", srv.URL, s.mlsc)), chromedp.WaitVisible(chromedp.ID("loss-chart"))))
		require.Equal(t, 1, count("#loss-chart circle.proven"))
		require.Equal(t, 1, count("#loss-chart circle.unproven"))
		require.Equal(t, 1, count("#loss-chart polyline"))
		// The hostile CIDs stayed text: no element came of them.
		require.Zero(t, count("img, script"))
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(fmt.Sprintf("%s/mlsc/%d/round/1", srv.URL, s.mlsc)), chromedp.WaitVisible(chromedp.ID("proof"))))
		require.Zero(t, count("img, script"))
	})

	t.Run("live page follows the chain", func(t *testing.T) {
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/")))
		before, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#head a")))
		require.NoError(t, err)
		next := n.step().Header.Number
		want := fmt.Sprint(next)
		deadline := time.Now().Add(15 * time.Second)
		for {
			// The page reloads itself (meta refresh); read what it shows now.
			now, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#head a")))
			require.NoError(t, err)
			if strings.ReplaceAll(now, ",", "") == want {
				break
			}
			require.True(t, time.Now().Before(deadline), "home still shows head %s (was %s), want %s", now, before, want)
			time.Sleep(200 * time.Millisecond)
		}
	})

	t.Run("sequencer down", func(t *testing.T) {
		n.rpc.Close()
		for _, p := range []struct{ name, path string }{{"error-home", "/"}, {"error-mlsc", fmt.Sprintf("/mlsc/%d", s.mlsc)}} {
			text := open(t, p.name, p.path)
			require.Contains(t, text, "Cannot read the sequencer's RPC")
			require.Contains(t, text, n.rpc.URL)
		}
	})
}
