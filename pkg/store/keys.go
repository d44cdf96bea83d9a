package store

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// Key layout, format 2.
//
// What a batch costs in bbolt is the number of distinct leaf pages it
// dirties: every dirty page is copied, split if needed and written at
// commit. Format 1 keyed the daily aggregates by entity first (actor \0
// day) and stories by their match key first, so a batch of recent news
// dirtied a page in every dyad's and every story prefix's region: the
// pages touched grew with the size of the file, and a rebuild slowed down
// as it went (14k events/s over 200k events). Format 2 puts time first:
//
//   - daily aggregates: month (yyyymm, uint32 BE) | entity parts \0 | day
//     (yyyymmdd, uint32 BE). A batch writes into the partitions of the
//     months it covers, a few hundred pages whatever the size of the file;
//     a series over a year is twelve short range scans instead of one.
//   - stories: anchor day | source \0 target \0 cameo \0 place \0 | story
//     id (16 bytes, itself starting with the anchor day). The candidates
//     for a new mention are one range per day of the window.
//   - event ids and article ids, which are hex content hashes, are keyed
//     by their bytes (half the length), see hashKey.
//
// Only the two hash-keyed buckets (id, art) still take writes all over
// the file; they are the smallest entries.

// formatVersion is the layout of the file, kept in meta under "format".
// A file of another layout is refused with a message telling the user to
// rebuild: projections are derived data.
const formatVersion = 2

var metaFormat = []byte("format")

func monthOf(d Day) uint32 { return uint32(d) / 100 }

func nextMonth(m uint32) uint32 {
	if m%100 >= 12 {
		return (m/100+1)*100 + 1
	}
	return m + 1
}

// seriesKey is the key of one daily aggregate: month | parts \0 ... | day.
func seriesKey(d Day, parts ...string) string {
	n := 8
	for _, p := range parts {
		n += len(p) + 1
	}
	k := make([]byte, 0, n)
	k = binary.BigEndian.AppendUint32(k, monthOf(d))
	for _, p := range parts {
		k = append(k, p...)
		k = append(k, 0)
	}
	k = binary.BigEndian.AppendUint32(k, uint32(d))
	return string(k)
}

// storyPrefix is the part of a story key before its id: anchor day and
// match key.
func storyPrefix(anchor Day, src, tgt, cameo, place string) []byte {
	return appendStoryPrefix(make([]byte, 0, 4+len(src)+len(tgt)+len(cameo)+len(place)+4+16), anchor, src, tgt, cameo, place)
}

// appendStoryPrefix appends storyPrefix(...) to k.
func appendStoryPrefix(k []byte, anchor Day, src, tgt, cameo, place string) []byte {
	k = binary.BigEndian.AppendUint32(k, uint32(anchor))
	for _, p := range [...]string{src, tgt, cameo, place} {
		k = append(k, p...)
		k = append(k, 0)
	}
	return k
}

// hashKey is the key of an event or article id: lowercase hex ids (the
// content hashes geotrack makes) as their bytes behind a 1, anything else
// as is behind a 0, so the mapping stays one to one.
func hashKey(id string) []byte {
	if len(id) > 0 && len(id)%2 == 0 && isLowerHex(id) {
		k := make([]byte, 1+len(id)/2)
		k[0] = 1
		hex.Decode(k[1:], []byte(id)) // cannot fail: checked above
		return k
	}
	k := make([]byte, 1+len(id))
	copy(k[1:], id)
	return k
}

func isLowerHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// hashKeyString is the id a hashKey was made from.
func hashKeyString(k []byte) string {
	if len(k) == 0 {
		return ""
	}
	if k[0] == 1 {
		return hex.EncodeToString(k[1:])
	}
	return string(k[1:])
}

// scanSeries visits the daily values of one series (entity = parts \0 ...,
// as cat(nil, parts...)) of a daily-aggregate bucket from lo to hi (0:
// unbounded) in day order; with bucket ix_date (entity nil) the keys are
// the days themselves. fn returns false to stop.
func scanSeries(tx *bolt.Tx, bucket, entity []byte, lo, hi Day, fn func(day Day, v []byte) (bool, error)) error {
	c := tx.Bucket(bucket).Cursor()
	if bytes.Equal(bucket, bIxDate) {
		var k, v []byte
		if lo != 0 {
			k, v = c.Seek(lo.key())
		} else {
			k, v = c.First()
		}
		for ; k != nil; k, v = c.Next() {
			if len(k) != 4 {
				continue
			}
			day := Day(binary.BigEndian.Uint32(k))
			if hi != 0 && day > hi {
				return nil
			}
			if ok, err := fn(day, v); err != nil || !ok {
				return err
			}
		}
		return nil
	}
	first, _ := c.First()
	last, _ := c.Last()
	if len(first) < 4 || len(last) < 4 {
		return nil
	}
	mLo, mHi := binary.BigEndian.Uint32(first), binary.BigEndian.Uint32(last)
	if lo != 0 {
		mLo = max(mLo, monthOf(lo))
	}
	if hi != 0 {
		mHi = min(mHi, monthOf(hi))
	}
	p := make([]byte, 4, 4+len(entity)+4)
	p = append(p, entity...)
	for m := mLo; m <= mHi; m = nextMonth(m) {
		binary.BigEndian.PutUint32(p, m)
		start := p
		if lo != 0 && m == monthOf(lo) {
			start = append(bytes.Clone(p), lo.key()...)
		}
		for k, v := c.Seek(start); k != nil && bytes.HasPrefix(k, p); k, v = c.Next() {
			rest := k[len(p):]
			if len(rest) != 4 {
				continue
			}
			day := Day(binary.BigEndian.Uint32(rest))
			if hi != 0 && day > hi {
				return nil
			}
			if ok, err := fn(day, v); err != nil || !ok {
				return err
			}
		}
	}
	return nil
}

// KeyString shows a key of a bucket of the projection in words, for
// reports of a differing entry (audit verify): text parts joined by "/",
// days as YYYY-MM-DD, hashes and sequences in hex.
func KeyString(bucket string, k []byte) string {
	day := func(b []byte) string { return Day(binary.BigEndian.Uint32(b)).String() }
	texts := func(b []byte) []string { return strings.Split(strings.TrimSuffix(string(b), "\x00"), "\x00") }
	switch bucket {
	case string(bAggActor), string(bAggDyad), string(bAggPlace):
		if len(k) >= 8 {
			return strings.Join(append(texts(k[4:len(k)-4]), day(k[len(k)-4:])), "/")
		}
	case string(bStory):
		if len(k) >= 20 {
			return strings.Join(append(append([]string{day(k[:4])}, texts(k[4:len(k)-16])...), "0x"+hex.EncodeToString(k[len(k)-16:])), "/")
		}
	case string(bIxDate):
		if len(k) == 4 {
			return day(k)
		}
	case string(bID), string(bArt):
		return hashKeyString(k)
	case string(bEv), string(bRejected), string(bGone):
		if len(k) == 8 {
			return fmt.Sprintf("seq %d", binary.BigEndian.Uint64(k))
		}
	case string(bMeta), string(bActors):
		return string(k)
	}
	return "0x" + hex.EncodeToString(k)
}
