package audit

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/coder"
	"github.com/geotrack/geotrack/pkg/coder/dict"
	"github.com/geotrack/geotrack/pkg/store"
)

var recodeArticles = []string{
	"China urged Kazakhstan to restore order. Russia expressed solidarity with Kazakhstan.",
	"The United States imposed new sanctions on Iranian companies on Monday.",
	"Turkey urged Russia to end the war. China criticized the United States.",
}

// ingestArticles publishes the fixture articles to ARTICLES and codes them
// with c into EVENTS, as ingest and extract would.
func ingestArticles(t *testing.T, b *bus.Bus, c *coder.Coder) []events.ArticleIngested {
	t.Helper()
	ctx := testCtx(t)
	var arts []events.ArticleIngested
	for i, body := range recodeArticles {
		a := events.ArticleIngested{ID: events.ArticleID("", body), Body: body, Lang: "en",
			Published: time.Date(2022, 1, 10+i, 0, 0, 0, 0, time.UTC), Ingested: time.Now().UTC()}
		env, err := events.NewEnvelope(events.TypeArticleIngested, a.ID, "test", time.Now(), a)
		if err != nil {
			t.Fatal(err)
		}
		if err := b.PublishEnvelope(ctx, bus.ArticleSubject(a.ID), env); err != nil {
			t.Fatal(err)
		}
		evs := codeArticle(t, c, a)
		for i := range evs {
			env, _ := events.NewEnvelope(events.TypeEventCoded, evs[i].ID, "test", time.Now(), &evs[i])
			if err := b.PublishEnvelope(ctx, bus.SubjectEventCoded, env); err != nil {
				t.Fatal(err)
			}
		}
		arts = append(arts, a)
	}
	return arts
}

func codeArticle(t *testing.T, c *coder.Coder, a events.ArticleIngested) []events.EventCoded {
	t.Helper()
	evs, err := c.Code(coder.Document{ID: a.ID, Text: a.Body, Lang: a.Lang, Published: a.Published})
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

// changedDict copies the embedded dictionaries and drops the English
// "urge" patterns: a researcher's edit.
func changedDict(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	err := fs.WalkDir(dict.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		out := filepath.Join(dir, p)
		if d.IsDir() {
			return os.MkdirAll(out, 0o755)
		}
		b, err := fs.ReadFile(dict.FS, p)
		if err != nil {
			return err
		}
		if p == "verbs/en.pat" {
			var keep []string
			for _, l := range strings.Split(string(b), "\n") {
				if !strings.Contains(l, "\turge ") && !strings.Contains(l, "|urge") && !strings.Contains(l, "urge|") {
					keep = append(keep, l)
				}
			}
			if len(keep) == len(strings.Split(string(b), "\n")) {
				t.Fatal("no urge pattern to drop")
			}
			b = []byte(strings.Join(keep, "\n"))
		}
		return os.WriteFile(out, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestRecodeChangedDictionary(t *testing.T) {
	b := openBus(t)
	ctx := testCtx(t)
	oldC, err := coder.New()
	if err != nil {
		t.Fatal(err)
	}
	arts := ingestArticles(t, b, oldC)
	newC, err := coder.NewFromFS(os.DirFS(changedDict(t)))
	if err != nil {
		t.Fatal(err)
	}
	if newC.DictHash() == oldC.DictHash() {
		t.Fatal("changed dictionary has the same hash")
	}
	// The expectation, from coding each article with both coders.
	var wantAdded, wantRetracted []string
	for _, a := range arts {
		newFacts := map[string]bool{}
		for _, ev := range codeArticle(t, newC, a) {
			wantAdded = append(wantAdded, ev.ID)
			newFacts[FactKey(&ev)] = true
		}
		for _, ev := range codeArticle(t, oldC, a) {
			if !newFacts[FactKey(&ev)] {
				wantRetracted = append(wantRetracted, ev.ID)
				if ev.CAMEO[:2] != "02" {
					t.Logf("retracted beyond the urge patterns: %s %s", ev.CAMEO, ev.Sentence.Text)
				}
			}
		}
	}
	if len(wantRetracted) < 2 {
		t.Fatalf("fixture too weak: %d retractions expected", len(wantRetracted))
	}
	before, _ := b.LastSeq(ctx, bus.StreamEvents)

	dry, err := Recode(ctx, b, newC, RecodeOptions{DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	if after, _ := b.LastSeq(ctx, bus.StreamEvents); after != before {
		t.Fatal("dry run appended to the log")
	}
	rep, err := Recode(ctx, b, newC, RecodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != dry.Added || rep.Retracted != dry.Retracted {
		t.Fatalf("dry run %+v, real %+v", dry, rep)
	}
	// Exactly the expected messages were appended, nothing else.
	var gotAdded, gotRetracted []string
	err = b.Read(ctx, bus.ReadOptions{Stream: bus.StreamEvents, StartSeq: before + 1, StopAtEnd: true}, func(ms []bus.Msg) error {
		for _, m := range ms {
			env, err := events.DecodeEnvelope(m.Data)
			if err != nil {
				return err
			}
			switch env.Type {
			case events.TypeEventCoded:
				var ev events.EventCoded
				_ = env.DecodeData(env.Type, &ev)
				if ev.Coder.Dict != newC.DictHash() {
					t.Errorf("added event %s has dict %s", ev.ID, ev.Coder.Dict)
				}
				gotAdded = append(gotAdded, ev.ID)
			case events.TypeEventRetracted:
				var r events.EventRetracted
				_ = env.DecodeData(env.Type, &r)
				if r.OldVersion != coder.Version+"@"+oldC.DictHash() || r.NewVersion != coder.Version+"@"+newC.DictHash() {
					t.Errorf("retraction versions %s -> %s", r.OldVersion, r.NewVersion)
				}
				gotRetracted = append(gotRetracted, r.EventID)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(gotAdded)
	slices.Sort(wantAdded)
	slices.Sort(gotRetracted)
	slices.Sort(wantRetracted)
	if !slices.Equal(gotAdded, slices.Compact(wantAdded)) {
		t.Fatalf("added %v\nwant %v", gotAdded, wantAdded)
	}
	if !slices.Equal(gotRetracted, wantRetracted) {
		t.Fatalf("retracted %v\nwant %v", gotRetracted, wantRetracted)
	}
	if rep.Articles != len(arts) || rep.Added != len(gotAdded) || rep.Retracted != len(gotRetracted) {
		t.Fatalf("report %+v", rep)
	}
	// Again with the same coder: nothing to do.
	again, err := Recode(ctx, b, newC, RecodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Added != 0 || again.Retracted != 0 || again.Unchanged != len(gotAdded) {
		t.Fatalf("second recode %+v", again)
	}

	// coder= on the projection: the new version's timeline equals the
	// default one (old twins share the new events' stories; the rest were
	// retracted), and each version lists only its own events.
	st := openStoreAt(t, b, 0)
	day := func(s string) store.Day { d, _ := store.ParseDay(s); return d }
	for _, q := range []store.TimelineQuery{{Actor: "KAZ"}, {Source: "RUS", Target: "KAZ"}, {Actor: "USA", By: store.ByRoot}} {
		q.From, q.To, q.Interval = day("2022-01-01"), day("2022-01-31"), store.IntervalDay
		all, err := st.Timeline(q)
		if err != nil {
			t.Fatal(err)
		}
		q.Coder = coder.Version + "@" + newC.DictHash()
		only, err := st.Timeline(q)
		if err != nil {
			t.Fatal(err)
		}
		var n int64
		for _, bk := range all.Buckets {
			n += bk.Events
		}
		if n == 0 {
			t.Fatalf("%+v: no events to compare", q)
		}
		if !reflect.DeepEqual(all.Buckets, only.Buckets) {
			t.Fatalf("%+v: coder=new %v, default %v", q, only.Buckets, all.Buckets)
		}
	}
	for _, c := range []*coder.Coder{oldC, newC} {
		page, err := st.Events(store.EventQuery{Coder: c.DictHash()[:20], Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Events) == 0 {
			t.Fatalf("no live events of %s", c.DictHash())
		}
		for _, r := range page.Events {
			if r.Event.Coder.Dict != c.DictHash() {
				t.Fatalf("coder=%s listed an event of %s", c.DictHash()[:20], r.Event.Coder.Dict)
			}
		}
	}

	// The diff between the two versions.
	d, err := Diff(ctx, b, oldC.DictHash(), coder.Version+"@"+newC.DictHash())
	if err != nil {
		t.Fatal(err)
	}
	var nOld int
	for _, a := range arts {
		nOld += len(codeArticle(t, oldC, a))
	}
	if d.FromEvents != nOld || d.ToEvents != len(gotAdded) {
		t.Fatalf("diff counts %d -> %d, want %d -> %d", d.FromEvents, d.ToEvents, nOld, len(gotAdded))
	}
	if len(d.Removed)+len(d.Changed) == 0 {
		t.Fatal("diff reports no removed or changed events")
	}
	// Every retracted event's sentence and actors show up as removed or changed.
	diffed := map[string]bool{}
	for _, e := range append(append([]DiffEvent{}, d.Removed...), d.Changed...) {
		diffed[e.ArticleID+e.Source+e.Target] = true
	}
	for _, a := range arts {
		for _, ev := range codeArticle(t, oldC, a) {
			if slices.Contains(wantRetracted, ev.ID) && !diffed[ev.ArticleID+ev.Source.Key()+ev.Target.Key()] {
				t.Errorf("retracted %s %s->%s %s not in the diff", ev.ID, ev.Source.Key(), ev.Target.Key(), ev.CAMEO)
			}
		}
	}
	var chnUrge *TimelineDelta
	for i, tl := range d.Timelines {
		if tl.Series == "dyad" && tl.Key == "CHN>KAZ" && tl.Root == "02" {
			chnUrge = &d.Timelines[i]
		}
	}
	if chnUrge == nil || chnUrge.Delta >= 0 {
		t.Fatalf("CHN>KAZ root 02 change: %+v in %+v", chnUrge, d.Timelines)
	}
}
