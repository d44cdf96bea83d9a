package store

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
	bolt "go.etcd.io/bbolt"
)

func openTemp(t testing.TB, opt Options) *Store {
	t.Helper()
	opt.NoSync = true // atomicity is bbolt's; these tests are about the projection logic
	s, err := Open(filepath.Join(t.TempDir(), "proj.db"), opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

var t0 = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// coded builds a coded event from an article about src doing cameo to tgt.
func coded(article string, sentence int, src, tgt, cameo, date, place string) *events.EventCoded {
	e := &events.EventCoded{
		ArticleID: article, Date: date, Lang: "en",
		Source:   events.Actor{Code: src + "GOV", Country: src, Role: "GOV"},
		Target:   events.Actor{Code: tgt, Country: tgt},
		CAMEO:    cameo,
		Sentence: events.Sentence{Index: sentence, Text: fmt.Sprintf("%s did %s to %s (%s)", src, cameo, tgt, article), Start: 0, End: 10},
		Coder:    events.Coder{Version: "v1", Dict: "sha256:d", Rule: "r"},
	}
	e.Root = cameo[:2]
	e.QuadClass = 1 + int(cameo[1]-'0')%4
	e.PLOVER = "P" + cameo[:2]
	e.Goldstein = float64(int(cameo[2]-'0')) - 4.5
	if place != "" {
		e.Location = &events.Location{Name: place + " city", Country: place, Lat: 1, Lon: 2}
	}
	e.ID = events.EventID(article, sentence, e.Source, e.Target, cameo, false, e.Coder.Version, e.Coder.Dict)
	return e
}

func rec(seq uint64, e *events.EventCoded) Record {
	return Record{Seq: seq, Time: t0.Add(time.Duration(seq) * time.Second), Coded: e}
}

func retract(seq uint64, id string) Record {
	return Record{Seq: seq, Time: t0.Add(time.Duration(seq) * time.Second), Retracted: &events.EventRetracted{EventID: id, OldVersion: "v1", NewVersion: "v2"}}
}

func dump(t testing.TB, s *Store) string {
	t.Helper()
	var b bytes.Buffer
	if err := s.Dump(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestFiveArticlesOneEvent(t *testing.T) {
	s := openTemp(t, Options{})
	var recs []Record
	dates := []string{"2022-01-10", "2022-01-10", "2022-01-11", "2022-01-09", "2022-01-10"}
	for i, d := range dates {
		recs = append(recs, rec(uint64(i+1), coded(fmt.Sprintf("art%d", i), 0, "CHN", "KAZ", "051", d, "KAZ")))
	}
	// A sixth article about a different action, same dyad and day, is another event.
	recs = append(recs, rec(6, coded("art5", 0, "CHN", "KAZ", "190", "2022-01-10", "KAZ")))
	// The same real event, but a week later: outside the window, another story.
	recs = append(recs, rec(7, coded("art6", 0, "CHN", "KAZ", "051", "2022-01-17", "KAZ")))
	if err := s.Apply(recs); err != nil {
		t.Fatal(err)
	}
	tl, err := s.Timeline(TimelineQuery{Source: "CHN", Target: "KAZ", From: 20220110, To: 20220116, Interval: IntervalWeek, By: ByCAMEO})
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Buckets) != 1 {
		t.Fatalf("buckets = %d, want 1", len(tl.Buckets))
	}
	b := tl.Buckets[0]
	if b.Events != 2 || b.Mentions != 6 {
		t.Fatalf("week of 2022-01-10: events=%d mentions=%d, want 2 and 6", b.Events, b.Mentions)
	}
	if got := b.By["051"]; got == nil || got.Events != 1 || got.Mentions != 5 {
		t.Fatalf("code 051: %+v, want 1 event and 5 mentions", got)
	}
	// Every mention of the 051 story points at the same story.
	d, err := s.Event(recs[3].Coded.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Story.Mentions != 5 || len(d.Story.Reports) != 5 || d.Story.Date != "2022-01-10" {
		t.Fatalf("story = %+v", d.Story)
	}
	d2, err := s.Event(recs[0].Coded.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d2.StoryID != d.StoryID {
		t.Fatalf("story ids differ: %s %s", d.StoryID, d2.StoryID)
	}
	d7, err := s.Event(recs[6].Coded.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d7.StoryID == d.StoryID {
		t.Fatal("an event a week later joined the story")
	}
	// Retracting two mentions leaves the story with three; retracting all removes it.
	if err := s.Apply([]Record{retract(8, recs[0].Coded.ID), retract(9, recs[1].Coded.ID)}); err != nil {
		t.Fatal(err)
	}
	tl, _ = s.Timeline(TimelineQuery{Source: "CHN", Target: "KAZ", From: 20220110, To: 20220110, Interval: IntervalDay, By: ByCAMEO})
	if got := tl.Buckets[0].By["051"]; got == nil || got.Events != 1 || got.Mentions != 3 {
		t.Fatalf("after 2 retractions: %+v", got)
	}
	if _, err := s.Event(recs[0].Coded.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("retracted event: err = %v", err)
	}
	if err := s.Apply([]Record{retract(10, recs[2].Coded.ID), retract(11, recs[3].Coded.ID), retract(12, recs[4].Coded.ID)}); err != nil {
		t.Fatal(err)
	}
	tl, _ = s.Timeline(TimelineQuery{Source: "CHN", Target: "KAZ", From: 20220110, To: 20220110, Interval: IntervalDay, By: ByCAMEO})
	if got := tl.Buckets[0].By["051"]; got != nil {
		t.Fatalf("after all retractions: %+v", got)
	}
	if tl.Buckets[0].Events != 1 {
		t.Fatalf("the 190 event should remain: %+v", tl.Buckets[0])
	}
}

func TestStoryWindowIsConfigurableAndFixed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.db")
	s, err := Open(path, Options{StoryWindowDays: -1}) // same day only
	if err != nil {
		t.Fatal(err)
	}
	recs := []Record{
		rec(1, coded("a1", 0, "CHN", "KAZ", "051", "2022-01-10", "")),
		rec(2, coded("a2", 0, "CHN", "KAZ", "051", "2022-01-10", "")),
		rec(3, coded("a3", 0, "CHN", "KAZ", "051", "2022-01-11", "")),
	}
	if err := s.Apply(recs); err != nil {
		t.Fatal(err)
	}
	tl, err := s.Timeline(TimelineQuery{Actor: "KAZ", From: 20220101, To: 20220131, Interval: IntervalMonth})
	if err != nil {
		t.Fatal(err)
	}
	if b := tl.Buckets[0]; b.Events != 2 || b.Mentions != 3 {
		t.Fatalf("window 0: %+v, want 2 events 3 mentions", b.Totals)
	}
	s.Close()
	if _, err := Open(path, Options{StoryWindowDays: 3}); err == nil {
		t.Fatal("reopening with another story window should fail")
	}
	s, err = Open(path, Options{StoryWindowDays: -1})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
}

func TestUnprojectableRecordsDoNotBlock(t *testing.T) {
	s := openTemp(t, Options{})
	bad := coded("a1", 0, "CHN", "KAZ", "051", "10/01/2022", "")
	noID := coded("a2", 0, "CHN", "KAZ", "051", "2022-01-10", "")
	noID.ID = ""
	good := coded("a3", 0, "CHN", "KAZ", "051", "2022-01-10", "")
	long := coded("a4", 0, "CHN", "KAZ", "051", "2022-01-10", "")
	long.Target.Org = strings.Repeat("X", 40000)
	noArticle := coded("", 0, "CHN", "KAZ", "051", "2022-01-10", "")
	if err := s.Apply([]Record{rec(1, bad), rec(2, noID), rec(3, good), {Seq: 4}, rec(5, long), rec(6, noArticle)}); err != nil {
		t.Fatal(err)
	}
	seq, _, err := s.Checkpoint()
	if err != nil || seq != 6 {
		t.Fatalf("checkpoint %d %v, want 6", seq, err)
	}
	st, _ := s.Stats()
	if st.Events != 2 {
		t.Fatalf("%d events projected, want 2 (good, noArticle)", st.Events)
	}
	if d := dump(t, s); !bytes.Contains([]byte(d), []byte("rejected 0000000000000001 ")) || !bytes.Contains([]byte(d), []byte("rejected 0000000000000002 ")) {
		t.Fatal("rejected records are not kept with their reason")
	}
}

// A file of another key layout is refused with the way out in the message.
func TestOpenRefusesOldFormat(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucket(bMeta)
		if err != nil {
			return err
		}
		return meta.Put(metaSeq, seqKey(42)) // format 1 had no format key
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(path, Options{})
	if !errors.Is(err, ErrOldFormat) || !strings.Contains(err.Error(), "geotrack rebuild") || !strings.Contains(err.Error(), "format 1") {
		t.Fatalf("old file: %v", err)
	}
	// A fresh file gets the current format and opens again.
	fresh := filepath.Join(t.TempDir(), "new.db")
	for range 2 {
		s, err := Open(fresh, Options{})
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
}
