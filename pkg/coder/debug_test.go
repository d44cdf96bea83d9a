package coder

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/geotrack/geotrack/pkg/text"
)

// TestDebugSentence prints the analysis of GEOTRACK_DEBUG (a sentence) for
// pattern authors: tokens, the pattern words they realise, actor mentions,
// the matches and the events. Skipped unless the variable is set.
func TestDebugSentence(t *testing.T) {
	in := os.Getenv("GEOTRACK_DEBUG")
	if in == "" {
		t.Skip("set GEOTRACK_DEBUG to a sentence")
	}
	c := newTestCoder(t)
	day := time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC)
	// GEOTRACK_DEBUG_LANG declares the language (fr, es), else detected.
	lang := os.Getenv("GEOTRACK_DEBUG_LANG")
	if lang == "" {
		lang, _ = text.DetectLanguage(in)
	}
	latin := "en"
	if c.patterns[lang] != nil && lang != "ar" {
		latin = lang
	}
	for _, sp := range text.Sentences(in) {
		s := c.analyse(in, sp, day, latin)
		var b strings.Builder
		for i, tk := range s.toks {
			fmt.Fprintf(&b, "%d:%s%v lits=%v start=%d end=%d punct=%d clause=%v\n", i, tk.Norm, tk.Bases[1:], s.lits[i], s.startAt[i], s.endAt[i], s.punct[i], s.clause[i])
		}
		for i, m := range s.mentions {
			fmt.Fprintf(&b, "mention %d [%d,%d) loc=%v prefix=%q %+v\n", i, m.start, m.end, m.locative, m.prefix, m.parts)
		}
		t.Log("\n" + b.String())
	}
	evs, err := c.Code(Document{ID: "debug", Text: in, Lang: os.Getenv("GEOTRACK_DEBUG_LANG"), Published: day})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		t.Logf("%s(%s) -> %s(%s) %s neg=%v rule=%s date=%s loc=%v", e.Source.Code, e.Source.Key(), e.Target.Code, e.Target.Key(), e.CAMEO, e.Negated, e.Coder.Rule, e.Date, e.Location)
	}
}
