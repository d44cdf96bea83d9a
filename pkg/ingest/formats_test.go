package ingest_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/gdelt"
	"github.com/geotrack/geotrack/pkg/httpx"
	"github.com/geotrack/geotrack/pkg/ingest"
	"golang.org/x/text/encoding/charmap"
)

func post(t *testing.T, u, contentType, body string, v any) int {
	t.Helper()
	resp, err := http.Post(u, contentType, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if v != nil {
		if err := json.Unmarshal(raw, v); err != nil {
			t.Fatalf("%s: %v", raw, err)
		}
	}
	return resp.StatusCode
}

// subjects counts the stored messages per subject prefix of ARTICLES.
func subjects(t *testing.T, b *bus.Bus) map[string][]bus.Msg {
	t.Helper()
	out := map[string][]bus.Msg{}
	err := b.Read(context.Background(), bus.ReadOptions{Stream: bus.StreamArticles, StopAtEnd: true}, func(msgs []bus.Msg) error {
		for _, m := range msgs {
			parts := strings.SplitN(m.Subject, ".", 3)
			out[parts[1]] = append(out[parts[1]], m)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestNDJSONBatch(t *testing.T) {
	srv, b := newServer(t)
	body := strings.Join([]string{
		`{"body":"France condemned the attack on the convoy.","published":"2024-01-01"}`,
		`{"body": "broken`,
		``,
		`{"body":"Germany welcomed the agreement between the two sides.","published":"2024-01-02"}`,
		`{"body":"   ","published":"2024-01-02"}`,
		`{"body":"France condemned the attack on the convoy.","published":"2024-01-01"}`,
		`{"body":"` + strings.Repeat("a", 5000) + `"}`,
	}, "\n")
	var out ingest.BatchResponse
	if st := post(t, srv.URL+"/v1/articles", "application/x-ndjson", body, &out); st != 200 {
		t.Fatalf("status %d", st)
	}
	if out.New != 2 || out.Duplicates != 1 || out.Rejected != 3 || len(out.Results) != 6 {
		t.Fatalf("%+v", out)
	}
	wantLines := []int{1, 2, 4, 5, 6, 7}
	wantStatus := []int{201, 400, 201, 400, 200, 413}
	for i, r := range out.Results {
		if r.Line != wantLines[i] || r.Status != wantStatus[i] {
			t.Errorf("result %d: line %d status %d, want %d %d (%+v)", i, r.Line, r.Status, wantLines[i], wantStatus[i], r.Error)
		}
		if r.Status >= 400 && (r.Error == nil || r.Error.Detail == "") {
			t.Errorf("line %d: no problem detail", r.Line)
		}
	}
	if n := len(subjects(t, b)["ingested"]); n != 2 {
		t.Fatalf("%d articles stored", n)
	}
}

func TestTextAndHTML(t *testing.T) {
	srv, b := newServer(t)
	q := url.Values{"title": {"Aid"}, "published": {"2023-02-20"}, "url": {"https://example.org/aid"}}
	var r ingest.Response
	if st := post(t, srv.URL+"/v1/articles?"+q.Encode(), "text/plain; charset=utf-8", "Japan announced aid to Ukraine.", &r); st != 201 || r.Lang != "en" {
		t.Fatalf("text: %d %+v", st, r)
	}
	art, err := ingest.Lookup(context.Background(), b, r.ID)
	if err != nil || art.Title != "Aid" || art.URL != "https://example.org/aid" || art.Published.Format("2006-01-02") != "2023-02-20" {
		t.Fatalf("text stored as %+v %v", art, err)
	}
	// An Arabic page in windows-1256, declared only in the page.
	arabic := "أعلنت وزارة الخارجية الروسية اليوم أن موسكو تدعم مهمة منظمة معاهدة الأمن الجماعي في كازاخستان."
	page := `<html><head><meta charset="windows-1256"><title>موسكو تدعم المهمة</title>
<meta property="article:published_time" content="2022-01-12T08:00:00Z"></head>
<body><nav>الرئيسية</nav><article><p>` + arabic + `</p><p>` + arabic + `</p></article></body></html>`
	raw, _ := charmap.Windows1256.NewEncoder().String(page)
	if st := post(t, srv.URL+"/v1/articles?url=https://example.org/ar", "text/html", raw, &r); st != 201 || r.Lang != "ar" {
		t.Fatalf("html: %d %+v", st, r)
	}
	art, _ = ingest.Lookup(context.Background(), b, r.ID)
	if !strings.Contains(art.Body, arabic) || art.Title != "موسكو تدعم المهمة" || art.Published.Format("2006-01-02") != "2022-01-12" {
		t.Fatalf("html stored as %+v", art)
	}
	// Invalid UTF-8 in text is repaired and flagged, not refused.
	if st := post(t, srv.URL+"/v1/articles?published=2024-01-01", "text/plain; charset=utf-8", "Paris \xff condemned the strike on the port.", &r); st != 201 || len(r.Warnings) == 0 {
		t.Fatalf("repaired: %d %+v", st, r)
	}
	before, _ := b.LastSeq(context.Background(), bus.StreamArticles)
	for _, c := range []struct {
		name, ct, body string
		status         int
	}{
		{"binary", "text/plain", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 415},
		{"html without text", "text/html", `<html><body><script>x()</script><img src=a.png></body></html>`, 400},
		{"empty html", "text/html", "  ", 400},
		{"unsupported type", "application/pdf", "%PDF-1.4", 415},
		{"html over the limit", "text/html", "<p>" + strings.Repeat("word ", 1000) + "</p>", 413},
	} {
		var p httpx.Problem
		if st := post(t, srv.URL+"/v1/articles", c.ct, c.body, &p); st != c.status || p.Detail == "" {
			t.Errorf("%s: %d %+v, want %d", c.name, st, p, c.status)
		}
	}
	if after, _ := b.LastSeq(context.Background(), bus.StreamArticles); after != before {
		t.Fatalf("bad input changed the log")
	}
}

const wire = `Kazakhstan's president said on Thursday that troops from the Collective Security Treaty Organisation would begin leaving the country within two days, after a week of unrest in which dozens of people were killed and hundreds detained. The Russian-led alliance sent more than two thousand soldiers at his request after protests over fuel prices turned violent in Almaty and other cities. Officials said order had been restored across the country and that the mission had fulfilled its task.`

func article(u, outlet, body string) string {
	b, _ := json.Marshal(ingest.Request{URL: u, Outlet: outlet, Title: "CSTO troops to leave Kazakhstan", Body: body, Published: "2022-01-13"})
	return string(b)
}

func TestDuplicatesBecomeMentions(t *testing.T) {
	srv, b := newServer(t)
	var first, r ingest.Response
	if st := post(t, srv.URL+"/v1/articles", "application/json", article("https://wire.example/kz?utm_source=rss", "Wire", wire), &first); st != 201 {
		t.Fatalf("first: %d", st)
	}
	// The same text on another site: exact copy, recorded as a mention.
	if st := post(t, srv.URL+"/v1/articles", "application/json", article("https://paper.example/world/kz", "Paper", wire), &r); st != 200 ||
		!r.Duplicate || r.Match != "exact" || r.ID != first.ID || r.Mention == "" {
		t.Fatalf("exact copy: %d %+v", st, r)
	}
	// A syndicated copy with a dateline and a word changed: near-duplicate.
	near := "ALMATY (AP) — " + strings.Replace(wire, "dozens", "scores", 1)
	if st := post(t, srv.URL+"/v1/articles", "application/json", article("https://daily.example/a/123", "Daily", near), &r); st != 200 ||
		r.Match != "near" || r.ID != first.ID || r.ContentID == "" || r.ContentID == first.ID {
		t.Fatalf("near copy: %d %+v", st, r)
	}
	// The first URL again (tracking parameters differ): same page.
	if st := post(t, srv.URL+"/v1/articles", "application/json", article("https://wire.example/kz?utm_medium=x", "Wire", wire+" Updated."), &r); st != 200 || r.Match != "url" || r.ID != first.ID {
		t.Fatalf("same url: %d %+v", st, r)
	}
	// The same exact copy posted again adds no second mention.
	post(t, srv.URL+"/v1/articles", "application/json", article("https://paper.example/world/kz", "Paper", wire), &r)
	got := subjects(t, b)
	if len(got["ingested"]) != 1 || len(got["mentions"]) != 2 {
		t.Fatalf("stored %d articles, %d mentions", len(got["ingested"]), len(got["mentions"]))
	}
	outlets := map[string]string{}
	for _, m := range got["mentions"] {
		env, err := events.DecodeEnvelope(m.Data)
		if err != nil {
			t.Fatal(err)
		}
		var men events.ArticleMention
		if err := env.DecodeData(events.TypeArticleMention, &men); err != nil {
			t.Fatal(err)
		}
		if men.ArticleID != first.ID || !strings.HasPrefix(m.Subject, "articles.mentions."+first.ID+".") {
			t.Fatalf("mention %+v on %s", men, m.Subject)
		}
		outlets[men.Outlet] = men.Match
	}
	if outlets["Paper"] != "exact" || outlets["Daily"] != "near" {
		t.Fatalf("mentions %v", outlets)
	}
	// A different story is new.
	other := strings.ReplaceAll(wire, "Kazakhstan", "Kyrgyzstan")
	other = "The central bank raised its main interest rate by half a point on Friday, citing inflation that stayed above target. " + other[len(other)/2:]
	if st := post(t, srv.URL+"/v1/articles", "application/json", article("https://b.example/1", "B", other), &r); st != 201 {
		t.Fatalf("other story: %d %+v", st, r)
	}

	// A new service on the same log rebuilds its index and still knows the
	// story and its URLs.
	mux := http.NewServeMux()
	svc := ingest.New(b, ingest.Options{})
	n, err := svc.LoadIndex(context.Background())
	if err != nil || n != 4 {
		t.Fatalf("LoadIndex: %d %v", n, err)
	}
	svc.Register(mux)
	res := svc.IngestBatch(context.Background(), []ingest.Request{
		{URL: "https://late.example/kz", Outlet: "Late", Title: "CSTO troops to leave Kazakhstan", Body: "(Reuters) " + wire, Published: "2022-01-14"},
		{URL: "https://daily.example/a/123#comments", Body: wire, Published: "2022-01-14"},
	})
	if res[0].Status != 200 || res[0].Match != "near" || res[0].ID != first.ID {
		t.Fatalf("after restart: %+v", res[0].Response)
	}
	if res[1].Status != 200 || res[1].Match != "url" {
		t.Fatalf("after restart, known url: %+v", res[1].Response)
	}
}

func TestGDELTEndpoint(t *testing.T) {
	srv, b := newServer(t)
	rows := []string{
		gdeltRow("7001", "051"),
		strings.Join(make([]string, 58), "\t"),
		gdeltRow("7002", "190"),
	}
	var out ingest.GDELTResponse
	if st := post(t, srv.URL+"/v1/gdelt/events?line=10", "text/tab-separated-values", strings.Join(rows, "\n"), &out); st != 200 {
		t.Fatalf("status %d", st)
	}
	if out.Accepted != 2 || out.Rejected != 1 || len(out.Errors) != 1 || out.Errors[0].Line != 11 || !strings.Contains(out.Errors[0].Error, "58 columns") {
		t.Fatalf("%+v", out)
	}
	last, _ := b.LastSeq(context.Background(), bus.StreamEvents)
	if last != 2 {
		t.Fatalf("EVENTS holds %d", last)
	}
	var p httpx.Problem
	if st := post(t, srv.URL+"/v1/gdelt/events?line=x", "text/tab-separated-values", rows[0], &p); st != 400 || p.Param != "line" {
		t.Fatalf("bad line param: %d %+v", st, p)
	}
}

func gdeltRow(id, code string) string {
	c := make([]string, gdelt.Columns)
	c[0], c[1], c[5], c[7], c[15], c[17] = id, "20220110", "CHN", "CHN", "KAZ", "KAZ"
	c[26], c[29], c[30], c[60] = code, "1", "3.4", fmt.Sprintf("https://example.org/%s", id)
	return strings.Join(c, "\t")
}
