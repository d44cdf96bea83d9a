package cli_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/feeds"
	"github.com/geotrack/geotrack/pkg/gdelt"
	"github.com/geotrack/geotrack/pkg/ingest"
	"golang.org/x/text/encoding/charmap"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestIngestFolderLocalAndRerun(t *testing.T) {
	data := t.TempDir()
	in := t.TempDir()
	arabic, _ := charmap.Windows1256.NewEncoder().String(`<html><head><meta charset="windows-1256"><title>موسكو</title></head><body><article><p>أعلنت وزارة الخارجية الروسية اليوم أن موسكو تدعم مهمة منظمة معاهدة الأمن الجماعي في كازاخستان.</p></article></body></html>`)
	writeFiles(t, in, map[string]string{
		"a.txt":         "Japan announced aid to Ukraine.",
		"b.html":        arabic,
		"c.json":        `{"title":"T","body":"France condemned the attack.","published":"2023-05-01"}`,
		"d.jsonl":       `{"body":"Germany welcomed the deal.","url":"https://example.org/d1"}` + "\n" + `{"body": broken}` + "\n\n" + `{"body":"Italy recalled its ambassador."}` + "\n",
		"sub/e.txt":     "Turkey closed the border crossing.",
		"sub/empty.txt": "  \n",
		"photo.jpg":     "\xff\xd8\xff\xe0 not picked up",
	})
	code, out, errOut := run(t, "", "ingest", "--data", data, "--published", "2024-01-01", in)
	if code != 1 || !strings.Contains(out, "6 new, 0 already stored") {
		t.Fatalf("first run: %d %q %q", code, out, errOut)
	}
	for _, want := range []string{"d.jsonl:2: malformed JSON", "empty.txt: the file is empty"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q: %s", want, errOut)
		}
	}
	if strings.Contains(errOut, "photo.jpg") || strings.Contains(errOut, "\r") {
		t.Errorf("stderr: %q", errOut)
	}
	// Rerun: everything already stored is skipped by id.
	code, out, _ = run(t, "", "ingest", "--data", data, "--published", "2024-01-01", in)
	if code != 1 || !strings.Contains(out, "0 new, 6 already stored") {
		t.Fatalf("rerun: %d %q", code, out)
	}
	// Stdin, JSONL.
	code, out, errOut = run(t, `{"body":"Spain condemned the coup.","published":"2024-02-01"}`+"\n", "ingest", "--data", data, "-")
	if code != 0 || !strings.Contains(out, "1 new") {
		t.Fatalf("stdin: %d %q %q", code, out, errOut)
	}
	if code, _, errOut := run(t, "", "ingest", "--data", data, filepath.Join(in, "missing")); code != 1 || !strings.Contains(errOut, "no such file") {
		t.Fatalf("missing: %d %q", code, errOut)
	}
	if code, _, _ := run(t, "", "ingest", "--data", data); code != 2 {
		t.Fatalf("no path: %d", code)
	}
}

func TestIngestGDELTLocal(t *testing.T) {
	data := t.TempDir()
	in := t.TempDir()
	row := func(id, code string) string {
		c := make([]string, gdelt.Columns)
		c[0], c[1], c[5], c[7], c[15], c[17], c[26], c[29], c[30], c[60] = id, "20220110", "CHN", "CHN", "KAZ", "KAZ", code, "1", "3.4", "https://example.org/"+id
		return strings.Join(c, "\t")
	}
	writeFiles(t, in, map[string]string{"20220110.export.CSV": row("1", "051") + "\n" + "1\t2\t3\n" + row("2", "190") + "\n"})
	code, out, errOut := run(t, "", "ingest", "--data", data, "--gdelt", filepath.Join(in, "20220110.export.CSV"))
	if code != 1 || !strings.Contains(out, "2 events stored, 1 rows rejected") || !strings.Contains(errOut, "20220110.export.CSV:2: 3 columns, want 61") {
		t.Fatalf("%d %q %q", code, out, errOut)
	}
	b, err := bus.Open(context.Background(), bus.Config{DataDir: filepath.Join(data, "nats")})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if n, _ := b.LastSeq(context.Background(), bus.StreamEvents); n != 2 {
		t.Fatalf("EVENTS holds %d", n)
	}
}

func TestIngestAndFeedsOverHTTP(t *testing.T) {
	b, err := bus.Open(context.Background(), bus.Config{DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	svc := ingest.New(b, ingest.Options{})
	p := feeds.New(b, svc, feeds.Options{AllowPrivate: true})
	mux := http.NewServeMux()
	svc.Register(mux)
	p.Register(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	in := t.TempDir()
	writeFiles(t, in, map[string]string{"x.jsonl": `{"body":"Japan announced aid to Ukraine.","published":"2023-02-20"}` + "\n" + `{"body":"   "}` + "\n"})
	code, out, errOut := run(t, "", "ingest", "--server", srv.URL, "--batch", "1", in)
	if code != 1 || !strings.Contains(out, "1 new") || !strings.Contains(errOut, "x.jsonl:2: the article body is empty") {
		t.Fatalf("%d %q %q", code, out, errOut)
	}
	code, out, errOut = run(t, "", "feeds", "add", srv.URL+"/feed.rss", "--interval", "10m", "--server", srv.URL)
	if code != 0 || !strings.Contains(out, "/feed.rss") {
		t.Fatalf("feeds add: %d %q %q", code, out, errOut)
	}
	code, out, _ = run(t, "", "feeds", "status", "--server", srv.URL)
	if code != 0 || !strings.Contains(out, "10m0s") || !strings.Contains(out, "1 new") {
		t.Fatalf("feeds status: %d %q", code, out)
	}
	if code, _, errOut := run(t, "", "feeds", "add", "ftp://x", "--server", srv.URL); code != 1 || !strings.Contains(errOut, "http(s)") {
		t.Fatalf("bad feed: %d %q", code, errOut)
	}
	if code, _, errOut := run(t, "", "feeds", "remove", "nope", "--server", srv.URL); code != 1 || !strings.Contains(errOut, "no feed") {
		t.Fatalf("remove unknown: %d %q", code, errOut)
	}
}
