package app_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/geotrack/geotrack/pkg/app"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/cli"
	"github.com/geotrack/geotrack/pkg/store"
)

// start runs the whole system in-process on dir, on a free port.
func start(t *testing.T, dir string, services ...string) *app.App {
	t.Helper()
	a, err := app.Start(context.Background(), app.Config{DataDir: dir, Addr: "127.0.0.1:0", Services: services})
	if err != nil {
		t.Fatalf("start: %v", err)
	}
	return a
}

func post(t *testing.T, base string, body string) (int, map[string]any) {
	t.Helper()
	resp, err := http.Post(base+"/v1/articles", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var m map[string]any
	b, _ := io.ReadAll(resp.Body)
	_ = json.Unmarshal(b, &m)
	return resp.StatusCode, m
}

type timeline struct {
	Buckets []struct {
		Start     string  `json:"start"`
		Events    int     `json:"events"`
		Mentions  int     `json:"mentions"`
		Goldstein float64 `json:"goldstein"`
	} `json:"buckets"`
}

func (tl timeline) totals() (events, mentions int) {
	for _, b := range tl.Buckets {
		events += b.Events
		mentions += b.Mentions
	}
	return
}

func getTimeline(t *testing.T, base, actor string) timeline {
	t.Helper()
	resp, err := http.Get(base + "/v1/timeline?actor=" + actor + "&from=2022-01-01&to=2022-01-31&interval=day")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("timeline %s: %d %s", actor, resp.StatusCode, b)
	}
	var tl timeline
	if err := json.Unmarshal(b, &tl); err != nil {
		t.Fatalf("timeline: %v: %s", err, b)
	}
	return tl
}

// waitFor polls until cond holds, failing after a bounded wait.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

const article = `{"url":"https://example.org/kz","outlet":"example","title":"CSTO",
 "body":"China supports the CSTO deployment in Kazakhstan. Russia deployed troops to Kazakhstan on Monday.",
 "published":"2022-01-12"}`

func TestEndToEnd(t *testing.T) {
	dir := t.TempDir()
	a := start(t, dir)
	code, m := post(t, a.URL(), article)
	if code != http.StatusCreated {
		t.Fatalf("first post: %d %v", code, m)
	}
	id, _ := m["id"].(string)
	if len(id) != 64 {
		t.Fatalf("id %q", id)
	}
	var ev, men int
	waitFor(t, "KAZ events in the timeline", func() bool {
		ev, men = getTimeline(t, a.URL(), "KAZ").totals()
		return ev > 0
	})
	if men < ev {
		t.Fatalf("mentions %d < events %d", men, ev)
	}
	// The same article again is recognised, not counted again.
	code, m = post(t, a.URL(), article)
	if code != http.StatusOK || m["id"] != id || m["duplicate"] != true {
		t.Fatalf("second post: %d %v", code, m)
	}
	time.Sleep(300 * time.Millisecond)
	if e2, m2 := getTimeline(t, a.URL(), "KAZ").totals(); e2 != ev || m2 != men {
		t.Fatalf("after duplicate post: %d/%d, want %d/%d", e2, m2, ev, men)
	}
	if err := a.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}

	// Restart on the same data: nothing lost, nothing counted twice, and the
	// article is still known as stored.
	a = start(t, dir)
	defer a.Close()
	if e2, m2 := getTimeline(t, a.URL(), "KAZ").totals(); e2 != ev || m2 != men {
		t.Fatalf("after restart: %d/%d, want %d/%d", e2, m2, ev, men)
	}
	code, _ = post(t, a.URL(), article)
	if code != http.StatusOK {
		t.Fatalf("post after restart: %d, want 200", code)
	}
	time.Sleep(300 * time.Millisecond)
	if e2, m2 := getTimeline(t, a.URL(), "KAZ").totals(); e2 != ev || m2 != men {
		t.Fatalf("after restart and re-post: %d/%d, want %d/%d", e2, m2, ev, men)
	}
	// The event links back to its sentence and article.
	resp, err := http.Get(a.URL() + "/v1/events?actor=KAZ")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !bytes.Contains(b, []byte(id)) || !bytes.Contains(b, []byte("Kazakhstan")) {
		t.Fatalf("events do not carry article id and sentence: %s", b)
	}
	// And its provenance names the article, the sentence span and the log
	// position.
	var page struct {
		Events []struct {
			ID string `json:"id"`
		} `json:"events"`
	}
	if err := json.Unmarshal(b, &page); err != nil || len(page.Events) == 0 {
		t.Fatalf("events page: %v %s", err, b)
	}
	resp, err = http.Get(a.URL() + "/v1/events/" + page.Events[0].ID + "/provenance")
	if err != nil {
		t.Fatal(err)
	}
	pb, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !bytes.Contains(pb, []byte(id)) || !bytes.Contains(pb, []byte(`"seq"`)) {
		t.Fatalf("provenance: %d %s", resp.StatusCode, pb)
	}
}

func articleN(i int) string {
	countries := []string{"China", "Russia", "Turkey", "Egypt", "France", "Japan", "India", "Brazil"}
	src, dst := countries[i%len(countries)], countries[(i+3)%len(countries)]
	return fmt.Sprintf(`{"url":"https://example.org/%d","title":"t%d","body":"%s condemned %s over the border incident number %d. %s praised Kazakhstan.","published":"2022-01-%02d"}`,
		i, i, src, dst, i, src, 10+i%10)
}

// TestCrashSafety stops the services mid-stream, restarts them, and checks
// that the extract consumer did not code acked articles again and that the
// live projection equals a rebuild from the log.
func TestCrashSafety(t *testing.T) {
	dir := t.TempDir()
	const n = 60
	a := start(t, dir)
	for i := 0; i < n/2; i++ {
		if code, m := post(t, a.URL(), articleN(i)); code != http.StatusCreated {
			t.Fatalf("post %d: %d %v", i, code, m)
		}
	}
	// Stop while the pipeline is still working on them.
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	a = start(t, dir)
	for i := n / 2; i < n; i++ {
		if code, m := post(t, a.URL(), articleN(i)); code != http.StatusCreated {
			t.Fatalf("post %d: %d %v", i, code, m)
		}
	}
	ctx := context.Background()
	cons, err := a.Bus.JS.Consumer(ctx, bus.StreamArticles, "extract")
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "all articles coded", func() bool {
		info, err := cons.Info(ctx)
		return err == nil && info.AckFloor.Stream >= n && info.NumAckPending == 0
	})
	info, _ := cons.Info(ctx)
	if info.NumRedelivered != 0 {
		t.Errorf("%d articles redelivered to extract after a clean stop", info.NumRedelivered)
	}
	last, err := a.Bus.LastSeq(ctx, bus.StreamEvents)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "projection caught up", func() bool {
		seq, _, err := a.Store.Checkpoint()
		return err == nil && seq >= last
	})
	snapshot(t, a.URL()) // fails when nothing was projected
	assertEqualsRebuild(t, a.Bus, a.Store)
	a.Close()
}

// assertEqualsRebuild rebuilds the projection from the EVENTS log into a
// fresh store and requires its canonical dump (every bucket) to equal the
// live store's.
func assertEqualsRebuild(t *testing.T, b *bus.Bus, live *store.Store) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "rebuilt.db")
	if _, err := cli.Rebuild(context.Background(), &cli.Env{Stdout: io.Discard, Stderr: io.Discard}, b, path, 0, live.StoryWindowDays()); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var want, got bytes.Buffer
	if err := live.Dump(&want); err != nil {
		t.Fatal(err)
	}
	if err := st.Dump(&got); err != nil {
		t.Fatal(err)
	}
	if want.Len() == 0 {
		t.Fatal("empty dump")
	}
	if !bytes.Equal(want.Bytes(), got.Bytes()) {
		wl, gl := strings.Split(want.String(), "\n"), strings.Split(got.String(), "\n")
		for i := 0; i < len(wl) && i < len(gl); i++ {
			if wl[i] != gl[i] {
				t.Fatalf("live projection differs from a rebuild at dump line %d:\nlive    %s\nrebuilt %s", i+1, wl[i], gl[i])
			}
		}
		t.Fatalf("live projection (%d lines) differs from a rebuild (%d lines)", len(wl), len(gl))
	}
}

// snapshot renders every non-empty daily bucket of a fixed set of actors;
// it fails when there is nothing to compare.
func snapshot(t *testing.T, base string) string {
	t.Helper()
	var sb strings.Builder
	nonEmpty := 0
	for _, actor := range []string{"CHN", "RUS", "TUR", "EGY", "FRA", "JPN", "IND", "BRA", "KAZ"} {
		tl := getTimeline(t, base, actor)
		e, m := tl.totals()
		fmt.Fprintf(&sb, "%s:%d/%d ", actor, e, m)
		for _, b := range tl.Buckets {
			if b.Events > 0 {
				nonEmpty++
				fmt.Fprintf(&sb, "%s=%d,%d,%.1f ", b.Start, b.Events, b.Mentions, b.Goldstein)
			}
		}
	}
	if nonEmpty == 0 {
		t.Fatalf("no events in any timeline at %s", base)
	}
	return sb.String()
}

func TestUnknownRoutesAreJSONProblems(t *testing.T) {
	a := start(t, t.TempDir(), app.Aggregate, app.Ingest)
	defer a.Close()
	for _, c := range []struct {
		method, path string
		status       int
		allow        string
	}{
		{"GET", "/v1/articles", 405, "POST"},
		{"DELETE", "/v1/timeline", 405, "GET"},
		{"GET", "/v1/nothing-here", 404, ""},
	} {
		req, _ := http.NewRequest(c.method, a.URL()+c.path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var p map[string]any
		if resp.StatusCode != c.status || resp.Header.Get("Content-Type") != "application/problem+json" || json.Unmarshal(body, &p) != nil {
			t.Fatalf("%s %s: %d %s %s", c.method, c.path, resp.StatusCode, resp.Header.Get("Content-Type"), body)
		}
		if got := resp.Header.Get("Allow"); !strings.Contains(got, c.allow) {
			t.Fatalf("%s %s: Allow %q, want %q", c.method, c.path, got, c.allow)
		}
	}
}

// French and Spanish articles go through ingest, extract and the
// projection like English ones, with their language on the events; a
// language without dictionaries is stored and not coded.
func TestFrenchAndSpanishArticles(t *testing.T) {
	a := start(t, t.TempDir())
	defer a.Close()
	for _, body := range []string{
		`{"url":"https://example.org/fr","title":"Kazakhstan","published":"2022-01-12",
		 "body":"La Chine a condamné mercredi les États-Unis pour leurs sanctions contre le Kazakhstan. Le président russe a téléphoné à son homologue kazakh."}`,
		`{"url":"https://example.org/es","title":"Kazajistán","published":"2022-01-13",
		 "body":"Rusia desplegó tropas en Kazajistán el jueves, según el Ministerio de Defensa ruso. China condenó a Estados Unidos por las sanciones."}`,
		`{"url":"https://example.org/de","title":"Kasachstan","published":"2022-01-14",
		 "body":"China hat die Vereinigten Staaten wegen der Sanktionen gegen Kasachstan scharf verurteilt und die Regierung in Washington kritisiert."}`,
	} {
		code, m := post(t, a.URL(), body)
		if code != http.StatusCreated {
			t.Fatalf("post: %d %v", code, m)
		}
		// Ingest says which articles will yield no events.
		warned := fmt.Sprint(m["warnings"])
		if german := strings.Contains(body, "Kasachstan"); german != strings.Contains(warned, `no dictionaries for language "de"`) {
			t.Fatalf("post of %.40s...: warnings %s", body, warned)
		}
	}
	type page struct {
		Events []struct {
			Lang string `json:"lang"`
		} `json:"events"`
	}
	langs := map[string]int{}
	waitFor(t, "French and Spanish events", func() bool {
		resp, err := http.Get(a.URL() + "/v1/events?source=CHN&target=USA")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var p page
		if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
			t.Fatal(err)
		}
		clear(langs)
		for _, e := range p.Events {
			langs[e.Lang]++
		}
		return langs["fr"] > 0 && langs["es"] > 0
	})
	if langs["de"] > 0 {
		t.Fatalf("a German article was coded: %v", langs)
	}
}
