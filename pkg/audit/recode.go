package audit

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/coder"
	"github.com/geotrack/geotrack/pkg/store"
)

// Coder is what Recode needs of pkg/coder.
type Coder interface {
	Code(coder.Document) ([]events.EventCoded, error)
	Version() string
	DictHash() string
}

// Label names a coder version for recoding and diffs: the engine version
// and the dictionary hash ("geotrack-coder/0.2.0@sha256:..."). The engine
// version alone does not change when a researcher edits a dictionary.
func Label(c events.Coder) string { return c.Version + "@" + c.Dict }

// MatchLabel says whether an event's coder fits spec (store.MatchCoder:
// the full label, the engine version alone, or the dictionary hash or a
// prefix of it of at least "sha256:" and 8 hex digits).
func MatchLabel(c events.Coder, spec string) bool { return store.MatchCoder(c, spec) }

// FactKey is an event's identity apart from the coder that produced it:
// the event id computed without version and dictionary. Two coder versions
// that code the same sentence the same way produce the same FactKey.
func FactKey(ev *events.EventCoded) string {
	return events.EventID(ev.ArticleID, ev.Sentence.Index, ev.Source, ev.Target, ev.CAMEO, ev.Negated, "", "")
}

// RecodeOptions tune Recode.
type RecodeOptions struct {
	// DryRun counts what would be appended without publishing.
	DryRun bool
	Log    *slog.Logger
}

// RecodeReport says what Recode appended.
type RecodeReport struct {
	NewVersion  string   `json:"new_version"`
	OldVersions []string `json:"old_versions"` // labels of the events retracted
	Articles    int      `json:"articles"`     // articles coded
	Skipped     int      `json:"skipped"`      // not coded: empty, or a language the coder lacks
	Added       int      `json:"added"`        // event.coded appended
	Retracted   int      `json:"retracted"`    // event.retracted appended
	Unchanged   int      `json:"unchanged"`    // new events already live (same id)
	Twins       int      `json:"twins"`        // old events whose fact the new coder still produces
}

// Recode codes every stored article with c and appends to EVENTS the
// events c produces that are not live yet, and an event.retracted (with
// the old and new coder labels) for every live event of a recoded article
// whose fact (FactKey) c no longer produces. Nothing is overwritten: an old
// event whose fact c produces again stays live next to its new twin (one
// story, so counts do not double; coder= tells them apart). Articles c
// cannot code (empty, a language it has no dictionaries for) are left as
// they are. Running it again with the same coder appends nothing.
//
// The live events come from the log itself (coded minus retracted), not
// from a projection, so it runs against a live system. Deploy the new
// dictionaries to extract first, or extract keeps adding old-version
// events for new articles.
func Recode(ctx context.Context, b *bus.Bus, c Coder, opt RecodeOptions) (*RecodeReport, error) {
	if opt.Log == nil {
		opt.Log = slog.Default()
	}
	newLabel := c.Version() + "@" + c.DictHash()
	rep := &RecodeReport{NewVersion: newLabel}
	live, byArticle, err := liveEvents(ctx, b)
	if err != nil {
		return nil, err
	}
	oldLabels := map[string]struct{}{}
	publish := func(subject string, env events.Envelope) error {
		if opt.DryRun {
			return nil
		}
		return b.PublishEnvelope(ctx, subject, env)
	}
	err = b.Read(ctx, bus.ReadOptions{Stream: bus.StreamArticles, FilterSubject: bus.SubjectArticleIngested + ".>", StopAtEnd: true}, func(msgs []bus.Msg) error {
		for _, m := range msgs {
			env, err := events.DecodeEnvelope(m.Data)
			if err != nil || env.Type != events.TypeArticleIngested {
				rep.Skipped++
				continue
			}
			var art events.ArticleIngested
			if err := env.DecodeData(events.TypeArticleIngested, &art); err != nil {
				rep.Skipped++
				continue
			}
			text := art.Body
			if text == "" {
				text = art.Title
			}
			evs, err := c.Code(coder.Document{ID: art.ID, Text: text, Lang: art.Lang, Published: art.Published})
			if errors.Is(err, coder.ErrUnsupportedLanguage) || errors.Is(err, coder.ErrEmptyText) {
				rep.Skipped++
				continue
			}
			if err != nil {
				return fmt.Errorf("audit: recode article %s: %w", art.ID, err)
			}
			rep.Articles++
			newIDs := make(map[string]struct{}, len(evs))
			facts := make(map[string]struct{}, len(evs))
			for i := range evs {
				ev := &evs[i]
				newIDs[ev.ID] = struct{}{}
				facts[FactKey(ev)] = struct{}{}
				if _, ok := live[ev.ID]; ok {
					rep.Unchanged++
					continue
				}
				env, err := events.NewEnvelope(events.TypeEventCoded, ev.ID, "geotrack/recode", time.Now(), ev)
				if err != nil {
					return err
				}
				if err := publish(bus.SubjectEventCoded, env); err != nil {
					return fmt.Errorf("audit: recode: publish %s: %w", ev.ID, err)
				}
				live[ev.ID] = ev
				rep.Added++
			}
			for _, id := range byArticle[art.ID] {
				old, ok := live[id]
				if !ok {
					continue
				}
				if _, same := newIDs[id]; same {
					continue
				}
				if _, twin := facts[FactKey(old)]; twin {
					rep.Twins++
					continue
				}
				r := events.EventRetracted{EventID: id, ArticleID: art.ID, OldVersion: Label(old.Coder), NewVersion: newLabel, Reason: "no longer produced by " + newLabel}
				env, err := events.NewEnvelope(events.TypeEventRetracted, retractionID(id, newLabel), "geotrack/recode", time.Now(), r)
				if err != nil {
					return err
				}
				if err := publish(bus.SubjectEventRetracted, env); err != nil {
					return fmt.Errorf("audit: recode: retract %s: %w", id, err)
				}
				delete(live, id)
				oldLabels[r.OldVersion] = struct{}{}
				rep.Retracted++
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("audit: recode: %w", err)
	}
	for l := range oldLabels {
		rep.OldVersions = append(rep.OldVersions, l)
	}
	sort.Strings(rep.OldVersions)
	return rep, nil
}

// retractionID is deterministic, so a repeated recode is deduplicated by
// the server within its window and is a no-op beyond it (the event is no
// longer live).
func retractionID(eventID, newLabel string) string {
	h := sha256.Sum256([]byte("geotrack/retract/v1\x00" + eventID + "\x00" + newLabel))
	return hex.EncodeToString(h[:16])
}

// liveEvents replays EVENTS into the set of live coded events (coded and
// not retracted since), with their ids per article in log order.
func liveEvents(ctx context.Context, b *bus.Bus) (map[string]*events.EventCoded, map[string][]string, error) {
	live := map[string]*events.EventCoded{}
	byArticle := map[string][]string{}
	err := b.Read(ctx, bus.ReadOptions{Stream: bus.StreamEvents, StopAtEnd: true, MaxBatch: 5000}, func(msgs []bus.Msg) error {
		for _, m := range msgs {
			env, err := events.DecodeEnvelope(m.Data)
			if err != nil {
				continue // the projector skips it too
			}
			switch env.Type {
			case events.TypeEventCoded:
				var ev events.EventCoded
				if env.DecodeData(env.Type, &ev) != nil || ev.ID == "" {
					continue
				}
				if _, ok := live[ev.ID]; !ok {
					byArticle[ev.ArticleID] = append(byArticle[ev.ArticleID], ev.ID)
				}
				live[ev.ID] = &ev
			case events.TypeEventRetracted:
				var r events.EventRetracted
				if env.DecodeData(env.Type, &r) == nil {
					delete(live, r.EventID)
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("audit: read EVENTS: %w", err)
	}
	return live, byArticle, nil
}
