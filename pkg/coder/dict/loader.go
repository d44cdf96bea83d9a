package dict

import (
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

const dateLayout = "2006-01-02"

// cameoRoles are the CAMEO role (sector) codes the dictionaries may use.
// Diplomats are GOV: CAMEO has no diplomatic role.
var cameoRoles = map[string]string{
	"GOV": "government, executive, diplomats",
	"MIL": "military",
	"COP": "police",
	"JUD": "judiciary",
	"LEG": "legislature",
	"OPP": "opposition",
	"PTY": "political party",
	"REB": "rebels",
	"INS": "insurgents",
	"SEP": "separatists",
	"UAF": "unidentified armed forces",
	"SPY": "intelligence",
	"BUS": "business",
	"MED": "media",
	"CVL": "civilians",
	"REF": "refugees",
	"NGO": "non-governmental organisation",
	"IGO": "intergovernmental organisation",
	"MNC": "multinational corporation",
	"EDU": "education",
	"HLH": "health",
	"HRI": "human rights",
	"LAB": "labour",
	"AGR": "agriculture",
	"ELI": "elites",
	"CRM": "criminals",
	"REL": "religious",
	"ENV": "environment",
	"DEV": "development",
	"MOD": "moderate",
	"RAD": "radical",
}

// KnownRole reports whether code is a CAMEO role code the dictionaries accept.
func KnownRole(code string) bool { _, ok := cameoRoles[code]; return ok }

// countryKinds maps the kind column of countries tables to actor kinds.
var countryKinds = map[string]Kind{
	"name": KindCountry, "adj": KindAdj, "capital": KindCapital, "people": KindPeople,
	"never": kindNever,
}

// kindNever marks, in a countries table, generated forms to suppress for a
// country (the nisba مالي "Malian" is also the common word "financial").
const kindNever Kind = "never"

// otherNameLanguages are the languages besides English and Arabic whose CLDR
// country names the loader adds (the coder is also run on news in these).
var otherNameLanguages = []language.Tag{
	language.French, language.Spanish, language.Russian, language.German,
	language.Chinese, language.Turkish, language.Portuguese,
}

// placeKinds are the accepted kind values of places tables.
var placeKinds = map[string]bool{"capital": true, "city": true, "region": true, "country": true}

type countryKey struct {
	iso3 string
	kind Kind
}

type loader struct {
	countries    map[countryKey]*ActorEntry
	countryOrder []countryKey
	orgs         []ActorEntry
	groups       []ActorEntry
	people       []ActorEntry
	peopleOrg    map[int]string  // index in people -> org whose code to copy
	never        map[string]bool // iso3 NUL folded phrase: never generate it
	folds        folder
	roles        []ActorEntry
	places       []Place
}

func newLoader() *loader {
	return &loader{countries: map[countryKey]*ActorEntry{}, peopleOrg: map[int]string{}, never: map[string]bool{}, folds: make(folder, 16384)}
}

// loadTable dispatches a TSV file by folder and name prefix, so a researcher
// may split a table (people.tsv, people-africa.tsv) without touching Go.
func (l *loader) loadTable(name string, data []byte) error {
	dir, base := path.Split(name)
	switch dir {
	case "places/":
		return l.loadPlaces(name, data)
	case "actors/":
		switch {
		case strings.HasPrefix(base, "countries"):
			return l.loadCountries(name, data)
		case strings.HasPrefix(base, "orgs"):
			return l.loadOrgs(name, data)
		case strings.HasPrefix(base, "groups"):
			return l.loadGroups(name, data)
		case strings.HasPrefix(base, "people"):
			return l.loadPeople(name, data)
		case strings.HasPrefix(base, "roles"):
			return l.loadRoles(name, data)
		}
		return fmt.Errorf("dict: %s: unknown table (actors/ files start with countries, orgs, groups, people or roles)", name)
	case "verbs/":
		return nil // the coder engine's own tables
	}
	return fmt.Errorf("dict: %s: a .tsv outside actors/, places/ or verbs/", name)
}

func checkCountry(r row, iso3 string) error {
	if !ValidCountry(iso3) {
		return r.errorf("unknown ISO 3166-1 alpha-3 country %q", iso3)
	}
	return nil
}

func checkRole(r row, role string) error {
	if !KnownRole(role) {
		return r.errorf("unknown CAMEO role %q", role)
	}
	return nil
}

func checkDates(r row, from, to string) error {
	for _, d := range []string{from, to} {
		if d == "" {
			continue
		}
		if _, err := time.Parse(dateLayout, d); err != nil {
			return r.errorf("date %q is not YYYY-MM-DD", d)
		}
	}
	if from != "" && to != "" && to < from {
		return r.errorf("from %s is after to %s", from, to)
	}
	return nil
}

func phrasesOf(r row, col string) ([]string, []string, error) {
	p, a := splitPhrases(r.get(col))
	if len(p) == 0 {
		return nil, nil, r.errorf("no phrases")
	}
	return p, a, nil
}

func (l *loader) loadCountries(name string, data []byte) error {
	rows, err := parseTable(name, data, []string{"iso3", "kind", "phrases"}, []string{"note"})
	if err != nil {
		return err
	}
	for _, r := range rows {
		iso3 := r.get("iso3")
		if err := checkCountry(r, iso3); err != nil {
			return err
		}
		kind, ok := countryKinds[r.get("kind")]
		if !ok {
			return r.errorf("kind %q is not name, adj, capital or people", r.get("kind"))
		}
		p, a, err := phrasesOf(r, "phrases")
		if err != nil {
			return err
		}
		if kind == kindNever {
			for _, ph := range p {
				l.never[iso3+"\x00"+l.folds.fold(ph)] = true
			}
			continue
		}
		k := countryKey{iso3, kind}
		e := l.countries[k]
		if e == nil {
			e = &ActorEntry{Kind: kind, Country: iso3, Source: r.src()}
			l.countries[k] = e
			l.countryOrder = append(l.countryOrder, k)
		}
		e.Phrases = append(e.Phrases, p...)
		e.Ambiguous = append(e.Ambiguous, a...)
	}
	return nil
}

func (l *loader) loadOrgs(name string, data []byte) error {
	rows, err := parseTable(name, data, []string{"org", "code", "name", "phrases"}, []string{"note"})
	if err != nil {
		return err
	}
	for _, r := range rows {
		org, code := r.get("org"), r.get("code")
		if org == "" || code == "" || r.get("name") == "" {
			return r.errorf("org, code and name are required")
		}
		if len(code) < 4 {
			return r.errorf("code %q: a CAMEO org code is a 3-letter type (IGO, NGO, MNC) and the org, e.g. IGOUNO", code)
		}
		role := code[:3]
		if role != "IGO" && role != "NGO" && role != "MNC" {
			return r.errorf("code %q does not start with IGO, NGO or MNC", code)
		}
		p, a, err := phrasesOf(r, "phrases")
		if err != nil {
			return err
		}
		l.orgs = append(l.orgs, ActorEntry{
			Kind: KindOrg, Org: org, Role: role, Code: code, Name: r.get("name"),
			Phrases: withName(r.get("name"), p), Ambiguous: a, Source: r.src(),
		})
	}
	return nil
}

func (l *loader) loadGroups(name string, data []byte) error {
	rows, err := parseTable(name, data, []string{"country", "role", "code", "name", "phrases"}, []string{"note"})
	if err != nil {
		return err
	}
	for _, r := range rows {
		iso3, role := r.get("country"), r.get("role")
		if err := checkCountry(r, iso3); err != nil {
			return err
		}
		if err := checkRole(r, role); err != nil {
			return err
		}
		if r.get("name") == "" {
			return r.errorf("name is required")
		}
		p, a, err := phrasesOf(r, "phrases")
		if err != nil {
			return err
		}
		code := r.get("code")
		if code == "" {
			code = iso3 + role
		}
		l.groups = append(l.groups, ActorEntry{
			Kind: KindGroup, Country: iso3, Role: role, Code: code, Name: r.get("name"),
			Phrases: withName(r.get("name"), p), Ambiguous: a, Source: r.src(),
		})
	}
	return nil
}

func (l *loader) loadPeople(name string, data []byte) error {
	rows, err := parseTable(name, data,
		[]string{"country", "role", "office", "from", "to", "name", "phrases"}, []string{"org", "code", "note"})
	if err != nil {
		return err
	}
	for _, r := range rows {
		iso3, org, role := r.get("country"), r.get("org"), r.get("role")
		if iso3 == "" && org == "" {
			return r.errorf("a person needs a country or an org")
		}
		if iso3 != "" {
			if err := checkCountry(r, iso3); err != nil {
				return err
			}
		}
		if err := checkRole(r, role); err != nil {
			return err
		}
		if err := checkDates(r, r.get("from"), r.get("to")); err != nil {
			return err
		}
		if r.get("name") == "" || r.get("office") == "" {
			return r.errorf("name and office are required")
		}
		p, a, _ := phrasesOf(r, "phrases") // the name alone is enough
		e := ActorEntry{
			Kind: KindPerson, Country: iso3, Org: org, Role: role, Name: r.get("name"),
			Office: r.get("office"), From: r.get("from"), To: r.get("to"),
			Phrases: withName(r.get("name"), p), Ambiguous: a, Source: r.src(),
		}
		switch {
		case org != "":
			l.peopleOrg[len(l.people)] = org
		case r.get("code") != "":
			e.Code = r.get("code") // a group's leader emits the group's code
		default:
			e.Code = iso3 + role
		}
		l.people = append(l.people, e)
	}
	return nil
}

func (l *loader) loadRoles(name string, data []byte) error {
	rows, err := parseTable(name, data, []string{"role", "office", "phrases"}, []string{"note"})
	if err != nil {
		return err
	}
	for _, r := range rows {
		role := r.get("role")
		if err := checkRole(r, role); err != nil {
			return err
		}
		p, a, err := phrasesOf(r, "phrases")
		if err != nil {
			return err
		}
		office := r.get("office")
		l.roles = append(l.roles, ActorEntry{
			Kind: KindRole, Role: role, Code: role, Name: office, Office: office,
			Phrases: p, Ambiguous: a, Source: r.src(),
		})
	}
	return nil
}

func (l *loader) loadPlaces(name string, data []byte) error {
	rows, err := parseTable(name, data, []string{"country", "kind", "lat", "lon", "name", "phrases"}, []string{"note"})
	if err != nil {
		return err
	}
	for _, r := range rows {
		iso3, kind := r.get("country"), r.get("kind")
		if err := checkCountry(r, iso3); err != nil {
			return err
		}
		if !placeKinds[kind] {
			return r.errorf("kind %q is not capital, city, region or country", kind)
		}
		lat, err := strconv.ParseFloat(r.get("lat"), 64)
		if err != nil || lat < -90 || lat > 90 {
			return r.errorf("lat %q is not a latitude in decimal degrees", r.get("lat"))
		}
		lon, err := strconv.ParseFloat(r.get("lon"), 64)
		if err != nil || lon < -180 || lon > 180 {
			return r.errorf("lon %q is not a longitude in decimal degrees", r.get("lon"))
		}
		if r.get("name") == "" {
			return r.errorf("name is required")
		}
		p, a, _ := phrasesOf(r, "phrases")
		l.places = append(l.places, Place{
			Name: r.get("name"), Country: iso3, Lat: lat, Lon: lon, Kind: kind,
			Phrases: withName(r.get("name"), p), Ambiguous: a, Source: r.src(),
		})
	}
	return nil
}

// withName puts the canonical name first among the phrases, once.
func withName(name string, phrases []string) []string {
	out := []string{name}
	for _, p := range phrases {
		if p != name {
			out = append(out, p)
		}
	}
	return out
}

// finish generates the CLDR names and Arabic adjectives, resolves the org
// codes of office holders, and validates the whole set.
func (l *loader) finish(d *Dict) error {
	// Org codes, one per org key.
	orgCode := map[string]string{}
	names := map[string]string{}
	for _, o := range l.orgs {
		if prev, ok := orgCode[o.Org]; ok && prev != o.Code {
			return fmt.Errorf("dict: %s: org %s has code %s here but %s elsewhere", o.Source, o.Org, o.Code, prev)
		}
		orgCode[o.Org] = o.Code
		if prev, ok := names[o.Name]; ok {
			return fmt.Errorf("dict: %s: org name %q already defined at %s", o.Source, o.Name, prev)
		}
		names[o.Name] = o.Source
	}
	for i := range l.people { // in file order, so the first bad row is reported
		org, isOrg := l.peopleOrg[i]
		if !isOrg {
			continue
		}
		code, ok := orgCode[org]
		if !ok {
			return fmt.Errorf("dict: %s: org %q is not in any orgs table", l.people[i].Source, org)
		}
		l.people[i].Code = code
		l.people[i].Role = code[:3]
	}

	l.generateCountries()

	for _, k := range l.countryOrder {
		e := l.countries[k]
		e.Phrases = dedupe(e.Phrases)
		e.Name = CountryName(e.Country, "en")
		switch e.Kind {
		case KindCountry, KindAdj:
			e.Code = e.Country
		case KindCapital:
			e.Role, e.Code = "GOV", e.Country+"GOV"
		case KindPeople:
			e.Role, e.Code = "CVL", e.Country+"CVL"
		}
		d.Actors = append(d.Actors, *e)
	}
	d.Actors = append(d.Actors, l.orgs...)
	d.Actors = append(d.Actors, l.groups...)
	d.Actors = append(d.Actors, l.people...)
	d.Actors = append(d.Actors, l.roles...)
	d.Places = l.places
	l.completeCountryPlaces(d.Places)
	if err := checkActorPhrases(d.Actors, l.folds); err != nil {
		return err
	}
	return checkPlacePhrases(d.Places, l.folds)
}

// candidate is one generated phrase for a country, before the hand entries
// are consulted.
type candidate struct {
	iso3    string
	kind    Kind
	phrase  string
	folded  string
	primary bool // English or Arabic (else another language's name)
}

// candidates are computed once per process: they depend only on CLDR, and
// looking names up and folding them is most of the cost of a load.
var candidates = sync.OnceValue(func() []candidate {
	var out []candidate
	add := func(iso3 string, kind Kind, primary bool, phrases ...string) {
		for _, p := range phrases {
			if f := fold(p); f != "" {
				out = append(out, candidate{iso3, kind, p, f, primary})
			}
		}
	}
	en, ar := display.English.Regions(), display.Arabic.Regions()
	for _, iso3 := range Countries() {
		r := regions().byISO3[iso3]
		add(iso3, KindCountry, true, cldrPhrases(en.Name(r))...)
		arName := ar.Name(r)
		add(iso3, KindCountry, true, cldrPhrases(arName)...)
		adj, people := arabicNisba(arName)
		add(iso3, KindAdj, true, adj...)
		add(iso3, KindPeople, true, people...)
	}
	for _, lang := range otherNameLanguages {
		namer := display.Regions(lang)
		for _, iso3 := range Countries() {
			add(iso3, KindCountry, false, cldrPhrases(namer.Name(regions().byISO3[iso3]))...)
		}
	}
	return out
})

// generateCountries adds, for every country, its CLDR names in English and
// Arabic (then in otherNameLanguages) and the Arabic nisba adjectives of
// one-word names. Hand entries win: a generated phrase that a hand entry of
// the same kind already uses (for any country) is dropped, and so is an
// English or Arabic one two countries generate alike. A name in another
// language comes second: it is skipped when it folds like a phrase already
// given to any country, so it never takes one away from English or Arabic.
func (l *loader) generateCountries() {
	type key struct {
		kind   Kind
		folded string
	}
	hand := map[key]bool{}
	for k, e := range l.countries {
		for _, p := range e.Phrases {
			hand[key{k.kind, l.folds.fold(p)}] = true
		}
	}
	cands := candidates()
	owner := make(map[key]string, len(cands))
	conflict := map[key]bool{}
	keep := make([]bool, len(cands))
	for i, c := range cands {
		k := key{c.kind, c.folded}
		if hand[k] || l.never[c.iso3+"\x00"+c.folded] {
			continue
		}
		o, owned := owner[k]
		switch {
		case c.primary && owned && o != c.iso3:
			conflict[k] = true
		case !c.primary && owned:
			continue
		}
		owner[k] = c.iso3
		keep[i] = true
		l.folds[c.phrase] = c.folded
	}
	for i, c := range cands {
		if !keep[i] || conflict[key{c.kind, c.folded}] {
			continue // two countries generate it alike: neither gets it
		}
		ck := countryKey{c.iso3, c.kind}
		e := l.countries[ck]
		if e == nil {
			e = &ActorEntry{Kind: c.kind, Country: c.iso3, Source: "CLDR (golang.org/x/text/language/display)"}
			l.countries[ck] = e
			l.countryOrder = append(l.countryOrder, ck)
		}
		e.Phrases = append(e.Phrases, c.phrase)
	}
	sort.SliceStable(l.countryOrder, func(i, j int) bool {
		a, b := l.countryOrder[i], l.countryOrder[j]
		if a.iso3 != b.iso3 {
			return a.iso3 < b.iso3
		}
		return a.kind < b.kind
	})
}

// completeCountryPlaces adds to each place of kind country its CLDR names in
// English and Arabic, unless another place already uses the phrase (Kuwait's
// capital row does not lose "Kuwait City"; a researcher's row always wins).
func (l *loader) completeCountryPlaces(places []Place) {
	owner := map[string]int{}
	for i, p := range places {
		for _, ph := range p.Phrases {
			if _, ok := owner[l.folds.fold(ph)]; !ok {
				owner[l.folds.fold(ph)] = i
			}
		}
	}
	en, ar := display.English.Regions(), display.Arabic.Regions()
	for i := range places {
		p := &places[i]
		if p.Kind != "country" {
			continue
		}
		r := regions().byISO3[p.Country]
		for _, ph := range append(cldrPhrases(en.Name(r)), cldrPhrases(ar.Name(r))...) {
			f := l.folds.fold(ph)
			if j, ok := owner[f]; ok && j != i {
				continue
			} else if ok {
				continue // already listed by hand
			}
			owner[f] = i
			p.Phrases = append(p.Phrases, ph)
		}
	}
}

func dedupe(ps []string) []string {
	seen := map[string]bool{}
	out := ps[:0]
	for _, p := range ps {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}
