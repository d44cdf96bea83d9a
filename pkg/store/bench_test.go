package store_test

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/geotrack/geotrack/pkg/store"
	"github.com/geotrack/geotrack/pkg/store/storetest"
	bolt "go.etcd.io/bbolt"
)

var benchBatch = envInt("GEOTRACK_APPLY_BATCH", 10000)

// BenchmarkApply projects batches of 10,000 events into a file that grows
// over the run (fsync on every commit, checkpoint in every batch). In the
// same run it writes the same keys (one per event, id, article, posting
// list, story and aggregate, deduplicated per batch, in key order) with
// values of similar size as a raw bbolt batch into another file: the floor
// for this layout without reading or merging anything. It reports both
// rates, their ratio, and the rates per CPU-second (steadier on a shared
// machine).
func BenchmarkApply(b *testing.B) {
	dir := b.TempDir()
	s, err := store.Open(filepath.Join(dir, "apply.db"), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	raw, err := bolt.Open(filepath.Join(dir, "raw.db"), 0o600, &bolt.Options{NoFreelistSync: true, FreelistType: bolt.FreelistMapType})
	if err != nil {
		b.Fatal(err)
	}
	defer raw.Close()
	g := storetest.New(1, time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC), 10, 275)
	var applyDur, rawDur, applyCPU, rawCPU time.Duration
	n := 0
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		batch := g.Batch(benchBatch)
		b.StartTimer()
		t, c := time.Now(), cpuTime()
		if err := s.Apply(batch); err != nil {
			b.Fatal(err)
		}
		applyDur += time.Since(t)
		applyCPU += cpuTime() - c
		b.StopTimer()
		t, c = time.Now(), cpuTime()
		err := raw.Update(func(tx *bolt.Tx) error { return rawWrite(tx, batch) })
		if err != nil {
			b.Fatal(err)
		}
		rawDur += time.Since(t)
		rawCPU += cpuTime() - c
		b.StartTimer()
		n += len(batch)
	}
	b.StopTimer()
	applyRate := float64(n) / applyDur.Seconds()
	rawRate := float64(n) / rawDur.Seconds()
	b.ReportMetric(applyRate, "events/s")
	b.ReportMetric(rawRate, "raw-events/s")
	b.ReportMetric(applyRate/rawRate, "ratio-to-raw")
	b.ReportMetric(float64(n)/applyCPU.Seconds(), "events/cpu-s")
	b.ReportMetric(float64(n)/rawCPU.Seconds(), "raw-events/cpu-s")
	st, err := s.Stats()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(st.FileBytes)/float64(st.Events), "bytes/event")
}

// BenchmarkRebuild replays a generated log of 200,000 events (or
// GEOTRACK_STORE_BENCH_EVENTS, rounded down to whole batches; past 250,000
// the load spans several bulk commits) into a fresh file the way a rebuild
// does (batches of 20,000, no fsync until Close) and reports events per
// second.
func BenchmarkRebuild(b *testing.B) {
	const batch = 20000
	n := 200000
	if v, err := strconv.Atoi(os.Getenv("GEOTRACK_STORE_BENCH_EVENTS")); err == nil && v >= batch {
		n = v / batch * batch
	}
	g := storetest.New(2, time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC), 10, 275)
	log := g.Batch(n)
	var total, rawTotal, rawCPU time.Duration
	cpu0 := cpuTime()
	for b.Loop() {
		c := cpuTime()
		rawTotal += rawLoad(b, log)
		rawCPU += cpuTime() - c
		path := filepath.Join(b.TempDir(), "rebuild.db")
		t := time.Now()
		s, err := store.Open(path, store.Options{NoSync: true})
		if err != nil {
			b.Fatal(err)
		}
		for i := 0; i < n; i += batch {
			if err := s.Apply(log[i : i+batch]); err != nil {
				b.Fatal(err)
			}
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		total += time.Since(t)
	}
	b.ReportMetric(float64(n*b.N)/total.Seconds(), "events/s")
	b.ReportMetric(float64(n*b.N)/(cpuTime()-cpu0-rawCPU).Seconds(), "events/cpu-s")
	b.ReportMetric(float64(n*b.N)/rawTotal.Seconds(), "raw-events/s")
	b.ReportMetric(rawTotal.Seconds()/total.Seconds(), "ratio-to-raw")
}

// rawLoad is the ceiling of a rebuild: the keys the rebuild writes
// (rawWrite), put in key order into a fresh file with bbolt alone, in
// transactions of 250,000 events (the store's bulk commit) without fsync
// until the end.
func rawLoad(b *testing.B, log []store.Record, skip ...string) time.Duration {
	b.Helper()
	db, err := bolt.Open(filepath.Join(b.TempDir(), "raw.db"), 0o600, &bolt.Options{NoSync: true, NoFreelistSync: true, FreelistType: bolt.FreelistMapType, InitialMmapSize: 1 << 30})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	const per = 250_000
	t := time.Now()
	for lo := 0; lo < len(log); lo += per {
		if err := db.Update(func(tx *bolt.Tx) error { return rawWrite(tx, log[lo:min(lo+per, len(log))], skip...) }); err != nil {
			b.Fatal(err)
		}
	}
	if err := db.Sync(); err != nil {
		b.Fatal(err)
	}
	return time.Since(t)
}

// cpuTime is the CPU time (user+system) of this process: on a shared
// machine, events per CPU-second is steadier than events per second.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// rawWrite puts, for a batch, the keys Apply would write (format 2, see
// keys.go; with stand-in values of about the same size) in one
// transaction, in key order, each distinct key once; the buckets named in
// skip are left out (BenchmarkRawLayout).
func rawWrite(tx *bolt.Tx, batch []store.Record, skip ...string) error {
	type kv struct{ k, v []byte }
	sets := map[string]map[string]int{}
	put := func(bucket string, k []byte, size int) {
		if slices.Contains(skip, bucket) {
			return
		}
		m := sets[bucket]
		if m == nil {
			m = map[string]int{}
			sets[bucket] = m
		}
		m[string(k)] = size
	}
	series := func(d store.Day, parts ...string) []byte {
		k := binary.BigEndian.AppendUint32(nil, uint32(d)/100)
		for _, p := range parts {
			k = append(append(k, p...), 0)
		}
		return binary.BigEndian.AppendUint32(k, uint32(d))
	}
	hashKey := func(id string) []byte {
		b, err := hex.DecodeString(id)
		if err != nil {
			return append([]byte{0}, id...)
		}
		return append([]byte{1}, b...)
	}
	for _, r := range batch {
		e := r.Coded
		seq := binary.BigEndian.AppendUint64(nil, r.Seq)
		d, _ := store.ParseDay(e.Date)
		day := binary.BigEndian.AppendUint32(nil, uint32(d))
		src, tgt := e.Source.Key(), e.Target.Key()
		place := ""
		if e.Location != nil {
			place = e.Location.Country
		}
		put("ev", seq, 160+len(e.Sentence.Text))
		put("id", hashKey(e.ID), 8)
		put("art", hashKey(e.ArticleID), 9)
		put("ix_date", day, 400)
		put("agg_actor", series(d, src), 150)
		put("agg_actor", series(d, tgt), 150)
		put("agg_dyad", series(d, src, tgt), 36)
		put("actors", []byte(src), 4000)
		put("actors", []byte(tgt), 4000)
		story := append(append(append([]byte(nil), day...), src+"\x00"+tgt+"\x00"+e.CAMEO+"\x00"+place+"\x00"...), day...)
		put("story", append(story, e.ID[:12]...), 60)
		if place != "" {
			put("agg_place", series(d, place), 150)
		}
	}
	for name, m := range sets {
		bk, err := tx.CreateBucketIfNotExists([]byte(name))
		if err != nil {
			return err
		}
		if name == "ev" {
			bk.FillPercent = 1.0 // as Apply: appended in seq order
		}
		kvs := make([]kv, 0, len(m))
		for k, size := range m {
			kvs = append(kvs, kv{[]byte(k), make([]byte, size)})
		}
		slices.SortFunc(kvs, func(a, b kv) int { return bytes.Compare(a.k, b.k) })
		for _, x := range kvs {
			if err := bk.Put(x.k, x.v); err != nil {
				return err
			}
		}
	}
	return nil
}

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

// BenchmarkRawLayout is bbolt alone writing the keys of this layout, with
// all of them and without the indexes keyed by content hash (id: event id,
// art: article id; their keys land all over the file) and the stories: a
// fresh load as in a rebuild (BenchmarkRebuild's ceiling, 200,000 events or
// GEOTRACK_STORE_BENCH_EVENTS) and batches of 10,000 into a growing file
// with fsync as in live Apply (BenchmarkApply's ceiling, 400,000 events).
// It says where the projection's write cost lies: the targets of 50,000
// events/s for Apply and 100,000 for a replay are set against it in the
// README.
func BenchmarkRawLayout(b *testing.B) {
	n := envInt("GEOTRACK_STORE_BENCH_EVENTS", 200_000)
	log := storetest.New(2, time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC), 10, 275).Batch(n)
	live := storetest.New(1, time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC), 10, 275).Batch(400_000)
	for _, c := range []struct {
		name string
		skip []string
	}{
		{"all", nil},
		{"without-id-art", []string{"id", "art"}},
		{"without-id-art-story", []string{"id", "art", "story"}},
	} {
		b.Run(c.name, func(b *testing.B) {
			var fresh, batches time.Duration
			for b.Loop() {
				fresh += rawLoad(b, log, c.skip...)
				batches += rawBatches(b, live, c.skip...)
			}
			b.ReportMetric(float64(n*b.N)/fresh.Seconds(), "fresh-load-events/s")
			b.ReportMetric(float64(len(live)*b.N)/batches.Seconds(), "live-batch-events/s")
		})
	}
}

// rawBatches writes log in transactions of 10,000 events with fsync, into
// a file that grows over the run, as BenchmarkApply's raw ceiling.
func rawBatches(b *testing.B, log []store.Record, skip ...string) time.Duration {
	b.Helper()
	db, err := bolt.Open(filepath.Join(b.TempDir(), "raw.db"), 0o600, &bolt.Options{NoFreelistSync: true, FreelistType: bolt.FreelistMapType})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	t := time.Now()
	for lo := 0; lo < len(log); lo += 10_000 {
		if err := db.Update(func(tx *bolt.Tx) error { return rawWrite(tx, log[lo:min(lo+10_000, len(log))], skip...) }); err != nil {
			b.Fatal(err)
		}
	}
	return time.Since(t)
}
