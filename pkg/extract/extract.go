// Package extract turns "article.ingested" messages into "event.coded"
// messages: the extract service's logic.
//
// Decisions:
//   - Every extract instance attaches to the same durable consumer, so the
//     ARTICLES stream is a work queue: each article is coded once, by one
//     instance, and an acked article is never coded again after a restart.
//   - Each coded event is published with its deterministic id as
//     Nats-Msg-Id: an article redelivered after a crash mid-publish yields
//     the same ids and the server drops the copies.
//   - An article in a language without dictionaries, or with no text, is
//     acknowledged and counted (metric geotrack_extract_articles_total with
//     outcome "unsupported_language" / "empty"): it is stored in the log and
//     a later coder can recode it; it is not an error to retry.
//   - A payload that cannot be decoded is poisoned at once (retrying cannot
//     help); a coder failure is retried and then poisoned with its error.
package extract

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"time"

	"github.com/ThreeDotsLabs/watermill/message"
	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/coder"
	"github.com/prometheus/client_golang/prometheus"
)

// Source is the CloudEvents source of the events this package publishes.
const Source = "geotrack/extract"

// Durable is the name of the shared durable consumer of the extract service.
const Durable = "extract"

// Coder is what the extractor needs of a coder (pkg/coder satisfies it).
type Coder interface {
	Code(doc coder.Document) ([]events.EventCoded, error)
	Version() string
}

// Extractor codes articles from the bus and publishes their events.
type Extractor struct {
	bus     *bus.Bus
	coder   Coder
	log     *slog.Logger
	counts  *prometheus.CounterVec
	codeDur prometheus.Histogram
}

// New builds an extractor; reg may be nil.
func New(b *bus.Bus, c Coder, reg prometheus.Registerer, log *slog.Logger) *Extractor {
	if log == nil {
		log = slog.Default()
	}
	x := &Extractor{bus: b, coder: c, log: log,
		counts: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "geotrack_extract_articles_total", Help: "Articles handled by the extractor, by outcome.",
		}, []string{"outcome"}),
		codeDur: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "geotrack_extract_code_seconds", Help: "Time to code one article.",
			Buckets: prometheus.ExponentialBuckets(0.00005, 2, 16),
		}),
	}
	if reg != nil {
		reg.MustRegister(x.counts, x.codeDur)
	}
	return x
}

// Run consumes ARTICLES through the shared durable consumer until ctx ends.
func (x *Extractor) Run(ctx context.Context) error {
	return x.bus.Consume(ctx, bus.ConsumerSpec{
		Stream:        bus.StreamArticles,
		Durable:       Durable,
		FilterSubject: bus.SubjectArticleIngested + ".>",
		// Coding is CPU-bound and publishing waits on the server: a few
		// articles in flight per core keep both busy. Order across
		// articles does not matter (each event is keyed by its own id).
		Concurrency: 2 * runtime.GOMAXPROCS(0),
		// An article is coded in milliseconds, so a short AckWait lets
		// another instance take over the articles of a killed one after
		// 10 s instead of the default 30 s (measured in pkg/cluster). A
		// slow redelivery is harmless: event ids are deterministic and
		// the EVENTS stream drops the duplicate.
		AckWait: 10 * time.Second,
	}, x.Handle)
}

// Handle codes one article message and publishes its events.
func (x *Extractor) Handle(ctx context.Context, m *message.Message) error {
	env, err := events.DecodeEnvelope(m.Payload)
	if err != nil {
		x.counts.WithLabelValues("undecodable").Inc()
		return bus.Permanent(err)
	}
	var art events.ArticleIngested
	if err := env.DecodeData(events.TypeArticleIngested, &art); err != nil {
		x.counts.WithLabelValues("undecodable").Inc()
		return bus.Permanent(err)
	}
	evs, err := x.CodeArticle(&art)
	switch {
	case errors.Is(err, coder.ErrUnsupportedLanguage):
		x.counts.WithLabelValues("unsupported_language").Inc()
		x.log.InfoContext(ctx, "article not coded: no dictionaries for its language", "article", art.ID, "lang", art.Lang)
		return nil
	case errors.Is(err, coder.ErrEmptyText):
		x.counts.WithLabelValues("empty").Inc()
		return nil
	case err != nil:
		x.counts.WithLabelValues("failed").Inc()
		return fmt.Errorf("extract: code article %s: %w", art.ID, err)
	}
	envs := make([]events.Envelope, len(evs))
	for i := range evs {
		env, err := events.NewEnvelope(events.TypeEventCoded, evs[i].ID, Source, time.Now(), &evs[i])
		if err != nil {
			return bus.Permanent(err)
		}
		envs[i] = env
	}
	// All of an article's events are published before the article is
	// acked; a crash in between redelivers the article and the server drops
	// the events it already holds (same ids).
	if err := x.bus.PublishEnvelopes(ctx, bus.SubjectEventCoded, envs); err != nil {
		return fmt.Errorf("extract: publish events of article %s: %w", art.ID, err)
	}
	x.counts.WithLabelValues("coded").Inc()
	return nil
}

// CodeArticle runs the coder over one article: the body, or the title when
// the body is empty (a headline-only item).
func (x *Extractor) CodeArticle(art *events.ArticleIngested) ([]events.EventCoded, error) {
	text := art.Body
	if text == "" {
		text = art.Title
	}
	start := time.Now()
	evs, err := x.coder.Code(coder.Document{ID: art.ID, Text: text, Lang: art.Lang, Published: art.Published})
	x.codeDur.Observe(time.Since(start).Seconds())
	return evs, err
}
