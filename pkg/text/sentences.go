package text

import (
	"unicode"
	"unicode/utf8"
)

// Sentences splits s into sentence spans, each trimmed of surrounding
// white space and format characters, in order and non-overlapping.
//
// A sentence ends at . ! ? … ‼ (Latin), ؟ ؛ ۔ (Arabic script; ؛ is only a
// clause break but clauses are what the coder needs), 。！？ (CJK), with
// any closing quotes or brackets that follow, and at line breaks. A Latin
// terminator does not end a sentence when no space follows (3.5, U.S.A,
// example.com; but انتهى.وقال does end one, Arabic copy often drops the
// space), when the next word starts with a lower-case letter, or
// after a known abbreviation (Mr. Gen. U.S. e.g. Jan. ...) or a single
// initial (J. Smith, Arabic د. for doctor). A single line break does not
// end a sentence when the next line starts lower-case (hard-wrapped text);
// a blank line always does.
//
// The scanner is hand-written rather than UAX#29 because UAX#29 breaks
// after every abbreviation followed by a capital ("Mr. Smith") and does
// not know ؛. It runs in linear time on any input, valid UTF-8 or not.
func Sentences(s string) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(s); {
		b := s[i]
		var r rune
		sz := 1
		if b < utf8.RuneSelf {
			switch b {
			case '.', '!', '?':
				r = rune(b)
			case '\n', '\r', '\v', '\f':
				r = '\n'
			default:
				i++
				continue
			}
		} else {
			r, sz = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isLineBreak(r):
			j, breaks := skipSpace(s, i)
			if breaks >= 2 || !startsLower(s, j) {
				out = appendSpan(out, s, start, i)
				start = j
			}
			i = j
		case isTerminator(r):
			j := i + sz
			for j < len(s) { // run of terminators: ?! ... !!
				r2, sz2 := utf8.DecodeRuneInString(s[j:])
				if !isTerminator(r2) {
					break
				}
				j += sz2
			}
			for j < len(s) { // closing quotes and brackets
				r2, sz2 := utf8.DecodeRuneInString(s[j:])
				if !isCloser(r2) {
					break
				}
				j += sz2
			}
			if endsSentence(s, i, i+sz, j, r) {
				out = appendSpan(out, s, start, j)
				start = j
			}
			i = j
		default:
			i += sz
		}
	}
	return appendSpan(out, s, start, len(s))
}

// appendSpan appends [a,b) trimmed, if anything is left.
func appendSpan(out []Span, s string, a, b int) []Span {
	for a < b {
		r, sz := utf8.DecodeRuneInString(s[a:b])
		if !unicode.IsSpace(r) && !isFormat(r) {
			break
		}
		a += sz
	}
	for b > a {
		r, sz := utf8.DecodeLastRuneInString(s[a:b])
		if !unicode.IsSpace(r) && !isFormat(r) {
			break
		}
		b -= sz
	}
	if a < b {
		out = append(out, Span{a, b})
	}
	return out
}

func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '‼', '⁇', '⁈', '⁉',
		'؟', '؛', '۔', // Arabic question mark, semicolon, Urdu full stop
		'。', '！', '？', '｡', '．':
		return true
	}
	return false
}

func isHardTerminator(r rune) bool {
	switch r {
	case '؟', '؛', '۔', '。', '！', '？', '｡':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}', '」', '』', '）', '】', '〕', '〉', '》':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '‹', '(', '[', '{', '¿', '¡', '「', '『', '（', '【', '〈', '《', '„', '‚':
		return true
	}
	return false
}

// skipSpace returns the end of the white-space run at i and how many line
// breaks it holds (\r\n counts once).
func skipSpace(s string, i int) (int, int) {
	breaks := 0
	for i < len(s) {
		r, sz := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) && !isFormat(r) {
			break
		}
		if isLineBreak(r) && !(r == '\n' && i > 0 && s[i-1] == '\r') {
			breaks++
		}
		i += sz
	}
	return i, breaks
}

// nextWordStart returns the first rune at or after i that is not space,
// format character or opening punctuation, and its offset.
func nextWordStart(s string, i int) (rune, int) {
	for i < len(s) {
		r, sz := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) && !isFormat(r) && !isOpener(r) {
			return r, i
		}
		i += sz
	}
	return -1, i
}

func startsLower(s string, i int) bool {
	r, _ := nextWordStart(s, i)
	return unicode.IsLower(r)
}

// endsSentence decides whether the terminator run starting with first at
// t (first rune ends at t1, run and closers end at j) ends a sentence.
func endsSentence(s string, t, t1, j int, first rune) bool {
	if isHardTerminator(first) || j >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	if !unicode.IsSpace(r) && !isFormat(r) {
		// 3.5, U.S.A, example.com, "no.," : no space, no break. But
		// Arabic copy often omits the space after a full stop
		// (انتهى.وقال); abbreviations with dots are rare there.
		if isArabicLetter(r) {
			return !abbreviationBefore(s, t, r, j)
		}
		return false
	}
	nx, nxAt := nextWordStart(s, j)
	if nx < 0 {
		return true
	}
	if unicode.IsLower(nx) {
		return false
	}
	if first != '.' || t1 != j && s[t1] == '.' {
		return true // ! ? … or "..." : ends unless lower case follows
	}
	return !abbreviationBefore(s, t, nx, nxAt)
}

// abbreviationBefore reports whether the word ending at the dot at t is an
// abbreviation that does not end the sentence, given the next word.
func abbreviationBefore(s string, t int, nx rune, nxAt int) bool {
	// The word: letters and inner dots right before t.
	a := t
	letters, dots := 0, 0
	for a > 0 && t-a < 32 {
		r, sz := utf8.DecodeLastRuneInString(s[:a])
		if r == '.' {
			dots++
		} else if unicode.IsLetter(r) {
			letters++
		} else if !unicode.Is(unicode.Mn, r) {
			break
		}
		a -= sz
	}
	if letters == 0 || t-a >= 32 {
		return false
	}
	w := s[a:t]
	if letters == 1 && dots == 0 {
		// A single initial (J. Smith) or Arabic د. / م. ; not a lower-case
		// Latin letter ("plan a.").
		r, _ := utf8.DecodeRuneInString(w)
		return !unicode.IsLower(r)
	}
	if dots > 0 {
		// Dotted abbreviation: U.S. U.N. e.g. i.e. a.m. Ph.D.
		switch w {
		case "a.m", "p.m", "A.M", "P.M":
			// "at 9 a.m. Police said": ends before a capitalised word
			// that is not a weekday, month or time zone.
			return !capitalisedWord(s, nxAt) || weekdayOrMonth(s, nxAt)
		}
		return true
	}
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt",
		"Sgt", "Adm", "Brig", "Cmdr", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres",
		"Amb", "Messrs", "Mme", "Mlle", "Sr", "Sra", "St", "Mt", "Ft", "Gens",
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"vs", "Vs", "viz", "cf", "approx":
		return true
	case "No", "Nos", "no", "Art", "art", "p", "pp", "Vol", "vol":
		return nx >= '0' && nx <= '9'
	}
	return false
}

// capitalisedWord reports whether the word at i is Capitalised (upper
// then lower case), not an acronym.
func capitalisedWord(s string, i int) bool {
	r, sz := utf8.DecodeRuneInString(s[i:])
	if !unicode.IsUpper(r) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(s[i+sz:])
	return unicode.IsLower(r2)
}

func weekdayOrMonth(s string, i int) bool {
	e := i
	for e < len(s) && e-i < 12 && s[e] >= 'A' && (s[e]|0x20) <= 'z' {
		e++
	}
	switch s[i:e] {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
		"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
		"Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec":
		return true
	}
	return false
}

func isArabicLetter(r rune) bool {
	return r >= 0x0621 && r <= 0x064A || r >= 0x066E && r <= 0x06D3 || r >= 0x06FA && r <= 0x06FF
}
