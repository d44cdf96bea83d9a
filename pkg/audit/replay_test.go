package audit

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/geotrack/geotrack/pkg/bus"
)

func jsonMarshal(v any) ([]byte, error) { return json.Marshal(v) }

func TestReplayEqualsApplyOfPrefix(t *testing.T) {
	b := openBus(t)
	publishRaw(t, b, fixtureEnvelopes(300))
	last, err := b.LastSeq(testCtx(t), bus.StreamEvents)
	if err != nil || last != 330 {
		t.Fatalf("EVENTS holds %d messages (%v), want 330", last, err)
	}
	for _, until := range []uint64{1, 57, 200, 330} {
		path := filepath.Join(t.TempDir(), "replay.db")
		got, err := Replay(testCtx(t), b, path, until, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got != until {
			t.Fatalf("replay to %d stopped at %d", until, got)
		}
		want := dumpOf(t, applyPrefix(t, b, until))
		have := dumpOf(t, openStore(t, path))
		if have != want {
			t.Fatalf("replay to %d: dump differs from Apply of the same prefix (%d vs %d bytes)", until, len(have), len(want))
		}
		if !strings.Contains(have, "ev ") {
			t.Fatalf("replay to %d projected no events", until)
		}
	}
	// Replaying everything (0) reaches the end of the log.
	got, err := Replay(testCtx(t), b, filepath.Join(t.TempDir(), "all.db"), 0, 0)
	if err != nil || got != 330 {
		t.Fatalf("full replay reached %d (%v)", got, err)
	}
}

func TestSeqAt(t *testing.T) {
	b := openBus(t)
	ctx := testCtx(t)
	if s, err := SeqAt(ctx, b, bus.StreamEvents, time.Now()); err != nil || s != 0 {
		t.Fatalf("empty stream: %d %v", s, err)
	}
	envs := fixtureEnvelopes(30)
	publishRaw(t, b, envs[:10])
	time.Sleep(20 * time.Millisecond) // a gap in server time between the two halves
	mid := time.Now()
	time.Sleep(20 * time.Millisecond)
	publishRaw(t, b, envs[10:])
	cases := []struct {
		at   time.Time
		want uint64
	}{
		{mid.Add(-time.Hour), 0},
		{mid, 10},
		{time.Now().Add(time.Hour), uint64(len(envs))},
	}
	for _, c := range cases {
		got, err := SeqAt(ctx, b, bus.StreamEvents, c.at)
		if err != nil || got != c.want {
			t.Fatalf("SeqAt(%s) = %d (%v), want %d", c.at, got, err, c.want)
		}
	}
	// Exactly at a message's own time gives that message.
	m, err := b.GetMsg(ctx, bus.StreamEvents, 17)
	if err != nil {
		t.Fatal(err)
	}
	got, err := SeqAt(ctx, b, bus.StreamEvents, m.Time)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := b.GetMsg(ctx, bus.StreamEvents, got); got < 17 || n.Time.After(m.Time) {
		t.Fatalf("SeqAt(time of 17) = %d", got)
	}
}
