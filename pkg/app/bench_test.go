package app_test

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/geotrack/geotrack/pkg/app"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/ingest"
)

// benchArticle is a news-length article of ten sentences, unique per i.
// benchArticle is article i of ten sentences, of which the first `coded`
// report an event the coder finds; the others are news filler with no
// codable actor pair.
func benchArticle(i, coded int) ingest.Request {
	actors := []string{"China", "Russia", "Turkey", "Egypt", "France", "Japan", "India", "Brazil", "Kazakhstan", "Iran"}
	verbs := []string{"condemned", "praised", "accused", "met with", "threatened", "criticised", "thanked", "called on", "rejected", "supported"}
	var sb strings.Builder
	for s := 0; s < 10; s++ {
		if s >= coded {
			fmt.Fprintf(&sb, "The talks lasted for several hours and the officials gave few details about item number %d on the agenda. ", i*10+s)
			continue
		}
		a, b := actors[(i+s)%10], actors[(i+s+3)%10]
		fmt.Fprintf(&sb, "%s %s %s on Monday over the dispute number %d in the region, officials said. ", a, verbs[(i*7+s)%10], b, i*10+s)
	}
	// Dates spread over a year, so stories stay news-sized (a few mentions
	// each) instead of one story with every article in it.
	pub := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%365).Format(time.DateOnly)
	return ingest.Request{URL: "https://example.org/b/" + strconv.Itoa(i), Title: "Bench " + strconv.Itoa(i), Body: sb.String(), Published: pub, Lang: "en"}
}

func benchSeconds() time.Duration {
	if s, err := strconv.Atoi(os.Getenv("PIPELINE_SECONDS")); err == nil && s > 0 {
		return time.Duration(s) * time.Second
	}
	return 10 * time.Second
}

// ingestFor posts articles from `workers` goroutines for d and returns how
// many were accepted. It holds back while the extract backlog is over
// maxBacklog articles, so the run measures what the whole pipeline sustains
// rather than how fast ingest alone can fill the log.
func ingestFor(b *testing.B, a *app.App, svc *ingest.Service, start, coded int, d time.Duration) int {
	const maxBacklog = 4000
	var n atomic.Int64
	var paused atomic.Bool
	stop := time.Now().Add(d)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		for ctx.Err() == nil {
			if cons, err := a.Bus.JS.Consumer(ctx, bus.StreamArticles, "extract"); err == nil {
				if info, err := cons.Info(ctx); err == nil {
					paused.Store(info.NumPending > maxBacklog)
				}
			}
			time.Sleep(50 * time.Millisecond)
		}
	}()
	var wg sync.WaitGroup
	const workers = 16
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := start + w; time.Now().Before(stop); i += workers {
				for paused.Load() && time.Now().Before(stop) {
					time.Sleep(10 * time.Millisecond)
				}
				if _, _, err := svc.Ingest(context.Background(), benchArticle(i, coded)); err != nil {
					b.Error(err)
					return
				}
				n.Add(1)
			}
		}(w)
	}
	wg.Wait()
	return int(n.Load())
}

// waitDrained waits until the extract consumer has acked every article and
// the projection has applied every event.
func waitDrained(b *testing.B, a *app.App, articles uint64) {
	ctx := context.Background()
	deadline := time.Now().Add(10 * time.Minute)
	for time.Now().Before(deadline) {
		done := true
		if a.Coder != nil {
			// The consumer appears once the extract service has started.
			cons, err := a.Bus.JS.Consumer(ctx, bus.StreamArticles, "extract")
			done = false
			if err == nil {
				info, err := cons.Info(ctx)
				done = err == nil && info.AckFloor.Stream >= articles && info.NumPending == 0 && info.NumAckPending == 0
			}
		}
		if done && a.Store != nil {
			last, _ := a.Bus.LastSeq(ctx, bus.StreamEvents)
			seq, _, _ := a.Store.Checkpoint()
			done = seq >= last
		}
		if done {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	b.Fatal("pipeline did not drain")
}

// BenchmarkPipeline measures the whole pipeline (ingest -> ARTICLES ->
// extract -> EVENTS -> projection) on the embedded server with durable file
// storage, sustained for PIPELINE_SECONDS (default 10; make bench sets 60),
// then each stage alone over the same number of articles, to give each
// stage's share of the time. Articles have ten sentences each.
func BenchmarkPipeline(b *testing.B) {
	// Every sentence coded is the worst case for the projection; news has
	// events in a minority of sentences (three in ten here).
	b.Run("coded=10of10", func(b *testing.B) { benchPipeline(b, 10) })
	b.Run("coded=3of10", func(b *testing.B) { benchPipeline(b, 3) })
}

func benchPipeline(b *testing.B, coded int) {
	d := benchSeconds()
	dir := b.TempDir()
	a, err := app.Start(context.Background(), app.Config{DataDir: dir, Addr: "127.0.0.1:0"})
	if err != nil {
		b.Fatal(err)
	}
	svc := ingest.New(a.Bus, ingest.Options{})
	b.ResetTimer()
	start := time.Now()
	n := ingestFor(b, a, svc, 0, coded, d)
	waitDrained(b, a, uint64(n))
	total := time.Since(start)
	b.StopTimer()
	a.Close()
	b.ReportMetric(float64(n)/total.Seconds(), "articles/s")
	b.ReportMetric(float64(n*10)/total.Seconds(), "sentences/s")

	// Each stage alone over a fresh log of the same size.
	dir = b.TempDir()
	stage := func(services []string, work func(a *app.App)) time.Duration {
		a, err := app.Start(context.Background(), app.Config{DataDir: dir, Addr: "127.0.0.1:0", Services: services})
		if err != nil {
			b.Fatal(err)
		}
		defer a.Close()
		t0 := time.Now()
		work(a)
		return time.Since(t0)
	}
	tIngest := stage([]string{app.Ingest}, func(a *app.App) {
		svc := ingest.New(a.Bus, ingest.Options{})
		var wg sync.WaitGroup
		for w := 0; w < 16; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				for i := w; i < n; i += 16 {
					if _, _, err := svc.Ingest(context.Background(), benchArticle(i, coded)); err != nil {
						b.Error(err)
						return
					}
				}
			}(w)
		}
		wg.Wait()
	})
	tExtract := stage([]string{app.Extract}, func(a *app.App) { waitDrained(b, a, uint64(n)) })
	tAggregate := stage([]string{app.Aggregate}, func(a *app.App) { waitDrained(b, a, uint64(n)) })
	sum := (tIngest + tExtract + tAggregate).Seconds()
	b.ReportMetric(100*tIngest.Seconds()/sum, "%ingest")
	b.ReportMetric(100*tExtract.Seconds()/sum, "%extract")
	b.ReportMetric(100*tAggregate.Seconds()/sum, "%aggregate")
	b.Logf("pipeline: %d articles in %s (%.0f/s); alone: ingest %s, extract %s, aggregate %s",
		n, total.Round(time.Millisecond), float64(n)/total.Seconds(), tIngest.Round(time.Millisecond), tExtract.Round(time.Millisecond), tAggregate.Round(time.Millisecond))
}
