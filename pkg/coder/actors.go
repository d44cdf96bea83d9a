package coder

import (
	"strings"
	"time"

	"github.com/geotrack/geotrack/pkg/coder/dict"
	"github.com/geotrack/geotrack/pkg/text"
)

// Coreference words are part of the engine, not of the dictionaries: they
// name no actor by themselves but point back to one.
const (
	kindPronoun     dict.Kind = "pronoun"     // he, she, هو: the last individual named
	kindPair        dict.Kind = "pair"        // the two sides, الجانبين: the last two actors
	kindCounterpart dict.Kind = "counterpart" // his counterpart, نظيره: needs an adjective
	kindFocus       dict.Kind = "focus"       // the country, البلاد: the country in focus
	kindPlace       dict.Kind = "place"       // a gazetteer place: its country, as a location
	kindOwn         dict.Kind = "own"         // his country, بلاده: the last individual's state
	kindIt          dict.Kind = "it"          // it, they as a subject: the last state, organisation or group named
	kindOrgRef      dict.Kind = "orgref"      // the bloc, the alliance, الحلف: the last organisation named
)

var corefPhrases = map[dict.Kind][]string{
	kindPronoun: {"he", "she", "him", "هو", "هي", "il", "elle"},
	kindOwn:     {"his country", "her country", "بلاده", "بلادها", "son pays", "su pais"},
	kindIt:      {"it", "they"},
	kindOrgRef: {"the bloc", "the alliance", "the watchdog", "the regional bloc", "the military alliance",
		"التكتل", "الحلف", "المنظمة", "الصندوق", "الوكالة",
		"l'alliance", "le bloc", "l'organisation", "l'agence", "la alianza", "el bloque", "la organizacion", "el organismo"},
	kindPair: {"the two sides", "both sides", "the two countries", "both countries", "the two leaders", "both leaders", "الجانبين", "الجانبان", "الطرفين", "الطرفان", "البلدين", "البلدان", "الزعيمين",
		"les deux parties", "les deux pays", "les deux dirigeants", "les deux camps", "las dos partes", "ambas partes", "los dos paises", "ambos paises", "los dos lideres", "ambos lideres"},
	kindCounterpart: {"counterpart", "counterparts", "نظير", "نظيره", "نظيرها", "نظيرهم", "نظرائه", "نظيريه", "homologue", "homologues", "homologo", "homologa", "homologos"},
	kindFocus:       {"the country", "the kingdom", "البلاد", "المملكه", "le pays", "el pais"}, // not "le royaume", "el reino": le Royaume-Uni, el Reino Unido
}

// trieNode is one node of the phrase trie over normalised tokens.
type trieNode struct {
	next    map[string]*trieNode
	entries []int32 // indexes into the entry table, in dictionary order
	// acronym: every phrase ending here is a one-word Latin acronym (WHO,
	// US, IS): it matches only text written in capitals ("who" is no org).
	acronym bool
	plain   bool // some phrase ending here is not an acronym
}

func (n *trieNode) insert(words []string, e int32) {
	for _, w := range words {
		if n.next == nil {
			n.next = map[string]*trieNode{}
		}
		c := n.next[w]
		if c == nil {
			c = &trieNode{}
			n.next[w] = c
		}
		n = c
	}
	for _, x := range n.entries {
		if x == e {
			return
		}
	}
	n.entries = append(n.entries, e)
}

// trieMatch is the longest phrase starting at a token.
type trieMatch struct {
	start, end int // token indexes [start, end)
	entries    []int32
	prefix     string // proclitic stripped from the first token ("و", "ل", "وب" ...)
}

// longest returns the longest phrase of the trie starting at token i, trying
// each candidate form of each token.
func (root *trieNode) longest(toks []text.Token, i int) (trieMatch, bool) {
	var best trieMatch
	found := false
	for bi, b := range toks[i].Bases {
		n := root.next[b]
		if n == nil {
			continue
		}
		end, ents := walk(n, toks, i+1)
		if ents == nil {
			continue
		}
		if !found || end > best.end {
			best = trieMatch{start: i, end: end, entries: ents}
			if bi > 0 {
				best.prefix = stripped(toks[i].Norm, b)
			}
			found = true
		}
	}
	return best, found
}

// walk extends a match from node n at token j and returns the end of the
// longest complete phrase (or nil entries).
func walk(n *trieNode, toks []text.Token, j int) (int, []int32) {
	end, ents := j, n.entries
	if n.next == nil || j >= len(toks) {
		return end, ents
	}
	for _, b := range toks[j].Bases {
		c := n.next[b]
		if c == nil {
			continue
		}
		e2, x := walk(c, toks, j+1)
		if x != nil && (ents == nil || e2 > end) {
			end, ents = e2, x
		}
	}
	return end, ents
}

// stripped returns what the tokeniser removed in front of base to make it
// from norm ("والولايات" -> "و"; "للقوات"/"القوات" -> "ل").
func stripped(norm, base string) string {
	if strings.HasSuffix(norm, base) {
		return norm[:len(norm)-len(base)]
	}
	if strings.HasPrefix(base, "ال") && strings.HasSuffix(norm, base[len("ال"):]) {
		p := norm[:len(norm)-len(base)+len("ال")]
		return strings.TrimSuffix(p, "ل") // لل... read as ل + ال...
	}
	return ""
}

// entry is one compiled actor entry.
type entry struct {
	dict.ActorEntry
	from, to time.Time // office dates; zero = open
}

func (e *entry) validOn(day time.Time) bool {
	if day.IsZero() {
		return true
	}
	if !e.from.IsZero() && day.Before(e.from) {
		return false
	}
	if !e.to.IsZero() && day.After(e.to) {
		return false
	}
	return true
}

// actorIndex recognises actor phrases.
type actorIndex struct {
	entries []entry
	root    *trieNode
}

func buildActorIndex(d *dict.Dict) *actorIndex {
	ix := &actorIndex{root: &trieNode{}}
	add := func(a dict.ActorEntry) {
		e := entry{ActorEntry: a}
		if a.From != "" {
			e.from, _ = time.Parse("2006-01-02", a.From)
		}
		if a.To != "" {
			e.to, _ = time.Parse("2006-01-02", a.To)
		}
		id := int32(len(ix.entries))
		ix.entries = append(ix.entries, e)
		for _, p := range a.Phrases {
			words := text.NormalizePhrase(p)
			if len(words) == 0 {
				continue
			}
			ix.root.insert(words, id)
			if len(words) == 1 {
				n := ix.root.next[words[0]]
				if dict.IsAcronym(p) {
					n.acronym = true
				} else {
					n.plain = true
				}
			}
			// Drop a leading English article so "the Taliban" and
			// "Taliban" both match; Tokens' Bases strip the Arabic one.
			if len(words) > 1 && words[0] == "the" {
				ix.root.insert(words[1:], id)
			}
			// Arabic role nouns take possessive pronouns: سفيرها, وزيره.
			if a.Kind == dict.KindRole && len(words) == 1 && isArabic(words[0]) {
				w := words[0]
				stems := []string{w}
				// Sound plurals lose their ن before a pronoun: مواطنين -> مواطنيها.
				if strings.HasSuffix(w, "ين") || strings.HasSuffix(w, "ون") {
					stems = append(stems, strings.TrimSuffix(w, "ن"))
				}
				// ة is written ت before a pronoun: حكومة -> حكومته.
				if strings.HasSuffix(p, "ة") && strings.HasSuffix(w, "ه") {
					stems = append(stems[:0], strings.TrimSuffix(w, "ه")+"ت")
				}
				for _, st := range stems {
					for _, c := range []string{"ه", "ها", "هم", "هما", "نا"} {
						ix.root.insert([]string{st + c}, id)
					}
				}
			}
		}
	}
	for _, a := range d.Actors {
		add(a)
	}
	// Arabic adjectives take the accusative alif after an indefinite noun:
	// "اقتراحا مصريا", "دعما أمريكيا". Added where the form names nothing
	// else (تركيا, ليبيا are the countries' own names).
	// The dual of adjectives and role nouns in ي: "جنديان إسرائيليان".
	for _, a := range d.Actors {
		if a.Kind != dict.KindAdj && a.Kind != dict.KindRole {
			continue
		}
		var acc []string
		for _, p := range a.Phrases {
			w := text.NormalizePhrase(p)
			if len(w) != 1 || !isArabic(w[0]) || !strings.HasSuffix(w[0], "ي") {
				continue
			}
			forms := []string{w[0] + "ان"}
			if a.Kind == dict.KindAdj && !strings.HasPrefix(w[0], "ال") {
				forms = append(forms, w[0]+"ا")
			}
			for _, f := range forms {
				if n := ix.root.next[f]; n != nil && n.entries != nil {
					continue
				}
				acc = append(acc, f)
			}
		}
		if len(acc) > 0 {
			b := a
			b.Phrases = acc
			add(b)
		}
	}
	for _, k := range []dict.Kind{kindPronoun, kindPair, kindCounterpart, kindFocus, kindOwn, kindIt, kindOrgRef} {
		add(dict.ActorEntry{Kind: k, Phrases: corefPhrases[k], Source: "coder/coreference"})
	}
	return ix
}

// upper reports whether the original text of a token has no lower-case letter.
func upper(s string) bool {
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
	}
	return true
}

func isArabic(s string) bool {
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF {
			return true
		}
	}
	return false
}

// component is one recognised phrase with its chosen entry.
type component struct {
	start, end int
	e          *entry
	prefix     string
}

// components finds the actor phrases of a sentence, longest first, left to
// right, each with the entry valid on the given day.
func (ix *actorIndex) components(doc string, toks []text.Token, day time.Time) []component {
	var out []component
	for i := 0; i < len(toks); {
		m, ok := ix.root.longest(toks, i)
		if !ok {
			i++
			continue
		}
		if m.end == i+1 && !toks[i].Arabic && !upper(doc[toks[i].Start:toks[i].End]) {
			acr := false
			for _, b := range toks[i].Bases {
				if n := ix.root.next[b]; n != nil && n.entries != nil {
					acr = n.acronym && !n.plain
					break
				}
			}
			if acr {
				i++ // "who" is not the WHO, "us" not the US
				continue
			}
		}
		var chosen *entry
		for _, id := range m.entries {
			e := &ix.entries[id]
			if e.validOn(day) {
				chosen = e
				break
			}
		}
		// "in Myanmar", "في هايتي": after a locative word a phrase that is
		// both a country's name and its adjective is the name (a place).
		if chosen != nil && chosen.Kind == dict.KindAdj && i > 0 && locativeWords[toks[i-1].Norm] {
			for _, id := range m.entries {
				if e := &ix.entries[id]; e.Kind == dict.KindCountry && e.Country == chosen.Country {
					chosen = e
					break
				}
			}
		}
		if chosen == nil {
			i++ // an office holder out of office: not an actor that day
			continue
		}
		out = append(out, component{start: m.start, end: m.end, e: chosen, prefix: m.prefix})
		i = m.end
	}
	return out
}
