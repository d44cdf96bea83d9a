package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync/atomic"

	wmnats "github.com/ThreeDotsLabs/watermill-nats/v2/pkg/nats"
	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/dedup"
	"github.com/geotrack/geotrack/pkg/httpx"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// SubjectMentions prefixes the subjects of article.mention events:
// articles.mentions.<first-article-id>.<mention-id>. extract reads only
// articles.ingested.>, so a mention is never coded again.
const SubjectMentions = "articles.mentions"

// MentionSubject is the subject of one mention of an article.
func MentionSubject(articleID, mentionID string) string {
	return SubjectMentions + "." + articleID + "." + mentionID
}

// Result is the outcome of one article of a batch: Status is 201 (new), 200
// (already stored, or recorded as a mention), or a problem's status with
// Error set.
type Result struct {
	Line   int `json:"line,omitempty"`
	Status int `json:"status"`
	*Response
	Error *httpx.Problem `json:"error,omitempty"`

	err error // the Go error, kept for Ingest
}

// stats are the process's ingest counters since start, for
// GET /v1/ingest/status.
type stats struct {
	New, Duplicates, Mentions, Rejected, Repaired, Failed atomic.Int64
}

// Stats is a snapshot of the ingest counters since the process started.
type Stats struct {
	New        int64 `json:"new"`
	Duplicates int64 `json:"duplicates"`
	Mentions   int64 `json:"mentions"`
	Rejected   int64 `json:"rejected"`
	Repaired   int64 `json:"repaired"`
	Failed     int64 `json:"failed"`
	// IndexEntries is the number of recent articles and URLs the duplicate
	// index holds (bounded by Options.IndexCapacity).
	IndexEntries int `json:"index_entries"`
}

// Stats returns the counters.
func (s *Service) Stats() Stats {
	return Stats{New: s.stats.New.Load(), Duplicates: s.stats.Duplicates.Load(), Mentions: s.stats.Mentions.Load(),
		Rejected: s.stats.Rejected.Load(), Repaired: s.stats.Repaired.Load(), Failed: s.stats.Failed.Load(),
		IndexEntries: s.index.Len()}
}

// pending is an article of a batch waiting for its publish acknowledgement.
type pending struct {
	i     int
	art   *events.ArticleIngested
	canon string
	slot  int
	fut   jetstream.PubAckFuture
}

// IngestBatch ingests many articles: each is validated and deduplicated in
// order (a copy later in the batch matches an article earlier in it), the
// new ones are published asynchronously with ExpectNew, and every article
// gets its own Result. One bad article never stops the others.
func (s *Service) IngestBatch(ctx context.Context, reqs []Request) []Result {
	out := make([]Result, len(reqs))
	var waits []pending
	for i, req := range reqs {
		art, warnings, err := s.Article(req)
		if err != nil {
			out[i] = s.fail(err)
			continue
		}
		resp := &Response{ID: art.ID, Lang: art.Lang, Warnings: warnings}
		canon := ""
		if art.URL != "" {
			canon = dedup.CanonicalURL(art.URL)
			if id, ok := s.index.LookupURL(canon); ok {
				// The same page again (perhaps edited): one article per URL.
				resp.ID, resp.Duplicate, resp.Match = id, true, "url"
				if id != art.ID {
					resp.ContentID = art.ID
				}
				s.dup()
				out[i] = Result{Status: http.StatusOK, Response: resp}
				continue
			}
		}
		sig, hasSig := s.index.Signature(art.Title + "\n" + art.Body)
		if hasSig {
			if m, ok := s.index.Near(&sig); ok && m.ID != art.ID {
				out[i] = s.mention(ctx, art, canon, m.ID, events.MatchNear, m.Similarity, resp)
				continue
			}
		}
		// Remember it before the acknowledgement so a copy later in this
		// batch is recognised; forgotten again if the publish fails.
		slot := s.index.Add(art.ID, canon, &sig, hasSig)
		fut, err := s.publishAsync(ctx, art)
		if err != nil {
			s.index.Remove(slot, art.ID)
			out[i] = s.fail(err)
			continue
		}
		out[i] = Result{Response: resp}
		waits = append(waits, pending{i: i, art: art, canon: canon, slot: slot, fut: fut})
	}
	for _, p := range waits {
		err := waitAck(ctx, p.fut)
		resp := out[p.i].Response
		switch {
		case err == nil:
			s.stats.New.Add(1)
			s.articles.WithLabelValues("new").Inc()
			out[p.i].Status = http.StatusCreated
		case errors.Is(err, bus.ErrExists):
			// Same content already in the log: a mention if it came from
			// another URL than the stored article, else a plain duplicate.
			out[p.i] = s.exactCopy(ctx, p.art, p.canon, resp)
		default:
			s.index.Remove(p.slot, p.art.ID)
			out[p.i] = s.fail(fmt.Errorf("ingest: publish article %s: %w", p.art.ID, err))
		}
	}
	return out
}

func (s *Service) dup() {
	s.stats.Duplicates.Add(1)
	s.articles.WithLabelValues("duplicate").Inc()
}

// fail turns an error into a Result: a *httpx.Problem is the caller's
// fault (rejected), anything else is ours (500, logged).
func (s *Service) fail(err error) Result {
	var p *httpx.Problem
	if errors.As(err, &p) {
		s.stats.Rejected.Add(1)
		s.articles.WithLabelValues("rejected").Inc()
		return Result{Status: p.Status, Error: p, err: err}
	}
	s.stats.Failed.Add(1)
	s.opt.Log.Error("ingest failed", "err", err)
	return Result{Status: http.StatusInternalServerError, Error: httpx.NewProblem(http.StatusInternalServerError, "internal error; see the server log"), err: err}
}

// exactCopy handles an article whose content id is already in the log.
func (s *Service) exactCopy(ctx context.Context, art *events.ArticleIngested, canon string, resp *Response) Result {
	resp.Duplicate, resp.Match = true, events.MatchExact
	if canon == "" {
		s.dup()
		return Result{Status: http.StatusOK, Response: resp}
	}
	stored, err := Lookup(ctx, s.bus, art.ID)
	if err != nil {
		return s.fail(fmt.Errorf("ingest: read stored copy of %s: %w", art.ID, err))
	}
	if stored.URL != "" && dedup.CanonicalURL(stored.URL) == canon {
		s.dup()
		return Result{Status: http.StatusOK, Response: resp}
	}
	return s.mention(ctx, art, canon, art.ID, events.MatchExact, 1, resp)
}

// mention records art as another copy of the stored article first.
func (s *Service) mention(ctx context.Context, art *events.ArticleIngested, canon, first, match string, similarity float64, resp *Response) Result {
	m := events.ArticleMention{
		ID: events.MentionID(first, canon, art.ID), ArticleID: first, ContentID: art.ID,
		URL: art.URL, Outlet: art.Outlet, Title: art.Title, Match: match, Similarity: similarity,
		Published: art.Published, Ingested: art.Ingested,
	}
	env, err := events.NewEnvelope(events.TypeArticleMention, "mention-"+m.ID, Source, art.Ingested, m)
	if err != nil {
		return s.fail(err)
	}
	err = s.bus.PublishEnvelope(ctx, MentionSubject(first, m.ID), env, bus.ExpectNew())
	if err != nil && !errors.Is(err, bus.ErrExists) {
		return s.fail(fmt.Errorf("ingest: record mention of %s: %w", first, err))
	}
	if canon != "" {
		s.index.Add(first, canon, nil, false)
	}
	resp.ID, resp.Duplicate, resp.Match, resp.Similarity, resp.Mention = first, true, match, similarity, m.ID
	if art.ID != first {
		resp.ContentID = art.ID
	}
	s.stats.Mentions.Add(1)
	s.articles.WithLabelValues("mention").Inc()
	return Result{Status: http.StatusOK, Response: resp}
}

// publishAsync publishes an article.ingested with "expect no message on
// this subject yet" (as bus.PublishEnvelope with bus.ExpectNew does, and
// with the same headers) without waiting for the acknowledgement, so a
// batch costs one round trip, not one per article.
func (s *Service) publishAsync(ctx context.Context, art *events.ArticleIngested) (jetstream.PubAckFuture, error) {
	msg, err := articleMsg(art)
	if err != nil {
		return nil, err
	}
	// The log's message size limit (the server's max_payload, 1 MB by
	// default) bounds an article: refuse it clearly instead of failing the
	// publish with a 500.
	if max := s.bus.Conn.MaxPayload(); int64(len(msg.Data))+1024 > max {
		return nil, httpx.NewProblem(http.StatusRequestEntityTooLarge,
			"article %s is %d bytes as an event, over the log's message limit of %d bytes", art.ID, len(msg.Data), max)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	fut, err := s.bus.JS.PublishMsgAsync(msg)
	if err != nil {
		return nil, fmt.Errorf("ingest: publish article %s: %w", art.ID, err)
	}
	return fut, nil
}

// articleMsg is the NATS message of an article.ingested envelope.
func articleMsg(art *events.ArticleIngested) (*nats.Msg, error) {
	env, err := events.NewEnvelope(events.TypeArticleIngested, art.ID, Source, art.Ingested, art)
	if err != nil {
		return nil, err
	}
	data, err := jsonMarshal(env)
	if err != nil {
		return nil, err
	}
	msg := &nats.Msg{Subject: bus.ArticleSubject(art.ID), Data: data, Header: nats.Header{}}
	msg.Header.Set(wmnats.WatermillUUIDHdr, env.ID)
	msg.Header.Set(nats.MsgIdHdr, env.ID)
	msg.Header.Set(bus.HeaderType, env.Type)
	msg.Header.Set(nats.ExpectedLastSubjSeqHdr, "0")
	return msg, nil
}

// waitAck waits for an async publish; a refused ExpectNew or an ack flagged
// duplicate (replicated streams check Nats-Msg-Id first) is bus.ErrExists.
func waitAck(ctx context.Context, fut jetstream.PubAckFuture) error {
	select {
	case ack := <-fut.Ok():
		if ack.Duplicate {
			return bus.ErrExists
		}
		return nil
	case err := <-fut.Err():
		var apiErr *jetstream.APIError
		if errors.As(err, &apiErr) && (apiErr.ErrorCode == jetstream.JSErrCodeStreamWrongLastSequence ||
			apiErr.ErrorCode == jetstream.JSErrCodeStreamWrongLastSequenceConstant) {
			return bus.ErrExists
		}
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// KnownURL reports whether the duplicate index holds an article or mention
// under the canonical form of u, so a feed poller can skip fetching a page
// it already has.
func (s *Service) KnownURL(u string) bool {
	_, ok := s.index.LookupURL(dedup.CanonicalURL(u))
	return ok
}
