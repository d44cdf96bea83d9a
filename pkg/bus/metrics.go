package bus

import (
	"errors"
	"strings"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the bus's Prometheus counters. Labels are bounded: a stream
// name or a durable name, never a subject (subjects carry article ids).
type metrics struct {
	published *prometheus.CounterVec // stream
	consumed  *prometheus.CounterVec // durable: handler returned nil, acked
	failed    *prometheus.CounterVec // durable: handler returned an error, nacked
	poisoned  *prometheus.CounterVec // durable: moved to poison.<durable>
	read      *prometheus.CounterVec // stream: messages delivered by Read
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		published: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "geotrack", Subsystem: "bus", Name: "published_total",
			Help: "Messages published and acknowledged by JetStream, by stream.",
		}, []string{"stream"}),
		consumed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "geotrack", Subsystem: "bus", Name: "consumed_total",
			Help: "Messages handled successfully and acked, by durable consumer.",
		}, []string{"durable"}),
		failed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "geotrack", Subsystem: "bus", Name: "failed_total",
			Help: "Handler failures (message nacked for redelivery or poisoned), by durable consumer.",
		}, []string{"durable"}),
		poisoned: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "geotrack", Subsystem: "bus", Name: "poisoned_total",
			Help: "Messages moved to the POISON stream, by durable consumer.",
		}, []string{"durable"}),
		read: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "geotrack", Subsystem: "bus", Name: "read_total",
			Help: "Messages delivered by the batched reader (projections, replay), by stream.",
		}, []string{"stream"}),
	}
	if reg == nil {
		return m
	}
	m.published = register(reg, m.published)
	m.consumed = register(reg, m.consumed)
	m.failed = register(reg, m.failed)
	m.poisoned = register(reg, m.poisoned)
	m.read = register(reg, m.read)
	return m
}

// register registers c, or returns the collector already registered under
// the same name, so several Bus values (tests, one process with two buses)
// can share one registry.
func register(reg prometheus.Registerer, c *prometheus.CounterVec) *prometheus.CounterVec {
	if err := reg.Register(c); err != nil {
		var are prometheus.AlreadyRegisteredError
		if errors.As(err, &are) {
			if existing, ok := are.ExistingCollector.(*prometheus.CounterVec); ok {
				return existing
			}
		}
		// A conflicting collector of another type: count unregistered rather
		// than fail the bus over metrics.
	}
	return c
}

// streamOf maps a subject to the stream that stores it, for metric labels.
func streamOf(subject string) string {
	first, _, _ := strings.Cut(subject, ".")
	switch first {
	case "articles":
		return StreamArticles
	case "events":
		return StreamEvents
	case "alerts":
		return StreamAlerts
	case "poison":
		return StreamPoison
	}
	return "other"
}
