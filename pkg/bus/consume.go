package bus

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ThreeDotsLabs/watermill"
	wmjs "github.com/ThreeDotsLabs/watermill-nats/v2/pkg/jetstream"
	wmnats "github.com/ThreeDotsLabs/watermill-nats/v2/pkg/nats"
	"github.com/ThreeDotsLabs/watermill/message"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Consumer defaults.
const (
	DefaultMaxDeliver    = 5
	DefaultAckWait       = 30 * time.Second
	DefaultPrefetch      = 8
	DefaultMaxAckPending = 1024
)

// DefaultBackoff is the delay before redelivery after the n-th failed
// attempt (the last value repeats).
var DefaultBackoff = []time.Duration{500 * time.Millisecond, 2 * time.Second, 10 * time.Second, 30 * time.Second}

// Headers of a message in the POISON stream. The original headers and
// payload are kept as they were.
const (
	HeaderError           = "Geotrack-Error"            // the handler's last error
	HeaderOriginalSubject = "Geotrack-Original-Subject" // subject the message was consumed from
	HeaderOriginalSeq     = "Geotrack-Original-Seq"     // its sequence in HeaderOriginalStream
	HeaderOriginalStream  = "Geotrack-Original-Stream"
	HeaderDurable         = "Geotrack-Durable" // the consumer that gave up
	HeaderDelivered       = "Geotrack-Delivered"
	HeaderOriginalMsgID   = "Geotrack-Original-Msg-Id" // the original Nats-Msg-Id
)

// Metadata keys the bus sets on every consumed *message.Message (read them
// with DeliveryOf). They describe this delivery and are not NATS headers.
const (
	MetaStream    = "Geotrack-Js-Stream"
	MetaSubject   = "Geotrack-Js-Subject"
	MetaStreamSeq = "Geotrack-Js-Seq"
	MetaDelivered = "Geotrack-Js-Delivered"
	MetaTime      = "Geotrack-Js-Time" // RFC 3339 with nanoseconds
)

// ConsumerSpec describes a durable consumer. Every process that consumes
// with the same Stream and Durable shares the work: each message goes to one
// of them (work queue).
type ConsumerSpec struct {
	Stream        string
	Durable       string // [A-Za-z0-9_-]+; also names poison.<Durable>
	FilterSubject string // "" = the whole stream
	// MaxDeliver is how many times a message is tried before it goes to
	// poison.<Durable>; 0 means DefaultMaxDeliver.
	MaxDeliver int
	// AckWait is how long the server waits for an ack before redelivering
	// (a crashed or hung handler); 0 means DefaultAckWait.
	AckWait time.Duration
	// Backoff[i] is the delay before redelivery after the (i+1)-th failed
	// attempt; the last value repeats. nil means DefaultBackoff.
	Backoff []time.Duration
	// Concurrency is the number of messages handled in parallel in this
	// process; 0 means 1. Handlers must then be safe for concurrent use.
	Concurrency int
	// Prefetch is how many messages each of the Concurrency pullers asks
	// for ahead; 0 means DefaultPrefetch. Small values spread work evenly
	// over instances.
	Prefetch int
	// MaxAckPending bounds unacknowledged messages across all instances;
	// 0 means DefaultMaxAckPending.
	MaxAckPending int
}

var durableRe = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)

func (s *ConsumerSpec) defaults() error {
	if s.Stream == "" {
		return errors.New("bus: consumer spec without stream")
	}
	if !durableRe.MatchString(s.Durable) {
		return fmt.Errorf("bus: durable name %q: want [A-Za-z0-9_-]+", s.Durable)
	}
	if s.MaxDeliver <= 0 {
		s.MaxDeliver = DefaultMaxDeliver
	}
	if s.AckWait <= 0 {
		s.AckWait = DefaultAckWait
	}
	if len(s.Backoff) == 0 {
		s.Backoff = DefaultBackoff
	}
	if s.Concurrency <= 0 {
		s.Concurrency = 1
	}
	if s.Prefetch <= 0 {
		s.Prefetch = DefaultPrefetch
	}
	if s.MaxAckPending <= 0 {
		s.MaxAckPending = DefaultMaxAckPending
	}
	return nil
}

// consumerConfig is the durable consumer the server keeps across restarts.
//
// MaxDeliver is unlimited on the server on purpose: when the server's limit
// is reached it just stops delivering, leaving the message unacked and
// invisible. Instead Consume counts deliveries itself and moves the message
// to the POISON stream, so nothing is dropped silently. Backoff is applied
// as the nak delay, not as the server's BackOff, because the server's
// BackOff replaces AckWait and would redeliver a message whose handler is
// still running.
func (s ConsumerSpec) consumerConfig() jetstream.ConsumerConfig {
	return jetstream.ConsumerConfig{
		Durable:       s.Durable,
		Description:   "geotrack durable consumer (bus.Consume)",
		FilterSubject: s.FilterSubject,
		DeliverPolicy: jetstream.DeliverAllPolicy,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       s.AckWait,
		MaxDeliver:    -1,
		MaxAckPending: s.MaxAckPending,
	}
}

// EnsureConsumer creates the durable consumer or updates its configuration;
// its position (what was acked) is kept.
func (b *Bus) EnsureConsumer(ctx context.Context, spec ConsumerSpec) (jetstream.Consumer, error) {
	if err := spec.defaults(); err != nil {
		return nil, err
	}
	c, err := b.JS.CreateOrUpdateConsumer(ctx, spec.Stream, spec.consumerConfig())
	if err != nil {
		return nil, fmt.Errorf("bus: ensure consumer %s on %s: %w", spec.Durable, spec.Stream, err)
	}
	return c, nil
}

// permanentError marks an error retrying cannot fix.
type permanentError struct{ err error }

func (p *permanentError) Error() string { return "permanent: " + p.err.Error() }
func (p *permanentError) Unwrap() error { return p.err }

// Permanent wraps err so Consume moves the message to the POISON stream at
// once instead of retrying (an undecodable payload, a schema it cannot
// handle). Permanent(nil) is nil.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return &permanentError{err: err}
}

// IsPermanent reports whether err was wrapped by Permanent.
func IsPermanent(err error) bool {
	var p *permanentError
	return errors.As(err, &p)
}

// Delivery describes one delivery of a consumed message.
type Delivery struct {
	Stream       string
	Subject      string
	StreamSeq    uint64
	NumDelivered uint64 // 1 on the first attempt
	Time         time.Time
}

// DeliveryOf reads the JetStream delivery metadata Consume puts on a message.
func DeliveryOf(m *message.Message) (Delivery, bool) {
	seq, err1 := strconv.ParseUint(m.Metadata.Get(MetaStreamSeq), 10, 64)
	n, err2 := strconv.ParseUint(m.Metadata.Get(MetaDelivered), 10, 64)
	if err1 != nil || err2 != nil {
		return Delivery{}, false
	}
	t, _ := time.Parse(time.RFC3339Nano, m.Metadata.Get(MetaTime))
	return Delivery{
		Stream:       m.Metadata.Get(MetaStream),
		Subject:      m.Metadata.Get(MetaSubject),
		StreamSeq:    seq,
		NumDelivered: n,
		Time:         t,
	}, true
}

// unmarshaler turns a JetStream message into a Watermill message: headers
// become metadata (first value of each), plus the Meta* delivery keys. Unlike
// Watermill's default it never returns a nil message (which would panic in
// the subscriber) and keeps Nats-Msg-Id (the envelope id).
type unmarshaler struct{}

func (unmarshaler) Unmarshal(msg jetstream.Msg) (*message.Message, error) {
	hdr := msg.Headers()
	md := make(message.Metadata, len(hdr)+5)
	for k, v := range hdr {
		switch k {
		case wmnats.WatermillUUIDHdr, nats.ExpectedLastMsgIdHdr, nats.ExpectedStreamHdr,
			nats.ExpectedLastSubjSeqHdr, nats.ExpectedLastSeqHdr:
			continue
		}
		if len(v) > 0 {
			md.Set(k, v[0])
		}
	}
	id := hdr.Get(wmnats.WatermillUUIDHdr)
	if id == "" {
		id = hdr.Get(nats.MsgIdHdr)
	}
	if meta, err := msg.Metadata(); err == nil {
		md.Set(MetaStream, meta.Stream)
		md.Set(MetaStreamSeq, strconv.FormatUint(meta.Sequence.Stream, 10))
		md.Set(MetaDelivered, strconv.FormatUint(meta.NumDelivered, 10))
		md.Set(MetaTime, meta.Timestamp.UTC().Format(time.RFC3339Nano))
		if id == "" {
			id = meta.Stream + ":" + strconv.FormatUint(meta.Sequence.Stream, 10)
		}
	}
	md.Set(MetaSubject, msg.Subject())
	if id == "" {
		id = watermill.NewUUID()
	}
	wm := message.NewMessage(id, msg.Data())
	wm.Metadata = md
	return wm, nil
}

// backoffDelay is the nak delay Watermill applies after a Nack.
type backoffDelay []time.Duration

func (d backoffDelay) WaitTime(numDelivered uint64) time.Duration {
	i := int(numDelivered) - 1
	if i < 0 {
		i = 0
	}
	if i >= len(d) {
		i = len(d) - 1
	}
	return d[i]
}

// trackedConsumer hands the durable consumer to Watermill and keeps the
// ConsumeContext Watermill creates, so shutdown can stop the pull and wait
// until no callback runs any more before the subscription context is
// cancelled (cancelling first can lose the ack of the last handled message
// and races Watermill's close of its output channel).
type trackedConsumer struct {
	jetstream.Consumer
	mu  sync.Mutex
	ccs []jetstream.ConsumeContext
}

func (t *trackedConsumer) Consume(h jetstream.MessageHandler, opts ...jetstream.PullConsumeOpt) (jetstream.ConsumeContext, error) {
	cc, err := t.Consumer.Consume(h, opts...)
	if err == nil {
		t.mu.Lock()
		t.ccs = append(t.ccs, cc)
		t.mu.Unlock()
	}
	return cc, err
}

func (t *trackedConsumer) stopAndWait(timeout time.Duration) bool {
	t.mu.Lock()
	ccs := append([]jetstream.ConsumeContext(nil), t.ccs...)
	t.mu.Unlock()
	deadline := time.After(timeout)
	for _, cc := range ccs {
		// Drain, not Stop: prefetched messages still reach Watermill and
		// Consume's drainer nacks them, so they are redelivered soon
		// instead of after AckWait.
		cc.Drain()
	}
	for _, cc := range ccs {
		select {
		case <-cc.Closed():
		case <-deadline:
			return false
		}
	}
	return true
}

// Consume handles messages of a durable consumer (created or updated from
// spec) through a Watermill JetStream subscriber until ctx is done, then
// returns nil after the messages in hand are finished and acked.
//
// handler returning nil acks the message. An error nacks it: it comes back
// after spec.Backoff. When the MaxDeliver-th attempt fails, or the handler
// returns Permanent(err), or the message was delivered more than MaxDeliver
// times without an answer (a handler that crashed the process), the message
// is published to poison.<durable> with the error, the original subject and
// sequence as headers, and then acked, so the flow goes on. The handler's
// ctx is Consume's ctx; DeliveryOf(m) gives stream sequence and attempt.
func (b *Bus) Consume(ctx context.Context, spec ConsumerSpec, handler func(ctx context.Context, m *message.Message) error) error {
	if err := spec.defaults(); err != nil {
		return err
	}
	cons, err := b.EnsureConsumer(ctx, spec)
	if err != nil {
		return err
	}
	log := b.log.With("stream", spec.Stream, "durable", spec.Durable)
	fatal := make(chan error, 1)
	tracked := &trackedConsumer{Consumer: cons}

	sub, err := wmjs.NewSubscriber(wmjs.SubscriberConfig{
		// The subscriber shares the bus connection and is never Closed: its
		// Close drains the connection. Its pulls end through subCtx below.
		Conn:           b.Conn,
		Logger:         wmLogger(log),
		AckWaitTimeout: spec.AckWait,
		ResourceInitializer: func(context.Context, jetstream.JetStream, string) (jetstream.Consumer, func(context.Context, watermill.LoggerAdapter), error) {
			// Attach to our durable; no closer, so nothing deletes it.
			return tracked, nil, nil
		},
		NakDelay: backoffDelay(spec.Backoff),
		ConsumeOptions: []jetstream.PullConsumeOpt{
			jetstream.PullMaxMessages(spec.Prefetch),
			jetstream.ConsumeErrHandler(func(_ jetstream.ConsumeContext, err error) {
				// Missed heartbeats and reconnects are retried by nats.go; a
				// consumer or stream deleted under us ends its pulls for
				// good, so Consume must not keep waiting.
				if errors.Is(err, jetstream.ErrConsumerDeleted) || errors.Is(err, jetstream.ErrConsumerNotFound) ||
					errors.Is(err, jetstream.ErrStreamNotFound) {
					select {
					case fatal <- err:
					default:
					}
					return
				}
				log.Debug("jetstream consume", "err", err)
			}),
		},
		Unmarshaler: unmarshaler{},
	})
	if err != nil {
		return fmt.Errorf("bus: watermill subscriber for %s: %w", spec.Durable, err)
	}

	// subCtx outlives ctx until every in-flight ack is sent.
	subCtx, cancelSub := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelSub()
	outs := make([]<-chan *message.Message, 0, spec.Concurrency)
	// shutdown stops the pulls in an order that loses no ack: messages
	// delivered to Watermill but not taken by a worker are nacked (they come
	// back after the first Backoff step instead of after AckWait), the pulls
	// drain, and only when no callback runs any more is the Watermill
	// subscription context cancelled (Watermill closes its output channel
	// then, and a callback still sending would panic).
	shutdown := func() {
		var drain sync.WaitGroup
		for _, out := range outs {
			drain.Add(1)
			go func() {
				defer drain.Done()
				for m := range out {
					m.Nack()
				}
			}()
		}
		if !tracked.stopAndWait(10 * time.Second) {
			log.Warn("consumer did not stop within 10s")
		}
		cancelSub()
		drain.Wait()
	}
	for range spec.Concurrency {
		out, err := sub.Subscribe(subCtx, spec.Durable)
		if err != nil {
			shutdown()
			return fmt.Errorf("bus: subscribe %s: %w", spec.Durable, err)
		}
		outs = append(outs, out)
	}
	log.Info("consuming", "filter", spec.FilterSubject, "concurrency", spec.Concurrency, "max_deliver", spec.MaxDeliver)

	// workCtx ends the workers: ctx done, or the consumer is gone.
	workCtx, stopWork := context.WithCancel(ctx)
	defer stopWork()
	var fatalErr error
	watcherDone := make(chan struct{})
	go func() {
		defer close(watcherDone)
		select {
		case err := <-fatal:
			fatalErr = err
			stopWork()
		case <-workCtx.Done():
		}
	}()
	var workers sync.WaitGroup
	for _, out := range outs {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for {
				select {
				case <-workCtx.Done():
					return
				case m, ok := <-out:
					if !ok {
						return
					}
					if workCtx.Err() != nil {
						// select picked the message over Done: do not
						// start new work after shutdown began.
						m.Nack()
						return
					}
					b.handle(ctx, spec, log, handler, m)
				}
			}
		}()
	}
	workers.Wait()
	shutdown()
	stopWork()
	<-watcherDone
	if ctx.Err() == nil && fatalErr != nil {
		log.Error("consumer lost", "err", fatalErr)
		return fmt.Errorf("bus: consume %s: %w", spec.Durable, fatalErr)
	}
	log.Info("consumer stopped")
	return nil
}

// handle runs the handler for one message and settles it: ack, nack, or
// poison then ack.
func (b *Bus) handle(ctx context.Context, spec ConsumerSpec, log *slog.Logger, handler func(context.Context, *message.Message) error, m *message.Message) {
	d, _ := DeliveryOf(m)
	if d.NumDelivered > uint64(spec.MaxDeliver) {
		// Earlier deliveries got neither ack nor nack: the handler hung past
		// AckWait or the process died in it. Do not try again.
		err := fmt.Errorf("delivered %d times without an answer (ack wait %s exceeded or consumer crashed)", d.NumDelivered, spec.AckWait)
		b.settlePoison(spec, log, m, d, err)
		return
	}
	err := callHandler(ctx, handler, m)
	if err == nil {
		m.Ack()
		b.metrics.consumed.WithLabelValues(spec.Durable).Inc()
		return
	}
	if ctx.Err() != nil {
		// Shutting down: the failure is most likely the cancellation. Let
		// another instance (or the next start) try again; not an attempt.
		m.Nack()
		return
	}
	b.metrics.failed.WithLabelValues(spec.Durable).Inc()
	if IsPermanent(err) || d.NumDelivered >= uint64(spec.MaxDeliver) {
		b.settlePoison(spec, log, m, d, err)
		return
	}
	log.Warn("handler failed, will retry", "subject", d.Subject, "seq", d.StreamSeq,
		"attempt", d.NumDelivered, "max_deliver", spec.MaxDeliver, "err", err)
	m.Nack()
}

func (b *Bus) settlePoison(spec ConsumerSpec, log *slog.Logger, m *message.Message, d Delivery, cause error) {
	if err := b.poison(spec.Durable, m, d, cause); err != nil {
		// Not acked: it comes back and poisoning is tried again.
		log.Error("cannot move message to poison stream", "subject", d.Subject, "seq", d.StreamSeq, "err", err)
		m.Nack()
		return
	}
	b.metrics.poisoned.WithLabelValues(spec.Durable).Inc()
	log.Warn("message moved to poison stream", "subject", d.Subject, "seq", d.StreamSeq,
		"attempt", d.NumDelivered, "poison_subject", PoisonSubject(spec.Durable), "err", cause)
	m.Ack()
}

// poison publishes m to poison.<durable> with the original payload and
// headers plus the error. Its Nats-Msg-Id is derived from the original
// position, so poisoning again after a crash before the ack is deduplicated.
func (b *Bus) poison(durable string, m *message.Message, d Delivery, cause error) error {
	pm := message.NewMessage(watermill.NewUUID(), m.Payload)
	for k, v := range m.Metadata {
		if strings.HasPrefix(k, "Geotrack-Js-") {
			continue
		}
		pm.Metadata.Set(k, v)
	}
	if id := m.Metadata.Get(nats.MsgIdHdr); id != "" {
		pm.Metadata.Set(HeaderOriginalMsgID, id)
	}
	pm.Metadata.Set(nats.MsgIdHdr, fmt.Sprintf("poison:%s:%s:%d", durable, d.Stream, d.StreamSeq))
	pm.Metadata.Set(HeaderError, headerValue(cause.Error()))
	pm.Metadata.Set(HeaderOriginalSubject, d.Subject)
	pm.Metadata.Set(HeaderOriginalStream, d.Stream)
	pm.Metadata.Set(HeaderOriginalSeq, strconv.FormatUint(d.StreamSeq, 10))
	pm.Metadata.Set(HeaderDurable, durable)
	pm.Metadata.Set(HeaderDelivered, strconv.FormatUint(d.NumDelivered, 10))
	return b.Publisher().Publish(PoisonSubject(durable), pm)
}

// headerValue makes s safe as a NATS header value (one line, bounded).
func headerValue(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\r' || r == '\n' {
			return ' '
		}
		return r
	}, s)
	const max = 4096
	if len(s) > max {
		s = strings.ToValidUTF8(s[:max], "") // do not leave half a rune
	}
	return s
}

// callHandler turns a handler panic into an error, so it is retried and
// eventually poisoned instead of killing the consumer.
func callHandler(ctx context.Context, h func(context.Context, *message.Message) error, m *message.Message) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("handler panic: %v\n%s", r, debug.Stack())
		}
	}()
	return h(ctx, m)
}
