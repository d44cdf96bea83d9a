package cli_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/store"
	bolt "go.etcd.io/bbolt"
)

// seedEvents publishes n coded events to the EVENTS log of the embedded
// server in data (then stops it, as the CLI needs the folder).
func seedEvents(t *testing.T, data string, n int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	b, err := bus.Open(ctx, bus.Config{DataDir: filepath.Join(data, "nats")})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	actors := []string{"CHN", "KAZ", "RUS", "USA"}
	for i := range n {
		ev := events.EventCoded{
			ArticleID: fmt.Sprintf("a%d", i/2), Date: fmt.Sprintf("2022-01-%02d", 1+i%20), Lang: "en",
			Source: events.Actor{Code: actors[i%4], Country: actors[i%4]}, Target: events.Actor{Code: actors[(i+1)%4], Country: actors[(i+1)%4]},
			CAMEO: "051", Sentence: events.Sentence{Index: i % 2, Text: "s"}, Coder: events.Coder{Version: "v1", Dict: "sha256:x", Rule: "r"},
		}
		if err := ev.Fill(); err != nil {
			t.Fatal(err)
		}
		ev.ID = events.EventID(ev.ArticleID, ev.Sentence.Index, ev.Source, ev.Target, ev.CAMEO, false, "v1", "sha256:x")
		env, err := events.NewEnvelope(events.TypeEventCoded, ev.ID, "test", time.Now(), ev)
		if err != nil {
			t.Fatal(err)
		}
		if err := b.PublishEnvelope(ctx, bus.SubjectEventCoded, env); err != nil {
			t.Fatal(err)
		}
	}
}

func TestReplayAndAuditCommands(t *testing.T) {
	data := t.TempDir()
	seedEvents(t, data, 40)

	if code, _, errs := run(t, "", "audit", "checkpoint", "--data", data); code != 0 {
		t.Fatalf("audit checkpoint: %d %s", code, errs)
	}
	if code, _, errs := run(t, "", "rebuild", "--data", data); code != 0 {
		t.Fatalf("rebuild: %d %s", code, errs)
	}
	code, out, errs := run(t, "", "audit", "verify", "--data", data)
	if code != 0 || !strings.Contains(out, "OK") || !strings.Contains(out, "at EVENTS 40") {
		t.Fatalf("audit verify: %d\n%s\n%s", code, out, errs)
	}

	// Point in time: replay to 25 into another folder.
	replayed := filepath.Join(t.TempDir(), "then")
	if code, _, errs := run(t, "", "replay", "--data", data, "--until-seq", "25", "--out", replayed); code != 0 {
		t.Fatalf("replay: %d %s", code, errs)
	}
	st, err := store.Open(filepath.Join(replayed, "geotrack.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	seq, _, _ := st.Checkpoint()
	st.Close()
	if seq != 25 {
		t.Fatalf("replayed to %d, want 25", seq)
	}
	// As of a time: after everything; before anything.
	if code, _, errs := run(t, "", "replay", "--data", data, "--as-of", time.Now().Add(time.Hour).Format(time.RFC3339), "--out", filepath.Join(t.TempDir(), "now")); code != 0 {
		t.Fatalf("replay --as-of now: %d %s", code, errs)
	}
	if code, _, errs := run(t, "", "replay", "--data", data, "--as-of", "2000-01-01", "--out", filepath.Join(t.TempDir(), "old")); code != 1 || !strings.Contains(errs, "nothing at or before") {
		t.Fatalf("replay before the log: %d %s", code, errs)
	}
	if code, _, _ := run(t, "", "replay", "--data", data, "--out", replayed); code != 2 {
		t.Fatalf("replay without a point: exit %d, want 2", code)
	}

	// Export, then verify the log against the export alone.
	exp := filepath.Join(t.TempDir(), "cp.jsonl")
	if code, _, errs := run(t, "", "audit", "export", "--data", data, "--out", exp); code != 0 {
		t.Fatalf("export: %d %s", code, errs)
	}
	if code, out, errs := run(t, "", "audit", "verify", "--data", data, "--checkpoints", exp, "--no-store"); code != 0 {
		t.Fatalf("verify against export: %d %s %s", code, out, errs)
	}

	// Edit the live projection in bbolt: verify fails and names the bucket.
	db, err := bolt.Open(filepath.Join(data, "geotrack.db"), 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		bk := tx.Bucket([]byte("agg_actor"))
		k, v := bk.Cursor().Last()
		nv := append([]byte(nil), v...)
		nv[len(nv)-1] ^= 1
		return bk.Put(append([]byte(nil), k...), nv)
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	code, _, errs = run(t, "", "audit", "verify", "--data", data)
	if code != 1 || !strings.Contains(errs, "projection: bucket agg_actor") {
		t.Fatalf("verify of an edited projection: %d %s", code, errs)
	}
}
