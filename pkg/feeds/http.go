package feeds

import (
	"errors"
	"net/http"
	"time"

	"github.com/geotrack/geotrack/pkg/httpx"
	"github.com/geotrack/geotrack/pkg/ingest"
)

// AddRequest is the body of POST /v1/feeds.
type AddRequest struct {
	URL string `json:"url"`
	// Interval is a Go duration ("15m"); "" means the poller's default.
	Interval string `json:"interval"`
	Outlet   string `json:"outlet"`
}

// IngestStatus is the answer to GET /v1/ingest/status.
type IngestStatus struct {
	Ingest ingest.Stats `json:"ingest"`
	// Failing counts the feeds whose last poll failed.
	Failing int      `json:"failing"`
	Feeds   []Status `json:"feeds"`
}

// Register adds POST/GET /v1/feeds, DELETE /v1/feeds/{id} and
// GET /v1/ingest/status to mux.
func (p *Poller) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /v1/feeds", p.postFeed)
	mux.HandleFunc("GET /v1/feeds", func(w http.ResponseWriter, r *http.Request) {
		httpx.WriteJSON(w, http.StatusOK, map[string]any{"feeds": p.Feeds()})
	})
	mux.HandleFunc("DELETE /v1/feeds/{id}", func(w http.ResponseWriter, r *http.Request) {
		err := p.Remove(r.Context(), r.PathValue("id"))
		switch {
		case errors.Is(err, ErrNoFeed):
			httpx.WriteError(w, r, httpx.NewProblem(http.StatusNotFound, "no feed with id %q", r.PathValue("id")))
		case err != nil:
			httpx.WriteError(w, r, err)
		default:
			w.WriteHeader(http.StatusNoContent)
		}
	})
	mux.HandleFunc("GET /v1/ingest/status", func(w http.ResponseWriter, r *http.Request) {
		st := IngestStatus{Ingest: p.svc.Stats(), Feeds: p.Feeds()}
		for _, f := range st.Feeds {
			if f.Error != "" {
				st.Failing++
			}
		}
		httpx.WriteJSON(w, http.StatusOK, st)
	})
}

func (p *Poller) postFeed(w http.ResponseWriter, r *http.Request) {
	body, err := httpx.ReadBody(w, r, 64<<10)
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	var req AddRequest
	if err := httpx.DecodeJSON(body, &req); err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	var interval time.Duration
	if req.Interval != "" {
		interval, err = time.ParseDuration(req.Interval)
		if err != nil || interval < time.Second {
			httpx.WriteError(w, r, httpx.BadRequest("interval", "interval must be a duration of at least 1s such as \"15m\", got %q", req.Interval))
			return
		}
	}
	fa, err := p.Add(r.Context(), req.URL, interval, req.Outlet)
	if errors.Is(err, ErrBadFeedURL) {
		httpx.WriteError(w, r, httpx.BadRequest("url", "%v", err))
		return
	}
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	httpx.WriteJSON(w, http.StatusCreated, fa)
}
