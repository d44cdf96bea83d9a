package cli_test

import (
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/coder"
	"github.com/geotrack/geotrack/pkg/coder/dict"
)

func TestRecodeAndDiffCommands(t *testing.T) {
	data := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := coder.New()
	if err != nil {
		t.Fatal(err)
	}
	b, err := bus.Open(ctx, bus.Config{DataDir: filepath.Join(data, "nats")})
	if err != nil {
		t.Fatal(err)
	}
	body := "China urged Kazakhstan to restore order. Russia expressed solidarity with Kazakhstan."
	art := events.ArticleIngested{ID: events.ArticleID("", body), Body: body, Lang: "en", Published: time.Date(2022, 1, 10, 0, 0, 0, 0, time.UTC), Ingested: time.Now().UTC()}
	env, _ := events.NewEnvelope(events.TypeArticleIngested, art.ID, "test", time.Now(), art)
	if err := b.PublishEnvelope(ctx, bus.ArticleSubject(art.ID), env); err != nil {
		t.Fatal(err)
	}
	evs, err := c.Code(coder.Document{ID: art.ID, Text: body, Lang: "en", Published: art.Published})
	if err != nil || len(evs) < 2 {
		t.Fatalf("coded %d events (%v)", len(evs), err)
	}
	for i := range evs {
		env, _ := events.NewEnvelope(events.TypeEventCoded, evs[i].ID, "test", time.Now(), &evs[i])
		if err := b.PublishEnvelope(ctx, bus.SubjectEventCoded, env); err != nil {
			t.Fatal(err)
		}
	}
	b.Close()

	// A researcher's copy of the dictionaries without the "urge" verbs.
	dir := t.TempDir()
	err = fs.WalkDir(dict.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			if err == nil {
				err = os.MkdirAll(filepath.Join(dir, p), 0o755)
			}
			return err
		}
		raw, err := fs.ReadFile(dict.FS, p)
		if err != nil {
			return err
		}
		if p == "verbs/en.pat" {
			var keep []string
			for _, l := range strings.Split(string(raw), "\n") {
				if !strings.Contains(l, "urge") {
					keep = append(keep, l)
				}
			}
			raw = []byte(strings.Join(keep, "\n"))
		}
		return os.WriteFile(filepath.Join(dir, p), raw, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}

	code, out, errs := run(t, "", "recode", "--data", data, "--dict", dir, "--json")
	if code != 0 {
		t.Fatalf("recode: %d %s", code, errs)
	}
	var rep struct {
		NewVersion string `json:"new_version"`
		Added      int    `json:"added"`
		Retracted  int    `json:"retracted"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Added == 0 || rep.Retracted == 0 {
		t.Fatalf("recode report %s", out)
	}
	code, out, errs = run(t, "", "diff", "--data", data, "--from", c.DictHash(), "--to", rep.NewVersion)
	if code != 0 || !strings.Contains(out, "REMOVED") && !strings.Contains(out, "CHANGED") || !strings.Contains(out, "CHN>KAZ") {
		t.Fatalf("diff: %d\n%s\n%s", code, out, errs)
	}
	if code, _, errs := run(t, "", "diff", "--data", data, "--from", "nope", "--to", "nada"); code != 1 || !strings.Contains(errs, "no events") {
		t.Fatalf("diff of unknown versions: %d %s", code, errs)
	}
}
