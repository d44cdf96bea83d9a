package store

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/geotrack/geotrack/events"
	bolt "go.etcd.io/bbolt"
)

// Totals are the figures of one bucket or breakdown cell.
type Totals struct {
	Events    int64   `json:"events"`    // distinct stories
	Mentions  int64   `json:"mentions"`  // articles reporting them
	Goldstein float64 `json:"goldstein"` // sum over stories
}

// Intervals a timeline can be bucketed by.
const (
	IntervalDay   = "day"
	IntervalWeek  = "week"
	IntervalMonth = "month"
	IntervalYear  = "year"
)

// Breakdowns a timeline can carry.
const (
	ByRoot   = "root"
	ByQuad   = "quad"
	ByPLOVER = "plover"
	ByCAMEO  = "cameo"
)

// TimelineQuery selects one series: an actor key, a directed dyad
// (Source and Target) or a place country.
type TimelineQuery struct {
	Actor, Source, Target, Place string
	From, To                     Day // inclusive
	Interval                     string
	By                           string // "" for none
	// Coder, when set, counts only the events of one coder version
	// (MatchCoder); such timelines are computed from the events (asof.go).
	Coder string
}

// Bucket is one period of a timeline. Start and End are the calendar
// bounds of the period; only its days within the query range are counted.
type Bucket struct {
	Start Day `json:"-"`
	End   Day `json:"-"`
	Totals
	By map[string]*Totals `json:"by,omitempty"`
}

// Timeline is a series with the log position it reflects.
type Timeline struct {
	Buckets       []Bucket
	CoderVersions []string
	AsOf          AsOf
}

// PeriodStart is the first day of the period of interval containing d.
// Weeks are ISO weeks (Monday first).
func PeriodStart(d Day, interval string) Day {
	t := d.Time()
	switch interval {
	case IntervalWeek:
		wd := (int(t.Weekday()) + 6) % 7 // Monday 0
		return DayOf(t.AddDate(0, 0, -wd))
	case IntervalMonth:
		return DayOf(time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC))
	case IntervalYear:
		return DayOf(time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC))
	}
	return d
}

func periodNext(d Day, interval string) Day {
	t := d.Time()
	switch interval {
	case IntervalWeek:
		return DayOf(t.AddDate(0, 0, 7))
	case IntervalMonth:
		return DayOf(t.AddDate(0, 1, 0))
	case IntervalYear:
		return DayOf(t.AddDate(1, 0, 0))
	}
	return DayOf(t.AddDate(0, 0, 1))
}

var quadNames = [][]byte{[]byte("0"), []byte("1"), []byte("2"), []byte("3"), []byte("4"), []byte("5")}

// Timeline rolls the daily buckets of one series up to the interval. Every
// period in the range is present, with zeros when nothing happened.
func (s *Store) Timeline(q TimelineQuery) (*Timeline, error) {
	if q.Coder != "" {
		return s.TimelineAsOf(q, 0)
	}
	var bucket []byte
	var prefix []byte
	switch {
	case q.Source != "" && q.Target != "":
		bucket, prefix = bAggDyad, cat(nil, q.Source, q.Target)
	case q.Actor != "":
		bucket, prefix = bAggActor, cat(nil, q.Actor)
	case q.Place != "":
		bucket, prefix = bAggPlace, cat(nil, q.Place)
	default:
		return nil, fmt.Errorf("store: timeline needs an actor, a source and target, or a place")
	}
	switch q.Interval {
	case IntervalDay, IntervalWeek, IntervalMonth, IntervalYear:
	default:
		return nil, fmt.Errorf("store: unknown interval %q", q.Interval)
	}
	if q.From == 0 || q.To == 0 || q.From > q.To {
		return nil, fmt.Errorf("store: bad range %s..%s", q.From, q.To)
	}
	tl := &Timeline{}
	for start := PeriodStart(q.From, q.Interval); start <= q.To; {
		next := periodNext(start, q.Interval)
		b := Bucket{Start: start, End: next.AddDays(-1)}
		if q.By != "" {
			b.By = map[string]*Totals{}
		}
		tl.Buckets = append(tl.Buckets, b)
		start = next
	}
	versions := map[string]struct{}{}
	err := s.view(func(tx *bolt.Tx) error {
		tl.AsOf = readAsOf(tx)
		bi := 0
		return scanSeries(tx, bucket, prefix, q.From, q.To, func(day Day, v []byte) (bool, error) {
			for bi < len(tl.Buckets)-1 && day > tl.Buckets[bi].End {
				bi++
			}
			b := &tl.Buckets[bi]
			err := walkAgg(v, func(cameo, root, plover []byte, quad int, events, mentions, gold int64) {
				g := unmilli(gold)
				b.Events += events
				b.Mentions += mentions
				b.Goldstein += g
				if b.By == nil {
					return
				}
				var key []byte
				switch q.By {
				case ByRoot:
					key = root
				case ByQuad:
					key = quadNames[min(max(quad, 0), len(quadNames)-1)]
				case ByPLOVER:
					key = plover
				case ByCAMEO:
					key = cameo
				}
				t := b.By[string(key)] // no allocation for the lookup
				if t == nil {
					t = &Totals{}
					b.By[string(key)] = t
				}
				t.Events += events
				t.Mentions += mentions
				t.Goldstein += g
			}, func(v []byte) {
				if _, ok := versions[string(v)]; !ok {
					versions[string(v)] = struct{}{}
				}
			})
			if err != nil {
				return false, fmt.Errorf("aggregate %q/%s: %w", prefix, day, err)
			}
			return true, nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: timeline: %w", err)
	}
	tl.CoderVersions = sortedKeys(versions)
	for i := range tl.Buckets {
		b := &tl.Buckets[i]
		b.Goldstein = round3(b.Goldstein)
		for _, t := range b.By {
			t.Goldstein = round3(t.Goldstein)
		}
	}
	return tl, nil
}

func round3(f float64) float64 { return unmilli(milli(f)) }

func sortedKeys(m map[string]struct{}) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// EventQuery filters the event list. Empty fields do not filter; CAMEO is a
// code prefix; Words must all occur in the sentence (case-insensitive).
type EventQuery struct {
	Actor, Source, Target, Place string
	CAMEO, Root, PLOVER, Lang    string
	Quad                         int
	From, To                     Day
	Words                        []string
	// Coder, when set, keeps only events of one coder version (MatchCoder).
	Coder string
	// After is the position returned as Next by the previous page.
	After []byte
	Limit int
}

// EventRow is one event as listed.
type EventRow struct {
	Seq           uint64            `json:"seq"`
	Logged        time.Time         `json:"logged"`
	StoryID       string            `json:"story_id"`
	StoryMentions int64             `json:"story_mentions"`
	Event         events.EventCoded `json:"event"`
}

// EventPage is one page of events in (date, seq) order.
type EventPage struct {
	Events        []EventRow
	Next          []byte // nil on the last page
	CoderVersions []string
	AsOf          AsOf
	lastKey       []byte
}

// ErrBadPosition is returned when EventQuery.After is not a position of
// the same query.
var ErrBadPosition = errors.New("store: bad page position")

func (q *EventQuery) index() (bucket, prefix []byte) {
	switch {
	case q.Source != "" && q.Target != "":
		return bAggDyad, cat(nil, q.Source, q.Target)
	case q.Actor != "":
		return bAggActor, cat(nil, q.Actor)
	case q.Source != "":
		return bAggActor, cat(nil, q.Source)
	case q.Target != "":
		return bAggActor, cat(nil, q.Target)
	case q.Place != "":
		return bAggPlace, cat(nil, q.Place)
	}
	return bIxDate, nil
}

// matchStored tests the filter fields at the head of an event record
// without allocating: a page with selective filters tests thousands.
func (q *EventQuery) matchStored(v []byte) (bool, error) {
	d := dec{b: v}
	if d.byte1() != formatV2 {
		return false, errCorrupt
	}
	n := d.uvarint()
	if d.err != nil || n > uint64(len(d.b)) {
		return false, errCorrupt
	}
	d.b = d.b[:n]
	raw := func() []byte {
		l := d.uvarint()
		if d.err != nil || uint64(len(d.b)) < l {
			d.fail()
			return nil
		}
		s := d.b[:l]
		d.b = d.b[l:]
		return s
	}
	quad := int(d.byte1())
	cameo, root, plover, lang, src, tgt, place := raw(), raw(), raw(), raw(), raw(), raw(), raw()
	if d.err != nil {
		return false, d.err
	}
	switch {
	case q.Actor != "" && string(src) != q.Actor && string(tgt) != q.Actor,
		q.Source != "" && string(src) != q.Source,
		q.Target != "" && string(tgt) != q.Target,
		q.Place != "" && string(place) != q.Place,
		q.CAMEO != "" && (len(cameo) < len(q.CAMEO) || string(cameo[:len(q.CAMEO)]) != q.CAMEO),
		q.Root != "" && string(root) != q.Root,
		q.PLOVER != "" && string(plover) != q.PLOVER,
		q.Lang != "" && string(lang) != q.Lang,
		q.Quad != 0 && quad != q.Quad:
		return false, nil
	}
	return true, nil
}

func matchWords(text string, words []string) bool {
	if len(words) == 0 {
		return true
	}
	low := strings.ToLower(text)
	for _, w := range words {
		if !strings.Contains(low, w) {
			return false
		}
	}
	return true
}

// Events lists events matching q in (date, seq) order, one page at a time.
func (s *Store) Events(q EventQuery) (*EventPage, error) {
	if q.Limit <= 0 {
		q.Limit = 100
	}
	for i, w := range q.Words {
		q.Words[i] = strings.ToLower(w)
	}
	bucket, prefix := q.index()
	page := &EventPage{}
	versions := map[string]struct{}{}
	err := s.view(func(tx *bolt.Tx) error {
		page.AsOf = readAsOf(tx)
		evb := tx.Bucket(bEv)
		stories := map[string]int64{}
		lo := q.From
		var afterSeq uint64
		var afterDay Day
		if q.After != nil {
			if !bytes.HasPrefix(q.After, prefix) || len(q.After) != len(prefix)+12 {
				return fmt.Errorf("%w: position does not belong to this query", ErrBadPosition)
			}
			rest := q.After[len(prefix):]
			afterDay = Day(binary.BigEndian.Uint32(rest))
			afterSeq = binary.BigEndian.Uint64(rest[4:])
			lo = max(lo, afterDay)
		}
		var seqs []uint64
		return scanSeries(tx, bucket, prefix, lo, q.To, func(day Day, v []byte) (bool, error) {
			var err error
			if seqs, err = daySeqs(seqs[:0], bucket, prefix, day, v); err != nil {
				return false, err
			}
			for _, seq := range seqs {
				if day == afterDay && seq <= afterSeq {
					continue
				}
				sk := seqKey(seq)
				rv := evb.Get(sk)
				if rv == nil {
					return false, fmt.Errorf("posting list %q/%s lists missing seq %d", prefix, day, seq)
				}
				ok, err := q.matchStored(rv)
				if err != nil {
					return false, fmt.Errorf("event at seq %d: %w", seq, err)
				}
				if !ok {
					continue
				}
				rec, err := decodeStored(seq, rv)
				if err != nil {
					return false, fmt.Errorf("event at seq %d: %w", seq, err)
				}
				if !matchWords(rec.Ev.Sentence.Text, q.Words) || !MatchCoder(rec.Ev.Coder, q.Coder) {
					continue
				}
				if len(page.Events) == q.Limit {
					page.Next = page.lastKey
					return false, nil
				}
				m, ok := stories[rec.Story]
				if !ok {
					m = storyMentions(tx, rec.Story)
					stories[rec.Story] = m
				}
				page.Events = append(page.Events, rowOf(rec, m))
				page.lastKey = append(append(bytes.Clone(prefix), day.key()...), sk...)
				versions[rec.Ev.Coder.Version] = struct{}{}
			}
			return true, nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: events: %w", err)
	}
	page.CoderVersions = sortedKeys(versions)
	return page, nil
}

func rowOf(rec *stored, storyMentions int64) EventRow {
	return EventRow{Seq: rec.Seq, Logged: rec.Logged, StoryID: storyHex(rec.Story), StoryMentions: storyMentions, Event: rec.Ev}
}

func storyMentions(tx *bolt.Tx, key string) int64 {
	v := tx.Bucket(bStory).Get([]byte(key))
	if v == nil {
		return 0
	}
	st, err := decodeStory([]byte(key), v)
	if err != nil {
		return 0
	}
	return st.contrib().mentions
}

// Mention is one coded event of a story.
type Mention struct {
	EventID      string `json:"event_id"`
	ArticleID    string `json:"article_id"`
	Date         string `json:"date"`
	Lang         string `json:"lang"`
	Seq          uint64 `json:"seq"`
	CoderVersion string `json:"coder_version"`
	Sentence     string `json:"sentence"`
}

// Story is a distinct real-world event and the mentions that report it.
type Story struct {
	ID       string    `json:"id"`
	Date     string    `json:"date"` // anchor: the date of the mention that opened it
	Source   string    `json:"source"`
	Target   string    `json:"target"`
	CAMEO    string    `json:"cameo"`
	Place    string    `json:"place"`
	Mentions int64     `json:"mentions"` // distinct articles
	Coded    int       `json:"coded"`    // coded events (sentences)
	Reports  []Mention `json:"reports"`
}

// EventDetail is one event with its story.
type EventDetail struct {
	EventRow
	Story Story `json:"story"`
	AsOf  AsOf  `json:"-"`
}

// Event returns one event by id, with its story; ErrNotFound if the store
// does not hold it (never coded, or retracted).
func (s *Store) Event(id string) (*EventDetail, error) {
	var d *EventDetail
	err := s.view(func(tx *bolt.Tx) error {
		sk := tx.Bucket(bID).Get(hashKey(id))
		if sk == nil {
			return ErrNotFound
		}
		seq := binary.BigEndian.Uint64(sk)
		rec, err := loadEvent(tx, seq)
		if err != nil {
			return err
		}
		d = &EventDetail{AsOf: readAsOf(tx)}
		v := tx.Bucket(bStory).Get([]byte(rec.Story))
		if v == nil {
			return fmt.Errorf("event %s: story %s missing", id, storyHex(rec.Story))
		}
		st, err := decodeStory([]byte(rec.Story), v)
		if err != nil {
			return fmt.Errorf("story %s: %w", storyHex(rec.Story), err)
		}
		c := st.contrib()
		d.EventRow = rowOf(rec, c.mentions)
		d.Story = Story{ID: storyHex(rec.Story), Date: st.Anchor.String(), Source: st.Src, Target: st.Tgt, CAMEO: st.CAMEO, Place: st.Place, Mentions: c.mentions, Coded: len(st.Members)}
		for _, m := range st.Members {
			mr, err := loadEvent(tx, m.Seq)
			if err != nil {
				return err
			}
			d.Story.Reports = append(d.Story.Reports, Mention{EventID: mr.Ev.ID, ArticleID: mr.Ev.ArticleID, Date: mr.Ev.Date, Lang: mr.Ev.Lang, Seq: m.Seq, CoderVersion: mr.Ev.Coder.Version, Sentence: mr.Ev.Sentence.Text})
		}
		return nil
	})
	if err != nil {
		if errors.Is(err, ErrNotFound) {
			return nil, fmt.Errorf("store: event %s: %w", id, ErrNotFound)
		}
		return nil, fmt.Errorf("store: event %s: %w", id, err)
	}
	return d, nil
}

func loadEvent(tx *bolt.Tx, seq uint64) (*stored, error) {
	v := tx.Bucket(bEv).Get(seqKey(seq))
	if v == nil {
		return nil, fmt.Errorf("event at seq %d missing", seq)
	}
	rec, err := decodeStored(seq, v)
	if err != nil {
		return nil, fmt.Errorf("event at seq %d: %w", seq, err)
	}
	return rec, nil
}

// ArticleEvents lists the events coded from one article, in log order.
func (s *Store) ArticleEvents(articleID string) ([]EventRow, AsOf, error) {
	var rows []EventRow
	var asOf AsOf
	err := s.view(func(tx *bolt.Tx) error {
		asOf = readAsOf(tx)
		seqs, err := decodePosting(nil, tx.Bucket(bArt).Get(hashKey(articleID)))
		if err != nil {
			return fmt.Errorf("posting list: %w", err)
		}
		for _, seq := range seqs {
			rec, err := loadEvent(tx, seq)
			if err != nil {
				return err
			}
			rows = append(rows, rowOf(rec, storyMentions(tx, rec.Story)))
		}
		return nil
	})
	if err != nil {
		return nil, AsOf{}, fmt.Errorf("store: events of article %s: %w", articleID, err)
	}
	return rows, asOf, nil
}

// Summary are all-time figures of an actor or a dyad direction.
type Summary struct {
	Totals
	Cooperation int64 `json:"cooperation"` // stories with QuadClass 1 or 2
	Conflict    int64 `json:"conflict"`    // stories with QuadClass 3 or 4
}

func summarize(a *aggVal, into *Summary) {
	for _, e := range a.Entries {
		into.Events += e.Events
		into.Mentions += e.Mentions
		into.Goldstein = round3(into.Goldstein + unmilli(e.Gold))
		switch e.Quad {
		case 1, 2:
			into.Cooperation += e.Events
		case 3, 4:
			into.Conflict += e.Events
		}
	}
}

// ActorStat is one known actor key.
type ActorStat struct {
	Key string `json:"key"`
	Summary
	CoderVersions []string `json:"-"`
}

// Actors lists actor keys starting with prefix, in key order, at most limit.
func (s *Store) Actors(prefix string, limit int) ([]ActorStat, AsOf, error) {
	var out []ActorStat
	var asOf AsOf
	err := s.view(func(tx *bolt.Tx) error {
		asOf = readAsOf(tx)
		c := tx.Bucket(bActors).Cursor()
		p := []byte(prefix)
		for k, v := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, v = c.Next() {
			if limit > 0 && len(out) == limit {
				break
			}
			a, err := decodeAgg(v)
			if err != nil {
				return fmt.Errorf("actor %q: %w", k, err)
			}
			st := ActorStat{Key: string(k)}
			summarize(a, &st.Summary)
			for _, vc := range a.Versions {
				st.CoderVersions = append(st.CoderVersions, vc.Version)
			}
			out = append(out, st)
		}
		return nil
	})
	if err != nil {
		return nil, AsOf{}, fmt.Errorf("store: actors: %w", err)
	}
	return out, asOf, nil
}

// Partner is one counterpart of an actor, both directions.
type Partner struct {
	Partner string `json:"partner"`
	Summary
	Outgoing      Summary  `json:"outgoing"` // actor -> partner
	Incoming      Summary  `json:"incoming"` // partner -> actor
	CoderVersions []string `json:"-"`
}

// Dyads lists the partners of actor by distinct events, most first, at
// most limit.
func (s *Store) Dyads(actor string, limit int) ([]Partner, AsOf, error) {
	var out []Partner
	var asOf AsOf
	err := s.view(func(tx *bolt.Tx) error {
		asOf = readAsOf(tx)
		v := tx.Bucket(bActors).Get([]byte(actor))
		if v == nil {
			return nil
		}
		a, err := decodeAgg(v)
		if err != nil {
			return fmt.Errorf("actor %q: %w", actor, err)
		}
		var versions []string
		for _, vc := range a.Versions {
			versions = append(versions, vc.Version)
		}
		for _, p := range a.Partners {
			if len(out) == 0 || out[len(out)-1].Partner != p.Partner {
				out = append(out, Partner{Partner: p.Partner, CoderVersions: versions})
			}
			pt := &out[len(out)-1]
			sum := Summary{Totals: Totals{Events: p.Events, Mentions: p.Mentions, Goldstein: unmilli(p.Gold)}, Cooperation: p.Coop, Conflict: p.Conflict}
			if p.Dir == 'o' {
				pt.Outgoing = sum
			} else {
				pt.Incoming = sum
			}
			if p.Partner != actor || p.Dir == 'o' { // a self-dyad is one story, not two
				pt.Events += sum.Events
				pt.Mentions += sum.Mentions
				pt.Goldstein = round3(pt.Goldstein + sum.Goldstein)
				pt.Cooperation += sum.Cooperation
				pt.Conflict += sum.Conflict
			}
		}
		return nil
	})
	if err != nil {
		return nil, AsOf{}, fmt.Errorf("store: dyads of %s: %w", actor, err)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Events != out[j].Events {
			return out[i].Events > out[j].Events
		}
		return out[i].Partner < out[j].Partner
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, asOf, nil
}

// Dump writes every projection bucket in key order, one "bucket key value"
// line per entry (hex), leaving out what is per file rather than derived
// from the log (the cursor secret). Two stores built from the same log
// dump identically: the audit compares a rebuild with the live store this
// way.
func (s *Store) Dump(w io.Writer) error {
	return s.view(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			c := tx.Bucket(name).Cursor()
			for k, v := c.First(); k != nil; k, v = c.Next() {
				if bytes.Equal(name, bMeta) && bytes.Equal(k, metaSecret) {
					continue
				}
				if _, err := fmt.Fprintf(w, "%s %s %s\n", name, hex.EncodeToString(k), hex.EncodeToString(v)); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// Stats are sizes for capacity planning and the benchmarks.
type Stats struct {
	Events    int   `json:"events"`
	Stories   int   `json:"stories"`
	FileBytes int64 `json:"file_bytes"`
}

// Stats counts events and stories and reports the file size.
func (s *Store) Stats() (Stats, error) {
	var st Stats
	err := s.view(func(tx *bolt.Tx) error {
		st.Events = tx.Bucket(bEv).Stats().KeyN
		st.Stories = tx.Bucket(bStory).Stats().KeyN
		st.FileBytes = tx.Size()
		return nil
	})
	return st, err
}

// Difference is the first entry where two stores differ (Compare).
type Difference struct {
	Bucket string
	Key    []byte
	// Side is "a" or "b" when the key is in that store only, "" when both
	// have it with different values.
	Side           string
	LenA, LenB     int // value sizes
	ValueA, ValueB []byte
}

// Compare walks the buckets of a and b in Dump order, comparing raw keys
// and values without rendering them, and returns the number of equal
// entries before the first difference, and that difference (nil when the
// projections are equal). It compares what Dump compares (the cursor
// secret is left out), about ten times faster than comparing dumps.
func Compare(a, b *Store) (int, *Difference, error) {
	n := 0
	var diff *Difference
	err := a.view(func(ta *bolt.Tx) error {
		return b.view(func(tb *bolt.Tx) error {
			for _, name := range allBuckets {
				ca, cb := ta.Bucket(name).Cursor(), tb.Bucket(name).Cursor()
				ka, va := ca.First()
				kb, vb := cb.First()
				skip := func(c *bolt.Cursor, k, v []byte) ([]byte, []byte) {
					if bytes.Equal(name, bMeta) && bytes.Equal(k, metaSecret) {
						return c.Next()
					}
					return k, v
				}
				for {
					ka, va = skip(ca, ka, va)
					kb, vb = skip(cb, kb, vb)
					if ka == nil && kb == nil {
						break
					}
					c := bytes.Compare(ka, kb)
					switch {
					case kb == nil || ka != nil && c < 0:
						diff = &Difference{Bucket: string(name), Key: bytes.Clone(ka), Side: "a", LenA: len(va)}
					case ka == nil || c > 0:
						diff = &Difference{Bucket: string(name), Key: bytes.Clone(kb), Side: "b", LenB: len(vb)}
					case !bytes.Equal(va, vb):
						diff = &Difference{Bucket: string(name), Key: bytes.Clone(ka), LenA: len(va), LenB: len(vb), ValueA: bytes.Clone(va), ValueB: bytes.Clone(vb)}
					}
					if diff != nil {
						return nil
					}
					n++
					ka, va = ca.Next()
					kb, vb = cb.Next()
				}
			}
			return nil
		})
	})
	if err != nil {
		return n, nil, fmt.Errorf("store: compare %s with %s: %w", a.path, b.path, err)
	}
	return n, diff, nil
}

// daySeqs appends to buf the log sequences of one day's value in a series:
// the posting list itself in the date index, the posting part of an
// aggregate value in the others.
func daySeqs(buf []uint64, bucket, prefix []byte, day Day, v []byte) ([]uint64, error) {
	if !bytes.Equal(bucket, bIxDate) {
		post, _, err := splitAgg(v)
		if err != nil {
			return buf, fmt.Errorf("aggregate %q/%s: %w", prefix, day, err)
		}
		v = post
	}
	seqs, err := decodePosting(buf, v)
	if err != nil {
		return buf, fmt.Errorf("posting list %q/%s: %w", prefix, day, err)
	}
	return seqs, nil
}
