package alert_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/alert"
)

// TestCountOnGeneratedStream checks a count rule against a brute-force
// answer on a random stream: stories on random recent and old days, in
// random order, with repeated mentions that must not count. A story
// arriving on day d fires when the distinct stories of the window ending d
// reach exactly N, unless d is older than one window before today.
func TestCountOnGeneratedStream(t *testing.T) {
	const n, window = 4, 3
	e := newEnv(t, t.TempDir(), alert.Options{}, withProjector)
	rcv := newReceiver(t)
	v := e.addRule(events.Rule{ID: "gen", Filter: events.RuleFilter{Source: []string{"RUS"}},
		Trigger: events.RuleTrigger{Kind: events.TriggerCount, Count: n, WindowDays: window}, Webhook: &events.RuleWebhook{URL: rcv.srv.URL, Secret: "k"}})
	rcv.secret = v.Webhook.Secret

	var codes []string
	for _, c := range events.AllCAMEO() {
		if len(c.Code) == 3 {
			codes = append(codes, c.Code)
		}
	}
	targets := []string{"UKR", "KAZ", "GEO", "BLR", "ARM", "AZE", "MDA", "LTU", "LVA", "EST"}
	r := rand.New(rand.NewPCG(42, 7))
	type story struct {
		code, tgt string
		off       int // day offset from today
	}
	var stories []story
	for i := range 60 {
		// Unique (code, target) per story: no two are merged by the store.
		stories = append(stories, story{codes[i%len(codes)], targets[i/len(codes)%len(targets)+i%3], -r.IntN(12)})
	}
	today := time.Now().UTC().Truncate(24 * time.Hour)
	var seen []int // offsets of stories so far
	var want []string
	for i, s := range stories {
		e.publish(ev(fmt.Sprintf("g%d", i), "RUS", s.tgt, s.code, day(s.off)))
		if r.IntN(3) == 0 { // a second article on the same story
			e.publish(ev(fmt.Sprintf("g%d-again", i), "RUS", s.tgt, s.code, day(s.off)))
		}
		seen = append(seen, s.off)
		c := 0
		for _, o := range seen {
			if o <= s.off && o > s.off-window {
				c++
			}
		}
		if c == n && s.off >= -window {
			want = append(want, today.AddDate(0, 0, s.off+1).Format(time.RFC3339))
		}
	}
	e.waitPos()
	if len(want) == 0 {
		t.Fatal("the generated stream has no expected alert; change the seed")
	}
	waitFor(t, fmt.Sprintf("%d alerts", len(want)), func() bool { return len(rcv.alerts()) >= len(want) })
	time.Sleep(200 * time.Millisecond)
	var got []string
	for _, a := range rcv.alerts() {
		got = append(got, a.WindowEnd)
		if a.Value != n || len(a.EventIDs) < n {
			t.Errorf("alert %+v: want value %d with %d events", a, n, n)
		}
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("alerts for windows ending %v, want %v", got, want)
	}
}
