package webui_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/geotrack/geotrack/pkg/webui"
)

// Two processes sharing a cache install the same lockfile at once: the one
// finishing second must keep the tree the first completed (its esbuild may
// be reading it), not delete it and move its own copy in.
func TestInstallKeepsTreeCompletedMeanwhile(t *testing.T) {
	pkg := tarball(t, map[string]string{"package/index.js": "export const x = 1;\n"})
	lock := lockfile(map[string][2]string{"node_modules/tiny": {"1.0.0", integrity(pkg)}})
	cache := t.TempDir()
	sum := sha256.Sum256(lock)
	root := filepath.Join(cache, "npm", hex.EncodeToString(sum[:8]))
	marker := filepath.Join(root, "node_modules", "tiny", "in-use-by-the-other-process")
	reg := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The other process completes its tree while this one downloads.
		if err := os.MkdirAll(filepath.Dir(marker), 0o750); err != nil {
			t.Error(err)
		}
		for _, f := range []string{marker, filepath.Join(root, ".complete")} {
			if err := os.WriteFile(f, lock, 0o640); err != nil {
				t.Error(err)
			}
		}
		_, _ = w.Write(pkg)
	}))
	defer reg.Close()
	nm, err := webui.Install(context.Background(), lock, webui.InstallOptions{CacheDir: cache, Registry: reg.URL})
	if err != nil {
		t.Fatalf("install: %v", err)
	}
	if nm != filepath.Join(root, "node_modules") {
		t.Fatalf("node_modules at %s, want under %s", nm, root)
	}
	if _, err := os.Stat(marker); err != nil {
		t.Fatalf("the tree another process completed was replaced: %v", err)
	}
}
