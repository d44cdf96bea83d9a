package store

import (
	"encoding/binary"
	"fmt"
	"slices"
	"sort"
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

const (
	ixDate uint8 = iota
	ixArt
	ixActor
	ixDyad
	ixPlace
)

// ixAgg maps the posting lists kept inside aggregates to their aggregate.
var ixAgg = map[uint8]uint8{ixActor: aggActor, ixDyad: aggDyad, ixPlace: aggPlace}

var ixBuckets = map[uint8][]byte{ixDate: bIxDate, ixArt: bArt}

type postRef struct {
	bucket uint8
	key    string
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
	if ab, ok := ixAgg[ref.bucket]; ok {
		return &b.agg(aggRef{ab, ref.key}).Post, nil
	}
	if p, ok := b.posts[ref]; ok {
		return p, nil
	}
	p := &posting{}
	if v := b.tx.Bucket(ixBuckets[ref.bucket]).Get([]byte(ref.key)); v != nil {
		var err error
		if p.seqs, err = decodePosting(nil, v); err != nil {
			return nil, fmt.Errorf("posting list %q: %w", ref.key, err)
		}
	}
	b.posts[ref] = p
	return p, nil
}

func (b *batch) flushPosts() error {
	refs := make([]postRef, 0, len(b.posts))
	for r := range b.posts {
		refs = append(refs, r)
	}
	sort.Slice(refs, func(i, j int) bool {
		if refs[i].bucket != refs[j].bucket {
			return refs[i].bucket < refs[j].bucket
		}
		return refs[i].key < refs[j].key
	})
	for _, r := range refs {
		bk := b.tx.Bucket(ixBuckets[r.bucket])
		seqs := b.posts[r].seqs
		var err error
		if len(seqs) == 0 {
			err = bk.Delete([]byte(r.key))
		} else {
			err = bk.Put([]byte(r.key), encodePosting(seqs))
		}
		if err != nil {
			return fmt.Errorf("posting list %q: %w", r.key, err)
		}
	}
	return nil
}
