package cluster_test

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/cluster"
	"github.com/geotrack/geotrack/pkg/coder"
	"github.com/nats-io/nats.go/jetstream"
)

// benchArticles is the backlog size: GEOTRACK_CLUSTER_BENCH_ARTICLES, else 4000.
func benchArticles() int {
	if n, err := strconv.Atoi(os.Getenv("GEOTRACK_CLUSTER_BENCH_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return 4000
}

// benchArticle is a news-length article: 10 sentences, 3 with an event
// (the "news-like" case of pkg/app's pipeline benchmark).
func benchArticle(i int) cluster.Article { return cluster.NewsArticle(i, 10, 3) }

// BenchmarkExtractScaling measures articles/s through the whole pipeline
// on a 3-node NATS cluster with R3 streams, as processes, with 1 and with 3
// extract instances (one ingest, one aggregate). For each, a fresh cluster
// gets a backlog of articles through ingest with no extract running; then
// the extract instances start and the clock runs from when the aggregate
// has projected 10% of the backlog's events to 90% (steady state: process
// start-up and the tail are left out). The ceiling is raw R3 JetStream
// publishing of article-sized messages on the same cluster (sync publish,
// 16 in parallel), in the same run.
//
// Metrics: articles/s-1x, articles/s-3x, ratio-3x/1x; ingest-articles/s
// (the backlog posts, one ingest); ceiling-publish/s and the 1x figure as
// a share of it. On a 2-core machine the 3x figure shows contention, not
// scale-out: see deploy/README.md.
func BenchmarkExtractScaling(b *testing.B) {
	if testing.Short() {
		b.Skip("runs a NATS cluster and the services as processes")
	}
	n := benchArticles()
	c, err := coder.New()
	if err != nil {
		b.Fatal(err)
	}
	// The events the backlog makes, to know when 10% and 90% are projected.
	wantEvents := 0
	for i := range n {
		a := benchArticle(i)
		pub, _ := time.Parse(time.DateOnly, a.Published)
		evs, err := c.Code(coder.Document{ID: strconv.Itoa(i), Text: a.Body, Lang: a.Lang, Published: pub})
		if err != nil {
			b.Fatal(err)
		}
		wantEvents += len(evs)
	}
	var rates [2]float64
	var ingestRate, ceiling float64
	for run, k := range []int{1, 3} {
		rate, ing, ceil := extractRun(b, n, wantEvents, k, run == 0)
		rates[run] = rate
		if run == 0 {
			ingestRate, ceiling = ing, ceil
		}
		b.Logf("%d extract: %.0f articles/s (backlog %d articles, %d events)", k, rate, n, wantEvents)
	}
	b.ReportMetric(rates[0], "articles/s-1x")
	b.ReportMetric(rates[1], "articles/s-3x")
	b.ReportMetric(rates[1]/rates[0], "ratio-3x/1x")
	b.ReportMetric(ingestRate, "ingest-articles/s")
	b.ReportMetric(ceiling, "ceiling-publish/s")
	b.ReportMetric(rates[0]/ceiling, "1x/ceiling")
}

// extractRun is one configuration on a fresh cluster. It returns the
// steady-state articles/s, the ingest rate of the backlog posts and, when
// asked, the raw publish ceiling.
func extractRun(b *testing.B, n, wantEvents, k int, measureCeiling bool) (rate, ingestRate, ceiling float64) {
	b.StopTimer()
	sys := startSystem(b, cluster.Topology{NATS: 3, Ingest: 1, Extract: 0, Aggregate: 1})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()

	if measureCeiling {
		ceiling = publishCeiling(b, ctx, sys, n)
	}

	loader := &cluster.Loader{Targets: sys.IngestURLs(), Workers: 16, Limit: n, Article: benchArticle}
	start := time.Now()
	loader.Run(ctx)
	ingestRate = float64(n) / time.Since(start).Seconds()
	if len(loader.Accepted()) != n || len(loader.Rejected()) > 0 {
		b.Fatalf("backlog: %d of %d accepted, rejected %v", len(loader.Accepted()), n, loader.Rejected())
	}

	b.StartTimer()
	for range k {
		go func() {
			if _, err := sys.AddService(ctx, cluster.Extract); err != nil {
				b.Error(err)
			}
		}()
	}
	agg := sys.Aggregate[0]
	lo, hi := uint64(wantEvents/10), uint64(wantEvents*9/10)
	var tLo, tHi time.Time
	var cpuLo map[string]time.Duration
	// The extract stage alone: its consumer's ack floor from 10% to 90%
	// of the backlog (ARTICLES holds only the backlog: seq 1..n).
	var xLo, xHi time.Time
	deadline := time.Now().Add(15 * time.Minute)
	for tHi.IsZero() {
		if time.Now().After(deadline) {
			b.Fatal("backlog not projected within 15 minutes")
		}
		if xHi.IsZero() {
			if f, err := sys.ExtractAckFloor(ctx); err == nil {
				if f >= uint64(n/10) && xLo.IsZero() {
					xLo = time.Now()
				}
				if f >= uint64(n*9/10) {
					xHi = time.Now()
				}
			}
		}
		seq, err := agg.AppliedSeq(ctx)
		if err == nil && seq >= lo && tLo.IsZero() {
			tLo, cpuLo = time.Now(), cpuByKind(sys)
		}
		if err == nil && seq >= hi {
			tHi = time.Now()
			shares := cpuShares(cpuLo, cpuByKind(sys), tHi.Sub(tLo))
			b.Logf("%d extract: CPU in the measured window, in cores: %s", k, shares)
		}
		time.Sleep(20 * time.Millisecond)
	}
	b.StopTimer()
	last, err := sys.LastSeq(ctx, bus.StreamArticles)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := sys.WaitCaughtUp(ctx, last, 5*time.Minute); err != nil {
		b.Fatal(err)
	}
	events, err := sys.LastSeq(ctx, bus.StreamEvents)
	if err != nil || int(events) != wantEvents {
		b.Fatalf("EVENTS holds %d events (%v), want %d", events, err, wantEvents)
	}
	if !xHi.IsZero() {
		b.Logf("%d extract: extract stage alone %.0f articles/s (ack floor 10%%->90%%)", k, 0.8*float64(n)/xHi.Sub(xLo).Seconds())
	}
	return 0.8 * float64(n) / tHi.Sub(tLo).Seconds(), ingestRate, ceiling
}

// publishCeiling publishes n article-sized messages to a scratch R3 stream
// on the same cluster, 16 publishers waiting for each ack, and returns
// messages/s.
func publishCeiling(b *testing.B, ctx context.Context, sys *cluster.System, n int) float64 {
	js := sys.Bus.JS
	if _, err := js.CreateStream(ctx, jetstream.StreamConfig{Name: "CEILING", Subjects: []string{"ceiling.>"},
		Storage: jetstream.FileStorage, Replicas: 3}); err != nil {
		b.Fatal(err)
	}
	defer func() { _ = js.DeleteStream(ctx, "CEILING") }()
	payload := []byte(fmt.Sprintf("%q", benchArticle(0).Body))
	start := time.Now()
	errs := make(chan error, 16)
	for w := range 16 {
		go func() {
			var err error
			for i := w; i < n && err == nil; i += 16 {
				_, err = js.Publish(ctx, "ceiling."+strconv.Itoa(i), payload)
			}
			errs <- err
		}()
	}
	for range 16 {
		if err := <-errs; err != nil {
			b.Fatal(err)
		}
	}
	return float64(n) / time.Since(start).Seconds()
}

// cpuByKind is the CPU time used so far by each kind of process.
func cpuByKind(sys *cluster.System) map[string]time.Duration {
	m := map[string]time.Duration{}
	for _, n := range sys.NATS.Nodes {
		if d, err := cluster.CPUTime(n.PID()); err == nil {
			m["nats"] += d
		}
	}
	for _, s := range sys.Services() {
		if d, err := cluster.CPUTime(s.PID()); err == nil {
			m[s.Kind] += d
		}
	}
	return m
}

// cpuShares renders the cores each kind used over d.
func cpuShares(before, after map[string]time.Duration, d time.Duration) string {
	var out []string
	total := 0.0
	for _, kind := range []string{"nats", cluster.Ingest, cluster.Extract, cluster.Aggregate} {
		c := (after[kind] - before[kind]).Seconds() / d.Seconds()
		total += c
		out = append(out, fmt.Sprintf("%s %.2f", kind, c))
	}
	return fmt.Sprintf("%s (total %.2f of %d)", strings.Join(out, ", "), total, runtime.NumCPU())
}
