package store

import (
	"bytes"
	"log/slog"
	"slices"

	"github.com/geotrack/geotrack/events"
)

// story is one real-world event: the coded events (mentions) that share
// source key, target key, CAMEO code and place country, dated within the
// window of the story's anchor day. The anchor is the date of the mention
// that opened the story and never moves, so a story's place in the daily
// buckets is stable while mentions come and go.
type story struct {
	ID      [16]byte
	Src     string
	Tgt     string
	CAMEO   string
	Place   string
	Anchor  Day
	Root    string
	PLOVER  string
	Quad    int
	Gold    int64 // Goldstein of the code, thousandths
	Members []member
	deleted bool
	k       string // key(), once computed
}

type member struct {
	Seq     uint64
	Article string
	Version string // coder version
}

func encodeStory(s *story) []byte {
	e := enc{b: make([]byte, 0, 64+len(s.Members)*80)}
	e.byte1(formatV1)
	e.str(s.Src)
	e.str(s.Tgt)
	e.str(s.CAMEO)
	e.str(s.Place)
	e.uvarint(uint64(s.Anchor))
	e.str(s.Root)
	e.str(s.PLOVER)
	e.varint(int64(s.Quad))
	e.varint(s.Gold)
	e.uvarint(uint64(len(s.Members)))
	for _, m := range s.Members {
		e.uvarint(m.Seq)
		e.str(m.Article)
		e.str(m.Version)
	}
	return e.b
}

func decodeStory(key []byte, b []byte) (*story, error) {
	if len(key) < 16 {
		return nil, errCorrupt
	}
	id := key[len(key)-16:]
	d := dec{b: b}
	if d.byte1() != formatV1 {
		return nil, errCorrupt
	}
	s := &story{}
	copy(s.ID[:], id)
	s.Src, s.Tgt, s.CAMEO, s.Place = d.str(), d.str(), d.str(), d.str()
	s.Anchor = Day(d.uvarint())
	s.Root, s.PLOVER = d.str(), d.str()
	s.Quad = int(d.varint())
	s.Gold = d.varint()
	n := d.uvarint()
	if d.err != nil || n > uint64(len(d.b)) {
		return nil, errCorrupt
	}
	s.Members = make([]member, n)
	for i := range s.Members {
		s.Members[i] = member{Seq: d.uvarint(), Article: d.str(), Version: d.str()}
	}
	return s, d.err
}

// key is where the story is stored: its anchor day and match key, then
// its id, so the candidates for a new mention are one short range per day
// of the window, and the stories of recent news sit together in the file
// (keys.go).
func (s *story) key() string {
	if s.k == "" {
		s.k = string(append(storyPrefix(s.Anchor, s.Src, s.Tgt, s.CAMEO, s.Place), s.ID[:]...))
	}
	return s.k
}

// contrib is what a story adds to every bucket it belongs to.
type contrib struct {
	events, mentions, gold int64
	versions               []verCount // coded events per coder version, sorted
}

func (s *story) contrib() contrib {
	if len(s.Members) == 0 {
		return contrib{}
	}
	c := contrib{events: 1, gold: s.Gold}
	// Mentions are distinct articles. Most stories are short and a scan
	// beats a map; a big story (one event reported by thousands of
	// articles) must not cost a quadratic scan on every new mention.
	var seen map[string]struct{}
	if len(s.Members) > 16 {
		seen = make(map[string]struct{}, len(s.Members))
	}
	for i, m := range s.Members {
		dup := false
		if seen != nil {
			if _, dup = seen[m.Article]; !dup {
				seen[m.Article] = struct{}{}
			}
		} else {
			for _, o := range s.Members[:i] {
				if o.Article == m.Article {
					dup = true
					break
				}
			}
		}
		if !dup {
			c.mentions++
		}
		j := 0
		for j < len(c.versions) && c.versions[j].Version < m.Version {
			j++
		}
		if j < len(c.versions) && c.versions[j].Version == m.Version {
			c.versions[j].Coded++
		} else {
			c.versions = slices.Insert(c.versions, j, verCount{Version: m.Version, Coded: 1})
		}
	}
	return c
}

// aggKeys are the daily aggregates a story counts in (besides the
// all-time values of its actors).
func (b *batch) aggKeys(s *story) []aggRef {
	day := s.Anchor
	src, tgt, place := b.intern(s.Src), b.intern(s.Tgt), b.intern(s.Place)
	refs := make([]aggRef, 0, 6) // stays on the stack
	if src != 0 {
		refs = append(refs, aggRef{bucket: aggActor, day: day, a: src})
	}
	if tgt != 0 && tgt != src {
		refs = append(refs, aggRef{bucket: aggActor, day: day, a: tgt})
	}
	if src != 0 && tgt != 0 {
		refs = append(refs, aggRef{bucket: aggDyad, day: day, a: src, b: tgt})
	}
	if place != 0 {
		refs = append(refs, aggRef{bucket: aggPlace, day: day, a: place})
	}
	return refs
}

// storyMatch is what a new mention must share with a story to join it,
// with the story's anchor day: the stories a batch opens are found by it
// without building a key.
type storyMatch struct {
	day                    Day
	src, tgt, cameo, place uint32
}

func (b *batch) loadStory(key []byte) (*story, error) {
	if s, ok := b.stories[string(key)]; ok {
		return s, nil
	}
	v := b.story.Get(key)
	if v == nil {
		return nil, nil
	}
	s, err := decodeStory(key, v)
	if err != nil {
		return nil, err
	}
	b.stories[string(key)] = s
	return s, nil
}

// assign puts a new coded event into its story, opening one if no story of
// the same key has its anchor within the window. Among several candidates
// the nearest anchor wins, then the earlier one: deterministic, so a
// rebuild in log order cuts the same stories.
func (b *batch) assign(ev *events.EventCoded, da *dayAggs, seq uint64) (*story, error) {
	day := da.day
	src, tgt, place := ev.Source.Key(), ev.Target.Key(), placeOf(ev)
	loDay, hiDay := day.AddDays(-b.window), day.AddDays(b.window)
	var best *story
	bestDist := 0
	consider := func(s *story) {
		if s == nil || s.deleted {
			return
		}
		dist := daysBetween(s.Anchor, day)
		if best == nil || dist < bestDist || dist == bestDist && s.Anchor < best.Anchor {
			best, bestDist = s, dist
		}
	}
	c := b.story.Cursor()
	match := storyMatch{src: b.intern(src), tgt: b.intern(tgt), cameo: b.intern(ev.CAMEO), place: b.intern(place)}
	for d := loDay; d <= hiDay; d = d.AddDays(1) {
		p := appendStoryPrefix(b.pbuf[:0], d, src, tgt, ev.CAMEO, place)
		b.pbuf = p
		for k, _ := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, _ = c.Next() {
			if len(k) != len(p)+16 {
				continue
			}
			s, err := b.loadStory(k)
			if err != nil {
				return nil, err
			}
			consider(s)
		}
		match.day = d
		for _, s := range b.fresh[match] {
			consider(s)
		}
	}
	m := member{Seq: seq, Article: ev.ArticleID, Version: ev.Coder.Version}
	if best == nil {
		s := &story{Src: src, Tgt: tgt, CAMEO: ev.CAMEO, Place: place, ID: storyID(day, ev.ID), Anchor: day,
			Root: ev.Root, PLOVER: ev.PLOVER, Quad: ev.QuadClass, Gold: milli(ev.Goldstein), Members: []member{m}}
		b.stories[s.key()] = s
		match.day = day
		b.fresh[match] = append(b.fresh[match], s)
		b.addContrib(s, contrib{}, s.contrib(), da)
		return s, nil
	}
	// Joining an existing story adds one coded event of m's version, and
	// a mention when m's article is new to the story: the delta directly,
	// so a story reported by thousands of articles costs one scan per
	// mention, not a recount.
	delta := contrib{versions: []verCount{{Version: m.Version, Coded: 1}}}
	if !slices.ContainsFunc(best.Members, func(o member) bool { return o.Article == m.Article }) {
		delta.mentions = 1
	}
	best.Members = append(best.Members, m)
	b.addContrib(best, contrib{}, delta, da)
	return best, nil
}

func daysBetween(a, b Day) int {
	d := int(b.Time().Sub(a.Time()).Hours() / 24)
	if d < 0 {
		return -d
	}
	return d
}

// unassign removes the mention at seq from its story; an emptied story is
// deleted with its index entry.
func (b *batch) unassign(key string, seq uint64) error {
	s, err := b.loadStory([]byte(key))
	if err != nil {
		return err
	}
	if s == nil {
		return nil
	}
	i := slices.IndexFunc(s.Members, func(m member) bool { return m.Seq == seq })
	if i < 0 {
		return nil
	}
	before := s.contrib()
	s.Members = slices.Delete(s.Members, i, i+1)
	b.addContrib(s, before, s.contrib(), nil)
	if len(s.Members) == 0 {
		s.deleted = true
	}
	return nil
}

// addContrib changes the aggregates s counts in from before to after. da,
// when not nil, are the daily aggregates of the event being applied: the
// story's own when it is anchored on the event's day.
func (b *batch) addContrib(s *story, before, after contrib, da *dayAggs) {
	// The version delta: after minus before, both sorted.
	var dv []verCount
	i, j := 0, 0
	for i < len(after.versions) || j < len(before.versions) {
		switch {
		case j == len(before.versions) || i < len(after.versions) && after.versions[i].Version < before.versions[j].Version:
			dv = append(dv, after.versions[i])
			i++
		case i == len(after.versions) || before.versions[j].Version < after.versions[i].Version:
			dv = append(dv, verCount{Version: before.versions[j].Version, Coded: -before.versions[j].Coded})
			j++
		default:
			if n := after.versions[i].Coded - before.versions[j].Coded; n != 0 {
				dv = append(dv, verCount{Version: after.versions[i].Version, Coded: n})
			}
			i++
			j++
		}
	}
	e := aggEntry{CAMEO: s.CAMEO, Root: s.Root, PLOVER: s.PLOVER, Quad: s.Quad,
		Events: after.events - before.events, Mentions: after.mentions - before.mentions, Gold: after.gold - before.gold}
	// The all-time value of an actor is only ever summed (Actors: totals,
	// cooperation and conflict by QuadClass), so it is kept by QuadClass
	// alone: a handful of entries instead of one per CAMEO code, searched
	// twice for every story.
	byQuad := aggEntry{Quad: e.Quad, Events: e.Events, Mentions: e.Mentions, Gold: e.Gold}
	if da != nil && da.day == s.Anchor {
		for _, a := range [...]*aggVal{da.src, da.tgt, da.dyad, da.place} {
			if a != nil {
				a.add(e, dv)
			}
		}
	} else {
		for _, ref := range b.aggKeys(s) {
			b.agg(ref).add(e, dv)
		}
	}
	var srcAll, tgtAll *aggVal
	if s.Src != "" {
		srcAll = b.agg(aggRef{bucket: aggActors, a: b.intern(s.Src)})
		srcAll.add(byQuad, dv)
	}
	if s.Tgt != "" {
		if s.Tgt == s.Src {
			tgtAll = srcAll
		} else {
			tgtAll = b.agg(aggRef{bucket: aggActors, a: b.intern(s.Tgt)})
			tgtAll.add(byQuad, dv)
		}
	}
	// The all-time figures of an actor carry its partners, both ways, so
	// /v1/dyads is one read.
	if s.Src != "" && s.Tgt != "" {
		pd := partnerStat{Events: e.Events, Mentions: e.Mentions, Gold: e.Gold}
		switch s.Quad {
		case 1, 2:
			pd.Coop = e.Events
		case 3, 4:
			pd.Conflict = e.Events
		}
		srcAll.addPartner(s.Tgt, 'o', pd)
		tgtAll.addPartner(s.Src, 'i', pd)
	}
}

// agg is the batch's copy of one aggregate, read from the file on first use.
func (b *batch) agg(ref aggRef) *aggVal {
	if a, ok := b.aggs[ref]; ok {
		return a
	}
	a := &aggVal{}
	if v := b.tx.Bucket(aggBuckets[ref.bucket]).Get(b.aggKey(ref)); v != nil {
		if d, err := decodeAgg(v); err == nil {
			a = d
		} else {
			// A corrupt aggregate would make every later figure
			// wrong; start it over and let the dump comparison in
			// audit show it.
			slog.Error("store: corrupt aggregate, starting it over", "bucket", string(aggBuckets[ref.bucket]), "key", KeyString(string(aggBuckets[ref.bucket]), b.aggKey(ref)), "err", err)
		}
	}
	b.aggs[ref] = a
	return a
}

// flush writes the stories and aggregates the batch touched, in key order.
func (b *batch) flush() error {
	for _, w := range []interface{ flush() error }{b.ev, b.id, b.gone} {
		if err := w.flush(); err != nil {
			return err
		}
	}
	if err := b.flushPosts(); err != nil {
		return err
	}
	keys := make([]string, 0, len(b.stories))
	for k := range b.stories {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		s := b.stories[k]
		var err error
		if s.deleted {
			err = b.story.Delete([]byte(k))
		} else {
			err = b.story.Put([]byte(k), encodeStory(s))
		}
		if err != nil {
			return err
		}
	}
	var byBucket [nAgg][]keyed[*aggVal]
	for r, a := range b.aggs {
		byBucket[r.bucket] = append(byBucket[r.bucket], keyed[*aggVal]{b.aggKey(r), a})
	}
	for i, xs := range byBucket {
		sortKeyed(xs)
		bk := b.tx.Bucket(aggBuckets[i])
		for _, x := range xs {
			var err error
			if x.v.empty() {
				err = bk.Delete(x.k)
			} else {
				err = bk.Put(x.k, encodeAgg(x.v))
			}
			if err != nil {
				return err
			}
		}
	}
	return nil
}
