package text

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func sentenceTexts(s string) []string {
	var out []string
	for _, sp := range Sentences(s) {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Mr. Smith went to Washington. He met Gen. Lt. Col. Jones.",
			[]string{"Mr. Smith went to Washington.", "He met Gen. Lt. Col. Jones."}},
		{"The U.S. Army and the U.N. Security Council met. Officials said so.",
			[]string{"The U.S. Army and the U.N. Security Council met.", "Officials said so."}},
		{"Talks with the U.K. and Dr. Rice, Mrs. Clinton and Sen. Kerry ended.",
			[]string{"Talks with the U.K. and Dr. Rice, Mrs. Clinton and Sen. Kerry ended."}},
		{"J. Smith arrived at 3.5 p.m. today. Prices rose 3.5%.",
			[]string{"J. Smith arrived at 3.5 p.m. today.", "Prices rose 3.5%."}},
		{"It ended at 9 a.m. Police said nothing.",
			[]string{"It ended at 9 a.m.", "Police said nothing."}},
		{"It starts at 9 a.m. Monday in Kyiv.",
			[]string{"It starts at 9 a.m. Monday in Kyiv."}},
		{"He left on Jan. 5. The talks resumed on Sept. 12 in St. Petersburg.",
			[]string{"He left on Jan. 5.", "The talks resumed on Sept. 12 in St. Petersburg."}},
		{"Some states, e.g. Iran, objected. Others, i.e. Russia, did not. Iran vs. Iraq.",
			[]string{"Some states, e.g. Iran, objected.", "Others, i.e. Russia, did not.", "Iran vs. Iraq."}},
		{"No. 5 was hit. No. Nobody came.",
			[]string{"No. 5 was hit.", "No.", "Nobody came."}},
		{`"Why?" he asked. "Because!" She left.`,
			[]string{`"Why?" he asked.`, `"Because!"`, `She left.`}},
		{"He said: “We will respond.” Moscow denied it.",
			[]string{"He said: “We will respond.”", "Moscow denied it."}},
		{"He left (finally.) Then he returned.",
			[]string{"He left (finally.)", "Then he returned."}},
		{"He paused… Then he spoke. Wait... what? Really?! Yes.",
			[]string{"He paused…", "Then he spoke.", "Wait... what?", "Really?!", "Yes."}},
		{"Visit example.com today. Version 2.0 shipped.",
			[]string{"Visit example.com today.", "Version 2.0 shipped."}},
		{"Title line\nFirst sentence here. Second one.\n\nNew paragraph",
			[]string{"Title line", "First sentence here.", "Second one.", "New paragraph"}},
		{"The minister said\nthat talks would resume.\r\n\r\nNext.",
			[]string{"The minister said\nthat talks would resume.", "Next."}},
		// Arabic
		{"قال الوزير إن المحادثات مستمرة. وأضاف أن الوفد سيعود؟ نعم؛ ثم غادر",
			[]string{"قال الوزير إن المحادثات مستمرة.", "وأضاف أن الوفد سيعود؟", "نعم؛", "ثم غادر"}},
		{"قال د. محمد إن الوضع هادئ. «لن نتراجع.» وانتهى الاجتماع!",
			[]string{"قال د. محمد إن الوضع هادئ.", "«لن نتراجع.»", "وانتهى الاجتماع!"}},
		{"\u200fأعلنت مصر الحداد. \u200fوقالت الحكومة\u200f",
			[]string{"أعلنت مصر الحداد.", "وقالت الحكومة"}},
		{"انتهى الاجتماع.وقال الوزير إن د.محمد حضر",
			[]string{"انتهى الاجتماع.", "وقال الوزير إن د.محمد حضر"}},
		{"هل تدعم روسيا إيران؟لا",
			[]string{"هل تدعم روسيا إيران؟", "لا"}},
		// Chinese
		{"中国支持哈萨克斯坦。俄罗斯呢？好！",
			[]string{"中国支持哈萨克斯坦。", "俄罗斯呢？", "好！"}},
		// edge cases
		{"", nil},
		{"   \n\t ", nil},
		{"No terminator", []string{"No terminator"}},
		{"...", []string{"..."}},
	}
	for _, c := range cases {
		if got := sentenceTexts(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Sentences(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestSentencesProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		checkSentences(t, randomText(r, r.IntN(60)))
	}
}

// checkSentences: spans in order, non-overlapping, non-empty, in range, on
// rune boundaries, trimmed, and no non-space text lost between them.
func checkSentences(t testing.TB, s string) {
	bd := boundaries(s)
	prev := 0
	for _, sp := range Sentences(s) {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
			t.Fatalf("Sentences(%q): bad span %v after %d", s, sp, prev)
		}
		if !bd[sp.Start] || !bd[sp.End] {
			t.Fatalf("Sentences(%q): span %v not on rune boundaries", s, sp)
		}
		r, _ := utf8.DecodeRuneInString(s[sp.Start:])
		l, _ := utf8.DecodeLastRuneInString(s[:sp.End])
		if unicode.IsSpace(r) || unicode.IsSpace(l) {
			t.Fatalf("Sentences(%q): span %q not trimmed", s, s[sp.Start:sp.End])
		}
		if gap := s[prev:sp.Start]; strings.TrimFunc(gap, func(r rune) bool { return unicode.IsSpace(r) || isFormat(r) }) != "" {
			t.Fatalf("Sentences(%q): text %q lost between sentences", s, gap)
		}
		prev = sp.End
	}
	if gap := s[prev:]; strings.TrimFunc(gap, func(r rune) bool { return unicode.IsSpace(r) || isFormat(r) }) != "" {
		t.Fatalf("Sentences(%q): trailing text %q lost", s, gap)
	}
}

// boundaries marks the offsets of s where a rune starts when s is decoded
// from the beginning (invalid bytes decode one at a time), and len(s).
func boundaries(s string) []bool {
	b := make([]bool, len(s)+1)
	for j := 0; j < len(s); {
		b[j] = true
		_, sz := utf8.DecodeRuneInString(s[j:])
		j += sz
	}
	b[len(s)] = true
	return b
}

// boundary reports whether i is a rune boundary of s (see boundaries).
func boundary(s string, i int) bool {
	return i >= 0 && i <= len(s) && boundaries(s)[i]
}
