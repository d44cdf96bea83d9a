package alert

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"math"
	"net"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/httpx"
	"golang.org/x/text/language"
)

// Limits of a rule. Windows are days; the baseline is bounded so the per-day
// counts a rule keeps stay small.
const (
	MaxWindowDays   = 366
	MaxBaselineDays = 366
	maxEvidence     = 20 // triggering events carried per alert
)

var ruleIDRe = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

// orgs are the organisation keys the coder emits (events.Actor.Org; the
// coder's dictionary pkg/coder/dict/actors/orgs.tsv). A rule naming another
// organisation could never match, so it is refused.
var orgs = map[string]bool{}

func init() {
	for _, o := range strings.Fields(`ADB AES AFDB AIIB AMNESTY AMU APEC ARL ASEAN AU AUKUS BIS BRICS CARICOM
		CELAC CICA CIS COE COMMONWEALTH CPJ CSTO EAC EAEU ECHR ECOWAS EU FIFA G20 G7 GCC GREENPEACE
		HRW IAEA ICC ICJ ICRC IEA IFRC IGAD ILO IMF INTERPOL IOC IRC MERCOSUR MSF NATO NRC OAS OECD
		OIC OPCW OPEC OSCE OTS OXFAM QUAD RWB SAARC SADC SAVE SCO UN WB WHO WTO`) {
		orgs[o] = true
	}
}

// knownActor reports whether key is an actor key events can carry: an ISO
// 3166-1 alpha-3 country code or a known organisation.
func knownActor(key string) bool {
	if orgs[key] {
		return true
	}
	if len(key) != 3 || strings.ToUpper(key) != key {
		return false
	}
	r, err := language.ParseRegion(key)
	return err == nil && r.IsCountry() && r.ISO3() == key
}

func knownCountry(key string) bool { return !orgs[key] && knownActor(key) }

// cameoPrefixes holds every prefix of a known CAMEO code.
var cameoPrefixes = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range events.AllCAMEO() {
		for i := 1; i <= len(c.Code); i++ {
			m[c.Code[:i]] = true
		}
	}
	return m
}()

// NewRuleID is a random rule id for a rule created without one.
func NewRuleID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return "r" + hex.EncodeToString(b[:])
}

// NewSecret is a random webhook signing secret.
func NewSecret() string {
	var b [24]byte
	_, _ = rand.Read(b[:])
	return "whsec_" + hex.EncodeToString(b[:])
}

// Validate checks a rule as the API receives it and normalises it (upper
// case actor keys, trigger defaults). A problem names the offending field.
// allowPrivate lets webhooks target loopback and private addresses.
func Validate(r *events.Rule, allowPrivate bool) error {
	if !ruleIDRe.MatchString(r.ID) {
		return httpx.BadRequest("id", "rule id %q must be 1-64 letters, digits, '-' or '_'", r.ID)
	}
	f := &r.Filter
	for _, l := range []struct {
		name string
		v    []string
		ok   func(string) bool
	}{
		{"filter.actor", f.Actor, knownActor},
		{"filter.source", f.Source, knownActor},
		{"filter.target", f.Target, knownActor},
		{"filter.place", f.Place, knownCountry},
	} {
		for i, k := range l.v {
			k = strings.ToUpper(strings.TrimSpace(k))
			l.v[i] = k
			if !l.ok(k) {
				return httpx.BadRequest(l.name, "unknown actor %q (want an ISO 3166-1 alpha-3 country or an organisation code)", k)
			}
		}
	}
	for i, d := range f.Dyad {
		a, b, ok := strings.Cut(strings.ToUpper(strings.TrimSpace(d)), "-")
		if !ok {
			return httpx.BadRequest("filter.dyad", "dyad %q must be A-B", d)
		}
		for _, k := range []string{a, b} {
			if !knownActor(k) {
				return httpx.BadRequest("filter.dyad", "unknown actor %q in dyad %q", k, d)
			}
		}
		f.Dyad[i] = a + "-" + b
	}
	for _, c := range f.CAMEO {
		if !cameoPrefixes[c] {
			return httpx.BadRequest("filter.cameo", "unknown CAMEO code or prefix %q", c)
		}
	}
	for _, c := range f.Root {
		if len(c) != 2 || !cameoPrefixes[c] {
			return httpx.BadRequest("filter.root", "unknown CAMEO root %q", c)
		}
	}
	for _, q := range f.QuadClass {
		if q < 1 || q > 4 {
			return httpx.BadRequest("filter.quad_class", "QuadClass %d is not 1-4", q)
		}
	}
	for i, p := range f.PLOVER {
		p = strings.ToUpper(p)
		f.PLOVER[i] = p
		if !slices.Contains(events.PLOVERTypes, p) {
			return httpx.BadRequest("filter.plover", "unknown PLOVER type %q", p)
		}
	}
	for _, g := range []*float64{f.GoldsteinMin, f.GoldsteinMax} {
		if g != nil && (math.IsNaN(*g) || *g < -10 || *g > 10) {
			return httpx.BadRequest("filter.goldstein", "Goldstein bound %v is outside -10..10", *g)
		}
	}
	if f.GoldsteinMin != nil && f.GoldsteinMax != nil && *f.GoldsteinMin > *f.GoldsteinMax {
		return httpx.BadRequest("filter.goldstein_min", "goldstein_min %v is above goldstein_max %v", *f.GoldsteinMin, *f.GoldsteinMax)
	}
	for i, l := range f.Lang {
		l = strings.ToLower(strings.TrimSpace(l))
		f.Lang[i] = l
		if _, err := language.ParseBase(l); err != nil || len(l) < 2 {
			return httpx.BadRequest("filter.lang", "unknown language %q", l)
		}
	}
	if f.MinMentions < 0 || f.MinMentions > 1000 {
		return httpx.BadRequest("filter.min_mentions", "min_mentions %d is outside 0..1000", f.MinMentions)
	}
	if r.CooldownSeconds < 0 {
		return httpx.BadRequest("cooldown_seconds", "cooldown_seconds must not be negative")
	}
	if err := validateTrigger(&r.Trigger); err != nil {
		return err
	}
	if w := r.Webhook; w != nil {
		u, err := url.Parse(w.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return httpx.BadRequest("webhook.url", "webhook url %q must be an absolute http(s) URL", w.URL)
		}
		if !allowPrivate {
			if err := checkPublicHost(u.Hostname()); err != nil {
				return httpx.BadRequest("webhook.url", "%v", err)
			}
		}
	}
	return nil
}

func validateTrigger(t *events.RuleTrigger) error {
	switch t.Kind {
	case events.TriggerEach:
		if t.Count != 0 || t.WindowDays != 0 || t.BaselineDays != 0 || t.Ratio != 0 || t.ZScore != 0 || t.MinCount != 0 {
			return httpx.BadRequest("trigger", "an each trigger takes no count, window or baseline")
		}
	case events.TriggerCount:
		if t.Count < 1 {
			return httpx.BadRequest("trigger.count", "a count trigger needs count >= 1")
		}
		if t.WindowDays == 0 {
			t.WindowDays = 1
		}
		if t.BaselineDays != 0 || t.Ratio != 0 || t.ZScore != 0 || t.MinCount != 0 {
			return httpx.BadRequest("trigger", "a count trigger takes count and window_days only")
		}
	case events.TriggerSpike:
		if t.WindowDays == 0 {
			t.WindowDays = 7
		}
		if t.BaselineDays == 0 {
			t.BaselineDays = 90
		}
		if t.BaselineDays < t.WindowDays {
			return httpx.BadRequest("trigger.baseline_days", "baseline_days %d is shorter than window_days %d", t.BaselineDays, t.WindowDays)
		}
		if (t.Ratio > 0) == (t.ZScore > 0) {
			return httpx.BadRequest("trigger.ratio", "a spike trigger needs exactly one of ratio or z_score (> 0)")
		}
		if t.Ratio < 0 || t.ZScore < 0 || math.IsNaN(t.Ratio) || math.IsNaN(t.ZScore) || math.IsInf(t.Ratio, 0) || math.IsInf(t.ZScore, 0) {
			return httpx.BadRequest("trigger.ratio", "ratio and z_score must be finite and positive")
		}
		if t.MinCount == 0 {
			t.MinCount = 3
		}
		if t.Count != 0 {
			return httpx.BadRequest("trigger.count", "a spike trigger uses min_count, not count")
		}
	case "":
		return httpx.BadRequest("trigger.kind", "trigger kind is missing (each, count or spike)")
	default:
		return httpx.BadRequest("trigger.kind", "unknown trigger kind %q (each, count or spike)", t.Kind)
	}
	if t.WindowDays < 0 || t.WindowDays > MaxWindowDays {
		return httpx.BadRequest("trigger.window_days", "window_days %d is outside 1..%d", t.WindowDays, MaxWindowDays)
	}
	if t.BaselineDays < 0 || t.BaselineDays > MaxBaselineDays {
		return httpx.BadRequest("trigger.baseline_days", "baseline_days %d is outside 1..%d", t.BaselineDays, MaxBaselineDays)
	}
	if t.MinCount < 0 {
		return httpx.BadRequest("trigger.min_count", "min_count must not be negative")
	}
	return nil
}

// checkPublicHost refuses webhook targets on loopback, private, link-local
// or unspecified addresses (server-side request forgery into the internal
// network). A name is resolved; every address it has must be public.
func checkPublicHost(host string) error {
	if strings.EqualFold(host, "localhost") || strings.HasSuffix(strings.ToLower(host), ".localhost") {
		return fmt.Errorf("webhook host %q is loopback", host)
	}
	ips := []net.IP{net.ParseIP(host)}
	if ips[0] == nil {
		addrs, err := net.LookupIP(host)
		if err != nil {
			return fmt.Errorf("webhook host %q does not resolve: %v", host, err)
		}
		ips = addrs
	}
	for _, ip := range ips {
		if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() || ip.IsUnspecified() || ip.IsMulticast() {
			return fmt.Errorf("webhook host %q is a private or loopback address (%s)", host, ip)
		}
	}
	return nil
}

// matcher is a compiled rule filter.
type matcher struct {
	actor, source, target, place, lang, plover, root map[string]bool
	dyad                                             map[[2]string]bool
	cameo                                            []string
	quad                                             [5]bool
	anyQuad                                          bool
	gmin, gmax                                       float64
	negated                                          bool
}

func set(v []string) map[string]bool {
	if len(v) == 0 {
		return nil
	}
	m := make(map[string]bool, len(v))
	for _, s := range v {
		m[s] = true
	}
	return m
}

func compile(f events.RuleFilter) *matcher {
	m := &matcher{
		actor: set(f.Actor), source: set(f.Source), target: set(f.Target), place: set(f.Place),
		lang: set(f.Lang), plover: set(f.PLOVER), root: set(f.Root), cameo: f.CAMEO,
		gmin: -math.MaxFloat64, gmax: math.MaxFloat64, negated: f.IncludeNegated,
	}
	if len(f.Dyad) > 0 {
		m.dyad = map[[2]string]bool{}
		for _, d := range f.Dyad {
			a, b, _ := strings.Cut(d, "-")
			m.dyad[[2]string{a, b}] = true
			m.dyad[[2]string{b, a}] = true
		}
	}
	m.anyQuad = len(f.QuadClass) == 0
	for _, q := range f.QuadClass {
		m.quad[q] = true
	}
	if f.GoldsteinMin != nil {
		m.gmin = *f.GoldsteinMin
	}
	if f.GoldsteinMax != nil {
		m.gmax = *f.GoldsteinMax
	}
	return m
}

func (m *matcher) match(ev *events.EventCoded) bool {
	if ev.Negated && !m.negated {
		return false
	}
	src, tgt := ev.Source.Key(), ev.Target.Key()
	if m.actor != nil && !m.actor[src] && !m.actor[tgt] {
		return false
	}
	if m.source != nil && !m.source[src] {
		return false
	}
	if m.target != nil && !m.target[tgt] {
		return false
	}
	if m.dyad != nil && !m.dyad[[2]string{src, tgt}] {
		return false
	}
	if m.place != nil && (ev.Location == nil || !m.place[ev.Location.Country]) {
		return false
	}
	if m.root != nil && !m.root[ev.Root] {
		return false
	}
	if m.cameo != nil && !slices.ContainsFunc(m.cameo, func(p string) bool { return strings.HasPrefix(ev.CAMEO, p) }) {
		return false
	}
	if !m.anyQuad && (ev.QuadClass < 1 || ev.QuadClass > 4 || !m.quad[ev.QuadClass]) {
		return false
	}
	if m.plover != nil && !m.plover[ev.PLOVER] {
		return false
	}
	if ev.Goldstein < m.gmin || ev.Goldstein > m.gmax {
		return false
	}
	if m.lang != nil && !m.lang[ev.Lang] {
		return false
	}
	return true
}

// index finds the rules an event may match without testing every rule:
// each rule is filed under its most selective list field (actor keys, then
// root, then PLOVER, then QuadClass), and an event looks up only its own
// values there. Rules with none of those fields are tested on every event.
type index struct {
	byActor  map[string][]*ruleState // actor, source, target, dyad sides
	byRoot   map[string][]*ruleState
	byPLOVER map[string][]*ruleState
	byQuad   [5][]*ruleState
	all      []*ruleState
}

func buildIndex(rules map[string]*ruleState) *index {
	ix := &index{byActor: map[string][]*ruleState{}, byRoot: map[string][]*ruleState{}, byPLOVER: map[string][]*ruleState{}}
	ids := make([]string, 0, len(rules))
	for id := range rules {
		ids = append(ids, id)
	}
	slices.Sort(ids) // deterministic evaluation order
	for _, id := range ids {
		rs := rules[id]
		f := rs.Rule.Filter
		var actors []string
		switch {
		case len(f.Source) > 0:
			actors = f.Source
		case len(f.Target) > 0:
			actors = f.Target
		case len(f.Actor) > 0:
			actors = f.Actor
		case len(f.Dyad) > 0:
			for _, d := range f.Dyad {
				a, _, _ := strings.Cut(d, "-")
				actors = append(actors, a) // every matching event has side a
			}
		}
		roots := f.Root
		if len(roots) == 0 && len(f.CAMEO) > 0 && !slices.ContainsFunc(f.CAMEO, func(p string) bool { return len(p) < 2 }) {
			for _, p := range f.CAMEO {
				roots = append(roots, p[:2])
			}
		}
		switch {
		case len(actors) > 0:
			for _, a := range uniq(actors) {
				ix.byActor[a] = append(ix.byActor[a], rs)
			}
		case len(roots) > 0:
			for _, r := range uniq(roots) {
				ix.byRoot[r] = append(ix.byRoot[r], rs)
			}
		case len(f.PLOVER) > 0:
			for _, p := range uniq(f.PLOVER) {
				ix.byPLOVER[p] = append(ix.byPLOVER[p], rs)
			}
		case len(f.QuadClass) > 0:
			for _, q := range uniq(f.QuadClass) {
				ix.byQuad[q] = append(ix.byQuad[q], rs)
			}
		default:
			ix.all = append(ix.all, rs)
		}
	}
	return ix
}

func uniq[T comparable](v []T) []T {
	var out []T
	for _, x := range v {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// candidates calls fn for each rule the event may match, each at most once
// (a rule filed under both of the event's actors is visited once).
func (ix *index) candidates(ev *events.EventCoded, fn func(*ruleState)) {
	src, tgt := ev.Source.Key(), ev.Target.Key()
	for _, rs := range ix.byActor[src] {
		fn(rs)
	}
	if tgt != src {
		for _, rs := range ix.byActor[tgt] {
			fn(rs)
		}
	}
	for _, rs := range ix.byRoot[ev.Root] {
		fn(rs)
	}
	for _, rs := range ix.byPLOVER[ev.PLOVER] {
		fn(rs)
	}
	if ev.QuadClass >= 1 && ev.QuadClass <= 4 {
		for _, rs := range ix.byQuad[ev.QuadClass] {
			fn(rs)
		}
	}
	for _, rs := range ix.all {
		fn(rs)
	}
}
