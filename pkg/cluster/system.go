package cluster

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/extract"
	"github.com/nats-io/nats.go/jetstream"
)

// Topology is how many processes of each service a System runs.
type Topology struct {
	NATS, Ingest, Extract, Aggregate int
}

// DefaultTopology is the one of docker-compose.yml and deploy/k8s: three
// NATS nodes, two ingest, two extract, two aggregate.
var DefaultTopology = Topology{NATS: 3, Ingest: 2, Extract: 2, Aggregate: 2}

// System is geotrack as separate processes on a NATS cluster, plus a bus
// connection of its own for the checks (stream state, rebuilds).
type System struct {
	NATS      *NATSCluster
	Ingest    []*Service
	Extract   []*Service
	Aggregate []*Service
	// Bus is the harness's own connection to the cluster. It is opened
	// after the services, which create the streams; with Replicas 0 it
	// keeps the replica counts they chose.
	Bus *bus.Bus

	bin *Binaries
	dir string
}

// StartSystem starts the NATS cluster and the services under dir. The
// first aggregate signs audit checkpoints; the others run with
// --no-checkpoints (one checkpointer per deployment).
func StartSystem(ctx context.Context, bin *Binaries, dir string, top Topology) (*System, error) {
	if top.NATS == 0 {
		top.NATS = 3
	}
	nc, err := StartNATS(ctx, bin, dir, top.NATS)
	if err != nil {
		return nil, err
	}
	s := &System{NATS: nc, bin: bin, dir: dir}
	ok := false
	defer func() {
		if !ok {
			s.Close()
		}
	}()
	for i := range top.Aggregate {
		var extra []string
		if i > 0 {
			extra = []string{"--no-checkpoints"}
		}
		if _, err := s.AddService(ctx, Aggregate, extra...); err != nil {
			return nil, err
		}
	}
	for range top.Extract {
		if _, err := s.AddService(ctx, Extract); err != nil {
			return nil, err
		}
	}
	for range top.Ingest {
		if _, err := s.AddService(ctx, Ingest); err != nil {
			return nil, err
		}
	}
	s.Bus, err = bus.Open(ctx, bus.Config{URL: nc.URL(), Name: "geotrack cluster harness",
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		return nil, fmt.Errorf("cluster: harness bus: %w", err)
	}
	ok = true
	return s, nil
}

// AddService starts one more process of a kind, named <kind>-<n>.
func (s *System) AddService(ctx context.Context, kind string, extra ...string) (*Service, error) {
	list := s.list(kind)
	if list == nil {
		return nil, fmt.Errorf("cluster: unknown service kind %q", kind)
	}
	svc, err := StartService(ctx, s.bin, kind, fmt.Sprintf("%s-%d", kind, len(*list)), s.dir, s.NATS.URL(), extra...)
	if err != nil {
		return nil, err
	}
	*list = append(*list, svc)
	return svc, nil
}

func (s *System) list(kind string) *[]*Service {
	switch kind {
	case Ingest:
		return &s.Ingest
	case Extract:
		return &s.Extract
	case Aggregate:
		return &s.Aggregate
	}
	return nil
}

// IngestURLs are the base URLs of the ingest instances (a load balancer's
// backends).
func (s *System) IngestURLs() []string {
	var urls []string
	for _, svc := range s.Ingest {
		urls = append(urls, svc.URL())
	}
	return urls
}

// Services is every service process.
func (s *System) Services() []*Service {
	return append(append(append([]*Service(nil), s.Ingest...), s.Extract...), s.Aggregate...)
}

// Close stops the services (SIGTERM), then kills the NATS nodes.
func (s *System) Close() {
	if s.Bus != nil {
		_ = s.Bus.Close()
	}
	for _, svc := range s.Services() {
		_ = svc.Stop()
	}
	s.NATS.Close()
}

// Logs is the tail of every process's log, for a failed test.
func (s *System) Logs(lines int) string {
	var sb strings.Builder
	for _, n := range s.NATS.Nodes {
		fmt.Fprintf(&sb, "--- nats %s\n%s\n", n.Name, n.LogTail(lines))
	}
	for _, svc := range s.Services() {
		fmt.Fprintf(&sb, "--- %s\n%s\n", svc.Name, svc.LogTail(lines))
	}
	return sb.String()
}

// requestTimeout bounds each JetStream API request of the harness. While a
// node goes away a request can go unanswered (measured: a stream info
// request waited out its 10-minute context after a kill -9), so each one
// gets its own short deadline and is tried again.
const requestTimeout = 5 * time.Second

// LastSeq is the last sequence of a stream, tried again for up to 30 s
// while the cluster elects a leader.
func (s *System) LastSeq(ctx context.Context, stream string) (uint64, error) {
	var seq uint64
	var last error
	err := poll(ctx, stream+" last sequence", 30*time.Second, func() error {
		rctx, cancel := context.WithTimeout(ctx, requestTimeout)
		defer cancel()
		seq, last = s.Bus.LastSeq(rctx, stream)
		if last != nil {
			return errNotYet
		}
		return nil
	})
	if err != nil && last != nil {
		err = fmt.Errorf("%w (last error: %w)", err, last)
	}
	return seq, err
}

// StreamInfo is a stream's state and cluster placement, tried again for up
// to 30 s.
func (s *System) StreamInfo(ctx context.Context, stream string) (*jetstream.StreamInfo, error) {
	var info *jetstream.StreamInfo
	var last error
	err := poll(ctx, stream+" info", 30*time.Second, func() error {
		rctx, cancel := context.WithTimeout(ctx, requestTimeout)
		defer cancel()
		st, err := s.Bus.JS.Stream(rctx, stream)
		if err != nil {
			last = err
			return errNotYet
		}
		info = st.CachedInfo()
		return nil
	})
	if err != nil && last != nil {
		err = fmt.Errorf("%w (last error: %w)", err, last)
	}
	return info, err
}

// ExtractDone reports whether the shared extract consumer has settled
// (acked, possibly after poisoning) every ARTICLES message up to seq.
func (s *System) ExtractDone(ctx context.Context, seq uint64) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, requestTimeout)
	defer cancel()
	c, err := s.Bus.JS.Consumer(ctx, bus.StreamArticles, extract.Durable)
	if errors.Is(err, jetstream.ErrConsumerNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	info, err := c.Info(ctx)
	if err != nil {
		return false, err
	}
	// The ack floor is the highest sequence below which everything is
	// acked; a filtered consumer's floor can stop short of the stream's
	// last message (a subject it does not read), hence the second test.
	return info.AckFloor.Stream >= seq || (info.NumPending == 0 && info.NumAckPending == 0 && info.Delivered.Stream >= seq), nil
}

// ExtractAckFloor is the ARTICLES sequence up to which the shared extract
// consumer has acked everything (0 before it exists).
func (s *System) ExtractAckFloor(ctx context.Context) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, requestTimeout)
	defer cancel()
	c, err := s.Bus.JS.Consumer(ctx, bus.StreamArticles, extract.Durable)
	if errors.Is(err, jetstream.ErrConsumerNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	info, err := c.Info(ctx)
	if err != nil {
		return 0, err
	}
	return info.AckFloor.Stream, nil
}

// WaitCaughtUp waits until every ARTICLES message up to articlesSeq is
// settled by extract and every running aggregate has projected all events
// in EVENTS at that moment. It returns when that happened.
func (s *System) WaitCaughtUp(ctx context.Context, articlesSeq uint64, limit time.Duration) (time.Time, error) {
	err := poll(ctx, "extract to settle ARTICLES", limit, func() error {
		ok, err := s.ExtractDone(ctx, articlesSeq)
		if err != nil || !ok {
			return errNotYet // transient while a NATS node is away
		}
		return nil
	})
	if err != nil {
		return time.Time{}, err
	}
	events, err := s.LastSeq(ctx, bus.StreamEvents)
	if err != nil {
		return time.Time{}, err
	}
	err = poll(ctx, "aggregates to project EVENTS", limit, func() error {
		for _, a := range s.Aggregate {
			if !a.Running() {
				continue
			}
			seq, err := a.AppliedSeq(ctx)
			if err != nil || seq < events {
				return errNotYet
			}
		}
		return nil
	})
	return time.Now(), err
}
