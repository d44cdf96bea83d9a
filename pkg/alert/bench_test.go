package alert_test

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/alert"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/store"
	"github.com/geotrack/geotrack/pkg/store/storetest"
)

// benchRules makes n rules over the generator's real actors, shaped like
// subscribers' rules: each on a dyad and a CAMEO root (or an actor, a place
// and a QuadClass, with a minimum of mentions), count on an actor and a
// root, spike on an actor or a dyad.
func benchRules(n int) []events.Rule {
	real := storetest.Actors[:20]
	var out []events.Rule
	for i := range n {
		a, b := real[i%20], real[(i/20+1+i%7)%20]
		root := fmt.Sprintf("%02d", 1+i/7%20)
		r := events.Rule{ID: fmt.Sprintf("r%04d", i)}
		switch i % 6 {
		case 0:
			r.Filter = events.RuleFilter{Dyad: []string{a + "-" + b}, Root: []string{root}}
			r.Trigger = events.RuleTrigger{Kind: events.TriggerEach}
		case 1:
			r.Filter = events.RuleFilter{Actor: []string{a}, Place: []string{b}, QuadClass: []int{1 + i%4}, MinMentions: 2}
			r.Trigger = events.RuleTrigger{Kind: events.TriggerEach}
		case 2, 3:
			r.Filter = events.RuleFilter{Actor: []string{a}, Root: []string{root}}
			r.Trigger = events.RuleTrigger{Kind: events.TriggerCount, Count: 20, WindowDays: 7}
		case 4:
			r.Filter = events.RuleFilter{Source: []string{a}}
			r.Trigger = events.RuleTrigger{Kind: events.TriggerSpike, WindowDays: 7, BaselineDays: 90, Ratio: 3, MinCount: 10}
		case 5:
			r.Filter = events.RuleFilter{Dyad: []string{a + "-" + b}, GoldsteinMax: ptr(-2.0)}
			r.Trigger = events.RuleTrigger{Kind: events.TriggerSpike, WindowDays: 7, BaselineDays: 90, ZScore: 3, MinCount: 5}
		}
		out = append(out, r)
	}
	return out
}

func ptr[T any](v T) *T { return &v }

// BenchmarkEvaluate1000Rules measures the engine on 1,000 active rules over
// a generated stream already projected into a real store (stories are
// looked up there, as live), committing state and outbox per batch of
// 1,000 like the projector. The ceiling is the projection itself
// (store.Apply of the same batches) measured in the same run; the target
// is >= 20,000 events/s.
func BenchmarkEvaluate1000Rules(b *testing.B) {
	// Batches as the projector hands them over under backlog (its MaxBatch).
	const nEvents, nRules, batch = 50_000, 1000, 10_000
	dir := b.TempDir()
	bs, err := bus.Open(context.Background(), bus.Config{DataDir: filepath.Join(dir, "nats")})
	if err != nil {
		b.Fatal(err)
	}
	defer bs.Close()
	st, err := store.Open(filepath.Join(dir, "geotrack.db"), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	var ruleMsgs []bus.Msg
	at := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, r := range benchRules(nRules) {
		env, _ := events.NewEnvelope(events.TypeRuleCreated, r.ID, "bench", at, r)
		data, _ := json.Marshal(env)
		ruleMsgs = append(ruleMsgs, bus.Msg{Seq: uint64(i + 1), Time: at, Data: data})
	}
	g := storetest.New(7, at, 1, 275*10)
	recs := g.Batch(nEvents)
	msgs := make([]bus.Msg, len(recs))
	for i := range recs {
		recs[i].Seq += nRules
		msgs[i] = bus.Msg{Seq: recs[i].Seq, Time: recs[i].Time}
	}
	// Ceiling: the projection of the same batches.
	start := time.Now()
	for i := 0; i < nEvents; i += batch {
		if err := st.Apply(recs[i : i+batch]); err != nil {
			b.Fatal(err)
		}
	}
	ceiling := float64(nEvents) / time.Since(start).Seconds()

	var total time.Duration
	var fired int
	for n := 0; b.Loop(); n++ {
		eng, err := alert.Open(alert.Options{Path: filepath.Join(dir, fmt.Sprintf("alerts%d.db", n)), Bus: bs, Stories: st})
		if err != nil {
			b.Fatal(err)
		}
		if err := eng.Process(context.Background(), ruleMsgs, nil); err != nil {
			b.Fatal(err)
		}
		if len(eng.Rules()) != nRules {
			b.Fatalf("%d rules active", len(eng.Rules()))
		}
		start := time.Now()
		for i := 0; i < nEvents; i += batch {
			if err := eng.Process(context.Background(), msgs[i:i+batch], recs[i:i+batch]); err != nil {
				b.Fatal(err)
			}
		}
		total += time.Since(start)
		ds, err := eng.Deliveries(alert.StatusPending, "", 1<<30)
		if err != nil {
			b.Fatal(err)
		}
		fired = len(ds)
		eng.Close()
	}
	rate := float64(nEvents*b.N) / total.Seconds()
	b.ReportMetric(rate, "events/s")
	b.ReportMetric(ceiling, "projection_events/s")
	b.ReportMetric(rate/ceiling, "ratio_to_projection")
	b.ReportMetric(rate/20000, "ratio_to_target")
	b.ReportMetric(float64(fired)*1000/nEvents, "alerts_per_1k_events")
}
