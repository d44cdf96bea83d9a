package ingest

import (
	"bytes"
	"net/http"
	"strconv"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/gdelt"
	"github.com/geotrack/geotrack/pkg/httpx"
)

// GDELTResponse is the answer to POST /v1/gdelt/events.
type GDELTResponse struct {
	Accepted int         `json:"accepted"`
	Rejected int         `json:"rejected"`
	Errors   []LineError `json:"errors,omitempty"`
}

// LineError names a rejected line of an uploaded file.
type LineError struct {
	Line  int    `json:"line"`
	Error string `json:"error"`
}

// postGDELT takes rows of a GDELT 2.0 event export (tab-separated, 61
// columns) and appends one event.coded per good row to EVENTS; ?line=N
// numbers the first row (the CLI sends a big file in chunks), so errors
// name the line of the file.
func (s *Service) postGDELT(w http.ResponseWriter, r *http.Request) {
	first := 1
	if v := r.URL.Query().Get("line"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			httpx.WriteError(w, r, httpx.BadRequest("line", "line must be a positive integer, got %q", v))
			return
		}
		first = n
	}
	body, err := readRaw(w, r, s.opt.MaxBatchBody)
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	var out GDELTResponse
	var pubErr error
	err = gdelt.Scan(bytes.NewReader(body), first, 1000, func(evs []events.EventCoded, bad []gdelt.RowError) error {
		for _, b := range bad {
			out.Errors = append(out.Errors, LineError{Line: b.Line, Error: b.Err.Error()})
		}
		out.Rejected += len(bad)
		if err := gdelt.Publish(r.Context(), s.bus, evs, s.opt.Now()); err != nil {
			pubErr = err
			return err
		}
		out.Accepted += len(evs)
		return nil
	})
	switch {
	case pubErr != nil:
		httpx.WriteError(w, r, pubErr)
		return
	case err != nil:
		httpx.WriteError(w, r, httpx.BadRequest("body", "%v", err))
		return
	}
	httpx.WriteJSON(w, http.StatusOK, out)
}
