package sequencer

import (
	"bufio"
	"context"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcapi"
)

func TestMain(m *testing.M) {
	if dir := os.Getenv("NRN_CRASH_CHILD_DIR"); dir != "" {
		crashChild(dir)
		return
	}
	os.Exit(m.Run())
}

const crashKeys = 8

// crashChild runs a sequencer that produces blocks while it admits
// transfers, printing "ACK <hash>" once SendTx has returned, until killed.
func crashChild(dir string) {
	keys := testKeys(crashKeys)
	s, err := New(testConfig(dir), Deps{DA: newDiskDA(dir), L1: funding(keys, 1e12)})
	if err != nil {
		fmt.Println("ERR", err)
		os.Exit(1)
	}
	_ = s.Start(context.Background())
	out := bufio.NewWriter(os.Stdout)
	ctx := context.Background()
	sink := common.HexToAddress("0x000000000000000000000000000000000000dead")
	for i := 0; ; i++ {
		k := keys[i%crashKeys]
		var acc rollup.Account
		_ = s.View(func(st *rollup.State, _ *rollup.Header) error {
			acc = st.Account(crypto.PubkeyToAddress(k.PublicKey))
			return nil
		})
		if acc.Balance.IsZero() {
			time.Sleep(5 * time.Millisecond)
			continue
		}
		nonce := acc.Nonce + uint64(s.pool.countFrom(crypto.PubkeyToAddress(k.PublicKey)))
		tx, _ := rollup.SignTx(&rollup.Transfer{Nonce: nonce, To: sink, Amount: uint256One()}, testChainID, k)
		if _, err := s.SendTx(ctx, tx.Encode()); err != nil {
			continue
		}
		fmt.Fprintf(out, "ACK %s\n", tx.Hash().Hex())
		out.Flush()
	}
}

// TestCrashRecovery kills a producing sequencer with SIGKILL at random
// moments and checks that it restarts to the same state root with every
// acknowledged transaction either included or still pending.
func TestCrashRecovery(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewSource(1))
	var acked []common.Hash
	rounds := 4
	if testing.Short() {
		rounds = 2
	}
	for round := 0; round < rounds; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "NRN_CRASH_CHILD_DIR="+dir)
		stdout, err := cmd.StdoutPipe()
		require.NoError(t, err)
		require.NoError(t, cmd.Start())
		lines := make(chan string, 1<<16)
		go func() {
			sc := bufio.NewScanner(stdout)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		time.Sleep(time.Duration(400+rng.Intn(800)) * time.Millisecond)
		require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
		_ = cmd.Wait()
		n := 0
		for l := range lines {
			if h, ok := strings.CutPrefix(l, "ACK "); ok {
				acked = append(acked, common.HexToHash(h))
				n++
			} else if strings.HasPrefix(l, "ERR") {
				t.Fatal(l)
			}
		}
		t.Logf("round %d: %d acknowledged before SIGKILL", round, n)

		// Restart: New checks the rebuilt state root against the head.
		s, err := New(testConfig(dir), Deps{DA: newDiskDA(dir)})
		require.NoError(t, err, "restart after kill -9")
		api := &API{s: s}
		for _, h := range acked {
			st, err := api.GetTransactionStatus(h)
			require.NoError(t, err)
			require.Contains(t, []rpcapi.Status{rpcapi.StatusIncluded, rpcapi.StatusPending}, st.Status, "acknowledged tx %s lost", h)
		}
		// Pending ones are executable and land in the next block.
		pending := s.pool.Len()
		blk, err := s.ProduceBlock(context.Background())
		require.NoError(t, err)
		require.Equal(t, pending, len(blk.Txs), "every restored pending tx is included")
		require.NoError(t, s.Stop(context.Background()))
	}
	require.NotEmpty(t, acked)
}

func TestRestartSameRoot(t *testing.T) {
	dir := t.TempDir()
	keys := testKeys(4)
	s := newTestSequencer(t, dir, funding(keys, 1000))
	ctx := context.Background()
	require.NoError(t, s.syncL1(ctx))
	_, err := s.ProduceBlock(ctx)
	require.NoError(t, err)
	to := crypto.PubkeyToAddress(keys[1].PublicKey)
	h1, err := s.SendTx(ctx, transfer(t, keys[0], 0, to, 10).Encode())
	require.NoError(t, err)
	_, err = s.SendTx(ctx, transfer(t, keys[0], 1, to, 5000).Encode()) // overdraft
	require.ErrorIs(t, err, ErrCannotPay)
	_, err = s.SendTx(ctx, transfer(t, keys[0], 0, to, 10).Encode())
	require.ErrorIs(t, err, ErrKnownTx)
	blk, err := s.ProduceBlock(ctx)
	require.NoError(t, err)
	require.Len(t, blk.Txs, 1)
	require.Equal(t, h1, blk.Txs[0].Hash())
	head := s.Head()
	require.NoError(t, s.Stop(ctx))

	s2 := newTestSequencer(t, dir, nil)
	defer s2.Stop(ctx)
	require.Equal(t, head, s2.Head())
	api := &API{s: s2}
	st, err := api.GetTransactionStatus(blk.Txs[0].Hash())
	require.NoError(t, err)
	require.Equal(t, rpcapi.StatusIncluded, st.Status)
	acc, err := api.GetAccount(to)
	require.NoError(t, err)
	require.Equal(t, int64(1010), acc.Balance.ToInt().Int64())
}
