package query

import (
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/geotrack/geotrack/pkg/httpx"
	"github.com/geotrack/geotrack/pkg/store"
)

// params reads one request's query string strictly: an unknown or repeated
// parameter is a 400 naming it, and every value read is recorded so the
// canonical form of the query (sorted, defaults filled in) can be returned
// as part of the figure's receipt.
type params struct {
	in    url.Values
	canon url.Values
}

func newParams(in url.Values, allowed ...string) (*params, error) {
	for k, vs := range in {
		if !slices.Contains(allowed, k) {
			return nil, httpx.BadRequest(k, "unknown parameter %q; this route takes %s", k, strings.Join(sorted(allowed), ", "))
		}
		if len(vs) > 1 {
			return nil, httpx.BadRequest(k, "parameter %q given %d times; give it once", k, len(vs))
		}
		if len(vs[0]) > maxValueLen {
			return nil, httpx.BadRequest(k, "parameter %q is %d bytes; at most %d", k, len(vs[0]), maxValueLen)
		}
	}
	if n := len(strings.Fields(in.Get("q"))); n > maxWords {
		return nil, httpx.BadRequest("q", "q has %d words; at most %d (each word is matched against every candidate sentence)", n, maxWords)
	}
	return &params{in: in, canon: url.Values{}}, nil
}

// Query cost limits. Every value is short (ids, codes, dates and cursors
// are far below maxValueLen); each word of q is matched against every
// candidate sentence; and a timeline's cost is its number of buckets times
// the breakdown cells per bucket, both held in memory and written out.
const (
	maxValueLen = 1024
	maxWords    = 16
	// maxBuckets lets a weekly timeline span the full 100-year range and a
	// daily one about 14 years.
	maxBuckets = 5300
	// maxCells bounds buckets x breakdown keys: a daily timeline by full
	// CAMEO code (about 300 codes) may span about 3.5 years.
	maxCells = 400_000
)

// byKeys is an upper bound on the breakdown keys per bucket of each by.
var byKeys = map[string]int{"": 1, store.ByRoot: 20, store.ByQuad: 4, store.ByPLOVER: 20, store.ByCAMEO: 310}

// timelineCost refuses a timeline whose answer would be too large: too
// many buckets (400 naming interval) or too many breakdown cells (400
// naming by), with the coarser question that would be answered.
func (p *params) timelineCost(from, to store.Day, interval, by string) error {
	days := int(to.Time().Sub(from.Time()).Hours()/24) + 1
	buckets := days
	switch interval {
	case store.IntervalWeek:
		buckets = days/7 + 2
	case store.IntervalMonth:
		buckets = days/28 + 2
	case store.IntervalYear:
		buckets = days/365 + 2
	}
	if buckets > maxBuckets {
		return httpx.BadRequest("interval", "%s..%s by %s is about %d buckets; at most %d: use a coarser interval or a shorter range", from, to, interval, buckets, maxBuckets)
	}
	keys, ok := byKeys[by]
	if !ok {
		keys = byKeys[store.ByCAMEO]
	}
	if cells := buckets * keys; cells > maxCells {
		return httpx.BadRequest("by", "by=%s over %d %s buckets is about %d cells; at most %d: use a coarser interval, a shorter range or a coarser by", by, buckets, interval, cells, maxCells)
	}
	return nil
}

func sorted(s []string) []string {
	out := slices.Clone(s)
	sort.Strings(out)
	return out
}

func (p *params) raw(name string) string { return strings.TrimSpace(p.in.Get(name)) }

// set records a value in the canonical query.
func (p *params) set(name, v string) {
	if v != "" {
		p.canon.Set(name, v)
	}
}

// Canonical is the sorted, defaults-filled query string.
func (p *params) Canonical() string { return p.canon.Encode() }

var keyRe = regexp.MustCompile(`^[A-Z0-9]{2,16}$`)

// key reads an actor or place key (upper-cased: "kaz" is KAZ).
func (p *params) key(name string) (string, error) {
	v := strings.ToUpper(p.raw(name))
	if v == "" {
		return "", nil
	}
	if !keyRe.MatchString(v) {
		return "", httpx.BadRequest(name, "%q is not an actor or country key (2-16 letters or digits, e.g. KAZ, NATO)", p.raw(name))
	}
	p.set(name, v)
	return v, nil
}

func (p *params) day(name string) (store.Day, error) {
	v := p.raw(name)
	if v == "" {
		return 0, nil
	}
	d, err := store.ParseDay(v)
	if err != nil {
		return 0, httpx.BadRequest(name, "%v", err)
	}
	return d, nil
}

func (p *params) enum(name, def string, allowed ...string) (string, error) {
	v := strings.ToLower(p.raw(name))
	if v == "" {
		v = def
	}
	if v != "" && !slices.Contains(allowed, v) {
		return "", httpx.BadRequest(name, "%q is not one of %s", p.raw(name), strings.Join(allowed, ", "))
	}
	p.set(name, v)
	return v, nil
}

func (p *params) intRange(name string, def, lo, hi int) (int, error) {
	v := p.raw(name)
	n := def
	if v != "" {
		var err error
		n, err = strconv.Atoi(v)
		if err != nil || n < lo || n > hi {
			return 0, httpx.BadRequest(name, "%q is not a whole number from %d to %d", v, lo, hi)
		}
	}
	if n != 0 {
		p.set(name, strconv.Itoa(n))
	}
	return n, nil
}

func (p *params) pattern(name string, re *regexp.Regexp, fold func(string) string, what string) (string, error) {
	v := fold(p.raw(name))
	if v == "" {
		return "", nil
	}
	if !re.MatchString(v) {
		return "", httpx.BadRequest(name, "%q is not %s", p.raw(name), what)
	}
	p.set(name, v)
	return v, nil
}

// maxRangeYears bounds a date range: beyond it a typo (year 20222) is far
// more likely than a real question, and the answer would be huge.
const maxRangeYears = 100

// dateRange reads from and to. With defaults, a missing to is the current
// UTC day and a missing from one year before it; with required=false they
// stay open.
func (p *params) dateRange(now time.Time, defaults bool) (from, to store.Day, err error) {
	if from, err = p.day("from"); err != nil {
		return
	}
	if to, err = p.day("to"); err != nil {
		return
	}
	if defaults {
		if to == 0 {
			to = store.DayOf(now)
		}
		if from == 0 {
			from = store.DayOf(to.Time().AddDate(-1, 0, 1))
		}
	}
	if from != 0 && to != 0 {
		if from > to {
			return 0, 0, httpx.BadRequest("from", "from %s is after to %s", from, to)
		}
		if to.Time().After(from.Time().AddDate(maxRangeYears, 0, 0)) {
			return 0, 0, httpx.BadRequest("to", "the range %s..%s is longer than %d years", from, to, maxRangeYears)
		}
	}
	p.set("from", from.String())
	p.set("to", to.String())
	return from, to, nil
}

// asOf reads as_of, an EVENTS stream sequence: answer as the projection
// stood when the log reached it. 0 when absent (answer from now).
func (p *params) asOf() (uint64, error) {
	v := p.raw("as_of")
	if v == "" {
		return 0, nil
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil || n == 0 {
		return 0, httpx.BadRequest("as_of", "%q is not an EVENTS log sequence (a whole number from 1; the as_of.seq of an earlier answer)", v)
	}
	p.set("as_of", strconv.FormatUint(n, 10))
	return n, nil
}

var coderRe = regexp.MustCompile(`^[A-Za-z0-9_./:@+-]{1,200}$`)

// coder reads coder, a coder version: "engine@sha256:dict", the engine
// version, or a dictionary hash (prefix of at least 8 hex digits).
func (p *params) coder() (string, error) {
	return p.pattern("coder", coderRe, strings.TrimSpace, "a coder version (engine@sha256:dict, the engine version, or sha256:dict)")
}

// actorKeys reads the actor, source, target and place filters every
// list and timeline route takes.
func (p *params) actorKeys(actor, source, target, place *string) error {
	for _, f := range []struct {
		name string
		dst  *string
	}{{"actor", actor}, {"source", source}, {"target", target}, {"place", place}} {
		var err error
		if *f.dst, err = p.key(f.name); err != nil {
			return err
		}
	}
	return nil
}
