package cli_test

import (
	"context"
	"strings"
	"testing"

	"github.com/geotrack/geotrack/pkg/app"
)

func TestAlertsAddListRm(t *testing.T) {
	a, err := app.Start(context.Background(), app.Config{DataDir: t.TempDir(), Addr: "127.0.0.1:0", Services: []string{app.Aggregate}, AllowPrivate: true})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	srv := "--server=" + a.URL()
	code, out, errs := run(t, "", "alerts", "add", srv, "--id", "kaz-mil", "--actor", "KAZ", "--cameo", "15", "--webhook", "http://127.0.0.1:9/hook")
	if code != 0 || !strings.HasPrefix(out, "kaz-mil\nwebhook secret (shown once): whsec_") {
		t.Fatalf("add: exit %d, %q %q", code, out, errs)
	}
	code, out, errs = run(t, "", "alerts", "add", srv, "--trigger", "count", "--count", "3", "--window", "7", "--dyad", "CHN-KAZ", "--quad", "4")
	if code != 0 {
		t.Fatalf("add count: exit %d, %q", code, errs)
	}
	code, out, _ = run(t, "", "alerts", "list", srv)
	if code != 0 || !strings.Contains(out, "kaz-mil") || !strings.Contains(out, "count>=3/7d") || strings.Contains(out, "whsec_") {
		t.Fatalf("list: exit %d\n%s", code, out)
	}
	code, _, errs = run(t, "", "alerts", "add", srv, "--actor", "ATLANTIS")
	if code != 1 || !strings.Contains(errs, "filter.actor") {
		t.Fatalf("bad actor: exit %d, %q", code, errs)
	}
	if code, _, errs = run(t, "", "alerts", "rm", srv, "kaz-mil"); code != 0 {
		t.Fatalf("rm: exit %d %q", code, errs)
	}
	code, out, _ = run(t, "", "alerts", "list", srv)
	if code != 0 || strings.Contains(out, "kaz-mil") {
		t.Fatalf("after rm: %s", out)
	}
	if code, _, errs = run(t, "", "alerts", "rm", srv, "kaz-mil"); code != 1 || !strings.Contains(errs, "no rule") {
		t.Fatalf("rm again: exit %d %q", code, errs)
	}
}
