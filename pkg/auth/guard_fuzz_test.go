package auth

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/geotrack/geotrack/pkg/httpx"
)

// FuzzGuard sends arbitrary methods, paths and Authorization headers
// through the guard: a /v1/ route is reached only with a token whose role
// allows it, every refusal is a JSON problem, and nothing panics or 5xxs.
func FuzzGuard(f *testing.F) {
	g, err := New(allTokens, "127.0.0.1:0", slog.New(slog.DiscardHandler))
	if err != nil {
		f.Fatal(err)
	}
	h := g.Wrap(testMux())
	for _, s := range []struct{ method, path, header string }{
		{"GET", "/v1/timeline", "Bearer " + tokRead},
		{"POST", "/v1/articles", "Bearer " + tokRead},
		{"POST", "/v1/alerts/rules", "bearer  " + tokAdmin + " "},
		{"GET", "/v1/unlisted", "Bearer " + tokWrite},
		{"GET", "/healthz", ""},
		{"HEAD", "/v1/timeline", "Basic " + tokRead},
		{"GET", "/v1/../v1/timeline", "Bearer"},
		{"GET", "//v1/timeline", "Bearer " + tokAdmin},
	} {
		f.Add(s.method, s.path, s.header)
	}
	roles := map[string]Role{tokRead: Read, tokWrite: Write, tokAdmin: Admin}
	f.Fuzz(func(t *testing.T, method, path, header string) {
		req, err := http.NewRequest(method, "http://geotrack.test/", nil)
		if err != nil || !strings.HasPrefix(path, "/") {
			return
		}
		req.URL.Path = path
		req.Header.Set("Authorization", header)
		if strings.ContainsAny(header, "\r\n\x00") {
			return // not a header a client can send
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		_, pattern := testMux().Handler(req)
		need, _ := Routes.Need(pattern)
		tok, _ := bearer(req)
		have := roles[tok]
		switch {
		case rec.Code >= 500:
			t.Fatalf("%s %s: %d", method, path, rec.Code)
		case rec.Code == 401 || rec.Code == 403:
			var p httpx.Problem
			if json.Unmarshal(rec.Body.Bytes(), &p) != nil || p.Status != rec.Code || rec.Header().Get("WWW-Authenticate") == "" {
				t.Fatalf("%s %s: %d without a problem body or WWW-Authenticate", method, path, rec.Code)
			}
		case rec.Code == 200 && need != None && !have.Allows(need):
			t.Fatalf("%s %s (%s, needs %s) reached with role %s", method, path, pattern, need, have)
		}
	})
}
