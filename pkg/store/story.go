package store

import (
	"bytes"
	"encoding/binary"
	"log/slog"
	"slices"
	"sort"

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

func (s *story) prefix() []byte { return cat(nil, s.Src, s.Tgt, s.CAMEO, s.Place) }

// key is where the story is stored: its match key, then its id (which
// starts with the anchor day), so the candidates for a new mention are one
// short range scan.
func (s *story) key() []byte { return append(s.prefix(), s.ID[:]...) }

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

// aggKeys are the aggregate entries a story counts in.
func (s *story) aggKeys() []aggRef {
	day := s.Anchor.key()
	var refs []aggRef
	if s.Src != "" {
		refs = append(refs, aggRef{aggActor, string(cat(day, s.Src))}, aggRef{aggActors, s.Src})
	}
	if s.Tgt != "" && s.Tgt != s.Src {
		refs = append(refs, aggRef{aggActor, string(cat(day, s.Tgt))}, aggRef{aggActors, s.Tgt})
	}
	if s.Src != "" && s.Tgt != "" {
		refs = append(refs, aggRef{aggDyad, string(cat(day, s.Src, s.Tgt))})
	}
	if s.Place != "" {
		refs = append(refs, aggRef{aggPlace, string(cat(day, s.Place))})
	}
	return refs
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
func (b *batch) assign(ev *events.EventCoded, day Day, seq uint64) (*story, error) {
	probe := &story{Src: ev.Source.Key(), Tgt: ev.Target.Key(), CAMEO: ev.CAMEO, Place: placeOf(ev)}
	prefix := probe.prefix()
	loDay, hiDay := day.AddDays(-b.window), day.AddDays(b.window)
	var best *story
	bestDist := 0
	consider := func(s *story) {
		if s == nil || s.deleted || s.Anchor < loDay || s.Anchor > hiDay {
			return
		}
		dist := daysBetween(s.Anchor, day)
		if best == nil || dist < bestDist || dist == bestDist && s.Anchor < best.Anchor {
			best, bestDist = s, dist
		}
	}
	c := b.story.Cursor()
	for k, _ := c.Seek(append(bytes.Clone(prefix), loDay.key()...)); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		if len(k) != len(prefix)+16 {
			continue
		}
		if Day(binary.BigEndian.Uint32(k[len(prefix):])) > hiDay {
			break
		}
		s, err := b.loadStory(k)
		if err != nil {
			return nil, err
		}
		consider(s)
	}
	for _, s := range b.fresh[string(prefix)] {
		consider(s)
	}
	m := member{Seq: seq, Article: ev.ArticleID, Version: ev.Coder.Version}
	if best == nil {
		s := probe
		s.ID = storyID(day, ev.ID)
		s.Anchor = day
		s.Root, s.PLOVER, s.Quad, s.Gold = ev.Root, ev.PLOVER, ev.QuadClass, milli(ev.Goldstein)
		s.Members = []member{m}
		b.stories[string(s.key())] = s
		b.fresh[string(prefix)] = append(b.fresh[string(prefix)], s)
		b.addContrib(s, contrib{}, s.contrib())
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
	b.addContrib(best, contrib{}, delta)
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
	b.addContrib(s, before, s.contrib())
	if len(s.Members) == 0 {
		s.deleted = true
	}
	return nil
}

func (b *batch) addContrib(s *story, before, after contrib) {
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
	for _, ref := range s.aggKeys() {
		b.agg(ref).add(e, dv)
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
		b.agg(aggRef{aggActors, s.Src}).addPartner(s.Tgt, 'o', pd)
		b.agg(aggRef{aggActors, s.Tgt}).addPartner(s.Src, 'i', pd)
	}
}

// agg is the batch's copy of one aggregate, read from the file on first use.
func (b *batch) agg(ref aggRef) *aggVal {
	if a, ok := b.aggs[ref]; ok {
		return a
	}
	a := &aggVal{}
	if v := b.tx.Bucket(aggBuckets[ref.bucket]).Get([]byte(ref.key)); v != nil {
		if d, err := decodeAgg(v); err == nil {
			a = d
		} else {
			// A corrupt aggregate would make every later figure
			// wrong; start it over and let the dump comparison in
			// audit show it.
			slog.Error("store: corrupt aggregate, starting it over", "bucket", string(aggBuckets[ref.bucket]), "key", ref.key, "err", err)
		}
	}
	b.aggs[ref] = a
	return a
}

// flush writes the stories and aggregates the batch touched, in key order.
func (b *batch) flush() error {
	for _, w := range []*wbuf{b.ev, b.id, b.gone} {
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
	refs := make([]aggRef, 0, len(b.aggs))
	for r := range b.aggs {
		refs = append(refs, r)
	}
	sort.Slice(refs, func(i, j int) bool {
		if refs[i].bucket != refs[j].bucket {
			return refs[i].bucket < refs[j].bucket
		}
		return refs[i].key < refs[j].key
	})
	for _, r := range refs {
		a := b.aggs[r]
		bk := b.tx.Bucket(aggBuckets[r.bucket])
		var err error
		if a.empty() {
			err = bk.Delete([]byte(r.key))
		} else {
			err = bk.Put([]byte(r.key), encodeAgg(a))
		}
		if err != nil {
			return err
		}
	}
	return nil
}
