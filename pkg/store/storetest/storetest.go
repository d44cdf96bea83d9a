// Package storetest generates synthetic coded-event logs for benchmarks and
// load tests of the projection: a skewed world of actors, CAMEO codes,
// places and articles, with repeated reports of the same real event so
// stories have several mentions.
package storetest

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/store"
)

// Actors are the synthetic actor keys; lower indexes are more frequent
// (roughly Zipf), like real news.
var Actors = func() []string {
	base := []string{"USA", "CHN", "RUS", "KAZ", "IRN", "ISR", "UKR", "TUR", "SAU", "EGY", "FRA", "DEU", "GBR", "IND", "PAK", "JPN", "KOR", "PRK", "SYR", "IRQ"}
	out := append([]string(nil), base...)
	for i := len(out); i < 200; i++ {
		out = append(out, fmt.Sprintf("X%02d", i))
	}
	return out
}()

var plovers = []string{"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "SEIZE", "ASSAULT", "COERCE", "ATTACK"}

var words = []string{"minister", "talks", "border", "troops", "agreement", "trade", "summit", "sanctions", "visit", "energy", "pipeline", "security", "forces", "statement", "meeting", "aid", "protest", "attack", "deal", "election"}

// Generator yields a deterministic log.
type Generator struct {
	r      *rand.Rand
	seq    uint64
	recent []*events.EventCoded
	start  time.Time
	days   int
	perDay float64
	art    string
	artN   int
}

// New makes a generator whose events are dated over years starting at from.
// Dates follow the log like a news stream: perDay events a day, each dated
// up to a week before its report, with 1% reporting on something older
// (anniversaries, investigations).
func New(seed uint64, from time.Time, years int, perDay float64) *Generator {
	return &Generator{r: rand.New(rand.NewPCG(seed, 99)), start: from, days: years * 365, perDay: perDay}
}

// article gives about three events per article; ids are hex like real
// content hashes, so they land all over the id-keyed indexes.
func (g *Generator) article() string {
	if g.art == "" || g.artN >= 3 {
		g.art = fmt.Sprintf("%016x%016x", g.r.Uint64(), g.r.Uint64())
		g.artN = 0
	}
	g.artN++
	return g.art
}

func (g *Generator) date() string {
	now := int(float64(g.seq) / g.perDay)
	d := now - g.r.IntN(7)
	if g.r.IntN(100) == 0 {
		d = g.r.IntN(now + 1)
	}
	d = max(0, min(d, g.days-1))
	return g.start.AddDate(0, 0, d).Format(time.DateOnly)
}

func (g *Generator) zipf(n int) int {
	// Squaring a uniform variate skews toward 0 without a table.
	u := g.r.Float64()
	return int(u * u * float64(n))
}

// Next is the next record: a new event, or (30%) another article's report
// of a recent event.
func (g *Generator) Next() store.Record {
	g.seq++
	at := g.start.Add(time.Duration(g.seq) * time.Second)
	var e events.EventCoded
	if len(g.recent) > 0 && g.r.IntN(10) < 3 {
		e = *g.recent[g.r.IntN(len(g.recent))]
		e.ArticleID = g.article()
		e.Lang = [2]string{"en", "ar"}[g.r.IntN(2)]
	} else {
		src := Actors[g.zipf(len(Actors))]
		tgt := Actors[g.zipf(len(Actors))]
		root := 1 + g.r.IntN(20)
		cameo := fmt.Sprintf("%02d%d", root, g.r.IntN(6))
		e = events.EventCoded{
			ArticleID: g.article(),
			Date:      g.date(),
			Lang:      [2]string{"en", "ar"}[g.r.IntN(2)],
			Source:    events.Actor{Code: src + "GOV", Country: src, Role: "GOV", Name: "Minister of " + src},
			Target:    events.Actor{Code: tgt, Country: tgt},
			CAMEO:     cameo,
			Root:      cameo[:2],
			PLOVER:    plovers[(root-1)*len(plovers)/20],
			QuadClass: 1 + (root-1)/5,
			Goldstein: float64(10-root) / 2,
			Coder:     events.Coder{Version: "v1.0.0", Dict: "sha256:abc", Rule: "r" + cameo},
		}
		if g.r.IntN(3) > 0 {
			pl := Actors[g.zipf(40)]
			e.Location = &events.Location{Name: "City of " + pl, Country: pl, Lat: 40, Lon: 60}
		}
		text := src + " " + words[g.r.IntN(len(words))]
		for range 12 + g.r.IntN(12) {
			text += " " + words[g.r.IntN(len(words))]
		}
		e.Sentence = events.Sentence{Index: g.r.IntN(20), Text: text + " " + tgt + ".", Start: 100, End: 100 + len(text)}
	}
	e.ID = events.EventID(e.ArticleID, e.Sentence.Index, e.Source, e.Target, e.CAMEO, false, e.Coder.Version, e.Coder.Dict)
	ev := e
	if len(g.recent) < 2000 {
		g.recent = append(g.recent, &ev)
	} else {
		g.recent[g.r.IntN(len(g.recent))] = &ev
	}
	return store.Record{Seq: g.seq, Time: at, Coded: &ev}
}

// Batch returns the next n records.
func (g *Generator) Batch(n int) []store.Record {
	out := make([]store.Record, n)
	for i := range out {
		out[i] = g.Next()
	}
	return out
}

// Fill applies n generated events to s in batches of batch.
func Fill(s *store.Store, g *Generator, n, batch int) error {
	for done := 0; done < n; done += batch {
		if err := s.Apply(g.Batch(min(batch, n-done))); err != nil {
			return err
		}
	}
	return nil
}
