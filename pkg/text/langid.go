package text

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Language identification: the script decides first (most scripts are used
// by one language in news), then, for Latin script, short stop-word
// profiles written for this package. Stop words are the most frequent
// function words of each language; a word shared by k profiles counts 1/k
// for each. Letters that only some languages use (ñ, ß, ğ, ą ...) add a
// little evidence.

const (
	langMaxLetters = 4096     // letters looked at
	langMaxBytes   = 64 << 10 // bytes looked at, so punctuation floods stay cheap
)

// latinLangs are the languages with a stop-word profile, in bit order.
var latinLangs = []string{"en", "fr", "es", "de", "pt", "it", "tr", "id", "nl", "pl"}

var stopWords = [...]string{
	// en
	"the of and to in a is that for on with as was by at it from he said be are has have were an its which this not but had his they their who after will been would also more than",
	// fr
	"le la les de des du et est un une dans pour que qui sur au aux pas par il elle ont été avec ce cette sont mais plus se sa son ses leur ne à selon lors",
	// es
	"el la los las de del y en que un una por con para es se al lo su sus fue como más pero ha han sobre entre este esta según tras muy",
	// de
	"der die das und ist nicht ein eine zu den dem des mit von auf für im sich auch es sind wird wurde als bei nach aus hat haben dass oder",
	// pt
	"o a os as de do da dos das e em que um uma para com não por no na nos nas foi é ao pelo pela mais mas se seu sua são também segundo",
	// it
	"il lo la gli le di del della dei delle e è un una per che con non in nel nella sono da al alla anche più ma ha come dopo ancora secondo",
	// tr
	"ve bir bu da de için ile olarak olan çok daha gibi ama ne en kadar sonra değil var yok ise ya şu her o dedi tarafından",
	// id
	"yang dan di ke dari ini itu untuk dengan tidak dalam akan pada juga adalah oleh ada sebagai mereka kata telah bahwa karena atau sudah",
	// nl
	"de het een en van in is dat op te zijn niet met voor ook er aan door als maar werd bij om naar heeft hij zij wordt uit",
	// pl
	"i w na z się nie do że to jest o jak po przez od za co ale przy dla są był była oraz jego jej tak także który",
}

// stopIndex maps a stop word to the set of profiles (bit i = latinLangs[i]).
var stopIndex = func() map[string]uint16 {
	m := map[string]uint16{}
	for i, list := range stopWords {
		for _, w := range strings.Fields(list) {
			m[w] |= 1 << i
		}
	}
	return m
}()

// letterHints: letters that point at some Latin-script languages, as
// profile bit sets (see hintSets).
var letterHints = hintSets(map[rune]string{
	'ñ': "es", 'ã': "pt", 'õ': "pt", 'ß': "de", 'ä': "de", 'ö': "de tr", 'ü': "de tr",
	'ğ': "tr", 'ş': "tr", 'ı': "tr", 'ç': "fr pt tr", 'ą': "pl", 'ę': "pl", 'ł': "pl",
	'ś': "pl", 'ż': "pl", 'ź': "pl", 'ć': "pl", 'ń': "pl", 'è': "fr it", 'ê': "fr pt",
	'à': "fr it pt", 'ù': "fr it", 'ì': "it", 'ò': "it", 'œ': "fr",
})

func hintSets(m map[rune]string) map[rune]uint16 {
	out := make(map[rune]uint16, len(m))
	for r, langs := range m {
		for _, l := range strings.Fields(langs) {
			out[r] |= 1 << langIndex(l)
		}
	}
	return out
}

// scripts other than Latin, Arabic, Cyrillic and Han/kana, with the
// language that writes them in news.
var scriptLangs = []struct {
	table *unicode.RangeTable
	lang  string
}{
	{unicode.Hebrew, "he"}, {unicode.Greek, "el"}, {unicode.Hangul, "ko"},
	{unicode.Devanagari, "hi"}, {unicode.Thai, "th"}, {unicode.Armenian, "hy"},
	{unicode.Georgian, "ka"}, {unicode.Bengali, "bn"}, {unicode.Tamil, "ta"},
	{unicode.Ethiopic, "am"}, {unicode.Gujarati, "gu"}, {unicode.Gurmukhi, "pa"},
	{unicode.Telugu, "te"}, {unicode.Kannada, "kn"}, {unicode.Malayalam, "ml"},
	{unicode.Khmer, "km"}, {unicode.Lao, "lo"}, {unicode.Myanmar, "my"},
	{unicode.Sinhala, "si"}, {unicode.Tibetan, "bo"}, {unicode.Mongolian, "mn"},
}

// script classes counted by DetectLanguage.
const (
	scLatin = iota
	scArabic
	scCyrillic
	scHan
	scKana
	scOther // index into scriptLangs follows: scOther+i
)

// DetectLanguage identifies the language of s (ISO 639-1 code) and a
// confidence in [0,1]. The script of the majority of letters decides
// first: Arabic script is "ar" unless Persian letters (پ چ ژ گ ک ی) are
// frequent ("fa") or Urdu ones (ٹ ڈ ڑ ں ے ہ) ("ur"); Cyrillic is "ru"
// ("uk" with і ї є ґ, "bg" with ъ and no ы э, "sr" with ј љ њ); Han is "zh"
// ("ja" with kana); Hebrew "he", Greek "el", Hangul "ko" ... Latin script is
// decided by stop-word profiles (en fr es de pt it tr id nl pl). It returns
// "" and 0 when it cannot tell: no letters, or Latin text without a single
// stop word. Only the first 4096 letters (at most 64 KB) are looked at.
func DetectLanguage(s string) (string, float64) {
	if len(s) > langMaxBytes {
		s = s[:langMaxBytes]
	}
	var counts [scOther + 24]int // scriptLangs has fewer than 24 entries
	var fa, ur, uk, bgHard, ruOnly, sr int
	var scores [16]float64
	var word [24]byte
	wn, wLatin := 0, true
	flush := func() {
		if wn > 0 && wLatin {
			if set, ok := stopIndex[string(word[:wn])]; ok {
				k := 0
				for x := set; x != 0; x &= x - 1 {
					k++
				}
				for i := range latinLangs {
					if set&(1<<i) != 0 {
						scores[i] += 1 / float64(k)
					}
				}
			}
		}
		wn, wLatin = 0, true
	}
	letters := 0
	for i := 0; i < len(s) && letters < langMaxLetters; {
		r, sz := rune(s[i]), 1
		if r < utf8.RuneSelf {
			i++
			if lr := r | 0x20; lr >= 'a' && lr <= 'z' { // ASCII fast path
				letters++
				counts[scLatin]++
				if wn < len(word) {
					word[wn] = byte(lr)
					wn++
				} else {
					wLatin = false
				}
			} else if r != '\'' {
				flush()
			}
			continue
		}
		r, sz = utf8.DecodeRuneInString(s[i:])
		i += sz
		if !unicode.IsLetter(r) {
			if r == '\'' || r == '’' || unicode.Is(unicode.Mn, r) {
				continue // inside a word
			}
			flush()
			continue
		}
		letters++
		switch {
		case r < 0x250 || (r >= 0x1E00 && r <= 0x1EFF):
			counts[scLatin]++
			lr := r
			if r < utf8.RuneSelf {
				lr |= 0x20 // ASCII letter to lower case
			} else {
				lr = unicode.ToLower(r)
				for set := letterHints[lr]; set != 0; set &= set - 1 {
					scores[bits.TrailingZeros16(set)] += 0.3
				}
			}
			if wn+utf8.RuneLen(lr) <= len(word) {
				wn += utf8.EncodeRune(word[wn:], lr)
			} else {
				wLatin = false // too long to be a stop word
			}
			continue
		case r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F || r >= 0xFB50 && r <= 0xFEFF:
			counts[scArabic]++
			switch r {
			case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی':
				fa++
			case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ہ', 'ھ':
				ur++
			}
		case r >= 0x0400 && r <= 0x052F:
			counts[scCyrillic]++
			switch r {
			case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ':
				uk++
			case 'ъ':
				bgHard++
			case 'ы', 'э', 'Ы', 'Э':
				ruOnly++
			case 'ј', 'љ', 'њ', 'ћ', 'ђ', 'Ј', 'Љ', 'Њ', 'Ћ', 'Ђ':
				sr++
			}
		case unicode.Is(unicode.Han, r):
			counts[scHan]++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			counts[scKana]++
		default:
			for k, sl := range scriptLangs {
				if unicode.Is(sl.table, r) {
					counts[scOther+k]++
					break
				}
			}
		}
		wLatin = false
	}
	flush()
	if letters == 0 {
		return "", 0
	}
	// CJK: kana and Han together are Japanese when kana is present.
	if counts[scKana] > 0 {
		counts[scKana] += counts[scHan]
		counts[scHan] = 0
	}
	best := 0
	for k, c := range counts[:scOther+len(scriptLangs)] {
		if c > counts[best] {
			best = k
		}
	}
	if counts[best] == 0 {
		return "", 0
	}
	share := float64(counts[best]) / float64(letters)
	switch best {
	case scLatin:
		return latinProfile(scores[:len(latinLangs)], share)
	case scArabic:
		n := float64(counts[scArabic])
		switch {
		case float64(ur)/n > 0.02:
			return "ur", share
		case float64(fa)/n > 0.03:
			return "fa", share
		}
		return "ar", share
	case scCyrillic:
		n := float64(counts[scCyrillic])
		switch {
		case float64(uk)/n > 0.01:
			return "uk", share
		case sr > 0 && float64(sr)/n > 0.005:
			return "sr", share
		case ruOnly == 0 && float64(bgHard)/n > 0.01:
			return "bg", share
		}
		return "ru", share
	case scHan:
		return "zh", share
	case scKana:
		return "ja", share
	}
	return scriptLangs[best-scOther].lang, share
}

func langIndex(l string) int {
	for i, x := range latinLangs {
		if x == l {
			return i
		}
	}
	return 0
}

// latinProfile picks the best-scoring Latin-script language. Confidence is
// the script share times the winner's part of all evidence, damped when
// there is little evidence (fewer than 3 stop words).
func latinProfile(scores []float64, share float64) (string, float64) {
	best, total := 0, 0.0
	for i, sc := range scores {
		total += sc
		if sc > scores[best] {
			best = i
		}
	}
	if scores[best] < 0.5 {
		return "", 0
	}
	conf := share * scores[best] / total
	if scores[best] < 3 {
		conf *= scores[best] / 3
	}
	return latinLangs[best], conf
}
