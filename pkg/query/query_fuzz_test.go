package query

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/httpx"
	"github.com/geotrack/geotrack/pkg/store"
)

// fuzzHandler is the real query API over a small real store: a few events
// between CHN, KAZ and RUS in January 2022, with their articles.
func fuzzHandler(f *testing.F) http.Handler {
	st, err := store.Open(filepath.Join(f.TempDir(), "proj.db"), store.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { st.Close() })
	arts := mapArticles{}
	var recs []store.Record
	for i, c := range []struct{ src, tgt, cameo, root, plover string }{
		{"CHN", "KAZ", "051", "05", "SUPPORT"}, {"RUS", "KAZ", "070", "07", "AID"}, {"CHN", "RUS", "130", "13", "THREATEN"}, {"KAZ", "CHN", "190", "19", "ASSAULT"},
	} {
		id := fmt.Sprintf("art-%d", i)
		text := fmt.Sprintf("Sentence %d about %s and %s.", i, c.src, c.tgt)
		arts[id] = &events.ArticleIngested{ID: id, URL: "https://news.example/" + id, Title: id, Body: "Intro. " + text, Lang: "en", Published: t0, Ingested: t0}
		e := &events.EventCoded{ArticleID: id, Date: fmt.Sprintf("2022-01-%02d", 10+i), Lang: "en",
			Source: events.Actor{Code: c.src, Country: c.src}, Target: events.Actor{Code: c.tgt, Country: c.tgt},
			CAMEO: c.cameo, Root: c.root, PLOVER: c.plover, QuadClass: 1 + i%4, Goldstein: 1,
			Location: &events.Location{Name: "x", Country: c.tgt},
			Sentence: events.Sentence{Index: 0, Text: text, Start: 7, End: 7 + len(text)},
			Coder:    events.Coder{Version: "coder-1", Dict: "sha256:abc", Rule: "r"}}
		e.ID = events.EventID(id, 0, e.Source, e.Target, c.cameo, false, "coder-1", "sha256:abc")
		recs = append(recs, store.Record{Seq: uint64(i + 1), Time: t0.Add(time.Duration(i) * time.Minute), Coded: e})
	}
	if err := st.Apply(recs); err != nil {
		f.Fatal(err)
	}
	return New(st, arts, Options{Now: func() time.Time { return time.Date(2022, 6, 30, 0, 0, 0, 0, time.UTC) }}).Handler()
}

// fuzzRoutes are the query routes the fuzzer picks from (not the live
// stream, which never ends). {id} is replaced by the fuzzed path value.
var fuzzRoutes = []string{"/v1/timeline", "/v1/events", "/v1/events/{id}", "/v1/events/{id}/provenance", "/v1/articles/{id}", "/v1/actors", "/v1/dyads", "/v1/openapi.json"}

// FuzzQueryParams sends arbitrary query strings (and path ids) to the real
// query handler: it must never answer 5xx, every 4xx must be a JSON problem
// with its own status, and every 200 must be a well-formed answer.
func FuzzQueryParams(f *testing.F) {
	h := fuzzHandler(f)
	seeds := []struct {
		route uint8
		id    string
		query string
	}{
		{0, "", "actor=KAZ&from=2022-01-01&to=2022-01-31&interval=week&by=root"},
		{0, "", "source=CHN&target=KAZ&metric=goldstein&format=csv"},
		{0, "", "place=KAZ&interval=day&by=cameo&from=2019-01-01&to=2022-12-31"},
		{0, "", "actor=KAZ&from=0001-01-01&to=9999-12-31&as_of=18446744073709551615"},
		{1, "", "actor=CHN&limit=2&format=jsonl&q=sentence+about"},
		{1, "", "cameo=05&root=05&quad=1&plover=support&lang=en&coder=coder-1"},
		{1, "", "cursor=AAAA&limit=1000"},
		{2, "abc", ""},
		{3, "x", "as_of=1"},
		{4, "art-0", ""},
		{5, "", "prefix=K&limit=1"},
		{6, "", "actor=KAZ&format=csv"},
		{7, "", ""},
		{1, "", "%zz&actor=%00&&=&actor"},
	}
	for _, s := range seeds {
		f.Add(s.route, s.id, s.query)
	}
	f.Fuzz(func(t *testing.T, route uint8, id, query string) {
		path := strings.ReplaceAll(fuzzRoutes[int(route)%len(fuzzRoutes)], "{id}", url.PathEscape(id))
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.URL.Path, req.URL.RawPath, req.URL.RawQuery = path, "", query
		if u, err := url.Parse(path); err == nil {
			req.URL.Path, req.URL.RawPath = u.Path, u.RawPath
		}
		if req.URL.Path == "/v1/events/stream" {
			return // the live stream never ends; an id of "stream" reaches it
		}
		rec := httptest.NewRecorder()
		// A request that never ends is a failure to report, not a stall.
		done := make(chan struct{})
		go func() { defer close(done); h.ServeHTTP(rec, req) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("GET %s?%s: no answer after 10 s", path, query)
		}
		code, body, ct := rec.Code, rec.Body.Bytes(), rec.Header().Get("Content-Type")
		switch {
		case code >= 500:
			t.Fatalf("GET %s?%s: %d %s", path, query, code, body)
		case code >= 400:
			var p httpx.Problem
			if ct != "application/problem+json" || json.Unmarshal(body, &p) != nil || p.Status != code || p.Detail == "" {
				t.Fatalf("GET %s?%s: %d is not a JSON problem: %q %q", path, query, code, ct, body)
			}
		case code == 200:
			mt, _, _ := strings.Cut(ct, ";")
			if len(body) == 0 && mt != "application/jsonl" { // JSON lines of no rows is empty
				t.Fatalf("GET %s?%s: empty 200", path, query)
			}
			switch mt {
			case "application/json":
				if !json.Valid(body) {
					t.Fatalf("GET %s?%s: invalid JSON: %q", path, query, body)
				}
			case "application/jsonl", "application/x-ndjson":
				for _, line := range strings.Split(strings.TrimSuffix(string(body), "\n"), "\n") {
					if len(body) == 0 {
						break
					}
					if !json.Valid([]byte(line)) {
						t.Fatalf("GET %s?%s: invalid JSON line %q", path, query, line)
					}
				}
			}
		case code == http.StatusMovedPermanently || code == http.StatusTemporaryRedirect || code == http.StatusPermanentRedirect:
			// ServeMux sends unclean paths (an empty id: /v1/events//x) to
			// their clean form.
			if rec.Header().Get("Location") == "" {
				t.Fatalf("GET %s?%s: %d without Location", path, query, code)
			}
		default:
			t.Fatalf("GET %s?%s: unexpected status %d", path, query, code)
		}
	})
}
