package sampledloss

import (
	"path/filepath"
	"testing"
)

// BenchmarkSampledLoss proves the devnet circuit with the committed keys and
// reports the constraint count and seconds per proof.
func BenchmarkSampledLoss(b *testing.B) {
	k, err := LoadOrSetup(filepath.Join(repoRoot, DevnetKeyDir), DevnetParams())
	if err != nil {
		b.Fatal(err)
	}
	f := newFixture(b, DevnetParams(), 256, 1)
	a := f.assignment(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := k.Prove(a); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(k.CCS.GetNbConstraints()), "constraints")
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "prove-s")
}
