package bus

// Benchmarks: go test -run=^$ -bench=. ./bus/
//
// Every benchmark moves 1 KiB messages. Each path is measured against its
// ceiling in the same benchmark: publishing against raw nats.go async
// publish, reading against a raw nats.go ordered consumer over the same
// stored messages. The machine is shared, so ceiling and path alternate for
// benchRounds rounds and the best round of each is reported: msgs/s (path),
// MB/s, ceiling_msgs/s and x_ceiling (their ratio). ns/op is the path's
// best round.

import (
	"context"
	"io"
	"log/slog"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ThreeDotsLabs/watermill/message"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

const (
	benchMsgSize  = 1024
	benchRounds   = 3
	asyncInFlight = 4096
)

var benchPayload = func() []byte {
	p := make([]byte, benchMsgSize)
	for i := range p {
		p[i] = 'a' + byte(i%26)
	}
	return p
}()

var benchIDs atomic.Int64 // unique Nats-Msg-Id prefixes across rounds

func nextPrefix() string { return "b" + strconv.FormatInt(benchIDs.Add(1), 10) + "-" }

func benchBus(b *testing.B, mod ...func(*Config)) *Bus {
	b.Helper()
	quiet := func(c *Config) { c.Logger = slog.New(slog.NewTextHandler(io.Discard, nil)) }
	return openBus(b, b.TempDir(), append([]func(*Config){quiet}, mod...)...)
}

// publishRawAsync publishes n messages with Nats-Msg-Id through nats.go's
// async publish, keeping up to asyncInFlight unacknowledged, and waits for
// all acks: the publish ceiling.
func publishRawAsync(tb testing.TB, bus *Bus, n int) {
	tb.Helper()
	js, err := jetstream.New(bus.Conn, jetstream.WithPublishAsyncMaxPending(asyncInFlight))
	if err != nil {
		tb.Fatal(err)
	}
	prefix := nextPrefix()
	for i := range n {
		msg := &nats.Msg{Subject: SubjectEventCoded, Data: benchPayload,
			Header: nats.Header{nats.MsgIdHdr: []string{prefix + strconv.Itoa(i)}}}
		// A slow disk stalls the window; wait for it rather than fail.
		if _, err := js.PublishMsgAsync(msg, jetstream.WithStallWait(time.Minute)); err != nil {
			tb.Fatal(err)
		}
	}
	select {
	case <-js.PublishAsyncComplete():
	case <-time.After(5 * time.Minute):
		tb.Fatal("async publishes not acknowledged within 5 min")
	}
}

// readRawOrdered reads the first n messages of EVENTS with a plain ordered
// consumer: the read ceiling.
func readRawOrdered(tb testing.TB, bus *Bus, n int) {
	tb.Helper()
	cons, err := bus.JS.OrderedConsumer(context.Background(), StreamEvents, jetstream.OrderedConsumerConfig{})
	if err != nil {
		tb.Fatal(err)
	}
	done := make(chan struct{})
	count := 0
	cc, err := cons.Consume(func(jetstream.Msg) {
		count++
		if count == n {
			close(done)
		}
	}, jetstream.PullMaxMessages(1000))
	if err != nil {
		tb.Fatal(err)
	}
	defer cc.Stop()
	select {
	case <-done:
	case <-time.After(5 * time.Minute):
		tb.Fatalf("read %d of %d messages in 5 min", count, n)
	}
}

// compare alternates ceiling and path benchRounds times, each moving n
// messages, and reports the best rate of each and their ratio. The path runs
// with the benchmark timer on, the ceiling with it off.
func compare(b *testing.B, n int, ceiling, path func()) {
	b.Helper()
	var bestCeil, bestPath time.Duration
	for range benchRounds {
		b.StopTimer()
		start := time.Now()
		ceiling()
		if d := time.Since(start); bestCeil == 0 || d < bestCeil {
			bestCeil = d
		}
		b.StartTimer()
		start = time.Now()
		path()
		if d := time.Since(start); bestPath == 0 || d < bestPath {
			bestPath = d
		}
	}
	b.StopTimer()
	pathRate := float64(n) / bestPath.Seconds()
	ceilRate := float64(n) / bestCeil.Seconds()
	b.ReportMetric(float64(bestPath.Nanoseconds())/float64(b.N), "ns/op")
	b.ReportMetric(pathRate, "msgs/s")
	b.ReportMetric(pathRate*benchMsgSize/1e6, "MB/s")
	b.ReportMetric(ceilRate, "ceiling_msgs/s")
	b.ReportMetric(pathRate/ceilRate, "x_ceiling")
}

// BenchmarkPublishRawAsync is the publish ceiling on its own: nats.go async
// publish with Nats-Msg-Id, embedded server, default sync interval.
func BenchmarkPublishRawAsync(b *testing.B) {
	bus := benchBus(b)
	b.SetBytes(benchMsgSize)
	b.ResetTimer()
	publishRawAsync(b, bus, b.N)
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkPublishRawSync: nats.go, one publish at a time, waiting for each
// acknowledgement (what any synchronous publisher pays).
func BenchmarkPublishRawSync(b *testing.B) {
	bus := benchBus(b)
	ctx := context.Background()
	compare(b, b.N, func() { publishRawAsync(b, bus, b.N) }, func() {
		prefix := nextPrefix()
		for i := range b.N {
			msg := &nats.Msg{Subject: SubjectEventCoded, Data: benchPayload,
				Header: nats.Header{nats.MsgIdHdr: []string{prefix + strconv.Itoa(i)}}}
			if _, err := bus.JS.PublishMsg(ctx, msg); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkPublishWatermill: the bus's Watermill publisher (synchronous,
// one acknowledgement per message), as PublishEnvelope uses it.
func BenchmarkPublishWatermill(b *testing.B) {
	bus := benchBus(b)
	p := bus.Publisher()
	compare(b, b.N, func() { publishRawAsync(b, bus, b.N) }, func() {
		prefix := nextPrefix()
		for i := range b.N {
			m := message.NewMessage(prefix+strconv.Itoa(i), benchPayload)
			m.Metadata.Set(nats.MsgIdHdr, m.UUID)
			if err := p.Publish(SubjectEventCoded, m); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkPublishWatermillParallel: 16 goroutines share the Watermill
// publisher, as concurrent ingest requests or extract workers would.
func BenchmarkPublishWatermillParallel(b *testing.B) {
	bus := benchBus(b)
	p := bus.Publisher()
	const workers = 16
	compare(b, b.N, func() { publishRawAsync(b, bus, b.N) }, func() {
		prefix := nextPrefix()
		var next atomic.Int64
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					i := next.Add(1)
					if i > int64(b.N) {
						return
					}
					id := prefix + strconv.FormatInt(i, 10)
					m := message.NewMessage(id, benchPayload)
					m.Metadata.Set(nats.MsgIdHdr, id)
					if err := p.Publish(SubjectEventCoded, m); err != nil {
						b.Error(err)
						return
					}
				}
			}()
		}
		wg.Wait()
	})
}

// BenchmarkPublishSyncAlways: async publish on a server that fsyncs every
// write (Config.SyncAlways), against the same on the default sync interval:
// the price of that setting.
func BenchmarkPublishSyncAlways(b *testing.B) {
	normal := benchBus(b)
	fsync := benchBus(b, func(c *Config) { c.SyncAlways = true })
	compare(b, b.N, func() { publishRawAsync(b, normal, b.N) }, func() { publishRawAsync(b, fsync, b.N) })
}

// BenchmarkRead: Bus.Read (batches of 1000, StopAtEnd) over b.N stored
// messages, against a raw ordered consumer over the same messages.
func BenchmarkRead(b *testing.B) {
	bus := benchBus(b)
	publishRawAsync(b, bus, b.N)
	readRawOrdered(b, bus, b.N) // warm the server's block cache
	compare(b, b.N, func() { readRawOrdered(b, bus, b.N) }, func() {
		got := 0
		err := bus.Read(context.Background(), ReadOptions{Stream: StreamEvents, MaxBatch: 1000, StopAtEnd: true}, func(ms []Msg) error {
			got += len(ms)
			return nil
		})
		if err != nil || got != b.N {
			b.Fatalf("Read delivered %d of %d: %v", got, b.N, err)
		}
	})
}

// BenchmarkConsumeWatermill: Bus.Consume (Watermill subscriber on a
// durable, one synchronous ack per message, Prefetch 256) over b.N stored
// messages, against a raw ordered consumer: why projections use Read.
func BenchmarkConsumeWatermill(b *testing.B) {
	bus := benchBus(b)
	publishRawAsync(b, bus, b.N)
	readRawOrdered(b, bus, b.N)
	round := 0
	compare(b, b.N, func() { readRawOrdered(b, bus, b.N) }, func() {
		round++
		spec := ConsumerSpec{Stream: StreamEvents, Durable: "bench" + strconv.Itoa(round), Prefetch: 256, MaxAckPending: 10_000}
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		count := 0
		err := bus.Consume(ctx, spec, func(context.Context, *message.Message) error {
			count++
			if count == b.N {
				cancel()
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	})
}
