package query

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/geotrack/geotrack/pkg/httpx"
	"github.com/geotrack/geotrack/pkg/store"
)

// The live event stream (GET /v1/events/stream) follows the projection, not
// the raw log: an event is sent once the store has applied it, so a client
// that follows a streamed event's id to /v1/events/{id} always finds it, and
// what the stream shows agrees with the timelines. The store keeps no
// by-sequence index of events, so the stream walks the log positions the
// projection has passed (the Log view reads the message at each one, whose
// envelope id is the event id) and looks each event up in the store.
// Sequences that are not coded events (rules, retractions) are skipped.

const (
	// livePoll is how often the stream checks the projection's position.
	livePoll = 300 * time.Millisecond
	// liveMaxGap bounds the log positions one poll walks: a client that
	// falls further behind (or resumes from far back) skips ahead and is
	// told how many positions it missed, instead of stalling the server.
	liveMaxGap    = 500
	liveHeartbeat = 15 * time.Second
)

// liveStops holds, per Server, the channel CloseStreams closes. It lives
// outside the Server struct so the stream stays in this file.
var liveStops sync.Map // *Server -> chan struct{}

func (s *Server) liveStop() chan struct{} {
	ch, _ := liveStops.LoadOrStore(s, make(chan struct{}))
	return ch.(chan struct{})
}

// CloseStreams ends every open /v1/events/stream response (call it when the
// HTTP server shuts down, so Shutdown need not wait for them).
func (s *Server) CloseStreams() {
	ch := s.liveStop()
	select {
	case <-ch:
	default:
		close(ch)
	}
}

// LiveGap is the data of a "gap" message: positions the stream skipped.
type LiveGap struct {
	From    uint64 `json:"from"`
	To      uint64 `json:"to"`
	Skipped uint64 `json:"skipped"`
}

// eventsStream serves newly projected events as Server-Sent Events: "id" is
// the event's EVENTS log sequence (resume with Last-Event-ID or since=),
// "event" is event.coded, "data" an EventOut. Without either it starts at
// the projection's current position: only new events. actor= keeps events
// whose source or target key is that actor.
func (s *Server) eventsStream(w http.ResponseWriter, r *http.Request) {
	p, err := newParams(r.URL.Query(), "actor", "since")
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	actor, err := p.key("actor")
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	if s.log == nil {
		httpx.WriteProblem(w, httpx.NewProblem(http.StatusServiceUnavailable, "this server has no view of the EVENTS log to stream from"))
		return
	}
	last, err := s.liveStart(r)
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	rc, ok := httpx.StartSSE(w, r)
	if !ok {
		return // HEAD
	}
	// The first message says where the stream starts, so a client knows it
	// is connected before any event arrives.
	if _, err := fmt.Fprintf(w, "retry: 2000\nevent: ready\ndata: {\"seq\":%d}\n\n", last); err != nil {
		return
	}
	if err := rc.Flush(); err != nil {
		return
	}
	stop := s.liveStop()
	poll := time.NewTicker(livePoll)
	defer poll.Stop()
	beat := time.Now()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-stop:
			return
		case <-poll.C:
		}
		cp, _, err := s.st.Checkpoint()
		if err != nil {
			return
		}
		wrote := false
		if cp > last+liveMaxGap {
			gap := LiveGap{From: last + 1, To: cp - liveMaxGap, Skipped: cp - liveMaxGap - last}
			data, _ := json.Marshal(gap)
			if _, err := fmt.Fprintf(w, "id: %d\nevent: gap\ndata: %s\n\n", gap.To, data); err != nil {
				return
			}
			last, wrote = gap.To, true
		}
		for ; last < cp; last++ {
			seq := last + 1
			out, ok := s.liveEvent(r, seq, actor)
			if !ok {
				continue
			}
			data, err := json.Marshal(out)
			if err != nil {
				return
			}
			if _, err := fmt.Fprintf(w, "id: %d\nevent: event.coded\ndata: %s\n\n", seq, data); err != nil {
				return
			}
			wrote = true
		}
		if !wrote && time.Since(beat) >= liveHeartbeat {
			if _, err := fmt.Fprint(w, ": keep-alive\n\n"); err != nil {
				return
			}
			wrote = true
		}
		if wrote {
			beat = time.Now()
			if err := rc.Flush(); err != nil {
				return
			}
		}
	}
}

// liveStart is the position after which the stream begins: Last-Event-ID
// (a reconnecting EventSource), since=, or the projection's position now.
func (s *Server) liveStart(r *http.Request) (uint64, error) {
	for _, src := range []struct{ name, v string }{
		{"Last-Event-ID", r.Header.Get("Last-Event-ID")},
		{"since", r.URL.Query().Get("since")},
	} {
		if src.v == "" {
			continue
		}
		n, err := strconv.ParseUint(src.v, 10, 64)
		if err != nil {
			return 0, httpx.BadRequest(src.name, "%s %q is not an EVENTS log sequence", src.name, src.v)
		}
		return n, nil
	}
	cp, _, err := s.st.Checkpoint()
	if err != nil {
		return 0, fmt.Errorf("query: live stream position: %w", err)
	}
	return cp, nil
}

// liveEvent is the event stored at log sequence seq, if that message is a
// coded event the projection holds (and involves actor, when given).
func (s *Server) liveEvent(r *http.Request, seq uint64, actor string) (EventOut, bool) {
	e, err := s.log.Entry(r.Context(), seq)
	if err != nil || e.EnvelopeID == "" {
		return EventOut{}, false
	}
	d, err := s.st.Event(e.EnvelopeID)
	if errors.Is(err, store.ErrNotFound) || err != nil || d.Seq != seq {
		return EventOut{}, false
	}
	if actor != "" && d.Event.Source.Key() != actor && d.Event.Target.Key() != actor {
		return EventOut{}, false
	}
	return eventOut(d.EventRow), true
}
