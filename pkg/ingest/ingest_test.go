package ingest_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/httpx"
	"github.com/geotrack/geotrack/pkg/ingest"
)

func newServer(t *testing.T) (*httptest.Server, *bus.Bus) {
	t.Helper()
	b, err := bus.Open(context.Background(), bus.Config{DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	mux := http.NewServeMux()
	ingest.New(b, ingest.Options{MaxBody: 4096, Coded: []string{"en", "ar"}}).Register(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, b
}

func TestPostArticle(t *testing.T) {
	srv, b := newServer(t)
	ctx := context.Background()
	body := `{"url":"https://example.org/1","title":"T","body":"Japan announced aid to Ukraine.","published":"2023-02-20"}`
	resp, err := http.Post(srv.URL+"/v1/articles", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var r ingest.Response
	json.NewDecoder(resp.Body).Decode(&r)
	resp.Body.Close()
	if resp.StatusCode != 201 || len(r.ID) != 64 || r.Lang != "en" {
		t.Fatalf("got %d %+v", resp.StatusCode, r)
	}
	// Same content from another URL, with other white space: same article.
	body2 := `{"url":"https://example.com/copy","title":" T ","body":"Japan  announced aid\nto Ukraine.","published":"2023-02-21"}`
	resp, _ = http.Post(srv.URL+"/v1/articles", "application/json", strings.NewReader(body2))
	var r2 ingest.Response
	json.NewDecoder(resp.Body).Decode(&r2)
	resp.Body.Close()
	if resp.StatusCode != 200 || r2.ID != r.ID || !r2.Duplicate {
		t.Fatalf("duplicate: got %d %+v", resp.StatusCode, r2)
	}
	art, err := ingest.Lookup(ctx, b, r.ID)
	if err != nil || art.Body != "Japan announced aid to Ukraine." || art.Published.Format("2006-01-02") != "2023-02-20" {
		t.Fatalf("lookup: %+v %v", art, err)
	}
	// A language without dictionaries is stored, with a warning.
	resp, _ = http.Post(srv.URL+"/v1/articles", "application/json", strings.NewReader(`{"body":"Die Regierung hat heute in Berlin neue Maßnahmen beschlossen.","lang":"de","published":"2024-01-01"}`))
	var r3 ingest.Response
	json.NewDecoder(resp.Body).Decode(&r3)
	resp.Body.Close()
	if resp.StatusCode != 201 || len(r3.Warnings) == 0 {
		t.Fatalf("unsupported language: %d %+v", resp.StatusCode, r3)
	}
}

func TestBadInput(t *testing.T) {
	srv, b := newServer(t)
	ctx := context.Background()
	ok := `{"body":"France condemned the attack.","published":"2024-01-01"}`
	if resp, err := http.Post(srv.URL+"/v1/articles", "application/json", strings.NewReader(ok)); err != nil || resp.StatusCode != 201 {
		t.Fatalf("seed: %v %v", resp, err)
	}
	before, _ := b.LastSeq(ctx, bus.StreamArticles)
	cases := []struct {
		name, body string
		status     int
		param      string
	}{
		{"malformed json", `{"body": "x"`, 400, "body"},
		{"empty body", ``, 400, "body"},
		{"not an object", `[1,2]`, 400, ""},
		{"invalid utf-8", "{\"body\":\"\xff\xfe bad\"}", 400, "body"},
		{"over the limit", `{"body":"` + strings.Repeat("a", 5000) + `"}`, 413, ""},
		{"wrong field type", `{"body":"France condemned it.","published":20240101}`, 400, "published"},
		{"unknown field", `{"body":"France condemned it.","colour":"red"}`, 400, "body"},
		{"bad date", `{"body":"France condemned it.","published":"10/01/2022"}`, 400, "published"},
		{"impossible date", `{"body":"France condemned it.","published":"2022-02-30"}`, 400, "published"},
		{"empty text", `{"body":"   ","published":"2024-01-01"}`, 400, "body"},
		{"only numbers", `{"body":"12 345 , 678 !","published":"2024-01-01"}`, 400, "body"},
		{"bad url", `{"body":"France condemned it.","url":"ftp:/x"}`, 400, "url"},
		{"bad lang", `{"body":"France condemned it.","lang":"not a language"}`, 400, "lang"},
		{"trailing data", `{"body":"France condemned it."} {}`, 400, "body"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp, err := http.Post(srv.URL+"/v1/articles", "application/json", strings.NewReader(c.body))
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			raw, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != c.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, c.status, raw)
			}
			if ct := resp.Header.Get("Content-Type"); ct != "application/problem+json" {
				t.Fatalf("content type %q", ct)
			}
			var p httpx.Problem
			if err := json.Unmarshal(raw, &p); err != nil || p.Status != c.status || p.Detail == "" {
				t.Fatalf("problem body %s (%v)", raw, err)
			}
			if c.param != "" && p.Param != c.param {
				t.Fatalf("param %q, want %q (%s)", p.Param, c.param, raw)
			}
		})
	}
	// Wrong method and unknown route are JSON problems too (checked where
	// the app mounts httpx.Fallback, tested in pkg/app); nothing stored changed.
	after, _ := b.LastSeq(ctx, bus.StreamArticles)
	if after != before {
		t.Fatalf("bad requests changed the log: %d -> %d", before, after)
	}
}

func TestArticleOverLogLimit(t *testing.T) {
	b, err := bus.Open(context.Background(), bus.Config{DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	mux := http.NewServeMux()
	ingest.New(b, ingest.Options{MaxBody: 4 << 20}).Register(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	body := `{"body":"France condemned the attack. ` + strings.Repeat("word ", 250000) + `","published":"2024-01-01","lang":"en"}`
	resp, err := http.Post(srv.URL+"/v1/articles", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(string(raw), "message limit") {
		t.Fatalf("got %d %s", resp.StatusCode, raw)
	}
}
