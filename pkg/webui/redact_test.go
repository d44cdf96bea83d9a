package webui_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/geotrack/geotrack/pkg/webui"
)

// A registry mirror URL may carry credentials (https://user:TOKEN@mirror/).
// A failed run-time build is shown to anyone who opens / (no token needed)
// and logged, so its error must not repeat the password.
func TestRegistryPasswordNotShown(t *testing.T) {
	const secret = "s3cret-registry-pass"
	notFound := httptest.NewServer(http.NotFoundHandler())
	defer notFound.Close()
	wrongHash := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write(tarball(t, map[string]string{"package/index.js": "x"}))
	}))
	defer wrongHash.Close()
	withCreds := func(base string) string { return strings.Replace(base, "http://", "http://mirror-user:"+secret+"@", 1) }
	lock := lockfile(map[string][2]string{"node_modules/tiny": {"1.0.0", integrity([]byte("other"))}})
	for _, reg := range []string{notFound.URL, wrongHash.URL} {
		_, err := webui.Install(context.Background(), lock, webui.InstallOptions{CacheDir: t.TempDir(), Registry: withCreds(reg)})
		if err == nil || strings.Contains(err.Error(), secret) {
			t.Errorf("install error shows the registry password: %v", err)
		}
	}

	ui := webui.New(webui.Options{Dist: fstest.MapFS{"placeholder.txt": {Data: []byte("x")}}, CacheDir: t.TempDir(), Registry: withCreds(notFound.URL)})
	mux := http.NewServeMux()
	ui.Register(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	res, err := http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusServiceUnavailable || strings.Contains(string(body), secret) {
		t.Fatalf("/ without bundle: %d, password shown: %v\n%s", res.StatusCode, strings.Contains(string(body), secret), body)
	}
}
