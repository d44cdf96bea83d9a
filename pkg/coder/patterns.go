package coder

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/text"
)

// PatternDir is the folder of a dictionary tree that holds the action
// patterns, and PatternExt the extension of the pattern files in it (the
// format is described in dict/verbs/README.md).
const (
	PatternDir = "verbs"
	PatternExt = ".pat"
)

// Pattern flags (fifth column of a pattern line).
const (
	flagSelf     = 1 << iota // no target named: the target is the source's own country (state of emergency)
	flagNoTarget             // the event stands without a target (a protest)
	flagMutual               // a compound subject acts on itself: "A and B signed an agreement"
	flagNoun                 // the head is a noun (English; Arabic nouns are recognised by the missing "/")
	flagSay                  // a speech verb: what follows إن/أن/that is a reported clause
	flagVictim               // the subject is the victim ("لقي حتفه", "died in"): the attack after it names the source
	flagBoth                 // each side does it to the other: "A and B swapped prisoners" is A -> B and B -> A
)

var flagNames = map[string]int{
	"self": flagSelf, "notarget": flagNoTarget, "mutual": flagMutual, "noun": flagNoun, "say": flagSay,
	"victim": flagVictim, "both": flagBoth,
}

type elemKind uint8

const (
	elemLit elemKind = iota
	elemTarget
	elemSource
)

// elem is one element of a compiled pattern.
type elem struct {
	kind     elemKind
	lit      int32  // literal id (elemLit)
	adjacent bool   // "+word": no gap before this literal
	clitic   string // slots: required proclitic on the actor's first token ("ل{T}")
	far      bool   // "{T*}": the actor may be anywhere later in the clause
	verb     bool   // an Arabic perfect/imperfect pair (a verb head)
}

// pattern is one compiled action pattern.
type pattern struct {
	ID    string
	Lang  string
	CAMEO string
	Text  string // the pattern as written, for messages
	Src   string // file:line
	elems []elem
	flags int
	nLits int
	first int // index of the first literal element
	verb  bool
}

func (p *pattern) has(f int) bool { return p.flags&f != 0 }

// patternSet is every compiled pattern of one language with the form index
// that maps a normalised surface form to the literals it realises.
type patternSet struct {
	lang     string
	patterns []*pattern
	forms    map[string][]int32 // surface form -> literal ids
	byFirst  map[int32][]int32  // literal id -> patterns whose first literal it is
	litKey   []string           // literal id -> its definition (for conflict detection)
	heads    map[int32]bool     // literals that head a verb pattern
	verbLit  map[int32]bool     // Arabic verb literals (perfect/imperfect pairs)
}

// patternLoader compiles pattern files into per-language sets.
type patternLoader struct {
	sets map[string]*patternSet
	ids  map[string]string // pattern id -> where defined
	sigs map[string]string // language + element signature -> pattern id
	lits map[string]int32  // language + literal definition -> id
}

func newPatternLoader() *patternLoader {
	return &patternLoader{
		sets: map[string]*patternSet{},
		ids:  map[string]string{},
		sigs: map[string]string{},
		lits: map[string]int32{},
	}
}

// loadPatterns reads every PatternExt file under PatternDir of fsys.
func loadPatterns(fsys fs.FS) (map[string]*patternSet, error) {
	l := newPatternLoader()
	entries, err := fs.ReadDir(fsys, PatternDir)
	if err != nil {
		return nil, fmt.Errorf("coder: read pattern folder %s: %w", PatternDir, err)
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, PatternExt) || strings.HasPrefix(n, ".") || strings.HasPrefix(n, "_") {
			continue
		}
		names = append(names, n)
	}
	sort.Strings(names)
	if len(names) == 0 {
		return nil, fmt.Errorf("coder: no %s pattern files in %s", PatternExt, PatternDir)
	}
	for _, n := range names {
		p := path.Join(PatternDir, n)
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, fmt.Errorf("coder: read %s: %w", p, err)
		}
		if err := l.parseFile(p, b); err != nil {
			return nil, err
		}
	}
	for _, s := range l.sets {
		s.index()
	}
	return l.sets, nil
}

func (l *patternLoader) parseFile(name string, b []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		raw := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(raw) == "" || strings.HasPrefix(strings.TrimSpace(raw), "#") {
			continue
		}
		where := fmt.Sprintf("%s:%d", name, line)
		cols := strings.Split(raw, "\t")
		if len(cols) < 4 || len(cols) > 5 {
			return fmt.Errorf("coder: %s: want 4 or 5 tab-separated columns (id, lang, cameo, pattern[, flags]), got %d", where, len(cols))
		}
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		flags := ""
		if len(cols) == 5 {
			flags = cols[4]
		}
		if err := l.add(where, cols[0], cols[1], cols[2], cols[3], flags); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("coder: read %s: %w", name, err)
	}
	return nil
}

// add compiles one pattern line.
func (l *patternLoader) add(where, id, lang, code, body, flags string) error {
	if id == "" {
		return fmt.Errorf("coder: %s: empty pattern id", where)
	}
	if prev, ok := l.ids[id]; ok {
		return fmt.Errorf("coder: %s: pattern id %q already defined at %s", where, id, prev)
	}
	if lang != "en" && lang != "ar" && lang != "fr" && lang != "es" {
		return fmt.Errorf("coder: %s: pattern %s: language %q has no morphology (en, ar, fr, es)", where, id, lang)
	}
	if _, err := events.LookupCAMEO(code); err != nil {
		return fmt.Errorf("coder: %s: pattern %s: %w", where, id, err)
	}
	p := &pattern{ID: id, Lang: lang, CAMEO: code, Text: body, Src: where, first: -1}
	for _, f := range strings.FieldsFunc(flags, func(r rune) bool { return r == ',' || r == ' ' }) {
		v, ok := flagNames[f]
		if !ok {
			return fmt.Errorf("coder: %s: pattern %s: unknown flag %q", where, id, f)
		}
		p.flags |= v
	}
	set := l.sets[lang]
	if set == nil {
		size := 1 << 12
		if lang == "ar" {
			size = 1 << 17 // a few hundred verb paradigms of ~300 forms
		}
		set = &patternSet{lang: lang, forms: make(map[string][]int32, size), heads: map[int32]bool{}, verbLit: map[int32]bool{}}
		l.sets[lang] = set
	}
	if err := twoWordAlternative(strings.Fields(body)); err != nil {
		return fmt.Errorf("coder: %s: pattern %s: %w", where, id, err)
	}
	var sig []string
	for _, tok := range strings.Fields(body) {
		e, key, err := l.element(set, tok)
		if err != nil {
			return fmt.Errorf("coder: %s: pattern %s: %w", where, id, err)
		}
		if e.kind == elemLit {
			p.nLits++
			if p.first < 0 {
				p.first = len(p.elems)
				p.verb = e.verb || (lang != "ar" && p.flags&flagNoun == 0)
			}
		}
		p.elems = append(p.elems, e)
		sig = append(sig, key)
	}
	if p.first < 0 {
		return fmt.Errorf("coder: %s: pattern %s has no word to match", where, id)
	}
	nt, ns := 0, 0
	for _, e := range p.elems {
		switch e.kind {
		case elemTarget:
			nt++
		case elemSource:
			ns++
		}
	}
	if nt > 1 || ns > 1 {
		return fmt.Errorf("coder: %s: pattern %s: at most one {T} and one {S}", where, id)
	}
	s := lang + "\x00" + strings.Join(sig, " ")
	if prev, ok := l.sigs[s]; ok {
		return fmt.Errorf("coder: %s: pattern %s matches exactly what pattern %s matches", where, id, prev)
	}
	l.sigs[s] = id
	l.ids[id] = where
	set.patterns = append(set.patterns, p)
	return nil
}

// twoWordAlternative reports an alternative that repeats the word next to
// it: "use force|military force against" reads as force|military, force,
// against, so "used force against" never matches. An alternative is one
// word; a two-word alternative needs its own pattern line.
func twoWordAlternative(els []string) error {
	bare := func(w string) string { return strings.TrimLeft(w, "=+") }
	for k, tok := range els {
		alts := strings.Split(tok, "|")
		if len(alts) < 2 {
			continue
		}
		for _, a := range alts {
			a = bare(a)
			if k+1 < len(els) && !strings.Contains(els[k+1], "|") && a == bare(els[k+1]) {
				return fmt.Errorf("alternative %q of %q repeats the next word: write a two-word alternative as its own line", a, tok)
			}
			if k > 0 && !strings.Contains(els[k-1], "|") && a == bare(els[k-1]) {
				return fmt.Errorf("alternative %q of %q repeats the previous word: write a two-word alternative as its own line", a, tok)
			}
		}
	}
	return nil
}

// element compiles one whitespace-separated element of a pattern and
// returns its canonical signature.
func (l *patternLoader) element(set *patternSet, tok string) (elem, string, error) {
	var e elem
	if i := strings.Index(tok, "{"); i >= 0 {
		if !strings.HasSuffix(tok, "}") {
			return e, "", fmt.Errorf("bad slot %q (want {T} or {S}, optionally after a proclitic: ل{T})", tok)
		}
		cl := tok[:i]
		switch tok[i:] {
		case "{T}":
			e.kind = elemTarget
		case "{T*}":
			e.kind = elemTarget
			e.far = true
		case "{S}":
			e.kind = elemSource
		default:
			return e, "", fmt.Errorf("bad slot %q (want {T} or {S})", tok)
		}
		if cl != "" {
			if set.lang != "ar" || len([]rune(cl)) != 1 || !strings.ContainsRune("لبكو", []rune(cl)[0]) {
				return e, "", fmt.Errorf("slot %q: only an Arabic one-letter proclitic (ل ب ك و) may precede a slot", tok)
			}
			e.clitic = cl
		}
		return e, tok, nil
	}
	if strings.HasPrefix(tok, "+") {
		e.adjacent = true
		tok = tok[1:]
	}
	var gens []func() []string
	var canon []string
	for _, alt := range strings.Split(tok, "|") {
		if alt == "" {
			return e, "", fmt.Errorf("empty alternative in %q", tok)
		}
		exact := strings.HasPrefix(alt, "=")
		alt = strings.TrimPrefix(alt, "=")
		if strings.ContainsAny(alt, "{}+=") {
			return e, "", fmt.Errorf("bad word %q", alt)
		}
		switch {
		case set.lang == "ar" && strings.Contains(alt, "/"):
			parts := strings.Split(alt, "/")
			if len(parts) != 2 || parts[0] == "" {
				return e, "", fmt.Errorf("arabic verb %q: want perfect/imperfect (اتهم/يتهم, imperfect may be -)", alt)
			}
			perf := text.NormalizeWord(parts[0])
			impf := ""
			if parts[1] != "-" {
				impf = text.NormalizeWord(parts[1])
				if !strings.HasPrefix(impf, "ي") {
					return e, "", fmt.Errorf("arabic verb %q: the imperfect must be the 3rd person masculine (يفعل)", alt)
				}
			}
			if perf == "" {
				return e, "", fmt.Errorf("arabic verb %q normalises to nothing", alt)
			}
			e.verb = true
			gens = append(gens, func() []string { return arabicVerbForms(perf, impf) })
			canon = append(canon, "V:"+perf+"/"+impf)
		default:
			ws := text.NormalizePhrase(alt)
			if len(ws) != 1 {
				return e, "", fmt.Errorf("word %q is %d tokens once tokenised; write one word per element", alt, len(ws))
			}
			w := ws[0]
			switch {
			case exact:
				gens = append(gens, func() []string { return []string{w} })
				canon = append(canon, "="+w)
			case set.lang == "ar":
				gens = append(gens, func() []string { return arabicNounForms(w) })
				canon = append(canon, w)
			case set.lang == "fr":
				gens = append(gens, func() []string { return frenchForms(w) })
				canon = append(canon, w)
			case set.lang == "es":
				gens = append(gens, func() []string { return spanishForms(w) })
				canon = append(canon, w)
			default:
				gens = append(gens, func() []string { return englishForms(w) })
				canon = append(canon, w)
			}
		}
	}
	sort.Strings(canon)
	key := strings.Join(canon, "|")
	lk := set.lang + "\x00" + key
	id, ok := l.lits[lk]
	if !ok {
		id = int32(len(set.litKey))
		l.lits[lk] = id
		set.litKey = append(set.litKey, key)
		if e.verb {
			set.verbLit[id] = true
		}
		var forms []string
		for _, g := range gens {
			forms = append(forms, g()...)
		}
		for _, f := range forms {
			ids := set.forms[f]
			if n := len(ids); n > 0 && ids[n-1] == id {
				continue // a form generated twice for this literal
			}
			set.forms[f] = append(ids, id)
		}
	}
	e.kind = elemLit
	e.lit = id
	if e.adjacent {
		key = "+" + key
	}
	return e, key, nil
}

// index builds the first-literal index of a set.
func (s *patternSet) index() {
	s.byFirst = map[int32][]int32{}
	for i, p := range s.patterns {
		f := p.elems[p.first].lit
		s.byFirst[f] = append(s.byFirst[f], int32(i))
		if p.verb {
			s.heads[f] = true
		}
	}
}
