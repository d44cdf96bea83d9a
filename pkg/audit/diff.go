package audit

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
)

// DiffEvent is one sentence-level difference between two coder versions:
// the events each version coded for the same article sentence and actors.
type DiffEvent struct {
	ArticleID string   `json:"article_id"`
	Sentence  int      `json:"sentence"`
	Source    string   `json:"source"`
	Target    string   `json:"target"`
	From      []string `json:"from"` // codings of the from version ("051", "!051" negated, with @date/place when they differ)
	To        []string `json:"to"`
	Text      string   `json:"text"`
}

// TimelineDelta is the change in coded events of one actor or dyad for one
// CAMEO root between the versions.
type TimelineDelta struct {
	Series string `json:"series"` // "actor" or "dyad"
	Key    string `json:"key"`    // actor key, or "SRC>TGT"
	Root   string `json:"root"`
	From   int    `json:"from"`
	To     int    `json:"to"`
	Delta  int    `json:"delta"`
}

// DiffReport compares the events two coder versions produced.
type DiffReport struct {
	From       string          `json:"from"`
	To         string          `json:"to"`
	FromEvents int             `json:"from_events"`
	ToEvents   int             `json:"to_events"`
	Added      []DiffEvent     `json:"added"`   // only the to version codes the sentence/actors
	Removed    []DiffEvent     `json:"removed"` // only the from version does
	Changed    []DiffEvent     `json:"changed"` // both do, differently (code, negation, date, place)
	Timelines  []TimelineDelta `json:"timelines"`
}

// Diff compares every event the two versions (MatchLabel specs) ever
// coded in the EVENTS log, retracted or not: the question is what each
// coder produces, not what is live. Events are matched on article,
// sentence and actor keys; the timeline effect counts coded events (not
// stories) per actor and directed dyad and CAMEO root, and lists the
// series whose counts differ, largest change first.
func Diff(ctx context.Context, b *bus.Bus, from, to string) (*DiffReport, error) {
	if from == "" || to == "" {
		return nil, fmt.Errorf("audit: diff needs two versions")
	}
	rep := &DiffReport{From: from, To: to}
	type side struct {
		codes []string
		text  string
	}
	sides := [2]map[string]*side{{}, {}}
	counts := [2]map[TimelineDelta]int{{}, {}}
	seen := [2]map[string]bool{{}, {}}
	err := b.Read(ctx, bus.ReadOptions{Stream: bus.StreamEvents, FilterSubject: bus.SubjectEventCoded, StopAtEnd: true, MaxBatch: 5000}, func(msgs []bus.Msg) error {
		for _, m := range msgs {
			env, err := events.DecodeEnvelope(m.Data)
			if err != nil || env.Type != events.TypeEventCoded {
				continue
			}
			var ev events.EventCoded
			if env.DecodeData(env.Type, &ev) != nil {
				continue
			}
			for i, spec := range []string{from, to} {
				if !MatchLabel(ev.Coder, spec) || seen[i][ev.ID] {
					continue
				}
				seen[i][ev.ID] = true
				src, tgt := ev.Source.Key(), ev.Target.Key()
				k := fmt.Sprintf("%s\x00%d\x00%s\x00%s", ev.ArticleID, ev.Sentence.Index, src, tgt)
				s := sides[i][k]
				if s == nil {
					s = &side{text: ev.Sentence.Text}
					sides[i][k] = s
				}
				code := ev.CAMEO
				if ev.Negated {
					code = "!" + code
				}
				code += "@" + ev.Date
				if ev.Location != nil {
					code += "/" + ev.Location.Country
				}
				s.codes = append(s.codes, code)
				if i == 0 {
					rep.FromEvents++
				} else {
					rep.ToEvents++
				}
				if src != "" {
					counts[i][TimelineDelta{Series: "actor", Key: src, Root: ev.Root}]++
				}
				if tgt != "" && tgt != src {
					counts[i][TimelineDelta{Series: "actor", Key: tgt, Root: ev.Root}]++
				}
				if src != "" && tgt != "" {
					counts[i][TimelineDelta{Series: "dyad", Key: src + ">" + tgt, Root: ev.Root}]++
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("audit: diff: %w", err)
	}
	mk := func(k string, f, t *side) DiffEvent {
		p := strings.Split(k, "\x00")
		d := DiffEvent{ArticleID: p[0], Source: p[2], Target: p[3], From: []string{}, To: []string{}}
		fmt.Sscan(p[1], &d.Sentence)
		if f != nil {
			d.From, d.Text = sorted(f.codes), f.text
		}
		if t != nil {
			d.To, d.Text = sorted(t.codes), t.text
		}
		return d
	}
	for k, f := range sides[0] {
		t := sides[1][k]
		switch {
		case t == nil:
			rep.Removed = append(rep.Removed, mk(k, f, nil))
		case !slices.Equal(sorted(f.codes), sorted(t.codes)):
			rep.Changed = append(rep.Changed, mk(k, f, t))
		}
	}
	for k, t := range sides[1] {
		if sides[0][k] == nil {
			rep.Added = append(rep.Added, mk(k, nil, t))
		}
	}
	for _, l := range []*[]DiffEvent{&rep.Added, &rep.Removed, &rep.Changed} {
		if *l == nil {
			*l = []DiffEvent{}
		}
		sort.Slice(*l, func(i, j int) bool {
			a, b := (*l)[i], (*l)[j]
			if a.ArticleID != b.ArticleID {
				return a.ArticleID < b.ArticleID
			}
			if a.Sentence != b.Sentence {
				return a.Sentence < b.Sentence
			}
			return a.Source+a.Target < b.Source+b.Target
		})
	}
	keys := map[TimelineDelta]bool{}
	for i := range counts {
		for k := range counts[i] {
			keys[k] = true
		}
	}
	rep.Timelines = []TimelineDelta{}
	for k := range keys {
		f, t := counts[0][k], counts[1][k]
		if f != t {
			d := k
			d.From, d.To, d.Delta = f, t, t-f
			rep.Timelines = append(rep.Timelines, d)
		}
	}
	sort.Slice(rep.Timelines, func(i, j int) bool {
		a, b := rep.Timelines[i], rep.Timelines[j]
		if abs(a.Delta) != abs(b.Delta) {
			return abs(a.Delta) > abs(b.Delta)
		}
		if a.Series != b.Series {
			return a.Series < b.Series
		}
		if a.Key != b.Key {
			return a.Key < b.Key
		}
		return a.Root < b.Root
	})
	return rep, nil
}

func sorted(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	return out
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
