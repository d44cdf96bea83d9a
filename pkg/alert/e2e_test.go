package alert_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/alert"
	"github.com/geotrack/geotrack/pkg/app"
)

// startApp runs the whole geotrack (ingest, extract, aggregate with the
// alert engine) on an embedded server, with a webhook receiver that sends
// each alert it verifies to got.
func startApp(tb testing.TB) (*app.App, string, chan events.AlertFired, func(secret string)) {
	a, err := app.Start(context.Background(), app.Config{DataDir: tb.TempDir(), Addr: "127.0.0.1:0", AllowPrivate: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = a.Close() })
	got := make(chan events.AlertFired, 1000)
	var secret string
	rcv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if err := alert.Verify(secret, r.Header.Get(alert.SignatureHeader), body, time.Now(), time.Minute); err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		var env events.Envelope
		var f events.AlertFired
		if json.Unmarshal(body, &env) != nil || env.DecodeData(events.TypeAlertFired, &f) != nil {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		got <- f
	}))
	tb.Cleanup(rcv.Close)
	return a, rcv.URL, got, func(s string) { secret = s }
}

func postRule(tb testing.TB, base string, r events.Rule) alert.RuleView {
	b, _ := json.Marshal(r)
	resp, err := http.Post(base+"/v1/alerts/rules", "application/json", bytes.NewReader(b))
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	var v alert.RuleView
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil || resp.StatusCode != http.StatusCreated {
		tb.Fatalf("create rule: %s %v", resp.Status, err)
	}
	return v
}

// article is a new article (unique filler, so it is no near-duplicate)
// whose last sentence the coder codes as CHN -> CSTO, 051, in Kazakhstan.
func article(i int, r *rand.Rand) []byte {
	var filler []string
	for range 40 {
		filler = append(filler, fmt.Sprintf("w%x", r.Uint64()))
	}
	body := strings.Join(filler, " ") + ".\n\nChina supports the CSTO deployment in Kazakhstan."
	b, _ := json.Marshal(map[string]string{"url": fmt.Sprintf("https://example.org/a/%d/%x", i, r.Uint64()), "title": fmt.Sprintf("Report %d", i),
		"body": body, "published": time.Now().UTC().Format(time.DateOnly), "lang": "en"})
	return b
}

func postArticle(tb testing.TB, base string, body []byte) {
	resp, err := http.Post(base+"/v1/articles", "application/json", bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	msg, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusOK {
		tb.Fatalf("post article: %s %s", resp.Status, msg)
	}
}

// TestAppArticleToWebhook: the whole pipeline, from POST /v1/articles to a
// signed webhook, an each alert then an update for the same story.
func TestAppArticleToWebhook(t *testing.T) {
	a, hook, got, setSecret := startApp(t)
	v := postRule(t, a.URL(), events.Rule{ID: "csto", Filter: events.RuleFilter{Actor: []string{"CSTO"}},
		Trigger: events.RuleTrigger{Kind: events.TriggerEach}, Webhook: &events.RuleWebhook{URL: hook}})
	setSecret(v.Webhook.Secret)
	r := rand.New(rand.NewPCG(1, 2))
	for i, wantRev := range []int{0, 1} {
		postArticle(t, a.URL(), article(i, r))
		select {
		case f := <-got:
			if f.RuleID != "csto" || f.Revision != wantRev || len(f.Events) == 0 || !strings.Contains(f.Events[len(f.Events)-1].Sentence, "CSTO") {
				t.Fatalf("alert %d: %+v", i, f)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("no webhook for article %d", i)
		}
	}
}

// BenchmarkArticleToWebhook measures, under light load (one article at a
// time), the time from POST /v1/articles until the webhook receiver has
// the signed alert, on the embedded server. Target: p99 < 500 ms.
func BenchmarkArticleToWebhook(b *testing.B) {
	a, hook, got, setSecret := startApp(b)
	v := postRule(b, a.URL(), events.Rule{ID: "csto", Filter: events.RuleFilter{Actor: []string{"CSTO"}},
		Trigger: events.RuleTrigger{Kind: events.TriggerEach}, Webhook: &events.RuleWebhook{URL: hook}})
	setSecret(v.Webhook.Secret)
	r := rand.New(rand.NewPCG(3, 4))
	var lat []time.Duration
	i := 0
	for b.Loop() {
		body := article(i, r)
		i++
		start := time.Now()
		postArticle(b, a.URL(), body)
		select {
		case <-got:
			lat = append(lat, time.Since(start))
		case <-time.After(20 * time.Second):
			b.Fatalf("no webhook for article %d", i)
		}
	}
	slices.Sort(lat)
	p := func(q float64) float64 {
		return float64(lat[min(len(lat)-1, int(q*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(p(0.50), "p50_ms")
	b.ReportMetric(p(0.99), "p99_ms")
	b.ReportMetric(p(0.99)/500, "p99_ratio_to_500ms")
}
