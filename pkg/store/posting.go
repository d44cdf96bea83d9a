package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/geotrack/geotrack/events"
)

// Event indexes are posting lists: the ascending stream sequences of the
// events dated on a day (ix_date), coded from an article (art), or dated on
// a day and involving an actor, a dyad or a place; the last three are kept
// inside the daily aggregate of the same key (agg_actor, agg_dyad,
// agg_place), so a batch reads and writes one value per key instead of
// two. Lists are delta-encoded uvarints. A batch reads and rewrites each
// list it touches once, instead of inserting one index key per event; an
// event list page walks the lists of its range in key order, which is
// (day, seq) order.

// postRef names a posting list of its own bucket: the events of a day
// (ix_date) or of an article (art). The lists per actor, dyad and place
// live in the daily aggregates (aggRef).
type postRef struct {
	day Day    // ix_date when art == ""
	art string // art: the article id
}

func (r postRef) bucket() []byte {
	if r.art != "" {
		return bArt
	}
	return bIxDate
}

func (r postRef) key() []byte {
	if r.art != "" {
		return hashKey(r.art)
	}
	return r.day.key()
}

type posting struct{ seqs []uint64 }

func (p *posting) add(seq uint64) {
	i, found := slices.BinarySearch(p.seqs, seq)
	if !found {
		p.seqs = slices.Insert(p.seqs, i, seq)
	}
}

func (p *posting) remove(seq uint64) {
	if i, found := slices.BinarySearch(p.seqs, seq); found {
		p.seqs = slices.Delete(p.seqs, i, i+1)
	}
}

func encodePosting(seqs []uint64) []byte {
	b := make([]byte, 0, len(seqs)*3)
	var prev uint64
	for _, s := range seqs {
		b = binary.AppendUvarint(b, s-prev)
		prev = s
	}
	return b
}

// decodePosting appends the list in v to dst.
func decodePosting(dst []uint64, v []byte) ([]uint64, error) {
	var prev uint64
	for len(v) > 0 {
		d, n := binary.Uvarint(v)
		if n <= 0 {
			return dst, errCorrupt
		}
		prev += d
		dst = append(dst, prev)
		v = v[n:]
	}
	return dst, nil
}

func (b *batch) posting(ref postRef) (*posting, error) {
	if p, ok := b.posts[ref]; ok {
		return p, nil
	}
	p := &posting{}
	if v := b.tx.Bucket(ref.bucket()).Get(ref.key()); v != nil {
		var err error
		if p.seqs, err = decodePosting(nil, v); err != nil {
			return nil, fmt.Errorf("posting list %s: %w", KeyString(string(ref.bucket()), ref.key()), err)
		}
	}
	b.posts[ref] = p
	return p, nil
}

// dayAggs are the daily aggregates of an event's day: of its source and
// target actor keys, its dyad and its place (nil where it has none). The
// event is listed in them, and a story it opens counts in them: looked up
// once for both.
type dayAggs struct {
	day                   Day
	src, tgt, dyad, place *aggVal
}

func (b *batch) dayAggs(ev *events.EventCoded, day Day) *dayAggs {
	d := &dayAggs{day: day}
	src, tgt := b.intern(ev.Source.Key()), b.intern(ev.Target.Key())
	if src != 0 {
		d.src = b.agg(aggRef{bucket: aggActor, day: day, a: src})
	}
	if tgt != 0 && tgt != src {
		d.tgt = b.agg(aggRef{bucket: aggActor, day: day, a: tgt})
	}
	if src != 0 && tgt != 0 {
		d.dyad = b.agg(aggRef{bucket: aggDyad, day: day, a: src, b: tgt})
	}
	if pl := b.intern(placeOf(ev)); pl != 0 {
		d.place = b.agg(aggRef{bucket: aggPlace, day: day, a: pl})
	}
	return d
}

// eachPosting calls fn with every posting list an event is listed in: its
// day, its article, and its daily aggregates da.
func (b *batch) eachPosting(ev *events.EventCoded, da *dayAggs, fn func(*posting)) error {
	p, err := b.posting(postRef{day: da.day})
	if err != nil {
		return err
	}
	fn(p)
	if ev.ArticleID != "" {
		if p, err = b.posting(postRef{art: ev.ArticleID}); err != nil {
			return err
		}
		fn(p)
	}
	for _, a := range [...]*aggVal{da.src, da.tgt, da.dyad, da.place} {
		if a != nil {
			fn(&a.Post)
		}
	}
	return nil
}

type keyed[T any] struct {
	k []byte
	v T
}

func sortKeyed[T any](xs []keyed[T]) {
	slices.SortFunc(xs, func(a, b keyed[T]) int { return bytes.Compare(a.k, b.k) })
}

func (b *batch) flushPosts() error {
	for _, bk := range [][]byte{bIxDate, bArt} {
		var xs []keyed[*posting]
		for r, p := range b.posts {
			if bytes.Equal(r.bucket(), bk) {
				xs = append(xs, keyed[*posting]{r.key(), p})
			}
		}
		sortKeyed(xs)
		bucket := b.tx.Bucket(bk)
		for _, x := range xs {
			var err error
			if len(x.v.seqs) == 0 {
				err = bucket.Delete(x.k)
			} else {
				err = bucket.Put(x.k, encodePosting(x.v.seqs))
			}
			if err != nil {
				return fmt.Errorf("posting list %s: %w", KeyString(string(bk), x.k), err)
			}
		}
	}
	return nil
}
