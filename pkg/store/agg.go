package store

import (
	"cmp"
	"slices"
	"strings"
)

// aggVal is one aggregate: a day of an actor, a dyad or a place, or the all
// time totals of an actor or dyad. It is kept broken down by CAMEO code
// (with the root, QuadClass and PLOVER type the code had), from which every
// other breakdown and the totals roll up at query time, and counts the
// coded events behind it per coder version for figure receipts.
type aggVal struct {
	Entries  []aggEntry // sorted by CAMEO, Root, Quad, PLOVER
	Versions []verCount // sorted by Version
	// Partners: only in an actor's all-time value, sorted by Partner, Dir.
	Partners []partnerStat
	// Post lists the events dated on the day of a daily aggregate (which
	// is not always the day the stories are counted on: a story counts on
	// its anchor day, its mentions are listed on their own dates).
	Post posting
}

// partnerStat is what an actor did to (Dir 'o') or received from (Dir 'i')
// one partner, all time.
type partnerStat struct {
	Partner                                string
	Dir                                    byte
	Events, Mentions, Gold, Coop, Conflict int64
}

func (a *aggVal) addPartner(partner string, dir byte, d partnerStat) {
	if d.Events == 0 && d.Mentions == 0 && d.Gold == 0 {
		return
	}
	i, found := slices.BinarySearchFunc(a.Partners, d, func(x, _ partnerStat) int {
		return cmp.Or(strings.Compare(x.Partner, partner), cmp.Compare(x.Dir, dir))
	})
	if !found {
		a.Partners = slices.Insert(a.Partners, i, partnerStat{Partner: partner, Dir: dir})
	}
	p := &a.Partners[i]
	p.Events += d.Events
	p.Mentions += d.Mentions
	p.Gold += d.Gold
	p.Coop += d.Coop
	p.Conflict += d.Conflict
	if p.Events == 0 && p.Mentions == 0 && p.Gold == 0 && p.Coop == 0 && p.Conflict == 0 {
		a.Partners = slices.Delete(a.Partners, i, i+1)
	}
}

type aggEntry struct {
	CAMEO    string
	Root     string
	PLOVER   string
	Quad     int
	Events   int64 // distinct stories
	Mentions int64 // distinct articles over those stories
	Gold     int64 // Goldstein sum over stories, thousandths
}

type verCount struct {
	Version string
	Coded   int64 // coded events (sentences) counted
}

func cmpEntry(a, b aggEntry) int {
	// Codes almost always differ; compare the rest only on a tie.
	if c := strings.Compare(a.CAMEO, b.CAMEO); c != 0 {
		return c
	}
	return cmp.Or(cmp.Compare(a.Root, b.Root), cmp.Compare(a.Quad, b.Quad), cmp.Compare(a.PLOVER, b.PLOVER))
}

// searchEntry is slices.BinarySearchFunc with cmpEntry, written out: it
// runs several times per event.
func searchEntry(es []aggEntry, d *aggEntry) (int, bool) {
	lo, hi := 0, len(es)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if cmpEntry(es[m], *d) < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(es) && cmpEntry(es[lo], *d) == 0
}

func (a *aggVal) add(d aggEntry, versions []verCount) {
	if d.Events == 0 && d.Mentions == 0 && d.Gold == 0 && len(versions) == 0 {
		return
	}
	i, found := searchEntry(a.Entries, &d)
	if !found {
		a.Entries = slices.Insert(a.Entries, i, aggEntry{CAMEO: d.CAMEO, Root: d.Root, PLOVER: d.PLOVER, Quad: d.Quad})
	}
	e := &a.Entries[i]
	e.Events += d.Events
	e.Mentions += d.Mentions
	e.Gold += d.Gold
	if e.Events == 0 && e.Mentions == 0 && e.Gold == 0 {
		a.Entries = slices.Delete(a.Entries, i, i+1)
	}
	for _, vc := range versions {
		v, n := vc.Version, vc.Coded
		if n == 0 {
			continue
		}
		if len(a.Versions) == 1 && a.Versions[0].Version == v { // the usual case: one coder version
			if a.Versions[0].Coded += n; a.Versions[0].Coded == 0 {
				a.Versions = a.Versions[:0]
			}
			continue
		}
		j, found := slices.BinarySearchFunc(a.Versions, v, func(c verCount, v string) int { return cmp.Compare(c.Version, v) })
		if !found {
			a.Versions = slices.Insert(a.Versions, j, verCount{Version: v})
		}
		a.Versions[j].Coded += n
		if a.Versions[j].Coded == 0 {
			a.Versions = slices.Delete(a.Versions, j, j+1)
		}
	}
}

func (a *aggVal) empty() bool {
	return len(a.Entries) == 0 && len(a.Versions) == 0 && len(a.Partners) == 0 && len(a.Post.seqs) == 0
}

func encodeAgg(a *aggVal) []byte {
	post := encodePosting(a.Post.seqs)
	e := enc{b: make([]byte, 0, 16+len(post)+len(a.Entries)*24+len(a.Versions)*16)}
	e.byte1(formatV1)
	// The posting list comes first, behind its length, so readers that
	// need only it or only the counts skip the other part.
	e.uvarint(uint64(len(post)))
	e.b = append(e.b, post...)
	e.uvarint(uint64(len(a.Entries)))
	for _, x := range a.Entries {
		e.str(x.CAMEO)
		e.str(x.Root)
		e.str(x.PLOVER)
		e.varint(int64(x.Quad))
		e.varint(x.Events)
		e.varint(x.Mentions)
		e.varint(x.Gold)
	}
	e.uvarint(uint64(len(a.Versions)))
	for _, v := range a.Versions {
		e.str(v.Version)
		e.varint(v.Coded)
	}
	if len(a.Partners) > 0 {
		e.uvarint(uint64(len(a.Partners)))
		for _, p := range a.Partners {
			e.str(p.Partner)
			e.byte1(p.Dir)
			e.varint(p.Events)
			e.varint(p.Mentions)
			e.varint(p.Gold)
			e.varint(p.Coop)
			e.varint(p.Conflict)
		}
	}
	return e.b
}

func decodeAgg(b []byte) (*aggVal, error) {
	post, rest, err := splitAgg(b)
	if err != nil {
		return nil, err
	}
	seqs, err := decodePosting(nil, post)
	if err != nil {
		return nil, err
	}
	d := dec{b: rest}
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		return nil, errCorrupt
	}
	a := &aggVal{Entries: make([]aggEntry, n), Post: posting{seqs: seqs}}
	for i := range a.Entries {
		a.Entries[i] = aggEntry{CAMEO: d.str(), Root: d.str(), PLOVER: d.str(), Quad: int(d.varint()), Events: d.varint(), Mentions: d.varint(), Gold: d.varint()}
	}
	n = d.uvarint()
	if n > uint64(len(d.b)) {
		return nil, errCorrupt
	}
	a.Versions = make([]verCount, n)
	for i := range a.Versions {
		a.Versions[i] = verCount{Version: d.str(), Coded: d.varint()}
	}
	if len(d.b) > 0 {
		n = d.uvarint()
		if n > uint64(len(d.b)) {
			return nil, errCorrupt
		}
		a.Partners = make([]partnerStat, n)
		for i := range a.Partners {
			a.Partners[i] = partnerStat{Partner: d.str(), Dir: d.byte1(), Events: d.varint(), Mentions: d.varint(), Gold: d.varint(), Coop: d.varint(), Conflict: d.varint()}
		}
	}
	return a, d.err
}

// walkAgg visits the entries and versions of an encoded aggregate without
// decoding it into strings: timelines read hundreds of these per query.
// The byte slices are only valid during the call.
func walkAgg(b []byte, entry func(cameo, root, plover []byte, quad int, events, mentions, gold int64), version func(v []byte)) error {
	_, rest, err := splitAgg(b)
	if err != nil {
		return err
	}
	d := dec{b: rest}
	raw := func() []byte {
		n := d.uvarint()
		if d.err != nil || uint64(len(d.b)) < n {
			d.fail()
			return nil
		}
		s := d.b[:n]
		d.b = d.b[n:]
		return s
	}
	for n := d.uvarint(); n > 0 && d.err == nil; n-- {
		cameo, root, plover := raw(), raw(), raw()
		quad, events, mentions, gold := d.varint(), d.varint(), d.varint(), d.varint()
		if d.err == nil {
			entry(cameo, root, plover, int(quad), events, mentions, gold)
		}
	}
	for n := d.uvarint(); n > 0 && d.err == nil; n-- {
		v := raw()
		d.varint()
		if d.err == nil && version != nil {
			version(v)
		}
	}
	return d.err
}

// splitAgg returns the posting list and the counts part of an encoded
// aggregate.
func splitAgg(b []byte) (post, rest []byte, err error) {
	d := dec{b: b}
	if d.byte1() != formatV1 {
		return nil, nil, errCorrupt
	}
	n := d.uvarint()
	if d.err != nil || uint64(len(d.b)) < n {
		return nil, nil, errCorrupt
	}
	return d.b[:n], d.b[n:], nil
}
