package coder

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/coder/dict"
)

func TestBadInput(t *testing.T) {
	c := newTestCoder(t)
	pub := day("2024-01-01")
	for _, txt := range []string{"", "   \n\t "} {
		if _, err := c.Code(Document{ID: "x", Text: txt, Published: pub}); !errors.Is(err, ErrEmptyText) {
			t.Errorf("Code(%q) err = %v, want ErrEmptyText", txt, err)
		}
	}
	// Nothing to code, no error.
	for _, txt := range []string{"!!! ... ???", "12 345 6.78", "،،؟"} {
		evs, err := c.Code(Document{ID: "x", Text: txt, Published: pub})
		if err != nil || len(evs) != 0 {
			t.Errorf("Code(%q) = %d events, %v", txt, len(evs), err)
		}
	}
	// Unknown languages, declared or detected.
	if _, err := c.Code(Document{ID: "x", Text: "Deutschland verurteilte die Angriffe auf die Ukraine.", Lang: "de", Published: pub}); !errors.Is(err, ErrUnsupportedLanguage) {
		t.Errorf("declared de: err = %v", err)
	}
	if _, err := c.Code(Document{ID: "x", Text: "Deutschland hat die Angriffe auf die Ukraine und die Drohungen gegen Polen scharf verurteilt.", Published: pub}); !errors.Is(err, ErrUnsupportedLanguage) {
		t.Errorf("detected de: err = %v", err)
	}
	// French and Spanish have patterns (since 0.5.0).
	if evs, err := c.Code(Document{ID: "x", Text: "La France a condamné Israël.", Lang: "fr", Published: pub}); err != nil || find(evs, "FRA", "ISR", "111") == nil {
		t.Errorf("declared fr: %v%s", err, describe(evs))
	}
	if _, err := c.Code(Document{ID: "x", Text: "Россия осудила удары по Украине и потребовала переговоров.", Published: pub}); !errors.Is(err, ErrUnsupportedLanguage) {
		t.Errorf("detected ru: err = %v", err)
	}
	// Language detection picks the right patterns.
	evs, err := c.Code(Document{ID: "x", Text: "فرضت الولايات المتحدة عقوبات على إيران.", Published: pub})
	if err != nil || find(evs, "USA", "IRN", "163") == nil {
		t.Errorf("detected ar: %v%s", err, describe(evs))
	}
}

func checkOffsets(t testing.TB, txt string, evs []events.EventCoded) {
	t.Helper()
	for _, e := range evs {
		s := e.Sentence
		if s.Start < 0 || s.End > len(txt) || s.Start > s.End || txt[s.Start:s.End] != s.Text {
			t.Fatalf("sentence offsets %d..%d outside or not matching the text (len %d)", s.Start, s.End, len(txt))
		}
	}
}

func TestAwkwardText(t *testing.T) {
	c := newTestCoder(t)
	pub := day("2024-01-01")
	cases := map[string]string{
		"invalid utf8": "Japan praised \xff\xfe Australia. \xc3\x28 Egypt condemned Israel.",
		"rtl marks":    "\u200fفرضت\u200f الولايات\u200c المتحدة\u200d عقوبات على إيران\u200e.",
		"zero width":   "Egypt\u200b condemned\u2060 Israel.",
		"mixed":        "Egypt condemned Israel. وأدانت الأردن إسرائيل أيضا.",
		"tatweel":      "فـــرضـت الولايات المتحدة عقوبات على إيران.",
		"diacritics":   "فَرَضَتْ الوِلاياتُ المُتَّحِدَةُ عُقُوباتٍ عَلى إيرانَ.",
	}
	for name, txt := range cases {
		evs, err := c.Code(Document{ID: name, Text: txt, Published: pub})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		checkOffsets(t, txt, evs)
		if name != "invalid utf8" && len(evs) == 0 {
			t.Errorf("%s: no events from %q", name, txt)
		}
	}
	// Mixed languages: each sentence is coded with its own patterns.
	evs, _ := c.Code(Document{ID: "m", Text: cases["mixed"], Lang: "en", Published: pub})
	want(t, evs, "EGY", "ISR", "111")
	e := want(t, evs, "JOR", "ISR", "111")
	if e.Lang != "ar" {
		t.Errorf("Arabic sentence in an English article: lang %q", e.Lang)
	}
}

// TestLongText codes a 5 MB article: no panic, offsets inside the text, and
// work proportional to its length (events from every repetition).
func TestLongText(t *testing.T) {
	if testing.Short() {
		t.Skip("5 MB text")
	}
	c := newTestCoder(t)
	unit := "Egypt condemned Israel on Monday. أدانت الأردن إسرائيل يوم الاثنين. Nothing happened here at all today. "
	n := 5 << 20 / len(unit)
	txt := strings.Repeat(unit, n)
	evs, err := c.Code(Document{ID: "long", Text: txt, Published: day("2024-01-03")})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 2*n {
		t.Fatalf("%d events from %d repetitions, want %d", len(evs), n, 2*n)
	}
	checkOffsets(t, txt, evs[len(evs)-2:])
	// One sentence without punctuation, 1 MB long.
	long := strings.Repeat("word ", 200000) + "Egypt condemned Israel"
	evs, err = c.Code(Document{ID: "run-on", Text: long, Lang: "en", Published: day("2024-01-03")})
	if err != nil || find(evs, "EGY", "ISR", "111") == nil {
		t.Fatalf("run-on sentence: %v%s", err, describe(evs))
	}
}

func FuzzCode(f *testing.F) {
	for _, s := range []string{
		"Egypt condemned Israel on Monday.",
		"فرضت الولايات المتحدة عقوبات جديدة على شركات إيرانية.",
		"China and Russia, and the the and , , ; \u200f\u200e",
		"قال وزير الخارجية لنظيره إن إن أن",
		"\xff\xfe\x00",
		"10 يناير/كانون 2022 January 31, 2100",
	} {
		f.Add(s, "")
	}
	c, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, txt, lang string) {
		evs, err := c.Code(Document{ID: "f", Text: txt, Lang: lang, Published: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			if !errors.Is(err, ErrEmptyText) && !errors.Is(err, ErrUnsupportedLanguage) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		checkOffsets(t, txt, evs)
		for _, e := range evs {
			if e.Source.Key() == "" || e.ID == "" || e.Root != e.CAMEO[:2] {
				t.Fatalf("bad event %+v", e)
			}
			if !utf8.ValidString(txt) {
				continue
			}
		}
	})
}

// TestPatternFiles: every pattern of the embedded tree parses, names a
// known CAMEO code, and no two patterns match the same thing; the set is
// wide (every root 01-20, at least 150 specific codes per language).
func TestPatternFiles(t *testing.T) {
	sets, err := loadPatterns(dict.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "ar"} {
		set := sets[lang]
		if set == nil {
			t.Fatalf("no %s patterns", lang)
		}
		roots, codes := map[string]bool{}, map[string]bool{}
		for _, p := range set.patterns {
			if _, err := events.LookupCAMEO(p.CAMEO); err != nil {
				t.Errorf("%s: %v", p.ID, err)
			}
			roots[p.CAMEO[:2]] = true
			codes[p.CAMEO] = true
		}
		for r := 1; r <= 20; r++ {
			if k := twoDigits(r); !roots[k] {
				t.Errorf("%s: no pattern for root %s", lang, k)
			}
		}
		if len(codes) < 150 {
			t.Errorf("%s: %d distinct codes, want >= 150", lang, len(codes))
		}
		t.Logf("%s: %d patterns, %d codes, %d surface forms", lang, len(set.patterns), len(codes), len(set.forms))
	}
}

func twoDigits(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

// TestPatternErrors: a researcher's mistakes are reported with file and line.
func TestPatternErrors(t *testing.T) {
	for name, tc := range map[string]struct{ file, msg string }{
		"unknown code":   {"x\ten\t999\tpraise {T}\n", "unknown CAMEO code"},
		"duplicate id":   {"x\ten\t051\tpraise {T}\nx\ten\t051\tlaud {T}\n", "already defined"},
		"same pattern":   {"a\ten\t051\tpraise {T}\nb\ten\t111\tpraise {T}\n", "matches exactly what"},
		"columns":        {"a\ten\t051\n", "columns"},
		"no word":        {"a\ten\t051\t{T}\n", "no word"},
		"bad flag":       {"a\ten\t051\tpraise {T}\tloud\n", "unknown flag"},
		"bad slot":       {"a\ten\t051\tpraise {X}\n", "bad slot"},
		"two targets":    {"a\ten\t051\tpraise {T} and {T}\n", "at most one"},
		"language":       {"a\tru\t051\tхвалить {T}\n", "no morphology"},
		"arabic verb":    {"a\tar\t051\tاشاد/اشاد {T}\n", "imperfect"},
		"two tokens":     {"a\ten\t051\tcease-fire {T}\n", "tokens"},
		"clitic english": {"a\ten\t051\tل{T} praise\n", "proclitic"},
		"two-word alt":   {"a\ten\t138\tthreaten to use force|military force against {T}\n", "two-word alternative"},
	} {
		fsys := fstest.MapFS{"verbs/test.pat": {Data: []byte(tc.file)}}
		_, err := loadPatterns(fsys)
		if err == nil || !strings.Contains(err.Error(), tc.msg) || !strings.Contains(err.Error(), "verbs/test.pat:") {
			t.Errorf("%s: err = %v, want %q with file:line", name, err, tc.msg)
		}
	}
}

// TestNewFromFS: a researcher's dictionary copy with an added pattern codes
// with it, and its hash differs from the embedded one.
func TestNewFromFS(t *testing.T) {
	fsys := fstest.MapFS{}
	err := fsWalkCopy(dict.FS, fsys)
	if err != nil {
		t.Fatal(err)
	}
	fsys["verbs/zz_local.pat"] = &fstest.MapFile{Data: []byte("local.1\ten\t0214\tbeg {T} for secrets\n")}
	c, err := NewFromFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if c.DictHash() == newTestCoder(t).DictHash() {
		t.Fatal("hash unchanged by an added pattern")
	}
	evs, err := c.Code(Document{ID: "x", Text: "Peru begged Chile for secrets.", Lang: "en", Published: day("2024-01-01")})
	if err != nil {
		t.Fatal(err)
	}
	e := want(t, evs, "PER", "CHL", "0214")
	if e.Coder.Rule != "local.1" {
		t.Fatalf("rule %s", e.Coder.Rule)
	}
	if got := c.Languages(); strings.Join(got, ",") != "ar,en,es,fr" {
		t.Fatalf("Languages() = %v", got)
	}
}
