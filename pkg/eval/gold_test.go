package eval

import (
	"errors"
	"os"
	"strings"
	"testing"
)

const goodLine = `{"id": "en-01", "pair": "01", "lang": "en", "published": "2024-03-04", "text": "Egypt received Blinken.", "events": [{"source": ["EGY"], "target": ["USA"], "roots": ["04"], "required": true}]}`

func TestReadGold(t *testing.T) {
	in := "\ufeff" + goodLine + "\n\n" +
		`{"id": "ar-01", "pair": "01", "lang": "ar", "published": "2024-03-04T10:00:00Z", "text": "استقبل", "events": [{"source": ["EGY"], "target": ["USA", ""], "roots": ["04", "05"], "required": false}]}` + "\n" +
		`{"id": "en-02", "lang": "en", "text": "Nothing happened.", "events": []}` // no final newline
	docs, err := ReadGold(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 {
		t.Fatalf("%d docs, want 3", len(docs))
	}
	d := docs[1]
	if d.ID != "ar-01" || d.Pair != "01" || d.Lang != "ar" || d.Text != "استقبل" || len(d.Events) != 1 {
		t.Fatalf("doc 2 = %+v", d)
	}
	e := d.Events[0]
	if e.Required || len(e.Target) != 2 || e.Target[1] != "" || e.Roots[1] != "05" {
		t.Fatalf("event = %+v", e)
	}
	if docs[2].Events == nil || len(docs[2].Events) != 0 {
		t.Fatalf("empty events: %#v", docs[2].Events)
	}
}

func TestReadGoldMalformed(t *testing.T) {
	for _, tc := range []struct {
		name, line, want string
	}{
		{"truncated JSON", `{"id": "x", "lang": "en"`, "invalid JSON"},
		{"not an object", `["en-01"]`, "invalid JSON"},
		{"two values", goodLine + ` {}`, "more than one value"},
		{"unknown key", `{"id": "x", "lang": "en", "text": "t", "evnts": []}`, "evnts"},
		{"no events", `{"id": "x", "lang": "en", "text": "t"}`, `no "events"`},
		{"no required", `{"id": "x", "lang": "en", "text": "t", "events": [{"source": ["EGY"], "target": ["USA"], "roots": ["04"]}]}`, `event 1: no "required"`},
		{"required as string", `{"id": "x", "lang": "en", "text": "t", "events": [{"source": ["EGY"], "target": ["USA"], "roots": ["04"], "required": "true"}]}`, "invalid JSON"},
		{"root 21", `{"id": "x", "lang": "en", "text": "t", "events": [{"source": ["EGY"], "target": ["USA"], "roots": ["21"], "required": true}]}`, `"21" is not a CAMEO root`},
		{"full code as root", `{"id": "x", "lang": "en", "text": "t", "events": [{"source": ["EGY"], "target": ["USA"], "roots": ["051"], "required": true}]}`, "not a CAMEO root"},
		{"no roots", `{"id": "x", "lang": "en", "text": "t", "events": [{"source": ["EGY"], "target": ["USA"], "roots": [], "required": true}]}`, "empty roots"},
		{"no source", `{"id": "x", "lang": "en", "text": "t", "events": [{"target": ["USA"], "roots": ["04"], "required": true}]}`, "empty source"},
		{"no target", `{"id": "x", "lang": "en", "text": "t", "events": [{"source": ["EGY"], "target": [], "roots": ["04"], "required": true}]}`, "empty target"},
		{"no id", `{"lang": "en", "text": "t", "events": []}`, "no id"},
		{"no lang", `{"id": "x", "text": "t", "events": []}`, "no lang"},
		{"no text", `{"id": "x", "lang": "en", "events": []}`, "no text"},
		{"bad date", `{"id": "x", "lang": "en", "text": "t", "published": "04/03/2024", "events": []}`, "published"},
		{"duplicate id", strings.Replace(goodLine, `"pair": "01"`, `"pair": "02"`, 1), `already used on line 1`},
	} {
		// The bad line is line 3, after a good line and a blank one.
		_, err := ReadGold(strings.NewReader(goodLine + "\n   \n" + tc.line + "\n"))
		if err == nil {
			t.Errorf("%s: accepted", tc.name)
			continue
		}
		if !strings.HasPrefix(err.Error(), "gold line 3: ") || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %q, want \"gold line 3: ...%s...\"", tc.name, err, tc.want)
		}
	}
	for _, empty := range []string{"", "\n\n  \n"} {
		if _, err := ReadGold(strings.NewReader(empty)); err == nil {
			t.Errorf("ReadGold(%q): want an error", empty)
		}
	}
	if _, err := ReadGold(failingReader{}); err == nil || !strings.Contains(err.Error(), "gold line 1: read") {
		t.Errorf("read error: %v", err)
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

const devPath = "../../../shared/gold/dev.jsonl"

func readDev(t *testing.T) []GoldDoc {
	t.Helper()
	f, err := os.Open(devPath)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("%s not present", devPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadGold(f)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func TestReadDevGold(t *testing.T) {
	docs := readDev(t)
	if len(docs) != 60 {
		t.Fatalf("%d docs, want 60", len(docs))
	}
	langs := map[string]int{}
	pairs := map[string]map[string]bool{}
	for _, d := range docs {
		langs[d.Lang]++
		if pairs[d.Pair] == nil {
			pairs[d.Pair] = map[string]bool{}
		}
		pairs[d.Pair][d.Lang] = true
	}
	if langs["en"] != 30 || langs["ar"] != 30 {
		t.Errorf("languages %v, want 30 en and 30 ar", langs)
	}
	if len(pairs) != 30 {
		t.Errorf("%d pairs, want 30", len(pairs))
	}
	for p, ls := range pairs {
		if !ls["en"] || !ls["ar"] {
			t.Errorf("pair %s has languages %v", p, ls)
		}
	}
}
