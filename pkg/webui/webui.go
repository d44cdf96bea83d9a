package webui

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// dist is the bundle `make web` (go run ./pkg/webui/build) writes; in a
// fresh clone it holds only placeholder.txt and the page is built at run
// time instead (see doc.go).
//
//go:embed dist
var dist embed.FS

// Options configure a UI.
type Options struct {
	Log *slog.Logger
	// Dist is the built page (index.html, assets/); nil means the embedded
	// dist folder. A Dist without index.html makes the UI build the page.
	Dist fs.FS
	// CacheDir is where a run-time build and its npm packages are kept;
	// "" means DefaultCacheDir().
	CacheDir string
	// Registry is the npm registry for a run-time build ("" =
	// $npm_config_registry or DefaultRegistry).
	Registry string
	// NoBuild turns the run-time build off: without a bundle the page is
	// the how-to-build notice.
	NoBuild bool
	// BuildTimeout bounds a run-time build (default 5 minutes).
	BuildTimeout time.Duration
}

// UI serves the researcher page: GET / and GET /assets/..., no token
// needed (the page sends the user's token on its own API calls).
type UI struct {
	opt   Options
	ready chan struct{} // closed once files or failure is known
	files fs.FS
	fail  error
	once  sync.Once
}

// New prepares the page. With a bundle it is served at once; without one
// the build starts in the background on the first request (or Prepare).
func New(opt Options) *UI {
	if opt.Log == nil {
		opt.Log = slog.Default()
	}
	if opt.Dist == nil {
		sub, _ := fs.Sub(dist, "dist")
		opt.Dist = sub
	}
	if opt.CacheDir == "" {
		opt.CacheDir = DefaultCacheDir()
	}
	if opt.BuildTimeout == 0 {
		opt.BuildTimeout = 5 * time.Minute
	}
	return &UI{opt: opt, ready: make(chan struct{})}
}

// Prepare finds or builds the bundle once; later calls return at once.
// It runs in the background: the result is awaited by the page requests.
func (u *UI) Prepare() {
	u.once.Do(func() { go u.prepare() })
}

func (u *UI) prepare() {
	defer close(u.ready)
	if hasIndex(u.opt.Dist) {
		u.files = u.opt.Dist
		return
	}
	dir := filepath.Join(u.opt.CacheDir, "webui", SourceHash())
	if hasIndex(os.DirFS(dir)) {
		u.files = os.DirFS(dir)
		u.opt.Log.Info("webui: no bundle embedded; serving the one built earlier", "dir", dir)
		return
	}
	if u.opt.NoBuild {
		u.fail = errors.New("no bundle embedded and run-time build is off")
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), u.opt.BuildTimeout)
	defer cancel()
	start := time.Now()
	// Build next to the final folder and move it into place, so another
	// process building the same sources never sees half a bundle.
	res, err := u.buildInto(ctx, dir)
	if err != nil {
		u.fail = err
		u.opt.Log.Error("webui: no bundle embedded and the run-time build failed; / serves how to build it (the API is unaffected)", "err", err)
		return
	}
	u.files = os.DirFS(dir)
	u.opt.Log.Info("webui: no bundle embedded; built the page once", "dir", dir, "gzip_bytes", res.GzipBytes, "took", time.Since(start).Round(time.Millisecond))
}

func (u *UI) buildInto(ctx context.Context, dir string) (*Result, error) {
	if err := os.MkdirAll(filepath.Dir(dir), 0o750); err != nil {
		return nil, fmt.Errorf("webui: %w", err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "build-")
	if err != nil {
		return nil, fmt.Errorf("webui: %w", err)
	}
	defer os.RemoveAll(tmp)
	res, err := Build(ctx, BuildOptions{OutDir: tmp, CacheDir: u.opt.CacheDir, Registry: u.opt.Registry, Log: u.opt.Log})
	if err != nil {
		return nil, err
	}
	if err := os.Rename(tmp, dir); err != nil && !hasIndex(os.DirFS(dir)) {
		return nil, fmt.Errorf("webui: move the built page into place: %w", err)
	}
	return res, nil
}

func hasIndex(f fs.FS) bool {
	st, err := fs.Stat(f, "index.html")
	return err == nil && !st.IsDir()
}

// Ready waits until the bundle is available or known to be missing, and
// says which (error: why not).
func (u *UI) Ready(ctx context.Context) error {
	u.Prepare()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-u.ready:
		return u.fail
	}
}

// Register adds GET / , GET /assets/ and GET /ui/names.json to mux.
func (u *UI) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /{$}", u.index)
	mux.HandleFunc("GET /assets/", u.asset)
	mux.HandleFunc("GET /ui/names.json", serveNames)
}

// csp keeps the page to its own origin: no CDN, no web font, no beacon
// can be loaded even if an article's text were ever mis-rendered as markup.
// Inline styles are allowed for the chart library's tooltips.
const csp = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

func secure(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Security-Policy", csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
}

func (u *UI) wait(w http.ResponseWriter, r *http.Request) (fs.FS, bool) {
	err := u.Ready(r.Context())
	if err == nil {
		return u.files, true
	}
	if r.Context().Err() != nil {
		return nil, false
	}
	secure(w)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusServiceUnavailable)
	_ = notice.Execute(w, err.Error())
	return nil, false
}

func (u *UI) index(w http.ResponseWriter, r *http.Request) {
	files, ok := u.wait(w, r)
	if !ok {
		return
	}
	b, err := fs.ReadFile(files, "index.html")
	if err != nil {
		http.Error(w, "index.html unreadable", http.StatusInternalServerError)
		return
	}
	secure(w)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(b)
}

func (u *UI) asset(w http.ResponseWriter, r *http.Request) {
	files, ok := u.wait(w, r)
	if !ok {
		return
	}
	name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
	if !strings.HasPrefix(name, "assets/") || !fs.ValidPath(name) || strings.HasSuffix(name, ".gz") {
		http.NotFound(w, r)
		return
	}
	b, err := fs.ReadFile(files, name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	secure(w)
	switch path.Ext(name) {
	case ".js":
		h.Set("Content-Type", "text/javascript; charset=utf-8")
	case ".css":
		h.Set("Content-Type", "text/css; charset=utf-8")
	default:
		h.Set("Content-Type", "text/plain; charset=utf-8")
	}
	// Names carry a content hash: a browser may keep them for good.
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	h.Add("Vary", "Accept-Encoding")
	if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		if gz, err := fs.ReadFile(files, name+".gz"); err == nil {
			h.Set("Content-Encoding", "gzip")
			_, _ = w.Write(gz)
			return
		}
	}
	_, _ = w.Write(b)
}

// notice is the page served when there is no bundle: what happened and
// how to get the page, with the API still usable.
var notice = template.Must(template.New("notice").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>geotrack: web page not built</title>
<link rel="icon" href="data:,"></head>
<body style="font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.5">
<h1>The geotrack web page is not built</h1>
<p>This binary carries no bundle of the page, and building it here failed:</p>
<pre style="white-space:pre-wrap;background:#f4f4f4;padding:1em">{{.}}</pre>
<p>Build it where the npm registry is reachable (only Go is needed), then rebuild or restart geotrack:</p>
<pre style="background:#f4f4f4;padding:1em">make web        # or: go run ./pkg/webui/build
go run ./services/geotrack run</pre>
<p>A registry mirror can be named with <code>npm_config_registry</code>.
The HTTP API works without the page: see <a href="/v1/openapi.json">/v1/openapi.json</a>.</p>
</body></html>
`))
