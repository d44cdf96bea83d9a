package auth

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/geotrack/geotrack/pkg/httpx"
)

// Config is how a process is told about API access (flags of geotrack run
// and the service binaries).
type Config struct {
	// Tokens are ROLE:TOKEN strings (the repeatable --token flag).
	Tokens []string
	// TokensFile holds one "ROLE TOKEN [NAME]" per line (--tokens-file).
	TokensFile string
	// InsecureNoAuth lets the API run without tokens on a non-loopback
	// address. Without it, that start-up is refused.
	InsecureNoAuth bool
	// RateLimit is the sustained requests per second allowed per token
	// (per client IP when auth is off or the token is missing or wrong);
	// 0 means no limit. RateBurst is the bucket size (0 = one second's
	// worth).
	RateLimit float64
	RateBurst int
}

// ErrNoTokens is the refusal to serve the API on a non-loopback address
// with no tokens and no --insecure-no-auth.
var ErrNoTokens = errors.New("no API tokens")

// Router is what Guard protects: a handler that can also say which pattern
// a request would match (*http.ServeMux is one).
type Router interface {
	http.Handler
	Handler(r *http.Request) (h http.Handler, pattern string)
}

// Guard checks every request against the route table: open routes pass,
// /v1/ routes need a bearer token whose role allows the route, and every
// API request is rate limited per client.
type Guard struct {
	tokens  *Tokens
	enabled bool
	policy  Policy
	lim     *limiters
	log     *slog.Logger
	now     func() time.Time
	warned  sync.Map // unknown patterns, logged once each
}

// New loads the tokens of cfg and decides whether the API is guarded,
// given the HTTP listen address addr:
//
//   - tokens given: auth is on;
//   - no tokens, addr on loopback: auth is off (the local default), said in
//     one warning log line;
//   - no tokens, addr reachable from elsewhere: refused with ErrNoTokens,
//     unless cfg.InsecureNoAuth (then one warning line too).
func New(cfg Config, addr string, log *slog.Logger) (*Guard, error) {
	return build(cfg, addr, log, true)
}

// NewNoAPI is New for a process that serves no /v1/ routes (an extract
// service: probes and metrics only). Tokens are still loaded and checked,
// but no tokens on a public address is neither refused nor warned about:
// there is nothing to protect.
func NewNoAPI(cfg Config, log *slog.Logger) (*Guard, error) {
	return build(cfg, "", log, false)
}

func build(cfg Config, addr string, log *slog.Logger, api bool) (*Guard, error) {
	if log == nil {
		log = slog.Default()
	}
	toks := &Tokens{}
	for _, s := range cfg.Tokens {
		if err := toks.AddFlag(s); err != nil {
			return nil, fmt.Errorf("auth: %w", err)
		}
	}
	if cfg.TokensFile != "" {
		if err := toks.LoadFile(cfg.TokensFile); err != nil {
			return nil, fmt.Errorf("auth: %w", err)
		}
	}
	if cfg.RateLimit < 0 || math.IsNaN(cfg.RateLimit) || math.IsInf(cfg.RateLimit, 0) || cfg.RateBurst < 0 {
		return nil, fmt.Errorf("auth: rate limit %v/s burst %d: want a finite, non-negative rate", cfg.RateLimit, cfg.RateBurst)
	}
	g := &Guard{tokens: toks, policy: Routes, lim: newLimiters(cfg.RateLimit, cfg.RateBurst), log: log, now: time.Now}
	switch {
	case toks.Len() > 0:
		g.enabled = true
		if api {
			log.Info("HTTP API requires bearer tokens", "tokens", toks.Len(), "rate_limit", cfg.RateLimit)
		}
	case !api:
	case Loopback(addr):
		log.Warn("HTTP API authentication is off: no tokens and listening on loopback only; anyone on this machine can read, ingest and change alert rules (give --token or --tokens-file to turn it on)", "addr", addr)
	case cfg.InsecureNoAuth:
		log.Warn("HTTP API authentication is off on a non-loopback address (--insecure-no-auth): anyone who can reach it can read, ingest and change alert rules", "addr", addr)
	default:
		return nil, fmt.Errorf("auth: refusing to serve the HTTP API on %s without tokens: give --token ROLE:TOKEN or --tokens-file FILE, listen on 127.0.0.1, or pass --insecure-no-auth: %w", addr, ErrNoTokens)
	}
	return g, nil
}

// Enabled reports whether requests need tokens.
func (g *Guard) Enabled() bool { return g.enabled }

// Loopback reports whether a listen address (host:port) accepts only local
// connections. An empty host or 0.0.0.0 listens everywhere; a host name
// counts as loopback only if every address it resolves to is loopback.
func Loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil || host == "" {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	if ip := net.ParseIP(host); ip != nil {
		return ip.IsLoopback()
	}
	ips, err := net.LookupIP(host)
	if err != nil || len(ips) == 0 {
		return false
	}
	for _, ip := range ips {
		if !ip.IsLoopback() {
			return false
		}
	}
	return true
}

type ctxKey struct{}

// FromContext is the identity a guarded request authenticated as; ok is
// false when auth is off or the route is open.
func FromContext(ctx context.Context) (Identity, bool) {
	id, ok := ctx.Value(ctxKey{}).(Identity)
	return id, ok
}

// Wrap guards mux. Pattern lookup happens before dispatch, so the role
// check uses exactly the route the mux will run.
func (g *Guard) Wrap(mux Router) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, pattern := mux.Handler(r)
		need, known := g.policy.Need(pattern)
		if !known {
			if _, seen := g.warned.LoadOrStore(pattern, true); !seen {
				g.log.Error("API route has no role in pkg/auth Routes; only admin tokens may use it", "route", pattern)
			}
		}
		if need == None {
			mux.ServeHTTP(w, r)
			return
		}
		// The metrics wrapper outside reads r.Pattern; requests refused
		// here never reach the mux that would set it.
		r.Pattern = pattern
		var id Identity
		authed := false
		tok, present := bearer(r)
		if g.enabled && present {
			id, authed = g.tokens.Lookup(tok)
		}
		key := "ip:" + rateKey(r)
		if authed {
			key = "token:" + id.Name
		}
		if ok, wait := g.lim.allow(key, g.now()); !ok {
			secs := int(math.Ceil(wait.Seconds()))
			w.Header().Set("Retry-After", strconv.Itoa(max(1, secs)))
			httpx.WriteProblem(w, httpx.NewProblem(http.StatusTooManyRequests, "rate limit of %g requests/s (burst %d) reached; retry after %d s", float64(g.lim.limit), g.lim.burst, max(1, secs)))
			return
		}
		if !g.enabled {
			mux.ServeHTTP(w, r)
			return
		}
		if !authed {
			h := `Bearer realm="geotrack"`
			detail := "this route needs a bearer token (Authorization: Bearer TOKEN)"
			if present {
				h += `, error="invalid_token"`
				detail = "the bearer token is not valid"
			}
			w.Header().Set("WWW-Authenticate", h)
			g.log.Debug("auth: unauthenticated request", "route", pattern, "remote", clientIP(r), "token_given", present)
			httpx.WriteProblem(w, httpx.NewProblem(http.StatusUnauthorized, "%s", detail))
			return
		}
		if !id.Role.Allows(need) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="geotrack", error="insufficient_scope"`)
			g.log.Info("auth: forbidden", "route", pattern, "token", id.Name, "role", id.Role, "needs", need)
			httpx.WriteProblem(w, httpx.NewProblem(http.StatusForbidden, "token %q has role %s; %s needs %s", id.Name, id.Role, pattern, need))
			return
		}
		r2 := r.WithContext(context.WithValue(r.Context(), ctxKey{}, id))
		mux.ServeHTTP(w, r2)
		r.Pattern = r2.Pattern
	})
}

// bearer reads "Authorization: Bearer TOKEN". present is true when an
// Authorization header was sent at all, so a malformed one is answered as
// an invalid token rather than a missing one.
func bearer(r *http.Request) (tok string, present bool) {
	h := r.Header.Get("Authorization")
	if h == "" {
		return "", false
	}
	scheme, rest, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", true
	}
	return strings.TrimSpace(rest), true
}

// rateKey is the client a request without a valid token is limited as:
// its IP, or for IPv6 its /64. One host commonly holds a whole /64, and
// keyed by address it could take a fresh bucket (and a fresh entry in the
// limiter map) with every request.
func rateKey(r *http.Request) string {
	ip := clientIP(r)
	if a, err := netip.ParseAddr(ip); err == nil && a.Is6() && !a.Is4In6() {
		if p, err := a.Prefix(64); err == nil {
			return p.String()
		}
	}
	return ip
}

// clientIP is the peer address. X-Forwarded-For is not trusted: any
// client can set it, and trusting it would let one evade its limit.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
