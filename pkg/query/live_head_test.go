package query

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/geotrack/geotrack/pkg/store"
)

// recordLog is the EVENTS log view over the fixture's records: the message
// at each sequence carries its event's envelope id.
type recordLog []store.Record

func (l recordLog) Entry(_ context.Context, seq uint64) (*LogEntry, error) {
	if seq == 0 || seq > uint64(len(l)) {
		return nil, fmt.Errorf("seq %d: %w", seq, ErrNotFound)
	}
	return &LogEntry{Seq: seq, EnvelopeID: l[seq-1].Coded.ID}, nil
}

// A HEAD request to the live stream is answered with the stream's headers
// and no body. The handler must then return: looping as for GET would keep
// the connection busy forever (the client, holding a complete HEAD answer,
// reuses it for its next request, which is never read).
func TestEventsStreamHeadReturns(t *testing.T) {
	f := newFixture(t)
	mux := http.NewServeMux()
	New(f.st, f.arts, Options{Log: recordLog(f.recs)}).Register(mux)
	done := make(chan struct{}, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mux.ServeHTTP(w, r)
		if r.Method == http.MethodHead {
			done <- struct{}{}
		}
	}))
	defer srv.Close()
	res, err := http.Head(srv.URL + "/v1/events/stream?since=0")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("HEAD: %d %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the HEAD request's handler is still streaming 10 s after the answer")
	}
}
