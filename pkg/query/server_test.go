package query

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/httpx"
	"github.com/geotrack/geotrack/pkg/store"
)

// mapArticles is an in-memory article source (the real one reads the
// ARTICLES stream).
type mapArticles map[string]*events.ArticleIngested

func (m mapArticles) Article(_ context.Context, id string) (*events.ArticleIngested, error) {
	a, ok := m[id]
	if !ok {
		return nil, fmt.Errorf("article %s: %w", id, ErrNotFound)
	}
	return a, nil
}

var t0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

type fixture struct {
	st   *store.Store
	arts mapArticles
	srv  *httptest.Server
	recs []store.Record
}

// newFixture builds a store from a small log:
//   - five articles (en and ar) report CHN praising KAZ on 2022-01-10 (+-1 day): one event, five mentions;
//   - CHN threatens KAZ on 2022-01-12 and RUS helps KAZ on 2022-01-20;
//   - forty filler events CHN->RUS over January and February 2022.
func newFixture(t *testing.T) *fixture {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "proj.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := &fixture{st: st, arts: mapArticles{}}
	add := func(article, lang, src, tgt, cameo, date, text string, place string) *events.EventCoded {
		body := "Intro paragraph. " + text + " More text follows here."
		a := &events.ArticleIngested{ID: article, URL: "https://news.example/" + article, Outlet: "example", Title: "t " + article, Body: body, Lang: lang, Published: t0, Ingested: t0}
		if old, ok := f.arts[article]; ok {
			a = old
			a.Body += " " + text
			body = a.Body
		}
		f.arts[article] = a
		start := strings.Index(body, text)
		e := &events.EventCoded{
			ArticleID: article, Date: date, Lang: lang,
			Source:   events.Actor{Code: src + "GOV", Country: src, Role: "GOV", Name: "Official of " + src},
			Target:   events.Actor{Code: tgt, Country: tgt},
			CAMEO:    cameo,
			Sentence: events.Sentence{Index: 1, Text: text, Start: start, End: start + len(text)},
			Coder:    events.Coder{Version: "coder-1.2.0", Dict: "sha256:abc", Rule: "rule-" + cameo},
		}
		e.Root = cameo[:2]
		switch cameo[:2] {
		case "05":
			e.QuadClass, e.PLOVER, e.Goldstein = 1, "SUPPORT", 3.4
		case "07":
			e.QuadClass, e.PLOVER, e.Goldstein = 2, "AID", 7.4
		case "13":
			e.QuadClass, e.PLOVER, e.Goldstein = 3, "THREATEN", -4.4
		default:
			e.QuadClass, e.PLOVER, e.Goldstein = 4, "ASSAULT", -9
		}
		if place != "" {
			e.Location = &events.Location{Name: "Astana", Country: place, Lat: 51.17, Lon: 71.45}
		}
		e.ID = events.EventID(article, len(f.recs), e.Source, e.Target, cameo, false, e.Coder.Version, e.Coder.Dict)
		f.recs = append(f.recs, store.Record{Seq: uint64(len(f.recs) + 1), Time: t0.Add(time.Duration(len(f.recs)) * time.Minute), Coded: e})
		return e
	}
	for i, d := range []string{"2022-01-10", "2022-01-10", "2022-01-11", "2022-01-09", "2022-01-10"} {
		lang := "en"
		text := fmt.Sprintf("China praised Kazakhstan's handling of the crisis, report %d.", i)
		if i%2 == 1 {
			lang = "ar"
			text = fmt.Sprintf("أشادت الصين بتعامل كازاخستان مع الأزمة، تقرير %d.", i)
		}
		add(fmt.Sprintf("art-praise-%d", i), lang, "CHN", "KAZ", "051", d, text, "KAZ")
	}
	add("art-threat", "en", "CHN", "KAZ", "130", "2022-01-12", "China warned Kazakhstan over the pipeline dispute.", "KAZ")
	add("art-aid", "en", "RUS", "KAZ", "070", "2022-01-20", "Russia sent aid to Kazakhstan.", "")
	for i := range 40 {
		add(fmt.Sprintf("art-fill-%d", i/2), "en", "CHN", "RUS", "057", fmt.Sprintf("2022-%02d-%02d", 1+i/20, 1+i%20), fmt.Sprintf("China signed agreement number %d with Russia.", i), "")
	}
	if err := st.Apply(f.recs); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, f.arts, Options{Now: func() time.Time { return time.Date(2022, 6, 30, 10, 0, 0, 0, time.UTC) }}).Register(mux)
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fixture) get(t *testing.T, path string) (*http.Response, []byte) {
	t.Helper()
	res, err := http.Get(f.srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, b
}

func (f *fixture) getJSON(t *testing.T, path string, v any) *http.Response {
	t.Helper()
	res, b := f.get(t, path)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %s", path, res.StatusCode, b)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("GET %s: %v\n%s", path, err, b)
	}
	return res
}

func TestTimelineCountsStoriesAndMentions(t *testing.T) {
	f := newFixture(t)
	var tl TimelineAnswer
	res := f.getJSON(t, "/v1/timeline?source=chn&target=KAZ&from=2022-01-05&to=2022-01-25&interval=week&by=root", &tl)
	// Weeks start on Monday: 2022-01-03, -10, -17, -24; every week is present.
	var starts []string
	for _, b := range tl.Buckets {
		starts = append(starts, b.Start)
	}
	if want := []string{"2022-01-03", "2022-01-10", "2022-01-17", "2022-01-24"}; !slices.Equal(starts, want) {
		t.Fatalf("starts = %v, want %v", starts, want)
	}
	b := tl.Buckets[1]
	if b.Events != 2 || b.Mentions != 6 {
		t.Fatalf("week of 01-10: events=%d mentions=%d, want 2 (praise, threat) and 6", b.Events, b.Mentions)
	}
	if b.By["05"] != 1 || b.By["13"] != 1 {
		t.Fatalf("by root = %v", b.By)
	}
	if want := 3.4 - 4.4; b.Goldstein != want {
		t.Fatalf("goldstein = %v, want %v (one praise event, not five)", b.Goldstein, want)
	}
	for _, i := range []int{0, 2, 3} {
		if tl.Buckets[i].Events != 0 || tl.Buckets[i].Mentions != 0 {
			t.Fatalf("bucket %d should be zero: %+v", i, tl.Buckets[i])
		}
	}
	if tl.AsOf.Seq != uint64(len(f.recs)) || !tl.AsOf.Time.Equal(f.recs[len(f.recs)-1].Time) {
		t.Fatalf("as_of = %+v", tl.AsOf)
	}
	if !slices.Equal(tl.CoderVersions, []string{"coder-1.2.0"}) {
		t.Fatalf("coder_versions = %v", tl.CoderVersions)
	}
	const canon = "by=root&format=json&from=2022-01-05&interval=week&metric=events&source=CHN&target=KAZ&to=2022-01-25"
	if tl.Query != canon {
		t.Fatalf("query = %q, want %q", tl.Query, canon)
	}
	if res.Header.Get(HeaderQuery) != canon || res.Header.Get(HeaderAsOfSeq) != strconv.Itoa(len(f.recs)) {
		t.Fatalf("receipt headers: %v", res.Header)
	}
	// The canonical query reproduces the figure.
	var again TimelineAnswer
	f.getJSON(t, "/v1/timeline?"+canon, &again)
	if fmt.Sprint(again.Buckets) != fmt.Sprint(tl.Buckets) {
		t.Fatal("the canonical query gives another answer")
	}

	// Actor KAZ by month with the mentions metric; months roll up days.
	f.getJSON(t, "/v1/timeline?actor=KAZ&from=2022-01-01&to=2022-03-31&interval=month&by=quad&metric=mentions", &tl)
	if len(tl.Buckets) != 3 || tl.Buckets[0].Events != 3 || tl.Buckets[0].Mentions != 7 || tl.Buckets[0].By["2"] != 1 || tl.Buckets[0].By["1"] != 5 {
		t.Fatalf("KAZ by month: %+v", tl.Buckets)
	}
	// Place, default range (one year to the injected today), by day.
	f.getJSON(t, "/v1/timeline?place=KAZ", &tl)
	if tl.From != "2021-07-01" || tl.To != "2022-06-30" || len(tl.Buckets) != 365 {
		t.Fatalf("default range: %s..%s, %d buckets", tl.From, tl.To, len(tl.Buckets))
	}
}

func TestTimelineCSVAndJSONL(t *testing.T) {
	f := newFixture(t)
	res, body := f.get(t, "/v1/timeline?actor=KAZ&from=2022-01-01&to=2022-01-31&interval=week&by=plover&format=csv")
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/csv") {
		t.Fatalf("%d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"start", "end", "events", "mentions", "goldstein", "by_AID", "by_SUPPORT", "by_THREATEN"}; !slices.Equal(rows[0], want) {
		t.Fatalf("header %v, want %v", rows[0], want)
	}
	if len(rows) != 1+6 { // weeks from 2021-12-27 to 2022-01-31
		t.Fatalf("%d rows", len(rows))
	}
	if got := rows[3]; got[0] != "2022-01-10" || got[2] != "2" || got[6] != "1" || got[7] != "1" {
		t.Fatalf("row of 01-10: %v", got)
	}
	if res.Header.Get(HeaderCoderVersions) != "coder-1.2.0" || res.Header.Get(HeaderAsOfSeq) == "" {
		t.Fatalf("receipt headers missing: %v", res.Header)
	}
	res, body = f.get(t, "/v1/timeline?actor=KAZ&from=2022-01-01&to=2022-01-31&format=jsonl")
	lines := strings.Split(strings.TrimSpace(string(body)), "\n")
	if res.StatusCode != 200 || len(lines) != 31 {
		t.Fatalf("%d, %d lines", res.StatusCode, len(lines))
	}
	var b TimelineBucket
	// The praise story is counted, with all five mentions, on the day of its first report.
	if err := json.Unmarshal([]byte(lines[9]), &b); err != nil || b.Start != "2022-01-10" || b.Events != 1 || b.Mentions != 5 {
		t.Fatalf("line 10: %v %+v", err, b)
	}
}

func TestEventsPagesAndCSVRoundTrip(t *testing.T) {
	f := newFixture(t)
	// All CHN events, seven per page, following next until it runs out.
	var all []EventOut
	path := "/v1/events?actor=CHN&limit=7"
	pages := 0
	for {
		var page EventsAnswer
		f.getJSON(t, path, &page)
		all = append(all, page.Events...)
		pages++
		if page.Next == "" {
			break
		}
		path = "/v1/events?actor=CHN&limit=7&cursor=" + url.QueryEscape(page.Next)
	}
	if len(all) != 46 || pages != 7 {
		t.Fatalf("%d events in %d pages, want 46 in 7", len(all), pages)
	}
	seen := map[string]bool{}
	for i, e := range all {
		if seen[e.ID] {
			t.Fatalf("event %s twice", e.ID)
		}
		seen[e.ID] = true
		if i > 0 && (e.Date < all[i-1].Date || e.Date == all[i-1].Date && e.Seq < all[i-1].Seq) {
			t.Fatalf("order broken at %d: %s/%d after %s/%d", i, e.Date, e.Seq, all[i-1].Date, all[i-1].Seq)
		}
	}

	// Two filters and a date range; the praise story has five mentions.
	var page EventsAnswer
	f.getJSON(t, "/v1/events?source=CHN&target=KAZ&root=05&from=2022-01-01&to=2022-01-31", &page)
	if len(page.Events) != 5 || page.Events[0].StoryMentions != 5 || page.Next != "" {
		t.Fatalf("praise events: %d, mentions %d", len(page.Events), page.Events[0].StoryMentions)
	}
	f.getJSON(t, "/v1/events?actor=KAZ&lang=ar&q=%D8%A7%D9%84%D8%B5%D9%8A%D9%86", &page) // q=الصين
	if len(page.Events) != 2 {
		t.Fatalf("arabic word search: %d events", len(page.Events))
	}
	f.getJSON(t, "/v1/events?place=KAZ&quad=3&plover=threaten&cameo=13", &page)
	if len(page.Events) != 1 || page.Events[0].CAMEO != "130" {
		t.Fatalf("place/quad/plover/cameo: %+v", page.Events)
	}
	f.getJSON(t, "/v1/events?q=PIPELINE+china", &page)
	if len(page.Events) != 1 {
		t.Fatalf("q: %d events", len(page.Events))
	}

	// CSV of the same query parses and round-trips to the JSON answer.
	var js EventsAnswer
	f.getJSON(t, "/v1/events?actor=KAZ&limit=1000", &js)
	res, body := f.get(t, "/v1/events?actor=KAZ&limit=1000&format=csv")
	recs, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(recs[0], EventColumns) || len(recs) != 1+len(js.Events) {
		t.Fatalf("csv: header %v, %d rows for %d events", recs[0], len(recs)-1, len(js.Events))
	}
	col := map[string]int{}
	for i, c := range recs[0] {
		col[c] = i
	}
	for i, e := range js.Events {
		r := recs[i+1]
		lat, _ := strconv.ParseFloat(r[col["ActionGeo_Lat"]], 64)
		g, _ := strconv.ParseFloat(r[col["GoldsteinScale"]], 64)
		seq, _ := strconv.ParseUint(r[col["seq"]], 10, 64)
		if r[col["GLOBALEVENTID"]] != e.ID || r[col["SQLDATE"]] != strings.ReplaceAll(e.Date, "-", "") ||
			r[col["Actor1Code"]] != e.Source.Code || r[col["Actor2CountryCode"]] != e.Target.Country ||
			r[col["EventCode"]] != e.CAMEO || r[col["EventRootCode"]] != e.Root || r[col["QuadClass"]] != strconv.Itoa(e.QuadClass) ||
			g != e.Goldstein || r[col["NumMentions"]] != strconv.FormatInt(e.StoryMentions, 10) ||
			r[col["sentence"]] != e.Sentence.Text || r[col["coder_version"]] != e.Coder.Version || r[col["story_id"]] != e.StoryID || seq != e.Seq {
			t.Fatalf("row %d does not match the JSON event:\n%v\n%+v", i, r, e)
		}
		if e.Location != nil && (lat != e.Location.Lat || r[col["ActionGeo_CountryCode"]] != e.Location.Country) {
			t.Fatalf("row %d geo: %v", i, r)
		}
	}
	if res.Header.Get(HeaderQuery) != "actor=KAZ&format=csv&limit=1000" {
		t.Fatalf("csv query header %q", res.Header.Get(HeaderQuery))
	}
	// JSONL: one event per line.
	_, body = f.get(t, "/v1/events?actor=KAZ&format=jsonl&limit=3")
	lines := strings.Split(strings.TrimSpace(string(body)), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d jsonl lines", len(lines))
	}
	for _, l := range lines {
		var e EventOut
		if err := json.Unmarshal([]byte(l), &e); err != nil || e.ID == "" {
			t.Fatalf("jsonl line %q: %v", l, err)
		}
	}
	// The next cursor travels in a header for CSV and works for JSON.
	res, _ = f.get(t, "/v1/events?actor=CHN&limit=10&format=csv")
	next := res.Header.Get(HeaderNextCursor)
	f.getJSON(t, "/v1/events?actor=CHN&limit=10&cursor="+url.QueryEscape(next), &page)
	if page.Events[0].ID != all[10].ID {
		t.Fatalf("csv cursor led to %s, want %s", page.Events[0].ID, all[10].ID)
	}
}

func TestEventDetailAndArticle(t *testing.T) {
	f := newFixture(t)
	praise := f.recs[2].Coded
	var d EventAnswer
	f.getJSON(t, "/v1/events/"+praise.ID, &d)
	if d.Event.ID != praise.ID || d.Story.Mentions != 5 || len(d.Story.Reports) != 5 || d.Story.Date != "2022-01-10" {
		t.Fatalf("detail: %+v", d.Story)
	}
	if d.Article == nil || d.Article.ID != praise.ArticleID || !d.Sentence.Verified || d.Sentence.Before != "Intro paragraph. " || d.Sentence.After != " More text follows here." {
		t.Fatalf("article/sentence: %+v %+v", d.Article, d.Sentence)
	}
	if d.Query != "id="+praise.ID || d.AsOf.Seq == 0 || !slices.Equal(d.CoderVersions, []string{"coder-1.2.0"}) {
		t.Fatalf("receipt: %+v", d.Receipt)
	}
	res, body := f.get(t, "/v1/events/0123456789abcdef")
	if res.StatusCode != 404 || !strings.Contains(string(body), "no event") {
		t.Fatalf("unknown event: %d %s", res.StatusCode, body)
	}
	// The event stays answerable when its article is gone (404 from Articles).
	delete(f.arts, praise.ArticleID)
	f.getJSON(t, "/v1/events/"+praise.ID, &d)
	if d.Article != nil || d.Sentence.Verified {
		t.Fatal("article should be null when the article store does not have it")
	}

	var a ArticleAnswer
	f.getJSON(t, "/v1/articles/art-threat", &a)
	if a.Article.ID != "art-threat" || len(a.Events) != 1 || a.Events[0].CAMEO != "130" {
		t.Fatalf("article: %+v", a)
	}
	if res, _ := f.get(t, "/v1/articles/nope"); res.StatusCode != 404 {
		t.Fatalf("unknown article: %d", res.StatusCode)
	}

	// Retracting an event removes it from its story and the API.
	if err := f.st.Apply([]store.Record{{Seq: uint64(len(f.recs) + 1), Time: t0.Add(time.Hour), Retracted: &events.EventRetracted{EventID: praise.ID}}}); err != nil {
		t.Fatal(err)
	}
	if res, _ := f.get(t, "/v1/events/"+praise.ID); res.StatusCode != 404 {
		t.Fatalf("retracted event: %d", res.StatusCode)
	}
	f.getJSON(t, "/v1/events/"+f.recs[0].Coded.ID, &d)
	if d.Story.Mentions != 4 || d.AsOf.Seq != uint64(len(f.recs)+1) {
		t.Fatalf("after retraction: %d mentions, as_of %d", d.Story.Mentions, d.AsOf.Seq)
	}
}

func TestActorsAndDyads(t *testing.T) {
	f := newFixture(t)
	var a ActorsAnswer
	f.getJSON(t, "/v1/actors", &a)
	var keys []string
	for _, x := range a.Actors {
		keys = append(keys, x.Key)
	}
	if !slices.Equal(keys, []string{"CHN", "KAZ", "RUS"}) {
		t.Fatalf("actors %v", keys)
	}
	if k := a.Actors[1]; k.Name != "Kazakhstan" || k.Events != 3 || k.Mentions != 7 || k.Cooperation != 2 || k.Conflict != 1 {
		t.Fatalf("KAZ: %+v", k)
	}
	f.getJSON(t, "/v1/actors?prefix=r", &a)
	if len(a.Actors) != 1 || a.Actors[0].Name != "Russia" {
		t.Fatalf("prefix r: %+v", a.Actors)
	}
	var d DyadsAnswer
	f.getJSON(t, "/v1/dyads?actor=KAZ", &d)
	if len(d.Partners) != 2 || d.Partners[0].Partner != "CHN" || d.Partners[0].Events != 2 || d.Partners[0].Cooperation != 1 || d.Partners[0].Conflict != 1 ||
		d.Partners[0].Incoming.Events != 2 || d.Partners[0].Outgoing.Events != 0 || d.Partners[1].Partner != "RUS" {
		t.Fatalf("dyads of KAZ: %+v", d.Partners)
	}
	res, body := f.get(t, "/v1/dyads?actor=CHN&format=csv")
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	// 40 filler reports on consecutive days form 20 stories: each story takes the next day's report.
	if err != nil || res.StatusCode != 200 || len(rows) != 3 || rows[1][1] != "RUS" || rows[1][3] != "20" || rows[1][4] != "20" {
		t.Fatalf("dyads csv: %v %v", err, rows)
	}
	_, body = f.get(t, "/v1/actors?format=csv")
	if rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll(); err != nil || len(rows) != 4 || rows[2][1] != "Kazakhstan" {
		t.Fatalf("actors csv: %v %v", err, rows)
	}
}

func TestBadInput(t *testing.T) {
	f := newFixture(t)
	var first EventsAnswer
	f.getJSON(t, "/v1/events?actor=CHN&limit=5", &first)
	raw := []byte(first.Next)
	raw[len(raw)/2] ^= 1 // one character off
	tampered := string(raw)
	cases := []struct{ path, param string }{
		{"/v1/timeline?actor=KAZ&colour=red", "colour"},
		{"/v1/timeline?actor=KAZ&actor=CHN", "actor"},
		{"/v1/timeline?actor=KAZ&from=2022-13-01", "from"},
		{"/v1/timeline?actor=KAZ&to=yesterday", "to"},
		{"/v1/timeline?actor=KAZ&from=2022-02-01&to=2022-01-01", "from"},
		{"/v1/timeline?actor=KAZ&interval=fortnight", "interval"},
		{"/v1/timeline?actor=KAZ&by=mood", "by"},
		{"/v1/timeline?actor=KAZ&metric=vibes", "metric"},
		{"/v1/timeline?actor=KAZ&from=1900-01-01&to=2022-01-01", "to"},
		{"/v1/timeline?source=CHN", "target"},
		{"/v1/timeline", "actor"},
		{"/v1/timeline?actor=KAZ&place=KAZ", "actor"},
		{"/v1/timeline?actor=K%21Z", "actor"},
		{"/v1/timeline?actor=KAZ&format=xml", "format"},
		{"/v1/events?actor=CHN&limit=5&cursor=" + url.QueryEscape(tampered), "cursor"},
		{"/v1/events?actor=CHN&limit=5&cursor=abc", "cursor"},
		{"/v1/events?actor=RUS&limit=5&cursor=" + url.QueryEscape(first.Next), "cursor"},
		{"/v1/events?limit=5000", "limit"},
		{"/v1/events?limit=0", "limit"},
		{"/v1/events?quad=5", "quad"},
		{"/v1/events?cameo=abc", "cameo"},
		{"/v1/events?root=1", "root"},
		{"/v1/events?from=2022-01-02&to=2022-01-01", "from"},
		{"/v1/events?page=2", "page"},
		{"/v1/events/abc?x=1", "x"},
		{"/v1/actors?prefix=%2A", "prefix"},
		{"/v1/dyads", "actor"},
		{"/v1/dyads?actor=KAZ&limit=-1", "limit"},
	}
	before, _, _ := f.st.Checkpoint()
	for _, c := range cases {
		res, body := f.get(t, c.path)
		var p httpx.Problem
		if err := json.Unmarshal(body, &p); err != nil || res.StatusCode != 400 || p.Param != c.param || p.Status != 400 ||
			res.Header.Get("Content-Type") != "application/problem+json" {
			t.Errorf("GET %s: %d %s, want 400 naming %q", c.path, res.StatusCode, body, c.param)
		}
	}
	after, _, _ := f.st.Checkpoint()
	if before != after {
		t.Fatal("bad input changed the store")
	}
}

// TestRoutesInOpenAPI fails when a route the server registers is missing
// from the embedded OpenAPI document (and checks the document is served).
func TestRoutesInOpenAPI(t *testing.T) {
	f := newFixture(t)
	var doc struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	f.getJSON(t, "/v1/openapi.json", &doc)
	if !strings.HasPrefix(doc.OpenAPI, "3.1") {
		t.Fatalf("openapi %q", doc.OpenAPI)
	}
	s := New(f.st, nil, Options{})
	s.Register(http.NewServeMux())
	if len(s.patterns) < 7 {
		t.Fatalf("only %d routes registered", len(s.patterns))
	}
	for _, pat := range s.patterns {
		method, path, ok := strings.Cut(pat, " ")
		if !ok {
			t.Fatalf("pattern %q has no method", pat)
		}
		ops, ok := doc.Paths[path]
		if !ok {
			t.Errorf("route %s is not in openapi.json", pat)
			continue
		}
		if _, ok := ops[strings.ToLower(method)]; !ok {
			t.Errorf("route %s: openapi.json has no %s operation", pat, strings.ToLower(method))
		}
	}
	for path := range doc.Paths {
		if !slices.ContainsFunc(s.patterns, func(p string) bool { return strings.HasSuffix(p, " "+path) }) {
			t.Errorf("openapi.json documents %s, which is not served", path)
		}
	}
}
