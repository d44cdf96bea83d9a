package webui_test

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/geotrack/geotrack/pkg/webui"
)

// tarball is an npm-style package tarball (files under package/).
func tarball(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for name, body := range files {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(tw, body); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func integrity(b []byte) string {
	sum := sha512.Sum512(b)
	return "sha512-" + base64.StdEncoding.EncodeToString(sum[:])
}

func lockfile(pkgs map[string][2]string) []byte {
	var parts []string
	parts = append(parts, `"": {"name": "x", "dependencies": {}}`)
	for path, vi := range pkgs {
		parts = append(parts, fmt.Sprintf(`%q: {"version": %q, "integrity": %q}`, path, vi[0], vi[1]))
	}
	return []byte(`{"name": "x", "lockfileVersion": 3, "requires": true, "packages": {` + strings.Join(parts, ",") + `}}`)
}

// A registry (a real HTTP server) serving two packages, one scoped, at the
// conventional tarball paths: Install lays out node_modules from a lockfile
// without "resolved" URLs, and refuses a tarball whose sha512 differs from
// the lockfile's, unpacking nothing.
func TestInstallVerifiesIntegrity(t *testing.T) {
	good := tarball(t, map[string]string{"package/package.json": `{"name":"tiny"}`, "package/lib/index.js": "export const x = 1;\n"})
	scoped := tarball(t, map[string]string{"package/index.js": "export default 2;\n"})
	served := map[string][]byte{"/tiny/-/tiny-1.0.0.tgz": good, "/@geo/s/-/s-2.0.0.tgz": scoped}
	var hits int
	reg := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits++
		b, ok := served[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		_, _ = w.Write(b)
	}))
	defer reg.Close()
	ctx := context.Background()

	cache := t.TempDir()
	lock := lockfile(map[string][2]string{"node_modules/tiny": {"1.0.0", integrity(good)}, "node_modules/@geo/s": {"2.0.0", integrity(scoped)}})
	nm, err := webui.Install(ctx, lock, webui.InstallOptions{CacheDir: cache, Registry: reg.URL})
	if err != nil {
		t.Fatalf("install: %v", err)
	}
	for _, f := range []string{"tiny/lib/index.js", "@geo/s/index.js"} {
		if _, err := os.Stat(filepath.Join(nm, f)); err != nil {
			t.Errorf("%s not unpacked: %v", f, err)
		}
	}
	before := hits
	if _, err := webui.Install(ctx, lock, webui.InstallOptions{CacheDir: cache, Registry: reg.URL}); err != nil || hits != before {
		t.Errorf("second install of the same lockfile: err %v, %d downloads (want the cached tree)", err, hits-before)
	}

	// Same package, tampered: the lockfile's integrity no longer matches.
	served["/tiny/-/tiny-1.0.0.tgz"] = tarball(t, map[string]string{"package/lib/index.js": "evil();\n"})
	cache2 := t.TempDir()
	_, err = webui.Install(ctx, lockfile(map[string][2]string{"node_modules/tiny": {"1.0.0", integrity(good)}}), webui.InstallOptions{CacheDir: cache2, Registry: reg.URL})
	if !errors.Is(err, webui.ErrIntegrity) {
		t.Fatalf("tampered tarball: err %v, want ErrIntegrity", err)
	}
	var unpacked []string
	_ = filepath.Walk(cache2, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			unpacked = append(unpacked, p)
		}
		return nil
	})
	if len(unpacked) > 0 {
		t.Errorf("files left after a rejected tarball: %v", unpacked)
	}

	// A tarball whose paths leave the package is refused even with the
	// right hash.
	evil := tarball(t, map[string]string{"package/../../escape.js": "x"})
	served["/tiny/-/tiny-1.0.0.tgz"] = evil
	_, err = webui.Install(ctx, lockfile(map[string][2]string{"node_modules/tiny": {"1.0.0", integrity(evil)}}), webui.InstallOptions{CacheDir: t.TempDir(), Registry: reg.URL})
	if err == nil || !strings.Contains(err.Error(), "leaves the package") {
		t.Errorf("path escape: err %v", err)
	}
}

func TestVerifyIntegrity(t *testing.T) {
	b := []byte("data")
	if err := webui.VerifyIntegrity(b, integrity(b)); err != nil {
		t.Errorf("good hash: %v", err)
	}
	if err := webui.VerifyIntegrity(b, "sha1-"+base64.StdEncoding.EncodeToString([]byte("01234567890123456789"))); !errors.Is(err, webui.ErrIntegrity) {
		t.Errorf("sha1 only: %v, want ErrIntegrity", err)
	}
	if err := webui.VerifyIntegrity([]byte("other"), integrity(b)); !errors.Is(err, webui.ErrIntegrity) {
		t.Errorf("wrong data: %v, want ErrIntegrity", err)
	}
}

func TestTarballURL(t *testing.T) {
	reg := "https://registry.example/"
	for _, c := range []struct {
		p    webui.LockedPackage
		want string
	}{
		{webui.LockedPackage{Path: "node_modules/echarts", Version: "6.1.0"}, "https://registry.example/echarts/-/echarts-6.1.0.tgz"},
		{webui.LockedPackage{Path: "node_modules/a/node_modules/@s/b", Version: "1.2.3"}, "https://registry.example/@s/b/-/b-1.2.3.tgz"},
		{webui.LockedPackage{Path: "node_modules/x", Version: "1.0.0", Resolved: "https://mirror.example/x.tgz"}, "https://mirror.example/x.tgz"},
	} {
		if got := webui.TarballURL(reg, c.p); got != c.want {
			t.Errorf("%s: %s, want %s", c.p.Path, got, c.want)
		}
	}
}

// registryReachable says whether the npm registry the build would use
// answers; the real-fetch tests need it.
func registryReachable() (string, bool) {
	reg := os.Getenv("npm_config_registry")
	if reg == "" {
		reg = webui.DefaultRegistry
	}
	c := &http.Client{Timeout: 10 * time.Second}
	resp, err := c.Get(strings.TrimSuffix(reg, "/") + "/tslib")
	if err != nil {
		return reg, false
	}
	resp.Body.Close()
	return reg, resp.StatusCode == http.StatusOK
}

var hashedAsset = regexp.MustCompile(`^assets/main-[A-Z0-9]{8}\.(js|css)$`)

// The real build: packages of the committed lockfile fetched from the npm
// registry into an empty cache, bundled by esbuild. It yields index.html
// naming content-hashed assets, and the first view stays under 500 KB
// gzipped.
func TestBuildFromRegistry(t *testing.T) {
	reg, ok := registryReachable()
	if !ok {
		t.Skipf("npm registry %s not reachable: the real fetch cannot run here (the install logic is tested against a local registry)", reg)
	}
	out := t.TempDir()
	res, err := webui.Build(context.Background(), webui.BuildOptions{OutDir: out, CacheDir: t.TempDir()})
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	var js, css string
	for _, f := range res.Files {
		if hashedAsset.MatchString(f) {
			if strings.HasSuffix(f, ".js") {
				js = f
			} else {
				css = f
			}
		}
	}
	if js == "" || css == "" {
		t.Fatalf("no hashed js and css among %v", res.Files)
	}
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{js, css} {
		if !bytes.Contains(index, []byte(`"/`+f+`"`)) {
			t.Errorf("index.html does not name %s", f)
		}
		if _, err := os.Stat(filepath.Join(out, f+".gz")); err != nil {
			t.Errorf("no gzip twin of %s", f)
		}
	}
	t.Logf("first view: %.1f KB gzipped (%v)", float64(res.GzipBytes)/1024, res.Files)
	if res.GzipBytes >= 500<<10 {
		t.Errorf("first view is %d bytes gzipped, over the 500 KB budget", res.GzipBytes)
	}
	// Bundled third-party code must not reach out: no http(s) URL of a
	// CDN or font host is loaded by the page (links in license text and
	// XML namespaces are not loads).
	bundle, _ := os.ReadFile(filepath.Join(out, js))
	for _, host := range []string{"fonts.googleapis", "cdn.jsdelivr", "unpkg.com", "cdnjs"} {
		if bytes.Contains(bundle, []byte(host)) {
			t.Errorf("bundle mentions %s", host)
		}
	}
}

// Without a bundle and without a registry, / says how to build the page
// (503), assets 503 too, and the names the page uses are still served.
func TestFallbackPageWithoutBundle(t *testing.T) {
	ui := webui.New(webui.Options{Dist: fstest.MapFS{"placeholder.txt": {Data: []byte("x")}}, CacheDir: t.TempDir(), Registry: "http://127.0.0.1:1/"})
	mux := http.NewServeMux()
	ui.Register(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("/ without bundle: %d, want 503", resp.StatusCode)
	}
	for _, want := range []string{"not built", "make web", "go run ./pkg/webui/build", "/v1/openapi.json", "127.0.0.1:1"} {
		if !bytes.Contains(body, []byte(want)) {
			t.Errorf("fallback page lacks %q:\n%s", want, body)
		}
	}
	if err := ui.Ready(context.Background()); err == nil {
		t.Error("Ready: no error without bundle and registry")
	}
	resp, err = http.Get(srv.URL + "/ui/names.json")
	if err != nil {
		t.Fatal(err)
	}
	names, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !bytes.Contains(names, []byte(`"KAZ":{"en":"Kazakhstan","ar":"كازاخستان"}`)) {
		t.Errorf("names.json: %d %.200s", resp.StatusCode, names)
	}
}

// A given bundle is served as is: index.html with its security headers,
// hashed assets as immutable, gzip when the browser accepts it, and no
// path outside assets/.
func TestServesBundle(t *testing.T) {
	js := "console.log(1);"
	dist := fstest.MapFS{
		"index.html":              {Data: []byte(`<!doctype html><script src="/assets/main-AAAAAAAA.js"></script>`)},
		"assets/main-AAAAAAAA.js": {Data: []byte(js)},
		"assets/main-AAAAAAAA.js.gz": {Data: func() []byte {
			var b bytes.Buffer
			zw := gzip.NewWriter(&b)
			_, _ = zw.Write([]byte(js))
			_ = zw.Close()
			return b.Bytes()
		}()},
	}
	ui := webui.New(webui.Options{Dist: dist, NoBuild: true})
	mux := http.NewServeMux()
	ui.Register(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(resp.Header.Get("Content-Security-Policy"), "connect-src 'self'") {
		t.Errorf("/: %d csp %q", resp.StatusCode, resp.Header.Get("Content-Security-Policy"))
	}
	// Go's client asks for gzip and decodes it transparently.
	resp, err = http.Get(srv.URL + "/assets/main-AAAAAAAA.js")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(b) != js || !resp.Uncompressed || !strings.Contains(resp.Header.Get("Cache-Control"), "immutable") {
		t.Errorf("asset: %q uncompressed-by-client %v cache %q", b, resp.Uncompressed, resp.Header.Get("Cache-Control"))
	}
	for _, p := range []string{"/assets/main-AAAAAAAA.js.gz", "/assets/../index.html", "/assets/nope.js"} {
		resp, err := http.Get(srv.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotFound && !(p == "/assets/../index.html" && resp.StatusCode == 200 && resp.Request.URL.Path == "/") {
			t.Errorf("%s: %d", p, resp.StatusCode)
		}
	}
}
