package webui

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// The page's own sources and the lockfile of its npm dependencies. They are
// embedded so that a binary can build its page at run time without the
// source tree (see doc.go).
//
//go:embed web package.json package-lock.json
var sources embed.FS

// Lockfile is the embedded package-lock.json.
func Lockfile() []byte {
	b, _ := sources.ReadFile("package-lock.json")
	return b
}

// SourceHash identifies the page's sources and lockfile: a bundle built
// from them is reused from the cache while it is unchanged.
func SourceHash() string {
	h := sha256.New()
	_ = fs.WalkDir(sources, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := sources.ReadFile(p)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s %d\n", p, len(b))
		h.Write(b)
		return nil
	})
	fmt.Fprintf(h, "esbuild %s\n", esbuildVersion)
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// esbuildVersion is the pinned esbuild (pkg/go.mod); part of SourceHash so
// a new bundler rebuilds the cached page.
const esbuildVersion = "v0.28.2"

// BuildOptions configure Build.
type BuildOptions struct {
	// OutDir receives index.html and assets/ (hashed names). Files of an
	// earlier build there are replaced; other files are kept.
	OutDir string
	// CacheDir, Registry, Client: see InstallOptions.
	CacheDir string
	Registry string
	Client   *http.Client
	Log      *slog.Logger
}

// Result lists what Build wrote, relative to OutDir.
type Result struct {
	Files []string
	// GzipBytes is the gzipped size of index.html and the JS and CSS
	// bundles: what a browser downloads for the first view.
	GzipBytes int
}

// DefaultCacheDir is os.UserCacheDir()/geotrack, or a temp folder when
// the user has no cache dir.
func DefaultCacheDir() string {
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "geotrack")
	}
	return filepath.Join(os.TempDir(), "geotrack-cache")
}

// Build installs the npm packages of the lockfile (verified, cached) and
// bundles the page with esbuild into OutDir: index.html plus
// assets/main-<hash>.js and .css (with .gz twins the server sends to
// browsers that accept gzip) and the bundled packages' license texts.
func Build(ctx context.Context, opt BuildOptions) (*Result, error) {
	if opt.OutDir == "" {
		return nil, errors.New("webui: build: no output dir")
	}
	if opt.CacheDir == "" {
		opt.CacheDir = DefaultCacheDir()
	}
	if opt.Log == nil {
		opt.Log = slog.Default()
	}
	nm, err := Install(ctx, Lockfile(), InstallOptions{CacheDir: opt.CacheDir, Registry: opt.Registry, Client: opt.Client, Log: opt.Log})
	if err != nil {
		return nil, err
	}
	// esbuild reads files from disk: lay the embedded sources out in a
	// work folder next to the cache.
	work, err := os.MkdirTemp(opt.CacheDir, "webui-src-")
	if err != nil {
		return nil, fmt.Errorf("webui: build: %w", err)
	}
	defer os.RemoveAll(work)
	if err := os.CopyFS(work, sources); err != nil {
		return nil, fmt.Errorf("webui: build: copy sources: %w", err)
	}
	res := api.Build(api.BuildOptions{
		EntryPoints:       []string{filepath.Join(work, "web", "main.ts")},
		AbsWorkingDir:     work,
		NodePaths:         []string{nm},
		Bundle:            true,
		Write:             false,
		Outdir:            filepath.Join(work, "out", "assets"),
		EntryNames:        "[name]-[hash]",
		AssetNames:        "[name]-[hash]",
		MinifyWhitespace:  true,
		MinifyIdentifiers: true,
		MinifySyntax:      true,
		Format:            api.FormatESModule,
		Target:            api.ES2020,
		Platform:          api.PlatformBrowser,
		Charset:           api.CharsetUTF8,
		LegalComments:     api.LegalCommentsLinked,
		TreeShaking:       api.TreeShakingTrue,
		LogLevel:          api.LogLevelSilent,
	})
	if len(res.Errors) > 0 {
		msgs := api.FormatMessages(res.Errors, api.FormatMessagesOptions{Kind: api.ErrorMessage})
		return nil, fmt.Errorf("webui: esbuild: %s", strings.Join(msgs, "\n"))
	}
	outRoot := filepath.Join(work, "out")
	files := map[string][]byte{}
	var js, css string
	for _, f := range res.OutputFiles {
		rel, err := filepath.Rel(outRoot, f.Path)
		if err != nil || !filepath.IsLocal(rel) {
			return nil, fmt.Errorf("webui: esbuild wrote outside its folder: %s", f.Path)
		}
		rel = filepath.ToSlash(rel)
		files[rel] = f.Contents
		switch path.Ext(rel) {
		case ".js":
			js = rel
		case ".css":
			css = rel
		}
	}
	if js == "" {
		return nil, errors.New("webui: esbuild produced no script")
	}
	tmpl, err := sources.ReadFile("web/index.html")
	if err != nil {
		return nil, err
	}
	head := fmt.Sprintf(`<script type="module" src="/%s"></script>`, js)
	if css != "" {
		head += fmt.Sprintf("\n<link rel=\"stylesheet\" href=\"/%s\">", css)
	}
	if !bytes.Contains(tmpl, []byte("<!--assets-->")) {
		return nil, errors.New("webui: web/index.html has no <!--assets--> marker")
	}
	files["index.html"] = bytes.Replace(tmpl, []byte("<!--assets-->"), []byte(head), 1)

	result := &Result{}
	for _, name := range []string{"index.html", js, css} {
		if name == "" {
			continue
		}
		gz := gzipBytes(files[name])
		result.GzipBytes += len(gz)
		if name != "index.html" {
			files[name+".gz"] = gz
		}
	}
	// Replace the previous build: index.html and assets/ are ours.
	if err := os.MkdirAll(opt.OutDir, 0o750); err != nil {
		return nil, fmt.Errorf("webui: build: %w", err)
	}
	if err := os.RemoveAll(filepath.Join(opt.OutDir, "assets")); err != nil {
		return nil, fmt.Errorf("webui: build: %w", err)
	}
	// index.html last: a build cut short never names missing assets.
	names := make([]string, 0, len(files))
	for name := range files {
		if name != "index.html" {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range append(names, "index.html") {
		b := files[name]
		dst := filepath.Join(opt.OutDir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(dst), 0o750); err != nil {
			return nil, fmt.Errorf("webui: build: %w", err)
		}
		if err := os.WriteFile(dst, b, 0o640); err != nil {
			return nil, fmt.Errorf("webui: build: %w", err)
		}
		result.Files = append(result.Files, name)
	}
	sort.Strings(result.Files)
	return result, nil
}

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	_, _ = zw.Write(b)
	_ = zw.Close()
	return buf.Bytes()
}
