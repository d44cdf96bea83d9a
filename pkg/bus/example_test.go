package bus_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/ThreeDotsLabs/watermill/message"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
)

// Example shows the three uses: ingest publishes an article once, extract
// consumes articles with a durable consumer, aggregate reads EVENTS in
// batches from its checkpoint.
func Example() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "bus-example")
	defer os.RemoveAll(dir)
	b, err := bus.Open(ctx, bus.Config{DataDir: dir, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer b.Close()

	// Ingest: 201 on the first publish, 200 (ErrExists) afterwards.
	env, _ := events.NewEnvelope(events.TypeArticleIngested, "art-1", "ingest", time.Now(), map[string]string{"title": "..."})
	for range 2 {
		err := b.PublishEnvelope(ctx, bus.ArticleSubject(env.ID), env, bus.ExpectNew())
		fmt.Println("new article:", err == nil, "exists:", errors.Is(err, bus.ErrExists))
	}

	// Extract: a durable consumer shared by all extract instances.
	cctx, stop := context.WithCancel(ctx)
	_ = b.Consume(cctx, bus.ConsumerSpec{Stream: bus.StreamArticles, Durable: "extract"},
		func(ctx context.Context, m *message.Message) error {
			d, _ := bus.DeliveryOf(m)
			in, err := events.DecodeEnvelope(m.Payload)
			if err != nil {
				return bus.Permanent(err) // to poison.extract at once
			}
			coded, _ := events.NewEnvelope(events.TypeEventCoded, in.ID+"/ev1", "extract", time.Now(), map[string]string{})
			fmt.Println("extract got", in.ID, "seq", d.StreamSeq, "attempt", d.NumDelivered)
			if err := b.PublishEnvelope(ctx, bus.SubjectEventCoded, coded); err != nil {
				return err // retried with backoff, poisoned after MaxDeliver
			}
			stop() // only for the example: one article is all there is
			return nil
		})

	// Aggregate: read EVENTS from its checkpoint + 1 in batches.
	_ = b.Read(ctx, bus.ReadOptions{Stream: bus.StreamEvents, StartSeq: 1, StopAtEnd: true}, func(ms []bus.Msg) error {
		for _, m := range ms {
			fmt.Println("aggregate applies seq", m.Seq, m.Subject)
		}
		return nil
	})
	// Output:
	// new article: true exists: false
	// new article: false exists: true
	// extract got art-1 seq 1 attempt 1
	// aggregate applies seq 1 events.coded
}
