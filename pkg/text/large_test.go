package text

import (
	"strings"
	"testing"
)

// Large and pathological inputs complete (a quadratic path would time the
// test out) and keep every offset in range.
func TestLargeInputs(t *testing.T) {
	// 5 MB of news; 1 MB of each pathological pattern, which a quadratic
	// path could not finish anyway.
	const size = 1 << 20
	inputs := map[string]string{
		"news":          strings.Repeat(newsSentences[0]+" "+newsSentences[6]+"\n", 5*size/400),
		"dots":          strings.Repeat(". ", size/2),
		"initials":      strings.Repeat("a.", size/2),
		"harakat":       "ب" + strings.Repeat("\u064e", size/2),
		"latin-marks":   "e" + strings.Repeat("\u0301", size/2),
		"cyrillic-mark": "и" + strings.Repeat("\u0306", size/2),
		"openers":       ". " + strings.Repeat("(", size),
		"invalid":       strings.Repeat("\xff\xd8", size/2),
		"zero-width":    strings.Repeat("\u200f\u200b", size/6),
	}
	for name, s := range inputs {
		n := Normalize(s)
		if n.Orig(len(n.Text)) != len(s) || n.Orig(len(n.Text)/2) > len(s) {
			t.Errorf("%s: Normalize offsets out of range", name)
		}
		sents := Sentences(s)
		for _, sp := range sents {
			if sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End {
				t.Fatalf("%s: bad sentence span %v", name, sp)
			}
		}
		toks := Tokens(s, Span{0, len(s)})
		for _, tk := range toks {
			if tk.Start < 0 || tk.End > len(s) || tk.Start >= tk.End {
				t.Fatalf("%s: bad token %v-%v", name, tk.Start, tk.End)
			}
		}
		DetectLanguage(s)
		if name == "news" && (len(sents) < 5*size/400 || len(toks) < 5*size/20) {
			t.Errorf("news: %d sentences, %d tokens: too few", len(sents), len(toks))
		}
	}
}
