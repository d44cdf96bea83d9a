package store

import (
	"bytes"
	"fmt"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// Series are partitioned by month (keys.go): timelines and event lists
// that cross months and years, start and end mid-month, and page one event
// at a time see every day once, in order.
func TestSeriesAcrossMonthsAndYears(t *testing.T) {
	s := openTemp(t, Options{})
	days := []string{"2021-11-30", "2021-12-01", "2021-12-31", "2022-01-01", "2022-01-15", "2022-02-28", "2022-03-01", "2023-01-01"}
	var recs []Record
	for i, d := range days {
		// Another actor's events in the same months must not leak in.
		// A code per event, so no two are mentions of one story.
		recs = append(recs, rec(uint64(2*i+1), coded(fmt.Sprintf("a%d", i), 0, "KAZ", "CHN", fmt.Sprintf("%03d", 10+i), d, "KAZ")))
		recs = append(recs, rec(uint64(2*i+2), coded(fmt.Sprintf("b%d", i), 0, "KAZX", "RUS", "190", d, "")))
	}
	if err := s.Apply(recs); err != nil {
		t.Fatal(err)
	}
	tl, err := s.Timeline(TimelineQuery{Actor: "KAZ", From: mustDay(t, "2021-12-01"), To: mustDay(t, "2022-03-01"), Interval: IntervalMonth})
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	for _, b := range tl.Buckets {
		got = append(got, b.Events)
	}
	if fmt.Sprint(got) != "[2 2 1 1]" {
		t.Fatalf("monthly events %v, want [2 2 1 1]", got)
	}
	for _, q := range []EventQuery{
		{Actor: "KAZ"},
		{Source: "KAZ", Target: "CHN"},
		{Place: "KAZ"},
		{Actor: "KAZ", From: mustDay(t, "2021-12-31"), To: mustDay(t, "2022-03-01")},
	} {
		want := 0
		for _, d := range days {
			day := mustDay(t, d)
			if (q.From == 0 || day >= q.From) && (q.To == 0 || day <= q.To) {
				want++
			}
		}
		var dates []string
		q.Limit = 1
		for {
			page, err := s.Events(q)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range page.Events {
				if r.Event.Source.Key() != "KAZ" {
					t.Fatalf("%+v: event of %s", q, r.Event.Source.Key())
				}
				dates = append(dates, r.Event.Date)
			}
			if page.Next == nil {
				break
			}
			q.After = page.Next
		}
		if len(dates) != want {
			t.Fatalf("%+v: %d events %v, want %d", q, len(dates), dates, want)
		}
		for i := 1; i < len(dates); i++ {
			if dates[i] <= dates[i-1] {
				t.Fatalf("%+v: out of order %v", q, dates)
			}
		}
	}
}

func mustDay(t *testing.T, s string) Day {
	t.Helper()
	d, err := ParseDay(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// Compare finds what Dump would show differing, and nothing else.
func TestCompare(t *testing.T) {
	log := []Record{
		rec(1, coded("a1", 0, "KAZ", "CHN", "051", "2022-01-10", "KAZ")),
		rec(2, coded("a2", 0, "KAZ", "CHN", "051", "2022-01-10", "KAZ")),
		rec(3, coded("a3", 0, "USA", "IRN", "190", "2022-02-01", "")),
	}
	a, b := openTemp(t, Options{}), openTemp(t, Options{})
	for _, s := range []*Store{a, b} {
		if err := s.Apply(log); err != nil {
			t.Fatal(err)
		}
	}
	n, d, err := Compare(a, b)
	if err != nil || d != nil {
		t.Fatalf("equal stores: %v %+v", err, d)
	}
	if lines := bytes.Count([]byte(dump(t, a)), []byte("\n")); n != lines {
		t.Fatalf("compared %d entries, dump has %d lines", n, lines)
	}
	// A value edited in b, then a key deleted from b.
	var edited []byte
	err = b.db.Update(func(tx *bolt.Tx) error {
		bk := tx.Bucket(bAggDyad)
		k, v := bk.Cursor().First()
		edited = bytes.Clone(k)
		return bk.Put(edited, append(bytes.Clone(v), 0))
	})
	if err != nil {
		t.Fatal(err)
	}
	_, d, err = Compare(a, b)
	if err != nil || d == nil || d.Bucket != "agg_dyad" || !bytes.Equal(d.Key, edited) || d.Side != "" || d.LenB != d.LenA+1 {
		t.Fatalf("edited value: %v %+v", err, d)
	}
	err = b.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bAggDyad).Delete(edited) })
	if err != nil {
		t.Fatal(err)
	}
	_, d, err = Compare(a, b)
	if err != nil || d == nil || d.Bucket != "agg_dyad" || !bytes.Equal(d.Key, edited) || d.Side != "a" {
		t.Fatalf("deleted key: %v %+v", err, d)
	}
	if got := KeyString(d.Bucket, d.Key); got != "KAZ/CHN/2022-01-10" {
		t.Fatalf("key %q", got)
	}
}

func TestKeyString(t *testing.T) {
	day := Day(20220110)
	for _, c := range []struct {
		bucket string
		key    []byte
		want   string
	}{
		{"agg_dyad", []byte(seriesKey(day, "CHN", "IGOCSTO")), "CHN/IGOCSTO/2022-01-10"},
		{"agg_actor", []byte(seriesKey(day, "KAZ")), "KAZ/2022-01-10"},
		{"story", append(storyPrefix(day, "CHN", "KAZ", "051", ""), make([]byte, 16)...), "2022-01-10/CHN/KAZ/051//0x00000000000000000000000000000000"},
		{"id", hashKey("00ff"), "00ff"},
		{"id", hashKey("not-hex"), "not-hex"},
		{"ev", seqKey(42), "seq 42"},
		{"ix_date", day.key(), "2022-01-10"},
	} {
		if got := KeyString(c.bucket, c.key); got != c.want {
			t.Errorf("%s %x: %q, want %q", c.bucket, c.key, got, c.want)
		}
	}
	// hashKey is one to one: a hex id and a raw id that looks like its bytes differ.
	if bytes.Equal(hashKey("6869"), hashKey("hi")) {
		t.Fatal("hashKey collides")
	}
}
