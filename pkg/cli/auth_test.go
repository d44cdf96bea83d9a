package cli_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geotrack/geotrack/pkg/app"
	"github.com/geotrack/geotrack/pkg/auth"
	"github.com/geotrack/geotrack/pkg/cli"
)

func runEnv(t *testing.T, env map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return env[k] }}
	code = cli.Run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

// TestClientSendsToken: the API client commands send --token or
// $GEOTRACK_TOKEN as a bearer token, and a refusal is one clear line.
func TestClientSendsToken(t *testing.T) {
	const read, admin = "read-token-0123456789abcdef", "admin-token-0123456789abcdef"
	a, err := app.Start(context.Background(), app.Config{DataDir: t.TempDir(), Addr: "127.0.0.1:0", Services: []string{app.Aggregate},
		Auth: auth.Config{Tokens: []string{"read:" + read, "admin:" + admin}}})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	srv := "--server=" + a.URL()
	code, _, errs := runEnv(t, nil, "alerts", "list", srv)
	if code != 1 || !strings.Contains(errs, "needs a bearer token") || strings.Count(errs, "\n") != 1 {
		t.Fatalf("no token: exit %d %q", code, errs)
	}
	if code, _, errs = runEnv(t, nil, "alerts", "list", srv, "--token", read); code != 0 {
		t.Fatalf("--token read: exit %d %q", code, errs)
	}
	env := map[string]string{"GEOTRACK_TOKEN": read}
	if code, _, errs = runEnv(t, env, "query", "actors", srv); code != 0 {
		t.Fatalf("GEOTRACK_TOKEN read, query: exit %d %q", code, errs)
	}
	if _, _, help := runEnv(t, env, "query", "actors", "-h"); strings.Contains(help, read) {
		t.Fatal("query -h shows the token from GEOTRACK_TOKEN")
	}
	code, _, errs = runEnv(t, env, "alerts", "add", srv, "--actor", "KAZ")
	if code != 1 || !strings.Contains(errs, "has role read") {
		t.Fatalf("read token adding a rule: exit %d %q", code, errs)
	}
	if code, _, errs = runEnv(t, env, "alerts", "add", srv, "--actor", "KAZ", "--token", admin); code != 0 {
		t.Fatalf("--token admin overrides GEOTRACK_TOKEN: exit %d %q", code, errs)
	}
}

// TestServerAuthFlags: the start-up refusals of run are one line each.
func TestServerAuthFlags(t *testing.T) {
	dir := t.TempDir()
	code, _, errs := runEnv(t, nil, "run", "--data", filepath.Join(dir, "d1"), "--addr", "0.0.0.0:0")
	if code != 1 || !strings.Contains(errs, "--insecure-no-auth") || strings.Count(errs, "\n") != 1 {
		t.Fatalf("0.0.0.0 without tokens: exit %d %q", code, errs)
	}
	bad := filepath.Join(dir, "tokens")
	if err := os.WriteFile(bad, []byte("# tokens\nreader abcdefghijklmnopqrstuvwxyz\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errs = runEnv(t, nil, "run", "--data", filepath.Join(dir, "d2"), "--tokens-file", bad)
	if code != 1 || !strings.Contains(errs, "line 2: unknown role") || strings.Contains(errs, "abcdefghij") || strings.Count(errs, "\n") != 1 {
		t.Fatalf("bad tokens file: exit %d %q", code, errs)
	}
	code, _, errs = runEnv(t, nil, "run", "--data", filepath.Join(dir, "d3"), "--token", "read:short")
	if code != 1 || !strings.Contains(errs, "at least 16") {
		t.Fatalf("short --token: exit %d %q", code, errs)
	}
	code, _, errs = runEnv(t, nil, "run", "--data", filepath.Join(dir, "d4"), "--nats-user", "u")
	if code != 1 || !strings.Contains(errs, "--nats-url") {
		t.Fatalf("NATS credentials with the embedded server: exit %d %q", code, errs)
	}
	// A password in the environment is used but never shown by -h.
	env := map[string]string{"GEOTRACK_NATS_PASSWORD": "env-secret-password"}
	code, _, errs = runEnv(t, env, "run", "--data", filepath.Join(dir, "d5"))
	if code != 1 || !strings.Contains(errs, "needs a user") {
		t.Fatalf("GEOTRACK_NATS_PASSWORD without a user: exit %d %q", code, errs)
	}
	if _, _, help := runEnv(t, env, "run", "-h"); strings.Contains(help, "env-secret-password") || !strings.Contains(help, "nats-password") {
		t.Fatalf("run -h shows the NATS password from the environment:\n%s", help)
	}
}
