package coder

import (
	"github.com/geotrack/geotrack/pkg/coder/dict"
	"github.com/geotrack/geotrack/pkg/text"
)

// placeIndex is the gazetteer: a trie over the normalised phrases of every
// place.
type placeIndex struct {
	places  []dict.Place
	entries []entry // one locative actor per place: its country
	root    *trieNode
}

func buildPlaceIndex(d *dict.Dict) *placeIndex {
	ix := &placeIndex{places: d.Places, root: &trieNode{}}
	for _, p := range d.Places {
		ix.entries = append(ix.entries, entry{ActorEntry: dict.ActorEntry{Kind: kindPlace, Country: p.Country, Name: p.Name, Source: p.Source}})
	}
	for i, p := range d.Places {
		for _, ph := range p.Phrases {
			w := text.NormalizePhrase(ph)
			if len(w) == 0 {
				continue
			}
			ix.root.insert(w, int32(i))
			if len(w) > 1 && w[0] == "the" {
				ix.root.insert(w[1:], int32(i))
			}
		}
	}
	return ix
}

// find returns the place an event of the sentence happened at: the first
// place named after a locative word ("in Lima", "في الخرطوم"), else the
// first place that is not a whole country (a country named as an actor,
// "Spain would recognise", is no location).
func (ix *placeIndex) find(s *sentence) *dict.Place {
	var firstSpecific *dict.Place
	for i := 0; i < len(s.toks); {
		m, ok := ix.root.longest(s.toks, i)
		if !ok {
			i++
			continue
		}
		p := &ix.places[m.entries[0]]
		loc := s.isLocative(i, m.prefix, dict.KindCapital)
		if loc {
			return p
		}
		if firstSpecific == nil && p.Kind != "country" {
			firstSpecific = p
		}
		i = m.end
	}
	return firstSpecific
}

// components returns the places named in the sentence as locative actor
// components standing for their country ("struck targets in Idlib" ->
// SYR), except where an actor phrase already covers the tokens.
func (ix *placeIndex) components(toks []text.Token, actors []component) []component {
	covered := func(a, b int) bool {
		for _, c := range actors {
			if a < c.end && c.start < b {
				return true
			}
		}
		return false
	}
	var out []component
	for i := 0; i < len(toks); {
		m, ok := ix.root.longest(toks, i)
		if !ok {
			i++
			continue
		}
		if !covered(m.start, m.end) {
			out = append(out, component{start: m.start, end: m.end, e: &ix.entries[m.entries[0]], prefix: m.prefix})
		}
		i = m.end
	}
	return out
}
