package trainer

import (
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
)

// Metricer records trainer metrics.
type Metricer interface {
	RecordCommit(mlsc uint64)
	RecordReveal(mlsc uint64)
	// RecordLoss records the mean fixed-point loss (loss sum / N, at scale
	// 2^FracBits) of the latest evaluated candidate.
	RecordLoss(mlsc uint64, meanLoss float64)
	RecordEpoch(mlsc uint64, trainLoss, samplesPerSec float64)
	// RecordSlash counts a slash of the trainer's stake.
	RecordSlash(mlsc uint64)
}

// NoopMetrics discards everything.
type NoopMetrics struct{}

func (NoopMetrics) RecordCommit(uint64)                  {}
func (NoopMetrics) RecordReveal(uint64)                  {}
func (NoopMetrics) RecordLoss(uint64, float64)           {}
func (NoopMetrics) RecordEpoch(uint64, float64, float64) {}
func (NoopMetrics) RecordSlash(uint64)                   {}

var _ Metricer = NoopMetrics{}

// Metrics is the Prometheus Metricer, on its own registry.
type Metrics struct {
	Registry      *prometheus.Registry
	committed     *prometheus.CounterVec
	revealed      *prometheus.CounterVec
	loss          *prometheus.GaugeVec
	trainLoss     *prometheus.GaugeVec
	samplesPerSec prometheus.Gauge
	slashed       *prometheus.CounterVec
}

var _ Metricer = (*Metrics)(nil)

// NewMetrics registers the trainer metrics on a new registry.
func NewMetrics() *Metrics {
	r := prometheus.NewRegistry()
	m := &Metrics{
		Registry: r,
		committed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "nrn_trainer", Name: "rounds_committed_total",
			Help: "Rounds this trainer committed a claim to."}, []string{"mlsc"}),
		revealed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "nrn_trainer", Name: "rounds_revealed_total",
			Help: "Rounds this trainer revealed its claim in."}, []string{"mlsc"}),
		loss: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "nrn_trainer", Name: "last_loss",
			Help: "Mean fixed-point loss (real units) of the latest trained checkpoint."}, []string{"mlsc"}),
		trainLoss: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "nrn_trainer", Name: "train_loss",
			Help: "Mean float training loss of the latest epoch."}, []string{"mlsc"}),
		samplesPerSec: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "nrn_trainer", Name: "training_samples_per_second",
			Help: "Training throughput of the latest epoch."}),
		slashed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "nrn_trainer", Name: "slashed_total",
			Help: "Rounds whose best claim was this trainer's and went unproven, so its stake was slashed."}, []string{"mlsc"}),
	}
	r.MustRegister(m.committed, m.revealed, m.loss, m.trainLoss, m.samplesPerSec, m.slashed)
	return m
}

func label(id uint64) string { return strconv.FormatUint(id, 10) }

func (m *Metrics) RecordCommit(id uint64)             { m.committed.WithLabelValues(label(id)).Inc() }
func (m *Metrics) RecordReveal(id uint64)             { m.revealed.WithLabelValues(label(id)).Inc() }
func (m *Metrics) RecordLoss(id uint64, loss float64) { m.loss.WithLabelValues(label(id)).Set(loss) }
func (m *Metrics) RecordSlash(id uint64)              { m.slashed.WithLabelValues(label(id)).Inc() }
func (m *Metrics) RecordEpoch(id uint64, loss, sps float64) {
	m.trainLoss.WithLabelValues(label(id)).Set(loss)
	m.samplesPerSec.Set(sps)
}
