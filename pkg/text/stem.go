package text

import (
	"sync"

	snowball "github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/arabic"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/french"
	"github.com/blevesearch/snowballstem/german"
	"github.com/blevesearch/snowballstem/italian"
	"github.com/blevesearch/snowballstem/portuguese"
	"github.com/blevesearch/snowballstem/russian"
	"github.com/blevesearch/snowballstem/spanish"
	"github.com/blevesearch/snowballstem/turkish"
)

var stemmers = map[string]func(*snowball.Env) bool{
	"en": english.Stem,
	"ar": arabic.Stem,
	"ru": russian.Stem,
	"fr": french.Stem,
	"es": spanish.Stem,
	"de": german.Stem,
	"it": italian.Stem,
	"pt": portuguese.Stem,
	"tr": turkish.Stem,
}

var envPool = sync.Pool{New: func() any { return snowball.NewEnv("") }}

// Stem returns the Snowball stem of word in language lang (en, ar, ru,
// fr, es, de, it, pt, tr); for other languages the normalised word. The
// word is normalised first (NormalizeWord), so Stem(lang, t.Norm) and
// Stem(lang, original) agree. Use it for verbs and common nouns only:
// Snowball mangles names (كازاخستان -> كازاخست), so callers never stem
// names.
func Stem(lang, word string) string {
	w := NormalizeWord(word)
	stem, ok := stemmers[lang]
	if !ok || w == "" {
		return w
	}
	env := envPool.Get().(*snowball.Env)
	env.SetCurrent(w)
	stem(env)
	out := env.Current()
	envPool.Put(env)
	return out
}
