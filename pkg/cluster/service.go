package cluster

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Service kinds: the binaries under services/.
const (
	Ingest    = "ingest"
	Extract   = "extract"
	Aggregate = "aggregate"
)

// Service is one service process. Its HTTP address and data folder stay the
// same across restarts, as behind a load balancer with a persistent volume.
type Service struct {
	Kind string
	Name string // unique in the cluster, e.g. "extract-1"
	Addr string // host:port of its HTTP listener
	Dir  string // --data
	proc *proc
}

// StartService starts a service binary against natsURL (all nodes, comma
// separated) with --data dir/<name> and a free loopback HTTP port, and waits
// until it answers /readyz. extra flags are appended (e.g. --no-checkpoints).
func StartService(ctx context.Context, bin *Binaries, kind, name, dir, natsURL string, extra ...string) (*Service, error) {
	var path string
	switch kind {
	case Ingest:
		path = bin.Ingest
	case Extract:
		path = bin.Extract
	case Aggregate:
		path = bin.Aggregate
	default:
		return nil, fmt.Errorf("cluster: unknown service kind %q", kind)
	}
	ports, err := freePorts(1)
	if err != nil {
		return nil, err
	}
	s := &Service{Kind: kind, Name: name, Addr: fmt.Sprintf("127.0.0.1:%d", ports[0]), Dir: filepath.Join(dir, name)}
	if err := os.MkdirAll(s.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("cluster: %w", err)
	}
	// No per-client rate limit: the harness is one loopback client standing
	// for many behind a load balancer. No API tokens: loopback, where the
	// services allow that (deploy/ shows the token setup).
	args := append([]string{"--nats-url", natsURL, "--data", s.Dir, "--addr", s.Addr, "--log-level", "info",
		"--rate-limit", "0"}, extra...)
	s.proc = &proc{name: name, path: path, args: args, logPath: filepath.Join(dir, name+".log")}
	if err := s.Restart(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// URL is the service's base HTTP URL.
func (s *Service) URL() string { return "http://" + s.Addr }

// Running reports whether the process is up.
func (s *Service) Running() bool { return s.proc.running() }

// PID is the process id of the current run.
func (s *Service) PID() int { return s.proc.pid() }

// Kill is kill -9: no shutdown code runs, in-flight work is cut off.
func (s *Service) Kill() error { return s.proc.kill() }

// Stop is a clean shutdown (SIGTERM) and waits for the exit.
func (s *Service) Stop() error { return s.proc.stop() }

// Restart starts the process again (or for the first time) with the same
// flags and waits until it is ready.
func (s *Service) Restart(ctx context.Context) error {
	if err := s.proc.start(); err != nil {
		return err
	}
	return s.WaitReady(ctx)
}

// WaitReady waits until /readyz answers 200.
func (s *Service) WaitReady(ctx context.Context) error {
	return poll(ctx, s.Name+" ready", 60*time.Second, func() error {
		if !s.proc.running() {
			return fmt.Errorf("%s exited: %v\n%s", s.Name, s.proc.exitErr(), s.LogTail(30))
		}
		code, err := getJSON(ctx, s.URL()+"/readyz", nil)
		if err != nil || code != http.StatusOK {
			return errNotYet
		}
		return nil
	})
}

// LogTail is the end of the service's log (stderr and stdout).
func (s *Service) LogTail(lines int) string { return s.proc.logTail(lines) }

// Metric reads one sample of the service's /metrics: the first line whose
// name and labels start with series (e.g. "geotrack_projector_checkpoint_seq").
func (s *Service) Metric(ctx context.Context, series string) (float64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.URL()+"/metrics", nil)
	if err != nil {
		return 0, err
	}
	resp, err := httpClient.Do(req)
	if err != nil {
		return 0, fmt.Errorf("cluster: %s metrics: %w", s.Name, err)
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, series) {
			continue
		}
		rest := line[len(series):]
		if rest == "" || (rest[0] != ' ' && rest[0] != '{') {
			continue // a longer metric name with the same prefix
		}
		f := strings.Fields(line)
		return strconv.ParseFloat(f[len(f)-1], 64)
	}
	if err := sc.Err(); err != nil {
		return 0, fmt.Errorf("cluster: %s metrics: %w", s.Name, err)
	}
	return 0, fmt.Errorf("cluster: %s has no metric %s", s.Name, series)
}

// AppliedSeq is the last EVENTS sequence an aggregate has projected (its
// checkpoint, stored with the data).
func (s *Service) AppliedSeq(ctx context.Context) (uint64, error) {
	v, err := s.Metric(ctx, "geotrack_projector_checkpoint_seq")
	return uint64(v), err
}

// ErrNoArticle is returned by ArticleEvents for an article the aggregate
// does not know (404).
var ErrNoArticle = errors.New("no such article")

// ArticleEvents is the number of events an aggregate serves for an article
// (GET /v1/articles/{id}).
func (s *Service) ArticleEvents(ctx context.Context, id string) (int, error) {
	var ans struct {
		Events []struct {
			ID string `json:"id"`
		} `json:"events"`
	}
	code, err := getJSON(ctx, s.URL()+"/v1/articles/"+id, &ans)
	switch {
	case code == http.StatusNotFound:
		return 0, fmt.Errorf("cluster: %s article %s: %w", s.Name, id, ErrNoArticle)
	case err != nil:
		return 0, fmt.Errorf("cluster: %s article %s: %w", s.Name, id, err)
	case code != http.StatusOK:
		return 0, fmt.Errorf("cluster: %s article %s: HTTP %d", s.Name, id, code)
	}
	seen := map[string]bool{}
	for _, e := range ans.Events {
		if seen[e.ID] {
			return 0, fmt.Errorf("cluster: %s article %s: event %s listed twice", s.Name, id, e.ID)
		}
		seen[e.ID] = true
	}
	return len(ans.Events), nil
}
