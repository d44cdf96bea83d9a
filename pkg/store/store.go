package store

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
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
	NoSync bool
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
	err = db.Update(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return fmt.Errorf("create bucket %s: %w", name, err)
			}
		}
		meta := tx.Bucket(bMeta)
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

// Close syncs and closes the file.
func (s *Store) Close() error {
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

// Checkpoint is the highest stream sequence applied and its log time.
func (s *Store) Checkpoint() (seq uint64, at time.Time, err error) {
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
// the new checkpoint (the highest Seq in the batch). Records at or below
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
	err := s.db.Update(func(tx *bolt.Tx) error {
		cp := readAsOf(tx)
		bt := newBatch(tx, s.window)
		last := cp
		for i := range recs {
			r := &recs[i]
			if r.Seq <= last.Seq {
				continue
			}
			var err error
			switch {
			case r.Coded != nil:
				err = bt.coded(r)
			case r.Retracted != nil:
				err = bt.retracted(r)
			}
			if err != nil {
				return fmt.Errorf("seq %d: %w", r.Seq, err)
			}
			last = AsOf{Seq: r.Seq, Time: r.Time}
		}
		if last.Seq == cp.Seq {
			return nil
		}
		if err := bt.flush(); err != nil {
			return err
		}
		meta := tx.Bucket(bMeta)
		if err := meta.Put(metaSeq, seqKey(last.Seq)); err != nil {
			return err
		}
		return meta.Put(metaAt, binary.BigEndian.AppendUint64(nil, uint64(nanos(last.Time))))
	})
	if err != nil {
		return fmt.Errorf("store: apply batch %d..%d: %w", recs[0].Seq, recs[len(recs)-1].Seq, err)
	}
	return nil
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
	ev, id, gone    *wbuf
	posts           map[postRef]*posting
	story, rejected *bolt.Bucket
	stories         map[string]*story   // by key, loaded or new in this batch
	fresh           map[string][]*story // opened in this batch, by key prefix
	aggs            map[aggRef]*aggVal
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
	keys := make([]string, 0, len(w.m))
	for k := range w.m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		x := w.m[k]
		var err error
		if x.del {
			err = w.bk.Delete([]byte(k))
		} else {
			err = w.bk.Put([]byte(k), x.v)
		}
		if err != nil {
			return fmt.Errorf("bucket write: %w", err)
		}
	}
	return nil
}

type aggRef struct {
	bucket uint8
	key    string
}

const (
	aggActor uint8 = iota
	aggDyad
	aggPlace
	aggActors
	nAgg
)

var aggBuckets = [nAgg][]byte{bAggActor, bAggDyad, bAggPlace, bActors}

func newBatch(tx *bolt.Tx, window int) *batch {
	b := &batch{
		tx: tx, window: window,
		ev: newWbuf(tx.Bucket(bEv)), id: newWbuf(tx.Bucket(bID)), gone: newWbuf(tx.Bucket(bGone)),
		posts:    map[postRef]*posting{},
		story:    tx.Bucket(bStory),
		rejected: tx.Bucket(bRejected),
		stories:  map[string]*story{},
		fresh:    map[string][]*story{},
		aggs:     map[aggRef]*aggVal{},
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

// postRefs are the posting lists an event is listed in: the day of the
// event for all events, its article, and per actor key, directed dyad and
// place (these live in the same values as the daily aggregates).
func postRefs(ev *events.EventCoded, day Day) []postRef {
	dk := day.key()
	refs := make([]postRef, 0, 6)
	refs = append(refs, postRef{ixDate, string(dk)})
	if ev.ArticleID != "" {
		refs = append(refs, postRef{ixArt, ev.ArticleID})
	}
	src, tgt := ev.Source.Key(), ev.Target.Key()
	if src != "" {
		refs = append(refs, postRef{ixActor, string(cat(dk, src))})
	}
	if tgt != "" && tgt != src {
		refs = append(refs, postRef{ixActor, string(cat(dk, tgt))})
	}
	if src != "" && tgt != "" {
		refs = append(refs, postRef{ixDyad, string(cat(dk, src, tgt))})
	}
	if p := placeOf(ev); p != "" {
		refs = append(refs, postRef{ixPlace, string(cat(dk, p))})
	}
	return refs
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

func (b *batch) coded(r *Record) error {
	ev := r.Coded
	if ev.ID == "" {
		return b.reject(r, "event without id")
	}
	if why := badKeys(ev); why != "" {
		return b.reject(r, why)
	}
	day, err := ParseDay(ev.Date)
	if err != nil {
		return b.reject(r, fmt.Sprintf("event %s: %v", ev.ID, err))
	}
	if b.id.get([]byte(ev.ID)) != nil {
		return nil // already projected (re-published after the dedup window)
	}
	st, err := b.assign(ev, day, r.Seq)
	if err != nil {
		return err
	}
	rec := stored{Seq: r.Seq, Logged: r.Time, Story: string(st.key()), Ev: *ev}
	sk := seqKey(r.Seq)
	b.ev.put(sk, encodeStored(&rec))
	b.id.put([]byte(ev.ID), sk)
	for _, ref := range postRefs(ev, day) {
		p, err := b.posting(ref)
		if err != nil {
			return err
		}
		p.add(r.Seq)
	}
	return nil
}

func (b *batch) retracted(r *Record) error {
	id := []byte(r.Retracted.EventID)
	sk := b.id.get(id)
	if sk == nil {
		return nil // never projected, or already retracted
	}
	seq := binary.BigEndian.Uint64(sk)
	sk = seqKey(seq)
	v := b.ev.get(sk)
	if v == nil {
		return fmt.Errorf("event %s: id index points at missing seq %d", id, seq)
	}
	rec, err := decodeStored(seq, v)
	if err != nil {
		return fmt.Errorf("event %s: %w", id, err)
	}
	ev := &rec.Ev
	day, err := ParseDay(ev.Date)
	if err != nil {
		return fmt.Errorf("event %s: %w", id, err)
	}
	if err := b.unassign(rec.Story, seq); err != nil {
		return err
	}
	// The retracted event is kept, with the sequence that retracted it,
	// so "what was known at sequence N" can still be answered for any N
	// before the retraction (as_of reads, asof.go).
	b.gone.put(sk, append(seqKey(r.Seq), v...))
	b.ev.del(sk)
	b.id.del(id)
	for _, ref := range postRefs(ev, day) {
		p, err := b.posting(ref)
		if err != nil {
			return err
		}
		p.remove(seq)
	}
	return nil
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
