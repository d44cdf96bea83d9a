package dict

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fold is the comparison key the validator uses to find one phrase given to
// two actors: NFKD without combining marks (Latin accents, Arabic harakat and
// hamza seats: أ إ آ -> ا, ؤ -> و, ئ -> ي), lower case, ى -> ي, ة -> ه,
// ٱ -> ا, Persian ی ک -> ي ك, no tatweel, hyphens and runs of spaces to one
// space. It is deliberately at least as coarse as the coder's normaliser, so
// a collision the coder would see is caught here.
func fold(s string) string {
	if ascii(s) {
		return foldASCII(s)
	}
	if !arabicOrASCII(s) {
		s = norm.NFKD.String(s)
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		// The Arabic letters with a hamza or madda, as NFKD would split them.
		switch r {
		case 'أ', 'إ', 'آ':
			r = 'ا'
		case 'ؤ':
			r = 'و'
		case 'ئ':
			r = 'ي'
		}
		if isMark(r) {
			continue
		}
		switch r {
		case 'ى', 'ی':
			r = 'ي'
		case 'ة':
			r = 'ه'
		case 'ٱ':
			r = 'ا'
		case 'ک':
			r = 'ك'
		case '’', '‘', 'ʼ':
			r = '\''
		case '-', '‐', '–':
			r = ' '
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// isMark reports whether fold drops r: a combining mark, or the tatweel.
func isMark(r rune) bool {
	switch {
	case r < 0x0300:
		return false
	case r >= 0x0600 && r <= 0x06FF: // Arabic: harakat, superscript alef
		return r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640 || unicode.Is(unicode.Mn, r)
	}
	return unicode.Is(unicode.Mn, r)
}

// arabicOrASCII reports whether s holds only ASCII and basic Arabic letters,
// which fold maps without the (slower) Unicode normaliser.
func arabicOrASCII(s string) bool {
	for _, r := range s {
		if r >= 0x80 && (r < 0x0600 || r > 0x06FF) {
			return false
		}
	}
	return true
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// foldASCII is fold for ASCII text, without the normaliser's cost.
func foldASCII(s string) string {
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b)
}

// folder memoises fold within one load: the same phrases are compared while
// generating names and again while validating.
type folder map[string]string

func (f folder) fold(s string) string {
	if k, ok := f[s]; ok {
		return k
	}
	k := fold(s)
	f[s] = k
	return k
}

// identity is what makes two actor entries the same actor for the coder: a
// phrase may name one identity under several entries (a minister who held
// two offices at once).
func identity(a *ActorEntry) string {
	return a.Country + "|" + a.Org + "|" + a.Role + "|" + a.Code
}

func overlap(a, b *ActorEntry) bool {
	return (a.To == "" || b.From == "" || b.From <= a.To) && (b.To == "" || a.From == "" || a.From <= b.To)
}

func marked(list []string, phrase string) bool {
	for _, p := range list {
		if p == phrase {
			return true
		}
	}
	return false
}

// checkActorPhrases rejects a phrase that names two different actors of the
// same kind at the same time, unless every entry using it marks it "?".
// Office holders whose periods do not overlap may share a phrase: the coder
// picks by the article's date.
func checkActorPhrases(actors []ActorEntry, f folder) error {
	type use struct {
		i      int
		phrase string
	}
	type key struct {
		kind   Kind
		folded string
	}
	byKey := make(map[key][]use, 8192)
	for i := range actors {
		a := &actors[i]
		for _, p := range a.Phrases {
			k := key{a.Kind, f.fold(p)}
			byKey[k] = append(byKey[k], use{i, p})
		}
	}
	for _, uses := range byKey {
		if len(uses) < 2 {
			continue
		}
		for x := 0; x < len(uses); x++ {
			for y := x + 1; y < len(uses); y++ {
				a, b := &actors[uses[x].i], &actors[uses[y].i]
				if identity(a) == identity(b) || !overlap(a, b) {
					continue
				}
				if marked(a.Ambiguous, uses[x].phrase) && marked(b.Ambiguous, uses[y].phrase) {
					continue
				}
				return fmt.Errorf("dict: %s: phrase %q (%s %s) also names %s %s at %s; mark it \"?%s\" in both rows if it is truly ambiguous",
					b.Source, uses[y].phrase, b.Kind, describe(b), describe(a), a.Kind, a.Source, uses[y].phrase)
			}
		}
	}
	return nil
}

func describe(a *ActorEntry) string {
	s := a.Key()
	if a.Role != "" {
		s += "/" + a.Role
	}
	if a.Name != "" {
		s += " " + a.Name
	}
	return s
}

// checkPlacePhrases rejects a phrase given to two different places unless
// both mark it "?".
func checkPlacePhrases(places []Place, f folder) error {
	type use struct {
		i      int
		phrase string
	}
	seen := map[string]use{}
	for i := range places {
		p := &places[i]
		for _, ph := range p.Phrases {
			k := f.fold(ph)
			prev, ok := seen[k]
			if !ok {
				seen[k] = use{i, ph}
				continue
			}
			q := &places[prev.i]
			if prev.i == i || (q.Name == p.Name && q.Country == p.Country) {
				continue
			}
			if marked(q.Ambiguous, prev.phrase) && marked(p.Ambiguous, ph) {
				continue
			}
			return fmt.Errorf("dict: %s: place phrase %q (%s, %s) also names %s, %s at %s; mark it \"?%s\" in both rows if it is truly ambiguous",
				p.Source, ph, p.Name, p.Country, q.Name, q.Country, q.Source, ph)
		}
	}
	return nil
}
