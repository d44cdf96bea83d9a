// Package httpx holds what every geotrack HTTP server shares: RFC 9457
// problem bodies for errors, a request size limit, strict JSON decoding,
// health and readiness probes, Prometheus metrics and request logging.
package httpx

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// DefaultMaxBody is the default request body limit (1 MiB).
const DefaultMaxBody int64 = 1 << 20

// Problem is an RFC 9457 problem detail. Param names the offending request
// parameter or field when there is one, so a client can point at it.
type Problem struct {
	Type   string `json:"type"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail,omitempty"`
	Param  string `json:"param,omitempty"`
}

// Error makes a Problem usable as an error returned from decoders and
// validators; WriteError sends it with its own status.
func (p *Problem) Error() string {
	if p.Param != "" {
		return fmt.Sprintf("%s: %s (%s)", p.Title, p.Detail, p.Param)
	}
	return fmt.Sprintf("%s: %s", p.Title, p.Detail)
}

// BadRequest is a 400 problem naming the parameter.
func BadRequest(param, format string, args ...any) *Problem {
	return &Problem{Type: "about:blank", Title: "Bad Request", Status: http.StatusBadRequest, Detail: fmt.Sprintf(format, args...), Param: param}
}

// NewProblem builds a problem with the standard title of status.
func NewProblem(status int, format string, args ...any) *Problem {
	return &Problem{Type: "about:blank", Title: http.StatusText(status), Status: status, Detail: fmt.Sprintf(format, args...)}
}

// WriteProblem sends p as application/problem+json.
func WriteProblem(w http.ResponseWriter, p *Problem) {
	if p.Type == "" {
		p.Type = "about:blank"
	}
	if p.Title == "" {
		p.Title = http.StatusText(p.Status)
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(p.Status)
	_ = json.NewEncoder(w).Encode(p)
}

// WriteError sends err as a problem: a *Problem keeps its status, anything
// else is a 500 whose detail is logged but not leaked to the client.
func WriteError(w http.ResponseWriter, r *http.Request, err error) {
	var p *Problem
	if errors.As(err, &p) {
		WriteProblem(w, p)
		return
	}
	slog.ErrorContext(r.Context(), "request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	WriteProblem(w, NewProblem(http.StatusInternalServerError, "internal error; see the server log"))
}

// WriteJSON sends v as JSON with status.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

// ReadBody reads the whole request body up to limit bytes. A larger body is a
// 413, an empty one a 400, and a body that is not valid UTF-8 a 400: text we
// cannot read faithfully is refused rather than silently mangled.
func ReadBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	if limit <= 0 {
		limit = DefaultMaxBody
	}
	if r.ContentLength > limit {
		return nil, NewProblem(http.StatusRequestEntityTooLarge, "body of %d bytes is over the limit of %d bytes", r.ContentLength, limit)
	}
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			return nil, NewProblem(http.StatusRequestEntityTooLarge, "body is over the limit of %d bytes", limit)
		}
		return nil, BadRequest("body", "reading the body: %v", err)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, BadRequest("body", "the body is empty")
	}
	if !utf8.Valid(b) {
		return nil, BadRequest("body", "the body is not valid UTF-8")
	}
	return b, nil
}

// DecodeJSON decodes one JSON object strictly: unknown fields, trailing data
// and wrong field types are 400s naming the field.
func DecodeJSON(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var te *json.UnmarshalTypeError
		var se *json.SyntaxError
		switch {
		case errors.As(err, &te):
			return BadRequest(te.Field, "field %q must be a JSON %s, got %s", te.Field, te.Type.Kind(), te.Value)
		case errors.As(err, &se):
			return BadRequest("body", "malformed JSON at byte %d: %v", se.Offset, err)
		default:
			return BadRequest("body", "malformed JSON: %v", err)
		}
	}
	if dec.More() {
		return BadRequest("body", "unexpected data after the JSON object")
	}
	return nil
}

// Probe answers health (liveness) and readiness. Ready reports nil when the
// service can do its work (connected, caught up enough to answer).
type Probe struct {
	Ready func() error
}

// Register adds /healthz, /readyz and /metrics to mux.
func Register(mux *http.ServeMux, reg *prometheus.Registry, probes ...Probe) {
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		WriteJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		for _, p := range probes {
			if p.Ready == nil {
				continue
			}
			if err := p.Ready(); err != nil {
				WriteProblem(w, NewProblem(http.StatusServiceUnavailable, "not ready: %v", err))
				return
			}
		}
		WriteJSON(w, http.StatusOK, map[string]string{"status": "ready"})
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
}

// Metrics counts requests and their latency by route pattern and status.
type Metrics struct {
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
}

// NewMetrics registers the HTTP metrics on reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "geotrack_http_requests_total", Help: "HTTP requests by route and status code.",
		}, []string{"route", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "geotrack_http_request_seconds", Help: "HTTP request latency by route.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16),
		}, []string{"route"}),
	}
	reg.MustRegister(m.requests, m.latency)
	return m
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (s *statusWriter) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	return s.ResponseWriter.Write(b)
}

// Flush lets streaming handlers (SSE) flush through the wrapper.
func (s *statusWriter) Flush() {
	if f, ok := s.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap lets http.ResponseController reach the real writer.
func (s *statusWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// Wrap instruments and logs every request of h. Routes are labelled by the
// ServeMux pattern that matched, so label cardinality stays bounded.
func (m *Metrics) Wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		h.ServeHTTP(sw, r)
		route := r.Pattern
		if route == "" {
			route = "unmatched"
		}
		if sw.status == 0 {
			sw.status = http.StatusOK
		}
		d := time.Since(start)
		m.requests.WithLabelValues(route, strconv.Itoa(sw.status)).Inc()
		m.latency.WithLabelValues(route).Observe(d.Seconds())
		slog.Debug("http", "method", r.Method, "path", r.URL.Path, "status", sw.status, "dur", d)
	})
}

// NotFound answers unknown routes with a JSON problem instead of Go's
// plain-text 404.
func NotFound(w http.ResponseWriter, r *http.Request) {
	WriteProblem(w, NewProblem(http.StatusNotFound, "no route for %s %s", r.Method, r.URL.Path))
}

// Fallback is the handler for "/" on mux: a JSON 405 with an Allow header
// when the path exists for other methods, else a JSON 404. (ServeMux would
// answer both in plain text, and a "/" pattern hides its own 405s.)
func Fallback(mux *http.ServeMux) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var allow []string
		for _, m := range []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch} {
			if m == r.Method {
				continue
			}
			probe := r.Clone(r.Context())
			probe.Method = m
			if _, pattern := mux.Handler(probe); pattern != "" && pattern != "/" {
				allow = append(allow, m)
			}
		}
		if len(allow) > 0 {
			w.Header().Set("Allow", strings.Join(allow, ", "))
			WriteProblem(w, NewProblem(http.StatusMethodNotAllowed, "%s %s is not allowed; use %s", r.Method, r.URL.Path, strings.Join(allow, " or ")))
			return
		}
		NotFound(w, r)
	}
}

// StartSSE answers 200 with the headers of a Server-Sent Events stream
// (no caching, no proxy buffering) and returns the controller to flush
// it. It returns false for HEAD: GET routes answer HEAD too, with headers
// only, since streaming on would hold the connection the client reuses
// for its next request.
func StartSSE(w http.ResponseWriter, r *http.Request) (*http.ResponseController, bool) {
	rc := http.NewResponseController(w)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	return rc, r.Method != http.MethodHead
}
