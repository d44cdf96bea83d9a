package coder

import (
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/coder/dict"
)

// focusCounter finds the country in focus of a document: the country named
// most often (actors and places), ties going to the first named.
type focusCounter struct {
	count map[string]int
	first map[string]int
	n     int
}

func (f *focusCounter) add(s *sentence) {
	if f.count == nil {
		f.count, f.first = map[string]int{}, map[string]int{}
	}
	inc := func(c string) {
		if c == "" {
			return
		}
		if _, ok := f.first[c]; !ok {
			f.first[c] = f.n
			f.n++
		}
		f.count[c]++
	}
	counted := false
	for _, m := range s.mentions {
		for _, p := range m.parts {
			if p.org == "" && !p.roleOnly {
				inc(p.country)
				counted = counted || (s.place != nil && p.country == s.place.Country)
			}
		}
	}
	if s.place != nil && !counted {
		inc(s.place.Country) // a place named as a mention is counted once
	}
}

func (f *focusCounter) best() string {
	best := ""
	for c, n := range f.count {
		if best == "" || n > f.count[best] || (n == f.count[best] && f.first[c] < f.first[best]) {
			best = c
		}
	}
	return best
}

// run is the state of coding one document.
type run struct {
	c     *Coder
	doc   Document
	day   time.Time
	focus string
	// Coreference memory.
	lastIndividual actorRef
	// subjIndividual is the first individual named in the last sentence
	// that named one: "he"/"she" usually continues the subject ("Lula met
	// Blinken in Brasilia; he criticised ..." is Lula), "him" the latest.
	subjIndividual actorRef
	prevSubj       actorRef // subjIndividual as it was before the current sentence
	// lastFirst is the first actor named in the last sentence that named
	// one (news opens with its subject); prevFirst is its value before the
	// current sentence, for an Arabic verb whose subject is dropped.
	lastFirst, prevFirst actorRef
	lastCollective       actorRef // the last state, organisation or group named, for "it"/"they"
	prevCollective       actorRef // lastCollective as it was before the current sentence
	lastOrg              actorRef // the last organisation named, for "the bloc", "the alliance"
	lastPair             []actorRef
	offices              map[string]actorRef // office -> last resolved holder's state
	seen                 map[string]bool
	out                  []events.EventCoded
}

// match is one pattern matched in a sentence.
type match struct {
	p        *pattern
	head     int   // token of the first literal
	lits     []int // tokens of all literals
	end      int   // token after the last element
	src, tgt int32 // mention indexes from explicit or implicit slots, -1
	passive  bool
	verb     bool // the head is read as a verb (an Arabic masdar is not)
	// participle: the head opens a participle clause after the main clause
	// (", accusing", "، متهما"), whose subject is the main clause's.
	participle bool
}

func (r *run) sentence(idx int, s *sentence) {
	if len(s.toks) == 0 {
		return
	}
	r.resolve(s)
	matches := r.findMatches(s)
	heads := map[int]bool{}
	objects := map[int32]bool{} // actors already taken as another event's target
	for _, m := range matches {
		heads[m.head] = true
		if m.tgt >= 0 {
			objects[m.tgt] = true
		}
	}
	s.objects = objects
	s.subjects = map[int32]bool{}
	for _, m := range matches {
		if m.src >= 0 && m.verb && !lightVerbs[s.toks[m.head].Bases[len(s.toks[m.head].Bases)-1]] {
			// "أعلنت مالي انسحابها": the subject of a light verb is the
			// agent of the noun it announces.
			s.subjects[m.src] = true
		}
	}
	modal := -1
	for i := range matches {
		m := &matches[i]
		if s.sport && violentRoots[m.p.CAMEO[:2]] {
			continue // "Morocco beat Portugal 1-0": a match, not an assault
		}
		if s.conditional(m.head) {
			continue // "if his country was attacked": nothing has happened
		}
		if s.consumed[m.head] {
			continue // "killed in a Hamas ambush": the ambush is the killing's agent, one event
		}
		if modal >= 0 && !s.strongBetween(modal, m.head) && !s.newClauseBetween(modal, m.head) {
			// What is demanded, promised, refused or threatened has not
			// happened: "demanded that Israel allow aid into Gaza" is one
			// demand, not an aid event.
			continue
		}
		if r.emit(idx, s, m, heads) && isModal(m.p.CAMEO) {
			modal = m.head
		}
	}
	r.remember(s)
}

// toWords and toRoots: a place after "to"/"إلى" stands for its state as
// the destination of a visit, aid or a deployment ("sent aid to Gaza").
var (
	toWords = map[string]bool{"to": true, "into": true, "الي": true, "لي": true}
	toRoots = map[string]bool{"04": true, "07": true, "15": true}
)

// protestRoles are the crowds whose violence at home is unrest (145).
var protestRoles = map[string]bool{"OPP": true, "CVL": true, "LAB": true}

// violentRoots are the roots a sports report borrows words from (beat,
// attack, defeat, capture).
var violentRoots = map[string]bool{"17": true, "18": true, "19": true, "20": true}

// conditionalWords open a hypothetical clause.
var conditionalWords = map[string]bool{"if": true, "unless": true, "اذا": true, "لو": true, "والا": true, "الا": true, "ان": false}

// conditional reports whether token i is inside a clause opened by "if" /
// إذا / لو, up to the next comma or strong break.
func (s *sentence) conditional(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if s.punct[j+1] != punctNone {
			return false
		}
		t := s.toks[j]
		if conditionalWords[t.Norm] || !t.Arabic && s.lw() != nil && s.lw().conditional[t.Norm] || (t.Arabic && len(t.Bases) > 1 && conditionalWords[t.Bases[1]] && t.Norm != "الا") {
			return true
		}
	}
	return false
}

// resolve fills in coreferent and role-only actors of a sentence.
func (r *run) resolve(s *sentence) {
	var seen []actorRef // distinct actors resolved so far in the sentence
	var firstInd actorRef
	r.prevCollective = r.lastCollective
	r.prevSubj = r.subjIndividual
	r.prevFirst = r.lastFirst
	var first actorRef
	for mi := range s.mentions {
		m := &s.mentions[mi]
		var parts []actorRef
		for _, p := range m.parts {
			switch {
			case p.kind == kindPronoun:
				q := r.lastIndividual
				if !strings.EqualFold(p.name, "him") {
					if firstInd.resolved() {
						q = firstInd
					} else if r.subjIndividual.resolved() {
						q = r.subjIndividual
					}
				}
				if q.resolved() {
					q.name = p.name
					parts = append(parts, q)
				}
				continue
			case p.kind == kindPair:
				for _, q := range r.lastPair {
					q.name = p.name
					parts = append(parts, q)
				}
				continue
			case p.kind == kindCounterpart && !p.resolved():
				continue // "his counterpart" without a nationality: unknown
			case p.kind == kindFocus:
				p.country = r.focus
				p.viaFocus = true
			case p.kind == kindIt && p.name != "" && strings.EqualFold(p.name, "they") && len(seen) >= 2:
				// "met his Iranian counterpart, where they agreed": the two
				// actors of the sentence.
				for _, q := range seen[:2] {
					q.name = p.name
					parts = append(parts, q)
				}
				continue
			case p.kind == kindOrgRef:
				if r.lastOrg.resolved() {
					q := r.lastOrg
					q.name = p.name
					parts = append(parts, q)
				}
				continue
			case p.kind == kindIt:
				if r.lastCollective.resolved() {
					q := r.lastCollective
					q.name = p.name
					parts = append(parts, q)
				}
				continue
			case p.kind == kindOwn:
				// "his country", "بلاده": the last individual's state.
				if r.lastIndividual.country != "" {
					p.country = r.lastIndividual.country
				} else {
					p.country = r.focus
					p.viaFocus = true
				}
			case p.roleOnly && s.backer(mi) != "":
				// "فصائل مسلحة مدعومة من إيران", "militias backed by Iran"
				p.country = s.backer(mi)
			case p.roleOnly && s.placeAfter(mi) != "":
				// "police in Moscow", "المجلس العسكري في النيجر"
				p.country = s.placeAfter(mi)
			case p.roleOnly:
				if q, ok := r.offices[lastWord(p.office)]; ok && p.office != "" {
					p.country, p.org = q.country, q.org
				} else {
					p.country = r.focus
					p.viaFocus = true
				}
			}
			if p.country != "" && p.org == "" && p.code == "" {
				p.code = p.country + p.role
			}
			if !first.resolved() && p.resolved() && !m.locative {
				first = p
			}
			if p.individual && p.resolved() && !p.roleOnly {
				r.lastIndividual = p // "Biden spoke with Netanyahu and urged him"
				if !firstInd.resolved() && !m.locative {
					firstInd = p
				}
			}
			if p.resolved() && p.kind != dict.KindPerson && !m.locative {
				r.lastCollective = p // "The bloc said it would impose sanctions"
			}
			if p.org != "" && p.kind == dict.KindOrg && !m.locative && !(m.start > 0 && locativeWords[s.toks[m.start-1].Norm]) {
				r.lastOrg = p
			}
			if p.resolved() && !m.locative && (len(seen) == 0 || seen[len(seen)-1].key() != p.key()) && len(seen) < 2 {
				seen = append(seen, p)
			}
			parts = append(parts, p)
		}
		m.parts = parts
	}
	if firstInd.resolved() {
		r.subjIndividual = firstInd
	}
	if first.resolved() {
		r.lastFirst = first
	}
}

// backedWords introduce the sponsor of an armed group.
var backedWords = map[string]bool{"backed": true, "supported": true, "مدعومه": true, "المدعومه": true, "مدعوم": true, "المدعوم": true, "مدعومين": true, "المدعومين": true}

// backer returns the state named after "backed by" / "مدعومة من" right after
// mention mi, or "".
func (s *sentence) backer(mi int) string {
	m := s.mentions[mi]
	k := m.end
	if k+2 >= len(s.toks) || !backedWords[s.toks[k].Norm] || (s.toks[k+1].Norm != "by" && s.toks[k+1].Norm != "من") {
		return ""
	}
	if n := s.startAt[k+2]; n >= 0 && len(s.mentions[n].parts) > 0 && !s.mentions[n].parts[0].roleOnly {
		return s.mentions[n].parts[0].country
	}
	return ""
}

// verbalRoles attack with words when they "attack" someone.
var verbalRoles = map[string]bool{"GOV": true, "LEG": true, "OPP": true, "JUD": true, "PTY": true, "MED": true, "REL": true}

// verbalAttack reports the verb "attack" / هاجم at token i.
func verbalAttack(s *sentence, i int) bool {
	t := s.toks[i]
	b := t.Bases[len(t.Bases)-1]
	if t.Arabic {
		return strings.HasPrefix(b, "هاجم") || strings.HasPrefix(b, "يهاجم") || strings.HasPrefix(b, "تهاجم") || strings.HasPrefix(b, "سيهاجم")
	}
	return strings.HasPrefix(t.Norm, "attack")
}

// dropped is the subject of an Arabic sentence that drops it: the first
// actor of the previous sentence (its subject in news copy), else the last
// state, organisation or group named.
func (r *run) dropped() actorRef {
	if r.prevFirst.resolved() {
		return r.prevFirst
	}
	return r.prevCollective
}

// lightVerbAt reports a light verb at token j, with or without و/ف.
func (s *sentence) lightVerbAt(j int) bool {
	t := s.toks[j]
	return lightVerbs[t.Norm] || lightVerbs[t.Bases[len(t.Bases)-1]]
}

// possessor resolves the possessive pronoun on the Arabic event noun at
// token i when the sentence names no actor before it: ـه is the last
// individual subject, ـها/ـهم the last state, organisation or group of the
// previous sentences.
func (r *run) possessor(s *sentence, i int) actorRef {
	t := s.toks[i]
	w := t.Norm
	if s.leftActor(i, nil, -1) >= 0 || utf8.RuneCountInString(w) < 4 {
		return actorRef{}
	}
	switch {
	case strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "هم"):
		return r.prevCollective
	case strings.HasSuffix(w, "ه") && !endsWithTaMarbuta(s.doc[t.Start:t.End]):
		return r.prevSubj
	}
	return actorRef{}
}

// appositive reports a person's name right after a mention of the same
// actor (a title and the name, written as two phrases).
func (s *sentence) appositive(mi int32) bool {
	m := &s.mentions[mi]
	if m.start == 0 || len(m.parts) != 1 || m.parts[0].kind != dict.KindPerson {
		return false
	}
	prev := s.endAt[m.start-1]
	if prev < 0 || len(s.mentions[prev].parts) != 1 {
		return false
	}
	a, b := s.mentions[prev].parts[0], m.parts[0]
	return a.key() == b.key() && a.role == b.role
}

// commaBetween reports a comma or a strong break between tokens a and b
// (a <= b): in [a+1, b].
func (s *sentence) commaBetween(a, b int) bool {
	for j := a; j <= b && j < len(s.toks); j++ {
		if j > 0 && s.punct[j] != punctNone {
			return true
		}
	}
	return false
}

// lamObjectAfter reports a ل-phrase naming an actor right after mention
// mi: "اعتقال الشرطة التنزانية لزعيم المعارضة", where the genitive is the
// agent and the ل-phrase the object.
func (s *sentence) lamObjectAfter(mi int32) bool {
	e := s.mentions[mi].end
	if e >= len(s.toks) || s.punct[e] != punctNone {
		return false
	}
	n := s.startAt[e]
	return n >= 0 && strings.Contains(s.mentions[n].prefix, "ل")
}

// arObjectClitic reports an Arabic verb form carrying a third-person
// object pronoun (رحلتهم، استقبلها).
func arObjectClitic(w string) bool {
	return utf8.RuneCountInString(w) >= 5 && (strings.HasSuffix(w, "هم") || strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "هما"))
}

// possessiveSuffix reports an Arabic word ending in a third-person
// possessive pronoun (هجومها، قواتهم).
func possessiveSuffix(w string) bool {
	return utf8.RuneCountInString(w) >= 5 && (strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "هم") || strings.HasSuffix(w, "هما"))
}

// nearestBefore returns the last non-place mention ending before token i in
// its sentence part (not across a strong break), or -1.
func (s *sentence) nearestBefore(i int) int32 {
	for j := i - 1; j >= 0; j-- {
		if s.punct[j+1] == punctStrong {
			return -1
		}
		if mi := s.endAt[j]; mi >= 0 {
			if !s.mentions[mi].locative && !s.backerMention(mi) {
				return mi
			}
			j = s.mentions[mi].start
		}
	}
	return -1
}

// backerMention reports a mention that names the sponsor in a description
// of another actor ("M23 rebels backed by Rwanda", "المدعومة من رواندا"):
// not the subject of the verb that follows.
func (s *sentence) backerMention(mi int32) bool {
	k := s.mentions[mi].start
	if k < 2 {
		return false
	}
	prev, before := s.toks[k-1].Norm, s.toks[k-2].Norm
	if prev == "by" {
		return backedWords[before] || strings.HasSuffix(before, "backed") || strings.HasSuffix(before, "supported")
	}
	if prev == "من" {
		return strings.HasPrefix(before, "المدعوم") || strings.HasPrefix(before, "مدعوم")
	}
	return false
}

// placeAfter returns the country of a place named right after mention mi
// with "in"/"في" between ("police in Moscow"), or "".
func (s *sentence) placeAfter(mi int) string {
	if mi+1 >= len(s.mentions) {
		return ""
	}
	m, n := s.mentions[mi], s.mentions[mi+1]
	if !n.locative || len(n.parts) != 1 {
		return ""
	}
	start := n.start
	if start == m.end+1 && start-1 > m.end-1 && (s.toks[start-1].Norm == "شرق" || s.toks[start-1].Norm == "غرب" || s.toks[start-1].Norm == "شمال" || s.toks[start-1].Norm == "جنوب" || s.toks[start-1].Norm == "وسط") {
		start-- // "سكان شرق خان يونس"
	} else if start == m.end+2 && locativeWords[s.toks[start-1].Norm] && !s.toks[start-1].Arabic {
		start-- // "residents of eastern Khan Younis"
	}
	if start == m.end && s.toks[m.start].Arabic && len(m.parts) == 1 && (m.parts[0].role == "CVL" || m.parts[0].role == "REF") && s.punct[start] == punctNone {
		return n.parts[0].country // "سكان غزة": the construct genitive
	}
	if start != m.end+1 {
		return ""
	}
	if w := s.toks[m.end].Norm; w != "in" && w != "في" && w != "of" && w != "from" {
		return "" // "police in Moscow", "residents of Khan Younis"
	}
	return n.parts[0].country
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// remember updates the coreference memory after a sentence.
func (r *run) remember(s *sentence) {
	var keys []actorRef
	for _, m := range s.mentions {
		if m.locative {
			continue
		}
		if len(m.parts) >= 2 {
			r.lastPair = append([]actorRef(nil), m.parts[:2]...)
		}
		for _, p := range m.parts {
			if !p.resolved() {
				continue
			}
			if p.individual && !p.roleOnly {
				r.lastIndividual = p
			}
			if p.office != "" && !p.roleOnly {
				if r.offices == nil {
					r.offices = map[string]actorRef{}
				}
				r.offices[p.office] = p
				r.offices[lastWord(p.office)] = p // "the minister" after "the foreign minister"
			}
			keys = append(keys, p)
		}
	}
	// Two distinct actors in one sentence are "the two sides" of the next.
	if len(keys) >= 2 {
		for j := 1; j < len(keys); j++ {
			if keys[j].key() != keys[0].key() {
				r.lastPair = []actorRef{keys[0], keys[j]}
				break
			}
		}
	}
}

// findMatches matches every pattern at every token and keeps the best
// non-overlapping ones: more elements (words and actors) first, then more
// actors, then earlier, then file order.
func (r *run) findMatches(s *sentence) []match {
	var all []match
	// A word inside an actor's name opens no pattern: "food" in "World Food
	// Programme", "security" in "Security Council".
	inside := make([]bool, len(s.toks))
	for _, m := range s.mentions {
		for k := m.start + 1; k < m.end && k < len(inside); k++ {
			inside[k] = true
		}
	}
	for i := range s.toks {
		if len(s.lits[i]) == 0 || inside[i] {
			continue
		}
		set := s.patternsAt(i)
		for _, l := range s.lits[i] {
			for _, pi := range set.byFirst[l] {
				p := set.patterns[pi]
				if m, ok := r.matchAt(s, p, i); ok {
					all = append(all, m)
				}
			}
		}
	}
	sort.SliceStable(all, func(a, b int) bool {
		sa, sb := slotCount(all[a].p), slotCount(all[b].p)
		if x, y := all[a].p.nLits+sa, all[b].p.nLits+sb; x != y {
			return x > y
		}
		if sa != sb {
			return sa > sb
		}
		return all[a].head < all[b].head
	})
	taken := map[int]bool{}
	var kept []match
	for _, m := range all {
		clash := false
		for _, t := range m.lits {
			if taken[t] {
				clash = true
				break
			}
		}
		if clash {
			continue
		}
		for _, t := range m.lits {
			taken[t] = true
		}
		kept = append(kept, m)
	}
	sort.SliceStable(kept, func(a, b int) bool { return kept[a].head < kept[b].head })
	return kept
}

func slotCount(p *pattern) int {
	n := 0
	for _, e := range p.elems {
		if e.kind != elemLit {
			n++
		}
	}
	return n
}

const (
	maxGap          = 3 // tokens between two pattern words
	slotWindow      = 3 // tokens before a slot's actor (inside a pattern)
	finalSlotWindow = 6 // tokens before a final slot's actor
)

var beForms = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "being": true, "be": true, "got": true, "get": true, "gets": true}

// predicativeWords follow "is"/"was" without making a passive.
var predicativeWords = map[string]bool{"ready": true, "willing": true, "eager": true, "keen": true, "able": true, "open": true, "optimistic": true, "hopeful": true, "determined": true}

// passiveAt: English "X was attacked (by Y)".
func passiveAt(s *sentence, head int) bool {
	t := s.toks[head]
	if t.Arabic || strings.HasSuffix(t.Norm, "ing") || predicativeWords[t.Norm] {
		return false // "is ready to", "was willing to": adjectives, not passives
	}
	for k := head - 1; k >= 0 && k >= head-3; k-- {
		n := s.toks[k].Norm
		if beForms[n] {
			return true
		}
		if !(strings.HasSuffix(n, "ly") || n == "also" || n == "not" || n == "never" || n == "reportedly" || n == "allegedly") {
			return false
		}
	}
	return false
}

// matchAt tries pattern p with its first word at token i.
func (r *run) matchAt(s *sentence, p *pattern, i int) (match, bool) {
	m := match{p: p, head: i, lits: []int{i}, src: -1, tgt: -1}
	ar := s.toks[i].Arabic
	m.verb = p.verb && !(ar && masdarAt(s, i))
	if !ar && !p.verb && s.latin == "es" && strings.HasSuffix(s.original(i), "ó") {
		// "bombardeó" folds to the noun "bombardeo": the accent says it
		// is the verb, which the verb patterns code.
		return m, false
	}
	if !ar && m.verb && i > 0 && s.determinerAt(i-1) {
		return m, false // "the support of Russia", "a strike": a noun, not this verb
	}
	if !ar && m.verb && (p.CAMEO[:2] == "05" || p.CAMEO[:2] == "07") && i > 0 && s.endAt[i-1] >= 0 &&
		i+1 < len(s.toks) && s.toks[i+1].Norm == "by" && strings.HasSuffix(s.toks[i].Norm, "ed") {
		// "M23 rebels backed by Rwanda": a description of the group, as
		// "Rwanda-backed", not a report of support.
		return m, false
	}
	if !ar && m.verb && i > 0 && verbBlockingPrepositions[s.toks[i-1].Norm] && !strings.HasSuffix(s.toks[i].Norm, "ing") {
		return m, false // "in raids across Istanbul": a noun after a preposition
	}
	if !ar && m.verb && i > 0 && s.latin == "en" && presentSNoun(s, i) {
		return m, false // "glide bombs", "air defence systems": a plural noun
	}
	m.passive = !ar && m.verb && (s.latin == "en" && passiveAt(s, i) || romancePassive(s, i))
	if ar && m.verb && len(p.elems) == 2 && p.first == 0 && p.elems[1].kind == elemTarget && arObjectClitic(s.toks[i].Norm) && i+1 < len(s.toks) && s.punct[i+1] == punctNone {
		// "مهاجرين رحلتهم فرنسا", "استقبله الرئيس": the pronoun on the
		// verb is its object (the actor before), the actor after it the
		// subject.
		if sub := s.startAt[i+1]; sub >= 0 && !s.mentions[sub].locative {
			if obj := s.leftActor(i, nil, -1); obj >= 0 {
				m.src, m.tgt = sub, obj
				m.end = s.mentions[sub].end
				return m, true
			}
		} else if sub < 0 && (i == 0 || s.punct[i] != punctNone || len(s.toks[i].Bases) > 1 && (strings.HasPrefix(s.toks[i].Norm, "و") || strings.HasPrefix(s.toks[i].Norm, "ف"))) {
			// "واتهموهم بالتجسس لصالح الولايات المتحدة": the object is the
			// pronoun, not an actor further on.
			return m, false
		}
	}
	if ar && m.verb && len(p.elems) == 2 && p.first == 0 && p.elems[1].kind == elemTarget && (forceRoots[p.CAMEO[:2]] || p.CAMEO[:2] == "17") {
		// "قتل عشرات المدنيين في قصف لقوات الدعم السريع": a passive harm
		// verb takes its victim right after it; the attack noun that
		// follows names the agent (emitPairs), it does not end the slot.
		if victim, ok := s.arHarmPassive(i); ok {
			if victim < 0 {
				return m, false
			}
			m.tgt = victim
			m.end = s.mentions[victim].end
			return m, true
		}
	}
	m.participle = participleClause(s, i, m.verb)
	// Slots written before the first word take the actor just before it.
	for k := p.first - 1; k >= 0; k-- {
		e := p.elems[k]
		mi := s.mentionEndingNear(i, 2)
		if mi < 0 {
			return m, false
		}
		if e.kind == elemTarget {
			m.tgt = mi
		} else {
			m.src = mi
		}
		i = s.mentions[mi].start
	}
	pos := m.head + 1
	hasS := false
	for _, e := range p.elems {
		if e.kind == elemSource {
			hasS = true
		}
	}
	// Arabic: the subject follows a verb (VSO) when none precedes it in its
	// clause; a noun's adjective or genitive names its agent (الغارات
	// الإسرائيلية، قصف الجيش).
	if ar && !hasS {
		if m.verb {
			if m.head > 0 && relatives[s.toks[m.head-1].Norm] {
				return m, false // "القرار الذي يدين روسيا": the subject is the antecedent
			}
			if lm := s.leftActor(m.head, nil, -1); lm < 0 || s.commaBetween(s.mentions[lm].end, m.head) {
				// No subject before the verb in its clause, or only one
				// before a comma ("بينما تقدمت القوات الروسية في الشرق،
				// قصفت أوكرانيا"): the subject follows the verb.
				// The subject comes before the verb's object words: in
				// "علقت عضوية غينيا" Guinea is the object.
				if mi := s.mentionStartingWithin(pos, 2); mi >= 0 && !s.mentions[mi].locative && !s.nextLitBetween(p, pos, s.mentions[mi].start) {
					m.src = mi
					pos = int(s.mentions[mi].end)
				}
			}
		} else if !m.participle {
			// The agent of a noun follows it, perhaps after one adjective:
			// "ضربة صاروخية إيرانية".
			objSlot := p.first+1 < len(p.elems) && p.elems[p.first+1].kind == elemTarget && !p.elems[p.first+1].far
			for j := pos; j < len(s.toks) && j <= pos+1; j++ {
				if j > pos && (s.punct[j] != punctNone || s.isHead(j) || arPrepositions[s.toks[j-1].Norm] || s.toks[j-1].Norm == "عن" || s.nextLitAt(p, j-1)) {
					break // "الإفراج عن مواطنين", "الوساطة بين إسرائيل": the object, not the agent
				}
				if s.nextLitAt(p, j) {
					break // "عملياتها العسكرية في": the pattern's own next word
				}
				if mi := s.startAt[j]; mi >= 0 {
					// "اعتقال زعيم المعارضة": when the target slot follows
					// the noun, its genitive is the object; only a
					// nationality adjective is the agent ("قصف إسرائيلي").
					if objSlot && (s.mentions[mi].parts[0].kind != dict.KindAdj || s.mentions[mi].parts[0].role != "") && !s.lamObjectAfter(mi) {
						break
					}
					// "قصف لقوات الدعم السريع", "هجوم لحماس": an attack's
					// agent may take ل; a support's ل names its beneficiary.
					if !s.mentions[mi].locative && (s.mentions[mi].prefix == "" || (s.mentions[mi].prefix == "ل" && forceRoots[p.CAMEO[:2]])) {
						m.src = mi
						pos = s.mentions[mi].end
					}
					break
				}
			}
		}
	}
	for k := p.first + 1; k < len(p.elems); k++ {
		e := p.elems[k]
		last := k == len(p.elems)-1
		switch e.kind {
		case elemLit:
			gap := maxGap
			if e.adjacent {
				gap = 0
			}
			j := s.findLit(pos, gap, e.lit)
			if j < 0 {
				return m, false
			}
			m.lits = append(m.lits, j)
			pos = j + 1
		default:
			if m.passive {
				continue // the passive takes its actors from around the verb
			}
			w := slotWindow
			if last {
				w = finalSlotWindow
			}
			if e.far {
				w = len(s.toks)
			}
			// A place may stand for the target of force or a deployment
			// ("struck targets in southern Lebanon"), or after "in"/"to".
			lastLit := ""
			if len(m.lits) > 0 {
				lastLit = s.toks[m.lits[len(m.lits)-1]].Norm
			}
			// "withdrew from the city of Kherson": the place is the state
			// left.
			// An investigation "in Georgia" investigates Georgia.
			placeOK := domesticRoots[p.CAMEO[:2]] || (last && (p.CAMEO[:2] == "13" || p.CAMEO[:2] == "09" || p.CAMEO == "015" || p.CAMEO == "042" || locativeWords[lastLit] || ((lastLit == "from" || lastLit == "من" || outOf(s, m.lits)) && p.CAMEO[:2] == "08") || (toWords[lastLit] && toRoots[p.CAMEO[:2]]) ||
				s.romancePlaceSlot(lastLit, p.CAMEO[:2])))
			// A noun's direct object is its genitive: "مقتل جنود", not
			// an actor further on.
			if last && !m.verb && k == p.first+1 && !e.far {
				w = 1
			}
			mi := s.slotActor(pos, w, e.clitic, placeOK, e.far)
			if mi < 0 {
				return m, false
			}
			if e.kind == elemTarget {
				m.tgt = mi
			} else {
				m.src = mi
			}
			pos = s.mentions[mi].end
		}
	}
	m.end = pos
	if p.first > 0 && !ar && pos < len(s.toks) && proposalNouns[s.toks[pos].Norm] {
		// "the Egyptian-Qatari ceasefire proposal": the modifier names the
		// proposal's authors, not the parties of a ceasefire.
		return m, false
	}
	return m, true
}

var proposalNouns = map[string]bool{"proposal": true, "proposals": true, "plan": true, "initiative": true, "draft": true, "framework": true, "mediation": true}

// nextLitAt reports whether token j realises the word that follows the
// first word of pattern p.
func (s *sentence) nextLitAt(p *pattern, j int) bool {
	k := p.first + 1
	if k >= len(p.elems) || p.elems[k].kind != elemLit {
		return false
	}
	for _, l := range s.lits[j] {
		if l == p.elems[k].lit {
			return true
		}
	}
	return false
}

// nextLitBetween reports whether a token in [a, b) realises the word that
// follows the first word of pattern p.
func (s *sentence) nextLitBetween(p *pattern, a, b int) bool {
	for j := a; j < b; j++ {
		if s.nextLitAt(p, j) {
			return true
		}
	}
	return false
}

// findLit finds literal l at a token in [pos, pos+gap], not across a clause
// boundary; an actor phrase in the gap counts as one token.
func (s *sentence) findLit(pos, gap int, l int32) int {
	used := 0
	for j := pos; j < len(s.toks); {
		if j > pos && s.punct[j] != punctNone {
			return -1
		}
		for _, x := range s.lits[j] {
			if x == l {
				return j
			}
		}
		if s.clause[j] {
			return -1
		}
		if s.free[j] {
			j++ // amounts and days are not gaps
			continue
		}
		if used >= gap {
			return -1
		}
		used++
		if mi := s.startAt[j]; mi >= 0 {
			j = s.mentions[mi].end
			continue
		}
		j++
	}
	return -1
}

// slotActor finds the actor filling a slot: the first mention starting in
// [pos, pos+window] before any clause boundary that is not a place; with
// placeOK a place is taken when no other actor is there.
//
// A far slot ({T*}) skips role nouns without a state ("threatened to
// respond to the military exercises between South Korea and the US").
func (s *sentence) slotActor(pos, window int, clitic string, placeOK, far bool) int32 {
	var loc int32 = -1
	if pos < len(s.toks) && clitic == "" && s.startAt[pos] < 0 && enObjectPronouns[s.toks[pos].Norm] {
		return -1 // "accusing them of spying for the US": the object is "them"
	}
	for j := pos; j < len(s.toks) && j <= pos+window; j++ {
		if s.free[j] && j > pos {
			window++ // "killed at least 30 villagers": amounts are not words of the clause
		}
		if j > pos && s.punct[j] != punctNone {
			break
		}
		if mi := s.startAt[j]; mi >= 0 {
			m := &s.mentions[mi]
			if (clitic != "" && !strings.Contains(m.prefix, clitic) && !s.carries(j-1, pos, clitic)) || (far && m.parts[0].roleOnly) ||
				s.modifierOfNamed(mi) || s.maritime(mi) || s.backerMention(mi) {
				// "the Russian-led CSTO": the adjective modifies a
				// compound; "in the Red Sea": the sea is no state.
				j = m.end - 1
				continue
			}
			if j == pos && pos > 0 && s.punct[pos] == punctNone && s.appositive(mi) {
				// "رئيس الوزراء الصيني لي تشيانغ": the name after the
				// subject's title is the subject again, not the object.
				j = m.end - 1
				continue
			}
			if !m.locative || clitic != "" {
				return mi // a required proclitic (بتايوان) says it is the object
			}
			if loc < 0 && placeOK {
				loc = mi
			}
			j = m.end - 1
			continue
		}
		if s.clause[j] || (j > pos && !far && s.isHead(j)) {
			break // a clause word or another verb: the slot's clause is over
		}
		if j > pos && !far && s.toks[j].Arabic && (s.toks[j].Norm == "علي" || s.toks[j].Norm == "ضد") && s.opensPattern(pos) {
			// "أدان الهجوم على أوكرانيا": the slot opens on another event's
			// noun, whose agent may follow it (الهجوم الإسرائيلي) but whose
			// object after a preposition is the victim, not this target
			// (English stops at "the attack on" the same way).
			break
		}
	}
	return loc
}

// vsoSubject reports an Arabic actor right after a (non-light) event verb:
// the subject of that verb even when its own pattern found no target
// ("أدانت فرنسا الهجوم على أوكرانيا": France condemns, it does not attack).
func (s *sentence) vsoSubject(mi int32) bool {
	k := s.mentions[mi].start - 1
	if k < 0 || !s.isHead(k) || s.punct[k+1] != punctNone {
		return false
	}
	// Only disapproval (11, 12): "أعلنت اليابان تقديم مساعدات" keeps Japan
	// as the giver of the announced aid.
	set := s.c.patterns["ar"]
	for _, l := range s.lits[k] {
		for _, pi := range set.byFirst[l] {
			// The verb alone must be the disapproval (أدان {T}), not a light
			// verb of a longer phrase (قدم شكوى).
			if p := set.patterns[pi]; p.verb && len(p.elems) == 2 && (p.CAMEO[:2] == "11" || p.CAMEO[:2] == "12") {
				return true
			}
		}
	}
	return false
}

// opensPattern reports whether token i is the first word of some pattern of
// its language, verb or noun (isHead covers verbs only).
func (s *sentence) opensPattern(i int) bool {
	set := s.patternsAt(i)
	if set == nil {
		return false
	}
	for _, l := range s.lits[i] {
		if len(set.byFirst[l]) > 0 {
			return true
		}
	}
	return false
}

// modifierOfNamed reports an actor that only modifies a hyphenated
// compound before another named actor: "the Russian-led CSTO" (but the
// backer in "Iranian-backed militias" stands for the unnamed militias).
func (s *sentence) modifierOfNamed(mi int32) bool {
	m := &s.mentions[mi]
	k := m.end + 1
	if m.end >= len(s.toks) || !s.linked[m.end] || k >= len(s.toks) {
		return false
	}
	n := s.startAt[k]
	return n >= 0 && len(s.mentions[n].parts) > 0 && !s.mentions[n].parts[0].roleOnly
}

// seaWords name waters: a place there is not the state it is keyed to.
var seaWords = map[string]bool{
	"sea": true, "gulf": true, "strait": true, "ocean": true, "mediterranean": true, "baltic": true,
	"pacific": true, "atlantic": true, "بحر": true, "البحر": true, "خليج": true, "مضيق": true,
	"المحيط": true, "محيط": true, "المتوسط": true, "البلطيق": true,
}

// maritime reports a place mention in or on the sea ("the Red Sea", "البحر
// الأحمر", "the Strait of Hormuz").
func (s *sentence) maritime(mi int32) bool {
	m := &s.mentions[mi]
	if !m.locative {
		return false
	}
	for j := m.start; j < m.end; j++ {
		for _, b := range s.toks[j].Bases {
			if seaWords[b] {
				return true
			}
		}
	}
	return false
}

// carries reports whether token j (not before pos) bears the proclitic cl,
// as "بالدولة" in "بالدولة الفلسطينية" carries the ب of its phrase.
func (s *sentence) carries(j, pos int, cl string) bool {
	if j < pos || j < 0 {
		return false
	}
	t := s.toks[j]
	return len(t.Bases) > 1 && strings.HasPrefix(t.Norm, cl)
}

func (s *sentence) mentionStartingWithin(pos, gap int) int32 {
	for j := pos; j < len(s.toks) && j <= pos+gap; j++ {
		if j > pos && (s.punct[j] != punctNone || s.clause[j]) {
			return -1
		}
		if mi := s.startAt[j]; mi >= 0 {
			return mi
		}
		if s.isHead(j) {
			return -1 // another verb: the subject is not after this one
		}
	}
	return -1
}

func (s *sentence) mentionEndingNear(i, gap int) int32 {
	for j := i - 1; j >= 0 && j >= i-1-gap; j-- {
		if s.clause[j] || s.punct[j+1] == punctStrong {
			return -1
		}
		if mi := s.endAt[j]; mi >= 0 {
			return mi
		}
	}
	return -1
}

// leftActor finds the subject of the word at token i: the nearest mention
// before it in its clause that is not a place. In English another event's
// verb in between ends the search ("India did not support the resolution
// condemning Russia"), unless it takes an infinitive ("agreed to send").
func (s *sentence) leftActor(i int, heads map[int]bool, skip int32) int32 {
	for j := i - 1; j >= 0; j-- {
		if s.punct[j+1] == punctStrong {
			return -1
		}
		if s.clause[j] {
			if s.reportedPronoun(j) {
				continue // "قالت تركيا إنها مستعدة": the speaker is the subject
			}
			return -1
		}
		if s.say[j] && s.reportedPronoun(j+1) {
			continue // "Turkey said it was ready"
		}
		if heads != nil && (heads[j] || (s.isHead(j) && !s.lightVerbAt(j))) {
			if s.toks[j].Arabic || j+1 >= len(s.toks) || s.toks[j+1].Norm != "to" {
				return -1
			}
		}
		if mi := s.endAt[j]; mi >= 0 {
			m := &s.mentions[mi]
			if mi != skip && !m.locative && len(m.parts) > 0 && !s.objects[mi] && !s.backerMention(mi) {
				return mi
			}
			j = m.start
		}
	}
	return -1
}

// reportedPronoun reports whether token j opens a reported clause whose
// subject is a pronoun for the speaker: "it"/"they" (or "that it") after a
// speech verb, or إنه/إنها/إنهم after one.
func (s *sentence) reportedPronoun(j int) bool {
	if j <= 0 || j >= len(s.toks) {
		return false
	}
	w := s.toks[j].Norm
	switch {
	case w == "that" && j+1 < len(s.toks) && subjectPronouns[s.toks[j+1].Norm]:
	case subjectPronouns[w]:
	case s.toks[j].Arabic && (w == "انه" || w == "انها" || w == "انهم" || w == "انهما" || w == "اننا"):
	case s.latin == "fr" && (w == "qu'il" || w == "qu'elle" || w == "qu'ils" || w == "qu'elles"):
	case s.latin == "es" && w == "que":
		// Spanish drops the subject pronoun: the search reached "que"
		// without finding one, so "China anunció que impondrá aranceles"
		// is China's.
	default:
		return false
	}
	// A speech verb just before, perhaps with its subject between (VSO).
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		if s.say[k] {
			return true
		}
		if s.clause[k] || s.punct[k+1] == punctStrong {
			return false
		}
	}
	return false
}

// lightVerbs take an event noun as their object without being an event
// themselves: "approved a loan for", "announced a mobilisation".
var lightVerbs = map[string]bool{
	"retaliate": true, "retaliated": true, "retaliates": true, // "France retaliated by expelling ..."
	"announce": true, "announced": true, "announces": true, "approve": true, "approved": true, "approves": true,
	"order": true, "ordered": true, "orders": true, "sign": true, "signed": true, "signs": true,
	"launch": true, "launched": true, "launches": true, "begin": true, "began": true, "begins": true,
	"start": true, "started": true, "starts": true, "stage": true, "staged": true, "hold": true, "held": true,
	"conduct": true, "conducted": true, "carry": true, "carried": true, "open": true, "opened": true,
	"issue": true, "issued": true, "send": true, "sent": true, "deliver": true, "delivered": true,
	"نفذ": true, "نفذت": true, "ينفذ": true, "تنفذ": true, "نفذوا": true, "اجري": true, "اجرت": true,
	"يجري": true, "تجري": true, "شن": true, "شنت": true, "يشن": true, "تشن": true, "شنوا": true,
	"ارتكب": true, "ارتكبت": true, "يرتكب": true, "ترتكب": true, "ارتكبوا": true,
	// "أعلنت مالي انسحابها": the announcer is the agent of the noun.
	"اعلن": true, "اعلنت": true, "يعلن": true, "تعلن": true, "اعلنوا": true,
	"قرر": true, "قررت": true, "يقرر": true, "تقرر": true,
	// "The EU agreed a new package of sanctions against Russia".
	"agreed": true, "adopted": true, "adopts": true, "adopt": true, "unveiled": true, "unveils": true,
	"renewed": true, "extended": true, "passed": true, "finalised": true, "finalized": true,
	// Aspect: "Russia stepped up its attacks", "واصلت القوات عملياتها".
	"stepped": true, "intensified": true, "intensifies": true, "escalated": true, "escalates": true,
	"continued": true, "continues": true, "resumed": true, "resumes": true, "ramped": true, "widened": true,
	"واصل": true, "واصلت": true, "يواصل": true, "تواصل": true, "كثف": true, "كثفت": true, "يكثف": true,
	"تكثف": true, "صعد": true, "صعدت": true, "يصعد": true, "تصعد": true, "استانف": true, "استانفت": true,
	"يستانف": true, "تستانف": true, "وسع": true, "وسعت": true, "يوسع": true, "توسع": true,
}

// sVerbLeaders may stand between a subject and a present-tense verb.
var sVerbLeaders = map[string]bool{"also": true, "and": true, "now": true, "then": true, "it": true, "he": true, "she": true,
	"which": true, "who": true, "that": true, "still": true, "again": true, "not": true, "never": true, "repeatedly": true}

// presentSNoun reports an English -s form that reads as a plural noun: a
// present-tense verb follows its subject (an actor, a pronoun or an
// adverb), while "glide bombs" or "air strikes" follow a modifier.
func presentSNoun(s *sentence, i int) bool {
	w := s.toks[i].Norm
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "'s") {
		return false
	}
	prev := s.toks[i-1].Norm
	if s.endAt[i-1] >= 0 || s.punct[i] != punctNone || sVerbLeaders[prev] || strings.HasSuffix(prev, "ly") {
		return false
	}
	return !s.toks[i-1].Arabic && !isDigits(prev)
}

// verbBlockingPrepositions before an English word make it a noun, as
// determiners do ("in raids", "during strikes"); "to" is an infinitive.
var verbBlockingPrepositions = map[string]bool{"in": true, "during": true, "after": true, "of": true, "with": true, "for": true, "across": true, "amid": true, "despite": true, "following": true}

// enPrepositions end the reach of an English noun's modifier.
var enPrepositions = map[string]bool{"in": true, "on": true, "at": true, "during": true, "after": true, "with": true, "of": true, "from": true, "to": true, "for": true, "across": true, "against": true}

// arPrepositions never precede a finite verb: a verb form after them is a
// verbal noun ("على دعمها", "بعد قصف").
var arPrepositions = map[string]bool{"علي": true, "في": true, "من": true, "الي": true, "عن": true, "بعد": true, "قبل": true, "مع": true, "ضد": true, "حول": true, "خلال": true, "اثر": true, "عقب": true, "جراء": true, "بسبب": true}

// masdarAt reports whether the Arabic verb form at token i is a verbal
// noun: definite (القصف), with a prepositional proclitic (بدعم، لدعم), or
// after a preposition.
func masdarAt(s *sentence, i int) bool {
	t := s.toks[i]
	// "التقى", "ألغى": a verb whose stem begins with ال is no definite noun.
	if !s.verbForm[i] && strings.HasPrefix(t.Norm, "ال") || strings.HasPrefix(t.Norm, "بال") || strings.HasPrefix(t.Norm, "لل") || strings.HasPrefix(t.Norm, "وال") {
		return true
	}
	if len(t.Bases) > 1 && (strings.HasPrefix(t.Norm, "ب") || strings.HasPrefix(t.Norm, "ل")) {
		return true
	}
	if i > 0 && arPrepositions[s.toks[i-1].Norm] {
		return true
	}
	// A second verb form in the clause of a finite verb, with no
	// conjunction on it, is that verb's object: "انتقدت الخارجية الجزائرية
	// بشدة دعم فرنسا", "واصل الجيش قصف".
	if len(t.Bases) > 1 && (strings.HasPrefix(t.Norm, "و") || strings.HasPrefix(t.Norm, "ف")) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if s.punct[k+1] != punctNone || s.clause[k] {
			break
		}
		if s.head[k] && !strings.HasPrefix(s.toks[k].Norm, "ال") && !(k > 0 && arPrepositions[s.toks[k-1].Norm]) {
			return true
		}
	}
	return false
}

var relatives = map[string]bool{"الذي": true, "التي": true, "الذين": true, "اللذين": true, "اللتين": true, "اللذان": true, "اللتان": true}

// negators precede a verb they negate.
var negators = map[string]bool{
	"not": true, "never": true, "no": true, "cannot": true, "nor": true, "neither": true,
	"لم": true, "لن": true, "لا": true, "ليس": true, "ليست": true, "لست": true, "ليسوا": true,
	"عدم": true, "دون": true, "بدون": true,
}

// determinerAt reports a determiner at token k in the sentence's Latin
// language.
func (s *sentence) determinerAt(k int) bool {
	if w := s.lw(); w != nil {
		// A capital inside the sentence is a name, not an article: "Kim
		// Jong Un visitó".
		if o := s.original(k); k > 0 && o != "" && o[0] >= 'A' && o[0] <= 'Z' {
			return false
		}
		return w.determiners[s.toks[k].Norm]
	}
	return determiners[s.toks[k].Norm]
}

// determiners before an English word make it a noun.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true,
	"our": true, "this": true, "these": true, "those": true, "any": true, "no": true, "every": true,
}

var stillWords = map[string]bool{"يزال": true, "تزال": true, "يزالون": true, "نزال": true, "ازال": true, "زال": true, "زالت": true}

var refusals = map[string]bool{"refused": true, "refuses": true, "refuse": true, "declined": true, "declines": true, "failed": true, "fails": true}

func negatedAt(s *sentence, head int) bool {
	if !s.toks[head].Arabic && s.lw() != nil {
		return romanceNegated(s, head)
	}
	for k := head - 1; k >= 0 && k >= head-3; k-- {
		t := s.toks[k]
		if s.clause[k] || s.punct[k+1] == punctStrong {
			return false
		}
		if t.Norm == "لا" && k+1 < len(s.toks) && stillWords[s.toks[k+1].Norm] {
			continue // "لا تزال" is "still", not a negation
		}
		if negators[t.Norm] || strings.HasSuffix(t.Norm, "n't") || strings.HasSuffix(t.Norm, "n’t") {
			return true
		}
		if t.Norm == "to" && k > 0 && refusals[s.toks[k-1].Norm] {
			return true
		}
		if t.Arabic && len(t.Bases) > 1 && negators[t.Bases[1]] {
			return true // ولم، فلن
		}
	}
	return false
}

var agentiveParticiples = map[string]bool{"carried": true, "launched": true, "conducted": true, "staged": true, "mounted": true, "claimed": true, "fired": true, "committed": true, "perpetrated": true}

// byAgent finds "by X" after token pos: the agent of a passive or of an
// English event noun ("air strikes by Israel"). A noun's "by" must follow it
// directly: in "a prisoner exchange with the US mediated by Turkey" Turkey
// mediates, it does not exchange.
func (s *sentence) byAgent(pos int, verb bool) int32 {
	reach := 3
	if !verb {
		reach = 0
		// "air strikes carried out by Israel": a verb of doing between the
		// noun and its agent.
		if pos < len(s.toks) && agentiveParticiples[s.toks[pos].Norm] {
			reach = 2
		}
	}
	for j := pos; j < len(s.toks) && j <= pos+reach; j++ {
		if j > pos && s.punct[j] != punctNone {
			return -1
		}
		if s.toks[j].Norm == "by" || verb && s.lw() != nil && s.lw().agent[s.toks[j].Norm] {
			return s.slotActor(j+1, 2, "", true, false)
		}
		if s.clause[j] {
			return -1
		}
	}
	return -1
}

// arInstrumentAgents are strikes and weapons with ب/جراء/إثر written as one
// token or phrase head: "بقصف روسي", "بغارة إسرائيلية", "بنيران إسرائيلية".
var arInstrumentAgents = map[string]bool{
	"بقصف": true, "بغاره": true, "بغارات": true, "بضربه": true, "بضربات": true,
	"بنيران": true, "برصاص": true, "بصاروخ": true, "بصواريخ": true, "بقذيفه": true,
	"بقذائف": true, "بمسيره": true,
}

// arAgent finds "من قبل X" within a few tokens after pos.
func (s *sentence) arAgent(pos int) int32 {
	for j := pos; j+1 < len(s.toks) && j <= pos+5; j++ {
		if j > pos && s.punct[j] == punctStrong {
			return -1
		}
		if arInstrumentAgents[s.toks[j].Norm] {
			// "قتل جندي أوكراني بقصف روسي": the nationality on the weapon or
			// strike after the verb is its agent, as "by Russian shelling".
			for k := j + 1; k <= j+2 && k < len(s.toks); k++ {
				if s.punct[k] != punctNone || arPrepositions[s.toks[k].Norm] {
					break // "سيقابل بضربات على تل أبيب": the target, not the agent
				}
				if n := s.startAt[k]; n >= 0 && !s.mentions[n].locative && s.mentions[n].parts[0].kind == dict.KindAdj {
					return n
				}
			}
		}
		if (s.toks[j].Norm == "من" && s.toks[j+1].Norm == "قبل") || (s.toks[j].Norm == "علي" && (s.toks[j+1].Norm == "يد" || s.toks[j+1].Norm == "ايدي")) {
			mi := s.slotActor(j+2, 2, "", false, false)
			// "على يد مقاتلين من حزب الله": the named group, not the role.
			if mi >= 0 && s.mentions[mi].parts[0].roleOnly {
				if e := s.mentions[mi].end; e+1 < len(s.toks) && s.toks[e].Norm == "من" {
					if n := s.startAt[e+1]; n >= 0 && !s.mentions[n].parts[0].roleOnly {
						return n
					}
				}
			}
			return mi
		}
	}
	return -1
}

// forceRoots are the roots of material force: assault, fight, mass violence.
var forceRoots = map[string]bool{"18": true, "19": true, "20": true}

var enObjectPronouns = map[string]bool{"them": true, "him": true, "her": true, "us": true, "me": true}

// arOutcomeWords introduce the outcome of an attack: "أسفرت الغارات ... عن
// مقتل 20 شخصا", "ما أدى إلى مقتل".
var arOutcomeWords = map[string]bool{"اسفر": true, "اسفرت": true, "يسفر": true, "تسفر": true, "ادي": true, "ادت": true,
	"يودي": true, "تودي": true, "خلف": true, "خلفت": true, "اوقع": true, "اوقعت": true}

// outcomeNoun reports an Arabic event noun introduced as the outcome of an
// attack (أسفر/أدى ... عن/إلى).
func (s *sentence) outcomeNoun(head int) bool {
	if head < 1 {
		return false
	}
	prev := s.toks[head-1].Norm
	if prev != "عن" && prev != "الي" {
		return false
	}
	for k := head - 2; k >= 0 && k >= head-8; k-- {
		if s.punct[k+1] == punctStrong {
			return false
		}
		t := s.toks[k]
		if arOutcomeWords[t.Norm] || arOutcomeWords[t.Bases[len(t.Bases)-1]] {
			return true
		}
	}
	return false
}

// forcePair reports whether sentence idx already has a force event from a's
// key to b's key.
func (r *run) forcePair(idx int, a, b actorRef) bool {
	for i := len(r.out) - 1; i >= 0 && r.out[i].Sentence.Index == idx; i-- {
		e := &r.out[i]
		if forceRoots[e.CAMEO[:2]] && e.Source.Key() == a.key() && e.Target.Key() == b.key() {
			return true
		}
	}
	return false
}

// struckBy returns the target state of an earlier force event by actor a
// in sentence idx, or "".
func (r *run) struckBy(idx int, a actorRef) string {
	src := a.actor()
	for i := len(r.out) - 1; i >= 0 && r.out[i].Sentence.Index == idx; i-- {
		e := &r.out[i]
		if forceRoots[e.CAMEO[:2]] && e.Source.Key() == src.Key() && e.Target.Country != "" {
			return e.Target.Country
		}
	}
	return ""
}

// forceBy reports whether sentence idx already has a force event by actor a.
func (r *run) forceBy(idx int, a actorRef) bool {
	src := a.actor()
	for i := len(r.out) - 1; i >= 0 && r.out[i].Sentence.Index == idx; i-- {
		e := &r.out[i]
		if forceRoots[e.CAMEO[:2]] && e.Source.Key() == src.Key() {
			return true
		}
	}
	return false
}

// arDual reports whether an Arabic verb form looks like a perfect dual
// (اتفقا، بحثا، وقعا): a final alif that is not a plural's واو-alif, on a
// word long enough not to be a defective singular (دعا، غزا).
func arDual(w string) bool {
	return utf8.RuneCountInString(w) >= 4 && strings.HasSuffix(w, "ا") && !strings.HasSuffix(w, "وا")
}

// twoActorsBefore returns the first two distinct resolved actors named
// before token i (places excluded), or fewer.
func (s *sentence) twoActorsBefore(i int) []actorRef {
	var out []actorRef
	for _, m := range s.mentions {
		if int(m.end) > i || m.locative {
			continue
		}
		for _, p := range m.parts {
			if !p.resolved() || (len(out) == 1 && out[0].key() == p.key()) {
				continue
			}
			out = append(out, p)
			if len(out) == 2 {
				return out
			}
		}
	}
	return out
}

// outOf reports whether the last two literals matched are "out of" ("pulled
// its forces out of Kherson": the place is the state left).
func outOf(s *sentence, lits []int) bool {
	n := len(lits)
	return n >= 2 && s.toks[lits[n-1]].Norm == "of" && s.toks[lits[n-2]].Norm == "out"
}

// participleClause reports whether token i opens a participle clause after
// a comma: an English -ing verb (", accusing", ", calling on") or an Arabic
// accusative participle written as a noun pattern ("، متهما", "، داعية").
func participleClause(s *sentence, i int, verb bool) bool {
	if i == 0 || s.punct[i] != punctComma {
		return false
	}
	w := s.toks[i].Norm
	if !s.toks[i].Arabic {
		switch s.latin {
		case "es": // ", acusando a", ", instando a Israel"
			return verb && (strings.HasSuffix(w, "ando") || strings.HasSuffix(w, "iendo") || strings.HasSuffix(w, "yendo"))
		case "fr": // ", accusant", ", l'accusant de", ", appelant"
			return verb && strings.HasSuffix(w, "ant")
		}
		return verb && strings.HasSuffix(w, "ing")
	}
	return !verb && utf8.RuneCountInString(w) >= 4 && (strings.HasSuffix(w, "ا") || strings.HasSuffix(w, "ه"))
}

// modalRoots are the roots whose complement is not itself an event:
// appeals, intentions, demands, rejections, threats.
var modalRoots = map[string]bool{"02": true, "03": true, "10": true, "12": true, "13": true}

// Mediation too: "Qatar and Egypt mediated a ceasefire between Israel and
// Hamas" is no ceasefire between the mediators.
func isModal(code string) bool {
	return modalRoots[code[:2]] || strings.HasPrefix(code, "112") || code == "045" || code == "046"
}

// newClauseBetween reports a clause word, or "and"/و followed by another
// verb, between tokens a and b: "called for a ceasefire and said Spain
// would recognise ..." ends the appeal's complement.
func (s *sentence) newClauseBetween(a, b int) bool {
	for j := a + 1; j < b && j < len(s.toks); j++ {
		if s.clause[j] {
			return true
		}
		if s.head[j] && j > a+1 && (s.toks[j-1].Norm == "and" || strings.HasPrefix(s.toks[j].Norm, "و") && len(s.toks[j].Bases) > 1) {
			return true
		}
	}
	return false
}

// strongBetween reports a strong break (; : or brackets) between tokens a and b.
func (s *sentence) strongBetween(a, b int) bool {
	for j := a + 1; j <= b && j < len(s.toks); j++ {
		if s.punct[j] == punctStrong {
			return true
		}
	}
	return false
}

// domesticRoots are CAMEO roots whose events may have the same state on
// both sides (protests, arrests, force, fighting, deployments at home).
var domesticRoots = map[string]bool{"14": true, "15": true, "17": true, "18": true, "19": true, "20": true}

// emit codes one match and reports whether it produced an event.
func (r *run) emit(idx int, s *sentence, m *match, heads map[int]bool) bool {
	n := len(r.out)
	r.emitPairs(idx, s, m, heads)
	return len(r.out) > n
}

func (r *run) emitPairs(idx int, s *sentence, m *match, heads map[int]bool) {
	p := m.p
	var src, tgt []actorRef
	srcMention := m.src
	tgtMention := m.tgt
	if m.passive {
		tgtMention = s.leftActor(m.head, nil, -1)
		srcMention = s.byAgent(m.end, true)
		if srcMention < 0 {
			srcMention = s.byAgent(m.head+1, true)
		}
		if srcMention < 0 && (forceRoots[p.CAMEO[:2]] || p.CAMEO[:2] == "17") {
			// "Four soldiers were killed in a Hamas ambush": the attack's
			// modifier is the agent.
			if srcMention = s.enAttackAgent(m.head + 1); srcMention >= 0 {
				s.consumeAttackOf(srcMention)
			}
		}
	}
	ar := s.toks[m.head].Arabic
	harmPassive := false
	if ar && m.verb && (forceRoots[p.CAMEO[:2]] || p.CAMEO[:2] == "17") {
		if victim, ok := s.arHarmPassive(m.head); ok {
			// "قتل خمسة جنود في كمين نصبه مسلحون": the victims are the
			// target; the agent is named by the attack, or the report has
			// none and makes no event.
			ag := s.arAgent(m.head + 1)
			if ag < 0 && victim >= 0 {
				ag = s.arAttackAgent(s.mentions[victim].end)
			}
			if ag < 0 || victim < 0 || ag == victim {
				return
			}
			srcMention, tgtMention, harmPassive = ag, victim, true
			s.consumeAttackOf(ag)
		}
	}
	if ar && m.verb && !harmPassive {
		// "قتل جنديان إسرائيليان على يد مقاتلين من حزب الله": unvocalised
		// Arabic writes the passive like the active; an agent phrase
		// after the verb makes it passive: its subject is the target.
		if ag := s.arAgent(m.head + 1); ag >= 0 && ag != srcMention {
			if srcMention >= 0 {
				tgtMention = srcMention
			}
			srcMention = ag
		}
	}
	if srcMention < 0 && !m.passive && !m.verb && !ar {
		// An event noun's modifier is its agent even when it is also the
		// object of another verb: "condemned the Israeli air strikes".
		if mi := s.mentionEndingNear(m.head, 1); mi >= 0 && mi != tgtMention && !s.mentions[mi].locative && !enPrepositions[s.toks[m.head-1].Norm] {
			// Not across a preposition: in "the Islamic State group in
			// raids across Istanbul" the group is the raids' object.
			srcMention = mi
		}
	}
	participle := false
	if srcMention < 0 && !m.passive && m.participle {
		// "Iran condemned the strike, accusing Israel of ...": a participle
		// clause after the main clause takes the main clause's subject, past
		// the main verb that would otherwise end the search.
		srcMention = s.leftActor(m.head, nil, tgtMention)
		participle = srcMention >= 0
	}
	if srcMention < 0 && !m.passive {
		// Another event's verb between the actor and an event noun means
		// the noun is that verb's object ("condemned the air strikes on
		// Lebanon"); English verbs stop there too ("the resolution
		// condemning Russia").
		block := heads
		if ar && m.verb {
			block = nil
		}
		if !ar && m.verb && m.head > 0 && s.toks[m.head-1].Norm == "and" {
			block = nil // "condemned the strike and recalled its ambassador"
		}
		srcMention = s.leftActor(m.head, block, tgtMention)
		if ar && !m.verb && m.head > 0 && possessiveSuffix(s.toks[m.head].Norm) {
			// "قطعت بوليفيا علاقاتها مع إسرائيل بسبب هجومها على غزة": the
			// possessive pronoun points at the nearest actor before it,
			// object or not.
			if mi := s.nearestBefore(m.head); mi >= 0 && mi != tgtMention {
				srcMention = mi
			}
		}
		if srcMention >= 0 && ar && !m.verb && (s.subjects[srcMention] || s.vsoSubject(srcMention)) {
			// "أدانت باكستان ضربة ...": the noun is the object of the verb
			// whose subject that actor is.
			srcMention = -1
		}
		if srcMention < 0 && !ar && !m.verb {
			srcMention = s.byAgent(m.end, false)
		}
		if srcMention < 0 && ar {
			// "تم الإفراج عن ... من قبل السلطات الإيرانية": the agent of a
			// verbal noun or an impersonal passive.
			srcMention = s.arAgent(m.end)
		}
	}
	if srcMention < 0 && ar && m.verb {
		// "وصل مفتشو الوكالة الدولية ... إلى إيران": the subject follows the
		// verb's own next word (a construct noun).
		if mi := s.mentionStartingWithin(m.head+1, 3); mi >= 0 && mi != tgtMention && !s.mentions[mi].locative {
			srcMention = mi
		}
	}
	if p.has(flagVictim) {
		// "لقي ثلاثة جنود أتراك حتفهم في هجوم لحزب العمال الكردستاني",
		// "three soldiers died in a PKK attack": the subject is the victim;
		// the attack names the source, and without one there is no event.
		victim := srcMention
		if victim < 0 {
			return
		}
		ag := int32(-1)
		if ar {
			if ag = s.arAgent(m.end); ag < 0 {
				ag = s.arAttackAgent(m.end)
			}
		} else if ag = s.enAttackAgent(m.end); ag < 0 {
			ag = s.byAgent(m.end, true)
		}
		if ag < 0 || ag == victim {
			return
		}
		srcMention, tgtMention = ag, victim
		s.consumeAttackOf(ag)
	}
	var dual []actorRef
	if ar && m.verb && (srcMention < 0 || s.punct[m.head] != punctNone) && arDual(s.toks[m.head].Norm) {
		// "التقى الوزير السعودي نظيره الإيراني ... حيث اتفقا على": a dual
		// verb with no subject of its own has the two actors named before.
		dual = s.twoActorsBefore(m.head)
	}
	if len(dual) == 2 {
		src = dual[:1]
		if tgtMention < 0 {
			tgt = dual[1:]
		}
	} else if srcMention < 0 && ar && (m.verb && m.head <= 1 || !m.verb && m.head <= 2 && m.head >= 1 && s.lightVerbAt(m.head-1)) && r.dropped().resolved() && s.leftActor(m.head, nil, -1) < 0 {
		// Arabic drops a subject that the previous sentence named: "عقدت
		// إيكواس قمة ... وعلقت لاحقا عضوية غينيا".
		src = []actorRef{r.dropped()}
	} else if srcMention < 0 && ar && !m.verb && r.possessor(s, m.head).resolved() {
		// "جاء ذلك خلال لقائه وزير الخارجية الأمريكي": the possessive
		// pronoun on the event noun is the subject of the previous sentence.
		src = []actorRef{r.possessor(s, m.head)}
	} else if srcMention < 0 {
		return // no event without a source
	} else {
		src = s.mentions[srcMention].parts
	}
	if tgtMention >= 0 {
		tgt = s.mentions[tgtMention].parts
	}
	var pairs [][2]actorRef
	switch {
	case len(tgt) > 0:
		for _, a := range src {
			for _, b := range tgt {
				pairs = append(pairs, [2]actorRef{a, b})
			}
		}
	case (p.has(flagMutual) || p.has(flagBoth)) && len(src) >= 2:
		pairs = append(pairs, [2]actorRef{src[0], src[1]})
	case p.has(flagSelf):
		for _, a := range src {
			b := actorRef{country: a.country}
			if a.country != "" {
				b.code = a.country
				b.name = a.name
			}
			pairs = append(pairs, [2]actorRef{a, b})
		}
	case p.has(flagNoTarget):
		for _, a := range src {
			pairs = append(pairs, [2]actorRef{a, {}})
		}
	default:
		return // the pattern names a target and none was found
	}
	if p.has(flagBoth) {
		// An exchange is two acts: each side releases the other's
		// prisoners ("Russia and Ukraine swapped prisoners", "Armenia
		// exchanged detainees with Azerbaijan").
		for _, pr := range pairs[:len(pairs):len(pairs)] {
			if pr[1].resolved() {
				pairs = append(pairs, [2]actorRef{pr[1], pr[0]})
			}
		}
	}
	negated := negatedAt(s, m.head)
	lang := s.langAt(m.head)
	date := ""
	switch {
	case !s.date.IsZero():
		date = s.date.Format("2006-01-02")
	case !r.day.IsZero():
		date = r.day.Format("2006-01-02")
	}
	var loc *events.Location
	if s.place != nil {
		loc = &events.Location{Name: s.place.Name, Country: s.place.Country, Lat: s.place.Lat, Lon: s.place.Lon}
	}
	root := p.CAMEO[:2]
	for _, pr := range pairs {
		a, b := pr[0], pr[1]
		if !a.resolved() {
			continue
		}
		if root == "14" && (a.role == "GOV" || a.kind == dict.KindCountry || a.kind == dict.KindCapital || a.kind == dict.KindOrg) {
			continue // a government "protesting" complains officially (114): its own patterns
		}
		if b.resolved() && a.key() == b.key() && !domesticRoots[root] && !p.has(flagSelf) {
			// "Peru's attorney general opened an investigation into the
			// president": two offices of one state.
			offices := a.role != "" && b.role != "" && a.role != b.role && b.individual && b.office != "" && !a.viaFocus
			if !offices && (a.role == "" || b.role == "" || a.role == b.role || a.viaFocus || b.viaFocus) {
				continue // no self-events unless the action can be domestic
			}
		}
		if !b.resolved() && !p.has(flagNoTarget) && !p.has(flagSelf) {
			continue
		}
		if forceRoots[root] && b.resolved() && r.forcePair(idx, a, b) {
			// One attack told with two words ("struck the town and killed
			// five", "قصفت ... وقتلت"): one event between the same pair.
			continue
		}
		if ar && !m.verb && forceRoots[root] && s.outcomeNoun(m.head) && r.forceBy(idx, a) {
			// "أسفرت الغارات الإسرائيلية على لبنان عن مقتل 20 شخصا": the
			// deaths are the strikes' outcome, one event.
			continue
		}
		if participle && forceRoots[root] && r.forceBy(idx, a) {
			// "Rebels attacked an army base, killing ten soldiers": the
			// killing is the attack's outcome, one event, not a second one.
			continue
		}
		if participle && b.viaFocus && a.country == b.country && s.place != nil && s.place.Country != a.country {
			// "Russia pounded Kharkiv, killing four civilians": a bare role
			// read through the document's focus is not the subject's own
			// when the sentence happens in another state.
			continue
		}
		if !participle && forceRoots[root] && b.viaFocus && a.country == b.country && s.place != nil && s.place.Country != "" && s.place.Country != a.country {
			// "Two civilians were killed by Russian shelling in Kharkiv": a
			// bare victim role is of the state where the force landed, not
			// of the attacker the article happens to be about.
			b.country, b.viaFocus = s.place.Country, false
			b.code = b.country + b.role
		}
		if forceRoots[root] && a.viaFocus && a.role == "MIL" && !b.viaFocus && a.country == b.country && (b.role == "" || b.role == "MIL") {
			// "تعرضت قاعدة عسكرية أمريكية لهجوم بطائرات مسيرة": drones of
			// no named state are not the victim's own forces.
			continue
		}
		if forceRoots[root] && b.viaFocus && b.roleOnly && a.country == b.country {
			// "أسفرت الغارات الإسرائيلية على لبنان عن مقتل 20 شخصا": bare
			// victims are of the state the same attacker struck in this
			// sentence, not of the attacker the article is about.
			if c := r.struckBy(idx, a); c != "" && c != a.country {
				b.country, b.viaFocus = c, false
				b.code = c + b.role
			}
		}
		code := p.CAMEO
		if root == "19" && m.verb && verbalRoles[a.role] && a.individual && verbalAttack(s, m.head) {
			// "هاجم الرئيس التركي أردوغان إسرائيل", "Trump attacked the
			// Fed": an official attacks with words (111), not with arms.
			code = "111"
		}
		if (root == "18" || root == "19") && protestRoles[a.role] && b.resolved() && a.key() == b.key() {
			// "Protesters and police clashed": domestic unrest is violent
			// protest (145), not fighting between armed forces.
			code = "145"
		}
		if root == "08" && code == "0874" && b.kind == dict.KindOrg && b.org != "" {
			// "Mali quit ECOWAS", "انسحاب المجر من المحكمة الجنائية": leaving
			// an organisation or a court reduces relations with it (16); it
			// is no military retreat.
			code = "160"
		}
		if code == "042" && forceOffices[a.office] && b.resolved() && a.country != b.country {
			// "Kenyan police arrived in Haiti", "وصلت قوات رواندية إلى
			// موزمبيق": forces arriving abroad are deployed there to
			// protect or keep the peace (074), not visiting.
			code = "074"
		}
		if root == "19" && a.role == "COP" && protestRoles[b.role] && a.key() == b.key() {
			// "Police clashed with protesters": the same unrest seen from the
			// police side; the riot (145) is the crowd's, against its police.
			code = "145"
			a, b = b, a
		}
		ev := events.EventCoded{
			ArticleID: r.doc.ID,
			Date:      date,
			Lang:      lang,
			Source:    a.actor(),
			Target:    b.actor(),
			CAMEO:     code,
			Negated:   negated,
			Location:  loc,
			Sentence: events.Sentence{
				Index: idx, Text: r.doc.Text[s.span.Start:s.span.End],
				Start: s.span.Start, End: s.span.End,
			},
			Coder: events.Coder{Version: Version, Dict: r.c.hash, Rule: p.ID},
		}
		if err := ev.Fill(); err != nil {
			continue // checked at load; unreachable unless the table shrank
		}
		ev.ID = events.EventID(r.doc.ID, idx, ev.Source, ev.Target, ev.CAMEO, negated, Version, r.c.hash)
		if r.seen[ev.ID] {
			continue
		}
		r.seen[ev.ID] = true
		r.out = append(r.out, ev)
	}
}

// forceOffices are the role nouns of armed and police units (not of their
// commanders): their arrival abroad is a deployment, not a visit.
var forceOffices = map[string]bool{
	"army": true, "troops": true, "police": true, "security forces": true, "navy": true,
	"air force": true, "border guards": true,
}

func (a actorRef) actor() events.Actor {
	if !a.resolved() {
		return events.Actor{}
	}
	code := a.code
	if code == "" {
		code = a.country + a.role
	}
	role := a.role
	if a.org != "" && a.kind == dict.KindOrg {
		role = ""
	}
	return events.Actor{Code: code, Country: a.country, Org: a.org, Role: role, Name: a.name}
}
