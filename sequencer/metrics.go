package sequencer

import (
	"github.com/prometheus/client_golang/prometheus"
)

// Metricer records sequencer metrics.
type Metricer interface {
	RecordBlock(height uint64, txs, dropped, mempool int)
	RecordMempool(n int)
	RecordBatchSealed(index uint64)
	// RecordProofHold says whether a due batch is held for a second loss
	// proof.
	RecordProofHold(holding bool)
	RecordBatchPosted(index uint64, proofs int)
}

// NoopMetrics discards everything.
type NoopMetrics struct{}

func (NoopMetrics) RecordBlock(uint64, int, int, int) {}
func (NoopMetrics) RecordMempool(int)                 {}
func (NoopMetrics) RecordBatchSealed(uint64)          {}
func (NoopMetrics) RecordProofHold(bool)              {}
func (NoopMetrics) RecordBatchPosted(uint64, int)     {}

var _ Metricer = NoopMetrics{}

// Metrics is the Prometheus Metricer, on its own registry.
type Metrics struct {
	Registry     *prometheus.Registry
	height       prometheus.Gauge
	txs          prometheus.Counter
	dropped      prometheus.Counter
	mempool      prometheus.Gauge
	batchSealed  prometheus.Gauge
	proofHold    prometheus.Gauge
	batchPosted  prometheus.Gauge
	proofsPosted prometheus.Counter
}

var _ Metricer = (*Metrics)(nil)

// NewMetrics registers the sequencer metrics on a new registry.
func NewMetrics() *Metrics {
	r := prometheus.NewRegistry()
	f := func(name, help string) prometheus.Gauge {
		g := prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "nrn_sequencer", Name: name, Help: help})
		r.MustRegister(g)
		return g
	}
	c := func(name, help string) prometheus.Counter {
		g := prometheus.NewCounter(prometheus.CounterOpts{Namespace: "nrn_sequencer", Name: name, Help: help})
		r.MustRegister(g)
		return g
	}
	return &Metrics{
		Registry:     r,
		height:       f("height", "Latest L2 block number."),
		txs:          c("txs_total", "Transactions included in blocks."),
		dropped:      c("txs_dropped_total", "Transactions rejected at block building."),
		mempool:      f("mempool", "Pending transactions."),
		batchSealed:  f("batch_sealed", "Index of the latest sealed batch."),
		proofHold:    f("batch_proof_hold", "1 while a due batch with one loss proof waits for a second, else 0."),
		batchPosted:  f("batch_posted", "Index of the latest batch settled on L1."),
		proofsPosted: c("proofs_posted_total", "Loss proofs sent to L1 in batches."),
	}
}

func (m *Metrics) RecordBlock(h uint64, txs, dropped, pool int) {
	m.height.Set(float64(h))
	m.txs.Add(float64(txs))
	m.dropped.Add(float64(dropped))
	m.mempool.Set(float64(pool))
}
func (m *Metrics) RecordMempool(n int)        { m.mempool.Set(float64(n)) }
func (m *Metrics) RecordBatchSealed(i uint64) { m.batchSealed.Set(float64(i)) }
func (m *Metrics) RecordProofHold(h bool) {
	v := 0.0
	if h {
		v = 1
	}
	m.proofHold.Set(v)
}
func (m *Metrics) RecordBatchPosted(i uint64, p int) {
	m.batchPosted.Set(float64(i))
	m.proofsPosted.Add(float64(p))
}
