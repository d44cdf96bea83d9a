package coder

import (
	"sort"
	"strings"
	"time"

	"github.com/geotrack/geotrack/pkg/coder/dict"
	"github.com/geotrack/geotrack/pkg/text"
)

// Punctuation between two tokens, as seen in the original text (Tokens
// drops it): a comma limits how far a slot looks, a strong break (; : ( ))
// also ends the clause for the subject search.
const (
	punctNone uint8 = iota
	punctComma
	punctStrong
)

// clauseWords open a new clause: a subject is never looked for across them
// and a slot never reaches past them. إن/أن introduce reported speech.
var clauseWords = map[string]bool{
	"that": true, "which": true, "who": true, "whom": true, "while": true, "whereas": true,
	"but": true, "although": true, "though": true, "because": true, "after": true, "before": true,
	"when": true, "where": true, "whose": true, "if": true, "unless": true, "since": true,
	"ان": true, "لان": true, "الذي": true, "التي": true, "الذين": true, "اللذين": true, "اللتين": true,
	"بينما": true, "لكن": true, "ولكن": true, "حيث": true, "بعد": true, "قبل": true, "عندما": true,
	"حين": true, "اذا": true, "كما": true, "فيما": true, "بعدما": true,
	// إنّ with an attached pronoun opens reported speech as إن does: "قالت
	// تركيا إنها مستعدة".
	"انه": true, "انها": true, "انهم": true, "انهما": true, "اننا": true,
}

// speechWords are verbs of saying: a reported clause after them whose
// subject is a pronoun ("Turkey said it was ready", "قالت تركيا إنها
// مستعدة") has the speaker as its subject.
var speechWords = map[string]bool{
	"said": true, "says": true, "say": true, "stated": true, "announced": true, "added": true,
	"noted": true, "insisted": true, "confirmed": true, "declared": true, "warned": true,
	"قال": true, "قالت": true, "يقول": true, "تقول": true, "قالوا": true, "اعلن": true, "اعلنت": true,
	"يعلن": true, "تعلن": true, "اكد": true, "اكدت": true, "يوكد": true, "تؤكد": true, "تيكد": true,
	"اضاف": true, "اضافت": true, "اوضح": true, "اوضحت": true, "صرح": true, "صرحت": true,
	"ذكر": true, "ذكرت": true, "افاد": true, "افادت": true, "اعتبر": true, "اعتبرت": true,
	"حذر": true, "حذرت": true, "يحذر": true, "تحذر": true, "stressed": true,
}

// subjectPronouns after a speech verb stand for the speaker.
var subjectPronouns = map[string]bool{"it": true, "they": true, "we": true}

// freeWords never count as a gap between two pattern words: amounts and
// days are inserted anywhere in wire copy ("approved a $3 billion loan",
// "held talks on Monday with").
var freeWords = map[string]bool{
	"million": true, "billion": true, "trillion": true, "tonnes": true, "tons": true, "dollars": true,
	"euros": true, "$": true, "least": true, "than": true, "nearly": true, "about": true, "some": true,
	"اكثر": true, "نحو": true, "حوالي": true, "قرابه": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "yesterday": true, "today": true,
	"مليون": true, "ملايين": true, "الف": true, "الاف": true, "thousand": true, "مليار": true, "مليارات": true, "دولار": true, "طن": true, "طنا": true,
	"يوم": true, "الاثنين": true, "الثلاثاء": true, "الاربعاء": true, "الخميس": true, "الجمعه": true,
	"السبت": true, "الاحد": true, "امس": true,
}

// sportWords mark a sentence about sport: "Morocco beat Portugal 1-0" is a
// match, not an assault. Two of them, or one with a score, make the sentence
// sport.
var sportWords = map[string]bool{
	"match": true, "cup": true, "semi": true, "quarter": true, "tournament": true, "league": true,
	"championship": true, "olympics": true, "olympic": true, "goal": true, "goals": true, "team": true,
	"squad": true, "football": true, "soccer": true, "striker": true, "coach": true, "qualifier": true,
	"مباراه": true, "المباراه": true, "كاس": true, "بطوله": true, "البطوله": true, "الدوري": true, "منتخب": true,
	"المنتخب": true, "هدف": true, "بهدف": true, "هدفين": true, "مونديال": true, "المونديال": true, "كره": true,
	"الاولمبيه": true, "النهائي": true, "penalties": true, "penalty": true, "final": true, "semifinal": true,
	"quarterfinal": true, "scored": true, "stadium": true, "medal": true, "trophy": true, "ركلات": true,
	"الترجيح": true, "نهائي": true, "الملعب": true, "ميداليه": true, "منتخبات": true,
}

// locativeWords mark the actor phrase right after them as a place ("in
// Cairo", "في القاهرة", "northern Mali").
var locativeWords = map[string]bool{
	"in": true, "at": true, "near": true, "inside": true, "outside": true, "across": true, "around": true,
	"into": true, "throughout": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "north": true, "south": true, "east": true, "west": true, "northeastern": true,
	"northwestern": true, "southeastern": true, "southwestern": true,
	"في": true, "قرب": true, "داخل": true, "بالقرب": true, "انحاء": true, "شمال": true, "جنوب": true,
	"شرق": true, "غرب": true, "وسط": true, "شمالي": true, "جنوبي": true, "شرقي": true, "غربي": true,
	"مدينه": true, "العاصمه": true,
}

// venueWords put an organisation in the role of a place: "at the UN",
// "أمام محكمة العدل الدولية".
var venueWords = map[string]bool{"at": true, "before": true, "امام": true}

// actorRef is one resolved (or to-be-resolved) actor of a mention.
type actorRef struct {
	country, org, role, code string
	office                   string
	name                     string
	kind                     dict.Kind // the component that gave the country/org, or the coref kind
	roleOnly                 bool      // a role noun with no country: takes the country in focus
	individual               bool      // a person or a single office holder (for "he")
	viaFocus                 bool      // the country was taken from the article's focus
}

func (a actorRef) key() string {
	if a.org != "" {
		return a.org
	}
	return a.country
}

func (a actorRef) resolved() bool { return a.country != "" || a.org != "" }

// mention is a span of tokens naming one actor, or several joined by
// "and" / و (a compound).
type mention struct {
	start, end int
	parts      []actorRef
	locative   bool
	prefix     string // Arabic proclitic on the first token
}

// sentence is the analysis of one sentence.
type sentence struct {
	c        *Coder
	doc      string
	latin    string     // the language of the Latin-script words (the document's, if it has patterns; else en)
	words    *langWords // romance[latin]: French or Spanish function words, nil for English
	span     text.Span
	toks     []text.Token
	punct    []uint8 // punct[i]: punctuation between toks[i-1] and toks[i]
	clause   []bool  // clause word
	head     []bool  // token realises the first word of a verb pattern
	lits     [][]int32
	mentions []mention
	startAt  []int32 // token -> mention starting there, -1
	endAt    []int32 // token -> mention whose last token it is, -1
	arabic   bool
	say      []bool         // a speech verb
	free     []bool         // never counts as a gap (amounts, days, the second half of "four-day")
	verbForm []bool         // the whole token is a generated verb form (التقى is no ال + تقى)
	linked   []bool         // joined to the previous token by a hyphen ("Russian-led")
	sport    bool           // the sentence reports a match, not a fight
	objects  map[int32]bool // mentions taken as targets (set while coding)
	subjects map[int32]bool // mentions taken as verb subjects after the verb (VSO)
	consumed map[int]bool   // attack nouns already coded as the agent of a passive verb
	place    *dict.Place
	date     time.Time
}

func (c *Coder) analyse(doc string, sp text.Span, day time.Time, latin string) *sentence {
	s := &sentence{c: c, doc: doc, span: sp, latin: latin, words: romance[latin]}
	s.toks = text.Tokens(doc, sp)
	n := len(s.toks)
	s.punct = make([]uint8, n)
	s.clause = make([]bool, n)
	s.lits = make([][]int32, n)
	s.startAt = make([]int32, n)
	s.endAt = make([]int32, n)
	s.say = make([]bool, n)
	s.free = make([]bool, n)
	s.linked = make([]bool, n)
	s.verbForm = make([]bool, n)
	nar := 0
	nsport, score := 0, false
	en, ar := c.patterns[latin], c.patterns["ar"]
	for i := range s.toks {
		t := &s.toks[i]
		s.startAt[i], s.endAt[i] = -1, -1
		compound := false
		if i > 0 {
			gap := doc[s.toks[i-1].End:t.Start]
			s.punct[i] = punctBetween(gap)
			// "Iranian-backed": a participle inside a hyphenated compound
			// is an adjective, not a verb.
			compound = gap == "-" && !t.Arabic
			if compound {
				s.punct[i] = punctNone
				s.linked[i] = true
				s.free[i] = true // "a four-day truce": one word
				if isDigits(t.Norm) && isDigits(s.toks[i-1].Norm) {
					score = true // "beat Portugal 1-0"
				}
			}
		}
		lw := s.lw()
		if t.Arabic {
			lw = nil
		}
		for _, b := range t.Bases {
			if speechWords[b] || lw != nil && lw.speech[b] {
				s.say[i] = true
			}
			if sportWords[b] {
				nsport++
				break
			}
		}
		if freeWords[t.Norm] || lw != nil && lw.free[t.Norm] || isDigits(t.Norm) || (t.Arabic && arCountWords[t.Norm]) || (t.Arabic && len(t.Bases) > 1 && freeWords[t.Bases[len(t.Bases)-1]]) {
			s.free[i] = true
		}
		if t.Arabic {
			nar++
		}
		s.clause[i] = clauseWords[t.Norm] || lw != nil && (lw.clause[t.Norm] || len(t.Bases) > 1 && lw.clause[strings.TrimSuffix(t.Norm[:strings.IndexByte(t.Norm, '\'')+1], "'")]) || (t.Arabic && len(t.Bases) > 1 && (t.Bases[1] == "ان" || t.Bases[1] == "لكن"))
		set := en
		if t.Arabic {
			set = ar
		}
		if set == nil || compound {
			continue
		}
		if t.Arabic {
			for _, l := range set.forms[t.Norm] {
				if set.verbLit[l] {
					s.verbForm[i] = true
				}
			}
		}
		if s.latin == "fr" && !t.Arabic && t.Norm == "a" && doc[t.Start:t.End] != "à" && doc[t.Start:t.End] != "À" {
			continue // "a" is the auxiliary (a condamné); à folds to the same letters
		}
		for bi, b := range t.Bases {
			if bi > 0 && !t.Arabic {
				// Latin bases are possessives ("russia's" is no verb) or
				// French elisions, which the French patterns spell out
				// (=l'attaque): "l'attaque iranienne" is no verb attaquer.
				break
			}
			if ids, ok := set.forms[b]; ok {
				s.lits[i] = appendUnique(s.lits[i], ids)
			}
		}
		// A word written with ة is a noun: "ضربة" is not ضرب + ه.
		if t.Arabic && len(s.lits[i]) > 0 && endsWithTaMarbuta(doc[t.Start:t.End]) {
			kept := s.lits[i][:0]
			for _, l := range s.lits[i] {
				if !set.verbLit[l] {
					kept = append(kept, l)
				}
			}
			s.lits[i] = kept
		}
	}
	for i := 0; i+1 < n; i++ {
		if s.toks[i].Norm == "on" && s.free[i+1] && !isDigits(s.toks[i+1].Norm) {
			s.free[i] = true // "held talks on Monday with"
		}
		if (s.toks[i].Norm == "at" && s.toks[i+1].Norm == "least") || (s.toks[i].Norm == "more" && s.toks[i+1].Norm == "than") ||
			(s.toks[i].Norm == "اكثر" && s.toks[i+1].Norm == "من") {
			s.free[i+1] = true // "أكثر من عشرة قرويين"
			s.free[i] = true   // "killed at least 30 villagers"
		}
		// "ما لا يقل عن 80": "at least", not a negated verb of saying.
		if i+3 < n && s.toks[i].Norm == "ما" && s.toks[i+1].Norm == "لا" && (s.toks[i+2].Norm == "يقل" || s.toks[i+2].Norm == "تقل") && s.toks[i+3].Norm == "عن" {
			for k := i; k <= i+3; k++ {
				s.free[k] = true
				s.lits[k] = nil
			}
		}
	}
	s.arabic = nar*2 > n
	s.sport = nsport >= 2 || (nsport >= 1 && score)
	s.appositions()
	s.head = make([]bool, n)
	for i := range s.toks {
		s.head[i] = s.computeHead(c, i)
	}
	comps := c.actors.components(doc, s.toks, day)
	comps = s.subjectPronouns(comps)
	comps = s.dropMaritimeAdjectives(comps)
	if pl := c.places.components(s.toks, comps); len(pl) > 0 {
		comps = append(comps, pl...)
		sort.Slice(comps, func(i, j int) bool { return comps[i].start < comps[j].start })
	}
	comps = s.dropTreatyNames(comps)
	s.buildMentions(comps)
	s.place = c.places.find(s)
	s.date = resolveDate(s.toks, day)
	return s
}

// auxiliaries follow a subject pronoun: "it would", "they have".
var auxiliaries = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "have": true,
	"will": true, "would": true, "could": true, "can": true, "may": true, "might": true, "should": true,
	"did": true, "does": true, "do": true, "also": true, "then": true, "later": true, "had't": true,
}

// subjectPronouns keeps "it" and "they" only as subjects (followed by an
// auxiliary or an event verb): "it imposed", "they would send"; the
// object in "condemned it" is too often not an actor.
func (s *sentence) subjectPronouns(comps []component) []component {
	kept := comps[:0]
	for _, cp := range comps {
		if cp.e.Kind == kindIt {
			k := cp.end
			if k >= len(s.toks) || !(auxiliaries[s.toks[k].Norm] || s.head[k]) {
				continue
			}
		}
		kept = append(kept, cp)
	}
	return kept
}

// isDigits reports a number token ("1", "3.5", "1,000").
func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !(r >= '0' && r <= '9') && r != '.' && r != ',' {
			return false
		}
	}
	return true
}

// appositions removes the brackets around a short parenthesised apposition
// ("حلف شمال الأطلسي (الناتو) سفنا", "Rapid Support Forces (RSF) attacked"):
// the acronym repeats the actor before it and must not end its clause.
func (s *sentence) appositions() {
	for i := 1; i < len(s.toks); i++ {
		if !strings.Contains(s.gap(i), "(") || strings.Contains(s.gap(i), ")") {
			continue
		}
		for k := i + 1; k < len(s.toks) && k <= i+3; k++ {
			g := s.gap(k)
			if strings.Contains(g, "(") {
				break
			}
			if strings.Contains(g, ")") {
				if strings.TrimSpace(s.gap(i)) == "(" && strings.TrimSpace(g) == ")" {
					s.punct[i], s.punct[k] = punctNone, punctNone
				}
				break
			}
		}
	}
}

// gap returns the text between token i-1 and token i.
func (s *sentence) gap(i int) string { return s.doc[s.toks[i-1].End:s.toks[i].Start] }

func endsWithTaMarbuta(w string) bool {
	w = strings.TrimRightFunc(w, func(r rune) bool { return (r >= 0x064B && r <= 0x065F) || r == 0x0640 })
	return strings.HasSuffix(w, "ة")
}

func appendUnique(dst, src []int32) []int32 {
	for _, x := range src {
		dup := false
		for _, y := range dst {
			if x == y {
				dup = true
				break
			}
		}
		if !dup {
			dst = append(dst, x)
		}
	}
	return dst
}

func punctBetween(gap string) uint8 {
	p := punctNone
	for _, r := range gap {
		switch r {
		case ',', '،', '-', '–', '—':
			if p < punctComma {
				p = punctComma
			}
		case ';', '؛', ':', '(', ')', '[', ']', '"', '“', '”', '«', '»':
			p = punctStrong
		}
	}
	return p
}

// isHead reports whether token i realises a literal that heads a verb
// pattern (precomputed in analyse).
func (s *sentence) isHead(i int) bool { return s.head[i] }

func (s *sentence) computeHead(c *Coder, i int) bool {
	set := s.patternsAt(i)
	if w := s.lw(); w != nil && i > 0 && !s.toks[i].Arabic && s.determinerAt(i-1) {
		// "la visita del presidente", "la condamnation": after an article
		// a French or Spanish verb form is a noun (English checks this
		// where it matches).
		return false
	}
	if set == nil {
		return false
	}
	for _, l := range s.lits[i] {
		if set.heads[l] {
			return true
		}
	}
	return false
}

// buildMentions groups adjacent components into mentions ("Egyptian
// President Abdel Fattah al-Sisi", "سفير الصين") and mentions joined by
// "and"/و into compounds.
func (s *sentence) buildMentions(comps []component) {
	var simple []mention
	var cur *building
	flush := func() {
		if cur != nil {
			simple = append(simple, cur.mention(s))
			cur = nil
		}
	}
	for k := range comps {
		cp := &comps[k]
		if cur != nil && s.joinable(cur.end, cp.start) && cur.accepts(cp) && !s.possessed(cur, cp) {
			cur.add(cp)
			continue
		}
		flush()
		cur = &building{start: cp.start, prefix: cp.prefix, arabic: s.toks[cp.start].Arabic}
		cur.add(cp)
	}
	flush()
	// Compounds.
	for i := 0; i < len(simple); i++ {
		m := simple[i]
		for i+1 < len(simple) && s.conjoined(m, simple[i+1]) {
			m.parts = append(m.parts, simple[i+1].parts...)
			m.end = simple[i+1].end
			i++
		}
		idx := int32(len(s.mentions))
		s.mentions = append(s.mentions, m)
		s.startAt[m.start] = idx
		s.endAt[m.end-1] = idx
	}
}

// joinable: components at token a (end of the previous) and b may form one
// mention: adjacent, or linked by "of" / "of the" ("ambassador of China").
func (s *sentence) joinable(a, b int) bool {
	if a == b {
		return true
	}
	if b-a > 2 || s.punct[a] != punctNone {
		return false
	}
	if w := s.lw(); w != nil && !s.toks[a].Arabic {
		// "le président de la Russie", "el presidente del Gobierno de España".
		return w.of[s.toks[a].Norm] && (b-a == 1 || w.determiners[s.toks[a+1].Norm])
	}
	if s.toks[a].Norm != "of" {
		return false
	}
	return b-a == 1 || s.toks[a+1].Norm == "the"
}

// possessed: in French and Spanish a role after a possessive is the
// subject's own, and "de" after it is a place of origin, not its state:
// "retiró sus tropas de Malí" withdraws from Mali, it is not Mali's
// troops.
func (s *sentence) possessed(cur *building, cp *component) bool {
	w := s.lw()
	if w == nil || cur.start == 0 || cp.start == cur.end || s.toks[cur.start].Arabic {
		return false
	}
	return w.possessives[s.toks[cur.start-1].Norm]
}

// conjoined: "A and B", "A, B", "A and the B", "A وB".
func (s *sentence) conjoined(a, b mention) bool {
	if a.locative != b.locative {
		return false
	}
	if s.toks[a.start].Arabic {
		if b.start != a.end || !strings.HasPrefix(b.prefix, "و") {
			return false
		}
	} else {
		gap := b.start - a.end
		switch {
		case gap == 0 && s.punct[b.start] == punctComma:
		case gap == 0 && (s.gap(b.start) == "-" || s.gap(b.start) == "–"):
			// "US-China talks", "the Israel-Hamas ceasefire": a pair.
		case gap == 1 && (s.toks[a.end].Norm == "and" || s.toks[a.end].Norm == "&"):
		case gap == 2 && s.toks[a.end].Norm == "and" && s.toks[a.end+1].Norm == "the":
		case s.lw() != nil && gap >= 1 && gap <= 2 && s.lw().and[s.toks[a.end].Norm] && (gap == 1 || s.lw().determiners[s.toks[a.end+1].Norm]):
			// "la France et l'Allemagne", "Rusia y China", "España e Italia".
		default:
			return false
		}
	}
	if a.start > 0 && (s.toks[a.start-1].Norm == "between" || s.toks[a.start-1].Norm == "بين" || s.lw() != nil && s.toks[a.start-1].Norm == "entre") {
		return true // "talks between Iran and the United States ended ...": one pair
	}
	// "Russia attacked Ukraine and Poland condemned it": after an object,
	// B followed by a verb is the subject of a new clause.
	if b.end < len(s.toks) && s.isHead(b.end) && s.punct[b.end] == punctNone {
		for j := a.start - 1; j >= 0 && !s.clause[j] && s.punct[j+1] != punctStrong; j-- {
			if s.isHead(j) {
				return false
			}
		}
	}
	return true
}

// building accumulates the components of one mention.
type building struct {
	start, end int
	prefix     string
	ref        actorRef
	hasRole    bool
	hasPerson  bool
	hasState   bool // a country, adjective, capital, people, org or group
	coref      bool
	arabic     bool
}

func (b *building) accepts(c *component) bool {
	e := c.e
	if e.Kind == kindPlace || b.ref.kind == kindPlace {
		return false // a place stands alone
	}
	if b.arabic && strings.HasPrefix(c.prefix, "و") {
		return false // و joins two actors, it never continues one
	}
	if e.Kind == dict.KindGroup && b.ref.code != "" && e.Code != b.ref.code {
		return false
	}
	if b.coref {
		// "his Qatari counterpart" / "نظيره القطري": the counterpart takes
		// an adjective; other coreference words stand alone.
		return b.ref.kind == kindCounterpart && e.Kind == dict.KindAdj && !b.hasState
	}
	switch e.Kind {
	case kindPronoun, kindPair, kindFocus, kindOwn, kindIt, kindOrgRef:
		return false
	case kindCounterpart:
		return !b.hasRole && !b.hasPerson && b.hasState && b.ref.kind == dict.KindAdj
	case dict.KindRole:
		if (b.hasRole || b.hasPerson) && e.Office != "" && e.Office == b.ref.office {
			return true // apposition of one office: "العاهل المغربي الملك"
		}
		if b.hasState && b.arabic {
			// Arabic modifiers follow their noun: a role noun after a
			// state begins a new actor (VSO: "نشرت روسيا قوات").
			return false
		}
		if b.hasRole || b.hasPerson {
			// Appositions of one office ("العاهل المغربي الملك") join;
			// a second office starts a new actor (VSO: subject, object).
			return e.Office != "" && e.Office == b.ref.office
		}
		return true
	case dict.KindPerson:
		if b.hasPerson {
			// "العاهل المغربي الملك محمد السادس": one office holder named twice.
			return e.Office != "" && e.Office == b.ref.office && sameState(b.ref, e)
		}
		if b.hasRole && e.Office != "" && b.ref.office != "" && e.Office != b.ref.office {
			return false
		}
		return !b.hasState || sameState(b.ref, e)
	default: // states, orgs, groups
		if !b.hasState {
			return true
		}
		return sameState(b.ref, e)
	}
}

func sameState(r actorRef, e *entry) bool {
	if e.Org != "" || r.org != "" {
		return e.Org == r.org
	}
	return e.Country == r.country
}

func (b *building) add(c *component) {
	e := c.e
	b.end = c.end
	switch e.Kind {
	case kindPronoun, kindPair, kindFocus, kindCounterpart, kindOwn, kindIt, kindOrgRef:
		if !b.hasState {
			b.coref = true
			b.ref.kind = e.Kind
			b.ref.role = "GOV"
			return
		}
		// "Qatari counterpart": the adjective already gives the country.
		b.ref.role = "GOV"
		b.hasRole = true
		b.ref.individual = true
		return
	case dict.KindRole:
		b.hasRole = true
		if b.ref.role == "" {
			b.ref.role = e.Role
		}
		if b.ref.office == "" {
			b.ref.office = e.Office
		}
		if b.coref && b.ref.kind == kindCounterpart {
			return
		}
		b.ref.individual = e.Office != ""
		return
	case dict.KindPerson:
		b.hasPerson = true
		b.ref.individual = true
		if b.ref.role == "" {
			b.ref.role = e.Role
		}
		if b.ref.office == "" {
			b.ref.office = e.Office
		}
	case dict.KindCapital:
		if b.ref.role == "" {
			b.ref.role = "GOV"
		}
	case dict.KindGroup:
		if b.ref.code == "" {
			b.ref.code = e.Code
		}
		if b.ref.role == "" {
			b.ref.role = e.Role
		}
	case dict.KindOrg:
		b.ref.code = e.Code
	}
	if b.ref.country == "" && e.Country != "" {
		b.ref.country = e.Country
	}
	if b.ref.org == "" && e.Org != "" {
		b.ref.org = e.Org
		if e.Code != "" {
			b.ref.code = e.Code
		}
	}
	if !b.hasState || b.ref.kind == "" || b.ref.kind == kindCounterpart {
		b.ref.kind = e.Kind
	}
	if e.Kind != dict.KindPerson {
		b.hasState = true
	} else if e.Country != "" || e.Org != "" {
		b.hasState = true
	}
}

func (b *building) mention(s *sentence) mention {
	r := b.ref
	if !b.coref && !b.hasState && b.hasRole {
		r.roleOnly = true
		r.kind = dict.KindRole
	}
	r.name = s.text(b.start, b.end)
	m := mention{start: b.start, end: b.end, parts: []actorRef{r}, prefix: b.prefix}
	m.locative = s.isLocative(b.start, b.prefix, r.kind)
	return m
}

// text returns the original text of tokens [a, b).
func (s *sentence) text(a, b int) string {
	return s.doc[s.toks[a].Start:s.toks[b-1].End]
}

// isLocative: a place-like actor right after "in"/"في" or a direction word,
// or an Arabic country/capital with the preposition ب ("بالقاهرة").
func (s *sentence) isLocative(i int, prefix string, k dict.Kind) bool {
	if k == kindPlace {
		return true
	}
	if k == dict.KindOrg && i > 0 && venueWords[s.toks[i-1].Norm] || k == dict.KindOrg && i > 1 && s.toks[i-1].Norm == "the" && venueWords[s.toks[i-2].Norm] {
		return true // "filed a case at the ICJ": the court is the venue, not an actor
	}
	if k != dict.KindCountry && k != dict.KindCapital && k != dict.KindRole {
		return false
	}
	if strings.Contains(prefix, "ب") && k != dict.KindRole {
		return true
	}
	if i == 0 || s.punct[i] != punctNone {
		return false // "in the east, Ukraine struck": a comma ends the place phrase
	}
	p := s.toks[i-1]
	if locativeWords[p.Norm] && (p.Arabic || s.latin == "en") {
		return true
	}
	if w := s.lw(); w != nil && !p.Arabic && (w.locative[p.Norm] || s.latin == "fr" && s.isA(i-1) && k != dict.KindCountry) {
		// "en Syrie", "à Bagdad"; but "à l'Ukraine" is "to Ukraine" (a
		// country takes en/au when it is the place).
		return true
	}
	for _, b := range p.Bases[1:] {
		if locativeWords[b] {
			return true
		}
	}
	// "in the capital": one article between.
	if i >= 2 && p.Norm == "the" && locativeWords[s.toks[i-2].Norm] {
		return true
	}
	return false
}

// dropMaritimeAdjectives removes "البحرية" read as the navy where it is the
// adjective "maritime, sea-" of the definite noun before it: المأكولات
// البحرية (seafood), الحدود البحرية (sea borders). The navy is the word
// opening its phrase after a verb or a construct noun (نشرت البحرية
// الأمريكية، قائد البحرية) or following a country (القوات البحرية is
// one entry of its own).
func (s *sentence) dropMaritimeAdjectives(comps []component) []component {
	out := comps[:0]
	prevEnd := -1
	for _, cp := range comps {
		if cp.end-cp.start == 1 && cp.start > 0 && cp.start != prevEnd {
			t, prev := s.toks[cp.start], s.toks[cp.start-1]
			if (t.Norm == "البحريه" || t.Norm == "والبحريه") && strings.HasPrefix(prev.Norm, "ال") && !s.head[cp.start-1] {
				continue
			}
		}
		out = append(out, cp)
		prevEnd = cp.end
	}
	return out
}

// treatyWords after a capital make it the name of a treaty or a process,
// not the government: "the Paris climate agreement", "the Minsk accords",
// "the Astana format", "اتفاقية باريس".
var treatyWords = map[string]bool{
	"agreement": true, "agreements": true, "accord": true, "accords": true, "protocol": true,
	"format": true, "process": true, "climate": true, "treaty": true, "declaration": true, "communique": true,
}

// Arabic keeps only the words that name a document: "اتفاق واشنطن
// وطهران" is an agreement between the two, "إعلان موسكو" an announcement.
var arTreatyWords = map[string]bool{
	"اتفاقيه": true, "اتفاقيات": true, "معاهده": true, "بروتوكول": true,
}

// dropTreatyNames removes a capital or a city that names a treaty or a
// process: pulling out of "the Paris agreement" is not leaving France.
func (s *sentence) dropTreatyNames(comps []component) []component {
	out := comps[:0]
	for _, cp := range comps {
		if cp.e != nil && (cp.e.Kind == dict.KindCapital || cp.e.Kind == kindPlace) {
			if cp.end < len(s.toks) && !s.toks[cp.end].Arabic && treatyWords[s.toks[cp.end].Norm] && s.punct[cp.end] == punctNone {
				continue
			}
			if cp.start > 0 && s.toks[cp.start-1].Arabic && s.punct[cp.start] == punctNone {
				treaty := false
				for _, b := range s.toks[cp.start-1].Bases {
					treaty = treaty || arTreatyWords[b]
				}
				if treaty {
					continue
				}
			}
		}
		out = append(out, cp)
	}
	return out
}

// langAt is the language of token i: Arabic by script, else the
// sentence's Latin-script language.
func (s *sentence) langAt(i int) string {
	if s.toks[i].Arabic {
		return "ar"
	}
	return s.latin
}

// patternsAt is the pattern set of token i's language (nil if none).
func (s *sentence) patternsAt(i int) *patternSet { return s.c.patterns[s.langAt(i)] }
