package ingest

import (
	"context"
	"errors"
	"fmt"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/nats-io/nats.go/jetstream"
)

// ErrNoArticle is returned by Lookup for an id the log does not hold.
var ErrNoArticle = errors.New("ingest: no such article")

// Lookup reads one stored article back from the ARTICLES stream by id: the
// log is the only copy, so projections need not duplicate article text.
func Lookup(ctx context.Context, b *bus.Bus, id string) (*events.ArticleIngested, error) {
	if !validID(id) {
		return nil, ErrNoArticle
	}
	st, err := b.JS.Stream(ctx, bus.StreamArticles)
	if err != nil {
		return nil, fmt.Errorf("ingest: open stream %s: %w", bus.StreamArticles, err)
	}
	raw, err := st.GetLastMsgForSubject(ctx, bus.ArticleSubject(id))
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		return nil, ErrNoArticle
	}
	if err != nil {
		return nil, fmt.Errorf("ingest: read article %s: %w", id, err)
	}
	env, err := events.DecodeEnvelope(raw.Data)
	if err != nil {
		return nil, err
	}
	var art events.ArticleIngested
	if err := env.DecodeData(events.TypeArticleIngested, &art); err != nil {
		return nil, err
	}
	return &art, nil
}

// validID accepts the 64 lower-case hex digits of an article id, so no
// caller can smuggle subject wildcards (* or >) into a lookup.
func validID(id string) bool {
	if len(id) != 64 {
		return false
	}
	for _, c := range id {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}
