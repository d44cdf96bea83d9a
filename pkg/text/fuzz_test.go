package text

import (
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"",
	"Mr. Smith of the U.S. Army said 3.5 million. He left!",
	"وبالعاصمة، للقوات لللجنة؟ قال د. محمد؛ ثم غادر.",
	"\u200fإِيرَان\u200b ﻻ ٢٠٢٤ ۱۴۰۳ مـــصـر",
	"中国支持哈萨克斯坦。俄罗斯呢？",
	"e\u0301\u0670\u0301 ß İ ı Ё ς ＵＳＡ ﬁ",
	"\xff\xd8\xe2\x80",
	"“Why?” he asked. \"Because!\" She left…\n\nNext",
}

func FuzzNormalize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkNormalized(t, s)
		w := NormalizeWord(s)
		if !utf8.ValidString(w) {
			t.Fatalf("NormalizeWord(%q) invalid UTF-8", s)
		}
		if again := NormalizeWord(w); again != w {
			t.Fatalf("NormalizeWord not idempotent on %q: %q then %q", s, w, again)
		}
		if n := Normalize(s); n.Text != w {
			t.Fatalf("Normalize(%q).Text = %q but NormalizeWord gives %q", s, n.Text, w)
		}
		for _, c := range ArabicEnclitics(w) {
			if len(c) >= len(w) {
				t.Fatalf("ArabicEnclitics(%q) returned %q", w, c)
			}
		}
		DetectLanguage(s)
	})
}

func FuzzSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSentences(t, s)
	})
}

func FuzzTokens(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, 0, len(s))
		f.Add(s, i, len(s)-i)
	}
	f.Fuzz(func(t *testing.T, s string, a, b int) {
		checkTokens(t, s, Span{a, b})
		for _, sp := range Sentences(s) {
			checkTokens(t, s, sp)
		}
		NormalizePhrase(s)
	})
}
