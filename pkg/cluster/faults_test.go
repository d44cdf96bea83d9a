package cluster_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/cli"
	"github.com/geotrack/geotrack/pkg/cluster"
	"github.com/geotrack/geotrack/pkg/coder"
	"github.com/geotrack/geotrack/pkg/extract"
	"github.com/geotrack/geotrack/pkg/store"
)

// faultResult is what one fault cost.
type faultResult struct {
	what string
	at   time.Time // when the fault was made
	// restart: from the kill until the process answers /readyz again (a
	// NATS node: until /healthz says its streams are current).
	restart time.Duration
	// caughtUp: from the kill until every article accepted before it is
	// settled by extract and projected by every aggregate.
	caughtUp time.Duration
	window   cluster.Window // the loader between the kill and caughtUp
}

// TestKillAndRecover runs the default topology (3 NATS nodes, 2 ingest,
// 2 extract, 2 aggregate) as processes while a client posts articles
// through both ingest instances, and:
//   - kills -9 one extract, one aggregate and one ingest at a time, each
//     kind faultRounds() times, restarting each as a supervisor would;
//   - publishes an undecodable article straight to ARTICLES (poison);
//   - kills -9 the NATS node leading ARTICLES, keeps it down for 12 s while
//     the flow goes on, and brings it back; then the same with a clean stop;
//
// then checks that every accepted article is in the log once, that the
// EVENTS log holds exactly the events the coder makes of them (none lost,
// none twice), that every aggregate replica serves each article's events
// exactly once, and that each replica's projection equals a rebuild from
// the log.
func TestKillAndRecover(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a NATS cluster and the services as processes")
	}
	sys := startSystem(t, cluster.DefaultTopology)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()

	// The services created the streams without any replica setting: on a
	// cluster they must be R3 (bus: Replicas 0 is "auto").
	for _, name := range []string{bus.StreamArticles, bus.StreamEvents, bus.StreamPoison} {
		info, err := sys.StreamInfo(ctx, name)
		if err != nil {
			t.Fatal(err)
		}
		if r := info.Config.Replicas; r != 3 {
			t.Fatalf("stream %s has %d replicas on a 3-node cluster, want 3", name, r)
		}
	}

	loader := &cluster.Loader{Targets: sys.IngestURLs(), Rate: 20, Workers: 4}
	loadCtx, stopLoad := context.WithCancel(ctx)
	loadDone := make(chan struct{})
	go func() { defer close(loadDone); loader.Run(loadCtx) }()
	defer func() { stopLoad(); <-loadDone }()

	articlesSeq := func() uint64 {
		t.Helper()
		seq, err := sys.LastSeq(ctx, bus.StreamArticles)
		if err != nil {
			t.Fatal(err)
		}
		return seq
	}
	caughtUp := func(seq uint64) time.Time {
		t.Helper()
		at, err := sys.WaitCaughtUp(ctx, seq, 2*time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		return at
	}
	// Warm up: the flow reaches the projections.
	time.Sleep(2 * time.Second)
	caughtUp(articlesSeq())

	poisonSubject := publishPoison(t, ctx, sys)

	var results []faultResult
	for round := range faultRounds() {
		for _, kind := range []string{cluster.Extract, cluster.Aggregate, cluster.Ingest} {
			var svc *cluster.Service
			switch kind {
			case cluster.Extract:
				svc = sys.Extract[round%len(sys.Extract)]
			case cluster.Aggregate:
				svc = sys.Aggregate[round%len(sys.Aggregate)]
			default:
				svc = sys.Ingest[round%len(sys.Ingest)]
			}
			t0 := time.Now()
			if err := svc.Kill(); err != nil {
				t.Fatal(err)
			}
			// Everything the killed process held is at or below this.
			atKill := articlesSeq()
			// Down for a moment while the flow goes on, then restarted.
			time.Sleep(time.Second)
			if err := svc.Restart(ctx); err != nil {
				t.Fatal(err)
			}
			t1 := time.Now()
			t2 := caughtUp(atKill)
			results = append(results, faultResult{what: fmt.Sprintf("kill -9 %s (round %d)", svc.Name, round+1), at: t0,
				restart: t1.Sub(t0), caughtUp: t2.Sub(t0), window: loader.Window(t0, t2)})
		}
	}

	// A NATS node crashes (kill -9), then one is stopped cleanly (as in a
	// rolling upgrade): each time the one leading ARTICLES.
	results = append(results, natsNodeFault(t, ctx, sys, loader, caughtUp, articlesSeq, true))
	results = append(results, natsNodeFault(t, ctx, sys, loader, caughtUp, articlesSeq, false))

	// Let the flow run a little past the last fault, then stop the client
	// and drain.
	time.Sleep(2 * time.Second)
	stopLoad()
	<-loadDone
	caughtUp(articlesSeq())

	for _, r := range results {
		t.Logf("%s %-42s restart %5.2fs  caught up %5.2fs  client: longest gap %5.2fs, %4d accepted, %3d failed tries, slowest answer %5.2fs",
			r.at.UTC().Format("15:04:05.0"), r.what, r.restart.Seconds(), r.caughtUp.Seconds(), r.window.LongestGap.Seconds(), r.window.Accepted, r.window.Failures, r.window.MaxLatency.Seconds())
	}
	// Every service process must still be up, and none may have lost a
	// part of itself (the app logs "service stopped" when a background
	// part such as the projector or the audit checkpointer ends with an
	// error while the process goes on).
	for _, svc := range sys.Services() {
		if !svc.Running() {
			t.Errorf("%s is not running after the faults", svc.Name)
		}
		if lines := grepLog(svc, `msg="service stopped"`); len(lines) > 0 {
			t.Errorf("%s: a part of the service stopped while the process runs on: %s", svc.Name, lines[0])
		}
	}
	if seq, err := sys.LastSeq(ctx, bus.StreamAudit); err != nil || seq == 0 {
		t.Errorf("AUDIT holds no signed checkpoint after the faults (%d, %v)", seq, err)
	} else {
		t.Logf("AUDIT holds %d signed checkpoints", seq)
	}
	verify(t, ctx, sys, loader, poisonSubject)
}

// grepLog returns the lines of a service's log that contain s.
func grepLog(svc *cluster.Service, s string) []string {
	var out []string
	for _, l := range strings.Split(svc.LogTail(100000), "\n") {
		if strings.Contains(l, s) {
			out = append(out, l)
		}
	}
	return out
}

// natsNodeFault takes away the node leading ARTICLES (ingest's writes go
// through it) with kill -9 or a clean stop, keeps it away for 12 s while
// articles keep coming, restarts it and waits until it is current again.
func natsNodeFault(t *testing.T, ctx context.Context, sys *cluster.System, loader *cluster.Loader,
	caughtUp func(uint64) time.Time, articlesSeq func() uint64, kill bool) faultResult {
	t.Helper()
	info, err := sys.StreamInfo(ctx, bus.StreamArticles)
	if err != nil {
		t.Fatal(err)
	}
	leader := info.Cluster.Leader
	idx := slices.IndexFunc(sys.NATS.Nodes, func(n *cluster.NATSNode) bool { return n.Name == leader })
	if idx < 0 {
		t.Fatalf("ARTICLES leader %q is not a node of the cluster", leader)
	}
	// Longer than NATS's Raft election timeout (4-9 s): after a kill -9
	// the remaining two nodes elect a new stream leader only once the old
	// one has been silent that long, and the test must see them do it.
	const down = 12 * time.Second
	before := articlesSeq()
	pre := loader.Window(time.Now().Add(-5*time.Second), time.Now())
	t0 := time.Now()
	how := "kill -9"
	if kill {
		err = sys.NATS.Kill(idx)
	} else {
		how = "stop"
		err = sys.NATS.Stop(idx)
	}
	if err != nil {
		t.Fatal(err)
	}
	// The two remaining nodes elect a new leader and the flow goes on.
	time.Sleep(down)
	during := loader.Window(t0, time.Now())
	if err := sys.NATS.Restart(idx); err != nil {
		t.Fatal(err)
	}
	if err := sys.NATS.WaitHealthy(ctx, idx); err != nil {
		t.Fatal(err)
	}
	t1 := time.Now()
	t2 := caughtUp(before)
	// Throughput after the node is back, over the same length as before.
	time.Sleep(5 * time.Second)
	after := loader.Window(t1, t1.Add(5*time.Second))
	t.Logf("%s NATS node %s (ARTICLES leader), away %s: client %.1f articles/s in the 5 s before, %.1f while away (longest gap %.2fs, %d failed tries), %.1f in the 5 s after it rejoined",
		how, leader, down, pre.PerSecond, during.PerSecond, during.LongestGap.Seconds(), during.Failures, after.PerSecond)
	if during.Accepted == 0 {
		t.Errorf("no article was accepted in the %s the node was down: a 3-node cluster should keep working with 2", down)
	}
	if after.Accepted == 0 {
		t.Errorf("no article was accepted after node %s rejoined", leader)
	}
	// The rejoined node holds every replicated stream again.
	for _, name := range []string{bus.StreamArticles, bus.StreamEvents} {
		if err := waitReplicasCurrent(ctx, sys, name); err != nil {
			t.Error(err)
		}
	}
	return faultResult{what: fmt.Sprintf("%s NATS %s, back after %s", how, leader, down), at: t0,
		restart: t1.Sub(t0), caughtUp: t2.Sub(t0), window: loader.Window(t0, t2)}
}

// waitReplicasCurrent waits until the stream has a leader and two current
// followers.
func waitReplicasCurrent(ctx context.Context, sys *cluster.System, stream string) error {
	deadline := time.Now().Add(time.Minute)
	for {
		info, err := sys.StreamInfo(ctx, stream)
		if err == nil {
			ci := info.Cluster
			current := 0
			for _, r := range ci.Replicas {
				if r.Current && !r.Offline {
					current++
				}
			}
			if ci.Leader != "" && current == 2 {
				return nil
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("stream %s: replicas not current a minute after the node rejoined", stream)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// publishPoison puts a message that is not an article envelope on an
// article subject, as a buggy or hostile publisher with NATS access could,
// and checks that extract moves it to poison.extract with its error and the
// original position, and acks it (the flow goes on: verify checks the
// articles after it).
func publishPoison(t *testing.T, ctx context.Context, sys *cluster.System) string {
	t.Helper()
	sum := sha256.Sum256([]byte("poison " + t.Name()))
	subject := bus.ArticleSubject(hex.EncodeToString(sum[:]))
	payload := []byte(`{"specversion":"1.0","type":"article.ingested","data":"this is not an article"`)
	ack, err := sys.Bus.JS.Publish(ctx, subject, payload)
	if err != nil {
		t.Fatal(err)
	}
	var got *bus.Msg
	deadline := time.Now().Add(time.Minute)
	for got == nil {
		if time.Now().After(deadline) {
			t.Fatalf("the poison message (ARTICLES seq %d) never reached %s", ack.Sequence, bus.PoisonSubject(extract.Durable))
		}
		time.Sleep(100 * time.Millisecond)
		err := sys.Bus.Read(ctx, bus.ReadOptions{Stream: bus.StreamPoison, StopAtEnd: true}, func(msgs []bus.Msg) error {
			for _, m := range msgs {
				if m.Header.Get(bus.HeaderOriginalSubject) == subject {
					got = &m
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if got.Subject != bus.PoisonSubject(extract.Durable) {
		t.Errorf("poison message on %s, want %s", got.Subject, bus.PoisonSubject(extract.Durable))
	}
	if !bytes.Equal(got.Data, payload) {
		t.Errorf("poison payload %q, want the original %q", got.Data, payload)
	}
	h := got.Header
	if e := h.Get(bus.HeaderError); !strings.Contains(e, "decode") {
		t.Errorf("poison error header %q does not say why", e)
	}
	if h.Get(bus.HeaderOriginalStream) != bus.StreamArticles || h.Get(bus.HeaderOriginalSeq) != fmt.Sprint(ack.Sequence) ||
		h.Get(bus.HeaderDurable) != extract.Durable {
		t.Errorf("poison headers do not point back at ARTICLES seq %d: %v", ack.Sequence, h)
	}
	// An undecodable payload is permanent: poisoned on its first try, not
	// after MaxDeliver retries that could not help.
	t.Logf("poison: ARTICLES seq %d -> %s after %s tries: %s", ack.Sequence, got.Subject, h.Get(bus.HeaderDelivered), h.Get(bus.HeaderError))
	return subject
}

// verify checks the end state against what the client was told.
func verify(t *testing.T, ctx context.Context, sys *cluster.System, loader *cluster.Loader, poisonSubject string) {
	t.Helper()
	if r := loader.Rejected(); len(r) > 0 {
		t.Fatalf("ingest refused %d articles, e.g. %s", len(r), r[0])
	}
	// What the client was told: article index -> id.
	accepted := loader.Accepted()
	ids := map[string]int{}
	for _, a := range accepted {
		if a.Status == 200 && (a.Attempts == 1 || (a.Match != "exact" && a.Match != "url")) {
			t.Errorf("article %d: 200 %q on try %d: a duplicate that is not a retry of itself", a.Index, a.Match, a.Attempts)
		}
		if prev, ok := ids[a.ID]; ok {
			t.Fatalf("articles %d and %d got the same id %s", prev, a.Index, a.ID)
		}
		ids[a.ID] = a.Index
	}
	retried := 0
	for _, a := range accepted {
		if a.Attempts > 1 {
			retried++
		}
	}
	t.Logf("client: %d articles accepted, %d after a retry on the other instance, %d failed tries", len(accepted), retried, len(loader.Failures()))

	// ARTICLES holds each accepted article once, and nothing else but the
	// poison message.
	c, err := coder.New()
	if err != nil {
		t.Fatal(err)
	}
	x := extract.New(nil, c, nil, nil)
	want := map[string]map[string]bool{} // article id -> event ids the coder makes
	wantTotal := 0
	var coderID events.Coder // version and dictionaries of the coder here
	err = sys.Bus.Read(ctx, bus.ReadOptions{Stream: bus.StreamArticles, StopAtEnd: true}, func(msgs []bus.Msg) error {
		for _, m := range msgs {
			if m.Subject == poisonSubject {
				continue
			}
			env, err := events.DecodeEnvelope(m.Data)
			if err != nil {
				return fmt.Errorf("ARTICLES seq %d: %w", m.Seq, err)
			}
			var art events.ArticleIngested
			if err := env.DecodeData(events.TypeArticleIngested, &art); err != nil {
				return fmt.Errorf("ARTICLES seq %d: %w", m.Seq, err)
			}
			if _, ok := want[art.ID]; ok {
				return fmt.Errorf("article %s stored twice (seq %d)", art.ID, m.Seq)
			}
			evs, err := x.CodeArticle(&art)
			if err != nil {
				return err
			}
			set := map[string]bool{}
			for _, e := range evs {
				set[e.ID] = true
				coderID = events.Coder{Version: e.Coder.Version, Dict: e.Coder.Dict}
			}
			want[art.ID] = set
			wantTotal += len(set)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for id, i := range ids {
		if _, ok := want[id]; !ok {
			t.Errorf("article %d (%s) was accepted but is not in ARTICLES", i, id)
		}
	}
	for id := range want {
		if _, ok := ids[id]; !ok {
			t.Errorf("ARTICLES holds %s, which the client was never told about", id)
		}
	}

	// EVENTS holds exactly those events, each once.
	seen := map[string]uint64{}
	err = sys.Bus.Read(ctx, bus.ReadOptions{Stream: bus.StreamEvents, StopAtEnd: true}, func(msgs []bus.Msg) error {
		for _, m := range msgs {
			if m.Subject != bus.SubjectEventCoded {
				continue
			}
			env, err := events.DecodeEnvelope(m.Data)
			if err != nil {
				return fmt.Errorf("EVENTS seq %d: %w", m.Seq, err)
			}
			var ev events.EventCoded
			if err := env.DecodeData(events.TypeEventCoded, &ev); err != nil {
				return fmt.Errorf("EVENTS seq %d: %w", m.Seq, err)
			}
			if ev.Coder.Version != coderID.Version || ev.Coder.Dict != coderID.Dict {
				// Event ids include the coder version: the expectation is
				// only valid for the coder the binaries were built with.
				return fmt.Errorf("EVENTS seq %d was coded by %s %s, this test binary has %s %s: the coder changed between building the services and the test; run again",
					m.Seq, ev.Coder.Version, ev.Coder.Dict, coderID.Version, coderID.Dict)
			}
			if prev, ok := seen[ev.ID]; ok {
				return fmt.Errorf("event %s stored twice: EVENTS seq %d and %d", ev.ID, prev, m.Seq)
			}
			seen[ev.ID] = m.Seq
			if !want[ev.ArticleID][ev.ID] {
				return fmt.Errorf("EVENTS seq %d: event %s of article %s is not one the coder makes of it", m.Seq, ev.ID, ev.ArticleID)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != wantTotal {
		t.Fatalf("EVENTS holds %d events, the %d articles make %d", len(seen), len(want), wantTotal)
	}

	// Every aggregate replica serves each article's events exactly once.
	type job struct {
		agg *cluster.Service
		id  string
	}
	jobs := make(chan job)
	var mu sync.Mutex
	var bad []string
	var wg sync.WaitGroup
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				n, err := j.agg.ArticleEvents(ctx, j.id)
				if err == nil && n == len(want[j.id]) {
					continue
				}
				mu.Lock()
				bad = append(bad, fmt.Sprintf("%s article %s: %d events (%v), want %d", j.agg.Name, j.id, n, err, len(want[j.id])))
				mu.Unlock()
			}
		}()
	}
	for id := range want {
		for _, agg := range sys.Aggregate {
			jobs <- job{agg, id}
		}
	}
	close(jobs)
	wg.Wait()
	if len(bad) > 0 {
		slices.Sort(bad)
		t.Fatalf("%d article counts differ, e.g.\n%s", len(bad), strings.Join(bad[:min(len(bad), 10)], "\n"))
	}

	// Each replica's projection equals a rebuild from the log.
	rebuilt := filepath.Join(t.TempDir(), "rebuilt.db")
	var rebuiltDump []byte
	for i, agg := range sys.Aggregate {
		if err := agg.Stop(); err != nil {
			t.Fatal(err)
		}
		live, err := store.Open(filepath.Join(agg.Dir, "geotrack.db"), store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			if _, err := cli.Rebuild(ctx, &cli.Env{Stdout: io.Discard, Stderr: io.Discard}, sys.Bus, rebuilt, 0, live.StoryWindowDays()); err != nil {
				t.Fatal(err)
			}
			rb, err := store.Open(rebuilt, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := rb.Dump(&buf); err != nil {
				t.Fatal(err)
			}
			rb.Close()
			rebuiltDump = buf.Bytes()
		}
		var buf bytes.Buffer
		err = live.Dump(&buf)
		st, serr := live.Stats()
		live.Close()
		if err != nil || serr != nil {
			t.Fatal(err, serr)
		}
		if st.Events != wantTotal {
			t.Errorf("%s holds %d events, want %d", agg.Name, st.Events, wantTotal)
		}
		if !bytes.Equal(buf.Bytes(), rebuiltDump) {
			t.Errorf("%s: projection differs from a rebuild from the log: %s", agg.Name, firstDiff(buf.String(), string(rebuiltDump)))
		}
	}
	t.Logf("counts matched: %d articles, %d events in the log, in each of %d aggregate replicas and in a rebuild", len(want), wantTotal, len(sys.Aggregate))
}

func firstDiff(live, rebuilt string) string {
	ll, rl := strings.Split(live, "\n"), strings.Split(rebuilt, "\n")
	for i := 0; i < len(ll) && i < len(rl); i++ {
		if ll[i] != rl[i] {
			return fmt.Sprintf("line %d:\nlive    %s\nrebuilt %s", i+1, ll[i], rl[i])
		}
	}
	return fmt.Sprintf("live has %d lines, rebuild %d", len(ll), len(rl))
}
