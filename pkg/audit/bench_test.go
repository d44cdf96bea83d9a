package audit

import (
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/nats-io/nats.go"
)

// benchEvents is the log size of the benchmarks: GEOTRACK_AUDIT_BENCH_EVENTS,
// default 100,000 (the targets are stated per 100k and extrapolated).
func benchEvents() int {
	if n, err := strconv.Atoi(os.Getenv("GEOTRACK_AUDIT_BENCH_EVENTS")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

// benchLog fills EVENTS with n coded events of realistic size (a sentence
// of ~150 bytes, a location on a quarter), a retraction every 100, spread
// over a year and 40 actors so stories and aggregates are many.
func benchLog(b *testing.B, n int) *bus.Bus {
	b.Helper()
	bs := openBus(b)
	actors := make([]string, 40)
	for i := range actors {
		actors[i] = fmt.Sprintf("A%02d", i)
	}
	for i := 0; i < n; i++ {
		src, tgt := actors[i%40], actors[(i*7+3)%40]
		ev := &events.EventCoded{
			ArticleID: fmt.Sprintf("%064x", i/4), Date: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, (i/300)%365).Format("2006-01-02"), Lang: "en",
			Source: events.Actor{Code: src + "GOV", Country: src, Role: "GOV"}, Target: events.Actor{Code: tgt, Country: tgt},
			CAMEO:    fixCodes[i%len(fixCodes)],
			Sentence: events.Sentence{Index: i % 4, Text: fmt.Sprintf("Officials of %s said on Monday that they had reached an agreement with %s on the matter after long talks (%d).", src, tgt, i), Start: 10, End: 160},
			Coder:    events.Coder{Version: "v1", Dict: "sha256:0123456789abcdef", Rule: "en.051.01"},
		}
		if i%4 == 0 {
			ev.Location = &events.Location{Name: "City", Country: tgt, Lat: 1, Lon: 2}
		}
		if err := ev.Fill(); err != nil {
			b.Fatal(err)
		}
		ev.ID = events.EventID(ev.ArticleID, ev.Sentence.Index, ev.Source, ev.Target, ev.CAMEO, false, "v1", ev.Coder.Dict)
		subj, env := bus.SubjectEventCoded, events.Envelope{}
		env, _ = events.NewEnvelope(events.TypeEventCoded, ev.ID, "bench", time.Unix(int64(i), 0), ev)
		if i%100 == 99 {
			r := events.EventRetracted{EventID: ev.ID, ArticleID: ev.ArticleID, OldVersion: "v1", NewVersion: "v2"}
			env, _ = events.NewEnvelope(events.TypeEventRetracted, "r"+ev.ID, "bench", time.Unix(int64(i), 0), r)
			subj = bus.SubjectEventRetracted
		}
		data, _ := json.Marshal(env)
		if _, err := bs.JS.PublishMsgAsync(&nats.Msg{Subject: subj, Data: data, Header: nats.Header{"Nats-Msg-Id": []string{env.ID}}}); err != nil {
			b.Fatal(err)
		}
		// Below the client's limit of outstanding async publishes (4,000):
		// past it a slow server makes PublishMsgAsync fail with "stalled".
		if i%2000 == 1999 {
			<-bs.JS.PublishAsyncComplete()
		}
	}
	<-bs.JS.PublishAsyncComplete()
	return bs
}

// rawRead is the ceiling: reading the log with the same batched reader and
// doing nothing with it.
func rawRead(b *testing.B, bs *bus.Bus) time.Duration {
	start := time.Now()
	var got int
	if err := bs.Read(b.Context(), bus.ReadOptions{Stream: bus.StreamEvents, StopAtEnd: true, MaxBatch: ReplayBatch}, func(ms []bus.Msg) error {
		got += len(ms)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	return time.Since(start)
}

// BenchmarkReplay: events/s of a replay into a fresh store, and its ratio
// to the raw read of the same log in the same run. Target >= 100,000/s.
func BenchmarkReplay(b *testing.B) {
	n := benchEvents()
	bs := benchLog(b, n)
	var readT, replayT time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		readT += rawRead(b, bs)
		start := time.Now()
		if _, err := Replay(b.Context(), bs, filepath.Join(b.TempDir(), fmt.Sprintf("r%d.db", i)), 0, 0); err != nil {
			b.Fatal(err)
		}
		replayT += time.Since(start)
	}
	b.StopTimer()
	b.ReportMetric(float64(n)*float64(b.N)/replayT.Seconds(), "events/s")
	b.ReportMetric(float64(n)*float64(b.N)/readT.Seconds(), "read-events/s")
	b.ReportMetric(readT.Seconds()/replayT.Seconds(), "ratio-to-read")
}

// BenchmarkVerify: audit verify of the log (leaves, tree heads, signed
// checkpoints every 1,000) and of a live projection (a rebuild and a dump
// comparison), in seconds per 100k events and extrapolated linearly to 1M
// (every step is a sequential scan: log read, replay, two dumps).
func BenchmarkVerify(b *testing.B) {
	n := benchEvents()
	bs := benchLog(b, n)
	key, _ := LoadOrCreateKey(b.TempDir())
	if err := NewCheckpointer(bs, key, CheckpointerOptions{Every: 1000}).Once(b.Context()); err != nil {
		b.Fatal(err)
	}
	live := filepath.Join(b.TempDir(), "live.db")
	if _, err := Replay(b.Context(), bs, live, 0, 0); err != nil {
		b.Fatal(err)
	}
	var logT, fullT, readT time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		readT += rawRead(b, bs)
		start := time.Now()
		rep, err := Verify(b.Context(), bs, VerifyOptions{PublicKey: key.Public().(ed25519.PublicKey)})
		if err != nil || rep.Bad != nil || rep.Covered != rep.Messages {
			b.Fatalf("%v %+v", err, rep)
		}
		logT += time.Since(start)
		start = time.Now()
		rep, err = Verify(b.Context(), bs, VerifyOptions{PublicKey: key.Public().(ed25519.PublicKey), StorePath: live, TempDir: b.TempDir()})
		if err != nil || rep.Bad != nil {
			b.Fatalf("%v %+v", err, rep.Bad)
		}
		fullT += time.Since(start)
	}
	b.StopTimer()
	per := func(d time.Duration) float64 { return d.Seconds() / float64(b.N) * 100_000 / float64(n) }
	b.ReportMetric(per(logT), "s/100k-log")
	b.ReportMetric(per(fullT), "s/100k-full")
	b.ReportMetric(per(fullT)*10, "s/1M-full-extrapolated")
	b.ReportMetric(readT.Seconds()/logT.Seconds(), "log-ratio-to-read")
}
