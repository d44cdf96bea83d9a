package audit

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"log/slog"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/store"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	bolt "go.etcd.io/bbolt"
)

// signedLog is a bus holding the fixture log (330 EVENTS messages) and
// checkpoints of it made in two runs of two checkpointers (a restart).
func signedLog(t *testing.T) (*bus.Bus, ed25519.PrivateKey) {
	t.Helper()
	b := openBus(t)
	key, err := LoadOrCreateKey(filepath.Join(t.TempDir(), "audit"))
	if err != nil {
		t.Fatal(err)
	}
	envs := fixtureEnvelopes(300)
	publishRaw(t, b, envs[:150])
	if err := NewCheckpointer(b, key, CheckpointerOptions{Every: 40}).Once(testCtx(t)); err != nil {
		t.Fatal(err)
	}
	publishRaw(t, b, envs[150:])
	c := NewCheckpointer(b, key, CheckpointerOptions{Every: 40})
	if err := c.Once(testCtx(t)); err != nil {
		t.Fatal(err)
	}
	if c.Size() != 330 {
		t.Fatalf("resumed checkpointer covers %d, want 330", c.Size())
	}
	return b, key
}

// readAll returns every message of a stream.
func readAll(t *testing.T, b *bus.Bus, stream string) []bus.Msg {
	t.Helper()
	var out []bus.Msg
	if err := b.Read(testCtx(t), bus.ReadOptions{Stream: stream, StopAtEnd: true}, func(ms []bus.Msg) error {
		out = append(out, ms...)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// copyLog writes the messages of src's EVENTS, changed by edit, and its
// AUDIT checkpoints straight into the JetStream of a fresh server: EVENTS
// refuses deletes through the API, so a tampered log is a copy.
func copyLog(t *testing.T, src *bus.Bus, edit func([]bus.Msg) []bus.Msg) *bus.Bus {
	t.Helper()
	dst := openBus(t)
	ctx := testCtx(t)
	for _, stream := range []string{bus.StreamEvents, bus.StreamAudit} {
		msgs := readAll(t, src, stream)
		if stream == bus.StreamEvents {
			msgs = edit(msgs)
		}
		for _, m := range msgs {
			nm := &nats.Msg{Subject: m.Subject, Data: m.Data, Header: nats.Header{}}
			// The same Nats-Msg-Id: it is part of the leaf. The copy is a
			// fresh server, so its duplicate window holds nothing yet.
			nm.Header.Set("Nats-Msg-Id", m.Header.Get("Nats-Msg-Id"))
			if _, err := dst.JS.PublishMsg(ctx, nm); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dst
}

func TestVerifyCleanLog(t *testing.T) {
	b, key := signedLog(t)
	rep, err := Verify(testCtx(t), b, VerifyOptions{PublicKey: key.Public().(ed25519.PublicKey)})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Bad != nil {
		t.Fatalf("clean log reported bad: %v", rep.Bad)
	}
	if rep.Messages != 330 || rep.Covered != 330 || rep.Checkpoints < 9 {
		t.Fatalf("report %+v", rep)
	}
	// An exact copy verifies too (leaves do not depend on server time).
	cp := copyLog(t, b, func(m []bus.Msg) []bus.Msg { return m })
	if rep, err := Verify(testCtx(t), cp, VerifyOptions{PublicKey: key.Public().(ed25519.PublicKey)}); err != nil || rep.Bad != nil {
		t.Fatalf("exact copy: %v %v", err, rep.Bad)
	}
}

func TestVerifyDetectsTamperingAtItsSequence(t *testing.T) {
	b, key := signedLog(t)
	pub := key.Public().(ed25519.PublicKey)
	cases := []struct {
		name string
		edit func([]bus.Msg) []bus.Msg
		seq  uint64
	}{
		{"altered", func(m []bus.Msg) []bus.Msg {
			m[122].Data = bytes.Replace(m[122].Data, []byte(`"goldstein":`), []byte(`"goldstein":1`), 1)
			return m
		}, 123},
		{"removed", func(m []bus.Msg) []bus.Msg { return append(m[:199:199], m[200:]...) }, 200},
		{"reordered", func(m []bus.Msg) []bus.Msg { m[40], m[41] = m[41], m[40]; return m }, 41},
		{"inserted", func(m []bus.Msg) []bus.Msg {
			extra := m[5]
			extra.Header = nats.Header{"Nats-Msg-Id": []string{"forged"}}
			return append(append(append([]bus.Msg{}, m[:300]...), extra), m[300:]...)
		}, 301},
		{"truncated", func(m []bus.Msg) []bus.Msg { return m[:325] }, 326},
		{"last message altered", func(m []bus.Msg) []bus.Msg {
			m[329].Data = append([]byte(nil), m[329].Data...)
			m[329].Data[len(m[329].Data)-2] = ' '
			return m
		}, 330},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tampered := copyLog(t, b, c.edit)
			rep, err := Verify(testCtx(t), tampered, VerifyOptions{PublicKey: pub})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Bad == nil || rep.Bad.Kind != "log" || rep.Bad.Seq != c.seq {
				t.Fatalf("got %+v, want a log problem at %d", rep.Bad, c.seq)
			}
		})
	}
}

func TestVerifyRejectsForgedCheckpoints(t *testing.T) {
	b, key := signedLog(t)
	// Another key: every checkpoint is refused.
	_, other, _ := ed25519.GenerateKey(nil)
	rep, err := Verify(testCtx(t), b, VerifyOptions{PublicKey: other.Public().(ed25519.PublicKey)})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Bad == nil || rep.Bad.Kind != "checkpoint" {
		t.Fatalf("foreign key accepted: %+v", rep.Bad)
	}
	// A checkpoint whose root was edited no longer verifies.
	cps, err := Checkpoints(testCtx(t), b)
	if err != nil {
		t.Fatal(err)
	}
	cps[3].Root = strings.Repeat("0", 64)
	rep, err = Verify(testCtx(t), b, VerifyOptions{PublicKey: key.Public().(ed25519.PublicKey), Checkpoints: cps})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Bad == nil || rep.Bad.Kind != "checkpoint" || rep.Bad.Seq != uint64(cps[3].Size) {
		t.Fatalf("edited checkpoint: %+v", rep.Bad)
	}
}

func TestExportCheckpointsRoundTrip(t *testing.T) {
	b, key := signedLog(t)
	var buf bytes.Buffer
	n, err := ExportCheckpoints(testCtx(t), b, &buf)
	if err != nil || n == 0 {
		t.Fatalf("export: %d %v", n, err)
	}
	var cps []*events.AuditCheckpoint
	for _, l := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var cp events.AuditCheckpoint
		if err := json.Unmarshal([]byte(l), &cp); err != nil {
			t.Fatal(err)
		}
		cps = append(cps, &cp)
	}
	// The exported checkpoints alone catch an edit in a log whose AUDIT
	// stream is gone.
	tampered := copyLog(t, b, func(m []bus.Msg) []bus.Msg { m[10].Data = append(m[10].Data, ' '); return m })
	rep, err := Verify(testCtx(t), tampered, VerifyOptions{PublicKey: key.Public().(ed25519.PublicKey), Checkpoints: cps})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Bad == nil || rep.Bad.Seq != 11 {
		t.Fatalf("export-based verify: %+v", rep.Bad)
	}
}

func TestVerifyComparesProjection(t *testing.T) {
	b, key := signedLog(t)
	pub := key.Public().(ed25519.PublicKey)
	live := filepath.Join(t.TempDir(), "live.db")
	// The "live" projection: built in small batches, as the projector does.
	if _, err := Replay(testCtx(t), b, live, 0, 0); err != nil {
		t.Fatal(err)
	}
	rep, err := Verify(testCtx(t), b, VerifyOptions{PublicKey: pub, StorePath: live})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Bad != nil || rep.StoreSeq != 330 || rep.DumpLines == 0 {
		t.Fatalf("untouched projection: %+v %v", rep, rep.Bad)
	}

	// Edit one daily aggregate in bbolt directly.
	db, err := bolt.Open(live, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	var edited string
	err = db.Update(func(tx *bolt.Tx) error {
		bk := tx.Bucket([]byte("agg_dyad"))
		k, v := bk.Cursor().First()
		edited = store.KeyString("agg_dyad", k)
		nv := append([]byte(nil), v...)
		nv[len(nv)-1] ^= 1
		return bk.Put(append([]byte(nil), k...), nv)
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	rep, err = Verify(testCtx(t), b, VerifyOptions{PublicKey: pub, StorePath: live})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Bad == nil || rep.Bad.Kind != "projection" || rep.Bad.Bucket != "agg_dyad" {
		t.Fatalf("edited bucket not found: %+v", rep.Bad)
	}
	if rep.Bad.Key != edited || strings.Count(edited, "/") != 2 {
		t.Fatalf("reported key %q, edited %q (source/target/day)", rep.Bad.Key, edited)
	}
}

// Run follows the log: a full checkpoint every Every messages, and the
// remainder signed once Interval has passed without more.
func TestCheckpointerRunFollowsTheLog(t *testing.T) {
	b := openBus(t)
	keyDir := filepath.Join(t.TempDir(), "audit")
	key, err := LoadOrCreateKey(keyDir)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(testCtx(t))
	done := make(chan error, 1)
	go func() {
		done <- NewCheckpointer(b, key, CheckpointerOptions{Every: 50, Interval: 20 * time.Millisecond, Poll: 5 * time.Millisecond}).Run(ctx)
	}()
	envs := fixtureEnvelopes(100) // 110 messages
	publishRaw(t, b, envs[:60])
	publishRaw(t, b, envs[60:])
	deadline := time.Now().Add(30 * time.Second)
	for {
		cps, err := Checkpoints(testCtx(t), b)
		if err != nil {
			t.Fatal(err)
		}
		if n := len(cps); n > 0 && cps[n-1].Size == 110 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("checkpoints %d, last does not cover 110 messages", len(cps))
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	rep, err := Verify(testCtx(t), b, VerifyOptions{PublicKey: key.Public().(ed25519.PublicKey)})
	if err != nil || rep.Bad != nil || rep.Covered != 110 {
		t.Fatalf("%v %+v", err, rep)
	}
	// The key is kept: loading it again gives the same key.
	again, err := LoadOrCreateKey(keyDir)
	if err != nil || !again.Equal(key) {
		t.Fatalf("reloaded key differs (%v)", err)
	}
}

// TestCheckpointerOutlivesANATSRestart: the checkpointer of a live
// aggregate must survive the faults the log survives. Here the NATS server
// goes away under it and comes back on the same port and store (as a node
// of a cluster does after kill -9): reads and publishes fail meanwhile, and
// afterwards the checkpointer catches up instead of having stopped.
func TestCheckpointerOutlivesANATSRestart(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	storeDir := t.TempDir()
	startServer := func() *server.Server {
		t.Helper()
		srv, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: port, JetStream: true,
			StoreDir: storeDir, NoSigs: true, NoLog: true})
		if err != nil {
			t.Fatal(err)
		}
		go srv.Start()
		if !srv.ReadyForConnections(10 * time.Second) {
			t.Fatal("nats-server not ready")
		}
		return srv
	}
	srv := startServer()
	t.Cleanup(func() { srv.Shutdown(); srv.WaitForShutdown() })
	log := slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))
	b, err := bus.Open(testCtx(t), bus.Config{URL: srv.ClientURL(), Logger: log, Name: t.Name()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	key, err := LoadOrCreateKey(filepath.Join(t.TempDir(), "audit"))
	if err != nil {
		t.Fatal(err)
	}
	// No deadline on the checkpointer's context, as in the aggregate
	// service: nats.go then bounds each JetStream request by its default
	// timeout (5 s). Under a deadline a request sent while the server was
	// down would wait for that deadline instead.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- NewCheckpointer(b, key, CheckpointerOptions{Every: 50, Interval: 20 * time.Millisecond, Poll: 5 * time.Millisecond, Log: log}).Run(ctx)
	}()
	waitCovered := func(n int64) {
		t.Helper()
		deadline := time.Now().Add(25 * time.Second)
		for {
			cps, err := Checkpoints(testCtx(t), b)
			if err == nil && len(cps) > 0 && cps[len(cps)-1].Size == n {
				return
			}
			select {
			case err := <-done:
				t.Fatalf("checkpointer stopped: %v", err)
			default:
			}
			if time.Now().After(deadline) {
				si, _ := b.JS.Stream(testCtx(t), bus.StreamEvents)
				var last uint64
				if si != nil {
					last = si.CachedInfo().State.LastSeq
				}
				var size int64
				if len(cps) > 0 {
					size = cps[len(cps)-1].Size
				}
				t.Fatalf("no checkpoint covers %d messages (last err %v, last checkpoint %d, EVENTS last seq %d)", n, err, size, last)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	envs := fixtureEnvelopes(100) // 110 messages
	publishRaw(t, b, envs[:60])
	waitCovered(60)
	srv.Shutdown()
	srv.WaitForShutdown()
	time.Sleep(7 * time.Second) // longer than a JetStream API timeout (5 s): requests fail
	select {
	case err := <-done:
		t.Fatalf("checkpointer stopped on a transient error: %v", err)
	default:
	}
	srv = startServer()
	publishRaw(t, b, envs[60:])
	waitCovered(110)
}
