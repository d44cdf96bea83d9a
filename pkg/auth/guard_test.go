package auth

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/geotrack/geotrack/pkg/httpx"
)

// testMux answers every route it has with 200 and the identity it saw.
func testMux() *http.ServeMux {
	mux := http.NewServeMux()
	ok := func(w http.ResponseWriter, r *http.Request) {
		id, _ := FromContext(r.Context())
		httpx.WriteJSON(w, http.StatusOK, map[string]string{"name": id.Name, "role": id.Role.String()})
	}
	for _, p := range []string{"GET /v1/timeline", "POST /v1/articles", "POST /v1/alerts/rules", "GET /v1/unlisted", "GET /healthz", "GET /metrics", "GET /assets/"} {
		mux.HandleFunc(p, ok)
	}
	mux.HandleFunc("/", httpx.Fallback(mux))
	return mux
}

func newGuard(t *testing.T, cfg Config, addr string) (*Guard, *bytes.Buffer) {
	t.Helper()
	var logs bytes.Buffer
	g, err := New(cfg, addr, slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return g, &logs
}

func do(t *testing.T, h http.Handler, method, path, token string) (*http.Response, httpx.Problem) {
	t.Helper()
	req := httptest.NewRequest(method, path, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	var p httpx.Problem
	if res.StatusCode >= 400 {
		body, _ := io.ReadAll(res.Body)
		if ct := res.Header.Get("Content-Type"); ct != "application/problem+json" {
			t.Errorf("%s %s: %d with Content-Type %q, want a JSON problem", method, path, res.StatusCode, ct)
		}
		if err := json.Unmarshal(body, &p); err != nil || p.Status != res.StatusCode {
			t.Errorf("%s %s: problem body %q (%v)", method, path, body, err)
		}
	}
	return res, p
}

var allTokens = Config{Tokens: []string{"read:" + tokRead, "write:" + tokWrite, "admin:" + tokAdmin}}

func TestGuardRoles(t *testing.T) {
	g, logs := newGuard(t, allTokens, "0.0.0.0:8080")
	if !g.Enabled() {
		t.Fatal("tokens given but auth is off")
	}
	h := g.Wrap(testMux())
	cases := []struct {
		method, path, token string
		want                int
	}{
		{"GET", "/v1/timeline", "", 401},
		{"GET", "/v1/timeline", "not-a-token-at-all", 401},
		{"GET", "/v1/timeline", tokRead, 200},
		{"GET", "/v1/timeline", tokAdmin, 200},
		{"POST", "/v1/articles", tokRead, 403},
		{"POST", "/v1/articles", tokWrite, 200},
		{"POST", "/v1/articles", tokAdmin, 200},
		{"POST", "/v1/alerts/rules", tokWrite, 403},
		{"POST", "/v1/alerts/rules", tokAdmin, 200},
		// A /v1/ route missing from Routes fails closed: admin only.
		{"GET", "/v1/unlisted", tokWrite, 403},
		{"GET", "/v1/unlisted", tokAdmin, 200},
		// Open: probes, metrics, static assets, the 404/405 fallback.
		{"GET", "/healthz", "", 200},
		{"GET", "/metrics", "", 200},
		{"GET", "/assets/app.js", "", 200},
		{"GET", "/v1/nothing-here", "", 404},
	}
	for _, c := range cases {
		res, p := do(t, h, c.method, c.path, c.token)
		if res.StatusCode != c.want {
			t.Errorf("%s %s token=%.5s: %d %s, want %d", c.method, c.path, c.token, res.StatusCode, p.Detail, c.want)
			continue
		}
		switch c.want {
		case 401:
			wa := res.Header.Get("WWW-Authenticate")
			if !strings.HasPrefix(wa, "Bearer") || (c.token != "") != strings.Contains(wa, "invalid_token") {
				t.Errorf("%s %s token=%.5s: WWW-Authenticate %q", c.method, c.path, c.token, wa)
			}
		case 403:
			if !strings.Contains(res.Header.Get("WWW-Authenticate"), "insufficient_scope") {
				t.Errorf("403 without insufficient_scope: %q", res.Header.Get("WWW-Authenticate"))
			}
		}
	}
	if !strings.Contains(logs.String(), "GET /v1/unlisted") || strings.Count(logs.String(), "has no role") != 1 {
		t.Errorf("an unlisted route is logged once as an error; logs:\n%s", logs)
	}
	for _, tok := range []string{tokRead, tokWrite, tokAdmin} {
		if strings.Contains(logs.String(), tok) {
			t.Fatal("a token appears in the log")
		}
	}
	// A malformed Authorization header is an invalid token, not a missing one.
	req := httptest.NewRequest("GET", "/v1/timeline", nil)
	req.Header.Set("Authorization", "Basic dXNlcjpwYXNz")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 401 || !strings.Contains(rec.Header().Get("WWW-Authenticate"), "invalid_token") {
		t.Errorf("Basic auth header: %d %q", rec.Code, rec.Header().Get("WWW-Authenticate"))
	}
}

// TestGuardKeepsPattern: the metrics wrapper outside labels requests by
// r.Pattern; it must see the route for passed and refused requests alike.
func TestGuardKeepsPattern(t *testing.T) {
	g, _ := newGuard(t, allTokens, "127.0.0.1:0")
	h := g.Wrap(testMux())
	for _, tok := range []string{tokRead, ""} {
		req := httptest.NewRequest("GET", "/v1/timeline", nil)
		if tok != "" {
			req.Header.Set("Authorization", "Bearer "+tok)
		}
		h.ServeHTTP(httptest.NewRecorder(), req)
		if req.Pattern != "GET /v1/timeline" {
			t.Errorf("token %q: r.Pattern = %q after the guard", tok, req.Pattern)
		}
	}
}

func TestGuardRateLimit(t *testing.T) {
	cfg := allTokens
	cfg.RateLimit, cfg.RateBurst = 1, 3
	g, _ := newGuard(t, cfg, "127.0.0.1:0")
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	g.now = func() time.Time { return now }
	h := g.Wrap(testMux())
	for i := range 3 {
		if res, _ := do(t, h, "GET", "/v1/timeline", tokRead); res.StatusCode != 200 {
			t.Fatalf("request %d within the burst: %d", i, res.StatusCode)
		}
	}
	res, p := do(t, h, "GET", "/v1/timeline", tokRead)
	if res.StatusCode != 429 || res.Header.Get("Retry-After") != "1" || !strings.Contains(p.Detail, "rate limit") {
		t.Fatalf("over the burst: %d Retry-After %q %q", res.StatusCode, res.Header.Get("Retry-After"), p.Detail)
	}
	// Buckets are per token: another token (same client IP) is unaffected,
	// and open routes are never limited.
	if res, _ := do(t, h, "GET", "/v1/timeline", tokAdmin); res.StatusCode != 200 {
		t.Fatalf("another token was limited: %d", res.StatusCode)
	}
	if res, _ := do(t, h, "GET", "/healthz", ""); res.StatusCode != 200 {
		t.Fatalf("/healthz was limited: %d", res.StatusCode)
	}
	// A refused request does not push the next allowed one further out.
	now = now.Add(time.Second)
	if res, _ := do(t, h, "GET", "/v1/timeline", tokRead); res.StatusCode != 200 {
		t.Fatalf("one second later: %d", res.StatusCode)
	}
	// Requests without a valid token are limited per client IP, so
	// guessing tokens gets 429s too.
	for range 3 {
		do(t, h, "GET", "/v1/timeline", "guess-0123456789abcdef")
	}
	if res, _ := do(t, h, "GET", "/v1/timeline", "guess-0123456789abcdeg"); res.StatusCode != 429 {
		t.Fatalf("token guessing from one IP: %d, want 429", res.StatusCode)
	}
}

func TestLimitersSweepIdle(t *testing.T) {
	l := newLimiters(10, 10)
	t0 := time.Now()
	for i := range 100 {
		l.allow("ip:"+string(rune('a'+i)), t0)
	}
	l.allow("ip:late", t0.Add(11*time.Minute))
	if n := l.size(); n != 1 {
		t.Fatalf("%d buckets after the idle ones expired, want 1", n)
	}
}

func TestStartupDecision(t *testing.T) {
	// Local default: off, said in exactly one warning line.
	g, logs := newGuard(t, Config{}, "127.0.0.1:8080")
	if g.Enabled() {
		t.Fatal("auth on with no tokens on loopback")
	}
	if n := strings.Count(logs.String(), "level=WARN"); n != 1 || strings.Count(logs.String(), "\n") != 1 || !strings.Contains(logs.String(), "authentication is off") {
		t.Fatalf("want one warning line, got:\n%s", logs)
	}
	for _, addr := range []string{"0.0.0.0:8080", ":8080", "[::]:8080", "192.0.2.1:8080"} {
		_, err := New(Config{}, addr, slog.New(slog.DiscardHandler))
		if !errors.Is(err, ErrNoTokens) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s without tokens: %v, want a one-line ErrNoTokens", addr, err)
		}
		g, logs := newGuard(t, Config{InsecureNoAuth: true}, addr)
		if g.Enabled() || strings.Count(logs.String(), "level=WARN") != 1 || !strings.Contains(logs.String(), "insecure-no-auth") {
			t.Errorf("%s with --insecure-no-auth: enabled=%v logs %q", addr, g.Enabled(), logs)
		}
	}
	for addr, want := range map[string]bool{"127.0.0.1:1": true, "[::1]:1": true, "localhost:1": true, "0.0.0.0:1": false, ":1": false, "10.0.0.1:1": false, "bad": false} {
		if got := Loopback(addr); got != want {
			t.Errorf("Loopback(%q) = %v, want %v", addr, got, want)
		}
	}
	if _, err := New(Config{RateLimit: -1}, "127.0.0.1:1", nil); err == nil {
		t.Error("a negative rate limit was accepted")
	}
	// A process with no API routes (extract alone) may listen anywhere
	// without tokens and says nothing; its tokens are still checked.
	var buf bytes.Buffer
	g, err := NewNoAPI(Config{}, slog.New(slog.NewTextHandler(&buf, nil)))
	if err != nil || g.Enabled() || buf.Len() != 0 {
		t.Errorf("NewNoAPI without tokens: %v enabled=%v logs %q", err, g.Enabled(), buf.String())
	}
	if _, err := NewNoAPI(Config{Tokens: []string{"read:short"}}, nil); err == nil {
		t.Error("NewNoAPI accepted a bad token")
	}
}

// Clients without a valid token are limited per IPv6 /64, not per address:
// rotating through the addresses of one /64 neither escapes the limit nor
// grows the limiter map by one bucket a request.
func TestGuardRateLimitIPv6Prefix(t *testing.T) {
	cfg := allTokens
	cfg.RateLimit, cfg.RateBurst = 1, 3
	g, _ := newGuard(t, cfg, "127.0.0.1:0")
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	g.now = func() time.Time { return now }
	h := g.Wrap(testMux())
	from := func(remote string) int {
		req := httptest.NewRequest("GET", "/v1/timeline", nil)
		req.RemoteAddr = remote
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Code
	}
	for i := 1; i <= 3; i++ {
		if code := from(fmt.Sprintf("[2001:db8:1:2::%x]:4000", i)); code != http.StatusUnauthorized {
			t.Fatalf("request %d within the burst: %d, want 401", i, code)
		}
	}
	if code := from("[2001:db8:1:2:ffff::9]:4000"); code != http.StatusTooManyRequests {
		t.Fatalf("fourth request from another address of the same /64: %d, want 429", code)
	}
	if code := from("[2001:db8:1:3::1]:4000"); code != http.StatusUnauthorized {
		t.Fatalf("another /64: %d, want 401 (its own bucket)", code)
	}
	if code := from("192.0.2.7:4000"); code != http.StatusUnauthorized {
		t.Fatalf("an IPv4 client: %d, want 401", code)
	}
	if n := g.lim.size(); n != 3 {
		t.Fatalf("%d buckets, want 3 (two /64s and one IPv4 address)", n)
	}
}
