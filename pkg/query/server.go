package query

import (
	"context"
	_ "embed"
	"errors"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/httpx"
	"github.com/geotrack/geotrack/pkg/store"
)

//go:embed openapi.json
var openAPI []byte

// OpenAPI is the OpenAPI 3.1 document of the routes Register adds.
func OpenAPI() []byte { return openAPI }

// ErrNotFound is what an Articles implementation returns (or wraps) for an
// article it does not have; the API answers 404.
var ErrNotFound = errors.New("query: not found")

// Articles looks up ingested articles; they live in the ARTICLES stream,
// not in the projection.
type Articles interface {
	Article(ctx context.Context, id string) (*events.ArticleIngested, error)
}

// Options configure a Server.
type Options struct {
	// CursorKey signs page cursors. Empty means the store's own secret,
	// which survives restarts but not a rebuild; replicas behind one load
	// balancer need the same key.
	CursorKey []byte
	// Now is the clock for default date ranges (tests); nil means time.Now.
	Now func() time.Time
	// Log, when set, gives /v1/events/{id}/provenance the stored message
	// and its audit hash and checkpoint (audit.LogView).
	Log Log
}

// Server answers the researcher-facing query API from a store.
type Server struct {
	st       *store.Store
	arts     Articles
	key      []byte
	now      func() time.Time
	log      Log
	patterns []string
}

// New builds a server over st. arts may be nil: article lookups then 404.
func New(st *store.Store, arts Articles, opt Options) *Server {
	s := &Server{st: st, arts: arts, key: opt.CursorKey, now: opt.Now, log: opt.Log}
	if len(s.key) == 0 {
		s.key = st.Secret()
	}
	if s.now == nil {
		s.now = time.Now
	}
	return s
}

// Register adds the /v1/ routes to mux.
func (s *Server) Register(mux *http.ServeMux) {
	for _, r := range s.routes() {
		s.patterns = append(s.patterns, r.pattern)
		mux.HandleFunc(r.pattern, r.h)
	}
}

// Handler is a mux with only the query routes (unknown routes get a JSON 404).
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	s.Register(mux)
	mux.HandleFunc("/", httpx.Fallback(mux))
	return mux
}

type route struct {
	pattern string
	h       http.HandlerFunc
}

func (s *Server) routes() []route {
	return []route{
		{"GET /v1/timeline", s.timeline},
		{"GET /v1/events", s.events},
		{"GET /v1/events/stream", s.eventsStream},
		{"GET /v1/events/{id}", s.event},
		{"GET /v1/events/{id}/provenance", s.provenance},
		{"GET /v1/articles/{id}", s.article},
		{"GET /v1/actors", s.actors},
		{"GET /v1/dyads", s.dyads},
		{"GET /v1/openapi.json", s.openapi},
	}
}

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(openAPI)
}

// Receipt is what every answer carries so a published figure can be traced
// and reproduced: the log position it reflects, the coder versions behind
// the events it counts, and the canonical query.
type Receipt struct {
	AsOf          store.AsOf `json:"as_of"`
	CoderVersions []string   `json:"coder_versions"`
	Query         string     `json:"query"`
}

func receipt(asOf store.AsOf, versions []string, canon string) Receipt {
	if versions == nil {
		versions = []string{}
	}
	return Receipt{AsOf: asOf, CoderVersions: versions, Query: canon}
}

// TimelineBucket is one period in a timeline answer.
type TimelineBucket struct {
	Start     string             `json:"start"`
	End       string             `json:"end"`
	Events    int64              `json:"events"`
	Mentions  int64              `json:"mentions"`
	Goldstein float64            `json:"goldstein"`
	By        map[string]float64 `json:"by,omitempty"`
}

// TimelineAnswer is the body of GET /v1/timeline.
type TimelineAnswer struct {
	Actor    string           `json:"actor,omitempty"`
	Source   string           `json:"source,omitempty"`
	Target   string           `json:"target,omitempty"`
	Place    string           `json:"place,omitempty"`
	From     string           `json:"from"`
	To       string           `json:"to"`
	Interval string           `json:"interval"`
	By       string           `json:"by,omitempty"`
	Metric   string           `json:"metric"`
	Buckets  []TimelineBucket `json:"buckets"`
	Receipt
}

func (s *Server) timeline(w http.ResponseWriter, r *http.Request) {
	p, err := newParams(r.URL.Query(), "actor", "source", "target", "place", "from", "to", "interval", "by", "metric", "format", "as_of", "coder")
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	ans, format, err := s.timelineAnswer(p)
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	writeTimeline(w, r, format, ans)
}

func (s *Server) timelineAnswer(p *params) (*TimelineAnswer, string, error) {
	var q store.TimelineQuery
	err := p.actorKeys(&q.Actor, &q.Source, &q.Target, &q.Place)
	if err != nil {
		return nil, "", err
	}
	switch {
	case (q.Source != "") != (q.Target != ""):
		name := "target"
		if q.Source == "" {
			name = "source"
		}
		return nil, "", httpx.BadRequest(name, "a dyad needs both source and target")
	case q.Actor == "" && q.Source == "" && q.Place == "":
		return nil, "", httpx.BadRequest("actor", "give actor, or source and target, or place")
	case (q.Actor != "") && (q.Source != "" || q.Place != ""), q.Source != "" && q.Place != "":
		return nil, "", httpx.BadRequest("actor", "give only one of actor, source+target, place")
	}
	if q.From, q.To, err = p.dateRange(s.now(), true); err != nil {
		return nil, "", err
	}
	if q.Interval, err = p.enum("interval", store.IntervalDay, store.IntervalDay, store.IntervalWeek, store.IntervalMonth, store.IntervalYear); err != nil {
		return nil, "", err
	}
	if q.By, err = p.enum("by", "", store.ByRoot, store.ByQuad, store.ByPLOVER, store.ByCAMEO); err != nil {
		return nil, "", err
	}
	if err := p.timelineCost(q.From, q.To, q.Interval, q.By); err != nil {
		return nil, "", err
	}
	metric, err := p.enum("metric", "events", "events", "mentions", "goldstein")
	if err != nil {
		return nil, "", err
	}
	format, err := p.enum("format", "json", "json", "csv", "jsonl")
	if err != nil {
		return nil, "", err
	}
	asOf, err := p.asOf()
	if err != nil {
		return nil, "", err
	}
	if q.Coder, err = p.coder(); err != nil {
		return nil, "", err
	}
	var tl *store.Timeline
	if asOf > 0 {
		tl, err = s.st.TimelineAsOf(q, asOf)
	} else {
		tl, err = s.st.Timeline(q)
	}
	if errors.Is(err, store.ErrBadPosition) {
		return nil, "", httpx.BadRequest("as_of", "as_of %d is beyond the log position this projection has reached", asOf)
	}
	if err != nil {
		return nil, "", err
	}
	ans := &TimelineAnswer{
		Actor: q.Actor, Source: q.Source, Target: q.Target, Place: q.Place,
		From: q.From.String(), To: q.To.String(), Interval: q.Interval, By: q.By, Metric: metric,
		Buckets: make([]TimelineBucket, len(tl.Buckets)),
		Receipt: receipt(tl.AsOf, tl.CoderVersions, p.Canonical()),
	}
	for i, b := range tl.Buckets {
		tb := TimelineBucket{Start: b.Start.String(), End: b.End.String(), Events: b.Events, Mentions: b.Mentions, Goldstein: b.Goldstein}
		if q.By != "" {
			tb.By = make(map[string]float64, len(b.By))
			for k, t := range b.By {
				tb.By[k] = metricOf(metric, t)
			}
		}
		ans.Buckets[i] = tb
	}
	return ans, format, nil
}

func metricOf(metric string, t *store.Totals) float64 {
	switch metric {
	case "mentions":
		return float64(t.Mentions)
	case "goldstein":
		return t.Goldstein
	}
	return float64(t.Events)
}

// EventOut is one event in list and detail answers: the event.coded payload
// plus where it sits in the log and which story it belongs to.
type EventOut struct {
	events.EventCoded
	Seq           uint64    `json:"seq"`
	Logged        time.Time `json:"logged"`
	StoryID       string    `json:"story_id"`
	StoryMentions int64     `json:"story_mentions"`
}

func eventOut(r store.EventRow) EventOut {
	return EventOut{EventCoded: r.Event, Seq: r.Seq, Logged: r.Logged, StoryID: r.StoryID, StoryMentions: r.StoryMentions}
}

// EventsAnswer is the body of GET /v1/events.
type EventsAnswer struct {
	Events []EventOut `json:"events"`
	Next   string     `json:"next,omitempty"`
	Receipt
}

const (
	defaultLimit = 100
	maxLimit     = 1000
)

var (
	cameoRe  = regexp.MustCompile(`^[0-9]{1,4}$`)
	rootRe   = regexp.MustCompile(`^[0-9]{2}$`)
	ploverRe = regexp.MustCompile(`^[A-Z_]{2,32}$`)
	langRe   = regexp.MustCompile(`^[a-z]{2,3}$`)
)

func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	p, err := newParams(r.URL.Query(), "actor", "source", "target", "place", "cameo", "root", "quad", "plover", "lang", "from", "to", "q", "cursor", "limit", "format", "as_of", "coder")
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	ans, format, err := s.eventsAnswer(p)
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	writeEvents(w, r, format, ans)
}

func (s *Server) eventsAnswer(p *params) (*EventsAnswer, string, error) {
	var q store.EventQuery
	err := p.actorKeys(&q.Actor, &q.Source, &q.Target, &q.Place)
	if err != nil {
		return nil, "", err
	}
	if q.CAMEO, err = p.pattern("cameo", cameoRe, strings.TrimSpace, "a CAMEO code or prefix (1-4 digits)"); err != nil {
		return nil, "", err
	}
	if q.Root, err = p.pattern("root", rootRe, strings.TrimSpace, "a CAMEO root (two digits, 01-20)"); err != nil {
		return nil, "", err
	}
	if q.PLOVER, err = p.pattern("plover", ploverRe, strings.ToUpper, "a PLOVER event type (e.g. SUPPORT)"); err != nil {
		return nil, "", err
	}
	if q.Lang, err = p.pattern("lang", langRe, strings.ToLower, "a language code (e.g. ar, en)"); err != nil {
		return nil, "", err
	}
	if q.Quad, err = p.intRange("quad", 0, 1, 4); err != nil {
		return nil, "", err
	}
	if q.From, q.To, err = p.dateRange(s.now(), false); err != nil {
		return nil, "", err
	}
	if text := p.raw("q"); text != "" {
		if !utf8.ValidString(text) || len(text) > 500 {
			return nil, "", httpx.BadRequest("q", "q must be UTF-8 text of at most 500 bytes")
		}
		q.Words = strings.Fields(strings.ToLower(text))
		p.set("q", strings.Join(q.Words, " "))
	}
	if q.Limit, err = p.intRange("limit", defaultLimit, 1, maxLimit); err != nil {
		return nil, "", err
	}
	format, err := p.enum("format", "json", "json", "csv", "jsonl")
	if err != nil {
		return nil, "", err
	}
	asOf, err := p.asOf()
	if err != nil {
		return nil, "", err
	}
	if q.Coder, err = p.coder(); err != nil {
		return nil, "", err
	}
	// The cursor is bound to the filters only, not to itself, the format or
	// the page size: the same pages can be fetched as JSON or CSV, larger
	// or smaller.
	bind := url.Values{}
	for k, v := range p.canon {
		if k != "format" && k != "limit" {
			bind[k] = v
		}
	}
	canonNoCursor := bind.Encode()
	if c := p.raw("cursor"); c != "" {
		if q.After, err = s.decodeCursor(canonNoCursor, c); err != nil {
			return nil, "", err
		}
		p.set("cursor", c)
	}
	var page *store.EventPage
	if asOf > 0 {
		page, err = s.st.EventsAsOf(q, asOf)
	} else {
		page, err = s.st.Events(q)
	}
	if errors.Is(err, store.ErrBadPosition) {
		if asOf > 0 && q.After == nil {
			return nil, "", httpx.BadRequest("as_of", "as_of %d is beyond the log position this projection has reached", asOf)
		}
		return nil, "", httpx.BadRequest("cursor", "the cursor does not fit this query")
	}
	if err != nil {
		return nil, "", err
	}
	ans := &EventsAnswer{Events: make([]EventOut, len(page.Events)), Receipt: receipt(page.AsOf, page.CoderVersions, p.Canonical())}
	for i, row := range page.Events {
		ans.Events[i] = eventOut(row)
	}
	if page.Next != nil {
		ans.Next = s.encodeCursor(canonNoCursor, page.Next)
	}
	return ans, format, nil
}

// SentenceSpan is the sentence an event was coded from, located in the
// article body when the article is available.
type SentenceSpan struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Before and After are up to 200 bytes of the body around the span
	// (cut at character boundaries); Verified is true when the body at
	// [start, end) is the sentence text.
	Before   string `json:"before,omitempty"`
	After    string `json:"after,omitempty"`
	Verified bool   `json:"verified"`
}

// EventAnswer is the body of GET /v1/events/{id}.
type EventAnswer struct {
	Event    EventOut                `json:"event"`
	Story    store.Story             `json:"story"`
	Sentence SentenceSpan            `json:"sentence"`
	Article  *events.ArticleIngested `json:"article"`
	Receipt
}

var idRe = regexp.MustCompile(`^[A-Za-z0-9_.:-]{1,128}$`)

// eventOfPath reads the event named by the {id} path value, answering the
// request itself (400, 404, 500) when it cannot.
func (s *Server) eventOfPath(w http.ResponseWriter, r *http.Request) (*params, *store.EventDetail, bool) {
	p, err := newParams(r.URL.Query())
	if err != nil {
		httpx.WriteError(w, r, err)
		return nil, nil, false
	}
	id := r.PathValue("id")
	if !idRe.MatchString(id) {
		httpx.WriteError(w, r, httpx.BadRequest("id", "%q is not an event id", id))
		return nil, nil, false
	}
	p.set("id", id)
	d, err := s.st.Event(id)
	if errors.Is(err, store.ErrNotFound) {
		httpx.WriteProblem(w, httpx.NewProblem(http.StatusNotFound, "no event %s (never coded, or retracted)", id))
		return nil, nil, false
	}
	if err != nil {
		httpx.WriteError(w, r, err)
		return nil, nil, false
	}
	return p, d, true
}

func (s *Server) event(w http.ResponseWriter, r *http.Request) {
	p, d, ok := s.eventOfPath(w, r)
	if !ok {
		return
	}
	versions := map[string]struct{}{}
	for _, m := range d.Story.Reports {
		versions[m.CoderVersion] = struct{}{}
	}
	ans := &EventAnswer{
		Event: eventOut(d.EventRow), Story: d.Story,
		Sentence: SentenceSpan{Text: d.Event.Sentence.Text, Start: d.Event.Sentence.Start, End: d.Event.Sentence.End},
		Receipt:  receipt(d.AsOf, keys(versions), p.Canonical()),
	}
	if s.arts != nil {
		a, err := s.arts.Article(r.Context(), d.Event.ArticleID)
		switch {
		case errors.Is(err, ErrNotFound):
		case err != nil:
			httpx.WriteError(w, r, err)
			return
		default:
			ans.Article = a
			locate(&ans.Sentence, a.Body)
		}
	}
	httpx.WriteJSON(w, http.StatusOK, ans)
}

// locate fills the context of the sentence span from the article body.
func locate(sp *SentenceSpan, body string) {
	if sp.Start < 0 || sp.End > len(body) || sp.Start >= sp.End {
		return
	}
	sp.Verified = body[sp.Start:sp.End] == sp.Text
	lo := max(0, sp.Start-200)
	for lo < sp.Start && !utf8.RuneStart(body[lo]) {
		lo++
	}
	hi := min(len(body), sp.End+200)
	for hi > sp.End && hi < len(body) && !utf8.RuneStart(body[hi]) {
		hi--
	}
	sp.Before, sp.After = body[lo:sp.Start], body[sp.End:hi]
}

// ArticleAnswer is the body of GET /v1/articles/{id}.
type ArticleAnswer struct {
	Article *events.ArticleIngested `json:"article"`
	Events  []EventOut              `json:"events"`
	Receipt
}

func (s *Server) article(w http.ResponseWriter, r *http.Request) {
	p, err := newParams(r.URL.Query())
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	id := r.PathValue("id")
	if !idRe.MatchString(id) {
		httpx.WriteError(w, r, httpx.BadRequest("id", "%q is not an article id", id))
		return
	}
	p.set("id", id)
	notFound := func() {
		httpx.WriteProblem(w, httpx.NewProblem(http.StatusNotFound, "no article %s", id))
	}
	if s.arts == nil {
		notFound()
		return
	}
	a, err := s.arts.Article(r.Context(), id)
	if errors.Is(err, ErrNotFound) {
		notFound()
		return
	}
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	rows, asOf, err := s.st.ArticleEvents(id)
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	versions := map[string]struct{}{}
	ans := &ArticleAnswer{Article: a, Events: make([]EventOut, len(rows))}
	for i, row := range rows {
		ans.Events[i] = eventOut(row)
		versions[row.Event.Coder.Version] = struct{}{}
	}
	ans.Receipt = receipt(asOf, keys(versions), p.Canonical())
	httpx.WriteJSON(w, http.StatusOK, ans)
}

func keys(m map[string]struct{}) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return sorted(out)
}

// ActorOut is one known actor key.
type ActorOut struct {
	Key  string `json:"key"`
	Name string `json:"name,omitempty"`
	store.Summary
}

// ActorsAnswer is the body of GET /v1/actors.
type ActorsAnswer struct {
	Actors []ActorOut `json:"actors"`
	Receipt
}

func (s *Server) actors(w http.ResponseWriter, r *http.Request) {
	p, err := newParams(r.URL.Query(), "prefix", "limit", "format")
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	prefix := strings.ToUpper(p.raw("prefix"))
	if prefix != "" && !regexp.MustCompile(`^[A-Z0-9]{1,16}$`).MatchString(prefix) {
		httpx.WriteError(w, r, httpx.BadRequest("prefix", "%q is not the start of an actor key (letters or digits)", p.raw("prefix")))
		return
	}
	p.set("prefix", prefix)
	limit, err := p.intRange("limit", defaultLimit, 1, maxLimit)
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	format, err := p.enum("format", "json", "json", "csv", "jsonl")
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	list, asOf, err := s.st.Actors(prefix, limit)
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	versions := map[string]struct{}{}
	ans := &ActorsAnswer{Actors: make([]ActorOut, len(list))}
	for i, a := range list {
		ans.Actors[i] = ActorOut{Key: a.Key, Name: actorName(a.Key), Summary: a.Summary}
		for _, v := range a.CoderVersions {
			versions[v] = struct{}{}
		}
	}
	ans.Receipt = receipt(asOf, keys(versions), p.Canonical())
	writeActors(w, r, format, ans)
}

// PartnerOut is one partner of an actor.
type PartnerOut struct {
	Partner string `json:"partner"`
	Name    string `json:"name,omitempty"`
	store.Summary
	Outgoing store.Summary `json:"outgoing"`
	Incoming store.Summary `json:"incoming"`
}

// DyadsAnswer is the body of GET /v1/dyads.
type DyadsAnswer struct {
	Actor    string       `json:"actor"`
	Partners []PartnerOut `json:"partners"`
	Receipt
}

func (s *Server) dyads(w http.ResponseWriter, r *http.Request) {
	p, err := newParams(r.URL.Query(), "actor", "limit", "format")
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	actor, err := p.key("actor")
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	if actor == "" {
		httpx.WriteError(w, r, httpx.BadRequest("actor", "actor is required"))
		return
	}
	limit, err := p.intRange("limit", defaultLimit, 1, maxLimit)
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	format, err := p.enum("format", "json", "json", "csv", "jsonl")
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	list, asOf, err := s.st.Dyads(actor, limit)
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	versions := map[string]struct{}{}
	ans := &DyadsAnswer{Actor: actor, Partners: make([]PartnerOut, len(list))}
	for i, pt := range list {
		ans.Partners[i] = PartnerOut{Partner: pt.Partner, Name: actorName(pt.Partner), Summary: pt.Summary, Outgoing: pt.Outgoing, Incoming: pt.Incoming}
		for _, v := range pt.CoderVersions {
			versions[v] = struct{}{}
		}
	}
	ans.Receipt = receipt(asOf, keys(versions), p.Canonical())
	writeDyads(w, r, format, ans)
}
