package bus

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ThreeDotsLabs/watermill/message"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/geotrack/geotrack/events"
)

func newWMMessage(id, payload string) *message.Message {
	return message.NewMessage(id, []byte(payload))
}

// consumeUntil runs Consume in the background; stop cancels it and waits
// for Consume to return.
func consumeBG(t *testing.T, b *Bus, spec ConsumerSpec, h func(context.Context, *message.Message) error) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Consume(ctx, spec, h) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Consume returned %v", err)
				}
			case <-time.After(30 * time.Second):
				t.Errorf("Consume did not return within 30s of cancel")
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// seqSet records handled stream sequences.
type seqSet struct {
	mu   sync.Mutex
	seqs []uint64
	cond chan struct{} // signalled on every add
}

func newSeqSet() *seqSet { return &seqSet{cond: make(chan struct{}, 1)} }

func (s *seqSet) add(seq uint64) int {
	s.mu.Lock()
	s.seqs = append(s.seqs, seq)
	n := len(s.seqs)
	s.mu.Unlock()
	select {
	case s.cond <- struct{}{}:
	default:
	}
	return n
}

func (s *seqSet) snapshot() []uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]uint64(nil), s.seqs...)
}

// waitLen waits until at least n sequences were recorded.
func (s *seqSet) waitLen(t *testing.T, n int) {
	t.Helper()
	deadline := time.After(30 * time.Second)
	for {
		if len(s.snapshot()) >= n {
			return
		}
		select {
		case <-s.cond:
		case <-deadline:
			t.Fatalf("only %d of %d messages handled within 30s: %v", len(s.snapshot()), n, s.snapshot())
		}
	}
}

func mustDelivery(t *testing.T, m *message.Message) Delivery {
	d, ok := DeliveryOf(m)
	if !ok {
		t.Errorf("message %s without delivery metadata: %v", m.UUID, m.Metadata)
	}
	return d
}

// TestConsumeRestartNoRedelivery handles half the messages, stops, closes the
// whole bus, reopens it on the same data dir and consumes again with the same
// durable: only the unhandled half comes, each once.
func TestConsumeRestartNoRedelivery(t *testing.T) {
	dir := t.TempDir()
	b, err := Open(testCtx(t), Config{DataDir: dir, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	publishN(t, b, SubjectEventCoded, 0, 20)
	spec := ConsumerSpec{Stream: StreamEvents, Durable: "restart-test", FilterSubject: SubjectEventsAll}

	first := newSeqSet()
	ctx, cancel := context.WithCancel(testCtx(t))
	err = b.Consume(ctx, spec, func(_ context.Context, m *message.Message) error {
		d := mustDelivery(t, m)
		env, err := events.DecodeEnvelope(m.Payload)
		if err != nil {
			return Permanent(err)
		}
		if want := fmt.Sprintf("ev-%04d", d.StreamSeq-1); env.ID != want || m.UUID != want {
			t.Errorf("seq %d carries %s (uuid %s), want %s", d.StreamSeq, env.ID, m.UUID, want)
		}
		if first.add(d.StreamSeq) == 10 {
			cancel() // handled and acked: the 10th is the last of run one
		}
		return nil
	})
	if err != nil {
		t.Fatalf("Consume: %v", err)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	got1 := first.snapshot()
	if len(got1) != 10 {
		t.Fatalf("first run handled %v, want 10 messages", got1)
	}

	b2 := openBus(t, dir)
	second := newSeqSet()
	stop := consumeBG(t, b2, spec, func(_ context.Context, m *message.Message) error {
		second.add(mustDelivery(t, m).StreamSeq)
		return nil
	})
	second.waitLen(t, 10)
	// The consumer's state, not a timer, proves nothing else is coming:
	// everything is acked and nothing is pending.
	waitConsumerIdle(t, b2, StreamEvents, spec.Durable, 20)
	stop()
	got2 := second.snapshot()
	seen := map[uint64]int{}
	for _, s := range append(got1, got2...) {
		seen[s]++
	}
	for seq := uint64(1); seq <= 20; seq++ {
		if seen[seq] != 1 {
			t.Errorf("seq %d handled %d times over both runs (run 1 %v, run 2 %v)", seq, seen[seq], got1, got2)
		}
	}
}

// waitConsumerIdle waits until the durable has acked everything up to
// ackFloor and has nothing pending or outstanding.
func waitConsumerIdle(t *testing.T, b *Bus, stream, durable string, ackFloor uint64) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		c, err := b.JS.Consumer(testCtx(t), stream, durable)
		if err != nil {
			t.Fatal(err)
		}
		ci := c.CachedInfo()
		if ci.AckFloor.Stream >= ackFloor && ci.NumAckPending == 0 && ci.NumPending == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("consumer %s not idle: ack floor %d, ack pending %d, pending %d, redelivered %d",
				durable, ci.AckFloor.Stream, ci.NumAckPending, ci.NumPending, ci.NumRedelivered)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// poisoned reads the POISON stream.
func poisoned(t *testing.T, b *Bus) []Msg {
	t.Helper()
	var out []Msg
	err := b.Read(testCtx(t), ReadOptions{Stream: StreamPoison, StopAtEnd: true}, func(ms []Msg) error {
		out = append(out, ms...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestConsumeRetryThenPoison(t *testing.T) {
	b := openBus(t, t.TempDir())
	spec := ConsumerSpec{Stream: StreamEvents, Durable: "retry-test", MaxDeliver: 3,
		Backoff: []time.Duration{10 * time.Millisecond, 20 * time.Millisecond}}
	ctx := testCtx(t)
	if err := b.PublishEnvelope(ctx, SubjectEventCoded, envelope(t, "bad")); err != nil {
		t.Fatal(err)
	}
	publishN(t, b, SubjectEventCoded, 0, 3)

	var mu sync.Mutex
	attempts := map[string][]uint64{}
	handled := newSeqSet()
	stop := consumeBG(t, b, spec, func(_ context.Context, m *message.Message) error {
		d := mustDelivery(t, m)
		mu.Lock()
		attempts[m.UUID] = append(attempts[m.UUID], d.NumDelivered)
		mu.Unlock()
		handled.add(d.StreamSeq)
		if m.UUID == "bad" {
			return fmt.Errorf("boom on attempt %d", d.NumDelivered)
		}
		return nil
	})
	handled.waitLen(t, 3+3)
	waitConsumerIdle(t, b, StreamEvents, spec.Durable, 4)
	stop()

	if got := attempts["bad"]; len(got) != 3 || got[0] != 1 || got[2] != 3 {
		t.Errorf("attempts of the failing message = %v, want [1 2 3]", got)
	}
	for i := range 3 {
		if got := attempts[fmt.Sprintf("ev-%04d", i)]; len(got) != 1 {
			t.Errorf("good message %d handled %v times, want once", i, got)
		}
	}
	ps := poisoned(t, b)
	if len(ps) != 1 {
		t.Fatalf("poison stream holds %d messages, want 1", len(ps))
	}
	p := ps[0]
	if p.Subject != PoisonSubject(spec.Durable) {
		t.Errorf("poison subject %s, want %s", p.Subject, PoisonSubject(spec.Durable))
	}
	if got := p.Header.Get(HeaderError); got != "boom on attempt 3" {
		t.Errorf("%s = %q, want the last error", HeaderError, got)
	}
	if p.Header.Get(HeaderOriginalSubject) != SubjectEventCoded || p.Header.Get(HeaderOriginalSeq) != "1" ||
		p.Header.Get(HeaderOriginalStream) != StreamEvents || p.Header.Get(HeaderDurable) != spec.Durable ||
		p.Header.Get(HeaderOriginalMsgID) != "bad" || p.Header.Get(HeaderDelivered) != "3" {
		t.Errorf("poison headers = %v", p.Header)
	}
	env, err := events.DecodeEnvelope(p.Data)
	if err != nil || env.ID != "bad" {
		t.Errorf("poison payload is not the original envelope: %v %v", env.ID, err)
	}
}

func TestConsumePermanentPoisonsAtOnce(t *testing.T) {
	b := openBus(t, t.TempDir())
	spec := ConsumerSpec{Stream: StreamEvents, Durable: "permanent-test", MaxDeliver: 5}
	if err := b.Publisher().Publish(SubjectEventCoded, newWMMessage("junk", "not json\x00")); err != nil {
		t.Fatal(err)
	}
	publishN(t, b, SubjectEventCoded, 0, 1)

	handled := newSeqSet()
	stop := consumeBG(t, b, spec, func(_ context.Context, m *message.Message) error {
		handled.add(mustDelivery(t, m).StreamSeq)
		if _, err := events.DecodeEnvelope(m.Payload); err != nil {
			return Permanent(err)
		}
		return nil
	})
	handled.waitLen(t, 2)
	waitConsumerIdle(t, b, StreamEvents, spec.Durable, 2)
	stop()
	if got := handled.snapshot(); len(got) != 2 {
		t.Fatalf("handled %v, want each of the 2 messages once", got)
	}
	ps := poisoned(t, b)
	if len(ps) != 1 || string(ps[0].Data) != "not json\x00" {
		t.Fatalf("poison stream = %+v", ps)
	}
	if e := ps[0].Header.Get(HeaderError); !strings.Contains(e, "decode envelope") || ps[0].Header.Get(HeaderDelivered) != "1" {
		t.Errorf("poison headers = %v", ps[0].Header)
	}
}

func TestConsumeHandlerPanicIsAFailure(t *testing.T) {
	b := openBus(t, t.TempDir())
	spec := ConsumerSpec{Stream: StreamEvents, Durable: "panic-test", MaxDeliver: 2, Backoff: []time.Duration{time.Millisecond}}
	publishN(t, b, SubjectEventCoded, 0, 1)
	handled := newSeqSet()
	stop := consumeBG(t, b, spec, func(_ context.Context, m *message.Message) error {
		handled.add(mustDelivery(t, m).StreamSeq)
		panic("handler bug")
	})
	handled.waitLen(t, 2)
	waitConsumerIdle(t, b, StreamEvents, spec.Durable, 1)
	stop()
	ps := poisoned(t, b)
	if len(ps) != 1 || !strings.HasPrefix(ps[0].Header.Get(HeaderError), "handler panic: handler bug") {
		t.Fatalf("poison = %+v", ps)
	}
}

// TestConsumeSharedDurable: two processes (two connections) on one durable
// split the messages; each message is handled exactly once.
func TestConsumeSharedDurable(t *testing.T) {
	b1 := openBus(t, t.TempDir())
	b2 := connectBus(t, b1)
	spec := ConsumerSpec{Stream: StreamEvents, Durable: "shared", Prefetch: 4}
	if _, err := b1.EnsureConsumer(testCtx(t), spec); err != nil {
		t.Fatal(err)
	}
	const n = 200
	var mu sync.Mutex
	by := map[uint64][]int{}
	all := newSeqSet()
	handler := func(who int) func(context.Context, *message.Message) error {
		return func(_ context.Context, m *message.Message) error {
			d := mustDelivery(t, m)
			mu.Lock()
			by[d.StreamSeq] = append(by[d.StreamSeq], who)
			mu.Unlock()
			all.add(d.StreamSeq)
			time.Sleep(time.Millisecond) // some work, so both get a share
			return nil
		}
	}
	stop1 := consumeBG(t, b1, spec, handler(1))
	stop2 := consumeBG(t, b2, spec, handler(2))
	// Both pull before anything is published.
	waitPulling(t, b1, StreamEvents, spec.Durable, 2)
	publishN(t, b1, SubjectEventCoded, 0, n)
	all.waitLen(t, n)
	waitConsumerIdle(t, b1, StreamEvents, spec.Durable, n)
	stop1()
	stop2()
	count := map[int]int{}
	for seq := uint64(1); seq <= n; seq++ {
		if len(by[seq]) != 1 {
			t.Errorf("seq %d handled by %v, want exactly one instance once", seq, by[seq])
			continue
		}
		count[by[seq][0]]++
	}
	if count[1] == 0 || count[2] == 0 {
		t.Errorf("work not shared: instance 1 handled %d, instance 2 handled %d", count[1], count[2])
	}
	t.Logf("instance 1 handled %d, instance 2 handled %d", count[1], count[2])
}

func TestConsumeConcurrency(t *testing.T) {
	b := openBus(t, t.TempDir())
	spec := ConsumerSpec{Stream: StreamEvents, Durable: "concurrent", Concurrency: 4}
	publishN(t, b, SubjectEventCoded, 0, 50)
	var mu sync.Mutex
	seen := map[uint64]int{}
	all := newSeqSet()
	stop := consumeBG(t, b, spec, func(_ context.Context, m *message.Message) error {
		d := mustDelivery(t, m)
		mu.Lock()
		seen[d.StreamSeq]++
		mu.Unlock()
		all.add(d.StreamSeq)
		return nil
	})
	all.waitLen(t, 50)
	waitConsumerIdle(t, b, StreamEvents, spec.Durable, 50)
	stop()
	for seq := uint64(1); seq <= 50; seq++ {
		if seen[seq] != 1 {
			t.Errorf("seq %d handled %d times", seq, seen[seq])
		}
	}
}

func TestConsumeSpecValidation(t *testing.T) {
	b := openBus(t, t.TempDir())
	ctx := testCtx(t)
	h := func(context.Context, *message.Message) error { return nil }
	for _, spec := range []ConsumerSpec{
		{Stream: StreamEvents, Durable: ""},
		{Stream: StreamEvents, Durable: "has.dot"},
		{Stream: "", Durable: "x"},
	} {
		if err := b.Consume(ctx, spec, h); err == nil {
			t.Errorf("Consume(%+v) accepted an invalid spec", spec)
		}
	}
	if err := b.Consume(ctx, ConsumerSpec{Stream: "NOPE", Durable: "x"}, h); err == nil {
		t.Error("Consume on a missing stream succeeded")
	}
	if Permanent(nil) != nil {
		t.Error("Permanent(nil) != nil")
	}
	base := errors.New("x")
	if p := Permanent(base); !IsPermanent(p) || !errors.Is(p, base) || IsPermanent(base) {
		t.Error("Permanent does not wrap")
	}
}

// TestConsumeReturnsWhenConsumerDeleted: an operator deleting the durable
// ends Consume with an error instead of a silent hang.
func TestConsumeReturnsWhenConsumerDeleted(t *testing.T) {
	b := openBus(t, t.TempDir())
	spec := ConsumerSpec{Stream: StreamEvents, Durable: "deleted-test"}
	if _, err := b.EnsureConsumer(testCtx(t), spec); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		done <- b.Consume(testCtx(t), spec, func(context.Context, *message.Message) error { return nil })
	}()
	waitPulling(t, b, StreamEvents, spec.Durable, 1)
	if err := b.JS.DeleteConsumer(testCtx(t), StreamEvents, spec.Durable); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("Consume returned nil after its consumer was deleted")
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Consume still running 30s after its consumer was deleted")
	}
}

// waitPulling waits until n pull requests wait on the durable.
func waitPulling(t *testing.T, b *Bus, stream, durable string, n int) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		c, err := b.JS.Consumer(testCtx(t), stream, durable)
		if err != nil {
			t.Fatal(err)
		}
		if c.CachedInfo().NumWaiting >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("fewer than %d pulls waiting on %s", n, durable)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestConsumePoisonsMessageThatNeverGetsAnAnswer: a message that was
// delivered MaxDeliver times without ack or nack (the handler crashed the
// process each time) is poisoned without running the handler again.
func TestConsumePoisonsMessageThatNeverGetsAnAnswer(t *testing.T) {
	b := openBus(t, t.TempDir())
	spec := ConsumerSpec{Stream: StreamEvents, Durable: "crash-test", MaxDeliver: 2, AckWait: 200 * time.Millisecond}
	cons, err := b.EnsureConsumer(testCtx(t), spec)
	if err != nil {
		t.Fatal(err)
	}
	publishN(t, b, SubjectEventCoded, 0, 1)
	// Two "crashed" deliveries: fetched, never answered.
	for i := 1; i <= 2; i++ {
		batch, err := cons.Fetch(1, jetstream.FetchMaxWait(5*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for m := range batch.Messages() {
			meta, _ := m.Metadata()
			if meta.NumDelivered != uint64(i) {
				t.Fatalf("delivery %d has NumDelivered %d", i, meta.NumDelivered)
			}
			n++
		}
		if n != 1 {
			t.Fatalf("fetch %d got %d messages", i, n)
		}
	}
	called := make(chan struct{}, 10)
	stop := consumeBG(t, b, spec, func(context.Context, *message.Message) error {
		called <- struct{}{}
		return nil
	})
	waitConsumerIdle(t, b, StreamEvents, spec.Durable, 1)
	stop()
	if len(called) != 0 {
		t.Fatal("handler ran for a message already delivered MaxDeliver times")
	}
	ps := poisoned(t, b)
	if len(ps) != 1 || !strings.Contains(ps[0].Header.Get(HeaderError), "without an answer") || ps[0].Header.Get(HeaderDelivered) != "3" {
		t.Fatalf("poison = %+v", ps)
	}
}
