package text

import (
	"sort"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Span is a half-open byte range [Start,End) in the ORIGINAL text.
type Span struct{ Start, End int }

// Normalized is a whole normalised copy of a text with a map back to the
// original byte offsets, for callers that match on whole strings.
type Normalized struct {
	Text    string
	origLen int
	cps     []checkpoint
}

// checkpoint says: normalised bytes from norm on come from original bytes
// from orig on. A linear checkpoint maps byte by byte (the chunk was copied
// or replaced rune-for-rune with equal byte length); a non-linear one maps
// every byte of its chunk to the chunk start (expansions, contractions).
type checkpoint struct {
	norm, orig int
	linear     bool
}

// Normalize folds the whole of s exactly as NormalizeWord folds each word
// (spaces and punctuation are kept, format characters are deleted) and
// records where each normalised byte came from.
func Normalize(s string) Normalized {
	m := offsetMap{}
	buf := appendFold(make([]byte, 0, len(s)), s, &m)
	return Normalized{Text: string(buf), origLen: len(s), cps: m.cps}
}

// Orig returns the byte offset in the original text of byte i of n.Text.
// i == len(n.Text) maps to len(original). The map is monotonic, so a
// normalised match [i,j) maps to the original span [Orig(i),Orig(j)), which
// includes any diacritics or format characters deleted inside it.
func (n Normalized) Orig(i int) int {
	if i >= len(n.Text) {
		return n.origLen
	}
	if i <= 0 || len(n.cps) == 0 {
		if len(n.cps) > 0 && i >= 0 {
			return n.cps[0].orig
		}
		return 0
	}
	k := sort.Search(len(n.cps), func(k int) bool { return n.cps[k].norm > i }) - 1
	if k < 0 {
		return 0
	}
	c := n.cps[k]
	o := c.orig
	if c.linear {
		o += i - c.norm
	}
	if o > n.origLen {
		o = n.origLen
	}
	return o
}

type offsetMap struct{ cps []checkpoint }

// add records that output starting at norm comes from input starting at orig.
func (m *offsetMap) add(normOff, orig int, linear bool) {
	if n := len(m.cps); n > 0 {
		last := &m.cps[n-1]
		if linear && last.linear && last.orig+(normOff-last.norm) == orig {
			return // continues the previous linear run
		}
		if last.norm == normOff {
			// The previous chunk produced no output (deleted marks).
			*last = checkpoint{normOff, orig, linear}
			return
		}
	}
	m.cps = append(m.cps, checkpoint{normOff, orig, linear})
}

// NormalizeWord folds one word for matching; see the package documentation
// for what is folded. It is idempotent, and returns w itself (no
// allocation) when w is ASCII without upper-case letters.
func NormalizeWord(w string) string {
	if asciiLower(w) {
		return w
	}
	return string(appendFold(make([]byte, 0, len(w)), w, nil))
}

// asciiLower reports whether s is entirely ASCII with no upper-case letters
// (such a string is already normalised).
func asciiLower(s string) bool {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b >= 0x80 || (b >= 'A' && b <= 'Z') {
			return false
		}
	}
	return true
}

// appendFold appends the folded form of s to dst. If m is not nil it
// records the offset map. Each run of invalid UTF-8 bytes becomes one
// U+FFFD.
func appendFold(dst []byte, s string, m *offsetMap) []byte {
	tablesOnce.Do(buildTables)
	prevLatin := false
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf && (i+1 == len(s) || s[i+1] < utf8.RuneSelf) {
			// ASCII followed by ASCII: nothing can compose with it.
			if m != nil {
				m.add(len(dst), i, true)
			}
			if b >= 'A' && b <= 'Z' {
				b += 'a' - 'A'
			}
			dst = append(dst, b)
			prevLatin = (b >= 'a' && b <= 'z')
			i++
			continue
		}
		var r rune
		sz := 2
		if b >= 0xC2 && b < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// Two-byte rune (Latin, Greek, Cyrillic, Hebrew, Arabic):
			// decoded inline, this is the hot path for Arabic text.
			r = rune(b&0x1F)<<6 | rune(s[i+1]&0x3F)
		} else {
			r, sz = utf8.DecodeRuneInString(s[i:])
		}
		if r == utf8.RuneError && sz == 1 {
			// A run of invalid bytes becomes one U+FFFD (one checkpoint,
			// however long the run).
			k := i + 1
			for k < len(s) && s[k] >= utf8.RuneSelf {
				if r2, sz2 := utf8.DecodeRuneInString(s[k:]); r2 != utf8.RuneError || sz2 != 1 {
					break
				}
				k++
			}
			if m != nil {
				m.add(len(dst), i, false)
			}
			dst = append(dst, "\uFFFD"...)
			prevLatin = false
			i = k
			continue
		}
		// The NFKC segment: r plus every following rune that may combine
		// with it.
		j := i + sz
		for j < len(s) && s[j] >= utf8.RuneSelf {
			var r2 rune
			sz2 := 2
			if c := s[j]; c >= 0xC2 && c < 0xE0 && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
				r2 = rune(c&0x1F)<<6 | rune(s[j+1]&0x3F)
			} else {
				r2, sz2 = utf8.DecodeRuneInString(s[j:])
			}
			if boundaryBefore(r2) {
				break
			}
			j += sz2
		}
		start := len(dst)
		linear := false
		switch {
		case j == i+sz && nfkcStable(r):
			dst, prevLatin = foldRune(dst, r, prevLatin)
			linear = m != nil && singleRuneOfLen(dst[start:], sz)
		case j > i+sz && marksFoldAway(r, s[i+sz:j]):
			// Base letter plus diacritics that folding deletes anyway:
			// composing first would give the same result.
			dst, prevLatin = foldRune(dst, r, prevLatin)
			linear = m != nil && singleRuneOfLen(dst[start:], sz)
		default:
			dst, prevLatin = foldString(dst, norm.NFKC.String(s[i:j]), prevLatin)
		}
		if m != nil {
			m.add(start, i, linear)
		}
		i = j
	}
	return dst
}

func singleRuneOfLen(b []byte, n int) bool {
	if len(b) != n {
		return false
	}
	_, sz := utf8.DecodeRune(b)
	return sz == n
}

// foldString folds already NFKC-normalised text rune by rune.
func foldString(dst []byte, s string, prevLatin bool) ([]byte, bool) {
	for _, r := range s {
		dst, prevLatin = foldRune(dst, r, prevLatin)
	}
	return dst, prevLatin
}

// marksFoldAway reports whether marks (the combining tail of a segment
// starting with base) are all deleted by foldRune after base, so the
// segment folds to fold(base) with or without NFKC composition: Arabic
// harakat after an Arabic letter, Latin diacritics after a Latin letter.
func marksFoldAway(base rune, marks string) bool {
	switch {
	case base >= 0x0600 && base <= 0x06FF:
		for _, r := range marks {
			if !isHaraka(r) {
				return false
			}
		}
		return true
	case isLatinLetter(base):
		for _, r := range marks {
			if r < 0x0300 || r > 0x036F {
				return false
			}
		}
		return true
	}
	return false
}

func isHaraka(r rune) bool { return (r >= 0x064B && r <= 0x065F) || r == 0x0670 }

func isLatinLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return (r|0x20) >= 'a' && (r|0x20) <= 'z'
	case r >= 0xC0 && r <= 0x24F, r >= 0x1E00 && r <= 0x1EFF:
		return r != 0xD7 && r != 0xF7
	}
	return false
}

// foldRune appends the folded form of one NFKC-normalised rune.
// prevLatin says whether the previous output rune was a Latin letter (a
// combining mark after it is a diacritic to delete).
func foldRune(dst []byte, r rune, prevLatin bool) ([]byte, bool) {
	switch {
	case r < utf8.RuneSelf:
		b := byte(r)
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		return append(dst, b), b >= 'a' && b <= 'z'
	case r >= 0x0600 && r <= 0x06FF:
		m := arabicMap[r-0x0600]
		switch {
		case m == 0:
			return dst, prevLatin // deleted: the next mark still follows the same base
		case m < utf8.RuneSelf:
			return append(dst, byte(m)), false // digit
		}
		return append(dst, byte(0xC0|m>>6), byte(0x80|m&0x3F)), false
	case r >= 0xC0 && r <= 0x24F:
		return append(dst, latinMap[r-0xC0]...), r != 0xD7 && r != 0xF7
	case r >= 0x1E00 && r <= 0x1EFF:
		return append(dst, latinExtMap[r-0x1E00]...), true
	case r >= 0x0300 && r <= 0x036F:
		if prevLatin {
			return dst, true
		}
		return utf8.AppendRune(dst, r), false
	}
	switch r {
	case '\u2018', '\u2019', '\u02BC', '\u02BB', '\u2032', '\u02B9':
		return append(dst, '\''), false
	case 'ς':
		return utf8.AppendRune(dst, 'σ'), false
	case 'ё', 'Ё':
		return utf8.AppendRune(dst, 'е'), false
	case 'ı':
		return append(dst, 'i'), true
	}
	if isFormat(r) {
		return dst, prevLatin
	}
	return utf8.AppendRune(dst, unicode.ToLower(r)), false
}

// isFormat reports invisible format characters (ZWJ, ZWNJ, LRM, RLM, BOM,
// ZWSP, bidi embeddings and isolates, soft hyphen, Arabic letter mark):
// they carry no meaning for matching and are deleted.
func isFormat(r rune) bool {
	switch {
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x206F,
		r == 0xFEFF, r == 0x00AD, r == 0x061C, r == 0x180E:
		return true
	}
	return r > 0x2000 && unicode.Is(unicode.Cf, r)
}

var (
	tablesOnce  sync.Once
	arabicMap   [0x100]rune // U+0600..U+06FF -> folded rune, 0 = delete
	latinMap    [0x24F - 0xC0 + 1]string
	latinExtMap [0x100]string

	// nfkcFlags holds, for each BMP rune, flagBoundary (NFKC never
	// combines it with what precedes) and flagStable (NFKC leaves it
	// unchanged on its own). It is filled 256 runes at a time on first
	// use: filling all of it costs tens of milliseconds at start-up, and
	// a text touches only a few blocks.
	nfkcFlags  [0x10000]uint8
	blockReady [0x100]atomic.Bool
	blockMu    sync.Mutex
)

const (
	flagBoundary = 1 << iota
	flagStable
)

func nfkcFlag(r rune) uint8 {
	blk := r >> 8
	if !blockReady[blk].Load() {
		fillBlock(blk)
	}
	return nfkcFlags[r]
}

func fillBlock(blk rune) {
	blockMu.Lock()
	defer blockMu.Unlock()
	if blockReady[blk].Load() {
		return
	}
	var b [utf8.UTFMax]byte
	for r := blk << 8; r < (blk+1)<<8; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			nfkcFlags[r] = flagBoundary // never decoded: RuneError instead
			continue
		}
		n := utf8.EncodeRune(b[:], r)
		var f uint8
		if norm.NFKC.Properties(b[:n]).BoundaryBefore() {
			f |= flagBoundary
		}
		if norm.NFKC.IsNormal(b[:n]) {
			f |= flagStable
		}
		nfkcFlags[r] = f
	}
	blockReady[blk].Store(true)
}

func boundaryBefore(r rune) bool {
	if r < utf8.RuneSelf {
		return true
	}
	if r < 0x10000 {
		return nfkcFlag(r)&flagBoundary != 0
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	return norm.NFKC.Properties(b[:n]).BoundaryBefore()
}

func nfkcStable(r rune) bool {
	if r < 0x10000 {
		return nfkcFlag(r)&flagStable != 0
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	return norm.NFKC.IsNormal(b[:n])
}

func buildTables() {
	for i := range arabicMap {
		arabicMap[i] = 0x0600 + rune(i)
	}
	set := func(from, to rune) { arabicMap[from-0x0600] = to }
	for _, r := range "أإآٱ" {
		set(r, 'ا')
	}
	set('ى', 'ي')
	set('ة', 'ه')
	set('ی', 'ي') // Persian yeh
	set('ک', 'ك') // Persian keheh
	// Lossy: the seat of a medial hamza varies between writers (wire copy
	// writes الشئون and مسئول for الشؤون and مسؤول), so both seats fold to
	// one letter; ي because ئ is by far the more frequent (رئيس).
	set('ؤ', 'ي')
	set('ئ', 'ي')
	// Compositions with hamza above that NFKC would form from a letter
	// plus U+0654, folded back so that composed and decomposed input agree.
	set('\u06C0', '\u06D5')
	set('\u06C2', '\u06C1')
	set('\u06D3', '\u06D2')
	set('\u0640', 0) // tatweel
	for r := rune(0x064B); r <= 0x065F; r++ {
		set(r, 0)
	}
	set('\u0670', 0)
	for r := rune(0x0600); r <= 0x0605; r++ {
		set(r, 0) // number signs (format characters)
	}
	set('\u061C', 0) // Arabic letter mark
	for d := rune(0); d < 10; d++ {
		set(0x0660+d, '0'+d)
		set(0x06F0+d, '0'+d)
	}
	set('\u066B', '.') // Arabic decimal separator
	set('\u066C', ',') // Arabic thousands separator

	special := map[rune]string{
		'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
		'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d",
		'ħ': "h", 'Ħ': "h", 'ı': "i", 'þ': "th", 'Þ': "th", 'ð': "d", 'Ð': "d",
		'ŀ': "l", 'Ŀ': "l", 'ĸ': "k", 'ŉ': "n", 'ſ': "s",
	}
	latin := func(r rune) string {
		if s, ok := special[r]; ok {
			return s
		}
		if !unicode.IsLetter(r) {
			return string(r)
		}
		var out []byte
		for _, d := range norm.NFKD.String(string(r)) {
			switch {
			case unicode.Is(unicode.Mn, d):
			case special[d] != "": // Ǿ -> Ø + acute -> o
				out = append(out, special[d]...)
			default:
				out = utf8.AppendRune(out, unicode.ToLower(d))
			}
		}
		return string(out)
	}
	for r := rune(0xC0); r <= 0x24F; r++ {
		latinMap[r-0xC0] = latin(r)
	}
	for r := rune(0x1E00); r <= 0x1EFF; r++ {
		latinExtMap[r-0x1E00] = latin(r)
	}
}
