package store

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/geotrack/geotrack/events"
	bolt "go.etcd.io/bbolt"
)

// Bucket names. Keys are documented in doc.go.
var (
	bMeta     = []byte("meta")
	bEv       = []byte("ev")        // seq -> event record
	bID       = []byte("id")        // event id -> seq
	bArt      = []byte("art")       // article id -> posting list
	bIxDate   = []byte("ix_date")   // day seq -> summary
	bStory    = []byte("story")     // src \0 tgt \0 cameo \0 place \0 anchor-day hash -> story
	bAggActor = []byte("agg_actor") // key \0 day -> agg
	bAggDyad  = []byte("agg_dyad")  // src \0 tgt \0 day -> agg
	bAggPlace = []byte("agg_place") // place \0 day -> agg
	bActors   = []byte("actors")    // key -> agg with partners (all time)
	bRejected = []byte("rejected")  // seq -> reason
	bGone     = []byte("gone")      // seq -> retraction seq + event record (as_of reads)
)

var allBuckets = [][]byte{bMeta, bEv, bID, bArt, bIxDate, bStory, bAggActor, bAggDyad, bAggPlace, bActors, bRejected, bGone}

var (
	metaSeq    = []byte("seq")
	metaAt     = []byte("at")
	metaWindow = []byte("story_window_days")
	metaSecret = []byte("secret")
)

// ErrNotFound is returned by lookups of an id the store does not hold.
var ErrNotFound = errors.New("store: not found")

// ErrOldFormat is returned by Open for a file written with another key
// layout (keys.go); the projection is derived data, rebuild it from the log.
var ErrOldFormat = errors.New("store: projection written by another version of geotrack")

// Options configure a store.
type Options struct {
	// StoryWindowDays is how many days apart two mentions of the same
	// (source, target, CAMEO code, place country) may be dated and still be
	// one story. 0 means the default, 1; a negative value means 0 (same day
	// only). It is fixed when the file is created: opening with another
	// window is an error, because the stories on disk were cut with the old
	// one (delete the file and rebuild from the log).
	StoryWindowDays int
	// NoSync skips fsync on commit. Only for a rebuild into a fresh file
	// that is synced (Close) before it is used; a crash loses the file.
	//
	// It also turns on bulk loading: Apply keeps one write transaction
	// open across calls and commits it (data and checkpoint together)
	// every BulkEvents events, on Close and before any read. A key that
	// many batches touch (an actor's month, a busy day) is then read,
	// decoded, encoded and written once per commit instead of once per
	// batch, and the random-key indexes are rewritten a few times per
	// rebuild instead of once per batch. Checkpoint reports the position
	// applied in the open transaction; if Apply fails, the work since the
	// last commit is dropped and Checkpoint falls back to the committed
	// position, from which a projector resumes.
	NoSync bool
	// BulkEvents is how many events a bulk load (NoSync) applies per
	// commit; 0 means 250,000 (a few hundred MB of memory at most).
	BulkEvents int
	// Timeout waits this long for the file lock (another process holding
	// the file). 0 means 2 seconds.
	Timeout time.Duration
	// MmapBytes is the initial size of the memory map. Growing the map
	// makes bbolt copy every page the open write transaction touched out
	// of the old map, which dominated the cost of batches into a growing
	// file; a map larger than the file avoids it. It is address space,
	// not memory. 0 means 1 GiB; it still grows past that as needed.
	MmapBytes int
}

// Store is the bbolt projection of the EVENTS log.
type Store struct {
	db     *bolt.DB
	path   string
	window int
	secret []byte

	// Bulk loading (Options.NoSync): the open write transaction, its
	// batch state and the position applied in it, guarded by mu.
	bulk     int
	mu       sync.Mutex
	btx      *bolt.Tx
	bt       *batch
	pendAt   AsOf
	pendN    int
	pendFrom AsOf
}

// Open opens or creates the projection file at path.
func Open(path string, opt Options) (*Store, error) {
	w := opt.StoryWindowDays
	switch {
	case w == 0:
		w = 1
	case w < 0:
		w = 0
	}
	mmap := opt.MmapBytes
	if mmap == 0 {
		mmap = 1 << 30
	}
	timeout := opt.Timeout
	if timeout == 0 {
		timeout = 2 * time.Second
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{
		Timeout: timeout,
		NoSync:  opt.NoSync,
		// The freelist is rebuilt on open instead of written on every
		// commit: cheaper batches, slightly slower open.
		NoFreelistSync:  true,
		FreelistType:    bolt.FreelistMapType,
		InitialMmapSize: mmap,
	})
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	s := &Store{db: db, path: path, window: w}
	if opt.NoSync {
		s.bulk = opt.BulkEvents
		if s.bulk <= 0 {
			s.bulk = 250_000
		}
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return fmt.Errorf("create bucket %s: %w", name, err)
			}
		}
		meta := tx.Bucket(bMeta)
		if v := meta.Get(metaFormat); len(v) != 4 || binary.BigEndian.Uint32(v) != formatVersion {
			if meta.Get(metaSeq) != nil || meta.Get(metaWindow) != nil {
				got := 1
				if len(v) == 4 {
					got = int(binary.BigEndian.Uint32(v))
				}
				return fmt.Errorf("%w: the file has projection format %d, this geotrack reads format %d: run `geotrack rebuild`", ErrOldFormat, got, formatVersion)
			}
			if err := meta.Put(metaFormat, binary.BigEndian.AppendUint32(nil, formatVersion)); err != nil {
				return err
			}
		}
		if v := meta.Get(metaWindow); v != nil {
			if got := int(binary.BigEndian.Uint32(v)); got != w {
				return fmt.Errorf("the file was built with a story window of %d days, opened with %d: delete it and rebuild from the log", got, w)
			}
		} else if err := meta.Put(metaWindow, binary.BigEndian.AppendUint32(nil, uint32(w))); err != nil {
			return err
		}
		if v := meta.Get(metaSecret); v != nil {
			s.secret = bytes.Clone(v)
		} else {
			s.secret = make([]byte, 32)
			if _, err := rand.Read(s.secret); err != nil {
				return err
			}
			if err := meta.Put(metaSecret, s.secret); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("store: init %s: %w", path, err)
	}
	return s, nil
}

// Close commits a pending bulk load, syncs and closes the file.
func (s *Store) Close() error {
	s.mu.Lock()
	err := s.commitBulk()
	s.mu.Unlock()
	if err != nil {
		s.db.Close()
		return fmt.Errorf("store: close %s: %w", s.path, err)
	}
	if s.db.NoSync {
		if err := s.db.Sync(); err != nil {
			s.db.Close()
			return fmt.Errorf("store: sync %s: %w", s.path, err)
		}
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("store: close %s: %w", s.path, err)
	}
	return nil
}

// Path is the file the store lives in.
func (s *Store) Path() string { return s.path }

// StoryWindowDays is the distinct-event window this file was built with.
func (s *Store) StoryWindowDays() int { return s.window }

// Secret is a random key created with the file, for signing things that
// must survive a restart but not a rebuild (query cursors).
func (s *Store) Secret() []byte { return bytes.Clone(s.secret) }

// Record is one entry of the EVENTS log as the projector hands it over.
// Exactly one of Coded and Retracted is set; a record with neither (a type
// the store does not project) only advances the checkpoint.
type Record struct {
	Seq       uint64
	Time      time.Time // log time
	Coded     *events.EventCoded
	Retracted *events.EventRetracted
}

// AsOf is the log position a projection reflects.
type AsOf struct {
	Seq  uint64    `json:"seq"`
	Time time.Time `json:"time"`
}

// Checkpoint is the highest stream sequence applied and its log time. In
// a bulk load (NoSync) that is the position applied in the open
// transaction, which Close or the next read commits.
func (s *Store) Checkpoint() (seq uint64, at time.Time, err error) {
	if s.bulk > 0 {
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.btx != nil {
			return s.pendAt.Seq, s.pendAt.Time, nil
		}
	}
	err = s.db.View(func(tx *bolt.Tx) error {
		a := readAsOf(tx)
		seq, at = a.Seq, a.Time
		return nil
	})
	return seq, at, err
}

func readAsOf(tx *bolt.Tx) AsOf {
	meta := tx.Bucket(bMeta)
	var a AsOf
	if v := meta.Get(metaSeq); len(v) == 8 {
		a.Seq = binary.BigEndian.Uint64(v)
	}
	if v := meta.Get(metaAt); len(v) == 8 {
		a.Time = fromNanos(int64(binary.BigEndian.Uint64(v)))
	}
	return a
}

// Apply projects a batch of log records in ONE transaction together with
// the new checkpoint (the highest Seq in the batch); in a bulk load
// (Options.NoSync) several batches share one transaction, still committed
// with the checkpoint they reach. The per-event work that needs no other
// state (checks, keys, encoding) is done first, spread over the CPUs
// (prepareAll). Records at or below
// the checkpoint are skipped, so redelivery and overlapping batches are
// harmless; a coded event whose id is already projected is skipped too
// (re-publication after the server's duplicate window).
func (s *Store) Apply(recs []Record) error {
	if len(recs) == 0 {
		return nil
	}
	if !slices.IsSortedFunc(recs, func(a, b Record) int { return cmpU64(a.Seq, b.Seq) }) {
		recs = slices.Clone(recs)
		slices.SortStableFunc(recs, func(a, b Record) int { return cmpU64(a.Seq, b.Seq) })
	}
	if s.bulk > 0 {
		if err := s.applyBulk(recs); err != nil {
			return fmt.Errorf("store: apply batch %d..%d: %w", recs[0].Seq, recs[len(recs)-1].Seq, err)
		}
		return nil
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		cp := readAsOf(tx)
		bt := newBatch(tx, s.window, len(recs))
		last, _, err := bt.apply(recs, cp)
		if err != nil || last.Seq == cp.Seq {
			return err
		}
		return bt.commit(last)
	})
	if err != nil {
		return fmt.Errorf("store: apply batch %d..%d: %w", recs[0].Seq, recs[len(recs)-1].Seq, err)
	}
	return nil
}

// applyBulk applies recs in the open bulk transaction, committing it once
// it holds BulkEvents events.
func (s *Store) applyBulk(recs []Record) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.btx == nil {
		tx, err := s.db.Begin(true)
		if err != nil {
			return err
		}
		s.btx, s.bt = tx, newBatch(tx, s.window, min(s.bulk, 4*len(recs)))
		s.pendFrom = readAsOf(tx)
		s.pendAt, s.pendN = s.pendFrom, 0
	}
	last, n, err := s.bt.apply(recs, s.pendAt)
	if err != nil {
		s.btx.Rollback()
		s.btx, s.bt = nil, nil
		return err
	}
	s.pendAt = last
	s.pendN += n
	if s.pendN >= s.bulk {
		return s.commitBulk()
	}
	return nil
}

// commitBulk writes and commits the open bulk transaction, if any. The
// caller holds mu.
func (s *Store) commitBulk() error {
	if s.btx == nil {
		return nil
	}
	tx, bt := s.btx, s.bt
	s.btx, s.bt = nil, nil
	if s.pendAt.Seq != s.pendFrom.Seq {
		// A bulk load writes each bucket in key order: pack the pages
		// (bbolt splits them at half full by default, leaving room for
		// inserts that a rebuilt file mostly takes at its end). The file
		// is about a quarter smaller and so quicker to write.
		for _, name := range allBuckets {
			tx.Bucket(name).FillPercent = 0.95
		}
		if err := bt.commit(s.pendAt); err != nil {
			tx.Rollback()
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit bulk load up to %d: %w", s.pendAt.Seq, err)
	}
	return nil
}

// view runs a read transaction after committing a pending bulk load, so
// reads see everything applied.
func (s *Store) view(fn func(*bolt.Tx) error) error {
	if s.bulk > 0 {
		s.mu.Lock()
		err := s.commitBulk()
		s.mu.Unlock()
		if err != nil {
			return fmt.Errorf("store: %w", err)
		}
	}
	return s.db.View(fn)
}

// apply projects the records after position from and returns the new
// position and the number of records it applied.
func (b *batch) apply(recs []Record, from AsOf) (AsOf, int, error) {
	last, n := from, 0
	pre := prepareAll(recs, from.Seq)
	for i := range recs {
		r := &recs[i]
		if r.Seq <= last.Seq {
			continue
		}
		var err error
		switch {
		case r.Coded != nil:
			err = b.coded(r, &pre[i])
		case r.Retracted != nil:
			err = b.retracted(r)
		}
		if err != nil {
			return last, n, fmt.Errorf("seq %d: %w", r.Seq, err)
		}
		last = AsOf{Seq: r.Seq, Time: r.Time}
		n++
	}
	return last, n, nil
}

// commit writes what the batch changed and the checkpoint at, in the
// batch's transaction.
func (b *batch) commit(at AsOf) error {
	if err := b.flush(); err != nil {
		return err
	}
	meta := b.tx.Bucket(bMeta)
	if err := meta.Put(metaSeq, seqKey(at.Seq)); err != nil {
		return err
	}
	return meta.Put(metaAt, binary.BigEndian.AppendUint64(nil, uint64(nanos(at.Time))))
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// batch is the state of one Apply: the buckets, and the stories and daily
// aggregates touched so far, held in memory and written once at the end.
type batch struct {
	tx              *bolt.Tx
	window          int
	ev, gone        *seqbuf
	id              *wbuf
	posts           map[postRef]*posting
	story, rejected *bolt.Bucket
	stories         map[string]*story       // by key, loaded or new in this batch
	fresh           map[storyMatch][]*story // opened in this batch, by anchor day and match key
	aggs            map[aggRef]*aggVal
	names           []string // interned names (intern), 0 is ""
	nameID          map[string]uint32
	pbuf            []byte // scratch for story key prefixes
}

// wbuf holds a batch's writes to one bucket until the end of the batch and
// then applies them in key order. bbolt keeps the nodes a transaction
// touches unsplit in memory until commit, so random-order inserts into a
// node that has grown to thousands of entries shift the whole node each
// time; sorted inserts mostly append. Reads in the batch see the buffer.
type wbuf struct {
	bk *bolt.Bucket
	m  map[string]wval
}

type wval struct {
	v   []byte
	del bool
}

func newWbuf(bk *bolt.Bucket) *wbuf { return &wbuf{bk: bk, m: map[string]wval{}} }

func (w *wbuf) get(k []byte) []byte {
	if x, ok := w.m[string(k)]; ok {
		if x.del {
			return nil
		}
		return x.v
	}
	return w.bk.Get(k)
}

func (w *wbuf) put(k, v []byte) {
	if v == nil {
		v = []byte{}
	}
	w.m[string(k)] = wval{v: v}
}

func (w *wbuf) del(k []byte) {
	if k != nil {
		w.m[string(k)] = wval{del: true}
	}
}

func (w *wbuf) flush() error {
	xs := make([]keyed[wval], 0, len(w.m))
	for k, x := range w.m {
		xs = append(xs, keyed[wval]{[]byte(k), x})
	}
	sortKeyed(xs)
	return putAll(w.bk, xs)
}

func putAll(bk *bolt.Bucket, xs []keyed[wval]) error {
	for _, x := range xs {
		var err error
		if x.v.del {
			err = bk.Delete(x.k)
		} else {
			err = bk.Put(x.k, x.v.v)
		}
		if err != nil {
			return fmt.Errorf("bucket write: %w", err)
		}
	}
	return nil
}

// seqbuf is a wbuf for the buckets keyed by stream sequence (ev, gone):
// integer keys hash cheaper than strings, and a batch's keys mostly come
// in ascending order already.
type seqbuf struct {
	bk *bolt.Bucket
	m  map[uint64]wval
}

func newSeqbuf(bk *bolt.Bucket) *seqbuf { return &seqbuf{bk: bk, m: map[uint64]wval{}} }

func (w *seqbuf) get(seq uint64) []byte {
	if x, ok := w.m[seq]; ok {
		if x.del {
			return nil
		}
		return x.v
	}
	return w.bk.Get(seqKey(seq))
}

func (w *seqbuf) put(seq uint64, v []byte) { w.m[seq] = wval{v: v} }

func (w *seqbuf) del(seq uint64) { w.m[seq] = wval{del: true} }

func (w *seqbuf) flush() error {
	seqs := make([]uint64, 0, len(w.m))
	for s := range w.m {
		seqs = append(seqs, s)
	}
	slices.Sort(seqs)
	keys := make([]byte, 8*len(seqs))
	xs := make([]keyed[wval], len(seqs))
	for i, s := range seqs {
		k := keys[8*i : 8*i+8 : 8*i+8]
		binary.BigEndian.PutUint64(k, s)
		xs[i] = keyed[wval]{k, w.m[s]}
	}
	return putAll(w.bk, xs)
}

// aggRef names an aggregate: a day of an actor (a), a dyad (a -> b) or a
// place (a), or the all-time value of an actor (aggActors, day 0). The
// names are interned per batch (batch.intern), so the ref is a small
// pointer-free value: the batch's map of aggregates, looked up about eight
// times per event, hashes 16 bytes instead of two strings. Its bbolt key
// is built only when it is read or written (batch.aggKey).
type aggRef struct {
	bucket uint8
	day    Day
	a, b   uint32
}

// intern gives the batch-local number of a name (actor key, place, CAMEO
// code); "" is 0.
func (b *batch) intern(s string) uint32 {
	if s == "" {
		return 0
	}
	if id, ok := b.nameID[s]; ok {
		return id
	}
	id := uint32(len(b.names))
	b.names = append(b.names, s)
	b.nameID[s] = id
	return id
}

func (b *batch) aggKey(r aggRef) []byte {
	switch r.bucket {
	case aggActors:
		return []byte(b.names[r.a])
	case aggDyad:
		return []byte(seriesKey(r.day, b.names[r.a], b.names[r.b]))
	}
	return []byte(seriesKey(r.day, b.names[r.a]))
}

const (
	aggActor uint8 = iota
	aggDyad
	aggPlace
	aggActors
	nAgg
)

var aggBuckets = [nAgg][]byte{bAggActor, bAggDyad, bAggPlace, bActors}

// newBatch starts the state of a batch of about n events (the maps are
// sized for it: growing a map of a quarter million entries rehashes it
// several times).
func newBatch(tx *bolt.Tx, window, n int) *batch {
	b := &batch{
		tx: tx, window: window,
		ev:       &seqbuf{bk: tx.Bucket(bEv), m: make(map[uint64]wval, n)},
		id:       &wbuf{bk: tx.Bucket(bID), m: make(map[string]wval, n)},
		gone:     newSeqbuf(tx.Bucket(bGone)),
		posts:    make(map[postRef]*posting, n/2),
		story:    tx.Bucket(bStory),
		rejected: tx.Bucket(bRejected),
		stories:  make(map[string]*story, n),
		fresh:    make(map[storyMatch][]*story, n),
		aggs:     make(map[aggRef]*aggVal, n),
		names:    []string{""},
		nameID:   make(map[string]uint32, 1024),
	}
	// Events are keyed by stream sequence, so the bucket only ever grows
	// at its end: pack its pages full instead of leaving room for inserts
	// that never come.
	b.ev.bk.FillPercent = 1.0
	return b
}

func (b *batch) reject(r *Record, reason string) error {
	slog.Warn("store: event not projected", "seq", r.Seq, "reason", reason)
	return b.rejected.Put(seqKey(r.Seq), []byte(reason))
}

// badKeys says why an event's ids or keys cannot be stored as bbolt keys
// (too long, or holding the \0 that separates key parts), or "".
func badKeys(ev *events.EventCoded) string {
	for _, f := range []struct {
		name, v string
		max     int
	}{
		{"id", ev.ID, 256}, {"article_id", ev.ArticleID, 256}, {"cameo", ev.CAMEO, 16},
		{"source key", ev.Source.Key(), 64}, {"target key", ev.Target.Key(), 64}, {"place", placeOf(ev), 64},
	} {
		if len(f.v) > f.max || strings.IndexByte(f.v, 0) >= 0 {
			return fmt.Sprintf("event %.64s: %s is longer than %d bytes or contains NUL", ev.ID, f.name, f.max)
		}
	}
	return ""
}

// cat builds parts[0] \0 parts[1] \0 ... tail.
func cat(tail []byte, parts ...string) []byte {
	n := len(tail)
	for _, p := range parts {
		n += len(p) + 1
	}
	k := make([]byte, 0, n)
	for _, p := range parts {
		k = append(k, p...)
		k = append(k, 0)
	}
	return append(k, tail...)
}

// prepared is the part of applying a coded event that depends on the
// event alone: checks, its day, its id key and its encoded record up to
// the story key.
type prepared struct {
	why  string // why it cannot be projected; "" if it can
	day  Day
	idk  []byte
	head []byte
}

func prepare(r *Record) prepared {
	ev := r.Coded
	if ev.ID == "" {
		return prepared{why: "event without id"}
	}
	if why := badKeys(ev); why != "" {
		return prepared{why: why}
	}
	day, err := ParseDay(ev.Date)
	if err != nil {
		return prepared{why: fmt.Sprintf("event %s: %v", ev.ID, err)}
	}
	return prepared{day: day, idk: hashKey(ev.ID), head: encodeEvent(r.Time, ev)}
}

// prepareAll prepares the coded events after seq, spread over the CPUs
// when the batch is large: it is about a fifth of the work of Apply, and
// the rest (assigning stories, counting) must follow log order on one.
func prepareAll(recs []Record, after uint64) []prepared {
	pre := make([]prepared, len(recs))
	work := func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if r := &recs[i]; r.Coded != nil && r.Seq > after {
				pre[i] = prepare(r)
			}
		}
	}
	workers := 1
	if len(recs) >= 1024 {
		workers = runtime.GOMAXPROCS(0)
	}
	if workers == 1 {
		work(0, len(recs))
		return pre
	}
	chunk := (len(recs) + workers - 1) / workers
	var wg sync.WaitGroup
	for lo := 0; lo < len(recs); lo += chunk {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			work(lo, hi)
		}(lo, min(lo+chunk, len(recs)))
	}
	wg.Wait()
	return pre
}

func (b *batch) coded(r *Record, p *prepared) error {
	ev := r.Coded
	if p.why != "" {
		return b.reject(r, p.why)
	}
	if b.id.get(p.idk) != nil {
		return nil // already projected (re-published after the dedup window)
	}
	da := b.dayAggs(ev, p.day)
	st, err := b.assign(ev, da, r.Seq)
	if err != nil {
		return err
	}
	b.ev.put(r.Seq, appendStoryKey(p.head, st.key()))
	b.id.put(p.idk, seqKey(r.Seq))
	return b.eachPosting(ev, da, func(p *posting) { p.add(r.Seq) })
}

func (b *batch) retracted(r *Record) error {
	id := hashKey(r.Retracted.EventID)
	sk := b.id.get(id)
	if sk == nil {
		return nil // never projected, or already retracted
	}
	seq := binary.BigEndian.Uint64(sk)
	v := b.ev.get(seq)
	if v == nil {
		return fmt.Errorf("event %s: id index points at missing seq %d", r.Retracted.EventID, seq)
	}
	rec, err := decodeStored(seq, v)
	if err != nil {
		return fmt.Errorf("event %s: %w", r.Retracted.EventID, err)
	}
	ev := &rec.Ev
	day, err := ParseDay(ev.Date)
	if err != nil {
		return fmt.Errorf("event %s: %w", r.Retracted.EventID, err)
	}
	if err := b.unassign(rec.Story, seq); err != nil {
		return err
	}
	// The retracted event is kept, with the sequence that retracted it,
	// so "what was known at sequence N" can still be answered for any N
	// before the retraction (as_of reads, asof.go).
	b.gone.put(seq, append(seqKey(r.Seq), v...))
	b.ev.del(seq)
	b.id.del(id)
	return b.eachPosting(ev, b.dayAggs(ev, day), func(p *posting) { p.remove(seq) })
}

// storyID starts with the anchor day, so the stories of a period sit
// together in the file (a batch of recent news touches a few pages, not
// thousands), and ends with a hash of the event that opened the story, so it
// is the same in every rebuild (assignment follows log order).
func storyID(anchor Day, founding string) [16]byte {
	h := sha256.Sum256([]byte("geotrack/story/v1\x00" + founding))
	var id [16]byte
	binary.BigEndian.PutUint32(id[:4], uint32(anchor))
	copy(id[4:], h[:12])
	return id
}
