package cluster_test

import (
	"context"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/geotrack/geotrack/pkg/cluster"
)

func TestMain(m *testing.M) {
	code := m.Run()
	cluster.Remove()
	os.Exit(code)
}

// binaries builds (once) what the process tests run.
func binaries(t testing.TB) *cluster.Binaries {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	b, err := cluster.Build(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// startSystem runs a System for the test and, when the test fails, prints
// the end of every process's log.
func startSystem(t testing.TB, top cluster.Topology) *cluster.System {
	t.Helper()
	bin := binaries(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	sys, err := cluster.StartSystem(ctx, bin, t.TempDir(), top)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("process logs:\n%s", sys.Logs(40))
		}
		sys.Close()
	})
	return sys
}

// faultRounds is how many times each kind of service is killed:
// GEOTRACK_FAULT_ROUNDS, else 2 (soak builds: soakRounds).
func faultRounds() int {
	if n, err := strconv.Atoi(os.Getenv("GEOTRACK_FAULT_ROUNDS")); err == nil && n > 0 {
		return n
	}
	return defaultRounds
}
