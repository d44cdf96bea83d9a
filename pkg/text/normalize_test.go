package text

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalizeWord(t *testing.T) {
	cases := []struct{ in, want string }{
		// Latin
		{"sanchez", "sanchez"},
		{"Sánchez", "sanchez"},
		{"Sa\u0301nchez", "sanchez"}, // decomposed accent
		{"Zelenskyy", "zelenskyy"},
		{"Zelenskiy", "zelenskiy"},
		{"Erdoğan", "erdogan"},
		{"İstanbul", "istanbul"},
		{"Kılıçdaroğlu", "kilicdaroglu"},
		{"Straße", "strasse"},
		{"Łódź", "lodz"},
		{"ＵＳＡ", "usa"}, // full width
		{"ﬁnance", "finance"},
		{"Russia’s", "russia's"},
		{"Côte", "cote"},
		// other cased scripts
		{"МОСКВА", "москва"},
		{"Ёлка", "елка"},
		{"Йемен", "йемен"},
		{"ΟΔΟΣ", "οδοσ"},
		// Arabic
		{"إِيرَان", "ايران"},
		{"أن", "ان"},
		{"آسيا", "اسيا"},
		{"ٱلله", "الله"},
		{"فى", "في"},
		{"التى", "التي"},
		{"إلى", "الي"},
		{"الى", "الي"},
		{"العاصمة", "العاصمه"},
		{"مـــصـر", "مصر"},
		{"القرآن", "القران"},
		{"الشئون", "الشيون"},
		{"مسؤول", "مسيول"},
		{"مسئول", "مسيول"},
		{"الشؤون", "الشيون"},
		{"الرئيس", "الرييس"},
		{"\u0627\u0654\u0645\u0646", "امن"}, // alef + combining hamza = أمن
		{"ﻻ", "لا"},                         // presentation form
		{"٢٠٢٤", "2024"},
		{"۱۴۰۳", "1403"},
		{"٣٫٥", "3.5"},
		{"کشور", "كشور"},
		{"ایران", "ايران"},
		// invisible characters
		{"\u200fسوريا\u200b", "سوريا"},
		{"\ufeffBOM", "bom"},
		{"zero\u200dwidth\u200cjoin", "zerowidthjoin"},
		{"\u2066Iran\u2069", "iran"},
		{"", ""},
		{"\xff", "\uFFFD"},
		{"a\xff\xfe\xd8b", "a\uFFFDb"},
	}
	for _, c := range cases {
		if got := NormalizeWord(c.in); got != c.want {
			t.Errorf("NormalizeWord(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if NormalizeWord("Zelenskyy") == NormalizeWord("Zelenskiy") {
		t.Error("Zelenskyy and Zelenskiy must stay distinct")
	}
}

func TestNormalizeWordNoAllocForLowerASCII(t *testing.T) {
	n := testing.AllocsPerRun(100, func() { _ = NormalizeWord("already-lower 123") })
	if n != 0 {
		t.Errorf("NormalizeWord on lower-case ASCII allocates %v times", n)
	}
}

func TestNormalizeText(t *testing.T) {
	s := "Mr. SÁNCHEZ met وزيرِ الخارجيّة in ﻻ ٢٠٢٤."
	n := Normalize(s)
	want := "mr. sanchez met وزير الخارجيه in لا 2024."
	if n.Text != want {
		t.Fatalf("Normalize text = %q, want %q", n.Text, want)
	}
	// Every token's norm occurs in the normalised text and maps back to
	// the token's original span.
	for _, tk := range Tokens(s, Span{0, len(s)}) {
		i := strings.Index(n.Text, tk.Norm)
		if i < 0 {
			t.Fatalf("token norm %q not in %q", tk.Norm, n.Text)
		}
		a, b := n.Orig(i), n.Orig(i+len(tk.Norm))
		if a != tk.Start {
			t.Errorf("token %q: Orig start %d, token start %d", tk.Norm, a, tk.Start)
		}
		// The end may extend over deleted marks up to the next kept rune.
		if b < tk.End || strings.TrimSpace(s[tk.End:b]) != "" && !onlyMarks(s[tk.End:b]) {
			t.Errorf("token %q: Orig end %d, token end %d", tk.Norm, b, tk.End)
		}
	}
	// A match of the folded word maps to exactly the original letters.
	i := strings.Index(n.Text, "الخارجيه")
	if got := s[n.Orig(i):n.Orig(i+len("الخارجيه"))]; got != "الخارجيّة" {
		t.Errorf("mapped back to %q", got)
	}
	if n.Orig(len(n.Text)) != len(s) || n.Orig(0) != 0 {
		t.Error("ends do not map to ends")
	}
	if e := Normalize(""); e.Text != "" || e.Orig(0) != 0 {
		t.Error("empty text")
	}
}

func onlyMarks(s string) bool {
	for _, r := range s {
		if !isHaraka(r) && !isFormat(r) {
			return false
		}
	}
	return true
}

// interesting runes for property tests: every class the folding treats
// specially, plus boundaries and invalid bytes.
var propAlphabet = []string{
	"a", "Z", "é", "e\u0301", "ß", "İ", "ı", " ", "\n", ".", "?", "!", "'", "’", "\"", "3", ",",
	"و", "ب", "ال", "لل", "ة", "ى", "أ", "ؤ", "ئ", "\u0640", "\u064e", "\u0651", "\u0670", "\u0654",
	"٣", "۴", "؟", "؛", "،", "\u200f", "\u200b", "\u200c", "\ufeff", "ﻻ", "ﬁ", "Ｕ",
	"中", "。", "й", "Ё", "ς", "\xff", "\xd8", "…", "U.S.", "Mr.", " J. ", "😀", "\u0301\u0301",
}

func randomText(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(propAlphabet[r.IntN(len(propAlphabet))])
	}
	return b.String()
}

func TestNormalizeProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		s := randomText(r, r.IntN(40))
		checkNormalized(t, s)
		for _, w := range strings.Fields(s) {
			nw := NormalizeWord(w)
			if again := NormalizeWord(nw); again != nw {
				t.Fatalf("NormalizeWord not idempotent on %q: %q then %q", w, nw, again)
			}
		}
	}
}

// checkNormalized checks the offset map: in range, monotonic, on rune
// boundaries of the original, ends mapped to ends, and the normalised
// text valid UTF-8.
func checkNormalized(t testing.TB, s string) {
	n := Normalize(s)
	bd := boundaries(s)
	if !utf8.ValidString(n.Text) {
		t.Fatalf("Normalize(%q) produced invalid UTF-8 %q", s, n.Text)
	}
	prev := 0
	for i := 0; i <= len(n.Text); i++ {
		o := n.Orig(i)
		if o < prev || o > len(s) {
			t.Fatalf("Normalize(%q): Orig(%d) = %d after %d (len %d)", s, i, o, prev, len(s))
		}
		if i < len(n.Text) && !utf8.RuneStart(n.Text[i]) {
			continue // offsets inside a rune are not promised to be boundaries
		}
		if !bd[o] {
			t.Fatalf("Normalize(%q): Orig(%d) = %d is inside a rune", s, i, o)
		}
		prev = o
	}
	if n.Orig(len(n.Text)) != len(s) {
		t.Fatalf("Normalize(%q): end maps to %d", s, n.Orig(len(n.Text)))
	}
}

// Every BMP rune alone, and after a Latin and an Arabic letter, folds
// idempotently: dictionary keys folded twice still match the text.
func TestNormalizeWordIdempotentAllRunes(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		for _, w := range []string{string(r), "e" + string(r), "ب" + string(r)} {
			nw := NormalizeWord(w)
			if again := NormalizeWord(nw); again != nw {
				t.Errorf("U+%04X: NormalizeWord(%q) = %q, again %q", r, w, nw, again)
			}
		}
	}
}
