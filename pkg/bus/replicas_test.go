package bus

import (
	"testing"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// TestAutoReplicas checks Config.Replicas 0 ("auto"): on a cluster a new
// stream is R3, an existing stream keeps its count (a tool started without
// the setting must not scale the log down), and a standalone server gets R1.
func TestAutoReplicas(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a 3-node cluster")
	}
	urls := startCluster(t)
	ctx := testCtx(t)
	nc, err := nats.Connect(urls[0])
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	// An operator made EVENTS R1 before any service ran.
	if _, err := js.CreateStream(ctx, jetstream.StreamConfig{Name: StreamEvents, Subjects: []string{SubjectEventsAll},
		Storage: jetstream.FileStorage, Replicas: 1}); err != nil {
		t.Fatal(err)
	}
	replicas := func(stream string) int {
		t.Helper()
		s, err := js.Stream(ctx, stream)
		if err != nil {
			t.Fatal(err)
		}
		return s.CachedInfo().Config.Replicas
	}
	for i := range 2 { // a second Open must change nothing
		b, err := Open(ctx, Config{URL: urls[i], Logger: testLogger(t)})
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		if r := replicas(StreamArticles); r != DefaultReplicas {
			t.Errorf("open %d: new ARTICLES stream on a cluster has %d replicas, want %d", i, r, DefaultReplicas)
		}
		if r := replicas(StreamEvents); r != 1 {
			t.Errorf("open %d: existing R1 EVENTS stream now has %d replicas, want it kept at 1", i, r)
		}
		_ = b.Close()
	}
	// An explicit count is applied to existing streams too.
	b, err := Open(ctx, Config{URL: urls[2], Replicas: 3, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	_ = b.Close()
	if r := replicas(StreamEvents); r != 3 {
		t.Errorf("EVENTS after an explicit Replicas 3: %d replicas", r)
	}

	standalone := openBus(t, t.TempDir())
	s, err := standalone.JS.Stream(ctx, StreamEvents)
	if err != nil {
		t.Fatal(err)
	}
	if r := s.CachedInfo().Config.Replicas; r != 1 {
		t.Errorf("standalone server: %d replicas, want 1", r)
	}
}
