package audit

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/query"
	"github.com/geotrack/geotrack/pkg/store"
)

// TestAsOfMatchesReplay: the live store's as-of answers equal the answers
// of a store replayed to the same point, for timelines (every series kind
// and breakdown) and event lists (all pages), across retractions.
func TestAsOfMatchesReplay(t *testing.T) {
	b := openBus(t)
	publishRaw(t, b, fixtureEnvelopes(300))
	live := openStoreAt(t, b, 0)
	day := func(s string) store.Day { d, _ := store.ParseDay(s); return d }
	series := []store.TimelineQuery{
		{Actor: "CHN"}, {Actor: "KAZ", By: store.ByRoot}, {Source: "CHN", Target: "KAZ", By: store.ByQuad},
		{Source: "RUS", Target: "IRN"}, {Place: "KAZ", By: store.ByCAMEO}, {Actor: "TUR", Interval: store.IntervalWeek, By: store.ByPLOVER},
	}
	lists := []store.EventQuery{{}, {Actor: "CHN"}, {Source: "KAZ", Target: "RUS"}, {Place: "IRN"}, {Root: "05"}, {Actor: "USA", From: day("2022-01-05"), To: day("2022-01-20")}}
	for _, n := range []uint64{13, 64, 150, 231, 330} {
		then := openStoreAt(t, b, n)
		for _, q := range series {
			q.From, q.To = day("2022-01-01"), day("2022-01-31")
			if q.Interval == "" {
				q.Interval = store.IntervalDay
			}
			want, err := then.Timeline(q)
			if err != nil {
				t.Fatal(err)
			}
			got, err := live.TimelineAsOf(q, n)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Buckets, want.Buckets) || !reflect.DeepEqual(got.CoderVersions, want.CoderVersions) {
				t.Fatalf("as of %d, %+v:\n got %v\nwant %v", n, q, got.Buckets, want.Buckets)
			}
		}
		for _, q := range lists {
			want := allPages(t, func(after []byte) (*store.EventPage, error) { q.After, q.Limit = after, 7; return then.Events(q) })
			got := allPages(t, func(after []byte) (*store.EventPage, error) {
				q.After, q.Limit = after, 7
				return live.EventsAsOf(q, n)
			})
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("events as of %d, %+v:\n got %v\nwant %v", n, q, got, want)
			}
		}
	}
	// Something must differ between points, or the test proves nothing.
	a, _ := live.TimelineAsOf(store.TimelineQuery{Actor: "CHN", From: day("2022-01-01"), To: day("2022-01-31"), Interval: store.IntervalMonth}, 64)
	z, _ := live.TimelineAsOf(store.TimelineQuery{Actor: "CHN", From: day("2022-01-01"), To: day("2022-01-31"), Interval: store.IntervalMonth}, 330)
	if a.Buckets[0].Events == z.Buckets[0].Events {
		t.Fatalf("CHN has %d stories at 64 and at 330", a.Buckets[0].Events)
	}
	if _, err := live.TimelineAsOf(store.TimelineQuery{Actor: "CHN", From: day("2022-01-01"), To: day("2022-01-31"), Interval: store.IntervalDay}, 331); err == nil {
		t.Fatal("as of a sequence beyond the projection accepted")
	}
}

func openStoreAt(t *testing.T, b *bus.Bus, n uint64) *store.Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), fmt.Sprintf("at%d.db", n))
	if _, err := Replay(testCtx(t), b, path, n, 0); err != nil {
		t.Fatal(err)
	}
	return openStore(t, path)
}

// allPages lists "seq id story_mentions" of every page.
func allPages(t *testing.T, page func(after []byte) (*store.EventPage, error)) []string {
	t.Helper()
	var out []string
	var after []byte
	for {
		p, err := page(after)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range p.Events {
			out = append(out, fmt.Sprintf("%d %s %d %s", r.Seq, r.Event.ID, r.StoryMentions, r.StoryID))
		}
		if p.Next == nil {
			return out
		}
		after = p.Next
	}
}

// The HTTP API's as_of answers equal the replayed store's answers.
func TestAsOfHTTP(t *testing.T) {
	b := openBus(t)
	publishRaw(t, b, fixtureEnvelopes(120))
	live := httptest.NewServer(query.New(openStoreAt(t, b, 0), nil, query.Options{}).Handler())
	defer live.Close()
	then := httptest.NewServer(query.New(openStoreAt(t, b, 64), nil, query.Options{}).Handler())
	defer then.Close()
	get := func(base, path string) (int, map[string]any) {
		res, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var body map[string]any
		if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
			t.Fatal(err)
		}
		return res.StatusCode, body
	}
	for _, path := range []string{
		"/v1/timeline?actor=CHN&from=2022-01-01&to=2022-01-31&by=root",
		"/v1/events?source=KAZ&target=RUS&from=2022-01-01&to=2022-01-31",
		"/v1/events?limit=1000",
	} {
		c1, a := get(live.URL, path+"&as_of=64")
		c2, w := get(then.URL, path)
		if c1 != 200 || c2 != 200 {
			t.Fatalf("%s: %d %d", path, c1, c2)
		}
		for _, k := range []string{"buckets", "events", "coder_versions"} {
			if !reflect.DeepEqual(a[k], w[k]) {
				t.Fatalf("%s: %s as of 64 differs from the replay to 64:\n%v\n%v", path, k, a[k], w[k])
			}
		}
		if a["as_of"].(map[string]any)["seq"] != float64(64) {
			t.Fatalf("%s: receipt %v", path, a["as_of"])
		}
	}
	if code, body := get(live.URL, "/v1/timeline?actor=CHN&as_of=999"); code != 400 || body["param"] != "as_of" {
		t.Fatalf("as_of beyond the log: %d %v", code, body)
	}
	if code, _ := get(live.URL, "/v1/events?as_of=x"); code != 400 {
		t.Fatalf("as_of=x: %d", code)
	}
}
