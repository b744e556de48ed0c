package trainer

import (
	"bufio"
	"context"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http/httptest"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/da/backend"
	"github.com/neuron-rollup/neuron/da/httpstore"
	"github.com/neuron-rollup/neuron/l1/keys"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcapi"
	"github.com/neuron-rollup/neuron/rpcclient"
)

const (
	crashChildEnv = "NRN_TRAINER_CRASH_CHILD"
	crashKillEnv  = "NRN_TRAINER_CRASH_KILL_AT" // the child halts there, to be killed
	crashPauseEnv = "NRN_TRAINER_CRASH_PAUSE_AT"
)

func TestMain(m *testing.M) {
	if os.Getenv(crashChildEnv) != "" {
		crashChild(os.Args[1:])
		return
	}
	os.Exit(m.Run())
}

// crashChild runs the daemon as nrn-trainer run builds it (trainer/node's
// NewFromCLI: key, DA over HTTP, the sequencer's RPC) from the run flags the
// test passes, and prints "AT <point> <tx>" at each hook point. At the point
// named by crashKillEnv it halts (the parent SIGKILLs it there); at
// crashPauseEnv it waits for a line on stdin. SIGINT stops it cleanly.
func crashChild(args []string) {
	fs := flag.NewFlagSet("crash-child", flag.ContinueOnError)
	seqURL, daURL := fs.String("sequencer", "", ""), fs.String("da", "", "")
	hexKey, stake := fs.String("private-key", "", ""), fs.String("stake", "0", "")
	mlsc := fs.Uint64("mlsc", 0, "")
	cfg := DefaultConfig()
	fs.StringVar(&cfg.DataDir, "data-dir", "", "")
	fs.DurationVar(&cfg.PollInterval, "poll-interval", cfg.PollInterval, "")
	fs.DurationVar(&cfg.TxTimeout, "tx-timeout", cfg.TxTimeout, "")
	fs.IntVar(&cfg.Threads, "threads", 0, "")
	run := func() error {
		if err := fs.Parse(args); err != nil {
			return err
		}
		cfg.MLSCs = []uint64{*mlsc}
		var err error
		if cfg.MinStake, err = uint256.FromDecimal(*stake); err != nil {
			return err
		}
		key, err := keys.Load(*hexKey, "", "")
		if err != nil {
			return err
		}
		store, err := backend.Options{URL: *daURL}.Open()
		if err != nil {
			return err
		}
		rc, err := rpc.DialContext(context.Background(), *seqURL)
		if err != nil {
			return err
		}
		defer rc.Close()
		d, err := New(cfg, Deps{Log: log.NewLogger(log.NewTerminalHandler(os.Stderr, false)), Key: key,
			Sequencer: rpcclient.NewClient(rc), Blocks: RPCBlocks{C: rc}, DA: store, Metrics: NewMetrics()})
		if err != nil {
			return err
		}
		stdin := bufio.NewReader(os.Stdin)
		d.hook = func(point string, tx common.Hash) {
			fmt.Printf("AT %s %s\n", point, tx.Hex())
			switch point {
			case os.Getenv(crashKillEnv):
				time.Sleep(time.Hour)
			case os.Getenv(crashPauseEnv):
				_, _ = stdin.ReadString('\n')
			}
		}
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
		defer stop()
		if err := d.Start(ctx); err != nil {
			return err
		}
		fmt.Println("STARTED")
		<-ctx.Done()
		return d.Stop(context.Background())
	}
	if err := run(); err != nil {
		fmt.Println("ERR", err)
		os.Exit(1)
	}
	os.Exit(0)
}

// crashChildProc is one incarnation of a daemon subprocess.
type crashChildProc struct {
	t      *testing.T
	name   string
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	lines  chan string
	logf   string
	points []string // "point tx" in order
}

func startCrashChild(t *testing.T, name string, args []string, killAt, pauseAt string) *crashChildProc {
	t.Helper()
	logf := filepath.Join(t.TempDir(), name+".log")
	f, err := os.Create(logf)
	require.NoError(t, err)
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), crashChildEnv+"=1", crashKillEnv+"="+killAt, crashPauseEnv+"="+pauseAt)
	cmd.Stderr = f
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	f.Close()
	p := &crashChildProc{t: t, name: name, cmd: cmd, stdin: stdin, lines: make(chan string, 1024), logf: logf}
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			p.lines <- sc.Text()
		}
		close(p.lines)
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		if t.Failed() {
			b, _ := os.ReadFile(logf)
			t.Logf("%s stderr:\n%s", name, b)
		}
	})
	return p
}

// waitFor reads the child's output until it reports point and returns the
// transaction hash it gave.
func (p *crashChildProc) waitFor(point string, within time.Duration) common.Hash {
	p.t.Helper()
	timeout := time.After(within)
	for {
		select {
		case l, ok := <-p.lines:
			if !ok {
				p.t.Fatalf("%s exited before %s (points %v)", p.name, point, p.points)
			}
			if strings.HasPrefix(l, "ERR") {
				p.t.Fatalf("%s: %s", p.name, l)
			}
			rest, found := strings.CutPrefix(l, "AT ")
			if !found {
				continue
			}
			p.points = append(p.points, rest)
			if pt, h, _ := strings.Cut(rest, " "); pt == point {
				return common.HexToHash(h)
			}
		case <-timeout:
			p.t.Fatalf("%s never reached %s within %s (points %v)", p.name, point, within, p.points)
		}
	}
}

// saw lists the hashes the child reported at point so far.
func (p *crashChildProc) saw(point string) []common.Hash {
	var out []common.Hash
	for _, r := range p.points {
		if pt, h, _ := strings.Cut(r, " "); pt == point {
			out = append(out, common.HexToHash(h))
		}
	}
	return out
}

// kill sends SIGKILL and reaps the child.
func (p *crashChildProc) kill() {
	p.t.Helper()
	require.NoError(p.t, p.cmd.Process.Signal(syscall.SIGKILL))
	err := p.cmd.Wait()
	require.Error(p.t, err, "%s should die of SIGKILL", p.name)
	p.drain()
}

// drain records what an exited child printed and nobody read yet.
func (p *crashChildProc) drain() {
	for l := range p.lines {
		if rest, ok := strings.CutPrefix(l, "AT "); ok {
			p.points = append(p.points, rest)
		}
	}
}

// interrupt sends SIGINT and expects a clean exit.
func (p *crashChildProc) interrupt() {
	p.t.Helper()
	require.NoError(p.t, p.cmd.Process.Signal(os.Interrupt))
	done := make(chan error, 1)
	go func() { done <- p.cmd.Wait() }()
	select {
	case err := <-done:
		require.NoError(p.t, err, "%s: SIGINT should stop it cleanly", p.name)
		p.drain()
	case <-time.After(10 * time.Second):
		p.t.Fatalf("%s did not stop within 10s of SIGINT", p.name)
	}
}

func journaledClaim(t *testing.T, dir string, mlsc uint64) *Claim {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "journal", fmt.Sprintf("claim-%d-1.json", mlsc)))
	require.NoError(t, err)
	c := new(Claim)
	require.NoError(t, json.Unmarshal(b, c))
	return c
}

// TestKill9 runs the daemon in a subprocess against a sequencer served over
// HTTP by this process, with DA shared over httpstore, SIGKILLs it at
// points of the commit and reveal sequence and restarts it on the same data
// directory. On L2 every round ends with exactly one commit from the
// trainer, revealed; no commit transaction the daemon signed is ever
// rejected (a second commit would be).
func TestKill9(t *testing.T) {
	ctx := context.Background()
	c := newChain(t, 2, 1000)
	daSrv := httptest.NewServer(httpstore.NewHandler(c.da, nil))
	defer daSrv.Close()
	spec := testSpec(t, c.da, 64)
	spec.CommitBlocks, spec.RevealBlocks, spec.ProofBlocks, spec.MaxRounds = 150, 100, 5, 1

	args := func(key int, dir string, mlsc uint64) []string {
		return []string{"--sequencer", c.url, "--da", daSrv.URL, "--data-dir", dir,
			"--private-key", hex.EncodeToString(crypto.FromECDSA(c.keys[key])), "--stake", "100",
			"--mlsc", fmt.Sprint(mlsc), "--poll-interval", "30ms", "--tx-timeout", "20s", "--threads", "1"}
	}
	const within = 15 * time.Second
	ourRecord := func(mlsc uint64, key int) (*rollup.Round, int, int) {
		r, err := c.client.Round(ctx, mlsc, 1)
		require.NoError(t, err)
		addr := crypto.PubkeyToAddress(c.keys[key].PublicKey)
		var commits, reveals int
		for _, cm := range r.Commits {
			if cm.Trainer == addr {
				commits++
			}
		}
		for _, rv := range r.Reveals {
			if rv.Trainer == addr {
				reveals++
			}
		}
		return r, commits, reveals
	}
	waitRevealed := func(mlsc uint64, key int) {
		require.Eventually(t, func() bool { _, _, n := ourRecord(mlsc, key); return n > 0 }, within, 20*time.Millisecond)
	}
	status := func(h common.Hash) rpcapi.Status {
		st, err := c.client.TxStatus(ctx, h)
		require.NoError(t, err)
		return st.Status
	}

	// Killed after journaling the commit but before sending it, then after
	// journaling the reveal but before sending it: both are sent again.
	t.Run("unsent commit and reveal", func(t *testing.T) {
		id := c.createMLSC(t, spec)
		dir := t.TempDir()

		p1 := startCrashChild(t, "a1", args(1, dir, id), "commit-journaled", "")
		lost := p1.waitFor("commit-journaled", within)
		p1.kill()
		require.Equal(t, ClaimCommitting, journaledClaim(t, dir, id).State)
		_, commits, _ := ourRecord(id, 1)
		require.Zero(t, commits, "the commit never reached the sequencer")

		p2 := startCrashChild(t, "a2", args(1, dir, id), "reveal-journaled", "")
		require.Equal(t, lost, p2.waitFor("commit-resend", within), "restart resends the journaled claim")
		p2.waitFor("claim-committed", within)
		lostReveal := p2.waitFor("reveal-journaled", within)
		p2.kill()
		_, commits, reveals := ourRecord(id, 1)
		require.Equal(t, 1, commits)
		require.Zero(t, reveals)

		p3 := startCrashChild(t, "a3", args(1, dir, id), "", "")
		waitRevealed(id, 1)
		require.Eventually(t, func() bool { return journaledClaim(t, dir, id).State == ClaimRevealed }, within, 20*time.Millisecond)
		p3.interrupt()

		_, commits, reveals = ourRecord(id, 1)
		require.Equal(t, 1, commits)
		require.Equal(t, 1, reveals)
		// Signed again for the same nonce, the lost transactions came out
		// identical (deterministic signatures) and landed.
		require.Equal(t, []common.Hash{lost}, p2.saw("commit-journaled"))
		require.Equal(t, rpcapi.StatusIncluded, status(lost))
		require.Empty(t, p3.saw("commit-journaled"))
		require.Equal(t, []common.Hash{lostReveal}, p3.saw("reveal-journaled"))
		require.Equal(t, rpcapi.StatusIncluded, status(lostReveal))
	})

	// Killed while training, after the commit was sent, after it was
	// journaled as landed, and after the reveal was sent to a sequencer that
	// was not producing blocks: the restart waits for the pending reveal.
	t.Run("sent commit and pending reveal", func(t *testing.T) {
		id := c.createMLSC(t, spec)
		dir := t.TempDir()

		p1 := startCrashChild(t, "b1", args(2, dir, id), "epoch", "")
		p1.waitFor("epoch", within)
		p1.kill()

		p2 := startCrashChild(t, "b2", args(2, dir, id), "commit-sent", "")
		commit := p2.waitFor("commit-sent", within)
		p2.kill()

		p3 := startCrashChild(t, "b3", args(2, dir, id), "claim-committed", "")
		require.Equal(t, commit, p3.waitFor("claim-committed", within))
		p3.kill()
		require.Empty(t, p3.saw("commit-journaled"), "a sent commit is never sent again")
		require.Equal(t, ClaimCommitted, journaledClaim(t, dir, id).State)

		p4 := startCrashChild(t, "b4", args(2, dir, id), "reveal-sent", "reveal-journaled")
		reveal := p4.waitFor("reveal-journaled", within)
		c.pause(t)
		_, err := io.WriteString(p4.stdin, "go\n")
		require.NoError(t, err)
		p4.waitFor("reveal-sent", within)
		p4.kill()
		require.Equal(t, rpcapi.StatusPending, status(reveal))

		p5 := startCrashChild(t, "b5", args(2, dir, id), "", "")
		require.Equal(t, reveal, p5.waitFor("reveal-pending", within))
		c.resume(t)
		waitRevealed(id, 2)
		require.Eventually(t, func() bool { return journaledClaim(t, dir, id).State == ClaimRevealed }, within, 20*time.Millisecond)
		p5.interrupt()

		_, commits, reveals := ourRecord(id, 2)
		require.Equal(t, 1, commits)
		require.Equal(t, 1, reveals)
		require.Equal(t, rpcapi.StatusIncluded, status(commit))
		require.Equal(t, rpcapi.StatusIncluded, status(reveal))
		for _, p := range []*crashChildProc{p3, p4, p5} {
			require.Empty(t, p.saw("commit-journaled"), p.name)
		}
		require.Empty(t, p5.saw("reveal-journaled"), "a pending reveal is waited for, not sent again")
	})
}
