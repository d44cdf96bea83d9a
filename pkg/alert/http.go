package alert

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/httpx"
	"github.com/nats-io/nats.go"
	bolt "go.etcd.io/bbolt"
)

// RuleView is a rule as the API shows it: the webhook secret is only in
// the answer to the request that set it.
type RuleView struct {
	events.Rule
	Version int `json:"version"`
	// Applied is false when the change was accepted into the log but the
	// engine had not applied it yet when the API answered.
	Applied bool `json:"applied"`
}

// Register adds the alert routes to mux.
func (e *Engine) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /v1/alerts/rules", e.handleCreate)
	mux.HandleFunc("GET /v1/alerts/rules", e.handleList)
	mux.HandleFunc("GET /v1/alerts/rules/{id}", e.handleGet)
	mux.HandleFunc("PUT /v1/alerts/rules/{id}", e.handleUpdate)
	mux.HandleFunc("DELETE /v1/alerts/rules/{id}", e.handleDelete)
	mux.HandleFunc("GET /v1/alerts/deliveries", e.handleDeliveries)
	mux.HandleFunc("POST /v1/alerts/deliveries/{id}/redeliver", e.handleRedeliver)
	mux.HandleFunc("GET /v1/alerts/stream", e.handleStream)
}

// Rules lists the active rules (secrets removed), by id.
func (e *Engine) Rules() []RuleView {
	e.mu.Lock()
	defer e.mu.Unlock()
	out := make([]RuleView, 0, len(e.rules))
	for _, rs := range e.rules {
		out = append(out, view(rs, true))
	}
	slices.SortFunc(out, func(a, b RuleView) int { return strings.Compare(a.ID, b.ID) })
	return out
}

func view(rs *ruleState, redact bool) RuleView {
	r := rs.Rule
	if r.Webhook != nil && redact {
		w := *r.Webhook
		w.Secret = ""
		r.Webhook = &w
	}
	return RuleView{Rule: r, Version: rs.Version, Applied: true}
}

func (e *Engine) rule(id string) (*ruleState, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	rs, ok := e.rules[id]
	if !ok {
		return nil, false
	}
	cp := *rs
	return &cp, true
}

func (e *Engine) readRule(w http.ResponseWriter, r *http.Request) (*events.Rule, error) {
	body, err := httpx.ReadBody(w, r, 64<<10)
	if err != nil {
		return nil, err
	}
	var rule events.Rule
	if err := httpx.DecodeJSON(body, &rule); err != nil {
		// Name an unknown field in Param, not only in the detail.
		var p *httpx.Problem
		if errors.As(err, &p) {
			if _, f, ok := strings.Cut(p.Detail, `unknown field "`); ok {
				p.Param, _, _ = strings.Cut(f, `"`)
			}
		}
		return nil, err
	}
	return &rule, nil
}

func (e *Engine) handleCreate(w http.ResponseWriter, r *http.Request) {
	rule, err := e.readRule(w, r)
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	if rule.ID == "" {
		rule.ID = NewRuleID()
	}
	if rule.Webhook != nil && rule.Webhook.Secret == "" {
		rule.Webhook.Secret = NewSecret()
	}
	if err := Validate(rule, e.opt.AllowPrivateTargets); err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	if _, exists := e.rule(rule.ID); exists {
		httpx.WriteProblem(w, httpx.NewProblem(http.StatusConflict, "rule %q exists; PUT replaces it", rule.ID))
		return
	}
	e.publishRule(w, r, events.TypeRuleCreated, rule.ID, rule, rule, http.StatusCreated)
}

func (e *Engine) handleUpdate(w http.ResponseWriter, r *http.Request) {
	rule, err := e.readRule(w, r)
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	id := r.PathValue("id")
	if rule.ID != "" && rule.ID != id {
		httpx.WriteProblem(w, httpx.BadRequest("id", "body id %q differs from the path's %q", rule.ID, id))
		return
	}
	rule.ID = id
	old, ok := e.rule(id)
	if !ok {
		httpx.WriteProblem(w, httpx.NewProblem(http.StatusNotFound, "no rule %q", id))
		return
	}
	kept := false
	if rule.Webhook != nil && rule.Webhook.Secret == "" {
		if old.Rule.Webhook != nil {
			rule.Webhook.Secret = old.Rule.Webhook.Secret // keep the secret the receiver has
			kept = true
		} else {
			rule.Webhook.Secret = NewSecret()
		}
	}
	if err := Validate(rule, e.opt.AllowPrivateTargets); err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	answer := *rule
	if kept { // a secret is shown only in the answer that set it
		wh := *rule.Webhook
		wh.Secret = ""
		answer.Webhook = &wh
	}
	e.publishRule(w, r, events.TypeRuleUpdated, id, rule, &answer, http.StatusOK)
}

func (e *Engine) handleDelete(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if _, ok := e.rule(id); !ok {
		httpx.WriteProblem(w, httpx.NewProblem(http.StatusNotFound, "no rule %q", id))
		return
	}
	e.publishRule(w, r, events.TypeRuleDeleted, id, events.RuleDeleted{ID: id}, nil, http.StatusOK)
}

// publishRule appends a rule change to EVENTS and waits (ApplyWait) for
// the engine to apply it, so a client that creates a rule and then posts
// articles has the rule evaluated on them.
func (e *Engine) publishRule(w http.ResponseWriter, r *http.Request, typ, id string, payload any, rule *events.Rule, status int) {
	seq, err := e.PublishRule(r.Context(), typ, payload)
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	applied := e.WaitApplied(r.Context(), seq, e.opt.ApplyWait) == nil
	if !applied {
		status = http.StatusAccepted
	}
	if rule == nil {
		httpx.WriteJSON(w, status, map[string]any{"id": id, "deleted": true, "applied": applied})
		return
	}
	v := RuleView{Rule: *rule, Applied: applied}
	if rs, ok := e.rule(id); ok && applied {
		v.Version = rs.Version
	}
	httpx.WriteJSON(w, status, v)
}

// PublishRule appends a rule change (rule.created / rule.updated with an
// events.Rule, rule.deleted with an events.RuleDeleted) to EVENTS and
// returns its stream sequence. The caller validates.
func (e *Engine) PublishRule(ctx context.Context, typ string, payload any) (uint64, error) {
	env, err := events.NewEnvelope(typ, NewRuleID()+NewRuleID(), Source, time.Now(), payload)
	if err != nil {
		return 0, err
	}
	data, err := json.Marshal(env)
	if err != nil {
		return 0, err
	}
	m := nats.NewMsg(SubjectRules)
	m.Data = data
	m.Header.Set(nats.MsgIdHdr, env.ID)
	m.Header.Set(bus.HeaderType, env.Type)
	// nats.go directly: the sequence of the change is what the API waits for.
	ack, err := e.opt.Bus.JS.PublishMsg(ctx, m)
	if err != nil {
		return 0, fmt.Errorf("alert: publish %s: %w", typ, err)
	}
	return ack.Sequence, nil
}

// WaitApplied waits until the engine's position reaches seq.
func (e *Engine) WaitApplied(ctx context.Context, seq uint64, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		ch := e.changes()
		if e.Position() >= seq {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ch:
		}
	}
}

func (e *Engine) handleList(w http.ResponseWriter, r *http.Request) {
	httpx.WriteJSON(w, http.StatusOK, map[string]any{"rules": e.Rules()})
}

func (e *Engine) handleGet(w http.ResponseWriter, r *http.Request) {
	rs, ok := e.rule(r.PathValue("id"))
	if !ok {
		httpx.WriteProblem(w, httpx.NewProblem(http.StatusNotFound, "no rule %q", r.PathValue("id")))
		return
	}
	httpx.WriteJSON(w, http.StatusOK, view(rs, true))
}

func (e *Engine) handleDeliveries(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	status := q.Get("status")
	if status != "" && status != StatusPending && status != StatusDone && status != StatusFailed {
		httpx.WriteProblem(w, httpx.BadRequest("status", "status %q is not pending, done or failed", status))
		return
	}
	limit := 100
	if s := q.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 10000 {
			httpx.WriteProblem(w, httpx.BadRequest("limit", "limit %q is not 1..10000", s))
			return
		}
		limit = n
	}
	ds, err := e.Deliveries(status, q.Get("rule"), limit)
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]any{"deliveries": ds})
}

func (e *Engine) handleRedeliver(w http.ResponseWriter, r *http.Request) {
	d, err := e.Redeliver(r.PathValue("id"))
	if errors.Is(err, ErrNoDelivery) {
		httpx.WriteProblem(w, httpx.NewProblem(http.StatusNotFound, "no delivery %q", r.PathValue("id")))
		return
	}
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	httpx.WriteJSON(w, http.StatusAccepted, d)
}

// handleStream serves alerts as Server-Sent Events: "id" is the alert's
// outbox sequence, so a client reconnecting with Last-Event-ID gets every
// alert after the last one it saw (the outbox keeps them all).
func (e *Engine) handleStream(w http.ResponseWriter, r *http.Request) {
	var rules map[string]bool
	if s := r.URL.Query().Get("rule"); s != "" {
		rules = map[string]bool{}
		for _, id := range strings.Split(s, ",") {
			rules[id] = true
		}
	}
	var last uint64
	if s := r.Header.Get("Last-Event-ID"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			httpx.WriteProblem(w, httpx.BadRequest("Last-Event-ID", "Last-Event-ID %q is not an alert sequence", s))
			return
		}
		last = n
	}
	rc, ok := httpx.StartSSE(w, r)
	if !ok {
		return // HEAD
	}
	_, _ = fmt.Fprint(w, "retry: 2000\n\n")
	if err := rc.Flush(); err != nil {
		return
	}
	heartbeat := time.NewTicker(15 * time.Second)
	defer heartbeat.Stop()
	for {
		ch := e.changes()
		var batch []alertRecord
		err := e.db.View(func(tx *bolt.Tx) error {
			c := tx.Bucket(bAlerts).Cursor()
			for k, v := c.Seek(seqKey(last + 1)); k != nil && len(batch) < 1000; k, v = c.Next() {
				var a alertRecord
				if err := json.Unmarshal(v, &a); err != nil {
					return err
				}
				batch = append(batch, a)
			}
			return nil
		})
		if err != nil {
			return
		}
		for _, a := range batch {
			last = a.Seq
			if rules != nil && !rules[a.RuleID] {
				continue
			}
			if _, err := fmt.Fprintf(w, "id: %d\nevent: %s\ndata: %s\n\n", a.Seq, events.TypeAlertFired, a.Envelope); err != nil {
				return
			}
		}
		if len(batch) > 0 {
			if err := rc.Flush(); err != nil {
				return
			}
			if len(batch) == 1000 {
				continue
			}
		}
		select {
		case <-r.Context().Done():
			return
		case <-e.streamsDone:
			return
		case <-ch:
		case <-heartbeat.C:
			if _, err := fmt.Fprint(w, ": keep-alive\n\n"); err != nil {
				return
			}
			if err := rc.Flush(); err != nil {
				return
			}
		}
	}
}
