package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/dedup"
)

// LoadIndex rebuilds the duplicate index from the ARTICLES stream: the
// MinHash signatures and canonical URLs of recent articles, and the URLs of
// recorded mentions. Call it once before serving.
//
// The index lives in this process and is bounded (Options.IndexCapacity),
// so LoadIndex reads only the tail of the stream that can fill it (twice
// the capacity in messages, as mentions and feed events share the stream).
// Exact duplicates never depend on it (the content id and ExpectNew decide
// those in the log itself, across instances); near-duplicate and same-URL
// detection do: with several ingest instances, each knows the articles
// that existed when it started plus those it ingested itself, so a copy
// posted to another instance within seconds of the original may be stored
// as a new article. Run one ingest instance, or accept that.
func (s *Service) LoadIndex(ctx context.Context) (int, error) {
	last, err := s.bus.LastSeq(ctx, bus.StreamArticles)
	if err != nil {
		return 0, fmt.Errorf("ingest: rebuild duplicate index: %w", err)
	}
	if last == 0 {
		return 0, nil
	}
	capacity := s.index.Options().Capacity
	start := uint64(1)
	if last > uint64(2*capacity) {
		start = last - uint64(2*capacity) + 1
	}
	n := 0
	err = s.bus.Read(ctx, bus.ReadOptions{Stream: bus.StreamArticles, StartSeq: start, StopAtEnd: true}, func(msgs []bus.Msg) error {
		for _, m := range msgs {
			switch {
			case strings.HasPrefix(m.Subject, bus.SubjectArticleIngested+"."):
				var env struct {
					Data events.ArticleIngested `json:"data"`
				}
				if json.Unmarshal(m.Data, &env) != nil || env.Data.ID == "" {
					continue // not ours to judge here; extract reports bad messages
				}
				a := env.Data
				canon := ""
				if a.URL != "" {
					canon = dedup.CanonicalURL(a.URL)
				}
				sig, ok := s.index.Signature(a.Title + "\n" + a.Body)
				s.index.Add(a.ID, canon, &sig, ok)
				n++
			case strings.HasPrefix(m.Subject, SubjectMentions+"."):
				var env struct {
					Data events.ArticleMention `json:"data"`
				}
				if json.Unmarshal(m.Data, &env) != nil || env.Data.URL == "" {
					continue
				}
				s.index.Add(env.Data.ArticleID, dedup.CanonicalURL(env.Data.URL), nil, false)
				n++
			}
		}
		return nil
	})
	if err != nil {
		return n, fmt.Errorf("ingest: rebuild duplicate index: %w", err)
	}
	return n, nil
}
