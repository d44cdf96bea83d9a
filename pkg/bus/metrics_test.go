package bus

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ThreeDotsLabs/watermill/message"
	"github.com/prometheus/client_golang/prometheus"
)

// counterValue reads one counter from a registry.
func counterValue(t *testing.T, reg *prometheus.Registry, name, label, value string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, lp := range m.GetLabel() {
				if lp.GetName() == label && lp.GetValue() == value {
					return m.GetCounter().GetValue()
				}
			}
		}
	}
	return 0
}

func TestMetrics(t *testing.T) {
	reg := prometheus.NewRegistry()
	b := openBus(t, t.TempDir(), func(c *Config) { c.Registry = reg })
	// A second bus on the same registry shares the collectors.
	b2 := openBus(t, "", func(c *Config) { c.URL = b.ClientURL(); c.Registry = reg })
	publishN(t, b, SubjectEventCoded, 0, 3)
	publishN(t, b2, SubjectEventCoded, 3, 1)

	spec := ConsumerSpec{Stream: StreamEvents, Durable: "metrics", MaxDeliver: 2, Backoff: []time.Duration{time.Millisecond}}
	handled := newSeqSet()
	stop := consumeBG(t, b, spec, func(_ context.Context, m *message.Message) error {
		d := mustDelivery(t, m)
		handled.add(d.StreamSeq)
		if d.StreamSeq == 1 {
			return errors.New("fails")
		}
		return nil
	})
	handled.waitLen(t, 5)
	waitConsumerIdle(t, b, StreamEvents, spec.Durable, 4)
	stop()
	if err := b.Read(testCtx(t), ReadOptions{Stream: StreamEvents, StopAtEnd: true}, func([]Msg) error { return nil }); err != nil {
		t.Fatal(err)
	}

	for _, c := range []struct {
		name, label, value string
		want               float64
	}{
		{"geotrack_bus_published_total", "stream", StreamEvents, 4},
		{"geotrack_bus_published_total", "stream", StreamPoison, 1},
		{"geotrack_bus_consumed_total", "durable", "metrics", 3},
		{"geotrack_bus_failed_total", "durable", "metrics", 2},
		{"geotrack_bus_poisoned_total", "durable", "metrics", 1},
		{"geotrack_bus_read_total", "stream", StreamEvents, 4},
	} {
		if got := counterValue(t, reg, c.name, c.label, c.value); got != c.want {
			t.Errorf("%s{%s=%q} = %v, want %v", c.name, c.label, c.value, got, c.want)
		}
	}
}
