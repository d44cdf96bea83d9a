package query

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/geotrack/geotrack/pkg/store"
	"github.com/geotrack/geotrack/pkg/store/storetest"
)

// The benchmarks share one generated store of a million events (ten years
// of a synthetic news stream, 200 actors with skewed frequencies), built
// once per run into a temporary directory through store.Apply.
const bigN = 1_000_000

var big struct {
	once sync.Once
	dir  string
	st   *store.Store
	rate float64 // events/s of the generation
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if big.st != nil {
		big.st.Close()
	}
	if big.dir != "" {
		os.RemoveAll(big.dir)
	}
	os.Exit(code)
}

func bigStore(b *testing.B) *store.Store {
	b.Helper()
	big.once.Do(func() {
		if big.dir, big.err = os.MkdirTemp("", "geotrack-bench-"); big.err != nil {
			return
		}
		path := filepath.Join(big.dir, "big.db")
		t := time.Now()
		st, err := store.Open(path, store.Options{NoSync: true})
		if err != nil {
			big.err = err
			return
		}
		g := storetest.New(42, time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC), 10, 275)
		if big.err = storetest.Fill(st, g, bigN, 25000); big.err != nil {
			return
		}
		if big.err = st.Close(); big.err != nil {
			return
		}
		big.rate = bigN / time.Since(t).Seconds()
		big.st, big.err = store.Open(path, store.Options{})
	})
	if big.err != nil {
		b.Fatal(big.err)
	}
	return big.st
}

// latencies runs the request b.N times through the handler and reports
// p50 and p99 in milliseconds.
func latencies(b *testing.B, h http.Handler, path string) {
	b.Helper()
	var ds []time.Duration
	b.ResetTimer()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		rec := httptest.NewRecorder()
		t := time.Now()
		h.ServeHTTP(rec, req)
		ds = append(ds, time.Since(t))
		if rec.Code != http.StatusOK {
			b.Fatalf("GET %s: %d %s", path, rec.Code, rec.Body)
		}
	}
	b.StopTimer()
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	pct := func(p float64) float64 {
		return float64(ds[min(len(ds)-1, int(p*float64(len(ds))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}

func reportStore(b *testing.B, st *store.Store) {
	stats, err := st.Stats()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(stats.FileBytes)/float64(stats.Events), "disk-bytes/event")
	b.ReportMetric(big.rate, "gen-events/s")
}

// BenchmarkTimelineActorYearByWeekByRoot: one actor, one year, by week,
// broken down by CAMEO root (target: p99 < 5 ms).
func BenchmarkTimelineActorYearByWeekByRoot(b *testing.B) {
	st := bigStore(b)
	h := New(st, nil, Options{}).Handler()
	latencies(b, h, "/v1/timeline?actor=KAZ&from=2020-01-01&to=2020-12-31&interval=week&by=root")
	reportStore(b, st) // after the loop: b.Loop drops metrics reported before it
}

// BenchmarkEventsFirstPageTwoFilters: the first page (100) of an event list
// with two filters (target: p99 < 20 ms).
func BenchmarkEventsFirstPageTwoFilters(b *testing.B) {
	st := bigStore(b)
	h := New(st, nil, Options{}).Handler()
	for _, q := range []string{"actor=KAZ&quad=4", "actor=IRN&root=19", "source=CHN&target=USA"} {
		b.Run(q, func(b *testing.B) { latencies(b, h, fmt.Sprintf("/v1/events?%s", q)) })
	}
}
