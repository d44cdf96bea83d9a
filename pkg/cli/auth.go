package cli

import (
	"context"
	"flag"
	"net/http"
	"strconv"
	"strings"

	"github.com/geotrack/geotrack/pkg/auth"
	"github.com/geotrack/geotrack/pkg/bus"
)

// securityFlags are the server side of access control: API tokens, rate
// limits and the NATS credentials and TLS files (shared by run, demo and
// the service binaries through serverFlags).
type securityFlags struct {
	tokens         tokenFlags
	tokensFile     string
	insecureNoAuth bool
	rateLimit      float64
	rateBurst      int
	nats           bus.Auth
	env            *Env
}

// tokenFlags collects the repeatable --token ROLE:TOKEN. String never shows
// the tokens (flag prints defaults with it).
type tokenFlags []string

func (t *tokenFlags) String() string     { return "" }
func (t *tokenFlags) Set(s string) error { *t = append(*t, s); return nil }

func (s *securityFlags) bind(env *Env, fs interface {
	StringVar(*string, string, string, string)
	IntVar(*int, string, int, string)
	BoolVar(*bool, string, bool, string)
	Float64Var(*float64, string, float64, string)
	Var(flag.Value, string, string)
}) {
	fs.Var(&s.tokens, "token", "API token as ROLE:TOKEN (role read, write or admin; repeatable); prefer --tokens-file, since flags show in ps")
	fs.StringVar(&s.tokensFile, "tokens-file", envOr(env, "GEOTRACK_TOKENS_FILE", ""), "file of API tokens, one 'ROLE TOKEN [NAME]' per line, # comments (env GEOTRACK_TOKENS_FILE)")
	fs.BoolVar(&s.insecureNoAuth, "insecure-no-auth", envOr(env, "GEOTRACK_INSECURE_NO_AUTH", "") == "1", "serve the API without tokens on a non-loopback address (env GEOTRACK_INSECURE_NO_AUTH=1)")
	fs.Float64Var(&s.rateLimit, "rate-limit", envFloat(env, "GEOTRACK_RATE_LIMIT", 50), "API requests per second per token (per client IP without one); 0 = no limit (env GEOTRACK_RATE_LIMIT)")
	fs.IntVar(&s.rateBurst, "rate-burst", 100, "API requests a client may send at once before --rate-limit applies")
	fs.StringVar(&s.nats.User, "nats-user", envOr(env, "GEOTRACK_NATS_USER", ""), "NATS user (env GEOTRACK_NATS_USER)")
	// Secrets get no flag default from the environment: flag defaults are
	// printed by -h. natsAuth reads the environment instead.
	s.env = env
	fs.StringVar(&s.nats.Password, "nats-password", "", "NATS password; prefer the env GEOTRACK_NATS_PASSWORD")
	fs.StringVar(&s.nats.Token, "nats-token", "", "NATS token; prefer the env GEOTRACK_NATS_TOKEN")
	fs.StringVar(&s.nats.NKeySeedFile, "nats-nkey", envOr(env, "GEOTRACK_NATS_NKEY", ""), "NATS nkey seed file (env GEOTRACK_NATS_NKEY)")
	fs.StringVar(&s.nats.CredsFile, "nats-creds", envOr(env, "GEOTRACK_NATS_CREDS", ""), "NATS credentials file, JWT and seed (env GEOTRACK_NATS_CREDS)")
	fs.StringVar(&s.nats.TLSCAFile, "nats-tls-ca", envOr(env, "GEOTRACK_NATS_TLS_CA", ""), "CA file to verify the NATS server's certificate (env GEOTRACK_NATS_TLS_CA)")
	fs.StringVar(&s.nats.TLSCertFile, "nats-tls-cert", envOr(env, "GEOTRACK_NATS_TLS_CERT", ""), "client certificate for NATS mutual TLS (env GEOTRACK_NATS_TLS_CERT)")
	fs.StringVar(&s.nats.TLSKeyFile, "nats-tls-key", envOr(env, "GEOTRACK_NATS_TLS_KEY", ""), "client key for NATS mutual TLS (env GEOTRACK_NATS_TLS_KEY)")
}

func (s *securityFlags) auth() auth.Config {
	return auth.Config{Tokens: s.tokens, TokensFile: s.tokensFile, InsecureNoAuth: s.insecureNoAuth, RateLimit: s.rateLimit, RateBurst: s.rateBurst}
}

// natsAuth is the NATS credentials and TLS files, secrets from the
// environment when not given as flags.
func (s *securityFlags) natsAuth() bus.Auth {
	a := s.nats
	if a.Password == "" && s.env != nil {
		a.Password = s.env.Getenv("GEOTRACK_NATS_PASSWORD")
	}
	if a.Token == "" && s.env != nil {
		a.Token = s.env.Getenv("GEOTRACK_NATS_TOKEN")
	}
	return a
}

// writeToken is a token given by --token that may post articles (demo
// posts its samples with it); "" when none was given that way.
func (s *securityFlags) writeToken() string {
	for _, t := range s.tokens {
		role, tok, _ := strings.Cut(t, ":")
		if r, err := auth.ParseRole(role); err == nil && r.Allows(auth.Write) {
			return tok
		}
	}
	return ""
}

func envFloat(env *Env, key string, def float64) float64 {
	if v := env.Getenv(key); v != "" {
		if f, err := strconv.ParseFloat(v, 64); err == nil {
			return f
		}
	}
	return def
}

// clientToken adds --token to a command that calls a running geotrack's
// API. The returned func, called after parsing, is the bearer token to
// send: --token, else $GEOTRACK_TOKEN (not a flag default, which -h would
// print).
func clientToken(env *Env, fs *flag.FlagSet) func() string {
	tok := fs.String("token", "", "API bearer token for --server (env GEOTRACK_TOKEN; not needed when the server runs without tokens)")
	return func() string {
		if *tok != "" {
			return *tok
		}
		return env.Getenv("GEOTRACK_TOKEN")
	}
}

type tokenKey struct{}

// withToken carries the API token of a command to apiCall and the other
// HTTP clients of this package, so their signatures stay as they were.
func withToken(ctx context.Context, token string) context.Context {
	if token == "" {
		return ctx
	}
	return context.WithValue(ctx, tokenKey{}, token)
}

// authorize sets the bearer token of ctx, if any, on req.
func authorize(ctx context.Context, req *http.Request) {
	if tok, _ := ctx.Value(tokenKey{}).(string); tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
}
