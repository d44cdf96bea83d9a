package text

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"unicode/utf8"
)

func TestTokens(t *testing.T) {
	s := "Russia’s President Putin met the U.S. envoy in Kyiv, 3.5 km away; 1,000 troops."
	toks := Tokens(s, Span{0, len(s)})
	var norms, orig []string
	for _, tk := range toks {
		norms = append(norms, tk.Norm)
		orig = append(orig, s[tk.Start:tk.End])
	}
	wantNorms := []string{"russia's", "president", "putin", "met", "the", "u.s", "envoy", "in", "kyiv", "3.5", "km", "away", "1,000", "troops"}
	if !reflect.DeepEqual(norms, wantNorms) {
		t.Fatalf("norms %q\nwant  %q", norms, wantNorms)
	}
	if orig[0] != "Russia’s" || orig[5] != "U.S" {
		t.Errorf("original spans %q", orig)
	}
	if !reflect.DeepEqual(toks[0].Bases, []string{"russia's", "russia"}) {
		t.Errorf("possessive bases %q", toks[0].Bases)
	}
	if !reflect.DeepEqual(toks[1].Bases, []string{"president"}) || toks[1].Arabic {
		t.Errorf("plain token %+v", toks[1])
	}

	// A sub-span: offsets stay relative to s.
	i := len("Russia’s President ")
	sub := Tokens(s, Span{i, i + len("Putin met")})
	if len(sub) != 2 || s[sub[0].Start:sub[0].End] != "Putin" || s[sub[1].Start:sub[1].End] != "met" {
		t.Errorf("sub-span tokens %+v", sub)
	}
}

func TestTokensArabicBases(t *testing.T) {
	cases := []struct {
		word  string
		bases []string
	}{
		{"وروسيا", []string{"وروسيا", "روسيا"}},
		{"لوزير", []string{"لوزير", "وزير"}},
		{"وزير", []string{"وزير", "زير"}},
		{"بالعاصمة", []string{"بالعاصمه", "العاصمه", "عاصمه"}},
		{"وبالعاصمة", []string{"وبالعاصمه", "بالعاصمه", "العاصمه", "عاصمه"}},
		{"والقوات", []string{"والقوات", "القوات", "قوات"}},
		{"للقوات", []string{"للقوات", "القوات", "لقوات", "قوات"}},
		{"وللقوات", []string{"وللقوات", "للقوات", "القوات", "لقوات", "قوات"}},
		{"لللجنة", []string{"لللجنه", "اللجنه", "للجنه", "لجنه"}},
		{"للبنان", []string{"للبنان", "البنان", "لبنان", "بنان"}},
		{"كالعادة", []string{"كالعاده", "العاده", "عاده"}},
		{"فالصين", []string{"فالصين", "الصين", "صين"}},
		{"الصين", []string{"الصين", "صين"}},
		{"وفد", []string{"وفد"}},       // و kept on words under 4 letters
		{"ولم", []string{"ولم", "لم"}}, // ... except before a particle
		{"فإن", []string{"فان", "ان"}},
		{"وقد", []string{"وقد", "قد"}},
		{"بأن", []string{"بان", "ان"}},
		{"ولا", []string{"ولا", "لا"}},
		{"بر", []string{"بر"}}, // stem would be under 2 letters
		{"إيران", []string{"ايران"}},
		{"وَبِالعَاصِمَةِ", []string{"وبالعاصمه", "بالعاصمه", "العاصمه", "عاصمه"}},
	}
	for _, c := range cases {
		toks := Tokens(c.word, Span{0, len(c.word)})
		if len(toks) != 1 {
			t.Errorf("Tokens(%q) = %d tokens", c.word, len(toks))
			continue
		}
		tk := toks[0]
		if !tk.Arabic || tk.Start != 0 || tk.End != len(c.word) {
			t.Errorf("Tokens(%q) = %+v", c.word, tk)
		}
		if !reflect.DeepEqual(tk.Bases, c.bases) {
			t.Errorf("Bases(%q) = %q, want %q", c.word, tk.Bases, c.bases)
		}
	}
}

func TestTokensArabicSentence(t *testing.T) {
	s := "\u200fفرضت الولايات المتحدة عقوبات على إيران، وقال وزير الخارجيّة إنّ ٣ سفن..."
	var got []string
	for _, tk := range Tokens(s, Span{0, len(s)}) {
		got = append(got, s[tk.Start:tk.End]+"="+tk.Norm)
	}
	want := []string{"فرضت=فرضت", "الولايات=الولايات", "المتحدة=المتحده", "عقوبات=عقوبات", "على=علي",
		"إيران=ايران", "وقال=وقال", "وزير=وزير", "الخارجيّة=الخارجيه", "إنّ=ان", "٣=3", "سفن=سفن"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestTokensEdges(t *testing.T) {
	for _, c := range []struct {
		s  string
		sp Span
		n  int
	}{
		{"", Span{0, 0}, 0},
		{"abc", Span{-5, 99}, 1},
		{"abc def", Span{5, 2}, 0},
		{"إيران", Span{1, 10}, 0}, // starts inside a rune
		{"... !!! ---", Span{0, 11}, 0},
		{"ـــ", Span{0, 6}, 0}, // only tatweel
		{"\u200f\u200f", Span{0, 6}, 0},
	} {
		toks := Tokens(c.s, c.sp)
		for _, tk := range toks {
			if tk.Start < 0 || tk.End > len(c.s) || tk.Start >= tk.End || !boundary(c.s, tk.Start) || !boundary(c.s, tk.End) {
				t.Errorf("Tokens(%q, %v): bad token %+v", c.s, c.sp, tk)
			}
		}
		if c.s == "إيران" {
			// The clipped span starts at the next rune boundary.
			if len(toks) != 1 || toks[0].Start != 2 || toks[0].Norm != "يران" {
				t.Errorf("Tokens(%q, %v) = %+v", c.s, c.sp, toks)
			}
			continue
		}
		if len(toks) != c.n {
			t.Errorf("Tokens(%q, %v) = %d tokens, want %d", c.s, c.sp, len(toks), c.n)
		}
	}
}

func TestNormalizePhrase(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"the U.S.", []string{"the", "u.s"}},
		{"U.S. Army", []string{"u.s", "army"}},
		{"Pedro Sánchez", []string{"pedro", "sanchez"}},
		{"الولايات المتحدة", []string{"الولايات", "المتحده"}},
		{"وسط آسيا", []string{"وسط", "اسيا"}},
		{"  ", []string{}},
	}
	for _, c := range cases {
		if got := NormalizePhrase(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("NormalizePhrase(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// Phrase and text agree on U.S. wherever it stands in a sentence.
	for _, s := range []string{"Sanctions by the U.S. were lifted.", "He flew to the U.S.", "U.S.-led forces"} {
		toks := Tokens(s, Span{0, len(s)})
		found := false
		for _, tk := range toks {
			if tk.Norm == NormalizePhrase("U.S.")[0] {
				found = true
			}
		}
		if !found {
			t.Errorf("U.S. not matched in %q", s)
		}
	}
}

func TestArabicEnclitics(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"نظيره", []string{"نظير"}},
		{"حدودها", []string{"حدود"}},
		{"نظيرهما", []string{"نظير"}},
		{"قواتهم", []string{"قوات"}},
		{"بلادنا", []string{"بلاد"}},
		{"دعمكم", []string{"دعم"}},
		{"تعازيه", []string{"تعازي"}},
		{"كتابي", []string{"كتاب"}},
		{"له", nil},   // too short
		{"ابوه", nil}, // would leave 3? "ابو" is 3 letters: kept
		{"روسيا", nil},
	}
	cases[9].want = []string{"ابو"}
	for _, c := range cases {
		if got := ArabicEnclitics(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("ArabicEnclitics(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTokensProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 3000 {
		s := randomText(r, r.IntN(50))
		a, b := r.IntN(len(s)+1), r.IntN(len(s)+1)
		checkTokens(t, s, Span{a, b})
		checkTokens(t, s, Span{0, len(s)})
	}
}

// checkTokens: tokens in order, inside the span and the text, on rune
// boundaries, with a non-empty valid-UTF-8 Norm that is Bases[0], and the
// norm equal to NormalizeWord of the original token text.
func checkTokens(t testing.TB, s string, sp Span) {
	bd := boundaries(s)
	prev := 0
	for _, tk := range Tokens(s, sp) {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) || tk.Start < sp.Start || tk.End > sp.End {
			t.Fatalf("Tokens(%q, %v): bad token %+v after %d", s, sp, tk, prev)
		}
		if !bd[tk.Start] || !bd[tk.End] {
			t.Fatalf("Tokens(%q, %v): token %+v not on rune boundaries", s, sp, tk)
		}
		if tk.Norm == "" || !utf8.ValidString(tk.Norm) || len(tk.Bases) == 0 || tk.Bases[0] != tk.Norm {
			t.Fatalf("Tokens(%q, %v): bad norm/bases %+v", s, sp, tk)
		}
		if w := NormalizeWord(s[tk.Start:tk.End]); w != tk.Norm {
			t.Fatalf("Tokens(%q, %v): norm %q but NormalizeWord gives %q", s, sp, tk.Norm, w)
		}
		for _, b := range tk.Bases {
			if b == "" {
				t.Fatalf("Tokens(%q, %v): empty base in %+v", s, sp, tk)
			}
		}
		prev = tk.End
	}
}

// Tables are filled lazily; concurrent first use must be safe (run with
// -race) and give the same answers.
func TestConcurrentUse(t *testing.T) {
	s := "Ḿr. Ǿstergaard, Ωmega, ﻻ, إِيرَان, Ёлка, 中国。"
	want := []string{"mr", "ostergaard", "ωmega", "لا", "ايران", "елка", "中", "国"}
	for i := range blockReady { // forget what earlier tests filled in
		blockReady[i].Store(false)
	}
	done := make(chan []string)
	for range 8 {
		go func() { done <- NormalizePhrase(s) }()
	}
	for range 8 {
		if got := <-done; !reflect.DeepEqual(got, want) {
			t.Errorf("concurrent NormalizePhrase = %q, want %q", got, want)
		}
	}
}
