// Package ingest takes articles in over HTTP and appends them to the
// ARTICLES stream as "article.ingested" events.
//
// Decisions:
//   - The article id is the sha256 of its canonical content (events.ArticleID):
//     the same text posted twice, or from another URL, is the same article.
//   - "Already stored" is decided by the log itself, not by a local index:
//     each article has its own subject (articles.ingested.<id>) and is
//     published with "expect no message on this subject yet", so any number
//     of ingest instances agree, beyond the server's duplicate window.
//     201 means new, 200 means it was already there (same id).
//   - published accepts RFC 3339 or YYYY-MM-DD (midnight UTC). When it is
//     missing the ingest time is used and the answer says so: relative
//     dates in the text ("on Monday") resolve against it.
//   - lang is optional; when missing it is detected from the text. A valid
//     language code without dictionaries is stored (nothing is lost) and the
//     answer warns that it will not be coded; a malformed code is a 400.
//   - Copies are not new articles (batch.go, pkg/dedup): the same canonical URL is
//     a duplicate; the same content from another URL, or a near-duplicate
//     (MinHash similarity of 3-word shingles >= Options.NearThreshold), is
//     recorded as an "article.mention" of the first article on
//     articles.mentions.<first-id>.<mention-id>, a subject extract does not
//     read, so syndicated copies are counted as outlets, not as events.
//   - POST /v1/articles takes application/json (one article),
//     application/x-ndjson (many: one JSON object a line, a result per
//     line, bad lines do not stop the others), text/plain and text/html
//     (title, published, lang, url and outlet as query parameters; HTML's
//     main text, title and date are extracted from the page, its charset
//     converted; see pkg/htmltext).
package ingest

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/dedup"
	"github.com/geotrack/geotrack/pkg/httpx"
	"github.com/geotrack/geotrack/pkg/text"
	"github.com/prometheus/client_golang/prometheus"
	"golang.org/x/text/language"
)

// Source is the CloudEvents source of everything this package publishes.
const Source = "geotrack/ingest"

// Request is the JSON body of POST /v1/articles.
type Request struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Body      string `json:"body"`
	Published string `json:"published"`
	Lang      string `json:"lang"`
	Outlet    string `json:"outlet"`
}

// Response is the answer to POST /v1/articles.
type Response struct {
	// ID is the article in the log this text is stored as: its own id when
	// new or an exact copy, the first article's id for a near-duplicate or
	// a URL already stored.
	ID        string `json:"id"`
	Duplicate bool   `json:"duplicate"`
	// Match says why a duplicate is one: "exact" (same content), "near"
	// (MinHash similarity of word shingles at or above the threshold) or
	// "url" (same canonical URL); "" for a new article.
	Match      string  `json:"match,omitempty"`
	Similarity float64 `json:"similarity,omitempty"`
	// ContentID is the id of the posted text itself when it differs from ID.
	ContentID string `json:"content_id,omitempty"`
	// Mention is the id of the article.mention recorded for this copy.
	Mention  string   `json:"mention,omitempty"`
	Lang     string   `json:"lang"`
	Warnings []string `json:"warnings,omitempty"`
}

// Options configure the service.
type Options struct {
	MaxBody int64 // request body limit; 0 = httpx.DefaultMaxBody
	// Coded lists the languages the coder has dictionaries for, so the
	// answer can warn about the others.
	Coded    []string
	Registry prometheus.Registerer
	Now      func() time.Time
	// MaxBatchBody limits an application/x-ndjson body; 0 = 32 MiB. Each
	// article in it is still limited to MaxBody.
	MaxBatchBody int64
	// NearThreshold is the lowest MinHash (Jaccard) similarity of word
	// shingles still a near-duplicate, in (0, 1]; 0 = dedup.DefaultThreshold
	// (0.7), negative turns near-duplicate detection off.
	NearThreshold float64
	// IndexCapacity bounds the duplicate index (recent articles and URLs
	// kept in memory, ~1 KB each); 0 = dedup.DefaultCapacity (50,000).
	IndexCapacity int
	// MinWords is the fewest words a text needs for near-duplicate
	// matching; 0 = dedup.DefaultMinWords.
	MinWords int
	Log      *slog.Logger
}

// Service is the ingest HTTP service.
type Service struct {
	bus      *bus.Bus
	opt      Options
	articles *prometheus.CounterVec
	index    *dedup.Index
	stats    stats
}

// New builds the service over an open bus.
func New(b *bus.Bus, opt Options) *Service {
	if opt.MaxBody <= 0 {
		opt.MaxBody = httpx.DefaultMaxBody
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.MaxBatchBody <= 0 {
		opt.MaxBatchBody = 32 << 20
	}
	if opt.Log == nil {
		opt.Log = slog.Default()
	}
	s := &Service{bus: b, opt: opt,
		index: dedup.NewIndex(dedup.Options{Threshold: opt.NearThreshold, Capacity: opt.IndexCapacity, MinWords: opt.MinWords}),
		articles: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "geotrack_ingest_articles_total", Help: "Articles posted, by outcome (new, duplicate, mention, rejected).",
		}, []string{"outcome"}),
	}
	if opt.Registry != nil {
		opt.Registry.MustRegister(s.articles)
	}
	return s
}

// Register adds the ingest routes to mux: POST /v1/articles and
// POST /v1/gdelt/events.
func (s *Service) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /v1/articles", s.postArticle)
	mux.HandleFunc("POST /v1/gdelt/events", s.postGDELT)
}

// Ingest validates one article and appends it to the log. It returns 201 for
// a new article and 200 for one already stored (or recorded as a mention of
// one); validation failures are *httpx.Problem errors.
func (s *Service) Ingest(ctx context.Context, req Request) (*Response, int, error) {
	res := s.IngestBatch(ctx, []Request{req})[0]
	if res.err != nil {
		return nil, 0, res.err
	}
	return res.Response, res.Status, nil
}

// Article validates a request and builds the article payload (without
// publishing it). Warnings say what was assumed.
func (s *Service) Article(req Request) (*events.ArticleIngested, []string, error) {
	now := s.opt.Now().UTC()
	var warnings []string
	title := strings.TrimSpace(req.Title)
	body := strings.TrimSpace(req.Body)
	if body == "" {
		return nil, nil, httpx.BadRequest("body", "the article body is empty")
	}
	if !hasLetter(body) {
		return nil, nil, httpx.BadRequest("body", "the article body has no letters (only numbers, punctuation or space)")
	}
	if req.URL != "" {
		u, err := url.Parse(req.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, nil, httpx.BadRequest("url", "url must be an absolute http(s) URL, got %q", req.URL)
		}
	}
	published := now
	if req.Published == "" {
		warnings = append(warnings, "no published date: the ingest time is used to resolve relative dates")
	} else {
		t, err := ParseDate(req.Published)
		if err != nil {
			return nil, nil, httpx.BadRequest("published", "%v", err)
		}
		published = t
	}
	lang := req.Lang
	if lang != "" {
		tag, err := language.Parse(lang)
		if err != nil {
			return nil, nil, httpx.BadRequest("lang", "lang %q is not a language code (ISO 639-1 such as \"en\" or \"ar\")", req.Lang)
		}
		base, _ := tag.Base()
		lang = base.String()
	} else {
		detected, _ := text.DetectLanguage(title + "\n" + body)
		if detected == "" {
			return nil, nil, httpx.BadRequest("lang", "the language could not be detected; give lang")
		}
		lang = detected
	}
	if !contains(s.opt.Coded, lang) && len(s.opt.Coded) > 0 {
		warnings = append(warnings, fmt.Sprintf("no dictionaries for language %q: the article is stored but yields no events until a coder for it exists", lang))
	}
	return &events.ArticleIngested{
		ID:        events.ArticleID(title, body),
		URL:       req.URL,
		Outlet:    strings.TrimSpace(req.Outlet),
		Title:     title,
		Body:      body,
		Lang:      lang,
		Published: published,
		Ingested:  now,
	}, warnings, nil
}

// ParseDate accepts RFC 3339 (any offset; kept as UTC) or YYYY-MM-DD
// (midnight UTC). Years outside 1900-2200 are refused as typos.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t, err = time.Parse(time.DateOnly, s)
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q is neither RFC 3339 (2022-01-10T08:00:00Z) nor YYYY-MM-DD", s)
	}
	if y := t.Year(); y < 1900 || y > 2200 {
		return time.Time{}, fmt.Errorf("date %q: year %d is out of range 1900-2200", s, y)
	}
	return t.UTC(), nil
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
