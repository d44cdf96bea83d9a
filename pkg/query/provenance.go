package query

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/httpx"
)

// Log is the view of the EVENTS log that provenance needs: the message at
// a stream sequence, its hash in the audit tree, and the first signed
// checkpoint covering it. pkg/audit implements it (audit.LogView).
type Log interface {
	Entry(ctx context.Context, seq uint64) (*LogEntry, error)
}

// LogEntry is one EVENTS message as the audit tree sees it.
type LogEntry struct {
	Seq     uint64    `json:"seq"`
	Subject string    `json:"subject"`
	MsgID   string    `json:"msg_id"`
	Time    time.Time `json:"time"`
	// EnvelopeID is the id of the envelope stored at Seq; provenance
	// checks it is the event's own.
	EnvelopeID string `json:"-"`
	// ChainHash is the message's RFC 6962 leaf hash in the Merkle tree
	// over EVENTS (see pkg/audit): recompute it from the message to check.
	ChainHash string `json:"chain_hash"`
	// Checkpoint is the first signed checkpoint covering Seq; nil while
	// none does yet.
	Checkpoint *LogCheckpoint `json:"checkpoint"`
}

// LogCheckpoint names a signed checkpoint and says whether it lists this
// message's hash.
type LogCheckpoint struct {
	AuditSeq  uint64 `json:"audit_seq"` // sequence in the AUDIT stream
	Size      int64  `json:"size"`
	Root      string `json:"root"`
	Key       string `json:"key"`
	Signature string `json:"signature"`
	// Listed is true when the checkpoint's signed leaf list holds
	// ChainHash at this message's position.
	Listed bool `json:"listed"`
}

// ProvenanceArticle is where an event's text came from.
type ProvenanceArticle struct {
	ID        string    `json:"id"`
	URL       string    `json:"url,omitempty"`
	Outlet    string    `json:"outlet,omitempty"`
	Title     string    `json:"title,omitempty"`
	Lang      string    `json:"lang,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Ingested  time.Time `json:"ingested,omitzero"`
	// Available is false when the article is not in ARTICLES (an event
	// coded elsewhere, e.g. GDELT, whose SourceURL is then given as URL).
	Available bool `json:"available"`
}

// ProvenanceAnswer is the body of GET /v1/events/{id}/provenance:
// everything needed to reproduce one event from its article.
type ProvenanceAnswer struct {
	EventID       string            `json:"event_id"`
	Article       ProvenanceArticle `json:"article"`
	SentenceIndex int               `json:"sentence_index"`
	Sentence      SentenceSpan      `json:"sentence"`
	Coder         events.Coder      `json:"coder"`
	Seq           uint64            `json:"seq"`
	Logged        time.Time         `json:"logged"`
	// Log is the stored message and its place in the audit tree; nil when
	// the server has no log view.
	Log *LogEntry `json:"log"`
	// LogMatches is true when the message stored at Seq carries this event.
	LogMatches bool `json:"log_matches"`
	Receipt
}

func (s *Server) provenance(w http.ResponseWriter, r *http.Request) {
	p, d, ok := s.eventOfPath(w, r)
	if !ok {
		return
	}
	ev := d.Event
	ans := &ProvenanceAnswer{
		EventID:       ev.ID,
		Article:       ProvenanceArticle{ID: ev.ArticleID, URL: ev.SourceURL},
		SentenceIndex: ev.Sentence.Index,
		Sentence:      SentenceSpan{Text: ev.Sentence.Text, Start: ev.Sentence.Start, End: ev.Sentence.End},
		Coder:         ev.Coder,
		Seq:           d.Seq,
		Logged:        d.Logged,
		Receipt:       receipt(d.AsOf, []string{ev.Coder.Version}, p.Canonical()),
	}
	if s.arts != nil {
		a, err := s.arts.Article(r.Context(), ev.ArticleID)
		switch {
		case errors.Is(err, ErrNotFound):
		case err != nil:
			httpx.WriteError(w, r, err)
			return
		default:
			ans.Article = ProvenanceArticle{ID: a.ID, URL: a.URL, Outlet: a.Outlet, Title: a.Title, Lang: a.Lang, Published: a.Published, Ingested: a.Ingested, Available: true}
			locate(&ans.Sentence, a.Body)
		}
	}
	if s.log != nil {
		e, err := s.log.Entry(r.Context(), d.Seq)
		if err != nil {
			httpx.WriteError(w, r, err)
			return
		}
		ans.Log = e
		ans.LogMatches = e.EnvelopeID == ev.ID
	}
	httpx.WriteJSON(w, http.StatusOK, ans)
}
