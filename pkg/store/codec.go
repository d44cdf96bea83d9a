package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"
)

// The values in the store are a small hand-rolled binary format (uvarints,
// length-prefixed strings, fixed 8-byte floats) rather than JSON: it is about
// three times smaller and several times faster to encode, and both matter
// for Apply throughput and bytes on disk per event. Every value starts with
// a format byte so a later layout can be told apart.

type enc struct{ b []byte }

func (e *enc) byte1(v byte)     { e.b = append(e.b, v) }
func (e *enc) uvarint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *enc) varint(v int64)   { e.b = binary.AppendVarint(e.b, v) }
func (e *enc) float(v float64)  { e.b = binary.BigEndian.AppendUint64(e.b, math.Float64bits(v)) }
func (e *enc) str(s string)     { e.uvarint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *enc) boolean(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

var errCorrupt = errors.New("store: corrupt value")

type dec struct {
	b   []byte
	err error
}

func (d *dec) fail() {
	if d.err == nil {
		d.err = errCorrupt
	}
}

func (d *dec) byte1() byte {
	if d.err != nil || len(d.b) < 1 {
		d.fail()
		return 0
	}
	v := d.b[0]
	d.b = d.b[1:]
	return v
}

func (d *dec) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *dec) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *dec) float() float64 {
	if d.err != nil || len(d.b) < 8 {
		d.fail()
		return 0
	}
	v := math.Float64frombits(binary.BigEndian.Uint64(d.b))
	d.b = d.b[8:]
	return v
}

func (d *dec) str() string {
	n := d.uvarint()
	if d.err != nil || uint64(len(d.b)) < n {
		d.fail()
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *dec) boolean() bool { return d.byte1() != 0 }

// Dates are keyed as the big-endian uint32 yyyymmdd, so byte order is date
// order and a year of one actor is one contiguous range of keys.

// Day is a calendar date in UTC encoded as yyyymmdd.
type Day uint32

// ParseDay reads "2006-01-02".
func ParseDay(s string) (Day, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, fmt.Errorf("date %q is not YYYY-MM-DD", s)
	}
	if t.Year() < 1 || t.Year() > 9999 {
		return 0, fmt.Errorf("date %q is out of range", s)
	}
	return DayOf(t), nil
}

// DayOf is the UTC calendar day of t.
func DayOf(t time.Time) Day {
	t = t.UTC()
	return Day(t.Year()*10000 + int(t.Month())*100 + t.Day())
}

// Time is midnight UTC of the day.
func (d Day) Time() time.Time {
	return time.Date(int(d/10000), time.Month(d/100%100), int(d%100), 0, 0, 0, 0, time.UTC)
}

// AddDays moves the day by n calendar days.
func (d Day) AddDays(n int) Day { return DayOf(d.Time().AddDate(0, 0, n)) }

func (d Day) String() string {
	if d == 0 {
		return ""
	}
	y, m, dd := int(d/10000), int(d/100%100), int(d%100)
	b := make([]byte, 0, 10)
	b = appendPad(b, y, 4)
	b = append(b, '-')
	b = appendPad(b, m, 2)
	b = append(b, '-')
	b = appendPad(b, dd, 2)
	return string(b)
}

func appendPad(b []byte, v, width int) []byte {
	s := strconv.Itoa(v)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

func (d Day) key() []byte { return binary.BigEndian.AppendUint32(nil, uint32(d)) }

func seqKey(seq uint64) []byte { return binary.BigEndian.AppendUint64(make([]byte, 0, 8), seq) }

// nanos and fromNanos store a time as Unix nanoseconds, the zero time as 0
// (its UnixNano is undefined).
func nanos(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

func fromNanos(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n).UTC()
}

// milli converts a Goldstein value to integer thousandths, so sums that
// go up and down under retraction stay exact and a rebuild equals the live
// projection byte for byte.
func milli(g float64) int64 { return int64(math.Round(g * 1000)) }

func unmilli(m int64) float64 { return float64(m) / 1000 }
