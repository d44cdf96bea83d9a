package cluster

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

// Binaries are the executables a cluster runs, built from the tree.
type Binaries struct {
	Dir        string // the folder holding them
	NATSServer string
	Ingest     string
	Extract    string
	Aggregate  string
}

var (
	buildOnce sync.Once
	built     *Binaries
	buildErr  error
)

// Build compiles nats-server and the service binaries into a temporary
// folder, once per process; later calls return the same result. Remove
// deletes the folder (call it from TestMain).
func Build(ctx context.Context) (*Binaries, error) {
	buildOnce.Do(func() { built, buildErr = build(ctx) })
	return built, buildErr
}

// Remove deletes what Build made.
func Remove() {
	if built != nil {
		_ = os.RemoveAll(built.Dir)
	}
}

func build(ctx context.Context) (*Binaries, error) {
	root, err := WorkspaceRoot(ctx)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "geotrack-cluster-bin-")
	if err != nil {
		return nil, fmt.Errorf("cluster: binaries dir: %w", err)
	}
	b := &Binaries{
		Dir:        dir,
		NATSServer: filepath.Join(dir, "nats-server"),
		Ingest:     filepath.Join(dir, "ingest"),
		Extract:    filepath.Join(dir, "extract"),
		Aggregate:  filepath.Join(dir, "aggregate"),
	}
	// nats-server from the pkg module, so the cluster runs the server
	// version the bus is tested against (pkg/go.mod), not whatever a
	// package manager ships.
	steps := []struct{ dir, out, pkg string }{
		{filepath.Join(root, "pkg"), b.NATSServer, "github.com/nats-io/nats-server/v2"},
		{root, b.Ingest, "./services/ingest"},
		{root, b.Extract, "./services/extract"},
		{root, b.Aggregate, "./services/aggregate"},
	}
	for _, s := range steps {
		cmd := exec.CommandContext(ctx, "go", "build", "-o", s.out, s.pkg)
		cmd.Dir = s.dir
		if out, err := cmd.CombinedOutput(); err != nil {
			_ = os.RemoveAll(dir)
			return nil, fmt.Errorf("cluster: go build %s: %w\n%s", s.pkg, err, out)
		}
	}
	return b, nil
}

// WorkspaceRoot is the folder of the go.work this package is built in.
func WorkspaceRoot(ctx context.Context) (string, error) {
	out, err := exec.CommandContext(ctx, "go", "env", "GOWORK").Output()
	if err != nil {
		return "", fmt.Errorf("cluster: go env GOWORK: %w", err)
	}
	work := strings.TrimSpace(string(out))
	if work == "" || work == "off" {
		return "", errors.New("cluster: not in a Go workspace (go env GOWORK is empty): run from the geotrack tree")
	}
	return filepath.Dir(work), nil
}
