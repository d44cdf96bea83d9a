package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/gdelt"
	"github.com/geotrack/geotrack/pkg/htmltext"
	"github.com/geotrack/geotrack/pkg/httpx"
	"github.com/geotrack/geotrack/pkg/ingest"
	"golang.org/x/term"
)

func init() {
	register(command{name: "ingest", usage: "ingest [--server URL | --data DIR | --nats-url URL] [--gdelt] [--published D] [--lang xx] [--outlet NAME] PATH|-",
		help: "store articles from a file, a folder (.txt .html .json .jsonl) or stdin; --gdelt loads a GDELT 2.0 event export", run: runIngest})
}

// ingestExts are the files a folder walk picks up.
var ingestExts = map[string]string{".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}

// maxIngestFile bounds one file read whole (.txt, .html, .json); JSONL and
// GDELT files are streamed line by line.
const maxIngestFile = 32 << 20

// item is one article read from the input, with where it came from.
type item struct {
	req  ingest.Request
	file string
	line int // 0 for a whole-file article
	err  error
}

// sink is where articles go: a running geotrack over HTTP, or the log
// directly.
type sink interface {
	articles(ctx context.Context, reqs []ingest.Request) ([]ingest.Result, error)
	gdelt(ctx context.Context, r io.Reader, file string, report func(line int, msg string)) (int, error)
	close()
}

func runIngest(ctx context.Context, env *Env, args []string) error {
	fset := newFlags(env, "ingest", "ingest [flags] PATH|-")
	server := fset.String("server", envOr(env, "GEOTRACK_SERVER", ""), "base URL of a running geotrack (env GEOTRACK_SERVER); empty writes to the log in --data (or --nats-url) directly")
	data := fset.String("data", envOr(env, "GEOTRACK_DATA", "./geotrack-data"), "data folder when no --server is given (geotrack run must not hold it)")
	natsURL := fset.String("nats-url", envOr(env, "GEOTRACK_NATS_URL", ""), "external NATS when no --server is given")
	isGDELT := fset.Bool("gdelt", false, "the file is a GDELT 2.0 event export (61 tab-separated columns): rows become event.coded with coder.version gdelt")
	published := fset.String("published", "", "publication date for texts that do not carry one (YYYY-MM-DD or RFC 3339)")
	lang := fset.String("lang", "", "language of texts that do not say (default: detected)")
	outlet := fset.String("outlet", "", "outlet for texts that do not say")
	batch := fset.Int("batch", 500, "articles per request")
	near := fset.Float64("near-threshold", 0, "without --server: MinHash similarity (0-1] from which a text is a near-duplicate of a stored one (0 = 0.7, negative = off); a server uses its own")
	barMode := fset.String("progress", "auto", "progress bar on stderr: auto (when a terminal), always, never")
	token := clientToken(env, fset)
	if err := parse(fset, args); err != nil {
		return err
	}
	ctx = withToken(ctx, token())
	if fset.NArg() != 1 {
		return usageError{"want exactly one PATH or -"}
	}
	if *published != "" {
		if _, err := ingest.ParseDate(*published); err != nil {
			return usageError{"--published: " + err.Error()}
		}
	}
	if *batch < 1 {
		return usageError{"--batch must be at least 1"}
	}
	path := fset.Arg(0)
	var files []string
	var total int64
	if path != "-" {
		var err error
		if files, total, err = listFiles(path, *isGDELT); err != nil {
			return err
		}
		if len(files) == 0 {
			return fmt.Errorf("%s: no .txt, .html, .json or .jsonl files", path)
		}
	}
	var snk sink
	if *server != "" {
		snk = &httpSink{base: strings.TrimRight(*server, "/"), client: &http.Client{Timeout: 5 * time.Minute}}
	} else {
		l, err := openLocal(ctx, *data, *natsURL, *near, env)
		if err != nil {
			return err
		}
		snk = l
	}
	defer snk.close()

	bar := newIngestBar(env, *barMode, total)
	run := &ingestRun{env: env, snk: snk, bar: bar, batch: *batch,
		defaults: ingest.Request{Published: *published, Lang: *lang, Outlet: *outlet}}
	var err error
	switch {
	case *isGDELT && path == "-":
		err = run.gdeltFile(ctx, env.Stdin, "stdin")
	case *isGDELT:
		for _, f := range files {
			if err = run.gdeltPath(ctx, f); err != nil {
				break
			}
		}
	case path == "-":
		err = run.stdin(ctx)
	default:
		for _, f := range files {
			if err = run.file(ctx, f); err != nil {
				break
			}
		}
	}
	if err == nil {
		err = run.flush(ctx)
	}
	bar.done()
	if *isGDELT {
		fmt.Fprintf(env.Stdout, "%d events stored, %d rows rejected\n", run.events, run.rejected)
	} else {
		fmt.Fprintf(env.Stdout, "%d new, %d already stored (%d of them recorded as mentions), %d rejected\n", run.new, run.dups, run.mentions, run.rejected)
	}
	if err != nil {
		return err
	}
	if run.rejected > 0 {
		return exitCode{code: 1, msg: fmt.Sprintf("%d rejected (each named above); everything else was stored", run.rejected)}
	}
	return nil
}

// listFiles returns the file, or the folder's files with a known extension
// (any file for --gdelt), in lexical order, and their total size.
func listFiles(path string, any bool) ([]string, int64, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, 0, err
	}
	if !st.IsDir() {
		return []string{path}, st.Size(), nil
	}
	var out []string
	var total int64
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || (!any && ingestExts[strings.ToLower(filepath.Ext(p))] == "") {
			return nil
		}
		if info, err := d.Info(); err == nil {
			total += info.Size()
		}
		out = append(out, p)
		return nil
	})
	return out, total, err
}

type ingestRun struct {
	env      *Env
	snk      sink
	bar      *ingestBar
	batch    int
	defaults ingest.Request
	pending  []item

	new, dups, mentions, rejected, events int
}

func (r *ingestRun) report(file string, line int, msg string) {
	r.bar.clear()
	if line > 0 {
		fmt.Fprintf(r.env.Stderr, "geotrack ingest: %s:%d: %s\n", file, line, oneLine(msg))
	} else {
		fmt.Fprintf(r.env.Stderr, "geotrack ingest: %s: %s\n", file, oneLine(msg))
	}
}

func (r *ingestRun) add(ctx context.Context, it item) error {
	if it.err != nil {
		r.rejected++
		r.report(it.file, it.line, it.err.Error())
		return nil
	}
	if it.req.Published == "" {
		it.req.Published = r.defaults.Published
	}
	if it.req.Lang == "" {
		it.req.Lang = r.defaults.Lang
	}
	if it.req.Outlet == "" {
		it.req.Outlet = r.defaults.Outlet
	}
	r.pending = append(r.pending, it)
	if len(r.pending) >= r.batch {
		return r.flush(ctx)
	}
	return nil
}

func (r *ingestRun) flush(ctx context.Context) error {
	if len(r.pending) == 0 {
		return nil
	}
	reqs := make([]ingest.Request, len(r.pending))
	for i, it := range r.pending {
		reqs[i] = it.req
	}
	res, err := r.snk.articles(ctx, reqs)
	if err != nil {
		return err
	}
	for i, x := range res {
		it := r.pending[i]
		switch {
		case x.Status == http.StatusCreated:
			r.new++
		case x.Status == http.StatusOK:
			r.dups++
			if x.Response != nil && x.Mention != "" {
				r.mentions++
			}
		default:
			r.rejected++
			msg := fmt.Sprintf("HTTP %d", x.Status)
			if x.Error != nil {
				msg = x.Error.Detail
				if x.Error.Param != "" && x.Error.Param != "body" {
					msg += " (" + x.Error.Param + ")"
				}
			}
			r.report(it.file, it.line, msg)
		}
	}
	r.bar.articles(len(res))
	r.pending = r.pending[:0]
	return nil
}

func (r *ingestRun) file(ctx context.Context, path string) error {
	kind := ingestExts[strings.ToLower(filepath.Ext(path))]
	f, err := os.Open(path)
	if err != nil {
		r.rejected++
		r.report(path, 0, err.Error())
		return nil
	}
	defer f.Close()
	if kind == "jsonl" {
		return r.jsonl(ctx, f, path)
	}
	if kind == "" {
		kind = "text"
	}
	data, err := io.ReadAll(io.LimitReader(f, maxIngestFile+1))
	r.bar.bytes(int64(len(data)))
	switch {
	case err != nil:
		return r.add(ctx, item{file: path, err: err})
	case len(data) > maxIngestFile:
		return r.add(ctx, item{file: path, err: fmt.Errorf("file over %d bytes", maxIngestFile)})
	}
	return r.whole(ctx, data, kind, path)
}

// whole turns one whole-file input into articles.
func (r *ingestRun) whole(ctx context.Context, data []byte, kind, path string) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return r.add(ctx, item{file: path, err: errors.New("the file is empty")})
	}
	switch kind {
	case "json":
		trimmed := bytes.TrimSpace(data)
		if trimmed[0] == '[' {
			var raws []json.RawMessage
			if err := json.Unmarshal(trimmed, &raws); err != nil {
				return r.add(ctx, item{file: path, err: fmt.Errorf("malformed JSON array: %v", err)})
			}
			for i, raw := range raws {
				var req ingest.Request
				err := httpx.DecodeJSON(raw, &req)
				if err := r.add(ctx, item{req: req, file: fmt.Sprintf("%s[%d]", path, i), err: decodeErr(err)}); err != nil {
					return err
				}
			}
			return nil
		}
		var req ingest.Request
		return r.add(ctx, item{req: req, file: path, err: decodeErr(httpx.DecodeJSON(trimmed, &req))}.with(&req))
	case "html":
		p, err := htmltext.Extract(data, "text/html", nil)
		if err != nil {
			return r.add(ctx, item{file: path, err: err})
		}
		req := ingest.Request{Title: p.Title, Body: p.Text}
		if !p.Published.IsZero() {
			req.Published = p.Published.Format(time.RFC3339)
		}
		return r.add(ctx, item{req: req, file: path})
	default:
		t, err := htmltext.Decode(data, "text/plain")
		if err != nil {
			return r.add(ctx, item{file: path, err: err})
		}
		if t.Repaired {
			r.report(path, 0, "warning: invalid UTF-8 replaced by U+FFFD")
		}
		return r.add(ctx, item{req: ingest.Request{Body: t.Text}, file: path})
	}
}

func (it item) with(req *ingest.Request) item { it.req = *req; return it }

// decodeErr flattens a decoding problem to its detail.
func decodeErr(err error) error {
	var p *httpx.Problem
	if errors.As(err, &p) {
		return errors.New(p.Detail)
	}
	return err
}

// jsonl streams one article per line.
func (r *ingestRun) jsonl(ctx context.Context, rd io.Reader, path string) error {
	br := bufio.NewReaderSize(rd, 1<<20)
	line := 0
	for {
		b, err := br.ReadBytes('\n')
		if len(b) > 0 {
			line++
			r.bar.bytes(int64(len(b)))
			if t := bytes.TrimSpace(b); len(t) > 0 {
				var req ingest.Request
				it := item{file: path, line: line}
				if derr := httpx.DecodeJSON(t, &req); derr != nil {
					it.err = decodeErr(derr)
				} else {
					it.req = req
				}
				if err := r.add(ctx, it); err != nil {
					return err
				}
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", path, line+1, err)
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
}

// stdin reads JSONL when the input starts with "{", HTML with "<", plain
// text otherwise.
func (r *ingestRun) stdin(ctx context.Context) error {
	br := bufio.NewReaderSize(r.env.Stdin, 1<<20)
	head, _ := br.Peek(512)
	switch t := bytes.TrimSpace(head); {
	case len(t) > 0 && t[0] == '{':
		return r.jsonl(ctx, br, "stdin")
	case len(t) > 0 && t[0] == '<':
		data, err := io.ReadAll(io.LimitReader(br, maxIngestFile+1))
		if err != nil {
			return err
		}
		return r.whole(ctx, data, "html", "stdin")
	default:
		data, err := io.ReadAll(io.LimitReader(br, maxIngestFile+1))
		if err != nil {
			return err
		}
		return r.whole(ctx, data, "text", "stdin")
	}
}

func (r *ingestRun) gdeltPath(ctx context.Context, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return r.gdeltFile(ctx, &countingReader{r: f, bar: r.bar}, path)
}

func (r *ingestRun) gdeltFile(ctx context.Context, rd io.Reader, name string) error {
	n, err := r.snk.gdelt(ctx, rd, name, func(line int, msg string) {
		r.rejected++
		r.report(name, line, msg)
	})
	r.events += n
	return err
}

type countingReader struct {
	r   io.Reader
	bar *ingestBar
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.bar.bytes(int64(n))
	return n, err
}

// httpSink posts to a running geotrack.
type httpSink struct {
	base   string
	client *http.Client
}

func (h *httpSink) close() {}

func (h *httpSink) post(ctx context.Context, path, contentType string, body []byte, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.base+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", contentType)
	authorize(ctx, req)
	resp, err := h.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 256<<20))
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		var p httpx.Problem
		if json.Unmarshal(raw, &p) == nil && p.Detail != "" {
			return fmt.Errorf("%s: HTTP %d: %s", path, resp.StatusCode, p.Detail)
		}
		return fmt.Errorf("%s: HTTP %d", path, resp.StatusCode)
	}
	return json.Unmarshal(raw, v)
}

func (h *httpSink) articles(ctx context.Context, reqs []ingest.Request) ([]ingest.Result, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for i := range reqs {
		if err := enc.Encode(&reqs[i]); err != nil {
			return nil, err
		}
	}
	var out ingest.BatchResponse
	if err := h.post(ctx, "/v1/articles", "application/x-ndjson", buf.Bytes(), &out); err != nil {
		return nil, err
	}
	if len(out.Results) != len(reqs) {
		return nil, fmt.Errorf("/v1/articles answered %d results for %d articles", len(out.Results), len(reqs))
	}
	return out.Results, nil
}

// gdeltChunk is the rows sent per request.
const gdeltChunk = 5000

func (h *httpSink) gdelt(ctx context.Context, r io.Reader, file string, report func(int, string)) (int, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), gdelt.MaxLine)
	var buf bytes.Buffer
	line, first, rows, stored := 0, 1, 0, 0
	send := func() error {
		if rows == 0 {
			return nil
		}
		var out ingest.GDELTResponse
		if err := h.post(ctx, fmt.Sprintf("/v1/gdelt/events?line=%d", first), "text/tab-separated-values", buf.Bytes(), &out); err != nil {
			return err
		}
		for _, e := range out.Errors {
			report(e.Line, e.Error)
		}
		stored += out.Accepted
		buf.Reset()
		rows = 0
		return nil
	}
	for sc.Scan() {
		line++
		if rows == 0 {
			first = line
		}
		buf.Write(sc.Bytes())
		buf.WriteByte('\n')
		rows++
		if rows >= gdeltChunk {
			if err := send(); err != nil {
				return stored, err
			}
		}
	}
	if err := sc.Err(); err != nil {
		return stored, fmt.Errorf("%s:%d: %w", file, line+1, err)
	}
	return stored, send()
}

// localSink writes to the log itself (no server running).
type localSink struct {
	b   *bus.Bus
	svc *ingest.Service
}

func openLocal(ctx context.Context, data, natsURL string, near float64, env *Env) (*localSink, error) {
	b, err := bus.Open(ctx, bus.Config{URL: natsURL, DataDir: filepath.Join(data, "nats"), Name: "geotrack ingest", Logger: newLogger(env.Stderr, "warn")})
	if errors.Is(err, bus.ErrDataDirLocked) {
		return nil, fmt.Errorf("%s is in use (is geotrack run using it? then pass --server)", data)
	}
	if err != nil {
		return nil, err
	}
	svc := ingest.New(b, ingest.Options{Log: newLogger(env.Stderr, "warn"), NearThreshold: near})
	if _, err := svc.LoadIndex(ctx); err != nil {
		b.Close()
		return nil, err
	}
	return &localSink{b: b, svc: svc}, nil
}

func (l *localSink) close() { _ = l.b.Close() }

func (l *localSink) articles(ctx context.Context, reqs []ingest.Request) ([]ingest.Result, error) {
	res := l.svc.IngestBatch(ctx, reqs)
	for _, r := range res {
		if r.Status >= 500 {
			return nil, fmt.Errorf("storing articles failed: %s", r.Error.Detail)
		}
	}
	return res, nil
}

func (l *localSink) gdelt(ctx context.Context, r io.Reader, file string, report func(int, string)) (int, error) {
	stored := 0
	err := gdelt.Scan(r, 1, 2000, func(evs []events.EventCoded, bad []gdelt.RowError) error {
		for _, b := range bad {
			report(b.Line, b.Err.Error())
		}
		if err := gdelt.Publish(ctx, l.b, evs, time.Now()); err != nil {
			return err
		}
		stored += len(evs)
		return nil
	})
	if err != nil {
		return stored, fmt.Errorf("%s: %w", file, err)
	}
	return stored, nil
}

// ingestBar draws "[=====>    ] 45%  1.2k articles  830/s  ETA 12s" on a
// terminal, at most five times a second. Without a terminal (or with
// --progress never) it draws nothing.
type ingestBar struct {
	w          io.Writer
	on         bool
	total      int64
	done_      int64
	n          int
	start      time.Time
	last       time.Time
	drawnWidth int
}

func newIngestBar(env *Env, mode string, total int64) *ingestBar {
	p := &ingestBar{w: env.Stderr, total: total, start: time.Now()}
	switch mode {
	case "always":
		p.on = true
	case "never":
	default:
		if f, ok := env.Stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			p.on = true
		}
	}
	return p
}

func (p *ingestBar) bytes(n int64)  { p.done_ += n; p.draw(false) }
func (p *ingestBar) articles(n int) { p.n += n; p.draw(false) }

func (p *ingestBar) draw(force bool) {
	if !p.on {
		return
	}
	now := time.Now()
	if !force && now.Sub(p.last) < 200*time.Millisecond {
		return
	}
	p.last = now
	el := now.Sub(p.start).Seconds()
	rate := 0.0
	if el > 0 {
		rate = float64(p.n) / el
	}
	var line string
	if p.total > 0 {
		frac := min(float64(p.done_)/float64(p.total), 1)
		const width = 30
		fill := int(frac * width)
		bar := strings.Repeat("=", fill) + strings.Repeat(" ", width-fill)
		if fill < width {
			bar = bar[:fill] + ">" + bar[fill+1:]
		}
		eta := "?"
		if frac > 0 {
			eta = (time.Duration(el*(1-frac)/frac) * time.Second).Round(time.Second).String()
		}
		line = fmt.Sprintf("[%s] %3.0f%%  %d articles  %.0f/s  ETA %s", bar, frac*100, p.n, rate, eta)
	} else {
		line = fmt.Sprintf("%d articles  %.0f/s", p.n, rate)
	}
	pad := ""
	if d := p.drawnWidth - len(line); d > 0 {
		pad = strings.Repeat(" ", d)
	}
	fmt.Fprintf(p.w, "\r%s%s", line, pad)
	p.drawnWidth = len(line)
}

// clear wipes the bar so a message can be printed on its own line.
func (p *ingestBar) clear() {
	if p.on && p.drawnWidth > 0 {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.drawnWidth))
		p.drawnWidth = 0
	}
}

func (p *ingestBar) done() {
	if p.on {
		p.draw(true)
		fmt.Fprintln(p.w)
	}
}
