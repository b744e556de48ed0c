package sampledloss

import (
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// BenchmarkSampledLoss proves the devnet circuit with the committed keys and
// the Fashion-MNIST circuit (784-100-10, cross-entropy, version 2) at
// k = 8, 32, 128, reporting constraints, seconds per proof, the peak Go heap
// during proving, and gnark-ratio: our constraints per second over raw
// gnark's on a plain circuit (a chain of multiplications) of the same
// constraint count, set up and proved in the same run. Fashion-MNIST keys
// are cached under $NRN_KEY_CACHE (default: the user cache dir), so only
// the first run pays for setup.
func BenchmarkSampledLoss(b *testing.B) {
	b.Run("devnet-16-8-4/k=8", func(b *testing.B) {
		k, err := LoadOrSetup(filepath.Join(repoRoot, DevnetKeyDir), DevnetParams())
		if err != nil {
			b.Fatal(err)
		}
		benchProve(b, k, newFixture(b, DevnetParams(), 256, 1))
	})
	for _, ks := range []int{8, 32, 128} {
		b.Run(fmt.Sprintf("fmnist-784-100-10/k=%d", ks), func(b *testing.B) {
			p := FMNISTParams(ks)
			k, err := LoadOrSetup(KeyCacheDir(benchCacheRoot(b), p), p)
			if err != nil {
				b.Fatal(err)
			}
			benchProve(b, k, newFixture(b, p, 1000, 1))
		})
	}
}

func benchCacheRoot(b *testing.B) string {
	if d := os.Getenv("NRN_KEY_CACHE"); d != "" {
		return d
	}
	d, err := os.UserCacheDir()
	if err != nil {
		b.Fatal(err)
	}
	return filepath.Join(d, "neuron", "keys")
}

func benchProve(b *testing.B, k *Keys, f *fixture) {
	a := f.assignment(b)
	var peak peakHeap
	b.ResetTimer()
	for b.Loop() {
		stop := peak.sample()
		if _, err := k.Prove(a); err != nil {
			b.Fatal(err)
		}
		stop()
	}
	perProof := b.Elapsed().Seconds() / float64(b.N)
	b.StopTimer()
	n := k.CCS.GetNbConstraints()
	plain := plainProveSeconds(b, n)
	b.ReportMetric(float64(n), "constraints")
	b.ReportMetric(perProof, "prove-s")
	b.ReportMetric(float64(peak.max)/(1<<20), "peak-MiB")
	b.ReportMetric(plain/perProof, "gnark-ratio")
	b.Logf("%s: %d constraints, %.2f s/proof (includes the self-verification), plain gnark %.2f s, GOMAXPROCS %d",
		k.Params, n, perProof, plain, runtime.GOMAXPROCS(0))
}

// peakHeap samples the Go heap in use while proving.
type peakHeap struct {
	mu  sync.Mutex
	max uint64
}

func (p *peakHeap) sample() (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			p.mu.Lock()
			p.max = max(p.max, ms.HeapInuse)
			p.mu.Unlock()
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// plainCircuit is n chained multiplications: raw gnark's speed on a
// circuit with no hints, commitments or lookups.
type plainCircuit struct {
	X frontend.Variable `gnark:",public"`
	Y frontend.Variable
	n int
}

func (c *plainCircuit) Define(api frontend.API) error {
	v := c.Y
	for range c.n - 1 {
		v = api.Mul(v, v)
	}
	api.AssertIsEqual(v, c.X)
	return nil
}

// plainProveSeconds sets up and proves a plain circuit of n constraints
// once and returns the proving time.
func plainProveSeconds(b *testing.B, n int) float64 {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &plainCircuit{n: n})
	if err != nil {
		b.Fatal(err)
	}
	pk, _, err := groth16.Setup(ccs)
	if err != nil {
		b.Fatal(err)
	}
	wit, err := frontend.NewWitness(&plainCircuit{X: pow2n(n), Y: 3, n: n}, ecc.BN254.ScalarField())
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	if _, err := groth16.Prove(ccs, pk, wit); err != nil {
		b.Fatal(err)
	}
	return time.Since(start).Seconds()
}

// pow2n returns 3^(2^(n-1)) mod r.
func pow2n(n int) *big.Int {
	r := ecc.BN254.ScalarField()
	v := big.NewInt(3)
	for range n - 1 {
		v.Mul(v, v).Mod(v, r)
	}
	return v
}
