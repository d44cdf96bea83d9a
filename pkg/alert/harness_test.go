package alert_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/alert"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/projector"
	"github.com/geotrack/geotrack/pkg/store"
)

// env is a real aggregate: embedded NATS, a bbolt projection, its
// projector feeding the alert engine, and the engine's HTTP API.
type env struct {
	t      *testing.T
	dir    string
	bus    *bus.Bus
	store  *store.Store
	eng    *alert.Engine
	api    *httptest.Server
	cancel context.CancelFunc
	wg     sync.WaitGroup
	opt    alert.Options
}

// Modes of newEnv.
const (
	noProjector   = iota // the engine alone (API tests)
	withProjector        // projector -> AfterBatch -> engine, as in the app
	projectorOnly        // the projection runs, the engine is not told (a crash between the two commits)
)

func newEnv(t *testing.T, dir string, opt alert.Options, mode int) *env {
	t.Helper()
	ctx := context.Background()
	b, err := bus.Open(ctx, bus.Config{DataDir: filepath.Join(dir, "nats")})
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(filepath.Join(dir, "geotrack.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	opt.Path, opt.Bus, opt.Stories, opt.Checkpoint = filepath.Join(dir, "alerts.db"), b, st, st.Checkpoint
	opt.AllowPrivateTargets = true
	if opt.BackoffBase == 0 {
		opt.BackoffBase = 20 * time.Millisecond
		opt.BackoffMax = 200 * time.Millisecond
	}
	eng, err := alert.Open(opt)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	eng.Register(mux)
	e := &env{t: t, dir: dir, bus: b, store: st, eng: eng, api: httptest.NewServer(mux), opt: opt}
	rctx, cancel := context.WithCancel(ctx)
	e.cancel = cancel
	if mode != noProjector {
		popt := projector.Options{AfterBatch: eng.Process}
		if mode == projectorOnly {
			popt.AfterBatch = nil
		}
		p := projector.New(b, st, popt)
		e.wg.Add(1)
		go func() { defer e.wg.Done(); _ = p.Run(rctx) }()
	}
	if mode != projectorOnly {
		e.wg.Add(1)
		go func() { defer e.wg.Done(); _ = eng.Run(rctx) }()
	}
	t.Cleanup(e.close)
	return e
}

func (e *env) close() {
	if e.cancel == nil {
		return
	}
	e.eng.CloseStreams()
	e.api.Close()
	e.cancel()
	e.wg.Wait()
	e.cancel = nil
	if err := e.eng.Close(); err != nil {
		e.t.Error(err)
	}
	_ = e.store.Close()
	_ = e.bus.Close()
}

// addRule creates a rule through the API and returns the answer (with the
// webhook secret).
func (e *env) addRule(r events.Rule) alert.RuleView {
	e.t.Helper()
	b, _ := json.Marshal(r)
	resp, err := http.Post(e.api.URL+"/v1/alerts/rules", "application/json", bytesReader(b))
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusCreated {
		e.t.Fatalf("create rule: %s %s", resp.Status, body)
	}
	var v alert.RuleView
	if err := json.Unmarshal(body, &v); err != nil {
		e.t.Fatal(err)
	}
	return v
}

// ev builds a coded event. Same src, tgt, code, place and nearby date =
// the same story; article makes distinct mentions.
func ev(article, src, tgt, cameo, date string) events.EventCoded {
	body := fmt.Sprintf("article %s: %s did %s to %s on %s.", article, src, cameo, tgt, date)
	aid := events.ArticleID(article, body)
	s := events.Actor{Code: src, Country: src}
	g := events.Actor{Code: tgt, Country: tgt}
	if len(tgt) > 3 {
		g = events.Actor{Code: "IGO" + tgt, Org: tgt}
	}
	c := events.EventCoded{
		ID: events.EventID(aid, 0, s, g, cameo, false, "test", "sha256:0"), ArticleID: aid, Date: date, Lang: "en",
		Source: s, Target: g, CAMEO: cameo, Location: &events.Location{Name: "x", Country: tgt},
		Sentence: events.Sentence{Text: body, End: len(body)}, Coder: events.Coder{Version: "test", Dict: "sha256:0"},
	}
	if err := c.Fill(); err != nil {
		panic(err)
	}
	return c
}

func (e *env) publish(evs ...events.EventCoded) {
	e.t.Helper()
	for _, c := range evs {
		env, err := events.NewEnvelope(events.TypeEventCoded, c.ID, "test", time.Now(), c)
		if err != nil {
			e.t.Fatal(err)
		}
		if err := e.bus.PublishEnvelope(context.Background(), bus.SubjectEventCoded, env); err != nil {
			e.t.Fatal(err)
		}
	}
}

// waitPos waits until the engine has applied the whole EVENTS stream.
func (e *env) waitPos() {
	e.t.Helper()
	last, err := e.bus.LastSeq(context.Background(), bus.StreamEvents)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.eng.WaitApplied(context.Background(), last, 20*time.Second); err != nil {
		e.t.Fatalf("engine at %d, stream at %d: %v", e.eng.Position(), last, err)
	}
}

// receiver is a webhook endpoint that checks signatures and records what
// it accepted.
type receiver struct {
	mu       sync.Mutex
	secret   string
	down     int // answer 503 to this many requests first
	requests int
	badSig   int
	got      []events.AlertFired
	seen     map[string]int // "id/rev" -> times accepted
	srv      *httptest.Server
}

func newReceiver(t *testing.T) *receiver {
	r := &receiver{seen: map[string]int{}}
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		defer r.mu.Unlock()
		r.requests++
		if r.down > 0 {
			r.down--
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		if err := alert.Verify(r.secret, req.Header.Get(alert.SignatureHeader), body, time.Now(), 5*time.Minute); err != nil {
			r.badSig++
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		var env events.Envelope
		var a events.AlertFired
		if err := json.Unmarshal(body, &env); err != nil || env.DecodeData(events.TypeAlertFired, &a) != nil {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		r.got = append(r.got, a)
		r.seen[fmt.Sprintf("%s/%d", a.ID, a.Revision)]++
	}))
	t.Cleanup(r.srv.Close)
	return r
}

func (r *receiver) alerts() []events.AlertFired {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]events.AlertFired(nil), r.got...)
}

// waitFor polls cond until it holds or 20 s pass.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func day(offset int) string { return time.Now().UTC().AddDate(0, 0, offset).Format(time.DateOnly) }
