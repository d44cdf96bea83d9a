package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/clipperhouse/uax29/v2/words"
)

// Token is one word of the original text.
type Token struct {
	// Norm is the normalised form for matching (see NormalizeWord).
	Norm string
	// Start and End are byte offsets in the ORIGINAL text.
	Start, End int
	// Arabic is set when the word contains Arabic letters.
	Arabic bool
	// Bases are the candidate forms to look up, most specific first; the
	// first is always Norm. Arabic: proclitics (و|ف)?(ب|ل|ك)?(ال)? stripped
	// step by step, e.g. وبالعاصمة -> [وبالعاصمه بالعاصمه العاصمه عاصمه],
	// with لل... also read as ال... (للقوات -> القوات). Latin: a possessive
	// 's or an elided article (l', d', dell') stripped: russia's -> russia,
	// l'armee -> armee. Callers must not modify the slice.
	Bases []string
}

// Tokens returns the word tokens of s[span.Start:span.End] with offsets
// relative to s: UAX#29 words, punctuation and spaces dropped, numbers kept
// (3.5 and 1,000 are one token each). "U.S." yields the token "u.s" (UAX#29
// keeps inner dots, the final dot is punctuation). A span outside s is
// clipped; offsets are always on rune boundaries of s. The result is freshly
// allocated; a hot loop can use a Tokenizer to reuse memory.
func Tokens(s string, span Span) []Token {
	var z Tokenizer
	return z.Tokens(s, span)
}

// Tokenizer tokenises like Tokens but reuses its token and bases buffers
// from call to call, which removes most of the allocation (and, on a busy
// machine, most of the cost) of tokenising many sentences. The slice
// returned by Tokens (and each Token's Bases) is only valid until the next
// call; the Norm strings stay valid for ever. The zero value is ready to
// use; a Tokenizer must not be used by two goroutines at once.
type Tokenizer struct {
	toks  []Token
	bases []string
}

// Tokens is the reusing form of the package function Tokens.
func (z *Tokenizer) Tokens(s string, span Span) []Token {
	span = clipSpan(s, span)
	sub := s[span.Start:span.End]
	if sub == "" {
		return nil
	}
	if want := strings.Count(sub, " ") + 1; cap(z.toks) < want {
		z.toks = make([]Token, 0, want)
	}
	if want := cap(z.toks) + cap(z.toks)/2; cap(z.bases) < want {
		z.bases = make([]string, 0, want)
	}
	toks, bases := z.toks[:0], z.bases[:0]
	// Folded norms are appended to one arena and handed out as strings
	// pointing into it (see arenaString). The arena is never reused.
	var arena []byte
	it := words.FromString(sub)
	for it.Next() {
		a, b := it.Start(), it.End()
		w := sub[a:b]
		ascii, alnum, upper := classifyASCII(w)
		if ascii && !alnum || !ascii && !hasWordChar(w) {
			continue // punctuation, space
		}
		if !ascii {
			// Format characters attach to the preceding character in
			// UAX#29; keep them out of the token span.
			a, b = trimFormat(sub, a, b)
			w = sub[a:b]
		}
		t := Token{Start: span.Start + a, End: span.Start + b}
		if ascii && !upper {
			t.Norm = w
		} else {
			if arena == nil {
				arena = make([]byte, 0, len(sub)-a+8)
			}
			off := len(arena)
			arena = appendFold(arena, w, nil)
			if len(arena) == off {
				continue // nothing left after folding (e.g. only tatweel)
			}
			t.Norm = arenaString(arena[off:])
		}
		first := len(bases)
		bases = append(bases, t.Norm)
		if !ascii && isArabicWord(t.Norm) {
			t.Arabic = true
			bases = appendArabicBases(bases, t.Norm)
		} else if strings.IndexByte(t.Norm, '\'') >= 0 {
			bases = appendApostropheBases(bases, t.Norm)
		}
		t.Bases = bases[first:len(bases):len(bases)]
		toks = append(toks, t)
	}
	if cap(toks) > cap(z.toks) {
		z.toks = toks[:0]
	}
	if cap(bases) > cap(z.bases) {
		z.bases = bases[:0]
	}
	if len(toks) == 0 {
		return nil
	}
	return toks
}

// arenaString returns b as a string without copying. This is safe because
// Tokens only ever appends to its arena: bytes once handed out are never
// written again (a reallocation copies them and leaves the old array, still
// referenced by the strings, untouched).
func arenaString(b []byte) string {
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// NormalizePhrase normalises a multi-word dictionary phrase into its token
// norms, with exactly the tokenisation and folding of Tokens, so that a
// dictionary key and a text match iff their words match.
func NormalizePhrase(p string) []string {
	toks := Tokens(p, Span{0, len(p)})
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Norm
	}
	return out
}

// clipSpan keeps span inside s and on rune boundaries.
func clipSpan(s string, sp Span) Span {
	sp.Start = min(max(sp.Start, 0), len(s))
	sp.End = min(max(sp.End, 0), len(s))
	if sp.Start > sp.End {
		return Span{sp.End, sp.End}
	}
	for sp.Start < sp.End && !utf8.RuneStart(s[sp.Start]) {
		sp.Start++
	}
	for sp.End > sp.Start && sp.End < len(s) && !utf8.RuneStart(s[sp.End]) {
		sp.End--
	}
	return sp
}

// classifyASCII reports whether w is all ASCII and, if so, whether it has
// a letter or digit and whether it has an upper-case letter.
func classifyASCII(w string) (ascii, alnum, upper bool) {
	for i := 0; i < len(w); i++ {
		b := w[i]
		switch {
		case b >= utf8.RuneSelf:
			return false, false, false
		case b >= 'a' && b <= 'z', b >= '0' && b <= '9':
			alnum = true
		case b >= 'A' && b <= 'Z':
			alnum, upper = true, true
		}
	}
	return true, alnum, upper
}

// hasWordChar reports whether w contains a letter or a digit.
func hasWordChar(w string) bool {
	for i := 0; i < len(w); i++ {
		b := w[i]
		if b < utf8.RuneSelf {
			if (b|0x20) >= 'a' && (b|0x20) <= 'z' || b >= '0' && b <= '9' {
				return true
			}
			continue
		}
		r, sz := utf8.DecodeRuneInString(w[i:])
		if r >= 0x0621 && r <= 0x064A || unicode.IsLetter(r) || unicode.IsNumber(r) {
			if r != 0x0640 { // tatweel alone is not a word
				return true
			}
		}
		i += sz - 1
	}
	return false
}

// trimFormat moves [a,b) inward past format characters at either end.
func trimFormat(s string, a, b int) (int, int) {
	for a < b {
		r, sz := utf8.DecodeRuneInString(s[a:b])
		if !isFormat(r) {
			break
		}
		a += sz
	}
	for b > a {
		r, sz := utf8.DecodeLastRuneInString(s[a:b])
		if !isFormat(r) {
			break
		}
		b -= sz
	}
	return a, b
}

// isArabicWord reports whether a normalised word contains an Arabic letter.
func isArabicWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if b := w[i]; b >= 0xD8 && b <= 0xDB { // lead bytes of U+0600..U+06FF
			r, _ := utf8.DecodeRuneInString(w[i:])
			if r >= 0x0621 && r <= 0x064A || unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// Arabic letters used by the clitic rules (all two bytes in UTF-8).
const (
	arWaw   = "و"
	arFa    = "ف"
	arBa    = "ب"
	arLam   = "ل"
	arKaf   = "ك"
	arAl    = "ال"
	arLamLa = "لل"
	arLen   = 2 // bytes per letter of the Arabic block
)

// arFunctionWords are the normalised two-letter particles and pronouns
// that و and ف attach to (ولم، فإن، وقد، وهو): the exception to keeping و
// on words under 4 letters, so that negation and complementisers are seen.
var arFunctionWords = map[string]bool{
	"ان": true, "لم": true, "لن": true, "لا": true, "ما": true, "قد": true,
	"هو": true, "هي": true, "من": true, "في": true, "عن": true, "مع": true,
	"لو": true, "اذ": true, "كم": true, "هم": true, "ثم": true,
}

// appendArabicBases appends the proclitic-stripped candidates of the
// normalised Arabic word w (w itself is already in bases): optional و or ف
// (only on words of >= 4 letters, or before a two-letter particle), then optional ب ل ك, then optional ال,
// each step kept only if >= 2 letters remain. لل+X is read both as ل+الX
// (للقوات -> القوات) and as ل+لX (للبنان -> لبنان).
func appendArabicBases(bases []string, w string) []string {
	n := utf8.RuneCountInString(w)
	rest := w
	if (strings.HasPrefix(rest, arWaw) || strings.HasPrefix(rest, arFa)) &&
		(n >= 4 || n == 3 && arFunctionWords[rest[arLen:]]) {
		rest = rest[arLen:]
		n--
		bases = append(bases, rest)
	}
	if n >= 4 && strings.HasPrefix(rest, arLamLa) {
		x := rest[2*arLen:]
		bases = append(bases, arAl+x, rest[arLen:])
		if n-2 >= 2 {
			bases = append(bases, x)
		}
		return bases
	}
	if n-1 >= 2 && (strings.HasPrefix(rest, arBa) || strings.HasPrefix(rest, arLam) || strings.HasPrefix(rest, arKaf)) {
		rest = rest[arLen:]
		n--
		bases = append(bases, rest)
	}
	if n-2 >= 2 && strings.HasPrefix(rest, arAl) {
		bases = append(bases, rest[2*arLen:])
	}
	return bases
}

// appendApostropheBases adds the Latin-script forms without a possessive
// 's (russia's -> russia) or without a short elided article or preposition
// before the apostrophe (l'armee -> armee, dell'iran -> iran).
func appendApostropheBases(bases []string, w string) []string {
	if strings.HasSuffix(w, "'s") && len(w) > 3 {
		return append(bases, w[:len(w)-2])
	}
	if i := strings.IndexByte(w, '\''); i > 0 && i <= 4 && i+2 < len(w) {
		return append(bases, w[i+1:])
	}
	return bases
}

// arabicEncliticSuffixes are the enclitic pronouns, longest first.
var arabicEncliticSuffixes = []string{"هما", "ها", "هم", "كم", "نا", "ه", "ي"}

// ArabicEnclitics returns the candidates of the normalised Arabic word w
// with one enclitic pronoun (ه ها هم هما كم نا ي) stripped, longest suffix
// first, keeping at least 3 letters: نظيره -> [نظير], حدودها -> [حدود].
// w itself is not included. Note that after normalisation ة is ه, so
// العاصمه also yields العاصم; callers try the unstripped form first.
func ArabicEnclitics(w string) []string {
	var out []string
	n := utf8.RuneCountInString(w)
	for _, suf := range arabicEncliticSuffixes {
		if !strings.HasSuffix(w, suf) {
			continue
		}
		if n-utf8.RuneCountInString(suf) < 3 {
			continue
		}
		out = append(out, w[:len(w)-len(suf)])
	}
	return out
}
