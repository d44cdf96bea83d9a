package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"unicode/utf8"

	"github.com/geotrack/geotrack/pkg/htmltext"
	"github.com/geotrack/geotrack/pkg/httpx"
)

func jsonMarshal(v any) ([]byte, error) { return json.Marshal(v) }

// BatchResponse is the answer to an application/x-ndjson POST: one Result
// per non-empty line, in order, with the line number.
type BatchResponse struct {
	New        int      `json:"new"`
	Duplicates int      `json:"duplicates"`
	Rejected   int      `json:"rejected"`
	Results    []Result `json:"results"`
}

func (s *Service) postArticle(w http.ResponseWriter, r *http.Request) {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if r.Header.Get("Content-Type") == "" {
		mt, err = "application/json", nil
	}
	if err != nil {
		s.reject(w, r, httpx.NewProblem(http.StatusUnsupportedMediaType, "malformed Content-Type %q", r.Header.Get("Content-Type")))
		return
	}
	switch mt {
	case "application/json":
		body, err := httpx.ReadBody(w, r, s.opt.MaxBody)
		if err != nil {
			s.reject(w, r, err)
			return
		}
		var req Request
		if err := httpx.DecodeJSON(body, &req); err != nil {
			s.reject(w, r, err)
			return
		}
		s.answer(w, r, req, nil)
	case "application/x-ndjson", "application/jsonl", "application/x-jsonlines":
		s.postBatch(w, r)
	case "text/plain", "text/html", "application/xhtml+xml":
		body, err := readRaw(w, r, s.opt.MaxBody)
		if err != nil {
			s.reject(w, r, err)
			return
		}
		req, warnings, err := s.fromText(body, r.Header.Get("Content-Type"), mt != "text/plain", r.URL.Query())
		if err != nil {
			s.reject(w, r, err)
			return
		}
		s.answer(w, r, req, warnings)
	default:
		s.reject(w, r, httpx.NewProblem(http.StatusUnsupportedMediaType,
			"Content-Type %q is not accepted: use application/json, application/x-ndjson, text/plain or text/html", mt))
	}
}

func (s *Service) answer(w http.ResponseWriter, r *http.Request, req Request, warnings []string) {
	resp, status, err := s.Ingest(r.Context(), req)
	if err != nil {
		httpx.WriteError(w, r, err)
		return
	}
	resp.Warnings = append(resp.Warnings, warnings...)
	httpx.WriteJSON(w, status, resp)
}

func (s *Service) reject(w http.ResponseWriter, r *http.Request, err error) {
	if errors.As(err, new(*httpx.Problem)) {
		s.stats.Rejected.Add(1)
		s.articles.WithLabelValues("rejected").Inc()
	}
	httpx.WriteError(w, r, err)
}

// fromText builds a request from a text/plain or text/html body; the other
// fields come from the query (title, published, lang, url, outlet). For
// HTML the page's title and published date fill in what the query lacks.
func (s *Service) fromText(body []byte, contentType string, isHTML bool, q url.Values) (Request, []string, error) {
	req := Request{Title: q.Get("title"), Published: q.Get("published"), Lang: q.Get("lang"), URL: q.Get("url"), Outlet: q.Get("outlet")}
	var warnings []string
	if !isHTML {
		t, err := htmltext.Decode(body, contentType)
		if err != nil {
			return req, nil, textProblem(err)
		}
		req.Body = t.Text
		if t.Repaired {
			s.stats.Repaired.Add(1)
			warnings = append(warnings, "invalid UTF-8 was replaced by U+FFFD")
		}
		return req, warnings, nil
	}
	var base *url.URL
	if req.URL != "" {
		base, _ = url.Parse(req.URL)
	}
	p, err := htmltext.Extract(body, contentType, base)
	if err != nil {
		return req, nil, textProblem(err)
	}
	req.Body = p.Text
	if req.Title == "" {
		req.Title = p.Title
	}
	if req.Published == "" && !p.Published.IsZero() {
		req.Published = p.Published.Format("2006-01-02T15:04:05Z07:00")
	}
	if p.Repaired {
		s.stats.Repaired.Add(1)
		warnings = append(warnings, "invalid byte sequences were replaced by U+FFFD")
	}
	return req, warnings, nil
}

func textProblem(err error) error {
	switch {
	case errors.Is(err, htmltext.ErrBinary):
		return httpx.NewProblem(http.StatusUnsupportedMediaType, "the body is binary, not text")
	case errors.Is(err, htmltext.ErrNoText):
		return httpx.BadRequest("body", "the HTML page has no readable text")
	}
	return httpx.BadRequest("body", "%v", err)
}

// readRaw reads a body of any encoding up to limit (413 above, 400 empty).
func readRaw(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	if r.ContentLength > limit {
		return nil, httpx.NewProblem(http.StatusRequestEntityTooLarge, "body of %d bytes is over the limit of %d bytes", r.ContentLength, limit)
	}
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			return nil, httpx.NewProblem(http.StatusRequestEntityTooLarge, "body is over the limit of %d bytes", limit)
		}
		return nil, httpx.BadRequest("body", "reading the body: %v", err)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, httpx.BadRequest("body", "the body is empty")
	}
	return b, nil
}

// postBatch ingests one article per line. A bad line gets its own problem
// in the results; the answer is 200 whenever the body itself was readable.
func (s *Service) postBatch(w http.ResponseWriter, r *http.Request) {
	body, err := readRaw(w, r, s.opt.MaxBatchBody)
	if err != nil {
		s.reject(w, r, err)
		return
	}
	var reqs []Request
	var lines []int
	var out BatchResponse
	early := map[int]Result{} // index in out.Results -> a line refused before ingest
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 64<<10), int(s.opt.MaxBatchBody)+1)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		idx := len(reqs) + len(early)
		var req Request
		switch {
		case int64(len(line)) > s.opt.MaxBody:
			early[idx] = s.fail(httpx.NewProblem(http.StatusRequestEntityTooLarge, "line of %d bytes is over the article limit of %d bytes", len(line), s.opt.MaxBody))
		case !utf8.Valid(line):
			early[idx] = s.fail(httpx.BadRequest("body", "the line is not valid UTF-8"))
		default:
			if err := httpx.DecodeJSON(line, &req); err != nil {
				early[idx] = s.fail(err)
			} else {
				reqs = append(reqs, req)
			}
		}
		lines = append(lines, n)
	}
	if err := sc.Err(); err != nil {
		s.reject(w, r, httpx.BadRequest("body", "reading line %d: %v", n+1, err))
		return
	}
	results := s.IngestBatch(r.Context(), reqs)
	out.Results = make([]Result, 0, len(lines))
	j := 0
	for i, line := range lines {
		res, ok := early[i]
		if !ok {
			res = results[j]
			j++
		}
		res.Line = line
		switch {
		case res.Status == http.StatusCreated:
			out.New++
		case res.Status == http.StatusOK:
			out.Duplicates++
		default:
			out.Rejected++
		}
		out.Results = append(out.Results, res)
	}
	httpx.WriteJSON(w, http.StatusOK, out)
}
