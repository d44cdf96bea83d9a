package alert_test

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/alert"
	"github.com/geotrack/geotrack/pkg/bus"
)

// natsAlerts reads what the ALERTS stream holds for a rule.
func natsAlerts(t *testing.T, b *bus.Bus, rule string) []events.AlertFired {
	t.Helper()
	last, err := b.LastSeq(context.Background(), bus.StreamAlerts)
	if err != nil {
		t.Fatal(err)
	}
	var out []events.AlertFired
	if last == 0 {
		return nil
	}
	err = b.Read(context.Background(), bus.ReadOptions{Stream: bus.StreamAlerts, FilterSubject: bus.AlertSubject(rule), UntilSeq: last, StopAtEnd: true}, func(msgs []bus.Msg) error {
		for _, m := range msgs {
			env, err := events.DecodeEnvelope(m.Data)
			if err != nil {
				return err
			}
			var a events.AlertFired
			if err := env.DecodeData(events.TypeAlertFired, &a); err != nil {
				return err
			}
			out = append(out, a)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestEachOncePerStoryWithUpdates(t *testing.T) {
	e := newEnv(t, t.TempDir(), alert.Options{}, withProjector)
	rcv := newReceiver(t)
	v := e.addRule(events.Rule{ID: "kaz-mil", Filter: events.RuleFilter{Actor: []string{"KAZ"}, CAMEO: []string{"15"}},
		Trigger: events.RuleTrigger{Kind: events.TriggerEach}, Webhook: &events.RuleWebhook{URL: rcv.srv.URL}})
	if v.Webhook == nil || v.Webhook.Secret == "" || !v.Applied {
		t.Fatalf("create answer %+v: want the generated secret, applied", v)
	}
	rcv.secret = v.Webhook.Secret
	d := day(0)
	e.publish(
		ev("a1", "RUS", "KAZ", "154", d),  // story 1
		ev("a2", "RUS", "KAZ", "154", d),  // story 1, second article: update
		ev("a3", "CHN", "KAZ", "154", d),  // story 2
		ev("a4", "RUS", "UKR", "154", d),  // no KAZ
		ev("a5", "KAZ", "RUS", "051", d),  // not military
		ev("a6", "KAZ", "CSTO", "152", d), // story 3, KAZ as source
		ev("a7", "RUS", "KAZ", "154", d),  // story 1 again: update 2
		ev("a7", "RUS", "KAZ", "154", d),  // the same event re-published: deduplicated
	)
	want := []string{"0", "1", "0", "0", "2"} // revisions in order
	waitFor(t, "5 webhook alerts", func() bool { return len(rcv.alerts()) >= 5 })
	e.waitPos()
	time.Sleep(100 * time.Millisecond) // let a wrong extra delivery show up
	got := rcv.alerts()
	if len(got) != 5 {
		t.Fatalf("webhook got %d alerts, want 5: %+v", len(got), got)
	}
	stories := map[string]bool{}
	var revs []int
	for _, a := range got {
		stories[a.ID] = true
		revs = append(revs, a.Revision)
		if a.RuleID != "kaz-mil" || a.Trigger != "each" || len(a.Events) == 0 || a.Update != (a.Revision > 0) {
			t.Errorf("alert %+v", a)
		}
		for _, x := range a.Events {
			if x.Sentence == "" || x.Link != "/v1/events/"+x.ID {
				t.Errorf("evidence %+v lacks its sentence or link", x)
			}
		}
	}
	slices.Sort(revs)
	if len(stories) != 3 || !slices.Equal(revs, []int{0, 0, 0, 1, 2}) {
		t.Errorf("alerts for %d stories with revisions %v, want 3 stories, revisions %v", len(stories), revs, want)
	}
	if rcv.badSig != 0 {
		t.Errorf("%d bad signatures", rcv.badSig)
	}
	waitFor(t, "5 NATS alerts", func() bool { return len(natsAlerts(t, e.bus, "kaz-mil")) == 5 })
}

// TestCountFiresOnCrossings: a count rule fires when the distinct stories
// of the window ending on a new story's day reach N, once per crossing,
// not for late news, not for repeated mentions or other dyads.
func TestCountFiresOnCrossings(t *testing.T) {
	e := newEnv(t, t.TempDir(), alert.Options{}, withProjector)
	rcv := newReceiver(t)
	v := e.addRule(events.Rule{ID: "chn-kaz-3in2", Filter: events.RuleFilter{Dyad: []string{"CHN-KAZ"}, QuadClass: []int{4}},
		Trigger: events.RuleTrigger{Kind: events.TriggerCount, Count: 3, WindowDays: 2}, Webhook: &events.RuleWebhook{URL: rcv.srv.URL, Secret: "s"}})
	rcv.secret = v.Webhook.Secret
	// Distinct stories need distinct codes (or places) on the same day.
	codes := []string{"190", "193", "194", "195", "180", "181"}
	var n int
	story := func(d string, dir bool) {
		c := codes[n%len(codes)]
		n++
		if dir {
			e.publish(ev("c"+d+c, "KAZ", "CHN", c, d))
		} else {
			e.publish(ev("c"+d+c, "CHN", "KAZ", c, d))
		}
	}
	story(day(-4), false)                                 // window(-4)=1
	story(day(-3), true)                                  // window(-3)=2
	story(day(-3), false)                                 // window(-3)=3: fires (window -4..-3), but is older than one window: late, no alert
	story(day(-1), false)                                 // window(-1)=1
	e.publish(ev("dup", "CHN", "KAZ", codes[3], day(-1))) // same story as above on another article: not distinct
	story(day(0), false)                                  // window(0)=2
	story(day(0), true)                                   // window(0)=3: fires
	story(day(0), false)                                  // 4: already above, no new alert
	e.publish(ev("x", "CHN", "USA", "190", day(0)))       // other dyad
	e.waitPos()
	waitFor(t, "one count alert", func() bool { return len(rcv.alerts()) >= 1 })
	time.Sleep(100 * time.Millisecond)
	got := rcv.alerts()
	if len(got) != 1 {
		t.Fatalf("got %d alerts, want 1: %+v", len(got), got)
	}
	a := got[0]
	if a.Value != 3 || a.Trigger != "count" || len(a.EventIDs) != 3 || !strings.HasPrefix(a.WindowStart, day(-1)) || !strings.HasPrefix(a.WindowEnd, day(1)) {
		t.Errorf("alert %+v", a)
	}
}

func TestSpikeRatio(t *testing.T) {
	e := newEnv(t, t.TempDir(), alert.Options{}, withProjector)
	rcv := newReceiver(t)
	v := e.addRule(events.Rule{ID: "spike", Filter: events.RuleFilter{Source: []string{"IRN"}},
		Trigger: events.RuleTrigger{Kind: events.TriggerSpike, WindowDays: 1, BaselineDays: 10, Ratio: 3, MinCount: 3},
		Webhook: &events.RuleWebhook{URL: rcv.srv.URL, Secret: "s"}})
	rcv.secret = v.Webhook.Secret
	// The same with a z-score: flat baseline, sd floored at 1, z = n-1.
	e.addRule(events.Rule{ID: "spike-z", Filter: events.RuleFilter{Source: []string{"IRN"}},
		Trigger: events.RuleTrigger{Kind: events.TriggerSpike, WindowDays: 1, BaselineDays: 10, ZScore: 2, MinCount: 2},
		Webhook: &events.RuleWebhook{URL: rcv.srv.URL, Secret: "s"}})
	// Baseline: one story a day for 10 days; expectation 1 per window.
	// (Distinct codes: the same code on nearby days would be one story.)
	base := []string{"010", "011", "012", "013", "014", "015", "016", "017", "018", "019"}
	for i := -10; i < 0; i++ {
		e.publish(ev("b"+day(i), "IRN", "ISR", base[i+10], day(i)))
	}
	// Today: 2 stories (ratio 2: quiet), then a third (ratio 3: fires),
	// then a fourth (already above: quiet).
	for i, c := range []string{"112", "120", "130", "138"} {
		e.publish(ev("t"+c, "IRN", "ISR", c, day(0)))
		if i == 1 {
			e.waitPos()
			if n := len(rcv.alerts()); n != 0 {
				t.Fatalf("%d alerts below the ratio", n)
			}
		}
	}
	e.waitPos()
	waitFor(t, "spike alerts", func() bool { return len(rcv.alerts()) >= 2 })
	time.Sleep(100 * time.Millisecond)
	got := rcv.alerts()
	if len(got) != 2 {
		t.Fatalf("got %+v, want one spike per rule", got)
	}
	for _, a := range got {
		if a.Value != 3 || a.Baseline != 1 || a.Trigger != "spike" || len(a.Events) != 3 {
			t.Errorf("%s: %+v, want a spike of 3 against a baseline of 1", a.RuleID, a)
		}
	}
}

func TestReceiverDownGetsEveryAlertOnce(t *testing.T) {
	e := newEnv(t, t.TempDir(), alert.Options{MaxAttempts: 50}, withProjector)
	rcv := newReceiver(t)
	rcv.down = 7
	v := e.addRule(events.Rule{ID: "csto", Filter: events.RuleFilter{Actor: []string{"CSTO"}},
		Trigger: events.RuleTrigger{Kind: events.TriggerEach}, Webhook: &events.RuleWebhook{URL: rcv.srv.URL, Secret: "k"}})
	rcv.secret = v.Webhook.Secret
	for i, c := range []string{"051", "042", "154", "190", "036"} {
		e.publish(ev("csto"+c, "KAZ", "CSTO", c, day(-i)))
	}
	waitFor(t, "5 alerts after the outage", func() bool { return len(rcv.alerts()) >= 5 })
	time.Sleep(200 * time.Millisecond)
	rcv.mu.Lock()
	defer rcv.mu.Unlock()
	if len(rcv.got) != 5 || len(rcv.seen) != 5 || rcv.requests < 12 {
		t.Fatalf("got %d alerts (%d distinct) in %d requests; want 5 distinct after 7 refusals", len(rcv.got), len(rcv.seen), rcv.requests)
	}
}

func TestDeadLetterAndRedelivery(t *testing.T) {
	e := newEnv(t, t.TempDir(), alert.Options{MaxAttempts: 3}, withProjector)
	rcv := newReceiver(t)
	rcv.down = 1 << 30
	v := e.addRule(events.Rule{ID: "dl", Filter: events.RuleFilter{Actor: []string{"EGY"}},
		Trigger: events.RuleTrigger{Kind: events.TriggerEach}, Webhook: &events.RuleWebhook{URL: rcv.srv.URL, Secret: "k"}})
	rcv.secret = v.Webhook.Secret
	e.publish(ev("egy", "EGY", "ISR", "042", day(0)))
	var failed struct{ Deliveries []alert.Delivery }
	waitFor(t, "a dead letter", func() bool {
		resp, err := http.Get(e.api.URL + "/v1/alerts/deliveries?status=failed")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		_ = json.NewDecoder(resp.Body).Decode(&failed)
		return len(failed.Deliveries) == 1
	})
	d := failed.Deliveries[0]
	if d.Target != alert.TargetWebhook || d.Attempts != 3 || d.LastError == "" {
		t.Fatalf("dead letter %+v", d)
	}
	rcv.mu.Lock()
	rcv.down = 0
	rcv.mu.Unlock()
	resp, err := http.Post(e.api.URL+"/v1/alerts/deliveries/"+d.ID+"/redeliver", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted {
		t.Fatalf("redeliver: %s", resp.Status)
	}
	waitFor(t, "the redelivered alert", func() bool { return len(rcv.alerts()) == 1 })
}

func TestBadSecretIsDetectable(t *testing.T) {
	body := []byte(`{"id":"x"}`)
	now := time.Now()
	h := alert.Sign("right", now, body)
	if err := alert.Verify("right", h, body, now, time.Minute); err != nil {
		t.Fatal(err)
	}
	if alert.Verify("wrong", h, body, now, time.Minute) == nil {
		t.Error("a wrong secret verified")
	}
	if alert.Verify("right", h, []byte(`{"id":"y"}`), now, time.Minute) == nil {
		t.Error("a changed body verified")
	}
	if alert.Verify("right", h, body, now.Add(time.Hour), time.Minute) == nil {
		t.Error("a stale timestamp verified")
	}
	// End to end: a receiver holding the wrong secret refuses every delivery.
	e := newEnv(t, t.TempDir(), alert.Options{MaxAttempts: 2}, withProjector)
	rcv := newReceiver(t)
	rcv.secret = "not-the-secret"
	e.addRule(events.Rule{ID: "sig", Filter: events.RuleFilter{Actor: []string{"TUR"}},
		Trigger: events.RuleTrigger{Kind: events.TriggerEach}, Webhook: &events.RuleWebhook{URL: rcv.srv.URL}})
	e.publish(ev("tur", "TUR", "SYR", "190", day(0)))
	waitFor(t, "refused deliveries", func() bool { rcv.mu.Lock(); defer rcv.mu.Unlock(); return rcv.badSig == 2 })
	if len(rcv.alerts()) != 0 {
		t.Error("receiver accepted a badly signed alert")
	}
}

func TestSSEResumesFromLastEventID(t *testing.T) {
	e := newEnv(t, t.TempDir(), alert.Options{}, withProjector)
	e.addRule(events.Rule{ID: "sse", Filter: events.RuleFilter{Actor: []string{"PAK"}}, Trigger: events.RuleTrigger{Kind: events.TriggerEach}})
	e.addRule(events.Rule{ID: "other", Filter: events.RuleFilter{Actor: []string{"IND"}}, Trigger: events.RuleTrigger{Kind: events.TriggerEach}})
	read := func(lastID string, n int) []string {
		req, _ := http.NewRequest(http.MethodGet, e.api.URL+"/v1/alerts/stream?rule=sse", nil)
		if lastID != "" {
			req.Header.Set("Last-Event-ID", lastID)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		resp, err := http.DefaultClient.Do(req.WithContext(ctx))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
			t.Fatalf("content type %q", ct)
		}
		var ids []string
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() && len(ids) < n {
			if id, ok := strings.CutPrefix(sc.Text(), "id: "); ok {
				ids = append(ids, id)
			}
		}
		return ids
	}
	e.publish(ev("p1", "PAK", "AFG", "190", day(0)), ev("i1", "IND", "CHN", "190", day(0)), ev("p2", "PAK", "IRN", "190", day(0)))
	first := read("", 2)
	if len(first) != 2 {
		t.Fatalf("first read %v", first)
	}
	e.publish(ev("p3", "PAK", "USA", "190", day(0)))
	rest := read(first[0], 2) // resume after the first: the second again, then the new one
	if len(rest) != 2 || rest[0] != first[1] || rest[1] <= first[1] {
		t.Fatalf("resumed after %s: %v, first read %v", first[0], rest, first)
	}
}

func TestRuleValidation(t *testing.T) {
	e := newEnv(t, t.TempDir(), alert.Options{}, noProjector)
	for _, tc := range []struct{ body, param string }{
		{`{"filter":{"actor":["XXQ"]},"trigger":{"kind":"each"}}`, "filter.actor"},
		{`{"filter":{"dyad":["CHN-ATLANTIS"]},"trigger":{"kind":"each"}}`, "filter.dyad"},
		{`{"filter":{"cameo":["999"]},"trigger":{"kind":"each"}}`, "filter.cameo"},
		{`{"filter":{"plover":["FIGHT"]},"trigger":{"kind":"each"}}`, "filter.plover"},
		{`{"filter":{"colour":"red"},"trigger":{"kind":"each"}}`, "colour"},
		{`{"filter":{},"trigger":{"kind":"often"}}`, "trigger.kind"},
		{`{"filter":{},"trigger":{"kind":"count"}}`, "trigger.count"},
		{`{"id":"a.b","filter":{},"trigger":{"kind":"each"}}`, "id"},
	} {
		resp, err := http.Post(e.api.URL+"/v1/alerts/rules", "application/json", strings.NewReader(tc.body))
		if err != nil {
			t.Fatal(err)
		}
		var p struct{ Param string }
		_ = json.NewDecoder(resp.Body).Decode(&p)
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest || p.Param != tc.param {
			t.Errorf("%s: %s param %q, want 400 naming %q", tc.body, resp.Status, p.Param, tc.param)
		}
	}
	r := events.Rule{ID: "x", Trigger: events.RuleTrigger{Kind: "each"}, Webhook: &events.RuleWebhook{URL: "http://127.0.0.1:9/h"}}
	if err := alert.Validate(&r, false); err == nil {
		t.Error("a loopback webhook was accepted without AllowPrivateTargets")
	}
	r.Webhook.URL = "http://10.1.2.3/h"
	if err := alert.Validate(&r, false); err == nil {
		t.Error("a private webhook was accepted without AllowPrivateTargets")
	}
}

func TestRuleUpdateAndDelete(t *testing.T) {
	e := newEnv(t, t.TempDir(), alert.Options{}, withProjector)
	rcv := newReceiver(t)
	v := e.addRule(events.Rule{ID: "life", Filter: events.RuleFilter{Actor: []string{"SYR"}},
		Trigger: events.RuleTrigger{Kind: events.TriggerEach}, Webhook: &events.RuleWebhook{URL: rcv.srv.URL}})
	rcv.secret = v.Webhook.Secret
	call := func(method, path, body string) (int, string) {
		req, _ := http.NewRequest(method, e.api.URL+path, strings.NewReader(body))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var sb strings.Builder
		_, _ = bufio.NewReader(resp.Body).WriteTo(&sb)
		return resp.StatusCode, sb.String()
	}
	// PUT replaces the filter; the secret is kept and not shown again.
	code, body := call(http.MethodPut, "/v1/alerts/rules/life", `{"filter":{"actor":["IRQ"]},"trigger":{"kind":"each"},"webhook":{"url":"`+rcv.srv.URL+`"}}`)
	if code != http.StatusOK || strings.Contains(body, rcv.secret) || !strings.Contains(body, `"version":1`) {
		t.Fatalf("PUT: %d %s", code, body)
	}
	e.publish(ev("s1", "SYR", "TUR", "190", day(0)), ev("q1", "IRQ", "TUR", "190", day(0)))
	waitFor(t, "the IRQ alert", func() bool { return len(rcv.alerts()) == 1 })
	if a := rcv.alerts()[0]; a.Events[0].Source != "IRQ" {
		t.Fatalf("alert %+v after the update", a)
	}
	if code, body = call(http.MethodDelete, "/v1/alerts/rules/life", ""); code != http.StatusOK {
		t.Fatalf("DELETE: %d %s", code, body)
	}
	e.publish(ev("q2", "IRQ", "IRN", "190", day(0)))
	e.waitPos()
	time.Sleep(100 * time.Millisecond)
	if n := len(rcv.alerts()); n != 1 {
		t.Fatalf("%d alerts after the rule was deleted", n)
	}
	if code, _ = call(http.MethodGet, "/v1/alerts/rules/life", ""); code != http.StatusNotFound {
		t.Fatalf("GET deleted rule: %d", code)
	}
	if code, _ = call(http.MethodPut, "/v1/alerts/rules/nope", `{"filter":{},"trigger":{"kind":"each"}}`); code != http.StatusNotFound {
		t.Fatalf("PUT unknown rule: %d", code)
	}
}
