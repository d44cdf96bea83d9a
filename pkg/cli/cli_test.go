package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/cli"
)

func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &cli.Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	code = cli.Run(context.Background(), env, args)
	return code, out.String(), errb.String()
}

func TestExtractArticle(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "a.txt")
	text := "Sanctions\n\nThe United States imposed new sanctions on Iranian companies on Monday.\n"
	if err := os.WriteFile(f, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, "", "extract", "--published", "2024-05-09", f)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var found bool
	for _, l := range lines {
		var ev events.EventCoded
		if err := json.Unmarshal([]byte(l), &ev); err != nil {
			t.Fatalf("not an event.coded line: %q: %v", l, err)
		}
		if ev.Source.Country == "USA" && ev.Target.Country == "IRN" && ev.Root == "16" {
			found = true
			// Offsets point into the body (the title line is not coded).
			body := "The United States imposed new sanctions on Iranian companies on Monday."
			if ev.Sentence.Start < 0 || ev.Sentence.End > len(body) || body[ev.Sentence.Start:ev.Sentence.End] != ev.Sentence.Text {
				t.Fatalf("sentence offsets %d..%d do not match %q", ev.Sentence.Start, ev.Sentence.End, ev.Sentence.Text)
			}
			if ev.ArticleID != events.ArticleID("Sanctions", body) {
				t.Fatalf("article id %s is not the id ingest would give", ev.ArticleID)
			}
			if ev.Date != "2024-05-06" {
				t.Fatalf("date %s, want the Monday on or before 2024-05-09", ev.Date)
			}
		}
	}
	if !found {
		t.Fatalf("USA -> IRN 16 not found in:\n%s", out)
	}
}

func TestExtractJSONL(t *testing.T) {
	in := `{"id":"d1","text":"Russia accused Ukraine of shelling the plant.","published":"2023-08-11"}
{"id":"d2","text":"استقبل الرئيس المصري وزير الخارجية الأمريكي في القاهرة.","published":"2024-03-04"}
not json
`
	code, out, errs := run(t, in, "extract", "--jsonl", "-")
	if code != 1 || !strings.Contains(errs, "line 3") {
		t.Fatalf("exit %d, stderr %q: want 1 and a line-3 error", code, errs)
	}
	ids := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var ev events.EventCoded
		if err := json.Unmarshal([]byte(l), &ev); err != nil {
			t.Fatal(err)
		}
		ids[ev.InputID] = true
	}
	if !ids["d1"] || !ids["d2"] {
		t.Fatalf("events for d1 and d2 expected, got input ids %v", ids)
	}
}

func TestExtractBadInput(t *testing.T) {
	for _, c := range []struct {
		name  string
		stdin string
		args  []string
		want  string
	}{
		{"no file", "", []string{"extract"}, "want exactly one"},
		{"missing file", "", []string{"extract", "/nonexistent/x.txt"}, "no such file"},
		{"invalid utf-8", "\xff\xfe\xfd", []string{"extract", "-"}, "not valid UTF-8"},
		{"empty", "   ", []string{"extract", "-"}, "empty"},
		{"bad date", "France condemned it.", []string{"extract", "--published", "yesterday", "-"}, "published"},
		{"unsupported language", "Die Bundesregierung hat heute die Sanktionen gegen Russland verschärft und die Maßnahmen verlängert.", []string{"extract", "-"}, "language"},
		{"unknown command", "", []string{"frobnicate"}, "unknown command"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, _, errs := run(t, c.stdin, c.args...)
			if code == 0 {
				t.Fatalf("exit 0, want non-zero")
			}
			if strings.Count(strings.TrimSpace(errs), "\n") > 1 || !strings.Contains(strings.ToLower(errs), strings.ToLower(c.want)) {
				t.Fatalf("stderr %q, want one line mentioning %q", errs, c.want)
			}
		})
	}
}

func TestEvalThreshold(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "g.jsonl")
	line := `{"id":"en-1","pair":"1","lang":"en","published":"2024-05-09","text":"The United States imposed new sanctions on Iran.","events":[{"source":["USA"],"target":["IRN"],"roots":["16"],"required":true}]}` + "\n" +
		`{"id":"en-2","pair":"2","lang":"en","published":"2024-05-09","text":"It rained in London on Monday.","events":[]}` + "\n"
	os.WriteFile(gold, []byte(line), 0o600)
	code, out, errs := run(t, "", "eval", "--min-f1", "0.5", gold)
	if code != 0 || !strings.Contains(out, "F1") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	// A gold event the coder cannot find makes F1 0 and the exit non-zero.
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte(`{"id":"en-3","pair":"3","lang":"en","published":"2024-05-09","text":"It rained in London.","events":[{"source":["GBR"],"target":["FRA"],"roots":["19"],"required":true}]}`+"\n"), 0o600)
	if code, _, errs := run(t, "", "eval", "--min-f1", "0.5", bad); code != 1 || !strings.Contains(errs, "below") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	// A malformed gold file names the line.
	os.WriteFile(bad, []byte("{oops\n"), 0o600)
	if code, _, errs := run(t, "", "eval", bad); code == 0 || !strings.Contains(errs, "line 1") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
}

func TestQueryDataFolder(t *testing.T) {
	// An empty data folder answers with an empty, well-formed table; bad
	// parameters are one line naming the parameter.
	dir := t.TempDir()
	code, out, errs := run(t, "", "query", "timeline", "--data", dir, "actor=KAZ", "from=2022-01-01", "to=2022-01-03")
	if code != 0 || !strings.Contains(out, "2022-01-02") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	code, _, errs = run(t, "", "query", "timeline", "--data", dir, "actor=KAZ", "from=2022-13-01")
	if code == 0 || !strings.Contains(errs, "from") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if code, _, errs = run(t, "", "query", "nonsense"); code != 2 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
}
