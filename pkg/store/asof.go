package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"

	"github.com/geotrack/geotrack/events"
	bolt "go.etcd.io/bbolt"
)

// As-of reads answer "what was known when the log reached sequence N"
// from the live file, without replaying: every projected event records
// the sequence it was applied at, and a retracted event is kept in the
// "gone" bucket with the sequence that retracted it. An event was known at
// N when it was applied at or before N and not retracted at or before N.
//
// Stories need no history of their own: a story's key (and so its anchor
// day) is fixed when its first mention is applied and assignment follows
// log order, so the events known at N carry exactly the story keys they
// had at N. Timelines as of N are therefore computed from those events,
// grouped by story, rather than from the cumulative daily aggregates:
// events = stories anchored in the period, mentions = their distinct
// articles, goldstein = the story's code value once. This reads the
// series' events in the range widened by the story window, plus every
// retained retraction (a scan of the gone bucket): as-of answers cost more
// than live ones, which read one aggregate per day.

// goneEvent is a retracted event as kept for as-of reads.
type goneEvent struct {
	retractedAt uint64
	raw         []byte // the event record as it was in "ev"
	rec         *stored
}

// goneAt lists the retracted events still known at asOf (applied at or
// before it, retracted after it).
func goneAt(tx *bolt.Tx, asOf uint64) ([]goneEvent, error) {
	var out []goneEvent
	c := tx.Bucket(bGone).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		seq := binary.BigEndian.Uint64(k)
		if seq > asOf {
			break // keyed by the sequence it was applied at
		}
		if len(v) < 8 {
			return nil, fmt.Errorf("gone %d: %w", seq, errCorrupt)
		}
		if binary.BigEndian.Uint64(v[:8]) <= asOf {
			continue
		}
		rec, err := decodeStored(seq, v[8:])
		if err != nil {
			return nil, fmt.Errorf("gone %d: %w", seq, err)
		}
		out = append(out, goneEvent{retractedAt: binary.BigEndian.Uint64(v[:8]), raw: v[8:], rec: rec})
	}
	return out, nil
}

// knownEvents collects the events of the index range [lo, hi] days under
// prefix of bucket that were known at asOf and pass match, plus the known
// retracted ones that pass it, in (date, seq) order.
func knownEvents(tx *bolt.Tx, bucket, prefix []byte, lo, hi Day, asOf uint64, gone []goneEvent, match func(raw []byte, rec *stored) (bool, error)) ([]*stored, error) {
	var out []*stored
	evb := tx.Bucket(bEv)
	var seqs []uint64
	err := scanSeries(tx, bucket, prefix, lo, hi, func(day Day, v []byte) (bool, error) {
		var err error
		if seqs, err = daySeqs(seqs[:0], bucket, prefix, day, v); err != nil {
			return false, err
		}
		for _, seq := range seqs {
			if seq > asOf {
				continue
			}
			raw := evb.Get(seqKey(seq))
			if raw == nil {
				return false, fmt.Errorf("posting list %q/%s lists missing seq %d", prefix, day, seq)
			}
			ok, err := match(raw, nil)
			if err != nil || !ok {
				if err != nil {
					return false, fmt.Errorf("event at seq %d: %w", seq, err)
				}
				continue
			}
			rec, err := decodeStored(seq, raw)
			if err != nil {
				return false, fmt.Errorf("event at seq %d: %w", seq, err)
			}
			if ok, err := match(nil, rec); err != nil || !ok {
				continue
			}
			out = append(out, rec)
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	for _, g := range gone {
		day, err := ParseDay(g.rec.Ev.Date)
		if err != nil || (lo != 0 && day < lo) || (hi != 0 && day > hi) {
			continue
		}
		if ok, err := match(g.raw, nil); err != nil || !ok {
			continue
		}
		if ok, err := match(nil, g.rec); err != nil || !ok {
			continue
		}
		out = append(out, g.rec)
	}
	slices.SortFunc(out, func(a, b *stored) int {
		if c := strings.Compare(a.Ev.Date, b.Ev.Date); c != 0 {
			return c
		}
		return cmpU64(a.Seq, b.Seq)
	})
	return out, nil
}

// MatchCoder says whether an event's coder fits spec: "" (any), the
// label "version@dict", the engine version alone, or the dictionary hash
// or a prefix of it of at least "sha256:" and 8 hex digits. The engine
// version alone does not change when a dictionary is edited; the hash does.
func MatchCoder(c events.Coder, spec string) bool {
	switch {
	case spec == "":
		return true
	case spec == c.Version+"@"+c.Dict, spec == c.Version, spec == c.Dict:
		return true
	case strings.HasPrefix(spec, "sha256:") && len(spec) >= len("sha256:")+8 && strings.HasPrefix(c.Dict, spec):
		return true
	}
	return false
}

// TimelineAsOf is Timeline as it would have been answered when the log
// reached sequence asOf (see the comment at the top of this file); 0 means
// the current position. With q.Coder only that version's events count: a
// story counts when one of its known mentions is of that version, with
// that version's distinct articles as mentions. AsOf of the answer is the
// sequence alone (the time of an earlier position is not kept).
func (s *Store) TimelineAsOf(q TimelineQuery, asOf uint64) (*Timeline, error) {
	// Validate and lay out the buckets exactly as Timeline does, on an
	// empty range read.
	tl, err := s.Timeline(TimelineQuery{Actor: q.Actor, Source: q.Source, Target: q.Target, Place: q.Place, From: q.From, To: q.To, Interval: q.Interval, By: q.By})
	if err != nil {
		return nil, err
	}
	for i := range tl.Buckets {
		b := &tl.Buckets[i]
		b.Totals = Totals{}
		if q.By != "" {
			b.By = map[string]*Totals{}
		}
	}
	var bucket, prefix []byte
	switch {
	case q.Source != "" && q.Target != "":
		bucket, prefix = bAggDyad, cat(nil, q.Source, q.Target)
	case q.Actor != "":
		bucket, prefix = bAggActor, cat(nil, q.Actor)
	default:
		bucket, prefix = bAggPlace, cat(nil, q.Place)
	}
	fq := EventQuery{Actor: q.Actor, Source: q.Source, Target: q.Target, Place: q.Place}
	type agg struct {
		anchor   Day
		rec      *stored
		articles map[string]struct{}
	}
	stories := map[string]*agg{}
	versions := map[string]struct{}{}
	answerAsOf := AsOf{Seq: asOf}
	err = s.view(func(tx *bolt.Tx) error {
		cur := readAsOf(tx)
		if asOf > cur.Seq {
			return fmt.Errorf("%w: as_of %d is after the projection's position %d", ErrBadPosition, asOf, cur.Seq)
		}
		if asOf == 0 {
			asOf, answerAsOf = cur.Seq, cur
		}
		gone, err := goneAt(tx, asOf)
		if err != nil {
			return err
		}
		evs, err := knownEvents(tx, bucket, prefix, q.From.AddDays(-s.window), q.To.AddDays(s.window), asOf, gone, func(raw []byte, rec *stored) (bool, error) {
			if raw != nil {
				return fq.matchStored(raw)
			}
			return MatchCoder(rec.Ev.Coder, q.Coder), nil
		})
		if err != nil {
			return err
		}
		for _, e := range evs {
			a := stories[e.Story]
			if a == nil {
				key := []byte(e.Story)
				if len(key) < 16 {
					return fmt.Errorf("event %s: story key %w", e.Ev.ID, errCorrupt)
				}
				a = &agg{anchor: Day(binary.BigEndian.Uint32(key[len(key)-16:])), rec: e, articles: map[string]struct{}{}}
				stories[e.Story] = a
			}
			a.articles[e.Ev.ArticleID] = struct{}{}
		}
		// Versions are those of the events behind the counted stories.
		for _, e := range evs {
			if a := stories[e.Story]; a.anchor >= q.From && a.anchor <= q.To {
				versions[e.Ev.Coder.Version] = struct{}{}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: timeline as of %d: %w", asOf, err)
	}
	keys := make([]string, 0, len(stories))
	for k := range stories {
		keys = append(keys, k)
	}
	slices.Sort(keys) // sums in a fixed order
	for _, k := range keys {
		a := stories[k]
		if a.anchor < q.From || a.anchor > q.To {
			continue
		}
		bi, _ := slices.BinarySearchFunc(tl.Buckets, a.anchor, func(b Bucket, d Day) int {
			switch {
			case b.End < d:
				return -1
			case b.Start > d:
				return 1
			}
			return 0
		})
		b := &tl.Buckets[bi]
		ev := &a.rec.Ev
		t := Totals{Events: 1, Mentions: int64(len(a.articles)), Goldstein: unmilli(milli(ev.Goldstein))}
		b.Events += t.Events
		b.Mentions += t.Mentions
		b.Goldstein += t.Goldstein
		if q.By != "" {
			var key string
			switch q.By {
			case ByRoot:
				key = ev.Root
			case ByQuad:
				key = string(quadNames[min(max(ev.QuadClass, 0), len(quadNames)-1)])
			case ByPLOVER:
				key = ev.PLOVER
			case ByCAMEO:
				key = ev.CAMEO
			}
			bt := b.By[key]
			if bt == nil {
				bt = &Totals{}
				b.By[key] = bt
			}
			bt.Events += t.Events
			bt.Mentions += t.Mentions
			bt.Goldstein += t.Goldstein
		}
	}
	for i := range tl.Buckets {
		b := &tl.Buckets[i]
		b.Goldstein = round3(b.Goldstein)
		for _, t := range b.By {
			t.Goldstein = round3(t.Goldstein)
		}
	}
	tl.CoderVersions = sortedKeys(versions)
	tl.AsOf = answerAsOf
	return tl, nil
}

// EventsAsOf is Events as it would have been answered when the log
// reached sequence asOf: the events known then, with the story mentions
// known then. Unlike Events it reads every matching event of the date
// range before cutting the page.
func (s *Store) EventsAsOf(q EventQuery, asOf uint64) (*EventPage, error) {
	if q.Limit <= 0 {
		q.Limit = 100
	}
	for i, w := range q.Words {
		q.Words[i] = strings.ToLower(w)
	}
	bucket, prefix := q.index()
	page := &EventPage{AsOf: AsOf{Seq: asOf}}
	versions := map[string]struct{}{}
	err := s.view(func(tx *bolt.Tx) error {
		cur := readAsOf(tx)
		if asOf > cur.Seq {
			return fmt.Errorf("%w: as_of %d is after the projection's position %d", ErrBadPosition, asOf, cur.Seq)
		}
		var afterDay Day
		var afterSeq uint64
		if q.After != nil {
			if !bytes.HasPrefix(q.After, prefix) || len(q.After) != len(prefix)+12 {
				return fmt.Errorf("%w: position does not belong to this query", ErrBadPosition)
			}
			rest := q.After[len(prefix):]
			afterDay = Day(binary.BigEndian.Uint32(rest))
			afterSeq = binary.BigEndian.Uint64(rest[4:])
		}
		gone, err := goneAt(tx, asOf)
		if err != nil {
			return err
		}
		lo := q.From
		if afterDay > lo {
			lo = afterDay
		}
		evs, err := knownEvents(tx, bucket, prefix, lo, q.To, asOf, gone, func(raw []byte, rec *stored) (bool, error) {
			if raw != nil {
				return q.matchStored(raw)
			}
			return matchWords(rec.Ev.Sentence.Text, q.Words) && MatchCoder(rec.Ev.Coder, q.Coder), nil
		})
		if err != nil {
			return err
		}
		// Story mentions as of asOf: the known members' distinct articles.
		goneByStory := map[string][]*stored{}
		for _, g := range gone {
			goneByStory[g.rec.Story] = append(goneByStory[g.rec.Story], g.rec)
		}
		mentions := map[string]int64{}
		storyMentionsAt := func(key string) (int64, error) {
			if m, ok := mentions[key]; ok {
				return m, nil
			}
			arts := map[string]struct{}{}
			if v := tx.Bucket(bStory).Get([]byte(key)); v != nil {
				st, err := decodeStory([]byte(key), v)
				if err != nil {
					return 0, err
				}
				for _, m := range st.Members {
					if m.Seq <= asOf {
						arts[m.Article] = struct{}{}
					}
				}
			}
			for _, g := range goneByStory[key] {
				arts[g.Ev.ArticleID] = struct{}{}
			}
			mentions[key] = int64(len(arts))
			return mentions[key], nil
		}
		for _, e := range evs {
			day, _ := ParseDay(e.Ev.Date)
			if q.After != nil && (day < afterDay || day == afterDay && e.Seq <= afterSeq) {
				continue
			}
			if len(page.Events) == q.Limit {
				page.Next = page.lastKey
				return nil
			}
			m, err := storyMentionsAt(e.Story)
			if err != nil {
				return err
			}
			page.Events = append(page.Events, rowOf(e, m))
			page.lastKey = append(append(bytes.Clone(prefix), day.key()...), seqKey(e.Seq)...)
			versions[e.Ev.Coder.Version] = struct{}{}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: events as of %d: %w", asOf, err)
	}
	page.CoderVersions = sortedKeys(versions)
	return page, nil
}
