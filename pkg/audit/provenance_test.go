package audit

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/query"
)

// fixtureArticles serves the fixture's articles (the ARTICLES lookup is
// ingest's and tested there; here only its answer matters).
type fixtureArticles map[string]*events.ArticleIngested

func (a fixtureArticles) Article(_ context.Context, id string) (*events.ArticleIngested, error) {
	if art, ok := a[id]; ok {
		return art, nil
	}
	return nil, fmt.Errorf("article %s: %w", id, query.ErrNotFound)
}

func TestProvenance(t *testing.T) {
	b, _ := signedLog(t)
	// One more event after the last checkpoint: not covered yet.
	extra := fixtureEvent(1000, "v1")
	env, _ := events.NewEnvelope(events.TypeEventCoded, extra.ID, "test", time.Now(), extra)
	publishRaw(t, b, []events.Envelope{env})

	path := filepath.Join(t.TempDir(), "live.db")
	if _, err := Replay(testCtx(t), b, path, 0, 0); err != nil {
		t.Fatal(err)
	}
	st := openStore(t, path)
	ev := fixtureEvent(7, "v1") // the 8th message of the log
	body := "Intro. " + ev.Sentence.Text + " More."
	ev7art := &events.ArticleIngested{ID: ev.ArticleID, URL: "https://example.org/a", Body: body, Lang: "en"}
	srv := httptest.NewServer(query.New(st, fixtureArticles{ev.ArticleID: ev7art}, query.Options{Log: LogView{Bus: b}}).Handler())
	defer srv.Close()

	get := func(id string) (*query.ProvenanceAnswer, int) {
		res, err := http.Get(srv.URL + "/v1/events/" + id + "/provenance")
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var ans query.ProvenanceAnswer
		if res.StatusCode == http.StatusOK {
			if err := json.NewDecoder(res.Body).Decode(&ans); err != nil {
				t.Fatal(err)
			}
		}
		return &ans, res.StatusCode
	}
	ans, code := get(ev.ID)
	if code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	m, err := b.GetMsg(testCtx(t), bus.StreamEvents, 8)
	if err != nil {
		t.Fatal(err)
	}
	switch {
	case ans.Seq != 8 || ans.Log == nil || ans.Log.Seq != 8:
		t.Fatalf("seq %d, log %+v", ans.Seq, ans.Log)
	case !ans.LogMatches:
		t.Fatal("the message at the event's seq is not reported as the event's")
	case ans.Log.ChainHash != LeafHash(*m).String():
		t.Fatalf("chain hash %s", ans.Log.ChainHash)
	case ans.Log.Checkpoint == nil || ans.Log.Checkpoint.Size != 40 || !ans.Log.Checkpoint.Listed:
		t.Fatalf("checkpoint %+v, want the first one (size 40) listing the hash", ans.Log.Checkpoint)
	case ans.Coder != ev.Coder || ans.Article.URL != "https://example.org/a" || !ans.Article.Available:
		t.Fatalf("coder %+v article %+v", ans.Coder, ans.Article)
	case ans.Sentence.Text != ev.Sentence.Text || ans.Sentence.Start != 0 || ans.Sentence.End != 10 || ans.SentenceIndex != ev.Sentence.Index:
		t.Fatalf("sentence %+v index %d", ans.Sentence, ans.SentenceIndex)
	case ans.Sentence.Verified:
		// The fixture's offsets (0..10) do not point at the sentence in
		// this body, and provenance must say so.
		t.Fatal("a sentence not at its offsets reported as verified")
	}
	// The uncovered event has no checkpoint yet.
	ans, code = get(extra.ID)
	if code != http.StatusOK || ans.Log == nil || ans.Log.Checkpoint != nil || ans.Seq != 331 {
		t.Fatalf("uncovered event: %d %+v", code, ans.Log)
	}
	// A retracted event has no provenance in the projection: 404.
	if _, code := get(fixtureEvent(4, "v1").ID); code != http.StatusNotFound {
		t.Fatalf("retracted event: status %d", code)
	}
}
