package bus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/geotrack/geotrack/events"
)

// testLogger shows warnings and errors in the test output.
func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))
}

// openBus starts an embedded bus in dir and closes it at the end of the test.
func openBus(t testing.TB, dir string, mod ...func(*Config)) *Bus {
	t.Helper()
	cfg := Config{DataDir: dir, Logger: testLogger(t), Name: t.Name()}
	for _, m := range mod {
		m(&cfg)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	b, err := Open(ctx, cfg)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := b.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return b
}

// connectBus opens a second Bus on the server of b (external URL mode).
func connectBus(t testing.TB, b *Bus) *Bus {
	t.Helper()
	return openBus(t, "", func(c *Config) { c.URL = b.ClientURL() })
}

func testCtx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func envelope(t testing.TB, id string) events.Envelope {
	t.Helper()
	env, err := events.NewEnvelope(events.TypeEventCoded, id, "test", time.Date(2022, 1, 10, 0, 0, 0, 0, time.UTC),
		map[string]string{"id": id})
	if err != nil {
		t.Fatal(err)
	}
	return env
}

func publishN(t testing.TB, b *Bus, subject string, from, n int) {
	t.Helper()
	ctx := testCtx(t)
	for i := from; i < from+n; i++ {
		if err := b.PublishEnvelope(ctx, subject, envelope(t, fmt.Sprintf("ev-%04d", i))); err != nil {
			t.Fatalf("publish %d: %v", i, err)
		}
	}
}

func lastSeq(t testing.TB, b *Bus, stream string) uint64 {
	t.Helper()
	seq, err := b.LastSeq(testCtx(t), stream)
	if err != nil {
		t.Fatal(err)
	}
	return seq
}

func TestReopenKeepsMessages(t *testing.T) {
	dir := t.TempDir()
	ctx := testCtx(t)
	b, err := Open(ctx, Config{DataDir: dir, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	publishN(t, b, SubjectEventCoded, 0, 3)
	if err := b.PublishEnvelope(ctx, ArticleSubject("a1"), envelope(t, "a1")); err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := b.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}

	b2 := openBus(t, dir)
	if got := lastSeq(t, b2, StreamEvents); got != 3 {
		t.Fatalf("EVENTS last seq after reopen = %d, want 3", got)
	}
	if got := lastSeq(t, b2, StreamArticles); got != 1 {
		t.Fatalf("ARTICLES last seq after reopen = %d, want 1", got)
	}
	m, err := b2.GetMsg(ctx, StreamEvents, 2)
	if err != nil {
		t.Fatal(err)
	}
	env, err := events.DecodeEnvelope(m.Data)
	if err != nil {
		t.Fatal(err)
	}
	if env.ID != "ev-0001" || m.Subject != SubjectEventCoded || m.Seq != 2 {
		t.Fatalf("message 2 = %s %s seq %d, want ev-0001 on %s seq 2", env.ID, m.Subject, m.Seq, SubjectEventCoded)
	}
	if m.Header.Get("Nats-Msg-Id") != "ev-0001" || m.Header.Get(HeaderType) != events.TypeEventCoded {
		t.Fatalf("headers = %v", m.Header)
	}
	if _, err := b2.GetMsg(ctx, StreamEvents, 99); !errors.Is(err, ErrMsgNotFound) {
		t.Fatalf("GetMsg(99) error = %v, want ErrMsgNotFound", err)
	}
	art, err := b2.LastMsgForSubject(ctx, StreamArticles, ArticleSubject("a1"))
	if err != nil || art.Seq != 1 {
		t.Fatalf("LastMsgForSubject = %+v, %v", art, err)
	}
}

func TestTwoEmbeddedInstances(t *testing.T) {
	var wg sync.WaitGroup
	buses := make([]*Bus, 2)
	for i := range buses {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			b, err := Open(ctx, Config{DataDir: filepath.Join(t.TempDir(), "nats"), Logger: testLogger(t)})
			if err != nil {
				t.Errorf("Open %d: %v", i, err)
				return
			}
			buses[i] = b
		}()
	}
	wg.Wait()
	for _, b := range buses {
		if b != nil {
			t.Cleanup(func() { _ = b.Close() })
		}
	}
	if t.Failed() {
		return
	}
	if buses[0].ClientURL() == buses[1].ClientURL() {
		t.Fatalf("both servers on %s", buses[0].ClientURL())
	}
	if !buses[0].Embedded() || !buses[1].Embedded() {
		t.Fatal("Embedded() = false for embedded buses")
	}
	publishN(t, buses[0], SubjectEventCoded, 0, 5)
	publishN(t, buses[1], SubjectEventCoded, 0, 2)
	if a, b := lastSeq(t, buses[0], StreamEvents), lastSeq(t, buses[1], StreamEvents); a != 5 || b != 2 {
		t.Fatalf("last seqs = %d, %d, want 5, 2 (separate stores)", a, b)
	}
}

func TestEnsureStreamsIdempotentAndUpdates(t *testing.T) {
	dir := t.TempDir()
	ctx := testCtx(t)
	b, err := Open(ctx, Config{DataDir: dir, Logger: testLogger(t), DuplicateWindow: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	publishN(t, b, SubjectEventCoded, 0, 4)
	for range 2 {
		if err := b.EnsureStreams(ctx); err != nil {
			t.Fatalf("EnsureStreams again: %v", err)
		}
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}

	// Reopening with another duplicate window updates the stream in place.
	b2 := openBus(t, dir, func(c *Config) { c.DuplicateWindow = 3 * time.Minute })
	if got := lastSeq(t, b2, StreamEvents); got != 4 {
		t.Fatalf("EVENTS last seq after config update = %d, want 4", got)
	}
	got := streamNames(t, b2)
	if len(got) != 5 {
		t.Fatalf("streams = %v, want exactly the 5 of the bus", got)
	}
	for _, name := range []string{StreamArticles, StreamEvents, StreamAlerts, StreamPoison, StreamAudit} {
		s, err := b2.JS.Stream(ctx, name)
		if err != nil {
			t.Fatal(err)
		}
		c := s.CachedInfo().Config
		if c.Storage != jetstream.FileStorage || c.MaxAge != 0 || c.Duplicates != 3*time.Minute || c.Replicas != 1 {
			t.Errorf("%s config: storage %v max age %v duplicates %v replicas %d", name, c.Storage, c.MaxAge, c.Duplicates, c.Replicas)
		}
	}
	ev, _ := b2.JS.Stream(ctx, StreamEvents)
	if err := ev.DeleteMsg(ctx, 1); err == nil {
		t.Error("deleting a message from EVENTS succeeded; the log must be append-only")
	}
}

func TestPublishEnvelopeDedupByID(t *testing.T) {
	b := openBus(t, t.TempDir())
	ctx := testCtx(t)
	env := envelope(t, "same-id")
	for range 3 {
		if err := b.PublishEnvelope(ctx, SubjectEventCoded, env); err != nil {
			t.Fatal(err)
		}
	}
	if got := lastSeq(t, b, StreamEvents); got != 1 {
		t.Fatalf("3 publishes of one id stored %d messages, want 1", got)
	}
	if err := b.PublishEnvelope(ctx, SubjectEventCoded, envelope(t, "other-id")); err != nil {
		t.Fatal(err)
	}
	if got := lastSeq(t, b, StreamEvents); got != 2 {
		t.Fatalf("a new id stored %d messages in all, want 2", got)
	}
	if err := b.PublishEnvelope(ctx, SubjectEventCoded, events.Envelope{}); err == nil {
		t.Fatal("publishing an envelope without id succeeded")
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := b.PublishEnvelope(cancelled, SubjectEventCoded, envelope(t, "x")); !errors.Is(err, context.Canceled) {
		t.Fatalf("publish with cancelled ctx: %v", err)
	}
}

func TestPublishExpectNew(t *testing.T) {
	// A short duplicate window shows ExpectNew does not depend on it.
	const window = 200 * time.Millisecond
	b := openBus(t, t.TempDir(), func(c *Config) { c.DuplicateWindow = window })
	ctx := testCtx(t)
	subj := ArticleSubject("art-1")
	env := envelope(t, "art-1")

	if err := b.PublishEnvelope(ctx, subj, env, ExpectNew()); err != nil {
		t.Fatalf("first ExpectNew publish: %v", err)
	}
	// Within the window: the server checks the subject before the id.
	if err := b.PublishEnvelope(ctx, subj, env, ExpectNew()); !errors.Is(err, ErrExists) {
		t.Fatalf("second ExpectNew publish within the window: %v, want ErrExists", err)
	}
	time.Sleep(3 * window) // let the duplicate window pass
	if err := b.PublishEnvelope(ctx, subj, env, ExpectNew()); !errors.Is(err, ErrExists) {
		t.Fatalf("ExpectNew publish after the window: %v, want ErrExists", err)
	}
	// Without ExpectNew, after the window the same id is stored again:
	// that is why ingest needs ExpectNew.
	if err := b.PublishEnvelope(ctx, subj, env); err != nil {
		t.Fatal(err)
	}
	if got := lastSeq(t, b, StreamArticles); got != 2 {
		t.Fatalf("ARTICLES last seq = %d, want 2", got)
	}

	// Many publishers on separate connections race for one new subject:
	// exactly one wins.
	other := connectBus(t, b)
	subj2 := ArticleSubject("art-2")
	var wg sync.WaitGroup
	var mu sync.Mutex
	created, exists := 0, 0
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pub := b
			if i%2 == 1 {
				pub = other
			}
			err := pub.PublishEnvelope(ctx, subj2, envelope(t, fmt.Sprintf("art-2-%d", i)), ExpectNew())
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				created++
			case errors.Is(err, ErrExists):
				exists++
			default:
				t.Errorf("publisher %d: %v", i, err)
			}
		}()
	}
	wg.Wait()
	if created != 1 || exists != 7 {
		t.Fatalf("created %d, exists %d; want 1 and 7", created, exists)
	}
}

func TestPublisherTopicsAreSubjects(t *testing.T) {
	b := openBus(t, t.TempDir())
	ctx := testCtx(t)
	pub := b.Publisher()
	if err := pub.Publish(SubjectEventRetracted, newWMMessage("r1", "retracted")); err != nil {
		t.Fatal(err)
	}
	m, err := b.GetMsg(ctx, StreamEvents, 1)
	if err != nil {
		t.Fatal(err)
	}
	if m.Subject != SubjectEventRetracted || string(m.Data) != "retracted" {
		t.Fatalf("stored %q on %s", m.Data, m.Subject)
	}
	// No stream for the subject: an error, and no stream is created.
	if err := pub.Publish("nowhere.x", newWMMessage("n1", "x")); err == nil {
		t.Fatal("publishing to a subject without stream succeeded")
	}
	if n := len(streamNames(t, b)); n != 5 {
		t.Fatalf("%d streams after publishing to an unknown subject, want 5", n)
	}
	// Closing the Watermill publisher must leave the bus usable.
	if err := pub.Close(); err != nil {
		t.Fatal(err)
	}
	publishN(t, b, SubjectEventCoded, 0, 1)
}

func streamNames(t testing.TB, b *Bus) []string {
	t.Helper()
	names := b.JS.StreamNames(testCtx(t))
	var got []string
	for n := range names.Name() {
		got = append(got, n)
	}
	if err := names.Err(); err != nil {
		t.Fatal(err)
	}
	return got
}

func TestDataDirLocked(t *testing.T) {
	dir := t.TempDir()
	b := openBus(t, dir)
	publishN(t, b, SubjectEventCoded, 0, 2)
	if b2, err := Open(testCtx(t), Config{DataDir: dir, Logger: testLogger(t)}); !errors.Is(err, ErrDataDirLocked) {
		if b2 != nil {
			_ = b2.Close()
		}
		t.Fatalf("second Open on one data dir: %v, want ErrDataDirLocked", err)
	}
	// The refused Open left the running server alone.
	if got := lastSeq(t, b, StreamEvents); got != 2 {
		t.Fatalf("last seq = %d, want 2", got)
	}
	if _, err := Open(testCtx(t), Config{Logger: testLogger(t)}); err == nil {
		t.Fatal("Open without URL or DataDir succeeded")
	}
}

// TestWatermillPassesExpectedSequenceError checks the Watermill publisher
// carries Nats-Expected-Last-Subject-Sequence and returns the server's
// refusal (standalone server). PublishEnvelope(ExpectNew) still uses nats.go
// directly: see its comment.
func TestWatermillPassesExpectedSequenceError(t *testing.T) {
	b := openBus(t, t.TempDir())
	subj := ArticleSubject("wm")
	for i, wantErr := range []bool{false, true} {
		m := newWMMessage(fmt.Sprintf("wm-%d", i), "x")
		m.Metadata.Set("Nats-Expected-Last-Subject-Sequence", "0")
		err := b.Publisher().Publish(subj, m)
		if (err != nil) != wantErr || (err != nil && !isWrongLastSequence(err)) {
			t.Fatalf("publish %d: %v, want error %v", i, err, wantErr)
		}
	}
}

// freePort asks the kernel for a free TCP port on loopback.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// TestOpenWaitsForServer: against an external URL, Open keeps trying while
// the server starts (containers start in any order), and gives up after
// StartTimeout when nothing comes.
func TestOpenWaitsForServer(t *testing.T) {
	port := freePort(t)
	url := fmt.Sprintf("nats://127.0.0.1:%d", port)

	start := time.Now()
	if _, err := Open(testCtx(t), Config{URL: url, StartTimeout: 300 * time.Millisecond, Logger: testLogger(t)}); err == nil {
		t.Fatal("Open without a server succeeded")
	}
	if time.Since(start) > 20*time.Second {
		t.Fatal("Open did not honour StartTimeout")
	}

	opened := make(chan *Bus, 1)
	go func() {
		b, err := Open(testCtx(t), Config{URL: url, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
		if err != nil {
			t.Errorf("Open: %v", err)
		}
		opened <- b
	}()
	time.Sleep(300 * time.Millisecond) // Open is now retrying
	srv, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: port, JetStream: true,
		StoreDir: t.TempDir(), NoSigs: true, NoLog: true})
	if err != nil {
		t.Fatal(err)
	}
	go srv.Start()
	t.Cleanup(func() { srv.Shutdown(); srv.WaitForShutdown() })
	b := <-opened
	if b == nil {
		return
	}
	t.Cleanup(func() { _ = b.Close() })
	publishN(t, b, SubjectEventCoded, 0, 1)
}
