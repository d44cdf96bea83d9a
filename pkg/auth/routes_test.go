package auth_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/geotrack/geotrack/pkg/app"
	"github.com/geotrack/geotrack/pkg/auth"
	"github.com/geotrack/geotrack/pkg/httpx"
)

var routeLiteral = regexp.MustCompile(`"((?:GET|POST|PUT|DELETE|PATCH|HEAD) /v1[^"]*)"`)

// TestEveryRouteHasARole reads the source of pkg/: every "METHOD /v1/..."
// pattern literal is a route some package registers, and each must be in
// auth.Routes; every entry of auth.Routes must still be registered. A new
// route added without a role fails here (and is admin-only at run time).
func TestEveryRouteHasARole(t *testing.T) {
	found := map[string]string{}
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || strings.HasPrefix(path, filepath.Join("..", "auth")) {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range routeLiteral.FindAllSubmatch(src, -1) {
			found[string(m[1])] = path
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(found) < 10 {
		t.Fatalf("found only %d route patterns in the source; is the scan broken?", len(found))
	}
	for p, file := range found {
		if _, ok := auth.Routes[p]; !ok {
			t.Errorf("%s registers %q, which has no role in auth.Routes", file, p)
		}
	}
	for p := range auth.Routes {
		if _, ok := found[p]; !ok {
			t.Errorf("auth.Routes has %q, which no package registers any more", p)
		}
	}
}

const (
	tokRead  = "read-token-0123456789abcdef"
	tokWrite = "write-token-0123456789abcdef"
	tokAdmin = "admin-token-0123456789abcdef"
)

// syncBuffer is a log sink the server's goroutines may share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func startGuarded(t *testing.T, cfg auth.Config) (*app.App, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	a, err := app.Start(context.Background(), app.Config{DataDir: t.TempDir(), Addr: "127.0.0.1:0", Auth: cfg,
		Log: slog.New(slog.NewTextHandler(logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Close() })
	return a, logs
}

// call sends one request and returns its status and problem (for 4xx).
// Streams answer 200 and stay open: the status line is all that is read.
func call(t *testing.T, method, url, token, contentType string, body []byte) (int, httpx.Problem, http.Header) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer res.Body.Close()
	var p httpx.Problem
	if res.StatusCode >= 400 {
		raw, _ := io.ReadAll(res.Body)
		if res.Header.Get("Content-Type") != "application/problem+json" || json.Unmarshal(raw, &p) != nil {
			t.Errorf("%s %s: %d is not a JSON problem: %q", method, url, res.StatusCode, raw)
		}
	}
	return res.StatusCode, p, res.Header
}

func concrete(path string) string {
	return regexp.MustCompile(`\{[a-z]+\}`).ReplaceAllString(path, "x1")
}

// TestAPIAccessByRole walks the route table against the real server (all
// services): no token is 401, a token whose role is too weak is 403, and
// the right role gets through (whatever the route then answers).
func TestAPIAccessByRole(t *testing.T) {
	a, logs := startGuarded(t, auth.Config{Tokens: []string{"read:" + tokRead, "write:" + tokWrite, "admin:" + tokAdmin}})
	roles := []struct {
		role  auth.Role
		token string
	}{{auth.Read, tokRead}, {auth.Write, tokWrite}, {auth.Admin, tokAdmin}}
	for pattern, need := range auth.Routes {
		method, path, _ := strings.Cut(pattern, " ")
		url := a.URL() + concrete(path)
		if code, p, h := call(t, method, url, "", "", nil); code != 401 || !strings.HasPrefix(h.Get("WWW-Authenticate"), "Bearer") {
			t.Errorf("%s without a token: %d %q", pattern, code, p.Detail)
		}
		if code, _, _ := call(t, method, url, "wrong-token-0123456789abcdef", "", nil); code != 401 {
			t.Errorf("%s with a wrong token: %d", pattern, code)
		}
		for _, r := range roles {
			code, p, _ := call(t, method, url, r.token, "", nil)
			switch {
			case !r.role.Allows(need) && code != 403:
				t.Errorf("%s with a %s token: %d, want 403 (needs %s)", pattern, r.role, code, need)
			case r.role.Allows(need) && (code == 401 || code == 403 || code >= 500):
				t.Errorf("%s with a %s token: %d %q, want it let through", pattern, r.role, code, p.Detail)
			}
		}
	}
	// The open routes stay open.
	for _, p := range []string{"/healthz", "/readyz", "/metrics"} {
		if code, _, _ := call(t, "GET", a.URL()+p, "", "", nil); code != 200 {
			t.Errorf("GET %s without a token: %d", p, code)
		}
	}

	// The OpenAPI document's operations are all reachable with the role
	// the table gives them; an operation whose route is missing from the
	// table would need admin and show up as a 403 for read.
	var doc struct {
		Paths map[string]map[string]json.RawMessage `json:"paths"`
	}
	res, err := func() (*http.Response, error) {
		req, _ := http.NewRequest("GET", a.URL()+"/v1/openapi.json", nil)
		req.Header.Set("Authorization", "Bearer "+tokRead)
		return http.DefaultClient.Do(req)
	}()
	if err != nil {
		t.Fatal(err)
	}
	err = json.NewDecoder(res.Body).Decode(&doc)
	res.Body.Close()
	if err != nil || len(doc.Paths) == 0 {
		t.Fatalf("openapi.json: %v", err)
	}
	for path, ops := range doc.Paths {
		for op := range ops {
			method := strings.ToUpper(op)
			if !slices.Contains([]string{"GET", "POST", "PUT", "DELETE", "PATCH"}, method) {
				continue
			}
			need, ok := auth.Routes[method+" "+path]
			if !ok {
				t.Errorf("OpenAPI operation %s %s has no role in auth.Routes", method, path)
				continue
			}
			tok := map[auth.Role]string{auth.Read: tokRead, auth.Write: tokWrite, auth.Admin: tokAdmin}[need]
			if code, p, _ := call(t, method, a.URL()+concrete(path), tok, "", nil); code == 401 || code == 403 || code >= 500 {
				t.Errorf("OpenAPI %s %s with a %s token: %d %q", method, path, need, code, p.Detail)
			}
		}
	}
	if strings.Contains(logs.String(), "has no role") {
		t.Errorf("the server met a route without a role:\n%s", logs)
	}
	for _, tok := range []string{tokRead, tokWrite, tokAdmin} {
		if strings.Contains(logs.String(), tok) {
			t.Fatal("a token appears in the server log")
		}
	}
}

// TestBodyLimitsOnEveryWrite: every POST and PUT route refuses a body over
// its limit with 413 (checked with an admin token, past the guard).
func TestBodyLimitsOnEveryWrite(t *testing.T) {
	a, _ := startGuarded(t, auth.Config{Tokens: []string{"admin:" + tokAdmin}})
	limits := map[string]struct {
		contentType string
		limit       int
	}{
		"POST /v1/articles":         {"application/json", 1 << 20},
		"POST /v1/gdelt/events":     {"text/tab-separated-values", 32 << 20},
		"POST /v1/feeds":            {"application/json", 64 << 10},
		"POST /v1/alerts/rules":     {"application/json", 64 << 10},
		"PUT /v1/alerts/rules/{id}": {"application/json", 64 << 10},
	}
	// Routes that take no body (the handler never reads one).
	bodiless := []string{"POST /v1/alerts/deliveries/{id}/redeliver"}
	for pattern := range auth.Routes {
		method, path, _ := strings.Cut(pattern, " ")
		if method != "POST" && method != "PUT" && method != "PATCH" || slices.Contains(bodiless, pattern) {
			continue
		}
		l, ok := limits[pattern]
		if !ok {
			t.Errorf("%s takes a body: add its limit to this test", pattern)
			continue
		}
		body := bytes.Repeat([]byte("a"), l.limit+1)
		if code, p, _ := call(t, method, a.URL()+concrete(path), tokAdmin, l.contentType, body); code != http.StatusRequestEntityTooLarge {
			t.Errorf("%s with %d bytes: %d %q, want 413", pattern, len(body), code, p.Detail)
		}
	}
	// The NDJSON batch form of /v1/articles has the batch limit.
	body := bytes.Repeat([]byte("a"), 32<<20+1)
	if code, _, _ := call(t, "POST", a.URL()+"/v1/articles", tokAdmin, "application/x-ndjson", body); code != 413 {
		t.Errorf("NDJSON batch over 32 MiB: %d, want 413", code)
	}
}

// TestStartupRefusedWithoutTokens: a public listen address with no tokens
// is refused before anything is opened; --insecure-no-auth overrides.
func TestStartupRefusedWithoutTokens(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	_, err := app.Start(context.Background(), app.Config{DataDir: dir, Addr: "0.0.0.0:0", Log: slog.New(slog.DiscardHandler)})
	if !errors.Is(err, auth.ErrNoTokens) || !strings.Contains(err.Error(), "--insecure-no-auth") {
		t.Fatalf("0.0.0.0 without tokens: %v", err)
	}
	if _, serr := os.Stat(dir); !os.IsNotExist(serr) {
		t.Errorf("the refused start-up created %s", dir)
	}
	logs := &syncBuffer{}
	a, err := app.Start(context.Background(), app.Config{DataDir: dir, Addr: "0.0.0.0:0", Services: []string{app.Aggregate},
		Auth: auth.Config{InsecureNoAuth: true}, Log: slog.New(slog.NewTextHandler(logs, nil))})
	if err != nil {
		t.Fatalf("with InsecureNoAuth: %v", err)
	}
	defer a.Close()
	if n := strings.Count(logs.String(), "authentication is off"); n != 1 {
		t.Errorf("%d warnings that authentication is off, want 1:\n%s", n, logs)
	}
}
