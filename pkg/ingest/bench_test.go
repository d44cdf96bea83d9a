package ingest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/ingest"
	"github.com/nats-io/nats.go/jetstream"
)

var benchWords = strings.Fields(`the government said on monday that its forces had moved closer to the border after talks with
neighbouring states failed to agree on a ceasefire while officials in the capital warned of new sanctions and the foreign
minister met his counterpart to discuss aid trade energy security refugees elections protests troops police parliament
president prime court army navy oil gas grain prices inflation bank debt loan deal treaty summit visit envoy statement
report agency sources according week month year people city region province north south east west central rebels
opposition party vote law reform budget tax water drought flood earthquake hospital school road bridge port airport
railway pipeline factory mine farm market currency dollar euro exports imports growth crisis conflict peace plan`)

// benchArticles makes n distinct English articles of about 300 words:
// random word sequences, so no two are near-duplicates.
func benchArticles(n int, seed uint64) []ingest.Request {
	r := rand.New(rand.NewPCG(seed, 42))
	out := make([]ingest.Request, n)
	for i := range out {
		var b strings.Builder
		for w := 0; w < 300; w++ {
			if w > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(benchWords[r.IntN(len(benchWords))])
			if w%15 == 14 {
				b.WriteByte('.')
			}
		}
		out[i] = ingest.Request{URL: fmt.Sprintf("https://bench.example/%d/%d", seed, i), Outlet: "bench",
			Title: fmt.Sprintf("Story %d-%d", seed, i), Body: b.String(), Published: "2024-01-01", Lang: "en"}
	}
	return out
}

// BenchmarkBatchJSONL posts JSONL batches of 500 articles to
// POST /v1/articles (HTTP, validation, language, MinHash deduplication,
// ExpectNew publish) and, in the same run on a fresh bus, publishes the
// same envelopes' bytes to JetStream with nothing else (async, no
// headers): the raw ceiling. Reported: articles/s and the ratio.
func BenchmarkBatchJSONL(b *testing.B) {
	const n, batch = 5000, 500
	ctx := context.Background()
	var ingestRate, rawRate float64
	round := uint64(0)
	for b.Loop() {
		round++
		arts := benchArticles(n, round)
		var bodies [][]byte
		for i := 0; i < n; i += batch {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			for _, a := range arts[i:min(i+batch, n)] {
				enc.Encode(a)
			}
			bodies = append(bodies, buf.Bytes())
		}
		// Ingest through HTTP.
		bus1, err := bus.Open(ctx, bus.Config{DataDir: b.TempDir(), Logger: quietLog()})
		if err != nil {
			b.Fatal(err)
		}
		mux := http.NewServeMux()
		svc := ingest.New(bus1, ingest.Options{Log: quietLog()})
		svc.Register(mux)
		srv := httptest.NewServer(mux)
		start := time.Now()
		for _, body := range bodies {
			resp, err := http.Post(srv.URL+"/v1/articles", "application/x-ndjson", bytes.NewReader(body))
			if err != nil {
				b.Fatal(err)
			}
			var out ingest.BatchResponse
			json.NewDecoder(resp.Body).Decode(&out)
			resp.Body.Close()
			if out.New != len(out.Results) {
				b.Fatalf("batch: %d new of %d (%d duplicates, %d rejected)", out.New, len(out.Results), out.Duplicates, out.Rejected)
			}
		}
		el := time.Since(start)
		ingestRate = float64(n) / el.Seconds()
		srv.Close()
		bus1.Close()

		// The raw ceiling: the same envelope bytes, published async.
		payloads := make([][]byte, n)
		subjects := make([]string, n)
		now := time.Now()
		for i, req := range arts {
			art, _, err := svc.Article(req)
			if err != nil {
				b.Fatal(err)
			}
			art.Ingested = now
			env, _ := events.NewEnvelope(events.TypeArticleIngested, art.ID, ingest.Source, now, art)
			payloads[i], _ = json.Marshal(env)
			subjects[i] = bus.ArticleSubject(art.ID)
		}
		bus2, err := bus.Open(ctx, bus.Config{DataDir: b.TempDir(), Logger: quietLog()})
		if err != nil {
			b.Fatal(err)
		}
		start = time.Now()
		futs := make([]jetstream.PubAckFuture, 0, n)
		for i := range payloads {
			f, err := bus2.JS.PublishAsync(subjects[i], payloads[i])
			if err != nil {
				b.Fatal(err)
			}
			futs = append(futs, f)
		}
		for _, f := range futs {
			select {
			case <-f.Ok():
			case err := <-f.Err():
				b.Fatal(err)
			}
		}
		rawRate = float64(n) / time.Since(start).Seconds()
		bus2.Close()
	}
	b.ReportMetric(ingestRate, "articles/s")
	b.ReportMetric(rawRate, "raw_publish/s")
	b.ReportMetric(ingestRate/rawRate, "ratio_to_raw")
}
