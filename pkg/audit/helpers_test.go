package audit

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/projector"
	"github.com/geotrack/geotrack/pkg/store"
	"github.com/nats-io/nats.go"
)

func testCtx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func openBus(t testing.TB) *bus.Bus {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	log := slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelError}))
	b, err := bus.Open(ctx, bus.Config{DataDir: t.TempDir(), Logger: log, Name: t.Name()})
	if err != nil {
		t.Fatalf("bus.Open: %v", err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}

var (
	fixActors = []string{"CHN", "KAZ", "RUS", "USA", "IRN", "TUR"}
	fixCodes  = []string{"051", "036", "112", "173", "190", "042", "057"}
)

// fixtureEvent is the i-th coded event of a deterministic fixture: a few
// actors, codes and days, so stories join several mentions.
func fixtureEvent(i int, version string) *events.EventCoded {
	src, tgt := fixActors[i%len(fixActors)], fixActors[(i/3+1)%len(fixActors)]
	if src == tgt {
		tgt = "UNK"
	}
	e := &events.EventCoded{
		ArticleID: fmt.Sprintf("art%04d", i/3),
		Date:      time.Date(2022, 1, 1+(i/7)%28, 0, 0, 0, 0, time.UTC).Format("2006-01-02"),
		Lang:      "en",
		Source:    events.Actor{Code: src + "GOV", Country: src, Role: "GOV"},
		Target:    events.Actor{Code: tgt, Country: tgt},
		CAMEO:     fixCodes[(i/2)%len(fixCodes)],
		Sentence:  events.Sentence{Index: i % 3, Text: fmt.Sprintf("sentence %d of %s", i%3, "article"), Start: 0, End: 10},
		Coder:     events.Coder{Version: version, Dict: "sha256:d", Rule: "r1"},
	}
	if i%4 == 0 {
		e.Location = &events.Location{Name: "somewhere", Country: tgt, Lat: 1, Lon: 2}
	}
	if err := e.Fill(); err != nil {
		panic(err)
	}
	e.ID = events.EventID(e.ArticleID, e.Sentence.Index, e.Source, e.Target, e.CAMEO, false, version, e.Coder.Dict)
	return e
}

// fixtureEnvelopes is n coded events with a retraction of every tenth
// earlier one interleaved.
func fixtureEnvelopes(n int) []events.Envelope {
	var out []events.Envelope
	for i := range n {
		ev := fixtureEvent(i, "v1")
		env, err := events.NewEnvelope(events.TypeEventCoded, ev.ID, "test", time.Unix(int64(i), 0), ev)
		if err != nil {
			panic(err)
		}
		out = append(out, env)
		if i%10 == 9 {
			old := fixtureEvent(i-5, "v1")
			r := events.EventRetracted{EventID: old.ID, ArticleID: old.ArticleID, OldVersion: "v1", NewVersion: "v2"}
			env, err := events.NewEnvelope(events.TypeEventRetracted, "retract-"+old.ID, "test", time.Unix(int64(i), 0), r)
			if err != nil {
				panic(err)
			}
			out = append(out, env)
		}
	}
	return out
}

// publishRaw writes envelopes straight into JetStream (as the tamper tests
// do) and returns how many messages EVENTS holds.
func publishRaw(t testing.TB, b *bus.Bus, envs []events.Envelope) {
	t.Helper()
	ctx := testCtx(t)
	for i, env := range envs {
		subj := bus.SubjectEventCoded
		if env.Type == events.TypeEventRetracted {
			subj = bus.SubjectEventRetracted
		}
		data, err := jsonMarshal(env)
		if err != nil {
			t.Fatal(err)
		}
		m := &nats.Msg{Subject: subj, Data: data, Header: nats.Header{"Nats-Msg-Id": []string{env.ID}}}
		if _, err := b.JS.PublishMsgAsync(m); err != nil {
			t.Fatalf("publish %d: %v", i, err)
		}
	}
	select {
	case <-b.JS.PublishAsyncComplete():
	case <-ctx.Done():
		t.Fatal("publish did not complete")
	}
}

// applyPrefix builds a store by Apply of the first n messages of EVENTS,
// read one by one with GetMsg (an independent path from Read/projector).
func applyPrefix(t testing.TB, b *bus.Bus, n uint64) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "direct.db"), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var recs []store.Record
	for seq := uint64(1); seq <= n; seq++ {
		m, err := b.GetMsg(testCtx(t), bus.StreamEvents, seq)
		if err != nil {
			t.Fatal(err)
		}
		r, err := projector.Decode(*m)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	// Uneven batches: the result must not depend on batching.
	for len(recs) > 0 {
		k := min(len(recs), 37)
		if err := st.Apply(recs[:k]); err != nil {
			t.Fatal(err)
		}
		recs = recs[k:]
	}
	return st
}

func dumpOf(t testing.TB, st *store.Store) string {
	t.Helper()
	var buf bytes.Buffer
	if err := st.Dump(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func openStore(t testing.TB, path string) *store.Store {
	t.Helper()
	st, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}
