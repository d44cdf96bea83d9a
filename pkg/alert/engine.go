package alert

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/projector"
	"github.com/geotrack/geotrack/pkg/store"
	bolt "go.etcd.io/bbolt"
)

// SubjectRules is the EVENTS subject rule changes are published on (inside
// events.>, so they are ordered with the events they apply to).
const SubjectRules = "events.rules"

// Source is the CloudEvents source of what this package publishes.
const Source = "geotrack/alert"

// Stories finds the story (distinct real-world event) of a coded event;
// *store.Store is one.
type Stories interface {
	Event(id string) (*store.EventDetail, error)
}

// Options configure an Engine.
type Options struct {
	// Path of the engine's own bbolt file (DataDir/alerts.db).
	Path string
	Bus  *bus.Bus
	// Stories gives each matching event its story; Checkpoint is the
	// projection's position, which Run catches up to at start. Both are
	// normally the aggregate's *store.Store.
	Stories    Stories
	Checkpoint func() (uint64, time.Time, error)
	// AllowPrivateTargets lets webhooks point at loopback and private
	// addresses (tests, a receiver on the same host).
	AllowPrivateTargets bool
	// MaxAttempts of a webhook delivery before it is dead-lettered
	// (default 8); BackoffBase and BackoffMax shape the exponential
	// backoff between attempts (defaults 1 s and 5 min), with jitter.
	MaxAttempts int
	BackoffBase time.Duration
	BackoffMax  time.Duration
	// HTTPClient posts webhooks; default a client with a 10 s timeout.
	HTTPClient *http.Client
	// ApplyWait bounds how long the rules API waits for a published rule
	// change to be applied before answering (default 5 s).
	ApplyWait time.Duration
	Log       *slog.Logger
}

// Engine evaluates alert rules over the EVENTS log and delivers alerts.
type Engine struct {
	opt Options
	db  *bolt.DB
	log *slog.Logger

	// mu guards the evaluation state below; Process and catch-up hold it.
	mu    sync.Mutex
	pos   uint64
	oseq  uint64 // last outbox (alert) sequence
	rules map[string]*ruleState
	ix    *index
	stamp uint64

	// nmu guards changed, closed on every commit that changes something
	// (new position, alerts, deliveries), so waiters re-read.
	nmu     sync.Mutex
	changed chan struct{}

	inflight sync.Map // delivery key -> struct{}
	wg       sync.WaitGroup

	streamsDone chan struct{} // closed by CloseStreams: SSE handlers return
	streamsOnce sync.Once
}

type ruleState struct {
	Rule    events.Rule `json:"rule"`
	Version int         `json:"version"`
	// Cooldown is the log time before which no new alert of the rule fires.
	Cooldown time.Time `json:"cooldown"`
	MaxDay   eday      `json:"max_day"`

	m       *matcher
	stamp   uint64
	stories map[string]*storyState
	days    map[eday]*dayState
}

// storyState is what a rule knows of one story.
type storyState struct {
	Articles  []string               `json:"articles,omitempty"` // distinct, until qualified
	Qualified bool                   `json:"qualified,omitempty"`
	AlertID   string                 `json:"alert_id,omitempty"` // each: the alert sent
	Rev       int                    `json:"rev,omitempty"`
	Day       eday                   `json:"day"`
	Evidence  []events.AlertEvidence `json:"evidence,omitempty"`
}

// dayState is the number of qualified stories a count or spike rule saw
// on one event day, with some of their events as evidence.
type dayState struct {
	N  int                    `json:"n"`
	Ev []events.AlertEvidence `json:"ev,omitempty"`
}

var (
	bMeta    = []byte("meta")
	bRules   = []byte("rules")
	bStories = []byte("stories")
	bDays    = []byte("days")
	bAlerts  = []byte("alerts")  // outbox seq -> alertRecord
	bDeliv   = []byte("deliv")   // outbox seq + target -> Delivery
	bPending = []byte("pending") // outbox seq + target -> ""
	kPos     = []byte("pos")
	kOseq    = []byte("oseq")
)

// Open opens (or creates) the engine's file and loads its state.
func Open(opt Options) (*Engine, error) {
	if opt.Path == "" || opt.Bus == nil {
		return nil, errors.New("alert: Options.Path and Options.Bus are required")
	}
	if opt.MaxAttempts <= 0 {
		opt.MaxAttempts = 8
	}
	if opt.BackoffBase <= 0 {
		opt.BackoffBase = time.Second
	}
	if opt.BackoffMax <= 0 {
		opt.BackoffMax = 5 * time.Minute
	}
	if opt.HTTPClient == nil {
		opt.HTTPClient = &http.Client{Timeout: 10 * time.Second}
	}
	if opt.ApplyWait <= 0 {
		opt.ApplyWait = 5 * time.Second
	}
	if opt.Log == nil {
		opt.Log = slog.Default()
	}
	// The freelist is rebuilt at open instead of written on every commit:
	// one transaction per batch is the engine's hot path.
	db, err := bolt.Open(opt.Path, 0o600, &bolt.Options{Timeout: 5 * time.Second, NoFreelistSync: true, FreelistType: bolt.FreelistMapType})
	if err != nil {
		return nil, fmt.Errorf("alert: open %s: %w", opt.Path, err)
	}
	e := &Engine{opt: opt, db: db, log: opt.Log, changed: make(chan struct{}), streamsDone: make(chan struct{})}
	if err := db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bMeta, bRules, bStories, bDays, bAlerts, bDeliv, bPending} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		db.Close()
		return nil, fmt.Errorf("alert: init %s: %w", opt.Path, err)
	}
	if err := e.load(); err != nil {
		db.Close()
		return nil, err
	}
	return e, nil
}

// CloseStreams ends every open SSE stream (http.Server.Shutdown does not
// cancel long-lived requests; register this with RegisterOnShutdown).
func (e *Engine) CloseStreams() { e.streamsOnce.Do(func() { close(e.streamsDone) }) }

// Close ends the streams and closes the file. Stop Run (cancel its context
// and wait) and the projector calling Process first.
func (e *Engine) Close() error {
	e.CloseStreams()
	e.wg.Wait()
	return e.db.Close()
}

// Position is the last EVENTS sequence the engine has applied.
func (e *Engine) Position() uint64 {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.pos
}

// load reads the whole evaluation state into memory (also used to undo a
// batch whose commit failed).
func (e *Engine) load() error {
	rules := map[string]*ruleState{}
	err := e.db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bMeta)
		e.pos, e.oseq = u64(meta.Get(kPos)), u64(meta.Get(kOseq))
		if err := tx.Bucket(bRules).ForEach(func(k, v []byte) error {
			rs := &ruleState{}
			if err := json.Unmarshal(v, rs); err != nil {
				return fmt.Errorf("rule %s: %w", k, err)
			}
			rs.init()
			rules[string(k)] = rs
			return nil
		}); err != nil {
			return err
		}
		if err := tx.Bucket(bStories).ForEach(func(k, v []byte) error {
			rid, sid, _ := bytes.Cut(k, []byte{0})
			rs := rules[string(rid)]
			if rs == nil {
				return nil
			}
			ss := &storyState{}
			if err := json.Unmarshal(v, ss); err != nil {
				return fmt.Errorf("story %s: %w", k, err)
			}
			rs.stories[string(sid)] = ss
			return nil
		}); err != nil {
			return err
		}
		return tx.Bucket(bDays).ForEach(func(k, v []byte) error {
			rid, dk, _ := bytes.Cut(k, []byte{0})
			rs := rules[string(rid)]
			if rs == nil || len(dk) != 4 {
				return nil
			}
			ds := &dayState{}
			if err := json.Unmarshal(v, ds); err != nil {
				return fmt.Errorf("day %s: %w", k, err)
			}
			rs.days[eday(int32(binary.BigEndian.Uint32(dk)))] = ds
			return nil
		})
	})
	if err != nil {
		return fmt.Errorf("alert: load state: %w", err)
	}
	e.rules = rules
	e.ix = buildIndex(rules)
	return nil
}

func (rs *ruleState) init() {
	rs.m = compile(rs.Rule.Filter)
	rs.stories = map[string]*storyState{}
	rs.days = map[eday]*dayState{}
}

func u64(b []byte) uint64 {
	if len(b) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

func seqKey(n uint64) []byte { return binary.BigEndian.AppendUint64(nil, n) }

// Process evaluates a batch of EVENTS messages (the projector's AfterBatch:
// recs, when given, are the decoded records of msgs). Messages at or below
// the engine's position are skipped; if msgs start beyond it (the process
// stopped between the projection's commit and the engine's), the gap is
// read from the log first. State, position and new alerts are written in
// one bbolt transaction; delivery follows from the outbox.
func (e *Engine) Process(ctx context.Context, msgs []bus.Msg, recs []store.Record) error {
	if len(msgs) == 0 {
		return nil
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if first := msgs[0].Seq; first > e.pos+1 {
		if err := e.readLocked(ctx, first-1); err != nil {
			return err
		}
	}
	return e.applyLocked(msgs, recs)
}

// CatchUp applies EVENTS from the engine's position up to the projection's
// checkpoint: the stories of those events are in the store already.
func (e *Engine) CatchUp(ctx context.Context) error {
	if e.opt.Checkpoint == nil {
		return nil
	}
	until, _, err := e.opt.Checkpoint()
	if err != nil {
		return fmt.Errorf("alert: projection checkpoint: %w", err)
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.readLocked(ctx, until)
}

func (e *Engine) readLocked(ctx context.Context, until uint64) error {
	if until <= e.pos {
		return nil
	}
	e.log.Info("alert: catching up", "from", e.pos+1, "to", until)
	err := e.opt.Bus.Read(ctx, bus.ReadOptions{Stream: bus.StreamEvents, StartSeq: e.pos + 1, UntilSeq: until},
		func(msgs []bus.Msg) error { return e.applyLocked(msgs, nil) })
	if err != nil {
		return fmt.Errorf("alert: catch up to %d: %w", until, err)
	}
	return nil
}

// batch collects one transaction's writes.
type batch struct {
	stories map[string]*storyState // "rule\x00story" -> state (nil = delete)
	days    map[string]*dayState
	rules   map[string]*ruleState // nil = deleted
	alerts  []alertRecord
	last    bus.Msg
}

// alertRecord is one alert (or update) in the outbox, as SSE, NATS and the
// webhook receive it.
type alertRecord struct {
	Seq      uint64              `json:"seq"`
	RuleID   string              `json:"rule_id"`
	AlertID  string              `json:"alert_id"`
	Revision int                 `json:"revision"`
	Envelope json.RawMessage     `json:"envelope"`
	Webhook  *events.RuleWebhook `json:"webhook,omitempty"`
}

func (e *Engine) applyLocked(msgs []bus.Msg, recs []store.Record) error {
	b := &batch{stories: map[string]*storyState{}, days: map[string]*dayState{}, rules: map[string]*ruleState{}}
	startOseq := e.oseq
	for i, m := range msgs {
		if m.Seq <= e.pos || m.Seq <= b.last.Seq {
			continue
		}
		b.last = m
		var coded *events.EventCoded
		if recs != nil && i < len(recs) && recs[i].Seq == m.Seq && recs[i].Coded != nil {
			coded = recs[i].Coded
		} else {
			typ := m.Header.Get(bus.HeaderType)
			if typ != "" && typ != events.TypeEventCoded && typ != events.TypeRuleCreated && typ != events.TypeRuleUpdated && typ != events.TypeRuleDeleted {
				continue
			}
			env, err := events.DecodeEnvelope(m.Data)
			if err != nil {
				continue // the projector logs undecodable messages
			}
			switch env.Type {
			case events.TypeRuleCreated, events.TypeRuleUpdated, events.TypeRuleDeleted:
				e.ruleChange(b, env)
				continue
			case events.TypeEventCoded:
				rec, err := projector.Decode(m)
				if err != nil || rec.Coded == nil {
					continue
				}
				coded = rec.Coded
			default:
				continue
			}
		}
		if err := e.evaluate(b, m, coded); err != nil {
			return err
		}
	}
	if b.last.Seq == 0 {
		return nil
	}
	if err := e.commit(b); err != nil {
		// Memory has moved ahead of the file: reload what was committed.
		e.oseq = startOseq
		if lerr := e.load(); lerr != nil {
			return errors.Join(err, lerr)
		}
		return err
	}
	e.pos = b.last.Seq
	e.notify()
	return nil
}

func (e *Engine) notify() {
	e.nmu.Lock()
	close(e.changed)
	e.changed = make(chan struct{})
	e.nmu.Unlock()
}

func (e *Engine) changes() <-chan struct{} {
	e.nmu.Lock()
	defer e.nmu.Unlock()
	return e.changed
}

func (e *Engine) ruleChange(b *batch, env events.Envelope) {
	if env.Type == events.TypeRuleDeleted {
		var d events.RuleDeleted
		if err := env.DecodeData(env.Type, &d); err != nil {
			e.log.Error("alert: bad rule.deleted skipped", "id", env.ID, "err", err)
			return
		}
		if old := e.rules[d.ID]; old != nil {
			e.dropState(b, d.ID, old)
			delete(e.rules, d.ID)
			b.rules[d.ID] = nil
		}
		e.ix = buildIndex(e.rules)
		return
	}
	var r events.Rule
	if err := env.DecodeData(env.Type, &r); err != nil {
		e.log.Error("alert: bad rule change skipped", "id", env.ID, "err", err)
		return
	}
	// The API validated it; the log may hold rules written by other
	// producers, so validate again (addresses were checked at creation).
	if err := Validate(&r, true); err != nil {
		e.log.Error("alert: invalid rule in the log skipped", "rule", r.ID, "err", err)
		return
	}
	rs := &ruleState{Rule: r}
	if old := e.rules[r.ID]; old != nil {
		// An update starts the rule's windows afresh; its alert ids change
		// with the version, so they never collide with the old rule's.
		e.dropState(b, r.ID, old)
		rs.Version = old.Version + 1
		rs.Cooldown = old.Cooldown
	}
	rs.init()
	e.rules[r.ID] = rs
	b.rules[r.ID] = rs
	e.ix = buildIndex(e.rules)
}

func (e *Engine) dropState(b *batch, id string, rs *ruleState) {
	for sid := range rs.stories {
		b.stories[id+"\x00"+sid] = nil
	}
	for d := range rs.days {
		b.days[dayKey(id, d)] = nil
	}
}

func dayKey(rule string, d eday) string {
	return rule + "\x00" + string(binary.BigEndian.AppendUint32(nil, uint32(int32(d))))
}

// alertID is deterministic: the rule, its version, the trigger kind and
// the story (each) or the window's last day (count, spike).
func alertID(rs *ruleState, what string) string {
	h := sha256.New()
	for _, p := range []string{"geotrack/alert/v1", rs.Rule.ID, strconv.Itoa(rs.Version), rs.Rule.Trigger.Kind, what} {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

func evidenceOf(ev *events.EventCoded) events.AlertEvidence {
	return events.AlertEvidence{ID: ev.ID, ArticleID: ev.ArticleID, Date: ev.Date, Source: ev.Source.Key(), Target: ev.Target.Key(),
		CAMEO: ev.CAMEO, Sentence: ev.Sentence.Text, Link: "/v1/events/" + ev.ID}
}

func (e *Engine) evaluate(b *batch, m bus.Msg, ev *events.EventCoded) error {
	e.stamp++
	var matched []*ruleState
	e.ix.candidates(ev, func(rs *ruleState) {
		if rs.stamp == e.stamp {
			return
		}
		rs.stamp = e.stamp
		if rs.m.match(ev) {
			matched = append(matched, rs)
		}
	})
	if len(matched) == 0 {
		return nil
	}
	// Windows run on the event's own date, not on log time: "conflict
	// events this week" means events that happened this week.
	day, err := parseEday(ev.Date)
	if err != nil {
		day = edayOf(m.Time)
	}
	story := "ev:" + ev.ID
	if e.opt.Stories != nil {
		d, err := e.opt.Stories.Event(ev.ID)
		switch {
		case err == nil:
			story = d.Story.ID
		case errors.Is(err, store.ErrNotFound):
			// Retracted since (or never projected): the event is its own story.
		default:
			return fmt.Errorf("alert: story of %s: %w", ev.ID, err)
		}
	}
	evd := evidenceOf(ev)
	for _, rs := range matched {
		if err := e.apply(b, m, rs, story, day, evd); err != nil {
			return err
		}
	}
	return nil
}

func (e *Engine) apply(b *batch, m bus.Msg, rs *ruleState, story string, day eday, evd events.AlertEvidence) error {
	r := &rs.Rule
	if day > rs.MaxDay {
		rs.MaxDay = day
		e.prune(b, rs)
		b.rules[r.ID] = rs
	}
	skey := r.ID + "\x00" + story
	ss := rs.stories[story]
	if ss == nil {
		ss = &storyState{Day: day}
		rs.stories[story] = ss
		b.stories[skey] = ss
	}
	if day > ss.Day {
		ss.Day = day
		b.stories[skey] = ss
	}
	if !ss.Qualified {
		b.stories[skey] = ss
		seen := false
		for _, a := range ss.Articles {
			seen = seen || a == evd.ArticleID
		}
		if !seen {
			ss.Articles = append(ss.Articles, evd.ArticleID)
		}
		if r.Trigger.Kind == events.TriggerEach {
			ss.Evidence = appendEvidence(ss.Evidence, evd, max(storyEvidence, r.Filter.MinMentions))
		}
		if len(ss.Articles) < max(1, r.Filter.MinMentions) {
			return nil
		}
		ss.Qualified, ss.Articles = true, nil
		return e.qualified(b, m, rs, story, ss, day, evd)
	}
	if r.Trigger.Kind == events.TriggerEach && ss.AlertID != "" {
		b.stories[skey] = ss
		ss.Rev++
		ss.Evidence = appendEvidence(ss.Evidence, evd, storyEvidence)
		return e.fire(b, m, rs, ss.AlertID, ss.Rev, story, day, day, float64(ss.Rev+1), 0, ss.Evidence)
	}
	return nil
}

// storyEvidence is how many events an each alert carries: the one that
// opened the story and the latest ones. It is kept small because the story
// state is rewritten with every mention.
const storyEvidence = 5

// appendEvidence keeps the first event (what opened the story) and the
// latest ones, at most limit.
func appendEvidence(l []events.AlertEvidence, ev events.AlertEvidence, limit int) []events.AlertEvidence {
	for _, x := range l {
		if x.ID == ev.ID {
			return l
		}
	}
	l = append(l, ev)
	if len(l) > limit {
		l = append(l[:1], l[2:]...)
	}
	return l
}

// qualified handles a story that now counts for the rule.
func (e *Engine) qualified(b *batch, m bus.Msg, rs *ruleState, story string, ss *storyState, day eday, evd events.AlertEvidence) error {
	r := &rs.Rule
	t := r.Trigger
	if t.Kind == events.TriggerEach {
		if m.Time.Before(rs.Cooldown) {
			return nil // suppressed; later mentions of this story stay quiet too
		}
		ss.AlertID = alertID(rs, story)
		return e.fire(b, m, rs, ss.AlertID, 0, story, day, day, 1, 0, ss.Evidence)
	}
	ds := rs.days[day]
	if ds == nil {
		ds = &dayState{}
		rs.days[day] = ds
	}
	ds.N++
	// A day keeps as much evidence as a crossing needs (the threshold,
	// between 5 and maxEvidence): the day is rewritten on every new story.
	if len(ds.Ev) < min(max(t.Count, t.MinCount, 5), maxEvidence) {
		ds.Ev = append(ds.Ev, evd)
	}
	b.days[dayKey(r.ID, day)] = ds
	// Late news about old days does not fire: only windows ending within
	// one window length of the log time do.
	if day.AddDays(t.WindowDays) < edayOf(m.Time) {
		return nil
	}
	from := day.AddDays(-(t.WindowDays - 1))
	c := 0
	for d := from; d <= day; d = d.AddDays(1) {
		if x := rs.days[d]; x != nil {
			c += x.N
		}
	}
	var fires func(n int) bool
	var expected float64
	switch t.Kind {
	case events.TriggerCount:
		fires = func(n int) bool { return n >= t.Count }
	case events.TriggerSpike:
		if c < t.MinCount {
			return nil // cannot fire: skip the baseline
		}
		var sum, sq float64
		counts := make([]float64, 0, t.BaselineDays)
		for d := from.AddDays(-t.BaselineDays); d < from; d = d.AddDays(1) {
			x := 0.0
			if ds := rs.days[d]; ds != nil {
				x = float64(ds.N)
			}
			counts = append(counts, x)
			sum += x
		}
		mean := sum / float64(t.BaselineDays)
		for _, x := range counts {
			sq += (x - mean) * (x - mean)
		}
		expected = mean * float64(t.WindowDays)
		// Window sum of independent days: sd * sqrt(W); floored by the
		// Poisson sd of the expectation (and 1), so a flat or empty
		// baseline does not make every event infinitely surprising.
		sd := math.Sqrt(sq / float64(t.BaselineDays) * float64(t.WindowDays))
		sd = max(sd, math.Sqrt(max(expected, 1)))
		fires = func(n int) bool {
			if n < t.MinCount {
				return false
			}
			if t.Ratio > 0 {
				return float64(n) >= t.Ratio*expected
			}
			return (float64(n)-expected)/sd >= t.ZScore
		}
	}
	if !fires(c) || fires(c-1) {
		return nil // not a crossing: below, or already above before this story
	}
	if m.Time.Before(rs.Cooldown) {
		return nil
	}
	var ev []events.AlertEvidence
	for d := day; d >= from && len(ev) < maxEvidence; d = d.AddDays(-1) {
		if x := rs.days[d]; x != nil {
			ev = append(ev, x.Ev[:min(len(x.Ev), maxEvidence-len(ev))]...)
		}
	}
	return e.fire(b, m, rs, alertID(rs, day.String()), 0, "", from, day, float64(c), expected, ev)
}

// prune forgets days and stories that no window can reach any more.
func (e *Engine) prune(b *batch, rs *ruleState) {
	t := rs.Rule.Trigger
	keep := t.WindowDays + t.BaselineDays + 1
	for d := range rs.days {
		if d < rs.MaxDay.AddDays(-keep) {
			delete(rs.days, d)
			b.days[dayKey(rs.Rule.ID, d)] = nil
		}
	}
	// Stories stay longer than the store's story window, so a late mention
	// joins its alert as an update rather than firing anew.
	storyKeep := keep + 60
	for sid, ss := range rs.stories {
		if ss.Day < rs.MaxDay.AddDays(-storyKeep) {
			delete(rs.stories, sid)
			b.stories[rs.Rule.ID+"\x00"+sid] = nil
		}
	}
}

func (e *Engine) fire(b *batch, m bus.Msg, rs *ruleState, id string, rev int, story string, from, to eday, value, baseline float64, ev []events.AlertEvidence) error {
	r := &rs.Rule
	if rev == 0 && r.CooldownSeconds > 0 {
		rs.Cooldown = m.Time.Add(time.Duration(r.CooldownSeconds) * time.Second)
		b.rules[r.ID] = rs
	}
	a := events.AlertFired{
		ID: id, RuleID: r.ID, WindowStart: from.Time().Format(time.RFC3339), WindowEnd: to.AddDays(1).Time().Format(time.RFC3339),
		Value: value, Update: rev > 0, Revision: rev, Trigger: r.Trigger.Kind, StoryID: story, Baseline: baseline,
		Events: append([]events.AlertEvidence(nil), ev...),
	}
	for _, x := range ev {
		a.EventIDs = append(a.EventIDs, x.ID)
	}
	// The envelope time is the log time of the triggering message, so a
	// replay produces the same bytes.
	env, err := events.NewEnvelope(events.TypeAlertFired, id+"."+strconv.Itoa(rev), Source, m.Time, a)
	if err != nil {
		return err
	}
	raw, err := json.Marshal(env)
	if err != nil {
		return fmt.Errorf("alert: encode %s: %w", id, err)
	}
	e.oseq++
	rec := alertRecord{Seq: e.oseq, RuleID: r.ID, AlertID: id, Revision: rev, Envelope: raw}
	if r.Webhook != nil {
		w := *r.Webhook
		rec.Webhook = &w
	}
	b.alerts = append(b.alerts, rec)
	return nil
}

// commit writes the batch, the new position and the outbox in one
// transaction.
func (e *Engine) commit(b *batch) error {
	now := time.Now().UTC()
	return e.db.Update(func(tx *bolt.Tx) error {
		rules, stories, days := tx.Bucket(bRules), tx.Bucket(bStories), tx.Bucket(bDays)
		for id, rs := range b.rules {
			if rs == nil {
				if err := rules.Delete([]byte(id)); err != nil {
					return err
				}
				continue
			}
			v, err := json.Marshal(rs)
			if err != nil {
				return err
			}
			if err := rules.Put([]byte(id), v); err != nil {
				return err
			}
		}
		// Keys in order: bbolt writes a sorted batch much faster than
		// random puts.
		for _, k := range slices.Sorted(maps.Keys(b.stories)) {
			ss := b.stories[k]
			if err := putOrDelete(stories, k, ss, ss == nil); err != nil {
				return err
			}
		}
		for _, k := range slices.Sorted(maps.Keys(b.days)) {
			ds := b.days[k]
			if err := putOrDelete(days, k, ds, ds == nil); err != nil {
				return err
			}
		}
		alerts, deliv, pending := tx.Bucket(bAlerts), tx.Bucket(bDeliv), tx.Bucket(bPending)
		for _, a := range b.alerts {
			v, err := json.Marshal(a)
			if err != nil {
				return err
			}
			if err := alerts.Put(seqKey(a.Seq), v); err != nil {
				return err
			}
			targets := []string{TargetNATS}
			if a.Webhook != nil {
				targets = append(targets, TargetWebhook)
			}
			for _, t := range targets {
				d := Delivery{ID: deliveryID(a.Seq, t), Seq: a.Seq, Target: t, RuleID: a.RuleID, AlertID: a.AlertID, Revision: a.Revision,
					Status: StatusPending, NextAt: now, Created: now}
				if t == TargetWebhook {
					d.URL = a.Webhook.URL
				}
				if err := putDelivery(deliv, pending, &d); err != nil {
					return err
				}
			}
		}
		meta := tx.Bucket(bMeta)
		if err := meta.Put(kOseq, seqKey(e.oseq)); err != nil {
			return err
		}
		return meta.Put(kPos, seqKey(b.last.Seq))
	})
}

func putOrDelete(bk *bolt.Bucket, k string, v any, del bool) error {
	if del {
		return bk.Delete([]byte(k))
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return bk.Put([]byte(k), b)
}

// eday is a UTC calendar day as days since 1970-01-01: windows step
// through days by addition (store.Day is yyyymmdd, which needs a calendar
// conversion per step).
type eday int32

func edayOf(t time.Time) eday {
	s := t.Unix()
	if s < 0 {
		s -= 86399 // floor division for days before 1970
	}
	return eday(s / 86400)
}

func parseEday(s string) (eday, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, fmt.Errorf("date %q is not YYYY-MM-DD", s)
	}
	return edayOf(t), nil
}

// Time is midnight UTC of the day.
func (d eday) Time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

func (d eday) String() string { return d.Time().Format(time.DateOnly) }

// AddDays moves the day by n days.
func (d eday) AddDays(n int) eday { return d + eday(n) }
