package bus

import (
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// startCluster runs a 3-node JetStream cluster in this process (the shape of
// deploy/), each node on free ports, and returns the client URLs.
func startCluster(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	// JetStream clustering wants configured routes on every node, so the
	// cluster ports are picked first (free ports from the kernel).
	ports := make([]int, 3)
	var routes []string
	for i := range ports {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ports[i] = l.Addr().(*net.TCPAddr).Port
		l.Close()
		routes = append(routes, fmt.Sprintf("nats://127.0.0.1:%d", ports[i]))
	}
	var servers []*server.Server
	for i := range 3 {
		opts := &server.Options{
			ServerName: fmt.Sprintf("n%d", i),
			Host:       "127.0.0.1",
			Port:       server.RANDOM_PORT,
			JetStream:  true,
			StoreDir:   filepath.Join(dir, fmt.Sprintf("n%d", i)),
			NoSigs:     true,
			NoLog:      true,
			Cluster: server.ClusterOpts{
				Name: "geotrack-test",
				Host: "127.0.0.1",
				Port: ports[i],
			},
			Routes: server.RoutesFromStr(strings.Join(routes, ",")),
		}
		srv, err := server.NewServer(opts)
		if err != nil {
			t.Fatal(err)
		}
		go srv.Start()
		t.Cleanup(func() { srv.Shutdown(); srv.WaitForShutdown() })
		servers = append(servers, srv)
	}
	for i, srv := range servers {
		if !srv.ReadyForConnections(30 * time.Second) {
			t.Fatalf("node %d not ready", i)
		}
	}
	// Wait for a JetStream meta leader with all three peers.
	deadline := time.Now().Add(60 * time.Second)
	for {
		ready := 0
		for _, s := range servers {
			if s.JetStreamIsClustered() && s.JetStreamIsCurrent() {
				ready++
			}
		}
		if ready == 3 {
			for _, s := range servers {
				if s.JetStreamIsLeader() {
					var urls []string
					for _, s := range servers {
						urls = append(urls, s.ClientURL())
					}
					return urls
				}
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("no JetStream cluster within 60s")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestClusterR3ExpectNew runs the bus against a 3-node cluster with R3
// streams: there the server checks the message id before the subject
// sequence, and PublishEnvelope(ExpectNew) must still say ErrExists.
func TestClusterR3ExpectNew(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a 3-node cluster")
	}
	urls := startCluster(t)
	// Open retries while the cluster settles (stream creation needs a
	// meta leader).
	b, err := Open(testCtx(t), Config{URL: urls[0], Replicas: 3, Logger: testLogger(t)})
	if err != nil {
		t.Fatalf("Open on the cluster: %v", err)
	}
	t.Cleanup(func() { _ = b.Close() })
	if b.Embedded() || b.ClientURL() != urls[0] {
		t.Fatalf("external bus: embedded %v url %s", b.Embedded(), b.ClientURL())
	}
	s, err := b.JS.Stream(testCtx(t), StreamArticles)
	if err != nil {
		t.Fatal(err)
	}
	if r := s.CachedInfo().Config.Replicas; r != 3 {
		t.Fatalf("ARTICLES replicas = %d, want 3", r)
	}

	ctx := testCtx(t)
	subj := ArticleSubject("c1")
	env := envelope(t, "c1")
	if err := b.PublishEnvelope(ctx, subj, env, ExpectNew()); err != nil {
		t.Fatalf("first publish: %v", err)
	}
	// Same id within the window: the cluster answers "duplicate".
	if err := b.PublishEnvelope(ctx, subj, env, ExpectNew()); !errors.Is(err, ErrExists) {
		t.Fatalf("same id again: %v, want ErrExists", err)
	}
	// Why ExpectNew bypasses Watermill: the same publish through it
	// "succeeds" on a cluster (the duplicate flag is in the dropped PubAck).
	m := newWMMessage("c1", "x")
	m.Metadata.Set("Nats-Msg-Id", "c1")
	m.Metadata.Set("Nats-Expected-Last-Subject-Sequence", "0")
	if err := b.Publisher().Publish(subj, m); err != nil {
		t.Logf("the Watermill publisher now reports the refusal (%v): the direct path may no longer be needed", err)
	}
	// Another id on the same subject: the subject check answers.
	if err := b.PublishEnvelope(ctx, subj, envelope(t, "c1-other"), ExpectNew()); !errors.Is(err, ErrExists) {
		t.Fatalf("other id on the subject: %v, want ErrExists", err)
	}
	if got := lastSeq(t, b, StreamArticles); got != 1 {
		t.Fatalf("ARTICLES holds %d messages, want 1", got)
	}
	// Read works on the replicated stream too.
	publishN(t, b, SubjectEventCoded, 0, 10)
	wantSeqs(t, flatten(readAll(t, b, ReadOptions{Stream: StreamEvents, StopAtEnd: true, MaxBatch: 4})), 1, 10)
}
