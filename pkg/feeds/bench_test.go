package feeds

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/ingest"
)

func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkPoller500Feeds measures the poller's CPU cost in steady state:
// 500 feeds of 20 items each on a local server, every item already seen.
// The server answers 304 Not Modified to a conditional request, except
// every 10th request, which gets the full feed (a feed without working
// validators): parsed, and every item found already seen.
//
// Method: the interval is shortened to 2 s; after one warm-up cycle (the
// first poll fetches 500 feeds and 10,000 pages), getrusage(RUSAGE_SELF)
// user+system time is taken over 5 cycles, divided by the cycles, and
// divided by 300 s: the share of one core the same work takes on the real
// 5-minute interval. The process also runs the test server and the
// embedded NATS server, so the figure is an upper bound.
func BenchmarkPoller500Feeds(b *testing.B) {
	const nFeeds, nItems = 500, 20
	const interval = 2 * time.Second
	const cycles = 5
	var hits atomic.Int64
	mux := http.NewServeMux()
	var base string
	mux.HandleFunc("/feed/{n}", func(w http.ResponseWriter, r *http.Request) {
		h := hits.Add(1)
		if r.Header.Get("If-None-Match") == `"v1"` && h%10 != 0 {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		var sb strings.Builder
		fmt.Fprintf(&sb, `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed %s</title>`, r.PathValue("n"))
		for i := 0; i < nItems; i++ {
			fmt.Fprintf(&sb, `<item><title>Item %d</title><link>%s/page/%s/%d</link><guid>%s-%d</guid><description>Summary of item %d.</description></item>`,
				i, base, r.PathValue("n"), i, r.PathValue("n"), i, i)
		}
		sb.WriteString(`</channel></rss>`)
		io.WriteString(w, sb.String())
	})
	mux.HandleFunc("/page/{n}/{i}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<html><head><title>Story %s %s</title></head><body><article><p>Feed %s story %s: the minister said the talks on the border dispute would resume next week in the capital.</p></article></body></html>`,
			r.PathValue("n"), r.PathValue("i"), r.PathValue("n"), r.PathValue("i"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	base = srv.URL
	ctx := context.Background()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	var share float64
	for b.Loop() {
		bb, err := bus.Open(ctx, bus.Config{DataDir: b.TempDir(), Logger: quiet})
		if err != nil {
			b.Fatal(err)
		}
		svc := ingest.New(bb, ingest.Options{Log: quiet})
		p := New(bb, svc, Options{AllowPrivate: true, Interval: interval, HostRate: 5000, HostBurst: 500, Log: quiet})
		for i := 0; i < nFeeds; i++ {
			if _, err := p.Add(ctx, fmt.Sprintf("%s/feed/%d", srv.URL, i), 0, ""); err != nil {
				b.Fatal(err)
			}
		}
		rctx, cancel := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- p.Run(rctx) }()
		polled := func(n int64) bool {
			for _, f := range p.Feeds() {
				if f.Polls < n {
					return false
				}
			}
			return true
		}
		deadline := time.Now().Add(5 * time.Minute)
		for !polled(2) {
			if time.Now().After(deadline) {
				b.Fatal("warm-up did not finish")
			}
			time.Sleep(50 * time.Millisecond)
		}
		if st := p.Feeds()[0]; st.Items != nItems || st.Error != "" {
			b.Fatalf("warm-up: %+v", st)
		}
		c0, t0 := cpuTime(b), time.Now()
		time.Sleep(cycles * interval)
		c1, t1 := cpuTime(b), time.Now()
		cancel()
		<-done
		bb.Close()
		perCycle := (c1 - c0).Seconds() / (t1.Sub(t0).Seconds() / interval.Seconds())
		share = perCycle / (5 * time.Minute).Seconds()
	}
	b.ReportMetric(share*100, "%core@5min")
}
