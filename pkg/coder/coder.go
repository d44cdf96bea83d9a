// Package coder is geotrack's event coder: it turns news text (English and
// Arabic) into CAMEO-coded who-did-what-to-whom events with the sentence,
// date and place they come from.
//
// It is dictionary- and pattern-based. Actors come from pkg/coder/dict
// (countries, adjectives, capitals, organisations, groups, office holders,
// role nouns); actions from the pattern files in dict/verbs (format in
// dict/verbs/README.md). Everything is compiled at New(): a trie over
// normalised tokens for actor phrases and places, and a map from every
// generated inflected form to the pattern words it realises, so coding a
// sentence is a few map lookups per token and no regular expression.
package coder

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/coder/dict"
	"github.com/geotrack/geotrack/pkg/text"
)

// Version identifies the engine's behaviour; it is carried on every event
// and is part of every event id. Bump it whenever the same text and
// dictionaries could code differently.
const Version = "geotrack-coder/0.5.0"

var (
	// ErrEmptyText: the document has no text to code.
	ErrEmptyText = errors.New("coder: empty text")
	// ErrUnsupportedLanguage: no dictionaries for the document's language.
	ErrUnsupportedLanguage = errors.New("coder: unsupported language")
)

// Document is one text to code.
type Document struct {
	ID        string
	Text      string
	Lang      string // ISO 639-1; "" = detect
	Published time.Time
}

// Coder codes documents. It is immutable after New and safe for concurrent
// use.
type Coder struct {
	hash     string
	actors   *actorIndex
	places   *placeIndex
	patterns map[string]*patternSet
	langs    []string
}

// New returns a coder over the embedded dictionaries.
func New() (*Coder, error) {
	return NewFromFS(dict.FS)
}

// NewFromFS returns a coder over a dictionary tree with the embedded layout
// (actors/, places/, verbs/), e.g. os.DirFS of a researcher's copy.
func NewFromFS(fsys fs.FS) (*Coder, error) {
	d, err := dict.LoadFS(fsys)
	if err != nil {
		return nil, fmt.Errorf("coder: load dictionaries: %w", err)
	}
	sets, err := loadPatterns(fsys)
	if err != nil {
		return nil, err
	}
	c := &Coder{
		hash:     d.Hash,
		actors:   buildActorIndex(d),
		places:   buildPlaceIndex(d),
		patterns: sets,
	}
	for l := range sets {
		c.langs = append(c.langs, l)
	}
	sort.Strings(c.langs)
	return c, nil
}

// Version is the engine version carried on events.
func (c *Coder) Version() string { return Version }

// DictHash is the content hash of the dictionaries ("sha256:...").
func (c *Coder) DictHash() string { return c.hash }

// Languages lists the languages the coder has patterns for.
func (c *Coder) Languages() []string { return append([]string(nil), c.langs...) }

// maxCachedSentences bounds the per-document analysis kept between the
// focus pass and the coding pass; longer documents are analysed twice so
// memory stays proportional to one sentence.
const maxCachedSentences = 256

// Code returns every event found in doc, negated ones included (Negated
// set), in text order. Each sentence is coded with the patterns of its own
// script (an Arabic quote in an English article is Arabic). Dates resolve
// against doc.Published; the date of an event is the sentence's date
// expression if any, else the publication day ("" when both are unknown).
//
// Errors: ErrEmptyText for empty or blank text, ErrUnsupportedLanguage for
// a declared or detected language without patterns (both wrapped). Text
// without a letter (numbers, punctuation) has nothing to code: no events,
// no error.
func (c *Coder) Code(doc Document) ([]events.EventCoded, error) {
	if strings.TrimSpace(doc.Text) == "" {
		return nil, fmt.Errorf("coder: document %q: %w", doc.ID, ErrEmptyText)
	}
	lang, err := c.language(doc)
	if err != nil {
		return nil, err
	}
	if lang == "" {
		return nil, nil // no letters: nothing to code
	}
	day := time.Time{}
	if !doc.Published.IsZero() {
		p := doc.Published.UTC()
		day = time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, time.UTC)
	}
	// Latin-script words are coded with the document's language when it
	// has patterns (fr, es), else as English (an English quote in an
	// Arabic article); Arabic words always as Arabic.
	latin := "en"
	if lang != "ar" {
		latin = lang
	}
	spans := text.Sentences(doc.Text)
	var cache []*sentence
	focus := focusCounter{}
	for _, sp := range spans {
		s := c.analyse(doc.Text, sp, day, latin)
		focus.add(s)
		if len(spans) <= maxCachedSentences {
			cache = append(cache, s)
		}
	}
	r := &run{c: c, doc: doc, day: day, focus: focus.best(), seen: map[string]bool{}}
	for i, sp := range spans {
		var s *sentence
		if cache != nil {
			s = cache[i]
		} else {
			s = c.analyse(doc.Text, sp, day, latin)
		}
		r.sentence(i, s)
	}
	return r.out, nil
}

// language decides the document's language: the declared one, else
// detection; Latin text too short to detect is taken as English.
func (c *Coder) language(doc Document) (string, error) {
	lang := strings.ToLower(strings.TrimSpace(doc.Lang))
	if lang == "" {
		if !hasLetter(doc.Text) {
			return "", nil
		}
		lang, _ = text.DetectLanguage(doc.Text)
		if lang == "" {
			lang = "en"
		}
	}
	if _, ok := c.patterns[lang]; !ok {
		return "", fmt.Errorf("coder: document %q in %q (have %s): %w", doc.ID, lang, strings.Join(c.langs, ", "), ErrUnsupportedLanguage)
	}
	if !hasLetter(doc.Text) {
		return "", nil
	}
	return lang, nil
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
