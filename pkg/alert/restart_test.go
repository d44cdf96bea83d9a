package alert_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/alert"
	"github.com/geotrack/geotrack/pkg/bus"
)

// TestRestartLosesAndRepeatsNothing stops and restarts the whole aggregate
// at three points: between batches; after the projection committed events
// the engine never saw (a crash between the two commits); and with alerts
// committed but not yet delivered (the receiver was down). The receiver
// must end with every expected alert exactly once.
func TestRestartLosesAndRepeatsNothing(t *testing.T) {
	dir := t.TempDir()
	rcv := newReceiver(t)
	d0, d1 := day(-1), day(0)

	// Phase 1: rules and a first part of the stream, delivered.
	e := newEnv(t, dir, alert.Options{}, withProjector)
	v := e.addRule(events.Rule{ID: "each-ukr", Filter: events.RuleFilter{Actor: []string{"UKR"}},
		Trigger: events.RuleTrigger{Kind: events.TriggerEach}, Webhook: &events.RuleWebhook{URL: rcv.srv.URL, Secret: "k"}})
	rcv.secret = v.Webhook.Secret
	e.addRule(events.Rule{ID: "count-ukr", Filter: events.RuleFilter{Actor: []string{"UKR"}},
		Trigger: events.RuleTrigger{Kind: events.TriggerCount, Count: 4, WindowDays: 2}, Webhook: &events.RuleWebhook{URL: rcv.srv.URL, Secret: "k"}})
	e.publish(ev("u1", "RUS", "UKR", "190", d0), ev("u2", "RUS", "UKR", "193", d0))
	waitFor(t, "2 alerts", func() bool { return len(rcv.alerts()) == 2 })
	e.close()

	// Phase 2: the projection advances but the engine is not told.
	e = newEnv(t, dir, alert.Options{}, projectorOnly)
	e.publish(ev("u1b", "RUS", "UKR", "190", d0), ev("u3", "UKR", "RUS", "190", d1))
	waitFor(t, "projection", func() bool {
		last, _ := e.bus.LastSeq(context.Background(), bus.StreamEvents)
		cp, _, _ := e.store.Checkpoint()
		return cp == last
	})
	e.close()

	// Phase 3: the receiver is down; the engine catches up and commits
	// alerts it cannot deliver, then stops.
	rcv.mu.Lock()
	rcv.down = 1 << 30
	rcv.mu.Unlock()
	e = newEnv(t, dir, alert.Options{}, withProjector)
	e.waitPos()
	e.publish(ev("u4", "UKR", "BLR", "190", d1))
	e.waitPos()
	e.close()

	// Phase 4: the receiver is back; the rest arrives once.
	rcv.mu.Lock()
	rcv.down = 0
	rcv.mu.Unlock()
	e = newEnv(t, dir, alert.Options{}, withProjector)
	e.publish(ev("u5", "UKR", "BLR", "193", d1))
	// each: u1 (story A), u2 (B), u1b (A update), u3 (C), u4 (D), u5 (E);
	// count: 4 distinct stories within 2 days reached at u4 (A B C D).
	want := map[string]int{"each-ukr/0": 5, "each-ukr/1": 1, "count-ukr/0": 1}
	waitFor(t, "7 alerts", func() bool { return len(rcv.alerts()) >= 7 })
	e.waitPos()
	e.close()
	got := map[string]int{}
	rcv.mu.Lock()
	defer rcv.mu.Unlock()
	for _, a := range rcv.got {
		got[fmt.Sprintf("%s/%d", a.RuleID, a.Revision)]++
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("received %v, want %v", got, want)
	}
	for k, n := range rcv.seen {
		if n != 1 {
			t.Errorf("alert %s received %d times", k, n)
		}
	}
}
