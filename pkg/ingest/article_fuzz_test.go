package ingest_test

import (
	"errors"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/httpx"
	"github.com/geotrack/geotrack/pkg/ingest"
)

// FuzzArticleDecode runs what POST /v1/articles does with a JSON body
// before anything is published: strict decoding into a Request, then
// validation into an article. Arbitrary bytes must never panic; a refusal
// must be a 4xx problem naming what is wrong; an accepted article must
// carry valid text, a language, and the id its title and body give.
func FuzzArticleDecode(f *testing.F) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	// The bus is only used to publish, which Article does not do.
	s := ingest.New(nil, ingest.Options{Now: func() time.Time { return now }, Coded: []string{"en", "ar"}})
	for _, seed := range []string{
		`{"url":"https://example.org/a1","title":"Talks","body":"China supports the CSTO deployment in Kazakhstan.","published":"2022-01-10"}`,
		`{"title":"محادثات","body":"أعلنت الصين دعمها لنشر قوات منظمة معاهدة الأمن الجماعي في كازاخستان.","published":"2022-01-10T08:00:00+03:00","lang":"ar","outlet":"x"}`,
		`{"body":"12345 !!!"}`,
		`{"body":"text","lang":"not a language"}`,
		`{"body":"text","url":"javascript:alert(1)"}`,
		`{"body":"text","published":"20222-01-01"}`,
		`{"body":"text","extra":1}`,
		`{"body":1}`,
		`{"body":"a"} {"body":"b"}`,
		"{\"body\":\"\xff\xfe\"}",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var req ingest.Request
		err := httpx.DecodeJSON(b, &req)
		var art *events.ArticleIngested
		if err == nil {
			art, _, err = s.Article(req)
		}
		if err != nil {
			var p *httpx.Problem
			if !errors.As(err, &p) || p.Status < 400 || p.Status > 499 || p.Detail == "" {
				t.Fatalf("%q: refusal %v is not a 4xx problem", b, err)
			}
			return
		}
		if art.Body == "" || !utf8.ValidString(art.Body) || !utf8.ValidString(art.Title) || art.Lang == "" {
			t.Fatalf("%q: accepted article %+v", b, art)
		}
		if art.ID != events.ArticleID(art.Title, art.Body) {
			t.Fatalf("%q: article id %s is not the id of its title and body", b, art.ID)
		}
		if again, _, err := s.Article(req); err != nil || again.ID != art.ID || again.Lang != art.Lang {
			t.Fatalf("%q: a second validation differs: %v", b, err)
		}
	})
}
